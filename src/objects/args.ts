// Argument parsing for natives (our counterpart of CPython's Argument Clinic / PyArg_Parse*), with
// CPython's error messages.

import { newException, TypeError } from "./exceptions.js";
import type { PyObject } from "./object.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Rejects keyword arguments: "f() takes no keyword arguments". */
export function noKwargs(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw newException(TypeError, `${fname}() takes no keyword arguments`);
}

/**
 * Positional-only arity check with CPython's messages:
 * "f() takes exactly one argument (2 given)", "f() takes no arguments (1 given)",
 * "f expected at least 1 argument, got 0", "f expected at most 2 arguments, got 3".
 */
export function checkArity(fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKwargs(fname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw newException(TypeError, `${fname}() takes no arguments (${n} given)`);
    if (min === 1) throw newException(TypeError, `${fname}() takes exactly one argument (${n} given)`);
    throw newException(TypeError, `${fname} expected ${plural(min, "argument")}, got ${n}`);
  }
  if (n < min) throw newException(TypeError, `${fname} expected at least ${plural(min, "argument")}, got ${n}`);
  throw newException(TypeError, `${fname} expected at most ${plural(max, "argument")}, got ${n}`);
}

/**
 * Binds positional and keyword arguments to `names` (Argument Clinic style). Returns an array aligned
 * with `names`, `undefined` for absent optional parameters. `required` leading names are mandatory;
 * `posOnly` leading names cannot be passed by keyword; names after `kwOnlyFrom` are keyword-only.
 */
export function parseArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: readonly string[],
  required: number,
  posOnly = 0,
  kwOnlyFrom = names.length,
): PyObject[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: PyObject[] = new Array(names.length).fill(undefined);
  if (npos > kwOnlyFrom) {
    if (kwOnlyFrom === names.length && nkw === 0) {
      throw newException(
        TypeError,
        `${fname}() takes at most ${plural(kwOnlyFrom, "argument")} (${npos} given)`.replace(
          "at most 1 arguments",
          "at most 1 argument",
        ),
      );
    }
    throw newException(
      TypeError,
      `${fname}() takes at most ${plural(kwOnlyFrom, "positional argument")} (${npos} given)`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let j = 0; j < nkw; j++) {
    const k = kwnames![j]!;
    const idx = names.indexOf(k);
    if (idx < 0 || idx < posOnly) {
      if (idx >= 0 && idx < posOnly) {
        throw newException(
          TypeError,
          `${fname}() got some positional-only arguments passed as keyword arguments: '${k}'`,
        );
      }
      throw newException(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    }
    if (out[idx] !== undefined) {
      throw newException(TypeError, `argument for ${fname}() given by name ('${k}') and position (${idx + 1})`);
    }
    out[idx] = args[npos + j];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < npos || i >= posOnly) {
        throw newException(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      throw newException(
        TypeError,
        `${fname}() takes at least ${plural(required, "positional argument")} (${npos} given)`,
      );
    }
  }
  return out;
}
