// Python-level descriptor types: property, classmethod, staticmethod, and plain instances of classes
// defined in Python (`PyInstance`).

import { ClassMethodType, None, PropertyType, StaticMethodType } from "./builtin_types.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

/** An instance of a class defined in Python whose solid base is `object`. */
export class PyInstance {
  dict: PyObject;
  /** Values of __slots__ members (by PyType.slotIndex), or null. */
  slots: PyObject[] | null;
  constructor(
    public type: PyType,
    dict: PyObject,
    nslots: number,
  ) {
    this.dict = dict;
    this.slots = nslots > 0 ? new Array(nslots).fill(undefined) : null;
  }
}

export class PyProperty {
  type: PyType;
  dict: PyObject = null;
  /** Name from __set_name__, for error messages. */
  name: PyObject = null;
  constructor(
    public fget: PyObject,
    public fset: PyObject,
    public fdel: PyObject,
    public doc: PyObject,
    type: PyType = PropertyType,
  ) {
    this.type = type;
  }
}

export class PyClassMethod {
  type: PyType;
  dict: PyObject = null;
  constructor(
    public func: PyObject,
    type: PyType = ClassMethodType,
  ) {
    this.type = type;
  }
}

export class PyStaticMethod {
  type: PyType;
  dict: PyObject = null;
  constructor(
    public func: PyObject,
    type: PyType = StaticMethodType,
  ) {
    this.type = type;
  }
}

export { None };
