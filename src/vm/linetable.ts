// Decoding CPython's location table (co_linetable, Objects/locations.md): for each code unit, its
// line, end line, column and end column (columns are UTF-8 byte offsets; -1 when unknown).

import type { PyCode } from "../objects/code.js";

export interface Positions {
  line: Int32Array;
  endLine: Int32Array;
  col: Int32Array;
  endCol: Int32Array;
}

const cache = new WeakMap<PyCode, Positions>();

export function positionsOf(code: PyCode): Positions {
  let p = cache.get(code);
  if (p !== undefined) return p;
  const n = code.co_code.length;
  p = {
    line: new Int32Array(n).fill(-1),
    endLine: new Int32Array(n).fill(-1),
    col: new Int32Array(n).fill(-1),
    endCol: new Int32Array(n).fill(-1),
  };
  const t = code.co_linetable;
  let i = 0;
  let unit = 0;
  let line = code.co_firstlineno;
  const varint = (): number => {
    let b = t[i++]!;
    let v = b & 63;
    let shift = 6;
    while (b & 64) {
      b = t[i++]!;
      v |= (b & 63) << shift;
      shift += 6;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >> 1) : v >> 1;
  };
  while (i < t.length) {
    const first = t[i++]!;
    const code4 = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l = line;
    let el = line;
    let c = -1;
    let ec = -1;
    if (code4 < 10) {
      const second = t[i++]!;
      c = code4 * 8 + ((second >> 4) & 7);
      ec = c + (second & 15);
    } else if (code4 < 13) {
      line += code4 - 10;
      l = el = line;
      c = t[i++]!;
      ec = t[i++]!;
    } else if (code4 === 13) {
      line += svarint();
      l = el = line;
    } else if (code4 === 14) {
      line += svarint();
      l = line;
      el = line + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else {
      l = el = -1;
    }
    for (let k = 0; k < len && unit < n; k++, unit++) {
      p.line[unit] = l;
      p.endLine[unit] = el;
      p.col[unit] = c;
      p.endCol[unit] = ec;
    }
  }
  cache.set(code, p);
  return p;
}

/** The line of the instruction at code unit `lasti` (-1 if none), like PyCode_Addr2Line. */
export function lineOf(code: PyCode, lasti: number): number {
  if (lasti < 0) return code.co_firstlineno;
  const p = positionsOf(code);
  return lasti < p.line.length ? p.line[lasti]! : -1;
}
