// Python `tuple`: an immutable JS array of Python values. The methods of the type are in tuple_type.ts.

import { setProtoType, TupleType } from "./builtin_types.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export class PyTuple {
  declare type: PyType;
  constructor(public readonly items: PyObject[]) {}
}
setProtoType(PyTuple, TupleType);

/** A tuple subclass instance (`class P(tuple)`, namedtuple): own type and __dict__. */
export class PyTupleSub extends PyTuple {
  dict: PyObject = null;
  constructor(items: PyObject[], type: PyType) {
    super(items);
    Object.defineProperty(this, "type", { value: type, writable: true, enumerable: false });
  }
}

export const EMPTY_TUPLE_ITEMS: PyObject[] = [];
