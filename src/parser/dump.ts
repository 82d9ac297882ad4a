// `ast.dump` of CPython 3.13 (Lib/ast.py), producing the same text byte for byte.
//
// The algorithm is CPython's: for each field in `_fields` order, a missing value or a None in an optional
// field (`T?`, class default None) is skipped and switches to keyword form; unless `showEmpty`, None and
// [] values are skipped too (kept aside, for positional form, until a later field needs them), except in
// Constant and MatchSingleton; then, with `includeAttributes`, the attributes (a None in an optional one
// skipped). A node whose arguments are all "simple" (leaf values, empty lists, nodes without arguments)
// and at most 3 stays on one line; otherwise, with an indent, each argument goes on its own line.
//
// Unlike CPython, which builds each node's text from its children's texts, this writes every piece once
// into one output buffer: whether a child is simple is decided beforehand (`hasArgs`), so the layout of a
// node is known before its children are written. That keeps dumping linear in the output size.

import { AST, Constant, MatchSingleton, type NodeClass } from "../generated/ast.js";
import { constantRepr, type PyConstant } from "../objects/repr.js";
import { None } from "../objects/singletons.js";

export interface DumpOptions {
  /** Also dump `_attributes` (lineno, col_offset, end_lineno, end_col_offset). Default false. */
  includeAttributes?: boolean;
  /** null/undefined: one line. A number n: n spaces per level (n <= 0: none). A string: used as is. */
  indent?: number | string | null;
  /** Write `name=value` (default true); false writes values positionally where unambiguous. */
  annotateFields?: boolean;
  /** Also write None and [] values of fields (default false). */
  showEmpty?: boolean;
}

const FLUSH_AT = 8192;

class Dumper {
  private readonly chunks: string[] = [];
  private out: string[] = [];
  private readonly prefixes: string[] = [];
  private readonly seps: string[] = [];

  constructor(
    private readonly indent: string | null,
    private readonly annotate: boolean,
    private readonly attributes: boolean,
    private readonly showEmpty: boolean,
  ) {}

  result(): string {
    if (this.out.length > 0) this.chunks.push(this.out.join(""));
    return this.chunks.join("");
  }

  private push(s: string): void {
    const out = this.out;
    out.push(s);
    if (out.length >= FLUSH_AT) {
      this.chunks.push(out.join(""));
      this.out = [];
    }
  }

  /** "\n" + indent × level (only called when indenting). */
  private prefix(level: number): string {
    let p = this.prefixes[level];
    if (p === undefined) {
      p = "\n" + (this.indent as string).repeat(level);
      this.prefixes[level] = p;
    }
    return p;
  }

  private sep(level: number): string {
    if (this.indent === null) return ", ";
    let s = this.seps[level];
    if (s === undefined) {
      s = ",\n" + this.indent.repeat(level);
      this.seps[level] = s;
    }
    return s;
  }

  /** Whether dumping `node` would write at least one argument (else its dump is `Name()`, a simple value). */
  private hasArgs(node: AST): boolean {
    const cls = node.constructor as unknown as NodeClass;
    const fields = cls._fields;
    const optional = cls._field_optional;
    const keepEmpty = this.showEmpty || cls === Constant || cls === MatchSingleton;
    const record = node as unknown as Record<string, unknown>;
    for (let i = 0; i < fields.length; i++) {
      const v = record[fields[i]!];
      if (v === undefined) continue;
      const isNone = v === null || v === None;
      if (isNone && optional[i]) continue;
      if (!keepEmpty && (isNone || (Array.isArray(v) && v.length === 0))) continue;
      return true;
    }
    if (this.attributes) {
      const attrs = cls._attributes;
      const attrOptional = cls._attribute_optional;
      for (let i = 0; i < attrs.length; i++) {
        const v = record[attrs[i]!];
        if (v === undefined) continue;
        if ((v === null || v === None) && attrOptional[i]) continue;
        return true;
      }
    }
    return false;
  }

  private isSimple(v: unknown): boolean {
    if (v instanceof AST) return !this.hasArgs(v);
    if (Array.isArray(v)) return v.length === 0;
    return true;
  }

  node(node: AST, level: number): void {
    const cls = node.constructor as unknown as NodeClass;
    if (this.indent !== null) level++;
    const record = node as unknown as Record<string, unknown>;
    const names: (string | null)[] = []; // null: positional
    const values: unknown[] = [];
    let allSimple = true;
    let keywords = this.annotate;
    let buffer: unknown[] | null = null;
    const fields = cls._fields;
    const optional = cls._field_optional;
    const keepEmpty = this.showEmpty || cls === Constant || cls === MatchSingleton;
    for (let i = 0; i < fields.length; i++) {
      const name = fields[i]!;
      const v = record[name];
      if (v === undefined) {
        keywords = true;
        continue;
      }
      const isNone = v === null || v === None;
      if (isNone && optional[i]) {
        keywords = true;
        continue;
      }
      if (!keepEmpty && (isNone || (Array.isArray(v) && v.length === 0))) {
        if (buffer === null) buffer = [];
        buffer.push(v);
        continue;
      }
      if (!keywords && buffer !== null) {
        for (const b of buffer) {
          names.push(null);
          values.push(b);
        }
        buffer = null;
      }
      if (allSimple && !this.isSimple(v)) allSimple = false;
      names.push(keywords ? name : null);
      values.push(v);
    }
    if (this.attributes) {
      const attrs = cls._attributes;
      const attrOptional = cls._attribute_optional;
      for (let i = 0; i < attrs.length; i++) {
        const name = attrs[i]!;
        const v = record[name];
        if (v === undefined) continue;
        if ((v === null || v === None) && attrOptional[i]) continue;
        if (allSimple && !this.isSimple(v)) allSimple = false;
        names.push(name);
        values.push(v);
      }
    }
    const n = values.length;
    const oneLine = allSimple && n <= 3;
    const sep = oneLine ? ", " : this.sep(level);
    this.push(cls._name + "(");
    if (!oneLine && this.indent !== null) this.push(this.prefix(level));
    for (let i = 0; i < n; i++) {
      if (i > 0) this.push(sep);
      const name = names[i];
      if (name !== null) this.push(name + "=");
      this.value(values[i], level);
    }
    this.push(")");
  }

  private value(v: unknown, level: number): void {
    if (v instanceof AST) {
      this.node(v, level);
    } else if (Array.isArray(v)) {
      const n = v.length;
      if (n === 0) {
        this.push("[]");
        return;
      }
      if (this.indent !== null) level++;
      const sep = this.sep(level);
      this.push(this.indent !== null ? "[" + this.prefix(level) : "[");
      for (let i = 0; i < n; i++) {
        if (i > 0) this.push(sep);
        this.value(v[i], level);
      }
      this.push("]");
    } else if (v === null) {
      this.push("None");
    } else {
      this.push(constantRepr(v as PyConstant));
    }
  }
}

/** `ast.dump(node, annotate_fields, include_attributes, indent=..., show_empty=...)` of CPython 3.13. */
export function dump(node: AST, opts: DumpOptions = {}): string {
  if (!(node instanceof AST)) {
    const what = node === null || node === undefined ? "NoneType" : (node as object).constructor?.name;
    throw new TypeError(`expected AST, got '${what}'`);
  }
  let indent: string | null = null;
  const i = opts.indent;
  if (typeof i === "string") indent = i;
  else if (typeof i === "number") indent = i > 0 ? " ".repeat(i) : "";
  const d = new Dumper(indent, opts.annotateFields ?? true, opts.includeAttributes ?? false, opts.showEmpty ?? false);
  d.node(node, 0);
  return d.result();
}
