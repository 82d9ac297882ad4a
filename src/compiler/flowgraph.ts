// The control-flow graph and its optimizations (CPython 3.13's Python/flowgraph.c): basic blocks built
// from the instruction sequence, exception-handler labelling, the peephole passes, dead-code removal,
// line-number propagation, cold-block placement, LOAD_FAST_CHECK insertion, superinstructions, stack
// depth, cell/free slot layout and pseudo-instruction resolution.

import type { PyObject } from "../objects/object.js";
import { constTruth } from "./constfold.js";
import * as C from "./constants.js";
import { None } from "../objects/singletons.js";
import { PyTuple } from "../objects/tuple.js";
import { type Label, Loc, NO_LOCATION, SeqInstr, type SeqItem } from "./instr.js";
import * as O from "./opcodes.js";
import type { ConstList } from "./codegen.js";

export class Instr {
  except: Block | null = null;
  constructor(
    public opcode: number,
    public oparg: number,
    public loc: Loc,
    public target: Block | null,
  ) {}
  clone(): Instr {
    const i = new Instr(this.opcode, this.oparg, this.loc, this.target);
    i.except = this.except;
    return i;
  }
}

export class Block {
  instrs: Instr[] = [];
  next: Block | null = null;
  /** -1: not a jump target. */
  label = -1;
  predecessors = 0;
  startdepth = -1;
  visited = false;
  exceptHandler = false;
  preserveLasti = false;
  cold = false;
  warm = false;
  unsafeLocalsMask = 0n;
  exceptStack: Block[] | null = null;
  offset = 0;
  last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

export function isBlockPush(op: number): boolean {
  return op === O.SETUP_FINALLY || op === O.SETUP_CLEANUP || op === O.SETUP_WITH;
}
export function isJump(op: number): boolean {
  return O.hasJump(op);
}
export function hasTarget(op: number): boolean {
  return O.hasJump(op) || isBlockPush(op);
}
export function isScopeExit(op: number): boolean {
  return op === O.RETURN_VALUE || op === O.RETURN_CONST || op === O.RAISE_VARARGS || op === O.RERAISE;
}
export function isUncondJump(op: number): boolean {
  return (
    op === O.JUMP ||
    op === O.JUMP_NO_INTERRUPT ||
    op === O.JUMP_FORWARD ||
    op === O.JUMP_BACKWARD ||
    op === O.JUMP_BACKWARD_NO_INTERRUPT
  );
}
function isTerminator(op: number): boolean {
  return O.hasJump(op) || isScopeExit(op);
}
function noFallthrough(b: Block): boolean {
  const last = b.last();
  return last !== undefined && (isScopeExit(last.opcode) || isUncondJump(last.opcode));
}
function hasFallthrough(b: Block): boolean {
  return !noFallthrough(b);
}
function exitsScope(b: Block): boolean {
  const last = b.last();
  return last !== undefined && isScopeExit(last.opcode);
}
function hasEvalBreak(b: Block): boolean {
  for (const i of b.instrs) {
    const op = i.opcode;
    if (
      op === O.JUMP_BACKWARD ||
      op === O.JUMP ||
      op === O.RESUME ||
      op === O.CALL ||
      op === O.CALL_KW ||
      op === O.CALL_FUNCTION_EX
    ) {
      return true;
    }
  }
  return false;
}
function hasNoLineno(b: Block): boolean {
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}

function nop(i: Instr): void {
  i.opcode = O.NOP;
  i.oparg = 0;
}

export class CFG {
  entry: Block;
  all: Block[] = [];
  cur: Block;
  private currentLabel = -1;
  nextLabel = 0;

  constructor() {
    this.entry = this.newBlock();
    this.cur = this.entry;
  }

  newBlock(): Block {
    const b = new Block();
    this.all.push(b);
    return b;
  }

  private maybeStartNewBlock(): void {
    const last = this.cur.last();
    let terminated = false;
    if (last && isTerminator(last.opcode)) terminated = true;
    else if (this.currentLabel >= 0) {
      if (last || this.cur.label >= 0) terminated = true;
      else {
        this.cur.label = this.currentLabel;
        this.currentLabel = -1;
      }
    }
    if (terminated) {
      const b = this.newBlock();
      b.label = this.currentLabel;
      this.currentLabel = -1;
      this.cur.next = b;
      this.cur = b;
    }
  }

  useLabel(l: number): void {
    this.currentLabel = l;
    this.maybeStartNewBlock();
  }

  addop(i: Instr): void {
    this.maybeStartNewBlock();
    this.cur.instrs.push(i);
  }

  blocks(): Block[] {
    const out: Block[] = [];
    for (let b: Block | null = this.entry; b; b = b.next) out.push(b);
    return out;
  }
}

/** _PyCfg_FromInstructionSequence: blocks start at jump targets and after terminators. */
export function cfgFromSequence(seq: SeqItem[]): CFG {
  // Label -> index of the next instruction.
  const labelPos = new Map<Label, number>();
  const instrs: SeqInstr[] = [];
  for (const it of seq) {
    if (it instanceof SeqInstr) instrs.push(it);
    else labelPos.set(it, instrs.length);
  }
  const targeted = new Uint8Array(instrs.length + 1);
  for (const ins of instrs) {
    if (ins.target) targeted[labelPos.get(ins.target)!] = 1;
  }
  const g = new CFG();
  const byIndex: Instr[] = [];
  for (let i = 0; i < instrs.length; i++) {
    const si = instrs[i]!;
    if (targeted[i]) g.useLabel(i);
    const ins = new Instr(si.opcode, si.oparg, si.loc, null);
    byIndex.push(ins);
    g.addop(ins);
  }
  g.nextLabel = instrs.length + 1;
  // translate_jump_labels_to_targets
  const labelToBlock = new Map<number, Block>();
  for (const b of g.blocks()) if (b.label >= 0) labelToBlock.set(b.label, b);
  for (let i = 0; i < instrs.length; i++) {
    const t = instrs[i]!.target;
    if (t) byIndex[i]!.target = labelToBlock.get(labelPos.get(t)!)!;
  }
  return g;
}

function markExceptHandlers(g: CFG): void {
  for (const b of g.blocks()) for (const i of b.instrs) if (isBlockPush(i.opcode)) i.target!.exceptHandler = true;
}

function labelExceptionTargets(g: CFG): void {
  const blocks = g.blocks();
  for (const b of blocks) b.visited = false;
  const todo: Block[] = [g.entry];
  g.entry.visited = true;
  g.entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack: Block[] | null = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length ? stack[stack.length - 1]! : null;
    let lastYieldExceptDepth = -1;
    for (let idx = 0; idx < b.instrs.length; idx++) {
      const instr = b.instrs[idx]!;
      if (isBlockPush(instr.opcode)) {
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = stack!.slice();
          todo.push(t);
          t.visited = true;
        }
        if (instr.opcode === O.SETUP_WITH || instr.opcode === O.SETUP_CLEANUP) t.preserveLasti = true;
        stack!.push(t);
        handler = t;
      } else if (instr.opcode === O.POP_BLOCK) {
        stack!.pop();
        handler = stack!.length ? stack![stack!.length - 1]! : null;
        nop(instr);
      } else if (isJump(instr.opcode)) {
        instr.except = handler;
        const t = instr.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) t.exceptStack = stack!.slice();
          else {
            t.exceptStack = stack;
            stack = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else if (instr.opcode === O.YIELD_VALUE) {
        instr.except = handler;
        lastYieldExceptDepth = stack!.length;
      } else if (instr.opcode === O.RESUME) {
        instr.except = handler;
        if (instr.oparg !== C.RESUME_AT_FUNC_START) {
          if (lastYieldExceptDepth === 1) instr.oparg |= C.RESUME_OPARG_DEPTH1_MASK;
          lastYieldExceptDepth = -1;
        }
      } else {
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

function removeUnreachable(g: CFG): void {
  const blocks = g.blocks();
  for (const b of blocks) {
    b.predecessors = 0;
    b.visited = false;
  }
  const stack: Block[] = [g.entry];
  g.entry.predecessors = 1;
  g.entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) {
        stack.push(b.next);
        b.next.visited = true;
      }
      b.next.predecessors++;
    }
    for (const instr of b.instrs) {
      if (isJump(instr.opcode) || isBlockPush(instr.opcode)) {
        const t = instr.target!;
        if (!t.visited) {
          stack.push(t);
          t.visited = true;
        }
        t.predecessors++;
      }
    }
  }
  for (const b of blocks) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.exceptHandler = false;
    }
  }
}

function nextNonemptyBlock(b: Block | null): Block | null {
  while (b && b.instrs.length === 0) b = b.next;
  return b;
}

function basicblockRemoveRedundantNops(bb: Block): number {
  let dest = 0;
  let prevLineno = -1;
  const ins = bb.instrs;
  for (let src = 0; src < ins.length; src++) {
    const lineno = ins[src]!.loc.lineno;
    if (ins[src]!.opcode === O.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1]!.loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src + 1]!.loc = ins[src]!.loc;
          continue;
        }
      } else {
        const next = nextNonemptyBlock(bb.next);
        if (next) {
          let nextLoc = NO_LOCATION;
          for (const i of next.instrs) {
            if (i.opcode === O.NOP && i.loc.lineno < 0) continue;
            nextLoc = i.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    ins[dest++] = ins[src]!;
    prevLineno = lineno;
  }
  const removed = ins.length - dest;
  ins.length = dest;
  return removed;
}

function removeRedundantNops(g: CFG): number {
  let changes = 0;
  for (const b of g.blocks()) changes += basicblockRemoveRedundantNops(b);
  return changes;
}

function removeRedundantNopsAndPairs(g: CFG): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: Instr | null = null;
    let instr: Instr | null = null;
    for (const b of g.blocks()) {
      basicblockRemoveRedundantNops(b);
      if (b.label >= 0) instr = null;
      for (const i of b.instrs) {
        prev = instr;
        instr = i;
        const prevOp = prev ? prev.opcode : 0;
        const prevArg = prev ? prev.oparg : 0;
        if (i.opcode === O.POP_TOP && (prevOp === O.LOAD_CONST || (prevOp === O.COPY && prevArg === 1))) {
          nop(prev!);
          nop(i);
          done = false;
        }
      }
      if ((instr && isJump(instr.opcode)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function removeRedundantJumps(g: CFG): number {
  let changes = 0;
  for (const b of g.blocks()) {
    const last = b.last();
    if (!last) continue;
    if (isUncondJump(last.opcode)) {
      const jt = nextNonemptyBlock(last.target);
      const next = nextNonemptyBlock(b.next);
      if (jt === next) {
        changes++;
        nop(last);
      }
    }
  }
  return changes;
}

function removeRedundantNopsAndJumps(g: CFG): void {
  for (;;) {
    const n = removeRedundantNops(g);
    const j = removeRedundantJumps(g);
    if (n + j === 0) break;
  }
}

const MAX_COPY_SIZE = 4;

function inlineSmallOrNoLinenoBlocks(g: CFG): void {
  let changes: boolean;
  do {
    changes = false;
    for (const bb of g.blocks()) {
      const last = bb.last();
      if (!last || !isUncondJump(last.opcode)) continue;
      const target = last.target!;
      const smallExit = exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE;
      const noLinenoNoFallthrough = hasNoLineno(target) && !hasFallthrough(target);
      if (smallExit || noLinenoNoFallthrough) {
        const removedJumpOpcode = last.opcode;
        nop(last);
        for (const i of target.instrs) bb.instrs.push(i.clone());
        if (noLinenoNoFallthrough) {
          const l = bb.last()!;
          if (isUncondJump(l.opcode) && removedJumpOpcode === O.JUMP) l.opcode = O.JUMP;
        }
        target.predecessors--;
        changes = true;
      }
    }
  } while (changes);
}

function jumpThread(g: CFG, bb: Block, inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.target !== target.target) {
    nop(inst);
    const j = new Instr(opcode, 0, target.loc, target.target);
    bb.instrs.push(j);
    return true;
  }
  void g;
  return false;
}

function addConst(v: PyObject, consts: ConstList): number {
  return consts.add(v);
}

function foldTupleOnConstants(bb: Block, i: number, n: number, consts: ConstList): void {
  for (let k = i - n; k < i; k++) if (bb.instrs[k]!.opcode !== O.LOAD_CONST) return;
  const items: PyObject[] = [];
  for (let k = i - n; k < i; k++) items.push(consts.values[bb.instrs[k]!.oparg]);
  const index = addConst(new PyTuple(items), consts);
  for (let k = i - n; k < i; k++) nop(bb.instrs[k]!);
  const inst = bb.instrs[i]!;
  inst.opcode = O.LOAD_CONST;
  inst.oparg = index;
}

const VISITED = -1;

function swaptimize(block: Block, ix: number): number {
  const ins = block.instrs;
  let depth = ins[ix]!.oparg;
  let len = 0;
  let more = false;
  const limit = ins.length - ix;
  while (++len < limit) {
    const op = ins[ix + len]!.opcode;
    if (op === O.SWAP) {
      depth = Math.max(depth, ins[ix + len]!.oparg);
      more = true;
    } else if (op !== O.NOP) break;
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ii = ins[ix + i]!;
    if (ii.opcode === O.SWAP) {
      const oparg = ii.oparg;
      const top = stack[0]!;
      stack[0] = stack[oparg - 1]!;
      stack[oparg - 1] = top;
    }
  }
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        const t = ins[ix + current--]!;
        t.opcode = O.SWAP;
        t.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j]!;
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (0 <= current) nop(ins[ix + current--]!);
  return ix + len - 1;
}

function swappable(op: number): boolean {
  return op === O.STORE_FAST || op === O.STORE_FAST_MAYBE_NULL || op === O.POP_TOP;
}
function storesTo(i: Instr): number {
  return i.opcode === O.STORE_FAST || i.opcode === O.STORE_FAST_MAYBE_NULL ? i.oparg : -1;
}

function nextSwappableInstruction(block: Block, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const ins = block.instrs[i]!;
    if (0 <= lineno && ins.loc.lineno !== lineno) return -1;
    if (ins.opcode === O.NOP) continue;
    if (swappable(ins.opcode)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(block: Block, i: number): void {
  for (; 0 <= i; i--) {
    const swap = block.instrs[i]!;
    if (swap.opcode !== O.SWAP) {
      if (swap.opcode === O.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j]!.loc.lineno;
    for (let count = swap.oparg - 1; 0 < count; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    const storeJ = storesTo(block.instrs[j]!);
    const storeK = storesTo(block.instrs[k]!);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(block.instrs[idx]!);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    nop(swap);
    const tmp = block.instrs[j]!;
    block.instrs[j] = block.instrs[k]!;
    block.instrs[k] = tmp;
  }
}

function optimizeBasicBlock(g: CFG, bb: Block, consts: ConstList): void {
  const nopInstr = new Instr(O.NOP, 0, NO_LOCATION, null);
  let target = nopInstr;
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i]!;
    const isCopyOfLoadConst = opcode === O.LOAD_CONST && inst.opcode === O.COPY && inst.oparg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
      if (hasTarget(opcode)) target = inst.target!.instrs[0]!;
      else target = nopInstr;
    }
    const nextop = i + 1 < bb.instrs.length ? bb.instrs[i + 1]!.opcode : 0;
    switch (opcode) {
      case O.LOAD_CONST: {
        switch (nextop) {
          case O.POP_JUMP_IF_FALSE:
          case O.POP_JUMP_IF_TRUE: {
            const isTrue = constTruth(consts.values[oparg]);
            nop(inst);
            const jumpIfTrue = nextop === O.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) bb.instrs[i + 1]!.opcode = O.JUMP;
            else nop(bb.instrs[i + 1]!);
            break;
          }
          case O.IS_OP: {
            const cnt = consts.values[oparg];
            if (cnt !== None) break;
            if (bb.instrs.length <= i + 2) break;
            const isInstr = bb.instrs[i + 1]!;
            let jumpInstr = bb.instrs[i + 2]!;
            if (jumpInstr.opcode === O.TO_BOOL) {
              nop(jumpInstr);
              if (bb.instrs.length <= i + 3) break;
              jumpInstr = bb.instrs[i + 3]!;
            }
            let invert = isInstr.oparg !== 0;
            if (jumpInstr.opcode === O.POP_JUMP_IF_FALSE) invert = !invert;
            else if (jumpInstr.opcode !== O.POP_JUMP_IF_TRUE) break;
            nop(inst);
            nop(isInstr);
            jumpInstr.opcode = invert ? O.POP_JUMP_IF_NOT_NONE : O.POP_JUMP_IF_NONE;
            break;
          }
          case O.RETURN_VALUE:
            nop(inst);
            i++;
            bb.instrs[i]!.opcode = O.RETURN_CONST;
            bb.instrs[i]!.oparg = oparg;
            break;
          case O.TO_BOOL: {
            const isTrue = constTruth(consts.values[oparg]);
            const index = addConst(isTrue, consts);
            nop(inst);
            bb.instrs[i + 1]!.opcode = O.LOAD_CONST;
            bb.instrs[i + 1]!.oparg = index;
            break;
          }
        }
        break;
      }
      case O.BUILD_TUPLE:
        if (nextop === O.UNPACK_SEQUENCE && oparg === bb.instrs[i + 1]!.oparg) {
          if (oparg === 1) {
            nop(inst);
            nop(bb.instrs[i + 1]!);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            nop(inst);
            bb.instrs[i + 1]!.opcode = O.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(bb, i, oparg, consts);
        break;
      case O.POP_JUMP_IF_NOT_NONE:
      case O.POP_JUMP_IF_NONE:
      case O.POP_JUMP_IF_FALSE:
      case O.POP_JUMP_IF_TRUE:
        if (target.opcode === O.JUMP) i -= jumpThread(g, bb, inst, target, inst.opcode) ? 1 : 0;
        break;
      case O.JUMP:
      case O.JUMP_NO_INTERRUPT:
        if (target.opcode === O.JUMP) {
          i -= jumpThread(g, bb, inst, target, O.JUMP) ? 1 : 0;
          continue;
        }
        if (target.opcode === O.JUMP_NO_INTERRUPT) {
          i -= jumpThread(g, bb, inst, target, opcode) ? 1 : 0;
          continue;
        }
        break;
      case O.STORE_FAST:
        if (
          opcode === nextop &&
          oparg === bb.instrs[i + 1]!.oparg &&
          bb.instrs[i]!.loc.lineno === bb.instrs[i + 1]!.loc.lineno
        ) {
          bb.instrs[i]!.opcode = O.POP_TOP;
          bb.instrs[i]!.oparg = 0;
        }
        break;
      case O.SWAP:
        if (oparg === 1) {
          nop(inst);
          break;
        }
        i = swaptimize(bb, i);
        applyStaticSwaps(bb, i);
        break;
      case O.LOAD_GLOBAL:
        if (nextop === O.PUSH_NULL && (oparg & 1) === 0) {
          inst.oparg = oparg | 1;
          nop(bb.instrs[i + 1]!);
        }
        break;
      case O.COMPARE_OP:
        if (nextop === O.TO_BOOL) {
          nop(inst);
          bb.instrs[i + 1]!.opcode = O.COMPARE_OP;
          bb.instrs[i + 1]!.oparg = oparg | 16;
          continue;
        }
        break;
      case O.CONTAINS_OP:
      case O.IS_OP:
        if (nextop === O.TO_BOOL) {
          nop(inst);
          bb.instrs[i + 1]!.opcode = opcode;
          bb.instrs[i + 1]!.oparg = oparg;
          continue;
        }
        if (nextop === O.UNARY_NOT) {
          nop(inst);
          bb.instrs[i + 1]!.opcode = opcode;
          bb.instrs[i + 1]!.oparg = oparg ^ 1;
          continue;
        }
        break;
      case O.TO_BOOL:
        if (nextop === O.TO_BOOL) {
          nop(inst);
          continue;
        }
        break;
      case O.UNARY_NOT:
        if (nextop === O.TO_BOOL) {
          nop(inst);
          bb.instrs[i + 1]!.opcode = O.UNARY_NOT;
          bb.instrs[i + 1]!.oparg = 0;
          continue;
        }
        if (nextop === O.UNARY_NOT) {
          nop(inst);
          nop(bb.instrs[i + 1]!);
          continue;
        }
        break;
      case O.CALL_INTRINSIC_1:
        if (oparg === C.INTRINSIC_LIST_TO_TUPLE && nextop === O.GET_ITER) nop(inst);
        break;
    }
  }
}

function duplicateExitsWithoutLineno(g: CFG): void {
  const isExitOrEvalCheckWithoutLineno = (b: Block): boolean => (exitsScope(b) || hasEvalBreak(b)) && hasNoLineno(b);
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    if (isJump(last.opcode)) {
      const target = nextNonemptyBlock(last.target)!;
      if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
        const nb = g.newBlock();
        nb.instrs = target.instrs.map((i) => i.clone());
        nb.instrs[0]!.loc = last.loc;
        last.target = nb;
        target.predecessors--;
        nb.predecessors = 1;
        nb.next = target.next;
        nb.label = g.nextLabel++;
        target.next = nb;
      }
    }
  }
  for (let b: Block | null = g.entry; b; b = b.next) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0) {
      if (isExitOrEvalCheckWithoutLineno(b.next)) {
        b.next.instrs[0]!.loc = b.last()!.loc;
      }
    }
  }
}

function propagateLineNumbers(g: CFG): void {
  for (let b: Block | null = g.entry; b; b = b.next) {
    const last = b.last();
    if (!last) continue;
    let prev = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno === -1) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      if (b.next.instrs.length > 0 && b.next.instrs[0]!.loc.lineno === -1) b.next.instrs[0]!.loc = prev;
    }
    if (isJump(last.opcode)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs.length && t.instrs[0]!.loc.lineno === -1) t.instrs[0]!.loc = prev;
    }
  }
}

function resolveLineNumbers(g: CFG): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
}

function optimizeCfg(g: CFG, consts: ConstList): void {
  inlineSmallOrNoLinenoBlocks(g);
  removeUnreachable(g);
  resolveLineNumbers(g);
  for (const b of g.blocks()) optimizeBasicBlock(g, b, consts);
  removeRedundantNopsAndPairs(g);
  removeUnreachable(g);
  removeRedundantNopsAndJumps(g);
}

/** Drops unused constants (keeping index 0: it may be the docstring) and renumbers LOAD_CONST/RETURN_CONST. */
function removeUnusedConsts(g: CFG, consts: ConstList): void {
  const n = consts.values.length;
  if (n === 0) return;
  const used = new Uint8Array(n);
  used[0] = 1;
  for (const b of g.blocks()) for (const i of b.instrs) if (O.hasConst(i.opcode)) used[i.oparg] = 1;
  const map = new Int32Array(n).fill(-1);
  const values: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    if (used[i]) {
      map[i] = values.length;
      values.push(consts.values[i]);
    }
  }
  if (values.length === n) return;
  consts.values = values;
  consts.rebuildIndex();
  for (const b of g.blocks()) for (const i of b.instrs) if (O.hasConst(i.opcode)) i.oparg = map[i.oparg]!;
}

function addChecksForLoadsOfUninitializedVariables(g: CFG, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    // Locals beyond the first 64 are analyzed one block at a time.
    const states = new Array<number>(nlocals - 64).fill(0);
    let blocknum = 0;
    for (const b of g.blocks()) {
      blocknum++;
      for (const instr of b.instrs) {
        const arg = instr.oparg;
        if (arg < 64) continue;
        switch (instr.opcode) {
          case O.DELETE_FAST:
          case O.LOAD_FAST_AND_CLEAR:
          case O.STORE_FAST_MAYBE_NULL:
            states[arg - 64] = blocknum - 1;
            break;
          case O.STORE_FAST:
            states[arg - 64] = blocknum;
            break;
          case O.LOAD_FAST:
            if (states[arg - 64] !== blocknum) instr.opcode = O.LOAD_FAST_CHECK;
            states[arg - 64] = blocknum;
            break;
        }
      }
    }
    nlocals = 64;
  }
  const blocks = g.blocks();
  for (const b of blocks) b.visited = false;
  const stack: Block[] = [];
  const maybePush = (b: Block, mask: bigint) => {
    const both = b.unsafeLocalsMask | mask;
    if (b.unsafeLocalsMask !== both) {
      b.unsafeLocalsMask = both;
      if (!b.visited) {
        stack.push(b);
        b.visited = true;
      }
    }
  };
  const scan = (b: Block) => {
    let mask = b.unsafeLocalsMask;
    for (const instr of b.instrs) {
      if (instr.except) maybePush(instr.except, mask);
      if (instr.oparg >= 64) continue;
      const bit = 1n << BigInt(instr.oparg);
      switch (instr.opcode) {
        case O.DELETE_FAST:
        case O.LOAD_FAST_AND_CLEAR:
        case O.STORE_FAST_MAYBE_NULL:
          mask |= bit;
          break;
        case O.STORE_FAST:
          mask &= ~bit;
          break;
        case O.LOAD_FAST_CHECK:
          mask &= ~bit;
          break;
        case O.LOAD_FAST:
          if (mask & bit) instr.opcode = O.LOAD_FAST_CHECK;
          mask &= ~bit;
          break;
      }
    }
    if (b.next && hasFallthrough(b)) maybePush(b.next, mask);
    const last = b.last();
    if (last && isJump(last.opcode)) maybePush(last.target!, mask);
  };
  let startMask = 0n;
  for (let i = nparams; i < nlocals; i++) startMask |= 1n << BigInt(i);
  maybePush(g.entry, startMask);
  for (const b of blocks) scan(b);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scan(b);
  }
}

function insertSuperinstructions(g: CFG): void {
  const make = (i1: Instr, i2: Instr, op: number) => {
    if (i1.loc.lineno !== i2.loc.lineno) return;
    if (i1.oparg >= 16 || i2.oparg >= 16) return;
    i1.opcode = op;
    i1.oparg = (i1.oparg << 4) | i2.oparg;
    nop(i2);
  };
  for (const b of g.blocks()) {
    for (let i = 0; i < b.instrs.length; i++) {
      const inst = b.instrs[i]!;
      const nextop = i + 1 < b.instrs.length ? b.instrs[i + 1]!.opcode : 0;
      if (inst.opcode === O.LOAD_FAST) {
        if (nextop === O.LOAD_FAST) make(inst, b.instrs[i + 1]!, O.LOAD_FAST_LOAD_FAST);
      } else if (inst.opcode === O.STORE_FAST) {
        if (nextop === O.LOAD_FAST) make(inst, b.instrs[i + 1]!, O.STORE_FAST_LOAD_FAST);
        else if (nextop === O.STORE_FAST) make(inst, b.instrs[i + 1]!, O.STORE_FAST_STORE_FAST);
      }
    }
  }
  removeRedundantNops(g);
}

function markCold(g: CFG): void {
  const blocks = g.blocks();
  for (const b of blocks) b.visited = false;
  const stack: Block[] = [g.entry];
  g.entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJump(i.opcode) && !i.target!.visited) {
        stack.push(i.target!);
        i.target!.visited = true;
      }
    }
  }
  for (const b of blocks) b.visited = false;
  for (const b of blocks) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJump(i.opcode)) {
        const t = i.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(g: CFG): void {
  const entry = g.entry;
  if (entry.next === null) return;
  markCold(g);
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next?.warm) {
      const ej = g.newBlock();
      if (b.next.label < 0) b.next.label = g.nextLabel++;
      ej.instrs.push(new Instr(O.JUMP_NO_INTERRUPT, 0, NO_LOCATION, b.next));
      ej.cold = true;
      ej.next = b.next;
      ej.predecessors = 1;
      b.next = ej;
    }
  }
  let coldBlocks: Block | null = null;
  let coldTail: Block | null = null;
  let b: Block = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let bEnd: Block = b.next;
    while (bEnd.next?.cold) bEnd = bEnd.next;
    if (coldBlocks === null) coldBlocks = b.next;
    else coldTail!.next = b.next;
    coldTail = bEnd;
    b.next = bEnd.next;
    bEnd.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantNopsAndJumps(g);
}

/** `_PyCfg_OptimizeCodeUnit`. */
export function optimizeCodeUnit(g: CFG, consts: ConstList, nlocals: number, nparams: number): void {
  markExceptHandlers(g);
  labelExceptionTargets(g);
  optimizeCfg(g, consts);
  removeUnusedConsts(g, consts);
  addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
  insertSuperinstructions(g);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g);
}

export function calculateStackdepth(g: CFG): number {
  const blocks = g.blocks();
  for (const b of blocks) b.startdepth = -0x7fffffff;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(g.entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const instr of b.instrs) {
      const effect = O.stackEffect(instr.opcode, instr.oparg, false);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (hasTarget(instr.opcode)) {
        const te = O.stackEffect(instr.opcode, instr.oparg, true);
        const targetDepth = depth + te;
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      if (isUncondJump(instr.opcode) || isScopeExit(instr.opcode)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  // CPython 3.13 never reports a stack size of 0 (a frame always has room for one value).
  return Math.max(maxdepth, 1);
}

export interface LocalsLayout {
  nlocals: number;
  /** cell index -> final slot */
  cellFixed: number[];
  nlocalsplus: number;
}

/** prepare_localsplus: prefix instructions (RETURN_GENERATOR, MAKE_CELL, COPY_FREE_VARS) and cell slots. */
export function prepareLocalsplus(
  g: CFG,
  varnames: Map<string, number>,
  cellvars: string[],
  nfreevars: number,
  firstlineno: number,
  codeFlags: number,
): number {
  const nlocals = varnames.size;
  const ncellvars = cellvars.length;
  const noffsets = ncellvars + nfreevars;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (let ci = 0; ci < ncellvars; ci++) {
    const vi = varnames.get(cellvars[ci]!);
    if (vi !== undefined) fixed[ci] = vi;
  }
  const entry = g.entry;
  if (codeFlags & (C.CO_GENERATOR | C.CO_COROUTINE | C.CO_ASYNC_GENERATOR)) {
    const loc = new Loc(firstlineno, firstlineno, -1, -1);
    entry.instrs.unshift(new Instr(O.RETURN_GENERATOR, 0, loc, null), new Instr(O.POP_TOP, 0, loc, null));
  }
  if (ncellvars) {
    const nvars = ncellvars + nlocals;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]!] = i + 1;
    const makeCells: Instr[] = [];
    for (let i = 0, used = 0; used < ncellvars; i++) {
      const oldindex = sorted[i]! - 1;
      if (oldindex === -1) continue;
      makeCells.push(new Instr(O.MAKE_CELL, oldindex, NO_LOCATION, null));
      used++;
    }
    entry.instrs.unshift(...makeCells);
  }
  if (nfreevars) entry.instrs.unshift(new Instr(O.COPY_FREE_VARS, nfreevars, NO_LOCATION, null));
  // fix_cell_offsets
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= numdropped;
    else numdropped++;
  }
  for (const b of g.blocks()) {
    for (const inst of b.instrs) {
      switch (inst.opcode) {
        case O.MAKE_CELL:
        case O.LOAD_CLOSURE:
        case O.LOAD_DEREF:
        case O.STORE_DEREF:
        case O.DELETE_DEREF:
        case O.LOAD_FROM_DICT_OR_DEREF:
          inst.oparg = fixed[inst.oparg]!;
      }
    }
  }
  return nlocals + ncellvars + nfreevars - numdropped;
}

export function convertPseudoOps(g: CFG): void {
  for (const b of g.blocks()) {
    for (const i of b.instrs) {
      if (isBlockPush(i.opcode)) nop(i);
      else if (i.opcode === O.LOAD_CLOSURE) i.opcode = O.LOAD_FAST;
      else if (i.opcode === O.STORE_FAST_MAYBE_NULL) i.opcode = O.STORE_FAST;
    }
  }
  removeRedundantNopsAndJumps(g);
}

export function normalizeJumps(g: CFG): void {
  for (let b: Block | null = g.entry; b; b = b.next) b.visited = false;
  for (let b: Block | null = g.entry; b; b = b.next) {
    b.visited = true;
    const last = b.last();
    if (!last || !isJump(last.opcode) || isUncondJump(last.opcode)) continue;
    const isForward = !last.target!.visited;
    if (isForward) continue;
    let reversed = 0;
    switch (last.opcode) {
      case O.POP_JUMP_IF_NOT_NONE:
        reversed = O.POP_JUMP_IF_NONE;
        break;
      case O.POP_JUMP_IF_NONE:
        reversed = O.POP_JUMP_IF_NOT_NONE;
        break;
      case O.POP_JUMP_IF_FALSE:
        reversed = O.POP_JUMP_IF_TRUE;
        break;
      case O.POP_JUMP_IF_TRUE:
        reversed = O.POP_JUMP_IF_FALSE;
        break;
      default:
        continue; // FOR_ITER / SEND jump forward only
    }
    const target = last.target!;
    const bj = g.newBlock();
    bj.instrs.push(new Instr(O.JUMP, 0, last.loc, target));
    last.opcode = reversed;
    last.target = b.next;
    bj.cold = b.cold;
    bj.next = b.next;
    b.next = bj;
  }
}

export { SeqInstr };
