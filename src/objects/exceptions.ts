// Python exceptions (CPython's Objects/exceptions.c). An exception object is a `PyBaseException`; the VM
// raises it with a plain JS `throw` (no JS stack is captured, so raising is cheap) and the eval loop's
// unwinder handles it. Subclass-specific attributes (StopIteration.value, OSError.errno, ...) are JS fields
// exposed as getset descriptors.

import { ObjectType, newBuiltinType, None } from "./builtin_types.js";
import type { PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import { type PyType, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_BASETYPE } from "./type.js";

export class PyBaseException {
  /** Instance __dict__ (a PyDict), created on demand. */
  dict: PyObject = null;
  args: PyTuple;
  /** `__traceback__`: a PyTraceback or None. */
  traceback: PyObject = None;
  context: PyObject = None;
  cause: PyObject = None;
  suppressContext = false;
  notes: PyObject = null;
  /** Set once the VM has chained __context__ for this raise (see the eval loop's unwinder). */
  _raised = false;
  /** Subclass fields (StopIteration.value, SystemExit.code, KeyError..., OSError.errno, ...). */
  [field: string]: any;

  constructor(
    public type: PyType,
    args: PyObject[],
  ) {
    this.args = new PyTuple(args);
  }
}

const E = TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS;
function exc(name: string, base: PyType): PyType {
  const t = newBuiltinType(name, base, E);
  t.hasDict = true;
  return t;
}

export const BaseException = exc("BaseException", ObjectType);
export const BaseExceptionGroup = exc("BaseExceptionGroup", BaseException);
export const GeneratorExit = exc("GeneratorExit", BaseException);
export const KeyboardInterrupt = exc("KeyboardInterrupt", BaseException);
export const SystemExit = exc("SystemExit", BaseException);
export const Exception = exc("Exception", BaseException);
export const ArithmeticError = exc("ArithmeticError", Exception);
export const FloatingPointError = exc("FloatingPointError", ArithmeticError);
export const OverflowError = exc("OverflowError", ArithmeticError);
export const ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError);
export const AssertionError = exc("AssertionError", Exception);
export const AttributeError = exc("AttributeError", Exception);
export const BufferError = exc("BufferError", Exception);
export const EOFError = exc("EOFError", Exception);
export const ExceptionGroup = newBuiltinType("ExceptionGroup", BaseExceptionGroup, E);
ExceptionGroup.bases.push(Exception);
Exception.subclasses.push(ExceptionGroup);
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, ObjectType];
ExceptionGroup.hasDict = true;
export const ImportError = exc("ImportError", Exception);
export const ModuleNotFoundError = exc("ModuleNotFoundError", ImportError);
export const LookupError = exc("LookupError", Exception);
export const IndexError = exc("IndexError", LookupError);
export const KeyError = exc("KeyError", LookupError);
export const MemoryError = exc("MemoryError", Exception);
export const NameError = exc("NameError", Exception);
export const UnboundLocalError = exc("UnboundLocalError", NameError);
export const OSError = exc("OSError", Exception);
export const BlockingIOError = exc("BlockingIOError", OSError);
export const ChildProcessError = exc("ChildProcessError", OSError);
export const ConnectionError = exc("ConnectionError", OSError);
export const BrokenPipeError = exc("BrokenPipeError", ConnectionError);
export const ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError);
export const ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError);
export const ConnectionResetError = exc("ConnectionResetError", ConnectionError);
export const FileExistsError = exc("FileExistsError", OSError);
export const FileNotFoundError = exc("FileNotFoundError", OSError);
export const InterruptedError = exc("InterruptedError", OSError);
export const IsADirectoryError = exc("IsADirectoryError", OSError);
export const NotADirectoryError = exc("NotADirectoryError", OSError);
export const PermissionError = exc("PermissionError", OSError);
export const ProcessLookupError = exc("ProcessLookupError", OSError);
export const TimeoutError = exc("TimeoutError", OSError);
export const ReferenceError = exc("ReferenceError", Exception);
export const RuntimeError = exc("RuntimeError", Exception);
export const NotImplementedError = exc("NotImplementedError", RuntimeError);
export const PythonFinalizationError = exc("PythonFinalizationError", RuntimeError);
export const RecursionError = exc("RecursionError", RuntimeError);
export const StopAsyncIteration = exc("StopAsyncIteration", Exception);
export const StopIteration = exc("StopIteration", Exception);
export const SyntaxError = exc("SyntaxError", Exception);
export const IndentationError = exc("IndentationError", SyntaxError);
export const TabError = exc("TabError", IndentationError);
export const SystemError = exc("SystemError", Exception);
export const TypeError = exc("TypeError", Exception);
export const ValueError = exc("ValueError", Exception);
export const UnicodeError = exc("UnicodeError", ValueError);
export const UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError);
export const UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError);
export const UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError);
export const Warning = exc("Warning", Exception);
export const BytesWarning = exc("BytesWarning", Warning);
export const DeprecationWarning = exc("DeprecationWarning", Warning);
export const EncodingWarning = exc("EncodingWarning", Warning);
export const FutureWarning = exc("FutureWarning", Warning);
export const ImportWarning = exc("ImportWarning", Warning);
export const PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning);
export const ResourceWarning = exc("ResourceWarning", Warning);
export const RuntimeWarning = exc("RuntimeWarning", Warning);
export const SyntaxWarning = exc("SyntaxWarning", Warning);
export const UnicodeWarning = exc("UnicodeWarning", Warning);
export const UserWarning = exc("UserWarning", Warning);

/** Every builtin exception type by name (for the builtins module). */
export const builtinExceptions: Record<string, PyType> = {
  BaseException,
  BaseExceptionGroup,
  GeneratorExit,
  KeyboardInterrupt,
  SystemExit,
  Exception,
  ArithmeticError,
  FloatingPointError,
  OverflowError,
  ZeroDivisionError,
  AssertionError,
  AttributeError,
  BufferError,
  EOFError,
  ExceptionGroup,
  ImportError,
  ModuleNotFoundError,
  LookupError,
  IndexError,
  KeyError,
  MemoryError,
  NameError,
  UnboundLocalError,
  OSError,
  BlockingIOError,
  ChildProcessError,
  ConnectionError,
  BrokenPipeError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  FileExistsError,
  FileNotFoundError,
  InterruptedError,
  IsADirectoryError,
  NotADirectoryError,
  PermissionError,
  ProcessLookupError,
  TimeoutError,
  ReferenceError,
  RuntimeError,
  NotImplementedError,
  PythonFinalizationError,
  RecursionError,
  StopAsyncIteration,
  StopIteration,
  SyntaxError,
  IndentationError,
  TabError,
  SystemError,
  TypeError,
  ValueError,
  UnicodeError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  UnicodeTranslateError,
  Warning,
  BytesWarning,
  DeprecationWarning,
  EncodingWarning,
  FutureWarning,
  ImportWarning,
  PendingDeprecationWarning,
  ResourceWarning,
  RuntimeWarning,
  SyntaxWarning,
  UnicodeWarning,
  UserWarning,
};

/** A new exception instance of builtin type `type` with args `(msg,)` (or `()` when msg is undefined). */
export function newException(type: PyType, msg?: string | PyObject): PyBaseException {
  const e = new PyBaseException(type, msg === undefined ? [] : [msg]);
  initExceptionFields(e);
  return e;
}

/** Fills the subclass fields from args as CPython's tp_init of each class does. */
export function initExceptionFields(e: PyBaseException): void {
  const t = e.type;
  const a = e.args.items;
  if (t.isSubtype(StopIteration)) e.value = a.length > 0 ? a[0] : None;
  else if (t.isSubtype(SystemExit)) e.code = a.length === 0 ? None : a.length === 1 ? a[0] : e.args;
  else if (t.isSubtype(ImportError)) {
    if (e.name === undefined) e.name = None;
    if (e.path === undefined) e.path = None;
    e.msg = a.length === 1 ? a[0] : None;
  } else if (t.isSubtype(AttributeError)) {
    if (e.name === undefined) e.name = None;
    if (e.obj === undefined) e.obj = None;
  } else if (t.isSubtype(NameError)) {
    if (e.name === undefined) e.name = None;
  }
}

export function typeError(msg: string): PyBaseException {
  return newException(TypeError, msg);
}
export function valueError(msg: string): PyBaseException {
  return newException(ValueError, msg);
}
export function indexError(msg: string): PyBaseException {
  return newException(IndexError, msg);
}
export function keyError(key: PyObject): PyBaseException {
  return newException(KeyError, key);
}
export function overflowError(msg: string): PyBaseException {
  return newException(OverflowError, msg);
}
export function zeroDivisionError(msg: string): PyBaseException {
  return newException(ZeroDivisionError, msg);
}
export function attributeError(msg: string, name: PyObject = None, obj: PyObject = None): PyBaseException {
  const e = newException(AttributeError, msg);
  e.name = name;
  e.obj = obj;
  return e;
}
export function runtimeError(msg: string): PyBaseException {
  return newException(RuntimeError, msg);
}
export function systemError(msg: string): PyBaseException {
  return newException(SystemError, msg);
}
export function stopIteration(value: PyObject = None): PyBaseException {
  const e = new PyBaseException(StopIteration, value === None ? [] : [value]);
  e.value = value;
  return e;
}

export function isExceptionType(t: PyObject): boolean {
  return t instanceof Object && "flags" in t && (t.flags & TPFLAGS_BASE_EXC_SUBCLASS) !== 0;
}
