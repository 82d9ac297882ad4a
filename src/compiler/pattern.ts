// Pattern matching (`match` statements): CPython 3.13's compiler_match and compiler_pattern_* functions.
// A pattern leaves its captures on the stack (below `onTop` items that must stay on top); on failure it
// jumps to failPop[n], a chain of POP_TOPs that discards the n items it had pushed.

import * as A from "../generated/ast.js";
import type { PyObject } from "../objects/object.js";
import { constantRepr, type PyConstant } from "../objects/repr.js";
import { None } from "../objects/singletons.js";
import { PyTuple } from "../objects/tuple.js";
import { constEqual } from "./ast_opt.js";
import { binopArg, type Compiler } from "./codegen.js";
import * as C from "./constants.js";
import { type Label, type Loc, locOf, NO_LOCATION } from "./instr.js";
import * as O from "./opcodes.js";

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

function isWildcard(p: A.pattern): boolean {
  return p instanceof A.MatchAs && p.pattern === null && p.name === null;
}
function isWildcardStar(p: A.pattern): boolean {
  return p instanceof A.MatchStar && p.name === null;
}

export function compileMatch(c: Compiler, s: A.Match): void {
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  c.visitExpr(s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  let m = s.cases[cases - 1]!;
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i]!;
    const ploc = locOf(m.pattern);
    if (i !== cases - hasDefault - 1) c.addopI(O.COPY, 1, ploc);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(ploc, name, A.STORE);
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      c.jumpIf(ploc, m.guard, pc.failPop[0]!, false);
    }
    if (i !== cases - hasDefault - 1) c.addop(O.POP_TOP, ploc);
    c.visitStmts(m.body);
    c.jump(O.JUMP, end, NO_LOCATION);
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1]!;
    const ploc = locOf(m.pattern);
    if (cases === 1) c.addop(O.POP_TOP, ploc);
    else c.addop(O.NOP, ploc);
    if (m.guard) c.jumpIf(ploc, m.guard, end, false);
    c.visitStmts(m.body);
  }
  c.useLabel(end);
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, loc: Loc, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, pc.failPop[pops]!, loc);
}

function emitAndResetFailPop(c: Compiler, loc: Loc, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  let size = pc.failPop.length;
  while (--size) {
    c.useLabel(pc.failPop[size]!);
    c.addop(O.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

function rotate(c: Compiler, loc: Loc, count: number): void {
  while (1 < count) c.addopI(O.SWAP, count--, loc);
}

function storeName(c: Compiler, loc: Loc, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(O.POP_TOP, loc);
    return;
  }
  if (n === "__debug__") throw c.error("cannot assign to __debug__", loc);
  if (pc.stores.includes(n)) throw c.error(`multiple assignments to name '${n}' in pattern`, loc);
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, loc: Loc, elts: A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (elt instanceof A.MatchStar && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        throw c.error("too many expressions in star-unpacking sequence pattern", loc);
      }
      c.addopI(O.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (elt instanceof A.MatchStar) {
      throw c.error("multiple starred expressions in sequence pattern", loc);
    }
  }
  if (!seenStar) c.addopI(O.UNPACK_SEQUENCE, n, loc);
}

function sequenceUnpack(c: Compiler, loc: Loc, patterns: A.pattern[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
}

function sequenceSubscr(c: Compiler, loc: Loc, patterns: A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i]!;
    if (isWildcard(pattern)) continue;
    if (i === star) continue;
    c.addopI(O.COPY, 1, loc);
    if (i < star) {
      c.loadConst(i, loc);
    } else {
      c.addop(O.GET_LEN, loc);
      c.loadConst(size - i, loc);
      c.addopI(O.BINARY_OP, binopArg(A.SUB, false), loc);
    }
    c.addop(O.BINARY_SUBSCR, loc);
    subpattern(c, pattern, pc);
  }
  pc.onTop--;
  c.addop(O.POP_TOP, loc);
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compare(c: Compiler, loc: Loc, op: A.cmpop): void {
  c.addCompare(loc, op);
}

export function compilePattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const loc = locOf(p);
  if (p instanceof A.MatchValue) {
    const value = p.value;
    if (!(value instanceof A.Constant || value instanceof A.Attribute)) {
      throw c.error("patterns may only match literals and attribute lookups", loc);
    }
    c.visitExpr(value);
    compare(c, loc, A.EQ);
    c.addop(O.TO_BOOL, loc);
    jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
  } else if (p instanceof A.MatchSingleton) {
    c.loadConst(p.value as PyObject, loc);
    compare(c, loc, A.IS);
    jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
  } else if (p instanceof A.MatchSequence) {
    const patterns = p.patterns;
    const size = patterns.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    for (let i = 0; i < size; i++) {
      const pattern = patterns[i]!;
      if (pattern instanceof A.MatchStar) {
        if (star >= 0) throw c.error("multiple starred names in sequence pattern", loc);
        starWildcard = isWildcardStar(pattern);
        onlyWildcard &&= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &&= isWildcard(pattern);
    }
    pc.onTop++;
    c.addop(O.MATCH_SEQUENCE, loc);
    jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
    if (star < 0) {
      c.addop(O.GET_LEN, loc);
      c.loadConst(size, loc);
      compare(c, loc, A.EQ);
      jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
    } else if (size - 1) {
      c.addop(O.GET_LEN, loc);
      c.loadConst(size - 1, loc);
      compare(c, loc, A.GT_E);
      jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) c.addop(O.POP_TOP, loc);
    else if (starWildcard) sequenceSubscr(c, loc, patterns, star, pc);
    else sequenceUnpack(c, loc, patterns, pc);
  } else if (p instanceof A.MatchMapping) {
    compileMapping(c, p, pc, loc);
  } else if (p instanceof A.MatchClass) {
    compileClassPattern(c, p, pc, loc);
  } else if (p instanceof A.MatchStar) {
    storeName(c, loc, p.name, pc);
  } else if (p instanceof A.MatchAs) {
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        if (p.name) throw c.error(`name capture '${p.name}' makes remaining patterns unreachable`, loc);
        throw c.error("wildcard makes remaining patterns unreachable", loc);
      }
      storeName(c, loc, p.name, pc);
      return;
    }
    pc.onTop++;
    c.addopI(O.COPY, 1, loc);
    compilePattern(c, p.pattern, pc);
    pc.onTop--;
    storeName(c, loc, p.name, pc);
  } else if (p instanceof A.MatchOr) {
    compileOr(c, p, pc, loc);
  }
}

function compileClassPattern(c: Compiler, p: A.MatchClass, pc: PatternContext, loc: Loc): void {
  const patterns = p.patterns;
  const kwdAttrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`, loc);
  }
  for (let i = 0; i < nattrs; i++) {
    const attr = kwdAttrs[i]!;
    if (attr === "__debug__") throw c.error("cannot assign to __debug__", locOf(kwdPatterns[i]!));
    for (let j = i + 1; j < nattrs; j++) {
      if (kwdAttrs[j] === attr) {
        throw c.error(`attribute name repeated in class pattern: ${attr}`, locOf(kwdPatterns[j]!));
      }
    }
  }
  c.visitExpr(p.cls);
  c.loadConst(new PyTuple(kwdAttrs.slice()), loc);
  c.addopI(O.MATCH_CLASS, nargs, loc);
  c.addopI(O.COPY, 1, loc);
  c.loadConst(None, loc);
  c.addopI(O.IS_OP, 1, loc);
  pc.onTop++;
  jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
  c.addopI(O.UNPACK_SEQUENCE, nargs + nattrs, loc);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const pattern = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
    if (isWildcard(pattern)) {
      c.addop(O.POP_TOP, loc);
      continue;
    }
    subpattern(c, pattern, pc);
  }
}

function compileMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext, loc: Loc): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    throw c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`, loc);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(O.MATCH_MAPPING, loc);
  jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(O.POP_TOP, loc);
    return;
  }
  if (size) {
    c.addop(O.GET_LEN, loc);
    c.loadConst(size, loc);
    compare(c, loc, A.GT_E);
    jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
  }
  const seen: PyObject[] = [];
  for (let i = 0; i < size; i++) {
    const key = keys[i]!;
    if (key instanceof A.Constant) {
      if (seen.some((s) => constEqual(s, key.value))) {
        throw c.error(`mapping pattern checks duplicate key (${constantRepr(key.value as PyConstant)})`, loc);
      }
      seen.push(key.value);
    } else if (!(key instanceof A.Attribute)) {
      throw c.error("mapping pattern keys may only match literals and attribute lookups", loc);
    }
    c.visitExpr(key);
  }
  c.addopI(O.BUILD_TUPLE, size, loc);
  c.addop(O.MATCH_KEYS, loc);
  pc.onTop += 2;
  c.addopI(O.COPY, 1, loc);
  c.loadConst(None, loc);
  c.addopI(O.IS_OP, 1, loc);
  jumpToFailPop(c, loc, pc, O.POP_JUMP_IF_FALSE);
  c.addopI(O.UNPACK_SEQUENCE, size, loc);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i]!, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    c.addopI(O.BUILD_MAP, 0, loc);
    c.addopI(O.SWAP, 3, loc);
    c.addopI(O.DICT_UPDATE, 2, loc);
    c.addopI(O.UNPACK_SEQUENCE, size, loc);
    while (size) {
      c.addopI(O.COPY, 1 + size--, loc);
      c.addopI(O.SWAP, 2, loc);
      c.addop(O.DELETE_SUBSCR, loc);
    }
    storeName(c, loc, starTarget, pc);
  } else {
    c.addop(O.POP_TOP, loc);
    c.addop(O.POP_TOP, loc);
  }
}

function compileOr(c: Compiler, p: A.MatchOr, pc: PatternContext, loc: Loc): void {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old: PatternContext = {
    stores: pc.stores,
    allowIrrefutable: pc.allowIrrefutable,
    failPop: pc.failPop,
    onTop: pc.onTop,
  };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    const aloc = locOf(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(O.COPY, 1, aloc);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (!i) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error("alternative patterns bind different names", loc);
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error("alternative patterns bind different names", loc);
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, aloc, icontrol + 1);
        }
      }
    }
    c.jump(O.JUMP, end, aloc);
    emitAndResetFailPop(c, aloc, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.addop(O.POP_TOP, loc);
  jumpToFailPop(c, loc, pc, O.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, loc, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) throw c.error(`multiple assignments to name '${name}' in pattern`, loc);
    pc.stores.push(name);
  }
  c.addop(O.POP_TOP, loc);
}

export { C };
