// Symbol tables (CPython 3.13's Python/symtable.c): one entry per scope (module, class, function, lambda,
// comprehension, annotation scope, type-parameter scope, type alias, TypeVar bound), then an analysis
// pass that decides for every name whether it is local, global (explicit or implicit), free or a cell,
// inlines list/set/dict comprehensions (PEP 709), and finds the implicit __class__/__classdict__ cells.

import * as A from "../generated/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { PyCF_ALLOW_TOP_LEVEL_AWAIT } from "./constants.js";
import { CO_FUTURE_ANNOTATIONS } from "./constants.js";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 2 << 1;
export const DEF_NONLOCAL = 2 << 2;
export const USE = 2 << 3;
export const DEF_FREE_CLASS = 2 << 5;
export const DEF_IMPORT = 2 << 6;
export const DEF_ANNOT = 2 << 7;
export const DEF_COMP_ITER = 2 << 8;
export const DEF_TYPE_PARAM = 2 << 9;
export const DEF_COMP_CELL = 2 << 10;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export enum BlockType {
  Function = 0,
  Class = 1,
  Module = 2,
  Annotation = 3,
  TypeVarBound = 4,
  TypeAlias = 5,
  TypeParameters = 6,
}

export enum Comprehension {
  None = 0,
  List = 1,
  Dict = 2,
  Set = 3,
  Generator = 4,
}

interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

export class SymbolTableEntry {
  symbols = new Map<string, number>();
  scopes = new Map<string, number>();
  varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  directives: { name: string; loc: Loc }[] = [];
  mangledNames: Set<string> | null = null;
  nested = false;
  free = false;
  generator = false;
  coroutine = false;
  comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;
  scopeInfo: string | null = null;
  constructor(
    public name: string,
    public type: BlockType,
    public key: unknown,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
  ) {}

  /** The flags of a name (0 when unknown). */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  /** The scope of a name after analysis (0 when unknown). */
  getScope(name: string): number {
    return this.scopes.get(name) ?? 0;
  }
  isFunctionLike(): boolean {
    return isFunctionLike(this.type);
  }
}

export function isFunctionLike(t: BlockType): boolean {
  return (
    t === BlockType.Function ||
    t === BlockType.Annotation ||
    t === BlockType.TypeVarBound ||
    t === BlockType.TypeAlias ||
    t === BlockType.TypeParameters
  );
}

/** `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  let i = 0;
  while (privateName[i] === "_") i++;
  if (i === privateName.length) return name;
  return "_" + privateName.slice(i) + name;
}

/** `_Py_MaybeMangle`: in scopes that only mangle some names (type parameters of a generic class). */
export function maybeMangle(privateName: string | null, ste: SymbolTableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

const NAMED_EXPR_COMP_IN_CLASS = "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_IN_TYPEVAR_BOUND =
  "assignment expression within a comprehension cannot be used in a TypeVar bound";
const NAMED_EXPR_COMP_IN_TYPEALIAS = "assignment expression within a comprehension cannot be used in a type alias";
const NAMED_EXPR_COMP_IN_TYPEPARAM =
  "assignment expression within a comprehension cannot be used within the definition of a generic";

export class SymbolTable {
  top!: SymbolTableEntry;
  cur: SymbolTableEntry | null = null;
  stack: SymbolTableEntry[] = [];
  blocks = new Map<unknown, SymbolTableEntry>();
  /** Scopes of TypeVar defaults (CPython keys them by the node's address + 1). */
  defaultBlocks = new Map<unknown, SymbolTableEntry>();
  global!: Map<string, number>;
  private: string | null = null;

  constructor(
    public filename: string,
    public features: number,
    private source: string | null,
  ) {}

  lookup(key: unknown): SymbolTableEntry {
    const e = this.blocks.get(key);
    if (!e) throw new Error("symtable: no entry for node");
    return e;
  }

  error(msg: string, loc: Loc | null): PySyntaxError {
    return makeSyntaxError(msg, this.filename, this.source, loc);
  }
}

/** A SyntaxError located like CPython's compiler errors: byte offsets + 1. */
export function makeSyntaxError(msg: string, filename: string, source: string | null, loc: Loc | null): PySyntaxError {
  if (!loc) return new PySyntaxError("SyntaxError", msg, filename, null, null, null, null, null);
  const lineno = loc.lineno;
  let text: string | null = null;
  if (source !== null && lineno >= 1) {
    let start = 0;
    for (let l = 1; l < lineno && start >= 0; l++) {
      const nl = source.indexOf("\n", start);
      start = nl < 0 ? -1 : nl + 1;
    }
    if (start >= 0 && start <= source.length) {
      const nl = source.indexOf("\n", start);
      text = nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
      if (text === "" && start === source.length) text = null;
    }
  }
  return new PySyntaxError(
    "SyntaxError",
    msg,
    filename,
    lineno,
    loc.col_offset + 1,
    text,
    loc.end_lineno ?? lineno,
    (loc.end_col_offset ?? -1) + 1,
  );
}

function hasKwonlyDefaults(a: A.arguments_): boolean {
  return a.kw_defaults.some((d) => d !== null);
}

class Builder {
  st: SymbolTable;
  constructor(st: SymbolTable) {
    this.st = st;
  }

  get cur(): SymbolTableEntry {
    return this.st.cur!;
  }

  enterBlock(name: string, type: BlockType, key: unknown, loc: Loc): void {
    const st = this.st;
    const prev = st.cur;
    const ste = new SymbolTableEntry(
      name,
      type,
      key,
      loc.lineno,
      loc.col_offset,
      loc.end_lineno ?? loc.lineno,
      loc.end_col_offset ?? loc.col_offset,
    );
    if (prev !== null && (prev.nested || prev.isFunctionLike())) ste.nested = true;
    st.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    if (prev && prev.mangledNames !== null && type !== BlockType.Class) ste.mangledNames = prev.mangledNames;
    st.cur = ste;
    if (type === BlockType.Annotation) return;
    if (type === BlockType.Module) st.global = ste.symbols;
    if (prev) prev.children.push(ste);
    st.blocks.set(key, ste);
  }

  exitBlock(): void {
    const st = this.st;
    st.stack.pop();
    st.cur = st.stack.length ? st.stack[st.stack.length - 1]! : null;
  }

  addDef(name: string, flag: number, loc: Loc): void {
    if (flag & DEF_TYPE_PARAM && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefHelper(name, flag, this.cur, loc);
  }

  addDefHelper(name: string, flag: number, ste: SymbolTableEntry, loc: Loc): void {
    const st = this.st;
    const mangled = maybeMangle(st.private, this.cur, name);
    const o = ste.symbols.get(mangled);
    let val: number;
    if (o !== undefined) {
      if (flag & DEF_PARAM && o & DEF_PARAM) {
        throw st.error(`duplicate argument '${name}' in function definition`, loc);
      }
      if (flag & DEF_TYPE_PARAM && o & DEF_TYPE_PARAM) {
        throw st.error(`duplicate type parameter '${name}'`, loc);
      }
      val = o | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw st.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      const g = st.global.get(mangled);
      st.global.set(mangled, flag | (g ?? 0));
    }
  }

  lookupName(name: string): number {
    return this.lookupEntry(this.cur, name);
  }
  lookupEntry(ste: SymbolTableEntry, name: string): number {
    const mangled = maybeMangle(this.st.private, ste, name);
    return ste.symbols.get(mangled) ?? 0;
  }

  recordDirective(name: string, loc: Loc): void {
    const mangled = maybeMangle(this.st.private, this.cur, name);
    this.cur.directives.push({ name: mangled, loc });
  }

  allowsTopLevelAwait(): boolean {
    return (this.st.features & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.cur.type === BlockType.Module;
  }

  maybeSetCoroutineForModule(): void {
    if (this.allowsTopLevelAwait()) this.cur.coroutine = true;
  }

  isAsyncDef(): boolean {
    return this.cur.type === BlockType.Function && this.cur.coroutine;
  }

  // ---- statements ----

  visitStmts(body: A.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  visitExprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  visitStmt(s: A.stmt): void {
    if (s instanceof A.FunctionDef || s instanceof A.AsyncFunctionDef) {
      this.addDef(s.name, DEF_LOCAL, s);
      this.visitExprs(s.args.defaults);
      this.visitExprs(s.args.kw_defaults);
      this.visitExprs(s.decorator_list);
      const generic = s.type_params.length > 0;
      if (generic) {
        this.enterTypeParamBlock(s.name, s.type_params, true, hasKwonlyDefaults(s.args), "FunctionDef", s);
        for (const tp of s.type_params) this.visitTypeParam(tp);
      }
      this.visitAnnotations(s, s.args, s.returns);
      this.enterBlock(s.name, BlockType.Function, s, s);
      if (s instanceof A.AsyncFunctionDef) this.cur.coroutine = true;
      this.visitArguments(s.args);
      this.visitStmts(s.body);
      this.exitBlock();
      if (generic) this.exitBlock();
    } else if (s instanceof A.ClassDef) {
      this.addDef(s.name, DEF_LOCAL, s);
      this.visitExprs(s.decorator_list);
      const tmp = this.st.private;
      const generic = s.type_params.length > 0;
      if (generic) {
        this.enterTypeParamBlock(s.name, s.type_params, false, false, "ClassDef", s);
        this.st.private = s.name;
        this.cur.mangledNames = new Set();
        for (const tp of s.type_params) this.visitTypeParam(tp);
      }
      this.visitExprs(s.bases);
      for (const k of s.keywords) this.visitExpr(k.value);
      this.enterBlock(s.name, BlockType.Class, s, s);
      this.st.private = s.name;
      if (generic) {
        this.addDef("__type_params__", DEF_LOCAL, s.type_params[0]!);
        this.addDef(".type_params", USE, s.type_params[0]!);
      }
      this.visitStmts(s.body);
      this.exitBlock();
      if (generic) this.exitBlock();
      this.st.private = tmp;
    } else if (s instanceof A.TypeAlias) {
      this.visitExpr(s.name);
      const name = (s.name as A.Name).id;
      const isInClass = this.cur.type === BlockType.Class;
      const generic = s.type_params.length > 0;
      if (generic) {
        this.enterTypeParamBlock(name, s.type_params, false, false, "TypeAlias", s);
        for (const tp of s.type_params) this.visitTypeParam(tp);
      }
      this.enterBlock(name, BlockType.TypeAlias, s, s);
      this.cur.canSeeClassScope = isInClass;
      if (isInClass) this.addDef("__classdict__", USE, s.value);
      this.visitExpr(s.value);
      this.exitBlock();
      if (generic) this.exitBlock();
    } else if (s instanceof A.Return) {
      if (s.value) {
        this.visitExpr(s.value);
        this.cur.returnsValue = true;
      }
    } else if (s instanceof A.Delete) {
      this.visitExprs(s.targets);
    } else if (s instanceof A.Assign) {
      this.visitExprs(s.targets);
      this.visitExpr(s.value);
    } else if (s instanceof A.AnnAssign) {
      const target = s.target;
      if (target instanceof A.Name) {
        const cur = this.lookupName(target.id);
        if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.st.global && s.simple) {
          throw this.st.error(
            cur & DEF_GLOBAL
              ? `annotated name '${target.id}' can't be global`
              : `annotated name '${target.id}' can't be nonlocal`,
            s,
          );
        }
        if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
        else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
      } else {
        this.visitExpr(target);
      }
      this.visitAnnotation(s.annotation);
      if (s.value) this.visitExpr(s.value);
    } else if (s instanceof A.AugAssign) {
      this.visitExpr(s.target);
      this.visitExpr(s.value);
    } else if (s instanceof A.For || s instanceof A.AsyncFor) {
      if (s instanceof A.AsyncFor) this.maybeSetCoroutineForModule();
      this.visitExpr(s.target);
      this.visitExpr(s.iter);
      this.visitStmts(s.body);
      this.visitStmts(s.orelse);
    } else if (s instanceof A.While || s instanceof A.If) {
      this.visitExpr(s.test);
      this.visitStmts(s.body);
      this.visitStmts(s.orelse);
    } else if (s instanceof A.Match) {
      this.visitExpr(s.subject);
      for (const c of s.cases) {
        this.visitPattern(c.pattern);
        if (c.guard) this.visitExpr(c.guard);
        this.visitStmts(c.body);
      }
    } else if (s instanceof A.Raise) {
      if (s.exc) {
        this.visitExpr(s.exc);
        if (s.cause) this.visitExpr(s.cause);
      }
    } else if (s instanceof A.Try || s instanceof A.TryStar) {
      this.visitStmts(s.body);
      this.visitStmts(s.orelse);
      for (const h of s.handlers as A.ExceptHandler[]) {
        if (h.type) this.visitExpr(h.type);
        if (h.name) this.addDef(h.name, DEF_LOCAL, h);
        this.visitStmts(h.body);
      }
      this.visitStmts(s.finalbody);
    } else if (s instanceof A.Assert) {
      this.visitExpr(s.test);
      if (s.msg) this.visitExpr(s.msg);
    } else if (s instanceof A.Import || s instanceof A.ImportFrom) {
      for (const a of s.names) this.visitAlias(a);
    } else if (s instanceof A.Global || s instanceof A.Nonlocal) {
      const isGlobal = s instanceof A.Global;
      for (const name of s.names) {
        const cur = this.lookupName(name);
        if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
          const what = isGlobal ? "global" : "nonlocal";
          let msg: string;
          if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
          else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
          else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
          else msg = `name '${name}' is assigned to before ${what} declaration`;
          throw this.st.error(msg, s);
        }
        this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
        this.recordDirective(name, s);
      }
    } else if (s instanceof A.Expr) {
      this.visitExpr(s.value);
    } else if (s instanceof A.With || s instanceof A.AsyncWith) {
      if (s instanceof A.AsyncWith) this.maybeSetCoroutineForModule();
      for (const item of s.items) {
        this.visitExpr(item.context_expr);
        if (item.optional_vars) this.visitExpr(item.optional_vars);
      }
      this.visitStmts(s.body);
    }
    // Pass, Break, Continue: nothing
  }

  visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== BlockType.Module) {
      throw this.st.error("import * only allowed at module level", a);
    }
  }

  enterTypeParamBlock(
    name: string,
    typeParams: A.type_param[],
    hasDefaults: boolean,
    hasKwDefaults: boolean,
    kind: string,
    loc: Loc,
  ): void {
    const currentType = this.cur.type;
    this.enterBlock(name, BlockType.TypeParameters, typeParams, loc);
    if (currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, loc);
    }
    if (kind === "ClassDef") {
      this.addDef(".type_params", DEF_LOCAL, loc);
      this.addDef(".type_params", USE, loc);
      this.addDef(".generic_base", DEF_LOCAL, loc);
      this.addDef(".generic_base", USE, loc);
    }
    if (hasDefaults) this.addDef(".defaults", DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef(".kwdefaults", DEF_PARAM, loc);
  }

  visitTypeParam(tp: A.type_param): void {
    if (tp instanceof A.TypeVar) {
      this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      const bound = tp.bound;
      const info = bound ? (bound instanceof A.Tuple ? "a TypeVar constraint" : "a TypeVar bound") : null;
      this.visitBoundOrDefault(tp.bound, tp.name, tp, info, false);
      this.visitBoundOrDefault(tp.default_value, tp.name, tp, "a TypeVar default", true);
    } else if (tp instanceof A.TypeVarTuple) {
      this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      this.visitBoundOrDefault(tp.default_value, tp.name, tp, "a TypeVarTuple default", false);
    } else if (tp instanceof A.ParamSpec) {
      this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
      this.visitBoundOrDefault(tp.default_value, tp.name, tp, "a ParamSpec default", false);
    }
  }

  visitBoundOrDefault(
    e: A.expr | null,
    name: string,
    key: A.type_param,
    info: string | null,
    isDefault: boolean,
  ): void {
    if (!e) return;
    const isInClass = this.cur.canSeeClassScope;
    if (isDefault) {
      // A separate key for the default's scope.
      const marker = { typeParamDefault: key };
      this.enterBlock(name, BlockType.TypeVarBound, marker, e);
      this.st.defaultBlocks.set(key, this.cur);
    } else {
      this.enterBlock(name, BlockType.TypeVarBound, key, e);
    }
    this.cur.canSeeClassScope = isInClass;
    if (isInClass) this.addDef("__classdict__", USE, e);
    this.cur.scopeInfo = info;
    this.visitExpr(e);
    this.exitBlock();
  }

  visitAnnotation(annotation: A.expr): void {
    const future = (this.st.features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", BlockType.Annotation, annotation, annotation);
    this.visitExpr(annotation);
    if (future) this.exitBlock();
  }

  visitArgAnnotations(args: A.arg[]): void {
    for (const a of args) if (a.annotation) this.visitExpr(a.annotation);
  }

  visitAnnotations(o: A.stmt, a: A.arguments_, returns: A.expr | null): void {
    const future = (this.st.features & CO_FUTURE_ANNOTATIONS) !== 0;
    if (future) this.enterBlock("_annotation", BlockType.Annotation, a, o);
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    this.visitArgAnnotations(a.kwonlyargs);
    if (future) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  visitArguments(a: A.arguments_): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  visitPattern(p: A.pattern): void {
    if (p instanceof A.MatchValue) this.visitExpr(p.value);
    else if (p instanceof A.MatchSequence) for (const q of p.patterns) this.visitPattern(q);
    else if (p instanceof A.MatchStar) {
      if (p.name) this.addDef(p.name, DEF_LOCAL, p);
    } else if (p instanceof A.MatchMapping) {
      this.visitExprs(p.keys);
      for (const q of p.patterns) this.visitPattern(q);
      if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
    } else if (p instanceof A.MatchClass) {
      this.visitExpr(p.cls);
      for (const q of p.patterns) this.visitPattern(q);
      for (const q of p.kwd_patterns) this.visitPattern(q);
    } else if (p instanceof A.MatchAs) {
      if (p.pattern) this.visitPattern(p.pattern);
      if (p.name) this.addDef(p.name, DEF_LOCAL, p);
    } else if (p instanceof A.MatchOr) {
      for (const q of p.patterns) this.visitPattern(q);
    }
  }

  // ---- expressions ----

  raiseIfAnnotationBlock(name: string, e: A.expr): void {
    const t = this.cur.type;
    let msg: string | null = null;
    if (t === BlockType.Annotation) msg = `${name} cannot be used within an annotation`;
    else if (t === BlockType.TypeVarBound) msg = `${name} cannot be used within ${this.cur.scopeInfo}`;
    else if (t === BlockType.TypeAlias) msg = `${name} cannot be used within a type alias`;
    else if (t === BlockType.TypeParameters) msg = `${name} cannot be used within the definition of a generic`;
    if (msg) throw this.st.error(msg, e);
  }

  raiseIfComprehensionBlock(e: A.expr): void {
    const t = this.cur.comprehension;
    const msg =
      t === Comprehension.List
        ? "'yield' inside list comprehension"
        : t === Comprehension.Set
          ? "'yield' inside set comprehension"
          : t === Comprehension.Dict
            ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression";
    throw this.st.error(msg, e);
  }

  visitExpr(e: A.expr): void {
    if (e instanceof A.Name) {
      this.addDef(e.id, e.ctx === A.LOAD ? USE : DEF_LOCAL, e);
      if (e.ctx === A.LOAD && this.cur.isFunctionLike() && e.id === "super") this.addDef("__class__", USE, e);
    } else if (e instanceof A.Constant) {
      // nothing
    } else if (e instanceof A.Attribute) {
      this.visitExpr(e.value);
    } else if (e instanceof A.Call) {
      this.visitExpr(e.func);
      this.visitExprs(e.args);
      for (const k of e.keywords) this.visitExpr(k.value);
    } else if (e instanceof A.BinOp) {
      this.visitExpr(e.left);
      this.visitExpr(e.right);
    } else if (e instanceof A.Tuple || e instanceof A.List || e instanceof A.Set) {
      this.visitExprs(e.elts);
    } else if (e instanceof A.Subscript) {
      this.visitExpr(e.value);
      this.visitExpr(e.slice);
    } else if (e instanceof A.Compare) {
      this.visitExpr(e.left);
      this.visitExprs(e.comparators);
    } else if (e instanceof A.BoolOp) {
      this.visitExprs(e.values);
    } else if (e instanceof A.UnaryOp) {
      this.visitExpr(e.operand);
    } else if (e instanceof A.NamedExpr) {
      this.raiseIfAnnotationBlock("named expression", e);
      this.handleNamedExpr(e);
    } else if (e instanceof A.Lambda) {
      this.visitExprs(e.args.defaults);
      this.visitExprs(e.args.kw_defaults);
      this.enterBlock("lambda", BlockType.Function, e, e);
      this.visitArguments(e.args);
      this.visitExpr(e.body);
      this.exitBlock();
    } else if (e instanceof A.IfExp) {
      this.visitExpr(e.test);
      this.visitExpr(e.body);
      this.visitExpr(e.orelse);
    } else if (e instanceof A.Dict) {
      this.visitExprs(e.keys);
      this.visitExprs(e.values);
    } else if (e instanceof A.GeneratorExp) {
      this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
    } else if (e instanceof A.ListComp) {
      this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
    } else if (e instanceof A.SetComp) {
      this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
    } else if (e instanceof A.DictComp) {
      this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
    } else if (e instanceof A.Yield || e instanceof A.YieldFrom) {
      this.raiseIfAnnotationBlock("yield expression", e);
      if (e.value) this.visitExpr(e.value);
      this.cur.generator = true;
      if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
    } else if (e instanceof A.Await) {
      this.raiseIfAnnotationBlock("await expression", e);
      if (!this.allowsTopLevelAwait()) {
        if (!this.cur.isFunctionLike()) throw this.st.error("'await' outside function", e);
        if (!this.isAsyncDef() && this.cur.comprehension === Comprehension.None) {
          throw this.st.error("'await' outside async function", e);
        }
      }
      this.visitExpr(e.value);
      this.cur.coroutine = true;
    } else if (e instanceof A.FormattedValue) {
      this.visitExpr(e.value);
      if (e.format_spec) this.visitExpr(e.format_spec);
    } else if (e instanceof A.JoinedStr) {
      this.visitExprs(e.values);
    } else if (e instanceof A.Starred) {
      this.visitExpr(e.value);
    } else if (e instanceof A.Slice) {
      if (e.lower) this.visitExpr(e.lower);
      if (e.upper) this.visitExpr(e.upper);
      if (e.step) this.visitExpr(e.step);
    }
  }

  handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      throw this.st.error("assignment expression cannot be used in a comprehension iterable expression", e);
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  extendNamedExprScope(e: A.Name): void {
    const target = e.id;
    const stack = this.st.stack;
    for (let i = stack.length - 1; i >= 0; i--) {
      const ste = stack[i]!;
      if (ste.comprehension) {
        const inScope = this.lookupEntry(ste, target);
        if (inScope & DEF_COMP_ITER) {
          throw this.st.error(`assignment expression cannot rebind comprehension iteration variable '${target}'`, e);
        }
        continue;
      }
      if (ste.type === BlockType.Function) {
        const inScope = this.lookupEntry(ste, target);
        if (inScope & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, e);
        else this.addDef(target, DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      if (ste.type === BlockType.Class) throw this.st.error(NAMED_EXPR_COMP_IN_CLASS, e);
      if (ste.type === BlockType.TypeParameters) throw this.st.error(NAMED_EXPR_COMP_IN_TYPEPARAM, e);
      if (ste.type === BlockType.TypeAlias) throw this.st.error(NAMED_EXPR_COMP_IN_TYPEALIAS, e);
      if (ste.type === BlockType.TypeVarBound) throw this.st.error(NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, e);
    }
  }

  handleComprehension(
    e: A.expr,
    scopeName: string,
    generators: A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
  ): void {
    const isGenerator = e instanceof A.GeneratorExp;
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, e);
    this.cur.comprehension =
      e instanceof A.ListComp
        ? Comprehension.List
        : e instanceof A.SetComp
          ? Comprehension.Set
          : e instanceof A.DictComp
            ? Comprehension.Dict
            : Comprehension.Generator;
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i]!;
      this.cur.compIterTarget = true;
      this.visitExpr(lc.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(lc.iter);
      this.cur.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (
      isAsync &&
      !this.isAsyncDef() &&
      (this.cur.comprehension as Comprehension) === Comprehension.None &&
      !this.allowsTopLevelAwait()
    ) {
      throw this.st.error("asynchronous comprehension outside of an asynchronous function", e);
    }
    if (isAsync) this.cur.coroutine = true;
  }
}

// ---- analysis ----

class Analyzer {
  constructor(private st: SymbolTable) {}

  errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): PySyntaxError {
    const d = ste.directives.find((x) => x.name === name);
    return this.st.error(msg, d ? d.loc : null);
  }

  analyzeName(
    ste: SymbolTableEntry,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
    classEntry: SymbolTableEntry | null,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) throw this.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (classEntry !== null) {
      const classFlags = classEntry.getSymbol(name);
      if (classFlags & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      }
      if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound?.has(name)) {
      scopes.set(name, FREE);
      ste.free = true;
      free.add(name);
      return;
    }
    if (global.has(name)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
    if (ste.nested) ste.free = true;
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  analyzeBlock(
    ste: SymbolTableEntry,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
    classEntry: SymbolTableEntry | null,
  ): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    const inlinedCells = new Set<string>();
    if (ste.type === BlockType.Class) {
      for (const g of global) newglobal.add(g);
      if (bound) for (const b of bound) newbound.add(b);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global, classEntry);
    }
    if (ste.type !== BlockType.Class) {
      if (ste.isFunctionLike()) for (const l of local) newbound.add(l);
      if (bound) for (const b of bound) newbound.add(b);
      for (const g of global) newglobal.add(g);
    } else {
      newbound.add("__class__");
      newbound.add("__classdict__");
    }
    for (const entry of ste.children) {
      let newClassEntry: SymbolTableEntry | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type === BlockType.Class) newClassEntry = ste;
        else if (classEntry) newClassEntry = classEntry;
      }
      const inlineComp = entry.comprehension !== Comprehension.None && !entry.generator && !ste.canSeeClassScope;
      const childFree = new Set(newfree);
      this.analyzeBlock(entry, new Set(newbound), childFree, new Set(newglobal), newClassEntry);
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      for (const f of childFree) newfree.add(f);
    }
    // Splice children of inlined comprehensions into our children list.
    for (let i = ste.children.length - 1; i >= 0; i--) {
      const entry = ste.children[i]!;
      if (entry.compInlined) ste.children.splice(i, 1, ...entry.children);
    }
    if (ste.isFunctionLike()) this.analyzeCells(scopes, newfree, inlinedCells);
    else if (ste.type === BlockType.Class) this.dropClassFree(ste, newfree);
    this.updateSymbols(ste, scopes, bound, newfree, inlinedCells, ste.type === BlockType.Class || ste.canSeeClassScope);
    for (const f of newfree) free.add(f);
  }

  inlineComprehension(
    ste: SymbolTableEntry,
    comp: SymbolTableEntry,
    scopes: Map<string, number>,
    compFree: Set<string>,
    inlinedCells: Set<string>,
  ): void {
    let removeDunderClass = false;
    for (const [k, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue;
      let scope = comp.getScope(k);
      if (scope === CELL || compFlags & DEF_COMP_CELL) inlinedCells.add(k);
      const existing = ste.symbols.get(k);
      if (scope === FREE && ste.type === BlockType.Class && k === "__class__") {
        scope = GLOBAL_IMPLICIT;
        compFree.delete(k);
        removeDunderClass = true;
      }
      if (existing === undefined) {
        ste.symbols.set(k, compFlags);
        scopes.set(k, scope);
      } else if (existing & DEF_BOUND && !isFreeInAnyChild(comp, k) && ste.type !== BlockType.Class) {
        compFree.delete(k);
      }
    }
    comp.free = compFree.size > 0;
    if (removeDunderClass) {
      comp.symbols.delete("__class__");
      comp.scopes.delete("__class__");
    }
  }

  analyzeCells(scopes: Map<string, number>, free: Set<string>, inlinedCells: Set<string>): void {
    for (const [name, scope] of scopes) {
      if (scope !== LOCAL) continue;
      if (!free.has(name) && !inlinedCells.has(name)) continue;
      scopes.set(name, CELL);
      free.delete(name);
    }
  }

  dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
    if (free.delete("__class__")) ste.needsClassClosure = true;
    if (free.delete("__classdict__")) ste.needsClassdict = true;
  }

  updateSymbols(
    ste: SymbolTableEntry,
    scopes: Map<string, number>,
    bound: Set<string> | null,
    free: Set<string>,
    inlinedCells: Set<string>,
    classflag: boolean,
  ): void {
    const symbols = ste.symbols;
    for (const [name, flags0] of symbols) {
      let flags = flags0;
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      symbols.set(name, flags);
      ste.scopes.set(name, scopes.get(name) ?? 0);
    }
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      symbols.set(name, 0);
      ste.scopes.set(name, FREE);
    }
  }
}

function isFreeInAnyChild(entry: SymbolTableEntry, key: string): boolean {
  for (const c of entry.children) if (c.getScope(key) === FREE) return true;
  return false;
}

/** Builds and analyzes the symbol table of a module (`_PySymtable_Build`). */
export function buildSymtable(mod: A.mod, filename: string, features: number, source: string | null): SymbolTable {
  const st = new SymbolTable(filename, features, source);
  const b = new Builder(st);
  b.enterBlock("top", BlockType.Module, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  st.top = st.cur!;
  if (mod instanceof A.Module || mod instanceof A.Interactive) b.visitStmts(mod.body);
  else if (mod instanceof A.Expression) b.visitExpr(mod.body);
  else throw new Error("symtable: unsupported mod kind");
  b.exitBlock();
  new Analyzer(st).analyzeBlock(st.top, null, new Set(), new Set(), null);
  return st;
}
