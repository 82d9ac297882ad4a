// The `importlib` module: import_module and reload (the rest of importlib comes with the stdlib work).

import { builtinFunction, None } from "../objects/builtin_types.js";
import { newException, TypeError } from "../objects/exceptions.js";
import { PyModule } from "../objects/module.js";
import { PyDict } from "../objects/dict.js";
import type { PyObject } from "../objects/object.js";
import { parseArgs } from "../objects/args.js";
import { importAbsolute, importModuleLevel } from "../vm/import.js";
import { interp } from "../vm/interp.js";

export function makeImportlibModule(): PyModule {
  const m = new PyModule("importlib", "A pure Python implementation of import.");
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) =>
    m.dict.setStr(name, builtinFunction(name, f, m));
  fn("import_module", (args, kw) => {
    const [name, pkg] = parseArgs("import_module", args, kw, ["name", "package"], 1);
    if (typeof name !== "string") throw newException(TypeError, "module name must be str");
    let level = 0;
    while (level < name.length && name[level] === ".") level++;
    if (level > 0) {
      if (typeof pkg !== "string") {
        throw newException(TypeError, `the 'package' argument is required to perform a relative import for '${name}'`);
      }
      const g = new PyDict();
      g.setStr("__package__", pkg);
      g.setStr("__name__", pkg);
      importModuleLevel(name.slice(level), g, None, level);
      const base = pkg
        .split(".")
        .slice(0, pkg.split(".").length - (level - 1))
        .join(".");
      return interp.modules.getStr(name.slice(level) ? `${base}.${name.slice(level)}` : base)!;
    }
    return importAbsolute(name);
  });
  fn("invalidate_caches", () => None);
  return m;
}
