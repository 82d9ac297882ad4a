// types.GenericAlias (`list[int]`, PEP 585) and types.UnionType (`int | str`, PEP 604), as in CPython's
// Objects/genericaliasobject.c and unionobject.c (the parts programs observe: repr, __origin__, __args__,
// equality, calls, isinstance/issubclass with unions, class bases via __mro_entries__).

import {
  bindDescriptor,
  call,
  getAttrOrUndefined,
  repr,
  richCompare,
  setGenericAlias,
  typeName,
} from "../vm/abstract.js";
import {
  ByteArrayType,
  BytesType,
  DictType,
  defClassMethod,
  Ellipsis,
  defGetSet,
  defMethod,
  FrozenSetType,
  ListType,
  newBuiltinType,
  None,
  NoneType,
  NotImplemented,
  SetType,
  TupleType,
  TypeType,
  typeOf,
} from "./builtin_types.js";
import { typeError } from "./exceptions.js";
import type { PyObject } from "./object.js";
import { typeFullName } from "./object_type.js";
import { PyTuple } from "./tuple.js";
import { PyType } from "./type.js";
import { intHash } from "./int.js";

export const GenericAliasType = newBuiltinType("GenericAlias", undefined, 0, "types");
export const UnionType = newBuiltinType("UnionType", undefined, 0, "types");

export class PyGenericAlias {
  declare type: PyType;
  constructor(
    public origin: PyObject,
    public args: PyTuple,
  ) {}
}
Object.defineProperty(PyGenericAlias.prototype, "type", { value: GenericAliasType, writable: true });

export class PyUnion {
  declare type: PyType;
  constructor(public args: PyTuple) {}
}
Object.defineProperty(PyUnion.prototype, "type", { value: UnionType, writable: true });

/** repr of a type argument as typing shows it (`int`, `list[str]`, `...`, `None`). */
function argRepr(a: PyObject): string {
  if (a === None || a === NoneType) return "None";
  if (a === Ellipsis) return "...";
  if (a instanceof PyType) return a.dict.get("__module__") === "builtins" ? a.qualname : typeFullName(a);
  if (a instanceof PyTuple && a.items.length === 0) return "()";
  return repr(a);
}

export function makeGenericAlias(origin: PyObject, args: PyObject): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : new PyTuple([args]));
}

defMethod(GenericAliasType, "__repr__", (g: PyGenericAlias) => {
  const items = g.args.items;
  const inner = items.length === 0 ? "()" : items.map(argRepr).join(", ");
  return `${argRepr(g.origin)}[${inner}]`;
});
defMethod(GenericAliasType, "__call__", (g: PyGenericAlias, args, kw) => call(g.origin, args, kw));
defMethod(GenericAliasType, "__mro_entries__", (g: PyGenericAlias) => new PyTuple([g.origin]));
defMethod(GenericAliasType, "__eq__", (g: PyGenericAlias, args) => {
  const o = args[0];
  if (!(o instanceof PyGenericAlias)) return NotImplemented;
  return g.origin === o.origin && richCompare(g.args, o.args, 2) === true;
});
defMethod(GenericAliasType, "__hash__", (g: PyGenericAlias) => intHash(g.args.items.length * 1000003));
defMethod(GenericAliasType, "__getattribute__", (g: PyGenericAlias, args) => {
  const name = args[0] as string;
  switch (name) {
    case "__origin__":
      return g.origin;
    case "__args__":
      return g.args;
    case "__parameters__":
      return new PyTuple([]);
    case "__class__":
      return GenericAliasType;
  }
  const own = GenericAliasType.lookup(name);
  if (own !== undefined && name.startsWith("__")) return bindDescriptor(own, g, GenericAliasType);
  const v = getAttrOrUndefined(g.origin, name);
  if (v === undefined) throw typeError(`'GenericAlias' object has no attribute '${name}'`);
  return v;
});
defMethod(GenericAliasType, "__or__", (g: PyGenericAlias, args) => makeUnion(g, args[0]));
defMethod(GenericAliasType, "__ror__", (g: PyGenericAlias, args) => makeUnion(args[0], g));
defMethod(GenericAliasType, "__instancecheck__", () => {
  throw typeError("isinstance() argument 2 cannot be a parameterized generic");
});

function unionMembers(x: PyObject): PyObject[] {
  if (x instanceof PyUnion) return x.args.items;
  return [x === None ? NoneType : x];
}

function isUnionable(x: PyObject): boolean {
  return x === None || x instanceof PyType || x instanceof PyGenericAlias || x instanceof PyUnion;
}

export function makeUnion(a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const out: PyObject[] = [];
  for (const m of [...unionMembers(a), ...unionMembers(b)]) if (!out.includes(m)) out.push(m);
  if (out.length === 1) return out[0];
  return new PyUnion(new PyTuple(out));
}

defMethod(UnionType, "__repr__", (u: PyUnion) => u.args.items.map(argRepr).join(" | "));
defMethod(UnionType, "__or__", (u: PyUnion, args) => makeUnion(u, args[0]));
defMethod(UnionType, "__ror__", (u: PyUnion, args) => makeUnion(args[0], u));
defMethod(UnionType, "__eq__", (u: PyUnion, args) => {
  const o = args[0];
  if (!(o instanceof PyUnion)) return NotImplemented;
  const a = u.args.items;
  const b = o.args.items;
  return a.length === b.length && a.every((x) => b.includes(x));
});
defMethod(UnionType, "__hash__", (u: PyUnion) => intHash(u.args.items.length * 7919));
defMethod(UnionType, "__instancecheck__", (u: PyUnion, args) => {
  for (const m of u.args.items) {
    if (m instanceof PyGenericAlias) throw typeError("isinstance() argument 2 cannot be a parameterized generic");
    if (m instanceof PyType && typeOf(args[0]).isSubtype(m)) return true;
  }
  return false;
});
defMethod(UnionType, "__subclasscheck__", (u: PyUnion, args) => {
  const c = args[0];
  if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  return u.args.items.some((m) => m instanceof PyType && c.isSubtype(m));
});
defGetSet(UnionType, "__args__", (u: PyUnion) => u.args);
defGetSet(UnionType, "__parameters__", () => new PyTuple([]));

// `type | type` and `X[...]` on the builtin containers and type itself.
defMethod(TypeType, "__or__", (t: PyType, args) => makeUnion(t, args[0]));
defMethod(TypeType, "__ror__", (t: PyType, args) => makeUnion(args[0], t));
for (const T of [ListType, DictType, TupleType, SetType, FrozenSetType, TypeType, BytesType, ByteArrayType]) {
  defClassMethod(T, "__class_getitem__", (cls: PyType, args) => makeGenericAlias(cls, args[0]));
}
setGenericAlias((origin, args) => makeGenericAlias(origin, args));

export { typeName };
