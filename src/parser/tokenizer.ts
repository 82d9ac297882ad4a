// The tokenizer: a port of the *behaviour* of CPython 3.13's C lexer (Parser/lexer/lexer.c), including
// its f-string modes (PEP 701), indentation tracking and error messages. It works on a decoded,
// newline-normalised JS string; columns handed to the parser are UTF-8 byte offsets like CPython's.

import { PySyntaxError, type SyntaxErrorKind, warningHook } from "./errors.js";
import { isPrintable, isXidContinue, isXidStart } from "./chars.js";
import * as T from "./tokens.js";
import { Token } from "./tokens.js";

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;

enum Mode {
  Regular = 0,
  FString = 1,
}

class TokMode {
  kind: Mode = Mode.Regular;
  quote = 0;
  quoteSize = 0;
  raw = false;
  /** Source index of the f-string's first character (its prefix). */
  start = 0;
  startLine = 0;
  startLineStart = 0;
  curlyDepth = 0;
  exprStartDepth = -1;
  inFormatSpec = false;
  debug = false;
}

export interface TokenizerOptions {
  /** `tokenize` module mode: emit COMMENT, NL, and be lenient like CPython's extra_tokens mode. */
  extraTokens?: boolean;
  /** Emit TYPE_COMMENT / TYPE_IGNORE tokens (ast.parse(type_comments=True)). */
  typeComments?: boolean;
  filename?: string;
}

/** Length in UTF-8 bytes of src[from, to). */
export function utf8Length(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

const EOF = -1;
const DONE_OK = 0;
const DONE_EOF = 1;

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  readonly extraTokens: boolean;
  readonly typeComments: boolean;
  /** The whole source is ASCII: byte columns equal string indices. */
  private readonly ascii: boolean;
  /** True when we appended the final newline ourselves. */
  readonly implicitNewline: boolean;

  pos = 0;
  lineno = 1;
  /**
   * The last error is one CPython's lexer reports through a `tok->done` code (indentation, line
   * continuation, EOF) rather than an exception: such errors never override the parser's own.
   */
  doneCodeError = false;
  /** Start of CPython's line buffer: the first line of the current logical line / token. */
  private bufStart = 0;
  lineStart = 0;
  private atbol = true;
  private pendin = 0;
  private indstack: number[] = [0];
  private altindstack: number[] = [0];
  private blankline = false;
  private commentNewline = false;
  level = 0;
  parenStack: number[] = [];
  parenLineStack: number[] = [];
  parenColStack: number[] = [];
  private modes: TokMode[] = [new TokMode()];
  done = DONE_OK;
  /**
   * The text of errors CPython reports through the parser (_Pypegen_tokenizer_error and friends,
   * not _PyTokenizer_syntaxerror): the parser supplies it (file line or tokenizer buffer).
   */
  pegenLine: ((lineno: number, curLine: number) => string) | null = null;
  /** Errors take their text from the file (CPython: a real file name in exec mode), set by the parser. */
  fileText = false;
  /** Start of the current token (index) and its line. */
  private tokStart = 0;
  private tokLine = 1;
  private tokLineStart = 0;

  constructor(source: string, opts: TokenizerOptions = {}) {
    let src = source;
    if (src.indexOf("\r") >= 0) src = src.replace(/\r\n?/g, "\n");
    this.implicitNewline = src.length > 0 && src.charCodeAt(src.length - 1) !== 10;
    if (this.implicitNewline) src += "\n";
    this.src = src;
    this.filename = opts.filename ?? "<unknown>";
    this.extraTokens = !!opts.extraTokens;
    this.typeComments = !!opts.typeComments;
    this.ascii = !/[^\x00-\x7f]/.test(src);
  }

  // ---- positions -------------------------------------------------------------------------------

  byteCol(pos: number, lineStart: number): number {
    if (this.ascii) return pos - lineStart;
    // Incremental: tokens come left to right, so continue from the last position on this line.
    if (lineStart === this.bcLine && pos >= this.bcPos) {
      this.bcBytes += utf8Length(this.src, this.bcPos, pos);
    } else {
      this.bcLine = lineStart;
      this.bcBytes = utf8Length(this.src, lineStart, pos);
    }
    this.bcPos = pos;
    return this.bcBytes;
  }
  private bcLine = -1;
  private bcPos = 0;
  private bcBytes = 0;

  /** Text of line `lineno` (1-based) without its newline, found from a known line start. */
  lineText(lineStart: number): string {
    let e = this.src.indexOf("\n", lineStart);
    if (e < 0) e = this.src.length;
    return this.src.slice(lineStart, e);
  }

  // ---- errors ----------------------------------------------------------------------------------

  /** Raise at the current position (CPython's _PyTokenizer_syntaxerror): offset = chars before cur. */
  error(msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    const text = this.lineText(this.lineStart);
    const col = countCodePoints(this.src, this.lineStart, Math.min(this.pos, this.lineStart + text.length + 1));
    throw new PySyntaxError(kind, msg, this.filename, this.lineno, col, text, this.lineno, col);
  }

  /** Raise with explicit 1-based character columns on the current line. */
  errorRange(msg: string, col: number, endCol: number): never {
    const text = this.lineText(this.lineStart);
    throw new PySyntaxError("SyntaxError", msg, this.filename, this.lineno, col, text, this.lineno, endCol);
  }

  /** Errors CPython reports through tok->done codes, formatted by _PyPegen_tokenizer_error. */
  errorKnown(kind: SyntaxErrorKind, msg: string, byteCol0: number, bufText?: string): never {
    this.doneCodeError = true;
    // Without a file to read the line from, CPython's error text is its line buffer (bufText).
    const text = bufText !== undefined && !this.fileText ? bufText : this.pegenText(this.lineno, this.lineno);
    const col = byteToCharOffset(text, byteCol0 + 1);
    throw new PySyntaxError(kind, msg, this.filename, this.lineno, col, text, this.lineno, 0);
  }

  private pegenText(lineno: number, curLine: number): string {
    if (this.pegenLine) return this.pegenLine(lineno, curLine);
    return `${this.lineText(lineStartOf(this.src, lineno))}\n`;
  }

  /** tok->lineno at EOF: the last line read (0 for an empty source). */
  private eofLine(): number {
    let n = 0;
    for (let i = this.src.indexOf("\n"); i >= 0; i = this.src.indexOf("\n", i + 1)) n++;
    return n;
  }

  unclosedParenError(): never {
    this.doneCodeError = true;
    const i = this.level - 1;
    const ch = String.fromCharCode(this.parenStack[i]);
    const lineno = this.parenLineStack[i];
    // Raised at EOF, where CPython's tokenizer stands on the last line.
    const text = this.pegenText(lineno, this.eofLine());
    const col = byteToCharOffset(text, this.parenColStack[i] + 1);
    throw new PySyntaxError("SyntaxError", `'${ch}' was never closed`, this.filename, lineno, col, text, lineno, 0);
  }

  // ---- character access ------------------------------------------------------------------------

  private nextc(): number {
    if (this.pos >= this.src.length) return EOF;
    const c = this.src.charCodeAt(this.pos++);
    if (c === 10) {
      // Lines are entered lazily: we move to the next line when a char past the newline is read.
    }
    return c;
  }

  /** Called after consuming a newline: the next character starts a new line. */
  private newLine(): void {
    this.lineno++;
    this.lineStart = this.pos;
  }

  private backup(c: number): void {
    if (c !== EOF) this.pos--;
  }

  // ---- tokens ----------------------------------------------------------------------------------

  private make(type: number, start: number, end: number, constText?: string): Token {
    const src = this.src;
    // Start may lie on an earlier line (multi-line strings): tokStart/tokLine record it.
    const line = this.tokLine;
    const ls = this.tokLineStart;
    let endLine = this.lineno;
    let endLs = this.lineStart;
    if (end < endLs) {
      // The token ended before the current line started (e.g. NEWLINE consumed its '\n').
      endLine = line;
      endLs = ls;
    }
    let col: number;
    let endCol: number;
    if (this.ascii) {
      col = start - ls;
      endCol = end - endLs;
    } else {
      col = this.byteCol(start, ls);
      endCol = this.byteCol(end, endLs);
    }
    // Operators get shared constant strings instead of fresh slices (fewer allocations).
    const text =
      constText !== undefined
        ? constText
        : type >= T.LPAR && type <= T.EXCLAMATION && type !== T.NOTEQUAL
          ? OP_TEXT[type]
          : src.slice(start, end);
    return new Token(type, text, line, col, endLine, endCol, start, end, this.level);
  }

  /** Marks the start of a token at the current position. */
  private markStart(): void {
    this.tokStart = this.pos;
    this.tokLine = this.lineno;
    this.tokLineStart = this.lineStart;
  }

  next(): Token {
    const mode = this.modes[this.modes.length - 1];
    if (mode.kind === Mode.Regular) return this.nextRegular(mode);
    return this.nextFString(mode);
  }

  private insideFString(): boolean {
    return this.modes.length > 1;
  }

  private nextRegular(mode: TokMode): Token {
    const src = this.src;
    let c: number;
    for (;;) {
      // nextline:
      this.blankline = false;
      if (this.atbol) {
        this.atbol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        for (;;) {
          c = this.nextc();
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
            altcol = altcol + 1;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92) {
            contLineCol = contLineCol ? contLineCol : col;
            this.continuationLine();
          } else break;
        }
        this.backup(c);
        // Lines with only whitespace and/or a comment do not change the indentation.
        if (c === 35 || c === 10) this.blankline = true;
        if (!this.blankline && this.level === 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          const ind = this.indstack.length - 1;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) this.indentError();
          } else if (col > this.indstack[ind]) {
            if (ind + 1 >= MAXINDENT) {
              this.errorKnown("IndentationError", "too many levels of indentation", 0);
            }
            if (altcol <= this.altindstack[ind]) this.indentError();
            this.pendin++;
            this.indstack.push(col);
            this.altindstack.push(altcol);
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
              this.pendin--;
              this.indstack.pop();
              this.altindstack.pop();
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              this.dedentError();
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) this.indentError();
          }
        }
      }

      this.markStart();
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.make(T.DEDENT, this.pos, this.pos);
        }
        this.pendin--;
        return this.make(T.INDENT, this.lineStart, this.pos);
      }

      // again:
      for (;;) {
        // Skip spaces, tabs and form feeds, then take the next character (EOF at the end).
        let p = this.pos;
        const n = src.length;
        while (p < n && ((c = src.charCodeAt(p)) === 32 || c === 9 || c === 12)) p++;
        if (p < n) {
          c = src.charCodeAt(p);
          this.pos = p + 1;
        } else {
          c = EOF;
          this.pos = p;
        }
        this.tokStart = this.pos - 1;
        this.tokLine = this.lineno;
        this.tokLineStart = this.lineStart;
        const start = this.tokStart;

        if (c === 35) {
          // Comment
          const nl = src.indexOf("\n", this.pos);
          this.pos = nl < 0 ? src.length : nl;
          if (this.typeComments) {
            const tc = this.typeComment(start);
            if (tc) return tc;
          }
          if (this.extraTokens) {
            this.commentNewline = this.blankline;
            return this.make(T.COMMENT, start, this.pos);
          }
          c = this.nextc();
        }

        if (c === EOF) {
          if (this.level) {
            // tokenize (Python-tokenize.c): E_EOF, "unexpected EOF in multi-line statement".
            if (this.extraTokens) this.error("unexpected EOF in multi-line statement");
            this.done = DONE_EOF;
            this.unclosedParenError();
          }
          this.done = DONE_EOF;
          return this.make(T.ENDMARKER, this.pos, this.pos);
        }

        if (isPotentialIdentifierStart(c)) {
          // String prefixes: b, r, u, f in CPython's legal combinations.
          let sawB = false;
          let sawR = false;
          let sawU = false;
          let sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
            else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
            else break;
            c = this.nextc();
            if (c === 34 || c === 39) {
              if (sawF) return this.fstringStart(c, start);
              return this.stringLiteral(c, start);
            }
          }
          let nonascii = false;
          if (isPotentialIdentifierChar(c)) {
            // Scan the rest of the name directly on the string (the hottest loop of the tokenizer).
            if (c >= 128) nonascii = true;
            let p = this.pos;
            const n = src.length;
            for (; p < n; p++) {
              const ch = src.charCodeAt(p);
              if (ch < 128) {
                if (ID_CHAR[ch] === 0) break;
              } else nonascii = true;
            }
            this.pos = p;
          } else this.backup(c);
          if (nonascii) this.verifyIdentifier(start);
          if (!this.extraTokens) {
            if (nonascii) {
              // PEP 3131: identifiers are NFKC-normalised (the parser sees the normalised name).
              const tok = this.make(T.NAME, start, this.pos);
              tok.value = tok.value.normalize("NFKC");
              return tok;
            }
            const kw = keywordType(src, start, this.pos);
            if (kw !== 0) return this.make(kw, start, this.pos, T.KEYWORDS[kw - T.KW_BASE]);
          }
          return this.make(T.NAME, start, this.pos);
        }

        if (c === 10) {
          this.newLine();
          this.bufStart = this.lineStart;
          this.atbol = true;
          if (this.blankline || this.level > 0) {
            if (this.extraTokens) {
              this.commentNewline = false;
              return this.makeNewline(T.NL, start);
            }
            break; // goto nextline
          }
          if (this.commentNewline && this.extraTokens) {
            this.commentNewline = false;
            return this.makeNewline(T.NL, start);
          }
          return this.makeNewline(T.NEWLINE, start);
        }

        if (c === 46) {
          // '.'
          c = this.nextc();
          if (isDigit(c)) return this.number(c, start, true);
          if (c === 46) {
            const c3 = this.nextc();
            if (c3 === 46) return this.make(T.ELLIPSIS, start, this.pos);
            this.backup(c3);
          }
          this.backup(c);
          return this.make(T.DOT, start, this.pos);
        }

        if (isDigit(c)) return this.number(c, start, false);

        if (c === 34 || c === 39) return this.stringLiteral(c, start);

        if (c === 92) {
          this.continuationLine();
          continue; // again
        }

        // Punctuation that ends or splits an f-string replacement field.
        const isPunct = c === 58 || c === 125 || c === 33 || c === 123;
        if (isPunct && this.insideFString() && mode.exprStartDepth >= 0) {
          const cursor = mode.curlyDepth - (c !== 123 ? 1 : 0);
          if (c === 58 && cursor === mode.exprStartDepth) {
            mode.kind = Mode.FString;
            mode.inFormatSpec = true;
            return this.make(T.COLON, start, this.pos);
          }
        }

        // Two and three character operators (peeked directly on the string).
        const c2 = this.pos < src.length ? src.charCodeAt(this.pos) : EOF;
        const two = twoChars(c, c2);
        if (two !== T.OP) {
          const c3 = this.pos + 1 < src.length ? src.charCodeAt(this.pos + 1) : EOF;
          const three = threeChars(c, c2, c3);
          if (three !== T.OP) {
            this.pos += 2;
            return this.make(three, start, this.pos);
          }
          this.pos += 1;
          return this.make(two, start, this.pos);
        }

        switch (c) {
          case 40:
          case 91:
          case 123:
            if (this.level >= MAXLEVEL) this.error("too many nested parentheses");
            this.parenStack[this.level] = c;
            this.parenLineStack[this.level] = this.lineno;
            this.parenColStack[this.level] = this.byteCol(start, this.lineStart);
            this.level++;
            if (this.insideFString()) mode.curlyDepth++;
            break;
          case 41:
          case 93:
          case 125: {
            if (this.insideFString() && !mode.curlyDepth && c === 125) {
              this.error("f-string: single '}' is not allowed");
            }
            if (!this.extraTokens && !this.level) this.error(`unmatched '${String.fromCharCode(c)}'`);
            if (this.level > 0) {
              this.level--;
              const opening = this.parenStack[this.level];
              if (
                !this.extraTokens &&
                !((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))
              ) {
                if (this.insideFString() && opening === 123) {
                  if (mode.curlyDepth - 1 === mode.exprStartDepth) {
                    this.error(`f-string: unmatched '${String.fromCharCode(c)}'`);
                  }
                }
                const o = String.fromCharCode(opening);
                const cl = String.fromCharCode(c);
                if (this.parenLineStack[this.level] !== this.lineno) {
                  this.error(
                    `closing parenthesis '${cl}' does not match opening parenthesis '${o}' on line ${this.parenLineStack[this.level]}`,
                  );
                }
                this.error(`closing parenthesis '${cl}' does not match opening parenthesis '${o}'`);
              }
            }
            if (this.insideFString()) {
              mode.curlyDepth--;
              if (mode.curlyDepth < 0) this.error(`f-string: unmatched '${String.fromCharCode(c)}'`);
              if (c === 125 && mode.curlyDepth === mode.exprStartDepth) {
                mode.exprStartDepth--;
                mode.kind = Mode.FString;
                mode.inFormatSpec = false;
                mode.debug = false;
              }
            }
            break;
          }
          default:
            break;
        }

        if (c >= 128 || !isPrintable(c)) {
          // A non-identifier character outside strings and comments.
          const cp = src.codePointAt(start)!;
          if (cp > 0xffff) this.pos++;
          if (!isPrintable(cp)) this.error(`invalid non-printable character U+${hex4(cp)}`);
        }
        if (c === 61 && mode.exprStartDepth >= 0 && this.insideFString()) mode.debug = true;
        const one = ONE_CHAR[c];
        // Other printable characters ('?', '$', '`') are OP tokens (_PyToken_OneChar): the parser rejects them.
        if (one === undefined) return this.make(T.OP, start, this.pos);
        return this.make(one, start, this.pos);
      }
    }
  }

  private makeNewline(type: number, start: number): Token {
    const line = this.tokLine;
    const ls = this.tokLineStart;
    const col = this.byteCol(start, ls);
    // After a comment the token starts at the '#' (CPython's tok->start) and ends after the newline.
    const end = this.pos;
    const endCol = end === start + 1 ? col + 1 : this.byteCol(end, ls);
    return new Token(type, "\n", line, col, line, endCol, start, end);
  }

  private indentError(): never {
    this.pos = this.src.indexOf("\n", this.pos);
    if (this.pos < 0) this.pos = this.src.length;
    this.errorKnown("TabError", "inconsistent use of tabs and spaces in indentation", 0);
  }

  private dedentError(): never {
    this.doneCodeError = true;
    // CPython: tok->cur = tok->inp, then RAISE_INDENTATION_ERROR at the current position.
    const line = this.lineText(this.lineStart);
    const text = this.pegenText(this.lineno, this.lineno);
    const col = byteToCharOffset(text, utf8Length(line, 0, line.length) + 1);
    throw new PySyntaxError(
      "IndentationError",
      "unindent does not match any outer indentation level",
      this.filename,
      this.lineno,
      col,
      text,
      this.lineno,
      -1,
    );
  }

  /** After a backslash: the next char must be a newline. */
  private continuationLine(): void {
    const c = this.nextc();
    if (c !== 10) {
      this.backup(c);
      // CPython: col_offset = tok->cur - tok->buf - 1, where the buffer starts at the line on which
      // the current logical line (or a multi-line string ending on this line) began.
      let eol = this.src.indexOf("\n", this.pos);
      eol = eol < 0 ? this.src.length : eol + 1;
      this.errorKnown(
        "SyntaxError",
        "unexpected character after line continuation character",
        utf8Length(this.src, this.bufStart, this.pos),
        this.src.slice(this.bufStart, eol),
      );
    }
    this.newLine();
    if (this.pos >= this.src.length) {
      this.done = DONE_EOF;
      if (this.level) this.unclosedParenError();
      // CPython reports E_EOF: "unexpected EOF while parsing", at an ERRORTOKEN without position,
      // i.e. where the tokenizer stands: after the newline of the backslash's line.
      const lineno = this.lineno - 1;
      const line = this.lineText(lineStartOf(this.src, lineno));
      const text = this.pegenText(lineno, lineno);
      const col = byteToCharOffset(text, utf8Length(line, 0, line.length) + 1);
      const msg = "unexpected EOF while parsing";
      this.doneCodeError = true;
      throw new PySyntaxError("SyntaxError", msg, this.filename, lineno, col, text, lineno, -1);
    }
  }

  private typeComment(start: number): Token | null {
    const src = this.src;
    const end = this.pos;
    let p = start;
    const prefix = "# type: ";
    let i = 0;
    for (; i < prefix.length && p < end; i++) {
      const pc = prefix.charCodeAt(i);
      if (pc === 32) {
        while (p < end && (src.charCodeAt(p) === 32 || src.charCodeAt(p) === 9)) p++;
      } else if (src.charCodeAt(p) === pc) p++;
      else break;
    }
    if (i < prefix.length) {
      // A trailing space in the prefix matches zero spaces at the end of the comment.
      if (!(i === prefix.length - 1 && p === end)) return null;
    }
    const ignoreEnd = p + 6;
    const isIgnore =
      end >= ignoreEnd &&
      src.startsWith("ignore", p) &&
      !(end > ignoreEnd && (src.charCodeAt(ignoreEnd) >= 128 || isAlnum(src.charCodeAt(ignoreEnd))));
    if (isIgnore) {
      const tok = this.make(T.TYPE_IGNORE, ignoreEnd, end);
      if (this.blankline) {
        // The type: ignore is alone on its line: consume the newline too (CPython's tag keeps it).
        const c = this.nextc();
        if (c === 10) {
          tok.value += "\n";
          this.newLine();
        }
        this.atbol = true;
      }
      return tok;
    }
    return this.make(T.TYPE_COMMENT, p, end);
  }

  private verifyIdentifier(start: number): void {
    if (this.extraTokens) return;
    const src = this.src;
    let i = start;
    const end = this.pos;
    let first = true;
    while (i < end) {
      const cp = src.codePointAt(i)!;
      const ok = first ? cp === 95 || isXidStart(cp) : isXidContinue(cp);
      if (!ok) {
        // Point just after the offending character.
        this.pos = i + (cp > 0xffff ? 2 : 1);
        if (isPrintable(cp)) this.error(`invalid character '${String.fromCodePoint(cp)}' (U+${hex4(cp)})`);
        this.error(`invalid non-printable character U+${hex4(cp)}`);
      }
      first = false;
      i += cp > 0xffff ? 2 : 1;
    }
  }

  // ---- numbers ---------------------------------------------------------------------------------

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.error("invalid decimal literal");
      }
    }
    return c;
  }

  private lookahead(test: string): boolean {
    const save = this.pos;
    let ok = this.src.startsWith(test, this.pos);
    if (ok) {
      const c = this.pos + test.length < this.src.length ? this.src.charCodeAt(this.pos + test.length) : EOF;
      ok = !isPotentialIdentifierChar(c);
    }
    this.pos = save;
    return ok;
  }

  private verifyEndOfNumber(c: number, kind: string): void {
    if (this.extraTokens) return;
    let r = false;
    if (c === 97) r = this.lookahead("nd");
    else if (c === 101) r = this.lookahead("lse");
    else if (c === 102) r = this.lookahead("or");
    else if (c === 105) {
      const c2 = this.pos < this.src.length ? this.src.charCodeAt(this.pos) : EOF;
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = this.lookahead("r");
    else if (c === 110) r = this.lookahead("ot");
    if (r) {
      // A number directly followed by a keyword (`1if x else 2`): CPython only warns.
      warningHook.warn("SyntaxWarning", `invalid ${kind} literal`, this.filename, this.lineno);
      return;
    }
    if (c < 128 && c !== EOF && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.error(`invalid ${kind} literal`);
    }
  }

  private number(c: number, start: number, fromDot: boolean): Token {
    if (fromDot) {
      c = this.fraction(c);
      return this.numberEnd(c, start);
    }
    if (c === 48) {
      c = this.nextc();
      if (c === 120 || c === 88) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (!isXDigit(c)) {
            this.backup(c);
            this.error("invalid hexadecimal literal");
          }
          do {
            c = this.nextc();
          } while (isXDigit(c));
        } while (c === 95);
        this.verifyEndOfNumber(c, "hexadecimal");
      } else if (c === 111 || c === 79) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c < 48 || c >= 56) {
            if (isDigit(c)) this.error(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            this.error("invalid octal literal");
          }
          do {
            c = this.nextc();
          } while (c >= 48 && c < 56);
        } while (c === 95);
        if (isDigit(c)) this.error(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, "octal");
      } else if (c === 98 || c === 66) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c !== 48 && c !== 49) {
            if (isDigit(c)) this.error(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            this.error("invalid binary literal");
          }
          do {
            c = this.nextc();
          } while (c === 48 || c === 49);
        } while (c === 95);
        if (isDigit(c)) this.error(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, "binary");
      } else {
        let nonzero = false;
        for (;;) {
          if (c === 95) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              this.error("invalid decimal literal");
            }
          }
          if (c !== 48) break;
          c = this.nextc();
        }
        const zerosEnd = this.pos;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === 46) {
          c = this.nextc();
          c = this.fraction(c);
          return this.numberEnd(c, start);
        }
        if (c === 101 || c === 69) return this.exponent(c, start);
        if (c === 106 || c === 74) return this.imaginary(start);
        if (nonzero && !this.extraTokens) {
          this.backup(c);
          const ls = this.lineStart;
          this.errorRange(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            countCodePoints(this.src, ls, start) + 1,
            countCodePoints(this.src, ls, zerosEnd - 1) + 1,
          );
        }
        this.verifyEndOfNumber(c, "decimal");
      }
      this.backup(c);
      return this.make(T.NUMBER, start, this.pos);
    }
    c = this.decimalTail();
    if (c === 46) {
      c = this.nextc();
      c = this.fraction(c);
    }
    return this.numberEnd(c, start);
  }

  private fraction(c: number): number {
    if (isDigit(c)) c = this.decimalTail();
    return c;
  }

  /** After the integer/fraction part: optional exponent and imaginary suffix. */
  private numberEnd(c: number, start: number): Token {
    if (c === 101 || c === 69) return this.exponent(c, start);
    if (c === 106 || c === 74) return this.imaginary(start);
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    return this.make(T.NUMBER, start, this.pos);
  }

  private exponent(e: number, start: number): Token {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.error("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, "decimal");
      this.backup(e);
      return this.make(T.NUMBER, start, this.pos);
    }
    c = this.decimalTail();
    if (c === 106 || c === 74) return this.imaginary(start);
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    return this.make(T.NUMBER, start, this.pos);
  }

  private imaginary(start: number): Token {
    const c = this.nextc();
    this.verifyEndOfNumber(c, "imaginary");
    this.backup(c);
    return this.make(T.NUMBER, start, this.pos);
  }

  // ---- strings ---------------------------------------------------------------------------------

  private stringLiteral(quote: number, start: number): Token {
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let hasEscapedQuote = false;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    if (quoteSize === 1 && endQuoteSize === 0) {
      // Fast path for the common one-line string: scan to the closing quote directly. Newlines,
      // backslash-newlines and the end of the source go to the general loop below.
      const src = this.src;
      const n = src.length;
      for (let i = this.pos; i < n; i++) {
        const ch = src.charCodeAt(i);
        if (ch === quote) {
          this.pos = i + 1;
          return this.make(T.STRING, start, this.pos);
        }
        if (ch === 10) break;
        if (ch === 92) {
          if (i + 1 >= n || src.charCodeAt(i + 1) === 10) break;
          i++;
        }
      }
    }
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        // At EOF the final newline has been consumed: the last line is the one before.
        const detected = c === EOF ? this.lineno - 1 : this.lineno;
        this.pos = start + 1;
        this.lineStart = firstLineStart;
        this.lineno = firstLine;
        if (this.insideFString()) {
          const m = this.modes[this.modes.length - 1];
          if (m.quote === quote && m.quoteSize === quoteSize) this.error("f-string: expecting '}'");
        }
        if (quoteSize === 3) this.error(`unterminated triple-quoted string literal (detected at line ${detected})`);
        if (hasEscapedQuote) {
          this.error(`unterminated string literal (detected at line ${detected}); perhaps you escaped the end quote?`);
        }
        this.error(`unterminated string literal (detected at line ${detected})`);
      }
      if (c === 10) this.newLine();
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) {
          c = this.nextc();
          if (c === quote) hasEscapedQuote = true;
          if (c === 10) this.newLine();
        }
      }
    }
    return this.make(T.STRING, start, this.pos);
  }

  private fstringStart(quote: number, start: number): Token {
    let quoteSize = 1;
    const after = this.nextc();
    if (after === quote) {
      const after2 = this.nextc();
      if (after2 === quote) quoteSize = 3;
      else {
        this.backup(after2);
        this.backup(after);
      }
    } else this.backup(after);
    if (this.modes.length >= MAXFSTRINGLEVEL) this.error("too many nested f-strings");
    const m = new TokMode();
    m.kind = Mode.FString;
    m.quote = quote;
    m.quoteSize = quoteSize;
    m.start = start;
    m.startLine = this.lineno;
    m.startLineStart = this.lineStart;
    const p0 = this.src.charCodeAt(start) | 0x20;
    m.raw = p0 === 114 || (this.src.charCodeAt(start + 1) | 0x20) === 114;
    this.modes.push(m);
    return this.make(T.FSTRING_START, start, this.pos);
  }

  private nextFString(mode: TokMode): Token {
    this.markStart();
    const start = this.pos;
    const src = this.src;
    let c = this.nextc();
    if (c === 123) {
      const peek = this.nextc();
      this.backup(peek);
      this.backup(c);
      if (peek !== 123) {
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) this.error("f-string: expressions nested too deeply");
        mode.kind = Mode.Regular;
        return this.nextRegular(mode);
      }
    } else this.backup(c);

    // End of the string?
    let i = 0;
    for (; i < mode.quoteSize; i++) {
      if (this.pos + i >= src.length || src.charCodeAt(this.pos + i) !== mode.quote) break;
    }
    if (i === mode.quoteSize) {
      this.pos += mode.quoteSize;
      this.modes.pop();
      return this.make(T.FSTRING_END, start, this.pos);
    }

    let endQuoteSize = 0;
    let unicodeEscape = false;
    while (endQuoteSize !== mode.quoteSize) {
      c = this.nextc();
      const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
      if (c === EOF || (mode.quoteSize === 1 && c === 10)) {
        if (inFormatSpec && c === 10) {
          this.backup(c);
          mode.kind = Mode.Regular;
          mode.inFormatSpec = false;
          return this.make(T.FSTRING_MIDDLE, start, this.pos);
        }
        const detected = c === EOF ? this.lineno - 1 : this.lineno;
        this.pos = mode.start + 1;
        this.lineStart = mode.startLineStart;
        this.lineno = mode.startLine;
        if (mode.quoteSize === 3) {
          this.error(`unterminated triple-quoted f-string literal (detected at line ${detected})`);
        }
        this.error(`unterminated f-string literal (detected at line ${detected})`);
      }
      if (c === 10) this.newLine();
      if (c === mode.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === 123) {
        const peek = this.nextc();
        if (peek !== 123 || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          mode.exprStartDepth++;
          if (mode.exprStartDepth >= MAX_EXPR_NESTING) this.error("f-string: expressions nested too deeply");
          mode.kind = Mode.Regular;
          mode.inFormatSpec = false;
          return this.make(T.FSTRING_MIDDLE, start, this.pos);
        }
        // '{{': the token text keeps one brace; the second one is skipped.
        return this.makeMiddle(start, this.pos - 1, this.pos);
      }
      if (c === 125) {
        if (unicodeEscape) {
          return this.make(T.FSTRING_MIDDLE, start, this.pos);
        }
        const peek = this.nextc();
        if (peek === 125 && !inFormatSpec && mode.curlyDepth === 0) {
          return this.makeMiddle(start, this.pos - 1, this.pos);
        }
        this.backup(peek);
        this.backup(c);
        mode.kind = Mode.Regular;
        mode.inFormatSpec = false;
        return this.make(T.FSTRING_MIDDLE, start, this.pos);
      }
      if (c === 92) {
        let peek = this.nextc();
        if (peek === 123 || peek === 125) {
          this.backup(peek);
          continue;
        }
        if (peek === 10) this.newLine();
        if (!mode.raw && peek === 78) {
          peek = this.nextc();
          if (peek === 123) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }
    // Leave the closing quotes for FSTRING_END.
    this.pos -= mode.quoteSize;
    return this.make(T.FSTRING_MIDDLE, start, this.pos);
  }

  /** An FSTRING_MIDDLE whose text ends at `textEnd` but which consumed up to `consumed` ('{{', '}}'). */
  private makeMiddle(start: number, textEnd: number, consumed: number): Token {
    // CPython's token text drops the second brace, but its end column is where the lexer stopped.
    this.pos = consumed;
    const tok = this.make(T.FSTRING_MIDDLE, start, consumed);
    tok.value = this.src.slice(start, textEnd);
    return tok;
  }

  /** True when the tokenizer is inside an f-string replacement field (used by the parser's errors). */
  get fstringDepth(): number {
    return this.modes.length - 1;
  }
}

// ---- helpers ---------------------------------------------------------------------------------

/** ASCII identifier characters [A-Za-z0-9_]. */
const ID_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ID_CHAR[c] = isPotentialIdentifierChar(c) ? 1 : 0;

/** Keywords grouped by first character, to recognise them without slicing or hashing. */
const KW_BY_FIRST: [string, number][][] = [];
T.KEYWORDS.forEach((kw, i) => {
  const f = kw.charCodeAt(0);
  (KW_BY_FIRST[f] ??= []).push([kw, T.KW_BASE + i]);
});

/** The keyword token type of src[start, end), or 0. */
function keywordType(src: string, start: number, end: number): number {
  const len = end - start;
  if (len < 2 || len > 8) return 0;
  const cands = KW_BY_FIRST[src.charCodeAt(start)];
  if (cands === undefined) return 0;
  for (let i = 0; i < cands.length; i++) {
    const kw = cands[i][0];
    if (kw.length === len && src.startsWith(kw, start)) return cands[i][1];
  }
  return 0;
}

const OP_TEXT: string[] = [];
for (const [text, type] of T.OPERATORS) OP_TEXT[type] = text;

const ONE_CHAR: Record<number, number> = {};
for (const [s, t] of T.OPERATORS) if (s.length === 1) ONE_CHAR[s.charCodeAt(0)] = t;

function twoChars(c1: number, c2: number): number {
  switch (c1) {
    case 33: // !
      return c2 === 61 ? T.NOTEQUAL : T.OP;
    case 37: // %
      return c2 === 61 ? T.PERCENTEQUAL : T.OP;
    case 38: // &
      return c2 === 61 ? T.AMPEREQUAL : T.OP;
    case 42: // *
      return c2 === 42 ? T.DOUBLESTAR : c2 === 61 ? T.STAREQUAL : T.OP;
    case 43: // +
      return c2 === 61 ? T.PLUSEQUAL : T.OP;
    case 45: // -
      return c2 === 61 ? T.MINEQUAL : c2 === 62 ? T.RARROW : T.OP;
    case 47: // /
      return c2 === 47 ? T.DOUBLESLASH : c2 === 61 ? T.SLASHEQUAL : T.OP;
    case 58: // :
      return c2 === 61 ? T.COLONEQUAL : T.OP;
    case 60: // <
      return c2 === 60 ? T.LEFTSHIFT : c2 === 61 ? T.LESSEQUAL : c2 === 62 ? T.NOTEQUAL : T.OP;
    case 61: // =
      return c2 === 61 ? T.EQEQUAL : T.OP;
    case 62: // >
      return c2 === 61 ? T.GREATEREQUAL : c2 === 62 ? T.RIGHTSHIFT : T.OP;
    case 64: // @
      return c2 === 61 ? T.ATEQUAL : T.OP;
    case 94: // ^
      return c2 === 61 ? T.CIRCUMFLEXEQUAL : T.OP;
    case 124: // |
      return c2 === 61 ? T.VBAREQUAL : T.OP;
    default:
      return T.OP;
  }
}
function threeChars(c1: number, c2: number, c3: number): number {
  if (c3 !== 61) return T.OP;
  if (c1 === 42 && c2 === 42) return T.DOUBLESTAREQUAL;
  if (c1 === 47 && c2 === 47) return T.DOUBLESLASHEQUAL;
  if (c1 === 60 && c2 === 60) return T.LEFTSHIFTEQUAL;
  if (c1 === 62 && c2 === 62) return T.RIGHTSHIFTEQUAL;
  return T.OP;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? "0000".slice(h.length) + h : h;
}

export function countCodePoints(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** CPython's _PyPegen_byte_offset_to_character_offset: 1-based byte column -> character column. */
export function byteToCharOffset(line: string, byteCol: number): number {
  if (byteCol <= 0) return byteCol;
  const total = utf8Length(line, 0, line.length);
  if (byteCol > total + 1) byteCol = total + 1;
  // Count the characters whose bytes start within the first byteCol bytes (partial ones count: "replace").
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteCol; i++) {
    const c = line.charCodeAt(i);
    let n: number;
    if (c < 0x80) n = 1;
    else if (c < 0x800) n = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      n = 4;
      i++;
    } else n = 3;
    bytes += n;
    chars++;
  }
  if (bytes < byteCol) chars += byteCol - bytes;
  return chars;
}

export function lineStartOf(src: string, lineno: number): number {
  let p = 0;
  for (let l = 1; l < lineno; l++) {
    const e = src.indexOf("\n", p);
    if (e < 0) return src.length;
    p = e + 1;
  }
  return p;
}
