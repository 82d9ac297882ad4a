// Calls of Python functions: binding arguments into a new frame's locals (CPython's initialize_locals in
// Python/ceval.c) with CPython's exact error messages, and running the frame.

import { None } from "../objects/builtin_types.js";
import { CO_VARARGS, CO_VARKEYWORDS } from "../objects/code.js";
import { PyDict } from "../objects/dict.js";
import { newException, RecursionError, typeError } from "../objects/exceptions.js";
import type { PyFunction } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { evalFrameHook } from "./eval_hook.js";
import { Frame } from "./frame.js";
import { suggestName } from "./suggestions.js";
import { mainThread, type ThreadState } from "./thread.js";

function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/**
 * A frame for calling `func` with `n` arguments at `src[first..]` (positional, then the values of the
 * keywords in `kwnames`). Returns null never; throws TypeError on a binding error, RecursionError when the
 * recursion limit is reached.
 */
export function makeFrameForCall(
  ts: ThreadState,
  func: PyFunction,
  src: PyObject[],
  first: number,
  n: number,
  kwnames: PyObject[] | null,
): Frame {
  const code = func.code;
  const frame = new Frame(code, func, func.globals, func.builtins, null);
  const L = frame.localsplus;
  const argcount = code.co_argcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = n - nkw;
  const flags = code.co_flags;
  // Fast path: exact positional arguments, no defaults needed.
  if (nkw === 0 && npos === argcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) L[i] = src[first + i];
  } else {
    bindArguments(func, frame, src, first, npos, kwnames);
  }
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(RecursionError, "maximum recursion depth exceeded");
  }
  return frame;
}

function bindArguments(
  func: PyFunction,
  frame: Frame,
  src: PyObject[],
  first: number,
  npos: number,
  kwnames: PyObject[] | null,
): void {
  const code = func.code;
  const L = frame.localsplus;
  const argcount = code.co_argcount;
  const kwonly = code.co_kwonlyargcount;
  const posonly = code.co_posonlyargcount;
  const total = argcount + kwonly;
  const flags = code.co_flags;
  const names = code.co_localsplusnames;
  let kwdict: PyDict | null = null;
  let slot = total;
  if (flags & CO_VARARGS) slot++;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    L[slot] = kwdict;
  }
  const fname = `${func.qualname}()`;
  // Positional
  const m = Math.min(npos, argcount);
  for (let i = 0; i < m; i++) L[i] = src[first + i];
  if (flags & CO_VARARGS) {
    L[total] = new PyTuple(npos > argcount ? src.slice(first + argcount, first + npos) : []);
  }
  // Keywords
  if (kwnames !== null) {
    const posonlyAsKw: string[] = [];
    for (let j = 0; j < kwnames.length; j++) {
      const key = kwnames[j];
      const value = src[first + npos + j];
      let idx = -1;
      for (let i = posonly; i < total; i++) {
        if (names[i] === key) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          kwdict.setItem(key, value);
          continue;
        }
        for (let i = 0; i < posonly; i++) if (names[i] === key) posonlyAsKw.push(key as string);
        if (posonlyAsKw.length > 0) continue;
        let msg = `${fname} got an unexpected keyword argument '${key}'`;
        const s = suggestName(key as string, names.slice(posonly, total));
        if (s !== null) msg += `. Did you mean '${s}'?`;
        throw typeError(msg);
      }
      if (L[idx] !== undefined) throw typeError(`${fname} got multiple values for argument '${key}'`);
      L[idx] = value;
    }
    if (posonlyAsKw.length > 0) {
      throw typeError(
        `${fname} got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(", ")}'`,
      );
    }
  }
  // Too many positional
  if (npos > argcount && !(flags & CO_VARARGS)) {
    const defaults = func.defaults === null ? 0 : func.defaults.items.length;
    let kwonlyGiven = 0;
    for (let i = argcount; i < total; i++) if (L[i] !== undefined) kwonlyGiven++;
    const atLeast = argcount - defaults;
    const plural = argcount !== 1 || defaults !== 0;
    const takes =
      defaults !== 0
        ? `from ${atLeast} to ${argcount} positional arguments`
        : `${argcount} positional argument${plural ? "s" : ""}`;
    let given: string;
    if (kwonlyGiven > 0) {
      given = `${npos} positional argument${npos !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""}) were given`;
    } else given = `${npos} ${npos === 1 ? "was" : "were"} given`;
    throw typeError(`${fname} takes ${takes} but ${given}`);
  }
  // Defaults for missing positionals
  if (npos < argcount) {
    const defaults = func.defaults === null ? [] : func.defaults.items;
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (L[i] !== undefined) continue;
      if (i >= firstDefault) L[i] = defaults[i - firstDefault];
      else missing.push(names[i]!);
    }
    if (missing.length > 0) {
      throw typeError(
        `${fname} missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${quotedList(missing)}`,
      );
    }
  }
  // Keyword-only defaults
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (L[i] !== undefined) continue;
      const d = func.kwdefaults instanceof PyDict ? func.kwdefaults.getStr(names[i]!) : undefined;
      if (d !== undefined) L[i] = d;
      else missing.push(names[i]!);
    }
    if (missing.length > 0) {
      throw typeError(
        `${fname} missing ${missing.length} required keyword-only argument${missing.length > 1 ? "s" : ""}: ${quotedList(missing)}`,
      );
    }
  }
}

/** Calls a Python function from TypeScript: a new frame run by a nested eval loop. */
export function callPyFunction(func: PyFunction, args: PyObject[], kwnames: PyObject[] | null): PyObject {
  const ts = mainThread;
  const frame = makeFrameForCall(ts, func, args, 0, args.length, kwnames);
  return runFrame(ts, frame);
}

/** Runs a frame in a nested eval loop (guarding the JS stack). */
export function runFrame(ts: ThreadState, frame: Frame): PyObject {
  if (++ts.cDepth > ts.recursionLimit + 50) {
    ts.cDepth--;
    ts.depth--;
    throw newException(RecursionError, "maximum recursion depth exceeded");
  }
  const saved = ts.current;
  // Link to the calling frame across the JS boundary, so f_back / sys._getframe see the whole stack.
  frame.previous = saved;
  try {
    return evalFrameHook.evalFrame(ts, frame);
  } finally {
    ts.cDepth--;
    ts.current = saved;
    frame.previous = null;
  }
}

export { None };
