// The `builtins` module (CPython's Python/bltinmodule.c).

import {
  BoolType,
  builtinFunction,
  ByteArrayType,
  BytesType,
  ClassMethodType,
  ComplexType,
  DictType,
  Ellipsis,
  FloatType,
  FrozenSetType,
  IntType,
  ListType,
  MemoryViewType,
  None,
  NotImplemented,
  ObjectType,
  PropertyType,
  RangeType,
  SetType,
  SliceType,
  StaticMethodType,
  StrType,
  SuperType,
  TupleType,
  TypeType,
  typeOf,
} from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import { iteratorBuiltins, makeCallableIter } from "../objects/iterators.js";
import {
  builtinExceptions,
  newException,
  PyBaseException,
  StopIteration,
  typeError,
  ValueError,
  valueError,
  EOFError,
} from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { PyFunction, PyCell } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { PyType } from "../objects/type.js";
import { strRepr } from "../objects/str.js";
import { parseArgs, checkArity } from "../objects/args.js";
import {
  binaryOp,
  call,
  callSpecial,
  delAttr,
  format,
  getAttr,
  getAttrOrUndefined,
  getIter,
  hash,
  index,
  isTrue,
  iterNext,
  len,
  lenInt,
  richCompare,
  repr,
  setAttr,
  str,
  toArray,
  typeName,
  PY_GT,
  PY_LT,
  NB_ADD,
  NB_POWER,
} from "../vm/abstract.js";
import { addressOf, createClass, objectId, typeFullName } from "../objects/object_type.js";
import { interp, execCode } from "../vm/interp.js";
import { mainThread } from "../vm/thread.js";
import { Frame } from "../vm/frame.js";
import { runFrame } from "../vm/call.js";
import { importModuleLevel, setBuiltinImport } from "../vm/import.js";
import { stdin, stdout } from "../modules/io_streams.js";
import { PyCode } from "../objects/code.js";

export function makeBuiltinsModule(): PyModule {
  const m = new PyModule(
    "builtins",
    "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in value is needed.",
  );
  const d = m.dict;
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) => {
    d.setStr(name, builtinFunction(name, f, m));
  };

  // Constants and types
  d.setStr("None", None);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("False", false);
  d.setStr("True", true);
  d.setStr("__debug__", true);
  const types: [string, PyType][] = [
    ["bool", BoolType],
    ["bytearray", ByteArrayType],
    ["bytes", BytesType],
    ["classmethod", ClassMethodType],
    ["complex", ComplexType],
    ["dict", DictType],
    ["float", FloatType],
    ["frozenset", FrozenSetType],
    ["int", IntType],
    ["list", ListType],
    ["memoryview", MemoryViewType],
    ["object", ObjectType],
    ["property", PropertyType],
    ["range", RangeType],
    ["set", SetType],
    ["slice", SliceType],
    ["staticmethod", StaticMethodType],
    ["str", StrType],
    ["super", SuperType],
    ["tuple", TupleType],
    ["type", TypeType],
  ];
  for (const [n, t] of types) d.setStr(n, t);
  for (const [n, t] of Object.entries(iteratorBuiltins)) d.setStr(n, t);
  for (const [n, t] of Object.entries(builtinExceptions)) d.setStr(n, t);
  d.setStr("EnvironmentError", builtinExceptions.OSError);
  d.setStr("IOError", builtinExceptions.OSError);

  fn("__build_class__", buildClass);
  const imp = builtinFunction(
    "__import__",
    (args, kw) => {
      const [name, globals, , fromlist, level] = parseArgs(
        "__import__",
        args,
        kw,
        ["name", "globals", "locals", "fromlist", "level"],
        1,
      );
      if (typeof name !== "string") throw typeError(`__import__() argument 1 must be str, not ${typeName(name)}`);
      return importModuleLevel(
        name,
        globals instanceof PyDict ? globals : null,
        fromlist ?? None,
        typeof level === "number" ? level : 0,
      );
    },
    m,
  );
  d.setStr("__import__", imp);
  setBuiltinImport(imp);

  fn("abs", (args, kw) => {
    checkArity("abs", args, kw, 1, 1);
    const x = args[0];
    if (typeof x === "number") return Math.abs(x);
    const r = callSpecial(x, "__abs__", []);
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(x)}'`);
    return r;
  });
  fn("all", (args, kw) => {
    checkArity("all", args, kw, 1, 1);
    const it = getIter(args[0]);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return true;
      if (!isTrue(x)) return false;
    }
  });
  fn("any", (args, kw) => {
    checkArity("any", args, kw, 1, 1);
    const it = getIter(args[0]);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return false;
      if (isTrue(x)) return true;
    }
  });
  fn("ascii", (args, kw) => {
    checkArity("ascii", args, kw, 1, 1);
    return asciiOf(args[0]);
  });
  fn("bin", (args, kw) => {
    checkArity("bin", args, kw, 1, 1);
    return format(index(args[0]), "#b");
  });
  fn("oct", (args, kw) => {
    checkArity("oct", args, kw, 1, 1);
    return format(index(args[0]), "#o");
  });
  fn("hex", (args, kw) => {
    checkArity("hex", args, kw, 1, 1);
    return format(index(args[0]), "#x");
  });
  fn("callable", (args, kw) => {
    checkArity("callable", args, kw, 1, 1);
    const o = args[0];
    if (o instanceof PyType || o instanceof PyFunction) return true;
    return typeOf(o).lookup("__call__") !== undefined;
  });
  fn("chr", (args, kw) => {
    checkArity("chr", args, kw, 1, 1);
    const i = index(args[0]);
    if (typeof i !== "number" || i < 0 || i > 0x10ffff) {
      if (typeof i === "bigint")
        throw newException(builtinExceptions.OverflowError, "Python int too large to convert to C int");
      throw valueError("chr() arg not in range(0x110000)");
    }
    return String.fromCodePoint(i);
  });
  fn("ord", (args, kw) => {
    checkArity("ord", args, kw, 1, 1);
    const s = args[0];
    if (typeof s === "string") {
      const cp = s.codePointAt(0);
      const n = cp === undefined ? 0 : cp > 0xffff ? (s.length === 2 ? 1 : s.length) : s.length;
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${len(s)} found`);
      return cp!;
    }
    if (typeOf(s) === BytesType || typeOf(s) === ByteArrayType) {
      const data: Uint8Array = s.data;
      const n = s.length ?? data.length;
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
      return data[0]!;
    }
    throw typeError(`ord() expected string of length 1, but ${typeName(s)} found`);
  });
  fn("delattr", (args, kw) => {
    checkArity("delattr", args, kw, 2, 2);
    delAttr(args[0], attrNameArg("delattr", args[1]));
    return None;
  });
  fn("getattr", (args, kw) => {
    checkArity("getattr", args, kw, 2, 3);
    const name = attrNameArg("getattr", args[1]);
    if (args.length === 3) {
      const v = getAttrOrUndefined(args[0], name);
      return v === undefined ? args[2] : v;
    }
    return getAttr(args[0], name);
  });
  fn("hasattr", (args, kw) => {
    checkArity("hasattr", args, kw, 2, 2);
    return getAttrOrUndefined(args[0], attrNameArg("hasattr", args[1])) !== undefined;
  });
  fn("setattr", (args, kw) => {
    checkArity("setattr", args, kw, 3, 3);
    setAttr(args[0], attrNameArg("setattr", args[1]), args[2]);
    return None;
  });
  fn("dir", (args, kw) => {
    checkArity("dir", args, kw, 0, 1);
    if (args.length === 0) {
      const f = mainThread.current!;
      const locals = f.locals ?? frameLocalsHook.locals(f);
      const keys = locals instanceof PyDict ? locals.keyList() : toArray(call(getAttr(locals, "keys"), []));
      return sortedList(keys);
    }
    const r = callSpecial(args[0], "__dir__", []);
    return sortedList(toArray(r));
  });
  fn("divmod", (args, kw) => {
    checkArity("divmod", args, kw, 2, 2);
    const [a, b] = args;
    const ta = typeOf(a);
    const tb = typeOf(b);
    const f = ta.lookup("__divmod__");
    if (f !== undefined) {
      const r = callSpecial(a, "__divmod__", [b]);
      if (r !== NotImplemented) return r;
    }
    if (tb !== ta) {
      const r = callSpecial(b, "__rdivmod__", [a]);
      if (r !== undefined && r !== NotImplemented) return r;
    }
    throw typeError(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
  });
  fn("format", (args, kw) => {
    checkArity("format", args, kw, 1, 2);
    const spec = args.length > 1 ? args[1] : "";
    if (typeof spec !== "string") throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    return format(args[0], spec);
  });
  fn("globals", () => mainThread.current!.globals);
  fn("locals", () => {
    const f = mainThread.current!;
    if (f.locals !== null) return f.locals;
    return frameLocalsHook.locals(f);
  });
  fn("vars", (args, kw) => {
    checkArity("vars", args, kw, 0, 1);
    if (args.length === 0) {
      const f = mainThread.current!;
      return f.locals ?? frameLocalsHook.locals(f);
    }
    const v = getAttrOrUndefined(args[0], "__dict__");
    if (v === undefined) throw typeError("vars() argument must have __dict__ attribute");
    return v;
  });
  fn("hash", (args, kw) => {
    checkArity("hash", args, kw, 1, 1);
    return hash(args[0]);
  });
  fn("id", (args, kw) => {
    checkArity("id", args, kw, 1, 1);
    return objectId(args[0]);
  });
  fn("input", (args, kw) => {
    checkArity("input", args, kw, 0, 1);
    if (args.length > 0) {
      stdout.write(str(args[0]));
    }
    stdout.flush();
    const line = stdin.readline();
    if (line === "") throw newException(EOFError, "EOF when reading a line");
    return line.endsWith("\n") ? line.slice(0, -1) : line;
  });
  fn("isinstance", (args, kw) => {
    checkArity("isinstance", args, kw, 2, 2);
    return isInstance(args[0], args[1]);
  });
  fn("issubclass", (args, kw) => {
    checkArity("issubclass", args, kw, 2, 2);
    return isSubclass(args[0], args[1]);
  });
  fn("iter", (args, kw) => {
    checkArity("iter", args, kw, 1, 2);
    if (args.length === 1) return getIter(args[0]);
    return callableIterHook.make(args[0], args[1]);
  });
  fn("aiter", (args, kw) => {
    checkArity("aiter", args, kw, 1, 1);
    return call(getAttr(args[0], "__aiter__"), []);
  });
  fn("anext", (args, kw) => {
    checkArity("anext", args, kw, 1, 2);
    const ai = args[0];
    const f = typeOf(ai).lookup("__anext__");
    if (f === undefined) throw typeError(`'${typeName(ai)}' object is not an async iterator`);
    const aw = call(getAttr(ai, "__anext__"), []);
    if (args.length === 1) return aw;
    return anextDefaultHook.make(aw, args[1]);
  });
  fn("len", (args, kw) => {
    checkArity("len", args, kw, 1, 1);
    return lenInt(args[0]);
  });
  fn("max", (args, kw) => minMax("max", args, kw, PY_GT));
  fn("min", (args, kw) => minMax("min", args, kw, PY_LT));
  fn("next", (args, kw) => {
    checkArity("next", args, kw, 1, 2);
    const it = args[0];
    if (typeOf(it).lookup("__next__") === undefined) {
      throw typeError(`'${typeName(it)}' object is not an iterator`);
    }
    const v = iterNext(it);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    const val = it.nextValue !== undefined ? mainThread.stopIterationValue : undefined;
    const e = new PyBaseException(StopIteration, val === undefined || val === None ? [] : [val]);
    e.value = val === undefined ? None : val;
    throw e;
  });
  fn("pow", (args, kw) => {
    const [base, exp, mod] = parseArgs("pow", args, kw, ["base", "exp", "mod"], 2);
    if (mod === undefined || mod === None) return binaryOp(base, exp, NB_POWER);
    // Ternary pow reaches float's nb_power (CPython's ternary_op), which refuses a modulus.
    if ([base, exp, mod].some((x) => typeOf(x).isSubtype(FloatType))) {
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    }
    const r = callSpecial(base, "__pow__", [exp, mod]);
    if (r === undefined || r === NotImplemented) {
      throw typeError(
        `unsupported operand type(s) for ** or pow(): '${typeName(base)}', '${typeName(exp)}', '${typeName(mod)}'`,
      );
    }
    return r;
  });
  fn("print", (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    let sep: PyObject = " ";
    let end: PyObject = "\n";
    let file: PyObject = None;
    let flush: PyObject = false;
    for (let i = 0; i < nkw; i++) {
      const k = kw![i];
      const v = args[npos + i];
      if (k === "sep") sep = v;
      else if (k === "end") end = v;
      else if (k === "file") file = v;
      else if (k === "flush") flush = v;
      else throw typeError(`print() got an unexpected keyword argument '${k}'`);
    }
    if (sep === None) sep = " ";
    else if (typeof sep !== "string") throw typeError(`sep must be None or a string, not ${typeName(sep)}`);
    if (end === None) end = "\n";
    else if (typeof end !== "string") throw typeError(`end must be None or a string, not ${typeName(end)}`);
    if (file === None) {
      file = interp.modules.getStr("sys")?.dict.getStr("stdout") ?? stdout;
      if (file === None) return None;
    }
    let s = "";
    for (let i = 0; i < npos; i++) {
      if (i > 0) s += sep;
      const a = args[i];
      s += typeof a === "string" ? a : str(a);
    }
    s += end;
    if (file === stdout) {
      stdout.write(s);
      if (isTrue(flush)) stdout.flush();
    } else {
      call(getAttr(file, "write"), [s]);
      if (isTrue(flush)) call(getAttr(file, "flush"), []);
    }
    return None;
  });
  fn("repr", (args, kw) => {
    checkArity("repr", args, kw, 1, 1);
    return repr(args[0]);
  });
  fn("round", (args, kw) => {
    const [number, ndigits] = parseArgs("round", args, kw, ["number", "ndigits"], 1);
    const f = typeOf(number).lookup("__round__");
    if (f === undefined) throw typeError(`type ${typeName(number)} doesn't define __round__ method`);
    return ndigits === undefined || ndigits === None
      ? callSpecial(number, "__round__", [])
      : callSpecial(number, "__round__", [ndigits]);
  });
  fn("sorted", (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    if (npos !== 1) throw typeError(`sorted expected 1 argument, got ${npos}`);
    const l = new PyList(toArray(args[0]));
    call(getAttr(l, "sort"), args.slice(1), kw);
    return l;
  });
  fn("sum", (args, kw) => {
    const [iterable, start] = parseArgs("sum", args, kw, ["iterable", "start"], 1, 1);
    let acc: PyObject = start === undefined ? 0 : start;
    if (typeof acc === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (typeOf(acc) === BytesType) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (typeOf(acc) === ByteArrayType) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    const it = getIter(iterable);
    // Floats: Neumaier compensated summation, as CPython 3.12+.
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return acc;
      if (typeof acc === "number" && typeof x === "number") {
        const r = acc + x;
        acc = Number.isSafeInteger(r) ? r : binaryOp(acc, x, NB_ADD);
        continue;
      }
      if (acc instanceof PyFloat && acc.type === FloatType && x instanceof PyFloat && x.type === FloatType) {
        let s = acc.value;
        let c = 0;
        let y: PyObject = x;
        for (;;) {
          const v = y.value;
          const t = s + v;
          if (Math.abs(s) >= Math.abs(v)) c += s - t + v;
          else c += v - t + s;
          s = t;
          y = iterNext(it);
          if (y === undefined) return new PyFloat(c !== 0 && Number.isFinite(c) ? s + c : s);
          if (!(y instanceof PyFloat && y.type === FloatType) && typeof y !== "number") {
            acc = new PyFloat(c !== 0 && Number.isFinite(c) ? s + c : s);
            acc = binaryOp(acc, y, NB_ADD);
            break;
          }
          if (typeof y === "number") y = new PyFloat(y);
        }
        continue;
      }
      acc = binaryOp(acc, x, NB_ADD);
    }
  });
  fn("open", (args, kw) => openHook.open(args, kw));
  fn("exec", (args, kw) => {
    const [source, globals, locals] = parseArgs("exec", args, kw, ["source", "globals", "locals", "closure"], 1, 1);
    runSource("exec", source, globals, locals);
    return None;
  });
  fn("eval", (args, kw) => {
    const [source, globals, locals] = parseArgs("eval", args, kw, ["source", "globals", "locals"], 1, 1);
    return runSource("eval", source, globals, locals);
  });
  fn("compile", (args, kw) => {
    const [source, filename, mode, flags, dontInherit, optimize] = parseArgs(
      "compile",
      args,
      kw,
      ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
      3,
    );
    void dontInherit;
    void optimize;
    if (mode !== "exec" && mode !== "eval" && mode !== "single") {
      throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
    }
    const src = sourceText("compile", source);
    const fname = typeof filename === "string" ? filename : str(filename);
    const f = typeof flags === "number" ? flags : 0;
    if (f & 0x400) return compileToAstHook.toAst(src, fname, mode);
    return interp.compile(src, fname, mode, f);
  });
  fn("breakpoint", () => None);
  fn("help", () => None);
  d.setStr("copyright", "Copyright (c) tpython authors.");
  d.setStr("credits", "Thanks to the CPython developers.");
  return m;
}

function attrNameArg(fname: string, n: PyObject): string {
  if (typeof n === "string") return n;
  if (fname === "getattr" || fname === "hasattr" || fname === "setattr" || fname === "delattr") {
    throw typeError(`attribute name must be string, not '${typeName(n)}'`);
  }
  throw typeError(`${fname}(): attribute name must be string`);
}

function sortedList(keys: PyObject[]): PyList {
  const l = new PyList(keys.slice());
  call(getAttr(l, "sort"), []);
  return l;
}

export const frameLocalsHook: { locals: (f: Frame) => PyObject } = {
  locals: (f) => {
    const d = new PyDict();
    const code = f.code;
    for (let i = 0; i < code.co_nlocalsplus; i++) {
      let v = f.localsplus[i];
      if (v instanceof PyCell) v = v.contents;
      if (v !== undefined && v !== null) d.setStr(code.co_localsplusnames[i]!, v);
    }
    return d;
  },
};

/** anext(it, default): an awaitable returning `default` on StopAsyncIteration (set by the async support). */
export const anextDefaultHook: { make: (aw: PyObject, dflt: PyObject) => PyObject } = {
  make: () => {
    throw typeError("anext() with a default is not supported yet");
  },
};

export const callableIterHook: { make: (f: PyObject, sentinel: PyObject) => PyObject } = {
  make: (f, sentinel) => makeCallableIter(f, sentinel),
};
export const openHook: { open: (args: PyObject[], kw: string[] | null) => PyObject } = {
  open: () => {
    throw typeError("open() is not supported yet");
  },
};
export const compileToAstHook: { toAst: (src: string | Uint8Array, fname: string, mode: string) => PyObject } = {
  toAst: () => {
    throw typeError("compile() to AST is not supported yet");
  },
};

function sourceText(fname: string, source: PyObject): string | Uint8Array {
  if (typeof source === "string") return source;
  if (typeOf(source) === BytesType || typeOf(source) === ByteArrayType) return source.data;
  throw typeError(`${fname}() arg 1 must be a string, bytes or AST object`);
}

function runSource(mode: "exec" | "eval", source: PyObject, globals: PyObject, locals: PyObject): PyObject {
  const caller = mainThread.current;
  let g: PyDict;
  if (globals === undefined || globals === None) {
    g = caller!.globals;
    if (locals === undefined || locals === None) {
      locals = caller!.locals ?? frameLocalsHook.locals(caller!);
    }
  } else {
    if (!(globals instanceof PyDict)) {
      throw typeError(`${mode}() globals must be a dict, not ${typeName(globals)}`);
    }
    g = globals;
    if (locals === undefined || locals === None) locals = g;
  }
  let code: PyObject;
  if (source instanceof PyCode) code = source;
  else {
    let src = sourceText(mode, source);
    if (mode === "eval" && typeof src === "string") src = src.replace(/^[ \t]+/, "");
    code = interp.compile(src, "<string>", mode);
  }
  if (g.getStr("__builtins__") === undefined) g.setStr("__builtins__", interp.modules.getStr("builtins")!);
  const frame = new Frame(code, null, g, builtinsFromGlobals(g), locals);
  mainThread.depth++;
  return runFrame(mainThread, frame);
}

/** The builtins namespace code run with `globals` sees (CPython's _PyEval_BuiltinsFromGlobals). */
export function builtinsFromGlobals(g: PyDict): PyObject {
  const b = g.getStr("__builtins__");
  if (b === undefined) return interp.builtins;
  if (b instanceof PyModule) return b.dict;
  return b;
}

export function isInstance(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(o);
    if (t === cls || t.isSubtype(cls)) return true;
    if (cls.type === TypeType) {
      // __class__ may differ from type(o) (proxies)
      const c = getAttrOrUndefined(o, "__class__");
      return c instanceof PyType && c !== t && c.isSubtype(cls);
    }
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(o, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup("__instancecheck__");
  if (check !== undefined) return isTrue(call(getAttr(cls, "__instancecheck__"), [o]));
  throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

export function isSubclass(c: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && cls.type === TypeType) {
    if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return c.isSubtype(cls);
  }
  if (cls instanceof PyTuple) {
    for (const x of cls.items) if (isSubclass(c, x)) return true;
    return false;
  }
  const check = typeOf(cls).lookup("__subclasscheck__");
  if (check !== undefined) return isTrue(call(getAttr(cls, "__subclasscheck__"), [c]));
  throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

function minMax(name: string, args: PyObject[], kw: string[] | null, op: number): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let key: PyObject = None;
  let dflt: PyObject;
  for (let i = 0; i < nkw; i++) {
    if (kw![i] === "key") key = args[npos + i];
    else if (kw![i] === "default") dflt = args[npos + i];
    else throw typeError(`${name}() got an unexpected keyword argument '${kw![i]}'`);
  }
  let items: PyObject[];
  if (npos === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (npos === 1) items = toArray(args[0]);
  else {
    if (dflt !== undefined) {
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    items = args.slice(0, npos);
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(`${name}() iterable argument is empty`);
  }
  let best = items[0];
  let bestKey = key === None ? best : call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : call(key, [x]);
    const r = richCompare(k, bestKey, op);
    if (typeof r === "boolean" ? r : isTrue(r)) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

/** `ascii(o)`: repr with non-ASCII characters escaped. */
export function asciiOf(o: PyObject): string {
  const r = repr(o);
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

/** `__build_class__(func, name, *bases, metaclass=..., **kwds)` (CPython's builtin___build_class__). */
function buildClass(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) throw typeError("__build_class__: not enough arguments");
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  if (typeof name !== "string") throw typeError("__build_class__: name is not a string");
  const origBases = args.slice(2, npos);
  // PEP 560: __mro_entries__
  const bases: PyObject[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = getAttrOrUndefined(b, "__mro_entries__");
    if (me === undefined) {
      bases.push(b);
      continue;
    }
    const r = call(me, [new PyTuple(origBases)]);
    if (!(r instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
    bases.push(...r.items);
    changed = true;
  }
  let meta: PyObject;
  const kwNames: string[] = [];
  const kwValues: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === "metaclass") meta = args[npos + i];
    else {
      kwNames.push(kwnames![i]!);
      kwValues.push(args[npos + i]);
    }
  }
  let isClass = false;
  if (meta === undefined) {
    meta = bases.length === 0 ? TypeType : typeOf(bases[0]);
    isClass = true;
  } else isClass = meta instanceof PyType;
  if (isClass) {
    // Most derived metaclass
    let winner = meta as PyType;
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
    meta = winner;
  }
  const basesTuple = new PyTuple(bases);
  let ns: PyObject;
  const prep = getAttrOrUndefined(meta, "__prepare__");
  if (prep === undefined) ns = new PyDict();
  else ns = call(prep, [name, basesTuple, ...kwValues], kwNames.length > 0 ? kwNames : null);
  if (!(ns instanceof PyDict) && typeOf(ns).lookup("__getitem__") === undefined) {
    throw typeError(
      `${isClass ? (meta as PyType).name : "<metaclass>"}.__prepare__() must return a mapping, not ${typeName(ns)}`,
    );
  }
  // Run the class body with `ns` as its locals.
  const frame = new Frame(func.code, func, func.globals, func.builtins, ns);
  mainThread.depth++;
  const cell = runFrame(mainThread, frame);
  if (changed) call(getAttr(ns, "__setitem__"), ["__orig_bases__", new PyTuple(origBases)]);
  const cls = call(meta, [name, basesTuple, ns, ...kwValues], kwNames.length > 0 ? kwNames : null);
  if (cls instanceof PyType && cell instanceof PyCell) {
    if (cell.contents !== cls) {
      if (cell.contents === undefined) {
        throw newException(
          builtinExceptions.RuntimeError,
          `__class__ not set defining '${name}' as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`,
        );
      }
      throw typeError(`__class__ set to ${repr(cell.contents)} defining '${name}' as ${repr(cls)}`);
    }
  }
  return cls;
}

export { addressOf, createClass, strRepr, typeFullName, execCode, ValueError };
