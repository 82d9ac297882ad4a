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
import "../objects/int_type.js";
import "../objects/bool_type.js";
import "../objects/float_type.js";
import "../objects/complex_type.js";
import "../objects/dict_type.js";
import "../objects/range.js";
import "../objects/iterators.js";
import "../objects/bytes_type.js";
import "../objects/bytearray.js";
import "../objects/mappingproxy.js";
import { anextDefaultHook, asciiOf, openHook } from "../builtins/builtins.js";
import { makeANextAwaitable } from "../objects/generator_type.js";
import { openFile } from "../modules/io_streams.js";
import {
  BoolType,
  ByteArrayType,
  BytesType,
  DictType,
  FloatType,
  FrozenSetType,
  IntType,
  ListType,
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
import type { PySyntaxError } from "../parser/errors.js";
import { evalFrame } from "../generated/ceval.js";
import { bindDescriptor, call, getAttrOrUndefined, repr } from "./abstract.js";
import { evalFrameHook } from "./eval_hook.js";
import { chainContextHook } from "../objects/generator.js";
import { setContext } from "./errors.js";
import { installWarnings } from "./warnings.js";
import { egHooks, syntaxErrorHook } from "./errors.js";
import { interp } from "./interp.js";
import { intrinsicHooks } from "./intrinsics.js";
import { mainThread } from "./thread.js";
import { formatHook } from "./traceback.js";
import { formatUncaught } from "./traceback_format.js";
import { egSplit, egWrap, prepReraiseStar } from "../objects/exception_group.js";
import { stdout } from "../modules/io_streams.js";
import { PyDict } from "../objects/dict.js";

import { AsyncGenWrappedValue } from "./install_shared.js";

let installed = false;

export function installRuntime(): void {
  if (installed) return;
  installed = true;
  evalFrameHook.evalFrame = evalFrame;
  openHook.open = openFile;
  anextDefaultHook.make = makeANextAwaitable;
  chainContextHook.chain = setContext;
  installWarnings();
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
  // Uncaught exceptions and except* (src/vm/traceback_format.ts, src/objects/exception_group.ts).
  formatHook.format = formatUncaught;
  egHooks.split = egSplit;
  egHooks.wrap = egWrap;
  const prevIntrinsic2 = intrinsicHooks.intrinsic2;
  intrinsicHooks.intrinsic2 = (oparg, v2, v1) => {
    if (oparg === 1) return prepReraiseStar(v2, v1); // INTRINSIC_PREP_RERAISE_STAR
    if (oparg >= 2 && oparg <= 5) return prevIntrinsic2(oparg, v2, v1);
    throw newException(TypeError, `CALL_INTRINSIC_2 with oparg ${oparg} is not supported yet`);
  };
  void getAttrOrUndefined;
  void PyDict;
  void TypeError;
}
