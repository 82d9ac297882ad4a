// The instruction sequence the code generator emits (CPython's _PyInstructionSequence): instructions with
// source locations, and labels placed between them. Jumps and block pushes name a label.

import { PyBytes } from "../objects/bytes.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import type { PyObject } from "../objects/object.js";
import { PyFrozenSet } from "../objects/set.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { codePointsOf, PyCodePointStr } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { PyCode } from "../objects/code.js";

export class Loc {
  constructor(
    public lineno: number,
    public end_lineno: number,
    public col_offset: number,
    public end_col_offset: number,
  ) {}
}

export const NO_LOCATION = new Loc(-1, -1, -1, -1);

export function locOf(n: {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}): Loc {
  return new Loc(n.lineno, n.end_lineno ?? n.lineno, n.col_offset, n.end_col_offset ?? n.col_offset);
}

export class Label {
  constructor(public id: number) {}
}

export class SeqInstr {
  constructor(
    public opcode: number,
    public oparg: number,
    public loc: Loc,
    public target: Label | null,
  ) {}
}

export type SeqItem = SeqInstr | Label;

// ---- constant keys (_PyCode_ConstantKey) ----

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function floatBits(x: number): string {
  f64[0] = x;
  return u32[0]!.toString(16) + ":" + u32[1]!.toString(16);
}

/** A string that is equal for two constants exactly when CPython's _PyCode_ConstantKey would be. */
export function constKey(v: PyObject): string {
  if (v === None) return "N";
  if (v === Ellipsis) return "E";
  switch (typeof v) {
    case "boolean":
      return v ? "T" : "F";
    case "number":
    case "bigint":
      return "i" + String(v);
    case "string":
      return "s" + v;
  }
  if (v instanceof PyFloat) {
    // 0.0 and -0.0 are distinct; NaNs compare by identity in CPython (different NaN objects differ).
    return "f" + floatBits(v.value);
  }
  if (v instanceof PyComplex) return "c" + floatBits(v.real) + "," + floatBits(v.imag);
  // Code points joined explicitly: String.fromCodePoint would pair the surrogates into another str's key.
  if (v instanceof PyCodePointStr) return "S" + codePointsOf(v).join(",");
  if (v instanceof PyBytes) return "b" + Array.from(v.data).join(",");
  if (v instanceof PyTuple) return "t(" + v.items.map(constKey).join("|") + ")";
  if (v instanceof PyFrozenSet) return "z{" + v.items.map(constKey).sort().join("|") + "}";
  if (v instanceof PyCode) return "o" + codeId(v);
  return "?" + String(v);
}

const codeIds = new WeakMap<object, number>();
let nextCodeId = 1;
function codeId(o: object): number {
  let id = codeIds.get(o);
  if (id === undefined) {
    id = nextCodeId++;
    codeIds.set(o, id);
  }
  return id;
}
