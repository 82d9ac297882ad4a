// The `operator` module (CPython's Lib/operator.py over Modules/_operator.c): the operators as functions,
// and the attrgetter, itemgetter and methodcaller callables. `_operator` holds the natives; `operator`
// re-exports them with the dunder aliases, as `from _operator import *` does in CPython.

import {
  ByteArrayType,
  BytesType,
  DictType,
  defMethod,
  defStatic,
  ListType,
  newBuiltinType,
  None,
  NotImplemented,
  StrType,
  TupleType,
  typeOf,
} from "../objects/builtin_types.js";
import { TypeError, typeError, valueError } from "../objects/exceptions.js";
import { asInt, intAdd } from "../objects/int.js";
import { PyList, reprEnter, reprLeave } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { isStr } from "../objects/str.js";
import type { PyType } from "../objects/type.js";
import {
  binaryOp,
  binaryOp1,
  call,
  callDescriptor,
  callSpecial,
  delItem,
  eq,
  getAttr,
  getItem,
  getIter,
  invert,
  isTrue,
  iterNext,
  len,
  negative,
  NB_ADD,
  NB_AND,
  NB_FLOOR_DIVIDE,
  NB_LSHIFT,
  NB_MATRIX_MULTIPLY,
  NB_MULTIPLY,
  NB_OR,
  NB_REMAINDER,
  NB_RSHIFT,
  NB_SUBTRACT,
  NB_TRUE_DIVIDE,
  NB_XOR,
  PY_EQ,
  PY_GE,
  PY_GT,
  PY_LE,
  PY_LT,
  PY_NE,
  positive,
  repr,
  richCompare,
  setItem,
  typeName,
} from "../vm/abstract.js";
import { asIndex, defFunction, isExc, noKeywords, oneArg, positional, splitKeywords } from "./native_util.js";

const NB_POWER = 8;
const INPLACE = 13;

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(o: PyObject): boolean {
  const t = typeOf(o);
  if (t.isSubtype(DictType)) return false;
  return t.lookup("__getitem__") !== undefined;
}

/** Builtin sequences whose concatenation CPython does through sq_concat (with its own messages). */
function hasSqConcat(o: PyObject): boolean {
  const t = typeOf(o);
  return (
    t.isSubtype(ListType) ||
    t.isSubtype(TupleType) ||
    t.isSubtype(StrType) ||
    t.isSubtype(BytesType) ||
    t.isSubtype(ByteArrayType)
  );
}

function concat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  if (!isSequence(a)) throw typeError(`'${typeName(a)}' object can't be concatenated`);
  if (hasSqConcat(a)) return binaryOp(a, b, inplace ? NB_ADD + INPLACE : NB_ADD);
  if (isSequence(b)) {
    if (inplace) {
      const f = typeOf(a).lookup("__iadd__");
      if (f !== undefined) {
        const r = callDescriptor(f, a, [b]);
        if (r !== NotImplemented) return r;
      }
    }
    const r = binaryOp1(a, b, NB_ADD);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`'${typeName(a)}' object can't be concatenated`);
}

/** _PySequence_IterSearch's iteration with CPython's message for non-iterables. */
function iterFor(seq: PyObject): PyObject {
  try {
    return getIter(seq);
  } catch (e) {
    if (isExc(e, TypeError)) throw typeError(`argument of type '${typeName(seq)}' is not iterable`);
    throw e;
  }
}

function contains(container: PyObject, item: PyObject): boolean {
  const f = typeOf(container).lookup("__contains__");
  if (f !== undefined && f !== None) return isTrue(callDescriptor(f, container, [item]));
  const it = iterFor(container);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (eq(x, item)) return true;
  }
}

/** PyObject_LengthHint(o, default). */
function lengthHint(o: PyObject, dflt: number | bigint): PyObject {
  const t = typeOf(o);
  if (typeof o === "string" || t.lookup("__len__") !== undefined) {
    try {
      return len(o);
    } catch (e) {
      if (!isExc(e, TypeError)) throw e;
    }
  }
  const f = t.lookup("__length_hint__");
  if (f === undefined || f === None) return dflt;
  const r = callDescriptor(f, o, []);
  if (r === NotImplemented) return dflt;
  const v = asInt(r);
  if (v === undefined) throw typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  if (v < 0) throw valueError("__length_hint__() should return >= 0");
  return v;
}

// ---------------------------------------------------------------------------------------------------
// attrgetter, itemgetter, methodcaller

export const AttrGetterType = newBuiltinType("attrgetter", undefined, 0, "operator");
export const ItemGetterType = newBuiltinType("itemgetter", undefined, 0, "operator");
export const MethodCallerType = newBuiltinType("methodcaller", undefined, 0, "operator");

class PyAttrGetter {
  type: PyType;
  constructor(
    public names: string[],
    public paths: string[][],
  ) {
    this.type = AttrGetterType;
  }
}

class PyItemGetter {
  type: PyType;
  constructor(public items: PyObject[]) {
    this.type = ItemGetterType;
  }
}

class PyMethodCaller {
  type: PyType;
  constructor(
    public name: string,
    public args: PyObject[],
    public kwargs: [string, PyObject][],
  ) {
    this.type = MethodCallerType;
  }
}

defStatic(AttrGetterType, "__new__", (args, kwnames) => {
  noKeywords("attrgetter", kwnames);
  const items = args.slice(1);
  if (items.length === 0) throw typeError("attrgetter expected 1 argument, got 0");
  const names: string[] = [];
  for (const n of items) {
    if (!isStr(n) || typeof n !== "string") throw typeError("attribute name must be a string");
    names.push(n);
  }
  return new PyAttrGetter(
    names,
    names.map((n) => n.split(".")),
  );
});
defMethod(AttrGetterType, "__call__", (self: PyAttrGetter, args, kwnames) => {
  noKeywords("attrgetter", kwnames);
  if (args.length !== 1) throw typeError(`attrgetter expected 1 argument, got ${args.length}`);
  const get = (path: string[]) => {
    let o = args[0];
    for (const p of path) o = getAttr(o, p);
    return o;
  };
  if (self.paths.length === 1) return get(self.paths[0]!);
  return new PyTuple(self.paths.map(get));
});
defMethod(AttrGetterType, "__repr__", (self: PyAttrGetter) => {
  if (self.names.length === 1) return `operator.attrgetter(${repr(self.names[0])})`;
  return `operator.attrgetter(${self.names.map((n) => repr(n)).join(", ")})`;
});
defMethod(AttrGetterType, "__reduce__", (self: PyAttrGetter) => new PyTuple([AttrGetterType, new PyTuple(self.names)]));

defStatic(ItemGetterType, "__new__", (args, kwnames) => {
  noKeywords("itemgetter", kwnames);
  const items = args.slice(1);
  if (items.length === 0) throw typeError("itemgetter expected 1 argument, got 0");
  return new PyItemGetter(items);
});
defMethod(ItemGetterType, "__call__", (self: PyItemGetter, args, kwnames) => {
  noKeywords("itemgetter", kwnames);
  if (args.length !== 1) throw typeError(`itemgetter expected 1 argument, got ${args.length}`);
  const obj = args[0];
  if (self.items.length === 1) return getItem(obj, self.items[0]);
  return new PyTuple(self.items.map((k) => getItem(obj, k)));
});
defMethod(ItemGetterType, "__repr__", (self: PyItemGetter) => {
  if (!reprEnter(self)) return "operator.itemgetter(...)";
  try {
    if (self.items.length === 1) return `operator.itemgetter(${repr(self.items[0])})`;
    return `operator.itemgetter(${self.items.map((k) => repr(k)).join(", ")})`;
  } finally {
    reprLeave(self);
  }
});
defMethod(ItemGetterType, "__reduce__", (self: PyItemGetter) => new PyTuple([ItemGetterType, new PyTuple(self.items)]));

defStatic(MethodCallerType, "__new__", (args, kwnames) => {
  const [pos, kws] = splitKeywords(args.slice(1), kwnames);
  if (pos.length === 0) throw typeError("methodcaller needs at least one argument, the method name");
  const name = pos[0];
  if (typeof name !== "string") throw typeError("method name must be a string");
  return new PyMethodCaller(name, pos.slice(1), kws);
});
defMethod(MethodCallerType, "__call__", (self: PyMethodCaller, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw !== 1) throw typeError(`methodcaller expected 1 argument, got ${args.length - nkw}`);
  noKeywords("methodcaller", kwnames);
  const f = getAttr(args[0], self.name);
  return call(
    f,
    [...self.args, ...self.kwargs.map((kv) => kv[1])],
    self.kwargs.length > 0 ? self.kwargs.map((kv) => kv[0]) : null,
  );
});
defMethod(MethodCallerType, "__repr__", (self: PyMethodCaller) => {
  if (!reprEnter(self)) return "operator.methodcaller(...)";
  try {
    const parts = [
      repr(self.name),
      ...self.args.map((a) => repr(a)),
      ...self.kwargs.map(([k, v]) => `${k}=${repr(v)}`),
    ];
    return `operator.methodcaller(${parts.join(", ")})`;
  } finally {
    reprLeave(self);
  }
});
defMethod(MethodCallerType, "__reduce__", (self: PyMethodCaller) => {
  if (self.kwargs.length === 0) return new PyTuple([MethodCallerType, new PyTuple([self.name, ...self.args])]);
  const partial = partialHook.make;
  return new PyTuple([
    partial(
      [MethodCallerType, self.name, ...self.kwargs.map((kv) => kv[1])],
      self.kwargs.map((kv) => kv[0]),
    ),
    new PyTuple(self.args),
  ]);
});

/** functools.partial(*args, **kw), set by the functools module (for methodcaller.__reduce__). */
export const partialHook: { make: (args: PyObject[], kwnames: string[] | null) => PyObject } = {
  make: () => {
    throw typeError("functools is not available");
  },
};

// ---------------------------------------------------------------------------------------------------
// The modules

const BINARY: [string, number][] = [
  ["add", NB_ADD],
  ["and_", NB_AND],
  ["floordiv", NB_FLOOR_DIVIDE],
  ["lshift", NB_LSHIFT],
  ["matmul", NB_MATRIX_MULTIPLY],
  ["mod", NB_REMAINDER],
  ["mul", NB_MULTIPLY],
  ["or_", NB_OR],
  ["pow", NB_POWER],
  ["rshift", NB_RSHIFT],
  ["sub", NB_SUBTRACT],
  ["truediv", NB_TRUE_DIVIDE],
  ["xor", NB_XOR],
];

const COMPARE: [string, number][] = [
  ["lt", PY_LT],
  ["le", PY_LE],
  ["eq", PY_EQ],
  ["ne", PY_NE],
  ["ge", PY_GE],
  ["gt", PY_GT],
];

const ALL = [
  "abs",
  "add",
  "and_",
  "attrgetter",
  "call",
  "concat",
  "contains",
  "countOf",
  "delitem",
  "eq",
  "floordiv",
  "ge",
  "getitem",
  "gt",
  "iadd",
  "iand",
  "iconcat",
  "ifloordiv",
  "ilshift",
  "imatmul",
  "imod",
  "imul",
  "index",
  "indexOf",
  "inv",
  "invert",
  "ior",
  "ipow",
  "irshift",
  "is_",
  "is_not",
  "isub",
  "itemgetter",
  "itruediv",
  "ixor",
  "le",
  "length_hint",
  "lshift",
  "lt",
  "matmul",
  "methodcaller",
  "mod",
  "mul",
  "ne",
  "neg",
  "not_",
  "or_",
  "pos",
  "pow",
  "rshift",
  "setitem",
  "sub",
  "truediv",
  "truth",
  "xor",
];

let opModule: PyModule | null = null;

/** `_operator`: the natives. */
export function makeOperatorNativeModule(): PyModule {
  if (opModule !== null) return opModule;
  const m = new PyModule(
    "_operator",
    "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
  );
  opModule = m;
  const fn1 = (name: string, f: (a: PyObject) => PyObject) =>
    defFunction(m, name, (args, kw) => f(oneArg(`_operator.${name}`, args, kw)));
  const fn2 = (name: string, f: (a: PyObject, b: PyObject) => PyObject) =>
    defFunction(m, name, (args, kw) => {
      positional(name, `_operator.${name}`, args, kw, 2, 2);
      return f(args[0], args[1]);
    });

  fn1("abs", (a) => {
    const r = callSpecial(a, "__abs__", []);
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(a)}'`);
    return r;
  });
  for (const [name, op] of BINARY) {
    fn2(name, (a, b) => binaryOp(a, b, op));
    fn2(`i${name.replace(/_$/, "")}`, (a, b) => binaryOp(a, b, op + INPLACE));
  }
  defFunction(m, "call", (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw < 1) throw typeError("call expected at least 1 argument, got 0");
    return call(args[0], args.slice(1), kw);
  });
  fn2("concat", (a, b) => concat(a, b, false));
  fn2("contains", (a, b) => contains(a, b));
  fn2("countOf", (a, b) => {
    const it = iterFor(a);
    let n: number | bigint = 0;
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return n;
      if (eq(x, b)) n = intAdd(n, 1);
    }
  });
  fn2("delitem", (a, b) => {
    delItem(a, b);
    return None;
  });
  for (const [name, op] of COMPARE) fn2(name, (a, b) => richCompare(a, b, op));
  fn2("getitem", (a, b) => getItem(a, b));
  fn2("iconcat", (a, b) => concat(a, b, true));
  fn1("index", (a) => asIndex(a));
  fn2("indexOf", (a, b) => {
    const it = iterFor(a);
    let i = 0;
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) throw valueError("sequence.index(x): x not in sequence");
      if (eq(x, b)) return i;
      i++;
    }
  });
  fn1("inv", (a) => invert(a));
  fn1("invert", (a) => invert(a));
  fn2("is_", (a, b) => a === b);
  fn2("is_not", (a, b) => a !== b);
  defFunction(m, "length_hint", (args, kw) => {
    positional("length_hint", "_operator.length_hint", args, kw, 1, 2);
    let dflt: number | bigint = 0;
    if (args.length === 2) {
      const v = asInt(args[1]);
      if (v === undefined) throw typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
      dflt = v;
    }
    return lengthHint(args[0], dflt);
  });
  fn1("neg", (a) => negative(a));
  fn1("not_", (a) => !isTrue(a));
  fn1("pos", (a) => positive(a));
  defFunction(m, "setitem", (args, kw) => {
    positional("setitem", "_operator.setitem", args, kw, 3, 3);
    setItem(args[0], args[1], args[2]);
    return None;
  });
  fn1("truth", (a) => isTrue(a));
  m.dict.setStr("attrgetter", AttrGetterType);
  m.dict.setStr("itemgetter", ItemGetterType);
  m.dict.setStr("methodcaller", MethodCallerType);
  return m;
}

/** `operator`: the natives, `__all__`, and the dunder aliases. */
export function makeOperatorModule(): PyModule {
  const nat = makeOperatorNativeModule();
  const m = new PyModule(
    "operator",
    "\nOperator Interface\n\nThis module exports a set of functions corresponding to the intrinsic\noperators of Python.  For example, operator.add(x, y) is equivalent\nto the expression x+y.  The function names are those used for special\nmethods; variants without leading and trailing '__' are also provided\nfor convenience.\n\nThis is the pure Python implementation of the module.\n",
  );
  const d = m.dict;
  d.setStr("__all__", new PyList(ALL.slice()));
  for (const name of ALL) d.setStr(name, nat.dict.getStr(name)!);
  d.setStr("_abs", nat.dict.getStr("abs")!);
  const dunders = [
    "abs",
    "add",
    "and",
    "call",
    "concat",
    "contains",
    "delitem",
    "eq",
    "floordiv",
    "ge",
    "getitem",
    "gt",
    "iadd",
    "iand",
    "iconcat",
    "ifloordiv",
    "ilshift",
    "imatmul",
    "imod",
    "imul",
    "index",
    "inv",
    "invert",
    "ior",
    "ipow",
    "irshift",
    "isub",
    "itruediv",
    "ixor",
    "le",
    "lshift",
    "lt",
    "matmul",
    "mod",
    "mul",
    "ne",
    "neg",
    "not",
    "or",
    "pos",
    "pow",
    "rshift",
    "setitem",
    "sub",
    "truediv",
    "xor",
  ];
  for (const n of dunders) {
    const v = nat.dict.getStr(n) ?? nat.dict.getStr(`${n}_`);
    if (v !== undefined) d.setStr(`__${n}__`, v);
  }
  return m;
}
