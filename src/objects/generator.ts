// Generators and coroutines (CPython's Objects/genobject.c): a generator owns a suspended Frame. Inside
// the eval loop, FOR_ITER and SEND run a generator's frame on top of the current one (no JS recursion);
// from TypeScript (`next()`, `send()`, `throw()`), the frame runs in a nested eval loop.

import { AsyncGeneratorType, CoroutineType, GeneratorType, None } from "./builtin_types.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE } from "./code.js";
import {
  GeneratorExit,
  newException,
  PyBaseException,
  RecursionError,
  RuntimeError,
  StopAsyncIteration,
  StopIteration,
  stopIteration,
  typeError,
  valueError,
} from "./exceptions.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";
import { evalFrameHook } from "../vm/eval_hook.js";
import type { Frame } from "../vm/frame.js";
import { mainThread, type ThreadState } from "../vm/thread.js";
import { RESUME } from "../generated/opcode_metadata.js";

export class PyGenerator {
  type: PyType;
  dict: PyObject = null;
  /** The suspended frame; null once the generator has finished. */
  frame: Frame | null;
  running = false;
  /** False until the first resumption (RETURN_GENERATOR created it). */
  started = false;
  name: string;
  qualname: string;
  /** The generator's own handled exception while suspended (its exc_info), or null. */
  excState: PyObject = null;
  /** The caller's handled exception, saved while the generator runs. */
  callerExc: PyObject = null;
  /** For coroutines: whether a never-awaited warning applies; also the awaited-already check. */
  awaited = false;

  /** The code object (kept after the frame is gone, for gi_code/cr_code). */
  code: PyObject;
  constructor(type: PyType, frame: Frame) {
    this.type = type;
    this.frame = frame;
    this.code = frame.code;
    this.name = frame.code.co_name;
    this.qualname = frame.code.co_qualname;
  }

  /** Native iterator protocol: next value, or undefined when exhausted (value in ts.stopIterationValue). */
  nextValue(): PyObject {
    return genSend(this, None, true);
  }

  get kind(): string {
    return this.type === CoroutineType
      ? "coroutine"
      : this.type === AsyncGeneratorType
        ? "async generator"
        : "generator";
  }
}

/** RETURN_GENERATOR: the running frame becomes the generator's (the caller gets the generator). */
export function makeGenerator(ts: ThreadState, frame: Frame): PyGenerator {
  const flags = frame.code.co_flags;
  const type = flags & CO_COROUTINE ? CoroutineType : flags & CO_ASYNC_GENERATOR ? AsyncGeneratorType : GeneratorType;
  const gen = new PyGenerator(type, frame);
  if (flags & CO_ITERABLE_COROUTINE) gen.awaited = false;
  frame.generator = gen;
  void ts;
  return gen;
}

/** Resumes `gen`'s frame on top of `caller` with `value` pushed (FOR_ITER/SEND and genSend). */
export function genPushFrame(ts: ThreadState, gen: PyGenerator, value: PyObject, caller: Frame | null): Frame {
  const f = gen.frame!;
  if (gen.running) throw valueError(`${gen.kind} already executing`);
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(RecursionError, "maximum recursion depth exceeded");
  }
  gen.running = true;
  gen.started = true;
  f.previous = caller;
  f.localsplus[f.sp++] = value;
  gen.callerExc = ts.exc_info;
  if (gen.excState !== null) ts.exc_info = gen.excState;
  return f;
}

function leave(ts: ThreadState, gen: PyGenerator): void {
  gen.running = false;
  gen.excState = ts.exc_info !== gen.callerExc ? ts.exc_info : null;
  ts.exc_info = gen.callerExc;
  gen.callerExc = null;
}

/** YIELD_VALUE: the generator's frame suspends. */
export function genYieldFrame(ts: ThreadState, f: Frame): void {
  ts.depth--;
  leave(ts, f.generator as PyGenerator);
}

/** RETURN_VALUE/RETURN_CONST: a frame returns (a generator's frame finishes). */
export function framePop(ts: ThreadState, f: Frame): void {
  ts.depth--;
  const gen = f.generator as PyGenerator | null;
  if (gen?.started) {
    leave(ts, gen);
    gen.frame = null;
  }
}

/** An exception leaves frame `f`; PEP 479 turns StopIteration escaping a generator into RuntimeError. */
export function frameUnwound(ts: ThreadState, f: Frame, exc: PyBaseException): PyBaseException {
  ts.depth--;
  const gen = f.generator as PyGenerator | null;
  if (gen === null || !gen.started) return exc;
  leave(ts, gen);
  gen.frame = null;
  let msg: string | null = null;
  if (exc.type.isSubtype(StopIteration)) msg = `${gen.kind} raised StopIteration`;
  else if (gen.type === AsyncGeneratorType && exc.type.isSubtype(StopAsyncIteration)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (msg === null) return exc;
  const err = newException(RuntimeError, msg);
  err.cause = exc;
  err.context = exc;
  err.suppressContext = true;
  err.traceback = exc.traceback;
  err._raised = true;
  return err;
}

/**
 * gen.send(value) from TypeScript. Returns the yielded value; when the generator finishes, returns
 * undefined with the return value in `ts.stopIterationValue` if `internal`, else raises StopIteration.
 */
export function genSend(gen: PyGenerator, value: PyObject, internal = false): PyObject {
  const ts = mainThread;
  if (gen.frame === null) {
    if (gen.type === CoroutineType) throw newException(RuntimeError, "cannot reuse already awaited coroutine");
    if (internal) {
      ts.stopIterationValue = None;
      return undefined;
    }
    throw stopIteration();
  }
  if (!gen.started && value !== None) {
    throw typeError(`can't send non-None value to a just-started ${gen.kind}`);
  }
  const f = genPushFrame(ts, gen, value, ts.current);
  const r = runGenFrame(ts, f, null);
  if (gen.frame !== null) return r;
  if (internal) {
    ts.stopIterationValue = r;
    return undefined;
  }
  throw stopIteration(r);
}

function runGenFrame(ts: ThreadState, f: Frame, throwExc: PyObject): PyObject {
  if (++ts.cDepth > ts.recursionLimit + 50) {
    ts.cDepth--;
    throw newException(RecursionError, "maximum recursion depth exceeded");
  }
  const saved = ts.current;
  try {
    return evalFrameHook.evalFrame(ts, f, throwExc);
  } finally {
    ts.cDepth--;
    ts.current = saved;
    f.previous = null;
  }
}

/** The object a suspended generator delegates to (`yield from` / `await`), or null (CPython's _PyGen_yf). */
export function genDelegate(gen: PyGenerator): PyObject {
  const f = gen.frame;
  if (f === null || !gen.started || gen.running) return null;
  const word = f.instrs[f.ip]!;
  if ((word & 255) === RESUME && word >> 8 >= 2) return f.localsplus[f.sp - 1];
  return null;
}

/** gen.throw(exc): raises `exc` at the suspension point (after delegating to a `yield from` target). */
export function genThrow(gen: PyGenerator, exc: PyBaseException, internal = false): PyObject {
  const ts = mainThread;
  const yf = genDelegate(gen);
  if (yf !== null && yf !== undefined) {
    let ret: PyObject;
    try {
      gen.running = true;
      if (exc.type.isSubtype(GeneratorExit)) {
        if (yf instanceof PyGenerator) genClose(yf);
        else closeIterHook.close(yf);
        gen.running = false;
        return genThrowHere(ts, gen, exc, internal);
      }
      if (yf instanceof PyGenerator) ret = genThrow(yf, exc);
      else ret = closeIterHook.throwInto(yf, exc);
      gen.running = false;
      return ret;
    } catch (e) {
      gen.running = false;
      if (!(e instanceof PyBaseException)) throw e;
      return genThrowHere(ts, gen, e, internal);
    }
  }
  return genThrowHere(ts, gen, exc, internal);
}

function genThrowHere(ts: ThreadState, gen: PyGenerator, exc: PyBaseException, internal: boolean): PyObject {
  if (gen.frame === null || !gen.started) {
    // Not started or finished: the exception is raised right away (and closes an unstarted generator).
    gen.frame = null;
    throw exc;
  }
  exc._raised = true;
  const f = genPushFrame(ts, gen, None, ts.current);
  f.sp--; // nothing is sent: the exception is raised at the yield instead
  // The exception the generator was handling becomes the thrown one's __context__ (_PyErr_ChainStackItem).
  if (gen.excState !== null && gen.excState !== None && gen.excState !== exc) chainContextHook.chain(ts, exc);
  const r = runGenFrame(ts, f, exc);
  if (gen.frame !== null) return r;
  if (internal) {
    ts.stopIterationValue = r;
    return undefined;
  }
  throw stopIteration(r);
}

/** gen.close() (3.13: returns the generator's return value, or None). */
export function genClose(gen: PyGenerator): PyObject {
  if (gen.frame === null) return None;
  if (!gen.started) {
    gen.frame = null;
    return None;
  }
  try {
    genThrow(gen, newException(GeneratorExit));
  } catch (e) {
    if (e instanceof PyBaseException) {
      if (e.type.isSubtype(GeneratorExit)) return None;
      if (e.type.isSubtype(StopIteration)) return e.value === undefined ? None : e.value;
    }
    throw e;
  }
  throw newException(RuntimeError, `${gen.kind} ignored GeneratorExit`);
}

/** Non-generator delegates (objects with throw/close methods); set by the runtime. */
export const closeIterHook: {
  close: (o: PyObject) => void;
  throwInto: (o: PyObject, exc: PyBaseException) => PyObject;
} = {
  close: () => {},
  throwInto: (_o, exc) => {
    throw exc;
  },
};

/** Set by the VM: chains the exception being handled as __context__ of `exc` (src/vm/errors.ts setContext). */
export const chainContextHook: { chain: (ts: ThreadState, exc: PyBaseException) => void } = {
  chain: () => {},
};
