// Which compiler `tpython` uses. Ours (src/compiler) by default; TPYTHON_COMPILER=cpython compiles with
// the installed CPython 3.13 through tools/oracle/dump_code.py (a development aid to test the VM on
// CPython's exact bytecode; never used by tests or CI).

import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { codeFromDumpText } from "../compiler/code_json.js";
import { compile } from "../compiler/index.js";
import type { PyCode } from "../objects/code.js";
import { PySyntaxError } from "../parser/errors.js";
import type { CompileFn } from "../vm/interp.js";

function cpythonCompile(source: string | Uint8Array, filename: string, mode: "exec" | "eval" | "single"): PyCode {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const py = process.env["TPYTHON_CPYTHON"] ?? `${process.env["HOME"]}/.pyenv/versions/3.13.0/bin/python3`;
  const out = execFileSync(py, [join(root, "tools/oracle/dump_code.py"), "--mode", mode, "--stdin", filename], {
    input: source,
    maxBuffer: 1 << 28,
  }).toString();
  const doc = JSON.parse(out.split("\n")[0]!);
  if (doc.error) {
    const [kind, msg, lineno, offset, endLineno, endOffset] = doc.error;
    throw new PySyntaxError(kind, msg, filename, lineno, offset, null, endLineno, endOffset);
  }
  return codeFromDumpText(out);
}

export function selectCompiler(): CompileFn {
  if (process.env["TPYTHON_COMPILER"] === "cpython") return cpythonCompile;
  return compile as CompileFn;
}
