// Running a program (CPython's Python/pythonrun.c + Modules/main.c): interpreter start-up, the
// __main__ module, uncaught exceptions and SystemExit, exit codes.

import { dirname, resolve } from "node:path";
import { makeBuiltinsModule } from "../builtins/builtins.js";
import { None } from "../objects/builtin_types.js";
import { PyDict, dictHooks } from "../objects/dict.js";
import { KeyboardInterrupt, newException, PyBaseException, RecursionError, SystemExit } from "../objects/exceptions.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { eq, hash, repr, str } from "./abstract.js";
import { evalFrameHook } from "./eval_hook.js";
import { execCode, interp, setBuiltinsModule, type CompileFn } from "./interp.js";
import { mainThread } from "./thread.js";
import { formatException, registerSource } from "./traceback.js";
import { flushStd, setUnbuffered, stderr, stdout } from "../modules/io_streams.js";
import { makeSysModule } from "../modules/sys.js";
import { makeImportlibModule } from "../modules/importlib.js";
import { registerNativeModules } from "../modules/registry.js";
import { installGetframe } from "../objects/frame_object.js";
import { importAbsolute } from "./import.js";
import { signalHooks, SUSPEND } from "./runtime.js";
import { Frame } from "./frame.js";
import type { PyCode } from "../objects/code.js";
import { installRuntime } from "./install.js";

export interface ProgramSpec {
  kind: "file" | "command" | "module" | "stdin";
  /** Source text or bytes (file, command, stdin). */
  source?: string | Uint8Array;
  /** Filename shown in tracebacks (absolute path for files, "<string>", "<stdin>"). */
  filename?: string;
  /** Module name for -m. */
  module?: string;
  /** sys.argv */
  argv: string[];
  xoptions: string[];
  flags: string[];
  compile: CompileFn;
}

let initialized = false;

/** Interpreter start-up: builtins, sys, hooks. */
export function initialize(spec: ProgramSpec): void {
  if (initialized) return;
  initialized = true;
  installRuntime();
  dictHooks.hash = (k) => hash(k);
  dictHooks.eq = (a, b) => eq(a, b);
  // A JS stack overflow while compiling very deeply nested code is CPython's compile-time RecursionError.
  interp.compile = (source, filename, mode, flags) => {
    try {
      return spec.compile(source, filename, mode, flags);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) {
        throw newException(RecursionError, "maximum recursion depth exceeded during compilation");
      }
      throw e;
    }
  };
  const builtins = makeBuiltinsModule();
  setBuiltinsModule(builtins);
  interp.modules.setStr("builtins", builtins);
  const xo: Record<string, string | true> = {};
  for (const x of spec.xoptions) {
    const eqi = x.indexOf("=");
    if (eqi < 0) xo[x] = true;
    else xo[x.slice(0, eqi)] = x.slice(eqi + 1);
  }
  const sys = makeSysModule(spec.argv, xo);
  interp.modules.setStr("sys", sys);
  sys.isBuiltin = true;
  builtins.isBuiltin = true;
  installGetframe(sys);
  interp.nativeModules.set("sys", () => sys);
  interp.nativeModules.set("builtins", () => builtins);
  interp.nativeModules.set("importlib", makeImportlibModule);
  registerNativeModules(interp.nativeModules);
  const env = process.env;
  if (spec.flags.includes("u") || (env["PYTHONUNBUFFERED"] && !spec.flags.includes("E"))) setUnbuffered();
  // sys.path: script directory (or ''), PYTHONPATH, the bundled library.
  const path: PyObject[] = [];
  if (spec.kind === "file" && spec.filename) path.push(dirname(spec.filename));
  else if (spec.kind === "module") path.push(process.cwd());
  else path.push("");
  const pp = process.env["PYTHONPATH"];
  if (pp && !spec.flags.includes("E") && !spec.flags.includes("I")) {
    for (const p of pp.split(":")) if (p !== "") path.push(resolve(p));
  }
  if (interp.libDir) path.push(interp.libDir);
  interp.path.items.push(...path);
  signalHooks.raise = () => newException(KeyboardInterrupt);
  process.on("SIGINT", () => {
    mainThread.pendingSignal = 2;
    mainThread.eval_breaker = true;
  });
}

/** Set when the program ended with an uncaught KeyboardInterrupt: the process then dies by SIGINT. */
export let exitBySigint = false;

/**
 * Runs a module's code as the outermost activation of the eval loop, which may pause (R.SUSPEND) so the
 * event loop can deliver signals; then the rest runs asynchronously and a Promise is returned.
 */
function runTopLevel(code: PyCode, globals: PyDict): PyObject | Promise<PyObject> {
  const ts = mainThread;
  if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", interp.modules.getStr("builtins")!);
  const frame = new Frame(code, null, globals, interp.builtins, globals);
  ts.depth++;
  const step = (start: Frame | null): PyObject => {
    ts.cDepth = 1;
    ts.suspendable = true;
    try {
      return evalFrameHook.evalFrame(ts, frame, null, start);
    } finally {
      ts.cDepth = 0;
      ts.suspendable = false;
    }
  };
  ts.lastSuspend = performance.now();
  let r = step(null);
  if (r !== SUSPEND) return r;
  return (async () => {
    while (r === SUSPEND) {
      await new Promise((res) => setImmediate(res));
      r = step(ts.suspended);
    }
    return r;
  })();
}

/** Runs the program; returns the process exit code (a Promise if the program paused for the event loop). */
export function runProgram(spec: ProgramSpec): number | Promise<number> {
  initialize(spec);
  let code = 0;
  try {
    const main = new PyModule("__main__");
    const d = main.dict;
    d.setStr("__builtins__", interp.modules.getStr("builtins")!);
    interp.modules.setStr("__main__", main);
    if (spec.kind === "module") {
      let file: string;
      try {
        file = findModuleFile(spec.module!);
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtype(ImportError)) {
          stderr.write(`tpython: ${str(e)}\n`);
          stderr.flush();
          return finalize(1);
        }
        throw e;
      }
      void file;
      runModuleAsMain(spec.module!, main);
    } else {
      if (spec.kind === "file") {
        d.setStr("__file__", spec.filename!);
        d.setStr("__cached__", None);
      }
      if (spec.kind === "command" && typeof spec.source === "string") registerSource("<string>", spec.source);
      const co = interp.compile(spec.source!, spec.filename!, "exec");
      const r = runTopLevel(co, d);
      if (r instanceof Promise) {
        return r.then(
          () => finalize(0),
          (e) => finalize(handleUncaught(e)),
        );
      }
    }
  } catch (e) {
    code = handleUncaught(e);
  }
  code = finalize(code);
  return code;
}

function runModuleAsMain(name: string, main: PyModule): void {
  // -m: find the module's file and run it as __main__ (runpy._run_module_as_main); a package runs its
  // __main__ submodule after being imported.
  let modName = name;
  let file = findModuleFile(modName);
  if (file.endsWith("/__init__.py")) {
    importAbsolute(modName);
    modName = `${name}.__main__`;
    file = findModuleFile(modName);
    if (file.endsWith("/__init__.py")) {
      throw newException(
        ImportError,
        `No module named ${modName}; '${name}' is a package and cannot be directly executed`,
      );
    }
  }
  main.dict.setStr("__file__", file);
  main.dict.setStr("__cached__", None);
  const dot = modName.lastIndexOf(".");
  main.dict.setStr("__package__", dot >= 0 ? modName.slice(0, dot) : "");
  const argv = interp.modules.getStr("sys")!.dict.getStr("argv");
  if (argv !== undefined) argv.items[0] = file;
  const co = interp.compile(new Uint8Array(fsModule.readFileSync(file)), file, "exec");
  execCode(co, main.dict);
}

/** The source file of module `name` (a package's __init__.py), importing parent packages first. */
function findModuleFile(name: string): string {
  const parts = name.split(".");
  let dirs = interp.path.items as string[];
  if (parts.length > 1) {
    const parent = importAbsolute(parts.slice(0, -1).join("."));
    const p = parent instanceof PyModule ? parent.dict.getStr("__path__") : undefined;
    dirs = p !== undefined ? (p.items as string[]) : [];
  }
  const last = parts[parts.length - 1]!;
  for (const dir of dirs) {
    const base = resolve(dir === "" ? "." : dir, last);
    if (fsModule.existsSync(`${base}/__init__.py`)) return `${base}/__init__.py`;
    if (fsModule.existsSync(`${base}.py`)) return `${base}.py`;
  }
  const e = newException(ModuleNotFoundError, `No module named ${name}`);
  e.name = name;
  throw e;
}
import { ImportError, ModuleNotFoundError } from "../objects/exceptions.js";
import * as fsModule from "node:fs";

/** Prints an uncaught exception (or handles SystemExit); returns the exit code. */
export function handleUncaught(e0: unknown): number {
  let e: PyObject = e0;
  if (!(e instanceof PyBaseException)) {
    e = evalFrameHook && toPy(e0);
  }
  const exc = e as PyBaseException;
  if (exc.type.isSubtype(SystemExit)) return systemExitCode(exc);
  stdout.flush();
  let text: string;
  try {
    text = formatException(exc);
  } catch (err) {
    text = `${exc.type.name}: <exception formatting failed: ${err instanceof Error ? err.message : String(err)}>\n`;
  }
  stderr.write(text);
  stderr.flush();
  if (exc.type.isSubtype(KeyboardInterrupt)) {
    exitBySigint = true;
    return 130;
  }
  return 1;
}

import { toPyException } from "./errors.js";
function toPy(e: unknown): PyBaseException {
  return toPyException(mainThread, e);
}

function systemExitCode(exc: PyBaseException): number {
  const c = exc.code === undefined ? None : exc.code;
  if (c === None) return 0;
  if (typeof c === "number") return c & 0xff;
  if (typeof c === "boolean") return c ? 1 : 0;
  if (typeof c === "bigint") return Number(BigInt.asIntN(32, c)) & 0xff;
  stdout.flush();
  try {
    stderr.write(`${str(c)}\n`);
  } catch {
    stderr.write(`${repr(c)}\n`);
  }
  return 1;
}

function finalize(code: number): number {
  try {
    flushStd();
  } catch {}
  return code;
}

export { PyDict };
