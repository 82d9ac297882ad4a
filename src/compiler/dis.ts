// The disassembler: CPython 3.13's `dis` module output for our code objects, character for character.
//
// The rules follow Lib/dis.py of CPython 3.13:
// - Each code object prints one line per instruction: a line-number column (only where a source line
//   starts, `--` for "no line"; a blank line before each new line except at offset 0), a label column
//   (`L3:` on jump targets and exception-table boundaries, numbered in offset order), an optional offset
//   column (-O), the `-->` current-instruction marker column, the opname padded to 20, the oparg
//   right-aligned to 5 (less by however much the opname overflows), and the argument's meaning in
//   parentheses. `-C` adds a line per inline cache entry (`CACHE 0 (counter: 0)`).
// - After the instructions, `ExceptionTable:` lists `L1 to L2 -> L3 [depth] lasti`.
// - Nested code objects in co_consts follow, each after a blank line and `Disassembly of <code object ...>:`.
// Line numbers come from the location table (Objects/locations.md), decoded as `co_lines()` does; the
// exception table is decoded as Objects/exception_handling_notes.txt describes.
//
// A code object's repr shows an address; ours are stable fake addresses of the same shape
// (`0x7f...`), one per code object, so outputs compare equal after masking `0x[0-9a-f]+`.

import { bytesRepr, PyBytes } from "../objects/bytes.js";
import { PyCode } from "../objects/code.js";
import { complexRepr, PyComplex } from "../objects/complex.js";
import { floatRepr, PyFloat } from "../objects/float.js";
import type { PyObject } from "../objects/object.js";
import { PyFrozenSet } from "../objects/set.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { codePointStrRepr, PyCodePointStr, strRepr } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import * as M from "../generated/opcode_metadata.js";

// ---------------------------------------------------------------------------------------------
// dis-specific tables (CPython 3.13 Lib/opcode.py, Include/internal/pycore_intrinsics.h, ...)

/** `opcode._nb_ops`: BINARY_OP's oparg → (NB_ name, operator). */
export const NB_OPS: readonly (readonly [string, string])[] = [
  ["NB_ADD", "+"],
  ["NB_AND", "&"],
  ["NB_FLOOR_DIVIDE", "//"],
  ["NB_LSHIFT", "<<"],
  ["NB_MATRIX_MULTIPLY", "@"],
  ["NB_MULTIPLY", "*"],
  ["NB_REMAINDER", "%"],
  ["NB_OR", "|"],
  ["NB_POWER", "**"],
  ["NB_RSHIFT", ">>"],
  ["NB_SUBTRACT", "-"],
  ["NB_TRUE_DIVIDE", "/"],
  ["NB_XOR", "^"],
  ["NB_INPLACE_ADD", "+="],
  ["NB_INPLACE_AND", "&="],
  ["NB_INPLACE_FLOOR_DIVIDE", "//="],
  ["NB_INPLACE_LSHIFT", "<<="],
  ["NB_INPLACE_MATRIX_MULTIPLY", "@="],
  ["NB_INPLACE_MULTIPLY", "*="],
  ["NB_INPLACE_REMAINDER", "%="],
  ["NB_INPLACE_OR", "|="],
  ["NB_INPLACE_POWER", "**="],
  ["NB_INPLACE_RSHIFT", ">>="],
  ["NB_INPLACE_SUBTRACT", "-="],
  ["NB_INPLACE_TRUE_DIVIDE", "/="],
  ["NB_INPLACE_XOR", "^="],
];

/** `opcode.cmp_op`: COMPARE_OP's `oparg >> 5`. */
export const CMP_OP: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];

/** `opcode._intrinsic_1_descs`: CALL_INTRINSIC_1's oparg. */
export const INTRINSIC_1_DESCS: readonly string[] = [
  "INTRINSIC_1_INVALID",
  "INTRINSIC_PRINT",
  "INTRINSIC_IMPORT_STAR",
  "INTRINSIC_STOPITERATION_ERROR",
  "INTRINSIC_ASYNC_GEN_WRAP",
  "INTRINSIC_UNARY_POSITIVE",
  "INTRINSIC_LIST_TO_TUPLE",
  "INTRINSIC_TYPEVAR",
  "INTRINSIC_PARAMSPEC",
  "INTRINSIC_TYPEVARTUPLE",
  "INTRINSIC_SUBSCRIPT_GENERIC",
  "INTRINSIC_TYPEALIAS",
];

/** `opcode._intrinsic_2_descs`: CALL_INTRINSIC_2's oparg. */
export const INTRINSIC_2_DESCS: readonly string[] = [
  "INTRINSIC_2_INVALID",
  "INTRINSIC_PREP_RERAISE_STAR",
  "INTRINSIC_TYPEVAR_WITH_BOUND",
  "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
  "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
  "INTRINSIC_SET_TYPEPARAM_DEFAULT",
];

/** `dis.FUNCTION_ATTR_FLAGS`: SET_FUNCTION_ATTRIBUTE's oparg bits, low bit first. */
export const FUNCTION_ATTR_FLAGS: readonly string[] = ["defaults", "kwdefaults", "annotations", "closure"];

/** CONVERT_VALUE's oparg. */
export const CONVERSION_NAMES: readonly string[] = ["", "str", "repr", "ascii"];

/** `opcode._cache_format`: the named fields of each family's inline cache, in code units. */
export const CACHE_FORMAT: ReadonlyMap<string, readonly (readonly [string, number])[]> = new Map([
  [
    "LOAD_GLOBAL",
    [
      ["counter", 1],
      ["index", 1],
      ["module_keys_version", 1],
      ["builtin_keys_version", 1],
    ],
  ],
  ["BINARY_OP", [["counter", 1]]],
  ["UNPACK_SEQUENCE", [["counter", 1]]],
  ["COMPARE_OP", [["counter", 1]]],
  ["CONTAINS_OP", [["counter", 1]]],
  ["BINARY_SUBSCR", [["counter", 1]]],
  ["FOR_ITER", [["counter", 1]]],
  ["LOAD_SUPER_ATTR", [["counter", 1]]],
  [
    "LOAD_ATTR",
    [
      ["counter", 1],
      ["version", 2],
      ["keys_version", 2],
      ["descr", 4],
    ],
  ],
  [
    "STORE_ATTR",
    [
      ["counter", 1],
      ["version", 2],
      ["index", 1],
    ],
  ],
  [
    "CALL",
    [
      ["counter", 1],
      ["func_version", 2],
    ],
  ],
  ["STORE_SUBSCR", [["counter", 1]]],
  ["SEND", [["counter", 1]]],
  ["JUMP_BACKWARD", [["counter", 1]]],
  [
    "TO_BOOL",
    [
      ["counter", 1],
      ["version", 2],
    ],
  ],
  ["POP_JUMP_IF_TRUE", [["counter", 1]]],
  ["POP_JUMP_IF_FALSE", [["counter", 1]]],
  ["POP_JUMP_IF_NONE", [["counter", 1]]],
  ["POP_JUMP_IF_NOT_NONE", [["counter", 1]]],
]);

/** `dis.COMPILER_FLAG_NAMES`. */
export const COMPILER_FLAG_NAMES: ReadonlyMap<number, string> = new Map([
  [1, "OPTIMIZED"],
  [2, "NEWLOCALS"],
  [4, "VARARGS"],
  [8, "VARKEYWORDS"],
  [16, "NESTED"],
  [32, "GENERATOR"],
  [64, "NOFREE"],
  [128, "COROUTINE"],
  [256, "ITERABLE_COROUTINE"],
  [512, "ASYNC_GENERATOR"],
]);

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = "  --";
/** Opargs are C ints: EXTENDED_ARG prefixes wrap around at 2**31. */
const INT_OVERFLOW = 2 ** 31;

// ---------------------------------------------------------------------------------------------
// Opcode helpers

/** The name of any opcode, specialized ones included (`<N>` for an unknown number, as `dis` shows it). */
export function opName(op: number): string {
  return M.opname[op] ?? `<${op}>`;
}

/**
 * Specialized opcode → base opcode, when the metadata has specialized forms (its `deoptMap`, as a Map, an
 * array or a record); looked up by name so that this module does not depend on when they arrive.
 */
const DEOPT: ReadonlyMap<number, number> = (() => {
  const table = (M as unknown as Record<string, unknown>)["deoptMap"];
  if (table instanceof Map) return table as Map<number, number>;
  const map = new Map<number, number>();
  if (table && typeof table === "object") {
    for (const [k, v] of Object.entries(table)) if (typeof v === "number" && v !== Number(k)) map.set(Number(k), v);
  }
  return map;
})();

/** The base opcode of a specialized one (`dis._deoptop`). */
export function deoptOp(op: number): number {
  return DEOPT.get(op) ?? op;
}

/** Inline cache entries (code units) after an instruction with this (base) opcode. */
export function cacheSize(op: number): number {
  return M.inlineCacheEntries[op] ?? 0;
}

function isBackwardJump(deop: number): boolean {
  return deop === M.JUMP_BACKWARD || deop === M.JUMP_BACKWARD_NO_INTERRUPT;
}

/** The offset (in bytes) a jump instruction at `offset` goes to, or null for other instructions. */
export function jumpTarget(op: number, arg: number, offset: number): number | null {
  const deop = deoptOp(op);
  if (!M.hasJump(deop)) return null;
  const signed = isBackwardJump(deop) ? -arg : arg;
  return offset + 2 + signed * 2 + 2 * cacheSize(deop);
}

/** One instruction as `_unpack_opargs` yields it (offsets in bytes; arg null when there is none). */
export interface RawInstruction {
  offset: number;
  startOffset: number;
  op: number;
  arg: number | null;
}

/** The instructions of a code-unit array, skipping inline caches and folding EXTENDED_ARG into args. */
export function unpackOpargs(code: Uint16Array): RawInstruction[] {
  const out: RawInstruction[] = [];
  let extendedArg = 0;
  let extendedArgsOffset = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i++) {
    if (caches) {
      caches--;
      continue;
    }
    const unit = code[i]!;
    const op = unit & 0xff;
    const deop = deoptOp(op);
    caches = cacheSize(deop);
    let arg: number | null;
    if (M.hasArg(deop)) {
      // CPython ORs (the next prefix's bits never overlap), then keeps a signed C int.
      arg = (unit >> 8) + extendedArg;
      extendedArg = deop === M.EXTENDED_ARG ? arg * 256 : 0;
      if (extendedArg >= INT_OVERFLOW) extendedArg -= 2 * INT_OVERFLOW;
    } else {
      arg = null;
      extendedArg = 0;
    }
    if (deop === M.EXTENDED_ARG) {
      extendedArgsOffset++;
      out.push({ offset: 2 * i, startOffset: 2 * i, op, arg });
    } else {
      out.push({ offset: 2 * i, startOffset: 2 * i - extendedArgsOffset * 2, op, arg });
      extendedArgsOffset = 0;
    }
  }
  return out;
}

/** `dis.findlabels`: the jump targets, in order of first appearance. */
export function findLabels(code: Uint16Array): number[] {
  const labels: number[] = [];
  const seen = new Set<number>();
  for (const ins of unpackOpargs(code)) {
    if (ins.arg === null) continue;
    const t = jumpTarget(ins.op, ins.arg, ins.offset);
    if (t === null || seen.has(t)) continue;
    seen.add(t);
    labels.push(t);
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------
// Location table (Objects/locations.md) and exception table (Objects/exception_handling_notes.txt)

/** One entry of the location table: code units [start, end) in bytes and its source span (-1: none). */
export interface LocationEntry {
  start: number;
  end: number;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

const LOC_ONE_LINE0 = 10;
const LOC_ONE_LINE2 = 12;
const LOC_NO_COLUMNS = 13;
const LOC_LONG = 14;
const LOC_NONE = 15;

/** Decodes every entry of co_linetable, as `advance_with_locations` in Objects/codeobject.c does. */
export function decodeLocationTable(code: PyCode): LocationEntry[] {
  const table = code.co_linetable;
  const out: LocationEntry[] = [];
  let p = 0;
  let line = code.co_firstlineno;
  let addr = 0;
  const byte = (): number => (p < table.length ? table[p++]! : 0);
  const varint = (): number => {
    let read = byte();
    let val = read & 63;
    let shift = 0;
    while (read & 64) {
      read = byte();
      shift += 6;
      val += (read & 63) * 2 ** shift;
    }
    return val;
  };
  const svarint = (): number => {
    const u = varint();
    return u % 2 ? -Math.floor(u / 2) : u / 2;
  };
  while (p < table.length) {
    const first = table[p++]!;
    const kind = (first >> 3) & 15;
    const start = addr;
    addr += ((first & 7) + 1) * 2;
    let entryLine: number;
    let endLine: number;
    let col: number;
    let endCol: number;
    if (kind === LOC_NONE) {
      entryLine = endLine = col = endCol = -1;
    } else if (kind === LOC_LONG) {
      line += svarint();
      entryLine = line;
      endLine = line + varint();
      col = varint() - 1;
      endCol = varint() - 1;
    } else if (kind === LOC_NO_COLUMNS) {
      line += svarint();
      entryLine = endLine = line;
      col = endCol = -1;
    } else if (kind >= LOC_ONE_LINE0 && kind <= LOC_ONE_LINE2) {
      line += kind - LOC_ONE_LINE0;
      entryLine = endLine = line;
      col = byte();
      endCol = byte();
    } else {
      // Short forms (codes 0-9): same line, column in 0..79, up to 15 columns wide.
      const second = byte();
      entryLine = endLine = line;
      col = (kind << 3) | (second >> 4);
      endCol = col + (second & 15);
    }
    out.push({ start, end: addr, line: entryLine, endLine, col, endCol });
    // Skip any bytes of a malformed entry up to the next entry's first byte (bit 7 set).
    while (p < table.length && !(table[p]! & 0x80)) p++;
  }
  return out;
}

/** `code.co_lines()`: [start, end) byte ranges with their line (null: no line), equal lines merged. */
export function coLines(code: PyCode): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  for (const e of decodeLocationTable(code)) {
    const last = out[out.length - 1];
    const line = e.line < 0 ? null : e.line;
    if (last && last[2] === line && last[1] === e.start) last[1] = e.end;
    else out.push([e.start, e.end, line]);
  }
  return out;
}

/** Source positions `(lineno, end_lineno, col_offset, end_col_offset)`, null when unknown. */
export type Positions = [number | null, number | null, number | null, number | null];

/** `code.co_positions()`: one Positions per code unit. */
export function coPositions(code: PyCode): Positions[] {
  const out: Positions[] = [];
  const n = (v: number): number | null => (v < 0 ? null : v);
  for (const e of decodeLocationTable(code)) {
    for (let a = e.start; a < e.end; a += 2) out.push([n(e.line), n(e.endLine), n(e.col), n(e.endCol)]);
  }
  return out;
}

/** `dis.findlinestarts`: the offsets where the line changes, with the new line (null: no line). */
export function findLineStarts(code: PyCode): Map<number, number | null> {
  const starts = new Map<number, number | null>();
  let last: number | null | undefined;
  for (const [start, , line] of coLines(code)) {
    if (line !== last) {
      last = line;
      starts.set(start, line);
    }
  }
  return starts;
}

/** One exception-table entry, offsets in bytes. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** `dis._parse_exception_table`: varints of 6 bits, most significant first, bit 6 = more follows. */
export function parseExceptionTable(code: PyCode): ExceptionTableEntry[] {
  const t = code.co_exceptiontable;
  const entries: ExceptionTableEntry[] = [];
  let p = 0;
  const varint = (): number | null => {
    if (p >= t.length) return null;
    let b = t[p++]!;
    let val = b & 63;
    while (b & 64) {
      if (p >= t.length) return null;
      b = t[p++]!;
      val = val * 64 + (b & 63);
    }
    return val;
  };
  for (;;) {
    const start = varint();
    if (start === null) break;
    const length = varint();
    if (length === null) break;
    const target = varint();
    if (target === null) break;
    const dl = varint();
    if (dl === null) break;
    entries.push({
      start: start * 2,
      end: (start + length) * 2,
      target: target * 2,
      depth: Math.floor(dl / 2),
      lasti: (dl & 1) === 1,
    });
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Constant reprs (the runtime's repr() will replace this)

const fakeAddresses = new WeakMap<object, string>();
let nextFakeAddress = 0;

/** A stable fake `%p` address for an object: same shape as CPython's on 64-bit Linux (`0x7f...`). */
export function fakeAddress(obj: object): string {
  let a = fakeAddresses.get(obj);
  if (a === undefined) {
    a = "0x" + (0x7f3a1c000000 + nextFakeAddress++ * 0x1d0).toString(16);
    fakeAddresses.set(obj, a);
  }
  return a;
}

/** `repr(code)`: `<code object NAME at 0x..., file "FILENAME", line N>`. */
export function codeRepr(code: PyCode): string {
  return `<code object ${code.co_name} at ${fakeAddress(code)}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

/** `repr()` of a constant of a code object. */
export function constRepr(v: PyObject): string {
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "number":
      return String(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v === Ellipsis) return "Ellipsis";
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyComplex) return complexRepr(v.real, v.imag);
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyCodePointStr) return codePointStrRepr(v);
  if (v instanceof PyTuple) {
    if (v.items.length === 1) return `(${constRepr(v.items[0])},)`;
    return `(${v.items.map(constRepr).join(", ")})`;
  }
  if (v instanceof PyFrozenSet) {
    if (v.items.length === 0) return "frozenset()";
    return `frozenset({${v.items.map(constRepr).join(", ")}})`;
  }
  if (v instanceof PyCode) return codeRepr(v);
  throw new TypeError(`constRepr: not a constant: ${String(v)}`);
}

// ---------------------------------------------------------------------------------------------
// Instructions

/** A name from a local slot index (`code._varname_from_oparg`). */
function varname(code: PyCode, i: number): string {
  const name = code.co_localsplusnames[i];
  if (name === undefined) throw new RangeError(`dis: local index ${i} out of range in ${code.co_qualname}`);
  return name;
}

function nameAt(code: PyCode, i: number): string {
  const name = code.co_names[i];
  if (name === undefined) throw new RangeError(`dis: name index ${i} out of range in ${code.co_qualname}`);
  return name;
}

/** One cache field of an instruction: its name, size in code units and value (little-endian). */
export interface CacheInfo {
  name: string;
  size: number;
  value: bigint;
}

/** `dis.Instruction` (without argval; `positions` are the first code unit's). */
export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argrepr: string;
  offset: number;
  startOffset: number;
  startsLine: boolean;
  lineNumber: number | null;
  label: number | null;
  positions: Positions;
  cacheInfo: CacheInfo[] | null;
}

/** Resolves args to their text, as `dis.ArgResolver.get_argval_argrepr` does. */
function argRepr(code: PyCode, op: number, arg: number | null, offset: number, labels: Map<number, number>): string {
  if (arg === null) return "";
  const deop = deoptOp(op);
  if (M.hasConst(deop)) {
    if (arg < 0 || arg >= code.co_consts.length) {
      throw new RangeError(`dis: const index ${arg} out of range in ${code.co_qualname}`);
    }
    return constRepr(code.co_consts[arg]);
  }
  if (M.hasName(deop)) {
    if (deop === M.LOAD_GLOBAL) {
      const name = nameAt(code, Math.floor(arg / 2));
      return arg & 1 && name ? `${name} + NULL` : name;
    }
    if (deop === M.LOAD_ATTR) {
      const name = nameAt(code, Math.floor(arg / 2));
      return arg & 1 && name ? `${name} + NULL|self` : name;
    }
    if (deop === M.LOAD_SUPER_ATTR) {
      const name = nameAt(code, Math.floor(arg / 4));
      return arg & 1 && name ? `${name} + NULL|self` : name;
    }
    return nameAt(code, arg);
  }
  if (M.hasJump(deop) || M.hasExc(deop)) {
    const target = jumpTarget(op, arg, offset);
    const label = target === null ? undefined : labels.get(target);
    if (label === undefined) throw new Error(`dis: no label for the jump at offset ${offset}`);
    return `to L${label}`;
  }
  if (deop === M.LOAD_FAST_LOAD_FAST || deop === M.STORE_FAST_LOAD_FAST || deop === M.STORE_FAST_STORE_FAST) {
    return `${varname(code, arg >> 4)}, ${varname(code, arg & 15)}`;
  }
  if (M.hasLocal(deop) || M.hasFree(deop)) return varname(code, arg);
  if (deop === M.COMPARE_OP) {
    const cmp = CMP_OP[arg >> 5];
    if (cmp === undefined) throw new RangeError(`dis: bad COMPARE_OP oparg ${arg}`);
    return arg & 16 ? `bool(${cmp})` : cmp;
  }
  if (deop === M.CONVERT_VALUE) {
    const r = CONVERSION_NAMES[arg];
    if (r === undefined) throw new RangeError(`dis: bad CONVERT_VALUE oparg ${arg}`);
    return r;
  }
  if (deop === M.SET_FUNCTION_ATTRIBUTE) {
    return FUNCTION_ATTR_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
  }
  if (deop === M.BINARY_OP) {
    const r = NB_OPS[arg];
    if (r === undefined) throw new RangeError(`dis: bad BINARY_OP oparg ${arg}`);
    return r[1];
  }
  if (deop === M.CALL_INTRINSIC_1) {
    const r = INTRINSIC_1_DESCS[arg];
    if (r === undefined) throw new RangeError(`dis: bad CALL_INTRINSIC_1 oparg ${arg}`);
    return r;
  }
  if (deop === M.CALL_INTRINSIC_2) {
    const r = INTRINSIC_2_DESCS[arg];
    if (r === undefined) throw new RangeError(`dis: bad CALL_INTRINSIC_2 oparg ${arg}`);
    return r;
  }
  return "";
}

/** `dis._make_labels_map`: jump targets and exception-table boundaries, numbered from 1 in offset order. */
export function makeLabelsMap(code: Uint16Array, exceptionEntries: ExceptionTableEntry[] = []): Map<number, number> {
  const offsets = new Set(findLabels(code));
  for (const e of exceptionEntries) {
    offsets.add(e.start);
    offsets.add(e.end);
    offsets.add(e.target);
  }
  const sorted = [...offsets].sort((a, b) => a - b);
  return new Map(sorted.map((offset, i) => [offset, i + 1]));
}

/** The code units shown: co_code, or the specialized (quickened) units with `adaptive`. */
function codeArray(code: PyCode, adaptive: boolean): Uint16Array {
  return adaptive ? code._co_code_adaptive : code.co_code;
}

export interface InstructionOptions {
  /** Show the specialized instructions (`_co_code_adaptive`) instead of co_code. */
  adaptive?: boolean;
  /** Report line numbers as if the code started at this line (`first_line`). */
  firstLine?: number;
}

function cacheValue(code: Uint16Array, unit: number, size: number): bigint {
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 16n) | BigInt(code[unit + k] ?? 0);
  // A slice past the end of the code holds fewer bytes; absent units count as zero.
  return v;
}

function instructionsOf(
  code: PyCode,
  labels: Map<number, number>,
  linestarts: Map<number, number | null>,
  opts: InstructionOptions,
): Instruction[] {
  const original = code.co_code;
  const shown = codeArray(code, opts.adaptive ?? false);
  const positions = coPositions(code);
  const lineOffset = opts.firstLine !== undefined ? opts.firstLine - code.co_firstlineno : 0;
  const out: Instruction[] = [];
  let localLine: number | null = null;
  const noPositions: Positions = [null, null, null, null];
  for (const raw of unpackOpargs(original)) {
    const startsLine = linestarts.has(raw.offset);
    if (startsLine) localLine = linestarts.get(raw.offset)!;
    const lineNumber = localLine === null ? null : localLine + lineOffset;
    const deop = deoptOp(raw.op);
    const op = shown[raw.offset >> 1]! & 0xff;
    const caches = cacheSize(deop);
    let cacheInfo: CacheInfo[] | null = null;
    if (caches) {
      cacheInfo = [];
      const format = CACHE_FORMAT.get(opName(deop)) ?? [];
      for (const [name, size] of format) {
        // As dis.py does, every field is read from the first cache unit on.
        cacheInfo.push({ name, size, value: cacheValue(shown, (raw.offset >> 1) + 1, size) });
      }
    }
    out.push({
      opname: opName(op),
      opcode: op,
      arg: raw.arg,
      argrepr: argRepr(code, op, raw.arg, raw.offset, labels),
      offset: raw.offset,
      startOffset: raw.startOffset,
      startsLine,
      lineNumber,
      label: labels.get(raw.offset) ?? null,
      positions: positions[raw.offset >> 1] ?? noPositions,
      cacheInfo,
    });
  }
  return out;
}

/** `dis.get_instructions(code)`. */
export function getInstructions(code: PyCode, opts: InstructionOptions = {}): Instruction[] {
  const labels = makeLabelsMap(code.co_code);
  return instructionsOf(code, labels, findLineStarts(code), opts);
}

// ---------------------------------------------------------------------------------------------
// Formatting

export interface DisOptions {
  /** `-C`: a line per inline cache entry. */
  showCaches?: boolean;
  /** `-O`: an offset column. */
  showOffsets?: boolean;
  /** Show the specialized instructions. */
  adaptive?: boolean;
  /** Marks the instruction at this offset (bytes) with `-->` (`dis.disassemble(co, lasti)`). */
  lasti?: number;
  /** How deep to recurse into nested code objects (`dis.dis(depth=)`); null/undefined: all. */
  depth?: number | null;
}

/** `dis._get_lineno_width`. */
function linenoWidth(linestarts: Map<number, number | null>): number {
  let max = -1;
  let hasNone = false;
  for (const line of linestarts.values()) {
    if (line === null) hasNone = true;
    else if (line && line > max) max = line;
  }
  if (max === -1) return 0;
  let width = Math.max(3, String(max).length);
  if (width < NO_LINENO.length && hasNone) width = NO_LINENO.length;
  return width;
}

class Formatter {
  readonly lines: string[] = [];
  constructor(
    private linenoWidth: number,
    private offsetWidth: number,
    private labelWidth: number,
    private showCaches: boolean,
  ) {}

  printInstruction(ins: Instruction, current: boolean): void {
    this.printInstructionLine(ins, current);
    if (this.showCaches && ins.cacheInfo) {
      let offset = ins.offset;
      for (const { name, size, value } of ins.cacheInfo) {
        for (let i = 0; i < size; i++) {
          offset += 2;
          this.printInstructionLine(
            {
              opname: "CACHE",
              opcode: M.CACHE,
              arg: 0,
              argrepr: i === 0 ? `${name}: ${value}` : "",
              offset,
              startOffset: offset,
              startsLine: false,
              lineNumber: null,
              label: null,
              positions: ins.positions,
              cacheInfo: null,
            },
            false,
          );
        }
      }
    }
  }

  printInstructionLine(ins: Instruction, current: boolean): void {
    if (this.linenoWidth > 0 && ins.startsLine && ins.offset > 0) this.lines.push("");
    const fields: string[] = [];
    if (this.linenoWidth) {
      if (ins.startsLine) {
        fields.push((ins.lineNumber === null ? NO_LINENO : String(ins.lineNumber)).padStart(this.linenoWidth));
      } else {
        fields.push(" ".repeat(this.linenoWidth));
      }
    }
    fields.push(ins.label !== null ? `L${ins.label}:`.padStart(this.labelWidth) : " ".repeat(this.labelWidth));
    if (this.offsetWidth > 0) fields.push(`${String(ins.offset).padStart(this.offsetWidth)}  `);
    fields.push(current ? "-->" : "   ");
    fields.push(ins.opname.padEnd(OPNAME_WIDTH));
    if (ins.arg !== null) {
      const excess = Math.max(0, ins.opname.length - OPNAME_WIDTH);
      fields.push(String(ins.arg).padStart(OPARG_WIDTH - excess));
      if (ins.argrepr) fields.push(`(${ins.argrepr})`);
    }
    this.lines.push(fields.join(" ").trimEnd());
  }

  printExceptionTable(entries: ExceptionTableEntry[], labels: Map<number, number>): void {
    if (!entries.length) return;
    this.lines.push("ExceptionTable:");
    for (const e of entries) {
      const lasti = e.lasti ? " lasti" : "";
      this.lines.push(
        `  L${labels.get(e.start)} to L${labels.get(e.end)} -> L${labels.get(e.target)} [${e.depth}]${lasti}`,
      );
    }
  }
}

/** `dis.disassemble(code)`: one code object, without the nested ones; lines end with "\n". */
export function disassembleCode(code: PyCode, opts: DisOptions = {}): string {
  const linestarts = findLineStarts(code);
  const entries = parseExceptionTable(code);
  const labels = makeLabelsMap(code.co_code, entries);
  const labelWidth = 4 + String(labels.size).length;
  const offsetWidth = opts.showOffsets ? String(Math.max(code.co_code.length * 2 - 2, 9999)).length : 0;
  const f = new Formatter(linenoWidth(linestarts), offsetWidth, labelWidth, opts.showCaches ?? false);
  const lasti = opts.lasti ?? -1;
  for (const ins of instructionsOf(code, labels, linestarts, { adaptive: opts.adaptive ?? false })) {
    const current = ins.offset <= lasti && lasti <= ins.offset + 2 * cacheSize(deoptOp(ins.opcode));
    f.printInstruction(ins, current);
  }
  f.printExceptionTable(entries, labels);
  return f.lines.length ? f.lines.join("\n") + "\n" : "";
}

/**
 * `dis.dis(code)`: the code object, then each code object among its constants (recursively, up to
 * `opts.depth` levels), each after a blank line and `Disassembly of <code object ...>:`.
 */
export function disassemble(code: PyCode, opts: DisOptions = {}): string {
  const parts: string[] = [];
  const walk = (co: PyCode, depth: number | null): void => {
    parts.push(disassembleCode(co, opts));
    if (depth !== null && depth <= 0) return;
    const next = depth === null ? null : depth - 1;
    for (const c of co.co_consts) {
      if (c instanceof PyCode) {
        parts.push(`\nDisassembly of ${codeRepr(c)}:\n`);
        walk(c, next);
      }
    }
  };
  walk(code, opts.depth ?? null);
  return parts.join("");
}

/** `dis.pretty_flags`. */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  let rest = flags >>> 0;
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i;
    if (rest & flag) {
      names.push(COMPILER_FLAG_NAMES.get(flag) ?? `0x${flag.toString(16)}`);
      rest = (rest - flag) >>> 0;
      if (!rest) return names.join(", ");
    }
  }
  names.push(`0x${rest.toString(16)}`);
  return names.join(", ");
}

/** `dis.code_info(code)` (no trailing newline). */
export function codeInfo(code: PyCode): string {
  const lines = [
    `Name:              ${code.co_name}`,
    `Filename:          ${code.co_filename}`,
    `Argument count:    ${code.co_argcount}`,
    `Positional-only arguments: ${code.co_posonlyargcount}`,
    `Kw-only arguments: ${code.co_kwonlyargcount}`,
    `Number of locals:  ${code.co_nlocals}`,
    `Stack size:        ${code.co_stacksize}`,
    `Flags:             ${prettyFlags(code.co_flags)}`,
  ];
  const section = (title: string, items: string[]): void => {
    if (!items.length) return;
    lines.push(title);
    for (let i = 0; i < items.length; i++) lines.push(`${String(i).padStart(4)}: ${items[i]}`);
  };
  section("Constants:", code.co_consts.map(constRepr));
  section("Names:", code.co_names);
  section("Variable names:", code.co_varnames);
  section("Free variables:", code.co_freevars);
  section("Cell variables:", code.co_cellvars);
  return lines.join("\n");
}
