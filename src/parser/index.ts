// The front end's public entry point: source (text or bytes) -> AST, or a PySyntaxError.

import type * as A from "../generated/ast.js";
import { PARSER_STACK_OVERFLOW, PyParserLimitError, PySyntaxError } from "./errors.js";
import { type Mode, Parser } from "./parser.js";
import { decodeSource } from "./source.js";
import { Tokenizer } from "./tokenizer.js";

export type { Mode } from "./parser.js";
export { PyParserLimitError, PySyntaxError } from "./errors.js";

export interface ParseOptions {
  typeComments?: boolean;
  /**
   * Whether `filename` is the file the source was read from (CPython then shows error lines as the
   * file has them). Default: true unless the name looks like "<string>".
   */
  fileText?: boolean;
}

export function parse(source: string | Uint8Array, filename: string, mode: Mode, opts: ParseOptions = {}): A.mod {
  const text = typeof source === "string" ? source : decodeSource(source, filename);
  if (text.indexOf("\0") >= 0) {
    // compile() checks the whole string first and leaves every location field None.
    throw new PySyntaxError(
      "SyntaxError",
      "source code string cannot contain null bytes",
      null,
      null,
      null,
      null,
      null,
      null,
    );
  }
  try {
    const tokenizer = new Tokenizer(text, { filename, typeComments: !!opts.typeComments });
    const bom = typeof source !== "string" && source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf;
    return new Parser(tokenizer, filename, { mode, bom, fileText: opts.fileText }).parse(mode);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      // Nesting deeper than the JS stack allows: CPython's parser gives up the same way.
      throw new PyParserLimitError(PARSER_STACK_OVERFLOW);
    }
    throw e;
  }
}
