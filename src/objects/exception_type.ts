// The natives of BaseException and its subclasses (CPython's Objects/exceptions.c).

import { call, getAttrOrUndefined, repr, str, typeName } from "../vm/abstract.js";
import { defGetSet, defMethod, defStatic, None, typeOf } from "./builtin_types.js";
import { PyDict } from "./dict.js";
import {
  AttributeError,
  BaseException,
  ImportError,
  initExceptionFields,
  KeyError,
  NameError,
  PyBaseException,
  StopIteration,
  SystemExit,
  typeError,
} from "./exceptions.js";
import { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import type { PyType } from "./type.js";

/** Allocates an exception instance of class `t` (a subclass of BaseException). */
export function allocException(t: PyType): PyBaseException {
  return new PyBaseException(t, []);
}

defStatic(BaseException, "__new__", (args, kwnames) => {
  const t = args[0] as PyType;
  const e = new PyBaseException(t, args.slice(1, args.length - (kwnames === null ? 0 : kwnames.length)));
  initExceptionFields(e);
  return e;
});
BaseException.allocate = (t) => new PyBaseException(t, []);

defMethod(BaseException, "__init__", (self: PyBaseException, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && self.type.lookup("__init__") === BaseException.dict.get("__init__")) {
    throw typeError(`${self.type.name}() takes no keyword arguments`);
  }
  self.args = new PyTuple(args.slice(0, args.length - nkw));
  initExceptionFields(self);
  return None;
});

defMethod(BaseException, "__str__", (self: PyBaseException) => {
  const a = self.args.items;
  if (self.type.isSubtype(KeyError) && a.length === 1) return repr(a[0]);
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return repr(self.args);
});

defMethod(BaseException, "__repr__", (self: PyBaseException) => {
  const name = self.type.name;
  const a = self.args.items;
  if (a.length === 1) return `${name}(${repr(a[0])})`;
  return `${name}${repr(self.args)}`;
});

defMethod(BaseException, "with_traceback", (self: PyBaseException, args) => {
  self.traceback = args[0];
  return self;
});

defMethod(BaseException, "add_note", (self: PyBaseException, args) => {
  const note = args[0];
  if (typeof note !== "string") throw typeError(`note must be a str, not '${typeName(note)}'`);
  let notes = self.dict instanceof PyDict ? self.dict.getStr("__notes__") : undefined;
  if (notes === undefined) {
    notes = new PyList([]);
    if (!(self.dict instanceof PyDict)) self.dict = new PyDict();
    self.dict.setStr("__notes__", notes);
  }
  if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
  notes.items.push(note);
  return None;
});

defMethod(BaseException, "__reduce__", (self: PyBaseException) =>
  self.dict instanceof PyDict ? new PyTuple([self.type, self.args, self.dict]) : new PyTuple([self.type, self.args]),
);

defGetSet(
  BaseException,
  "args",
  (self: PyBaseException) => self.args,
  (self: PyBaseException, v) => {
    self.args = new PyTuple(toItems(v));
  },
);
defGetSet(
  BaseException,
  "__traceback__",
  (self: PyBaseException) => self.traceback,
  (self: PyBaseException, v) => {
    if (v !== None && typeOf(v).name !== "traceback") throw typeError("__traceback__ must be a traceback or None");
    self.traceback = v;
  },
);
defGetSet(
  BaseException,
  "__context__",
  (self: PyBaseException) => self.context,
  (self: PyBaseException, v) => {
    if (v !== None && !(v instanceof PyBaseException))
      throw typeError("exception context must be None or derive from BaseException");
    self.context = v;
  },
);
defGetSet(
  BaseException,
  "__cause__",
  (self: PyBaseException) => self.cause,
  (self: PyBaseException, v) => {
    if (v !== None && !(v instanceof PyBaseException))
      throw typeError("exception cause must be None or derive from BaseException");
    self.cause = v;
    self.suppressContext = true;
  },
);
defGetSet(
  BaseException,
  "__suppress_context__",
  (self: PyBaseException) => self.suppressContext,
  (self: PyBaseException, v) => {
    self.suppressContext = v === true;
  },
);
defGetSet(BaseException, "__dict__", (self: PyBaseException) => {
  if (!(self.dict instanceof PyDict)) self.dict = new PyDict();
  return self.dict;
});

function toItems(v: PyObject): PyObject[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items.slice();
  throw typeError("args must be a tuple");
}

// Subclass attributes
defGetSet(
  StopIteration,
  "value",
  (e: PyBaseException) => e.value ?? None,
  (e: PyBaseException, v) => {
    e.value = v;
  },
);
defGetSet(
  SystemExit,
  "code",
  (e: PyBaseException) => e.code ?? None,
  (e: PyBaseException, v) => {
    e.code = v;
  },
);
for (const f of ["name", "path", "msg", "name_from"]) {
  defGetSet(
    ImportError,
    f,
    (e: PyBaseException) => e[f] ?? None,
    (e: PyBaseException, v) => {
      e[f] = v;
    },
  );
}
defMethod(ImportError, "__init__", (self: PyBaseException, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  self.args = new PyTuple(args.slice(0, args.length - nkw));
  initExceptionFields(self);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    if (k !== "name" && k !== "path" && k !== "name_from") {
      throw typeError(`'${k}' is an invalid keyword argument for ImportError()`);
    }
    self[k] = args[args.length - nkw + i];
  }
  return None;
});
defMethod(ImportError, "__str__", (self: PyBaseException) => {
  if (self.msg !== undefined && self.msg !== None) return str(self.msg);
  return BaseException.dict.get("__str__")
    ? str(self.args.items.length === 1 ? self.args.items[0] : self.args.items.length === 0 ? "" : self.args)
    : "";
});
for (const f of ["name", "obj"]) {
  defGetSet(
    AttributeError,
    f,
    (e: PyBaseException) => e[f] ?? None,
    (e: PyBaseException, v) => {
      e[f] = v;
    },
  );
}
defMethod(AttributeError, "__init__", (self: PyBaseException, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  self.args = new PyTuple(args.slice(0, args.length - nkw));
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    if (k !== "name" && k !== "obj") throw typeError(`AttributeError() got an unexpected keyword argument '${k}'`);
    self[k] = args[args.length - nkw + i];
  }
  return None;
});
defGetSet(
  NameError,
  "name",
  (e: PyBaseException) => e.name ?? None,
  (e: PyBaseException, v) => {
    e.name = v;
  },
);
defMethod(NameError, "__init__", (self: PyBaseException, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  self.args = new PyTuple(args.slice(0, args.length - nkw));
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    if (k !== "name") throw typeError(`NameError() got an unexpected keyword argument '${k}'`);
    self[k] = args[args.length - nkw + i];
  }
  return None;
});

export { getAttrOrUndefined, call };
