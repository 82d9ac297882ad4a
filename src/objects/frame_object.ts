// Python-visible frame and traceback objects (CPython's PyFrameObject / PyTracebackObject attributes):
// f_code, f_globals, f_locals, f_lineno, f_back, f_lasti; tb_frame, tb_lineno, tb_lasti, tb_next; and
// sys._getframe.

import type { PyTraceback } from "../vm/errors.js";
import type { Frame } from "../vm/frame.js";
import { lineOf } from "../vm/linetable.js";
import { mainThread } from "../vm/thread.js";
import { frameLocalsHook } from "../builtins/builtins.js";
import { builtinFunction, defGetSet, defMethod, FrameType, None, TracebackType } from "./builtin_types.js";
import { newException, ValueError } from "./exceptions.js";
import { frameObjectHook } from "./generator_type.js";
import { addressOf } from "./object_type.js";
import type { PyObject } from "./object.js";
import type { PyModule } from "./module.js";
import type { PyType } from "./type.js";

export class PyFrameObject {
  declare type: PyType;
  constructor(public frame: Frame) {}
}
Object.defineProperty(PyFrameObject.prototype, "type", { value: FrameType, writable: true });

/** The frame object of an interpreter frame (one per frame, created on demand). */
export function frameObject(f: Frame): PyFrameObject {
  if (f.frameObject === null) f.frameObject = new PyFrameObject(f);
  return f.frameObject;
}
frameObjectHook.get = (f) => frameObject(f as Frame);

defGetSet(FrameType, "f_code", (fo: PyFrameObject) => fo.frame.code);
defGetSet(FrameType, "f_globals", (fo: PyFrameObject) => fo.frame.globals);
defGetSet(FrameType, "f_builtins", (fo: PyFrameObject) => fo.frame.builtins);
defGetSet(FrameType, "f_locals", (fo: PyFrameObject) => fo.frame.locals ?? frameLocalsHook.locals(fo.frame));
defGetSet(FrameType, "f_lineno", (fo: PyFrameObject) => lineOf(fo.frame.code, fo.frame.lasti));
defGetSet(FrameType, "f_lasti", (fo: PyFrameObject) => fo.frame.lasti * 2);
defGetSet(FrameType, "f_back", (fo: PyFrameObject) => {
  const p = fo.frame.previous;
  return p === null ? None : frameObject(p);
});
defGetSet(FrameType, "f_trace", () => None);
defMethod(FrameType, "clear", () => None);
defMethod(
  FrameType,
  "__repr__",
  (fo: PyFrameObject) =>
    `<frame at ${addressOf(fo)}, file '${fo.frame.code.co_filename}', line ${lineOf(fo.frame.code, fo.frame.lasti)}, code ${fo.frame.code.co_name}>`,
);

defGetSet(TracebackType, "tb_frame", (tb: PyTraceback) => frameObject(tb.frame));
defGetSet(TracebackType, "tb_lineno", (tb: PyTraceback) => lineOf(tb.frame.code, tb.lasti));
defGetSet(TracebackType, "tb_lasti", (tb: PyTraceback) => tb.lasti * 2);
defGetSet(
  TracebackType,
  "tb_next",
  (tb: PyTraceback) => tb.next ?? None,
  (tb: PyTraceback, v: PyObject) => {
    tb.next = v ?? None;
  },
);

/** Installs sys._getframe on the sys module. */
export function installGetframe(sys: PyModule): void {
  sys.dict.setStr(
    "_getframe",
    builtinFunction(
      "_getframe",
      (args) => {
        let depth = args.length > 0 ? (args[0] as number) : 0;
        let f = mainThread.current;
        while (depth > 0 && f !== null) {
          f = f.previous;
          depth--;
        }
        if (f === null) throw newException(ValueError, "call stack is not deep enough");
        return frameObject(f);
      },
      sys,
    ),
  );
}
