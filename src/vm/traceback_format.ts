// The report of an uncaught exception, exactly as CPython 3.13 prints it: CPython hands the exception
// to Lib/traceback.py (`_print_exception_bltin`), so this is a port of `TracebackException` and
// `StackSummary.format` rule by rule (colored as `_colorize` decides): chained exceptions, the stack with
// source lines and position markers (carets, and the `~`/`^` anchors of binary operators, subscripts and
// calls found by re-parsing the expression), "[Previous line repeated N more times]", exception groups
// drawn in boxes, notes, SyntaxError details and the "Did you mean" suggestions.
//
// Strings: Python indexes strings by code point and its str methods (strip, isspace, splitlines) have
// their own character sets, so lines are handled as arrays of code points (`Chars`) where it matters.

import { readFileSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { isatty } from "node:tty";
import { isEastAsianWide } from "../generated/east_asian_wide.js";
import { STDLIB_MODULE_NAMES } from "../generated/stdlib_module_names.js";
import { Assign, BinOp, Call, Expr, type expr, type mod, Module, Name, Return, Subscript } from "../generated/ast.js";
import { None } from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import { groupExceptions, isExceptionGroup } from "../objects/exception_group.js";
import { AttributeError, ImportError, NameError, PyBaseException, SyntaxError } from "../objects/exceptions.js";
import { PyCell } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyCodePointStr, PyStrSubclass } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { parse } from "../parser/index.js";
import { lookupCodec } from "../parser/source.js";
import { call, callSpecial, getAttrOrUndefined, isTrue, repr, str as pyStr, toArray } from "./abstract.js";
import type { PyTraceback } from "./errors.js";
import type { Frame } from "./frame.js";
import { interp } from "./interp.js";
import { positionsOf } from "./linetable.js";
import { suggestName } from "./suggestions.js";

// ---------------------------------------------------------------------------------------------------
// Python string helpers

type Chars = string[];

const chars = (s: string): Chars => Array.from(s);

/** str.isspace() of one character. */
function isSpace(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

function lstripChars(c: Chars): Chars {
  let i = 0;
  while (i < c.length && isSpace(c[i]!)) i++;
  return i === 0 ? c : c.slice(i);
}
function rstripChars(c: Chars): Chars {
  let j = c.length;
  while (j > 0 && isSpace(c[j - 1]!)) j--;
  return j === c.length ? c : c.slice(0, j);
}
const rstrip = (s: string): string => rstripChars(chars(s)).join("");
const strip = (s: string): string => lstripChars(rstripChars(chars(s))).join("");
const isBlank = (s: string): boolean => strip(s) === "";
/** len() of a str. */
const pyLen = (s: string): number => chars(s).length;

/** Characters at which str.splitlines() breaks ("\r\n" counts as one break). */
function isLineBreak(ch: string): boolean {
  switch (ch) {
    case "\n":
    case "\r":
    case "\x0b":
    case "\x0c":
    case "\x1c":
    case "\x1d":
    case "\x1e":
    case "\x85":
    case "\u2028":
    case "\u2029":
      return true;
    default:
      return false;
  }
}

/** str.splitlines(keepends). */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const ch = s[i]!;
    if (isLineBreak(ch)) {
      let end = i + 1;
      if (ch === "\r" && s[end] === "\n") end++;
      out.push(s.slice(start, keepends ? end : i));
      start = i = end;
    } else i++;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}

/** textwrap.dedent. */
function dedent(text: string): string {
  const lines = text.split("\n").map((l) => (/^[ \t]+$/.test(l) ? "" : l));
  let margin: string | null = null;
  for (const line of lines) {
    const m = /^[ \t]*/.exec(line)![0];
    if (m.length === line.length) continue; // no non-whitespace character on this line
    if (margin === null) margin = m;
    else if (m.startsWith(margin)) {
      // deeper: keep the margin
    } else if (margin.startsWith(m)) margin = m;
    else {
      let i = 0;
      while (i < margin.length && i < m.length && margin[i] === m[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) {
    const mg = margin;
    return lines.map((l) => (l.startsWith(mg) ? l.slice(mg.length) : l)).join("\n");
  }
  return lines.join("\n");
}

/** textwrap.indent(text, prefix, predicate): `all` prefixes every line, else those not all whitespace. */
function indent(text: string, prefix: string, all: boolean): string {
  let out = "";
  for (const line of splitlines(text, true)) {
    if (all || !chars(line).every(isSpace)) out += prefix;
    out += line;
  }
  return out;
}

/** The JS text of a Python str value (a PyCodePointStr or a str subclass instance included). */
function jsText(s: PyObject): string {
  if (s instanceof PyStrSubclass) s = s.value;
  if (s instanceof PyCodePointStr) return String.fromCodePoint(...s.codePoints);
  return s as string;
}

function isStrObject(v: PyObject): boolean {
  return typeof v === "string" || v instanceof PyCodePointStr || v instanceof PyStrSubclass;
}

/** `_safe_string(value, what, func)`: str()/repr() of a value, or "<what func() failed>". */
function safeString(value: PyObject, what: string, func: "str" | "repr" = "str"): string {
  try {
    return jsText(func === "str" ? pyStr(value) : repr(value));
  } catch {
    return `<${what} ${func}() failed>`;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** `_byte_offset_to_character_offset`: characters in the first `offset` UTF-8 bytes of `s`. */
function byteToCharOffset(s: string, offset: number): number {
  const bytes = encoder.encode(s);
  const end = offset < 0 ? Math.max(0, bytes.length + offset) : Math.min(offset, bytes.length);
  return chars(decoder.decode(bytes.subarray(0, end))).length;
}

/** `_display_width`: columns taken by the first `offset` characters (wide East Asian ones count 2). */
function displayWidth(line: string, offset?: number): number {
  const c = chars(line);
  const n = offset === undefined ? c.length : offset;
  if (/^[\x00-\x7f]*$/.test(line)) return n;
  let w = 0;
  for (const ch of c.slice(0, Math.max(0, n))) w += isEastAsianWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

// ---------------------------------------------------------------------------------------------------
// Colors (Lib/_colorize.py)

const BOLD_MAGENTA = "\x1b[1;35m";
const BOLD_RED = "\x1b[1;31m";
const MAGENTA = "\x1b[35m";
const RED = "\x1b[31m";
const RESET = "\x1b[0m";

/** `_colorize.can_colorize()` for stderr. */
export function canColorize(): boolean {
  let ignoreEnvironment = false;
  try {
    const sys = interp.modules.getStr("sys");
    const flags = sys instanceof PyModule ? sys.dict.getStr("flags") : undefined;
    if (flags !== undefined) ignoreEnvironment = isTrue(getAttrOrUndefined(flags, "ignore_environment") ?? false);
  } catch {
    ignoreEnvironment = false;
  }
  const env = process.env;
  if (!ignoreEnvironment) {
    if (env["PYTHON_COLORS"] === "0") return false;
    if (env["PYTHON_COLORS"] === "1") return true;
    if ("NO_COLOR" in env) return false;
    if ("FORCE_COLOR" in env) return true;
    if (env["TERM"] === "dumb") return false;
  }
  return isatty(2);
}

// ---------------------------------------------------------------------------------------------------
// linecache

interface CacheEntry {
  lines: string[];
  /** The file the lines were read from, with its size and mtime (null for registered sources). */
  fullname: string | null;
  size: number;
  mtime: number;
}

const lineCache = new Map<string, CacheEntry>();

/** Registers source text for a pseudo-file such as "<string>" (`-c` commands), as CPython does. */
export function registerSource(filename: string, text: string): void {
  const lines = splitlines(text).map((l) => `${l}\n`);
  lineCache.set(filename, { lines, fullname: null, size: 0, mtime: 0 });
}

/** linecache.checkcache: forgets a file whose size or modification time changed. */
function checkCache(filename: string): void {
  const e = lineCache.get(filename);
  if (e === undefined || e.fullname === null) return;
  try {
    const st = statSync(e.fullname);
    if (st.size === e.size && st.mtimeMs === e.mtime) return;
  } catch {}
  lineCache.delete(filename);
}

/** Where linecache finds a file: as named, or (relative names) in a directory of sys.path. */
function findSourceFile(filename: string): string | null {
  try {
    statSync(filename);
    return filename;
  } catch {}
  if (isAbsolute(filename)) return null;
  const sys = interp.modules.getStr("sys");
  const path = sys instanceof PyModule ? sys.dict.getStr("path") : undefined;
  if (!(path instanceof PyList)) return null;
  for (const dir of path.items) {
    if (!isStrObject(dir)) continue;
    const full = join(jsText(dir), filename);
    try {
      statSync(full);
      return full;
    } catch {}
  }
  return null;
}

/** Reads a source file as `tokenize.open` does (BOM, coding cookie, strict decoding), or null. */
function readSourceFile(filename: string): string | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(filename);
  } catch {
    return null;
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const cookie = codingCookie(bytes, start);
  try {
    if (cookie !== null && !/^utf[-_]?8([-_].*)?$/i.test(cookie)) {
      if (start > 0) return null;
      const codec = lookupCodec(cookie);
      return codec === null ? null : codec.decode(bytes, "strict");
    }
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return null;
  }
}

/** The PEP 263 encoding declared on line 1 or 2, or null. */
function codingCookie(bytes: Uint8Array, start: number): string | null {
  let pos = start;
  for (let lineNo = 0; lineNo < 2 && pos < bytes.length; lineNo++) {
    let end = bytes.indexOf(10, pos);
    if (end < 0) end = bytes.length;
    const line = String.fromCharCode(...bytes.subarray(pos, Math.min(end, pos + 200)));
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (m) return m[1]!;
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) return null;
    pos = end + 1;
  }
  return null;
}

/** linecache.getlines: the lines of a file (each ending in "\n"), [] when unavailable. */
export function getLines(filename: string): string[] {
  const cached = lineCache.get(filename);
  if (cached !== undefined) return cached.lines;
  if (filename === "" || (filename.startsWith("<") && filename.endsWith(">"))) return [];
  const fullname = findSourceFile(filename);
  if (fullname === null) return [];
  let st: { size: number; mtimeMs: number };
  try {
    st = statSync(fullname);
  } catch {
    return [];
  }
  const text = readSourceFile(fullname);
  if (text === null) return [];
  // readlines() in text mode: universal newlines.
  let lines = text.replace(/\r\n?/g, "\n").split(/(?<=\n)/);
  if (lines.length === 1 && lines[0] === "") lines = [];
  if (lines.length === 0) lines = ["\n"];
  else if (!lines[lines.length - 1]!.endsWith("\n")) lines[lines.length - 1] += "\n";
  lineCache.set(filename, { lines, fullname, size: st.size, mtime: st.mtimeMs });
  return lines;
}

/** linecache.getline. */
export function getLine(filename: string, lineno: number): string {
  const lines = getLines(filename);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1]! : "";
}

// ---------------------------------------------------------------------------------------------------
// FrameSummary / StackSummary

interface FrameSummary {
  filename: string;
  lineno: number | null;
  endLineno: number | null;
  colno: number | null;
  endColno: number | null;
  name: string;
  /** The source lines lineno..end_lineno, rstripped, joined by "\n" plus a final "\n" (or null). */
  lines: string | null;
  dedented: string | null;
}

function makeFrameSummary(
  filename: string,
  lineno: number | null,
  name: string,
  endLineno: number | null,
  colno: number | null,
  endColno: number | null,
): FrameSummary {
  const fs: FrameSummary = {
    filename,
    lineno,
    endLineno: endLineno === null ? lineno : endLineno,
    colno,
    endColno,
    name,
    lines: null,
    dedented: null,
  };
  if (fs.lineno !== null && fs.endLineno !== null) {
    const lines: string[] = [];
    for (let n = fs.lineno; n <= fs.endLineno; n++) lines.push(rstrip(getLine(filename, n)));
    fs.lines = `${lines.join("\n")}\n`;
    fs.dedented = dedent(fs.lines);
  }
  return fs;
}

/** FrameSummary.line: the first line, stripped. */
function firstLine(fs: FrameSummary): string | null {
  if (fs.lines === null) return null;
  const i = fs.lines.indexOf("\n");
  return strip(i < 0 ? fs.lines : fs.lines.slice(0, i));
}

/** sys.tracebacklimit as `_extract_from_extended_frame_gen` applies it for uncaught exceptions. */
function tracebackLimit(): number | null {
  const sys = interp.modules.getStr("sys");
  const d = sys instanceof PyModule ? sys.dict : null;
  const v = d === null ? undefined : d.getStr("tracebacklimit");
  if (v === undefined || v === None) return null;
  let n = typeof v === "boolean" ? Number(v) : typeof v === "bigint" ? Number(v) : v;
  // traceback.py fails on anything else (CPython then prints with its C fallback).
  if (typeof n !== "number") throw new AnchorError("sys.tracebacklimit");
  if (n < 0) n = 0;
  return n;
}

/** The stack of a traceback, oldest frame first (StackSummary._extract_from_extended_frame_gen). */
function extractStack(tb: PyObject): FrameSummary[] {
  const entries: PyTraceback[] = [];
  for (let t = tb; t !== None && t !== null && t !== undefined; t = (t as PyTraceback).next) {
    entries.push(t as PyTraceback);
  }
  let selected = entries;
  const limit = tracebackLimit();
  if (limit !== null) {
    // frame_gen[len(frame_gen) - limit:] with Python's slice rules
    let start = entries.length - limit;
    if (start < 0) start = Math.max(0, start + entries.length);
    selected = entries.slice(start);
  }
  for (const f of new Set(selected.map((e) => e.frame.code.co_filename))) checkCache(f);
  return selected.map((e) => {
    const code = e.frame.code;
    let lineno: number | null = null;
    let endLineno: number | null = null;
    let colno: number | null = null;
    let endColno: number | null = null;
    if (e.lasti >= 0) {
      const p = positionsOf(code);
      const i = e.lasti;
      if (i < p.line.length) {
        lineno = p.line[i]! < 0 ? null : p.line[i]!;
        endLineno = p.endLine[i]! < 0 ? null : p.endLine[i]!;
        colno = p.col[i]! < 0 ? null : p.col[i]!;
        endColno = p.endCol[i]! < 0 ? null : p.endCol[i]!;
      }
    }
    if (lineno === null) lineno = tbLineno(e);
    return makeFrameSummary(code.co_filename, lineno, code.co_name, endLineno, colno, endColno);
  });
}

/** tb_lineno (None when the instruction has no line). */
export function tbLineno(tb: PyTraceback): number | null {
  const code = tb.frame.code;
  if (tb.lasti < 0) return code.co_firstlineno;
  const p = positionsOf(code);
  const l = tb.lasti < p.line.length ? p.line[tb.lasti]! : -1;
  return l < 0 ? null : l;
}

interface Anchors {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primaryChar: string;
  secondaryChar: string;
}

class AnchorError extends Error {}

/**
 * `_extract_caret_anchors_from_line_segment`: for a binary operation, the operator; for a subscript or a
 * call, the brackets. `segment` is the source of the failing expression (possibly several lines).
 */
function extractAnchors(segment: string): Anchors | null {
  let tree: mod;
  try {
    tree = parse(`(\n${segment}\n)`, "<unknown>", "exec");
  } catch {
    return null;
  }
  if (!(tree instanceof Module)) return null;
  const body = tree.body;
  if (body.length !== 1) return null;
  const lines = splitlines(segment).map(chars);
  const lineText = (i: number): string => {
    if (i < 0 || i >= lines.length) throw new AnchorError("index");
    return lines[i]!.join("");
  };
  const normalize = (lineno: number, offset: number): number => byteToCharOffset(lineText(lineno), offset);
  const nextValidChar = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= lines[lineno]!.length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < lines[lineno]!.length)) throw new AnchorError("assert");
    return [lineno, col];
  };
  const increment = (lineno: number, col: number) => nextValidChar(lineno, col + 1);
  const nextline = (lineno: number) => nextValidChar(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[lineno]![col]!;
      if (ch === "\\" || ch === "#") [lineno, col] = nextline(lineno);
      else if (!stop(ch)) [lineno, col] = increment(lineno, col);
      else break;
    }
    return [lineno, col];
  };
  const setupPositions = (expr: expr, forceValid = true): [number, number] => {
    const lineno = (expr.end_lineno ?? 0) - 2;
    const col = normalize(lineno, expr.end_col_offset ?? 0);
    return forceValid ? nextValidChar(lineno, col) : [lineno, col];
  };
  const anchors = (a: number, b: number, c: number, d: number): Anchors => ({
    leftEndLineno: a,
    leftEndOffset: b,
    rightStartLineno: c,
    rightStartOffset: d,
    primaryChar: "~",
    secondaryChar: "^",
  });
  const statement = body[0]!;
  if (!(statement instanceof Expr)) return null;
  const e = statement.value;
  if (e instanceof BinOp) {
    let [lineno, col] = setupPositions(e.left);
    [lineno, col] = incrementUntil(lineno, col, (x) => !isSpace(x) && x !== ")");
    let rightCol = col + 1;
    const line = lines[lineno]!;
    if (
      rightCol < line.length &&
      (e.right.lineno - 2 > lineno || rightCol < normalize(e.right.lineno - 2, e.right.col_offset)) &&
      !isSpace(line[rightCol]!) &&
      line[rightCol] !== "\\" &&
      line[rightCol] !== "#"
    ) {
      rightCol++;
    }
    return anchors(lineno, col, lineno, rightCol);
  }
  if (e instanceof Subscript || e instanceof Call) {
    let [leftLineno, leftCol] = setupPositions(e instanceof Subscript ? e.value : e.func);
    const bracket = e instanceof Subscript ? "[" : "(";
    [leftLineno, leftCol] = incrementUntil(leftLineno, leftCol, (x) => x === bracket);
    const [rightLineno, rightCol] = setupPositions(e, false);
    return anchors(leftLineno, leftCol, rightLineno, rightCol);
  }
  return null;
}

/** StackSummary._should_show_carets. */
function shouldShowCarets(startOffset: number, endOffset: number, allLines: string[], anchors: Anchors | null) {
  let tree: mod | null = null;
  try {
    tree = parse(allLines.join("\n"), "<unknown>", "exec");
  } catch {
    tree = null;
  }
  if (tree instanceof Module) {
    const body = tree.body;
    if (body.length === 0) return false;
    const statement = body[0]!;
    let value: Call | null = null;
    if (statement instanceof Return) {
      const v = statement.value;
      if (v instanceof Call && v.func instanceof Name) value = v;
    } else if (statement instanceof Assign) {
      const v = statement.value;
      if (v instanceof Call && statement.targets.length === 1 && statement.targets[0] instanceof Name) value = v;
    }
    // CPython compares the AST's byte offsets with character offsets here.
    if (
      value !== null &&
      value.lineno === 1 &&
      value.end_lineno === allLines.length &&
      value.col_offset === startOffset &&
      value.end_col_offset === endOffset
    ) {
      return false;
    }
  }
  if (anchors !== null) return true;
  const first = chars(allLines[0]!);
  const last = chars(allLines[allLines.length - 1]!);
  return lstripChars(first.slice(0, startOffset)).length > 0 || rstripChars(last.slice(endOffset)).length > 0;
}

/** StackSummary.format_frame_summary. */
function formatFrameSummary(fs: FrameSummary, colorize: boolean): string {
  const row: string[] = [];
  const filename = fs.filename.startsWith("<stdin>-") ? "<stdin>" : fs.filename;
  const lineno = fs.lineno ?? "None";
  if (colorize) {
    row.push(
      `  File ${MAGENTA}"${filename}"${RESET}, line ${MAGENTA}${lineno}${RESET}, in ${MAGENTA}${fs.name}${RESET}\n`,
    );
  } else row.push(`  File "${filename}", line ${lineno}, in ${fs.name}\n`);
  const dedented = fs.dedented;
  if (dedented && !isBlank(dedented)) {
    if (fs.colno === null || fs.endColno === null) {
      row.push(`${indent(firstLine(fs)!, "    ", false)}\n`);
    } else {
      row.push(formatLinesWithCarets(fs, dedented, colorize));
    }
  }
  return row.join("");
}

function formatLinesWithCarets(fs: FrameSummary, dedented: string, colorize: boolean): string {
  const lineno = fs.lineno!;
  const endLineno = fs.endLineno!;
  const allLinesOriginal = splitlines(fs.lines!);
  const firstLineText = allLinesOriginal[0]!;
  const lastLineText = allLinesOriginal[endLineno - lineno];
  if (lastLineText === undefined) throw new AnchorError("lines");
  let startOffset = byteToCharOffset(firstLineText, fs.colno!);
  let endOffset = byteToCharOffset(lastLineText, fs.endColno!);
  const allLines = splitlines(dedented).slice(0, endLineno - lineno + 1);
  const dedentCharacters = pyLen(firstLineText) - pyLen(allLines[0]!);
  startOffset = Math.max(0, startOffset - dedentCharacters);
  endOffset = Math.max(0, endOffset - dedentCharacters);
  const dpStartOffset = displayWidth(allLines[0]!, startOffset);
  const dpEndOffset = displayWidth(allLines[allLines.length - 1]!, endOffset);

  // The exact code segment of the instruction.
  const segChars = chars(allLines.join("\n"));
  const lastLen = pyLen(allLines[allLines.length - 1]!);
  const segment = pySlice(segChars, startOffset, segChars.length - (lastLen - endOffset)).join("");

  let anchors: Anchors | null = null;
  try {
    anchors = extractAnchors(segment);
  } catch {
    anchors = null;
  }
  const showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);

  const result: string[] = [];
  const significant = new Set<number>([0, allLines.length - 1]);
  let anchorsLeftEndOffset = 0;
  let anchorsRightStartOffset = 0;
  let primaryChar = "^";
  let secondaryChar = "^";
  if (anchors) {
    anchorsLeftEndOffset = anchors.leftEndOffset;
    anchorsRightStartOffset = anchors.rightStartOffset;
    if (anchors.leftEndLineno === 0) anchorsLeftEndOffset += startOffset;
    if (anchors.rightStartLineno === 0) anchorsRightStartOffset += startOffset;
    anchorsLeftEndOffset = displayWidth(pyIndex(allLines, anchors.leftEndLineno), anchorsLeftEndOffset);
    anchorsRightStartOffset = displayWidth(pyIndex(allLines, anchors.rightStartLineno), anchorsRightStartOffset);
    primaryChar = anchors.primaryChar;
    secondaryChar = anchors.secondaryChar;
    for (let i = anchors.leftEndLineno - 1; i < anchors.leftEndLineno + 2; i++) significant.add(i);
    for (let i = anchors.rightStartLineno - 1; i < anchors.rightStartLineno + 2; i++) significant.add(i);
  }
  significant.delete(-1);
  significant.delete(allLines.length);

  const outputLine = (ln: number): void => {
    const line = allLines[ln]!;
    result.push(`${line}\n`);
    if (!showCarets) return;
    const lc = chars(line);
    const numSpaces = lc.length - lstripChars(lc).length;
    const numCarets = ln === allLines.length - 1 ? dpEndOffset : displayWidth(line);
    const carets: string[] = [];
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (ln === 0 && col < dpStartOffset)) carets.push(" ");
      else if (
        anchors &&
        (ln > anchors.leftEndLineno || (ln === anchors.leftEndLineno && col >= anchorsLeftEndOffset)) &&
        (ln < anchors.rightStartLineno || (ln === anchors.rightStartLineno && col < anchorsRightStartOffset))
      ) {
        carets.push(secondaryChar);
      } else carets.push(primaryChar);
    }
    if (colorize) {
      // The line's characters paired with the caret columns (zip_longest), grouped by caret character.
      const lineChars = chars(result[result.length - 1]!);
      const n = Math.max(lineChars.length, carets.length);
      let coloredLine = "";
      let coloredCarets = "";
      for (let i = 0; i < n; ) {
        const key = carets[i] ?? "";
        let j = i;
        while (j < n && (carets[j] ?? "") === key) j++;
        const text = lineChars.slice(i, j).join("");
        const marks = carets.slice(i, j).join("");
        const color = key === "^" ? BOLD_RED : key === "~" ? RED : "";
        coloredLine += color ? `${color}${text}${RESET}` : text;
        coloredCarets += color ? `${color}${marks}${RESET}` : marks;
        i = j;
      }
      result[result.length - 1] = coloredLine;
      result.push(`${coloredCarets}\n`);
    } else result.push(`${carets.join("")}\n`);
  };

  const sig = [...significant].sort((a, b) => a - b);
  for (let i = 0; i < sig.length; i++) {
    const ln = sig[i]!;
    if (i > 0) {
      const diff = ln - sig[i - 1]!;
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(ln);
  }
  return indent(dedent(result.join("")), "    ", true);
}

/** seq[start:stop] with Python's handling of negative and out-of-range bounds. */
function pySlice<T>(seq: T[], start: number, stop: number): T[] {
  const n = seq.length;
  const norm = (i: number) => (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
  return seq.slice(norm(start), norm(stop));
}

/** seq[i] with Python's negative indices; IndexError becomes a JS error (the formatting fails). */
function pyIndex<T>(seq: T[], i: number): T {
  const j = i < 0 ? i + seq.length : i;
  if (j < 0 || j >= seq.length) throw new AnchorError("index");
  return seq[j]!;
}

const RECURSIVE_CUTOFF = 3;

/** StackSummary.format: the frames, with runs of the same frame and line collapsed. */
function formatStack(stack: FrameSummary[], colorize: boolean): string[] {
  const result: string[] = [];
  let lastFile: string | null = null;
  let lastLine: number | null | undefined;
  let lastName: string | null = null;
  let count = 0;
  const flush = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      result.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`);
    }
  };
  for (const fs of stack) {
    const formatted = formatFrameSummary(fs, colorize);
    if (
      lastFile === null ||
      lastFile !== fs.filename ||
      lastLine === null ||
      lastLine === undefined ||
      lastLine !== fs.lineno ||
      lastName === null ||
      lastName !== fs.name
    ) {
      flush();
      lastFile = fs.filename;
      lastLine = fs.lineno;
      lastName = fs.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    result.push(formatted);
  }
  flush();
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Suggestions ("Did you mean ...?")

function pyStrCompare(a: string, b: string): number {
  const ca = chars(a);
  const cb = chars(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]!.codePointAt(0)!;
    const y = cb[i]!.codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

/** dir(obj): __dir__ sorted. */
function dirOf(obj: PyObject): string[] {
  const r = callSpecial(obj, "__dir__", []);
  const names = toArray(r);
  if (!names.every(isStrObject)) throw new Error("dir() of non-str");
  return names.map(jsText).sort(pyStrCompare);
}

function lastFrame(tb: PyObject): Frame | null {
  if (tb === None || tb === null || tb === undefined) return null;
  let t = tb as PyTraceback;
  while (t.next !== None && t.next !== null && t.next !== undefined) t = t.next as PyTraceback;
  return t.frame;
}

/** The names of a frame's f_locals, in their order, and a lookup function. */
function frameLocals(frame: Frame): { keys: string[]; get: (k: string) => PyObject } {
  const locals = frame.locals;
  if (locals !== null && locals !== undefined) {
    if (locals instanceof PyDict) {
      return {
        keys: locals.keyList().filter(isStrObject).map(jsText),
        get: (k) => locals.getStr(k),
      };
    }
    const keys = toArray(call(getAttrOrUndefined(locals, "keys"), []))
      .filter(isStrObject)
      .map(jsText);
    return {
      keys,
      get: (k) => {
        try {
          return call(getAttrOrUndefined(locals, "__getitem__"), [k]);
        } catch {
          return undefined;
        }
      },
    };
  }
  const code = frame.code;
  const names = code.co_localsplusnames;
  const values = new Map<string, PyObject>();
  const keys: string[] = [];
  for (let i = 0; i < names.length; i++) {
    let v = frame.localsplus[i];
    if (v instanceof PyCell) v = v.contents;
    if (v === undefined || v === null) continue;
    if (!values.has(names[i]!)) keys.push(names[i]!);
    values.set(names[i]!, v);
  }
  return { keys, get: (k) => values.get(k) };
}

function dictKeys(d: PyObject): string[] {
  if (d instanceof PyDict) return d.keyList().filter(isStrObject).map(jsText);
  if (d instanceof PyModule) return dictKeys(d.dict);
  return [];
}

function hasAttr(o: PyObject, name: string): boolean {
  try {
    return getAttrOrUndefined(o, name) !== undefined;
  } catch {
    return false;
  }
}

/** traceback._compute_suggestion_error. */
function computeSuggestion(exc: PyBaseException, tb: PyObject, wrongName: PyObject): string | null {
  if (!isStrObject(wrongName)) return null;
  const wrong = jsText(wrongName);
  let d: string[];
  if (exc.type.isSubtype(AttributeError)) {
    const obj = exc.obj ?? None;
    try {
      d = dirOf(obj);
      let hideUnderscored = !wrong.startsWith("_");
      const frame = hideUnderscored ? lastFrame(tb) : null;
      if (frame !== null) {
        const locals = frameLocals(frame);
        if (locals.keys.includes("self") && locals.get("self") === obj) hideUnderscored = false;
      }
      if (hideUnderscored) d = d.filter((x) => !x.startsWith("_"));
    } catch {
      return null;
    }
  } else if (exc.type.isSubtype(ImportError)) {
    try {
      const imp = interp.builtins.getStr("__import__");
      const mod = call(imp, [exc.name ?? None]);
      d = dirOf(mod);
      if (!wrong.startsWith("_")) d = d.filter((x) => !x.startsWith("_"));
    } catch {
      return null;
    }
  } else {
    const frame = lastFrame(tb);
    if (frame === null) return null;
    const locals = frameLocals(frame);
    d = [...locals.keys, ...dictKeys(frame.globals), ...dictKeys(frame.builtins)];
    if (locals.keys.includes("self")) {
      const self = locals.get("self");
      if (self !== undefined && hasAttr(self, wrong)) return `self.${wrong}`;
    }
  }
  return suggestName(wrong, d);
}

// ---------------------------------------------------------------------------------------------------
// TracebackException

interface SyntaxInfo {
  filename: PyObject;
  lineno: string | null;
  endLineno: string | null;
  text: PyObject;
  offset: PyObject;
  endOffset: PyObject;
  msg: PyObject;
}

class TracebackException {
  stack: FrameSummary[];
  typeQualname: string;
  typeModule: PyObject;
  str: string;
  notes: PyObject;
  syntax: SyntaxInfo | null = null;
  suppressContext: boolean;
  cause: TracebackException | null = null;
  context: TracebackException | null = null;
  exceptions: TracebackException[] | null = null;
  maxGroupWidth = 15;
  maxGroupDepth = 10;

  constructor(exc: PyBaseException, seen: Set<PyObject>) {
    seen.add(exc);
    this.stack = extractStack(exc.traceback);
    const t = exc.type;
    this.str = safeString(exc, "exception");
    try {
      const notes = getAttrOrUndefined(exc, "__notes__");
      this.notes = notes === undefined ? None : notes;
    } catch (e) {
      this.notes = new PyList([`Ignored error getting __notes__: ${safeString(e as PyObject, "__notes__", "repr")}`]);
    }
    this.typeQualname = t.qualname;
    const mod = t.dict.get("__module__");
    this.typeModule = mod === undefined ? "builtins" : mod;
    if (t.isSubtype(SyntaxError)) {
      const lno = exc.lineno ?? None;
      const endLno = exc.end_lineno ?? None;
      this.syntax = {
        filename: exc.filename ?? None,
        lineno: lno === None ? null : jsText(pyStr(lno)),
        endLineno: endLno === None ? null : jsText(pyStr(endLno)),
        text: exc.text ?? None,
        offset: exc.offset ?? None,
        endOffset: exc.end_offset ?? None,
        msg: exc.msg ?? None,
      };
    } else if (t.isSubtype(ImportError) && (exc.name_from ?? None) !== None) {
      const suggestion = computeSuggestion(exc, exc.traceback, exc.name_from);
      if (suggestion) this.str += `. Did you mean: '${suggestion}'?`;
    } else if ((t.isSubtype(NameError) || t.isSubtype(AttributeError)) && (exc.name ?? None) !== None) {
      const wrongName = exc.name;
      const suggestion = computeSuggestion(exc, exc.traceback, wrongName);
      if (suggestion) this.str += `. Did you mean: '${suggestion}'?`;
      if (t.isSubtype(NameError) && isStrObject(wrongName) && STDLIB_NAMES.has(jsText(wrongName))) {
        const n = jsText(wrongName);
        if (suggestion) this.str += ` Or did you forget to import '${n}'?`;
        else this.str += `. Did you forget to import '${n}'?`;
      }
    }
    this.suppressContext = exc.suppressContext;
  }

  /** TracebackException(type(exc), exc, exc.__traceback__, compact=True) with its chain and groups. */
  static from(exc: PyBaseException): TracebackException {
    const seen = new Set<PyObject>();
    const top = new TracebackException(exc, seen);
    const queue: [TracebackException, PyBaseException][] = [[top, exc]];
    while (queue.length > 0) {
      const [te, e] = queue.pop()!;
      let cause: TracebackException | null = null;
      if (e.cause instanceof PyBaseException && !seen.has(e.cause)) cause = new TracebackException(e.cause, seen);
      const needContext = cause === null && !e.suppressContext;
      let context: TracebackException | null = null;
      if (e.context instanceof PyBaseException && needContext && !seen.has(e.context)) {
        context = new TracebackException(e.context, seen);
      }
      let exceptions: TracebackException[] | null = null;
      const nested = isExceptionGroup(e) ? groupExceptions(e) : null;
      if (nested !== null) exceptions = nested.map((x) => new TracebackException(x, seen));
      te.cause = cause;
      te.context = context;
      te.exceptions = exceptions;
      if (cause) queue.push([cause, e.cause as PyBaseException]);
      if (context) queue.push([context, e.context as PyBaseException]);
      if (exceptions && exceptions.length > 0) {
        for (let i = 0; i < exceptions.length; i++) queue.push([exceptions[i]!, nested![i]!]);
      }
    }
    return top;
  }

  get excTypeStr(): string {
    let stype = this.typeQualname;
    let smod = this.typeModule;
    if (smod !== "__main__" && smod !== "builtins") {
      smod = isStrObject(smod) ? jsText(smod) : "<unknown>";
      stype = `${smod}.${stype}`;
    }
    return stype;
  }

  /** format_exception_only (without show_group). */
  formatExceptionOnly(colorize = false): string[] {
    const out: string[] = [];
    const stype = this.excTypeStr;
    if (this.syntax === null) {
      if (colorize) {
        out.push(
          this.str === ""
            ? `${BOLD_MAGENTA}${stype}${RESET}\n`
            : `${BOLD_MAGENTA}${stype}${RESET}: ${MAGENTA}${this.str}${RESET}\n`,
        );
      } else out.push(this.str === "" ? `${stype}\n` : `${stype}: ${this.str}\n`);
    } else out.push(...this.formatSyntaxError(stype, colorize));
    const notes = this.notes;
    if ((notes instanceof PyList || notes instanceof PyTuple) && !isStrObject(notes)) {
      for (const note of [...notes.items]) {
        for (const l of safeString(note, "note").split("\n")) out.push(`${l}\n`);
      }
    } else if (notes !== None) {
      out.push(`${safeString(notes, "__notes__", "repr")}\n`);
    }
    return out;
  }

  /** TracebackException._format_syntax_error. */
  private formatSyntaxError(stype: string, colorize: boolean): string[] {
    const s = this.syntax!;
    const out: string[] = [];
    let filenameSuffix = "";
    const filename = s.filename === None ? null : safeString(s.filename, "filename");
    if (s.lineno !== null) {
      const f = filename || "<string>";
      if (colorize) out.push(`  File ${MAGENTA}"${f}"${RESET}, line ${MAGENTA}${s.lineno}${RESET}\n`);
      else out.push(`  File "${f}", line ${s.lineno}\n`);
    } else if (filename !== null) filenameSuffix = ` (${filename})`;
    if (s.text !== None) {
      const textChars = chars(jsText(s.text));
      // rtext = text.rstrip('\n'); ltext = rtext.lstrip(' \n\f')
      let rEnd = textChars.length;
      while (rEnd > 0 && textChars[rEnd - 1] === "\n") rEnd--;
      const rtext = textChars.slice(0, rEnd);
      let lStart = 0;
      while (lStart < rtext.length && (rtext[lStart] === " " || rtext[lStart] === "\n" || rtext[lStart] === "\f")) {
        lStart++;
      }
      let ltext = rtext.slice(lStart);
      const spaces = rtext.length - ltext.length;
      if (s.offset === None) out.push(`    ${ltext.join("")}\n`);
      else {
        let offset = toNumber(s.offset);
        let endOffset: number;
        if (s.lineno === s.endLineno) {
          endOffset = s.endOffset === None || toNumber(s.endOffset) === 0 ? offset : toNumber(s.endOffset);
        } else endOffset = rtext.length + 1;
        if (textChars.length > 0 && offset > textChars.length) offset = rtext.length + 1;
        if (textChars.length > 0 && endOffset > textChars.length) endOffset = rtext.length + 1;
        if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
        // 1-based column offsets to 0-based indices into the stripped text
        const colno = offset - 1 - spaces;
        const endColno = endOffset - 1 - spaces;
        if (colno >= 0) {
          // non-space whitespace (like tabs) is kept for alignment
          const caretSpace = pySlice(ltext, 0, colno)
            .map((c) => (isSpace(c) ? c : " "))
            .join("");
          let startColor = "";
          let endColor = "";
          if (colorize) {
            ltext = [
              ...pySlice(ltext, 0, colno),
              BOLD_RED,
              ...pySlice(ltext, colno, endColno),
              RESET,
              ...pySlice(ltext, endColno, ltext.length),
            ];
            startColor = BOLD_RED;
            endColor = RESET;
          }
          out.push(`    ${ltext.join("")}\n`);
          out.push(`    ${caretSpace}${startColor}${"^".repeat(Math.max(0, endColno - colno))}${endColor}\n`);
        } else out.push(`    ${ltext.join("")}\n`);
      }
    }
    const msg = s.msg !== None && isTrue(s.msg) ? jsText(pyStr(s.msg)) : "<no detail available>";
    if (colorize) out.push(`${BOLD_MAGENTA}${stype}${RESET}: ${MAGENTA}${msg}${RESET}${filenameSuffix}\n`);
    else out.push(`${stype}: ${msg}${filenameSuffix}\n`);
    return out;
  }

  format(ctx: PrintContext = new PrintContext(), colorize = false): string[] {
    const out: string[] = [];
    const chain: [string | null, TracebackException][] = [];
    let exc: TracebackException | null = this;
    while (exc) {
      let msg: string | null = null;
      let next: TracebackException | null = null;
      if (exc.cause !== null) {
        msg = CAUSE_MESSAGE;
        next = exc.cause;
      } else if (exc.context !== null && !exc.suppressContext) {
        msg = CONTEXT_MESSAGE;
        next = exc.context;
      }
      chain.push([msg, exc]);
      exc = next;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const [msg, e] = chain[k]!;
      if (msg !== null) out.push(...ctx.emit(msg));
      if (e.exceptions === null) {
        if (e.stack.length > 0) {
          out.push(...ctx.emit("Traceback (most recent call last):\n"));
          out.push(...ctx.emit(formatStack(e.stack, colorize)));
        }
        out.push(...ctx.emit(e.formatExceptionOnly(colorize)));
      } else if (ctx.depth > this.maxGroupDepth) {
        out.push(...ctx.emit(`... (max_group_depth is ${this.maxGroupDepth})\n`));
      } else {
        const isToplevel = ctx.depth === 0;
        if (isToplevel) ctx.depth++;
        if (e.stack.length > 0) {
          out.push(...ctx.emit("Exception Group Traceback (most recent call last):\n", isToplevel ? "+" : "|"));
          out.push(...ctx.emit(formatStack(e.stack, colorize)));
        }
        out.push(...ctx.emit(e.formatExceptionOnly(colorize)));
        const numExcs = e.exceptions.length;
        const n = numExcs <= this.maxGroupWidth ? numExcs : this.maxGroupWidth + 1;
        ctx.needClose = false;
        for (let i = 0; i < n; i++) {
          const lastExc = i === n - 1;
          if (lastExc) ctx.needClose = true;
          const truncated = i >= this.maxGroupWidth;
          const title = truncated ? "..." : `${i + 1}`;
          out.push(`${ctx.indent()}${i === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`);
          ctx.depth++;
          // (3.13 formats the nested exceptions without colors)
          if (!truncated) out.push(...e.exceptions[i]!.format(ctx));
          else {
            const remaining = numExcs - this.maxGroupWidth;
            out.push(...ctx.emit(`and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`));
          }
          if (lastExc && ctx.needClose) {
            out.push(`${ctx.indent()}+------------------------------------\n`);
            ctx.needClose = false;
          }
          ctx.depth--;
        }
        if (isToplevel) ctx.depth = 0;
      }
    }
    return out;
  }
}

const STDLIB_NAMES = new Set(STDLIB_MODULE_NAMES);

const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";

/** traceback._ExceptionPrintContext. */
class PrintContext {
  depth = 0;
  needClose = false;

  indent(): string {
    return " ".repeat(2 * this.depth);
  }

  emit(text: string | string[], marginChar = "|"): string[] {
    let indentStr = this.indent();
    if (this.depth) indentStr += `${marginChar} `;
    const texts = typeof text === "string" ? [text] : text;
    return texts.map((t) => indent(t, indentStr, true));
  }
}

/** What CPython 3.13 prints to stderr for an uncaught exception (traceback._print_exception_bltin). */
export function formatUncaught(exc: PyBaseException, colorize = canColorize()): string {
  return TracebackException.from(exc).format(new PrintContext(), colorize).join("");
}

function toNumber(v: PyObject): number {
  if (typeof v === "boolean") return Number(v);
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  throw new Error("not an int");
}

/** traceback.format_exception_only(exc) (for callers that want the last line(s) only). */
export function formatExceptionOnlyLines(exc: PyBaseException): string[] {
  return new TracebackException(exc, new Set()).formatExceptionOnly();
}
