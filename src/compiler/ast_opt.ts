// CPython 3.13's AST optimizer (Python/ast_opt.c): constant folding of unary and binary operations on
// constants (with CPython's size limits), tuples of constants, constant subscripts, list/set displays
// iterated by `for` or tested by `in`, `__debug__`, and %-formatting with a tuple turned into an f-string.
// The tree is changed in place (fields are reassigned); folded expressions keep their positions.

import * as A from "../generated/ast.js";
import { PyBytes } from "../objects/bytes.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import type { PyObject } from "../objects/object.js";
import { frozenSetConstant, PyFrozenSet } from "../objects/set.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { codePointsOf, PyCodePointStr, strFromCodePoints } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { type BinOpName, foldBinOp, foldSubscript, foldUnaryOp, type UnaryOpName } from "./constfold.js";
import { CO_FUTURE_ANNOTATIONS } from "./constants.js";

export function kindName(n: A.AST): string {
  return (n.constructor as unknown as A.NodeClass)._name;
}

/** Python equality between two constants, as a set would see it (1 == 1.0 == True). */
export function constEqual(a: PyObject, b: PyObject): boolean {
  const na = numericValue(a);
  const nb = numericValue(b);
  if (na !== undefined && nb !== undefined) {
    if (typeof na === "object" || typeof nb === "object") {
      const ca = typeof na === "object" ? na : { re: na, im: 0 };
      const cb = typeof nb === "object" ? nb : { re: nb, im: 0 };
      return Number(ca.re) === Number(cb.re) && ca.im === cb.im;
    }
    if (typeof na === "bigint" || typeof nb === "bigint") {
      if (typeof na === "number" && !Number.isInteger(na)) return false;
      if (typeof nb === "number" && !Number.isInteger(nb)) return false;
      try {
        return BigInt(na) === BigInt(nb);
      } catch {
        return false;
      }
    }
    return na === nb;
  }
  if (typeof a === "string" || a instanceof PyCodePointStr) {
    if (!(typeof b === "string" || b instanceof PyCodePointStr)) return false;
    if (typeof a === "string" && typeof b === "string") return a === b;
    const x = codePointsOf(a);
    const y = codePointsOf(b);
    return x.length === y.length && x.every((c, i) => c === y[i]);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.data.length === b.data.length && a.data.every((c, i) => c === b.data[i]);
  }
  if (a instanceof PyTuple && b instanceof PyTuple) {
    return a.items.length === b.items.length && a.items.every((c, i) => constEqual(c, b.items[i]));
  }
  if (a instanceof PyFrozenSet && b instanceof PyFrozenSet) {
    return a.items.length === b.items.length && a.items.every((c) => b.items.some((d) => constEqual(c, d)));
  }
  return a === b;
}

function numericValue(v: PyObject): number | bigint | { re: number; im: number } | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyComplex) return { re: v.real, im: v.imag };
  return undefined;
}

export function makeFrozenSet(items: PyObject[]): PyFrozenSet {
  const out: PyObject[] = [];
  for (const it of items) if (!out.some((o) => constEqual(o, it))) out.push(it);
  return frozenSetConstant(out);
}

function isConst(e: A.expr | null): e is A.Constant {
  return e instanceof A.Constant;
}

function mkConst(node: A.expr, value: PyObject): A.Constant {
  return new A.Constant(value, null, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

function hasStarred(elts: A.expr[]): boolean {
  return elts.some((e) => e instanceof A.Starred);
}

function makeConstTuple(elts: A.expr[]): PyTuple | undefined {
  const items: PyObject[] = [];
  for (const e of elts) {
    if (!isConst(e)) return undefined;
    items.push(e.value);
  }
  return new PyTuple(items);
}

interface OptState {
  optimize: number;
  futureAnnotations: boolean;
}

/** Optimizes `mod` in place, as `_PyAST_Optimize` does. */
export function optimizeAst(mod: A.mod, optimize: number, features: number): void {
  const st: OptState = { optimize, futureAnnotations: (features & CO_FUTURE_ANNOTATIONS) !== 0 };
  visitFields(mod, st);
}

const SKIP_IF_FUTURE: Record<string, string> = {
  AnnAssign: "annotation",
  arg: "annotation",
  FunctionDef: "returns",
  AsyncFunctionDef: "returns",
};

function visitFields(node: A.AST, st: OptState): void {
  const cls = node.constructor as unknown as A.NodeClass;
  const skip = st.futureAnnotations ? SKIP_IF_FUTURE[cls._name] : undefined;
  const rec = node as unknown as Record<string, unknown>;
  for (const f of cls._fields) {
    if (f === skip) continue;
    const v = rec[f];
    if (v instanceof A.AST) {
      if (v instanceof A.expr) rec[f] = optExpr(v, st);
      else visitFields(v, st);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x instanceof A.expr) v[i] = optExpr(x, st);
        else if (x instanceof A.AST) visitFields(x, st);
      }
    }
  }
  if (node instanceof A.For) node.iter = foldIter(node.iter);
  else if (node instanceof A.comprehension) node.iter = foldIter(node.iter);
}

function optExpr(node: A.expr, st: OptState): A.expr {
  visitFields(node, st);
  if (node instanceof A.BinOp) return foldBinop(node);
  if (node instanceof A.UnaryOp) {
    if (isConst(node.operand)) {
      const r = foldUnaryOp(kindName(node.op) as UnaryOpName, node.operand.value);
      if (r !== undefined) return mkConst(node, r);
    }
    return node;
  }
  if (node instanceof A.Tuple) {
    if (node.ctx !== A.LOAD) return node;
    const t = makeConstTuple(node.elts);
    return t ? mkConst(node, t) : node;
  }
  if (node instanceof A.Subscript) {
    if (node.ctx === A.LOAD && isConst(node.value) && isConst(node.slice)) {
      const r = foldSubscript(node.value.value, node.slice.value);
      if (r !== undefined) return mkConst(node, r);
    }
    return node;
  }
  if (node instanceof A.Compare) {
    const n = node.ops.length;
    const last = node.ops[n - 1]!;
    if (last === A.IN || last === A.NOT_IN) {
      node.comparators[n - 1] = foldIter(node.comparators[n - 1]!);
    }
    return node;
  }
  if (node instanceof A.Name) {
    if (node.ctx === A.LOAD && node.id === "__debug__") return mkConst(node, st.optimize === 0);
    return node;
  }
  return node;
}

function foldIter(arg: A.expr): A.expr {
  if (arg instanceof A.List) {
    if (hasStarred(arg.elts)) return arg;
    const t = new A.Tuple(arg.elts, arg.ctx, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
    const c = makeConstTuple(arg.elts);
    return c ? mkConst(arg, c) : t;
  }
  if (arg instanceof A.Set) {
    const c = makeConstTuple(arg.elts);
    return c ? mkConst(arg, makeFrozenSet(c.items)) : arg;
  }
  return arg;
}

function foldBinop(node: A.BinOp): A.expr {
  const lhs = node.left;
  const rhs = node.right;
  if (!isConst(lhs)) return node;
  const lv = lhs.value;
  if (
    node.op === A.MOD &&
    rhs instanceof A.Tuple &&
    (typeof lv === "string" || lv instanceof PyCodePointStr) &&
    !hasStarred(rhs.elts)
  ) {
    return optimizeFormat(node, lv, rhs.elts) ?? node;
  }
  if (!isConst(rhs)) return node;
  const r = foldBinOp(kindName(node.op) as BinOpName, lv, rhs.value);
  return r === undefined ? node : mkConst(node, r);
}

// ---- '%s' % (a,) -> f'{a!s}' (optimize_format) ----

const MAXDIGITS = 3;

function noLocConst(value: PyObject): A.Constant {
  return new A.Constant(value, null, -1, -1, -1, -1);
}

function optimizeFormat(node: A.BinOp, fmt: string | PyCodePointStr, elts: A.expr[]): A.expr | null {
  const cps = codePointsOf(fmt);
  const size = cps.length;
  let pos = 0;
  let cnt = 0;
  const seq: A.expr[] = [];
  for (;;) {
    // parse_literal
    const start = pos;
    let hasPercents = false;
    while (pos < size) {
      if (cps[pos] !== 37) pos++;
      else if (pos + 1 < size && cps[pos + 1] === 37) {
        hasPercents = true;
        pos += 2;
      } else break;
    }
    if (pos !== start) {
      let piece = cps.slice(start, pos);
      if (hasPercents) {
        const out: number[] = [];
        for (let i = 0; i < piece.length; i++) {
          out.push(piece[i]!);
          if (piece[i] === 37 && piece[i + 1] === 37) i++;
        }
        piece = out;
      }
      seq.push(noLocConst(strFromCodePoints(piece)));
    }
    if (pos >= size) break;
    if (cnt >= elts.length) return null; // more format units than items
    pos++; // '%'
    const r = parseFormat(cps, pos, elts[cnt]!);
    cnt++;
    if (!r) return null;
    pos = r.pos;
    seq.push(r.expr);
  }
  if (cnt < elts.length) return null;
  return new A.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

function parseFormat(cps: number[], pos: number, arg: A.expr): { pos: number; expr: A.expr } | null {
  const len = cps.length;
  let ch = 0;
  const next = (): boolean => {
    if (pos >= len) return false;
    ch = cps[pos++]!;
    return true;
  };
  let flagsLjust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === 45) {
      flagsLjust = true;
      continue;
    }
    if (ch === 43 || ch === 32 || ch === 35 || ch === 48) continue;
    break;
  }
  let width = -1;
  let prec = -1;
  if (ch >= 48 && ch <= 57) {
    width = 0;
    let digits = 0;
    while (ch >= 48 && ch <= 57) {
      width = width * 10 + (ch - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === 46) {
    if (!next()) return null;
    prec = 0;
    if (ch >= 48 && ch <= 57) {
      let digits = 0;
      while (ch >= 48 && ch <= 57) {
        prec = prec * 10 + (ch - 48);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  const spec = ch;
  if (spec !== 115 && spec !== 114 && spec !== 97) return null; // s r a
  let buf = "";
  if (!flagsLjust && width > 0) buf += ">";
  if (width >= 0) buf += String(width);
  if (prec >= 0) buf += "." + String(prec);
  const formatSpec = buf ? noLocConst(buf) : null;
  return {
    pos,
    expr: new A.FormattedValue(arg, spec, formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset),
  };
}

export { Ellipsis, None };
