// Assembly (CPython 3.13's Python/assemble.c): lays out the optimized CFG as code units (EXTENDED_ARG,
// inline CACHE units, jump offsets), writes the location table (PEP 626/657 formats) and the exception
// table (varint entries), and builds the PyCode with CPython's localsplus layout.

import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, CO_FAST_LOCAL, PyCode } from "../objects/code.js";
import type { CompilerUnit } from "./codegen.js";
import {
  type Block,
  type CFG,
  calculateStackdepth,
  cfgFromSequence,
  convertPseudoOps,
  type Instr,
  isUncondJump,
  normalizeJumps,
  optimizeCodeUnit,
  prepareLocalsplus,
} from "./flowgraph.js";
import type { Loc } from "./instr.js";
import * as O from "./opcodes.js";

function instrSize(opcode: number, oparg: number): number {
  const ext = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) + (oparg > 0xff ? 1 : 0);
  return ext + 1 + O.inlineCacheEntries[opcode]!;
}

interface Flat {
  ins: Instr;
  handler: Block | null;
}

export function assemble(u: CompilerUnit, codeFlags: number, filename: string): PyCode {
  const g: CFG = cfgFromSequence(u.seq);
  const nlocals0 = u.varnames.size;
  const nparams = u.ste.varnames.length;
  optimizeCodeUnit(g, u.consts, nlocals0, nparams);
  const stackdepth = calculateStackdepth(g);
  const varnames = new Map<string, number>();
  for (let i = 0; i < u.varnames.names.length; i++) varnames.set(u.varnames.names[i]!, i);
  const nlocalsplus = prepareLocalsplus(g, varnames, u.cellvars.names, u.freevars.size, u.firstlineno, codeFlags);
  convertPseudoOps(g);
  normalizeJumps(g);

  // Lay out instructions; resolve jump directions and offsets.
  const blocks = g.blocks();
  const flat: Flat[] = [];
  const blockStart = new Map<Block, number>();
  for (const b of blocks) {
    blockStart.set(b, flat.length);
    for (const ins of b.instrs) flat.push({ ins, handler: ins.except });
  }
  for (let i = 0; i < flat.length; i++) {
    const ins = flat[i]!.ins;
    if (isUncondJump(ins.opcode) && (ins.opcode === O.JUMP || ins.opcode === O.JUMP_NO_INTERRUPT)) {
      const t = blockStartOf(blockStart, ins.target!);
      const forward = t > i;
      if (ins.opcode === O.JUMP) ins.opcode = forward ? O.JUMP_FORWARD : O.JUMP_BACKWARD;
      else ins.opcode = forward ? O.JUMP_FORWARD : O.JUMP_BACKWARD_NO_INTERRUPT;
    }
  }
  const offsets = new Int32Array(flat.length + 1);
  for (;;) {
    let total = 0;
    for (let i = 0; i < flat.length; i++) {
      offsets[i] = total;
      total += instrSize(flat[i]!.ins.opcode, flat[i]!.ins.oparg);
    }
    offsets[flat.length] = total;
    let changed = false;
    for (let i = 0; i < flat.length; i++) {
      const ins = flat[i]!.ins;
      if (!O.hasJump(ins.opcode)) continue;
      const isize = instrSize(ins.opcode, ins.oparg);
      const after = offsets[i]! + isize;
      const target = offsets[blockStartOf(blockStart, ins.target!)]!;
      const arg = target < after ? after - target : target - after;
      ins.oparg = arg;
      if (instrSize(ins.opcode, arg) !== isize) changed = true;
    }
    if (!changed) break;
  }

  // Code units.
  const units: number[] = [];
  for (const { ins } of flat) {
    const arg = ins.oparg;
    if (arg > 0xffffff) units.push(O.EXTENDED_ARG | (((arg >>> 24) & 0xff) << 8));
    if (arg > 0xffff) units.push(O.EXTENDED_ARG | (((arg >> 16) & 0xff) << 8));
    if (arg > 0xff) units.push(O.EXTENDED_ARG | (((arg >> 8) & 0xff) << 8));
    units.push(ins.opcode | ((arg & 0xff) << 8));
    const caches = O.inlineCacheEntries[ins.opcode]!;
    for (let c = 0; c < caches; c++) units.push(0);
  }

  const linetable = assembleLocationInfo(flat, u.firstlineno);
  const exceptiontable = assembleExceptionTable(flat, offsets, blockStart);

  // localsplus
  const names: string[] = new Array(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  const cellSet = new Set(u.cellvars.names);
  for (const [k, off] of varnames) {
    let kind = CO_FAST_LOCAL;
    if (u.fasthidden.has(k)) kind |= CO_FAST_HIDDEN;
    if (cellSet.has(k)) kind |= CO_FAST_CELL;
    names[off] = k;
    kinds[off] = kind;
  }
  const nlocals = varnames.size;
  let numdropped = 0;
  u.cellvars.names.forEach((k, idx) => {
    if (varnames.has(k)) {
      numdropped++;
      return;
    }
    const off = idx + nlocals - numdropped;
    names[off] = k;
    kinds[off] = CO_FAST_CELL;
  });
  u.freevars.names.forEach((k, idx) => {
    const off = idx + u.cellvars.size + nlocals - numdropped;
    names[off] = k;
    kinds[off] = CO_FAST_FREE;
  });

  return new PyCode(
    u.argcount + u.posonlyargcount,
    u.posonlyargcount,
    u.kwonlyargcount,
    stackdepth,
    codeFlags,
    Uint16Array.from(units),
    u.consts.values.slice(),
    u.names.names.slice(),
    names,
    kinds,
    filename,
    u.name,
    u.qualname,
    u.firstlineno,
    linetable,
    exceptiontable,
  );
}

function blockStartOf(m: Map<Block, number>, b: Block): number {
  // Jumps to an empty block go to the next non-empty one.
  let x: Block | null = b;
  while (x && x.instrs.length === 0) x = x.next;
  return m.get(x ?? b)!;
}

// ---- location table ----

function sameLoc(a: Loc, b: Loc): boolean {
  return (
    a.lineno === b.lineno &&
    a.end_lineno === b.end_lineno &&
    a.col_offset === b.col_offset &&
    a.end_col_offset === b.end_col_offset
  );
}

class LineTableWriter {
  out: number[] = [];
  lineno: number;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }
  firstByte(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }
  varint(val: number): void {
    while (val >= 64) {
      this.out.push(64 | (val & 63));
      val = Math.floor(val / 64);
    }
    this.out.push(val);
  }
  svarint(val: number): void {
    this.varint(val < 0 ? (-val * 2) | 1 : val * 2);
  }
  entry(loc: Loc, isize: number): void {
    if (loc.lineno < 0) {
      this.firstByte(15, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const column = loc.col_offset;
    const endColumn = loc.end_col_offset;
    if (column < 0 || endColumn < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.firstByte(13, isize);
        this.svarint(lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        const group = column >> 3;
        this.firstByte(group, isize);
        this.out.push(((column & 7) << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.firstByte(10 + lineDelta, isize);
        this.out.push(column, endColumn);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.firstByte(14, isize);
    this.svarint(loc.lineno - this.lineno);
    this.varint(loc.end_lineno - loc.lineno);
    this.varint(loc.col_offset + 1);
    this.varint(loc.end_col_offset + 1);
    this.lineno = loc.lineno;
  }
  emit(loc: Loc, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }
}

function assembleLocationInfo(flat: Flat[], firstlineno: number): Uint8Array {
  const w = new LineTableWriter(firstlineno);
  let loc: Loc | null = null;
  let size = 0;
  for (const { ins } of flat) {
    if (loc === null || !sameLoc(loc, ins.loc)) {
      if (loc !== null) w.emit(loc, size);
      loc = ins.loc;
      size = 0;
    }
    size += instrSize(ins.opcode, ins.oparg);
  }
  if (loc !== null) w.emit(loc, size);
  return Uint8Array.from(w.out);
}

// ---- exception table ----

function emitItem(out: number[], value: number, msb: number): void {
  if (value >= 1 << 24) {
    out.push((value >> 24) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    out.push(((value >> 18) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    out.push(((value >> 12) & 0x3f) | 64 | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    out.push(((value >> 6) & 0x3f) | 64 | msb);
    msb = 0;
  }
  out.push((value & 0x3f) | msb);
}

function assembleExceptionTable(flat: Flat[], offsets: Int32Array, blockStart: Map<Block, number>): Uint8Array {
  const out: number[] = [];
  let handler: Block | null = null;
  let start = -1;
  const emit = (end: number) => {
    const h = handler!;
    const size = end - start;
    const target = offsets[blockStartOf(blockStart, h)]!;
    let depth = h.startdepth - 1;
    if (h.preserveLasti) depth -= 1;
    const depthLasti = (depth << 1) | (h.preserveLasti ? 1 : 0);
    emitItem(out, start, 1 << 7);
    emitItem(out, size, 0);
    emitItem(out, target, 0);
    emitItem(out, depthLasti, 0);
  };
  for (let i = 0; i < flat.length; i++) {
    const h = flat[i]!.handler;
    if (h !== handler) {
      if (handler !== null) emit(offsets[i]!);
      start = offsets[i]!;
      handler = h;
    }
  }
  if (handler !== null) emit(offsets[flat.length]!);
  return Uint8Array.from(out);
}
