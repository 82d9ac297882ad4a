// The natives of generator, coroutine and async_generator objects (CPython's Objects/genobject.c).

import { call, getAttr, repr } from "../vm/abstract.js";
import { checkArity } from "./args.js";
import { addressOf } from "./object_type.js";
import {
  AsyncGeneratorType,
  CoroutineType,
  CoroutineWrapperType,
  defGetSet,
  defMethod,
  GeneratorType,
  None,
  typeOf,
} from "./builtin_types.js";
import { isExceptionType, PyBaseException, stopIteration, typeError } from "./exceptions.js";
import { closeIterHook, genClose, genDelegate, genSend, genThrow, type PyGenerator } from "./generator.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";
import { mainThread } from "../vm/thread.js";

/** gen.throw(typ[, val[, tb]]) argument normalization (CPython's _gen_throw). */
export function normalizeThrow(args: PyObject[]): PyBaseException {
  const [typ, val, tb] = args;
  let exc: PyObject;
  if (isExceptionType(typ)) {
    if (val === undefined || val === None) exc = call(typ, []);
    else if (val instanceof PyBaseException && typeOf(val).isSubtype(typ as PyType)) exc = val;
    else exc = call(typ, [val]);
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError("instance exception may not have a separate value");
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  if (tb !== undefined && tb !== None) exc.traceback = tb;
  return exc;
}

for (const T of [GeneratorType, CoroutineType]) {
  defMethod(T, "send", (self: PyGenerator, args, kw) => {
    checkArity("send", args, kw, 1, 1);
    return genSend(self, args[0]);
  });
  defMethod(T, "throw", (self: PyGenerator, args, kw) => {
    checkArity("throw", args, kw, 1, 3);
    return genThrow(self, normalizeThrow(args));
  });
  defMethod(T, "close", (self: PyGenerator) => genClose(self));
  defMethod(T, "__repr__", (self: PyGenerator) => `<${self.kind} object ${self.qualname} at ${addressOf(self)}>`);
  defGetSet(
    T,
    "__name__",
    (g: PyGenerator) => g.name,
    (g: PyGenerator, v) => {
      g.name = v;
    },
  );
  defGetSet(
    T,
    "__qualname__",
    (g: PyGenerator) => g.qualname,
    (g: PyGenerator, v) => {
      g.qualname = v;
    },
  );
}
defMethod(GeneratorType, "__iter__", (self: PyGenerator) => self);
defMethod(GeneratorType, "__next__", (self: PyGenerator) => {
  const v = genSend(self, None, true);
  if (v === undefined) {
    const r = mainThread.stopIterationValue;
    throw stopIteration(r === undefined ? None : r);
  }
  return v;
});
defGetSet(GeneratorType, "gi_running", (g: PyGenerator) => g.running);
defGetSet(GeneratorType, "gi_suspended", (g: PyGenerator) => g.frame !== null && g.started && !g.running);
defGetSet(GeneratorType, "gi_frame", (g: PyGenerator) => (g.frame === null ? None : frameObjectHook.get(g.frame)));
defGetSet(GeneratorType, "gi_code", (g: PyGenerator) => g.code);
defGetSet(GeneratorType, "gi_yieldfrom", (g: PyGenerator) => genDelegate(g) ?? None);
defGetSet(CoroutineType, "cr_running", (g: PyGenerator) => g.running);
defGetSet(CoroutineType, "cr_frame", (g: PyGenerator) => (g.frame === null ? None : frameObjectHook.get(g.frame)));
defGetSet(CoroutineType, "cr_await", () => None);
defGetSet(CoroutineType, "cr_code", (g: PyGenerator) => g.code);
defGetSet(CoroutineType, "cr_suspended", (g: PyGenerator) => g.frame !== null && g.started && !g.running);
defGetSet(CoroutineType, "cr_origin", () => None);
defGetSet(AsyncGeneratorType, "ag_code", (g: PyGenerator) => g.code);
defGetSet(AsyncGeneratorType, "ag_frame", (g: PyGenerator) => (g.frame === null ? None : frameObjectHook.get(g.frame)));
defGetSet(AsyncGeneratorType, "ag_await", () => None);

/** The iterator returned by coroutine.__await__() (CPython's coroutine_wrapper). */
export class PyCoroWrapper {
  declare type: PyType;
  constructor(public coro: PyGenerator) {}
}
Object.defineProperty(PyCoroWrapper.prototype, "type", { value: CoroutineWrapperType, writable: true });
defMethod(CoroutineType, "__await__", (self: PyGenerator) => new PyCoroWrapper(self));
defMethod(CoroutineWrapperType, "__iter__", (self: PyCoroWrapper) => self);
defMethod(CoroutineWrapperType, "__next__", (self: PyCoroWrapper) => genSend(self.coro, None));
defMethod(CoroutineWrapperType, "send", (self: PyCoroWrapper, args) => genSend(self.coro, args[0]));
defMethod(CoroutineWrapperType, "throw", (self: PyCoroWrapper, args) => genThrow(self.coro, normalizeThrow(args)));
defMethod(CoroutineWrapperType, "close", (self: PyCoroWrapper) => genClose(self.coro));

defMethod(
  AsyncGeneratorType,
  "__repr__",
  (self: PyGenerator) => `<async_generator object ${self.qualname} at ${addressOf(self)}>`,
);

/** Frame objects for gi_frame/sys._getframe (installed by the frame-object module). */
export const frameObjectHook: { get: (f: unknown) => PyObject } = { get: () => None };

closeIterHook.close = (o) => {
  const close = getAttrOr(o, "close");
  if (close !== undefined) call(close, []);
};
closeIterHook.throwInto = (o, exc) => {
  const t = getAttrOr(o, "throw");
  if (t === undefined) throw exc;
  return call(t, [exc]);
};
function getAttrOr(o: PyObject, name: string): PyObject {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyBaseException) return undefined;
    throw e;
  }
}

export { repr };

// ---------------------------------------------------------------------------------------------------
// Async generators: __anext__/asend/athrow return awaitables that run the generator's frame until it
// yields a wrapped value (the result of the awaitable) or awaits something (passed to the event loop).

import { auxType } from "./builtin_types.js";
import { GeneratorExit, newException, RuntimeError, StopAsyncIteration } from "./exceptions.js";
import { AsyncGenWrappedValue } from "../vm/install_shared.js";

const ASendType = auxType("async_generator_asend");
const AThrowType = auxType("async_generator_athrow");

class PyAsyncGenAwaitable {
  declare type: PyType;
  /** 0: not started, 1: running (awaiting inside), 2: done */
  state = 0;
  constructor(
    public gen: PyGenerator,
    /** asend: the value to send; athrow: the exception to throw (null for aclose). */
    public sendValue: PyObject,
    public throwing: boolean,
    public exc: PyBaseException | null,
  ) {}
}
Object.defineProperty(PyAsyncGenAwaitable.prototype, "type", {
  get(this: PyAsyncGenAwaitable) {
    return this.throwing ? AThrowType : ASendType;
  },
});

/** Interprets what the async generator frame produced for the awaitable. */
function asyncGenResult(aw: PyAsyncGenAwaitable, r: PyObject): PyObject {
  const gen = aw.gen;
  if (r instanceof AsyncGenWrappedValue) {
    aw.state = 2;
    if (aw.throwing && aw.exc === null) throw newException(RuntimeError, "async generator ignored GeneratorExit");
    throw stopIteration(r.value);
  }
  if (gen.frame === null) {
    aw.state = 2;
    if (aw.throwing && aw.exc === null) throw stopIteration(None);
    throw newException(StopAsyncIteration);
  }
  return r;
}

function asyncGenStep(aw: PyAsyncGenAwaitable, value: PyObject, exc: PyBaseException | null): PyObject {
  const gen = aw.gen;
  if (aw.state === 2) throw newException(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  try {
    let r: PyObject;
    if (aw.state === 0) {
      aw.state = 1;
      if (gen.frame === null) {
        aw.state = 2;
        if (aw.throwing && aw.exc === null) throw stopIteration(None);
        if (aw.throwing) throw aw.exc!;
        throw newException(StopAsyncIteration);
      }
      if (aw.throwing) r = genThrow(gen, aw.exc ?? newException(GeneratorExit), true);
      else r = genSend(gen, exc === null ? aw.sendValue : None, true);
      if (exc !== null) r = genThrow(gen, exc, true);
    } else if (exc !== null) r = genThrow(gen, exc, true);
    else r = genSend(gen, value, true);
    if (r === undefined) {
      aw.state = 2;
      if (aw.throwing && aw.exc === null) throw stopIteration(None);
      throw newException(StopAsyncIteration);
    }
    return asyncGenResult(aw, r);
  } catch (e) {
    aw.state = 2;
    if (aw.throwing && aw.exc === null && e instanceof PyBaseException) {
      if (e.type.isSubtype(StopAsyncIteration) || e.type.isSubtype(GeneratorExit)) throw stopIteration(None);
    }
    throw e;
  }
}

for (const T of [ASendType, AThrowType]) {
  defMethod(T, "__await__", (self: PyAsyncGenAwaitable) => self);
  defMethod(T, "__iter__", (self: PyAsyncGenAwaitable) => self);
  defMethod(T, "__next__", (self: PyAsyncGenAwaitable) => asyncGenStep(self, None, null));
  defMethod(T, "send", (self: PyAsyncGenAwaitable, args) => asyncGenStep(self, args[0], null));
  defMethod(T, "throw", (self: PyAsyncGenAwaitable, args) => asyncGenStep(self, None, normalizeThrow(args)));
  defMethod(T, "close", (self: PyAsyncGenAwaitable) => {
    self.state = 2;
    return None;
  });
}

defMethod(AsyncGeneratorType, "__aiter__", (self: PyGenerator) => self);
defMethod(AsyncGeneratorType, "__anext__", (self: PyGenerator) => new PyAsyncGenAwaitable(self, None, false, null));
defMethod(
  AsyncGeneratorType,
  "asend",
  (self: PyGenerator, args) => new PyAsyncGenAwaitable(self, args[0], false, null),
);
defMethod(
  AsyncGeneratorType,
  "athrow",
  (self: PyGenerator, args) => new PyAsyncGenAwaitable(self, None, true, normalizeThrow(args)),
);
defMethod(AsyncGeneratorType, "aclose", (self: PyGenerator) => new PyAsyncGenAwaitable(self, None, true, null));
defGetSet(AsyncGeneratorType, "ag_running", (g: PyGenerator) => g.running);
defGetSet(AsyncGeneratorType, "__name__", (g: PyGenerator) => g.name);
defGetSet(AsyncGeneratorType, "__qualname__", (g: PyGenerator) => g.qualname);

// anext(aiter, default): an awaitable that turns StopAsyncIteration into the default value.
const ANextAwaitableType = auxType("anext_awaitable");
class PyANextAwaitable {
  declare type: PyType;
  inner: PyObject = null;
  constructor(
    public awaitable: PyObject,
    public dflt: PyObject,
  ) {}
  iterator(): PyObject {
    if (this.inner === null) {
      const aw = this.awaitable;
      this.inner = typeOf(aw).lookup("__await__") !== undefined ? call(getAttr(aw, "__await__"), []) : aw;
    }
    return this.inner;
  }
  step(fn: () => PyObject): PyObject {
    try {
      return fn();
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(StopAsyncIteration)) throw stopIteration(this.dflt);
      throw e;
    }
  }
}
Object.defineProperty(PyANextAwaitable.prototype, "type", { value: ANextAwaitableType, writable: true });
defMethod(ANextAwaitableType, "__await__", (self: PyANextAwaitable) => self);
defMethod(ANextAwaitableType, "__iter__", (self: PyANextAwaitable) => self);
defMethod(ANextAwaitableType, "__next__", (self: PyANextAwaitable) =>
  self.step(() => call(getAttr(self.iterator(), "send"), [None])),
);
defMethod(ANextAwaitableType, "send", (self: PyANextAwaitable, args) =>
  self.step(() => call(getAttr(self.iterator(), "send"), [args[0]])),
);
defMethod(ANextAwaitableType, "throw", (self: PyANextAwaitable, args) =>
  self.step(() => call(getAttr(self.iterator(), "throw"), args)),
);
defMethod(ANextAwaitableType, "close", (self: PyANextAwaitable) => call(getAttr(self.iterator(), "close"), []));

export function makeANextAwaitable(aw: PyObject, dflt: PyObject): PyObject {
  return new PyANextAwaitable(aw, dflt);
}
