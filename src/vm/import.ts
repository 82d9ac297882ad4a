// The import system (CPython's Python/import.c + importlib._bootstrap semantics): sys.modules caching,
// packages with __init__.py, relative imports, modules written in TypeScript, and CPython's messages.

import { None, typeOf } from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import {
  AttributeError,
  ImportError,
  KeyError,
  ModuleNotFoundError,
  newException,
  PyBaseException,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { PyTuple } from "../objects/tuple.js";
import { call, getAttr, getAttrOrUndefined, isTrue, setAttr, toArray } from "./abstract.js";
import type { Frame } from "./frame.js";
import { execCode, interp, isDir, isFile, join, readSource, resolve } from "./interp.js";
import type { ThreadState } from "./thread.js";

function moduleNotFound(name: string): PyBaseException {
  const e = newException(ModuleNotFoundError, `No module named '${name}'`);
  e.name = name;
  return e;
}

/** IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)`. */
export function importName(
  _ts: ThreadState,
  frame: Frame,
  name: string,
  fromlist: PyObject,
  level: PyObject,
): PyObject {
  const imp = interp.builtins.getStr("__import__");
  if (imp !== undefined && imp !== builtinImport) {
    return call(imp, [name, frame.globals, frame.locals ?? None, fromlist, level]);
  }
  return importModuleLevel(name, frame.globals, fromlist, typeof level === "number" ? level : 0);
}

export let builtinImport: PyObject = undefined;
export function setBuiltinImport(f: PyObject): void {
  builtinImport = f;
}

/** Resolves a relative module name against the importing module's package (importlib's _resolve_name). */
function resolveName(name: string, globals: PyDict, level: number): string {
  let pkg = globals.getStr("__package__");
  if (pkg === undefined || pkg === None) {
    const modName = globals.getStr("__name__");
    if (typeof modName !== "string") throw newException(KeyError, "'__name__' not in globals");
    pkg = globals.getStr("__path__") !== undefined ? modName : modName.split(".").slice(0, -1).join(".");
  } else if (typeof pkg !== "string") throw typeError("package must be a string");
  if (pkg === "") throw newException(ImportError, "attempted relative import with no known parent package");
  const bits = (pkg as string).split(".");
  if (bits.length < level) throw newException(ImportError, "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

export function importModuleLevel(name: string, globals: PyDict | null, fromlist: PyObject, level: number): PyObject {
  if (level < 0) throw valueError("level must be >= 0");
  if (level === 0 && name === "") throw valueError("Empty module name");
  const absName = level > 0 && globals !== null ? resolveName(name, globals, level) : name;
  const module = importAbsolute(absName);
  const hasFrom = fromlist !== None && fromlist !== undefined && isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name !== "") {
      const firstDot = name.indexOf(".");
      if (firstDot < 0) return level === 0 ? module : module;
      if (level === 0) return importAbsolute(name.slice(0, firstDot));
      // Relative `import .a.b` is not valid syntax; keep CPython's computation anyway.
      const cut = absName.length - (name.length - firstDot);
      return interp.modules.getStr(absName.slice(0, cut)) ?? module;
    }
    return module;
  }
  // `from pkg import sub`: import submodules named in the fromlist (importlib's _handle_fromlist).
  if (module instanceof PyModule && module.dict.getStr("__path__") !== undefined) {
    for (const x of toArray(fromlist)) {
      if (typeof x !== "string") continue;
      if (x === "*") {
        const all = module.dict.getStr("__all__");
        if (all !== undefined)
          for (const y of toArray(all)) if (typeof y === "string") tryImportSub(module, absName, y);
        continue;
      }
      if (module.dict.getStr(x) === undefined) tryImportSub(module, absName, x);
    }
  }
  return module;
}

function tryImportSub(_module: PyModule, absName: string, sub: string): void {
  try {
    importAbsolute(`${absName}.${sub}`);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(ModuleNotFoundError) && e.name === `${absName}.${sub}`) return;
    throw e;
  }
}

/** importlib's _gcd_import: the module `name` (absolute), importing parents first. */
export function importAbsolute(name: string): PyObject {
  const cached = interp.modules.getStr(name);
  if (cached !== undefined) {
    if (cached === None) {
      const e = newException(ModuleNotFoundError, `import of ${name} halted; None in sys.modules`);
      e.name = name;
      throw e;
    }
    return cached;
  }
  const dot = name.lastIndexOf(".");
  let searchPath: string[];
  let parent: PyObject = null;
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    parent = importAbsolute(parentName);
    const again = interp.modules.getStr(name);
    if (again !== undefined) return again;
    const path = getAttrOrUndefined(parent, "__path__");
    if (path === undefined) {
      const e = newException(ModuleNotFoundError, `No module named '${name}'; '${parentName}' is not a package`);
      e.name = name;
      throw e;
    }
    searchPath = toArray(path).filter((p): p is string => typeof p === "string");
  } else {
    const native = interp.nativeModules.get(name);
    if (native !== undefined) {
      const m = native();
      m.isBuiltin = true;
      interp.modules.setStr(name, m);
      return m;
    }
    searchPath = toArray(interp.path).filter((p): p is string => typeof p === "string");
  }
  const child = dot >= 0 ? name.slice(dot + 1) : name;
  const namespaceDirs: string[] = [];
  for (const dir of searchPath) {
    const base = join(dir === "" ? "." : dir, child);
    const init = join(base, "__init__.py");
    const baseIsDir = isDir(base);
    if (baseIsDir && isFile(init)) return loadSourceModule(name, init, resolve(base), parent, child);
    const file = `${base}.py`;
    if (isFile(file)) return loadSourceModule(name, file, null, parent, child);
    if (baseIsDir) namespaceDirs.push(resolve(base));
  }
  if (namespaceDirs.length > 0) {
    // PEP 420 namespace package: a directory without __init__.py.
    const m = new PyModule(name);
    m.dict.setStr("__file__", None);
    m.dict.setStr("__path__", new PyList(namespaceDirs));
    m.dict.setStr("__package__", name);
    interp.modules.setStr(name, m);
    if (parent !== null) setAttr(parent, child, m);
    return m;
  }
  throw moduleNotFound(name);
}

function loadSourceModule(
  name: string,
  file: string,
  pkgDir: string | null,
  parent: PyObject,
  child: string,
): PyObject {
  const filename = file.startsWith("/") ? file : resolve(file);
  const code = interp.compile(readSource(filename), filename, "exec");
  const m = new PyModule(name);
  const d = m.dict;
  d.setStr("__file__", filename);
  d.setStr("__cached__", None);
  if (pkgDir !== null) {
    d.setStr("__path__", new PyList([pkgDir]));
    d.setStr("__package__", name);
  } else d.setStr("__package__", name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");
  d.setStr("__builtins__", interp.builtins);
  interp.modules.setStr(name, m);
  interp.initializing.add(name);
  try {
    execCode(code, d);
  } catch (e) {
    interp.modules.delItem(name);
    throw e;
  } finally {
    interp.initializing.delete(name);
  }
  const final = interp.modules.getStr(name) ?? m;
  if (parent !== null) setAttr(parent, child, final);
  return final;
}

/** IMPORT_FROM: `from module import name`. */
export function importFrom(_ts: ThreadState, module: PyObject, name: string): PyObject {
  try {
    return getAttr(module, name);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(AttributeError))) throw e;
  }
  const pkgName = getAttrOrUndefined(module, "__name__");
  if (typeof pkgName === "string") {
    const sub = interp.modules.getStr(`${pkgName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const modName = typeof pkgName === "string" ? pkgName : "<unknown module name>";
  const file = module instanceof PyModule ? module.dict.getStr("__file__") : undefined;
  const where = typeof file === "string" ? file : "unknown location";
  let msg: string;
  if (typeof pkgName === "string" && interp.initializing.has(pkgName)) {
    msg = `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${where})`;
  } else msg = `cannot import name '${name}' from '${modName}' (${where})`;
  const e = newException(ImportError, msg);
  e.name = modName;
  e.path = typeof file === "string" ? file : None;
  e.name_from = name;
  throw e;
}

/** `from module import *` into the frame's locals. */
export function importStar(_ts: ThreadState, frame: Frame, module: PyObject): void {
  const locals = frame.locals;
  if (!(locals instanceof PyDict)) throw newException(ImportError, "from-import-* only allowed at module level");
  const all = getAttrOrUndefined(module, "__all__");
  let names: PyObject[];
  if (all !== undefined) names = toArray(all);
  else {
    const d = getAttr(module, "__dict__");
    names = (d instanceof PyDict ? d.keyList() : []).filter((k) => typeof k === "string" && !k.startsWith("_"));
  }
  for (const n of names) {
    if (typeof n !== "string") {
      throw typeError(
        `${all !== undefined ? "Item in " + "__all__" : "Key in __dict__"} must be str, not ${typeOf(n).name}`,
      );
    }
    locals.setStr(n, getAttr(module, n));
  }
}

export { PyTuple };
