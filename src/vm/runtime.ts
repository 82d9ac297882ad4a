// Everything the instruction bodies of src/vm/bytecodes.def call (`R.` in the generated eval loop): the
// helpers of instructions too large to inline, plus re-exports of the protocols they use.

import {
  ObjectType,
  BoolType,
  GeneratorType,
  CoroutineType,
  None,
  NotImplemented,
  TypeType,
  typeOf,
} from "../objects/builtin_types.js";
import { CO_COROUTINE, CO_FAST_FREE, CO_ITERABLE_COROUTINE, type PyCode } from "../objects/code.js";
import { PyDict } from "../objects/dict.js";
import { dictMerge } from "../objects/dict_type.js";
import { setUpdateInternal } from "../objects/set_type.js";
import {
  AssertionError,
  KeyError,
  NameError,
  newException,
  PyBaseException,
  StopIteration,
  SystemError,
  systemError,
  typeError,
  UnboundLocalError,
  valueError,
} from "../objects/exceptions.js";
import { PyCell, PyFunction, PyMethod } from "../objects/function.js";
import {
  framePop,
  frameUnwound,
  genPushFrame,
  genYieldFrame,
  makeGenerator,
  PyGenerator,
} from "../objects/generator.js";
import { PyList } from "../objects/list.js";
import type { PyObject } from "../objects/object.js";
import { PySet } from "../objects/set.js";
import { PySlice } from "../objects/slice.js";
import { concatStr, type PyCodePointStr } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import {
  PyBuiltinFunction,
  PyMethodDescr,
  PyType,
  TPFLAGS_IS_ABSTRACT,
  TPFLAGS_MAPPING,
  TPFLAGS_SEQUENCE,
} from "../objects/type.js";
import { allocInstance, solidLayout } from "../objects/object_type.js";
import {
  binaryOp,
  binaryOpNumbers,
  binopFallback,
  binopFunction,
  call,
  compareNumbers,
  contains,
  delAttr,
  delItem,
  format,
  getAttr,
  getAttrOrUndefined,
  getItem,
  getIter,
  invert,
  isSame,
  isTrue,
  iterNext,
  lastStopValue,
  len,
  loadMethod,
  loadMethodAttr,
  methodSelf,
  slots,
  negative,
  positive,
  repr,
  richCompare,
  setAttr,
  setItem,
  str,
  toArray,
  typeName,
} from "./abstract.js";
import {
  addTraceback,
  chainAndTrace,
  checkEgMatch,
  checkExcMatch,
  currentExceptionForReraise,
  findHandler,
  isStopAsyncIteration,
  isStopIteration,
  prepareRaise,
  stopIterationValue,
  toPyException,
} from "./errors.js";
import type { Frame } from "./frame.js";
import { importFrom, importName, importStar } from "./import.js";
import { makeFrameForCall } from "./call.js";
import { intrinsicHooks } from "./intrinsics.js";
import type { ThreadState } from "./thread.js";

export {
  binopFallback,
  binopFunction,
  PyType,
  AssertionError,
  addTraceback,
  binaryOp,
  binaryOpNumbers,
  chainAndTrace,
  checkEgMatch,
  checkExcMatch,
  compareNumbers,
  contains,
  currentExceptionForReraise,
  delAttr,
  delItem,
  findHandler,
  format,
  framePop,
  frameUnwound,
  GeneratorType,
  genPushFrame,
  genYieldFrame,
  getAttr,
  getItem,
  getIter,
  importFrom,
  importName,
  invert,
  isSame,
  isStopAsyncIteration,
  isStopIteration,
  isTrue,
  iterNext,
  len,
  loadMethod,
  loadMethodAttr,
  methodSelf,
  makeFrameForCall,
  makeGenerator,
  negative,
  newException,
  None,
  prepareRaise,
  PyCell,
  PyFunction,
  PyGenerator,
  PyList,
  PyMethod,
  PyTuple,
  richCompare,
  setAttr,
  setItem,
  stopIterationValue,
  SystemError,
  systemError,
  toPyException,
};

export function handleEvalBreaker(ts: ThreadState): void {
  ts.eval_breaker = false;
  if (ts.pendingSignal !== 0) {
    ts.pendingSignal = 0;
    throw signalHooks.raise();
  }
}

/** Returned by the eval loop when the top-level activation pauses (see shouldSuspend). */
export const SUSPEND = { suspend: true };

/**
 * Called every few thousand back edges / calls: the outermost activation (not one nested under a
 * builtin) pauses about every 20 ms so the event loop can deliver signals (Ctrl-C → KeyboardInterrupt).
 */
export function shouldSuspend(ts: ThreadState): boolean {
  ts.ticks = 4096;
  if (!ts.suspendable || ts.cDepth !== 1) return false;
  const now = performance.now();
  if (now - ts.lastSuspend < 20) return false;
  ts.lastSuspend = now;
  return true;
}

export function suspendAt(ts: ThreadState, frame: Frame): typeof SUSPEND {
  ts.suspended = frame;
  return SUSPEND;
}

export const signalHooks: { raise: () => PyBaseException } = {
  raise: () => newException(SystemError, "signal"),
};

// ---- names ----

export function localsplusName(code: PyCode, i: number): string {
  return code.co_localsplusnames[i]!;
}

export function unboundLocalError(code: PyCode, i: number): PyBaseException {
  const name = code.co_localsplusnames[i]!;
  const e = newException(
    UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
  e.name = name;
  return e;
}

export function unboundDerefError(code: PyCode, i: number): PyBaseException {
  const name = code.co_localsplusnames[i]!;
  if (code.co_localspluskinds[i]! & CO_FAST_FREE) {
    const e = newException(
      NameError,
      `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    );
    e.name = name;
    return e;
  }
  return unboundLocalError(code, i);
}

export function nameError(name: string): PyBaseException {
  const e = newException(NameError, `name '${name}' is not defined`);
  e.name = name;
  return e;
}

/** Lookup in a locals mapping (a dict fast, any mapping through __getitem__); undefined when absent. */
export function mappingGetOrUndefined(m: PyObject, key: string): PyObject {
  if (m instanceof PyDict && m.type === (PyDict.prototype as unknown as { type: PyType }).type) return m.getStr(key);
  if (m instanceof PyDict && m.type.lookup("__getitem__") === DICT_GETITEM()) return m.getStr(key);
  try {
    return getItem(m, key);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(KeyError)) return undefined;
    throw e;
  }
}

let dictGetItem: PyObject;
function DICT_GETITEM(): PyObject {
  if (dictGetItem === undefined) dictGetItem = typeOf(new PyDict()).lookup("__getitem__");
  return dictGetItem;
}

export function loadGlobal(frame: Frame, name: string): PyObject {
  let v = frame.globals.getStr(name);
  if (v !== undefined) return v;
  const b = frame.builtins;
  v = b instanceof PyDict ? b.getStr(name) : mappingGetOrUndefined(b, name);
  if (v !== undefined) return v;
  throw nameError(name);
}

export function dictSetStr(d: PyDict, k: string, v: PyObject): void {
  d.setStr(k, v);
}

export function deleteGlobal(frame: Frame, name: string): void {
  if (frame.globals.delItem(name) === undefined) throw nameError(name);
}

export function loadName(frame: Frame, name: string): PyObject {
  const locals = frame.locals;
  if (locals === null) throw newException(SystemError, `no locals when loading '${name}'`);
  let v = mappingGetOrUndefined(locals, name);
  if (v !== undefined) return v;
  v = frame.globals.getStr(name);
  if (v !== undefined) return v;
  v = mappingGetOrUndefined(frame.builtins, name);
  if (v !== undefined) return v;
  throw nameError(name);
}

export function storeName(frame: Frame, name: string, v: PyObject): void {
  const locals = frame.locals;
  if (locals === null) throw newException(SystemError, `no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.type.lookup("__setitem__") === typeOf(new PyDict()).lookup("__setitem__")) {
    locals.setStr(name, v);
  } else setItem(locals, name, v);
}

export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals instanceof PyDict) {
    if (locals.delItem(name) === undefined) throw nameError(name);
    return;
  }
  try {
    delItem(locals, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(KeyError)) throw nameError(name);
    throw e;
  }
}

export function loadFromDictOrGlobals(frame: Frame, dict: PyObject, name: string): PyObject {
  let v = mappingGetOrUndefined(dict, name);
  if (v !== undefined) return v;
  v = frame.globals.getStr(name);
  if (v !== undefined) return v;
  v = mappingGetOrUndefined(frame.builtins, name);
  if (v !== undefined) return v;
  throw nameError(name);
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals;
  if (mappingGetOrUndefined(locals, "__annotations__") === undefined) {
    if (locals instanceof PyDict) locals.setStr("__annotations__", new PyDict());
    else setItem(locals, "__annotations__", new PyDict());
  }
}

// ---- building ----

export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  return new PySlice(start, stop, step);
}

export function buildSet(L: PyObject[], first: number, n: number): PySet {
  const s = new PySet();
  for (let i = 0; i < n; i++) s.add(L[first + i]);
  return s;
}

export function buildMap(L: PyObject[], first: number, n: number): PyDict {
  const d = PyDict.presized(n);
  for (let i = 0; i < n; i++) d.setItem(L[first + 2 * i], L[first + 2 * i + 1]);
  return d;
}

export function buildConstKeyMap(L: PyObject[], first: number, n: number, keys: PyTuple): PyDict {
  const d = new PyDict();
  for (let i = 0; i < n; i++) d.setItem(keys.items[i], L[first + i]);
  return d;
}

export function buildString(L: PyObject[], first: number, n: number): PyObject {
  // concatStr keeps a lone high surrogate and a following lone low one as two code points.
  return concatStr(L.slice(first, first + n) as (string | PyCodePointStr)[]);
}

export function listExtend(list: PyList, iterable: PyObject): void {
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    for (const x of iterable.items) list.items.push(x);
    return;
  }
  let items: PyObject[];
  try {
    items = toArray(iterable);
  } catch (e) {
    if (
      e instanceof PyBaseException &&
      e.type === typeError("").type &&
      typeOf(iterable).lookup("__iter__") === undefined &&
      typeOf(iterable).lookup("__getitem__") === undefined
    ) {
      throw typeError(`Value after * must be an iterable, not ${typeName(iterable)}`);
    }
    throw e;
  }
  for (const x of items) list.items.push(x);
}

export function setAdd(set: PySet, v: PyObject): void {
  set.add(v);
}

export function setUpdate(set: PySet, iterable: PyObject): void {
  setUpdateInternal(set, iterable);
}

export function dictSetItem(d: PyDict, k: PyObject, v: PyObject): void {
  d.setItem(k, v);
}

function mappingItems(m: PyObject): [PyObject, PyObject][] {
  if (m instanceof PyDict && m.type.lookup("keys") === typeOf(new PyDict()).lookup("keys")) return m.entries();
  const keys = toArray(call(getAttr(m, "keys"), []));
  return keys.map((k) => [k, getItem(m, k)]);
}

export function dictUpdateForDisplay(d: PyDict, update: PyObject): void {
  if (!(update instanceof PyDict) && getAttrOrUndefined(update, "keys") === undefined) {
    throw typeError(`'${typeName(update)}' object is not a mapping`);
  }
  dictMerge(d, update);
}

export function dictMergeForCall(callable: PyObject, d: PyDict, update: PyObject): void {
  if (!(update instanceof PyDict) && getAttrOrUndefined(update, "keys") === undefined) {
    throw typeError(`${funcDesc(callable)} argument after ** must be a mapping, not ${typeName(update)}`);
  }
  for (const [k, v] of mappingItems(update)) {
    if (typeof k !== "string") throw typeError("keywords must be strings");
    if (d.getStr(k) !== undefined) {
      throw typeError(`${funcDesc(callable)} got multiple values for keyword argument '${k}'`);
    }
    d.setStr(k, v);
  }
}

/** How CPython names a callable in call errors (`f()`, `A.m()`, `print()`). */
export function funcDesc(f: PyObject): string {
  if (f instanceof PyFunction) {
    // CPython's _PyObject_FunctionStr: module-qualified unless builtins.
    const mod = f.module;
    return typeof mod === "string" && mod !== "builtins" ? `${mod}.${f.qualname}()` : `${f.qualname}()`;
  }
  if (f instanceof PyMethod) return funcDesc(f.func);
  if (f instanceof PyType) return `${f.name}()`;
  if (f !== null && typeof f === "object" && typeof f.name === "string" && typeof f.fn === "function") {
    return `${f.name}()`;
  }
  return `${typeName(f)} object`;
}

export function convertValue(v: PyObject, oparg: number): PyObject {
  switch (oparg) {
    case 1:
      return str(v);
    case 2:
      return repr(v);
    case 3:
      return intrinsicHooks.ascii(v);
  }
  throw systemError(`bad CONVERT_VALUE oparg ${oparg}`);
}

// ---- calls ----

export function callNonPy(callee: PyObject, L: PyObject[], first: number, n: number, kwnames: PyObject[] | null) {
  // The common builtin shapes directly (no intermediate argument arrays).
  if (callee instanceof PyBuiltinFunction) return callee.fn(L.slice(first, first + n), kwnames as string[] | null);
  if (callee instanceof PyMethodDescr && n > 0) {
    const self = L[first];
    const t = typeOf(self);
    if (t === callee.objclass || t.isSubtype(callee.objclass)) {
      return callee.fn(self, L.slice(first + 1, first + n), kwnames as string[] | null);
    }
  }
  return call(callee, L.slice(first, first + n), kwnames as string[] | null);
}

export function callFunctionEx(func: PyObject, callargs: PyObject, kwargs: PyObject): PyObject {
  let args: PyObject[];
  if (callargs instanceof PyTuple) args = callargs.items;
  else {
    if (typeOf(callargs).lookup("__iter__") === undefined && typeOf(callargs).lookup("__getitem__") === undefined) {
      throw typeError(`${funcDesc(func)} argument after * must be an iterable, not ${typeName(callargs)}`);
    }
    args = toArray(callargs);
  }
  if (kwargs === null || kwargs === undefined) return call(func, args.slice(), null);
  let entries: [PyObject, PyObject][];
  if (kwargs instanceof PyDict) entries = kwargs.entries();
  else {
    if (getAttrOrUndefined(kwargs, "keys") === undefined) {
      throw typeError(`${funcDesc(func)} argument after ** must be a mapping, not ${typeName(kwargs)}`);
    }
    entries = mappingItems(kwargs);
  }
  if (entries.length === 0) return call(func, args.slice(), null);
  const all = args.slice();
  const kwnames: string[] = [];
  for (const [k, v] of entries) {
    if (typeof k !== "string") throw typeError("keywords must be strings");
    kwnames.push(k);
    all.push(v);
  }
  return call(func, all, kwnames);
}

export function setFunctionAttribute(func: PyFunction, flag: number, attr: PyObject): void {
  switch (flag) {
    case 0x01:
      func.defaults = attr;
      break;
    case 0x02:
      func.kwdefaults = attr;
      break;
    case 0x04:
      func.annotations = attr;
      break;
    case 0x08:
      func.closure = attr;
      break;
    default:
      throw systemError(`bad SET_FUNCTION_ATTRIBUTE flag ${flag}`);
  }
}

export function loadBuildClass(frame: Frame): PyObject {
  const bc = mappingGetOrUndefined(frame.builtins, "__build_class__");
  if (bc === undefined) throw newException(NameError, "__build_class__ not found");
  return bc;
}

/**
 * The __init__ function to run for `t(...)` when instance creation can skip type.__call__ (metatype
 * `type`, object.__new__, a Python __init__, not abstract); else null.
 */
export function plainInitFor(t: PyType): PyFunction | null {
  if (t.type !== TypeType || (t.flags & TPFLAGS_IS_ABSTRACT) !== 0) return null;
  const sl = slots(t);
  if (sl.plainInit === undefined) {
    sl.plainInit =
      sl.newf === OBJECT_NEW_FN() && sl.init instanceof PyFunction && solidLayout(t) === ObjectType ? sl.init : null;
  }
  return sl.plainInit as PyFunction | null;
}

let objectNewFn: PyObject;
function OBJECT_NEW_FN(): PyObject {
  if (objectNewFn === undefined) objectNewFn = ObjectType.dict.get("__new__");
  return objectNewFn;
}

export { allocInstance };

export function initReturnedNonNone(v: PyObject): PyBaseException {
  return typeError(`__init__() should return None, not '${typeName(v)}'`);
}

// ---- generators, coroutines, async ----

export function getYieldFromIter(frame: Frame, iterable: PyObject): PyObject {
  if (iterable instanceof PyGenerator) {
    if (iterable.type === CoroutineType && !(frame.code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return iterable;
  }
  return getIter(iterable);
}

/** SEND to something that is not one of our generators: `next()` or `.send(v)`; undefined on return. */
export function sendNonGen(ts: ThreadState, receiver: PyObject, v: PyObject): PyObject {
  if (v === None && typeOf(receiver).lookup("__next__") !== undefined) {
    const r = iterNext(receiver);
    if (r === undefined)
      ts.stopIterationValue = receiver instanceof PyGenerator ? ts.stopIterationValue : lastStopValue;
    return r;
  }
  try {
    return call(getAttr(receiver, "send"), [v]);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) {
      ts.stopIterationValue = stopIterationValue(e);
      return undefined;
    }
    throw e;
  }
}

export function getAwaitable(o: PyObject, oparg: number): PyObject {
  if (o instanceof PyGenerator && o.type === CoroutineType) {
    if (o.running || (o.frame !== null && o.started && isAwaitingDelegate(o))) {
      throw newException(typeError("").type, "coroutine is being awaited already");
    }
    return o;
  }
  if (
    o instanceof PyGenerator &&
    o.type === GeneratorType &&
    o.frame !== null &&
    o.frame.code.co_flags & CO_ITERABLE_COROUTINE
  ) {
    return o;
  }
  const f = typeOf(o).lookup("__await__");
  if (f === undefined) {
    if (oparg === 1) {
      throw typeError(
        `'async with' received an object from __aenter__ that does not implement __await__: ${typeName(o)}`,
      );
    }
    if (oparg === 2) {
      throw typeError(
        `'async with' received an object from __aexit__ that does not implement __await__: ${typeName(o)}`,
      );
    }
    throw typeError(`object ${typeName(o)} can't be used in 'await' expression`);
  }
  const it = call(getAttr(o, "__await__"), []);
  if (it instanceof PyGenerator && it.type === CoroutineType) throw typeError("__await__() returned a coroutine");
  if (typeOf(it).lookup("__next__") === undefined) {
    throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

function isAwaitingDelegate(g: PyGenerator): boolean {
  void g;
  return false;
}

export function getAIter(o: PyObject): PyObject {
  const f = typeOf(o).lookup("__aiter__");
  if (f === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(o)}`);
  const it = call(getAttr(o, "__aiter__"), []);
  if (typeOf(it).lookup("__anext__") === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

export function getANext(aiter: PyObject): PyObject {
  const f = typeOf(aiter).lookup("__anext__");
  if (f === undefined) {
    throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(aiter)}`);
  }
  const aw = call(getAttr(aiter, "__anext__"), []);
  try {
    return getAwaitable(aw, 0);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === typeError("").type) {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeName(aw)}`);
    }
    throw e;
  }
}

function lookupSpecial(o: PyObject, name: string): PyObject {
  return typeOf(o).lookup(name);
}

export function beforeWith(mgr: PyObject): [PyObject, PyObject] {
  const enter = lookupSpecial(mgr, "__enter__");
  if (enter === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol`);
  }
  const exit = lookupSpecial(mgr, "__exit__");
  if (exit === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const boundExit = bind(exit, mgr);
  const res = call(bind(enter, mgr), []);
  return [boundExit, res];
}

export function beforeAsyncWith(mgr: PyObject): [PyObject, PyObject] {
  const enter = lookupSpecial(mgr, "__aenter__");
  if (enter === undefined) {
    throw typeError(`'${typeName(mgr)}' object does not support the asynchronous context manager protocol`);
  }
  const exit = lookupSpecial(mgr, "__aexit__");
  if (exit === undefined) {
    throw typeError(
      `'${typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`,
    );
  }
  const boundExit = bind(exit, mgr);
  const res = call(bind(enter, mgr), []);
  return [boundExit, getAwaitable(res, 1)];
}

function bind(f: PyObject, self: PyObject): PyObject {
  if (f instanceof PyFunction) return new PyMethod(f, self);
  return intrinsicHooks.bind(f, self);
}

export function callExitWithException(exitFunc: PyObject, val: PyObject): PyObject {
  const tb = val instanceof PyBaseException ? val.traceback : None;
  return call(exitFunc, [typeOf(val), val, tb]);
}

// ---- intrinsics ----

export function callIntrinsic1(ts: ThreadState, frame: Frame, oparg: number, v: PyObject): PyObject {
  switch (oparg) {
    case 1: // INTRINSIC_PRINT
      return intrinsicHooks.displayhook(v);
    case 2: // INTRINSIC_IMPORT_STAR
      importStar(ts, frame, v);
      return None;
    case 3: // INTRINSIC_STOPITERATION_ERROR
      return intrinsicHooks.stopIterationError(frame, v);
    case 4: // INTRINSIC_ASYNC_GEN_WRAP
      return intrinsicHooks.asyncGenWrap(v);
    case 5: // INTRINSIC_UNARY_POSITIVE
      return positive(v);
    case 6: // INTRINSIC_LIST_TO_TUPLE
      return new PyTuple(v.items.slice());
    default:
      return intrinsicHooks.intrinsic1(oparg, v);
  }
}

export function callIntrinsic2(_ts: ThreadState, _frame: Frame, oparg: number, v2: PyObject, v1: PyObject): PyObject {
  return intrinsicHooks.intrinsic2(oparg, v2, v1);
}

// ---- super ----

export function loadSuperAttr(
  globalSuper: PyObject,
  klass: PyObject,
  self: PyObject,
  name: string,
  method: boolean,
  twoArgs: boolean,
): [PyObject, PyObject] {
  void twoArgs;
  if (globalSuper === intrinsicHooks.superType() && klass instanceof PyType) {
    const r = intrinsicHooks.superLookup(klass, self, name, method);
    if (r !== undefined) return r;
  }
  const sup = call(globalSuper, [klass, self]);
  return [getAttr(sup, name), null];
}

// ---- unpacking ----

export function unpackSequence(seq: PyObject, n: number, L: PyObject[], at: number): void {
  let items: PyObject[];
  if (seq instanceof PyTuple || (seq instanceof PyList && seq.type === typeOf(new PyList([])))) {
    items = seq.items;
    if (items.length !== n) {
      if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
      throw valueError(`too many values to unpack (expected ${n})`);
    }
  } else {
    if (typeOf(seq).lookup("__iter__") === undefined && typeOf(seq).lookup("__getitem__") === undefined) {
      throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
    }
    const it = getIter(seq);
    items = [];
    for (let i = 0; i < n; i++) {
      const x = iterNext(it);
      if (x === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
      items.push(x);
    }
    if (iterNext(it) !== undefined) throw valueError(`too many values to unpack (expected ${n})`);
  }
  for (let i = 0; i < n; i++) L[at + n - 1 - i] = items[i];
}

export function unpackEx(seq: PyObject, before: number, after: number, L: PyObject[], at: number): void {
  if (typeOf(seq).lookup("__iter__") === undefined && typeOf(seq).lookup("__getitem__") === undefined) {
    throw typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
  }
  const items = toArray(seq);
  if (items.length < before + after) {
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const total = before + 1 + after;
  const out: PyObject[] = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  for (let i = 0; i < total; i++) L[at + total - 1 - i] = out[i];
}

// ---- pattern matching ----

export function isMatchMapping(o: PyObject): boolean {
  return (typeOf(o).flags & TPFLAGS_MAPPING) !== 0;
}

export function isMatchSequence(o: PyObject): boolean {
  return (typeOf(o).flags & TPFLAGS_SEQUENCE) !== 0;
}

export function matchKeys(subject: PyObject, keys: PyTuple): PyObject {
  if (keys.items.length === 0) return new PyTuple([]);
  const get = getAttr(subject, "get");
  const dummy = {};
  const values: PyObject[] = [];
  const seen: PyObject[] = [];
  for (const k of keys.items) {
    if (seen.some((s) => s === k || richCompare(s, k, 2) === true)) {
      throw valueError(`mapping pattern checks duplicate key (${repr(k)})`);
    }
    seen.push(k);
    const v = call(get, [k, dummy]);
    if (v === dummy) return None;
    values.push(v);
  }
  return new PyTuple(values);
}

export function matchClass(subject: PyObject, type: PyObject, nargs: number, names: PyTuple): PyObject {
  if (!(type instanceof PyType)) throw typeError("called match pattern must be a class");
  if (!typeOf(subject).isSubtype(type)) return None;
  const attrs: PyObject[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    const matchArgs = getAttrOrUndefined(type, "__match_args__");
    let args: PyObject[];
    if (matchArgs === undefined) {
      if (intrinsicHooks.matchSelf(type)) {
        if (nargs > 1) throw typeError(`${type.name}() accepts 1 positional sub-pattern (${nargs} given)`);
        attrs.push(subject);
        args = [];
      } else args = [];
    } else {
      if (!(matchArgs instanceof PyTuple)) {
        throw typeError(`${type.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
      }
      args = matchArgs.items;
    }
    if (attrs.length === 0) {
      if (nargs > args.length) {
        const plural = args.length === 1 ? "" : "s";
        throw typeError(`${type.name}() accepts ${args.length} positional sub-pattern${plural} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const name = args[i];
        if (typeof name !== "string") {
          throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
        }
        if (seen.has(name)) throw typeError(`${type.name}() got multiple sub-patterns for attribute '${name}'`);
        seen.add(name);
        const v = getAttrOrUndefined(subject, name);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const name of names.items as string[]) {
    if (seen.has(name)) throw typeError(`${type.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = getAttrOrUndefined(subject, name);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return new PyTuple(attrs);
}

export { BoolType, NotImplemented, TypeType, isSame as is };
