// The natives of BaseException and its subclasses (CPython's Objects/exceptions.c). Exception groups are
// in exception_group.ts. Subclass fields (StopIteration.value, OSError.errno, ...) are JS fields of the
// PyBaseException; a field that was never set reads as None (CPython's NULL member).

import { getAttrOrUndefined, index, repr, setAttr, str, toArray, typeName } from "../vm/abstract.js";
import { suggestName } from "../vm/suggestions.js";
import { PyBytes } from "./bytes.js";
import { defGetSet, defMethod, defStatic, None, typeOf } from "./builtin_types.js";
import { PyDict } from "./dict.js";
import {
  AttributeError,
  BaseException,
  BlockingIOError,
  ImportError,
  initOSErrorFields,
  KeyError,
  NameError,
  newException,
  OSError,
  osErrorType,
  OverflowError,
  PyBaseException,
  StopAsyncIteration,
  StopIteration,
  SyntaxError,
  SystemExit,
  typeError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  UnicodeTranslateError,
} from "./exceptions.js";
import { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { addNoteHook } from "./object_type.js";
import { PyCodePointStr, PyStrSubclass } from "./str.js";
import { PyTuple } from "./tuple.js";
import { PyType } from "./type.js";

/** Allocates an exception instance of class `t` (a subclass of BaseException). */
export function allocException(t: PyType): PyBaseException {
  return new PyBaseException(t, []);
}

function nkw(kwnames: string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  const n = nkw(kwnames);
  return n === 0 ? args : args.slice(0, args.length - n);
}

/** _PyArg_NoKeywords(tp_name, kwds). */
function noKeywords(self: PyBaseException, kwnames: string[] | null): void {
  if (nkw(kwnames) > 0) throw typeError(`${self.type.name}() takes no keyword arguments`);
}

/**
 * Keyword-only arguments as PyArg_ParseTupleAndKeywords("|$O...:fname") parses them from an empty tuple
 * (ImportError, NameError, AttributeError); 3.13 suggests a close keyword for a misspelt one.
 */
function keywordOnly(fname: string, names: readonly string[], args: PyObject[], kwnames: string[] | null) {
  const out = new Map<string, PyObject>();
  const n = nkw(kwnames);
  for (let i = 0; i < n; i++) {
    const k = kwnames![i]!;
    if (!names.includes(k)) {
      const s = suggestName(k, names);
      const hint = s === null ? "" : `. Did you mean '${s}'?`;
      throw typeError(`${fname}() got an unexpected keyword argument '${k}'${hint}`);
    }
    out.set(k, args[args.length - n + i]);
  }
  return out;
}

/** A member whose value is any object (CPython's _Py_T_OBJECT): reads None when unset, deletable. */
function objectMember(t: PyType, name: string, field: string = name): void {
  defGetSet(
    t,
    name,
    (e: PyBaseException) => e[field] ?? None,
    (e: PyBaseException, v: PyObject) => {
      e[field] = v;
    },
  );
}

/** A Py_ssize_t member (UnicodeError.start/end). */
function ssizeMember(t: PyType, name: string): void {
  defGetSet(
    t,
    name,
    (e: PyBaseException) => e[name] ?? 0,
    (e: PyBaseException, v: PyObject) => {
      if (v === undefined) throw typeError("can't delete numeric/char attribute");
      // PyLong_AsSsize_t: ints only (no __index__); CPython stores its -1 before checking for the error.
      if (typeof v === "boolean") e[name] = Number(v);
      else if (typeof v === "number") e[name] = v;
      else {
        e[name] = -1;
        if (typeof v === "bigint") throw newException(OverflowError, "Python int too large to convert to C ssize_t");
        throw typeError("an integer is required");
      }
    },
  );
}

function isStrObject(v: PyObject): boolean {
  return typeof v === "string" || v instanceof PyCodePointStr || v instanceof PyStrSubclass;
}

// ---------------------------------------------------------------------------------------------------
// BaseException

defStatic(BaseException, "__new__", (args, kwnames) => {
  const t = args[0];
  if (t === undefined) throw typeError("BaseException.__new__(): not enough arguments");
  if (!(t instanceof PyType)) {
    throw typeError(`BaseException.__new__(X): X is not a type object (${typeName(t)})`);
  }
  if (!t.isSubtype(BaseException)) {
    throw typeError(`BaseException.__new__(${t.name}): ${t.name} is not a subtype of BaseException`);
  }
  // Keyword arguments are for __init__ to reject (or for a subclass's own __init__).
  return new PyBaseException(t, args.slice(1, args.length - nkw(kwnames)));
});
BaseException.allocate = (t) => new PyBaseException(t, []);

function baseExceptionInit(self: PyBaseException, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(self, kwnames);
  self.args = new PyTuple(args.slice());
}

defMethod(BaseException, "__init__", (self: PyBaseException, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  return None;
});

/** BaseException_str. */
export function baseExceptionStr(self: PyBaseException): PyObject {
  const a = self.args.items;
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return str(self.args);
}

defMethod(BaseException, "__str__", (self: PyBaseException) => baseExceptionStr(self));

defMethod(BaseException, "__repr__", (self: PyBaseException) => {
  const name = self.type.name;
  const a = self.args.items;
  if (a.length === 1) return `${name}(${repr(a[0])})`;
  return `${name}${repr(self.args)}`;
});

defMethod(BaseException, "__reduce__", (self: PyBaseException) =>
  self.dict instanceof PyDict ? new PyTuple([self.type, self.args, self.dict]) : new PyTuple([self.type, self.args]),
);

defMethod(BaseException, "__setstate__", (self: PyBaseException, args, kwnames) => {
  exactlyOne("BaseException.__setstate__", args, kwnames);
  const state = args[0];
  if (state !== None) {
    if (!(state instanceof PyDict)) throw typeError("state is not a dictionary");
    for (const [k, v] of state.entries()) setAttr(self, k as string, v);
  }
  return None;
});

function exactlyOne(fname: string, args: PyObject[], kwnames: string[] | null): void {
  if (nkw(kwnames) > 0) throw typeError(`${fname}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
}

defMethod(BaseException, "add_note", (self: PyBaseException, args, kwnames) => {
  exactlyOne("BaseException.add_note", args, kwnames);
  const note = args[0];
  if (!isStrObject(note)) throw typeError(`note must be a str, not '${typeName(note)}'`);
  addNote(self, note);
  return None;
});

/** `exc.add_note(note)`: appends to `__notes__`, creating the list (CPython's BaseException_add_note). */
export function addNote(self: PyBaseException, note: PyObject): void {
  let notes = getAttrOrUndefined(self, "__notes__");
  if (notes === undefined) {
    notes = new PyList([]);
    setAttr(self, "__notes__", notes);
  } else if (!(notes instanceof PyList)) {
    throw typeError("Cannot add note: __notes__ is not a list");
  }
  (notes as PyList).items.push(note);
}
addNoteHook.add = (e, note) => addNote(e, note);

defMethod(BaseException, "with_traceback", (self: PyBaseException, args, kwnames) => {
  exactlyOne("BaseException.with_traceback", args, kwnames);
  setTraceback(self, args[0]);
  return self;
});

function setTraceback(self: PyBaseException, v: PyObject): void {
  if (v === undefined) throw typeError("__traceback__ may not be deleted");
  if (v !== None && typeOf(v).name !== "traceback") throw typeError("__traceback__ must be a traceback or None");
  self.traceback = v;
}

defGetSet(
  BaseException,
  "args",
  (self: PyBaseException) => self.args,
  (self: PyBaseException, v) => {
    if (v === undefined) throw typeError("args may not be deleted");
    self.args = v instanceof PyTuple && v.type.name === "tuple" ? v : new PyTuple(toArray(v));
  },
);
defGetSet(
  BaseException,
  "__traceback__",
  (self: PyBaseException) => self.traceback,
  (self: PyBaseException, v) => setTraceback(self, v),
);
defGetSet(
  BaseException,
  "__context__",
  (self: PyBaseException) => self.context,
  (self: PyBaseException, v) => {
    if (v === undefined) throw typeError("__context__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) {
      throw typeError("exception context must be None or derive from BaseException");
    }
    self.context = v;
  },
);
defGetSet(
  BaseException,
  "__cause__",
  (self: PyBaseException) => self.cause,
  (self: PyBaseException, v) => {
    if (v === undefined) throw typeError("__cause__ may not be deleted");
    if (v !== None && !(v instanceof PyBaseException)) {
      throw typeError("exception cause must be None or derive from BaseException");
    }
    self.cause = v;
    self.suppressContext = true;
  },
);
defGetSet(
  BaseException,
  "__suppress_context__",
  (self: PyBaseException) => self.suppressContext,
  (self: PyBaseException, v) => {
    if (v === undefined) throw typeError("can't delete numeric/char attribute");
    if (typeof v !== "boolean") throw typeError("attribute value type must be bool");
    self.suppressContext = v;
  },
);
defGetSet(
  BaseException,
  "__dict__",
  (self: PyBaseException) => {
    if (!(self.dict instanceof PyDict)) self.dict = new PyDict();
    return self.dict;
  },
  (self: PyBaseException, v) => {
    if (v === undefined) throw typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    self.dict = v;
  },
);

// ---------------------------------------------------------------------------------------------------
// StopIteration, StopAsyncIteration, SystemExit

for (const T of [StopIteration, StopAsyncIteration]) {
  defMethod(T, "__init__", (self: PyBaseException, args, kwnames) => {
    baseExceptionInit(self, args, kwnames);
    self.value = args.length > 0 ? args[0] : None;
    return None;
  });
  objectMember(T, "value");
}

defMethod(SystemExit, "__init__", (self: PyBaseException, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  if (args.length === 1) self.code = args[0];
  else if (args.length > 1) self.code = self.args;
  return None;
});
objectMember(SystemExit, "code");

// ---------------------------------------------------------------------------------------------------
// ImportError, ModuleNotFoundError

defMethod(ImportError, "__init__", (self: PyBaseException, args, kwnames) => {
  const pos = positional(args, kwnames);
  self.args = new PyTuple(pos.slice());
  const kw = keywordOnly("ImportError", ["name", "path", "name_from"], args, kwnames);
  self.name = kw.get("name");
  self.path = kw.get("path");
  self.name_from = kw.get("name_from");
  self.msg = pos.length === 1 ? pos[0] : undefined;
  return None;
});
defMethod(ImportError, "__str__", (self: PyBaseException) => {
  const m = self.msg;
  if (typeof m === "string" || m instanceof PyCodePointStr) return m;
  return baseExceptionStr(self);
});
defMethod(ImportError, "__reduce__", (self: PyBaseException) => {
  let state: PyObject = self.dict instanceof PyDict ? self.dict : None;
  if (self.name !== undefined || self.path !== undefined || self.name_from !== undefined) {
    const d = self.dict instanceof PyDict ? self.dict.copy() : new PyDict();
    for (const f of ["name", "path", "name_from"]) if (self[f] !== undefined) d.setStr(f, self[f]);
    state = d;
  }
  return state === None ? new PyTuple([self.type, self.args]) : new PyTuple([self.type, self.args, state]);
});
for (const f of ["msg", "name", "path", "name_from"]) objectMember(ImportError, f);

// ---------------------------------------------------------------------------------------------------
// OSError

/** CPython's oserror_use_init: a subclass with its own __init__ (and OSError's __new__) parses in __init__. */
function oserrorUseInit(t: PyType): boolean {
  return t.lookup("__init__") !== OSERROR_INIT && t.lookup("__new__") === OSERROR_NEW;
}

defStatic(OSError, "__new__", (args, kwnames) => {
  let t = args[0];
  if (!(t instanceof PyType)) throw typeError(`OSError.__new__(X): X is not a type object (${typeName(t)})`);
  if (!t.isSubtype(OSError)) throw typeError(`OSError.__new__(${t.name}): ${t.name} is not a subtype of OSError`);
  const rest = positional(args.slice(1), kwnames);
  if (oserrorUseInit(t)) return new PyBaseException(t, []);
  if (nkw(kwnames) > 0) throw typeError(`${t.name}() takes no keyword arguments`);
  if (t === OSError && rest.length >= 2 && rest.length <= 5) t = osErrorType(rest[0]);
  const e = new PyBaseException(t, rest.slice());
  initOSErrorFields(e);
  return e;
});
const OSERROR_NEW = OSError.dict.get("__new__");

defMethod(OSError, "__init__", (self: PyBaseException, args, kwnames) => {
  if (!oserrorUseInit(self.type)) return None;
  noKeywords(self, kwnames);
  self.args = new PyTuple(args.slice());
  initOSErrorFields(self);
  return None;
});
const OSERROR_INIT = OSError.dict.get("__init__");

defMethod(OSError, "__str__", (self: PyBaseException) => {
  const orNone = (v: PyObject) => (v === undefined ? None : v);
  if (self.filename !== undefined) {
    if (self.filename2 !== undefined) {
      return `[Errno ${str(orNone(self.errno))}] ${str(orNone(self.strerror))}: ${repr(self.filename)} -> ${repr(self.filename2)}`;
    }
    return `[Errno ${str(orNone(self.errno))}] ${str(orNone(self.strerror))}: ${repr(self.filename)}`;
  }
  if (self.errno !== undefined && self.strerror !== undefined)
    return `[Errno ${str(self.errno)}] ${str(self.strerror)}`;
  return baseExceptionStr(self);
});
defMethod(OSError, "__reduce__", (self: PyBaseException) => {
  let args: PyTuple = self.args;
  if (args.items.length === 2 && self.filename !== undefined) {
    const items = [args.items[0], args.items[1], self.filename];
    if (self.filename2 !== undefined) items.push(None, self.filename2);
    args = new PyTuple(items);
  }
  return self.dict instanceof PyDict ? new PyTuple([self.type, args, self.dict]) : new PyTuple([self.type, args]);
});
objectMember(OSError, "errno");
objectMember(OSError, "strerror");
objectMember(OSError, "filename");
objectMember(OSError, "filename2");
defGetSet(
  OSError,
  "characters_written",
  (self: PyBaseException) => {
    if (self.written === undefined) throw newException(AttributeError, "characters_written");
    return self.written;
  },
  (self: PyBaseException, v) => {
    if (v === undefined) {
      if (self.written === undefined) throw newException(AttributeError, "characters_written");
      self.written = undefined;
      return;
    }
    const n = index(v);
    self.written = typeof n === "bigint" ? Number(n) : n;
  },
);
void BlockingIOError;

// ---------------------------------------------------------------------------------------------------
// NameError, AttributeError

defMethod(NameError, "__init__", (self: PyBaseException, args, kwnames) => {
  self.args = new PyTuple(positional(args, kwnames).slice());
  self.name = keywordOnly("NameError", ["name"], args, kwnames).get("name");
  return None;
});
objectMember(NameError, "name");

defMethod(AttributeError, "__init__", (self: PyBaseException, args, kwnames) => {
  self.args = new PyTuple(positional(args, kwnames).slice());
  const kw = keywordOnly("AttributeError", ["name", "obj"], args, kwnames);
  self.name = kw.get("name");
  self.obj = kw.get("obj");
  return None;
});
function attributeErrorState(self: PyBaseException): PyObject {
  const d = self.dict instanceof PyDict ? self.dict.copy() : new PyDict();
  if (self.name !== undefined) d.setStr("name", self.name);
  d.setStr("args", self.args);
  return d;
}
defMethod(AttributeError, "__getstate__", (self: PyBaseException) => attributeErrorState(self));
defMethod(
  AttributeError,
  "__reduce__",
  (self: PyBaseException) => new PyTuple([self.type, self.args, attributeErrorState(self)]),
);
objectMember(AttributeError, "name");
objectMember(AttributeError, "obj");

// ---------------------------------------------------------------------------------------------------
// SyntaxError (IndentationError, TabError, _IncompleteInputError)

const SYNTAX_FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] as const;

defMethod(SyntaxError, "__init__", (self: PyBaseException, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  if (args.length >= 1) self.msg = args[0];
  if (args.length === 2) {
    const info = toArray(args[1]);
    if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
    for (let i = 0; i < SYNTAX_FIELDS.length; i++) self[SYNTAX_FIELDS[i]!] = info[i];
    if (self.end_lineno !== undefined && self.end_offset === undefined) {
      throw typeError("end_offset must be provided when end_lineno is provided");
    }
  }
  return None;
});
defMethod(SyntaxError, "__str__", (self: PyBaseException) => {
  const fn = self.filename;
  const filename = isStrObject(fn) ? basename(strValue(fn)) : null;
  const ln = self.lineno;
  const haveLineno = typeof ln === "number" || typeof ln === "bigint" || typeof ln === "boolean";
  const msg = str(self.msg ?? None);
  if (filename === null && !haveLineno) return msg;
  const lineno = haveLineno ? String(typeof ln === "boolean" ? Number(ln) : ln) : "";
  if (filename !== null && haveLineno) return `${msg} (${filename}, line ${lineno})`;
  if (filename !== null) return `${msg} (${filename})`;
  return `${msg} (line ${lineno})`;
});
for (const f of ["msg", ...SYNTAX_FIELDS, "print_file_and_line"]) objectMember(SyntaxError, f);

function strValue(s: PyObject): string {
  if (s instanceof PyStrSubclass) s = s.value;
  if (s instanceof PyCodePointStr) return String.fromCodePoint(...s.codePoints);
  return s as string;
}

function basename(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? path : path.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------------
// KeyError

defMethod(KeyError, "__str__", (self: PyBaseException) => {
  if (self.args.items.length === 1) return repr(self.args.items[0]);
  return baseExceptionStr(self);
});

// ---------------------------------------------------------------------------------------------------
// UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError

/** PyArg_ParseTuple's messages for the fixed-arity formats of the UnicodeError constructors. */
function unicodeArgs(args: PyObject[], kinds: string): PyObject[] {
  if (args.length !== kinds.length) {
    throw typeError(`function takes exactly ${kinds.length} arguments (${args.length} given)`);
  }
  const out: PyObject[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const v = args[i];
    const k = kinds[i];
    if (k === "U") {
      if (!isStrObject(v)) throw typeError(`argument ${i + 1} must be str, not ${typeName(v)}`);
      out.push(v);
    } else if (k === "n") {
      const n = index(v);
      out.push(typeof n === "bigint" ? Number(n) : n);
    } else {
      // a bytes-like object, copied into bytes
      if (v instanceof PyBytes) out.push(v);
      else if (v !== null && typeof v === "object" && v.data instanceof Uint8Array)
        out.push(new PyBytes(v.data.slice()));
      else throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
    }
  }
  return out;
}

defMethod(UnicodeEncodeError, "__init__", (self: PyBaseException, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  const [encoding, object, start, end, reason] = unicodeArgs(args, "UUnnU");
  Object.assign(self, { encoding, object, start, end, reason });
  return None;
});
defMethod(UnicodeDecodeError, "__init__", (self: PyBaseException, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  const [encoding, object, start, end, reason] = unicodeArgs(args, "UOnnU");
  Object.assign(self, { encoding, object, start, end, reason });
  return None;
});
defMethod(UnicodeTranslateError, "__init__", (self: PyBaseException, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  const [object, start, end, reason] = unicodeArgs(args, "UnnU");
  Object.assign(self, { object, start, end, reason });
  return None;
});

/** PyObject_Str of a member that may be NULL (deleted): "<NULL>". */
function strOrNull(v: PyObject): PyObject {
  return v === undefined ? "<NULL>" : str(v);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

function codePoints(s: PyObject): readonly number[] {
  if (s instanceof PyStrSubclass) s = s.value;
  if (s instanceof PyCodePointStr) return s.codePoints;
  const out: number[] = [];
  for (const ch of s as string) out.push(ch.codePointAt(0)!);
  return out;
}

function unicodeErrorObject(self: PyBaseException, asBytes: boolean): PyObject {
  const o = self.object;
  if (asBytes ? !(o instanceof PyBytes) : !isStrObject(o)) {
    throw typeError(`UnicodeError 'object' attribute must be a ${asBytes ? "bytes" : "string"}`);
  }
  return o;
}

/** UnicodeEncodeError_str / UnicodeTranslateError_str (`encoding` null for the latter). */
function unicodeCharErrorStr(self: PyBaseException, encode: boolean): string {
  if (self.object === undefined) return "";
  const reason = strOrNull(self.reason);
  const what = encode ? `'${strOrNull(self.encoding)}' codec can't encode` : "can't translate";
  const cps = codePoints(unicodeErrorObject(self, false));
  const start: number = self.start ?? 0;
  const end: number = self.end ?? 0;
  if (start >= 0 && start < cps.length && end >= 0 && end <= cps.length && end === start + 1) {
    const c = cps[start]!;
    const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    return `${what} character '${esc}' in position ${start}: ${reason}`;
  }
  return `${what} characters in position ${start}-${end - 1}: ${reason}`;
}

defMethod(UnicodeEncodeError, "__str__", (self: PyBaseException) => unicodeCharErrorStr(self, true));
defMethod(UnicodeTranslateError, "__str__", (self: PyBaseException) => unicodeCharErrorStr(self, false));
defMethod(UnicodeDecodeError, "__str__", (self: PyBaseException) => {
  if (self.object === undefined) return "";
  const reason = strOrNull(self.reason);
  const encoding = strOrNull(self.encoding);
  const data = (unicodeErrorObject(self, true) as PyBytes).data;
  const start: number = self.start ?? 0;
  const end: number = self.end ?? 0;
  if (start >= 0 && start < data.length && end >= 0 && end <= data.length && end === start + 1) {
    return `'${encoding}' codec can't decode byte 0x${hex(data[start]!, 2)} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
});
for (const T of [UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError]) {
  objectMember(T, "encoding");
  objectMember(T, "object");
  ssizeMember(T, "start");
  ssizeMember(T, "end");
  objectMember(T, "reason");
}
