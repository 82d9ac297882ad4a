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
import { genClose, genSend, genThrow, PyGenerator, closeIterHook } from "./generator.js";
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
defGetSet(GeneratorType, "gi_code", (g: PyGenerator) => g.frame?.code ?? None);
defGetSet(CoroutineType, "cr_running", (g: PyGenerator) => g.running);
defGetSet(CoroutineType, "cr_frame", (g: PyGenerator) => (g.frame === null ? None : frameObjectHook.get(g.frame)));
defGetSet(CoroutineType, "cr_await", () => None);

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
