// The interactive interpreter (`tpython` on a terminal): `>>>` / `...` prompts, multi-line blocks,
// echo of expression values (compiled in "single" mode: CALL_INTRINSIC_1 INTRINSIC_PRINT), tracebacks
// without exiting, line editing and history (node:readline; history kept in ~/.tpython_history).

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as readline from "node:readline";
import { PySyntaxError } from "../parser/errors.js";
import { flushStd } from "../modules/io_streams.js";
import type { PyCode } from "../objects/code.js";
import { PyBaseException, SystemExit } from "../objects/exceptions.js";
import { execCode, interp } from "../vm/interp.js";
import { handleUncaught, initialize, type ProgramSpec } from "../vm/pythonrun.js";
import { PyModule } from "../objects/module.js";
import { registerSource } from "../vm/traceback.js";
import { str } from "../vm/abstract.js";
import { PYTHON_VERSION } from "./version.js";

/** Messages that mean "the statement is not finished yet" rather than a real syntax error. */
const INCOMPLETE = [
  "unexpected EOF while parsing",
  "was never closed",
  "unterminated triple-quoted string literal",
  "expected an indented block",
];

function isIncomplete(source: string, e: PySyntaxError): boolean {
  if (INCOMPLETE.some((m) => e.msg.includes(m))) return true;
  // A line ending with a backslash continues.
  return /\\\n$/.test(source);
}

/** Starts the REPL; resolves with the exit code when the session ends. */
export function runRepl(spec: ProgramSpec, afterProgram = false): Promise<number> {
  initialize(spec);
  // After `-i script.py` the REPL continues in the program's __main__ namespace, without a banner.
  let main = afterProgram ? interp.modules.getStr("__main__") : undefined;
  if (!(main instanceof PyModule)) {
    main = new PyModule("__main__");
    main.dict.setStr("__builtins__", interp.modules.getStr("builtins")!);
    interp.modules.setStr("__main__", main);
  }
  const sys = interp.modules.getStr("sys")!;
  sys.dict.setStr("ps1", ">>> ");
  sys.dict.setStr("ps2", "... ");
  const quiet = spec.flags.includes("q") || afterProgram;
  if (!quiet) {
    process.stderr.write(
      `Python ${PYTHON_VERSION} (tpython) [Node.js ${process.version}] on ${process.platform}\n` +
        `Type "help", "copyright", "credits" or "license" for more information.\n`,
    );
  }
  const historyFile = path.join(os.homedir(), ".tpython_history");
  let history: string[] = [];
  try {
    history = fs.readFileSync(historyFile, "utf8").split("\n").filter(Boolean).reverse().slice(0, 1000);
  } catch {}
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY === true,
    history,
    historySize: 1000,
  } as readline.ReadLineOptions);
  let buffer = "";
  let counter = 0;
  const prompt = (name: "ps1" | "ps2") => {
    const p = sys.dict.getStr(name);
    rl.setPrompt(p === undefined ? "" : str(p));
    rl.prompt();
  };
  return new Promise((resolveExit) => {
    let exitCode = 0;
    const finish = (code: number) => {
      exitCode = code;
      rl.close();
    };
    rl.on("line", (line) => {
      buffer += `${line}\n`;
      const first = buffer.split("\n")[0]!;
      const compound = /:\s*(#.*)?$/.test(first) || /^\s*@/.test(first);
      // A compound statement ends with an empty line; anything else may be complete now.
      if (compound && line.trim() !== "") {
        prompt("ps2");
        return;
      }
      let code: PyCode;
      const filename = "<stdin>";
      try {
        code = interp.compile(buffer, filename, "single");
      } catch (e) {
        if (e instanceof PySyntaxError && isIncomplete(buffer, e) && line.trim() !== "") {
          prompt("ps2");
          return;
        }
        handleUncaught(e);
        buffer = "";
        prompt("ps1");
        return;
      }
      registerSource(`<python-input-${counter++}>`, buffer);
      buffer = "";
      try {
        execCode(code, main.dict);
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtype(SystemExit)) {
          finish(handleUncaught(e));
          return;
        }
        handleUncaught(e);
      }
      flushStd();
      prompt("ps1");
    });
    rl.on("SIGINT", () => {
      process.stdout.write("\nKeyboardInterrupt\n");
      buffer = "";
      prompt("ps1");
    });
    rl.on("close", () => {
      flushStd();
      try {
        const h = (rl as unknown as { history: string[] }).history;
        fs.writeFileSync(historyFile, `${h.slice().reverse().join("\n")}\n`);
      } catch {}
      if (process.stdin.isTTY) process.stdout.write("\n");
      resolveExit(exitCode);
    });
    prompt("ps1");
  });
}
