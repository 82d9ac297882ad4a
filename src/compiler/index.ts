// The compiler's public entry points: source or AST -> PyCode, in CPython 3.13's exact bytecode format.
// Pipeline (as CPython's _PyAST_Compile): future features, AST optimizer, symbol table, code generation,
// CFG optimization, assembly.

import * as A from "../generated/ast.js";
import type { PyCode } from "../objects/code.js";
import { parse } from "../parser/index.js";
import { optimizeAst } from "./ast_opt.js";
import { Compiler } from "./codegen.js";
import { PyCF_MASK, PyCF_TYPE_COMMENTS } from "./constants.js";
import { parseFuture } from "./future.js";
import { buildSymtable } from "./symtable.js";

import { PySyntaxError } from "../parser/errors.js";

export { PySyntaxError };

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOpts {
  /** PyCF_* / CO_FUTURE_* flags, as `compile(flags=...)`. */
  flags?: number;
  /** -1 (default: the interpreter's level, 0), 0, 1 (-O: no asserts, __debug__ False) or 2 (-OO: also no docstrings). */
  optimize?: number;
  dontInherit?: boolean;
}

export function compile(
  source: string | Uint8Array | A.mod,
  filename: string,
  mode: CompileMode,
  opts: CompileOpts = {},
): PyCode {
  const flags = opts.flags ?? 0;
  let text: string | null = null;
  let mod: A.mod;
  if (source instanceof A.mod) {
    mod = source;
  } else {
    mod = parse(source, filename, mode, { typeComments: (flags & PyCF_TYPE_COMMENTS) !== 0 });
    text = typeof source === "string" ? source : new TextDecoder("utf-8", { fatal: false }).decode(source);
  }
  return compileAst(mod, filename, opts, text);
}

/** Compiles an AST (`mod`); `source` (when known) supplies the text of error lines. */
export function compileAst(mod: A.mod, filename: string, opts: CompileOpts = {}, source: string | null = null): PyCode {
  const optimize = opts.optimize === undefined || opts.optimize < 0 ? 0 : opts.optimize;
  const errText = source !== null && !/^<.*>$/.test(filename) ? source : null;
  let future: ReturnType<typeof parseFuture>;
  try {
    future = parseFuture(mod, filename);
  } catch (e) {
    // As for other compile errors, the source line comes from the file's text when there is one.
    if (e instanceof PySyntaxError && e.text === null && errText !== null && typeof e.lineno === "number") {
      const line = errText.split(/(?<=\n)/)[e.lineno - 1];
      if (line !== undefined) e.text = line;
    }
    throw e;
  }
  const flags = ((opts.flags ?? 0) | future.features) & ~0;
  optimizeAst(mod, optimize, flags);
  const st = buildSymtable(mod, filename, flags, errText);
  const c = new Compiler(st, {
    filename,
    source: errText,
    optimize,
    flags: flags & (PyCF_MASK | 0x2000),
    interactive: mod instanceof A.Interactive,
    futureLoc: future.loc,
  });
  return c.compileModule(mod);
}

export { PyCode } from "../objects/code.js";
export { opname } from "./opcodes.js";
