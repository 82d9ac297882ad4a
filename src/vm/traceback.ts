// Uncaught exceptions. `formatException(exc)` is what the interpreter writes to
// stderr for an uncaught exception; the full CPython 3.13 formatter (traceback_format.ts, installed by
// install.ts) is used when present, with a plain fallback (no position markers) if it fails, as CPython
// falls back to its C printer when Lib/traceback.py raises.

import { None } from "../objects/builtin_types.js";
import { PyBaseException } from "../objects/exceptions.js";
import type { PyObject } from "../objects/object.js";
import { typeModule } from "../objects/object_type.js";
import { str as pyStr } from "./abstract.js";
import type { PyTraceback } from "./errors.js";
import { lineOf } from "./linetable.js";
import { getLine } from "./traceback_format.js";

export { getLines, registerSource } from "./traceback_format.js";

/** The formatter of uncaught exceptions (traceback_format.formatUncaught, set by install.ts). */
export const formatHook: { format: ((exc: PyBaseException) => string) | null } = { format: null };

/** The full report for an uncaught exception, chained exceptions first. */
export function formatException(exc: PyBaseException): string {
  if (formatHook.format !== null) {
    try {
      return formatHook.format(exc);
    } catch {
      // fall through to the plain printer
    }
  }
  return plainFormat(exc);
}

/** A traceback without position markers (CPython's C printer, print_exception_recursive). */
function plainFormat(exc: PyBaseException): string {
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
      let last = "";
      let count = 0;
      const flush = () => {
        if (count > 3) out.push(`  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? "s" : ""}]\n`);
      };
      for (let t: PyObject = e.traceback; t !== None && t !== null && t !== undefined; t = (t as PyTraceback).next) {
        const tb = t as PyTraceback;
        const code = tb.frame.code;
        const lineno = lineOf(code, tb.lasti);
        const key = `${code.co_filename}\0${lineno}\0${code.co_name}`;
        if (key !== last) {
          flush();
          last = key;
          count = 0;
        }
        if (++count > 3) continue;
        out.push(`  File "${code.co_filename}", line ${lineno < 0 ? "None" : lineno}, in ${code.co_name}\n`);
        const text = lineno > 0 ? getLine(code.co_filename, lineno).trim() : "";
        if (text !== "") out.push(`    ${text}\n`);
      }
      flush();
    }
    const t = e.type;
    const mod = typeModule(t);
    const name = mod === "builtins" || mod === "__main__" ? t.qualname : `${mod}.${t.qualname}`;
    let msg: string;
    try {
      msg = pyStr(e);
    } catch {
      msg = "<exception str() failed>";
    }
    out.push(msg === "" ? `${name}\n` : `${name}: ${msg}\n`);
  };
  visit(exc);
  return out.join("");
}
