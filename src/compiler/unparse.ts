// Annotations as strings under `from __future__ import annotations` (CPython's Python/ast_unparse.c):
// the expression printed back with the minimal parentheses for its precedence.

import * as A from "../generated/ast.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import { constantRepr, type PyConstant } from "../objects/repr.js";
import { Ellipsis } from "../objects/singletons.js";
import { strRepr } from "../objects/str.js";

const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_BOR = 6;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Map<A.operator, [string, number]> = new Map([
  [A.ADD, [" + ", PR_ARITH]],
  [A.SUB, [" - ", PR_ARITH]],
  [A.MULT, [" * ", PR_TERM]],
  [A.MAT_MULT, [" @ ", PR_TERM]],
  [A.DIV, [" / ", PR_TERM]],
  [A.MOD, [" % ", PR_TERM]],
  [A.L_SHIFT, [" << ", PR_SHIFT]],
  [A.R_SHIFT, [" >> ", PR_SHIFT]],
  [A.BIT_OR, [" | ", PR_BOR]],
  [A.BIT_XOR, [" ^ ", PR_BXOR]],
  [A.BIT_AND, [" & ", PR_BAND]],
  [A.FLOOR_DIV, [" // ", PR_TERM]],
  [A.POW, [" ** ", PR_POWER]],
]);

const CMPOP: Map<A.cmpop, string> = new Map([
  [A.EQ, " == "],
  [A.NOT_EQ, " != "],
  [A.LT, " < "],
  [A.LT_E, " <= "],
  [A.GT, " > "],
  [A.GT_E, " >= "],
  [A.IS, " is "],
  [A.IS_NOT, " is not "],
  [A.IN, " in "],
  [A.NOT_IN, " not in "],
]);

export function unparseAnnotation(e: A.expr): string {
  return expr(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? "(" + s + ")" : s;
}

function constant(v: PyConstant, kind: string | null): string {
  if (v === Ellipsis) return "...";
  let r = constantRepr(v);
  if (v instanceof PyFloat || v instanceof PyComplex) r = r.replace(/inf/g, "1e309");
  return (kind === "u" ? "u" : "") + r;
}

function args(a: A.arguments_): string {
  const parts: string[] = [];
  const arg = (x: A.arg, d: A.expr | null) => {
    let s = x.arg;
    if (x.annotation) s += ": " + expr(x.annotation, PR_TEST);
    if (d) s += (x.annotation ? " = " : "=") + expr(d, PR_TEST);
    return s;
  };
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((x, i) => {
    parts.push(arg(x, i >= firstDefault ? a.defaults[i - firstDefault]! : null));
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push("/");
  });
  if (a.vararg || a.kwonlyargs.length) parts.push("*" + (a.vararg ? arg(a.vararg, null) : ""));
  for (let i = 0; i < a.kwonlyargs.length; i++) parts.push(arg(a.kwonlyargs[i]!, a.kw_defaults[i] ?? null));
  if (a.kwarg) parts.push("**" + arg(a.kwarg, null));
  return parts.join(", ");
}

function comprehensions(gens: A.comprehension[]): string {
  let s = "";
  for (const g of gens) {
    s += g.is_async ? " async for " : " for ";
    s += expr(g.target, PR_TUPLE);
    s += " in " + expr(g.iter, PR_TEST + 1);
    for (const i of g.ifs) s += " if " + expr(i, PR_TEST + 1);
  }
  return s;
}

function slice(e: A.expr): string {
  return expr(e, PR_TUPLE);
}

function fstringBody(values: A.expr[]): string {
  let body = "";
  for (const v of values) {
    if (v instanceof A.Constant && typeof v.value === "string") {
      body += v.value.replace(/\{/g, "{{").replace(/\}/g, "}}");
    } else if (v instanceof A.FormattedValue) {
      let inner = expr(v.value, PR_TEST + 1);
      if (inner.startsWith("{")) inner = " " + inner;
      body += "{" + inner;
      if (v.conversion !== -1) body += "!" + String.fromCharCode(v.conversion);
      if (v.format_spec) {
        const spec = v.format_spec instanceof A.JoinedStr ? fstringBody(v.format_spec.values) : "";
        body += ":" + spec;
      }
      body += "}";
    }
  }
  return body;
}

function expr(e: A.expr, level: number): string {
  if (e instanceof A.Name) return e.id;
  if (e instanceof A.Constant) return constant(e.value, e.kind);
  if (e instanceof A.Attribute) {
    const v = e.value;
    const dot = v instanceof A.Constant && (typeof v.value === "number" || typeof v.value === "bigint") ? " ." : ".";
    return expr(v, PR_ATOM) + dot + e.attr;
  }
  if (e instanceof A.Subscript) return expr(e.value, PR_ATOM) + "[" + slice(e.slice) + "]";
  if (e instanceof A.Call) {
    const parts: string[] = [];
    if (e.args.length === 1 && e.args[0] instanceof A.GeneratorExp && !e.keywords.length) {
      const g = e.args[0];
      return expr(e.func, PR_ATOM) + "(" + expr(g.elt, PR_TEST) + comprehensions(g.generators) + ")";
    }
    for (const a of e.args) parts.push(expr(a, PR_TEST));
    for (const k of e.keywords)
      parts.push(k.arg === null ? "**" + expr(k.value, PR_TEST) : `${k.arg}=${expr(k.value, PR_TEST)}`);
    return expr(e.func, PR_ATOM) + "(" + parts.join(", ") + ")";
  }
  if (e instanceof A.BinOp) {
    const [op, pr] = BINOP.get(e.op)!;
    const rassoc = e.op === A.POW ? 1 : 0;
    return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
  }
  if (e instanceof A.UnaryOp) {
    const pr = e.op === A.NOT ? PR_NOT : PR_FACTOR;
    const op = e.op === A.NOT ? "not " : e.op === A.INVERT ? "~" : e.op === A.U_ADD ? "+" : "-";
    return paren(level > pr, op + expr(e.operand, pr));
  }
  if (e instanceof A.BoolOp) {
    const pr = e.op === A.AND ? PR_AND : PR_OR;
    return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === A.AND ? " and " : " or "));
  }
  if (e instanceof A.Compare) {
    let s = expr(e.left, PR_CMP + 1);
    e.ops.forEach((op, i) => {
      s += CMPOP.get(op)! + expr(e.comparators[i]!, PR_CMP + 1);
    });
    return paren(level > PR_CMP, s);
  }
  if (e instanceof A.IfExp) {
    return paren(
      level > PR_TEST,
      expr(e.body, PR_TEST + 1) + " if " + expr(e.test, PR_TEST + 1) + " else " + expr(e.orelse, PR_TEST),
    );
  }
  if (e instanceof A.Lambda) {
    const a = args(e.args);
    return paren(level > PR_TEST, "lambda" + (a ? " " + a : "") + ": " + expr(e.body, PR_TEST));
  }
  if (e instanceof A.NamedExpr) {
    return paren(level > PR_TUPLE, expr(e.target, PR_ATOM) + " := " + expr(e.value, PR_ATOM));
  }
  if (e instanceof A.Await) return paren(level > PR_AWAIT, "await " + expr(e.value, PR_ATOM));
  if (e instanceof A.Yield) return e.value ? "(yield " + expr(e.value, PR_TEST) + ")" : "(yield)";
  if (e instanceof A.YieldFrom) return "(yield from " + expr(e.value, PR_TEST) + ")";
  if (e instanceof A.Starred) return "*" + expr(e.value, PR_BOR);
  if (e instanceof A.Tuple) {
    if (!e.elts.length) return "()";
    const items = e.elts.map((x) => expr(x, PR_TEST));
    return paren(level > PR_TUPLE, items.join(", ") + (items.length === 1 ? "," : ""));
  }
  if (e instanceof A.List) return "[" + e.elts.map((x) => expr(x, PR_TEST)).join(", ") + "]";
  if (e instanceof A.Set) return e.elts.length ? "{" + e.elts.map((x) => expr(x, PR_TEST)).join(", ") + "}" : "{*()}";
  if (e instanceof A.Dict) {
    const items = e.keys.map((k, i) =>
      k === null ? "**" + expr(e.values[i]!, PR_BOR) : expr(k, PR_TEST) + ": " + expr(e.values[i]!, PR_TEST),
    );
    return "{" + items.join(", ") + "}";
  }
  if (e instanceof A.ListComp) return "[" + expr(e.elt, PR_TEST) + comprehensions(e.generators) + "]";
  if (e instanceof A.SetComp) return "{" + expr(e.elt, PR_TEST) + comprehensions(e.generators) + "}";
  if (e instanceof A.DictComp) {
    return "{" + expr(e.key, PR_TEST) + ": " + expr(e.value, PR_TEST) + comprehensions(e.generators) + "}";
  }
  if (e instanceof A.GeneratorExp) return "(" + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ")";
  if (e instanceof A.Slice) {
    let s = (e.lower ? expr(e.lower, PR_TEST) : "") + ":" + (e.upper ? expr(e.upper, PR_TEST) : "");
    if (e.step) s += ":" + expr(e.step, PR_TEST);
    return s;
  }
  if (e instanceof A.JoinedStr) return "f" + strRepr(fstringBody(e.values));
  if (e instanceof A.FormattedValue) return "f" + strRepr(fstringBody([e]));
  return "";
}
