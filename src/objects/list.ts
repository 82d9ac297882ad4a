// Python `list`: a JS array of Python values. The methods of the type are in list_type.ts.

import { ListType } from "./builtin_types.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export class PyList {
  type: PyType;
  dict: PyObject = null;
  constructor(
    public items: PyObject[],
    type: PyType = ListType,
  ) {
    this.type = type;
  }
}

// Objects whose repr is being computed (CPython's Py_ReprEnter/Py_ReprLeave): a container met again
// while its own repr is running prints as `[...]`, `{...}`, `set(...)`.
const reprRunning: PyObject[] = [];

/** Marks `o` as being repr'd; false when it already is (the caller prints the recursion marker). */
export function reprEnter(o: PyObject): boolean {
  for (let i = reprRunning.length - 1; i >= 0; i--) if (reprRunning[i] === o) return false;
  reprRunning.push(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  for (let i = reprRunning.length - 1; i >= 0; i--) {
    if (reprRunning[i] === o) {
      reprRunning.splice(i, 1);
      return;
    }
  }
}
