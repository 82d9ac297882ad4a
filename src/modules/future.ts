// The `__future__` module: the feature records (`from __future__ import annotations` executes an
// ordinary import of it after the compiler has acted on the statement).

import { defGetSet, defMethod, newBuiltinType, None } from "../objects/builtin_types.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { repr } from "../vm/abstract.js";

const FeatureType = newBuiltinType("_Feature", undefined, 0, "__future__");

class PyFeature {
  declare type: PyType;
  constructor(
    public optional: PyObject,
    public mandatory: PyObject,
    public compilerFlag: number,
  ) {}
}
Object.defineProperty(PyFeature.prototype, "type", { value: FeatureType, writable: true });

defMethod(FeatureType, "getOptionalRelease", (f: PyFeature) => f.optional);
defMethod(FeatureType, "getMandatoryRelease", (f: PyFeature) => f.mandatory);
defMethod(
  FeatureType,
  "__repr__",
  (f: PyFeature) => `_Feature(${repr(f.optional)}, ${repr(f.mandatory)}, ${f.compilerFlag})`,
);
defGetSet(FeatureType, "optional", (f: PyFeature) => f.optional);
defGetSet(FeatureType, "mandatory", (f: PyFeature) => f.mandatory);
defGetSet(FeatureType, "compiler_flag", (f: PyFeature) => f.compilerFlag);

const release = (a: number, b: number, c: number, level: string, serial: number) =>
  new PyTuple([a, b, c, level, serial]);

const FEATURES: [string, PyTuple, PyObject, number][] = [
  ["nested_scopes", release(2, 1, 0, "beta", 1), release(2, 2, 0, "alpha", 0), 0x0010],
  ["generators", release(2, 2, 0, "alpha", 1), release(2, 3, 0, "final", 0), 0],
  ["division", release(2, 2, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x20000],
  ["absolute_import", release(2, 5, 0, "alpha", 1), release(3, 0, 0, "alpha", 0), 0x40000],
  ["with_statement", release(2, 5, 0, "alpha", 1), release(2, 6, 0, "alpha", 0), 0x80000],
  ["print_function", release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x100000],
  ["unicode_literals", release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x200000],
  ["barry_as_FLUFL", release(3, 1, 0, "alpha", 2), release(4, 0, 0, "alpha", 0), 0x400000],
  ["generator_stop", release(3, 5, 0, "beta", 1), release(3, 7, 0, "alpha", 0), 0x800000],
  ["annotations", release(3, 7, 0, "beta", 1), None, 0x1000000],
];

const FLAGS: [string, number][] = [
  ["CO_NESTED", 0x0010],
  ["CO_GENERATOR_ALLOWED", 0],
  ["CO_FUTURE_DIVISION", 0x20000],
  ["CO_FUTURE_ABSOLUTE_IMPORT", 0x40000],
  ["CO_FUTURE_WITH_STATEMENT", 0x80000],
  ["CO_FUTURE_PRINT_FUNCTION", 0x100000],
  ["CO_FUTURE_UNICODE_LITERALS", 0x200000],
  ["CO_FUTURE_BARRY_AS_BDFL", 0x400000],
  ["CO_FUTURE_GENERATOR_STOP", 0x800000],
  ["CO_FUTURE_ANNOTATIONS", 0x1000000],
];

export function makeFutureModule(): PyModule {
  const m = new PyModule("__future__", "Record of phased-in incompatible language changes.");
  for (const [name, flag] of FLAGS) m.dict.setStr(name, flag);
  for (const [name, opt, mand, flag] of FEATURES) m.dict.setStr(name, new PyFeature(opt, mand, flag));
  m.dict.setStr("all_feature_names", new PyList(FEATURES.map((f) => f[0])));
  m.dict.setStr("_Feature", FeatureType);
  return m;
}
