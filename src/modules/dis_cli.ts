// `python -m dis [-h] [-C] [-O] [infile]` (Lib/dis.py `main()` of CPython 3.13).
//
// Reads the file (or standard input for "-" / no argument, named "<stdin>") as bytes, compiles it with
// `compile(source, name, "exec")` and prints `dis.dis(code, show_caches=-C, show_offsets=-O)`. Options are
// parsed by argparse with its default prog, which CPython derives from sys.argv[0]: "dis.py".
// A file that cannot be read prints the OSError line that ends CPython's traceback (exit 1); a
// SyntaxError propagates to the caller (src/cli/main.ts prints it as CPython does).

import * as fs from "node:fs";
import * as nodePath from "node:path";
import { ArgParser } from "../cli/argparse.js";
import { type CliIO, processIO } from "../cli/io.js";
import { disassemble } from "../compiler/dis.js";
import type { PyCode } from "../objects/code.js";
import { strRepr } from "../objects/str.js";

/** `compile(source, filename, mode)`: the module's code object; throws PySyntaxError. */
export type CompileFn = (source: Uint8Array, filename: string, mode: "exec") => PyCode;

/** What disMain needs of the process; missing members fall back to the real process. */
export type DisIO = Pick<CliIO, "stdout" | "stderr"> & Partial<CliIO>;

let defaultCompile: CompileFn | null = null;

/** Sets the compiler `disMain` uses when none is passed (src/compiler/index.ts's `compile`). */
export function setDisCompiler(fn: CompileFn): void {
  defaultCompile = fn;
}

const OS_ERRORS: Record<string, [number, string, string]> = {
  ENOENT: [2, "No such file or directory", "FileNotFoundError"],
  EACCES: [13, "Permission denied", "PermissionError"],
  EPERM: [1, "Operation not permitted", "PermissionError"],
  EISDIR: [21, "Is a directory", "IsADirectoryError"],
  ENOTDIR: [20, "Not a directory", "NotADirectoryError"],
  ELOOP: [40, "Too many levels of symbolic links", "OSError"],
  ENAMETOOLONG: [36, "File name too long", "OSError"],
};

/** argparse prints help lines of arguments without help text with no trailing padding. */
class DisArgParser extends ArgParser {
  override formatHelp(): string {
    return super.formatHelp().replace(/ +$/gm, "");
  }
}

/** A thrown `sys.exit(code)` of ArgParser (--help, usage errors): a non-Error with a numeric code. */
function exitCode(err: unknown): number | null {
  if (err === null || typeof err !== "object" || err instanceof Error) return null;
  const code = (err as { code?: unknown }).code;
  return typeof code === "number" ? code : null;
}

/** `python -m dis`: receives `sys.argv[1:]`, returns the exit status. */
export function disMain(argv: string[], io: DisIO, compile?: CompileFn): number {
  const cli: CliIO = {
    stdout: io.stdout,
    stderr: io.stderr,
    readStdin: io.readStdin ?? processIO.readStdin,
    stdinIsTTY: io.stdinIsTTY ?? processIO.stdinIsTTY,
    cwd: io.cwd ?? processIO.cwd,
    terminalColumns: io.terminalColumns ?? processIO.terminalColumns,
  };
  const parser = new DisArgParser("dis.py", cli);
  parser.add({
    optionStrings: ["-C", "--show-caches"],
    dest: "show_caches",
    nargs: 0,
    help: "show inline caches",
    kind: "store_const",
    constValue: true,
    defaultValue: false,
  });
  parser.add({
    optionStrings: ["-O", "--show-offsets"],
    dest: "show_offsets",
    nargs: 0,
    help: "show instruction offsets",
    kind: "store_const",
    constValue: true,
    defaultValue: false,
  });
  parser.add({
    optionStrings: [],
    dest: "infile",
    nargs: "?",
    help: "",
    kind: "store",
    defaultValue: "-",
  });
  let args: Record<string, unknown>;
  try {
    args = parser.parseArgs(argv);
  } catch (err) {
    const code = exitCode(err);
    if (code === null) throw err;
    return code;
  }

  const infile = args["infile"] as string;
  let name: string;
  let source: Uint8Array;
  if (infile === "-") {
    name = "<stdin>";
    source = cli.readStdin();
  } else {
    name = infile;
    try {
      source = new Uint8Array(fs.readFileSync(nodePath.resolve(cli.cwd(), infile)));
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (typeof e.code !== "string") throw err;
      const [errno, strerror, cls] = OS_ERRORS[e.code] ?? [
        typeof e.errno === "number" ? Math.abs(e.errno) : 0,
        e.message,
        "OSError",
      ];
      cli.stderr(`${cls}: [Errno ${errno}] ${strerror}: ${strRepr(infile)}\n`);
      return 1;
    }
  }
  const compileFn = compile ?? defaultCompile;
  if (!compileFn) {
    cli.stderr("tpython: -m dis: no compiler is available yet\n");
    return 1;
  }
  const code = compileFn(source, name, "exec");
  cli.stdout(
    disassemble(code, { showCaches: args["show_caches"] === true, showOffsets: args["show_offsets"] === true }),
  );
  return 0;
}
