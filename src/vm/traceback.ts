// Printing uncaught exceptions as CPython 3.13 does (Lib/traceback.py's TracebackException.format):
// chained exceptions, "Traceback (most recent call last):", frames with their source line, and the
// final "Type: message" line.

import { readFileSync } from "node:fs";
import { None, typeOf } from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import { PyBaseException, SyntaxError } from "../objects/exceptions.js";
import { PyList } from "../objects/list.js";
import type { PyObject } from "../objects/object.js";
import { typeModule } from "../objects/object_type.js";
import { str as pyStr } from "./abstract.js";
import type { PyTraceback } from "./errors.js";
import { lineOf } from "./linetable.js";

const sourceCache = new Map<string, string[] | null>();

/** Source lines of a file (linecache), or null when unreadable. */
export function getLines(filename: string): string[] | null {
  let lines = sourceCache.get(filename);
  if (lines !== undefined) return lines;
  try {
    lines = readFileSync(filename, "utf8").split(/(?<=\n)/);
  } catch {
    lines = null;
  }
  sourceCache.set(filename, lines);
  return lines;
}

/** Registers source text for a pseudo-file (e.g. `-c` commands, `<stdin>`), as linecache does. */
export function registerSource(filename: string, text: string): void {
  sourceCache.set(filename, text.split(/(?<=\n)/));
}

/** Hook that renders one frame's source line with position markers (improved by traceback_format). */
export const frameLineHook: {
  format: (filename: string, line: string, lineno: number, code: PyObject, lasti: number) => string[];
} = {
  format: (_f, line) => [`    ${line.trim()}\n`],
};

function formatTb(tb: PyObject): string[] {
  const out: string[] = [];
  const entries: PyTraceback[] = [];
  for (let t = tb; t !== None && t !== null && t !== undefined; t = (t as PyTraceback).next) entries.push(t);
  let lastKey = "";
  let repeat = 0;
  const flushRepeat = () => {
    if (repeat > 3) {
      const n = repeat - 3;
      out.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`);
    }
  };
  for (const e of entries) {
    const code = e.frame.code;
    const lineno = lineOf(code, e.lasti);
    const key = `${code.co_filename}\0${lineno}\0${code.co_name}`;
    if (key === lastKey) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flushRepeat();
      lastKey = key;
      repeat = 1;
    }
    out.push(`  File "${code.co_filename}", line ${lineno < 0 ? "None" : lineno}, in ${code.co_name}\n`);
    const lines = getLines(code.co_filename);
    const text = lines !== null && lineno > 0 ? lines[lineno - 1] : undefined;
    if (text !== undefined && text.trim() !== "") {
      out.push(...frameLineHook.format(code.co_filename, text, lineno, code, e.lasti));
    }
  }
  flushRepeat();
  return out;
}

/** "module.Type: message" (the last line of a traceback). */
export function formatExceptionOnly(exc: PyBaseException): string[] {
  const t = exc.type;
  const mod = typeModule(t);
  let name = mod === "builtins" || mod === "__main__" ? t.qualname : `${mod}.${t.qualname}`;
  if (mod === "__main__") name = t.qualname;
  if (t.isSubtype(SyntaxError)) return syntaxErrorHook.format(exc, name);
  let msg: string;
  try {
    msg = pyStr(exc);
  } catch {
    msg = `<exception str() failed>`;
  }
  const out = [msg === "" ? `${name}\n` : `${name}: ${msg}\n`];
  const suggestion = suggestionHook.suggest(exc);
  if (suggestion !== null && out[0]) out[0] = out[0].replace(/\n$/, `${suggestion}\n`);
  const notes = exc.dict instanceof PyDict ? exc.dict.getStr("__notes__") : undefined;
  if (notes instanceof PyList) {
    for (const n of notes.items) out.push(`${typeof n === "string" ? n : pyStr(n)}\n`);
  }
  return out;
}

export const syntaxErrorHook: { format: (exc: PyBaseException, name: string) => string[] } = {
  format: (exc, name) => [`${name}: ${pyStr(exc)}\n`],
};
export const suggestionHook: { suggest: (exc: PyBaseException) => string | null } = {
  suggest: () => null,
};

/** The full report for an uncaught exception, chained exceptions first. */
export function formatException(exc: PyBaseException): string {
  const out: string[] = [];
  const seen = new Set<PyBaseException>();
  const visit = (e: PyBaseException) => {
    seen.add(e);
    if (e.cause instanceof PyBaseException && !seen.has(e.cause)) {
      visit(e.cause);
      out.push("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (!e.suppressContext && e.context instanceof PyBaseException && !seen.has(e.context)) {
      visit(e.context);
      out.push("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (e.traceback !== None && e.traceback !== null) {
      out.push("Traceback (most recent call last):\n");
      out.push(...formatTb(e.traceback));
    }
    out.push(...groupHook.format(e));
  };
  visit(exc);
  return out.join("");
}

export const groupHook: { format: (e: PyBaseException) => string[] } = {
  format: (e) => formatExceptionOnly(e),
};

export { typeOf };
