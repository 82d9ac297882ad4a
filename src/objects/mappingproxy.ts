// types.MappingProxyType: a read-only view of a mapping; `type.__dict__` is one (over the type's
// attribute table, read live).

import { call, callSpecial, getAttr, getIter, len, repr, typeName } from "../vm/abstract.js";
import { defMethod, defStatic, MappingProxyType, None, NotImplemented } from "./builtin_types.js";
import { PyDict } from "./dict.js";
import { mappingProxyHook as dictViewsProxyHook } from "./dict_type.js";
import { keyError, typeError } from "./exceptions.js";
import { PyList } from "./list.js";
import type { PyObject } from "./object.js";
import { mappingProxyHook as typeDictProxyHook } from "./object_type.js";
import { PyTuple } from "./tuple.js";
import { PyType } from "./type.js";

export class PyMappingProxy {
  declare type: PyType;
  constructor(public source: PyObject) {}

  /** The mapping read through: a type's attributes as a dict snapshot, else the wrapped mapping. */
  mapping(): PyObject {
    const s = this.source;
    if (s instanceof PyType) {
      const d = new PyDict();
      for (const [k, v] of s.dict) d.setStr(k, v);
      return d;
    }
    return s;
  }
}
Object.defineProperty(PyMappingProxy.prototype, "type", { value: MappingProxyType, writable: true });

defStatic(MappingProxyType, "__new__", (args) => {
  const m = args[1];
  if (m === undefined) throw typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
  if (
    m instanceof PyList ||
    m instanceof PyTuple ||
    typeof m !== "object" ||
    m === null ||
    m.type.lookup("__getitem__") === undefined
  ) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
  }
  return new PyMappingProxy(m);
});

defMethod(MappingProxyType, "__getitem__", (self: PyMappingProxy, args) => {
  const s = self.source;
  if (s instanceof PyType && typeof args[0] === "string") {
    const v = s.dict.get(args[0]);
    if (v === undefined) throw keyError(args[0]);
    return v;
  }
  return callSpecial(self.mapping(), "__getitem__", [args[0]]);
});
defMethod(MappingProxyType, "__contains__", (self: PyMappingProxy, args) => {
  const s = self.source;
  if (s instanceof PyType) return typeof args[0] === "string" && s.dict.has(args[0]);
  return callSpecial(self.mapping(), "__contains__", [args[0]]);
});
defMethod(MappingProxyType, "__iter__", (self: PyMappingProxy) => getIter(self.mapping()));
defMethod(MappingProxyType, "__len__", (self: PyMappingProxy) => len(self.mapping()));
defMethod(MappingProxyType, "get", (self: PyMappingProxy, args) => {
  const m = self.mapping();
  return call(getAttr(m, "get"), [args[0], args.length > 1 ? args[1] : None]);
});
for (const name of ["keys", "values", "items", "copy"]) {
  defMethod(MappingProxyType, name, (self: PyMappingProxy) => call(getAttr(self.mapping(), name), []));
}
defMethod(MappingProxyType, "__repr__", (self: PyMappingProxy) => `mappingproxy(${repr(self.mapping())})`);
defMethod(MappingProxyType, "__str__", (self: PyMappingProxy) => repr(self.mapping()));
defMethod(MappingProxyType, "__eq__", (self: PyMappingProxy, args) =>
  callSpecial(self.mapping(), "__eq__", [args[0] instanceof PyMappingProxy ? args[0].mapping() : args[0]]),
);
defMethod(MappingProxyType, "__or__", (self: PyMappingProxy, args) => {
  const o = args[0] instanceof PyMappingProxy ? args[0].mapping() : args[0];
  const r = callSpecial(self.mapping(), "__or__", [o]);
  return r === undefined ? NotImplemented : r;
});
defMethod(MappingProxyType, "__reversed__", (self: PyMappingProxy) => callSpecial(self.mapping(), "__reversed__", []));

typeDictProxyHook.make = (t) => new PyMappingProxy(t);
dictViewsProxyHook.make = (d) => new PyMappingProxy(d);
