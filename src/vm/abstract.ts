// The abstract object protocols (CPython's Objects/abstract.c, object.c, typeobject.c slot wrappers):
// attribute access with descriptors, calls, operators with reflected forms, comparisons, truth, hashing,
// iteration, repr/str. Fast paths for our primitive representations come first; everything else goes
// through the type's special methods, found by MRO lookup.

import {
  allBuiltinTypes,
  BoolType,
  FloatType,
  IntType,
  NotImplemented,
  None,
  ObjectType,
  StrType,
  TypeType,
  typeOf,
} from "../objects/builtin_types.js";
import { PyClassMethod, PyProperty, PyStaticMethod } from "../objects/descriptors.js";
import { PyDict } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import {
  AttributeError,
  attributeError,
  newException,
  PyBaseException,
  StopIteration,
  typeError,
} from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { PyCell, PyFunction, PyMethod } from "../objects/function.js";
import {
  intHash,
  intAdd,
  intAnd,
  intFloorDiv,
  intLshift,
  intMod,
  intMul,
  intOr,
  intRshift,
  intSub,
  intTrueDiv,
  intXor,
} from "../objects/int.js";
import type { PyObject } from "../objects/object.js";
import { PyCodePointStr, strConcat } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { TypeSlots } from "../objects/type.js";
import {
  PyBuiltinFunction,
  PyClassMethodDescr,
  PyGetSetDescr,
  PyMethodDescr,
  PyStaticNative,
  PyType,
} from "../objects/type.js";
import { callPyFunction } from "./call.js";

export { typeOf };

/** The name of an object's type, for messages. */
export function typeName(o: PyObject): string {
  return typeOf(o).name;
}

// ---------------------------------------------------------------------------------------------------
// Calling

/**
 * Calls any callable with positional args and keyword values (named by kwnames, at the end of args).
 * Python functions re-enter the eval loop (a nested JS activation).
 */
export function call(callable: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  if (callable instanceof PyFunction) return callPyFunction(callable, args, kwnames);
  if (callable instanceof PyBuiltinFunction) return callable.fn(args, kwnames);
  if (callable instanceof PyMethod) return call(callable.func, [callable.self, ...args], kwnames);
  if (callable instanceof PyMethodDescr) {
    if (args.length === 0) {
      throw typeError(`unbound method ${callable.objclass.name}.${callable.name}() needs an argument`);
    }
    const self = args[0];
    if (!typeOf(self).isSubtype(callable.objclass)) {
      throw typeError(
        `descriptor '${callable.name}' for '${callable.objclass.name}' objects doesn't apply to a '${typeName(self)}' object`,
      );
    }
    return callable.fn(self, args.slice(1), kwnames);
  }
  if (callable instanceof PyType) return callType(callable, args, kwnames);
  const f = typeOf(callable).lookup("__call__");
  if (f === undefined) throw typeError(`'${typeName(callable)}' object is not callable`);
  return callDescriptor(f, callable, args, kwnames);
}

/** Calls the class-level attribute `f` found for `self` (an unbound special method) with `self` first. */
export function callDescriptor(f: PyObject, self: PyObject, args: PyObject[], kwnames: string[] | null = null) {
  if (f instanceof PyMethodDescr) return f.fn(self, args, kwnames);
  if (f instanceof PyFunction) return callPyFunction(f, [self, ...args], kwnames);
  return call(bindDescriptor(f, self, typeOf(self)), args, kwnames);
}

/** Looks up special method `name` on the type of `self` and calls it; undefined if the type lacks it. */
export function callSpecial(self: PyObject, name: string, args: PyObject[]): PyObject {
  const f = typeOf(self).lookup(name);
  if (f === undefined) return undefined;
  return callDescriptor(f, self, args);
}

/** `type(...)` call: `__new__` then `__init__` (CPython's type_call). */
export function callType(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  if (t === TypeType && args.length === 1 && kwnames === null) return typeOf(args[0]);
  const meta = t.type;
  if (meta !== TypeType) {
    const mc = meta.lookup("__call__");
    if (mc !== undefined && mc !== TypeType.dict.get("__call__")) return callDescriptor(mc, t, args, kwnames);
  }
  return typeCallDefault(t, args, kwnames);
}

export function typeCallDefault(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const newf = slots(t).newf;
  let obj: PyObject;
  if (newf instanceof PyStaticNative) obj = newf.fn([t, ...args], kwnames);
  else obj = call(bindDescriptor(newf, null, t), [t, ...args], kwnames);
  const ot = typeOf(obj);
  if (ot !== t && !ot.isSubtype(t)) return obj;
  const init = slots(ot).init;
  if (init !== undefined && init !== ObjectType.dict.get("__init__")) {
    const r = callDescriptor(init, obj, args, kwnames);
    if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (init === ObjectType.dict.get("__init__") && (args.length > 0 || kwnames !== null)) {
    // object.__init__ with arguments is an error only when __new__ is object's too
    if (newf === ObjectType.dict.get("__new__")) {
      throw typeError(`${t.name}() takes no arguments`);
    }
  }
  return obj;
}

// ---------------------------------------------------------------------------------------------------
// Descriptors and attributes

/** `descr.__get__(obj, type)` for any class attribute (functions bind, others pass through). */
export function bindDescriptor(d: PyObject, obj: PyObject, type: PyType): PyObject {
  if (d instanceof PyFunction) return obj === null ? d : new PyMethod(d, obj);
  if (d instanceof PyMethodDescr) {
    if (obj === null) return d;
    return new PyBuiltinFunction(d.name, (args, kw) => d.fn(obj, args, kw), obj, `${d.objclass.name}.${d.name}`);
  }
  if (d instanceof PyClassMethodDescr) {
    return new PyBuiltinFunction(d.name, (args, kw) => d.fn(type, args, kw), type, `${d.objclass.name}.${d.name}`);
  }
  if (d instanceof PyStaticNative) return new PyBuiltinFunction(d.name, d.fn, null);
  if (d instanceof PyGetSetDescr) return obj === null ? d : d.get(obj);
  if (d instanceof PyClassMethod && d.type.lookup("__get__") === CLASSMETHOD_GET) {
    return new PyMethod(d.func, type);
  }
  if (d instanceof PyStaticMethod && d.type.lookup("__get__") === STATICMETHOD_GET) return d.func;
  if (d instanceof PyProperty && d.type.lookup("__get__") === PROPERTY_GET) {
    if (obj === null) return d;
    return propertyGet(d, obj);
  }
  if (typeof d !== "object" || d === null || d instanceof PyType) return d;
  const get = d.type.lookup("__get__");
  if (get === undefined) return d;
  return callDescriptor(get, d, [obj === null ? None : obj, type]);
}

function isDataDescriptor(d: PyObject): boolean {
  if (d instanceof PyGetSetDescr || d instanceof PyProperty) return true;
  if (typeof d !== "object" || d === null) return false;
  if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyType) return false;
  const t = d.type as PyType;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

function hasGet(d: PyObject): boolean {
  if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyClassMethodDescr) return true;
  if (d instanceof PyGetSetDescr || d instanceof PyStaticNative) return true;
  if (typeof d !== "object" || d === null || d instanceof PyType) return false;
  return (d.type as PyType).lookup("__get__") !== undefined;
}

/** The cached special-method facts of a type (CPython's tp_getattro/tp_setattro/tp_new/tp_init). */
export function slots(t: PyType): TypeSlots {
  t.checkEpoch();
  let s = t.slotCache;
  if (s === null) {
    const ga = t.lookup("__getattribute__");
    const sa = t.lookup("__setattr__");
    s = {
      defaultGetattr: ga === OBJECT_GETATTRIBUTE || ga === TYPE_GETATTRIBUTE,
      defaultSetattr: sa === OBJECT_SETATTR || sa === TYPE_SETATTR,
      getattr: t.lookup("__getattr__"),
      newf: t.lookup("__new__"),
      init: t.lookup("__init__"),
    };
    t.slotCache = s;
  }
  return s;
}

/** `getattr(o, name)`; throws AttributeError. */
export function getAttr(o: PyObject, name: string): PyObject {
  const t = typeOf(o);
  const sl = slots(t);
  if (sl.defaultGetattr && !(o instanceof PyType)) {
    let v: PyObject;
    if (sl.getattr === undefined) v = genericGetAttr(o, name, t);
    else {
      // An AttributeError from __getattribute__ (e.g. raised by a property) falls back to __getattr__.
      try {
        v = genericGetAttr(o, name, t);
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtype(AttributeError))
          return callDescriptor(sl.getattr, o, [name]);
        throw e;
      }
    }
    if (v !== undefined) return v;
    if (o instanceof PyModule) {
      const mga = o.dict.getStr("__getattr__");
      if (mga !== undefined) return call(mga, [name]);
    }
    if (sl.getattr !== undefined) {
      try {
        return callDescriptor(sl.getattr, o, [name]);
      } catch (e) {
        setAttributeErrorContext(e, o, name);
        throw e;
      }
    }
    throw noAttribute(o, name);
  }
  const ga = t.lookup("__getattribute__");
  if (ga !== OBJECT_GETATTRIBUTE && ga !== TYPE_GETATTRIBUTE) {
    try {
      try {
        return callDescriptor(ga, o, [name]);
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtype(AttributeError)) {
          const gattr = t.lookup("__getattr__");
          if (gattr !== undefined) return callDescriptor(gattr, o, [name]);
        }
        throw e;
      }
    } catch (e) {
      setAttributeErrorContext(e, o, name);
      throw e;
    }
  }
  const v = o instanceof PyType ? typeGetAttr(o, name) : genericGetAttr(o, name, t);
  if (v !== undefined) return v;
  if (o instanceof PyModule) {
    const mga = o.dict.getStr("__getattr__");
    if (mga !== undefined) return call(mga, [name]);
  }
  const gattr = t.lookup("__getattr__");
  if (gattr !== undefined) return callDescriptor(gattr, o, [name]);
  throw noAttribute(o, name);
}

/** CPython's set_attribute_error_context: an AttributeError without name/obj gets them (for suggestions). */
function setAttributeErrorContext(e: unknown, o: PyObject, name: string): void {
  if (e instanceof PyBaseException && e.type.isSubtype(AttributeError) && (e.name === None || e.name === undefined)) {
    e.name = name;
    e.obj = o;
  }
}

/** `getattr(o, name, None)`-style lookup: undefined instead of AttributeError. */
export function getAttrOrUndefined(o: PyObject, name: string): PyObject {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(AttributeError)) return undefined;
    throw e;
  }
}

export function noAttribute(o: PyObject, name: string): PyBaseException {
  if (o instanceof PyType) return attributeError(`type object '${o.name}' has no attribute '${name}'`, name, o);
  if (o !== null && typeof o === "object" && o.type?.name === "module" && o.dict instanceof PyDict) {
    const modName = o.dict.getStr("__name__");
    return attributeError(
      `module '${typeof modName === "string" ? modName : "?"}' has no attribute '${name}'`,
      name,
      o,
    );
  }
  return attributeError(`'${typeName(o)}' object has no attribute '${name}'`, name, o);
}

/** object.__getattribute__ without the __getattr__ fallback; undefined when absent. */
export function genericGetAttr(o: PyObject, name: string, t: PyType = typeOf(o)): PyObject {
  const d = t.lookup(name);
  if (d !== undefined && isDataDescriptor(d)) return bindDescriptor(d, o, t);
  const dict = typeof o === "object" && o !== null ? o.dict : null;
  if (dict instanceof PyDict) {
    const v = dict.getStr(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return hasGet(d) ? bindDescriptor(d, o, t) : d;
  return undefined;
}

/** type.__getattribute__ (CPython's type_getattro); undefined when absent. */
export function typeGetAttr(t: PyType, name: string): PyObject {
  const meta = t.type;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) return bindDescriptor(md, t, meta);
  const v = t.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyFunction || v instanceof PyMethodDescr) return v;
    if (hasGet(v)) return bindDescriptor(v, null, t);
    return v;
  }
  if (md !== undefined) return hasGet(md) ? bindDescriptor(md, t, meta) : md;
  return undefined;
}

/**
 * LOAD_ATTR with the method flag: returns [callable, self] when `name` is a plain function found on the
 * type (so CALL passes self without allocating a bound method), else [attribute, null].
 */
export function loadMethod(o: PyObject, name: string): [PyObject, PyObject] {
  const t = typeOf(o);
  const ga = t.lookup("__getattribute__");
  if (ga === OBJECT_GETATTRIBUTE && !(o instanceof PyType)) {
    const d = t.lookup(name);
    if (d instanceof PyFunction || d instanceof PyMethodDescr) {
      const dict = typeof o === "object" && o !== null ? o.dict : null;
      const v = dict instanceof PyDict ? dict.getStr(name) : undefined;
      if (v === undefined) return [d, o];
      return [v, null];
    }
  }
  return [getAttr(o, name), null];
}

/** The `self` found by the last loadMethodAttr (null when the attribute is not an unbound method). */
export let methodSelf: PyObject = null;

/** loadMethod without allocating: returns the callable and leaves self (or null) in `methodSelf`. */
export function loadMethodAttr(o: PyObject, name: string): PyObject {
  const t = typeOf(o);
  if (slots(t).defaultGetattr && !(o instanceof PyType)) {
    const d = t.lookup(name);
    if (d instanceof PyFunction || d instanceof PyMethodDescr) {
      const dict = typeof o === "object" && o !== null ? o.dict : null;
      const v = dict instanceof PyDict ? dict.getStr(name) : undefined;
      if (v === undefined) {
        methodSelf = o;
        return d;
      }
      methodSelf = null;
      return v;
    }
  }
  const r = getAttr(o, name);
  methodSelf = null;
  return r;
}

export function setAttr(o: PyObject, name: string, v: PyObject): void {
  const t = typeOf(o);
  if (!slots(t).defaultSetattr) {
    callDescriptor(t.lookup("__setattr__"), o, [name, v]);
    return;
  }
  if (o instanceof PyType) {
    typeSetAttr(o, name, v);
    return;
  }
  genericSetAttr(o, name, v, t);
}

export function genericSetAttr(o: PyObject, name: string, v: PyObject, t: PyType = typeOf(o)): void {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && d !== null) {
    if (d instanceof PyGetSetDescr) {
      if (d.set === null) {
        throw attributeError(
          d.isMember
            ? `'${t.name}' object attribute '${name}' is read-only`
            : `attribute '${name}' of '${d.objclass.name}' objects is not writable`,
          name,
          o,
        );
      }
      d.set(o, v);
      return;
    }
    if (!(d instanceof PyFunction) && !(d instanceof PyMethodDescr) && !(d instanceof PyType)) {
      const set = (d.type as PyType).lookup("__set__");
      if (set !== undefined) {
        callDescriptor(set, d, [o, v]);
        return;
      }
    }
  }
  const dict = typeof o === "object" && o !== null ? o.dict : undefined;
  if (dict instanceof PyDict) {
    dict.setStr(name, v);
    return;
  }
  if (dict === null && typeOf(o).hasDict) {
    const nd = new PyDict();
    o.dict = nd;
    nd.setStr(name, v);
    return;
  }
  if (d === undefined)
    throw attributeError(
      `'${t.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`,
      name,
      o,
    );
  throw attributeError(`'${t.name}' object attribute '${name}' is read-only`, name, o);
}

export function typeSetAttr(t: PyType, name: string, v: PyObject): void {
  const meta = t.type;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) {
    if (md instanceof PyGetSetDescr) {
      if (md.set === null) throw attributeError(`attribute '${name}' of '${md.objclass.name}' objects is not writable`);
      md.set(t, v);
      return;
    }
    callDescriptor(md.type.lookup("__set__"), md, [t, v]);
    return;
  }
  if (!t.isHeapType) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  t.dict.set(name, v);
  t.modified();
}

export function delAttr(o: PyObject, name: string): void {
  const t = typeOf(o);
  const da = t.lookup("__delattr__");
  if (da !== OBJECT_DELATTR && da !== TYPE_DELATTR) {
    callDescriptor(da, o, [name]);
    return;
  }
  if (o instanceof PyType) {
    if (!o.isHeapType) throw typeError(`cannot delete '${name}' attribute of immutable type '${o.name}'`);
    if (!o.dict.has(name)) throw attributeError(`type object '${o.name}' has no attribute '${name}'`, name, o);
    o.dict.delete(name);
    o.modified();
    return;
  }
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && d !== null && !(d instanceof PyFunction)) {
    if (d instanceof PyGetSetDescr) {
      if (d.set === null) throw attributeError(`attribute '${name}' of '${d.objclass.name}' objects is not writable`);
      d.set(o, undefined);
      return;
    }
    if (!(d instanceof PyMethodDescr) && !(d instanceof PyType)) {
      const del = (d.type as PyType).lookup("__delete__");
      if (del !== undefined) {
        callDescriptor(del, d, [o]);
        return;
      }
    }
  }
  const dict = typeof o === "object" && o !== null ? o.dict : undefined;
  if (dict instanceof PyDict && dict.delItem(name) !== undefined) return;
  throw noAttribute(o, name);
}

/** property.__get__ (CPython's property_descr_get). */
export function propertyGet(p: PyProperty, obj: PyObject): PyObject {
  if (p.fget === None) {
    const name = typeof p.name === "string" ? `'${p.name}' ` : "";
    throw attributeError(`property ${name}of '${typeName(obj)}' object has no getter`);
  }
  return call(p.fget, [obj]);
}

export let CLASSMETHOD_GET: PyObject = undefined;
export let STATICMETHOD_GET: PyObject = undefined;
export let PROPERTY_GET: PyObject = undefined;
export function setDescriptorGets(cm: PyObject, sm: PyObject, prop: PyObject): void {
  CLASSMETHOD_GET = cm;
  STATICMETHOD_GET = sm;
  PROPERTY_GET = prop;
}

// Filled in by src/objects/object_type.ts (the natives of `object` and `type`).
export let OBJECT_GETATTRIBUTE: PyObject = undefined;
export let TYPE_GETATTRIBUTE: PyObject = undefined;
export let OBJECT_SETATTR: PyObject = undefined;
export let TYPE_SETATTR: PyObject = undefined;
export let OBJECT_DELATTR: PyObject = undefined;
export let TYPE_DELATTR: PyObject = undefined;
export function setCoreSlots(s: {
  objGet: PyObject;
  typeGet: PyObject;
  objSet: PyObject;
  typeSet: PyObject;
  objDel: PyObject;
  typeDel: PyObject;
}): void {
  for (const t of allBuiltinTypes) t.slotCache = null;
  OBJECT_GETATTRIBUTE = s.objGet;
  TYPE_GETATTRIBUTE = s.typeGet;
  OBJECT_SETATTR = s.objSet;
  TYPE_SETATTR = s.typeSet;
  OBJECT_DELATTR = s.objDel;
  TYPE_DELATTR = s.typeDel;
}

// ---------------------------------------------------------------------------------------------------
// Operators

// BINARY_OP opargs (CPython's NB_*)
export const NB_ADD = 0;
export const NB_AND = 1;
export const NB_FLOOR_DIVIDE = 2;
export const NB_LSHIFT = 3;
export const NB_MATRIX_MULTIPLY = 4;
export const NB_MULTIPLY = 5;
export const NB_REMAINDER = 6;
export const NB_OR = 7;
export const NB_POWER = 8;
export const NB_RSHIFT = 9;
export const NB_SUBTRACT = 10;
export const NB_TRUE_DIVIDE = 11;
export const NB_XOR = 12;
export const NB_INPLACE_ADD = 13;

const NB_NAMES = [
  "add",
  "and",
  "floordiv",
  "lshift",
  "matmul",
  "mul",
  "mod",
  "or",
  "pow",
  "rshift",
  "sub",
  "truediv",
  "xor",
];
const NB_SYMBOLS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
const BINARY_DUNDER = NB_NAMES.map((n) => `__${n}__`);
const REFLECTED_DUNDER = NB_NAMES.map((n) => `__r${n}__`);
const INPLACE_DUNDER = NB_NAMES.map((n) => `__i${n}__`);

/** BINARY_OP on two JS numbers (ints): the common case, kept small for inlining. */
export function binaryOpNumbers(a: number, b: number, op: number): PyObject {
  switch (op) {
    case NB_ADD:
    case NB_INPLACE_ADD: {
      const r = a + b;
      if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return r;
      return intAdd(a, b);
    }
    case NB_SUBTRACT:
    case NB_SUBTRACT + 13: {
      const r = a - b;
      if (r <= Number.MAX_SAFE_INTEGER && r >= -Number.MAX_SAFE_INTEGER) return r === 0 ? 0 : r;
      return intSub(a, b);
    }
    case NB_MULTIPLY:
    case NB_MULTIPLY + 13:
      return intMul(a, b);
    case NB_FLOOR_DIVIDE:
    case NB_FLOOR_DIVIDE + 13:
      return intFloorDiv(a, b);
    case NB_REMAINDER:
    case NB_REMAINDER + 13:
      return intMod(a, b);
    case NB_AND:
    case NB_AND + 13:
      return intAnd(a, b);
    case NB_OR:
    case NB_OR + 13:
      return intOr(a, b);
    case NB_XOR:
    case NB_XOR + 13:
      return intXor(a, b);
    case NB_LSHIFT:
    case NB_LSHIFT + 13:
      return intLshift(a, b);
    case NB_RSHIFT:
    case NB_RSHIFT + 13:
      return intRshift(a, b);
    case NB_TRUE_DIVIDE:
    case NB_TRUE_DIVIDE + 13:
      return new PyFloat(intTrueDiv(a, b));
  }
  return binaryOp(a, b, op);
}

/** BINARY_OP for any operands (CPython's PyNumber_* with binary_op1 and the in-place forms). */
export function binaryOp(a: PyObject, b: PyObject, op: number): PyObject {
  // Fast paths for exact floats (and int with float), and str concatenation, as the C slots are in CPython.
  if (a instanceof PyFloat && a.type === FloatType) {
    if (b instanceof PyFloat && b.type === FloatType) {
      const r = floatArith(a.value, b.value, op);
      if (r !== undefined) return r;
    } else if (typeof b === "number") {
      const r = floatArith(a.value, b, op);
      if (r !== undefined) return r;
    }
  } else if (typeof a === "number" && b instanceof PyFloat && b.type === FloatType) {
    const r = floatArith(a, b.value, op);
    if (r !== undefined) return r;
  } else if (typeof a === "string" && typeof b === "string" && (op === NB_ADD || op === NB_INPLACE_ADD)) {
    // strConcat keeps lone surrogates apart and stays linear for `s += x` loops (it does not index
    // into the growing string, which would flatten V8's rope each time).
    return strConcat(a, b);
  }
  let inplace = false;
  let base = op;
  if (op >= 13) {
    inplace = true;
    base = op - 13;
    const ta = typeOf(a);
    const f = ta.lookup(INPLACE_DUNDER[base]!);
    if (f !== undefined) {
      const r = callDescriptor(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const r = binaryOp1(a, b, base);
  if (r !== NotImplemented) return r;
  if (base === NB_POWER) {
    throw typeError(
      `unsupported operand type(s) for ${inplace ? "**=" : "** or pow()"}: '${typeName(a)}' and '${typeName(b)}'`,
    );
  }
  throw unsupportedOperands(a, b, NB_SYMBOLS[base]! + (inplace ? "=" : ""));
}

export function unsupportedOperands(a: PyObject, b: PyObject, sym: string): PyBaseException {
  let msg = `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`;
  if (sym === "<<" && typeOf(a).name === "builtin_function_or_method" && (a as PyBuiltinFunction).name === "print") {
    msg += `. Did you mean "print(<message>, file=<output_stream>)"?`;
  }
  return typeError(msg);
}

/**
 * The Python function BINARY_OP may run as a pushed frame for `a <op> b`: a's dunder when it is a
 * Python function and CPython's order calls it first (no in-place method, no overriding reflected
 * method on a subclass operand); else null.
 */
export function binopFunction(a: PyObject, b: PyObject, op: number): PyFunction | null {
  if (typeof a !== "object" || a === null) return null;
  const ta = (a as { type: PyType }).type;
  if (!ta.isHeapType) return null;
  let base = op;
  if (op >= 13) {
    base = op - 13;
    if (ta.lookup(INPLACE_DUNDER[base]!) !== undefined) return null;
  }
  const fa = ta.lookup(BINARY_DUNDER[base]!);
  if (!(fa instanceof PyFunction)) return null;
  const tb = typeOf(b);
  if (tb !== ta && tb.isSubtype(ta)) {
    const rname = REFLECTED_DUNDER[base]!;
    const fb = tb.lookup(rname);
    if (fb !== undefined && fb !== ta.lookup(rname)) return null;
  }
  return fa;
}

/** After a pushed dunder frame returned NotImplemented: the reflected method, then the TypeError. */
export function binopFallback(a: PyObject, b: PyObject, op: number): PyObject {
  const inplace = op >= 13;
  const base = inplace ? op - 13 : op;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (tb !== ta) {
    const fb = tb.lookup(REFLECTED_DUNDER[base]!);
    if (fb !== undefined) {
      const r = callDescriptor(fb, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (base === NB_POWER) {
    throw typeError(
      `unsupported operand type(s) for ${inplace ? "**=" : "** or pow()"}: '${ta.name}' and '${tb.name}'`,
    );
  }
  throw unsupportedOperands(a, b, NB_SYMBOLS[base]! + (inplace ? "=" : ""));
}

/** float ⊕ float for + - * / (others: undefined, the generic path handles them). */
function floatArith(x: number, y: number, op: number): PyObject {
  switch (op) {
    case NB_ADD:
    case NB_INPLACE_ADD:
      return new PyFloat(x + y);
    case NB_SUBTRACT:
    case NB_SUBTRACT + 13:
      return new PyFloat(x - y);
    case NB_MULTIPLY:
    case NB_MULTIPLY + 13:
      return new PyFloat(x * y);
    case NB_TRUE_DIVIDE:
    case NB_TRUE_DIVIDE + 13:
      if (y === 0) return undefined;
      return new PyFloat(x / y);
  }
  return undefined;
}

/**
 * Tries a.__op__(b) and b.__rop__(a) in CPython's order (binary_op1 + slot_nb_*): the right operand's
 * reflected method goes first only when its type is a proper subclass that overrides it.
 */
export function binaryOp1(a: PyObject, b: PyObject, base: number): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const rname = REFLECTED_DUNDER[base]!;
  const fa = ta.lookup(BINARY_DUNDER[base]!);
  let fb = tb !== ta ? tb.lookup(rname) : undefined;
  if (fa !== undefined) {
    if (fb !== undefined && tb.isSubtype(ta) && fb !== ta.lookup(rname)) {
      const r = callDescriptor(fb, b, [a]);
      if (r !== NotImplemented) return r;
      fb = undefined;
    }
    const r = callDescriptor(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) return callDescriptor(fb, b, [a]);
  return NotImplemented;
}

// COMPARE_OP opargs >> 5 (CPython's Py_LT ...)
export const PY_LT = 0;
export const PY_LE = 1;
export const PY_EQ = 2;
export const PY_NE = 3;
export const PY_GT = 4;
export const PY_GE = 5;
const CMP_DUNDER = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAPPED = [PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE];
export const CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

export function compareNumbers(a: number, b: number, op: number): boolean {
  switch (op) {
    case PY_LT:
      return a < b;
    case PY_LE:
      return a <= b;
    case PY_EQ:
      return a === b;
    case PY_NE:
      return a !== b;
    case PY_GT:
      return a > b;
    default:
      return a >= b;
  }
}

/** `a <op> b` (CPython's PyObject_RichCompare). */
export function richCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (typeof a === "string" && typeof b === "string") return compareNumbersLike(a, b, op);
  if (a instanceof PyFloat && a.type === FloatType) {
    if (b instanceof PyFloat && b.type === FloatType) return compareNumbers(a.value, b.value, op);
    if (typeof b === "number") return compareNumbers(a.value, b, op);
  } else if (typeof a === "number" && b instanceof PyFloat && b.type === FloatType) {
    return compareNumbers(a, b.value, op);
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const f = tb.lookup(CMP_DUNDER[CMP_SWAPPED[op]!]!);
    if (f !== undefined && f !== ta.lookup(CMP_DUNDER[CMP_SWAPPED[op]!]!)) {
      checkedReverse = true;
      const r = callDescriptor(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = ta.lookup(CMP_DUNDER[op]!);
  if (f !== undefined) {
    const r = callDescriptor(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const g = tb.lookup(CMP_DUNDER[CMP_SWAPPED[op]!]!);
    if (g !== undefined) {
      const r = callDescriptor(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === PY_EQ) return isSame(a, b);
  if (op === PY_NE) return !isSame(a, b);
  throw typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** -1/0/1 comparing strs by code point (JS `<` compares UTF-16 units, which differs for astral chars). */
function cmpCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (astral char) sorts after every BMP char above it in UTF-16 only below U+E000.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys && (x >= 0xe000 || y >= 0xe000)) return xs ? 1 : -1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function compareNumbersLike(a: string, b: string, op: number): boolean {
  if (op === PY_EQ) return a === b;
  if (op === PY_NE) return a !== b;
  const c = cmpCodePoints(a, b);
  if (op === PY_LT) return c < 0;
  if (op === PY_LE) return c <= 0;
  if (op === PY_GT) return c > 0;
  return c >= 0;
}

/** `a == b` as a JS boolean (identity first, as CPython's containers do). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && (ta === "string" || ta === "number" || ta === "bigint")) return false;
  const r = richCompare(a, b, PY_EQ);
  return typeof r === "boolean" ? r : isTrue(r);
}

/** `a is b`. Ints and strs are values in our representation; identity of equal values holds. */
export function isSame(a: PyObject, b: PyObject): boolean {
  return a === b;
}

/** Truth value (CPython's PyObject_IsTrue). */
export function isTrue(o: PyObject): boolean {
  switch (typeof o) {
    case "boolean":
      return o;
    case "number":
      return o !== 0;
    case "string":
      return o.length !== 0;
    case "bigint":
      return o !== 0n;
  }
  if (o === None) return false;
  const t = typeOf(o);
  const fb = t.lookup("__bool__");
  if (fb !== undefined) {
    const r = callDescriptor(fb, o, []);
    if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const fl = t.lookup("__len__");
  if (fl !== undefined) {
    const n = callDescriptor(fl, o, []);
    return lenResult(n, o) !== 0;
  }
  return true;
}

function lenResult(n: PyObject, _o: PyObject): number {
  if (typeof n === "boolean") return n ? 1 : 0;
  if (typeof n === "number") {
    if (n < 0) throw newException(ValueErrorRef(), "__len__() should return >= 0");
    return n;
  }
  if (typeof n === "bigint") {
    if (n < 0n) throw newException(ValueErrorRef(), "__len__() should return >= 0");
    if (n <= 9007199254740991n) return Number(n);
    throw newException(OverflowErrorRef(), "cannot fit 'int' into an index-sized integer");
  }
  throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
}

import { OverflowError, RecursionError, ValueError } from "../objects/exceptions.js";

function RecursionErrorRef() {
  return RecursionError;
}
function ValueErrorRef() {
  return ValueError;
}
function OverflowErrorRef() {
  return OverflowError;
}

/** `len(o)`. */
export function len(o: PyObject): number {
  if (typeof o === "string") return strLen(o);
  const f = typeOf(o).lookup("__len__");
  if (f === undefined) throw typeError(`object of type '${typeName(o)}' has no len()`);
  return lenResult(callDescriptor(f, o, []), o);
}

/** `len(o)` as a Python int: like `len` but exact for lengths beyond 2^53 (up to sys.maxsize). */
export function lenInt(o: PyObject): number | bigint {
  if (typeof o === "string") return strLen(o);
  const f = typeOf(o).lookup("__len__");
  if (f === undefined) throw typeError(`object of type '${typeName(o)}' has no len()`);
  const n = callDescriptor(f, o, []);
  if (typeof n === "bigint" && n > 9007199254740991n) {
    if (n < 1n << 63n) return n;
    throw newException(OverflowErrorRef(), "cannot fit 'int' into an index-sized integer");
  }
  return lenResult(n, o);
}

/** Code-point length of a JS string (surrogate pairs count once). */
export function strLen(s: string): number {
  const n = s.length;
  // Fast path: no surrogates.
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return n - pairs;
}

export function negative(o: PyObject): PyObject {
  if (typeof o === "number") return o === 0 ? 0 : -o;
  const r = callSpecial(o, "__neg__", []);
  if (r === undefined) throw typeError(`bad operand type for unary -: '${typeName(o)}'`);
  return r;
}

export function positive(o: PyObject): PyObject {
  if (typeof o === "number") return o;
  const r = callSpecial(o, "__pos__", []);
  if (r === undefined) throw typeError(`bad operand type for unary +: '${typeName(o)}'`);
  return r;
}

export function invert(o: PyObject): PyObject {
  const r = callSpecial(o, "__invert__", []);
  if (r === undefined) throw typeError(`bad operand type for unary ~: '${typeName(o)}'`);
  return r;
}

// ---------------------------------------------------------------------------------------------------
// Items

export function getItem(o: PyObject, k: PyObject): PyObject {
  const t = typeOf(o);
  const f = t.lookup("__getitem__");
  if (f !== undefined) {
    if (f instanceof PyMethodDescr) return f.fn(o, [k], null);
    return callDescriptor(f, o, [k]);
  }
  if (o instanceof PyType) {
    if (o === TypeType) return genericAlias(o, k);
    const cgi = o.lookup("__class_getitem__");
    if (cgi !== undefined) return call(bindDescriptor(cgi, null, o), [k]);
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  throw typeError(`'${t.name}' object is not subscriptable`);
}

/** Hook: builds `types.GenericAlias(origin, args)`; replaced by the module defining it. */
export let genericAlias: (origin: PyObject, args: PyObject) => PyObject = (origin, args) => {
  throw typeError(`'${typeName(origin)}[${typeName(args)}]' is not supported yet`);
};
export function setGenericAlias(f: typeof genericAlias): void {
  genericAlias = f;
}

export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  const f = typeOf(o).lookup("__setitem__");
  if (f === undefined) throw typeError(`'${typeName(o)}' object does not support item assignment`);
  if (f instanceof PyMethodDescr) f.fn(o, [k, v], null);
  else callDescriptor(f, o, [k, v]);
}

export function delItem(o: PyObject, k: PyObject): void {
  const f = typeOf(o).lookup("__delitem__");
  if (f === undefined) throw typeError(`'${typeName(o)}' object does not support item deletion`);
  callDescriptor(f, o, [k]);
}

/** `item in container` (CPython's PySequence_Contains). */
export function contains(container: PyObject, item: PyObject): boolean {
  const t = typeOf(container);
  const f = t.lookup("__contains__");
  if (f === None) throw typeError(`'${t.name}' object is not a container`);
  if (f !== undefined) {
    const r = f instanceof PyMethodDescr ? f.fn(container, [item], null) : callDescriptor(f, container, [item]);
    return typeof r === "boolean" ? r : isTrue(r);
  }
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw typeError(`argument of type '${t.name}' is not iterable`);
  }
  const it = getIter(container);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (x === item || eq(x, item)) return true;
  }
}

// ---------------------------------------------------------------------------------------------------
// Iteration

/** A native iterator: `nextValue()` returns the next item or undefined when exhausted. */
export interface NativeIterator {
  nextValue(): PyObject;
}

export function getIter(o: PyObject): PyObject {
  const t = typeOf(o);
  const f = t.lookup("__iter__");
  if (f !== undefined) {
    if (f === None) throw typeError(`'${t.name}' object is not iterable`);
    const it = f instanceof PyMethodDescr ? f.fn(o, [], null) : callDescriptor(f, o, []);
    if (typeOf(it).lookup("__next__") === undefined) {
      throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (t.lookup("__getitem__") !== undefined) return makeSeqIter(o);
  throw typeError(`'${t.name}' object is not iterable`);
}

/** Hook: the old-style sequence iterator (set by src/objects/iterators.ts). */
export let makeSeqIter: (o: PyObject) => PyObject = () => {
  throw typeError("sequence iteration unavailable");
};
export function setSeqIter(f: typeof makeSeqIter): void {
  makeSeqIter = f;
}

/** Value of the StopIteration that ended the last `iterNext` over a Python iterator. */
export let lastStopValue: PyObject = None;

/** Next item of an iterator, or undefined when exhausted (StopIteration swallowed). */
export function iterNext(it: PyObject): PyObject {
  if (typeof it.nextValue === "function") return it.nextValue();
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callDescriptor(f, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) {
      lastStopValue = e.value === undefined ? None : e.value;
      return undefined;
    }
    throw e;
  }
}

/** All items of an iterable, as a JS array (fast for list/tuple). */
export function toArray(o: PyObject): PyObject[] {
  if (o instanceof PyTuple) return o.items.slice();
  if (o !== null && typeof o === "object" && Array.isArray(o.items) && typeOf(o).name === "list")
    return o.items.slice();
  const it = getIter(o);
  const out: PyObject[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

// ---------------------------------------------------------------------------------------------------
// repr / str / hash

let reprDepth = 0;
const REPR_LIMIT = 10000;

function reprRecursionError(): PyBaseException {
  return newException(RecursionErrorRef(), "maximum recursion depth exceeded while getting the repr of an object");
}

export function repr(o: PyObject): string {
  if (typeof o === "number") return String(o);
  const f = typeOf(o).lookup("__repr__");
  // Nested reprs (containers) are bounded like CPython's C recursion limit.
  if (++reprDepth > REPR_LIMIT) {
    reprDepth--;
    throw reprRecursionError();
  }
  let r: PyObject;
  try {
    r = f instanceof PyMethodDescr ? f.fn(o, [], null) : callDescriptor(f, o, []);
  } catch (e) {
    if (e instanceof RangeError) throw reprRecursionError();
    throw e;
  } finally {
    reprDepth--;
  }
  if (typeof r === "string") return r;
  if (r instanceof PyCodePointStr) return r as unknown as string;
  if (typeOf(r).isSubtype(StrType)) return r.value;
  throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
}

export function str(o: PyObject): string {
  if (typeof o === "string") return o;
  if (typeof o === "number") return String(o);
  const f = typeOf(o).lookup("__str__");
  const r = f instanceof PyMethodDescr ? f.fn(o, [], null) : callDescriptor(f, o, []);
  if (typeof r === "string") return r;
  if (r instanceof PyCodePointStr) return r as unknown as string;
  if (typeOf(r).isSubtype(StrType)) return r.value;
  throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
}

/** `hash(o)` as a Python int. */
export function hash(o: PyObject): number | bigint {
  const f = typeOf(o).lookup("__hash__");
  if (f === undefined || f === None) throw typeError(`unhashable type: '${typeName(o)}'`);
  const r = f instanceof PyMethodDescr ? f.fn(o, [], null) : callDescriptor(f, o, []);
  // As slot_tp_hash: a value outside Py_hash_t is replaced by its own hash; -1 becomes -2.
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r === "bigint") {
    if (r >= -(1n << 63n) && r < 1n << 63n) return r === -1n ? -2 : r;
    return intHash(r);
  }
  if (typeof r === "boolean") return r ? 1 : 0;
  if (r !== null && typeof r === "object" && typeOf(r).isSubtype(IntType)) return hash(r);
  throw typeError("__hash__ method should return an integer");
}

/** `format(value, spec)`. */
export function format(v: PyObject, spec: PyObject): string {
  const r = callSpecial(v, "__format__", [spec]);
  if (typeof r === "string" || r instanceof PyCodePointStr) return r as string;
  throw typeError(`__format__ must return a str, not ${typeName(r)}`);
}

/** `operator.index(o)`: an int from an object with __index__. */
export function index(o: PyObject): number | bigint {
  if (typeof o === "number" || typeof o === "bigint") return o;
  if (typeof o === "boolean") return o ? 1 : 0;
  const f = typeOf(o).lookup("__index__");
  if (f === undefined) throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = callDescriptor(f, o, []);
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean") return r ? 1 : 0;
  throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

export { PyCell, IntType, FloatType, BoolType };
