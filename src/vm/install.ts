// Start-up wiring: loads every module that attaches natives to the builtin types, and installs the
// hooks through which the VM core reaches layers above it (builtins, exceptions, formatting).

import "../objects/object_type.js";
import "../objects/exception_type.js";
import "../objects/generator_type.js";
import "../objects/generic_alias.js";
import "../objects/frame_object.js";
import "../objects/typevar.js";
// Natives of the builtin types (each module attaches its methods when imported).
import "../objects/list_type.js";
import "../objects/tuple_type.js";
import "../objects/set_type.js";
import "../objects/str_type.js";
import { asciiOf } from "../builtins/builtins.js";
import { formatSyntaxError } from "../cli/syntax_error.js";
import {
  BoolType,
  ByteArrayType,
  BytesType,
  DictType,
  FloatType,
  FrozenSetType,
  IntType,
  ListType,
  newBuiltinType,
  None,
  SetType,
  StrType,
  SuperType,
  TupleType,
  typeOf,
} from "../objects/builtin_types.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from "../objects/code.js";
import {
  newException,
  PyBaseException,
  RuntimeError,
  StopAsyncIteration,
  StopIteration,
  SyntaxError as SyntaxErrorType,
  IndentationError,
  TabError,
  TypeError,
} from "../objects/exceptions.js";
import { PyCell } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { superLookup, zeroArgSuperHook, callerModuleHook } from "../objects/object_type.js";
import { PyTuple } from "../objects/tuple.js";
import { PyType } from "../objects/type.js";
import { PySyntaxError } from "../parser/errors.js";
import { evalFrame } from "../generated/ceval.js";
import { bindDescriptor, call, getAttrOrUndefined, repr, str as pyStr } from "./abstract.js";
import { evalFrameHook } from "./eval_hook.js";
import { syntaxErrorHook } from "./errors.js";
import { interp } from "./interp.js";
import { intrinsicHooks } from "./intrinsics.js";
import { mainThread } from "./thread.js";
import { syntaxErrorHook as tbSyntaxHook } from "./traceback.js";
import { stdout } from "../modules/io_streams.js";
import { PyDict } from "../objects/dict.js";

import { AsyncGenWrappedValue } from "./install_shared.js";

let installed = false;

export function installRuntime(): void {
  if (installed) return;
  installed = true;
  evalFrameHook.evalFrame = evalFrame;
  intrinsicHooks.ascii = asciiOf;
  intrinsicHooks.bind = (f, self) => bindDescriptor(f, self, typeOf(self));
  intrinsicHooks.superType = () => SuperType;
  intrinsicHooks.superLookup = superLookup;
  const selfMatching = [
    BoolType,
    ByteArrayType,
    BytesType,
    DictType,
    FloatType,
    FrozenSetType,
    IntType,
    ListType,
    SetType,
    StrType,
    TupleType,
  ];
  intrinsicHooks.matchSelf = (t: PyType) => selfMatching.some((b) => t.isSubtype(b));
  intrinsicHooks.displayhook = (v) => {
    const sys = interp.modules.getStr("sys");
    const hook = sys?.dict.getStr("displayhook");
    if (hook !== undefined) return call(hook, [v]);
    if (v === None) return None;
    interp.builtins.setStr("_", None);
    stdout.write(`${repr(v)}\n`);
    interp.builtins.setStr("_", v);
    return None;
  };
  intrinsicHooks.asyncGenWrap = (v) => new AsyncGenWrappedValue(v);
  intrinsicHooks.stopIterationError = (frame, exc) => {
    if (!(exc instanceof PyBaseException)) return exc;
    const flags = frame.code.co_flags;
    const kind = flags & CO_COROUTINE ? "coroutine" : flags & CO_ASYNC_GENERATOR ? "async generator" : "generator";
    let msg: string | null = null;
    if (exc.type.isSubtype(StopIteration)) msg = `${kind} raised StopIteration`;
    else if (flags & CO_ASYNC_GENERATOR && exc.type.isSubtype(StopAsyncIteration)) {
      msg = "async generator raised StopAsyncIteration";
    }
    if (msg === null) return exc;
    const err = newException(RuntimeError, msg);
    err.cause = exc;
    err.context = exc;
    err.suppressContext = true;
    return err;
  };
  callerModuleHook.name = () => mainThread.current?.globals.getStr("__name__");
  zeroArgSuperHook.find = () => {
    const f = mainThread.current;
    if (f === null || f.code.co_argcount === 0) throw newException(RuntimeError, "super(): no arguments");
    let first = f.localsplus[0];
    if (first instanceof PyCell) first = first.contents;
    if (first === undefined) throw newException(RuntimeError, "super(): arg[0] deleted");
    const names = f.code.co_localsplusnames;
    const idx = names.lastIndexOf("__class__");
    if (idx < 0) throw newException(RuntimeError, "super(): __class__ cell not found");
    const cell = f.localsplus[idx];
    const cls = cell instanceof PyCell ? cell.contents : undefined;
    if (cls === undefined) throw newException(RuntimeError, "super(): empty __class__ cell");
    if (!(cls instanceof PyType)) {
      throw newException(RuntimeError, `super(): __class__ is not a type (${typeOf(cls).name})`);
    }
    return [cls, first];
  };
  syntaxErrorHook.convert = (e: PySyntaxError) => {
    const t = e.kind === "IndentationError" ? IndentationError : e.kind === "TabError" ? TabError : SyntaxErrorType;
    const nn = (v: PyObject) => (v === null || v === undefined ? None : v);
    const details = new PyTuple([
      nn(e.filename),
      nn(e.lineno),
      nn(e.offset),
      nn(e.text),
      nn(e.end_lineno),
      nn(e.end_offset),
    ]);
    const exc = new PyBaseException(t, [e.msg, details]);
    exc.msg = e.msg;
    exc.filename = nn(e.filename);
    exc.lineno = nn(e.lineno);
    exc.offset = nn(e.offset);
    exc.text = nn(e.text);
    exc.end_lineno = nn(e.end_lineno);
    exc.end_offset = nn(e.end_offset);
    exc.print_file_and_line = None;
    exc._pySyntaxError = e;
    return exc;
  };
  tbSyntaxHook.format = (exc, name) => {
    const fields = (k: string) => {
      const v = exc[k];
      return v === None || v === undefined ? null : v;
    };
    const msg = exc.msg === undefined ? (exc.args.items.length > 0 ? pyStr(exc.args.items[0]) : "") : pyStr(exc.msg);
    const e = new PySyntaxError(
      exc.type.name as "SyntaxError",
      msg,
      fields("filename"),
      fields("lineno"),
      fields("offset"),
      fields("text"),
      fields("end_lineno"),
      fields("end_offset"),
    );
    const text = formatSyntaxError(e).replace(/^(\w+):/m, (m0) => (name === exc.type.name ? m0 : `${name}:`));
    return [text];
  };
  for (const f of ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]) {
    SyntaxErrorType.dict.set(
      f,
      new (getSetClass())(
        f,
        SyntaxErrorType,
        (e: PyBaseException) => e[f] ?? None,
        (e: PyBaseException, v: PyObject) => {
          e[f] = v;
        },
      ),
    );
  }
  SyntaxErrorType.dict.set(
    "__str__",
    new (methodDescrClass())("__str__", SyntaxErrorType, (e: PyBaseException) => {
      const msg =
        e.msg === undefined || e.msg === None ? (e.args.items.length ? pyStr(e.args.items[0]) : "") : pyStr(e.msg);
      const fn = e.filename;
      const ln = e.lineno;
      const base = typeof fn === "string" ? fn.split("/").pop() : null;
      if (base !== null && typeof ln === "number") return `${msg} (${base}, line ${ln})`;
      if (base !== null) return `${msg} (${base})`;
      if (typeof ln === "number") return `${msg} (line ${ln})`;
      return msg;
    }),
  );
  SyntaxErrorType.modified();
  void getAttrOrUndefined;
  void PyDict;
  void TypeError;
}

import { PyGetSetDescr, PyMethodDescr } from "../objects/type.js";
function getSetClass() {
  return PyGetSetDescr;
}
function methodDescrClass() {
  return PyMethodDescr;
}
