// BaseExceptionGroup and ExceptionGroup (PEP 654; CPython's Objects/exceptions.c): construction rules,
// split/subgroup/derive, and the two pieces of `except*` that the eval loop delegates: the match of
// CHECK_EG_MATCH and _PyExc_PrepReraiseStar (CALL_INTRINSIC_2 INTRINSIC_PREP_RERAISE_STAR).

import { call, genericAlias, getAttr, getAttrOrUndefined, isTrue, setAttr, toArray, typeName } from "../vm/abstract.js";
import { defClassMethod, defGetSet, defMethod, defStatic, DictType, None, typeOf } from "./builtin_types.js";
import {
  AttributeError,
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  isExceptionType,
  newException,
  PyBaseException,
  typeError,
  ValueError,
} from "./exceptions.js";
import { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { PyCodePointStr, PyStrSubclass } from "./str.js";
import { PyTuple } from "./tuple.js";
import { PyType } from "./type.js";

// A group keeps its message in `egMessage` and its exceptions (a tuple) in `egExceptions`.

/** The nested exceptions of a group (empty for anything else). */
export function groupExceptions(e: PyObject): PyBaseException[] {
  if (e instanceof PyBaseException && e.egExceptions instanceof PyTuple) return e.egExceptions.items;
  return [];
}

export function isExceptionGroup(e: PyObject): e is PyBaseException {
  return e instanceof PyBaseException && e.type.isSubtype(BaseExceptionGroup);
}

function isSequence(o: PyObject): boolean {
  const t = typeOf(o);
  if (t.isSubtype(DictType)) return false;
  return t.lookup("__getitem__") !== undefined;
}

function isStrObject(v: PyObject): boolean {
  return typeof v === "string" || v instanceof PyCodePointStr || v instanceof PyStrSubclass;
}

defStatic(BaseExceptionGroup, "__new__", (args, kwnames) => {
  const type = args[0];
  if (!(type instanceof PyType)) {
    throw typeError(`BaseExceptionGroup.__new__(X): X is not a type object (${typeName(type)})`);
  }
  if (!type.isSubtype(BaseExceptionGroup)) {
    throw typeError(`BaseExceptionGroup.__new__(${type.name}): ${type.name} is not a subtype of BaseExceptionGroup`);
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(1, args.length - nkw);
  if (pos.length !== 2) {
    throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${pos.length} given)`);
  }
  const [message, excsArg] = pos as [PyObject, PyObject];
  if (!isStrObject(message)) {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  }
  if (!isSequence(excsArg)) throw typeError("second argument (exceptions) must be a sequence");
  const excs = toArray(excsArg);
  if (excs.length === 0) throw newException(ValueError, "second argument (exceptions) must be a non-empty sequence");
  let nestedBase = false;
  for (let i = 0; i < excs.length; i++) {
    const e = excs[i];
    if (!(e instanceof PyBaseException)) {
      throw newException(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    }
    if (!e.type.isSubtype(Exception)) nestedBase = true;
  }
  let cls: PyType = type;
  if (cls === ExceptionGroup) {
    if (nestedBase) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls === BaseExceptionGroup) {
    // All nested exceptions are Exceptions: the group is an ExceptionGroup.
    if (!nestedBase) cls = ExceptionGroup;
  } else if (nestedBase && cls.isSubtype(Exception)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const self = new PyBaseException(cls, pos);
  self.egMessage = message;
  self.egExceptions = new PyTuple(excs);
  return self;
});

defMethod(BaseExceptionGroup, "__init__", (self: PyBaseException, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${self.type.name}() takes no keyword arguments`);
  self.args = new PyTuple(args.slice());
  return None;
});

defMethod(BaseExceptionGroup, "__str__", (self: PyBaseException) => {
  const n = groupExceptions(self).length;
  return `${strOf(self.egMessage)} (${n} sub-exception${n > 1 ? "s" : ""})`;
});

function strOf(s: PyObject): string {
  if (s instanceof PyStrSubclass) s = s.value;
  if (s instanceof PyCodePointStr) return String.fromCodePoint(...s.codePoints);
  return typeof s === "string" ? s : "";
}

defClassMethod(BaseExceptionGroup, "__class_getitem__", (cls, args) => genericAlias(cls, args[0]));

defMethod(BaseExceptionGroup, "derive", (self: PyBaseException, args, kwnames) => {
  oneArg("derive", args, kwnames);
  return call(BaseExceptionGroup, [self.egMessage ?? None, args[0]]);
});

function oneArg(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    throw typeError(`BaseExceptionGroup.${name}() takes no keyword arguments`);
  if (args.length !== 1) {
    throw typeError(`BaseExceptionGroup.${name}() takes exactly one argument (${args.length} given)`);
  }
}

defMethod(BaseExceptionGroup, "split", (self: PyBaseException, args, kwnames) => {
  oneArg("split", args, kwnames);
  const matcher = makeMatcher(args[0]);
  const r = splitRecursive(self, matcher, true);
  return new PyTuple([r.match ?? None, r.rest ?? None]);
});

defMethod(BaseExceptionGroup, "subgroup", (self: PyBaseException, args, kwnames) => {
  oneArg("subgroup", args, kwnames);
  const matcher = makeMatcher(args[0]);
  return splitRecursive(self, matcher, false).match ?? None;
});

function readonly(): never {
  throw newException(AttributeError, "readonly attribute");
}

defGetSet(BaseExceptionGroup, "message", (self: PyBaseException) => self.egMessage ?? None, readonly);
defGetSet(BaseExceptionGroup, "exceptions", (self: PyBaseException) => self.egExceptions ?? None, readonly);

// ---------------------------------------------------------------------------------------------------
// split / subgroup

type Matcher = (e: PyBaseException) => boolean;

/** CPython's get_matcher_type + exceptiongroup_split_check_match. */
function makeMatcher(value: PyObject): Matcher {
  if (isCallableNonType(value)) return (e) => isTrue(call(value, [e]));
  if (isExceptionType(value)) return (e) => e.type.isSubtype(value as PyType);
  if (value instanceof PyTuple && value.type.name === "tuple" && value.items.every((t) => isExceptionType(t))) {
    const types = value.items as PyType[];
    return (e) => types.some((t) => e.type.isSubtype(t));
  }
  throw typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

function isCallableNonType(o: PyObject): boolean {
  if (o instanceof PyType || o === null || o === undefined) return false;
  const t = typeOf(o);
  const n = t.name;
  if (n === "function" || n === "builtin_function_or_method" || n === "method") return true;
  return t.lookup("__call__") !== undefined;
}

interface SplitResult {
  match: PyObject | undefined;
  rest: PyObject | undefined;
}

function splitRecursive(exc: PyBaseException, matcher: Matcher, constructRest: boolean): SplitResult {
  if (matcher(exc)) return { match: exc, rest: undefined };
  if (!isExceptionGroup(exc)) return { match: undefined, rest: constructRest ? exc : undefined };
  const matchList: PyObject[] = [];
  const restList: PyObject[] = [];
  for (const e of groupExceptions(exc)) {
    const r = splitRecursive(e, matcher, constructRest);
    if (r.match !== undefined) matchList.push(r.match);
    if (r.rest !== undefined) restList.push(r.rest);
  }
  const match = subset(exc, matchList);
  const rest = constructRest ? subset(exc, restList) : undefined;
  return { match, rest };
}

/** A group like `orig` (through its derive()) holding `excs`, with orig's traceback, chain and notes. */
function subset(orig: PyBaseException, excs: PyObject[]): PyObject | undefined {
  if (excs.length === 0) return undefined;
  const eg = call(getAttr(orig, "derive"), [new PyList(excs)]);
  if (!isExceptionGroup(eg)) throw typeError("derive must return an instance of BaseExceptionGroup");
  if (orig.traceback !== None) eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppressContext = true;
  const notes = getAttrOrUndefined(orig, "__notes__");
  if (notes !== undefined && isSequence(notes)) setAttr(eg, "__notes__", new PyList(toArray(notes)));
  return eg;
}

// ---------------------------------------------------------------------------------------------------
// except*

/** CHECK_EG_MATCH when `exc` is a group that does not match as a whole: `exc.split(matchType)` → [rest, match]. */
export function egSplit(exc: PyBaseException, matchType: PyObject): [PyObject, PyObject] {
  const pair = call(getAttr(exc, "split"), [matchType]);
  if (!(pair instanceof PyTuple) || pair.type.name !== "tuple") {
    throw typeError(`${exc.type.name}.split must return a tuple, not ${typeName(pair)}`);
  }
  if (pair.items.length < 2) {
    throw typeError(`${exc.type.name}.split must return a 2-tuple, got tuple of size ${pair.items.length}`);
  }
  return [pair.items[1], pair.items[0]];
}

/** CHECK_EG_MATCH of a naked exception that matches: wrapped in `ExceptionGroup("", [exc])` (no traceback). */
export function egWrap(exc: PyBaseException): PyObject {
  return call(BaseExceptionGroup, ["", new PyTuple([exc])]);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

function collectLeaves(e: PyObject, out: Set<PyObject>): void {
  if (e === None) return;
  if (!isExceptionGroup(e)) {
    out.add(e);
    return;
  }
  for (const x of groupExceptions(e)) collectLeaves(x, out);
}

/** The part of group `eg` whose leaves appear in one of the groups in `keep` (exception_group_projection). */
function projection(eg: PyBaseException, keep: PyObject[]): PyObject {
  const leaves = new Set<PyObject>();
  for (const e of keep) collectLeaves(e, leaves);
  const r = splitRecursive(eg, (e) => !isExceptionGroup(e) && leaves.has(e), false);
  return r.match ?? None;
}

/**
 * _PyExc_PrepReraiseStar: the exception to raise at the end of a try-except* statement. `orig` is the
 * exception caught; `excs` (a list) holds what each except* clause raised or re-raised (None for none).
 * Re-raised parts keep orig's nesting; newly raised ones become siblings in a new ExceptionGroup("").
 */
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const items = excs instanceof PyList ? excs.items : toArray(excs);
  if (items.length === 0) return None;
  if (!isExceptionGroup(orig)) {
    // A naked exception was caught and wrapped: at most one clause ran.
    return items[0];
  }
  const raised: PyObject[] = [];
  const reraised: PyObject[] = [];
  for (const e of items) {
    if (e === None) continue;
    if (e instanceof PyBaseException && sameMetadata(e, orig)) reraised.push(e);
    else raised.push(e);
  }
  const reraisedEg = projection(orig, reraised);
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== None) raised.push(reraisedEg);
  if (raised.length > 1) return call(BaseExceptionGroup, ["", new PyList(raised)]);
  return raised[0];
}
