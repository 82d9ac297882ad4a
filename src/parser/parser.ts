// The parser: hand-written recursive descent over the token array, producing CPython's `ast` nodes.
// It follows Grammar/python.gram rule by rule (names in comments), and like CPython it runs a second
// "error pass" when the first pass fails, in which the grammar's invalid_* checks are enabled to
// produce CPython's specialised messages; otherwise the error is "invalid syntax" at the furthest token.

import * as A from "../generated/ast.js";
import { PyBytes } from "../objects/bytes.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import type { PyConstant } from "../objects/repr.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { concatStr, PyCodePointStr } from "../objects/str.js";
import {
  PARSER_STACK_OVERFLOW,
  PyParserLimitError,
  PySyntaxError,
  type SyntaxErrorKind,
  warningHook,
} from "./errors.js";
import { DecodeError, decodeBytes, decodeUnicodeEscapes, stringPrefix } from "./strings.js";
import { byteToCharOffset, lineStartOf, type Tokenizer, utf8Length } from "./tokenizer.js";
import * as T from "./tokens.js";
import { Token } from "./tokens.js";

export type Mode = "exec" | "eval" | "single" | "func_type";

export interface ParserOptions {
  /** The mode parse() will be called with (tokenizer errors are met before). */
  mode?: Mode;
  /**
   * Whether `filename` names the file the source was read from: CPython then takes the text of
   * errors from the file (exec mode only). Default: true unless the name looks like "<string>".
   */
  fileText?: boolean;
  /** The source bytes started with a UTF-8 BOM. */
  bom?: boolean;
}

/** Thrown to backtrack; never escapes the parser. */
class ParseFail {}
const FAIL = new ParseFail();

type Pos = { lineno: number; col_offset: number; end_lineno: number | null; end_col_offset: number | null };

const AUGOPS: Record<number, A.operator> = {
  [T.PLUSEQUAL]: A.ADD,
  [T.MINEQUAL]: A.SUB,
  [T.STAREQUAL]: A.MULT,
  [T.ATEQUAL]: A.MAT_MULT,
  [T.SLASHEQUAL]: A.DIV,
  [T.PERCENTEQUAL]: A.MOD,
  [T.AMPEREQUAL]: A.BIT_AND,
  [T.VBAREQUAL]: A.BIT_OR,
  [T.CIRCUMFLEXEQUAL]: A.BIT_XOR,
  [T.LEFTSHIFTEQUAL]: A.L_SHIFT,
  [T.RIGHTSHIFTEQUAL]: A.R_SHIFT,
  [T.DOUBLESTAREQUAL]: A.POW,
  [T.DOUBLESLASHEQUAL]: A.FLOOR_DIV,
};

// Binary operator precedences for Parser.binOp (higher binds tighter); 0 = not a binary operator.
const BP_OR = 1;
const BP_SUM = 5;
const BIN_PREC: number[] = new Array(T.KW_BASE).fill(0);
const BIN_OPS: A.operator[] = [];
for (const [tok, prec, op] of [
  [T.VBAR, 1, A.BIT_OR],
  [T.CIRCUMFLEX, 2, A.BIT_XOR],
  [T.AMPER, 3, A.BIT_AND],
  [T.LEFTSHIFT, 4, A.L_SHIFT],
  [T.RIGHTSHIFT, 4, A.R_SHIFT],
  [T.PLUS, 5, A.ADD],
  [T.MINUS, 5, A.SUB],
  [T.STAR, 6, A.MULT],
  [T.SLASH, 6, A.DIV],
  [T.DOUBLESLASH, 6, A.FLOOR_DIV],
  [T.PERCENT, 6, A.MOD],
  [T.AT, 6, A.MAT_MULT],
] as const) {
  BIN_PREC[tok] = prec;
  BIN_OPS[tok] = op;
}

/** Tokens that cannot continue an expression after an operand (so it is complete). */
const ENDS_EXPRESSION = new Uint8Array(T.KW_BASE + T.KEYWORDS.length);
for (const t of [
  T.COMMA,
  T.RPAR,
  T.RSQB,
  T.RBRACE,
  T.COLON,
  T.EQUAL,
  T.NEWLINE,
  T.SEMI,
  T.EXCLAMATION,
  T.TYPE_COMMENT,
  T.ENDMARKER,
  T.COLONEQUAL,
  T.RARROW,
  T.KW_FOR,
  T.KW_ASYNC,
  T.KW_AS,
  T.KW_FROM,
  T.KW_ELSE,
  T.PLUSEQUAL,
  T.MINEQUAL,
  T.STAREQUAL,
  T.SLASHEQUAL,
  T.PERCENTEQUAL,
  T.AMPEREQUAL,
  T.VBAREQUAL,
  T.CIRCUMFLEXEQUAL,
  T.LEFTSHIFTEQUAL,
  T.RIGHTSHIFTEQUAL,
  T.DOUBLESTAREQUAL,
  T.DOUBLESLASHEQUAL,
  T.ATEQUAL,
]) {
  ENDS_EXPRESSION[t] = 1;
}
/** After a bitwise_or operand, 'if' (conditional expression), comparisons and boolean operators end it. */
const ENDS_BITWISE_OR = ENDS_EXPRESSION.slice();
for (const t of [
  T.KW_IF,
  T.KW_AND,
  T.KW_OR,
  T.KW_IN,
  T.KW_NOT,
  T.KW_IS,
  T.EQEQUAL,
  T.NOTEQUAL,
  T.LESS,
  T.LESSEQUAL,
  T.GREATER,
  T.GREATEREQUAL,
]) {
  ENDS_BITWISE_OR[t] = 1;
}

/**
 * CPython's SOFT_KEYWORD test (_PyPegen_soft_keyword_token) compares with strncmp over the token's
 * length, so every prefix of "match", "case", "type" or "_" counts (`t`, `ma`, `cas`, ...).
 */
function isSoftKeywordToken(name: string): boolean {
  return "match".startsWith(name) || "case".startsWith(name) || "type".startsWith(name) || "_".startsWith(name);
}

function startsExpression(t: number): boolean {
  switch (t) {
    case T.NAME:
    case T.NUMBER:
    case T.STRING:
    case T.FSTRING_START:
    case T.LPAR:
    case T.LSQB:
    case T.LBRACE:
    case T.MINUS:
    case T.PLUS:
    case T.TILDE:
    case T.ELLIPSIS:
    case T.KW_NOT:
    case T.KW_LAMBDA:
    case T.KW_AWAIT:
    case T.KW_NONE:
    case T.KW_TRUE:
    case T.KW_FALSE:
      return true;
    default:
      return false;
  }
}

export class Parser {
  private toks: Token[];
  private pos = 0;
  /** Furthest token index looked at + 1 (CPython's p->fill): generic errors are reported there. */
  private fill = 0;
  private errorPass = false;
  /**
   * Second pass: failed operands and trailers backtrack as in CPython's PEG parser (also inside
   * `expression_without_invalid`, where errorPass is off). The first pass needs no backtracking: it
   * only has to succeed or fail.
   */
  private backtrack = false;
  private readonly parenthesized = new Set<A.expr>();
  private typeIgnores: A.TypeIgnore[] = [];
  private readonly src: string;
  private memoDisj = new Map<number, [A.expr | null, number]>();
  private memoAtom = new Map<number, [A.expr | null, number]>();
  private legacyChecked = new Set<number>();
  /** A tokenizer error after the last good token (CPython meets it lazily). */
  private tokError: PySyntaxError | null = null;
  /** Nesting of recursive rules, counted as CPython's p->level grows for them (MAXSTACK = 6000). */
  private depth = 0;
  private tokErrorWins = false;
  private maxFill = 0;

  /** Error texts come from the file (exec mode and a real file name), see errorLine. */
  private fileText: boolean;
  /** The file starts with a UTF-8 BOM (kept in the text of errors on line 1). */
  private readonly bom: boolean;

  constructor(
    private readonly tokenizer: Tokenizer,
    private readonly filename: string,
    opts: ParserOptions = {},
  ) {
    this.src = tokenizer.src;
    this.bom = !!opts.bom;
    this.noFinalNewline = (opts.mode ?? "exec") !== "exec" && tokenizer.implicitNewline;
    this.fileText = (opts.mode ?? "exec") === "exec" && (opts.fileText ?? !/^<.*>$/.test(filename));
    tokenizer.pegenLine = (lineno, curLine) => this.errorLine(lineno, curLine);
    tokenizer.fileText = this.fileText;
    // Tokenize eagerly: a tokenizer error anywhere in the file wins over parser errors, as in CPython
    // (_PyPegen_tokenize_full_source_to_check_for_errors).
    const toks: Token[] = [];
    try {
      for (;;) {
        const t = tokenizer.next();
        if (t.type === T.TYPE_IGNORE) {
          this.typeIgnores.push(new A.TypeIgnore(t.lineno, t.value));
          continue;
        }
        toks.push(t);
        if (t.type === T.ENDMARKER) break;
      }
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      // The parser meets the error when it reaches this point (an ERRORTOKEN stands in for it).
      this.tokError = e;
      // End of file inside brackets is no exception in CPython's lexer (E_EOF): it does not override
      // the parser's own errors, except by the rule in checkUnclosed.
      // ... and a tokenizer error inside an f-string does not swallow the parser's error either
      // (_PyPegen_tokenize_full_source_to_check_for_errors keeps the original then).
      this.tokErrorWins = !tokenizer.doneCodeError && tokenizer.fstringDepth === 0;
      const l = toks.length ? toks[toks.length - 1] : null;
      toks.push(
        new Token(T.ERRORTOKEN, "", l?.endLineno ?? 1, l?.endCol ?? 0, l?.endLineno ?? 1, l?.endCol ?? 0, 0, 0),
      );
    }
    this.toks = toks;
  }

  // ---- token access ----------------------------------------------------------------------------

  private peek(): Token {
    const p = this.pos;
    if (p >= this.fill) this.fill = p + 1;
    const t = this.toks[p];
    if (t.type === T.ERRORTOKEN && this.tokError) throw this.tokError;
    return t;
  }

  private peekType(): number {
    // peek() inlined: this is the parser's most frequent call.
    const p = this.pos;
    if (p >= this.fill) this.fill = p + 1;
    const ty = this.toks[p].type;
    if (ty === T.ERRORTOKEN && this.tokError) throw this.tokError;
    return ty;
  }

  private peekAt(k: number): Token {
    const p = Math.min(this.pos + k, this.toks.length - 1);
    if (p >= this.fill) this.fill = p + 1;
    const t = this.toks[p];
    if (t.type === T.ERRORTOKEN && this.tokError) throw this.tokError;
    return t;
  }

  private next(): Token {
    const t = this.peek();
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }

  private accept(type: number): Token | null {
    if (this.peek().type === type) return this.next();
    return null;
  }

  private expect(type: number): Token {
    if (this.peek().type === type) return this.next();
    throw FAIL;
  }

  /** `&&'x'`: a forced token, reported at once as "expected 'x'". */
  private expectForced(type: number, text: string): Token {
    if (this.peek().type === type) return this.next();
    this.raiseAtToken(this.peek(), `expected '${text}'`);
  }

  private isSoft(name: string): boolean {
    const t = this.peek();
    return t.type === T.NAME && t.value === name;
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT (_PyPegen_get_last_nonnwhitespace_token). */
  private get last(): Token {
    // Node constructors ask twice in a row (end line, end column): cache per position.
    if (this.lastAt === this.pos) return this.lastTok;
    let i = this.pos - 1;
    let t: Token;
    for (;;) {
      t = this.toks[i];
      if ((t.type < T.NEWLINE || t.type > T.DEDENT) && t.type !== T.ENDMARKER) break;
      if (i === 0) break;
      i--;
    }
    this.lastAt = this.pos;
    this.lastTok = t;
    return t;
  }
  private lastAt = -1;
  private lastTok!: Token;

  /** Deeper recursion: CPython's parser stops at its stack limit with a MemoryError. */
  private enter(levels: number): void {
    this.depth += levels;
    if (this.depth >= 5969) throw new PyParserLimitError(PARSER_STACK_OVERFLOW);
  }

  private fail(): never {
    throw FAIL;
  }

  // ---- errors ----------------------------------------------------------------------------------

  private lineTextAt(lineno: number): string {
    const ls = lineStartOf(this.src, lineno);
    let e = this.src.indexOf("\n", ls);
    if (e < 0) e = this.src.length;
    return this.src.slice(ls, e);
  }

  /** Number of lines CPython's tokenizer reads (tok->lineno at EOF; 0 for an empty source). */
  private get lastLine(): number {
    if (this.nLines < 0) {
      let n = 0;
      for (let i = this.src.indexOf("\n"); i >= 0; i = this.src.indexOf("\n", i + 1)) n++;
      this.nLines = n;
    }
    return this.nLines;
  }
  private nLines = -1;
  /** The source has no final newline and the mode is not exec (CPython then adds none). */
  private noFinalNewline = false;

  /**
   * INDENT, DEDENT and ENDMARKER have no position in CPython's lexer (col_offset -1), nor the NEWLINE
   * that single mode makes of the ENDMARKER (the only NEWLINE starting at the end of the source).
   */
  private static colless(t: Token): boolean {
    return (
      t.type === T.INDENT || t.type === T.DEDENT || t.type === T.ENDMARKER || (t.value === "" && t.type === T.NEWLINE)
    );
  }

  /** CPython's token->lineno: at EOF the tokenizer stays on the last line. */
  private tokLine(t: Token): number {
    return t.start >= this.src.length && Parser.colless(t) ? this.lastLine : t.lineno;
  }

  /** Where CPython's (lazy) tokenizer stands after fetching `t`: tok->lineno, tok->cur - tok->line_start. */
  private curPos(t: Token): [number, number] {
    if (t.start >= this.src.length && Parser.colless(t)) {
      const n = this.lastLine;
      if (n === 0) return [0, 0];
      const text = this.lineTextAt(n);
      return [n, utf8Length(text, 0, text.length) + (this.noFinalNewline ? 0 : 1)];
    }
    if (t.type === T.NEWLINE) {
      // The tokenizer stands after the '\n' (the token may start at a comment).
      const text = this.lineTextAt(t.lineno);
      return [t.lineno, utf8Length(text, 0, text.length) + 1];
    }
    return [t.endLineno, t.endCol];
  }

  /** The tokenizer's line after the furthest token fetched. */
  private curLine(): number {
    return this.fill > 0 ? this.curPos(this.toks[this.fill - 1])[0] : 0;
  }

  /**
   * The `text` of an error on line `lineno` (_PyPegen_raise_error_known_location). For a file (exec
   * mode, a real file name) CPython reads the line from the file (_PyErr_ProgramDecodedTextObject):
   * as it is there (no newline at EOF, a BOM kept, only the last 999-byte chunk of a long line).
   * Otherwise, or when that fails, the tokenizer's current line `curLine` with its newline if the
   * error is not before it, else line `lineno` without its newline.
   */
  errorLine(lineno: number, curLine: number): string {
    const n = this.lastLine;
    if (this.fileText && lineno >= 1 && lineno <= n) {
      let line = this.lineTextAt(lineno);
      if (!(lineno === n && this.tokenizer.implicitNewline)) line += "\n";
      if (lineno === 1 && this.bom) line = `\ufeff${line}`;
      const chunk = lastFileChunk(line);
      if (chunk !== null) return chunk;
    }
    if (n === 0) return "";
    if (curLine <= lineno) {
      const l = Math.min(curLine, n);
      return l === n && this.noFinalNewline ? this.lineTextAt(l) : `${this.lineTextAt(l)}\n`;
    }
    return this.lineTextAt(Math.max(lineno, 1));
  }

  /** _PyPegen_raise_error_known_location: byte columns (1-based) converted to characters. */
  raiseKnown(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    col1: number,
    endLineno: number,
    endCol1: number,
  ): never {
    const text = this.errorLine(lineno, this.curLine());
    const col = byteToCharOffset(text, col1);
    const endCol = endCol1 > 0 ? byteToCharOffset(text, endCol1) : endCol1;
    throw new PySyntaxError(kind, msg, this.filename, lineno, col, text, endLineno, endCol);
  }

  /** RAISE_ERROR_KNOWN_LOCATION at token `t` (a token without position gives 0, 0). */
  /** A SyntaxWarning at a token (invalid escapes); not repeated by the error pass or backtracking. */
  private warned = new Set<string>();
  private warnAtToken(t: Token, msg: string): void {
    const key = `${t.lineno}:${t.col}:${msg}`;
    if (this.errorPass || this.warned.has(key)) return;
    this.warned.add(key);
    warningHook.warn("SyntaxWarning", msg, this.filename, t.lineno);
  }

  private raiseAtToken(t: Token, msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    if (Parser.colless(t)) {
      const l = this.tokLine(t);
      this.raiseKnown(kind, msg, l, 0, l, 0);
    }
    this.raiseKnown(kind, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  /** _PyPegen_raise_error: at token `t`, or where the tokenizer stands if `t` has no position. */
  private raiseError(t: Token, msg: string, kind: SyntaxErrorKind): never {
    if (Parser.colless(t)) {
      const [l, c] = this.curPos(t);
      this.raiseKnown(kind, msg, l, c, l, -1);
    }
    this.raiseKnown(kind, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, ...) */
  private raiseAtNode(a: Pos, msg: string): never {
    this.raiseKnown("SyntaxError", msg, a.lineno, a.col_offset + 1, a.end_lineno ?? 0, (a.end_col_offset ?? -1) + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, ...) */
  private raiseRange(a: Pos | Token, b: Pos | Token, msg: string): never {
    const [al, ac] = "col" in a ? [a.lineno, a.col] : [a.lineno, a.col_offset];
    const [bl, bc] = "endCol" in b ? [b.endLineno, b.endCol] : [b.end_lineno ?? 0, b.end_col_offset ?? 0];
    this.raiseKnown("SyntaxError", msg, al, ac + 1, bl, bc + 1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, ...): to the tokenizer's current position. */
  private raiseFrom(a: Pos | Token, msg: string): never {
    const [al, ac] = "col" in a ? [a.lineno, a.col] : [a.lineno, a.col_offset];
    const [l, c] = this.curPos(this.toks[this.fill - 1]);
    this.raiseKnown("SyntaxError", msg, al, ac + 1, l, c);
  }

  /** RAISE_SYNTAX_ERROR(msg): at the last token fetched. */
  private raiseGeneric(msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    this.raiseError(this.toks[this.fill - 1], msg, kind);
  }

  private raiseIndent(msg: string): never {
    this.raiseError(this.toks[this.fill - 1], msg, "IndentationError");
  }

  // ---- entry points ----------------------------------------------------------------------------

  parse(mode: Mode): A.mod {
    if (mode !== "exec") {
      this.fileText = false;
      // Only exec input gets a newline appended (translate_newlines): no NEWLINE at the end.
      this.noFinalNewline = this.tokenizer.implicitNewline;
      if (this.noFinalNewline) this.dropImplicitNewline(mode === "single");
      else if (mode === "single") this.singleInputTokens();
    }
    try {
      const tree = this.parseMode(mode);
      if (mode === "single" && this.badSingleStatement()) {
        this.raiseGeneric("multiple statements found while compiling a single statement");
      }
      return tree;
    } catch (e) {
      if (e !== FAIL) {
        // An error raised in the first pass (a forced token, `&&':'`) yields to a tokenizer error too,
        // and to an unclosed bracket before the furthest token.
        if (e instanceof PySyntaxError && e !== this.tokError) {
          if (this.tokError && this.tokErrorWins) throw this.tokError;
          this.checkUnclosed();
        }
        throw e;
      }
    }
    const lastFill = this.fill;
    // Second pass with the invalid_* rules enabled.
    this.pos = 0;
    this.depth = 0;
    this.errorPass = true;
    this.backtrack = true;
    this.memoDisj.clear();
    this.memoAtom.clear();
    this.legacyChecked.clear();
    try {
      this.parseMode(mode);
    } catch (e) {
      if (e !== FAIL) {
        if (e instanceof PySyntaxError && e !== this.tokError) {
          // A tokenizer error further on in the file wins over the parser's own error.
          if (this.tokError && this.tokErrorWins) throw this.tokError;
          this.checkUnclosed();
        }
        throw e;
      }
    }
    // The generic error is placed at the first pass's furthest token; the unclosed-bracket check
    // looks at the furthest token of both passes (CPython's tokens array only grows).
    this.maxFill = this.fill;
    this.fill = lastFill;
    const lastTok = this.toks[lastFill - 1];
    if (lastTok.type === T.ENDMARKER && this.tokenizer.level > 0) this.tokenizer.unclosedParenError();
    if (lastTok.type === T.INDENT) this.raiseIndentFromToken("unexpected indent", lastTok);
    if (lastTok.type === T.DEDENT) this.raiseIndentFromToken("unexpected unindent", lastTok);
    if (this.tokError && this.tokErrorWins) throw this.tokError;
    const e = this.genericError(lastTok);
    this.checkUnclosed();
    throw e;
  }

  /**
   * _PyPegen_fill_token in single mode: the first ENDMARKER (after some token) is turned into a
   * NEWLINE (keeping the ENDMARKER's lack of position) and the ENDMARKER comes again after it.
   */
  private singleInputTokens(): void {
    const toks = this.toks;
    const last = toks[toks.length - 1];
    if (toks.length < 2 || last.type !== T.ENDMARKER) return;
    const nl = new Token(T.NEWLINE, "", last.lineno, last.col, last.endLineno, last.endCol, last.start, last.end);
    toks.splice(toks.length - 1, 0, nl);
  }

  /**
   * eval/single/func_type input without a final newline: CPython's tokenizer meets EOF right after
   * the last token (no NEWLINE, no DEDENT); in single mode that ENDMARKER becomes a NEWLINE, then the
   * pending DEDENTs and the ENDMARKER come.
   */
  private dropImplicitNewline(single: boolean): void {
    const toks = this.toks;
    const n = toks.length;
    if (toks[n - 1].type !== T.ENDMARKER) return;
    let i = n - 2;
    while (i >= 0 && toks[i].type === T.DEDENT) i--;
    const t = toks[i];
    if (i < 0 || t.type !== T.NEWLINE || this.src.indexOf("\n", t.start) !== this.src.length - 1) return;
    const end = toks[n - 1];
    if (single) {
      toks[i] = new Token(T.NEWLINE, "", end.lineno, end.col, end.endLineno, end.endCol, end.start, end.end);
      // Each DEDENT sets parsing_started again: the ENDMARKER after them is a NEWLINE once more.
      if (i < n - 2) this.singleInputTokens();
    } else {
      toks.splice(i, n - 1 - i);
    }
  }

  /** bad_single_statement: anything but blanks and comments after where the tokenizer stands. */
  private badSingleStatement(): boolean {
    const src = this.src;
    let i = 0;
    if (this.fill > 0) {
      const t = this.toks[this.fill - 1];
      i = t.type === T.NEWLINE && t.value !== "" ? this.src.indexOf("\n", t.start) + 1 : t.end;
    }
    for (;;) {
      let c = src.charCodeAt(i);
      while (c === 32 || c === 9 || c === 10 || c === 12) c = src.charCodeAt(++i);
      if (i >= src.length) return false;
      if (c !== 35) return true;
      while (i < src.length && src.charCodeAt(i) !== 10) i++;
    }
  }

  private genericError(t: Token): PySyntaxError {
    try {
      this.raiseAtToken(t, "invalid syntax");
    } catch (e) {
      return e as PySyntaxError;
    }
  }

  /** An unclosed bracket on an earlier line than the error wins (CPython's full-source check). */
  private checkUnclosed(): void {
    const tk = this.tokenizer;
    // CPython compares the line of the last token fetched (not the error's) with the bracket's.
    const fill = Math.max(this.fill, this.maxFill);
    if (tk.level > 0 && this.tokLine(this.toks[fill - 1]) > tk.parenLineStack[tk.level - 1]) {
      tk.unclosedParenError();
    }
  }

  private raiseIndentFromToken(msg: string, t: Token): never {
    // INDENT/DEDENT tokens have no column in CPython: the error points after the indentation.
    this.raiseError(t, msg, "IndentationError");
  }

  private parseMode(mode: Mode): A.mod {
    switch (mode) {
      case "exec": {
        const body = this.statements();
        this.expect(T.ENDMARKER);
        return new A.Module(body, this.typeIgnores);
      }
      case "eval": {
        const body = this.expressions();
        while (this.accept(T.NEWLINE));
        this.expect(T.ENDMARKER);
        return new A.Expression(body);
      }
      case "single":
        return new A.Interactive(this.statementNewline());
      case "func_type": {
        this.expect(T.LPAR);
        const argtypes = this.peekType() === T.RPAR ? [] : this.typeExpressions();
        this.expect(T.RPAR);
        this.expect(T.RARROW);
        const returns = this.expression();
        while (this.accept(T.NEWLINE));
        this.expect(T.ENDMARKER);
        return new A.FunctionType(argtypes, returns);
      }
    }
  }

  private statementNewline(): A.stmt[] {
    const t = this.peek();
    if (t.type === T.NEWLINE) {
      this.next();
      return [new A.Pass(t.lineno, t.col, t.endLineno, t.endCol)];
    }
    if (t.type === T.ENDMARKER) this.fail();
    if (this.isCompoundStart()) {
      const s = this.compoundStmt();
      this.expect(T.NEWLINE);
      return [s];
    }
    return this.simpleStmts();
  }

  private typeExpressions(): A.expr[] {
    const out: A.expr[] = [];
    for (;;) {
      if (this.accept(T.STAR)) out.push(this.expression());
      else if (this.accept(T.DOUBLESTAR)) out.push(this.expression());
      else out.push(this.expression());
      if (!this.accept(T.COMMA)) break;
    }
    return out;
  }

  // ---- statements ------------------------------------------------------------------------------

  private statements(): A.stmt[] {
    const body: A.stmt[] = [];
    for (;;) {
      const t = this.peekType();
      if (t === T.ENDMARKER || t === T.DEDENT) break;
      if (this.isCompoundStart()) body.push(this.compoundStmt());
      else {
        const ss = this.simpleStmts();
        for (let i = 0; i < ss.length; i++) body.push(ss[i]);
      }
    }
    return body;
  }

  private isCompoundStart(): boolean {
    switch (this.peekType()) {
      case T.KW_DEF:
      case T.AT:
      case T.KW_IF:
      case T.KW_CLASS:
      case T.KW_WITH:
      case T.KW_FOR:
      case T.KW_TRY:
      case T.KW_WHILE:
        return true;
      case T.KW_ASYNC: {
        const n = this.peekAt(1).type;
        return n === T.KW_DEF || n === T.KW_WITH || n === T.KW_FOR;
      }
      case T.NAME:
        return this.peek().value === "match" && this.looksLikeMatch();
      default:
        return false;
    }
  }

  private compoundStmt(): A.stmt {
    const t = this.peek();
    switch (t.type) {
      case T.KW_DEF:
        return this.functionDef([], t);
      case T.AT:
        return this.decorated();
      case T.KW_IF:
        return this.ifStmt();
      case T.KW_CLASS:
        return this.classDef([], t);
      case T.KW_WITH:
        return this.withStmt(t, false);
      case T.KW_FOR:
        return this.forStmt(t, false);
      case T.KW_TRY:
        return this.tryStmt();
      case T.KW_WHILE:
        return this.whileStmt();
      case T.KW_ASYNC: {
        const n = this.peekAt(1).type;
        if (n === T.KW_DEF) return this.functionDef([], t);
        if (n === T.KW_WITH) return this.withStmt(t, true);
        return this.forStmt(t, true);
      }
      default: {
        const m = this.matchStmt();
        if (m) return m;
        this.fail();
      }
    }
  }

  private simpleStmts(): A.stmt[] {
    const out: A.stmt[] = [this.simpleStmt()];
    while (this.accept(T.SEMI)) {
      if (this.peekType() === T.NEWLINE) break;
      out.push(this.simpleStmt());
    }
    this.expect(T.NEWLINE);
    return out;
  }

  private simpleStmt(): A.stmt {
    const t = this.peek();
    switch (t.type) {
      case T.KW_RETURN: {
        this.next();
        const v = startsExpression(this.peekType()) || this.peekType() === T.STAR ? this.starExpressions() : null;
        return new A.Return(v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
      }
      case T.KW_IMPORT:
        return this.importName();
      case T.KW_FROM:
        return this.importFrom();
      case T.KW_RAISE:
        return this.raiseStmt();
      case T.KW_PASS:
        this.next();
        return new A.Pass(t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW_BREAK:
        this.next();
        return new A.Break(t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW_CONTINUE:
        this.next();
        return new A.Continue(t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW_DEL:
        return this.delStmt();
      case T.KW_ASSERT:
        return this.assertStmt();
      case T.KW_GLOBAL:
      case T.KW_NONLOCAL: {
        this.next();
        const names: string[] = [this.expect(T.NAME).value];
        while (this.accept(T.COMMA)) names.push(this.expect(T.NAME).value);
        const e = this.last;
        return t.type === T.KW_GLOBAL
          ? new A.Global(names, t.lineno, t.col, e.endLineno, e.endCol)
          : new A.Nonlocal(names, t.lineno, t.col, e.endLineno, e.endCol);
      }
      case T.NAME:
        if (t.value === "type") {
          const n1 = this.peekAt(1);
          if (n1.type === T.NAME) {
            const n2 = this.peekAt(2).type;
            if (n2 === T.EQUAL || n2 === T.LSQB) {
              // simple_stmt tries `assignment` (with its invalid_* rules) before `type_alias`; in the
              // error pass that attempt moves the furthest token, where errors end (CURRENT_POS).
              if (this.errorPass) {
                const save = this.pos;
                this.tryParse(() => {
                  this.exprStmt();
                  return false;
                });
                this.pos = save;
              }
              return this.typeAlias();
            }
          }
        }
        return this.exprStmt();
      default:
        return this.exprStmt();
    }
  }

  private typeAlias(): A.stmt {
    const t = this.next();
    const n = this.expect(T.NAME);
    const name = new A.Name(n.value, A.STORE, n.lineno, n.col, n.endLineno, n.endCol);
    const tp = this.optionalTypeParams();
    this.expect(T.EQUAL);
    const value = this.expression();
    return new A.TypeAlias(name, tp, value, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** assignment | star_expressions (expression statement), with the invalid_assignment checks. */
  private exprStmt(): A.stmt {
    const start = this.pos;
    const t0 = this.peek();
    const first = this.peekType() === T.KW_YIELD ? this.yieldExpr() : this.starExpressions();
    const nt = this.peekType();
    if (nt === T.COLON) {
      // Annotated assignment.
      const target = first;
      let simple = 0;
      if (target instanceof A.Name) simple = this.parenthesized.has(target) ? 0 : 1;
      else if (!(target instanceof A.Attribute || target instanceof A.Subscript)) {
        // invalid_assignment: only when an annotation follows (`a=... ':' expression`), and a lone
        // starred target is no expression at all.
        if (this.errorPass && !(target instanceof A.Starred)) {
          const save = this.pos;
          this.next();
          const annotated = this.tryParse(() => {
            this.expression();
            return true;
          });
          this.pos = save;
          if (annotated) this.invalidAnnTarget(target);
        }
        this.fail();
      }
      this.next();
      const ann = this.expression();
      let value: A.expr | null = null;
      if (this.accept(T.EQUAL)) value = this.annotatedRhs();
      this.setContext(target, A.STORE);
      return new A.AnnAssign(target, ann, value, simple, t0.lineno, t0.col, this.last.endLineno, this.last.endCol);
    }
    if (nt === T.EQUAL) {
      const targets: A.expr[] = [first];
      let value: A.expr;
      for (;;) {
        this.next(); // '='
        let v: A.expr;
        try {
          v = this.annotatedRhs();
        } catch (e) {
          // `(star_targets '=')* a=star_expressions '='`: an invalid target before a '=' is reported
          // even when nothing valid follows.
          if (e === FAIL && this.errorPass && targets.some((x) => this.invalidTarget(x, "assign") !== null)) {
            this.invalidAssignmentNamed(start);
            for (let i = 0; i < targets.length; i++) this.checkTarget(targets[i]);
          }
          throw e;
        }
        if (this.peekType() === T.EQUAL) {
          targets.push(v);
          continue;
        }
        value = v;
        break;
      }
      if (this.errorPass && targets.some((x) => this.invalidTarget(x, "assign") !== null)) {
        this.invalidAssignmentNamed(start);
      }
      for (let i = 0; i < targets.length; i++) this.checkTarget(targets[i]);
      let tc: string | null = null;
      const tct = this.accept(T.TYPE_COMMENT);
      if (tct) tc = tct.value;
      return new A.Assign(targets, value, tc, t0.lineno, t0.col, this.last.endLineno, this.last.endCol);
    }
    // `f() := 1` reaches invalid_named_expression through invalid_assignment's star_named_expression.
    if (nt === T.COLONEQUAL && this.errorPass) this.invalidAssignmentNamed(start);
    const aug = AUGOPS[nt];
    if (aug !== undefined) {
      if (!(first instanceof A.Name || first instanceof A.Attribute || first instanceof A.Subscript)) {
        if (this.errorPass) {
          this.raiseAtNode(first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
        }
        this.fail();
      }
      this.next();
      this.setContext(first, A.STORE);
      const value = this.annotatedRhs();
      return new A.AugAssign(first, aug, value, t0.lineno, t0.col, this.last.endLineno, this.last.endCol);
    }
    // `assignment` is tried before the expression statement: its invalid_assignment alternatives
    // parse star_named_expressions, whose invalid_named_expression may report `"x" = y`.
    if (this.errorPass) this.invalidAssignmentNamed(start);
    return new A.Expr(first, t0.lineno, t0.col, this.last.endLineno, this.last.endCol);
  }

  /**
   * invalid_legacy_expression (an alternative of every `expression` in the error pass):
   * `a=NAME !'(' b=star_expressions`, an error for print/exec. Its lookahead matters for other names
   * too, since it moves the furthest token that later errors are reported at. Once per position.
   */
  private invalidLegacy(t0: Token): void {
    if (this.legacyChecked.has(this.pos)) return;
    this.legacyChecked.add(this.pos);
    const save = this.pos;
    const n = this.peekAt(1).type;
    if (n === T.LPAR || !(startsExpression(n) || n === T.STAR)) return;
    this.next();
    try {
      const b = this.starExpressions();
      if (t0.value === "print" || t0.value === "exec") {
        this.raiseRange(t0, b, `Missing parentheses in call to '${t0.value}'. Did you mean ${t0.value}(...)?`);
      }
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
  }

  private invalidAnnTarget(target: A.expr): never {
    const a = target;
    if (a instanceof A.Tuple || a instanceof A.List) {
      if (a instanceof A.Tuple && !this.parenthesized.has(a) && a.elts.length > 0) {
        this.raiseAtNode(a.elts[0], "only single target (not tuple) can be annotated");
      }
      this.raiseAtNode(a, `only single target (not ${a instanceof A.List ? "list" : "tuple"}) can be annotated`);
    }
    this.raiseAtNode(a, "illegal target for annotation");
  }

  private annotatedRhs(): A.expr {
    return this.peekType() === T.KW_YIELD ? this.yieldExpr() : this.starExpressions();
  }

  private importName(): A.stmt {
    const t = this.next();
    const names: A.alias[] = [];
    if (this.errorPass && this.peekType() === T.NEWLINE) {
      this.raiseFrom(this.peek(), "Expected one or more names after 'import'");
    }
    do {
      const s = this.peek();
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.accept(T.KW_AS)) asname = this.expect(T.NAME).value;
      names.push(new A.alias(name, asname, s.lineno, s.col, this.last.endLineno, this.last.endCol));
    } while (this.accept(T.COMMA));
    if (this.errorPass && this.peekType() === T.KW_FROM) {
      this.raiseFrom(t, "Did you mean to use 'from ... import ...' instead?");
    }
    return new A.Import(names, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private dottedName(): string {
    let name = this.expect(T.NAME).value;
    while (this.peekType() === T.DOT) {
      this.next();
      name += `.${this.expect(T.NAME).value}`;
    }
    return name;
  }

  private importFrom(): A.stmt {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.accept(T.DOT)) level += 1;
      else if (this.accept(T.ELLIPSIS)) level += 3;
      else break;
    }
    let module: string | null = null;
    if (level === 0 || this.peekType() === T.NAME) module = this.dottedName();
    this.expect(T.KW_IMPORT);
    const names: A.alias[] = [];
    if (this.peekType() === T.STAR) {
      const s = this.next();
      names.push(new A.alias("*", null, s.lineno, s.col, s.endLineno, s.endCol));
    } else {
      const paren = this.accept(T.LPAR);
      if (this.errorPass && !paren && this.peekType() === T.NEWLINE) {
        this.raiseFrom(this.peek(), "Expected one or more names after 'import'");
      }
      for (;;) {
        const s = this.expect(T.NAME);
        let asname: string | null = null;
        if (this.accept(T.KW_AS)) asname = this.expect(T.NAME).value;
        names.push(new A.alias(s.value, asname, s.lineno, s.col, this.last.endLineno, this.last.endCol));
        if (!this.accept(T.COMMA)) break;
        if (paren && this.peekType() === T.RPAR) break;
        if (!paren && this.peekType() === T.NEWLINE) {
          if (this.errorPass) this.raiseGeneric("trailing comma not allowed without surrounding parentheses");
          this.fail();
        }
      }
      if (paren) this.expect(T.RPAR);
    }
    return new A.ImportFrom(module, names, level, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private raiseStmt(): A.stmt {
    const t = this.next();
    let exc: A.expr | null = null;
    let cause: A.expr | null = null;
    if (startsExpression(this.peekType())) {
      exc = this.expression();
      if (this.accept(T.KW_FROM)) {
        cause = this.expression();
      }
    }
    return new A.Raise(exc, cause, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private delStmt(): A.stmt {
    const t = this.next();
    const save = this.pos;
    const targets: A.expr[] = [];
    try {
      for (;;) {
        targets.push(this.delTarget());
        if (!this.accept(T.COMMA)) break;
        if (this.peekType() === T.SEMI || this.peekType() === T.NEWLINE) break;
      }
      const nt = this.peekType();
      if (nt !== T.SEMI && nt !== T.NEWLINE) this.fail();
    } catch (e) {
      if (e !== FAIL || !this.errorPass) throw e;
      this.pos = save;
      const a = this.starExpressions();
      const bad = this.invalidTarget(a, "del");
      if (bad) this.raiseAtNode(bad, `cannot delete ${exprName(bad)}`);
      this.fail();
    }
    return new A.Delete(targets, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private delTarget(): A.expr {
    const t = this.peek();
    if (t.type === T.LPAR || t.type === T.LSQB) {
      // del_t_atom with brackets, or a t_primary starting with a bracketed atom.
      const save = this.pos;
      try {
        return this.delBracketed();
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
      }
    }
    const e = this.tPrimaryTarget(A.DEL);
    return e;
  }

  private delBracketed(): A.expr {
    const t = this.next();
    const close = t.type === T.LPAR ? T.RPAR : T.RSQB;
    const elts: A.expr[] = [];
    let comma = false;
    while (this.peekType() !== close) {
      elts.push(this.delTarget());
      if (!this.accept(T.COMMA)) break;
      comma = true;
    }
    this.expect(close);
    // Must not be followed by a trailer (then it was a t_primary).
    const nt = this.peekType();
    if (nt === T.LPAR || nt === T.LSQB || nt === T.DOT) this.fail();
    const e = this.last;
    if (t.type === T.LSQB) return new A.List(elts, A.DEL, t.lineno, t.col, e.endLineno, e.endCol);
    if (elts.length === 1 && !comma) return elts[0];
    return new A.Tuple(elts, A.DEL, t.lineno, t.col, e.endLineno, e.endCol);
  }

  /** A NAME, attribute or subscription target (t_primary '.' NAME | t_primary '[' slices ']' | NAME). */
  private tPrimaryTarget(ctx: A.expr_context): A.expr {
    const e = this.primary();
    if (e instanceof A.Name || e instanceof A.Attribute || e instanceof A.Subscript) {
      e.ctx = ctx;
      return e;
    }
    this.fail();
  }

  private assertStmt(): A.stmt {
    const t = this.next();
    const test = this.expression();
    let msg: A.expr | null = null;
    if (this.accept(T.COMMA)) {
      msg = this.expression();
    }
    return new A.Assert(test, msg, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  // ---- blocks and compound statements ----------------------------------------------------------

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the header for errors. */
  private block(what: string, headerTok: Token): A.stmt[] {
    if (this.peekType() === T.NEWLINE) {
      this.next();
      if (this.peekType() !== T.INDENT) {
        if (this.errorPass) {
          this.raiseIndent(`expected an indented block after ${what} on line ${headerTok.lineno}`);
        }
        this.fail();
      }
      this.next();
      const body = this.statements();
      this.expect(T.DEDENT);
      if (body.length === 0) this.fail();
      return body;
    }
    return this.simpleStmts();
  }

  /** ':' before a block; in the error pass a NEWLINE instead gives "expected ':'". */
  private colon(): void {
    if (this.peekType() === T.COLON) {
      this.next();
      return;
    }
    if (this.errorPass && this.peekType() === T.NEWLINE) this.raiseAtToken(this.peek(), "expected ':'");
    this.fail();
  }

  private decorated(): A.stmt {
    const decorators: A.expr[] = [];
    while (this.accept(T.AT)) {
      decorators.push(this.namedExpression());
      this.expect(T.NEWLINE);
    }
    const t = this.peek();
    if (t.type === T.KW_DEF || (t.type === T.KW_ASYNC && this.peekAt(1).type === T.KW_DEF)) {
      return this.functionDef(decorators, t);
    }
    if (t.type === T.KW_CLASS) return this.classDef(decorators, t);
    this.fail();
  }

  private functionDef(decorators: A.expr[], t: Token): A.stmt {
    const isAsync = t.type === T.KW_ASYNC;
    if (isAsync) this.next();
    const defTok = this.expect(T.KW_DEF);
    const name = this.expect(T.NAME).value;
    const tp = this.optionalTypeParams();
    // The forced `&&'('` and `&&':'` belong to invalid_def_raw: error pass only.
    if (this.errorPass) this.expectForced(T.LPAR, "(");
    else this.expect(T.LPAR);
    const args = this.peekType() === T.RPAR ? emptyArguments() : this.parameters(false);
    this.expect(T.RPAR);
    let returns: A.expr | null = null;
    if (this.peekType() === T.RARROW) {
      // ['->' expression]: when the expression is missing, the forced ':' is reported at '->'.
      const save = this.pos;
      this.next();
      try {
        returns = this.expression();
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
      }
    }
    if (this.peekType() !== T.COLON) {
      if (this.errorPass) this.raiseAtToken(this.peek(), "expected ':'");
      this.fail();
    }
    this.next();
    // invalid_def_raw: `':' NEWLINE !INDENT` also matches a signature type comment on its own line
    // (NEWLINE TYPE_COMMENT), so CPython reports this for any later error in such a function.
    if (this.errorPass && this.peekType() === T.NEWLINE && this.peekAt(1).type !== T.INDENT) {
      this.raiseIndent(`expected an indented block after function definition on line ${defTok.lineno}`);
    }
    let tc: string | null = null;
    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    if (this.peekType() === T.NEWLINE && this.peekAt(1).type === T.TYPE_COMMENT) {
      if (this.peekAt(2).type === T.NEWLINE && this.peekAt(3).type === T.INDENT) {
        this.next();
        tc = this.next().value;
      }
    } else if (this.peekType() === T.TYPE_COMMENT) {
      if (
        this.errorPass &&
        this.peekAt(1).type === T.NEWLINE &&
        this.peekAt(2).type === T.TYPE_COMMENT &&
        this.peekAt(3).type === T.NEWLINE &&
        this.peekAt(4).type === T.INDENT
      ) {
        this.raiseGeneric("Cannot have two type comments on def");
      }
      tc = this.next().value;
    }
    const body = this.block("function definition", defTok);
    const e = this.last;
    const end = [e.endLineno, e.endCol];
    if (isAsync) {
      return new A.AsyncFunctionDef(name, args, body, decorators, returns, tc, tp, t.lineno, t.col, end[0], end[1]);
    }
    return new A.FunctionDef(name, args, body, decorators, returns, tc, tp, t.lineno, t.col, end[0], end[1]);
  }

  private classDef(decorators: A.expr[], t: Token): A.stmt {
    this.next();
    const name = this.expect(T.NAME).value;
    const tp = this.optionalTypeParams();
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.accept(T.LPAR)) {
      if (this.peekType() !== T.RPAR) [bases, keywords] = this.arguments(false);
      this.expect(T.RPAR);
    }
    this.colon();
    const body = this.block("class definition", t);
    const end = [this.last.endLineno, this.last.endCol];
    return new A.ClassDef(name, bases, keywords, body, decorators, tp, t.lineno, t.col, end[0], end[1]);
  }

  /** [type_params]: an optional group, so a failed one leaves the position at '[' (PEG). */
  private optionalTypeParams(): A.type_param[] {
    if (this.peekType() !== T.LSQB) return [];
    const save = this.pos;
    try {
      return this.typeParams();
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = save;
      return [];
    }
  }

  private typeParams(): A.type_param[] {
    this.expect(T.LSQB);
    if (this.peekType() === T.RSQB) {
      if (this.errorPass) this.raiseFrom(this.peek(), "Type parameter list cannot be empty");
      this.fail();
    }
    const out: A.type_param[] = [];
    for (;;) {
      const s = this.peek();
      if (this.accept(T.STAR)) {
        const n = this.expect(T.NAME);
        if (this.errorPass && this.peekType() === T.COLON) {
          const colon = this.next();
          const e = this.expression();
          this.raiseFrom(
            colon,
            e instanceof A.Tuple ? "cannot use constraints with TypeVarTuple" : "cannot use bound with TypeVarTuple",
          );
        }
        let def: A.expr | null = null;
        if (this.accept(T.EQUAL)) def = this.starExpression();
        out.push(new A.TypeVarTuple(n.value, def, s.lineno, s.col, this.last.endLineno, this.last.endCol));
      } else if (this.accept(T.DOUBLESTAR)) {
        const n = this.expect(T.NAME);
        if (this.errorPass && this.peekType() === T.COLON) {
          const colon = this.next();
          const e = this.expression();
          this.raiseFrom(
            colon,
            e instanceof A.Tuple ? "cannot use constraints with ParamSpec" : "cannot use bound with ParamSpec",
          );
        }
        let def: A.expr | null = null;
        if (this.accept(T.EQUAL)) def = this.expression();
        out.push(new A.ParamSpec(n.value, def, s.lineno, s.col, this.last.endLineno, this.last.endCol));
      } else {
        const n = this.expect(T.NAME);
        let bound: A.expr | null = null;
        let def: A.expr | null = null;
        if (this.accept(T.COLON)) bound = this.expression();
        if (this.accept(T.EQUAL)) def = this.expression();
        out.push(new A.TypeVar(n.value, bound, def, s.lineno, s.col, this.last.endLineno, this.last.endCol));
      }
      if (!this.accept(T.COMMA)) break;
      if (this.peekType() === T.RSQB) break;
    }
    this.expect(T.RSQB);
    return out;
  }

  private ifStmt(): A.stmt {
    const t = this.next(); // 'if' or 'elif'
    const test = this.namedExpression();
    this.colon();
    const body = this.block(t.type === T.KW_IF ? "'if' statement" : "'elif' statement", t);
    let orelse: A.stmt[] = [];
    if (this.peekType() === T.KW_ELIF) orelse = [this.ifStmt()];
    else if (this.peekType() === T.KW_ELSE) orelse = this.elseBlock();
    const end = [this.last.endLineno, this.last.endCol];
    return new A.If(test, body, orelse, t.lineno, t.col, end[0], end[1]);
  }

  private elseBlock(): A.stmt[] {
    const t = this.next();
    this.expectForced(T.COLON, ":");
    const b = this.block("'else' statement", t);
    return b;
  }

  private whileStmt(): A.stmt {
    const t = this.next();
    const test = this.namedExpression();
    this.colon();
    const body = this.block("'while' statement", t);
    const orelse = this.peekType() === T.KW_ELSE ? this.elseBlock() : [];
    const end = [this.last.endLineno, this.last.endCol];
    return new A.While(test, body, orelse, t.lineno, t.col, end[0], end[1]);
  }

  private forStmt(t: Token, isAsync: boolean): A.stmt {
    if (isAsync) this.next();
    const forTok = this.expect(T.KW_FOR);
    const target = this.starTargetsFor();
    this.expect(T.KW_IN);
    const iter = this.starExpressions();
    this.colon();
    let tc: string | null = null;
    const tct = this.accept(T.TYPE_COMMENT);
    if (tct) tc = tct.value;
    const body = this.block("'for' statement", forTok);
    const orelse = this.peekType() === T.KW_ELSE ? this.elseBlock() : [];
    const end = [this.last.endLineno, this.last.endCol];
    if (isAsync) return new A.AsyncFor(target, iter, body, orelse, tc, t.lineno, t.col, end[0], end[1]);
    return new A.For(target, iter, body, orelse, tc, t.lineno, t.col, end[0], end[1]);
  }

  /** star_targets followed by 'in' (for loops and comprehensions), with invalid_for_target. */
  private starTargetsFor(): A.expr {
    const save = this.pos;
    try {
      const target = this.starTargets();
      if (this.peekType() !== T.KW_IN) this.fail();
      return target;
    } catch (e) {
      if (e !== FAIL || !this.errorPass) throw e;
    }
    this.pos = save;
    // invalid_for_if_clause / invalid_for_target
    try {
      const a = this.starExpressions();
      const bad = this.invalidTarget(a, "for");
      if (bad) this.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
    this.fail();
  }

  private withStmt(t: Token, isAsync: boolean): A.stmt {
    if (isAsync) this.next();
    const withTok = this.expect(T.KW_WITH);
    let items: A.withitem[] | null = null;
    let parenForm = false;
    if (this.peekType() === T.LPAR) {
      // 'with' '(' ','.with_item+ ','? ')' ':'
      const save = this.pos;
      try {
        this.next();
        const its: A.withitem[] = [];
        for (;;) {
          its.push(this.withItem());
          if (!this.accept(T.COMMA)) break;
          if (this.peekType() === T.RPAR) break;
        }
        this.expect(T.RPAR);
        if (this.peekType() !== T.COLON) this.fail();
        items = its;
        parenForm = true;
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
      }
    }
    if (!items) {
      items = [];
      for (;;) {
        items.push(this.withItem());
        if (!this.accept(T.COMMA)) break;
        if (this.errorPass && this.peekType() === T.COLON) {
          this.raiseAtToken(this.last, "the last 'with' item has a trailing comma");
        }
      }
    }
    this.colon();
    let tc: string | null = null;
    if (!parenForm || !isAsync) {
      const tct = this.accept(T.TYPE_COMMENT);
      if (tct) tc = tct.value;
    }
    const body = this.block("'with' statement", withTok);
    const end = [this.last.endLineno, this.last.endCol];
    if (isAsync) return new A.AsyncWith(items, body, tc, t.lineno, t.col, end[0], end[1]);
    return new A.With(items, body, tc, t.lineno, t.col, end[0], end[1]);
  }

  private withItem(): A.withitem {
    const e = this.expression();
    if (this.accept(T.KW_AS)) {
      const save = this.pos;
      try {
        const target = this.starTarget();
        const nt = this.peekType();
        // &(',' | ')' | ':'); invalid_with_stmt also takes a NEWLINE here to say "expected ':'".
        if (nt !== T.COMMA && nt !== T.RPAR && nt !== T.COLON && !(this.errorPass && nt === T.NEWLINE)) this.fail();
        return new A.withitem(e, target);
      } catch (err) {
        if (err !== FAIL) throw err;
        if (this.errorPass) {
          this.pos = save;
          try {
            const a = this.expression();
            const nt = this.peekType();
            if (nt === T.COMMA || nt === T.RPAR || nt === T.COLON) {
              const bad = this.invalidTarget(a, "assign");
              if (bad) this.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
            }
          } catch (e2) {
            if (e2 !== FAIL) throw e2;
          }
        }
        this.fail();
      }
    }
    return new A.withitem(e, null);
  }

  private tryStmt(): A.stmt {
    const t = this.next();
    this.expectForced(T.COLON, ":");
    const body = this.block("'try' statement", t);
    const handlers: A.excepthandler[] = [];
    let star: boolean | null = null;
    while (this.peekType() === T.KW_EXCEPT) {
      const et = this.next();
      const isStar = this.peekType() === T.STAR;
      if (star !== null && star !== isStar) {
        if (this.errorPass) {
          if (isStar) this.raiseRange(et, this.peek(), "cannot have both 'except' and 'except*' on the same 'try'");
          this.raiseAtToken(et, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        this.fail();
      }
      star = isStar;
      if (isStar) this.next();
      let type: A.expr | null = null;
      let name: string | null = null;
      if (this.peekType() !== T.COLON) {
        if (this.errorPass && this.peekType() === T.NEWLINE) {
          this.raiseGeneric(isStar ? "expected one or more exception types" : "expected ':'");
        }
        type = this.expression();
        if (this.peekType() === T.COMMA) {
          // except A, B: (3.14 syntax) is an error in 3.13; with 'as' a specific one.
          if (this.errorPass) {
            const save = this.pos;
            this.next();
            try {
              this.expressions();
              // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME] ':'
              if (this.peekType() === T.KW_AS && this.peekAt(1).type === T.NAME) {
                this.next();
                this.next();
              }
              if (this.peekType() === T.COLON) {
                this.raiseFrom(type, "multiple exception types must be parenthesized");
              }
            } catch (e) {
              if (e !== FAIL) throw e;
            }
            this.pos = save;
          }
          this.fail();
        }
        if (this.accept(T.KW_AS)) {
          name = this.expect(T.NAME).value;
        }
      } else if (isStar) {
        if (this.errorPass) this.raiseGeneric("expected one or more exception types");
        this.fail();
      }
      this.colon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", et);
      const end = [this.last.endLineno, this.last.endCol];
      handlers.push(new A.ExceptHandler(type, name, hbody, et.lineno, et.col, end[0], end[1]));
    }
    const orelse = handlers.length && this.peekType() === T.KW_ELSE ? this.elseBlock() : [];
    let finalbody: A.stmt[] = [];
    if (this.peekType() === T.KW_FINALLY) {
      const ft = this.next();
      this.expectForced(T.COLON, ":");
      finalbody = this.block("'finally' statement", ft);
    }
    if (!handlers.length && !finalbody.length) {
      if (this.errorPass) this.raiseGeneric("expected 'except' or 'finally' block");
      this.fail();
    }
    const end = [this.last.endLineno, this.last.endCol];
    if (star) return new A.TryStar(body, handlers, orelse, finalbody, t.lineno, t.col, end[0], end[1]);
    return new A.Try(body, handlers, orelse, finalbody, t.lineno, t.col, end[0], end[1]);
  }

  // ---- match statement -------------------------------------------------------------------------

  /** Cheap check: could `match ...` here start a match statement (vs. an expression using `match`)? */
  private looksLikeMatch(): boolean {
    const n = this.peekAt(1).type;
    if (n === T.NEWLINE || n === T.EQUAL || n === T.DOT || n === T.COMMA || n === T.RPAR || n === T.COLON) {
      return false;
    }
    if (AUGOPS[n] !== undefined) return false;
    // Try to parse the statement header.
    const save = this.pos;
    const fill = this.fill;
    try {
      this.next();
      this.subjectExpr();
      return this.peekType() === T.COLON || (this.errorPass && this.peekType() === T.NEWLINE);
    } catch (e) {
      if (e !== FAIL) throw e;
      return false;
    } finally {
      this.pos = save;
      if (!this.errorPass) this.fill = Math.max(fill, this.fill);
    }
  }

  private matchStmt(): A.stmt | null {
    if (!this.isSoft("match")) return null;
    const t = this.next();
    const subject = this.subjectExpr();
    if (this.errorPass && this.peekType() === T.NEWLINE) this.raiseGeneric("expected ':'");
    this.expect(T.COLON);
    this.expect(T.NEWLINE);
    if (this.peekType() !== T.INDENT) {
      if (this.errorPass) this.raiseIndent(`expected an indented block after 'match' statement on line ${t.lineno}`);
      this.fail();
    }
    this.next();
    const cases: A.match_case[] = [];
    while (this.isSoft("case")) cases.push(this.caseBlock());
    if (!cases.length) this.fail();
    this.expect(T.DEDENT);
    const end = [this.last.endLineno, this.last.endCol];
    return new A.Match(subject, cases, t.lineno, t.col, end[0], end[1]);
  }

  private subjectExpr(): A.expr {
    const t = this.peek();
    const first = this.starNamedExpression();
    if (this.peekType() === T.COMMA) {
      const elts = [first];
      while (this.accept(T.COMMA)) {
        if (!startsExpression(this.peekType()) && this.peekType() !== T.STAR) break;
        elts.push(this.starNamedExpression());
      }
      return new A.Tuple(elts, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    if (first instanceof A.Starred) this.fail();
    return first;
  }

  private caseBlock(): A.match_case {
    const t = this.next();
    const pattern = this.patterns();
    let guard: A.expr | null = null;
    if (this.accept(T.KW_IF)) guard = this.namedExpression();
    if (this.errorPass && this.peekType() === T.NEWLINE) this.raiseGeneric("expected ':'");
    this.expect(T.COLON);
    const body = this.block("'case' statement", t);
    return new A.match_case(pattern, guard, body);
  }

  private patterns(): A.pattern {
    const t = this.peek();
    const first = this.maybeStarPattern();
    if (this.peekType() === T.COMMA) {
      const pats = [first];
      while (this.accept(T.COMMA)) {
        const nt = this.peekType();
        if (nt === T.COLON || nt === T.KW_IF) break;
        pats.push(this.maybeStarPattern());
      }
      return new A.MatchSequence(pats, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    if (first instanceof A.MatchStar) this.fail();
    return first;
  }

  private maybeStarPattern(): A.pattern {
    if (this.peekType() === T.STAR) {
      const t = this.next();
      const n = this.expect(T.NAME);
      const name = n.value === "_" ? null : n.value;
      return new A.MatchStar(name, t.lineno, t.col, n.endLineno, n.endCol);
    }
    return this.pattern();
  }

  private pattern(): A.pattern {
    const t = this.peek();
    const p = this.orPattern();
    if (this.peekType() === T.KW_AS) {
      this.next();
      const n = this.peek();
      if (n.type === T.NAME && n.value !== "_") {
        const nt = this.peekAt(1).type;
        if (nt !== T.DOT && nt !== T.LPAR && nt !== T.EQUAL) {
          this.next();
          return new A.MatchAs(p, n.value, t.lineno, t.col, n.endLineno, n.endCol);
        }
      }
      if (this.errorPass) {
        if (n.type === T.NAME && n.value === "_") this.raiseAtToken(n, "cannot use '_' as a target");
        // 3.13: or_pattern 'as' !NAME a=expression
        if (n.type !== T.NAME) {
          const a = this.expression();
          this.raiseAtNode(a, "invalid pattern target");
        }
      }
      this.fail();
    }
    return p;
  }

  private orPattern(): A.pattern {
    const t = this.peek();
    const first = this.closedPattern();
    if (this.peekType() !== T.VBAR) return first;
    const pats = [first];
    while (this.accept(T.VBAR)) pats.push(this.closedPattern());
    return new A.MatchOr(pats, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private closedPattern(): A.pattern {
    const t = this.peek();
    switch (t.type) {
      case T.NUMBER:
      case T.MINUS:
      case T.PLUS: {
        const v = this.signedNumberOrComplex();
        return new A.MatchValue(v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
      }
      case T.STRING:
      case T.FSTRING_START: {
        const v = this.strings();
        return new A.MatchValue(v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
      }
      case T.KW_NONE:
        this.next();
        return new A.MatchSingleton(None, t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW_TRUE:
        this.next();
        return new A.MatchSingleton(true, t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW_FALSE:
        this.next();
        return new A.MatchSingleton(false, t.lineno, t.col, t.endLineno, t.endCol);
      case T.NAME: {
        const nt = this.peekAt(1).type;
        if (nt !== T.DOT && nt !== T.LPAR && nt !== T.EQUAL) {
          this.next();
          if (t.value === "_") return new A.MatchAs(null, null, t.lineno, t.col, t.endLineno, t.endCol);
          return new A.MatchAs(null, t.value, t.lineno, t.col, t.endLineno, t.endCol);
        }
        const cls = this.nameOrAttr();
        if (this.peekType() === T.LPAR) return this.classPattern(cls, t);
        if (!(cls instanceof A.Attribute)) this.fail();
        return new A.MatchValue(cls, t.lineno, t.col, this.last.endLineno, this.last.endCol);
      }
      case T.LPAR: {
        this.next();
        if (this.accept(T.RPAR)) return new A.MatchSequence([], t.lineno, t.col, this.last.endLineno, this.last.endCol);
        const first = this.maybeStarPattern();
        if (this.peekType() === T.RPAR && !(first instanceof A.MatchStar)) {
          this.next();
          return first; // group_pattern
        }
        const pats = [first];
        this.expect(T.COMMA);
        while (this.peekType() !== T.RPAR) {
          pats.push(this.maybeStarPattern());
          if (!this.accept(T.COMMA)) break;
        }
        this.expect(T.RPAR);
        return new A.MatchSequence(pats, t.lineno, t.col, this.last.endLineno, this.last.endCol);
      }
      case T.LSQB: {
        this.next();
        const pats: A.pattern[] = [];
        while (this.peekType() !== T.RSQB) {
          pats.push(this.maybeStarPattern());
          if (!this.accept(T.COMMA)) break;
        }
        this.expect(T.RSQB);
        return new A.MatchSequence(pats, t.lineno, t.col, this.last.endLineno, this.last.endCol);
      }
      case T.LBRACE:
        return this.mappingPattern();
      default:
        this.fail();
    }
  }

  private nameOrAttr(): A.expr {
    const t = this.expect(T.NAME);
    let e: A.expr = new A.Name(t.value, A.LOAD, t.lineno, t.col, t.endLineno, t.endCol);
    while (this.accept(T.DOT)) {
      const n = this.expect(T.NAME);
      e = new A.Attribute(e, n.value, A.LOAD, t.lineno, t.col, n.endLineno, n.endCol);
    }
    return e;
  }

  private classPattern(cls: A.expr, t: Token): A.pattern {
    this.expect(T.LPAR);
    const patterns: A.pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.pattern[] = [];
    let firstKw: A.pattern | null = null;
    while (this.peekType() !== T.RPAR) {
      if (this.peekType() === T.NAME && this.peekAt(1).type === T.EQUAL) {
        const n = this.next();
        this.next();
        kwdAttrs.push(n.value);
        const p = this.pattern();
        if (!firstKw) firstKw = p;
        kwdPatterns.push(p);
      } else {
        const p = this.pattern();
        if (kwdAttrs.length) {
          if (this.errorPass) {
            let lastP = p;
            while (this.accept(T.COMMA) && this.peekType() !== T.RPAR) lastP = this.pattern();
            this.raiseRange(p, lastP, "positional patterns follow keyword patterns");
          }
          this.fail();
        }
        patterns.push(p);
      }
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RPAR);
    return new A.MatchClass(
      cls,
      patterns,
      kwdAttrs,
      kwdPatterns,
      t.lineno,
      t.col,
      this.last.endLineno,
      this.last.endCol,
    );
  }

  private mappingPattern(): A.pattern {
    const t = this.next();
    const keys: A.expr[] = [];
    const pats: A.pattern[] = [];
    let rest: string | null = null;
    while (this.peekType() !== T.RBRACE) {
      if (this.peekType() === T.DOUBLESTAR) {
        this.next();
        const n = this.expect(T.NAME);
        if (n.value === "_") this.fail();
        rest = n.value;
        this.accept(T.COMMA);
        // 3.13 has no invalid_mapping_pattern: a '**rest' that is not last is "invalid syntax".
        if (this.peekType() !== T.RBRACE) this.fail();
        break;
      }
      const kt = this.peek();
      let key: A.expr;
      if (kt.type === T.NAME) {
        key = this.nameOrAttr();
        if (!(key instanceof A.Attribute)) this.fail();
      } else if (kt.type === T.STRING || kt.type === T.FSTRING_START) key = this.strings();
      else if (kt.type === T.KW_NONE || kt.type === T.KW_TRUE || kt.type === T.KW_FALSE) {
        this.next();
        const v = kt.type === T.KW_NONE ? None : kt.type === T.KW_TRUE;
        key = new A.Constant(v, null, kt.lineno, kt.col, kt.endLineno, kt.endCol);
      } else key = this.signedNumberOrComplex();
      this.expect(T.COLON);
      keys.push(key);
      pats.push(this.pattern());
      if (!this.accept(T.COMMA)) break;
    }
    this.expect(T.RBRACE);
    return new A.MatchMapping(keys, pats, rest, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** signed_number !('+'|'-') | complex_number */
  private signedNumberOrComplex(): A.expr {
    const t = this.peek();
    let neg = false;
    if (t.type === T.MINUS) {
      this.next();
      neg = true;
    } else if (t.type === T.PLUS) {
      this.fail();
    }
    const nt = this.expect(T.NUMBER);
    let num: A.expr = this.numberNode(nt);
    if (neg) num = new A.UnaryOp(A.U_SUB, num, t.lineno, t.col, nt.endLineno, nt.endCol);
    const op = this.peekType();
    if (op === T.PLUS || op === T.MINUS) {
      // complex_number: real must be real, imag must be imaginary
      if ((neg ? (num as A.UnaryOp).operand : num) instanceof A.Constant) {
        const c = (neg ? ((num as A.UnaryOp).operand as A.Constant) : (num as A.Constant)).value;
        if (c instanceof PyComplex) {
          this.raiseAtNode(num, "real number required in complex literal");
        }
      }
      this.next();
      const it = this.expect(T.NUMBER);
      const imag = this.numberNode(it);
      if (!((imag as A.Constant).value instanceof PyComplex)) {
        this.raiseAtNode(imag, "imaginary number required in complex literal");
      }
      return new A.BinOp(num, op === T.PLUS ? A.ADD : A.SUB, imag, t.lineno, t.col, it.endLineno, it.endCol);
    }
    return num;
  }

  // ---- targets ---------------------------------------------------------------------------------

  /** star_targets (used by for loops and comprehensions). */
  private starTargets(): A.expr {
    const t = this.peek();
    const first = this.starTarget();
    if (this.peekType() !== T.COMMA) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (!this.startsTarget()) break;
      elts.push(this.starTarget());
    }
    return new A.Tuple(elts, A.STORE, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private startsTarget(): boolean {
    const t = this.peekType();
    return t === T.NAME || t === T.LPAR || t === T.LSQB || t === T.STAR || startsExpression(t);
  }

  private starTarget(): A.expr {
    const t = this.peek();
    if (t.type === T.STAR) {
      this.next();
      if (this.peekType() === T.STAR) this.fail();
      const inner = this.starTarget();
      return new A.Starred(inner, A.STORE, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    return this.targetWithStarAtom();
  }

  private targetWithStarAtom(): A.expr {
    const t = this.peek();
    if (t.type === T.LPAR || t.type === T.LSQB) {
      const save = this.pos;
      try {
        return this.starAtomBracketed();
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
      }
    }
    return this.tPrimaryTarget(A.STORE);
  }

  private starAtomBracketed(): A.expr {
    const t = this.next();
    const close = t.type === T.LPAR ? T.RPAR : T.RSQB;
    const elts: A.expr[] = [];
    let comma = false;
    while (this.peekType() !== close) {
      elts.push(this.starTarget());
      if (!this.accept(T.COMMA)) break;
      comma = true;
    }
    this.expect(close);
    const nt = this.peekType();
    if (nt === T.LPAR || nt === T.LSQB || nt === T.DOT) this.fail();
    const e = this.last;
    if (t.type === T.LSQB) return new A.List(elts, A.STORE, t.lineno, t.col, e.endLineno, e.endCol);
    if (elts.length === 1 && !comma) {
      if (elts[0] instanceof A.Starred) this.fail();
      return elts[0];
    }
    return new A.Tuple(elts, A.STORE, t.lineno, t.col, e.endLineno, e.endCol);
  }

  /**
   * invalid_assignment's `star_named_expression ',' star_named_expressions* ':' expression`, tried
   * before the target checks: its named expressions run invalid_named_expression ("cannot assign to
   * X here. Maybe you meant '==' instead of '='?") from the start of the statement.
   */
  private invalidAssignmentNamed(start: number): void {
    // invalid_assignment: `a=star_named_expression ',' star_named_expressions* ':' expression` — the
    // repeated comma lists may stand side by side (`a, (b,) "x" = 1`).
    const save = this.pos;
    this.pos = start;
    const more = () => startsExpression(this.peekType()) || this.peekType() === T.STAR;
    try {
      this.starNamedExpression();
      if (this.accept(T.COMMA)) {
        while (more()) {
          this.starNamedExpression();
          while (this.peekType() === T.COMMA) {
            this.next();
            if (!more()) break;
            this.starNamedExpression();
          }
        }
      }
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
  }

  /** Validates an assignment target parsed as an expression and sets its context to Store. */
  private checkTarget(e: A.expr): void {
    const bad = this.invalidTarget(e, "assign");
    if (bad) {
      if (this.errorPass) {
        // (star_targets '=')* a=yield_expr '=': a bare yield (a parenthesized one is a target error).
        if ((bad instanceof A.Yield || bad instanceof A.YieldFrom) && !this.parenthesized.has(bad)) {
          this.raiseAtNode(bad, "assignment to yield expression not possible");
        }
        this.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
      }
      this.fail();
    }
    this.setContext(e, A.STORE);
  }

  /** _PyPegen_get_invalid_target: the first sub-expression that is not a valid target, or null. */
  private invalidTarget(e: A.expr, kind: "assign" | "del" | "for"): A.expr | null {
    if (e instanceof A.Name || e instanceof A.Attribute || e instanceof A.Subscript) return null;
    if (e instanceof A.Tuple || e instanceof A.List) {
      for (const x of e.elts) {
        const b = this.invalidTarget(x, kind);
        if (b) return b;
      }
      return null;
    }
    if (e instanceof A.Starred) {
      if (kind === "del") return e;
      return this.invalidTarget(e.value, kind);
    }
    if (e instanceof A.Compare) {
      // `for x in y` parsed as a comparison: the left part is what CPython checks.
      if (kind === "for") return e.ops[0] === A.IN ? this.invalidTarget(e.left, kind) : null;
      return e;
    }
    return e;
  }

  private setContext(e: A.expr, ctx: A.expr_context): void {
    if (e instanceof A.Name || e instanceof A.Attribute || e instanceof A.Subscript) e.ctx = ctx;
    else if (e instanceof A.Tuple || e instanceof A.List) {
      e.ctx = ctx;
      for (const x of e.elts) this.setContext(x, ctx);
    } else if (e instanceof A.Starred) {
      e.ctx = ctx;
      this.setContext(e.value, ctx);
    }
  }

  // ---- expressions -----------------------------------------------------------------------------

  /** expressions: expression (',' expression)* [','] */
  private expressions(): A.expr {
    const t = this.peek();
    const first = this.expression();
    if (this.peekType() !== T.COMMA) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (!startsExpression(this.peekType())) break;
      elts.push(this.expression());
    }
    return new A.Tuple(elts, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** star_expressions */
  private starExpressions(): A.expr {
    const t = this.peek();
    const first = this.starExpression();
    if (this.peekType() !== T.COMMA) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      const nt = this.peekType();
      if (!startsExpression(nt) && nt !== T.STAR) break;
      elts.push(this.starExpression());
    }
    return new A.Tuple(elts, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private starExpression(): A.expr {
    const t = this.peek();
    if (t.type === T.STAR) {
      this.next();
      const v = this.bitwiseOr();
      return new A.Starred(v, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    return this.expression();
  }

  private starNamedExpression(): A.expr {
    const t = this.peek();
    if (t.type === T.STAR) {
      this.next();
      const v = this.bitwiseOr();
      return new A.Starred(v, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    return this.namedExpression();
  }

  /** named_expression: NAME ':=' expression | expression !':=' */
  private namedExpression(): A.expr {
    const t = this.peek();
    if (t.type === T.NAME && this.peekAt(1).type === T.COLONEQUAL) {
      this.next();
      this.next();
      const value = this.expression();
      const target = new A.Name(t.value, A.STORE, t.lineno, t.col, t.endLineno, t.endCol);
      return new A.NamedExpr(target, value, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    if (this.errorPass) this.invalidNamedExpression();
    const e = this.expression();
    if (this.peekType() === T.COLONEQUAL) {
      if (this.errorPass) {
        const save = this.pos;
        this.next();
        const valued = this.tryParse(() => {
          this.expression();
          return true;
        });
        this.pos = save;
        if (valued) this.raiseAtNode(e, `cannot use assignment expressions with ${exprName(e)}`);
      }
      this.fail();
    }
    return e;
  }

  /** invalid_named_expression (error pass only). */
  private invalidNamedExpression(): void {
    const save = this.pos;
    const t = this.peek();
    try {
      if (t.type === T.NAME && this.peekAt(1).type === T.EQUAL) {
        this.next();
        this.next();
        const b = this.bitwiseOr();
        const nt = this.peekType();
        if (nt !== T.EQUAL && nt !== T.COLONEQUAL) {
          this.raiseRange(t, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
      }
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
    if (
      t.type === T.LSQB ||
      t.type === T.LPAR ||
      t.type === T.KW_TRUE ||
      t.type === T.KW_NONE ||
      t.type === T.KW_FALSE
    ) {
      // !(list|tuple|genexp|'True'|'None'|'False'): only when the whole thing is such an atom.
      const ok = this.tryParse(() => {
        if (t.type === T.LSQB || t.type === T.LPAR) {
          const a = this.atom();
          return a instanceof A.List || a instanceof A.Tuple || a instanceof A.GeneratorExp;
        }
        this.next();
        return true;
      });
      this.pos = save;
      if (ok) return;
    }
    try {
      const a = this.bitwiseOr();
      if (this.peekType() === T.EQUAL) {
        this.next();
        this.bitwiseOr();
        const nt = this.peekType();
        if (nt !== T.EQUAL && nt !== T.COLONEQUAL) {
          this.raiseAtNode(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
        }
      }
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
  }

  private tryParse(f: () => boolean): boolean {
    const save = this.pos;
    try {
      return f();
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = save;
      return false;
    }
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  private expression(): A.expr {
    const t = this.peek();
    if (t.type === T.KW_LAMBDA) return this.lambdef();
    if (this.errorPass) {
      this.invalidExpression(t);
      if (t.type === T.NAME) this.invalidLegacy(t);
    } else if (t.type === T.NAME || t.type === T.NUMBER) {
      const simple = this.simpleOperand(t, ENDS_EXPRESSION);
      if (simple !== null) return simple;
    }
    const body = this.disjunction();
    if (this.peekType() !== T.KW_IF) return body;
    const save = this.pos;
    this.next();
    const test = this.disjunction();
    if (this.peekType() !== T.KW_ELSE) {
      if (this.errorPass && this.peekType() !== T.COLON) {
        this.raiseRange(body, test, "expected 'else' after 'if' expression");
      }
      this.pos = save;
      return body;
    }
    this.next();
    const orelse = this.expression();
    return new A.IfExp(test, body, orelse, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** invalid_expression (error pass): "Perhaps you forgot a comma?" */
  private invalidExpression(t: Token): void {
    // Alternative 1 is guarded by !(NAME STRING | SOFT_KEYWORD); alternative 2 is not.
    let guarded = false;
    if (t.type === T.NAME) {
      const n = this.peekAt(1).type;
      guarded = n === T.STRING || n === T.FSTRING_START || isSoftKeywordToken(t.value);
    }
    const save = this.pos;
    try {
      const a = this.disjunction();
      const afterA = this.pos;
      if (!guarded && startsExpression(this.peekType())) {
        try {
          const b = this.expressionWithoutInvalid();
          const isLegacy = a instanceof A.Name && (a.id === "print" || a.id === "exec");
          if (!isLegacy && this.last.level !== 0) {
            this.raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
          }
        } catch (e) {
          if (e !== FAIL) throw e;
        }
        this.pos = afterA;
      }
      // a=disjunction 'if' b=disjunction !('else'|':')
      if (this.peekType() === T.KW_IF) {
        this.next();
        const b = this.disjunction();
        const nt = this.peekType();
        if (nt !== T.KW_ELSE && nt !== T.COLON) this.raiseRange(a, b, "expected 'else' after 'if' expression");
      }
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
  }

  private expressionWithoutInvalid(): A.expr {
    const was = this.errorPass;
    this.errorPass = false;
    try {
      return this.expression();
    } finally {
      this.errorPass = was;
    }
  }

  private yieldExpr(): A.expr {
    const t = this.next();
    if (this.accept(T.KW_FROM)) {
      const v = this.expression();
      return new A.YieldFrom(v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    const nt = this.peekType();
    const v = startsExpression(nt) || nt === T.STAR ? this.starExpressions() : null;
    return new A.Yield(v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private disjunction(): A.expr {
    return this.errorPass ? this.memo(this.memoDisj, this.disjunctionRaw) : this.disjunctionRaw();
  }

  /**
   * A rule memoised by start position, like CPython's `(memo)` rules; only the error pass needs it, where
   * invalid_* lookaheads re-parse the same text at every nesting level.
   */
  private memo(table: Map<number, [A.expr | null, number]>, rule: () => A.expr): A.expr {
    const m = table.get(this.pos);
    if (m) {
      if (m[0] === null) this.fail();
      this.pos = m[1];
      return m[0];
    }
    const start = this.pos;
    try {
      const r = rule.call(this);
      table.set(start, [r, this.pos]);
      return r;
    } catch (e) {
      if (e === FAIL) table.set(start, [null, start]);
      throw e;
    }
  }

  private disjunctionRaw(): A.expr {
    const t = this.peek();
    const first = this.conjunction();
    if (this.peekType() !== T.KW_OR) return first;
    const values = [first];
    while (this.peekType() === T.KW_OR) {
      const v = this.operand(this.conjunction);
      if (v === null) break;
      values.push(v);
    }
    if (values.length === 1) return first;
    return new A.BoolOp(A.OR, values, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private conjunction(): A.expr {
    const t = this.peek();
    const first = this.inversion();
    if (this.peekType() !== T.KW_AND) return first;
    const values = [first];
    while (this.peekType() === T.KW_AND) {
      const v = this.operand(this.inversion);
      if (v === null) break;
      values.push(v);
    }
    if (values.length === 1) return first;
    return new A.BoolOp(A.AND, values, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private inversion(): A.expr {
    const t = this.peek();
    if (t.type === T.KW_NOT) {
      this.next();
      this.enter(1);
      let v: A.expr;
      try {
        v = this.inversion();
      } finally {
        this.depth -= 1;
      }
      return new A.UnaryOp(A.NOT, v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    return this.comparison();
  }

  private comparison(): A.expr {
    const t = this.peek();
    const left = this.bitwiseOr();
    let ops: A.cmpop[] | null = null;
    let comparators: A.expr[] | null = null;
    for (;;) {
      const opStart = this.pos;
      const tt = this.peekType();
      let op: A.cmpop;
      switch (tt) {
        case T.EQEQUAL:
          op = A.EQ;
          break;
        case T.NOTEQUAL:
          if (this.peek().value === "<>") this.fail();
          op = A.NOT_EQ;
          break;
        case T.LESSEQUAL:
          op = A.LT_E;
          break;
        case T.LESS:
          op = A.LT;
          break;
        case T.GREATEREQUAL:
          op = A.GT_E;
          break;
        case T.GREATER:
          op = A.GT;
          break;
        case T.KW_IN:
          op = A.IN;
          break;
        case T.KW_NOT:
          if (this.peekAt(1).type !== T.KW_IN) {
            op = A.EQ;
            break;
          }
          this.next();
          op = A.NOT_IN;
          break;
        case T.KW_IS:
          if (this.peekAt(1).type === T.KW_NOT) {
            this.next();
            op = A.IS_NOT;
          } else op = A.IS;
          break;
        default:
          op = A.EQ;
          break;
      }
      if (
        !(
          tt === T.EQEQUAL ||
          tt === T.NOTEQUAL ||
          tt === T.LESSEQUAL ||
          tt === T.LESS ||
          tt === T.GREATEREQUAL ||
          tt === T.GREATER ||
          tt === T.KW_IN ||
          tt === T.KW_IS ||
          (tt === T.KW_NOT && op === A.NOT_IN)
        )
      ) {
        break;
      }
      this.pos = opStart;
      const right = this.operand(this.bitwiseOr, op === A.NOT_IN || op === A.IS_NOT ? 2 : 1);
      if (right === null) break;
      if (!ops) {
        ops = [];
        comparators = [];
      }
      ops.push(op);
      comparators!.push(right);
    }
    if (!ops) return left;
    return new A.Compare(left, ops, comparators!, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** bitwise_or .. term (Grammar: bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term) by
   *  precedence climbing: one call level instead of six per operand. */
  private bitwiseOr(): A.expr {
    const t = this.peek();
    if (!this.errorPass && (t.type === T.NAME || t.type === T.NUMBER)) {
      const simple = this.simpleOperand(t, ENDS_BITWISE_OR);
      if (simple !== null) return simple;
    }
    return this.binOp(BP_OR);
  }

  /**
   * Fast path for the most common operand, a lone name or number: when the token after it cannot
   * continue the expression, every precedence level would just pass the atom through, so skip them
   * (about ten calls per operand; it matters most before V8 has optimised the parser).
   */
  private simpleOperand(t: Token, ends: Uint8Array): A.expr | null {
    const n = this.peekAt(1).type;
    if (n >= ends.length || ends[n] === 0) return null;
    this.pos++;
    if (t.type === T.NAME) return new A.Name(t.value, A.LOAD, t.lineno, t.col, t.endLineno, t.endCol);
    return this.numberNode(t);
  }

  private binOp(minPrec: number): A.expr {
    const t = this.peek();
    let left = this.factor();
    for (;;) {
      const tt = this.peekType();
      const prec = tt < BIN_PREC.length ? BIN_PREC[tt] : 0;
      if (prec < minPrec || prec === 0) break;
      const opStart = this.pos;
      this.next();
      if (this.errorPass && prec >= BP_SUM && this.peekType() === T.KW_NOT) this.notAfterOperator();
      this.pos = opStart;
      const right = this.operand(() => this.binOp(prec + 1));
      if (right === null) break;
      left = new A.BinOp(left, BIN_OPS[tt], right, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    return left;
  }

  /**
   * The right operand after an operator of `opTokens` tokens. PEG semantics: in the error pass a
   * missing operand backtracks to before the operator (so `a ==` is the expression `a`, and the next
   * rule reports the error), as CPython's parser does; the first pass simply fails.
   */
  private operand(rule: () => A.expr, opTokens = 1): A.expr | null {
    const opStart = this.pos;
    for (let i = 0; i < opTokens; i++) this.next();
    if (!this.backtrack) return rule.call(this);
    try {
      return rule.call(this);
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = opStart;
      return null;
    }
  }

  private notAfterOperator(): never {
    const a = this.peek();
    const save = this.pos;
    this.next();
    try {
      const b = this.inversion();
      this.raiseRange(a, b, "'not' after an operator must be parenthesized");
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
    this.fail();
  }

  private factor(): A.expr {
    const t = this.peek();
    let op: A.unaryop;
    if (t.type === T.PLUS) op = A.U_ADD;
    else if (t.type === T.MINUS) op = A.U_SUB;
    else if (t.type === T.TILDE) op = A.INVERT;
    else return this.power();
    this.next();
    if (this.errorPass && this.peekType() === T.KW_NOT) this.notAfterOperator();
    this.enter(1);
    let v: A.expr;
    try {
      v = this.factor();
    } finally {
      this.depth -= 1;
    }
    return new A.UnaryOp(op, v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private power(): A.expr {
    const t = this.peek();
    let left: A.expr;
    if (t.type === T.KW_AWAIT) {
      this.next();
      const v = this.primary();
      left = new A.Await(v, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    } else left = this.primary();
    if (this.peekType() === T.DOUBLESTAR) {
      this.enter(2);
      let right: A.expr | null;
      try {
        right = this.operand(this.factor);
      } finally {
        this.depth -= 2;
      }
      if (right === null) return left;
      return new A.BinOp(left, A.POW, right, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    return left;
  }

  /** primary: atom followed by trailers. `target` is set when parsing an assignment/del target. */
  private primary(): A.expr {
    const t = this.peek();
    let e = this.atom();
    for (;;) {
      const tt = this.peekType();
      if (tt !== T.DOT && tt !== T.LPAR && tt !== T.LSQB) break;
      if (!this.backtrack) {
        e = this.trailer(e, t, tt);
        continue;
      }
      // PEG: a trailer that does not parse leaves the primary as it was (e.g. `"s" []` is the
      // string followed by a list, which invalid_expression then reports as a missing comma).
      const save = this.pos;
      try {
        e = this.trailer(e, t, tt);
      } catch (x) {
        if (x !== FAIL) throw x;
        this.pos = save;
        break;
      }
    }
    return e;
  }

  /** One of primary's trailers: '.' NAME | '(' arguments ')' | '[' slices ']'. */
  private trailer(e: A.expr, t: Token, tt: number): A.expr {
    if (tt === T.DOT) {
      this.next();
      const n = this.expect(T.NAME);
      return new A.Attribute(e, n.value, A.LOAD, t.lineno, t.col, n.endLineno, n.endCol);
    }
    if (tt === T.LPAR) {
      const open = this.next();
      let args: A.expr[] = [];
      let keywords: A.keyword[] = [];
      if (this.peekType() !== T.RPAR) [args, keywords] = this.arguments();
      this.expect(T.RPAR);
      const close = this.last;
      // A sole generator argument spans the call's parentheses.
      if (
        args.length === 1 &&
        keywords.length === 0 &&
        args[0] instanceof A.GeneratorExp &&
        this.bareGenexp === args[0]
      ) {
        const g = args[0];
        g.lineno = open.lineno;
        g.col_offset = open.col;
        g.end_lineno = close.endLineno;
        g.end_col_offset = close.endCol;
      }
      return new A.Call(e, args, keywords, t.lineno, t.col, close.endLineno, close.endCol);
    }
    this.next();
    const s = this.slices();
    this.expect(T.RSQB);
    return new A.Subscript(e, s, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private bareGenexp: A.expr | null = null;

  /** Call arguments up to (not including) ')'. Returns [args, keywords]. */
  private arguments(isCall = true): [A.expr[], A.keyword[]] {
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let count = 0;
    this.bareGenexp = null;
    for (;;) {
      const t = this.peek();
      count++;
      if (t.type === T.STAR) {
        this.next();
        // starred_expression: ... | '*' { RAISE_SYNTAX_ERROR("Invalid star expression") }
        let v: A.expr;
        try {
          v = this.expression();
        } catch (e) {
          // starred_expression: ... | invalid_starred_expression: '*' (when no expression follows)
          if (e === FAIL && this.errorPass) this.raiseGeneric("Invalid star expression");
          throw e;
        }
        if (this.errorPass && this.peekType() === T.EQUAL) {
          this.next();
          const b = this.expression();
          this.raiseRange(t, b, "cannot assign to iterable argument unpacking");
        }
        // primary genexp: '(' starred_expression for_if_clauses (invalid_comprehension)
        if (this.errorPass && isCall && count === 1 && this.atFor()) {
          this.raiseRange(t, this.last, "iterable unpacking cannot be used in comprehension");
        }
        if (sawDoubleStar) {
          if (this.errorPass)
            this.raiseFrom(this.findPrevComma(t), "iterable argument unpacking follows keyword argument unpacking");
          this.fail();
        }
        const starred = new A.Starred(v, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
        if (this.errorPass && args.length >= 1 && this.atFor()) {
          // _PyPegen_nonparen_genexp_in_call: `f(x, *a for a in b)`
          const gens = this.forIfClauses();
          this.raiseRange(starred, lastComprehensionItem(gens), "Generator expression must be parenthesized");
        }
        args.push(starred);
      } else if (t.type === T.DOUBLESTAR) {
        this.next();
        const v = this.expression();
        if (this.errorPass && this.peekType() === T.EQUAL) {
          this.next();
          const b = this.expression();
          this.raiseRange(t, b, "cannot assign to keyword argument unpacking");
        }
        keywords.push(new A.keyword(null, v, t.lineno, t.col, this.last.endLineno, this.last.endCol));
        sawDoubleStar = true;
      } else if (t.type === T.NAME && this.peekAt(1).type === T.EQUAL) {
        this.next();
        const eq = this.next();
        if (this.errorPass && (this.peekType() === T.COMMA || this.peekType() === T.RPAR)) {
          this.raiseRange(t, eq, "expected argument value expression");
        }
        const v = this.expression();
        // invalid_kwarg: `a=NAME b='=' expression for_if_clauses` (the clauses must parse)
        if (this.errorPass && this.atFor()) {
          const save = this.pos;
          if (this.tryParse(() => this.forIfClauses().length > 0)) {
            this.raiseRange(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          }
          this.pos = save;
        }
        keywords.push(new A.keyword(t.value, v, t.lineno, t.col, this.last.endLineno, this.last.endCol));
        sawKeyword = true;
      } else {
        if (
          this.errorPass &&
          (t.type === T.KW_TRUE || t.type === T.KW_FALSE || t.type === T.KW_NONE) &&
          this.peekAt(1).type === T.EQUAL
        ) {
          this.raiseRange(t, this.peekAt(1), `cannot assign to ${t.value}`);
        }
        // After a keyword argument only kwargs can follow: CPython's first pass stops at this token.
        if ((sawKeyword || sawDoubleStar) && !this.errorPass) this.fail();
        // assignment_expression | expression !':=' (not named_expression: no invalid_named_expression)
        let v = t.type === T.NAME && this.peekAt(1).type === T.COLONEQUAL ? this.namedExpression() : this.expression();
        if (this.peekType() === T.COLONEQUAL) this.fail();
        if (this.atFor()) {
          // Class bases are `arguments`, not a call: no bare generator (invalid_arguments in the error pass).
          if (!isCall && !this.errorPass) this.fail();
          // Only `primary genexp` (a sole argument) takes for-clauses in the first pass.
          if (count !== 1 && !this.errorPass) this.fail();
          const gens = this.forIfClauses();
          const g = new A.GeneratorExp(v, gens, t.lineno, t.col, this.last.endLineno, this.last.endCol);
          if (!isCall && count === 1 && this.peekType() === T.RPAR) this.fail();
          if (count !== 1 || this.peekType() !== T.RPAR) {
            // invalid_arguments: a first-argument generator must be followed by ',' to be reported.
            if (this.errorPass && (count !== 1 || this.peekType() === T.COMMA)) {
              this.raiseRange(t, lastComprehensionItem(gens), "Generator expression must be parenthesized");
            }
            this.fail();
          }
          this.bareGenexp = g;
          v = g;
        } else if (this.peekType() === T.EQUAL) {
          if (this.errorPass) {
            this.raiseRange(v, this.peek(), 'expression cannot contain assignment, perhaps you meant "=="?');
          }
          this.fail();
        }
        if (sawDoubleStar || sawKeyword) {
          if (this.errorPass) {
            // invalid_arguments `a=args ',' args`: the rest of the arguments is parsed before the
            // error is reported at the last token looked at.
            this.skipArguments();
            this.raiseGeneric(
              sawDoubleStar
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument",
            );
          }
          this.fail();
        }
        args.push(v);
      }
      if (!this.accept(T.COMMA)) break;
      if (this.peekType() === T.RPAR) break;
    }
    return [args, keywords];
  }

  /** Parses (and drops) the remaining call arguments after an error, as CPython's second `args` does. */
  private skipArguments(): void {
    while (this.peekType() === T.COMMA) {
      this.next();
      const save = this.pos;
      try {
        if (this.accept(T.STAR) || this.accept(T.DOUBLESTAR)) this.expression();
        else if (this.peekType() === T.NAME && this.peekAt(1).type === T.EQUAL) {
          this.next();
          this.next();
          this.expression();
        } else this.namedExpression();
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
        break;
      }
    }
    this.peek();
  }

  private findPrevComma(t: Token): Token {
    let i = this.toks.indexOf(t);
    while (i > 0 && this.toks[i].type !== T.COMMA) i--;
    return this.toks[i];
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  private slices(): A.expr {
    const t = this.peek();
    const first = this.sliceOrStar();
    if (this.peekType() !== T.COMMA && !(first instanceof A.Starred)) return first;
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.peekType() === T.RSQB) break;
      elts.push(this.sliceOrStar());
    }
    return new A.Tuple(elts, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private sliceOrStar(): A.expr {
    const t = this.peek();
    if (t.type === T.STAR) {
      this.next();
      if (this.errorPass && !startsExpression(this.peekType())) this.raiseGeneric("Invalid star expression");
      const v = this.expression();
      return new A.Starred(v, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    let lower: A.expr | null = null;
    if (t.type !== T.COLON) {
      const e = this.namedExpression();
      if (this.peekType() !== T.COLON || e instanceof A.NamedExpr) return e;
      lower = e;
    }
    this.expect(T.COLON);
    let upper: A.expr | null = null;
    let step: A.expr | null = null;
    const nt = this.peekType();
    if (nt !== T.COLON && nt !== T.COMMA && nt !== T.RSQB) upper = this.expression();
    if (this.accept(T.COLON)) {
      const n2 = this.peekType();
      if (n2 !== T.COMMA && n2 !== T.RSQB) step = this.expression();
    }
    return new A.Slice(lower, upper, step, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** atom, memoised in the error pass (its invalid_* lookaheads re-parse brackets at every level). */
  private atom(): A.expr {
    return this.errorPass ? this.memo(this.memoAtom, this.atomRaw) : this.atomRaw();
  }

  private atomRaw(): A.expr {
    const t = this.peek();
    switch (t.type) {
      case T.NAME:
        this.next();
        return new A.Name(t.value, A.LOAD, t.lineno, t.col, t.endLineno, t.endCol);
      case T.NUMBER:
        this.next();
        return this.numberNode(t);
      case T.STRING:
      case T.FSTRING_START:
        return this.strings();
      case T.KW_TRUE:
        this.next();
        return new A.Constant(true, null, t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW_FALSE:
        this.next();
        return new A.Constant(false, null, t.lineno, t.col, t.endLineno, t.endCol);
      case T.KW_NONE:
        this.next();
        return new A.Constant(None, null, t.lineno, t.col, t.endLineno, t.endCol);
      case T.ELLIPSIS:
        this.next();
        return new A.Constant(Ellipsis, null, t.lineno, t.col, t.endLineno, t.endCol);
      case T.LPAR:
        return this.parenAtom();
      case T.LSQB:
        return this.listAtom();
      case T.LBRACE:
        return this.braceAtom();
      default:
        this.fail();
    }
  }

  private parenAtom(): A.expr {
    const t = this.next();
    if (this.errorPass) this.invalidStarredFirst();
    if (this.accept(T.RPAR)) return new A.Tuple([], A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    if (this.peekType() === T.KW_YIELD) {
      const y = this.yieldExpr();
      this.expect(T.RPAR);
      this.parenthesized.add(y);
      return y;
    }
    if (this.errorPass && this.peekType() === T.DOUBLESTAR) {
      const save = this.pos;
      const ds = this.next();
      try {
        this.expression();
        if (this.peekType() === T.RPAR) this.raiseAtToken(ds, "cannot use double starred expression here");
      } catch (e) {
        if (e !== FAIL) throw e;
      }
      this.pos = save;
    }
    const first = this.starNamedExpression();
    const nt = this.peekType();
    if (nt === T.RPAR) {
      this.next();
      if (first instanceof A.Starred) {
        if (this.errorPass) this.raiseAtNode(first, "cannot use starred expression here");
        this.fail();
      }
      this.parenthesized.add(first);
      return first;
    }
    if (this.atFor()) {
      if (first instanceof A.Starred) this.starredComprehension(first);
      const gens = this.forIfClauses();
      this.expect(T.RPAR);
      return new A.GeneratorExp(first, gens, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    if (nt !== T.COMMA) this.fail();
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.peekType() === T.RPAR) break;
      elts.push(this.starNamedExpression());
    }
    this.expect(T.RPAR);
    const tuple = new A.Tuple(elts, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    this.parenthesized.add(tuple);
    return tuple;
  }

  private listAtom(): A.expr {
    const t = this.next();
    if (this.errorPass) this.invalidStarredFirst();
    if (this.accept(T.RSQB)) return new A.List([], A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    const first = this.starNamedExpression();
    if (this.atFor()) {
      if (first instanceof A.Starred) this.starredComprehension(first);
      const gens = this.forIfClauses();
      this.expect(T.RSQB);
      return new A.ListComp(first, gens, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.peekType() === T.RSQB || (this.errorPass && this.atFor())) break;
      elts.push(this.starNamedExpression());
    }
    if (this.errorPass && this.atFor()) {
      // invalid_comprehension: `'[' a ',' b for_if_clauses` (whose own errors come first).
      this.comprehensionTargetError(first, elts);
    }
    this.expect(T.RSQB);
    return new A.List(elts, A.LOAD, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses */
  private starredComprehension(a: A.Starred): never {
    if (this.errorPass) this.raiseAtNode(a, "iterable unpacking cannot be used in comprehension");
    this.fail();
  }

  /** ('[' | '(' | '{') starred_expression: a '*' without an expression is "Invalid star expression". */
  private invalidStarredFirst(): void {
    if (this.peekType() === T.STAR && !startsExpression(this.peekAt(1).type)) {
      this.raiseGeneric("Invalid star expression");
    }
  }

  /** invalid_comprehension after `[a, b` / `[a,` followed by for_if_clauses (parsed here first). */
  private comprehensionTargetError(first: A.expr, elts: A.expr[]): never {
    const comma = this.last;
    this.forIfClauses();
    const msg = "did you forget parentheses around the comprehension target?";
    if (elts.length > 1) this.raiseRange(first, elts[elts.length - 1], msg);
    this.raiseRange(first, comma, msg);
  }

  private braceAtom(): A.expr {
    const t = this.next();
    if (this.errorPass) this.invalidStarredFirst();
    if (this.accept(T.RBRACE)) return new A.Dict([], [], t.lineno, t.col, this.last.endLineno, this.last.endCol);
    // '**' starts a dict (or dictcomp with '**' — invalid)
    if (this.peekType() === T.DOUBLESTAR) return this.dictRest(t, null, null);
    if (this.peekType() === T.STAR) return this.setRest(t, this.starNamedExpression());
    const first = this.namedExpression();
    if (this.peekType() === T.COLON && !(first instanceof A.NamedExpr && !this.parenthesized.has(first))) {
      const colon = this.next();
      if (this.errorPass && (this.peekType() === T.RBRACE || this.peekType() === T.COMMA)) {
        this.raiseAtToken(colon, "expression expected after dictionary key and ':'");
      }
      if (this.errorPass && this.peekType() === T.STAR) {
        const a = this.next();
        const b = this.bitwiseOr();
        this.raiseRange(a, b, "cannot use a starred expression in a dictionary value");
      }
      const value = this.expression();
      if (this.atFor()) {
        const gens = this.forIfClauses();
        this.expect(T.RBRACE);
        return new A.DictComp(first, value, gens, t.lineno, t.col, this.last.endLineno, this.last.endCol);
      }
      return this.dictRest(t, first, value);
    }
    return this.setRest(t, first);
  }

  private setRest(t: Token, first: A.expr): A.expr {
    if (this.atFor()) {
      if (first instanceof A.Starred) this.starredComprehension(first);
      const gens = this.forIfClauses();
      this.expect(T.RBRACE);
      return new A.SetComp(first, gens, t.lineno, t.col, this.last.endLineno, this.last.endCol);
    }
    const elts = [first];
    while (this.accept(T.COMMA)) {
      if (this.peekType() === T.RBRACE || (this.errorPass && this.atFor())) break;
      elts.push(this.starNamedExpression());
    }
    if (this.errorPass && this.atFor()) {
      this.comprehensionTargetError(first, elts);
    }
    this.expect(T.RBRACE);
    return new A.Set(elts, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  private dictRest(t: Token, k0: A.expr | null, v0: A.expr | null): A.expr {
    const keys: (A.expr | null)[] = [];
    const values: A.expr[] = [];
    let first = true;
    if (k0 && v0) {
      keys.push(k0);
      values.push(v0);
      first = false;
    }
    for (;;) {
      if (!first) {
        if (!this.accept(T.COMMA)) break;
        if (this.peekType() === T.RBRACE) break;
      }
      first = false;
      if (this.peekType() === T.DOUBLESTAR) {
        const ds = this.next();
        const v = this.bitwiseOr();
        if (keys.length === 0 && this.atFor()) {
          // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
          if (this.errorPass) {
            this.forIfClauses();
            if (this.peekType() === T.RBRACE)
              this.raiseAtToken(ds, "dict unpacking cannot be used in dict comprehension");
          }
          this.fail();
        }
        keys.push(null);
        values.push(v);
        continue;
      }
      if (this.errorPass && this.peekType() === T.STAR) {
        const a = this.next();
        const b = this.bitwiseOr();
        if (this.peekType() === T.COLON) this.raiseRange(a, b, "cannot use a starred expression in a dictionary key");
        this.fail();
      }
      // invalid_kvpair (`a=expression !(':')`) comes before invalid_expression's "forgot a comma?".
      const k = this.errorPass && keys.length > 0 ? this.expressionWithoutInvalid() : this.expression();
      if (this.peekType() !== T.COLON) {
        if (this.errorPass) {
          this.raiseKnown(
            "SyntaxError",
            "':' expected after dictionary key",
            k.lineno,
            k.end_col_offset ?? 0,
            k.end_lineno ?? 0,
            0,
          );
        }
        this.fail();
      }
      const colon = this.next();
      if (this.errorPass && (this.peekType() === T.RBRACE || this.peekType() === T.COMMA)) {
        this.raiseAtToken(colon, "expression expected after dictionary key and ':'");
      }
      if (this.errorPass && this.peekType() === T.STAR) {
        const a = this.next();
        this.bitwiseOr();
        this.raiseFrom(a, "cannot use a starred expression in a dictionary value");
      }
      keys.push(k);
      values.push(this.expression());
    }
    this.expect(T.RBRACE);
    return new A.Dict(keys as A.expr[], values, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  /** At a comprehension clause: 'for' or 'async' 'for'. */
  private atFor(): boolean {
    const t = this.peekType();
    return t === T.KW_FOR || (t === T.KW_ASYNC && this.peekAt(1).type === T.KW_FOR);
  }

  private forIfClauses(): A.comprehension[] {
    const gens: A.comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.peekType() === T.KW_ASYNC && this.peekAt(1).type === T.KW_FOR) {
        this.next();
        isAsync = 1;
      } else if (this.peekType() !== T.KW_FOR) break;
      this.next();
      const target = this.comprehensionTarget();
      this.expect(T.KW_IN);
      const iter = this.disjunction();
      const ifs: A.expr[] = [];
      while (this.peekType() === T.KW_IF) {
        this.next();
        ifs.push(this.disjunction());
      }
      gens.push(new A.comprehension(target, iter, ifs, isAsync));
    }
    return gens;
  }

  private comprehensionTarget(): A.expr {
    const save = this.pos;
    try {
      const target = this.starTargets();
      if (this.peekType() !== T.KW_IN) this.fail();
      return target;
    } catch (e) {
      if (e !== FAIL || !this.errorPass) throw e;
    }
    this.pos = save;
    // invalid_for_if_clause: 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
    try {
      this.bitwiseOr();
      while (this.accept(T.COMMA)) {
        if (!startsExpression(this.peekType())) break;
        this.bitwiseOr();
      }
      if (this.peekType() !== T.KW_IN) this.raiseGeneric("'in' expected after for-loop variables");
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
    try {
      const a = this.starExpressions();
      const bad = this.invalidTarget(a, "for");
      if (bad) this.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
    } catch (e) {
      if (e !== FAIL) throw e;
    }
    this.pos = save;
    this.fail();
  }

  private lambdef(): A.expr {
    const t = this.next();
    const args = this.peekType() === T.COLON ? emptyArguments() : this.parameters(true);
    const colon = this.expect(T.COLON);
    if (this.errorPass && this.peekType() === T.FSTRING_MIDDLE) {
      this.raiseRange(t, colon, "f-string: lambda expressions are not allowed without parentheses");
    }
    this.enter(2);
    let body: A.expr;
    try {
      body = this.expression();
    } finally {
      this.depth -= 2;
    }
    return new A.Lambda(args, body, t.lineno, t.col, this.last.endLineno, this.last.endCol);
  }

  // ---- parameters ------------------------------------------------------------------------------

  /** params / lambda_params up to ')' (def) or ':' (lambda). */
  private parameters(isLambda: boolean): A.arguments_ {
    const close = isLambda ? T.COLON : T.RPAR;
    const posonly: A.arg[] = [];
    const args: A.arg[] = [];
    const defaults: A.expr[] = [];
    /** Defaults among the positional-only parameters (CPython's slash_with_default group). */
    let slashDefaults = 0;
    const kwonly: A.arg[] = [];
    const kwDefaults: (A.expr | null)[] = [];
    let vararg: A.arg | null = null;
    let kwarg: A.arg | null = null;
    let sawSlash = false;
    let sawStar = false;
    // The parameter a trailing type comment belongs to.
    let lastParam: A.arg | null = null;
    for (;;) {
      const t = this.peek();
      if (t.type === close) break;
      if (t.type === T.SLASH) {
        if (this.errorPass) {
          // invalid_kwds: '**' param ',' a=('*'|'**'|'/')
          if (kwarg) this.raiseAtToken(t, "arguments cannot follow var-keyword argument");
          if (posonly.length + args.length === 0 && !sawStar) {
            this.raiseAtToken(t, "at least one argument must precede /");
          }
          if (sawSlash) this.raiseAtToken(t, "/ may appear only once");
          if (sawStar || kwarg) this.raiseAtToken(t, "/ must be ahead of *");
        }
        if (sawSlash || sawStar || kwarg || args.length === 0) this.fail();
        this.next();
        sawSlash = true;
        slashDefaults = defaults.length;
        for (const a of args) posonly.push(a);
        args.length = 0;
        if (this.errorPass && this.peekType() === T.STAR && this.peekAt(-1) === t) {
          // '/' '*' without comma
          this.raiseAtToken(this.peek(), "expected comma between / and *");
        }
      } else if (t.type === T.STAR) {
        this.next();
        if (kwarg) {
          if (this.errorPass) this.raiseAtToken(t, "arguments cannot follow var-keyword argument");
          this.fail();
        }
        if (sawStar) {
          if (this.errorPass) this.raiseAtToken(t, "* argument may appear only once");
          this.fail();
        }
        sawStar = true;
        if (this.peekType() === T.COMMA) {
          // bare '*': keyword-only parameters must follow
          const n = this.peekAt(1).type;
          if (n === close || n === T.DOUBLESTAR) {
            if (this.errorPass) {
              if (isLambda) this.raiseGeneric("named arguments must follow bare *");
              this.raiseAtToken(t, "named arguments must follow bare *");
            }
            this.fail();
          }
        } else if (this.peekType() === close) {
          if (this.errorPass) {
            if (isLambda) this.raiseGeneric("named arguments must follow bare *");
            this.raiseAtToken(t, "named arguments must follow bare *");
          }
          this.fail();
        } else {
          vararg = lastParam = this.param(isLambda, true);
          if (this.peekType() === T.EQUAL) {
            if (this.errorPass) this.raiseAtToken(this.peek(), "var-positional argument cannot have default value");
            this.fail();
          }
        }
      } else if (t.type === T.DOUBLESTAR) {
        this.next();
        if (kwarg) {
          if (this.errorPass) this.raiseAtToken(t, "arguments cannot follow var-keyword argument");
          this.fail();
        }
        kwarg = lastParam = this.param(isLambda, false);
        if (this.peekType() === T.EQUAL) {
          if (this.errorPass) this.raiseAtToken(this.peek(), "var-keyword argument cannot have default value");
          this.fail();
        }
      } else if (t.type === T.NAME) {
        if (kwarg) {
          if (this.errorPass) {
            const a = this.param(isLambda, false);
            this.raiseAtNode(a, "arguments cannot follow var-keyword argument");
          }
          this.fail();
        }
        const a = this.param(isLambda, false);
        lastParam = a;
        let def: A.expr | null = null;
        if (this.peekType() === T.EQUAL) {
          const eq = this.next();
          // invalid_default: '=' &(')'|',')  (also in a lambda, whose parameters end at ':')
          if (this.errorPass && (this.peekType() === T.COMMA || this.peekType() === T.RPAR)) {
            this.raiseAtToken(eq, "expected default value expression");
          }
          def = this.expression();
        }
        if (sawStar) {
          kwonly.push(a);
          kwDefaults.push(def);
        } else {
          if (def) defaults.push(def);
          else if (defaults.length) {
            // invalid_parameters only sees defaults all before '/' or all after it.
            const mixed = sawSlash && slashDefaults > 0 && defaults.length > slashDefaults;
            const nt = this.peekType();
            // param_no_default is `param ','` or `param &')'` (lambda: &':').
            const complete = nt === T.COMMA || nt === close || (!isLambda && nt === T.TYPE_COMMENT);
            if (this.errorPass && !mixed && complete) {
              this.raiseAtNode(a, "parameter without a default follows parameter with a default");
            }
            this.fail();
          }
          args.push(a);
        }
      } else if (t.type === T.LPAR && this.errorPass) {
        const save = this.pos;
        try {
          this.next();
          let n = 0;
          while (this.peekType() === T.NAME) {
            this.param(isLambda, false);
            n++;
            if (!this.accept(T.COMMA)) break;
          }
          if (n === 0) this.fail();
          const b = this.expect(T.RPAR);
          this.raiseRange(
            t,
            b,
            isLambda
              ? "Lambda expression parameters cannot be parenthesized"
              : "Function parameters cannot be parenthesized",
          );
        } catch (e) {
          if (e !== FAIL) throw e;
        }
        this.pos = save;
        this.fail();
      } else this.fail();
      // Separator and per-parameter type comment.
      if (this.accept(T.COMMA)) {
        const tc = this.peekType() === T.TYPE_COMMENT && !isLambda ? this.next() : null;
        if (tc && lastParam) lastParam.type_comment = tc.value;
        continue;
      }
      if (!isLambda && this.peekType() === T.TYPE_COMMENT) {
        const tc = this.next();
        if (lastParam) lastParam.type_comment = tc.value;
      }
      if (this.peekType() !== close) this.fail();
      break;
    }
    if (sawStar && !vararg && kwonly.length === 0) this.fail();
    // Positional-only defaults: defaults cover the last of posonly+args.
    return new A.arguments_(posonly, args, vararg, kwonly, kwDefaults as A.expr[], kwarg, defaults);
  }

  private param(isLambda: boolean, star: boolean): A.arg {
    const n = this.expect(T.NAME);
    let ann: A.expr | null = null;
    if (!isLambda && this.accept(T.COLON)) ann = star ? this.starExpression() : this.expression();
    return new A.arg(n.value, ann, null, n.lineno, n.col, this.last.endLineno, this.last.endCol);
  }

  // ---- literals --------------------------------------------------------------------------------

  private numberNode(t: Token): A.expr {
    return new A.Constant(parseNumber(t.value), null, t.lineno, t.col, t.endLineno, t.endCol);
  }

  /** strings: (fstring | string)+, concatenated (_PyPegen_concatenate_strings). */
  private strings(): A.expr {
    const first = this.peek();
    const parts: StrPart[] = [];
    let bytesMode: boolean | null = null;
    let hasF = false;
    const byteChunks: Uint8Array[] = [];
    let kind: string | null = null;
    let firstTok = true;
    let mixed = false;
    for (;;) {
      const t = this.peek();
      if (t.type === T.STRING) {
        this.next();
        const pre = stringPrefix(t.value);
        if (firstTok && t.value.charCodeAt(0) === 117) kind = "u";
        firstTok = false;
        if (bytesMode === null) bytesMode = pre.bytes;
        else if (bytesMode !== pre.bytes) mixed = true;
        const q = t.value.charCodeAt(pre.len);
        const triple =
          t.value.length - pre.len >= 6 &&
          t.value.charCodeAt(pre.len + 1) === q &&
          t.value.charCodeAt(pre.len + 2) === q;
        const ql = triple ? 3 : 1;
        const body = t.value.slice(pre.len + ql, t.value.length - ql);
        try {
          const warn = (msg: string) => this.warnAtToken(t, msg);
          if (pre.bytes) byteChunks.push(decodeBytes(body, pre.raw, warn));
          else {
            const v = pre.raw ? body : decodeUnicodeEscapes(body, warn);
            parts.push({ value: v, lineno: t.lineno, col: t.col, endLineno: t.endLineno, endCol: t.endCol, kind });
          }
        } catch (e) {
          if (e instanceof DecodeError) this.raiseAtToken(t, e.msg);
          throw e;
        }
      } else if (t.type === T.FSTRING_START) {
        if (bytesMode === true) mixed = true;
        bytesMode = false;
        firstTok = false;
        hasF = true;
        this.fstring(parts);
      } else break;
    }
    if (mixed) {
      // Reported by the concatenation action, i.e. at the token after the strings.
      this.peek();
      this.raiseGeneric("cannot mix bytes and nonbytes literals");
    }
    const last = this.last;
    if (bytesMode) {
      let n = 0;
      for (const c of byteChunks) n += c.length;
      const out = new Uint8Array(n);
      let o = 0;
      for (const c of byteChunks) {
        out.set(c, o);
        o += c.length;
      }
      return new A.Constant(new PyBytes(out), null, first.lineno, first.col, last.endLineno, last.endCol);
    }
    if (!hasF) {
      const s = concatStr(parts.map((p) => p.value as PyStrValue));
      return new A.Constant(s, kind, first.lineno, first.col, last.endLineno, last.endCol);
    }
    const values = mergeParts(parts);
    return new A.JoinedStr(values, first.lineno, first.col, last.endLineno, last.endCol);
  }

  /** fstring: FSTRING_START fstring_middle* FSTRING_END; appends its parts. */
  private fstring(parts: StrPart[]): void {
    const start = this.next();
    const pre = stringPrefix(start.value);
    for (;;) {
      const t = this.peek();
      if (t.type === T.FSTRING_END) {
        this.next();
        return;
      }
      if (t.type === T.FSTRING_MIDDLE) {
        this.next();
        const v = this.decodeMiddle(t, pre.raw);
        parts.push({ value: v, lineno: t.lineno, col: t.col, endLineno: t.endLineno, endCol: t.endCol });
        continue;
      }
      if (t.type === T.LBRACE) {
        this.replacementField(parts, pre.raw);
        continue;
      }
      this.fail();
    }
  }

  private decodeMiddle(t: Token, raw: boolean): PyStrValue {
    // The token text keeps one brace of '{{' / '}}'.
    const body = t.value;
    if (raw) return body;
    try {
      return decodeUnicodeEscapes(body, (msg) => this.warnAtToken(t, msg));
    } catch (e) {
      if (e instanceof DecodeError) this.raiseAtToken(t, e.msg);
      throw e;
    }
  }

  private replacementField(parts: StrPart[], raw: boolean): void {
    if (this.errorPass) this.invalidReplacementField(raw);
    const open = this.next();
    const value = this.annotatedRhs();
    let debugTok: Token | null = null;
    let debugIdx = 0;
    if (this.peekType() === T.EQUAL) {
      debugIdx = this.pos;
      debugTok = this.next();
    }
    let conversion = -1;
    if (this.peekType() === T.EXCLAMATION) {
      const bang = this.next();
      const ct = this.expect(T.NAME);
      if (ct.lineno !== bang.lineno || ct.col !== bang.endCol) {
        this.raiseRange(bang, ct, "f-string: conversion type must come right after the exclamanation mark");
      }
      if (ct.value !== "s" && ct.value !== "r" && ct.value !== "a") {
        this.raiseRange(ct, ct, `f-string: invalid conversion character '${ct.value}': expected 's', 'r', or 'a'`);
      }
      conversion = ct.value.charCodeAt(0);
    }
    let formatSpec: A.expr | null = null;
    if (this.peekType() === T.COLON) {
      const colon = this.next();
      const specParts: StrPart[] = [];
      for (;;) {
        const t = this.peek();
        if (t.type === T.FSTRING_MIDDLE) {
          this.next();
          const v = this.decodeMiddle(t, raw);
          specParts.push({ value: v, lineno: t.lineno, col: t.col, endLineno: t.endLineno, endCol: t.endCol });
        } else if (t.type === T.LBRACE) {
          this.replacementField(specParts, raw);
        } else break;
      }
      const values = mergeParts(specParts);
      const e = this.last;
      formatSpec = new A.JoinedStr(values, colon.lineno, colon.col, e.endLineno, e.endCol);
    }
    const close = this.expect(T.RBRACE);
    if (debugTok) {
      // The expression's source text, up to and including '=' and following whitespace.
      const afterEq = this.toks[debugIdx + 1];
      let text = this.src.slice(open.end, afterEq.start);
      // CPython drops comments from the debug text (everything from '#' to the end of its line).
      if (text.indexOf("#") >= 0) text = text.replace(/#[^\n]*/g, "");
      parts.push({
        value: text,
        lineno: open.lineno,
        col: open.endCol,
        endLineno: afterEq.lineno,
        endCol: afterEq.col,
      });
      if (conversion < 0 && !formatSpec) conversion = 114;
    }
    const fv = new A.FormattedValue(
      value,
      conversion,
      formatSpec,
      open.lineno,
      open.col,
      close.endLineno,
      close.endCol,
    );
    parts.push({ value: fv, lineno: open.lineno, col: open.col, endLineno: close.endLineno, endCol: close.endCol });
  }
  /** invalid_fstring_replacement_field (error pass): CPython's f-string messages, in its order. */
  private invalidReplacementField(raw: boolean): void {
    const save = this.pos;
    this.next(); // '{'
    let t = this.peek();
    if (t.type === T.EQUAL || t.type === T.EXCLAMATION || t.type === T.COLON || t.type === T.RBRACE) {
      this.raiseAtToken(t, `f-string: valid expression required before '${t.value}'`);
    }
    const exprStart = this.pos;
    const ok = this.tryParse(() => {
      this.annotatedRhs();
      return true;
    });
    if (!ok) {
      this.pos = exprStart;
      this.raiseAtToken(this.peek(), "f-string: expecting a valid expression after '{'");
    }
    t = this.peek();
    if (t.type !== T.EQUAL && t.type !== T.EXCLAMATION && t.type !== T.COLON && t.type !== T.RBRACE) {
      this.raiseAtToken(t, "f-string: expecting '=', or '!', or ':', or '}'");
    }
    if (t.type === T.EQUAL) {
      this.next();
      t = this.peek();
      if (t.type !== T.EXCLAMATION && t.type !== T.COLON && t.type !== T.RBRACE) {
        this.raiseAtToken(t, "f-string: expecting '!', or ':', or '}'");
      }
    }
    if (t.type === T.EXCLAMATION) {
      this.next();
      t = this.peek();
      if (t.type === T.COLON || t.type === T.RBRACE) this.raiseAtToken(t, "f-string: missing conversion character");
      if (t.type !== T.NAME) this.raiseAtToken(t, "f-string: invalid conversion character");
      this.next();
      t = this.peek();
    }
    if (t.type !== T.COLON && t.type !== T.RBRACE) this.raiseAtToken(t, "f-string: expecting ':' or '}'");
    if (t.type === T.COLON) {
      this.next();
      for (;;) {
        const u = this.peek();
        if (u.type === T.FSTRING_MIDDLE) this.next();
        else if (u.type === T.LBRACE) {
          if (
            !this.tryParse(() => {
              this.replacementField([], raw);
              return true;
            })
          )
            break;
        } else break;
      }
      if (this.peekType() !== T.RBRACE) this.raiseAtToken(this.peek(), "f-string: expecting '}', or format specs");
    }
    this.pos = save;
  }
}

type StrPart = {
  value: PyStrValue | A.expr;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  /** 'u' for a piece from a u'' literal (the merged Constant's kind comes from its first piece). */
  kind?: string | null;
};
/** A str value: a JS string, or the rare PyCodePointStr. */
type PyStrValue = string | PyCodePointStr;

function isStrValue(v: PyStrValue | A.expr): v is PyStrValue {
  return typeof v === "string" || v instanceof PyCodePointStr;
}

/** Joins adjacent literal parts of an f-string into one Constant each, dropping empty ones. */
function mergeParts(parts: StrPart[]): A.expr[] {
  const values: A.expr[] = [];
  let i = 0;
  while (i < parts.length) {
    const p = parts[i];
    if (!isStrValue(p.value)) {
      values.push(p.value);
      i++;
      continue;
    }
    const pieces: PyStrValue[] = [];
    let j = i;
    let endLineno = p.endLineno;
    let endCol = p.endCol;
    while (j < parts.length) {
      const v = parts[j].value;
      if (!isStrValue(v)) break;
      pieces.push(v);
      endLineno = parts[j].endLineno;
      endCol = parts[j].endCol;
      j++;
    }
    const s = concatStr(pieces);
    if (typeof s !== "string" || s.length > 0) {
      values.push(new A.Constant(s, p.kind ?? null, p.lineno, p.col, endLineno, endCol));
    }
    i = j;
  }
  return values;
}

// ---- helpers -----------------------------------------------------------------------------------

function emptyArguments(): A.arguments_ {
  return new A.arguments_([], [], null, [], [], null, []);
}

function lastComprehensionItem(gens: A.comprehension[]): A.expr {
  const g = gens[gens.length - 1];
  return g.ifs.length ? g.ifs[g.ifs.length - 1] : g.iter;
}

/** _PyPegen_get_expr_name */
export function exprName(e: A.expr): string {
  if (e instanceof A.Attribute) return "attribute";
  if (e instanceof A.Subscript) return "subscript";
  if (e instanceof A.Starred) return "starred";
  if (e instanceof A.Name) return "name";
  if (e instanceof A.List) return "list";
  if (e instanceof A.Tuple) return "tuple";
  if (e instanceof A.Lambda) return "lambda";
  if (e instanceof A.Call) return "function call";
  if (e instanceof A.BoolOp || e instanceof A.BinOp || e instanceof A.UnaryOp) return "expression";
  if (e instanceof A.GeneratorExp) return "generator expression";
  if (e instanceof A.Yield || e instanceof A.YieldFrom) return "yield expression";
  if (e instanceof A.Await) return "await expression";
  if (e instanceof A.ListComp) return "list comprehension";
  if (e instanceof A.SetComp) return "set comprehension";
  if (e instanceof A.DictComp) return "dict comprehension";
  if (e instanceof A.Dict) return "dict literal";
  if (e instanceof A.Set) return "set display";
  if (e instanceof A.JoinedStr || e instanceof A.FormattedValue) return "f-string expression";
  if (e instanceof A.Constant) {
    const v = e.value;
    if (v === None) return "None";
    if (v === false) return "False";
    if (v === true) return "True";
    if (v === Ellipsis) return "ellipsis";
    return "literal";
  }
  if (e instanceof A.Compare) return "comparison";
  if (e instanceof A.IfExp) return "conditional expression";
  if (e instanceof A.NamedExpr) return "named expression";
  return "expression";
}

/** Parse a NUMBER token's text into a Python constant. */
export function parseNumber(text: string): PyConstant {
  let s = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text;
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 106) {
    // imaginary
    return new PyComplex(0, Number(s.slice(0, -1)));
  }
  if (s.length > 1 && s.charCodeAt(0) === 48) {
    const p = s.charCodeAt(1) | 0x20;
    if (p === 120 || p === 111 || p === 98) {
      const v = BigInt(s);
      return normInt(v);
    }
  }
  if (/[.eE]/.test(s) && !/^0[xX]/.test(s)) return new PyFloat(Number(s));
  if (s.length <= 15) return Number(s);
  s = s.replace(/^0+(?=\d)/, "");
  return normInt(BigInt(s));
}

function normInt(v: bigint): number | bigint {
  if (v <= 9007199254740991n && v >= -9007199254740991n) return Number(v);
  return v;
}

const CHUNK_DECODER = new TextDecoder("utf-8");

/**
 * What CPython's err_programtext keeps of a line read from a file: it reads in chunks of 999 bytes
 * (fgets into a 1000-byte buffer) and returns the last one; null when it meets EOF instead.
 */
function lastFileChunk(line: string): string | null {
  if (line.length <= 333) return line;
  const bytes = new TextEncoder().encode(line);
  if (bytes.length < 999 || (bytes.length === 999 && bytes[998] === 10)) return line;
  let k = 0;
  while (bytes.length - k > 999 || (bytes.length - k === 999 && bytes[k + 998] !== 10)) {
    k += 999;
    if (k >= bytes.length) return null;
  }
  return CHUNK_DECODER.decode(bytes.subarray(k));
}
