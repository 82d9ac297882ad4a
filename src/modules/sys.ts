// The `sys` module (the parts the VM and the CLI need; the rest of issue 5 grows here).

import {
  builtinFunction,
  defGetSet,
  defMethod,
  newBuiltinType,
  None,
  TupleType,
  typeOf,
} from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import {
  newException,
  PyBaseException,
  RecursionError,
  SystemExit,
  typeError,
  ValueError,
} from "../objects/exceptions.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple, PyTupleSub } from "../objects/tuple.js";
import { PyFloat } from "../objects/float.js";
import type { PyType } from "../objects/type.js";
import { repr, typeName } from "../vm/abstract.js";
import { interp } from "../vm/interp.js";
import { mainThread } from "../vm/thread.js";
import { stderr, stdin, stdout } from "./io_streams.js";
import { getIntMaxStrDigits, setIntMaxStrDigits } from "../objects/int.js";
import { parseArgs } from "../objects/args.js";

/** A struct sequence type (CPython's PyStructSequence): a tuple subclass with named fields. */
export function structSeqType(name: string, module: string, fields: string[]): PyType {
  const t = newBuiltinType(name, TupleType, 0, module);
  t.qualname = name;
  fields.forEach((f, i) => {
    defGetSet(t, f, (self: PyTuple) => self.items[i]);
  });
  defMethod(t, "__repr__", (self: PyTuple) => {
    const parts = fields.map((f, i) => `${f}=${repr(self.items[i])}`);
    return `${module === "builtins" ? "" : module + "."}${name}(${parts.join(", ")})`;
  });
  t.dict.set("n_fields", fields.length);
  t.dict.set("n_sequence_fields", fields.length);
  t.dict.set("_fields", new PyTuple(fields));
  return t;
}

export function structSeq(t: PyType, values: PyObject[]): PyTuple {
  return new PyTupleSub(values, t);
}

export const VERSION = "3.13.0 (tpython 0.1.0) [Node.js]";

export function makeSysModule(argv: string[], xoptions: Record<string, string | true>): PyModule {
  const m = new PyModule(
    "sys",
    "This module provides access to some objects used or maintained by the\nPython interpreter and to functions that interact strongly with the interpreter.",
  );
  const d = m.dict;
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) =>
    d.setStr(name, builtinFunction(name, f, m));
  d.setStr("argv", new PyList(argv.slice()));
  d.setStr("orig_argv", new PyList(argv.slice()));
  d.setStr("path", interp.path);
  d.setStr("modules", interp.modules);
  d.setStr("stdin", stdin);
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("__stdin__", stdin);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  d.setStr("version", VERSION);
  const vi = structSeqType("version_info", "sys", ["major", "minor", "micro", "releaselevel", "serial"]);
  d.setStr("version_info", structSeq(vi, [3, 13, 0, "final", 0]));
  d.setStr("hexversion", 0x30d00f0);
  d.setStr("api_version", 1013);
  d.setStr("platform", process.platform === "win32" ? "win32" : process.platform);
  d.setStr("byteorder", "little");
  d.setStr("maxsize", 9223372036854775807n);
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("executable", process.argv[1] ?? "tpython");
  d.setStr("prefix", "/usr/local");
  d.setStr("base_prefix", "/usr/local");
  d.setStr("exec_prefix", "/usr/local");
  d.setStr("copyright", "Copyright (c) tpython authors. Python is Copyright (c) Python Software Foundation.");
  d.setStr("dont_write_bytecode", true);
  d.setStr("pycache_prefix", None);
  d.setStr("builtin_module_names", new PyTuple([...interp.nativeModules.keys()].sort()));
  d.setStr("stdlib_module_names", new PyTuple([]));
  const xo = new PyDict();
  for (const [k, v] of Object.entries(xoptions)) xo.setStr(k, v);
  d.setStr("_xoptions", xo);
  d.setStr("warnoptions", new PyList([]));
  const impl = new PyDict();
  // sys.implementation is a SimpleNamespace in CPython; a module-like object with attributes suffices here.
  const implMod = new PyModule("implementation");
  implMod.dict.setStr("name", "tpython");
  implMod.dict.setStr("cache_tag", None);
  implMod.dict.setStr("version", structSeq(vi, [0, 1, 0, "alpha", 0]));
  implMod.dict.setStr("hexversion", 0x000100a0);
  implMod.dict.setStr("_multiarch", "x86_64-linux-gnu");
  void impl;
  d.setStr("implementation", implMod);
  const fi = structSeqType("float_info", "sys", [
    "max",
    "max_exp",
    "max_10_exp",
    "min",
    "min_exp",
    "min_10_exp",
    "dig",
    "mant_dig",
    "epsilon",
    "radix",
    "rounds",
  ]);
  d.setStr(
    "float_info",
    structSeq(fi, [
      new PyFloat(Number.MAX_VALUE),
      1024,
      308,
      new PyFloat(2.2250738585072014e-308),
      -1021,
      -307,
      15,
      53,
      new PyFloat(Number.EPSILON),
      2,
      1,
    ]),
  );
  const ii = structSeqType("int_info", "sys", [
    "bits_per_digit",
    "sizeof_digit",
    "default_max_str_digits",
    "str_digits_check_threshold",
  ]);
  d.setStr("int_info", structSeq(ii, [30, 4, 4300, 640]));
  const hi = structSeqType("hash_info", "sys", [
    "width",
    "modulus",
    "inf",
    "nan",
    "imag",
    "algorithm",
    "hash_bits",
    "seed_bits",
    "cutoff",
  ]);
  d.setStr("hash_info", structSeq(hi, [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]));
  const flagsT = structSeqType("flags", "sys", [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
  ]);
  d.setStr("flags", structSeq(flagsT, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 1, 0, false, -1]));

  fn("exit", (args) => {
    const e = new PyBaseException(SystemExit, args.length > 0 ? [args[0]] : []);
    e.code = args.length > 0 ? args[0] : None;
    throw e;
  });
  fn("getrecursionlimit", () => mainThread.recursionLimit);
  fn("setrecursionlimit", (args) => {
    const n = args[0];
    if (typeof n !== "number") throw typeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    if (n < 1) throw newException(ValueError, "recursion limit must be greater or equal than 1");
    if (n <= mainThread.depth) {
      throw newException(
        RecursionError,
        `cannot set the recursion limit to ${n} at the recursion depth ${mainThread.depth}: the limit is too low`,
      );
    }
    mainThread.recursionLimit = n;
    return None;
  });
  fn("exc_info", () => {
    const e = mainThread.exc_info;
    if (e === null || e === None) return new PyTuple([None, None, None]);
    return new PyTuple([typeOf(e), e, e.traceback]);
  });
  fn("exception", () => {
    const e = mainThread.exc_info;
    return e === null ? None : e;
  });
  fn("intern", (args) => {
    if (typeof args[0] !== "string") throw typeError(`intern() argument must be str, not ${typeName(args[0])}`);
    return args[0];
  });
  fn("getsizeof", (args) => sizeOf(args[0]));
  fn("getdefaultencoding", () => "utf-8");
  fn("get_int_max_str_digits", () => getIntMaxStrDigits());
  fn("set_int_max_str_digits", (args, kw) => {
    const [maxdigits] = parseArgs("set_int_max_str_digits", args, kw, ["maxdigits"], 1);
    setIntMaxStrDigits(maxdigits);
    return None;
  });
  fn("getfilesystemencoding", () => "utf-8");
  fn("getfilesystemencodeerrors", () => "surrogateescape");
  fn("is_finalizing", () => false);
  fn("getrefcount", () => 2);
  fn("audit", () => None);
  fn("addaudithook", () => None);
  return m;
}

function sizeOf(o: PyObject): number {
  switch (typeof o) {
    case "number":
      return o === 0 ? 24 : 28;
    case "bigint":
      return 24 + 4 * Math.ceil(o.toString(2).length / 30);
    case "string":
      return 41 + o.length;
    case "boolean":
      return 28;
  }
  if (o instanceof PyTuple) return 40 + 8 * o.items.length;
  if (o instanceof PyList) return 56 + 8 * o.items.length;
  return 56;
}
