// The interpreter state (CPython's PyInterpreterState): sys.modules, the builtins dict, the modules
// implemented in TypeScript, and running code objects.

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { None } from "../objects/builtin_types.js";
import type { PyCode } from "../objects/code.js";
import { PyDict } from "../objects/dict.js";
import type { PyObject } from "../objects/object.js";
import type { PyModule } from "../objects/module.js";
import { PyList } from "../objects/list.js";
import { runFrame } from "./call.js";
import { Frame } from "./frame.js";
import { mainThread } from "./thread.js";

export type CompileFn = (
  source: string | Uint8Array,
  filename: string,
  mode: "exec" | "eval" | "single",
  flags?: number,
) => PyCode;

export const interp: {
  modules: PyDict;
  builtins: PyDict;
  path: PyList;
  /** Modules written in TypeScript: name → factory (run once, on first import). */
  nativeModules: Map<string, () => PyModule>;
  /** Directory of the Python modules shipped with tpython (lib/python). */
  libDir: string;
  compile: CompileFn;
  /** Modules being executed right now (for the "partially initialized module" message). */
  initializing: Set<string>;
} = {
  modules: new PyDict(),
  builtins: new PyDict(),
  path: new PyList([]),
  nativeModules: new Map(),
  libDir: "",
  compile: () => {
    throw new Error("compiler not installed");
  },
  initializing: new Set(),
};

/** Runs a module-level (or exec'd) code object with the given namespaces; returns its value. */
export function execCode(code: PyCode, globals: PyDict, locals: PyObject = globals): PyObject {
  if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", builtinsModuleRef());
  const frame = new Frame(code, null, globals, interp.builtins, locals);
  mainThread.depth++;
  return runFrame(mainThread, frame);
}

let builtinsModuleObj: PyModule | null = null;
export function setBuiltinsModule(m: PyModule): void {
  builtinsModuleObj = m;
  interp.builtins = m.dict;
}
function builtinsModuleRef(): PyObject {
  return builtinsModuleObj ?? None;
}

/** Reads a source file as bytes (the compiler decodes per PEP 263). */
export function readSource(path: string): Uint8Array {
  return readFileSync(path);
}

export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export { existsSync, dirname, join, resolve };
