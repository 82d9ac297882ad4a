// Helpers shared by the native modules (math, time, itertools, functools, operator): argument checking
// with the exact messages of CPython's METH_O / _PyArg_CheckPositional / _PyArg_UnpackKeywords, and the
// number conversions natives use (PyFloat_AsDouble, PyNumber_Index, PyNumber_AsSsize_t).

import { builtinFunction, None, typeOf } from "../objects/builtin_types.js";
import { PyBaseException, newException, OverflowError, type TypeError, typeError } from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { asInt, type Int, intToFloat } from "../objects/int.js";
import type { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import type { NativeFn } from "../objects/type.js";
import { callDescriptor, index, typeName } from "../vm/abstract.js";

/** Adds a builtin function to a module's namespace (its `__module__` and `__self__` are the module). */
export function defFunction(m: PyModule, name: string, fn: NativeFn): void {
  const f = builtinFunction(name, fn, m);
  f.module = m.dict.getStr("__name__") ?? None;
  m.dict.setStr(name, f);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Rejects keyword arguments with "qname() takes no keyword arguments". */
export function noKeywords(qname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qname}() takes no keyword arguments`);
}

/** METH_O: exactly one positional argument ("math.sqrt() takes exactly one argument (0 given)"). */
export function oneArg(qname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords(qname, kwnames);
  if (args.length !== 1) throw typeError(`${qname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS: "time.time() takes no arguments (1 given)". */
export function noArgs(qname: string, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(qname, kwnames);
  if (args.length !== 0) throw typeError(`${qname}() takes no arguments (${args.length} given)`);
}

/**
 * METH_FASTCALL with _PyArg_CheckPositional: "atan2 expected 2 arguments, got 1",
 * "log expected at least 1 argument, got 0"; keywords: "math.atan2() takes no keyword arguments".
 */
export function positional(
  name: string,
  qname: string,
  args: PyObject[],
  kwnames: string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(qname, kwnames);
  const n = args.length;
  if (n < min) {
    throw typeError(`${name} expected ${min === max ? "" : "at least "}${plural(min, "argument")}, got ${n}`);
  }
  if (n > max) {
    throw typeError(`${name} expected ${min === max ? "" : "at most "}${plural(max, "argument")}, got ${n}`);
  }
}

/**
 * CPython's _PyArg_UnpackKeywords (Argument Clinic): binds positional and keyword arguments to `names`.
 * `posOnly` leading names are positional-only, `minPos` positional arguments are required, at most
 * `maxPos` may be given by position, and `required` names must be present. Returns an array aligned with
 * `names` (undefined where absent).
 */
export function unpackKeywords(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: readonly string[],
  opts: { posOnly?: number; minPos?: number; maxPos?: number; required?: number },
): PyObject[] {
  const posOnly = opts.posOnly ?? 0;
  const minPos = opts.minPos ?? 0;
  const maxPos = opts.maxPos ?? names.length;
  const required = opts.required ?? minPos;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const maxArgs = names.length;
  if (nargs + nkw > maxArgs) {
    throw typeError(
      `${fname}() takes at most ${maxArgs} ${nargs === 0 ? "keyword " : ""}argument${maxArgs === 1 ? "" : "s"} (${nargs + nkw} given)`,
    );
  }
  if (nargs > maxPos) {
    if (maxPos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(
      `${fname}() takes ${minPos < maxPos ? "at most" : "exactly"} ${plural(maxPos, "positional argument")} (${nargs} given)`,
    );
  }
  const out: PyObject[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  const kwValue = (name: string): PyObject => {
    for (let j = 0; j < nkw; j++) if (kwnames![j] === name) return args[nargs + j];
    return undefined;
  };
  for (let i = nargs; i < maxArgs; i++) {
    const v = i < posOnly ? undefined : kwValue(names[i]!);
    if (v !== undefined) out[i] = v;
    else if (i < required) {
      if (i < posOnly) {
        throw typeError(
          `${fname}() takes ${minPos < maxPos ? "at least" : "exactly"} ${plural(minPos, "positional argument")} (${nargs} given)`,
        );
      }
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (nkw > 0) {
    for (let i = Math.max(posOnly, 0); i < nargs; i++) {
      if (kwValue(names[i]!) !== undefined) {
        throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
    }
    for (let j = 0; j < nkw; j++) {
      const k = kwnames![j]!;
      const idx = names.indexOf(k);
      if (idx < posOnly) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
  }
  return out;
}

/** The positional arguments and the keyword (name, value) pairs of a native call. */
export function splitKeywords(args: PyObject[], kwnames: string[] | null): [PyObject[], [string, PyObject][]] {
  if (kwnames === null || kwnames.length === 0) return [args, []];
  const n = args.length - kwnames.length;
  return [args.slice(0, n), kwnames.map((k, j) => [k, args[n + j]] as [string, PyObject])];
}

// ---------------------------------------------------------------------------------------------------
// Number conversions

/** CPython's PyFloat_AsDouble: float, int, __float__, then __index__; "must be real number, not str". */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  switch (typeof o) {
    case "number":
      return o;
    case "bigint":
      return intToFloat(o);
    case "boolean":
      return o ? 1 : 0;
  }
  const t = typeOf(o);
  const ff = t.lookup("__float__");
  if (ff !== undefined && ff !== None) {
    const r = callDescriptor(ff, o, []);
    if (r instanceof PyFloat) return r.value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
  }
  const fi = t.lookup("__index__");
  if (fi !== undefined && fi !== None) return intToFloat(asIndex(o));
  throw typeError(`must be real number, not ${t.name}`);
}

/** A new Python float. */
export function pyFloat(x: number): PyFloat {
  return new PyFloat(x);
}

/** PyNumber_Index: an exact int (number or bigint), via __index__ for other objects. */
export function asIndex(o: PyObject): Int {
  const v = asInt(o);
  if (v !== undefined) return v;
  const r = index(o);
  const iv = asInt(r);
  return iv !== undefined ? iv : (r as Int);
}

/** Whether `o` is an int (int, bool or a subclass instance). */
export function isIntObject(o: PyObject): boolean {
  return asInt(o) !== undefined;
}

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);

/**
 * PyNumber_AsSsize_t(o, OverflowError) as a JS number: an index within ±2^63 ("Python int too large to
 * convert to C ssize_t" beyond). Values beyond 2^53 keep their magnitude approximately, which is enough
 * for counts and sizes.
 */
export function asSsize(o: PyObject): number {
  const v = asIndex(o);
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < SSIZE_MIN) throw newException(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** Whether `e` is a Python exception of type `t` (or a subclass). */
export function isExc(e: unknown, t: typeof TypeError): e is PyBaseException {
  return e instanceof PyBaseException && e.type.isSubtype(t);
}
