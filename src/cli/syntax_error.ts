// Prints an uncaught SyntaxError (or IndentationError / TabError) exactly as CPython 3.13 prints it
// when a script fails to compile (`python3.13 bad.py`): CPython 3.13 hands the exception to
// `traceback._print_exception_bltin`, i.e. `TracebackException.format_exception_only`, whose
// `_format_syntax_error` is ported here rule by rule (uncolored; stderr that is not a terminal).

import type { PySyntaxError } from "../parser/errors.js";

/**
 * The attributes of a SyntaxError instance that the formatter reads. `null`/`undefined` stand for
 * Python's `None` (CPython leaves `lineno`, `offset`, ... as None for some errors, e.g. encoding
 * problems found while reading a script).
 */
export interface SyntaxErrorFields {
  kind: string;
  msg: string | null | undefined;
  filename: string | null | undefined;
  lineno: number | null | undefined;
  offset: number | null | undefined;
  text: string | null | undefined;
  end_lineno: number | null | undefined;
  end_offset: number | null | undefined;
}

/** What `python3.13 FILE.py` writes to stderr for an uncaught syntax error (every line ends in "\n"). */
export function formatSyntaxError(e: PySyntaxError | SyntaxErrorFields): string {
  return formatSyntaxErrorFields(e);
}

/** `str.isspace()` of CPython for one code point. */
function isPySpace(cp: number): boolean {
  return (
    (cp >= 0x09 && cp <= 0x0d) ||
    (cp >= 0x1c && cp <= 0x20) ||
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

const isNone = (v: unknown): v is null | undefined => v === null || v === undefined;

export function formatSyntaxErrorFields(e: SyntaxErrorFields): string {
  const out: string[] = [];
  let filenameSuffix = "";
  if (!isNone(e.lineno)) {
    out.push(`  File "${e.filename || "<string>"}", line ${e.lineno}\n`);
  } else if (!isNone(e.filename)) {
    filenameSuffix = ` (${e.filename})`;
  }

  const text = e.text;
  if (!isNone(text)) {
    // Python works on code points: split once, slice arrays.
    const textCps = Array.from(text);
    // rtext = text.rstrip('\n')
    let rEnd = textCps.length;
    while (rEnd > 0 && textCps[rEnd - 1] === "\n") rEnd--;
    // ltext = rtext.lstrip(' \n\f')
    let lStart = 0;
    while (lStart < rEnd) {
      const c = textCps[lStart];
      if (c !== " " && c !== "\n" && c !== "\f") break;
      lStart++;
    }
    const rtextLen = rEnd;
    const ltextCps = textCps.slice(lStart, rEnd);
    const ltext = ltextCps.join("");
    const spaces = rtextLen - ltextCps.length;
    if (isNone(e.offset)) {
      out.push(`    ${ltext}\n`);
    } else {
      let offset = e.offset;
      let endOffset: number;
      // CPython compares str(lineno) with str(end_lineno); None == None holds as well.
      const sameLine = (isNone(e.lineno) && isNone(e.end_lineno)) || e.lineno === e.end_lineno;
      if (sameLine) {
        endOffset = isNone(e.end_offset) || e.end_offset === 0 ? offset : e.end_offset;
      } else {
        endOffset = rtextLen + 1;
      }
      const textLen = textCps.length;
      if (textLen > 0 && offset > textLen) offset = rtextLen + 1;
      if (textLen > 0 && endOffset > textLen) endOffset = rtextLen + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;

      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        // Non-space whitespace (like tabs) is kept so the carets line up.
        let caretSpace = "";
        const n = Math.min(colno, ltextCps.length);
        for (let i = 0; i < n; i++) {
          const c = ltextCps[i]!;
          caretSpace += isPySpace(c.codePointAt(0)!) ? c : " ";
        }
        out.push(`    ${ltext}\n`);
        out.push(`    ${caretSpace}${"^".repeat(Math.max(0, endColno - colno))}\n`);
      } else {
        out.push(`    ${ltext}\n`);
      }
    }
  }
  const msg = e.msg || "<no detail available>";
  out.push(`${e.kind}: ${msg}${filenameSuffix}\n`);
  return out.join("");
}
