// Python module objects: a namespace dict (`__dict__`, also the globals of the module's code).

import { ModuleType, None } from "./builtin_types.js";
import { PyDict } from "./dict.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export class PyModule {
  type: PyType;
  dict: PyDict;
  /** A module implemented in TypeScript (repr says "(built-in)"). */
  isBuiltin = false;
  constructor(name: string, doc: PyObject = None, type: PyType = ModuleType) {
    this.type = type;
    this.dict = new PyDict();
    this.dict.setStr("__name__", name);
    this.dict.setStr("__doc__", doc);
    this.dict.setStr("__package__", None);
    this.dict.setStr("__loader__", None);
    this.dict.setStr("__spec__", None);
  }
  get name(): string {
    const n = this.dict.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
}
