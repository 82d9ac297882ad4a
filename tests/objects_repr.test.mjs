// repr of constants (float, complex, int, str, bytes, bool, None, Ellipsis) against CPython 3.13.
// Expected values: tests/data/repr_cases.json, written by tools/oracle/gen_repr_cases.py.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { bytesRepr, PyBytes } from "../dist/objects/bytes.js";
import { complexRepr, PyComplex } from "../dist/objects/complex.js";
import { floatRepr, PyFloat } from "../dist/objects/float.js";
import { constantRepr } from "../dist/objects/repr.js";
import { Ellipsis, None } from "../dist/objects/singletons.js";
import { strRepr } from "../dist/objects/str.js";

const cases = JSON.parse(readFileSync(new URL("./data/repr_cases.json", import.meta.url), "utf8"));

function fromBits(hex) {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

function fromHex(hex) {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Our int representation: a number within ±(2^53−1), else a bigint. */
function toInt(decimal) {
  const b = BigInt(decimal);
  return b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n ? Number(b) : b;
}

/** Collects mismatches so one run reports them all (up to a limit). */
function check(name, items, compute) {
  const failures = [];
  for (const item of items) {
    const { got, want, input } = compute(item);
    if (got !== want) failures.push(`${input}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  assert.equal(failures.length, 0, `${name}: ${failures.length} mismatches\n${failures.slice(0, 30).join("\n")}`);
}

test("float repr", () => {
  assert.ok(cases.float.length > 1000);
  check("float", cases.float, ([bits, want]) => {
    const x = fromBits(bits);
    return { got: floatRepr(x), want, input: bits };
  });
  check("float constant", cases.float, ([bits, want]) => ({
    got: constantRepr(new PyFloat(fromBits(bits))),
    want,
    input: bits,
  }));
});

test("float repr: documented edge cases", () => {
  const pairs = [
    [1e16, "1e+16"],
    [1e-5, "1e-05"],
    [1.5e300, "1.5e+300"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
    [-0, "-0.0"],
    [100, "100.0"],
    [0.0001, "0.0001"],
    [5e-324, "5e-324"],
    [1e15, "1000000000000000.0"],
    [2 ** 53, "9007199254740992.0"],
  ];
  for (const [x, want] of pairs) assert.equal(floatRepr(x), want);
});

test("complex repr", () => {
  check("complex", cases.complex, ([re, im, want]) => ({
    got: complexRepr(fromBits(re), fromBits(im)),
    want,
    input: `${re} ${im}`,
  }));
  check("complex constant", cases.complex, ([re, im, want]) => ({
    got: constantRepr(new PyComplex(fromBits(re), fromBits(im))),
    want,
    input: `${re} ${im}`,
  }));
  assert.equal(complexRepr(0, 1), "1j");
  assert.equal(complexRepr(-0, -1), "(-0-1j)");
});

test("int repr", () => {
  check("int", cases.int, ([decimal, want]) => ({ got: constantRepr(toInt(decimal)), want, input: decimal }));
});

test("str repr", () => {
  assert.ok(cases.str.length > 10000);
  check("str", cases.str, ([cps, want]) => {
    const s = String.fromCodePoint(...cps);
    return { got: strRepr(s), want, input: cps.map((c) => c.toString(16)).join(" ") };
  });
  check("str constant", cases.str.slice(0, 500), ([cps, want]) => ({
    got: constantRepr(String.fromCodePoint(...cps)),
    want,
    input: cps.join(" "),
  }));
});

test("str repr: long strings", () => {
  const long = "a".repeat(100000) + "\n" + "é".repeat(100000) + "\u0000";
  assert.equal(strRepr(long), "'" + "a".repeat(100000) + "\\n" + "é".repeat(100000) + "\\x00'");
  assert.equal(strRepr("x".repeat(50000)), "'" + "x".repeat(50000) + "'");
});

test("bytes repr", () => {
  check("bytes", cases.bytes, ([hex, want]) => ({ got: bytesRepr(fromHex(hex)), want, input: hex }));
  check("bytes constant", cases.bytes, ([hex, want]) => ({
    got: constantRepr(new PyBytes(fromHex(hex))),
    want,
    input: hex,
  }));
  const big = new Uint8Array(200000).fill(0x41);
  assert.equal(bytesRepr(big), "b'" + "A".repeat(200000) + "'");
});

test("bool, None, Ellipsis repr", () => {
  const values = { None, Ellipsis, True: true, False: false };
  for (const [name, want] of cases.other) assert.equal(constantRepr(values[name]), want);
  assert.equal(String(None), "None");
  assert.equal(String(Ellipsis), "Ellipsis");
});
