// Python exceptions (CPython's Objects/exceptions.c). An exception object is a `PyBaseException`; the VM
// raises it with a plain JS `throw` (no JS stack is captured, so raising is cheap) and the eval loop's
// unwinder handles it. Subclass-specific attributes (StopIteration.value, OSError.errno, ...) are JS fields
// exposed as getset descriptors.

import { constants as osConstants } from "node:os";
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
export const IncompleteInputError = exc("_IncompleteInputError", SyntaxError);
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
  _IncompleteInputError: IncompleteInputError,
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

/**
 * Fills the subclass fields from `e.args` as the tp_init of each builtin class does (for exceptions that
 * natives create without calling the class). Fields left unset read as None.
 */
export function initExceptionFields(e: PyBaseException): void {
  const t = e.type;
  const a = e.args.items;
  if (t.isSubtype(StopIteration) || t.isSubtype(StopAsyncIteration)) e.value = a.length > 0 ? a[0] : None;
  else if (t.isSubtype(SystemExit)) {
    if (a.length > 0) e.code = a.length === 1 ? a[0] : e.args;
  } else if (t.isSubtype(ImportError)) e.msg = a.length === 1 ? a[0] : undefined;
  else if (t.isSubtype(OSError)) initOSErrorFields(e);
  else if (t.isSubtype(SyntaxError)) {
    if (a.length >= 1) e.msg = a[0];
    const info = a.length === 2 ? a[1] : undefined;
    if (info instanceof PyTuple && info.items.length >= 4) {
      const [filename, lineno, offset, text, endLineno, endOffset] = info.items;
      Object.assign(e, { filename, lineno, offset, text, end_lineno: endLineno, end_offset: endOffset });
    }
  } else if (t.isSubtype(UnicodeError) && a.length === 5) {
    if (t.isSubtype(UnicodeEncodeError) || t.isSubtype(UnicodeDecodeError)) {
      Object.assign(e, { encoding: a[0], object: a[1], start: a[2], end: a[3], reason: a[4] });
    }
  } else if (t.isSubtype(UnicodeTranslateError) && a.length === 4) {
    Object.assign(e, { object: a[0], start: a[1], end: a[2], reason: a[3] });
  }
}

/**
 * OSError's fields from its args (CPython's oserror_parse_args + oserror_init): with 2 to 5 arguments,
 * (errno, strerror, filename, winerror, filename2); a filename shortens `args` to (errno, strerror).
 */
export function initOSErrorFields(e: PyBaseException): void {
  const a = e.args.items;
  let errno: PyObject;
  let strerror: PyObject;
  let filename: PyObject;
  let filename2: PyObject;
  if (a.length >= 2 && a.length <= 5) [errno, strerror, filename, , filename2] = a;
  if (filename !== undefined && filename !== None) {
    if (e.type === BlockingIOError && (typeof filename === "number" || typeof filename === "bigint")) {
      e.written = Number(filename);
    } else {
      e.filename = filename;
      if (filename2 !== undefined && filename2 !== None) e.filename2 = filename2;
      e.args = new PyTuple(a.slice(0, 2));
    }
  }
  e.errno = errno;
  e.strerror = strerror;
}

// errno values -> OSError subclasses (CPython's _PyExc_InitState), with this platform's numbers.
const errnoNames: [string, PyType][] = [
  ["EAGAIN", BlockingIOError],
  ["EALREADY", BlockingIOError],
  ["EINPROGRESS", BlockingIOError],
  ["EWOULDBLOCK", BlockingIOError],
  ["EPIPE", BrokenPipeError],
  ["ESHUTDOWN", BrokenPipeError],
  ["ECHILD", ChildProcessError],
  ["ECONNABORTED", ConnectionAbortedError],
  ["ECONNREFUSED", ConnectionRefusedError],
  ["ECONNRESET", ConnectionResetError],
  ["EEXIST", FileExistsError],
  ["ENOENT", FileNotFoundError],
  ["EISDIR", IsADirectoryError],
  ["ENOTDIR", NotADirectoryError],
  ["EINTR", InterruptedError],
  ["EACCES", PermissionError],
  ["EPERM", PermissionError],
  ["ESRCH", ProcessLookupError],
  ["ETIMEDOUT", TimeoutError],
];
/** Not in Node's table: Linux and macOS numbers. */
const extraErrno: Record<string, number> = { ESHUTDOWN: process.platform === "darwin" ? 58 : 108 };
export const errnoMap = new Map<number, PyType>();
for (const [name, t] of errnoNames) {
  const n = (osConstants.errno as Record<string, number | undefined>)[name] ?? extraErrno[name];
  if (n !== undefined) errnoMap.set(n, t);
}

/** The OSError subclass CPython picks for `OSError(errno, ...)`. */
export function osErrorType(errno: PyObject): PyType {
  if (typeof errno === "boolean") errno = errno ? 1 : 0;
  return (typeof errno === "number" && errnoMap.get(errno)) || OSError;
}

/** `OSError(errno, strerror[, filename[, None, filename2]])` as natives raise it (errno picks the subclass). */
export function newOSError(
  errno: number,
  strerror: string,
  filename?: PyObject,
  filename2?: PyObject,
): PyBaseException {
  const args: PyObject[] = [errno, strerror];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  const e = new PyBaseException(osErrorType(errno), args);
  initOSErrorFields(e);
  return e;
}

/** `NameError(msg, name=name)` as the VM raises it for an unbound name. */
export function nameError(msg: string, name: PyObject): PyBaseException {
  const e = newException(NameError, msg);
  e.name = name;
  return e;
}

/** `ImportError(msg, name=..., path=...)`. */
export function importError(msg: string, name: PyObject = None, path: PyObject = None): PyBaseException {
  const e = newException(ImportError, msg);
  e.name = name;
  e.path = path;
  return e;
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
