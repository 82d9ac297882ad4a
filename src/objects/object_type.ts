// The natives of `object` and `type` (CPython's Objects/typeobject.c): instance creation, default
// attribute access, repr/eq/hash, class creation (`type.__new__`) with MRO, __slots__, __set_name__ and
// __init_subclass__, plus property, classmethod, staticmethod, super and the small builtin types
// (NoneType, NotImplementedType, ellipsis, function, method, cell, module).

import {
  slots,
  bindDescriptor,
  call,
  callDescriptor,
  genericGetAttr,
  genericSetAttr,
  getAttr,
  getAttrOrUndefined,
  delAttr,
  isTrue,
  noAttribute,
  propertyGet,
  repr,
  richCompare,
  setCoreSlots,
  setDescriptorGets,
  str,
  toArray,
  typeCallDefault,
  typeGetAttr,
  typeName,
  typeSetAttr,
} from "../vm/abstract.js";
import { checkArity, parseArgs } from "./args.js";
import {
  GetSetDescrType,
  MemberDescrType,
  allBuiltinTypes,
  BuiltinFunctionType,
  BytesType,
  IntType,
  TupleType,
  CellType,
  ClassMethodType,
  CodeType,
  defClassMethod,
  defGetSet,
  defMethod,
  defStatic,
  EllipsisType,
  FunctionType,
  MethodType,
  ModuleType,
  MethodDescrType,
  None,
  NoneType,
  NotImplemented,
  NotImplementedType,
  ObjectType,
  PropertyType,
  StaticMethodType,
  SuperType,
  TypeType,
  typeOf,
} from "./builtin_types.js";
import { PyClassMethod, PyInstance, PyProperty, PyStaticMethod } from "./descriptors.js";
import { PyDict } from "./dict.js";
import {
  attributeError,
  BaseException,
  newException,
  PyBaseException,
  typeError,
  TypeError,
  ValueError,
} from "./exceptions.js";
import { PyCell, PyFunction, PyMethod } from "./function.js";
import { PyModule } from "./module.js";
import type { PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import {
  c3Merge,
  type PyBuiltinFunction,
  PyGetSetDescr,
  PyMethodDescr,
  PyType,
  TPFLAGS_BASETYPE,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_IS_ABSTRACT,
  TPFLAGS_MAPPING,
  TPFLAGS_SEQUENCE,
} from "./type.js";
import { PyList } from "./list.js";
import { intHash } from "./int.js";

// ---------------------------------------------------------------------------------------------------
// Identity

const ids = new WeakMap<object, number>();
let nextId = 0x7f3a1c000000 / 16;

/** `id(o)`: stable per object, shaped like CPython's addresses. */
export function objectId(o: PyObject): number | bigint {
  if (typeof o !== "object" || o === null) return primitiveId(o);
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++ * 16;
    ids.set(o, id);
  }
  return id;
}

const primIds = new Map<PyObject, number>();
function primitiveId(o: PyObject): number {
  let id = primIds.get(o);
  if (id === undefined) {
    id = nextId++ * 16;
    if (primIds.size < 100000) primIds.set(o, id);
  }
  return id;
}

export function addressOf(o: PyObject): string {
  return "0x" + objectId(o).toString(16).padStart(12, "0");
}

// ---------------------------------------------------------------------------------------------------
// Names of types

export function typeModule(t: PyType): string {
  const m = t.dict.get("__module__");
  return typeof m === "string" ? m : "builtins";
}

/** `module.qualname`, or the bare qualname for builtins (as in CPython's messages and reprs). */
export function typeFullName(t: PyType): string {
  const m = typeModule(t);
  return m === "builtins" ? t.qualname : `${m}.${t.qualname}`;
}

export function typeRepr(t: PyType): string {
  return `<class '${typeFullName(t)}'>`;
}

// ---------------------------------------------------------------------------------------------------
// object

function excessArgs(args: PyObject[], kwnames: string[] | null): boolean {
  return args.length > 0 || (kwnames !== null && kwnames.length > 0);
}

/** Allocates a bare instance of `t` (object.__new__). */
export function allocInstance(t: PyType): PyObject {
  const sl = slots(t);
  if (sl.layout === undefined) sl.layout = nativeBase(t);
  const base = sl.layout as PyType;
  if (base !== ObjectType && base.allocate !== null) return base.allocate(t);
  return new PyInstance(t, t.hasDict ? new PyDict() : null, t.slotIndex === null ? 0 : t.slotIndex.size);
}

/** The builtin type that determines the instance layout of `t`. */
export function nativeBase(t: PyType): PyType {
  for (const m of t.mro) if (!m.isHeapType) return m.allocate !== null || m === ObjectType ? m : nativeBaseOf(m);
  return ObjectType;
}
function nativeBaseOf(m: PyType): PyType {
  for (const x of m.mro) if (x.allocate !== null) return x;
  return ObjectType;
}

const objectNew = (args: PyObject[], _kwnames: string[] | null) => {
  const t = args[0];
  if (!(t instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeName(t)})`);
  if (args.length > 1) {
    const sl = slots(t);
    if (sl.newf !== OBJECT_NEW) {
      throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (sl.init === OBJECT_INIT) throw typeError(`${t.name}() takes no arguments`);
  }
  if (t.flags & TPFLAGS_IS_ABSTRACT) {
    const abs = t.dict.get("__abstractmethods__");
    const names =
      abs !== undefined
        ? toArray(abs)
            .map((x) => String(x))
            .sort()
        : [];
    if (names.length > 0) {
      const quoted = names.map((n) => `'${n}'`).join(", ");
      throw typeError(
        `Can't instantiate abstract class ${t.name} without an implementation for abstract method${names.length > 1 ? "s" : ""} ${quoted}`,
      );
    }
  }
  return allocInstance(t);
};
defStatic(ObjectType, "__new__", objectNew);
const OBJECT_NEW = ObjectType.dict.get("__new__");

defMethod(ObjectType, "__init__", (self, args, kwnames) => {
  if (excessArgs(args, kwnames)) {
    const t = typeOf(self);
    if (t.lookup("__init__") !== OBJECT_INIT) {
      throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (t.lookup("__new__") === OBJECT_NEW) throw typeError(`${t.name}() takes no arguments`);
  }
  return None;
});
const OBJECT_INIT = ObjectType.dict.get("__init__");

defMethod(ObjectType, "__getattribute__", (self, args, kwnames) => {
  checkArity("__getattribute__", args, kwnames, 1, 1);
  const name = attrName(args[0]);
  const v = genericGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
defMethod(ObjectType, "__setattr__", (self, args, kwnames) => {
  checkArity("__setattr__", args, kwnames, 2, 2);
  genericSetAttr(self, attrName(args[0]), args[1]);
  return None;
});
defMethod(ObjectType, "__delattr__", (self, args, kwnames) => {
  checkArity("__delattr__", args, kwnames, 1, 1);
  const name = attrName(args[0]);
  const t = typeOf(self);
  const d = t.lookup(name);
  if (d instanceof PyGetSetDescr && d.set !== null) {
    d.set(self, undefined);
    return None;
  }
  if (d instanceof PyProperty) {
    if (d.fdel === None) throw attributeError(`property '${String(d.name)}' of '${t.name}' object has no deleter`);
    call(d.fdel, [self]);
    return None;
  }
  const dict = typeof self === "object" && self !== null ? self.dict : null;
  if (dict instanceof PyDict && dict.delItem(name) !== undefined) return None;
  throw noAttribute(self, name);
});

function attrName(n: PyObject): string {
  if (typeof n === "string") return n;
  throw typeError(`attribute name must be string, not '${typeName(n)}'`);
}

defMethod(ObjectType, "__repr__", (self) => {
  const t = typeOf(self);
  return `<${typeFullName(t)} object at ${addressOf(self)}>`;
});
defMethod(ObjectType, "__str__", (self) => repr(self));
defMethod(ObjectType, "__hash__", (self) => intHash(objectId(self) as number) as PyObject);
defMethod(ObjectType, "__eq__", (self, args) => (self === args[0] ? true : NotImplemented));
defMethod(ObjectType, "__ne__", (self, args) => {
  const eqf = typeOf(self).lookup("__eq__");
  const r = callDescriptor(eqf, self, [args[0]]);
  if (r === NotImplemented) return r;
  return !isTrue(r);
});
for (const op of ["__lt__", "__le__", "__gt__", "__ge__"]) defMethod(ObjectType, op, () => NotImplemented);
defMethod(ObjectType, "__format__", (self, args, kwnames) => {
  checkArity("__format__", args, kwnames, 1, 1);
  const spec = args[0];
  if (typeof spec !== "string") throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
  if (spec !== "") throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
  return str(self);
});
defClassMethod(ObjectType, "__init_subclass__", (cls: PyType, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0)
    throw typeError(`${cls.name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 0) throw typeError(`${cls.name}.__init_subclass__() takes no arguments (${args.length} given)`);
  return None;
});
defClassMethod(ObjectType, "__subclasshook__", () => NotImplemented);
defMethod(ObjectType, "__dir__", (self) => {
  const names = new Set<string>();
  const dict = typeof self === "object" && self !== null ? self.dict : null;
  if (dict instanceof PyDict) for (const k of dict.keyList()) if (typeof k === "string") names.add(k);
  const t = typeOf(self);
  for (const m of t.mro) for (const k of m.dict.keys()) names.add(k);
  return new PyList([...names]);
});
defMethod(ObjectType, "__reduce_ex__", (self, args) => reduceEx(self, args[0]));
defMethod(ObjectType, "__reduce__", (self) => reduceEx(self, 0));
defMethod(ObjectType, "__getstate__", (self) => {
  const dict = typeof self === "object" && self !== null ? self.dict : null;
  if (dict instanceof PyDict && dict.size > 0) return dict;
  return None;
});
defMethod(ObjectType, "__sizeof__", () => 16);
defGetSet(
  ObjectType,
  "__class__",
  (self) => typeOf(self),
  (self, v) => {
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
    const t = typeOf(self);
    if (!(self instanceof PyInstance) || !v.isHeapType) {
      throw typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
    }
    if (nativeBase(v) !== nativeBase(t) || v.hasDict !== t.hasDict) {
      throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${t.name}'`);
    }
    self.type = v;
  },
);
ObjectType.dict.set("__doc__", "The base class of the class hierarchy.");

/** Hook for copyreg's __reduce_ex__ protocol (installed by the copy support module). */
export const reduceHook: { reduceEx: (self: PyObject, proto: PyObject) => PyObject } = {
  reduceEx: (self) => {
    throw typeError(`cannot pickle '${typeName(self)}' object`);
  },
};
function reduceEx(self: PyObject, proto: PyObject): PyObject {
  return reduceHook.reduceEx(self, proto);
}

// ---------------------------------------------------------------------------------------------------
// type

defStatic(TypeType, "__new__", (args, kwnames) => {
  const meta = args[0];
  if (!(meta instanceof PyType)) throw typeError("type.__new__(X): X is not a type object");
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (meta === TypeType && npos === 1 && nkw === 0) return typeOf(args[1]);
  if (npos !== 3) throw typeError("type() takes 1 or 3 arguments");
  const [name, bases, ns] = [args[1], args[2], args[3]];
  if (typeof name !== "string") throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  const kw = new PyDict();
  for (let i = 0; i < nkw; i++) kw.setStr(kwnames![i]!, args[args.length - nkw + i]);
  return createClass(meta, name, bases.items, ns, kw);
});

defMethod(TypeType, "__init__", (_self, args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 1 && npos !== 3) throw typeError("type.__init__() takes 1 or 3 arguments");
  return None;
});

defMethod(TypeType, "__call__", (self, args, kwnames) => typeCallDefault(self, args, kwnames));
defMethod(TypeType, "__getattribute__", (self, args, kwnames) => {
  checkArity("__getattribute__", args, kwnames, 1, 1);
  const name = attrName(args[0]);
  const v = typeGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
defMethod(TypeType, "__setattr__", (self, args, kwnames) => {
  checkArity("__setattr__", args, kwnames, 2, 2);
  typeSetAttr(self, attrName(args[0]), args[1]);
  return None;
});
defMethod(TypeType, "__delattr__", (self, args, kwnames) => {
  checkArity("__delattr__", args, kwnames, 1, 1);
  delAttr(self, attrName(args[0]));
  return None;
});
defMethod(TypeType, "__repr__", (self) => typeRepr(self));
defMethod(TypeType, "mro", (self) => new PyList(computeMro(self)));
defMethod(TypeType, "__subclasses__", (self) => new PyList(self.subclasses.slice()));
defMethod(TypeType, "__instancecheck__", (self, args) => typeOf(args[0]).isSubtype(self));
defMethod(TypeType, "__subclasscheck__", (self, args) => {
  if (!(args[0] instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  return args[0].isSubtype(self);
});
defMethod(TypeType, "__dir__", (self) => {
  const names = new Set<string>();
  for (const m of (self as PyType).mro) for (const k of m.dict.keys()) names.add(k);
  return new PyList([...names]);
});
defClassMethod(TypeType, "__prepare__", () => new PyDict());
defGetSet(
  TypeType,
  "__name__",
  (t: PyType) => t.name,
  (t: PyType, v) => {
    if (!t.isHeapType) throw typeError(`cannot set '__name__' attribute of immutable type '${t.name}'`);
    if (typeof v !== "string") throw typeError(`can only assign string to ${t.name}.__name__, not '${typeName(v)}'`);
    t.name = v;
  },
);
defGetSet(
  TypeType,
  "__qualname__",
  (t: PyType) => t.qualname,
  (t: PyType, v) => {
    if (typeof v !== "string")
      throw typeError(`can only assign string to ${t.name}.__qualname__, not '${typeName(v)}'`);
    t.qualname = v;
  },
);
defGetSet(TypeType, "__mro__", (t: PyType) => new PyTuple(t.mro.slice()));
defGetSet(
  TypeType,
  "__bases__",
  (t: PyType) => new PyTuple(t.bases.slice()),
  (t: PyType, v) => {
    if (!t.isHeapType) throw typeError(`cannot set '__bases__' attribute of immutable type '${t.name}'`);
    if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeName(v)}`);
    if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
    for (const b of v.items) {
      if (!(b instanceof PyType)) throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
      if (b.isSubtype(t)) throw typeError("a __bases__ item causes an inheritance cycle");
    }
    const newLayout = solidLayout(bestBase(v.items as PyType[]));
    const oldLayout = solidLayout(t.bases.length > 0 ? bestBase(t.bases) : ObjectType);
    if (newLayout !== oldLayout) {
      throw typeError(`__bases__ assignment: '${newLayout.name}' object layout differs from '${oldLayout.name}'`);
    }
    for (const b of t.bases) b.subclasses.splice(b.subclasses.indexOf(t), 1);
    t.bases = v.items as PyType[];
    for (const b of t.bases) b.subclasses.push(t);
    t.mro = computeMro(t);
    t.modified();
  },
);
defGetSet(TypeType, "__base__", (t: PyType) => (t.bases.length > 0 ? bestBase(t.bases) : None));
defGetSet(TypeType, "__dict__", (t: PyType) => mappingProxyHook.make(t));
defGetSet(
  TypeType,
  "__module__",
  (t: PyType) => {
    const m = t.dict.get("__module__");
    return m === undefined ? "builtins" : m;
  },
  (t: PyType, v) => {
    t.dict.set("__module__", v);
    t.modified();
  },
);
defGetSet(
  TypeType,
  "__doc__",
  (t: PyType) => {
    const d = t.dict.get("__doc__");
    if (d === undefined) return None;
    return bindDescriptor(d, null, t);
  },
  (t: PyType, v) => {
    t.dict.set("__doc__", v);
    t.modified();
  },
);
defGetSet(
  TypeType,
  "__abstractmethods__",
  (t: PyType) => {
    const v = t.dict.get("__abstractmethods__");
    if (v === undefined || t === TypeType) throw attributeError("__abstractmethods__");
    return v;
  },
  (t: PyType, v) => {
    if (v === undefined) {
      t.dict.delete("__abstractmethods__");
      t.flags &= ~TPFLAGS_IS_ABSTRACT;
    } else {
      t.dict.set("__abstractmethods__", v);
      if (isTrue(v)) t.flags |= TPFLAGS_IS_ABSTRACT;
      else t.flags &= ~TPFLAGS_IS_ABSTRACT;
    }
    t.modified();
  },
);
defGetSet(
  TypeType,
  "__annotations__",
  (t: PyType) => {
    const v = t.dict.get("__annotations__");
    if (v !== undefined) return v;
    if (!t.isHeapType) throw attributeError(`type object '${t.name}' has no attribute '__annotations__'`);
    const d = new PyDict();
    t.dict.set("__annotations__", d);
    return d;
  },
  (t: PyType, v) => {
    if (v === undefined) t.dict.delete("__annotations__");
    else t.dict.set("__annotations__", v);
    t.modified();
  },
);
defGetSet(TypeType, "__type_params__", (t: PyType) => t.dict.get("__type_params__") ?? new PyTuple([]));
defGetSet(TypeType, "__flags__", (t: PyType) => t.flags);

/** Builds the mappingproxy of a type's dict (installed by the module implementing mappingproxy). */
export const mappingProxyHook: { make: (t: PyType) => PyObject } = {
  make: (t) => {
    const d = new PyDict();
    for (const [k, v] of t.dict) d.setStr(k, v);
    return d;
  },
};

function computeMro(t: PyType): PyType[] {
  const seqs = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const merged = c3Merge(seqs);
  if (!Array.isArray(merged)) {
    throw typeError(
      `Cannot create a consistent method resolution order (MRO) for bases ${merged.conflict.map((b) => b.name).join(", ")}`,
    );
  }
  return [t, ...merged];
}

/** The base whose layout the new class extends (CPython's best_base); throws on layout conflicts. */
/**
 * The builtin type fixing the memory layout of instances of `t` (CPython's solid_base): the first
 * builtin type on its MRO; exceptions all share BaseException's layout in tpython.
 */
export function solidLayout(t: PyType): PyType {
  for (const m of t.mro) {
    if (m.isHeapType) continue;
    if (m.isSubtype(BaseException)) return BaseException;
    return m;
  }
  return ObjectType;
}

function bestBase(bases: PyType[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    const candidate = solidLayout(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtype(candidate)) {
      // keep
    } else if (candidate.isSubtype(winner)) {
      winner = candidate;
      base = b;
    } else {
      throw typeError("multiple bases have instance lay-out conflict");
    }
  }
  return base ?? ObjectType;
}

function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    throw typeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns, **kw): a new heap type. */
export function createClass(meta: PyType, name: string, basesIn: PyObject[], ns: PyDict, kw: PyDict): PyType {
  // A more derived metaclass among the bases takes over (CPython's _PyType_CalculateMetaclass).
  const winner = calculateMetaclass(meta, basesIn);
  if (winner !== meta) {
    const wn = winner.lookup("__new__");
    if (wn !== TypeType.dict.get("__new__")) {
      return call(
        bindDescriptor(wn, null, winner),
        [winner, name, new PyTuple(basesIn), ns, ...kwValues(kw)],
        kwNames(kw),
      );
    }
    meta = winner;
  }
  const bases: PyType[] = [];
  for (const b of basesIn.length > 0 ? basesIn : [ObjectType]) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    if (!(b.flags & TPFLAGS_BASETYPE)) throw typeError(`type '${typeFullName(b)}' is not an acceptable base type`);
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bases.push(b);
  }
  const solid = bestBase(bases);
  const dict = new Map<string, PyObject>();
  for (const [k, v] of ns.entries()) {
    if (typeof k === "string") dict.set(k, v);
  }
  const t = new PyType(
    meta,
    name,
    bases,
    dict,
    TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | (solid.flags & (0x7f000000 | TPFLAGS_SEQUENCE | TPFLAGS_MAPPING)),
  );
  t.solidBase = nativeBase(solid);
  try {
    t.mro = computeMroFor(t, meta);
  } catch (e) {
    for (const b of bases) b.subclasses.splice(b.subclasses.indexOf(t), 1);
    throw e;
  }
  // Qualified name
  const qn = dict.get("__qualname__");
  if (qn !== undefined) {
    if (typeof qn !== "string") throw typeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    t.qualname = qn;
    dict.delete("__qualname__");
  }
  if (!dict.has("__module__")) {
    const m = callerModuleName();
    if (m !== undefined) dict.set("__module__", m);
  }
  if (!dict.has("__doc__")) dict.set("__doc__", None);
  // __slots__
  const slotsDecl = dict.get("__slots__");
  let addDict = !bases.some((b) => b.hasDict);
  let ownSlots: string[] = [];
  if (slotsDecl !== undefined) {
    const items = typeof slotsDecl === "string" ? [slotsDecl] : toArray(slotsDecl);
    const layout = solidLayout(solid);
    if (items.length > 0 && (layout === IntType || layout === TupleType || layout === BytesType)) {
      throw typeError(`nonempty __slots__ not supported for subtype of '${layout.name}'`);
    }
    for (const s of items) {
      if (typeof s !== "string") throw typeError(`__slots__ items must be strings, not '${typeName(s)}'`);
      if (s === "__dict__") {
        if (!addDict && bases.some((b) => b.hasDict)) throw typeError("__dict__ slot disallowed: we already got one");
        continue;
      }
      if (s === "__weakref__") continue;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(s)) throw typeError("__slots__ must be identifiers");
      const mangled = s.startsWith("__") && !s.endsWith("__") ? `_${name.replace(/^_+/, "")}${s}` : s;
      if (dict.has(mangled)) {
        throw newException(ValueError, `'${mangled}' in __slots__ conflicts with class variable`);
      }
      ownSlots.push(mangled);
    }
    addDict = items.includes("__dict__") && !bases.some((b) => b.hasDict);
  }
  t.hasDict = addDict || bases.some((b) => b.hasDict);
  if (slotsDecl === undefined) t.hasDict = true;
  // Slot indices: inherited + own
  const slotIndex = new Map<string, number>();
  for (const b of [...t.mro].reverse()) if (b.slotIndex !== null) for (const [k, i] of b.slotIndex) slotIndex.set(k, i);
  ownSlots = ownSlots.filter((s) => !slotIndex.has(s));
  for (const s of ownSlots) {
    const idx = slotIndex.size;
    slotIndex.set(s, idx);
    dict.set(
      s,
      new PyGetSetDescr(
        s,
        t,
        (self) => {
          const v = self.slots?.[idx];
          if (v === undefined) throw attributeError(`'${typeName(self)}' object has no attribute '${s}'`, s, self);
          return v;
        },
        (self, v) => {
          if (v === undefined && self.slots[idx] === undefined) {
            throw attributeError(`'${typeName(self)}' object has no attribute '${s}'`, s, self);
          }
          self.slots[idx] = v;
        },
        None,
        true,
      ),
    );
  }
  t.slotIndex = slotIndex.size > 0 ? slotIndex : null;
  t.slotNames = ownSlots;
  if (t.hasDict && !bases.some((b) => b.hasDict && b.dict.has("__dict__")) && !dict.has("__dict__")) {
    dict.set("__dict__", DICT_DESCR(t));
  }
  // Weak references are not observable in tpython, but the descriptor is (dir(), __weakref__ is None).
  if (slotsDecl === undefined && t.lookup("__weakref__") === undefined) {
    dict.set("__weakref__", new PyGetSetDescr("__weakref__", t, () => None));
  }
  // Implicit classmethod/staticmethod
  const nf = dict.get("__new__");
  if (nf instanceof PyFunction) dict.set("__new__", new PyStaticMethod(nf));
  for (const n of ["__init_subclass__", "__class_getitem__"]) {
    const f = dict.get(n);
    if (f instanceof PyFunction) dict.set(n, new PyClassMethod(f));
  }
  // __eq__ without __hash__ makes instances unhashable
  if (dict.has("__eq__") && !dict.has("__hash__")) dict.set("__hash__", None);
  // __classcell__
  const cell = dict.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) throw typeError(`__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    cell.contents = t;
    dict.delete("__classcell__");
  }
  dict.delete("__classdictcell__");
  t.modified();
  // __set_name__
  for (const [k, v] of [...dict]) {
    if (typeof v !== "object" || v === null) continue;
    const sn = typeOf(v).lookup("__set_name__");
    if (sn === undefined) continue;
    try {
      callDescriptor(sn, v, [t, k]);
    } catch (e) {
      if (e instanceof PyBaseException) {
        addNoteHook.add(e, `Error calling __set_name__ on '${typeOf(v).name}' instance '${k}' in '${name}'`);
      }
      throw e;
    }
  }
  // __init_subclass__ of the parent
  const sup = new PySuper(t, t, t);
  const isc = superGetAttr(sup, "__init_subclass__");
  call(isc, kwValues(kw), kwNames(kw));
  return t;
}

export const addNoteHook: { add: (e: PyBaseException, note: string) => void } = {
  add: () => {},
};

function kwValues(kw: PyDict): PyObject[] {
  return kw.entries().map((e) => e[1]);
}
function kwNames(kw: PyDict): string[] | null {
  const k = kw.keyList() as string[];
  return k.length > 0 ? k : null;
}

function computeMroFor(t: PyType, meta: PyType): PyType[] {
  const custom = meta.lookup("mro");
  if (custom !== undefined && custom !== TypeType.dict.get("mro")) {
    t.mro = computeMro(t);
    const r = toArray(callDescriptor(custom, t, []));
    for (const x of r) if (!(x instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeName(x)}')`);
    return r as PyType[];
  }
  return computeMro(t);
}

/** Hook: the __name__ of the module whose code is creating a class (set by the VM). */
export const callerModuleHook: { name: () => PyObject } = { name: () => undefined };
function callerModuleName(): PyObject {
  return callerModuleHook.name();
}

const dictDescrs = new Map<PyType, PyGetSetDescr>();
function DICT_DESCR(t: PyType): PyGetSetDescr {
  let d = dictDescrs.get(t);
  if (d === undefined) {
    d = new PyGetSetDescr(
      "__dict__",
      t,
      (self) => {
        if (self.dict === null || self.dict === undefined) self.dict = new PyDict();
        return self.dict;
      },
      (self, v) => {
        if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
        self.dict = v;
      },
    );
    dictDescrs.set(t, d);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------
// super

export class PySuper {
  declare type: PyType;
  constructor(
    public thisType: PyType,
    public obj: PyObject,
    public objType: PyType | null,
  ) {}
}
Object.defineProperty(PySuper.prototype, "type", { value: SuperType, writable: true });

/** The type whose MRO super() walks, given its second argument (CPython's supercheck). */
export function superCheck(t: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtype(t)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtype(t)) return ot;
  const cls = getAttrOrUndefined(obj, "__class__");
  if (cls instanceof PyType && cls !== ot && cls.isSubtype(t)) return cls;
  const what = obj instanceof PyType ? `type ${obj.name}` : `instance of ${ot.name}`;
  throw typeError(`super(type, obj): obj (${what}) is not an instance or subtype of type (${t.name}).`);
}

function superFind(sup: PySuper, name: string): PyObject {
  const st = sup.objType;
  if (st === null || name === "__class__") return undefined;
  const mro = st.mro;
  let i = mro.indexOf(sup.thisType);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function superGetAttr(sup: PySuper, name: string): PyObject {
  const v = superFind(sup, name);
  if (v !== undefined) {
    const obj = sup.obj === sup.objType ? null : sup.obj;
    return bindDescriptor(v, obj, sup.objType!);
  }
  const r = genericGetAttr(sup, name);
  if (r !== undefined) return r;
  throw attributeError(`'super' object has no attribute '${name}'`, name, sup);
}

defStatic(SuperType, "__new__", (_args) => new PySuper(ObjectType, None, null));
defMethod(SuperType, "__init__", (self: PySuper, args, kwnames) => {
  checkArity("super", args, kwnames, 0, 2);
  if (args.length === 0) {
    const r = zeroArgSuperHook.find();
    self.thisType = r[0];
    self.obj = r[1];
    self.objType = superCheck(r[0], r[1]);
    return None;
  }
  const t = args[0];
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(t)}`);
  self.thisType = t;
  if (args.length === 2 && args[1] !== None) {
    self.obj = args[1];
    self.objType = superCheck(t, args[1]);
  }
  return None;
});
defMethod(SuperType, "__getattribute__", (self: PySuper, args) => superGetAttr(self, attrName(args[0])));
defMethod(SuperType, "__repr__", (self: PySuper) =>
  self.objType === null
    ? `<super: <class '${self.thisType.name}'>, NULL>`
    : `<super: <class '${self.thisType.name}'>, <${self.objType.name} object>>`,
);
defMethod(SuperType, "__get__", (self: PySuper, args) => {
  if (args[0] === None || self.objType !== null) return self;
  return new PySuper(self.thisType, args[0], superCheck(self.thisType, args[0]));
});
defGetSet(SuperType, "__thisclass__", (s: PySuper) => s.thisType);
defGetSet(SuperType, "__self__", (s: PySuper) => (s.objType === null ? None : s.obj));
defGetSet(SuperType, "__self_class__", (s: PySuper) => s.objType ?? None);

/** Finds `__class__` and the first argument of the calling frame for `super()` (set by the VM). */
export const zeroArgSuperHook: { find: () => [PyType, PyObject] } = {
  find: () => {
    throw newException(TypeError, "super(): no arguments");
  },
};

/** LOAD_SUPER_ATTR fast path: [attr, self-or-null] without allocating a super object. */
export function superLookup(klass: PyType, self: PyObject, name: string, method: boolean): [PyObject, PyObject] {
  const objType = superCheck(klass, self);
  const sup = new PySuper(klass, self, objType);
  const v = superFind(sup, name);
  if (
    v !== undefined &&
    method &&
    (v instanceof PyFunction || v instanceof PyMethodDescr) &&
    !(self instanceof PyType && self === objType)
  ) {
    return [v, self];
  }
  return [superGetAttr(sup, name), null];
}

// ---------------------------------------------------------------------------------------------------
// property, classmethod, staticmethod

defStatic(PropertyType, "__new__", (args) => new PyProperty(None, None, None, None, args[0]));
defMethod(PropertyType, "__init__", (self: PyProperty, args, kwnames) => {
  const [fget, fset, fdel, doc] = parseArgs("property", args, kwnames, ["fget", "fset", "fdel", "doc"], 0);
  self.fget = fget ?? None;
  self.fset = fset ?? None;
  self.fdel = fdel ?? None;
  if (doc !== undefined && doc !== None) self.doc = doc;
  else if (self.fget !== None) {
    const d = getAttrOrUndefined(self.fget, "__doc__");
    self.doc = d === undefined ? None : d;
  } else self.doc = None;
  return None;
});
defMethod(PropertyType, "__get__", (self: PyProperty, args) => {
  const obj = args[0];
  if (obj === None || obj === undefined) return self;
  return propertyGet(self, obj);
});
defMethod(PropertyType, "__set__", (self: PyProperty, args) => {
  const [obj, value] = args;
  if (self.fset === None) {
    const name = typeof self.name === "string" ? `'${self.name}' ` : "";
    throw attributeError(`property ${name}of '${typeName(obj)}' object has no setter`);
  }
  call(self.fset, [obj, value]);
  return None;
});
defMethod(PropertyType, "__delete__", (self: PyProperty, args) => {
  if (self.fdel === None) {
    const name = typeof self.name === "string" ? `'${self.name}' ` : "";
    throw attributeError(`property ${name}of '${typeName(args[0])}' object has no deleter`);
  }
  call(self.fdel, [args[0]]);
  return None;
});
defMethod(PropertyType, "__set_name__", (self: PyProperty, args) => {
  self.name = args[1];
  return None;
});
function copyProperty(p: PyProperty, fget: PyObject, fset: PyObject, fdel: PyObject): PyObject {
  const np = call(p.type, [fget, fset, fdel, p.doc === None ? None : p.doc]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}
defMethod(PropertyType, "getter", (self: PyProperty, args) => copyProperty(self, args[0], self.fset, self.fdel));
defMethod(PropertyType, "setter", (self: PyProperty, args) => copyProperty(self, self.fget, args[0], self.fdel));
defMethod(PropertyType, "deleter", (self: PyProperty, args) => copyProperty(self, self.fget, self.fset, args[0]));
defGetSet(PropertyType, "fget", (p: PyProperty) => p.fget);
defGetSet(PropertyType, "fset", (p: PyProperty) => p.fset);
defGetSet(PropertyType, "fdel", (p: PyProperty) => p.fdel);
defGetSet(
  PropertyType,
  "__doc__",
  (p: PyProperty) => p.doc,
  (p: PyProperty, v) => {
    p.doc = v ?? None;
  },
);
defGetSet(PropertyType, "__isabstractmethod__", (p: PyProperty) =>
  [p.fget, p.fset, p.fdel].some((f) => f !== None && isTrue(getAttrOrUndefined(f, "__isabstractmethod__") ?? false)),
);

defStatic(ClassMethodType, "__new__", (args) => new PyClassMethod(None, args[0]));
defMethod(ClassMethodType, "__init__", (self: PyClassMethod, args, kwnames) => {
  checkArity("classmethod", args, kwnames, 1, 1);
  self.func = args[0];
  return None;
});
defMethod(ClassMethodType, "__get__", (self: PyClassMethod, args) => {
  const t = args.length > 1 && args[1] !== None ? args[1] : typeOf(args[0]);
  return new PyMethod(self.func, t);
});
defGetSet(ClassMethodType, "__func__", (c: PyClassMethod) => c.func);
defGetSet(ClassMethodType, "__wrapped__", (c: PyClassMethod) => c.func);
defGetSet(ClassMethodType, "__isabstractmethod__", (c: PyClassMethod) =>
  isTrue(getAttrOrUndefined(c.func, "__isabstractmethod__") ?? false),
);
defGetSet(ClassMethodType, "__dict__", (c: PyClassMethod) => {
  if (c.dict === null) c.dict = new PyDict();
  return c.dict;
});

defStatic(StaticMethodType, "__new__", (args) => new PyStaticMethod(None, args[0]));
defMethod(StaticMethodType, "__init__", (self: PyStaticMethod, args, kwnames) => {
  checkArity("staticmethod", args, kwnames, 1, 1);
  self.func = args[0];
  return None;
});
defMethod(StaticMethodType, "__get__", (self: PyStaticMethod) => self.func);
defMethod(StaticMethodType, "__call__", (self: PyStaticMethod, args, kwnames) => call(self.func, args, kwnames));
defGetSet(StaticMethodType, "__func__", (c: PyStaticMethod) => c.func);
defGetSet(StaticMethodType, "__wrapped__", (c: PyStaticMethod) => c.func);
defGetSet(StaticMethodType, "__isabstractmethod__", (c: PyStaticMethod) =>
  isTrue(getAttrOrUndefined(c.func, "__isabstractmethod__") ?? false),
);

setDescriptorGets(
  ClassMethodType.dict.get("__get__"),
  StaticMethodType.dict.get("__get__"),
  PropertyType.dict.get("__get__"),
);

// ---------------------------------------------------------------------------------------------------
// Small builtin types

defMethod(NoneType, "__repr__", () => "None");
defMethod(NoneType, "__bool__", () => false);
// CPython 3.12+ gives None a constant hash.
defMethod(NoneType, "__hash__", () => 4238894112);
defStatic(NoneType, "__new__", (args) => {
  if (args.length > 1) throw typeError("NoneType takes no arguments");
  return None;
});
defMethod(NotImplementedType, "__repr__", () => "NotImplemented");
defMethod(NotImplementedType, "__bool__", () => {
  throw typeError("NotImplemented should not be used in a boolean context");
});
defMethod(EllipsisType, "__repr__", () => "Ellipsis");

// functions
defMethod(FunctionType, "__repr__", (f: PyFunction) => `<function ${f.qualname} at ${addressOf(f)}>`);
defMethod(FunctionType, "__get__", (f: PyFunction, args) => (args[0] === None ? f : new PyMethod(f, args[0])));
defMethod(FunctionType, "__call__", (f: PyFunction, args, kwnames) => call(f, args, kwnames));
defGetSet(
  FunctionType,
  "__name__",
  (f: PyFunction) => f.name,
  (f: PyFunction, v) => {
    if (typeof v !== "string") throw typeError("__name__ must be set to a string object");
    f.name = v;
  },
);
defGetSet(
  FunctionType,
  "__qualname__",
  (f: PyFunction) => f.qualname,
  (f: PyFunction, v) => {
    if (typeof v !== "string") throw typeError("__qualname__ must be set to a string object");
    f.qualname = v;
  },
);
defGetSet(
  FunctionType,
  "__module__",
  (f: PyFunction) => f.module,
  (f: PyFunction, v) => {
    f.module = v ?? None;
  },
);
defGetSet(
  FunctionType,
  "__doc__",
  (f: PyFunction) => f.doc,
  (f: PyFunction, v) => {
    f.doc = v ?? None;
  },
);
defGetSet(
  FunctionType,
  "__code__",
  (f: PyFunction) => f.code,
  (f: PyFunction, v) => {
    f.code = v;
    f.bumpVersion();
  },
);
defGetSet(FunctionType, "__globals__", (f: PyFunction) => f.globals);
defGetSet(FunctionType, "__builtins__", (f: PyFunction) => f.builtins);
defGetSet(FunctionType, "__closure__", (f: PyFunction) => f.closure ?? None);
defGetSet(
  FunctionType,
  "__defaults__",
  (f: PyFunction) => f.defaults ?? None,
  (f: PyFunction, v) => {
    f.defaults = v === None || v === undefined ? null : v;
    f.bumpVersion();
  },
);
defGetSet(
  FunctionType,
  "__kwdefaults__",
  (f: PyFunction) => f.kwdefaults ?? None,
  (f: PyFunction, v) => {
    f.kwdefaults = v === None || v === undefined ? null : v;
    f.bumpVersion();
  },
);
defGetSet(
  FunctionType,
  "__annotations__",
  (f: PyFunction) => {
    if (f.annotations instanceof PyTuple) {
      const d = new PyDict();
      const it = f.annotations.items;
      for (let i = 0; i + 1 < it.length; i += 2) d.setItem(it[i], it[i + 1]);
      f.annotations = d;
    }
    if (f.annotations === null) f.annotations = new PyDict();
    return f.annotations;
  },
  (f: PyFunction, v) => {
    f.annotations = v === undefined ? null : v;
  },
);
defGetSet(FunctionType, "__dict__", (f: PyFunction) => {
  if (f.dict === null) f.dict = new PyDict();
  return f.dict;
});
defGetSet(
  FunctionType,
  "__type_params__",
  (f: PyFunction) => f.typeParams ?? new PyTuple([]),
  (f: PyFunction, v) => {
    f.typeParams = v;
  },
);
FunctionType.hasDict = true;

// bound methods
defMethod(MethodType, "__repr__", (m: PyMethod) => {
  const fname = getAttrOrUndefined(m.func, "__qualname__") ?? getAttrOrUndefined(m.func, "__name__") ?? "?";
  return `<bound method ${String(fname)} of ${repr(m.self)}>`;
});
defMethod(MethodType, "__call__", (m: PyMethod, args, kwnames) => call(m.func, [m.self, ...args], kwnames));
defMethod(MethodType, "__get__", (m: PyMethod) => m);
defMethod(MethodType, "__eq__", (m: PyMethod, args) => {
  const o = args[0];
  if (!(o instanceof PyMethod)) return NotImplemented;
  return m.func === o.func && m.self === o.self;
});
defMethod(MethodType, "__hash__", (m: PyMethod) =>
  intHash((objectId(m.func) as number) ^ (objectId(m.self) as number)),
);
defGetSet(MethodType, "__func__", (m: PyMethod) => m.func);
defGetSet(MethodType, "__self__", (m: PyMethod) => m.self);
defMethod(MethodType, "__getattribute__", (m: PyMethod, args) => {
  const name = attrName(args[0]);
  const v = genericGetAttr(m, name);
  if (v !== undefined) return v;
  return getAttr(m.func, name);
});

// builtin functions and method descriptors
defMethod(BuiltinFunctionType, "__repr__", (f: PyBuiltinFunction) => {
  if (f.self === null || f.self === None || f.self instanceof PyModule) return `<built-in function ${f.name}>`;
  return `<built-in method ${f.name} of ${typeOf(f.self).name} object at ${addressOf(f.self)}>`;
});
defMethod(BuiltinFunctionType, "__call__", (f: PyBuiltinFunction, args, kwnames) => f.fn(args, kwnames));
defGetSet(BuiltinFunctionType, "__name__", (f: PyBuiltinFunction) => f.name);
defGetSet(BuiltinFunctionType, "__qualname__", (f: PyBuiltinFunction) => f.qualname);
defGetSet(BuiltinFunctionType, "__self__", (f: PyBuiltinFunction) => (f.self === null ? None : f.self));
defGetSet(BuiltinFunctionType, "__module__", (f: PyBuiltinFunction) =>
  f.self instanceof PyModule ? f.self.name : (f.module ?? None),
);
defGetSet(BuiltinFunctionType, "__doc__", (f: PyBuiltinFunction) => f.doc ?? None);
defMethod(MethodDescrType, "__repr__", (d: PyMethodDescr) => `<method '${d.name}' of '${d.objclass.name}' objects>`);
defMethod(MethodDescrType, "__get__", (d: PyMethodDescr, args) =>
  args[0] === None ? d : bindDescriptor(d, args[0], typeOf(args[0])),
);
defMethod(MethodDescrType, "__call__", (d: PyMethodDescr, args, kwnames) => call(d, args, kwnames));
defGetSet(MethodDescrType, "__name__", (d: PyMethodDescr) => d.name);
defGetSet(MethodDescrType, "__qualname__", (d: PyMethodDescr) => `${d.objclass.name}.${d.name}`);
defGetSet(MethodDescrType, "__objclass__", (d: PyMethodDescr) => d.objclass);
defGetSet(MethodDescrType, "__doc__", (d: PyMethodDescr) => d.doc ?? None);

// cells and code
defMethod(CellType, "__repr__", (c: PyCell) =>
  c.contents === undefined
    ? `<cell at ${addressOf(c)}: empty>`
    : `<cell at ${addressOf(c)}: ${typeOf(c.contents).name} object at ${addressOf(c.contents)}>`,
);
defGetSet(
  CellType,
  "cell_contents",
  (c: PyCell) => {
    if (c.contents === undefined) throw newException(ValueError, "Cell is empty");
    return c.contents;
  },
  (c: PyCell, v) => {
    c.contents = v;
  },
);
defMethod(
  CodeType,
  "__repr__",
  (c) => `<code object ${c.co_name} at ${addressOf(c)}, file "${c.co_filename}", line ${c.co_firstlineno}>`,
);
for (const f of [
  "co_argcount",
  "co_posonlyargcount",
  "co_kwonlyargcount",
  "co_stacksize",
  "co_flags",
  "co_filename",
  "co_name",
  "co_qualname",
  "co_firstlineno",
  "co_nlocals",
]) {
  defGetSet(CodeType, f, (c) => c[f]);
}
defGetSet(CodeType, "co_varnames", (c) => new PyTuple(c.co_varnames));
defGetSet(CodeType, "co_cellvars", (c) => new PyTuple(c.co_cellvars));
defGetSet(CodeType, "co_freevars", (c) => new PyTuple(c.co_freevars));
defGetSet(CodeType, "co_names", (c) => new PyTuple(c.co_names.slice()));
defGetSet(CodeType, "co_consts", (c) => new PyTuple(c.co_consts.slice()));

// modules
defStatic(ModuleType, "__new__", (args) => new PyModule("?", None, args[0]));
defMethod(ModuleType, "__init__", (self: PyModule, args, kwnames) => {
  const [name, doc] = parseArgs("module", args, kwnames, ["name", "doc"], 1);
  if (typeof name !== "string") throw typeError(`module.__init__() argument 'name' must be str, not ${typeName(name)}`);
  self.dict.setStr("__name__", name);
  self.dict.setStr("__doc__", doc ?? None);
  return None;
});
defMethod(ModuleType, "__repr__", (m: PyModule) => {
  const name = m.dict.getStr("__name__");
  const file = m.dict.getStr("__file__");
  if (typeof file === "string") return `<module ${repr(name)} from ${repr(file)}>`;
  const path = m.dict.getStr("__path__");
  if (path !== undefined && file === None && m.dict.getStr("__spec__") === None) {
    return `<module ${repr(name)} (namespace) from ${repr(path)}>`;
  }
  return m.isBuiltin ? `<module ${repr(name)} (built-in)>` : `<module ${repr(name)}>`;
});
defMethod(ModuleType, "__dir__", (m: PyModule) => {
  const custom = m.dict.getStr("__dir__");
  if (custom !== undefined) return call(custom, []);
  return new PyList(m.dict.keyList());
});
defGetSet(ModuleType, "__dict__", (m: PyModule) => m.dict);
ModuleType.hasDict = true;

// Register the attribute slots with the protocols.
setCoreSlots({
  objGet: ObjectType.dict.get("__getattribute__"),
  typeGet: TypeType.dict.get("__getattribute__"),
  objSet: ObjectType.dict.get("__setattr__"),
  typeSet: TypeType.dict.get("__setattr__"),
  objDel: ObjectType.dict.get("__delattr__"),
  typeDel: TypeType.dict.get("__delattr__"),
});

export { allBuiltinTypes, richCompare, PyInstance, str };

// getset_descriptor / member_descriptor (a builtin computed attribute or a __slots__ member)
for (const T of [GetSetDescrType, MemberDescrType]) {
  defMethod(T, "__get__", (d: PyGetSetDescr, args) => {
    const obj = args[0];
    if (obj === None || obj === undefined) return d;
    if (!typeOf(obj).isSubtype(d.objclass)) {
      throw typeError(
        `descriptor '${d.name}' for '${d.objclass.name}' objects doesn't apply to a '${typeName(obj)}' object`,
      );
    }
    return d.get(obj);
  });
  defMethod(T, "__set__", (d: PyGetSetDescr, args) => {
    if (d.set === null) throw attributeError(`attribute '${d.name}' of '${d.objclass.name}' objects is not writable`);
    d.set(args[0], args[1]);
    return None;
  });
  defMethod(T, "__delete__", (d: PyGetSetDescr, args) => {
    if (d.set === null) throw attributeError(`attribute '${d.name}' of '${d.objclass.name}' objects is not writable`);
    d.set(args[0], undefined);
    return None;
  });
  defMethod(T, "__repr__", (d: PyGetSetDescr) =>
    d.isMember
      ? `<member '${d.name}' of '${d.objclass.name}' objects>`
      : `<attribute '${d.name}' of '${d.objclass.name}' objects>`,
  );
  defGetSet(T, "__name__", (d: PyGetSetDescr) => d.name);
  defGetSet(T, "__qualname__", (d: PyGetSetDescr) => `${d.objclass.name}.${d.name}`);
  defGetSet(T, "__objclass__", (d: PyGetSetDescr) => d.objclass);
  defGetSet(T, "__doc__", (d: PyGetSetDescr) => d.doc ?? None);
}
