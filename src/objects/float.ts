// Python `float` values and their repr.
//
// A Python float is a `PyFloat` box around a JS number (see docs/DESIGN.md, "Values"): `1` and `1.0`
// must stay different values, so floats are never bare JS numbers.

import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export class PyFloat {
  /** Set on the prototype to `float` (src/objects/builtin_types.ts); own property for subclass instances. */
  declare type: PyType;
  constructor(public value: number) {}
}

/**
 * An instance of a subclass of float (`class F(float)`): a PyFloat with its own type and instance
 * __dict__ (a PyDict, or null until first needed). Every float method accepts it as `self`.
 */
export class PyFloatSub extends PyFloat {
  dict: PyObject = null;
  /** Values of __slots__ members (by PyType.slotIndex), or null. */
  slots: PyObject[] | null;
  constructor(value: number, type: PyType) {
    super(value);
    Object.defineProperty(this, "type", { value: type, writable: true, enumerable: false });
    const n = type.slotIndex === null ? 0 : type.slotIndex.size;
    this.slots = n > 0 ? new Array(n).fill(undefined) : null;
  }
}

/**
 * Splits a finite, non-zero, positive number into its shortest round-trip decimal digits (no leading or
 * trailing zeros) and `decpt`, the position of the decimal point relative to the first digit
 * (value = 0.DIGITS × 10^decpt), like `_Py_dg_dtoa` in mode 0.
 */
export function shortestDigits(ax: number): { digits: string; decpt: number } {
  // Number::toString yields the shortest digit string that round-trips (closest one on ties), as
  // CPython's dtoa mode 0 does; only its layout differs, so take it apart.
  let s = String(ax);
  let exp = 0;
  const e = s.indexOf("e");
  if (e >= 0) {
    exp = Number(s.slice(e + 1));
    s = s.slice(0, e);
  }
  const dot = s.indexOf(".");
  let digits: string;
  let decpt: number;
  if (dot >= 0) {
    digits = s.slice(0, dot) + s.slice(dot + 1);
    decpt = dot + exp;
  } else {
    digits = s;
    decpt = s.length + exp;
  }
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48 /* 0 */) start++;
  let end = digits.length;
  while (end > start + 1 && digits.charCodeAt(end - 1) === 48) end--;
  return { digits: digits.slice(start, end), decpt: decpt - start };
}

/**
 * CPython's `PyOS_double_to_string(x, 'r', 0, flags)`: shortest round-trip digits, exponent notation
 * when the decimal exponent is < -4 or >= 16.
 * - `addDot0` (Py_DTSF_ADD_DOT_0): an integral value in positional notation gets ".0" (`repr(1.0)`).
 * - `alwaysSign` (Py_DTSF_SIGN): non-negative values get "+" (used for the imaginary part of a complex).
 * NaN never gets a sign, whatever its sign bit (CPython does the same).
 */
export function formatFloatRepr(x: number, addDot0: boolean, alwaysSign: boolean): string {
  if (Number.isNaN(x)) return alwaysSign ? "+nan" : "nan";
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  const sign = negative ? "-" : alwaysSign ? "+" : "";
  if (x === Infinity || x === -Infinity) return sign + "inf";
  if (x === 0) return sign + (addDot0 ? "0.0" : "0");
  const { digits, decpt } = shortestDigits(negative ? -x : x);
  const exp10 = decpt - 1;
  if (exp10 < -4 || exp10 >= 16) {
    const mantissa = digits.length === 1 ? digits : digits[0] + "." + digits.slice(1);
    const a = exp10 < 0 ? -exp10 : exp10;
    return sign + mantissa + (exp10 < 0 ? "e-" : "e+") + (a < 10 ? "0" + a : String(a));
  }
  if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
  if (decpt >= digits.length) return sign + digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  return sign + digits.slice(0, decpt) + "." + digits.slice(decpt);
}

/** `repr(float)` exactly as CPython: `1.0`, `0.1`, `1e+16`, `1e-05`, `inf`, `-inf`, `nan`, `-0.0`. */
export function floatRepr(x: number): string {
  return formatFloatRepr(x, true, false);
}
