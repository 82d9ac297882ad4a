// `from __future__ import ...` handling (CPython's Python/future.c).

import * as A from "../generated/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL } from "./constants.js";
import { getDocString } from "./codegen.js";

export interface FutureInfo {
  features: number;
  /** Location of the last valid future import (-1 when none). */
  loc: { lineno: number; col_offset: number };
}

const KNOWN = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "generator_stop",
]);

export function parseFuture(mod: A.mod, filename: string): FutureInfo {
  const info: FutureInfo = { features: 0, loc: { lineno: -1, col_offset: -1 } };
  if (!(mod instanceof A.Module || mod instanceof A.Interactive)) return info;
  const body = mod.body;
  if (!body.length) return info;
  let i = mod instanceof A.Module && getDocString(body) !== null ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (done && s.lineno > prevLine) return info;
    prevLine = s.lineno;
    if (s instanceof A.ImportFrom && s.module === "__future__") {
      if (done) {
        throw new PySyntaxError(
          "SyntaxError",
          "from __future__ imports must occur at the beginning of the file",
          filename,
          s.lineno,
          s.col_offset + 1,
          null,
          s.lineno,
          null,
        );
      }
      for (const a of s.names) {
        const f = a.name;
        if (KNOWN.has(f)) continue;
        if (f === "barry_as_FLUFL") info.features |= CO_FUTURE_BARRY_AS_BDFL;
        else if (f === "annotations") info.features |= CO_FUTURE_ANNOTATIONS;
        else {
          const msg = f === "braces" ? "not a chance" : `future feature ${f} is not defined`;
          throw new PySyntaxError("SyntaxError", msg, filename, s.lineno, s.col_offset + 1, null, s.lineno, null);
        }
      }
      info.loc = { lineno: s.lineno, col_offset: s.col_offset };
    } else {
      done = true;
    }
  }
  return info;
}
