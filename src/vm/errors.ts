// Exception machinery of the eval loop: converting JS errors, chaining __context__, building tracebacks,
// the exception table lookup (zero-cost try), and raise / except matching.

import { None, TupleType, typeOf } from "../objects/builtin_types.js";
import type { PyCode } from "../objects/code.js";
import {
  BaseException,
  BaseExceptionGroup,
  isExceptionType,
  MemoryError,
  newException,
  PyBaseException,
  RecursionError,
  RuntimeError,
  StopAsyncIteration,
  StopIteration,
  SystemError,
  TypeError,
  typeError,
} from "../objects/exceptions.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { TracebackType } from "../objects/builtin_types.js";
import type { PyType } from "../objects/type.js";
import { PySyntaxError } from "../parser/errors.js";
import { call } from "./abstract.js";
import type { Frame } from "./frame.js";
import type { ThreadState } from "./thread.js";

/** A traceback entry (CPython's PyTracebackObject): newest frame last in the tb_next chain. */
export class PyTraceback {
  declare type: PyType;
  constructor(
    public next: PyObject,
    public frame: Frame,
    /** Index (in code units) of the instruction that raised. */
    public lasti: number,
  ) {}
}
Object.defineProperty(PyTraceback.prototype, "type", { value: TracebackType, writable: true });

/** Hook: converts a PySyntaxError from the compiler into a Python SyntaxError instance (set at init). */
export const syntaxErrorHook: { convert: (e: PySyntaxError) => PyBaseException } = {
  convert: (e) => newException(SystemError, e.message),
};

/** Turns anything caught by the eval loop into a Python exception object. */
export function toPyException(_ts: ThreadState, e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof PySyntaxError) return syntaxErrorHook.convert(e);
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newException(RecursionError, "maximum recursion depth exceeded");
  }
  if (e instanceof RangeError && /Invalid (array|string) length|Array buffer allocation/i.test(e.message)) {
    return newException(MemoryError);
  }
  if (e !== null && typeof e === "object" && (e as { kind?: string }).kind === "MemoryError") {
    return newException(MemoryError, (e as { msg: string }).msg);
  }
  // A bug in tpython: surface it as SystemError with the JS message so Python code still unwinds.
  const err = newException(SystemError, `internal error: ${e instanceof Error ? e.stack || e.message : String(e)}`);
  return err;
}

/** The exception being handled, for __context__ (CPython's _PyErr_GetTopmostException). */
function handledException(ts: ThreadState): PyObject {
  return ts.exc_info;
}

/** Chains __context__ (as _PyErr_SetObject) on a fresh raise and adds the frame to the traceback. */
export function chainAndTrace(ts: ThreadState, exc: PyBaseException, frame: Frame, lasti: number): void {
  if (!exc._raised) {
    exc._raised = true;
    setContext(ts, exc);
  }
  addTraceback(exc, frame, lasti);
}

export function setContext(ts: ThreadState, exc: PyBaseException): void {
  const handled = handledException(ts);
  if (handled === null || handled === None || handled === exc) return;
  // Avoid creating a cycle: cut the chain where `exc` already appears (CPython does the same).
  let o: PyObject = handled;
  while (o instanceof PyBaseException) {
    const ctx = o.context;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
  }
  exc.context = handled;
}

export function addTraceback(exc: PyBaseException, frame: Frame, lasti: number): void {
  exc.traceback = new PyTraceback(exc.traceback, frame, lasti);
}

/** Decodes CPython's exception table into [start, end, target, depth, lasti] entries (in code units). */
function parseExceptionTable(code: PyCode): Int32Array {
  const t = code.co_exceptiontable;
  const out: number[] = [];
  let i = 0;
  const readVarint = (): number => {
    let b = t[i++]!;
    let v = b & 63;
    while (b & 64) {
      b = t[i++]!;
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < t.length) {
    const start = readVarint();
    const size = readVarint();
    const target = readVarint();
    const dl = readVarint();
    out.push(start, start + size, target, dl >> 1, dl & 1);
  }
  return Int32Array.from(out);
}

/** The handler covering instruction `lasti`: [target, depth, pushLasti], or null. */
export function findHandler(code: PyCode, lasti: number): [number, number, number] | null {
  let tab = code._exceptionEntries;
  if (tab === null) tab = code._exceptionEntries = parseExceptionTable(code);
  for (let i = 0; i < tab.length; i += 5) {
    if (lasti >= tab[i]! && lasti < tab[i + 1]!) return [tab[i + 2]!, tab[i + 3]!, tab[i + 4]!];
  }
  return null;
}

/** `raise exc [from cause]`: validates, instantiates classes, sets __cause__ (CPython's do_raise). */
export function prepareRaise(_ts: ThreadState, exc: PyObject, cause: PyObject): PyBaseException {
  let value: PyObject;
  if (isExceptionType(exc)) {
    value = call(exc, []);
    if (!(value instanceof PyBaseException)) {
      throw typeError(
        `calling ${reprType(exc)} should have returned an instance of BaseException, not ${typeOf(value).name}`,
      );
    }
  } else if (exc instanceof PyBaseException) value = exc;
  else throw typeError("exceptions must derive from BaseException");
  if (cause !== undefined) {
    let c: PyObject;
    if (isExceptionType(cause)) c = call(cause, []);
    else if (cause instanceof PyBaseException || cause === None) c = cause;
    else throw typeError("exception causes must derive from BaseException");
    value.cause = c;
    value.suppressContext = true;
  }
  value._raised = false;
  return value;
}

function reprType(t: PyType): string {
  const mod = t.dict.get("__module__");
  return mod === "builtins" || mod === undefined ? `<class '${t.name}'>` : `<class '${mod}.${t.qualname}'>`;
}

/** Bare `raise`: the exception being handled. */
export function currentExceptionForReraise(ts: ThreadState): PyBaseException {
  const e = ts.exc_info;
  if (e === null || e === None) throw newException(RuntimeError, "No active exception to reraise");
  return e;
}

const CATCH_MSG = "catching classes that do not inherit from BaseException is not allowed";

function checkExceptType(right: PyObject, star: boolean): void {
  const bad = () => {
    throw typeError(CATCH_MSG);
  };
  const check1 = (t: PyObject) => {
    if (!isExceptionType(t)) bad();
    if (star && (t as PyType).isSubtype(BaseExceptionGroup)) {
      throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  };
  if (right instanceof PyTuple) for (const t of right.items) check1(t);
  else check1(right);
}

/** CHECK_EXC_MATCH: `isinstance(left, right)` after validating `right`. */
export function checkExcMatch(left: PyObject, right: PyObject): boolean {
  checkExceptType(right, false);
  const t = typeOf(left);
  if (right instanceof PyTuple) return right.items.some((r) => t.isSubtype(r));
  return t.isSubtype(right);
}

/** Hook for ExceptionGroup.split (set by the exceptions module). */
export const egHooks: {
  split: (eg: PyBaseException, matchType: PyObject) => [PyObject, PyObject];
  wrap: (exc: PyBaseException, matchType: PyObject) => PyObject;
} = {
  split: () => {
    throw typeError("except* is not supported yet");
  },
  wrap: () => None,
};

/** CHECK_EG_MATCH: splits `exc` into [rest, match] for `except* T` (CPython's exception_group_match). */
export function checkEgMatch(exc: PyObject, matchType: PyObject): [PyObject, PyObject] {
  checkExceptType(matchType, true);
  if (exc === None) return [None, None];
  const t = typeOf(exc);
  const matches = matchType instanceof PyTuple ? matchType.items.some((r) => t.isSubtype(r)) : t.isSubtype(matchType);
  if (matches) {
    // A naked exception matching the type is wrapped in an ExceptionGroup("", [exc]).
    if (t.isSubtype(BaseExceptionGroup)) return [None, exc];
    return [None, egHooks.wrap(exc, matchType)];
  }
  if (t.isSubtype(BaseExceptionGroup)) return egHooks.split(exc, matchType);
  return [exc, None];
}

export function isStopIteration(e: PyObject): boolean {
  return e instanceof PyBaseException && e.type.isSubtype(StopIteration);
}
export function isStopAsyncIteration(e: PyObject): boolean {
  return e instanceof PyBaseException && e.type.isSubtype(StopAsyncIteration);
}
export function stopIterationValue(e: PyBaseException): PyObject {
  return e.value === undefined ? None : e.value;
}

export { BaseException, TupleType, TypeError };
