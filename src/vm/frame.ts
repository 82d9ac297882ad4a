// Interpreter frames (CPython's _PyInterpreterFrame): locals, cells and the value stack live in one
// array, `localsplus` (locals first, then the stack, as in CPython), so LOAD_FAST is one array read.

import type { PyCode } from "../objects/code.js";
import type { PyObject } from "../objects/object.js";

export class Frame {
  instrs: Uint16Array;
  localsplus: PyObject[];
  consts: PyObject[];
  names: string[];
  /** Index of the next code unit to execute (saved when the frame is not running). */
  ip = 0;
  /** Stack pointer: index in localsplus of the first free stack slot. */
  sp: number;
  /** Index of the instruction being executed (for tracebacks and f_lasti). */
  lasti = -1;
  /** Code units to skip, on return of a callee frame, after this frame's saved `ip` (FOR_ITER/SEND). */
  returnOffset = 0;
  previous: Frame | null = null;
  /**
   * For an `__init__` frame pushed by CALL on a class (CPython's CALL_ALLOC_AND_ENTER_INIT): the new
   * instance, which the caller receives instead of __init__'s return value (that must be None).
   */
  initSelf: PyObject = null;
  /**
   * For a binary-operator dunder frame pushed by BINARY_OP: 1 + the NB_* operator, and the operands,
   * so that a NotImplemented result can fall back to the reflected method in the caller.
   */
  binop = 0;
  binLhs: PyObject = null;
  binRhs: PyObject = null;
  /** The generator/coroutine owning this frame, if any. */
  generator: PyObject = null;
  /** The Python frame object (f_back, f_locals, ...), created on demand. */
  frameObject: PyObject = null;

  constructor(
    public code: PyCode,
    /** The function being run (null for module/class bodies and exec). */
    public func: PyObject,
    public globals: PyObject,
    public builtins: PyObject,
    /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME), else null. */
    public locals: PyObject,
  ) {
    this.instrs = code._co_code_adaptive;
    const n = code.co_nlocalsplus;
    this.localsplus = new Array(n + code.co_stacksize);
    this.sp = n;
    this.consts = code.co_consts;
    this.names = code.co_names;
  }
}
