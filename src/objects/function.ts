// Python functions, bound methods and cells (CPython's Objects/funcobject.c, classobject.c, cellobject.c).

import { CellType, FunctionType, MethodType, None } from "./builtin_types.js";
import type { PyCode } from "./code.js";
import type { PyObject } from "./object.js";
import type { PyTuple } from "./tuple.js";
import { PyCodePointStr } from "./str.js";

let nextFuncVersion = 1;

export class PyFunction {
  declare type: typeof FunctionType;
  name: string;
  qualname: string;
  /** Positional defaults (a PyTuple) or null. */
  defaults: PyTuple | null = null;
  /** Keyword-only defaults (a PyDict) or null. */
  kwdefaults: PyObject = null;
  /** Free-variable cells (a PyTuple of PyCell) or null. */
  closure: PyTuple | null = null;
  /** Annotations: a PyDict, or the flat (name, value, ...) tuple from the compiler until first read. */
  annotations: PyObject = null;
  /** Instance __dict__ (a PyDict), created on demand. */
  dict: PyObject = null;
  module: PyObject;
  doc: PyObject;
  typeParams: PyObject = null;
  /** Function version (changes when __code__ or defaults change), for call specialization. */
  version: number;

  constructor(
    public code: PyCode,
    public globals: PyObject,
    public builtins: PyObject,
  ) {
    this.name = code.co_name;
    this.qualname = code.co_qualname;
    const mod = globals.getStr("__name__");
    this.module = mod === undefined ? None : mod;
    // CPython 3.13 takes the first constant as the docstring when it is a str (the compiler puts the
    // docstring, or None, first).
    const c0 = code.co_consts.length > 0 ? code.co_consts[0] : undefined;
    this.doc = typeof c0 === "string" || c0 instanceof PyCodePointStr ? c0 : None;
    this.version = nextFuncVersion++;
  }

  bumpVersion(): void {
    this.version = nextFuncVersion++;
  }
}
Object.defineProperty(PyFunction.prototype, "type", { value: FunctionType, writable: true });

/** A bound method: `obj.meth` where `meth` is a Python function (CPython's PyMethodObject). */
export class PyMethod {
  declare type: typeof MethodType;
  constructor(
    public func: PyObject,
    public self: PyObject,
  ) {}
}
Object.defineProperty(PyMethod.prototype, "type", { value: MethodType, writable: true });

/** A cell for a variable shared with nested scopes; `contents` is undefined while the cell is empty. */
export class PyCell {
  declare type: typeof CellType;
  constructor(public contents: PyObject) {}
}
Object.defineProperty(PyCell.prototype, "type", { value: CellType, writable: true });
