// Hooks for CALL_INTRINSIC_* and a few instructions whose implementation lives in the builtins layer
// (which imports the VM, so the VM reaches it through this object, filled in at start-up).

import type { PyObject } from "../objects/object.js";
import type { PyType } from "../objects/type.js";
import type { Frame } from "./frame.js";

function missing(what: string): never {
  throw new Error(`intrinsic hook not installed: ${what}`);
}

export const intrinsicHooks: {
  displayhook: (v: PyObject) => PyObject;
  ascii: (v: PyObject) => string;
  stopIterationError: (frame: Frame, exc: PyObject) => PyObject;
  asyncGenWrap: (v: PyObject) => PyObject;
  intrinsic1: (oparg: number, v: PyObject) => PyObject;
  intrinsic2: (oparg: number, v2: PyObject, v1: PyObject) => PyObject;
  bind: (f: PyObject, self: PyObject) => PyObject;
  superType: () => PyObject;
  superLookup: (klass: PyType, self: PyObject, name: string, method: boolean) => [PyObject, PyObject] | undefined;
  matchSelf: (t: PyType) => boolean;
} = {
  displayhook: () => missing("displayhook"),
  ascii: () => missing("ascii"),
  stopIterationError: () => missing("stopIterationError"),
  asyncGenWrap: () => missing("asyncGenWrap"),
  intrinsic1: (oparg) => missing(`intrinsic1 ${oparg}`),
  intrinsic2: (oparg) => missing(`intrinsic2 ${oparg}`),
  bind: () => missing("bind"),
  superType: () => missing("superType"),
  superLookup: () => undefined,
  matchSelf: () => false,
};
