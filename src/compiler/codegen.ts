// Code generation (CPython 3.13's Python/compile.c): AST -> instruction sequence per code unit, with
// CPython's instruction choices, then flowgraph.ts optimizes and assemble.ts builds the PyCode.

import * as A from "../generated/ast.js";
import { type PySyntaxError, warningHook } from "../parser/errors.js";
import { PyBytes } from "../objects/bytes.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import type { PyCode } from "../objects/code.js";
import type { PyObject } from "../objects/object.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { PyCodePointStr } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { PyFrozenSet } from "../objects/set.js";
import { kindName, makeFrozenSet } from "./ast_opt.js";
import { assemble } from "./assemble.js";
import * as C from "./constants.js";
import { constKey, Label, Loc, locOf, NO_LOCATION, SeqInstr, type SeqItem } from "./instr.js";
import * as O from "./opcodes.js";
import {
  BlockType,
  CELL,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  makeSyntaxError,
  mangle,
  maybeMangle,
  type SymbolTable,
  type SymbolTableEntry,
} from "./symtable.js";
import { unparseAnnotation } from "./unparse.js";
import { compileMatch } from "./pattern.js";

export enum ScopeType {
  Module = 0,
  Class = 1,
  Function = 2,
  AsyncFunction = 3,
  Lambda = 4,
  Comprehension = 5,
  TypeParams = 6,
}

enum FBlock {
  WhileLoop = 0,
  ForLoop = 1,
  TryExcept = 2,
  FinallyTry = 3,
  FinallyEnd = 4,
  With = 5,
  AsyncWith = 6,
  HandlerCleanup = 7,
  PopValue = 8,
  ExceptionHandler = 9,
  ExceptionGroupHandler = 10,
  AsyncComprehensionGenerator = 11,
  StopIteration = 12,
}

interface FBlockInfo {
  type: FBlock;
  block: Label | null;
  exit: Label | null;
  loc: Loc;
  datum: unknown;
}

const STACK_USE_GUIDELINE = 30;
const CO_MAXBLOCKS = 21;

const COMP_GENEXP = 0;
const COMP_LISTCOMP = 1;
const COMP_SETCOMP = 2;
const COMP_DICTCOMP = 3;

export class ConstList {
  values: PyObject[] = [];
  private index = new Map<string, number>();
  add(v: PyObject): number {
    const k = constKey(v);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.index.set(k, i);
    }
    return i;
  }
  rebuildIndex(): void {
    this.index.clear();
    for (let i = 0; i < this.values.length; i++) this.index.set(constKey(this.values[i]), i);
  }
}

export class NameMap {
  names: string[] = [];
  private index = new Map<string, number>();
  constructor(initial: string[] = [], offset = 0) {
    this.offset = offset;
    for (const n of initial) this.add(n);
  }
  offset: number;
  add(n: string): number {
    let i = this.index.get(n);
    if (i === undefined) {
      i = this.names.length + this.offset;
      this.names.push(n);
      this.index.set(n, i);
    }
    return i;
  }
  get(n: string): number | undefined {
    return this.index.get(n);
  }
  get size(): number {
    return this.names.length;
  }
}

export class CompilerUnit {
  seq: SeqItem[] = [];
  nextLabel = 0;
  consts = new ConstList();
  names = new NameMap();
  varnames: NameMap;
  cellvars: NameMap;
  freevars: NameMap;
  fasthidden = new Map<string, boolean>();
  fblocks: FBlockInfo[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  qualname = "";
  private_: string | null = null;
  inInlinedComp = 0;
  staticAttributes: Set<string> | null = null;
  constructor(
    public ste: SymbolTableEntry,
    public name: string,
    public scopeType: ScopeType,
    public firstlineno: number,
  ) {
    this.varnames = new NameMap(ste.varnames);
    const cells: string[] = [];
    const sorted = [...ste.symbols.keys()].sort(cmpStr);
    for (const k of sorted) {
      if (ste.getScope(k) === CELL || ste.getSymbol(k) & DEF_COMP_CELL) cells.push(k);
    }
    this.cellvars = new NameMap(cells);
    if (ste.needsClassClosure) this.cellvars.add("__class__");
    if (ste.needsClassdict) this.cellvars.add("__classdict__");
    const frees: string[] = [];
    for (const k of sorted) {
      if (ste.getScope(k) === FREE || ste.getSymbol(k) & DEF_FREE_CLASS) frees.push(k);
    }
    this.freevars = new NameMap(frees, this.cellvars.size);
  }
}

function cmpStr(a: string, b: string): number {
  // Python orders str by code point; UTF-16 order differs only for astral characters.
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

interface InlinedCompState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, [number, number]> | null;
  fastHidden: Set<string> | null;
  cleanup: Label | null;
  end: Label | null;
}

export interface CompileOptions {
  filename: string;
  source: string | null;
  optimize: number;
  flags: number;
  interactive: boolean;
  futureLoc: { lineno: number; col_offset: number };
}

export class Compiler {
  u!: CompilerUnit;
  stack: CompilerUnit[] = [];
  nestlevel = 0;
  constructor(
    public st: SymbolTable,
    public opts: CompileOptions,
  ) {}

  get features(): number {
    return this.opts.flags;
  }

  error(
    msg: string,
    loc: Loc | { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null },
  ): PySyntaxError {
    const l =
      loc instanceof Loc
        ? {
            lineno: loc.lineno,
            col_offset: loc.col_offset,
            end_lineno: loc.end_lineno,
            end_col_offset: loc.end_col_offset,
          }
        : loc;
    return makeSyntaxError(msg, this.opts.filename, this.opts.source, l);
  }

  // ---- emission ----

  newLabel(): Label {
    return new Label(this.u.nextLabel++);
  }
  useLabel(l: Label): void {
    this.u.seq.push(l);
  }
  addop(op: number, loc: Loc): void {
    this.u.seq.push(new SeqInstr(op, 0, loc, null));
  }
  addopI(op: number, arg: number, loc: Loc): void {
    this.u.seq.push(new SeqInstr(op, arg, loc, null));
  }
  jump(op: number, target: Label, loc: Loc): void {
    this.u.seq.push(new SeqInstr(op, 0, loc, target));
  }
  loadConst(v: PyObject, loc: Loc): void {
    this.addopI(O.LOAD_CONST, this.u.consts.add(v), loc);
  }
  addName(op: number, name: string, loc: Loc): void {
    const mangled = maybeMangle(this.u.private_, this.u.ste, name);
    let arg = this.u.names.add(mangled);
    if (op === O.LOAD_ATTR) arg <<= 1;
    else if (op === O.LOAD_METHOD) {
      op = O.LOAD_ATTR;
      arg = (arg << 1) | 1;
    } else if (op === O.LOAD_SUPER_ATTR) arg = (arg << 2) | 2;
    else if (op === O.LOAD_SUPER_METHOD) {
      op = O.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 3;
    } else if (op === O.LOAD_ZERO_SUPER_ATTR) {
      op = O.LOAD_SUPER_ATTR;
      arg <<= 2;
    } else if (op === O.LOAD_ZERO_SUPER_METHOD) {
      op = O.LOAD_SUPER_ATTR;
      arg = (arg << 2) | 1;
    }
    this.addopI(op, arg, loc);
  }
  /** ADDOP_N: a name op without mangling (IMPORT_FROM in import-as). */
  addNameRaw(op: number, name: string, loc: Loc): void {
    this.addopI(op, this.u.names.add(name), loc);
  }
  addVarname(op: number, name: string, loc: Loc): void {
    this.addopI(op, this.u.varnames.add(name), loc);
  }

  // ---- scopes ----

  enterScope(name: string, scopeType: ScopeType, key: unknown, lineno: number, ste?: SymbolTableEntry): void {
    const entry = ste ?? this.st.lookup(key);
    const u = new CompilerUnit(entry, name, scopeType, lineno);
    if (scopeType === ScopeType.Class) u.staticAttributes = new Set();
    if (this.nestlevel > 0) {
      this.stack.push(this.u);
      u.private_ = this.u.private_;
    }
    this.u = u;
    this.nestlevel++;
    const loc = new Loc(lineno, lineno, 0, 0);
    if (scopeType === ScopeType.Module) {
      loc.lineno = 0;
      u.qualname = name;
    } else this.setQualname();
    this.addopI(O.RESUME, C.RESUME_AT_FUNC_START, loc);
  }

  exitScope(): void {
    this.nestlevel--;
    if (this.stack.length) this.u = this.stack.pop()!;
  }

  setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    const stackSize = this.stack.length;
    if (stackSize > 1) {
      let parent = this.stack[stackSize - 1]!;
      if (parent.scopeType === ScopeType.TypeParams) {
        if (stackSize === 2) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[stackSize - 2]!;
      }
      let forceGlobal = false;
      if (
        u.scopeType === ScopeType.Function ||
        u.scopeType === ScopeType.AsyncFunction ||
        u.scopeType === ScopeType.Class
      ) {
        const mangled = mangle(parent.private_, u.name);
        const scope = parent.ste.getScope(mangled);
        if (scope === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (
          parent.scopeType === ScopeType.Function ||
          parent.scopeType === ScopeType.AsyncFunction ||
          parent.scopeType === ScopeType.Lambda
        ) {
          base = parent.qualname + ".<locals>";
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + "." + u.name : u.name;
  }

  isTopLevelAwait(): boolean {
    return (this.features & C.PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.u.ste.type === BlockType.Module;
  }

  computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike()) {
      flags |= C.CO_NEWLOCALS | C.CO_OPTIMIZED;
      if (ste.nested) flags |= C.CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= C.CO_GENERATOR;
      if (ste.generator && ste.coroutine) flags |= C.CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= C.CO_VARARGS;
      if (ste.varkeywords) flags |= C.CO_VARKEYWORDS;
    }
    if (ste.coroutine && !ste.generator) flags |= C.CO_COROUTINE;
    flags |= this.features & C.PyCF_MASK;
    return flags;
  }

  optimizeAndAssemble(addNone: boolean): PyCode {
    const u = this.u;
    if (addNone) this.loadConst(None, NO_LOCATION);
    this.addop(O.RETURN_VALUE, NO_LOCATION);
    return assemble(u, this.computeCodeFlags(), this.opts.filename);
  }

  // ---- fblocks ----

  pushFBlock(loc: Loc, type: FBlock, block: Label | null, exit: Label | null, datum: unknown): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) throw this.error("too many statically nested blocks", loc);
    this.u.fblocks.push({ type, block, exit, loc, datum });
  }
  popFBlock(): void {
    this.u.fblocks.pop();
  }

  unwindFBlock(ploc: { loc: Loc }, info: FBlockInfo, preserveTos: boolean): void {
    switch (info.type) {
      case FBlock.WhileLoop:
      case FBlock.ExceptionHandler:
      case FBlock.ExceptionGroupHandler:
      case FBlock.AsyncComprehensionGenerator:
      case FBlock.StopIteration:
        return;
      case FBlock.ForLoop:
        if (preserveTos) this.addopI(O.SWAP, 2, ploc.loc);
        this.addop(O.POP_TOP, ploc.loc);
        return;
      case FBlock.TryExcept:
        this.addop(O.POP_BLOCK, ploc.loc);
        return;
      case FBlock.FinallyTry:
        this.addop(O.POP_BLOCK, ploc.loc);
        if (preserveTos) this.pushFBlock(ploc.loc, FBlock.PopValue, null, null, null);
        this.visitStmts(info.datum as A.stmt[]);
        if (preserveTos) this.popFBlock();
        ploc.loc = NO_LOCATION;
        return;
      case FBlock.FinallyEnd:
        if (preserveTos) this.addopI(O.SWAP, 2, ploc.loc);
        this.addop(O.POP_TOP, ploc.loc);
        if (preserveTos) this.addopI(O.SWAP, 2, ploc.loc);
        this.addop(O.POP_BLOCK, ploc.loc);
        this.addop(O.POP_EXCEPT, ploc.loc);
        return;
      case FBlock.With:
      case FBlock.AsyncWith:
        ploc.loc = info.loc;
        this.addop(O.POP_BLOCK, ploc.loc);
        if (preserveTos) this.addopI(O.SWAP, 2, ploc.loc);
        this.callExitWithNones(ploc.loc);
        if (info.type === FBlock.AsyncWith) {
          this.addopI(O.GET_AWAITABLE, 2, ploc.loc);
          this.loadConst(None, ploc.loc);
          this.addYieldFrom(ploc.loc, true);
        }
        this.addop(O.POP_TOP, ploc.loc);
        ploc.loc = NO_LOCATION;
        return;
      case FBlock.HandlerCleanup: {
        const name = info.datum as string | null;
        if (name) this.addop(O.POP_BLOCK, ploc.loc);
        if (preserveTos) this.addopI(O.SWAP, 2, ploc.loc);
        this.addop(O.POP_BLOCK, ploc.loc);
        this.addop(O.POP_EXCEPT, ploc.loc);
        if (name) {
          this.loadConst(None, ploc.loc);
          this.nameop(ploc.loc, name, A.STORE);
          this.nameop(ploc.loc, name, A.DEL);
        }
        return;
      }
      case FBlock.PopValue:
        if (preserveTos) this.addopI(O.SWAP, 2, ploc.loc);
        this.addop(O.POP_TOP, ploc.loc);
        return;
    }
  }

  /** Returns the loop fblock found (when `wantLoop`), after unwinding the blocks above it. */
  unwindFBlockStack(ploc: { loc: Loc }, preserveTos: boolean, wantLoop: boolean): FBlockInfo | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1]!;
    if (top.type === FBlock.ExceptionGroupHandler) {
      throw this.error("'break', 'continue' and 'return' cannot appear in an except* block", ploc.loc);
    }
    if (wantLoop && (top.type === FBlock.WhileLoop || top.type === FBlock.ForLoop)) return top;
    fbs.pop();
    this.unwindFBlock(ploc, top, preserveTos);
    const r = this.unwindFBlockStack(ploc, preserveTos, wantLoop);
    fbs.push(top);
    return r;
  }

  callExitWithNones(loc: Loc): void {
    this.loadConst(None, loc);
    this.loadConst(None, loc);
    this.loadConst(None, loc);
    this.addopI(O.CALL, 2, loc);
  }

  addYieldFrom(loc: Loc, isAwait: boolean): void {
    const send = this.newLabel();
    const fail = this.newLabel();
    const exit = this.newLabel();
    this.useLabel(send);
    this.jump(O.SEND, exit, loc);
    this.jump(O.SETUP_FINALLY, fail, loc);
    this.addopI(O.YIELD_VALUE, 1, loc);
    this.addop(O.POP_BLOCK, NO_LOCATION);
    this.addopI(O.RESUME, isAwait ? C.RESUME_AFTER_AWAIT : C.RESUME_AFTER_YIELD_FROM, loc);
    this.jump(O.JUMP_NO_INTERRUPT, send, loc);
    this.useLabel(fail);
    this.addop(O.CLEANUP_THROW, loc);
    this.useLabel(exit);
    this.addop(O.END_SEND, loc);
  }

  addYield(loc: Loc): void {
    if (this.u.ste.generator && this.u.ste.coroutine) {
      this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_ASYNC_GEN_WRAP, loc);
    }
    this.addopI(O.YIELD_VALUE, 0, loc);
    this.addopI(O.RESUME, C.RESUME_AFTER_YIELD, loc);
  }

  popExceptAndReraise(loc: Loc): void {
    this.addopI(O.COPY, 3, loc);
    this.addop(O.POP_EXCEPT, loc);
    this.addopI(O.RERAISE, 1, loc);
  }

  // ---- module ----

  compileModule(mod: A.mod): PyCode {
    this.enterScope("<module>", ScopeType.Module, mod, 1, this.st.top);
    if (mod instanceof A.Module) {
      this.compileBody(startLocation(mod.body), mod.body);
    } else if (mod instanceof A.Interactive) {
      if (findAnn(mod.body)) this.addop(O.SETUP_ANNOTATIONS, NO_LOCATION);
      for (const s of mod.body) this.visitStmt(s);
    } else if (mod instanceof A.Expression) {
      this.visitExpr(mod.body);
    }
    const co = this.optimizeAndAssemble(!(mod instanceof A.Expression));
    this.exitScope();
    return co;
  }

  compileBody(loc: Loc, stmts: A.stmt[]): void {
    if (this.u.scopeType === ScopeType.Module && stmts.length) loc = locOf(stmts[0]!);
    if (findAnn(stmts)) this.addop(O.SETUP_ANNOTATIONS, loc);
    if (!stmts.length) return;
    let first = 0;
    const doc = getDocString(stmts);
    if (doc !== null) {
      first = 1;
      if (this.opts.optimize < 2) {
        const st = stmts[0] as A.Expr;
        this.loadConst(cleanDoc(doc), locOf(st.value));
        this.nameop(NO_LOCATION, "__doc__", A.STORE);
      }
    }
    for (let i = first; i < stmts.length; i++) this.visitStmt(stmts[i]!);
  }

  // ---- names ----

  nameop(loc: Loc, name: string, ctx: A.expr_context): void {
    if (ctx === A.STORE && name === "__debug__") throw this.error("cannot assign to __debug__", loc);
    if (ctx === A.DEL && name === "__debug__") throw this.error("cannot delete __debug__", loc);
    const u = this.u;
    const mangled = maybeMangle(u.private_, u.ste, name);
    const scope = u.ste.getScope(mangled);
    let optype: "fast" | "global" | "deref" | "name" = "name";
    let dict: NameMap = u.names;
    switch (scope) {
      case FREE:
        dict = u.freevars;
        optype = "deref";
        break;
      case CELL:
        dict = u.cellvars;
        optype = "deref";
        break;
      case LOCAL:
        if (u.ste.isFunctionLike() || u.fasthidden.get(mangled) === true) optype = "fast";
        break;
      case GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike()) optype = "global";
        break;
      case GLOBAL_EXPLICIT:
        optype = "global";
        break;
    }
    let op = 0;
    switch (optype) {
      case "deref":
        if (ctx === A.LOAD) {
          if (u.ste.type === BlockType.Class && !u.inInlinedComp) {
            op = O.LOAD_FROM_DICT_OR_DEREF;
            this.addop(O.LOAD_LOCALS, loc);
          } else if (u.ste.canSeeClassScope) {
            op = O.LOAD_FROM_DICT_OR_DEREF;
            this.addopI(O.LOAD_DEREF, u.freevars.add("__classdict__"), loc);
          } else op = O.LOAD_DEREF;
        } else op = ctx === A.STORE ? O.STORE_DEREF : O.DELETE_DEREF;
        break;
      case "fast":
        op = ctx === A.LOAD ? O.LOAD_FAST : ctx === A.STORE ? O.STORE_FAST : O.DELETE_FAST;
        this.addVarname(op, mangled, loc);
        return;
      case "global":
        if (ctx === A.LOAD) {
          if (u.ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
            op = O.LOAD_FROM_DICT_OR_GLOBALS;
            this.addopI(O.LOAD_DEREF, u.freevars.add("__classdict__"), loc);
          } else op = O.LOAD_GLOBAL;
        } else op = ctx === A.STORE ? O.STORE_GLOBAL : O.DELETE_GLOBAL;
        break;
      case "name":
        if (ctx === A.LOAD) op = u.ste.type === BlockType.Class && u.inInlinedComp ? O.LOAD_GLOBAL : O.LOAD_NAME;
        else op = ctx === A.STORE ? O.STORE_NAME : O.DELETE_NAME;
        break;
    }
    let arg = dict.add(mangled);
    if (op === O.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg, loc);
  }

  // ---- statements ----

  visitStmts(stmts: A.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  visitStmt(s: A.stmt): void {
    const loc = locOf(s);
    switch (kindName(s)) {
      case "FunctionDef":
        this.compileFunction(s as A.FunctionDef, false);
        return;
      case "AsyncFunctionDef":
        this.compileFunction(s as A.AsyncFunctionDef, true);
        return;
      case "ClassDef":
        this.compileClass(s as A.ClassDef);
        return;
      case "TypeAlias":
        this.compileTypeAlias(s as A.TypeAlias);
        return;
      case "Return":
        this.compileReturn(s as A.Return);
        return;
      case "Delete":
        for (const t of (s as A.Delete).targets) this.visitExpr(t);
        return;
      case "Assign": {
        const a = s as A.Assign;
        this.visitExpr(a.value);
        const n = a.targets.length;
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addopI(O.COPY, 1, loc);
          this.visitExpr(a.targets[i]!);
        }
        return;
      }
      case "AugAssign":
        this.compileAugAssign(s as A.AugAssign);
        return;
      case "AnnAssign":
        this.compileAnnAssign(s as A.AnnAssign);
        return;
      case "For":
        this.compileFor(s as A.For);
        return;
      case "AsyncFor":
        this.compileAsyncFor(s as A.AsyncFor);
        return;
      case "While":
        this.compileWhile(s as A.While);
        return;
      case "If":
        this.compileIf(s as A.If);
        return;
      case "Match":
        compileMatch(this, s as A.Match);
        return;
      case "Raise": {
        const r = s as A.Raise;
        let n = 0;
        if (r.exc) {
          this.visitExpr(r.exc);
          n++;
          if (r.cause) {
            this.visitExpr(r.cause);
            n++;
          }
        }
        this.addopI(O.RAISE_VARARGS, n, loc);
        return;
      }
      case "Try": {
        const t = s as A.Try;
        if (t.finalbody.length) {
          this.compileTryFinally(t, false);
          return;
        }
        this.compileTryExcept(t);
        return;
      }
      case "TryStar": {
        const t = s as A.TryStar;
        if (t.finalbody.length) {
          this.compileTryFinally(t, true);
          return;
        }
        this.compileTryStarExcept(t);
        return;
      }
      case "Assert":
        this.compileAssert(s as A.Assert);
        return;
      case "Import":
        this.compileImport(s as A.Import);
        return;
      case "ImportFrom":
        this.compileFromImport(s as A.ImportFrom);
        return;
      case "Global":
      case "Nonlocal":
        return;
      case "Expr":
        this.compileStmtExpr(loc, (s as A.Expr).value);
        return;
      case "Pass":
        this.addop(O.NOP, loc);
        return;
      case "Break":
        this.compileBreak(loc);
        return;
      case "Continue":
        this.compileContinue(loc);
        return;
      case "With":
        this.compileWith(s as A.With, 0);
        return;
      case "AsyncWith":
        this.compileAsyncWith(s as A.AsyncWith, 0);
        return;
    }
    throw new Error("codegen: unknown statement " + kindName(s));
  }

  compileStmtExpr(loc: Loc, value: A.expr): void {
    if (this.opts.interactive && this.nestlevel <= 1) {
      this.visitExpr(value);
      this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_PRINT, loc);
      this.addop(O.POP_TOP, NO_LOCATION);
      return;
    }
    if (value instanceof A.Constant) {
      this.addop(O.NOP, loc);
      return;
    }
    this.visitExpr(value);
    this.addop(O.POP_TOP, NO_LOCATION);
  }

  compileReturn(s: A.Return): void {
    let loc = locOf(s);
    const value = s.value;
    const preserveTos = value !== null && !(value instanceof A.Constant);
    if (!this.u.ste.isFunctionLike()) throw this.error("'return' outside function", loc);
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) {
      throw this.error("'return' with value in async generator", loc);
    }
    if (preserveTos) this.visitExpr(value!);
    else if (value !== null) {
      loc = locOf(value);
      this.addop(O.NOP, loc);
    }
    if (value === null || value.lineno !== s.lineno) {
      loc = locOf(s);
      this.addop(O.NOP, loc);
    }
    const ploc = { loc };
    this.unwindFBlockStack(ploc, preserveTos, false);
    loc = ploc.loc;
    if (value === null) this.loadConst(None, loc);
    else if (!preserveTos) this.loadConst((value as A.Constant).value, loc);
    this.addop(O.RETURN_VALUE, loc);
  }

  compileBreak(loc: Loc): void {
    const origin = loc;
    this.addop(O.NOP, loc);
    const ploc = { loc };
    const loop = this.unwindFBlockStack(ploc, false, true);
    if (loop === null) throw this.error("'break' outside loop", origin);
    this.unwindFBlock(ploc, loop, false);
    this.jump(O.JUMP, loop.exit!, ploc.loc);
  }

  compileContinue(loc: Loc): void {
    const origin = loc;
    this.addop(O.NOP, loc);
    const ploc = { loc };
    const loop = this.unwindFBlockStack(ploc, false, true);
    if (loop === null) throw this.error("'continue' not properly in loop", origin);
    this.jump(O.JUMP, loop.block!, ploc.loc);
  }

  compileIf(s: A.If): void {
    const end = this.newLabel();
    const next = s.orelse.length ? this.newLabel() : end;
    this.jumpIf(locOf(s), s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length) {
      this.jump(O.JUMP, end, NO_LOCATION);
      this.useLabel(next);
      this.visitStmts(s.orelse);
    }
    this.useLabel(end);
  }

  compileFor(s: A.For): void {
    let loc = locOf(s);
    const start = this.newLabel();
    const body = this.newLabel();
    const cleanup = this.newLabel();
    const end = this.newLabel();
    this.pushFBlock(loc, FBlock.ForLoop, start, end, null);
    this.visitExpr(s.iter);
    loc = locOf(s.iter);
    this.addop(O.GET_ITER, loc);
    this.useLabel(start);
    this.jump(O.FOR_ITER, cleanup, loc);
    this.addop(O.NOP, locOf(s.target));
    this.useLabel(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.jump(O.JUMP, start, NO_LOCATION);
    this.useLabel(cleanup);
    this.addop(O.END_FOR, NO_LOCATION);
    this.addop(O.POP_TOP, NO_LOCATION);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  compileAsyncFor(s: A.AsyncFor): void {
    let loc = locOf(s);
    if (this.isTopLevelAwait()) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== ScopeType.AsyncFunction) throw this.error("'async for' outside async function", loc);
    const start = this.newLabel();
    const except = this.newLabel();
    const end = this.newLabel();
    this.visitExpr(s.iter);
    this.addop(O.GET_AITER, locOf(s.iter));
    this.useLabel(start);
    this.pushFBlock(loc, FBlock.ForLoop, start, end, null);
    this.jump(O.SETUP_FINALLY, except, loc);
    this.addop(O.GET_ANEXT, loc);
    this.loadConst(None, loc);
    this.addYieldFrom(loc, true);
    this.addop(O.POP_BLOCK, loc);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.jump(O.JUMP, start, NO_LOCATION);
    this.popFBlock();
    this.useLabel(except);
    loc = locOf(s.iter);
    this.addop(O.END_ASYNC_FOR, loc);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  compileWhile(s: A.While): void {
    const loop = this.newLabel();
    const body = this.newLabel();
    const end = this.newLabel();
    const anchor = this.newLabel();
    const loc = locOf(s);
    this.useLabel(loop);
    this.pushFBlock(loc, FBlock.WhileLoop, loop, end, null);
    this.jumpIf(loc, s.test, anchor, false);
    this.useLabel(body);
    this.visitStmts(s.body);
    this.jumpIf(loc, s.test, body, true);
    this.popFBlock();
    this.useLabel(anchor);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  compileTryFinally(s: A.Try | A.TryStar, star: boolean): void {
    let loc = locOf(s);
    const body = this.newLabel();
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.jump(O.SETUP_FINALLY, end, loc);
    this.useLabel(body);
    this.pushFBlock(loc, FBlock.FinallyTry, body, end, s.finalbody);
    if (s.handlers.length) {
      if (star) this.compileTryStarExcept(s as A.TryStar);
      else this.compileTryExcept(s as A.Try);
    } else {
      this.visitStmts(s.body);
    }
    this.addop(O.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.jump(O.JUMP, exit, NO_LOCATION);
    this.useLabel(end);
    loc = NO_LOCATION;
    this.jump(O.SETUP_CLEANUP, cleanup, loc);
    this.addop(O.PUSH_EXC_INFO, loc);
    this.pushFBlock(loc, FBlock.FinallyEnd, end, null, null);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.addopI(O.RERAISE, 0, loc);
    this.useLabel(cleanup);
    this.popExceptAndReraise(loc);
    this.useLabel(exit);
  }

  compileTryExcept(s: A.Try): void {
    const loc = locOf(s);
    const body = this.newLabel();
    let except = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    this.jump(O.SETUP_FINALLY, except, loc);
    this.useLabel(body);
    this.pushFBlock(loc, FBlock.TryExcept, body, null, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.addop(O.POP_BLOCK, NO_LOCATION);
    if (s.orelse.length) this.visitStmts(s.orelse);
    this.jump(O.JUMP, end, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.jump(O.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.addop(O.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFBlock(loc, FBlock.ExceptionHandler, null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as A.ExceptHandler;
      const hloc = locOf(handler);
      if (!handler.type && i < n - 1) throw this.error("default 'except:' must be last", hloc);
      except = this.newLabel();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(O.CHECK_EXC_MATCH, hloc);
        this.jump(O.POP_JUMP_IF_FALSE, except, hloc);
      }
      if (handler.name) {
        const cleanupEnd = this.newLabel();
        const cleanupBody = this.newLabel();
        this.nameop(hloc, handler.name, A.STORE);
        this.jump(O.SETUP_CLEANUP, cleanupEnd, hloc);
        this.useLabel(cleanupBody);
        this.pushFBlock(hloc, FBlock.HandlerCleanup, cleanupBody, null, handler.name);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.addop(O.POP_BLOCK, NO_LOCATION);
        this.addop(O.POP_BLOCK, NO_LOCATION);
        this.addop(O.POP_EXCEPT, NO_LOCATION);
        this.loadConst(None, NO_LOCATION);
        this.nameop(NO_LOCATION, handler.name, A.STORE);
        this.nameop(NO_LOCATION, handler.name, A.DEL);
        this.jump(O.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        this.useLabel(cleanupEnd);
        this.loadConst(None, NO_LOCATION);
        this.nameop(NO_LOCATION, handler.name, A.STORE);
        this.nameop(NO_LOCATION, handler.name, A.DEL);
        this.addopI(O.RERAISE, 1, NO_LOCATION);
      } else {
        const cleanupBody = this.newLabel();
        this.addop(O.POP_TOP, hloc);
        this.useLabel(cleanupBody);
        this.pushFBlock(hloc, FBlock.HandlerCleanup, cleanupBody, null, null);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.addop(O.POP_BLOCK, NO_LOCATION);
        this.addop(O.POP_EXCEPT, NO_LOCATION);
        this.jump(O.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      }
      this.useLabel(except);
    }
    this.popFBlock();
    this.addopI(O.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(end);
  }

  compileTryStarExcept(s: A.TryStar): void {
    const loc = locOf(s);
    const body = this.newLabel();
    let except = this.newLabel();
    const orelse = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    const reraiseStar = this.newLabel();
    this.jump(O.SETUP_FINALLY, except, loc);
    this.useLabel(body);
    this.pushFBlock(loc, FBlock.TryExcept, body, null, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.addop(O.POP_BLOCK, NO_LOCATION);
    this.jump(O.JUMP, orelse, NO_LOCATION);
    const n = s.handlers.length;
    this.useLabel(except);
    this.jump(O.SETUP_CLEANUP, cleanup, NO_LOCATION);
    this.addop(O.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFBlock(loc, FBlock.ExceptionGroupHandler, null, null, "except handler");
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i] as A.ExceptHandler;
      const hloc = locOf(handler);
      except = this.newLabel();
      const exceptWithError = this.newLabel();
      const noMatch = this.newLabel();
      if (i === 0) {
        this.addopI(O.BUILD_LIST, 0, hloc);
        this.addopI(O.COPY, 2, hloc);
      }
      if (handler.type) {
        this.visitExpr(handler.type);
        this.addop(O.CHECK_EG_MATCH, hloc);
        this.addopI(O.COPY, 1, hloc);
        this.jump(O.POP_JUMP_IF_NONE, noMatch, hloc);
      }
      const cleanupEnd = this.newLabel();
      const cleanupBody = this.newLabel();
      if (handler.name) this.nameop(hloc, handler.name, A.STORE);
      else this.addop(O.POP_TOP, hloc);
      this.jump(O.SETUP_CLEANUP, cleanupEnd, hloc);
      this.useLabel(cleanupBody);
      this.pushFBlock(hloc, FBlock.HandlerCleanup, cleanupBody, null, handler.name);
      this.visitStmts(handler.body);
      this.popFBlock();
      this.addop(O.POP_BLOCK, NO_LOCATION);
      if (handler.name) {
        this.loadConst(None, NO_LOCATION);
        this.nameop(NO_LOCATION, handler.name, A.STORE);
        this.nameop(NO_LOCATION, handler.name, A.DEL);
      }
      this.jump(O.JUMP, except, NO_LOCATION);
      this.useLabel(cleanupEnd);
      if (handler.name) {
        this.loadConst(None, NO_LOCATION);
        this.nameop(NO_LOCATION, handler.name, A.STORE);
        this.nameop(NO_LOCATION, handler.name, A.DEL);
      }
      this.addopI(O.LIST_APPEND, 3, NO_LOCATION);
      this.addop(O.POP_TOP, NO_LOCATION);
      this.jump(O.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(except);
      this.addop(O.NOP, NO_LOCATION);
      this.jump(O.JUMP, exceptWithError, NO_LOCATION);
      this.useLabel(noMatch);
      this.addop(O.POP_TOP, hloc);
      this.useLabel(exceptWithError);
      if (i === n - 1) {
        this.addopI(O.LIST_APPEND, 1, NO_LOCATION);
        this.jump(O.JUMP, reraiseStar, NO_LOCATION);
      }
    }
    this.popFBlock();
    const reraise = this.newLabel();
    this.useLabel(reraiseStar);
    this.addopI(O.CALL_INTRINSIC_2, C.INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
    this.addopI(O.COPY, 1, NO_LOCATION);
    this.jump(O.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
    this.addop(O.POP_TOP, NO_LOCATION);
    this.addop(O.POP_BLOCK, NO_LOCATION);
    this.addop(O.POP_EXCEPT, NO_LOCATION);
    this.jump(O.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    this.useLabel(reraise);
    this.addop(O.POP_BLOCK, NO_LOCATION);
    this.addopI(O.SWAP, 2, NO_LOCATION);
    this.addop(O.POP_EXCEPT, NO_LOCATION);
    this.addopI(O.RERAISE, 0, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(orelse);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  withExceptFinish(cleanup: Label): void {
    const suppress = this.newLabel();
    this.addop(O.TO_BOOL, NO_LOCATION);
    this.jump(O.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
    this.addopI(O.RERAISE, 2, NO_LOCATION);
    this.useLabel(suppress);
    this.addop(O.POP_TOP, NO_LOCATION);
    this.addop(O.POP_BLOCK, NO_LOCATION);
    this.addop(O.POP_EXCEPT, NO_LOCATION);
    this.addop(O.POP_TOP, NO_LOCATION);
    this.addop(O.POP_TOP, NO_LOCATION);
    const exit = this.newLabel();
    this.jump(O.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  compileWith(s: A.With, pos: number): void {
    const item = s.items[pos]!;
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.visitExpr(item.context_expr);
    const loc = locOf(item.context_expr);
    this.addop(O.BEFORE_WITH, loc);
    this.jump(O.SETUP_WITH, final, loc);
    this.useLabel(block);
    this.pushFBlock(loc, FBlock.With, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(O.POP_TOP, loc);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compileWith(s, pos);
    this.addop(O.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    this.callExitWithNones(loc);
    this.addop(O.POP_TOP, loc);
    this.jump(O.JUMP, exit, loc);
    this.useLabel(final);
    this.jump(O.SETUP_CLEANUP, cleanup, loc);
    this.addop(O.PUSH_EXC_INFO, loc);
    this.addop(O.WITH_EXCEPT_START, loc);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  compileAsyncWith(s: A.AsyncWith, pos: number): void {
    let loc = locOf(s);
    const item = s.items[pos]!;
    if (this.isTopLevelAwait()) this.u.ste.coroutine = true;
    else if (this.u.scopeType !== ScopeType.AsyncFunction) throw this.error("'async with' outside async function", loc);
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.visitExpr(item.context_expr);
    loc = locOf(item.context_expr);
    this.addop(O.BEFORE_ASYNC_WITH, loc);
    this.addopI(O.GET_AWAITABLE, 1, loc);
    this.loadConst(None, loc);
    this.addYieldFrom(loc, true);
    this.jump(O.SETUP_WITH, final, loc);
    this.useLabel(block);
    this.pushFBlock(loc, FBlock.AsyncWith, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.addop(O.POP_TOP, loc);
    pos++;
    if (pos === s.items.length) this.visitStmts(s.body);
    else this.compileAsyncWith(s, pos);
    this.popFBlock();
    this.addop(O.POP_BLOCK, loc);
    this.callExitWithNones(loc);
    this.addopI(O.GET_AWAITABLE, 2, loc);
    this.loadConst(None, loc);
    this.addYieldFrom(loc, true);
    this.addop(O.POP_TOP, loc);
    this.jump(O.JUMP, exit, loc);
    this.useLabel(final);
    this.jump(O.SETUP_CLEANUP, cleanup, loc);
    this.addop(O.PUSH_EXC_INFO, loc);
    this.addop(O.WITH_EXCEPT_START, loc);
    this.addopI(O.GET_AWAITABLE, 2, loc);
    this.loadConst(None, loc);
    this.addYieldFrom(loc, true);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  compileAssert(s: A.Assert): void {
    if (s.test instanceof A.Tuple && s.test.elts.length > 0) {
      warningHook.warn(
        "SyntaxWarning",
        "assertion is always true, perhaps remove parentheses?",
        this.opts.filename,
        s.lineno,
      );
    }
    if (this.opts.optimize) return;
    const loc = locOf(s);
    const end = this.newLabel();
    this.jumpIf(loc, s.test, end, true);
    this.addop(O.LOAD_ASSERTION_ERROR, loc);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.addopI(O.CALL, 0, loc);
    }
    // CPython raises at the position of the test (the traceback underlines it).
    this.addopI(O.RAISE_VARARGS, 1, locOf(s.test));
    this.useLabel(end);
  }

  compileImport(s: A.Import): void {
    const loc = locOf(s);
    for (const alias of s.names) {
      this.loadConst(0, loc);
      this.loadConst(None, loc);
      this.addName(O.IMPORT_NAME, alias.name, loc);
      if (alias.asname) {
        this.importAs(loc, alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf(".");
        this.nameop(loc, dot >= 0 ? alias.name.slice(0, dot) : alias.name, A.STORE);
      }
    }
  }

  importAs(loc: Loc, name: string, asname: string): void {
    let dot = name.indexOf(".");
    if (dot >= 0) {
      for (;;) {
        const pos = dot + 1;
        dot = name.indexOf(".", pos);
        const attr = name.slice(pos, dot >= 0 ? dot : name.length);
        this.addNameRaw(O.IMPORT_FROM, attr, loc);
        if (dot < 0) break;
        this.addopI(O.SWAP, 2, loc);
        this.addop(O.POP_TOP, loc);
      }
      this.nameop(loc, asname, A.STORE);
      this.addop(O.POP_TOP, loc);
      return;
    }
    this.nameop(loc, asname, A.STORE);
  }

  compileFromImport(s: A.ImportFrom): void {
    const loc = locOf(s);
    this.loadConst(s.level ?? 0, loc);
    const names = new PyTuple(s.names.map((a) => a.name));
    const fl = this.opts.futureLoc;
    const after = s.lineno > fl.lineno || (s.lineno === fl.lineno && s.col_offset > fl.col_offset);
    if (after && s.module === "__future__" && (s.level ?? 0) === 0) {
      throw this.error("from __future__ imports must occur at the beginning of the file", loc);
    }
    this.loadConst(names, loc);
    this.addName(O.IMPORT_NAME, s.module ?? "", loc);
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i]!;
      if (i === 0 && alias.name.startsWith("*")) {
        this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_IMPORT_STAR, loc);
        this.addop(O.POP_TOP, NO_LOCATION);
        return;
      }
      this.addName(O.IMPORT_FROM, alias.name, loc);
      this.nameop(loc, alias.asname ?? alias.name, A.STORE);
    }
    this.addop(O.POP_TOP, loc);
  }

  compileAugAssign(s: A.AugAssign): void {
    const e = s.target;
    let loc = locOf(e);
    if (e instanceof A.Attribute) {
      this.visitExpr(e.value);
      this.addopI(O.COPY, 1, loc);
      loc = this.updateStartLocationToMatchAttr(loc, e);
      this.addName(O.LOAD_ATTR, e.attr, loc);
    } else if (e instanceof A.Subscript) {
      this.visitExpr(e.value);
      if (isTwoElementSlice(e.slice)) {
        this.compileSlice(e.slice as A.Slice);
        this.addopI(O.COPY, 3, loc);
        this.addopI(O.COPY, 3, loc);
        this.addopI(O.COPY, 3, loc);
        this.addop(O.BINARY_SLICE, loc);
      } else {
        this.visitExpr(e.slice);
        this.addopI(O.COPY, 2, loc);
        this.addopI(O.COPY, 2, loc);
        this.addop(O.BINARY_SUBSCR, loc);
      }
    } else if (e instanceof A.Name) {
      this.nameop(loc, e.id, A.LOAD);
    } else {
      throw new Error("invalid node type for augmented assignment");
    }
    loc = locOf(s);
    this.visitExpr(s.value);
    this.addopI(O.BINARY_OP, binopArg(s.op, true), loc);
    loc = locOf(e);
    if (e instanceof A.Attribute) {
      loc = this.updateStartLocationToMatchAttr(loc, e);
      this.addopI(O.SWAP, 2, loc);
      this.addName(O.STORE_ATTR, e.attr, loc);
    } else if (e instanceof A.Subscript) {
      if (isTwoElementSlice(e.slice)) {
        this.addopI(O.SWAP, 4, loc);
        this.addopI(O.SWAP, 3, loc);
        this.addopI(O.SWAP, 2, loc);
        this.addop(O.STORE_SLICE, loc);
      } else {
        this.addopI(O.SWAP, 3, loc);
        this.addopI(O.SWAP, 2, loc);
        this.addop(O.STORE_SUBSCR, loc);
      }
    } else {
      this.nameop(loc, (e as A.Name).id, A.STORE);
    }
  }

  checkAnnExpr(e: A.expr): void {
    this.visitExpr(e);
    this.addop(O.POP_TOP, locOf(e));
  }

  checkAnnSubscr(e: A.expr): void {
    if (e instanceof A.Slice) {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e instanceof A.Tuple) {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  visitAnnexpr(e: A.expr): void {
    this.loadConst(unparseAnnotation(e), locOf(e));
  }

  compileAnnAssign(s: A.AnnAssign): void {
    const loc = locOf(s);
    const targ = s.target;
    const future = (this.features & C.CO_FUTURE_ANNOTATIONS) !== 0;
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    if (targ instanceof A.Name) {
      if (targ.id === "__debug__") throw this.error("cannot assign to __debug__", loc);
      if (s.simple && (this.u.scopeType === ScopeType.Module || this.u.scopeType === ScopeType.Class)) {
        if (future) this.visitAnnexpr(s.annotation);
        else this.visitExpr(s.annotation);
        this.addName(O.LOAD_NAME, "__annotations__", loc);
        this.loadConst(maybeMangle(this.u.private_, this.u.ste, targ.id), loc);
        this.addop(O.STORE_SUBSCR, loc);
      }
    } else if (targ instanceof A.Attribute) {
      if (targ.attr === "__debug__") throw this.error("cannot assign to __debug__", loc);
      if (!s.value) this.checkAnnExpr(targ.value);
    } else if (targ instanceof A.Subscript) {
      if (!s.value) {
        this.checkAnnExpr(targ.value);
        this.checkAnnSubscr(targ.slice);
      }
    }
    if (!s.simple && !future) {
      if (this.u.scopeType === ScopeType.Module || this.u.scopeType === ScopeType.Class) {
        this.checkAnnExpr(s.annotation);
      }
    }
  }

  // ---- functions and classes ----

  checkDebugArgs(args: A.arguments_): void {
    const check = (a: A.arg | null) => {
      if (a && a.arg === "__debug__") throw this.error("cannot assign to __debug__", locOf(a));
    };
    for (const a of args.posonlyargs) check(a);
    for (const a of args.args) check(a);
    check(args.vararg);
    for (const a of args.kwonlyargs) check(a);
    check(args.kwarg);
  }

  defaultArguments(loc: Loc, args: A.arguments_): number {
    let funcflags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.addopI(O.BUILD_TUPLE, args.defaults.length, loc);
      funcflags |= C.MAKE_FUNCTION_DEFAULTS;
    }
    if (args.kwonlyargs.length) {
      const keys: string[] = [];
      for (let i = 0; i < args.kwonlyargs.length; i++) {
        const d = args.kw_defaults[i];
        if (d) {
          keys.push(maybeMangle(this.u.private_, this.u.ste, args.kwonlyargs[i]!.arg));
          this.visitExpr(d);
        }
      }
      if (keys.length) {
        this.loadConst(new PyTuple(keys), loc);
        this.addopI(O.BUILD_CONST_KEY_MAP, keys.length, loc);
        funcflags |= C.MAKE_FUNCTION_KWDEFAULTS;
      }
    }
    return funcflags;
  }

  visitArgAnnotation(id: string, annotation: A.expr | null, count: { n: number }, loc: Loc): void {
    if (!annotation) return;
    this.loadConst(maybeMangle(this.u.private_, this.u.ste, id), loc);
    if (this.features & C.CO_FUTURE_ANNOTATIONS) {
      this.visitAnnexpr(annotation);
    } else if (annotation instanceof A.Starred) {
      this.visitExpr(annotation.value);
      this.addopI(O.UNPACK_SEQUENCE, 1, loc);
    } else {
      this.visitExpr(annotation);
    }
    count.n += 2;
  }

  visitAnnotations(loc: Loc, args: A.arguments_, returns: A.expr | null): boolean {
    const count = { n: 0 };
    for (const a of args.args) this.visitArgAnnotation(a.arg, a.annotation, count, loc);
    for (const a of args.posonlyargs) this.visitArgAnnotation(a.arg, a.annotation, count, loc);
    if (args.vararg?.annotation) this.visitArgAnnotation(args.vararg.arg, args.vararg.annotation, count, loc);
    for (const a of args.kwonlyargs) this.visitArgAnnotation(a.arg, a.annotation, count, loc);
    if (args.kwarg?.annotation) this.visitArgAnnotation(args.kwarg.arg, args.kwarg.annotation, count, loc);
    this.visitArgAnnotation("return", returns, count, loc);
    if (count.n) {
      this.addopI(O.BUILD_TUPLE, count.n, loc);
      return true;
    }
    return false;
  }

  compileDecorators(decos: A.expr[]): void {
    for (const d of decos) this.visitExpr(d);
  }
  applyDecorators(decos: A.expr[]): void {
    for (let i = decos.length - 1; i >= 0; i--) this.addopI(O.CALL, 0, locOf(decos[i]!));
  }

  compileFunction(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
    const args = s.args;
    this.checkDebugArgs(args);
    this.compileDecorators(s.decorator_list);
    let firstlineno = s.lineno;
    if (s.decorator_list.length) firstlineno = s.decorator_list[0]!.lineno;
    const loc = locOf(s);
    const isGeneric = s.type_params.length > 0;
    let funcflags = this.defaultArguments(loc, args);
    let numTypeparamArgs = 0;
    if (isGeneric) {
      if (funcflags & C.MAKE_FUNCTION_DEFAULTS) numTypeparamArgs++;
      if (funcflags & C.MAKE_FUNCTION_KWDEFAULTS) numTypeparamArgs++;
      if (numTypeparamArgs === 2) this.addopI(O.SWAP, 2, loc);
      this.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TypeParams, s.type_params, firstlineno);
      this.compileTypeParams(s.type_params);
      for (let i = 0; i < numTypeparamArgs; i++) this.addopI(O.LOAD_FAST, i, loc);
    }
    if (this.visitAnnotations(loc, args, s.returns)) funcflags |= C.MAKE_FUNCTION_ANNOTATIONS;
    this.compileFunctionBody(s, isAsync, funcflags, firstlineno);
    if (isGeneric) {
      this.addopI(O.SWAP, 2, loc);
      this.addopI(O.CALL_INTRINSIC_2, C.INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
      this.u.argcount = numTypeparamArgs;
      const co = this.optimizeAndAssemble(false);
      this.exitScope();
      this.makeClosure(loc, co, 0);
      if (numTypeparamArgs > 0) {
        this.addopI(O.SWAP, numTypeparamArgs + 1, loc);
        this.addopI(O.CALL, numTypeparamArgs - 1, loc);
      } else {
        this.addop(O.PUSH_NULL, loc);
        this.addopI(O.CALL, 0, loc);
      }
    }
    this.applyDecorators(s.decorator_list);
    this.nameop(loc, s.name, A.STORE);
  }

  compileFunctionBody(
    s: A.FunctionDef | A.AsyncFunctionDef,
    isAsync: boolean,
    funcflags: number,
    firstlineno: number,
  ): void {
    this.enterScope(s.name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno);
    let docstring: string | PyCodePointStr | null = null;
    if (this.opts.optimize < 2) {
      const d = getDocString(s.body);
      if (d !== null) docstring = cleanDoc(d);
    }
    this.u.consts.add(docstring ?? None);
    this.u.argcount = s.args.args.length;
    this.u.posonlyargcount = s.args.posonlyargs.length;
    this.u.kwonlyargcount = s.args.kwonlyargs.length;
    const start = this.newLabel();
    this.useLabel(start);
    const addStopIteration = this.u.ste.coroutine || this.u.ste.generator;
    if (addStopIteration) this.pushFBlock(NO_LOCATION, FBlock.StopIteration, start, null, null);
    for (let i = docstring !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]!);
    if (addStopIteration) {
      this.wrapInStopIterationHandler();
      this.popFBlock();
    }
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(locOf(s), co, funcflags);
  }

  wrapInStopIterationHandler(): void {
    const handler = this.newLabel();
    this.u.seq.unshift(new SeqInstr(O.SETUP_CLEANUP, 0, NO_LOCATION, handler));
    this.loadConst(None, NO_LOCATION);
    this.addop(O.RETURN_VALUE, NO_LOCATION);
    this.useLabel(handler);
    this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
    this.addopI(O.RERAISE, 1, NO_LOCATION);
  }

  getRefType(name: string): number {
    if (this.u.scopeType === ScopeType.Class && (name === "__class__" || name === "__classdict__")) return CELL;
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`compiler: unknown scope for name '${name}' in '${this.u.name}'`);
    return scope;
  }

  makeClosure(loc: Loc, co: PyCode, flags: number): void {
    const frees = co.co_freevars;
    if (frees.length) {
      for (const name of frees) {
        const reftype = this.getRefType(name);
        const arg = reftype === CELL ? this.u.cellvars.get(name) : this.u.freevars.get(name);
        if (arg === undefined) throw new Error(`compiler: lookup of closure variable '${name}' failed`);
        this.addopI(O.LOAD_CLOSURE, arg, loc);
      }
      flags |= C.MAKE_FUNCTION_CLOSURE;
      this.addopI(O.BUILD_TUPLE, frees.length, loc);
    }
    this.loadConst(co, loc);
    this.addop(O.MAKE_FUNCTION, loc);
    if (flags & C.MAKE_FUNCTION_CLOSURE) this.addopI(O.SET_FUNCTION_ATTRIBUTE, C.MAKE_FUNCTION_CLOSURE, loc);
    if (flags & C.MAKE_FUNCTION_ANNOTATIONS) this.addopI(O.SET_FUNCTION_ATTRIBUTE, C.MAKE_FUNCTION_ANNOTATIONS, loc);
    if (flags & C.MAKE_FUNCTION_KWDEFAULTS) this.addopI(O.SET_FUNCTION_ATTRIBUTE, C.MAKE_FUNCTION_KWDEFAULTS, loc);
    if (flags & C.MAKE_FUNCTION_DEFAULTS) this.addopI(O.SET_FUNCTION_ATTRIBUTE, C.MAKE_FUNCTION_DEFAULTS, loc);
  }

  compileTypeParamBoundOrDefault(e: A.expr, name: string, ste: SymbolTableEntry, allowStarred: boolean): void {
    this.enterScope(name, ScopeType.TypeParams, null, e.lineno, ste);
    if (allowStarred && e instanceof A.Starred) {
      this.visitExpr(e.value);
      this.addopI(O.UNPACK_SEQUENCE, 1, locOf(e));
    } else {
      this.visitExpr(e);
    }
    this.addop(O.RETURN_VALUE, locOf(e));
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(locOf(e), co, 0);
  }

  compileTypeParams(typeParams: A.type_param[]): void {
    let seenDefault = false;
    for (const tp of typeParams) {
      const loc = locOf(tp);
      const name = (tp as A.TypeVar).name;
      this.loadConst(name, loc);
      let def: A.expr | null = null;
      if (tp instanceof A.TypeVar) {
        if (tp.bound) {
          this.compileTypeParamBoundOrDefault(tp.bound, name, this.st.lookup(tp), false);
          this.addopI(
            O.CALL_INTRINSIC_2,
            tp.bound instanceof A.Tuple ? C.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : C.INTRINSIC_TYPEVAR_WITH_BOUND,
            loc,
          );
        } else {
          this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_TYPEVAR, loc);
        }
        def = tp.default_value;
        if (def) {
          seenDefault = true;
          this.compileTypeParamBoundOrDefault(def, name, this.st.defaultBlocks.get(tp)!, false);
          this.addopI(O.CALL_INTRINSIC_2, C.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
        }
      } else {
        const isTuple = tp instanceof A.TypeVarTuple;
        this.addopI(O.CALL_INTRINSIC_1, isTuple ? C.INTRINSIC_TYPEVARTUPLE : C.INTRINSIC_PARAMSPEC, loc);
        def = (tp as A.TypeVarTuple).default_value;
        if (def) {
          this.compileTypeParamBoundOrDefault(def, name, this.st.lookup(tp), isTuple);
          this.addopI(O.CALL_INTRINSIC_2, C.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
          seenDefault = true;
        }
      }
      if (!def && seenDefault) {
        throw this.error(`non-default type parameter '${name}' follows default type parameter`, loc);
      }
      this.addopI(O.COPY, 1, loc);
      this.nameop(loc, name, A.STORE);
    }
    this.addopI(O.BUILD_TUPLE, typeParams.length, locOf(typeParams[0]!));
  }

  compileClass(s: A.ClassDef): void {
    const decos = s.decorator_list;
    this.compileDecorators(decos);
    let firstlineno = s.lineno;
    if (decos.length) firstlineno = decos[0]!.lineno;
    const loc = locOf(s);
    const isGeneric = s.type_params.length > 0;
    if (isGeneric) {
      this.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TypeParams, s.type_params, firstlineno);
      this.u.private_ = s.name;
      this.compileTypeParams(s.type_params);
      this.nameop(loc, ".type_params", A.STORE);
    }
    this.compileClassBody(s, firstlineno);
    if (isGeneric) {
      this.nameop(loc, ".type_params", A.LOAD);
      this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_SUBSCRIPT_GENERIC, loc);
      this.nameop(loc, ".generic_base", A.STORE);
      const bases = [
        ...s.bases,
        new A.Name(".generic_base", A.LOAD, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset),
      ];
      this.callHelper(loc, 2, bases, s.keywords);
      const co = this.optimizeAndAssemble(false);
      this.exitScope();
      this.makeClosure(loc, co, 0);
      this.addop(O.PUSH_NULL, loc);
      this.addopI(O.CALL, 0, loc);
    } else {
      this.callHelper(loc, 2, s.bases, s.keywords);
    }
    this.applyDecorators(decos);
    this.nameop(loc, s.name, A.STORE);
  }

  compileClassBody(s: A.ClassDef, firstlineno: number): void {
    this.enterScope(s.name, ScopeType.Class, s, firstlineno);
    const u = this.u;
    let loc = new Loc(firstlineno, firstlineno, 0, 0);
    u.private_ = s.name;
    this.nameop(loc, "__name__", A.LOAD);
    this.nameop(loc, "__module__", A.STORE);
    this.loadConst(u.qualname, loc);
    this.nameop(loc, "__qualname__", A.STORE);
    this.loadConst(u.firstlineno, loc);
    this.nameop(loc, "__firstlineno__", A.STORE);
    if (s.type_params.length) {
      this.nameop(loc, ".type_params", A.LOAD);
      this.nameop(loc, "__type_params__", A.STORE);
    }
    if (u.ste.needsClassdict) {
      this.addop(O.LOAD_LOCALS, loc);
      this.addopI(O.STORE_DEREF, u.cellvars.add("__classdict__"), loc);
    }
    this.compileBody(loc, s.body);
    const attrs = [...u.staticAttributes!].sort(cmpStr);
    this.loadConst(new PyTuple(attrs), NO_LOCATION);
    this.nameop(NO_LOCATION, "__static_attributes__", A.STORE);
    if (u.ste.needsClassdict) {
      this.addopI(O.LOAD_CLOSURE, u.cellvars.get("__classdict__")!, NO_LOCATION);
      this.nameop(NO_LOCATION, "__classdictcell__", A.STORE);
    }
    if (u.ste.needsClassClosure) {
      this.addopI(O.LOAD_CLOSURE, u.cellvars.get("__class__")!, NO_LOCATION);
      this.addopI(O.COPY, 1, NO_LOCATION);
      this.nameop(NO_LOCATION, "__classcell__", A.STORE);
    } else {
      this.loadConst(None, NO_LOCATION);
    }
    this.addop(O.RETURN_VALUE, NO_LOCATION);
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    loc = locOf(s);
    this.addop(O.LOAD_BUILD_CLASS, loc);
    this.addop(O.PUSH_NULL, loc);
    this.makeClosure(loc, co, 0);
    this.loadConst(s.name, loc);
  }

  compileTypeAlias(s: A.TypeAlias): void {
    const loc = locOf(s);
    const isGeneric = s.type_params.length > 0;
    const name = (s.name as A.Name).id;
    if (isGeneric) {
      this.enterScope(`<generic parameters of ${name}>`, ScopeType.TypeParams, s.type_params, loc.lineno);
      this.loadConst(name, loc);
      this.compileTypeParams(s.type_params);
    } else {
      this.loadConst(name, loc);
      this.loadConst(None, loc);
    }
    // body
    this.enterScope(name, ScopeType.Function, s, loc.lineno);
    this.u.consts.add(None);
    this.visitExpr(s.value);
    this.addop(O.RETURN_VALUE, loc);
    const co = this.optimizeAndAssemble(false);
    this.exitScope();
    this.makeClosure(loc, co, 0);
    this.addopI(O.BUILD_TUPLE, 3, loc);
    this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_TYPEALIAS, loc);
    if (isGeneric) {
      const co2 = this.optimizeAndAssemble(false);
      this.exitScope();
      this.makeClosure(loc, co2, 0);
      this.addop(O.PUSH_NULL, loc);
      this.addopI(O.CALL, 0, loc);
    }
    this.nameop(loc, name, A.STORE);
  }

  compileLambda(e: A.Lambda): void {
    const args = e.args;
    this.checkDebugArgs(args);
    const loc = locOf(e);
    const funcflags = this.defaultArguments(loc, args);
    this.enterScope("<lambda>", ScopeType.Lambda, e, e.lineno);
    this.u.consts.add(None);
    this.u.argcount = args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
    this.visitExpr(e.body);
    let co: PyCode;
    if (this.u.ste.generator) {
      co = this.optimizeAndAssemble(false);
    } else {
      this.addop(O.RETURN_VALUE, locOf(e.body));
      co = this.optimizeAndAssemble(true);
    }
    this.exitScope();
    this.makeClosure(loc, co, funcflags);
  }

  // ---- expressions ----

  visitExpr(e: A.expr): void {
    const loc = locOf(e);
    switch (kindName(e)) {
      case "NamedExpr": {
        const n = e as A.NamedExpr;
        this.visitExpr(n.value);
        this.addopI(O.COPY, 1, loc);
        this.visitExpr(n.target);
        return;
      }
      case "BoolOp":
        this.compileBoolOp(e as A.BoolOp);
        return;
      case "BinOp": {
        const b = e as A.BinOp;
        this.visitExpr(b.left);
        this.visitExpr(b.right);
        this.addopI(O.BINARY_OP, binopArg(b.op, false), loc);
        return;
      }
      case "UnaryOp": {
        const u = e as A.UnaryOp;
        this.visitExpr(u.operand);
        if (u.op === A.U_ADD) this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_UNARY_POSITIVE, loc);
        else if (u.op === A.NOT) {
          this.addop(O.TO_BOOL, loc);
          this.addop(O.UNARY_NOT, loc);
        } else this.addop(u.op === A.INVERT ? O.UNARY_INVERT : O.UNARY_NEGATIVE, loc);
        return;
      }
      case "Lambda":
        this.compileLambda(e as A.Lambda);
        return;
      case "IfExp": {
        const i = e as A.IfExp;
        const end = this.newLabel();
        const next = this.newLabel();
        this.jumpIf(loc, i.test, next, false);
        this.visitExpr(i.body);
        this.jump(O.JUMP, end, NO_LOCATION);
        this.useLabel(next);
        this.visitExpr(i.orelse);
        this.useLabel(end);
        return;
      }
      case "Dict":
        this.compileDict(e as A.Dict);
        return;
      case "Set":
        this.starunpackHelper(loc, (e as A.Set).elts, 0, O.BUILD_SET, O.SET_ADD, O.SET_UPDATE, false);
        return;
      case "GeneratorExp": {
        const g = e as A.GeneratorExp;
        this.compileComprehension(e, COMP_GENEXP, "<genexpr>", g.generators, g.elt, null);
        return;
      }
      case "ListComp": {
        const g = e as A.ListComp;
        this.compileComprehension(e, COMP_LISTCOMP, "<listcomp>", g.generators, g.elt, null);
        return;
      }
      case "SetComp": {
        const g = e as A.SetComp;
        this.compileComprehension(e, COMP_SETCOMP, "<setcomp>", g.generators, g.elt, null);
        return;
      }
      case "DictComp": {
        const g = e as A.DictComp;
        this.compileComprehension(e, COMP_DICTCOMP, "<dictcomp>", g.generators, g.key, g.value);
        return;
      }
      case "Yield": {
        if (!this.u.ste.isFunctionLike()) throw this.error("'yield' outside function", loc);
        const y = e as A.Yield;
        if (y.value) this.visitExpr(y.value);
        else this.loadConst(None, loc);
        this.addYield(loc);
        return;
      }
      case "YieldFrom": {
        if (!this.u.ste.isFunctionLike()) throw this.error("'yield' outside function", loc);
        if (this.u.scopeType === ScopeType.AsyncFunction) throw this.error("'yield from' inside async function", loc);
        this.visitExpr((e as A.YieldFrom).value);
        this.addop(O.GET_YIELD_FROM_ITER, loc);
        this.loadConst(None, loc);
        this.addYieldFrom(loc, false);
        return;
      }
      case "Await": {
        if (!this.isTopLevelAwait()) {
          if (!this.u.ste.isFunctionLike()) throw this.error("'await' outside function", loc);
          if (this.u.scopeType !== ScopeType.AsyncFunction && this.u.scopeType !== ScopeType.Comprehension) {
            throw this.error("'await' outside async function", loc);
          }
        }
        this.visitExpr((e as A.Await).value);
        this.addopI(O.GET_AWAITABLE, 0, loc);
        this.loadConst(None, loc);
        this.addYieldFrom(loc, true);
        return;
      }
      case "Compare":
        this.compileCompare(e as A.Compare);
        return;
      case "Call":
        this.compileCall(e as A.Call);
        return;
      case "Constant":
        this.loadConst((e as A.Constant).value, loc);
        return;
      case "JoinedStr":
        this.compileJoinedStr(e as A.JoinedStr);
        return;
      case "FormattedValue":
        this.compileFormattedValue(e as A.FormattedValue);
        return;
      case "Attribute": {
        const a = e as A.Attribute;
        if (a.ctx === A.LOAD && this.canOptimizeSuperCall(a)) {
          const call = a.value as A.Call;
          this.loadArgsForSuper(call);
          this.addName(call.args.length ? O.LOAD_SUPER_ATTR : O.LOAD_ZERO_SUPER_ATTR, a.attr, loc);
          this.addop(O.NOP, this.updateStartLocationToMatchAttr(loc, a));
          return;
        }
        this.maybeAddStaticAttributeToClass(a);
        this.visitExpr(a.value);
        const l2 = this.updateStartLocationToMatchAttr(loc, a);
        if (a.ctx === A.LOAD) this.addName(O.LOAD_ATTR, a.attr, l2);
        else if (a.ctx === A.STORE) {
          if (a.attr === "__debug__") throw this.error("cannot assign to __debug__", loc);
          this.addName(O.STORE_ATTR, a.attr, l2);
        } else {
          if (a.attr === "__debug__") throw this.error("cannot delete __debug__", loc);
          this.addName(O.DELETE_ATTR, a.attr, l2);
        }
        return;
      }
      case "Subscript":
        this.compileSubscript(e as A.Subscript);
        return;
      case "Starred":
        if ((e as A.Starred).ctx === A.STORE) {
          throw this.error("starred assignment target must be in a list or tuple", loc);
        }
        throw this.error("can't use starred expression here", loc);
      case "Slice": {
        const n = this.compileSlice(e as A.Slice);
        this.addopI(O.BUILD_SLICE, n, loc);
        return;
      }
      case "Name":
        this.nameop(loc, (e as A.Name).id, (e as A.Name).ctx);
        return;
      case "List": {
        const l = e as A.List;
        if (l.ctx === A.STORE) {
          this.assignmentHelper(loc, l.elts);
          return;
        }
        if (l.ctx === A.LOAD) {
          this.starunpackHelper(loc, l.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, false);
          return;
        }
        for (const x of l.elts) this.visitExpr(x);
        return;
      }
      case "Tuple": {
        const t = e as A.Tuple;
        if (t.ctx === A.STORE) {
          this.assignmentHelper(loc, t.elts);
          return;
        }
        if (t.ctx === A.LOAD) {
          this.starunpackHelper(loc, t.elts, 0, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
          return;
        }
        for (const x of t.elts) this.visitExpr(x);
        return;
      }
    }
    throw new Error("codegen: unknown expression " + kindName(e));
  }

  maybeAddStaticAttributeToClass(e: A.Attribute): void {
    if (!(e.value instanceof A.Name) || e.ctx !== A.STORE || e.value.id !== "self") return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const u = this.stack[i]!;
      if (u.scopeType === ScopeType.Class) {
        u.staticAttributes!.add(e.attr);
        break;
      }
    }
  }

  updateStartLocationToMatchAttr(loc: Loc, attr: A.Attribute): Loc {
    const endLineno = attr.end_lineno ?? attr.lineno;
    if (loc.lineno !== endLineno) {
      const l = new Loc(endLineno, loc.end_lineno, loc.col_offset, loc.end_col_offset);
      const len = [...attr.attr].length;
      const endCol = attr.end_col_offset ?? 0;
      if (len <= endCol) l.col_offset = endCol - len;
      else {
        l.col_offset = -1;
        l.end_col_offset = -1;
      }
      l.end_lineno = Math.max(l.lineno, l.end_lineno);
      if (l.lineno === l.end_lineno) l.end_col_offset = Math.max(l.col_offset, l.end_col_offset);
      return l;
    }
    return loc;
  }

  compileBoolOp(e: A.BoolOp): void {
    const loc = locOf(e);
    const jumpi = e.op === A.AND ? O.POP_JUMP_IF_FALSE : O.POP_JUMP_IF_TRUE;
    const end = this.newLabel();
    const s = e.values;
    const n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(s[i]!);
      this.addopI(O.COPY, 1, loc);
      this.addop(O.TO_BOOL, loc);
      this.jump(jumpi, end, loc);
      this.addop(O.POP_TOP, loc);
    }
    this.visitExpr(s[n]!);
    this.useLabel(end);
  }

  jumpIf(loc: Loc, e: A.expr, next: Label, cond: boolean): void {
    if (e instanceof A.UnaryOp && e.op === A.NOT) {
      this.jumpIf(loc, e.operand, next, !cond);
      return;
    }
    if (e instanceof A.BoolOp) {
      const s = e.values;
      const n = s.length - 1;
      const cond2 = e.op === A.OR;
      let next2 = next;
      if (!cond2 !== !cond) next2 = this.newLabel();
      for (let i = 0; i < n; i++) this.jumpIf(loc, s[i]!, next2, cond2);
      this.jumpIf(loc, s[n]!, next, cond);
      if (next2 !== next) this.useLabel(next2);
      return;
    }
    if (e instanceof A.IfExp) {
      const end = this.newLabel();
      const next2 = this.newLabel();
      this.jumpIf(loc, e.test, next2, false);
      this.jumpIf(loc, e.body, next, cond);
      this.jump(O.JUMP, end, NO_LOCATION);
      this.useLabel(next2);
      this.jumpIf(loc, e.orelse, next, cond);
      this.useLabel(end);
      return;
    }
    if (e instanceof A.Compare && e.ops.length > 1) {
      this.checkCompare(e);
      const eloc = locOf(e);
      const n = e.ops.length - 1;
      const cleanup = this.newLabel();
      this.visitExpr(e.left);
      for (let i = 0; i < n; i++) {
        this.visitExpr(e.comparators[i]!);
        this.addopI(O.SWAP, 2, eloc);
        this.addopI(O.COPY, 2, eloc);
        this.addCompare(eloc, e.ops[i]!);
        this.addop(O.TO_BOOL, eloc);
        this.jump(O.POP_JUMP_IF_FALSE, cleanup, eloc);
      }
      this.visitExpr(e.comparators[n]!);
      this.addCompare(eloc, e.ops[n]!);
      this.addop(O.TO_BOOL, eloc);
      this.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next, eloc);
      const end = this.newLabel();
      this.jump(O.JUMP, end, NO_LOCATION);
      this.useLabel(cleanup);
      this.addop(O.POP_TOP, eloc);
      if (!cond) this.jump(O.JUMP, next, NO_LOCATION);
      this.useLabel(end);
      return;
    }
    this.visitExpr(e);
    const eloc = locOf(e);
    this.addop(O.TO_BOOL, eloc);
    this.jump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, next, eloc);
  }

  addCompare(loc: Loc, op: A.cmpop): void {
    let cmp: number;
    switch (op) {
      case A.EQ:
        cmp = C.PY_EQ;
        break;
      case A.NOT_EQ:
        cmp = C.PY_NE;
        break;
      case A.LT:
        cmp = C.PY_LT;
        break;
      case A.LT_E:
        cmp = C.PY_LE;
        break;
      case A.GT:
        cmp = C.PY_GT;
        break;
      case A.GT_E:
        cmp = C.PY_GE;
        break;
      case A.IS:
        this.addopI(O.IS_OP, 0, loc);
        return;
      case A.IS_NOT:
        this.addopI(O.IS_OP, 1, loc);
        return;
      case A.IN:
        this.addopI(O.CONTAINS_OP, 0, loc);
        return;
      default:
        this.addopI(O.CONTAINS_OP, 1, loc);
        return;
    }
    this.addopI(O.COMPARE_OP, C.COMPARE_OPARG[cmp]!, loc);
  }

  /** SyntaxWarning for `is` / `is not` with a literal (CPython's check_compare). */
  checkCompare(e: A.Compare): void {
    let left: A.expr = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]!;
      const right = e.comparators[i]!;
      if (op === A.IS || op === A.IS_NOT) {
        const bad = literalTypeName(left) ?? literalTypeName(right);
        if (bad !== null) {
          const msg =
            op === A.IS
              ? `"is" with '${bad}' literal. Did you mean "=="?`
              : `"is not" with '${bad}' literal. Did you mean "!="?`;
          warningHook.warn("SyntaxWarning", msg, this.opts.filename, e.lineno);
        }
      }
      left = right;
    }
  }

  compileCompare(e: A.Compare): void {
    this.checkCompare(e);
    const loc = locOf(e);
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitExpr(e.comparators[0]!);
      this.addCompare(loc, e.ops[0]!);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]!);
      this.addopI(O.SWAP, 2, loc);
      this.addopI(O.COPY, 2, loc);
      this.addCompare(loc, e.ops[i]!);
      this.addopI(O.COPY, 1, loc);
      this.addop(O.TO_BOOL, loc);
      this.jump(O.POP_JUMP_IF_FALSE, cleanup, loc);
      this.addop(O.POP_TOP, loc);
    }
    this.visitExpr(e.comparators[n]!);
    this.addCompare(loc, e.ops[n]!);
    const end = this.newLabel();
    this.jump(O.JUMP, end, NO_LOCATION);
    this.useLabel(cleanup);
    this.addopI(O.SWAP, 2, loc);
    this.addop(O.POP_TOP, loc);
    this.useLabel(end);
  }

  validateKeywords(keywords: A.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i]!.arg;
      if (key === null) continue;
      if (key === "__debug__") throw this.error("cannot assign to __debug__", locOf(keywords[i]!));
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg !== null && other.arg === key) {
          throw this.error(`keyword argument repeated: ${key}`, locOf(other));
        }
      }
    }
  }

  isImportOriginated(e: A.expr): boolean {
    if (!(e instanceof A.Name)) return false;
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  canOptimizeSuperCall(attr: A.Attribute): boolean {
    const e = attr.value;
    if (
      !(e instanceof A.Call) ||
      !(e.func instanceof A.Name) ||
      e.func.id !== "super" ||
      attr.attr === "__class__" ||
      e.keywords.length !== 0
    ) {
      return false;
    }
    const numArgs = e.args.length;
    const superName = e.func.id;
    if (this.u.ste.getScope(superName) !== GLOBAL_IMPLICIT) return false;
    if (this.st.top.getScope(superName) !== 0) return false;
    if (numArgs === 2) {
      return !e.args.some((a) => a instanceof A.Starred);
    }
    if (numArgs !== 0) return false;
    if (this.u.argcount === 0 && this.u.posonlyargcount === 0) return false;
    if (this.u.ste.getScope("__class__") === FREE) return true;
    return false;
  }

  loadArgsForSuper(e: A.Call): void {
    const loc = locOf(e);
    this.nameop(locOf(e.func), (e.func as A.Name).id, A.LOAD);
    if (e.args.length === 2) {
      this.visitExpr(e.args[0]!);
      this.visitExpr(e.args[1]!);
      return;
    }
    this.nameop(loc, "__class__", A.LOAD);
    this.nameop(loc, this.u.varnames.names[0]!, A.LOAD);
  }

  maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    if (!(meth instanceof A.Attribute) || meth.ctx !== A.LOAD) return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length;
    const kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a instanceof A.Starred)) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    let loc = locOf(meth);
    if (this.canOptimizeSuperCall(meth)) {
      const call = meth.value as A.Call;
      this.loadArgsForSuper(call);
      this.addName(call.args.length ? O.LOAD_SUPER_METHOD : O.LOAD_ZERO_SUPER_METHOD, meth.attr, loc);
      loc = this.updateStartLocationToMatchAttr(loc, meth);
      this.addop(O.NOP, loc);
    } else {
      this.visitExpr(meth.value);
      loc = this.updateStartLocationToMatchAttr(loc, meth);
      this.addName(O.LOAD_METHOD, meth.attr, loc);
    }
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.visitExpr(k.value);
      this.loadConst(new PyTuple(e.keywords.map((k) => k.arg!)), loc);
      loc = this.updateStartLocationToMatchAttr(locOf(e), meth);
      this.addopI(O.CALL_KW, argsl + kwdsl, loc);
    } else {
      loc = this.updateStartLocationToMatchAttr(locOf(e), meth);
      this.addopI(O.CALL, argsl, loc);
    }
    return true;
  }

  compileCall(e: A.Call): void {
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    this.visitExpr(e.func);
    this.addop(O.PUSH_NULL, locOf(e.func));
    this.callHelper(locOf(e), 0, e.args, e.keywords);
  }

  callHelper(loc: Loc, n: number, args: A.expr[], keywords: A.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkwelts = keywords.length;
    let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
    if (!exCall) exCall = args.some((a) => a instanceof A.Starred) || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.loadConst(new PyTuple(keywords.map((k) => k.arg!)), loc);
        this.addopI(O.CALL_KW, n + nelts + nkwelts, loc);
      } else {
        this.addopI(O.CALL, n + nelts, loc);
      }
      return;
    }
    if (n === 0 && nelts === 1 && args[0] instanceof A.Starred) {
      this.visitExpr(args[0].value);
    } else {
      this.starunpackHelper(loc, args, n, O.BUILD_LIST, O.LIST_APPEND, O.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i]!;
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(loc, keywords, i - nseen, i);
            if (haveDict) this.addopI(O.DICT_MERGE, 1, loc);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addopI(O.BUILD_MAP, 0, loc);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.addopI(O.DICT_MERGE, 1, loc);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addopI(O.DICT_MERGE, 1, loc);
        haveDict = true;
      }
    }
    this.addopI(O.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
  }

  subkwargs(loc: Loc, keywords: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i]!.value);
      this.loadConst(new PyTuple(keywords.slice(begin, end).map((k) => k.arg!)), loc);
      this.addopI(O.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.addopI(O.BUILD_MAP, 0, NO_LOCATION);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i]!;
      this.loadConst(kw.arg!, loc);
      this.visitExpr(kw.value);
      if (big) this.addopI(O.MAP_ADD, 1, NO_LOCATION);
    }
    if (!big) this.addopI(O.BUILD_MAP, n, loc);
  }

  starunpackHelper(
    loc: Loc,
    elts: A.expr[],
    pushed: number,
    build: number,
    add: number,
    extend: number,
    tuple: boolean,
  ): void {
    const n = elts.length;
    if (n > 2 && elts.every((x) => x instanceof A.Constant)) {
      const values = elts.map((x) => (x as A.Constant).value as PyObject);
      if (tuple && !pushed) {
        this.loadConst(new PyTuple(values), loc);
      } else {
        const folded: PyObject = add === O.SET_ADD ? makeFrozenSet(values) : new PyTuple(values);
        this.addopI(build, pushed, loc);
        this.loadConst(folded, loc);
        this.addopI(extend, 1, loc);
        if (tuple) this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_LIST_TO_TUPLE, loc);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x instanceof A.Starred);
    if (!seenStar && !big) {
      for (const x of elts) this.visitExpr(x);
      this.addopI(tuple ? O.BUILD_TUPLE : build, n + pushed, loc);
      return;
    }
    let built = false;
    if (big) {
      this.addopI(build, pushed, loc);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt instanceof A.Starred) {
        if (!built) {
          this.addopI(build, i + pushed, loc);
          built = true;
        }
        this.visitExpr(elt.value);
        this.addopI(extend, 1, loc);
      } else {
        this.visitExpr(elt);
        if (built) this.addopI(add, 1, loc);
      }
    }
    if (tuple) this.addopI(O.CALL_INTRINSIC_1, C.INTRINSIC_LIST_TO_TUPLE, loc);
  }

  unpackHelper(loc: Loc, elts: A.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i]!;
      if (elt instanceof A.Starred && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
          throw this.error("too many expressions in star-unpacking assignment", loc);
        }
        this.addopI(O.UNPACK_EX, i + ((n - i - 1) << 8), loc);
        seenStar = true;
      } else if (elt instanceof A.Starred) {
        throw this.error("multiple starred expressions in assignment", loc);
      }
    }
    if (!seenStar) this.addopI(O.UNPACK_SEQUENCE, n, loc);
  }

  assignmentHelper(loc: Loc, elts: A.expr[]): void {
    this.unpackHelper(loc, elts);
    for (const elt of elts) this.visitExpr(elt instanceof A.Starred ? elt.value : elt);
  }

  compileDict(e: A.Dict): void {
    const loc = locOf(e);
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addopI(O.DICT_UPDATE, 1, loc);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addopI(O.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        this.visitExpr(e.values[i]!);
        this.addopI(O.DICT_UPDATE, 1, loc);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addopI(O.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addopI(O.DICT_UPDATE, 1, loc);
      haveDict = true;
    }
    if (!haveDict) this.addopI(O.BUILD_MAP, 0, loc);
  }

  subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const loc = locOf(e);
    if (n > 1 && !big && e.keys.slice(begin, end).every((k) => k instanceof A.Constant)) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]!);
      this.loadConst(new PyTuple(e.keys.slice(begin, end).map((k) => (k as A.Constant).value as PyObject)), loc);
      this.addopI(O.BUILD_CONST_KEY_MAP, n, loc);
      return;
    }
    if (big) this.addopI(O.BUILD_MAP, 0, loc);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]!);
      if (big) this.addopI(O.MAP_ADD, 1, loc);
    }
    if (!big) this.addopI(O.BUILD_MAP, n, loc);
  }

  compileJoinedStr(e: A.JoinedStr): void {
    const loc = locOf(e);
    const count = e.values.length;
    if (count > STACK_USE_GUIDELINE) {
      this.loadConst("", loc);
      this.addName(O.LOAD_METHOD, "join", loc);
      this.addopI(O.BUILD_LIST, 0, loc);
      for (const v of e.values) {
        this.visitExpr(v);
        this.addopI(O.LIST_APPEND, 1, loc);
      }
      this.addopI(O.CALL, 1, loc);
    } else {
      for (const v of e.values) this.visitExpr(v);
      if (count > 1) this.addopI(O.BUILD_STRING, count, loc);
      else if (count === 0) this.loadConst("", loc);
    }
  }

  compileFormattedValue(e: A.FormattedValue): void {
    this.visitExpr(e.value);
    const loc = locOf(e);
    const conv = e.conversion;
    if (conv !== -1) {
      const arg = conv === 115 ? C.FVC_STR : conv === 114 ? C.FVC_REPR : conv === 97 ? C.FVC_ASCII : -1;
      if (arg < 0) throw new Error(`Unrecognized conversion character ${conv}`);
      this.addopI(O.CONVERT_VALUE, arg, loc);
    }
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      this.addop(O.FORMAT_WITH_SPEC, loc);
    } else {
      this.addop(O.FORMAT_SIMPLE, loc);
    }
  }

  compileSubscript(e: A.Subscript): void {
    const loc = locOf(e);
    const ctx = e.ctx;
    this.visitExpr(e.value);
    if (isTwoElementSlice(e.slice) && ctx !== A.DEL) {
      this.compileSlice(e.slice as A.Slice);
      this.addop(ctx === A.LOAD ? O.BINARY_SLICE : O.STORE_SLICE, loc);
    } else {
      this.visitExpr(e.slice);
      this.addop(ctx === A.LOAD ? O.BINARY_SUBSCR : ctx === A.STORE ? O.STORE_SUBSCR : O.DELETE_SUBSCR, loc);
    }
  }

  compileSlice(s: A.Slice): number {
    let n = 2;
    if (s.lower) this.visitExpr(s.lower);
    else this.loadConst(None, locOf(s));
    if (s.upper) this.visitExpr(s.upper);
    else this.loadConst(None, locOf(s));
    if (s.step) {
      n++;
      this.visitExpr(s.step);
    }
    return n;
  }

  // ---- comprehensions ----

  compileComprehension(
    e: A.expr,
    type: number,
    name: string,
    generators: A.comprehension[],
    elt: A.expr,
    val: A.expr | null,
  ): void {
    const scopeType = this.u.scopeType;
    const isTopLevelAwait = this.isTopLevelAwait();
    const entry = this.st.lookup(e);
    const isInlined = entry.compInlined;
    const isAsyncComprehension = entry.coroutine;
    let loc = locOf(e);
    const outermost = generators[0]!;
    let state: InlinedCompState | null = null;
    if (isInlined) {
      this.visitExpr(outermost.iter);
      state = this.pushInlinedComprehensionState(loc, entry, outermost);
    } else {
      this.enterScope(name, ScopeType.Comprehension, e, e.lineno);
    }
    if (
      isAsyncComprehension &&
      type !== COMP_GENEXP &&
      scopeType !== ScopeType.AsyncFunction &&
      scopeType !== ScopeType.Comprehension &&
      !isTopLevelAwait
    ) {
      throw this.error("asynchronous comprehension outside of an asynchronous function", loc);
    }
    if (type !== COMP_GENEXP) {
      const op = type === COMP_LISTCOMP ? O.BUILD_LIST : type === COMP_SETCOMP ? O.BUILD_SET : O.BUILD_MAP;
      this.addopI(op, 0, loc);
      if (isInlined) this.addopI(O.SWAP, 2, loc);
    }
    this.comprehensionGenerator(loc, generators, 0, 0, elt, val, type, isInlined);
    if (isInlined) {
      this.popInlinedComprehensionState(loc, state!);
      return;
    }
    if (type !== COMP_GENEXP) this.addop(O.RETURN_VALUE, loc);
    if (type === COMP_GENEXP) this.wrapInStopIterationHandler();
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    if (isTopLevelAwait && isAsyncComprehension) this.u.ste.coroutine = true;
    loc = locOf(e);
    this.makeClosure(loc, co, 0);
    this.visitExpr(outermost.iter);
    this.addop(outermost.is_async ? O.GET_AITER : O.GET_ITER, loc);
    this.addopI(O.CALL, 0, loc);
    if (isAsyncComprehension && type !== COMP_GENEXP) {
      this.addopI(O.GET_AWAITABLE, 0, loc);
      this.loadConst(None, loc);
      this.addYieldFrom(loc, true);
    }
  }

  pushInlinedComprehensionState(loc: Loc, entry: SymbolTableEntry, outermost: A.comprehension): InlinedCompState {
    const u = this.u;
    if (!outermost.is_async) this.addop(O.GET_ITER, locOf(outermost.iter));
    else this.addop(O.GET_AITER, locOf(outermost.iter));
    const inClassBlock = u.ste.type === BlockType.Class && !u.inInlinedComp;
    u.inInlinedComp++;
    const state: InlinedCompState = {
      pushedLocals: null,
      tempSymbols: null,
      fastHidden: null,
      cleanup: null,
      end: null,
    };
    for (const [k, symbol] of entry.symbols) {
      const scope = entry.getScope(k);
      const outFlags = u.ste.symbols.get(k);
      const outsc = outFlags === undefined ? 0 : u.ste.getScope(k);
      if ((scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) || inClassBlock) {
        if (state.tempSymbols === null) state.tempSymbols = new Map();
        state.tempSymbols.set(k, [outFlags ?? -1, outsc]);
        u.ste.symbols.set(k, symbol);
        u.ste.scopes.set(k, scope);
      }
      if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
        if (!u.ste.isFunctionLike()) {
          if (u.fasthidden.get(k) !== true) {
            u.fasthidden.set(k, true);
            if (state.fastHidden === null) state.fastHidden = new Set();
            state.fastHidden.add(k);
          }
        }
        if (state.pushedLocals === null) state.pushedLocals = [];
        this.addVarname(O.LOAD_FAST_AND_CLEAR, k, loc);
        if (scope === CELL) {
          if (outsc === FREE) this.addopI(O.MAKE_CELL, u.freevars.add(k), loc);
          else this.addopI(O.MAKE_CELL, u.cellvars.add(k), loc);
        }
        state.pushedLocals.push(k);
      }
    }
    if (state.pushedLocals) {
      this.addopI(O.SWAP, state.pushedLocals.length + 1, loc);
      state.cleanup = this.newLabel();
      state.end = this.newLabel();
      this.jump(O.SETUP_FINALLY, state.cleanup, loc);
    }
    return state;
  }

  restoreInlinedComprehensionLocals(loc: Loc, state: InlinedCompState): void {
    const pushed = state.pushedLocals!;
    this.addopI(O.SWAP, pushed.length + 1, loc);
    for (let i = pushed.length - 1; i >= 0; i--) this.addVarname(O.STORE_FAST_MAYBE_NULL, pushed[i]!, loc);
  }

  popInlinedComprehensionState(loc: Loc, state: InlinedCompState): void {
    const u = this.u;
    u.inInlinedComp--;
    if (state.tempSymbols) {
      for (const [k, [flags, scope]] of state.tempSymbols) {
        if (flags === -1) {
          u.ste.symbols.delete(k);
          u.ste.scopes.delete(k);
        } else {
          u.ste.symbols.set(k, flags);
          u.ste.scopes.set(k, scope);
        }
      }
    }
    if (state.pushedLocals) {
      this.addop(O.POP_BLOCK, NO_LOCATION);
      this.jump(O.JUMP_NO_INTERRUPT, state.end!, NO_LOCATION);
      this.useLabel(state.cleanup!);
      this.addopI(O.SWAP, 2, NO_LOCATION);
      this.addop(O.POP_TOP, NO_LOCATION);
      this.restoreInlinedComprehensionLocals(loc, state);
      this.addopI(O.RERAISE, 0, NO_LOCATION);
      this.useLabel(state.end!);
      this.restoreInlinedComprehensionLocals(loc, state);
    }
    if (state.fastHidden) for (const k of state.fastHidden) u.fasthidden.set(k, false);
  }

  comprehensionGenerator(
    loc: Loc,
    generators: A.comprehension[],
    genIndex: number,
    depth: number,
    elt: A.expr,
    val: A.expr | null,
    type: number,
    iterOnStack: boolean,
  ): void {
    const gen = generators[genIndex]!;
    if (gen.is_async) this.asyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
    else this.syncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
  }

  syncComprehensionGenerator(
    loc: Loc,
    generators: A.comprehension[],
    genIndex: number,
    depth: number,
    elt: A.expr,
    val: A.expr | null,
    type: number,
    iterOnStack: boolean,
  ): void {
    let start: Label | null = this.newLabel();
    const ifCleanup = this.newLabel();
    const anchor = this.newLabel();
    const gen = generators[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.addopI(O.LOAD_FAST, 0, loc);
      } else {
        let elts: A.expr[] | null = null;
        if (gen.iter instanceof A.List || gen.iter instanceof A.Tuple) elts = gen.iter.elts;
        if (elts && elts.length === 1 && !(elts[0] instanceof A.Starred)) {
          this.visitExpr(elts[0]!);
          start = null;
        }
        if (start) {
          this.visitExpr(gen.iter);
          this.addop(O.GET_ITER, locOf(gen.iter));
        }
      }
    }
    if (start) {
      depth++;
      this.useLabel(start);
      this.jump(O.FOR_ITER, anchor, locOf(gen.iter));
    }
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(loc, e, ifCleanup, false);
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
    }
    let eltLoc = locOf(elt);
    if (genIndex >= generators.length) eltLoc = this.comprehensionElement(elt, val, type, depth);
    this.useLabel(ifCleanup);
    if (start) {
      this.jump(O.JUMP, start, eltLoc);
      this.useLabel(anchor);
      this.addop(O.END_FOR, NO_LOCATION);
      this.addop(O.POP_TOP, NO_LOCATION);
    }
  }

  comprehensionElement(elt: A.expr, val: A.expr | null, type: number, depth: number): Loc {
    let eltLoc = locOf(elt);
    switch (type) {
      case COMP_GENEXP:
        this.visitExpr(elt);
        this.addYield(eltLoc);
        this.addop(O.POP_TOP, eltLoc);
        break;
      case COMP_LISTCOMP:
        this.visitExpr(elt);
        this.addopI(O.LIST_APPEND, depth + 1, eltLoc);
        break;
      case COMP_SETCOMP:
        this.visitExpr(elt);
        this.addopI(O.SET_ADD, depth + 1, eltLoc);
        break;
      case COMP_DICTCOMP:
        this.visitExpr(elt);
        this.visitExpr(val!);
        eltLoc = new Loc(elt.lineno, val!.end_lineno ?? val!.lineno, elt.col_offset, val!.end_col_offset ?? 0);
        this.addopI(O.MAP_ADD, depth + 1, eltLoc);
        break;
    }
    return eltLoc;
  }

  asyncComprehensionGenerator(
    loc: Loc,
    generators: A.comprehension[],
    genIndex: number,
    depth: number,
    elt: A.expr,
    val: A.expr | null,
    type: number,
    iterOnStack: boolean,
  ): void {
    const start = this.newLabel();
    const except = this.newLabel();
    const ifCleanup = this.newLabel();
    const gen = generators[genIndex]!;
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.u.argcount = 1;
        this.addopI(O.LOAD_FAST, 0, loc);
      } else {
        this.visitExpr(gen.iter);
        this.addop(O.GET_AITER, locOf(gen.iter));
      }
    }
    this.useLabel(start);
    this.pushFBlock(loc, FBlock.AsyncComprehensionGenerator, start, null, null);
    this.jump(O.SETUP_FINALLY, except, loc);
    this.addop(O.GET_ANEXT, loc);
    this.loadConst(None, loc);
    this.addYieldFrom(loc, true);
    this.addop(O.POP_BLOCK, loc);
    this.visitExpr(gen.target);
    for (const e of gen.ifs) this.jumpIf(loc, e, ifCleanup, false);
    depth++;
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
    }
    if (genIndex >= generators.length) this.comprehensionElement(elt, val, type, depth);
    this.useLabel(ifCleanup);
    this.jump(O.JUMP, start, loc);
    this.popFBlock();
    this.useLabel(except);
    this.addop(O.END_ASYNC_FOR, loc);
  }
}

// ---- helpers ----

export function binopArg(op: A.operator, inplace: boolean): number {
  let n: number;
  switch (op) {
    case A.ADD:
      n = C.NB_ADD;
      break;
    case A.SUB:
      n = C.NB_SUBTRACT;
      break;
    case A.MULT:
      n = C.NB_MULTIPLY;
      break;
    case A.MAT_MULT:
      n = C.NB_MATRIX_MULTIPLY;
      break;
    case A.DIV:
      n = C.NB_TRUE_DIVIDE;
      break;
    case A.MOD:
      n = C.NB_REMAINDER;
      break;
    case A.POW:
      n = C.NB_POWER;
      break;
    case A.L_SHIFT:
      n = C.NB_LSHIFT;
      break;
    case A.R_SHIFT:
      n = C.NB_RSHIFT;
      break;
    case A.BIT_OR:
      n = C.NB_OR;
      break;
    case A.BIT_XOR:
      n = C.NB_XOR;
      break;
    case A.BIT_AND:
      n = C.NB_AND;
      break;
    default:
      n = C.NB_FLOOR_DIVIDE;
  }
  return inplace ? n + C.NB_INPLACE_ADD : n;
}

function isTwoElementSlice(s: A.expr): boolean {
  return s instanceof A.Slice && s.step === null;
}

function startLocation(stmts: A.stmt[]): Loc {
  if (stmts.length) return locOf(stmts[0]!);
  return new Loc(1, 1, 0, 0);
}

export function getDocString(body: A.stmt[]): string | PyCodePointStr | null {
  const st = body[0];
  if (!(st instanceof A.Expr)) return null;
  const e = st.value;
  if (e instanceof A.Constant && (typeof e.value === "string" || e.value instanceof PyCodePointStr)) return e.value;
  return null;
}

export function findAnn(stmts: A.stmt[]): boolean {
  for (const st of stmts) {
    if (st instanceof A.AnnAssign) return true;
    let res = false;
    if (st instanceof A.For || st instanceof A.AsyncFor || st instanceof A.While || st instanceof A.If) {
      res = findAnn(st.body) || findAnn(st.orelse);
    } else if (st instanceof A.With || st instanceof A.AsyncWith) {
      res = findAnn(st.body);
    } else if (st instanceof A.Try || st instanceof A.TryStar) {
      for (const h of st.handlers as A.ExceptHandler[]) if (findAnn(h.body)) return true;
      res = findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse);
    } else if (st instanceof A.Match) {
      for (const c of st.cases) if (findAnn(c.body)) return true;
    }
    if (res) return true;
  }
  return false;
}

/** `_PyCompile_CleanDoc` (3.13): expandtabs, then strip the common indentation like inspect.cleandoc. */
export function cleanDoc(doc: string | PyCodePointStr): string | PyCodePointStr {
  if (typeof doc !== "string") return doc;
  // expandtabs(8)
  let s = doc;
  if (s.includes("\t")) {
    let out = "";
    let col = 0;
    for (const ch of s) {
      if (ch === "\t") {
        const n = 8 - (col % 8);
        out += " ".repeat(n);
        col += n;
      } else {
        out += ch;
        col = ch === "\n" || ch === "\r" ? 0 : col + 1;
      }
    }
    s = out;
  }
  const len = s.length;
  let p = 0;
  while (p < len && s[p++] !== "\n") {}
  let margin = Number.MAX_SAFE_INTEGER;
  while (p < len) {
    const start = p;
    while (p < len && s[p] === " ") p++;
    if (p < len && s[p] !== "\n") margin = Math.min(margin, p - start);
    while (p < len && s[p++] !== "\n") {}
  }
  if (margin === Number.MAX_SAFE_INTEGER) margin = 0;
  p = 0;
  while (p < len && s[p] === " ") p++;
  if (p === 0 && margin === 0) return s;
  let out = "";
  const lineStart = p;
  while (p < len) {
    const ch = s[p++]!;
    if (ch === "\n") break;
  }
  out += s.slice(lineStart, p);
  while (p < len) {
    for (let i = 0; i < margin; i++, p++) {
      if (s[p] !== " ") break;
    }
    const st = p;
    while (p < len) {
      if (s[p++] === "\n") break;
    }
    out += s.slice(st, p);
  }
  return out;
}

export { Ellipsis, PyFrozenSet };

/** The type name of a literal that `is` should not be used with, or null (CPython's check_is_arg). */
function literalTypeName(e: A.expr): string | null {
  if (!(e instanceof A.Constant)) return null;
  const v = e.value;
  if (v === null || v === true || v === false || v === None || v === Ellipsis) return null;
  if (typeof v === "number" || typeof v === "bigint") return "int";
  if (typeof v === "string" || v instanceof PyCodePointStr) return "str";
  if (v instanceof PyFloat) return "float";
  if (v instanceof PyComplex) return "complex";
  if (v instanceof PyBytes) return "bytes";
  if (v instanceof PyTuple) return "tuple";
  if (v instanceof PyFrozenSet) return "frozenset";
  return null;
}
