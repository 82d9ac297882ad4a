// The values an AST `Constant` (or `MatchSingleton`) can hold, and their repr.

import { bytesRepr, PyBytes } from "./bytes.js";
import { complexRepr, PyComplex } from "./complex.js";
import { floatRepr, PyFloat } from "./float.js";
import { Ellipsis, None, type PyEllipsisType, type PyNoneType } from "./singletons.js";
import { codePointStrRepr, PyCodePointStr, strRepr } from "./str.js";

/**
 * A constant as the parser produces it: int (`number` holding an integer within ±(2^53−1), never -0,
 * else `bigint`), float, complex, str, bytes, bool, None or Ellipsis.
 */
export type PyConstant =
  | number
  | bigint
  | PyFloat
  | PyComplex
  | string
  | PyCodePointStr
  | PyBytes
  | boolean
  | PyNoneType
  | PyEllipsisType;

/** `repr(int)` for an int in our representation. */
export function intRepr(v: number | bigint): string {
  // String(-0) is "0" already; ints within ±(2^53−1) never use exponent notation.
  return typeof v === "number" ? String(v) : v.toString();
}

/** `repr(v)` exactly as CPython 3.13. */
export function constantRepr(v: PyConstant): string {
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "number":
    case "bigint":
      return intRepr(v);
    case "boolean":
      return v ? "True" : "False";
    default:
      if (v instanceof PyFloat) return floatRepr(v.value);
      if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
      if (v instanceof PyBytes) return bytesRepr(v.data);
      if (v instanceof PyCodePointStr) return codePointStrRepr(v);
      if (v === None) return "None";
      if (v === Ellipsis) return "Ellipsis";
      throw new TypeError("constantRepr: not a constant: " + String(v));
  }
}
