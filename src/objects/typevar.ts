// PEP 695 objects (CPython's Objects/typevarobject.c): TypeVar, ParamSpec, TypeVarTuple, TypeAliasType
// and the Generic base that `class C[T]` gets, created by the CALL_INTRINSIC_1/2 instructions.

import { call, repr } from "../vm/abstract.js";
import { intrinsicHooks } from "../vm/intrinsics.js";
import { defClassMethod, defGetSet, defMethod, newBuiltinType, None, ObjectType, typeOf } from "./builtin_types.js";
import { typeError } from "./exceptions.js";
import { PyFunction } from "./function.js";
import { makeGenericAlias, makeUnion, PyGenericAlias } from "./generic_alias.js";
import type { PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import { type PyType, TPFLAGS_BASETYPE } from "./type.js";

export const TypeVarType = newBuiltinType("TypeVar", ObjectType, 0, "typing");
export const ParamSpecType = newBuiltinType("ParamSpec", ObjectType, 0, "typing");
export const TypeVarTupleType = newBuiltinType("TypeVarTuple", ObjectType, 0, "typing");
export const TypeAliasTypeType = newBuiltinType("TypeAliasType", ObjectType, 0, "typing");
export const GenericType = newBuiltinType("Generic", ObjectType, TPFLAGS_BASETYPE, "typing");

/** A type parameter; `lazy*` functions compute bound/constraints/default on first access. */
export class PyTypeParam {
  dict: PyObject = null;
  bound: PyObject = undefined;
  constraints: PyObject = undefined;
  default_: PyObject = undefined;
  lazyBound: PyObject = null;
  lazyConstraints: PyObject = null;
  lazyDefault: PyObject = null;
  covariant = false;
  contravariant = false;
  inferVariance = true;
  constructor(
    public type: PyType,
    public name: string,
  ) {}
}

export class PyTypeAlias {
  declare type: PyType;
  value: PyObject = undefined;
  constructor(
    public name: string,
    public typeParams: PyObject,
    public compute: PyObject,
  ) {}
}
Object.defineProperty(PyTypeAlias.prototype, "type", { value: TypeAliasTypeType, writable: true });

for (const T of [TypeVarType, ParamSpecType, TypeVarTupleType]) {
  defGetSet(T, "__name__", (p: PyTypeParam) => p.name);
  defMethod(T, "__repr__", (p: PyTypeParam) => {
    if (p.type === TypeVarTupleType) return p.name;
    const prefix = p.inferVariance ? "" : p.covariant ? "+" : p.contravariant ? "-" : "~";
    return prefix + p.name;
  });
  defMethod(T, "__or__", (p: PyTypeParam, args) => makeUnion(p, args[0]));
  defMethod(T, "__ror__", (p: PyTypeParam, args) => makeUnion(args[0], p));
  defGetSet(T, "__default__", (p: PyTypeParam) => {
    if (p.default_ === undefined) p.default_ = p.lazyDefault === null ? noDefault : call(p.lazyDefault, []);
    return p.default_;
  });
}
defGetSet(TypeVarType, "__bound__", (p: PyTypeParam) => {
  if (p.bound === undefined) p.bound = p.lazyBound === null ? None : call(p.lazyBound, []);
  return p.bound;
});
defGetSet(TypeVarType, "__constraints__", (p: PyTypeParam) => {
  if (p.constraints === undefined) {
    p.constraints = p.lazyConstraints === null ? new PyTuple([]) : call(p.lazyConstraints, []);
  }
  return p.constraints;
});
defGetSet(TypeVarType, "__covariant__", (p: PyTypeParam) => p.covariant);
defGetSet(TypeVarType, "__contravariant__", (p: PyTypeParam) => p.contravariant);
defGetSet(TypeVarType, "__infer_variance__", (p: PyTypeParam) => p.inferVariance);

const noDefault = new (class NoDefault {})();

defGetSet(TypeAliasTypeType, "__name__", (a: PyTypeAlias) => a.name);
defGetSet(TypeAliasTypeType, "__value__", (a: PyTypeAlias) => {
  if (a.value === undefined) a.value = call(a.compute, []);
  return a.value;
});
defGetSet(TypeAliasTypeType, "__type_params__", (a: PyTypeAlias) =>
  a.typeParams === None ? new PyTuple([]) : a.typeParams,
);
defGetSet(TypeAliasTypeType, "__module__", () => "__main__");
defMethod(TypeAliasTypeType, "__repr__", (a: PyTypeAlias) => a.name);
defMethod(TypeAliasTypeType, "__or__", (a: PyTypeAlias, args) => makeUnion(a, args[0]));
defMethod(TypeAliasTypeType, "__ror__", (a: PyTypeAlias, args) => makeUnion(args[0], a));
defMethod(TypeAliasTypeType, "__getitem__", (a: PyTypeAlias, args) => makeGenericAlias(a, args[0]));

// Generic: `class C[T]` subclasses Generic[T] (whose __mro_entries__ yield Generic itself).
defClassMethod(GenericType, "__class_getitem__", (cls: PyType, args) => makeGenericAlias(cls, args[0]));

intrinsicHooks.intrinsic1 = (oparg, v) => {
  switch (oparg) {
    case 7: // INTRINSIC_TYPEVAR
      return new PyTypeParam(TypeVarType, v);
    case 8: // INTRINSIC_PARAMSPEC
      return new PyTypeParam(ParamSpecType, v);
    case 9: // INTRINSIC_TYPEVARTUPLE
      return new PyTypeParam(TypeVarTupleType, v);
    case 10: // INTRINSIC_SUBSCRIPT_GENERIC
      return makeGenericAlias(GenericType, v);
    case 11: {
      // INTRINSIC_TYPEALIAS: (name, type_params, compute_value)
      const [name, params, compute] = (v as PyTuple).items;
      return new PyTypeAlias(name, params, compute);
    }
  }
  throw typeError(`unsupported intrinsic ${oparg}`);
};

const previous2 = intrinsicHooks.intrinsic2;
intrinsicHooks.intrinsic2 = (oparg, v2, v1) => {
  switch (oparg) {
    case 2: {
      // INTRINSIC_TYPEVAR_WITH_BOUND
      const p = new PyTypeParam(TypeVarType, v2);
      p.lazyBound = v1;
      return p;
    }
    case 3: {
      // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
      const p = new PyTypeParam(TypeVarType, v2);
      p.lazyConstraints = v1;
      return p;
    }
    case 4: // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
      if (v2 instanceof PyFunction) v2.typeParams = v1;
      return v2;
    case 5: // INTRINSIC_SET_TYPEPARAM_DEFAULT
      (v2 as PyTypeParam).lazyDefault = v1;
      return v2;
  }
  return previous2(oparg, v2, v1);
};

export { PyGenericAlias, repr, typeOf };
