// `python -m tokenize [-e] [filename.py]` (Lib/tokenize.py `main()` of CPython 3.13).
//
// A file is read as bytes: `detect_encoding` finds the codec (UTF-8 BOM, PEP 263 cookie on line 1 or
// 2) and its problems are reported as "FILE: error: MSG"; the tokens, starting with ENCODING, are all
// produced before any is printed. Standard input is read as UTF-8 text, without an ENCODING token,
// and tokens are printed as they come. The token stream is that of `_tokenize.TokenizerIter(...,
// extra_tokens=True)` (Python/Python-tokenize.c): operators are OP (the exact type with -e),
// NEWLINE/NL keep the line's "\r\n", trailing DEDENTs and ENDMARKER sit at column 0 of the line after
// the last one, columns count characters. Tokenizer errors print "FILE:LINE:COL: error: MSG" with the
// positions `_tokenize` gives them, and exit with status 1.

import * as fs from "node:fs";
import * as nodePath from "node:path";
import { ArgParser } from "../cli/argparse.js";
import type { CliIO } from "../cli/io.js";
import { strRepr } from "../objects/str.js";
import { PySyntaxError } from "../parser/errors.js";
import { CodecError, decodeUtf8, getNormalName, lookupCodec, NotTextEncodingError } from "../parser/source.js";
import { Tokenizer, utf8Length } from "../parser/tokenizer.js";
import * as T from "../parser/tokens.js";

/** One token as `tokenize.TokenInfo` has it (without `line`). */
export interface TokenInfo {
  type: number;
  string: string;
  startLine: number;
  startCol: number;
  endLine: number;
  endCol: number;
}

/** What `tokenize.main()` catches: TokenError, IndentationError/TabError, or a plain SyntaxError. */
export class TokenizeError extends Error {
  constructor(
    public kind: "TokenError" | "IndentationError" | "TabError" | "SyntaxError",
    public msg: string,
    public lineno: number,
    public offset: number,
  ) {
    super(msg);
  }
}

/** The exact token type of an OP token (`TokenInfo.exact_type`). */
export function exactType(type: number, string: string): number {
  if (type !== T.OP) return type;
  return T.OPERATORS.get(string) ?? T.OP;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Number of code points in s[from, to). */
function codePoints(s: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * Tokenizes decoded source text as `_tokenize.TokenizerIter(readline, extra_tokens=True)` does,
 * calling `emit` for each token and `warn` for each SyntaxWarning the lexer issues (an invalid `\{`
 * or `\}` escape in a non-raw f-string); throws a TokenizeError where CPython raises.
 */
export function generateTokens(
  text: string,
  emit: (tok: TokenInfo) => void,
  warn: (lineno: number, msg: string) => void = () => {},
): void {
  const tokenizer = new Tokenizer(text, { extraTokens: true, filename: "<string>" });
  const src = tokenizer.src; // newline-normalised, ends with "\n" unless empty
  const ascii = isAscii(text);

  // Line starts (1-based lines), in the normalised source and in the original text ("\r\n" kept).
  const normStarts: number[] = [0, 0];
  const origStarts: number[] = [0, 0];
  for (let p = 0, o = 0; ; ) {
    const nl = src.indexOf("\n", p);
    if (nl < 0) break;
    o += nl - p;
    o += text.charCodeAt(o) === 13 && text.charCodeAt(o + 1) === 10 ? 2 : 1;
    p = nl + 1;
    normStarts.push(p);
    origStarts.push(o);
  }
  const lastLine = normStarts.length - 2; // number of lines
  const hasCR = text.includes("\r");
  // CPython reads lines up to "\n": a final "\r" gets a newline added after it, like a final line
  // without any line break. (A "\r" alone elsewhere is a line break here but not in CPython.)
  const implicitNewline = tokenizer.implicitNewline || text.charCodeAt(text.length - 1) === 13;

  const lineOf = (pos: number, hint: number): number => {
    let l = Math.max(hint, 1);
    while (l + 1 < normStarts.length && normStarts[l + 1]! <= pos) l++;
    while (l > 1 && normStarts[l]! > pos) l--;
    return l;
  };
  const origIndex = (pos: number, line: number): number => origStarts[line]! + (pos - normStarts[line]!);
  const column = (pos: number, line: number): number => {
    if (ascii) return pos - normStarts[line]!;
    return codePoints(text, origStarts[line]!, origIndex(pos, line));
  };

  // CPython's tokenizer reads the source line by line into a buffer, which it empties when a line
  // starts a new token scan outside any f-string: after a NEWLINE or NL token, so not after a
  // backslash continuation nor inside a multi-line string. E_EOF errors report the buffer's size.
  let bufferStart = 0;
  let fstringDepth = 0;
  const rawStack: boolean[] = [];

  /** Where the buffer starts now (index in src). */
  const bufferFrom = (): number => {
    // A backslash continuation in a line's indentation is read before any token starts: the buffer is
    // emptied again for the next line.
    for (;;) {
      let p = bufferStart;
      while (p < src.length && (src[p] === " " || src[p] === "\t" || src[p] === "\f")) p++;
      if (src[p] !== "\\" || src[p + 1] !== "\n") break;
      bufferStart = p + 2;
    }
    return bufferStart;
  };

  const eofError = (): TokenizeError => {
    bufferFrom();
    const from = origIndex(bufferStart, lineOf(bufferStart, lastLine));
    const bytes = utf8Length(text, from, text.length) + (implicitNewline && bufferStart < src.length ? 1 : 0);
    return new TokenizeError("TokenError", "unexpected EOF in multi-line statement", lastLine, bytes);
  };

  const translateError = (err: PySyntaxError): TokenizeError => {
    const msg = err.msg;
    if (msg === "unexpected EOF in multi-line statement" || msg === "unexpected EOF while parsing") {
      return eofError();
    }
    if (/^'.' was never closed$/.test(msg)) return eofError();
    // Errors reported through tok->done (Python-tokenize.c `_tokenizer_error`): the offset is one
    // past the characters in the buffer, up to the end of the error's line (its "\r" included).
    const lineEndOffset = (lineno: number): number => {
      const start = Math.min(bufferFrom(), normStarts[lineno] ?? src.length);
      const from = origIndex(start, lineOf(start, lineno));
      let to = text.indexOf("\n", origStarts[lineno] ?? text.length);
      if (to < 0) to = text.length;
      return codePoints(text, from, to) + 1;
    };
    if (err.kind === "IndentationError" || err.kind === "TabError") {
      return new TokenizeError(err.kind, msg, err.lineno ?? 0, lineEndOffset(err.lineno ?? 0));
    }
    if (msg === "unexpected character after line continuation character") {
      return new TokenizeError("TokenError", msg, err.lineno ?? 0, lineEndOffset(err.lineno ?? 0));
    }
    // tokenize._transform_msg
    const m = msg.includes("unterminated triple-quoted string literal") ? "EOF in multi-line string" : msg;
    return new TokenizeError("TokenError", m, err.lineno ?? 0, err.offset ?? 0);
  };

  /** The lexer's SyntaxWarnings for "\{" and "\}" in a non-raw f-string's literal part. */
  const checkEscapes = (from: number, to: number, hintLine: number): void => {
    for (let i = src.indexOf("\\", from); i >= 0 && i < to; i = src.indexOf("\\", i + 2)) {
      const peek = src.charCodeAt(i + 1);
      if (peek === 123 || peek === 125) {
        warn(lineOf(i, hintLine), `invalid escape sequence '\\${String.fromCharCode(peek)}'`);
        i--; // the brace is read again on its own
      }
    }
  };

  // The NUL check of CPython's tokenizer, which happens when it reads the line holding the NUL.
  const nul = text.indexOf("\0");
  const nulLine = nul < 0 ? -1 : lineOf(nul - (hasCR ? countCRLF(text, nul) : 0), 1);

  let prevLine = 1;
  for (;;) {
    let tok: T.Token;
    try {
      if (nulLine >= 0 && tokenizer.lineno >= nulLine) {
        throw new TokenizeError("TokenError", "source code cannot contain null bytes", nulLine, 0);
      }
      tok = tokenizer.next();
    } catch (err) {
      if (err instanceof PySyntaxError) throw translateError(err);
      throw err;
    }
    let type = tok.type;
    if (type === T.ENDMARKER || (type === T.DEDENT && tok.start >= src.length)) {
      // Trailing tokens sit at column 0 of the line after the last one.
      emit({ type, string: "", startLine: lastLine + 1, startCol: 0, endLine: lastLine + 1, endCol: 0 });
      if (type === T.ENDMARKER) return;
      continue;
    }
    const startLine = lineOf(tok.start, prevLine);
    const startCol = column(tok.start, startLine);
    let string: string;
    let endLine: number;
    let endCol: number;
    if (type === T.NEWLINE || type === T.NL) {
      // "\n" or "\r\n" as in the source; "" for the newline the tokenizer added at the end, and
      // after a final "\r", "\r" for a NEWLINE and "" for an NL (Python-tokenize.c's quirks).
      const o = origIndex(tok.start, startLine);
      const cr = text.charCodeAt(o) === 13;
      if (implicitNewline && tok.start === src.length - 1) string = cr && type === T.NEWLINE ? "\r" : "";
      else string = cr ? "\r\n" : "\n";
      endLine = startLine;
      endCol = startCol + (cr ? 2 : 1);
      if (fstringDepth === 0) bufferStart = tok.start + 1;
    } else {
      // An FSTRING_MIDDLE ending in "{{" or "}}" shows one brace and ends before the second one.
      const end = type === T.FSTRING_MIDDLE ? tok.start + tok.value.length : tok.end;
      endLine = lineOf(end, startLine);
      endCol = column(end, endLine);
      string = hasCR ? text.slice(origIndex(tok.start, startLine), origIndex(end, endLine)) : tok.value;
      if (type === T.FSTRING_START) {
        fstringDepth++;
        rawStack.push(/[rR]/.test(tok.value));
      } else if (type === T.FSTRING_END) {
        fstringDepth--;
        rawStack.pop();
      } else if (type === T.FSTRING_MIDDLE && !rawStack[rawStack.length - 1]) {
        checkEscapes(tok.start, tok.end, startLine);
      } else if (type === T.ERRORTOKEN || (type >= T.LPAR && type < T.OP)) {
        type = T.OP;
      }
    }
    prevLine = endLine;
    emit({ type, string, startLine, startCol, endLine, endCol });
  }
}

function countCRLF(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\r\n"); i >= 0 && i < end; i = text.indexOf("\r\n", i + 2)) n++;
  return n;
}

// ---- detect_encoding (Lib/tokenize.py) ------------------------------------------------------------

const COOKIE_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_RE = /^[ \t\f]*(?:[#\r\n]|$)/;

/** Splits bytes into lines the way a binary file's readline() does (after each b"\n"). */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let p = 0;
  while (p < bytes.length) {
    const nl = bytes.indexOf(10, p);
    const e = nl < 0 ? bytes.length : nl + 1;
    lines.push(bytes.subarray(p, e));
    p = e;
  }
  return lines;
}

function syntaxError(msg: string): TokenizeError {
  return new TokenizeError("SyntaxError", msg, 0, 0);
}

/** tokenize.detect_encoding: [encoding, number of bytes of BOM to skip]. */
export function detectEncoding(bytes: Uint8Array, filename: string | null): [string, number] {
  const lines = splitLines(bytes);
  let bomFound = false;
  let dflt = "utf-8";
  let first = lines[0] ?? new Uint8Array(0);
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) {
    bomFound = true;
    first = first.subarray(3);
    dflt = "utf-8-sig";
  }
  const skip = bomFound ? 3 : 0;
  if (first.length === 0) return [dflt, skip];

  const findCookie = (line: Uint8Array): string | null => {
    let lineString: string;
    try {
      lineString = decodeUtf8(line, "strict");
    } catch (err) {
      if (!(err instanceof CodecError)) throw err;
      let msg = "invalid or missing encoding declaration";
      if (filename !== null) msg = `${msg} for ${strRepr(filename)}`;
      throw syntaxError(msg);
    }
    const match = COOKIE_RE.exec(lineString);
    if (!match) return null;
    const encoding = getNormalName(match[1]!);
    if (lookupCodec(encoding) === null) {
      throw syntaxError(
        filename === null ? `unknown encoding: ${encoding}` : `unknown encoding for ${strRepr(filename)}: ${encoding}`,
      );
    }
    if (bomFound) {
      if (encoding !== "utf-8") {
        throw syntaxError(
          filename === null ? "encoding problem: utf-8" : `encoding problem for ${strRepr(filename)}: utf-8`,
        );
      }
      return `${encoding}-sig`;
    }
    return encoding;
  };

  let encoding = findCookie(first);
  if (encoding) return [encoding, skip];
  if (!BLANK_RE.test(latin1(first))) return [dflt, skip];
  const second = lines[1];
  if (!second || second.length === 0) return [dflt, skip];
  encoding = findCookie(second);
  if (encoding) return [encoding, skip];
  return [dflt, skip];
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/** Decodes the source line by line with errors="replace", as the C tokenizer's readline mode does. */
function decodeLines(bytes: Uint8Array, encoding: string): string {
  const codec = lookupCodec(encoding);
  if (codec === null) throw new Error(`unknown encoding: ${encoding}`);
  if (codec.name === "utf-8" || codec.name === "utf-8-sig" || codec.name === "iso8859-1") {
    // Line-by-line and whole-text decoding agree for these codecs.
    return codec.decode(bytes, "replace");
  }
  return splitLines(bytes)
    .map((line) => codec.decode(line, "replace"))
    .join("");
}

// ---- main ------------------------------------------------------------------------------------------

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EPERM: [1, "Operation not permitted"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
  ELOOP: [40, "Too many levels of symbolic links"],
  ENAMETOOLONG: [36, "File name too long"],
};

/** `"%-Ns" % s`: pads to N characters (code points). */
function padTo(s: string, width: number): string {
  const n = isAscii(s) ? s.length : codePoints(s, 0, s.length);
  return n >= width ? s : s + " ".repeat(width - n);
}

function formatToken(tok: TokenInfo, exact: boolean): string {
  const type = exact ? exactType(tok.type, tok.string) : tok.type;
  const range = `${tok.startLine},${tok.startCol}-${tok.endLine},${tok.endCol}:`;
  return `${padTo(range, 20)}${padTo(T.TOK_NAMES[type]!, 15)}${padTo(strRepr(tok.string), 15)}\n`;
}

/** `python -m tokenize`: receives `sys.argv[1:]`, returns the exit status. */
export function tokenizeMain(argv: string[], io: CliIO): number {
  const parser = new ArgParser("python -m tokenize", io);
  parser.add({
    optionStrings: [],
    dest: "filename",
    nargs: "?",
    help: "the file to tokenize; defaults to stdin",
    kind: "store",
    defaultValue: null,
    metavar: "filename.py",
  });
  parser.add({
    optionStrings: ["-e", "--exact"],
    dest: "exact",
    nargs: 0,
    help: "display token names using the exact type",
    kind: "store_const",
    constValue: true,
    defaultValue: false,
  });
  const args = parser.parseArgs(argv);
  const exact = args["exact"] === true;
  const given = args["filename"] as string | null;

  const perror = (message: string): void => io.stderr(`${message}\n`);
  // warnings.showwarning for the lexer's SyntaxWarnings (its filename is "<string>", no source line).
  const warn = (lineno: number, msg: string): void => io.stderr(`<string>:${lineno}: SyntaxWarning: ${msg}\n`);
  let filename = "<stdin>";
  try {
    if (given) {
      filename = given;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(fs.readFileSync(nodePath.resolve(io.cwd(), given)));
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (typeof e.code !== "string") throw err;
        const [errno, strerror] = ERRNO[e.code] ?? [typeof e.errno === "number" ? Math.abs(e.errno) : 0, e.message];
        perror(`error: [Errno ${errno}] ${strerror}: ${strRepr(given)}`);
        return 1;
      }
      const [encoding, skip] = detectEncoding(bytes, given);
      const shown = encoding === "utf-8-sig" ? "utf-8" : encoding;
      const text = decodeLines(bytes.subarray(skip), shown);
      const out: string[] = [
        formatToken({ type: T.ENCODING, string: shown, startLine: 0, startCol: 0, endLine: 0, endCol: 0 }, exact),
      ];
      generateTokens(text, (tok) => out.push(formatToken(tok, exact)), warn);
      io.stdout(out.join(""));
    } else {
      const bytes = io.readStdin();
      const text = decodeUtf8(bytes, "strict");
      let out: string[] = [];
      try {
        generateTokens(
          text,
          (tok) => {
            out.push(formatToken(tok, exact));
            if (out.length >= 512) {
              io.stdout(out.join(""));
              out = [];
            }
          },
          warn,
        );
      } finally {
        if (out.length) io.stdout(out.join(""));
      }
    }
  } catch (err) {
    if (err instanceof TokenizeError) {
      if (err.kind === "SyntaxError") perror(`${filename}: error: ${err.msg}`);
      else perror(`${filename}:${err.lineno}:${err.offset}: error: ${err.msg}`);
      return 1;
    }
    if (err instanceof CodecError || err instanceof NotTextEncodingError) {
      // CPython prints a traceback after this line.
      perror(`unexpected error: ${err.message}`);
      return 1;
    }
    throw err;
  }
  return 0;
}
