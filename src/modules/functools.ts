// The `functools` module (CPython's Modules/_functoolsmodule.c and Lib/functools.py): reduce, partial,
// partialmethod, cmp_to_key, lru_cache/cache, update_wrapper/wraps, total_ordering, cached_property,
// singledispatch and singledispatchmethod, all in TypeScript. Callables that CPython writes in Python
// (the singledispatch wrapper, the methods total_ordering adds, ...) are natives that bind as methods.

import {
  defClassMethod,
  defGetSet,
  defMethod,
  defStatic,
  newBuiltinType,
  None,
  NotImplemented,
  ObjectType,
  TupleType,
  TypeType,
  typeOf,
} from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import {
  attributeError,
  newException,
  PyBaseException,
  TypeError,
  typeError,
  ValueError,
} from "../objects/exceptions.js";
import { PyFunction, PyMethod } from "../objects/function.js";
import { makeGenericAlias, PyUnion, GenericAliasType } from "../objects/generic_alias.js";
import { PyList, reprEnter, reprLeave } from "../objects/list.js";
import { PyMappingProxy } from "../objects/mappingproxy.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { addressOf } from "../objects/object_type.js";
import { PyTuple, PyTupleSub } from "../objects/tuple.js";
import { PyBuiltinFunction, PyType, TPFLAGS_BASETYPE } from "../objects/type.js";
import {
  call,
  eq,
  getAttr,
  getAttrOrUndefined,
  getIter,
  hash,
  isTrue,
  iterNext,
  PY_EQ,
  PY_NE,
  repr,
  richCompare,
  setAttr,
  str,
  typeName,
} from "../vm/abstract.js";
import { interp } from "../vm/interp.js";
import {
  asSsize,
  defFunction,
  isExc,
  noArgs,
  noKeywords,
  positional,
  splitKeywords,
  unpackKeywords,
} from "./native_util.js";
import { partialHook } from "./operator.js";

// ---------------------------------------------------------------------------------------------------
// Python-function style argument binding (for the functions CPython writes in Python)

function joinNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/**
 * Binds arguments to the positional-or-keyword parameters `names` of a function `fname` whose last
 * `ndefaults` parameters have defaults, with the messages of CPython's Python function calls.
 */
function pyArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: readonly string[],
  ndefaults: number,
  kwOnly: readonly string[] = [],
): PyObject[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const all = [...names, ...kwOnly];
  const out: PyObject[] = new Array(all.length).fill(undefined);
  for (let i = 0; i < Math.min(npos, names.length); i++) out[i] = args[i];
  for (let j = 0; j < nkw; j++) {
    const k = kwnames![j]!;
    const idx = all.indexOf(k);
    if (idx < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (out[idx] !== undefined) throw typeError(`${fname}() got multiple values for argument '${k}'`);
    out[idx] = args[npos + j];
  }
  if (npos > names.length) {
    const min = names.length - ndefaults;
    const takes =
      ndefaults > 0
        ? `from ${min} to ${names.length} positional arguments`
        : `${names.length} positional argument${names.length === 1 ? "" : "s"}`;
    throw typeError(`${fname}() takes ${takes} but ${npos} ${npos === 1 ? "was" : "were"} given`);
  }
  const missing: string[] = [];
  for (let i = 0; i < names.length - ndefaults; i++) if (out[i] === undefined) missing.push(names[i]!);
  if (missing.length > 0) {
    throw typeError(
      `${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${joinNames(missing)}`,
    );
  }
  return out;
}

function isCallable(o: PyObject): boolean {
  if (o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod) {
    return true;
  }
  if (typeof o !== "object" || o === null) return false;
  const f = typeOf(o).lookup("__call__");
  return f !== undefined && f !== None;
}

/** `a and b` / `a or b` with Python's value semantics. */
function pyAnd(a: PyObject, b: () => PyObject): PyObject {
  return isTrue(a) ? b() : a;
}
function pyOr(a: PyObject, b: () => PyObject): PyObject {
  return isTrue(a) ? a : b();
}

// ---------------------------------------------------------------------------------------------------
// Function-like natives: callables with a __dict__ that bind as methods (CPython's Python functions)

const NativeFunctionType = newBuiltinType("function");
NativeFunctionType.hasDict = true;

class PyNativeFunction {
  type: PyType = NativeFunctionType;
  dict: PyDict;
  constructor(
    name: string,
    qualname: string,
    public fn: (args: PyObject[], kwnames: string[] | null) => PyObject,
  ) {
    this.dict = new PyDict();
    this.dict.setStr("__module__", "functools");
    this.dict.setStr("__name__", name);
    this.dict.setStr("__qualname__", qualname);
    this.dict.setStr("__doc__", None);
  }
}

defMethod(NativeFunctionType, "__call__", (self: PyNativeFunction, args, kwnames) => self.fn(args, kwnames));
defMethod(NativeFunctionType, "__get__", (self: PyNativeFunction, args) => {
  const obj = args[0];
  return obj === None || obj === undefined ? self : new PyMethod(self, obj);
});
defMethod(NativeFunctionType, "__repr__", (self: PyNativeFunction) => {
  const q = self.dict.getStr("__qualname__");
  return `<function ${typeof q === "string" ? q : "?"} at ${addressOf(self)}>`;
});
defGetSet(NativeFunctionType, "__dict__", (self: PyNativeFunction) => self.dict);

function nativeFunction(
  name: string,
  qualname: string,
  fn: (args: PyObject[], kwnames: string[] | null) => PyObject,
): PyNativeFunction {
  return new PyNativeFunction(name, qualname, fn);
}

/** An instance `__dict__` getter for natives whose instances carry `dict` (created on demand). */
function dictGetter(self: { dict: PyObject }): PyDict {
  if (!(self.dict instanceof PyDict)) self.dict = new PyDict();
  return self.dict;
}

// ---------------------------------------------------------------------------------------------------
// reduce

function reduce(args: PyObject[], kwnames: string[] | null): PyObject {
  positional("reduce", "reduce", args, kwnames, 2, 3);
  const func = args[0];
  let it: PyObject;
  try {
    it = getIter(args[1]);
  } catch (e) {
    if (isExc(e, TypeError)) throw typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let result: PyObject = args.length > 2 ? args[2] : undefined;
  for (;;) {
    const item = iterNext(it);
    if (item === undefined) break;
    result = result === undefined ? item : call(func, [result, item]);
  }
  if (result === undefined) throw typeError("reduce() of empty iterable with no initial value");
  return result;
}

// ---------------------------------------------------------------------------------------------------
// partial

export const PartialType = newBuiltinType("partial", ObjectType, TPFLAGS_BASETYPE, "functools");
PartialType.hasDict = true;

export class PyPartial {
  dict: PyObject = null;
  constructor(
    public type: PyType,
    public fn: PyObject,
    public args: PyTuple,
    public kw: PyDict,
  ) {}
}

function newPartial(type: PyType, args: PyObject[], kwnames: string[] | null): PyPartial {
  const [pos, kws] = splitKeywords(args, kwnames);
  if (pos.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = pos[0];
  let pargs: PyObject[] = [];
  let pkw: PyDict | null = null;
  if (func instanceof PyPartial && func.dict === null) {
    pargs = func.args.items;
    pkw = func.kw;
    func = func.fn;
  }
  if (!isCallable(func)) throw typeError("the first argument must be callable");
  const kw = new PyDict();
  if (pkw !== null) for (const [k, v] of pkw.entries()) kw.setItem(k, v);
  for (const [k, v] of kws) kw.setStr(k, v);
  return new PyPartial(type, func, new PyTuple([...pargs, ...pos.slice(1)]), kw);
}

function callPartial(p: PyPartial, args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kws] = splitKeywords(args, kwnames);
  const allArgs = [...p.args.items, ...pos];
  if (p.kw.size === 0 && kws.length === 0) return call(p.fn, allArgs);
  const merged = new PyDict();
  for (const [k, v] of p.kw.entries()) merged.setItem(k, v);
  for (const [k, v] of kws) merged.setStr(k, v);
  const names: string[] = [];
  for (const [k, v] of merged.entries()) {
    names.push(k as string);
    allArgs.push(v);
  }
  return call(p.fn, allArgs, names);
}

defStatic(PartialType, "__new__", (args, kwnames) => newPartial(args[0] as PyType, args.slice(1), kwnames));
defMethod(PartialType, "__call__", (self: PyPartial, args, kwnames) => callPartial(self, args, kwnames));
defMethod(PartialType, "__get__", (self: PyPartial) => self);
defMethod(PartialType, "__repr__", (self: PyPartial) => {
  if (!reprEnter(self)) return "...";
  try {
    const parts = [repr(self.fn), ...self.args.items.map((a) => repr(a))];
    for (const [k, v] of self.kw.entries()) parts.push(`${str(k)}=${repr(v)}`);
    const t = self.type;
    const mod = t.dict.get("__module__");
    return `${typeof mod === "string" ? mod : str(getAttr(t, "__module__"))}.${t.qualname}(${parts.join(", ")})`;
  } finally {
    reprLeave(self);
  }
});
defMethod(PartialType, "__reduce__", (self: PyPartial) => {
  const d = self.dict instanceof PyDict && self.dict.size > 0 ? self.dict : None;
  return new PyTuple([
    self.type,
    new PyTuple([self.fn]),
    new PyTuple([self.fn, self.args, self.kw.size > 0 ? self.kw : None, d]),
  ]);
});
defMethod(PartialType, "__setstate__", (self: PyPartial, args) => {
  const state = args[0];
  if (!(state instanceof PyTuple) || state.items.length !== 4) throw typeError("invalid partial state");
  const [fn, fnargs, kw, dict] = state.items;
  if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) {
    throw typeError("invalid partial state");
  }
  self.fn = fn;
  self.args = typeOf(fnargs) === TupleType ? fnargs : new PyTuple(fnargs.items.slice());
  self.kw = kw === None ? new PyDict() : (kw as PyDict);
  self.dict = dict === None ? null : dict;
  return None;
});
defClassMethod(PartialType, "__class_getitem__", (cls: PyType, args) => makeGenericAlias(cls, args[0]));
const readonly = () => {
  throw attributeError("readonly attribute");
};
defGetSet(PartialType, "func", (self: PyPartial) => self.fn, readonly);
defGetSet(PartialType, "args", (self: PyPartial) => self.args, readonly);
defGetSet(PartialType, "keywords", (self: PyPartial) => self.kw, readonly);
defGetSet(PartialType, "__dict__", dictGetter);

partialHook.make = (args, kwnames) => newPartial(PartialType, args, kwnames);

// ---------------------------------------------------------------------------------------------------
// partialmethod

const PartialMethodType = newBuiltinType("partialmethod", ObjectType, TPFLAGS_BASETYPE, "functools");
PartialMethodType.hasDict = true;

class PyPartialMethod {
  dict: PyObject = null;
  constructor(
    public type: PyType,
    public func: PyObject,
    public args: PyObject[],
    public kw: PyDict,
  ) {}
}

defStatic(PartialMethodType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const [pos, kws] = splitKeywords(args.slice(1), kwnames);
  if (pos.length < 1) throw typeError("partialmethod.__new__() missing 1 required positional argument: 'func'");
  let func = pos[0];
  if (!isCallable(func) && typeOf(func).lookup("__get__") === undefined) {
    throw typeError(`${repr(func)} is not callable or a descriptor`);
  }
  let pargs: PyObject[] = [];
  const kw = new PyDict();
  if (func instanceof PyPartialMethod) {
    pargs = func.args;
    for (const [k, v] of func.kw.entries()) kw.setItem(k, v);
    func = func.func;
  }
  for (const [k, v] of kws) kw.setStr(k, v);
  return new PyPartialMethod(type, func, [...pargs, ...pos.slice(1)], kw);
});
defMethod(PartialMethodType, "__repr__", (self: PyPartialMethod) => {
  const parts = [repr(self.func), ...self.args.map((a) => repr(a))];
  for (const [k, v] of self.kw.entries()) parts.push(`${str(k)}=${repr(v)}`);
  const t = self.type;
  return `${str(getAttr(t, "__module__"))}.${t.qualname}(${parts.join(", ")})`;
});
defMethod(PartialMethodType, "__get__", (self: PyPartialMethod, args) => {
  const obj = args[0] ?? None;
  const cls = args.length > 1 ? args[1] : None;
  const get = self.func instanceof PyPartial ? undefined : getAttrOrUndefined(self.func, "__get__");
  if (get !== undefined) {
    const newFunc = call(get, [obj, cls]);
    if (newFunc !== self.func) {
      const names: string[] = [];
      const vals: PyObject[] = [];
      for (const [k, v] of self.kw.entries()) {
        names.push(k as string);
        vals.push(v);
      }
      const result = newPartial(PartialType, [newFunc, ...self.args, ...vals], names.length > 0 ? names : null);
      const s = getAttrOrUndefined(newFunc, "__self__");
      if (s !== undefined) setAttr(result, "__self__", s);
      return result;
    }
  }
  const method = nativeFunction("_method", "partialmethod._make_unbound_method.<locals>._method", (a, kw) => {
    const [pos, kws] = splitKeywords(a, kw);
    if (pos.length < 1) throw typeError("_method() missing 1 required positional argument: 'cls_or_self'");
    const merged = new PyDict();
    for (const [k, v] of self.kw.entries()) merged.setItem(k, v);
    for (const [k, v] of kws) merged.setStr(k, v);
    const names: string[] = [];
    const vals: PyObject[] = [];
    for (const [k, v] of merged.entries()) {
      names.push(k as string);
      vals.push(v);
    }
    return call(self.func, [pos[0], ...self.args, ...pos.slice(1), ...vals], names.length > 0 ? names : null);
  });
  method.dict.setStr("_partialmethod", self);
  return obj === None ? method : new PyMethod(method, obj);
});
defGetSet(PartialMethodType, "func", (self: PyPartialMethod) => self.func);
defGetSet(PartialMethodType, "args", (self: PyPartialMethod) => new PyTuple(self.args));
defGetSet(PartialMethodType, "keywords", (self: PyPartialMethod) => self.kw);
defGetSet(PartialMethodType, "__isabstractmethod__", (self: PyPartialMethod) => {
  const v = getAttrOrUndefined(self.func, "__isabstractmethod__");
  return v === undefined ? false : v;
});
defClassMethod(PartialMethodType, "__class_getitem__", (cls: PyType, args) => makeGenericAlias(cls, args[0]));

// ---------------------------------------------------------------------------------------------------
// cmp_to_key

const KeyWrapperType = newBuiltinType("KeyWrapper", ObjectType, 0, "functools");

class PyKeyWrapper {
  type: PyType = KeyWrapperType;
  constructor(
    public cmp: PyObject,
    public obj: PyObject,
  ) {}
}

defMethod(KeyWrapperType, "__call__", (self: PyKeyWrapper, args, kwnames) => {
  const [obj] = unpackKeywords("K", args, kwnames, ["obj"], { required: 1 });
  return new PyKeyWrapper(self.cmp, obj);
});
for (const [name, op] of [
  ["__lt__", 0],
  ["__le__", 1],
  ["__eq__", 2],
  ["__ne__", 3],
  ["__gt__", 4],
  ["__ge__", 5],
] as [string, number][]) {
  defMethod(KeyWrapperType, name, (self: PyKeyWrapper, args) => {
    const other = args[0];
    if (!(other instanceof PyKeyWrapper)) throw typeError("other argument must be K instance");
    const res = call(self.cmp, [self.obj, other.obj]);
    return richCompare(res, 0, op);
  });
}
KeyWrapperType.dict.set("__hash__", None);
defGetSet(
  KeyWrapperType,
  "obj",
  (self: PyKeyWrapper) => (self.obj === undefined ? None : self.obj),
  (self: PyKeyWrapper, v: PyObject) => {
    self.obj = v;
  },
);

// ---------------------------------------------------------------------------------------------------
// lru_cache

const CacheInfoType = newBuiltinType("CacheInfo", TupleType, TPFLAGS_BASETYPE, "functools");
const CACHE_INFO_FIELDS = ["hits", "misses", "maxsize", "currsize"];
CACHE_INFO_FIELDS.forEach((f, i) => {
  defGetSet(CacheInfoType, f, (self: PyTuple) => self.items[i]);
});
CacheInfoType.dict.set("_fields", new PyTuple(CACHE_INFO_FIELDS));
defStatic(CacheInfoType, "__new__", (args, kwnames) => {
  const type = args[0] as PyType;
  const vals = pyArgs("CacheInfo.__new__", args.slice(1), kwnames, CACHE_INFO_FIELDS, 0);
  return new PyTupleSub(vals, type);
});
defMethod(CacheInfoType, "__repr__", (self: PyTuple) => {
  const parts = CACHE_INFO_FIELDS.map((f, i) => `${f}=${repr(self.items[i])}`);
  return `${typeOf(self).name}(${parts.join(", ")})`;
});
defMethod(CacheInfoType, "_asdict", (self: PyTuple) => {
  const d = new PyDict();
  CACHE_INFO_FIELDS.forEach((f, i) => {
    d.setStr(f, self.items[i]);
  });
  return d;
});
defMethod(CacheInfoType, "__getnewargs__", (self: PyTuple) => new PyTuple(self.items.slice()));

const LruWrapperType = newBuiltinType("_lru_cache_wrapper", ObjectType, 0, "functools");
LruWrapperType.hasDict = true;

/** A node of the LRU list. */
interface Link {
  prev: Link;
  next: Link;
  key: PyObject;
  hash: number | bigint;
  result: PyObject;
}

/** The cache table: hash → entries with that hash (keys compared with ==, identity first). */
class KeyTable<V> {
  private buckets = new Map<number | bigint, { key: PyObject; value: V }[]>();
  size = 0;
  get(key: PyObject, h: number | bigint): V | undefined {
    const b = this.buckets.get(h);
    if (b === undefined) return undefined;
    for (const e of b) if (e.key === key || eq(e.key, key)) return e.value;
    return undefined;
  }
  set(key: PyObject, h: number | bigint, value: V): void {
    let b = this.buckets.get(h);
    if (b === undefined) {
      b = [];
      this.buckets.set(h, b);
    }
    for (const e of b) {
      if (e.key === key || eq(e.key, key)) {
        e.value = value;
        return;
      }
    }
    b.push({ key, value });
    this.size++;
  }
  delete(key: PyObject, h: number | bigint): void {
    const b = this.buckets.get(h);
    if (b === undefined) return;
    for (let i = 0; i < b.length; i++) {
      const e = b[i]!;
      if (e.key === key || eq(e.key, key)) {
        b.splice(i, 1);
        if (b.length === 0) this.buckets.delete(h);
        this.size--;
        return;
      }
    }
  }
  clear(): void {
    this.buckets.clear();
    this.size = 0;
  }
}

const KWD_MARK = new PyTuple([]);

class PyLruWrapper {
  type: PyType = LruWrapperType;
  dict: PyDict = new PyDict();
  hits = 0;
  misses = 0;
  cache = new KeyTable<Link | PyObject>();
  root: Link;
  constructor(
    public func: PyObject,
    /** -1: unbounded; 0: no caching. */
    public maxsize: number,
    public typed: boolean,
  ) {
    const root = { key: null, hash: 0, result: null } as unknown as Link;
    root.prev = root;
    root.next = root;
    this.root = root;
  }

  makeKey(args: PyObject[], kwnames: string[] | null): PyObject {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (!this.typed && nkw === 0) {
      if (args.length === 1) {
        const k = args[0];
        if (typeof k === "string" || typeof k === "number" || typeof k === "bigint") return k;
      }
      return new PyTuple(args.slice());
    }
    const npos = args.length - nkw;
    const items = args.slice(0, npos);
    if (nkw > 0) {
      items.push(KWD_MARK);
      for (let j = 0; j < nkw; j++) items.push(kwnames![j], args[npos + j]);
    }
    if (this.typed) {
      for (let i = 0; i < npos; i++) items.push(typeOf(args[i]));
      for (let j = 0; j < nkw; j++) items.push(typeOf(args[npos + j]));
    }
    return new PyTuple(items);
  }

  call(args: PyObject[], kwnames: string[] | null): PyObject {
    if (this.maxsize === 0) {
      this.misses++;
      return call(this.func, args, kwnames);
    }
    const key = this.makeKey(args, kwnames);
    const h = hash(key);
    if (this.maxsize < 0) {
      const r = this.cache.get(key, h);
      if (r !== undefined) {
        this.hits++;
        return r;
      }
      this.misses++;
      const result = call(this.func, args, kwnames);
      this.cache.set(key, h, result);
      return result;
    }
    const link = this.cache.get(key, h) as Link | undefined;
    if (link !== undefined) {
      this.extract(link);
      this.append(link);
      this.hits++;
      return link.result;
    }
    this.misses++;
    const result = call(this.func, args, kwnames);
    if (this.cache.get(key, h) !== undefined) return result;
    if (this.cache.size < this.maxsize || this.root.next === this.root) {
      const nl = { key, hash: h, result } as Link;
      this.cache.set(key, h, nl);
      this.append(nl);
      return result;
    }
    const old = this.root.next;
    this.extract(old);
    this.cache.delete(old.key, old.hash);
    old.key = key;
    old.hash = h;
    old.result = result;
    this.cache.set(key, h, old);
    this.append(old);
    return result;
  }

  extract(link: Link): void {
    link.prev.next = link.next;
    link.next.prev = link.prev;
  }

  append(link: Link): void {
    const root = this.root;
    const last = root.prev;
    last.next = link;
    root.prev = link;
    link.prev = last;
    link.next = root;
  }

  clear(): void {
    this.cache.clear();
    this.root.prev = this.root;
    this.root.next = this.root;
    this.hits = 0;
    this.misses = 0;
  }
}

defMethod(LruWrapperType, "__call__", (self: PyLruWrapper, args, kwnames) => self.call(args, kwnames));
defMethod(LruWrapperType, "__get__", (self: PyLruWrapper, args) => {
  const obj = args[0];
  return obj === None || obj === undefined ? self : new PyMethod(self, obj);
});
defMethod(LruWrapperType, "cache_info", (self: PyLruWrapper, args, kwnames) => {
  noArgs("_lru_cache_wrapper.cache_info", args, kwnames);
  return new PyTupleSub(
    [self.hits, self.misses, self.maxsize < 0 ? None : self.maxsize, self.maxsize === 0 ? 0 : self.cache.size],
    CacheInfoType,
  );
});
defMethod(LruWrapperType, "cache_clear", (self: PyLruWrapper) => {
  self.clear();
  return None;
});
defMethod(LruWrapperType, "__copy__", (self: PyLruWrapper) => self);
defMethod(LruWrapperType, "__deepcopy__", (self: PyLruWrapper) => self);
defMethod(LruWrapperType, "__reduce__", (self: PyLruWrapper) => getAttr(self, "__qualname__"));
defGetSet(LruWrapperType, "__dict__", (self: PyLruWrapper) => self.dict);
defStatic(LruWrapperType, "__new__", (args, kwnames) => {
  const [func, maxsizeObj, typed] = pyArgs(
    "_lru_cache_wrapper",
    args.slice(1),
    kwnames,
    ["user_function", "maxsize", "typed", "cache_info_type"],
    0,
  );
  return makeLruWrapper(func, maxsizeObj, isTrue(typed));
});

function makeLruWrapper(func: PyObject, maxsizeObj: PyObject, typed: boolean): PyLruWrapper {
  if (!isCallable(func)) throw typeError("the first argument must be callable");
  let maxsize: number;
  if (maxsizeObj === None) maxsize = -1;
  else if (typeOf(maxsizeObj).lookup("__index__") !== undefined || typeof maxsizeObj !== "object") {
    if (typeof maxsizeObj === "string") throw typeError("maxsize should be integer or None");
    maxsize = asSsize(maxsizeObj);
    if (maxsize < 0) maxsize = 0;
  } else throw typeError("maxsize should be integer or None");
  return new PyLruWrapper(func, maxsize, typed);
}

function lruDecorate(func: PyObject, maxsize: PyObject, typed: PyObject): PyObject {
  const w = makeLruWrapper(func, maxsize, isTrue(typed));
  w.dict.setStr(
    "cache_parameters",
    nativeFunction("<lambda>", "lru_cache.<locals>.<lambda>", () => {
      const d = new PyDict();
      d.setStr("maxsize", maxsize);
      d.setStr("typed", typed);
      return d;
    }),
  );
  return updateWrapper(w, func, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES);
}

function lruCache(args: PyObject[], kwnames: string[] | null): PyObject {
  let [maxsize, typed] = pyArgs("lru_cache", args, kwnames, ["maxsize", "typed"], 2);
  if (maxsize === undefined) maxsize = 128;
  if (typed === undefined) typed = false;
  const isInt = typeof maxsize === "number" || typeof maxsize === "bigint" || typeof maxsize === "boolean";
  if (isInt || (typeof maxsize === "object" && maxsize !== null && typeOf(maxsize).isSubtype(typeOf(0)))) {
    if (maxsize < 0) maxsize = 0;
  } else if (isCallable(maxsize) && typeof typed === "boolean") {
    return lruDecorate(maxsize, 128, typed);
  } else if (maxsize !== None) {
    throw typeError("Expected first argument to be an integer, a callable, or None");
  }
  const ms = maxsize;
  const ty = typed;
  return nativeFunction("decorating_function", "lru_cache.<locals>.decorating_function", (a, kw) => {
    const [f] = pyArgs("lru_cache.<locals>.decorating_function", a, kw, ["user_function"], 0);
    return lruDecorate(f, ms, ty);
  });
}

// ---------------------------------------------------------------------------------------------------
// update_wrapper, wraps

const WRAPPER_ASSIGNMENTS = new PyTuple([
  "__module__",
  "__name__",
  "__qualname__",
  "__doc__",
  "__annotations__",
  "__type_params__",
]);
const WRAPPER_UPDATES = new PyTuple(["__dict__"]);

function updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned: PyObject, updated: PyObject): PyObject {
  for (const attr of iterItems(assigned)) {
    const name = attrName(attr);
    const value = getAttrOrUndefined(wrapped, name);
    if (value !== undefined) setAttr(wrapper, name, value);
  }
  for (const attr of iterItems(updated)) {
    const name = attrName(attr);
    const target = getAttr(wrapper, name);
    let src = getAttrOrUndefined(wrapped, name);
    if (src === undefined) src = new PyDict();
    call(getAttr(target, "update"), [src]);
  }
  setAttr(wrapper, "__wrapped__", wrapped);
  return wrapper;
}

function attrName(a: PyObject): string {
  if (typeof a !== "string") throw typeError(`attribute name must be string, not '${typeName(a)}'`);
  return a;
}

function iterItems(o: PyObject): PyObject[] {
  if (o instanceof PyTuple || o instanceof PyList) return o.items.slice();
  const it = getIter(o);
  const out: PyObject[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

// ---------------------------------------------------------------------------------------------------
// total_ordering

type Derived = [string, (self: PyObject, other: PyObject) => PyObject];

function viaOp(op: string, f: (r: PyObject, self: PyObject, other: PyObject) => PyObject) {
  return (self: PyObject, other: PyObject): PyObject => {
    const r = call(getAttr(typeOf(self), op), [self, other]);
    if (r === NotImplemented) return r;
    return f(r, self, other);
  };
}

const ne = (a: PyObject, b: PyObject) => richCompare(a, b, PY_NE);
const eqv = (a: PyObject, b: PyObject) => richCompare(a, b, PY_EQ);

const CONVERT: Record<string, Derived[]> = {
  __lt__: [
    ["__gt__", viaOp("__lt__", (r, s, o) => pyAnd(!isTrue(r), () => ne(s, o)))],
    ["__le__", viaOp("__lt__", (r, s, o) => pyOr(r, () => eqv(s, o)))],
    ["__ge__", viaOp("__lt__", (r) => !isTrue(r))],
  ],
  __le__: [
    ["__ge__", viaOp("__le__", (r, s, o) => pyOr(!isTrue(r), () => eqv(s, o)))],
    ["__lt__", viaOp("__le__", (r, s, o) => pyAnd(r, () => ne(s, o)))],
    ["__gt__", viaOp("__le__", (r) => !isTrue(r))],
  ],
  __gt__: [
    ["__lt__", viaOp("__gt__", (r, s, o) => pyAnd(!isTrue(r), () => ne(s, o)))],
    ["__ge__", viaOp("__gt__", (r, s, o) => pyOr(r, () => eqv(s, o)))],
    ["__le__", viaOp("__gt__", (r) => !isTrue(r))],
  ],
  __ge__: [
    ["__le__", viaOp("__ge__", (r, s, o) => pyOr(!isTrue(r), () => eqv(s, o)))],
    ["__gt__", viaOp("__ge__", (r, s, o) => pyAnd(r, () => ne(s, o)))],
    ["__lt__", viaOp("__ge__", (r) => !isTrue(r))],
  ],
};

const DERIVED_NAMES: Record<string, string> = {
  __lt__: "lt",
  __le__: "le",
  __gt__: "gt",
  __ge__: "ge",
};

function totalOrdering(cls: PyObject): PyObject {
  const roots: string[] = [];
  for (const op of ["__lt__", "__le__", "__gt__", "__ge__"]) {
    if (getAttrOrUndefined(cls, op) !== getAttrOrUndefined(ObjectType, op)) roots.push(op);
  }
  if (roots.length === 0) throw newException(ValueError, "must define at least one ordering operation: < > <= >=");
  // max(roots): __lt__ over __le__ over __gt__ over __ge__
  const root = [...roots].sort()[roots.length - 1]!;
  for (const [opname, f] of CONVERT[root]!) {
    if (roots.includes(opname)) continue;
    const fname = `_${DERIVED_NAMES[opname]}_from_${DERIVED_NAMES[root]}`;
    const fn = nativeFunction(opname, fname, (args, kwnames) => {
      const [self, other] = pyArgs(fname, args, kwnames, ["self", "other"], 0);
      return f(self, other);
    });
    setAttr(cls, opname, fn);
  }
  return cls;
}

// ---------------------------------------------------------------------------------------------------
// cached_property

const CachedPropertyType = newBuiltinType("cached_property", ObjectType, TPFLAGS_BASETYPE, "functools");
CachedPropertyType.hasDict = true;

class PyCachedProperty {
  dict: PyDict = new PyDict();
  constructor(
    public type: PyType,
    public func: PyObject,
  ) {}
}

defStatic(CachedPropertyType, "__new__", (args) => new PyCachedProperty(args[0] as PyType, None));
defMethod(CachedPropertyType, "__init__", (self: PyCachedProperty, args, kwnames) => {
  const [func] = pyArgs("cached_property.__init__", args, kwnames, ["func"], 0);
  self.func = func;
  self.dict.setStr("func", func);
  self.dict.setStr("attrname", None);
  self.dict.setStr("__doc__", getAttrOrUndefined(func, "__doc__") ?? None);
  self.dict.setStr("__module__", getAttrOrUndefined(func, "__module__") ?? None);
  return None;
});
defMethod(CachedPropertyType, "__set_name__", (self: PyCachedProperty, args, kwnames) => {
  const [, name] = pyArgs("cached_property.__set_name__", args, kwnames, ["owner", "name"], 0);
  const attrname = self.dict.getStr("attrname") ?? None;
  if (attrname === None) self.dict.setStr("attrname", name);
  else if (!eq(name, attrname)) {
    throw typeError(
      `Cannot assign the same cached_property to two different names (${repr(attrname)} and ${repr(name)}).`,
    );
  }
  return None;
});
defMethod(CachedPropertyType, "__get__", (self: PyCachedProperty, args) => {
  const instance = args[0];
  if (instance === None || instance === undefined) return self;
  const attrname = self.dict.getStr("attrname") ?? None;
  if (attrname === None) throw typeError("Cannot use cached_property instance without calling __set_name__ on it.");
  let cache: PyObject;
  try {
    cache = getAttr(instance, "__dict__");
  } catch (e) {
    if (e instanceof PyBaseException && e.type.name === "AttributeError") {
      throw typeError(
        `No '__dict__' attribute on ${repr(typeName(instance))} instance to cache ${repr(attrname)} property.`,
      );
    }
    throw e;
  }
  const found = cache instanceof PyDict ? cache.getItem(attrname) : undefined;
  if (found !== undefined) return found;
  const val = call(getAttr(self, "func"), [instance]);
  try {
    if (cache instanceof PyDict) cache.setItem(attrname, val);
    else call(getAttr(cache, "__setitem__"), [attrname, val]);
  } catch (e) {
    if (isExc(e, TypeError)) {
      throw typeError(
        `The '__dict__' attribute on ${repr(typeName(instance))} instance does not support item assignment for caching ${repr(attrname)} property.`,
      );
    }
    throw e;
  }
  return val;
});
defGetSet(CachedPropertyType, "__dict__", (self: PyCachedProperty) => self.dict);
defClassMethod(CachedPropertyType, "__class_getitem__", (cls: PyType, args) => makeGenericAlias(cls, args[0]));

// ---------------------------------------------------------------------------------------------------
// singledispatch

/** `o.__class__` (None's is read from its type: bindDescriptor treats a None instance as a class access). */
function classOf(o: PyObject): PyObject {
  return o === None ? typeOf(o) : getAttr(o, "__class__");
}

function isUnion(o: PyObject): boolean {
  return o instanceof PyUnion;
}

function isValidDispatchType(o: PyObject): boolean {
  if (o instanceof PyType) return true;
  return isUnion(o) && (o as PyUnion).args.items.every((a) => a instanceof PyType);
}

/** The implementation registered for the first class of cls's MRO found in the registry. */
function findImpl(cls: PyType, registry: PyDict): PyObject {
  const mro = cls instanceof PyType ? cls.mro : [];
  for (const t of mro) {
    if (t === ObjectType) break;
    const f = registry.getItem(t);
    if (f !== undefined) return f;
  }
  // No class of the MRO but object registered: an abstract base class cls is a virtual subclass of (a
  // class whose metaclass defines __subclasscheck__), in registration order (a simplified _compose_mro).
  for (const k of registry.keyList()) {
    if (!(k instanceof PyType) || k === ObjectType || k.type === TypeType) continue;
    if (k.type.lookup("__subclasscheck__") === undefined) continue;
    if (isTrue(call(getAttr(k, "__subclasscheck__"), [cls]))) return registry.getItem(k);
  }
  return registry.getItem(ObjectType) ?? None;
}

function singledispatch(func: PyObject): PyNativeFunction {
  const registry = new PyDict();
  const cache = new Map<PyObject, PyObject>();
  const funcname = (() => {
    const n = getAttrOrUndefined(func, "__name__");
    return n === undefined ? "singledispatch function" : str(n);
  })();

  const dispatch = (cls: PyObject): PyObject => {
    let impl = cache.get(cls);
    if (impl === undefined) {
      impl = registry.getItem(cls);
      if (impl === undefined) impl = findImpl(cls as PyType, registry);
      cache.set(cls, impl);
    }
    return impl;
  };

  const register = (cls: PyObject, f: PyObject): PyObject => {
    if (isValidDispatchType(cls)) {
      if (f === undefined || f === None) {
        return nativeFunction("<lambda>", "singledispatch.<locals>.register.<locals>.<lambda>", (a, kw) => {
          const [g] = pyArgs("singledispatch.<locals>.register.<locals>.<lambda>", a, kw, ["f"], 0);
          return register(cls, g);
        });
      }
    } else {
      if (f !== undefined && f !== None) {
        throw typeError(`Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`);
      }
      let ann = getAttrOrUndefined(cls, "__annotations__");
      let inner = cls;
      if (ann === undefined) {
        // a classmethod/staticmethod: its function's annotations
        inner = getAttrOrUndefined(cls, "__func__") ?? cls;
        if (inner !== cls) ann = getAttrOrUndefined(inner, "__annotations__");
      }
      if (ann === undefined || !isTrue(ann)) {
        throw typeError(
          `Invalid first argument to \`register()\`: ${repr(cls)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`,
        );
      }
      f = cls;
      const first = iterNext(getIter(call(getAttr(ann, "items"), [])));
      const [argname, annotation] = (first as PyTuple).items;
      let target = annotation;
      if (typeof target === "string") {
        const globals = inner instanceof PyFunction ? inner.globals : new PyDict();
        target = call(interp.builtins.getStr("eval")!, [target, globals]);
      }
      if (!isValidDispatchType(target)) {
        if (isUnion(target)) {
          throw typeError(`Invalid annotation for ${repr(argname)}. ${repr(target)} not all arguments are classes.`);
        }
        throw typeError(`Invalid annotation for ${repr(argname)}. ${repr(target)} is not a class.`);
      }
      cls = target;
    }
    if (isUnion(cls)) for (const a of (cls as PyUnion).args.items) registry.setItem(a, f);
    else registry.setItem(cls, f);
    cache.clear();
    return f;
  };

  const wrapper = nativeFunction("wrapper", "singledispatch.<locals>.wrapper", (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw === 0) throw typeError(`${funcname} requires at least 1 positional argument`);
    return call(dispatch(classOf(args[0])), args, kwnames);
  });
  registry.setItem(ObjectType, func);
  wrapper.dict.setStr(
    "register",
    nativeFunction("register", "singledispatch.<locals>.register", (a, kw) => {
      const [cls, f] = pyArgs("register", a, kw, ["cls", "func"], 1);
      return register(cls, f);
    }),
  );
  wrapper.dict.setStr(
    "dispatch",
    nativeFunction("dispatch", "singledispatch.<locals>.dispatch", (a, kw) => {
      const [cls] = pyArgs("dispatch", a, kw, ["cls"], 0);
      return dispatch(cls);
    }),
  );
  wrapper.dict.setStr("registry", new PyMappingProxy(registry));
  wrapper.dict.setStr(
    "_clear_cache",
    nativeFunction("clear", "WeakKeyDictionary.clear", () => {
      cache.clear();
      return None;
    }),
  );
  updateWrapper(wrapper, func, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES);
  return wrapper;
}

const SingleDispatchMethodType = newBuiltinType("singledispatchmethod", ObjectType, TPFLAGS_BASETYPE, "functools");
SingleDispatchMethodType.hasDict = true;

class PySingleDispatchMethod {
  dict: PyDict = new PyDict();
  constructor(public type: PyType) {}
}

defStatic(SingleDispatchMethodType, "__new__", (args) => new PySingleDispatchMethod(args[0] as PyType));
defMethod(SingleDispatchMethodType, "__init__", (self: PySingleDispatchMethod, args, kwnames) => {
  const [func] = pyArgs("singledispatchmethod.__init__", args, kwnames, ["func"], 0);
  if (!isCallable(func) && getAttrOrUndefined(func, "__get__") === undefined) {
    throw typeError(`${repr(func)} is not callable or a descriptor`);
  }
  self.dict.setStr("dispatcher", singledispatch(func));
  self.dict.setStr("func", func);
  return None;
});
defMethod(SingleDispatchMethodType, "register", (self: PySingleDispatchMethod, args, kwnames) => {
  const [cls, method] = pyArgs("register", args, kwnames, ["cls", "method"], 1);
  const reg = getAttr(self.dict.getStr("dispatcher")!, "register");
  return call(reg, [cls, method === undefined ? None : method]);
});
defMethod(SingleDispatchMethodType, "__get__", (self: PySingleDispatchMethod, args) => {
  const obj = args[0] ?? None;
  const cls = args.length > 1 ? args[1] : None;
  const func = self.dict.getStr("func")!;
  const dispatch = getAttr(self.dict.getStr("dispatcher")!, "dispatch");
  const n = getAttrOrUndefined(func, "__name__");
  const funcname = n === undefined ? "singledispatchmethod method" : str(n);
  const method = nativeFunction("_method", "singledispatchmethod.__get__.<locals>._method", (a, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (a.length - nkw === 0) throw typeError(`${funcname} requires at least 1 positional argument`);
    const impl = call(dispatch, [classOf(a[0])]);
    return call(call(getAttr(impl, "__get__"), [obj, cls]), a, kw);
  });
  method.dict.setStr("__isabstractmethod__", getAttr(self, "__isabstractmethod__"));
  method.dict.setStr("register", getAttr(self, "register"));
  updateWrapper(method, func, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES);
  return method;
});
defGetSet(SingleDispatchMethodType, "__isabstractmethod__", (self: PySingleDispatchMethod) => {
  const v = getAttrOrUndefined(self.dict.getStr("func")!, "__isabstractmethod__");
  return v === undefined ? false : v;
});
defGetSet(SingleDispatchMethodType, "__dict__", (self: PySingleDispatchMethod) => self.dict);

// ---------------------------------------------------------------------------------------------------
// recursive_repr

function recursiveRepr(fillvalue: PyObject): PyNativeFunction {
  return nativeFunction("decorating_function", "recursive_repr.<locals>.decorating_function", (args, kwnames) => {
    const [userFunction] = pyArgs("decorating_function", args, kwnames, ["user_function"], 0);
    const running: PyObject[] = [];
    const wrapper = nativeFunction(
      "wrapper",
      "recursive_repr.<locals>.decorating_function.<locals>.wrapper",
      (a, kw) => {
        const [self] = pyArgs("wrapper", a, kw, ["self"], 0);
        if (running.includes(self)) return fillvalue;
        running.push(self);
        try {
          return call(userFunction, [self]);
        } finally {
          running.splice(running.lastIndexOf(self), 1);
        }
      },
    );
    for (const name of ["__module__", "__doc__", "__name__", "__qualname__"]) {
      wrapper.dict.setStr(name, getAttr(userFunction, name));
    }
    wrapper.dict.setStr("__annotations__", getAttrOrUndefined(userFunction, "__annotations__") ?? new PyDict());
    wrapper.dict.setStr("__type_params__", getAttrOrUndefined(userFunction, "__type_params__") ?? new PyTuple([]));
    wrapper.dict.setStr("__wrapped__", userFunction);
    return wrapper;
  });
}

// ---------------------------------------------------------------------------------------------------
// The module

/** `_functools`: the natives CPython implements in C. */
export function makeFunctoolsNativeModule(): PyModule {
  const f = makeFunctoolsModule();
  const m = new PyModule("_functools", "Tools that operate on functions.");
  for (const name of ["reduce", "cmp_to_key", "partial", "KeyWrapper", "_lru_cache_wrapper"]) {
    m.dict.setStr(name, f.dict.getStr(name)!);
  }
  return m;
}

export function makeFunctoolsModule(): PyModule {
  const m = new PyModule("functools", "functools.py - Tools for working with functions and callable objects\n");
  const d = m.dict;
  d.setStr(
    "__all__",
    new PyList(
      [
        "update_wrapper",
        "wraps",
        "WRAPPER_ASSIGNMENTS",
        "WRAPPER_UPDATES",
        "total_ordering",
        "cache",
        "cmp_to_key",
        "lru_cache",
        "reduce",
        "partial",
        "partialmethod",
        "singledispatch",
        "singledispatchmethod",
        "cached_property",
      ].slice(),
    ),
  );
  d.setStr("WRAPPER_ASSIGNMENTS", WRAPPER_ASSIGNMENTS);
  d.setStr("WRAPPER_UPDATES", WRAPPER_UPDATES);
  d.setStr("GenericAlias", GenericAliasType);
  d.setStr("partial", PartialType);
  d.setStr("partialmethod", PartialMethodType);
  d.setStr("cached_property", CachedPropertyType);
  d.setStr("singledispatchmethod", SingleDispatchMethodType);
  d.setStr("_CacheInfo", CacheInfoType);
  d.setStr("_lru_cache_wrapper", LruWrapperType);
  d.setStr("KeyWrapper", KeyWrapperType);

  defFunction(m, "reduce", reduce);
  defFunction(m, "cmp_to_key", (args, kwnames) => {
    const [mycmp] = unpackKeywords("cmp_to_key", args, kwnames, ["mycmp"], { required: 1 });
    return new PyKeyWrapper(mycmp, undefined);
  });
  for (const name of ["reduce", "cmp_to_key"]) (d.getStr(name) as PyBuiltinFunction).module = "_functools";
  defFunction(m, "lru_cache", lruCache);
  defFunction(m, "cache", (args, kwnames) => {
    const [f] = pyArgs("cache", args, kwnames, ["user_function"], 0);
    return lruDecorate(f, None, false);
  });
  defFunction(m, "update_wrapper", (args, kwnames) => {
    const [wrapper, wrapped, assigned, updated] = pyArgs(
      "update_wrapper",
      args,
      kwnames,
      ["wrapper", "wrapped", "assigned", "updated"],
      2,
    );
    return updateWrapper(wrapper, wrapped, assigned ?? WRAPPER_ASSIGNMENTS, updated ?? WRAPPER_UPDATES);
  });
  defFunction(m, "wraps", (args, kwnames) => {
    const [wrapped, assigned, updated] = pyArgs("wraps", args, kwnames, ["wrapped", "assigned", "updated"], 2);
    return newPartial(
      PartialType,
      [d.getStr("update_wrapper")!, wrapped, assigned ?? WRAPPER_ASSIGNMENTS, updated ?? WRAPPER_UPDATES],
      ["wrapped", "assigned", "updated"],
    );
  });
  defFunction(m, "total_ordering", (args, kwnames) => {
    const [cls] = pyArgs("total_ordering", args, kwnames, ["cls"], 0);
    return totalOrdering(cls);
  });
  defFunction(m, "singledispatch", (args, kwnames) => {
    const [func] = pyArgs("singledispatch", args, kwnames, ["func"], 0);
    return singledispatch(func);
  });
  defFunction(m, "recursive_repr", (args, kwnames) => {
    const [fillvalue] = pyArgs("recursive_repr", args, kwnames, ["fillvalue"], 1);
    return recursiveRepr(fillvalue ?? "...");
  });
  defFunction(m, "get_cache_token", (args, kwnames) => {
    noKeywords("_abc.get_cache_token", kwnames);
    if (args.length > 0) throw typeError(`_abc.get_cache_token() takes no arguments (${args.length} given)`);
    return 0;
  });
  return m;
}
