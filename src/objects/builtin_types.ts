// The builtin type objects (`object`, `type`, `int`, `str`, `list`, ...) and helpers with which the
// modules implementing them attach their methods. Types are created here, empty, so that every module can
// import them without cycles; src/objects/<type>.ts and src/builtins/ fill in the methods at start-up.

import { PyBytes } from "./bytes.js";
import { PyCode } from "./code.js";
import { PyComplex } from "./complex.js";
import { PyFloat } from "./float.js";
import type { PyObject } from "./object.js";
import { Ellipsis, None, PyEllipsisType, PyNoneType } from "./singletons.js";
import { PyCodePointStr } from "./str.js";
import {
  type NativeFn,
  type NativeMethod,
  PyBuiltinFunction,
  PyClassMethodDescr,
  PyGetSetDescr,
  PyMethodDescr,
  PyStaticNative,
  PyType,
  bumpNativesEpoch,
  TPFLAGS_BASETYPE,
  TPFLAGS_BYTES_SUBCLASS,
  TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_LIST_SUBCLASS,
  TPFLAGS_LONG_SUBCLASS,
  TPFLAGS_MAPPING,
  TPFLAGS_SEQUENCE,
  TPFLAGS_TUPLE_SUBCLASS,
  TPFLAGS_TYPE_SUBCLASS,
  TPFLAGS_UNICODE_SUBCLASS,
} from "./type.js";

export const allBuiltinTypes: PyType[] = [];

function bootstrap(): [PyType, PyType] {
  const typeType = new PyType(null, "type", [], new Map(), TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS);
  const objectType = new PyType(typeType, "object", [], new Map(), TPFLAGS_BASETYPE);
  objectType.mro = [objectType];
  objectType.solidBase = objectType;
  typeType.bases = [objectType];
  objectType.subclasses.push(typeType);
  typeType.mro = [typeType, objectType];
  typeType.solidBase = typeType;
  typeType.hasDict = true;
  allBuiltinTypes.push(objectType, typeType);
  return [objectType, typeType];
}

export const [ObjectType, TypeType] = bootstrap();

/** Creates a builtin (static) type with a single base. */
export function newBuiltinType(name: string, base: PyType = ObjectType, flags = 0, module = "builtins"): PyType {
  const t = new PyType(TypeType, name, [base], new Map(), flags | (base.flags & ~TPFLAGS_BASETYPE & 0x7f000000));
  t.mro = [t, ...base.mro];
  t.solidBase = t;
  t.dict.set("__module__", module);
  if (module !== "builtins") t.qualname = name;
  allBuiltinTypes.push(t);
  return t;
}

const B = TPFLAGS_BASETYPE;

export const IntType = newBuiltinType("int", ObjectType, B | TPFLAGS_LONG_SUBCLASS);
export const BoolType = newBuiltinType("bool", IntType, TPFLAGS_LONG_SUBCLASS);
export const FloatType = newBuiltinType("float", ObjectType, B);
export const ComplexType = newBuiltinType("complex", ObjectType, B);
export const StrType = newBuiltinType("str", ObjectType, B | TPFLAGS_UNICODE_SUBCLASS);
export const BytesType = newBuiltinType("bytes", ObjectType, B | TPFLAGS_BYTES_SUBCLASS);
export const ByteArrayType = newBuiltinType("bytearray", ObjectType, B);
export const MemoryViewType = newBuiltinType("memoryview", ObjectType, TPFLAGS_SEQUENCE);
export const ListType = newBuiltinType("list", ObjectType, B | TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE);
export const TupleType = newBuiltinType("tuple", ObjectType, B | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE);
export const DictType = newBuiltinType("dict", ObjectType, B | TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING);
export const SetType = newBuiltinType("set", ObjectType, B);
export const FrozenSetType = newBuiltinType("frozenset", ObjectType, B);
export const RangeType = newBuiltinType("range", ObjectType, TPFLAGS_SEQUENCE);
export const SliceType = newBuiltinType("slice");
export const NoneType = newBuiltinType("NoneType");
export const EllipsisType = newBuiltinType("ellipsis");
export const NotImplementedType = newBuiltinType("NotImplementedType");
export const FunctionType = newBuiltinType("function");
export const BuiltinFunctionType = newBuiltinType("builtin_function_or_method");
export const MethodDescrType = newBuiltinType("method_descriptor");
export const ClassMethodDescrType = newBuiltinType("classmethod_descriptor");
export const GetSetDescrType = newBuiltinType("getset_descriptor");
export const MemberDescrType = newBuiltinType("member_descriptor");
export const WrapperDescrType = newBuiltinType("wrapper_descriptor");
export const MethodWrapperType = newBuiltinType("method-wrapper");
export const StaticNativeType = newBuiltinType("staticmethod");
export const MethodType = newBuiltinType("method");
export const CellType = newBuiltinType("cell");
export const CodeType = newBuiltinType("code");
export const ModuleType = newBuiltinType("module", ObjectType, B);
export const GeneratorType = newBuiltinType("generator");
export const CoroutineType = newBuiltinType("coroutine");
export const AsyncGeneratorType = newBuiltinType("async_generator");
export const CoroutineWrapperType = newBuiltinType("coroutine_wrapper");
export const PropertyType = newBuiltinType("property", ObjectType, B);
export const ClassMethodType = newBuiltinType("classmethod", ObjectType, B);
export const StaticMethodType = newBuiltinType("staticmethod", ObjectType, B);
export const SuperType = newBuiltinType("super", ObjectType, B);
export const FrameType = newBuiltinType("frame");
export const TracebackType = newBuiltinType("traceback");
export const MappingProxyType = newBuiltinType("mappingproxy", ObjectType, TPFLAGS_MAPPING);
export const NamespaceType = newBuiltinType("SimpleNamespace", ObjectType, B, "types");

/** Types whose only job is iteration or views: name → type. Created on demand by `auxType`. */
const auxTypes = new Map<string, PyType>();
export function auxType(name: string): PyType {
  let t = auxTypes.get(name);
  if (t === undefined) {
    t = newBuiltinType(name);
    auxTypes.set(name, t);
  }
  return t;
}

/** The `type` of values whose JS class is fixed: set on the prototypes. */
function setProtoType(cls: { prototype: object }, type: PyType): void {
  Object.defineProperty(cls.prototype, "type", { value: type, writable: true, configurable: true, enumerable: false });
}

setProtoType(PyBuiltinFunction, BuiltinFunctionType);
setProtoType(PyMethodDescr, MethodDescrType);
setProtoType(PyClassMethodDescr, ClassMethodDescrType);
setProtoType(PyStaticNative, StaticNativeType);
setProtoType(PyFloat, FloatType);
setProtoType(PyComplex, ComplexType);
setProtoType(PyBytes, BytesType);
setProtoType(PyCodePointStr, StrType);
setProtoType(PyNoneType, NoneType);
setProtoType(PyEllipsisType, EllipsisType);
setProtoType(PyCode, CodeType);
Object.defineProperty(PyGetSetDescr.prototype, "type", {
  get(this: PyGetSetDescr) {
    return this.isMember ? MemberDescrType : GetSetDescrType;
  },
  set(this: PyGetSetDescr, v: PyType) {
    Object.defineProperty(this, "type", { value: v, writable: true });
  },
  configurable: true,
});

export { setProtoType };

/** The Python type of any value. */
export function typeOf(v: PyObject): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return IntType;
    case "string":
      return StrType;
    case "boolean":
      return BoolType;
    default:
      return v.type;
  }
}

export class PyNotImplementedType {}
setProtoType(PyNotImplementedType, NotImplementedType);
export const NotImplemented = new PyNotImplementedType();

export { None, Ellipsis };

// ---------------------------------------------------------------------------------------------------
// Attaching natives to types

export function defMethod(type: PyType, name: string, fn: NativeMethod, doc: PyObject = None): PyMethodDescr {
  const d = new PyMethodDescr(name, type, fn, doc);
  type.dict.set(name, d);
  bumpNativesEpoch();
  return d;
}

export function defClassMethod(type: PyType, name: string, fn: NativeMethod): void {
  type.dict.set(name, new PyClassMethodDescr(name, type, fn));
  bumpNativesEpoch();
}

export function defStatic(type: PyType, name: string, fn: NativeFn): void {
  type.dict.set(name, new PyStaticNative(name, fn));
  bumpNativesEpoch();
}

export function defGetSet(
  type: PyType,
  name: string,
  get: (self: any) => any,
  set?: (self: any, v: any) => void,
): void {
  type.dict.set(name, new PyGetSetDescr(name, type, get, set ?? null));
  bumpNativesEpoch();
}

/** Sets a plain class attribute of a builtin type (a constant, a nested type, ...). */
export function defAttr(type: PyType, name: string, value: PyObject): void {
  type.dict.set(name, value);
  bumpNativesEpoch();
}

export function builtinFunction(name: string, fn: NativeFn, module: PyObject = null): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, module);
}
