// The `tpython` command line, modelled on `python3.13`:
//
//   tpython [option] ... [-c cmd | -m mod | file | -] [arg] ...
//
// Until the VM exists, programs (`FILE`, `-c`, stdin) are only parsed: a SyntaxError is printed
// exactly as CPython prints it (exit 1); a valid program prints CANNOT_RUN_YET (exit 2).
// `-m MODULE` dispatches through RUNNABLE_MODULES (`-m ast` is implemented here).
//
// `main` never lets a JavaScript exception escape: a PySyntaxError is printed as CPython would, any
// other error is an internal error (exit 70, EX_SOFTWARE).

import * as fs from "node:fs";
import * as nodePath from "node:path";
import { dump } from "../parser/dump.js";
import { PyParserLimitError, PySyntaxError, warningHook } from "../parser/errors.js";
import { parse } from "../parser/index.js";
import { getNormalName } from "../parser/source.js";
import { tokenizeMain } from "../modules/tokenize_cli.js";
import { formatSyntaxError } from "./syntax_error.js";
import { PYTHON_VERSION } from "./version.js";
import { runRepl } from "./repl.js";
import { type CliIO, processIO } from "./io.js";
import { ArgParser, CliExit, pyInt, pyRepr, type ArgAction } from "./argparse.js";
export { type CliIO, processIO, ArgParser, pyInt, pyRepr, type ArgAction };
import { selectCompiler } from "./compile_select.js";
import { runProgram } from "../vm/pythonrun.js";
import { disMain } from "../modules/dis_cli.js";

export { PYTHON_VERSION };
/** What CPython prints as its executable path in its own messages. */
export const PROGRAM_NAME = "tpython";
/** Exit status of an unexpected internal error (sysexits.h EX_SOFTWARE). */
export const EXIT_INTERNAL_ERROR = 70;

/** A `python -m MODULE` entry point: receives `sys.argv[1:]`, returns the exit status. */
export type ModuleMain = (args: string[], io: CliIO) => number;

/** Modules runnable with `tpython -m NAME`. Adding one is one line here. */
export const RUNNABLE_MODULES: ReadonlyMap<string, ModuleMain> = new Map<string, ModuleMain>([
  ["ast", astModuleMain],
  ["tokenize", tokenizeMain],
  ["dis", (args, io) => disMain(args, io, selectCompiler())],
]);

let stdoutErrorsHandled = false;

export function main(argv: string[], io: CliIO = processIO): number {
  if (io === processIO && !stdoutErrorsHandled) {
    // A closed pipe (`tpython -m ast big.py | head`) must not crash with a JS stack.
    stdoutErrorsHandled = true;
    process.stdout.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code !== "EPIPE") process.stderr.write(`${PROGRAM_NAME}: error writing to stdout: ${err.message}\n`);
    });
  }
  try {
    return runCommandLine(argv, io);
  } catch (err) {
    if (err instanceof CliExit) return err.code;
    if (err instanceof PySyntaxError) {
      io.stderr(formatSyntaxError(err));
      return 1;
    }
    if (err instanceof PyParserLimitError) {
      io.stderr(`${err.kind}: ${err.msg}\n`);
      return 1;
    }
    return reportInternalError(err, io);
  }
}

function reportInternalError(err: unknown, io: CliIO): number {
  try {
    const what = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    let msg = `${PROGRAM_NAME}: internal error: ${what}\n`;
    if (process.env["TPYTHON_DEBUG"] && err instanceof Error && err.stack) msg += `${err.stack}\n`;
    else msg += `(set TPYTHON_DEBUG=1 to see the JavaScript stack)\n`;
    io.stderr(msg);
  } catch {
    // Nothing more we can do.
  }
  return EXIT_INTERNAL_ERROR;
}

// ---------------------------------------------------------------------------------------------
// The interpreter's own options (CPython's Python/initconfig.c + Python/getopt.c)

/** Options that take an argument, and flags, as `python3.13` accepts them. */
const SHORT_WITH_ARG = new Set(["c", "m", "W", "X"]);
const SHORT_FLAGS = new Set(["b", "B", "d", "E", "i", "I", "O", "P", "q", "R", "s", "S", "u", "v", "x"]);
const LONG_FLAGS = new Set(["help", "version", "help-env", "help-xoptions", "help-all"]);

/** The options parsed from the command line (kept for the VM: -X, -W, flags). */
export interface InterpreterOptions {
  command: string | null;
  module: string | null;
  /** Script path (or "-" for stdin), or null for the REPL / -c / -m. */
  script: string | null;
  /** `sys.argv[1:]` of the program. */
  args: string[];
  xOptions: string[];
  warnOptions: string[];
  flags: string[];
  checkHashBasedPycs: string | null;
}

function usageLine(): string {
  return `usage: ${PROGRAM_NAME} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n`;
}

function usageError(message: string, io: CliIO): never {
  io.stderr(`${message}\n${usageLine()}Try \`python -h' for more information.\n`);
  throw new CliExit(2);
}

const HELP_TEXT = `Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control (accepted, not used yet)
-X opt : set implementation-specific option (accepted, not used yet)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Modules runnable with -m: ${"{MODULES}"}
`;

function parseInterpreterOptions(argv: string[], io: CliIO): InterpreterOptions {
  const opts: InterpreterOptions = {
    command: null,
    module: null,
    script: null,
    args: [],
    xOptions: [],
    warnOptions: [],
    flags: [],
    checkHashBasedPycs: null,
  };
  let version = 0;
  let i = 0;
  outer: while (i < argv.length) {
    const arg = argv[i]!;
    if (arg === "--") {
      i++;
      break;
    }
    if (arg.length < 2 || arg[0] !== "-") break; // "-" (stdin) or the script
    if (arg.startsWith("--")) {
      const name = arg.slice(2);
      if (name === "check-hash-based-pycs") {
        if (i + 1 >= argv.length) usageError("Argument expected for the --check-hash-based-pycs option", io);
        opts.checkHashBasedPycs = argv[i + 1]!;
        i += 2;
        continue;
      }
      if (!LONG_FLAGS.has(name)) usageError(`unknown option ${arg}`, io);
      if (name === "version") version++;
      else {
        io.stdout(usageLine() + HELP_TEXT.replace("{MODULES}", [...RUNNABLE_MODULES.keys()].join(", ")));
        throw new CliExit(0);
      }
      i++;
      continue;
    }
    // A cluster of short options: -Bc CODE, -mast, -X dev, ...
    let j = 1;
    while (j < arg.length) {
      const ch = arg[j]!;
      if (SHORT_WITH_ARG.has(ch)) {
        let value: string;
        if (j + 1 < arg.length) {
          value = arg.slice(j + 1);
        } else if (i + 1 < argv.length) {
          i++;
          value = argv[i]!;
        } else {
          usageError(`Argument expected for the -${ch} option`, io);
        }
        i++;
        if (ch === "c") {
          opts.command = value;
          break outer;
        }
        if (ch === "m") {
          opts.module = value;
          break outer;
        }
        if (ch === "X") opts.xOptions.push(value);
        else opts.warnOptions.push(value);
        continue outer;
      }
      if (ch === "h" || ch === "?") {
        io.stdout(usageLine() + HELP_TEXT.replace("{MODULES}", [...RUNNABLE_MODULES.keys()].join(", ")));
        throw new CliExit(0);
      }
      if (ch === "V") version++;
      else if (SHORT_FLAGS.has(ch)) opts.flags.push(ch);
      else usageError(`Unknown option: -${ch}`, io);
      j++;
    }
    i++;
  }
  if (version > 0) {
    io.stdout(
      version === 1
        ? `Python ${PYTHON_VERSION}\n`
        : `Python ${PYTHON_VERSION} (tpython, a Python runtime in TypeScript) [Node.js ${process.version}]\n`,
    );
    throw new CliExit(0);
  }
  if (opts.command === null && opts.module === null && i < argv.length) {
    opts.script = argv[i]!;
    i++;
  }
  opts.args = argv.slice(i);
  return opts;
}

let currentOpts: InterpreterOptions | null = null;

/** Set when `main` started something asynchronous (the REPL, a program that paused): its exit code. */
export let pendingExit: Promise<number> | null = null;
export { exitBySigint } from "../vm/pythonrun.js";

function exitCodeOf(r: number | Promise<number>): number {
  const opts = currentOpts;
  if (opts !== null && (opts.flags.includes("i") || (process.env["PYTHONINSPECT"] && !opts.flags.includes("E")))) {
    // -i: inspect interactively after the program, in its namespace (whatever its exit status).
    const spec = {
      kind: "stdin" as const,
      argv: [""],
      xoptions: opts.xOptions,
      flags: opts.flags,
      compile: selectCompiler(),
    };
    pendingExit = Promise.resolve(r).then(() => runRepl(spec, true));
    return 0;
  }
  if (typeof r === "number") return r;
  pendingExit = r;
  return 0;
}

function runCommandLine(argv: string[], io: CliIO): number {
  const opts = parseInterpreterOptions(argv, io);
  currentOpts = opts;
  if (opts.module !== null) return runModule(opts.module, opts.args, io);
  if (opts.command !== null) return runSource(opts.command, "<string>", io, false);
  if (opts.script !== null && opts.script !== "-") return runScriptFile(opts.script, io);
  if (opts.script === null && io.stdinIsTTY()) {
    // The REPL runs on the event loop; bin/tpython.js awaits the exit code.
    pendingExit = runRepl({
      kind: "stdin",
      argv: [""],
      xoptions: opts.xOptions,
      flags: opts.flags,
      compile: selectCompiler(),
    });
    return 0;
  }
  return runSource(io.readStdin(), "<stdin>", io, true);
}

function runModule(name: string, args: string[], io: CliIO): number {
  const entry = RUNNABLE_MODULES.get(name);
  if (entry) return entry(args, io);
  if (name.startsWith(".")) {
    io.stderr(`${PROGRAM_NAME}: Relative module names not supported\n`);
    return 1;
  }
  const dot = name.indexOf(".");
  if (dot > 0 && !RUNNABLE_MODULES.has(name.slice(0, dot))) {
    const top = name.slice(0, dot);
    io.stderr(
      `${PROGRAM_NAME}: Error while finding module specification for ${pyRepr(name)} ` +
        `(ModuleNotFoundError: No module named ${pyRepr(top)})\n`,
    );
    return 1;
  }
  const opts = currentOpts!;
  return exitCodeOf(
    runProgram({
      kind: "module",
      module: name,
      argv: ["-m", ...args],
      xoptions: opts.xOptions,
      flags: opts.flags,
      compile: selectCompiler(),
    }),
  );
}

/** CPython makes the script path absolute (`_Py_abspath`: cwd + "/" + path, not normalized). */
function absoluteScriptPath(p: string, io: CliIO): string {
  if (p === "" || nodePath.isAbsolute(p)) return p;
  const cwd = io.cwd();
  return cwd.endsWith("/") ? cwd + p : `${cwd}/${p}`;
}

function runScriptFile(script: string, io: CliIO): number {
  const filename = absoluteScriptPath(script, io);
  let source: Uint8Array;
  try {
    if (fs.statSync(filename).isDirectory()) {
      const mainPy = `${filename}/__main__.py`;
      if (!fs.existsSync(mainPy)) {
        io.stderr(`${PROGRAM_NAME}: can't find '__main__' module in ${pyRepr(filename)}\n`);
        return 1;
      }
      return runSource(new Uint8Array(fs.readFileSync(mainPy)), mainPy, io, true);
    }
    source = new Uint8Array(fs.readFileSync(filename));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code !== "string") throw err;
    const [errno, strerror] = osErrorInfo(e);
    io.stderr(`${PROGRAM_NAME}: can't open file ${pyRepr(filename)}: [Errno ${errno}] ${strerror}\n`);
    return 2;
  }
  return runSource(source, filename, io, true);
}

/**
 * Compiles a program; until the VM exists, that is all "running" means. `fileInput` is true for a
 * script file or stdin, which CPython reads with its *file* tokenizer (see scriptReadingError).
 */
function runSource(source: string | Uint8Array, filename: string, io: CliIO, fileInput: boolean): number {
  try {
    if (fileInput && typeof source !== "string") {
      const early = scriptReadingError(source, filename);
      if (early) throw early;
    }
    // This early parse only reports syntax errors as the file tokenizer does; warnings come from the
    // compilation that follows, so they are not printed twice.
    const savedWarn = warningHook.warn;
    warningHook.warn = () => {};
    try {
      parse(source, filename, "exec", { typeComments: false });
    } catch (err) {
      if (fileInput && err instanceof PySyntaxError && typeof source !== "string") {
        throw asScriptRunError(err, source);
      }
      throw err;
    } finally {
      warningHook.warn = savedWarn;
    }
  } catch (err) {
    if (err instanceof PySyntaxError) {
      io.stderr(formatSyntaxError(err));
      return 1;
    }
    throw err;
  }
  const opts = currentOpts!;
  const kind = filename === "<string>" ? "command" : filename === "<stdin>" ? "stdin" : "file";
  const argv0 =
    kind === "command" ? "-c" : kind === "stdin" ? (opts.script === "-" ? "-" : "") : (opts.script ?? filename);
  return exitCodeOf(
    runProgram({
      kind,
      source,
      filename,
      argv: [argv0, ...opts.args],
      xoptions: opts.xOptions,
      flags: opts.flags,
      compile: selectCompiler(),
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// How CPython's file tokenizer (used for `python FILE` and `python < FILE`) reports problems that
// compile(bytes) reports differently. Checked against the real interpreter; the corpus keeps the
// script-run outputs in tests/parser/cases/**/NAME.run.err.

/** A SyntaxError without location (CPython leaves filename/lineno/offset/text as None). */
function unlocatedSyntaxError(msg: string): PySyntaxError {
  const e = new PySyntaxError("SyntaxError", msg, "", 0, 0, null, 0, 0);
  // Python's None for every location field: the formatter prints only "SyntaxError: msg".
  const loose = e as unknown as Record<string, unknown>;
  for (const k of ["filename", "lineno", "offset", "end_lineno", "end_offset"]) loose[k] = null;
  return e;
}

interface CodingInfo {
  bom: boolean;
  /** The declared encoding, normalized as CPython's get_normal_name does, or null. */
  spec: string | null;
}

/** Physical lines as the file tokenizer reads them (universal newlines), without terminators. */
function splitLines(src: Uint8Array): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const b = src[i]!;
    if (b === 0x0a || b === 0x0d) {
      lines.push([start, i]);
      if (b === 0x0d && src[i + 1] === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < src.length) lines.push([start, src.length]);
  return lines;
}

/** PEP 263 as CPython's tokenizer implements it (first two lines; line 2 only after a comment/blank line). */
function codingInfo(src: Uint8Array, lines: [number, number][]): CodingInfo {
  const bom = src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf;
  for (let n = 0; n < Math.min(2, lines.length); n++) {
    let [a, b] = lines[n]!;
    if (n === 0 && bom) a += 3;
    const line = Buffer.from(src.subarray(a, b)).toString("latin1");
    const hash = /^[ \t\f]*#/.exec(line);
    if (hash) {
      const m = /coding[:=][ \t]*([-\w.]+)/.exec(line.slice(hash[0].length - 1));
      if (m) return { bom, spec: getNormalName(m[1]!) };
    } else if (!/^[ \t\f]*$/.test(line)) {
      break; // a line with code stops the search
    }
  }
  return { bom, spec: null };
}

/** Length of the valid UTF-8 prefix of src[a, b). */
function validUtf8Prefix(src: Uint8Array, a: number, b: number): number {
  let i = a;
  while (i < b) {
    const c = src[i]!;
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i - a;
    for (let k = 1; k <= n; k++) {
      const d = src[i + k];
      if (d === undefined || i + k >= b) return i - a;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i - a;
    }
    i += n + 1;
  }
  return b - a;
}

/**
 * Errors CPython's file tokenizer raises while *reading* a script, before compile() would see them:
 * bytes that are not UTF-8 when no encoding is declared, and null bytes.
 */
export function scriptReadingError(src: Uint8Array, filename: string): PySyntaxError | null {
  const lines = splitLines(src);
  const { bom, spec } = codingInfo(src, lines);
  const checkUtf8 = !bom && spec === null;
  for (let n = 0; n < lines.length; n++) {
    const [a, b] = lines[n]!;
    let nul = src.indexOf(0, a);
    if (nul >= b) nul = -1;
    const end = nul >= 0 ? nul : b;
    if (checkUtf8) {
      const ok = validUtf8Prefix(src, a, end);
      if (a + ok < end) {
        const byte = src[a + ok]!.toString(16).padStart(2, "0");
        return unlocatedSyntaxError(
          `Non-UTF-8 code starting with '\\x${byte}' in file ${filename} on line ${n + 1}, ` +
            "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
        );
      }
    }
    if (nul >= 0) {
      const text = Buffer.from(src.subarray(a, nul)).toString("utf8");
      return new PySyntaxError(
        "SyntaxError",
        "source code cannot contain null bytes",
        filename,
        n + 1,
        0,
        text,
        n + 1,
        0,
      );
    }
  }
  return null;
}

/**
 * What a script run reports instead of compile()'s error:
 * - encoding problems: compile() says line 0 ("unknown encoding: X", "'ascii' codec can't decode ..."),
 *   a script run says "encoding problem: NAME" without any location;
 * - errors the parser raises at the end-of-file token (a block or `try` cut off by EOF): the file
 *   tokenizer puts that token at column -1, so the offset is 0 and no caret is printed.
 */
function asScriptRunError(err: PySyntaxError, src: Uint8Array): PySyntaxError {
  if (err.lineno === 0) {
    if (err.msg.startsWith("encoding problem:")) return unlocatedSyntaxError(err.msg);
    const { spec } = codingInfo(src, splitLines(src));
    if (spec === null) return err;
    return unlocatedSyntaxError(`encoding problem: ${spec}`);
  }
  if (
    err.end_offset === -1 &&
    err.offset !== 0 &&
    (err.msg.startsWith("expected an indented block after ") || err.msg === "expected 'except' or 'finally' block")
  ) {
    return new PySyntaxError(err.kind, err.msg, err.filename, err.lineno, 0, err.text, err.end_lineno, err.end_offset);
  }
  return err;
}

// ---------------------------------------------------------------------------------------------
// OSError presentation

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, "No such file or directory", "FileNotFoundError"],
  EACCES: [13, "Permission denied", "PermissionError"],
  EPERM: [1, "Operation not permitted", "PermissionError"],
  EISDIR: [21, "Is a directory", "IsADirectoryError"],
  ENOTDIR: [20, "Not a directory", "NotADirectoryError"],
  ELOOP: [40, "Too many levels of symbolic links", "OSError"],
  ENAMETOOLONG: [36, "File name too long", "OSError"],
  EMFILE: [24, "Too many open files", "OSError"],
  EIO: [5, "Input/output error", "OSError"],
  EINVAL: [22, "Invalid argument", "OSError"],
};

function osErrorInfo(e: NodeJS.ErrnoException): [number, string, string] {
  const known = e.code ? ERRNO[e.code] : undefined;
  if (known) return known;
  return [typeof e.errno === "number" ? Math.abs(e.errno) : 0, e.message, "OSError"];
}

// ---------------------------------------------------------------------------------------------
// Python helpers: repr(str) and int(str)

const AST_MODES = ["exec", "single", "eval", "func_type"] as const;
type AstMode = (typeof AST_MODES)[number];

function astModuleMain(args: string[], io: CliIO): number {
  const parser = new ArgParser("python -m ast", io);
  parser.add({
    optionStrings: [],
    dest: "infile",
    nargs: "?",
    help: "the file to parse; defaults to stdin",
    kind: "store",
    defaultValue: "-",
  });
  parser.add({
    optionStrings: ["-m", "--mode"],
    dest: "mode",
    nargs: 1,
    help: "specify what kind of code must be parsed",
    kind: "store",
    defaultValue: "exec",
    choices: [...AST_MODES],
  });
  parser.add({
    optionStrings: ["--no-type-comments"],
    dest: "no_type_comments",
    nargs: 0,
    help: "don't add information about type comments",
    kind: "store_const",
    constValue: false,
    defaultValue: true,
  });
  parser.add({
    optionStrings: ["-a", "--include-attributes"],
    dest: "include_attributes",
    nargs: 0,
    help: "include attributes such as line numbers and column offsets",
    kind: "store_const",
    constValue: true,
    defaultValue: false,
  });
  parser.add({
    optionStrings: ["-i", "--indent"],
    dest: "indent",
    nargs: 1,
    help: "indentation of nodes (number of spaces)",
    kind: "store",
    defaultValue: 3,
    type: "int",
  });
  const ns = parser.parseArgs(args);

  const infile = ns["infile"] as string;
  let name: string;
  let source: Uint8Array;
  if (infile === "-") {
    name = "<stdin>";
    source = io.readStdin();
  } else {
    name = infile;
    try {
      source = new Uint8Array(fs.readFileSync(infile));
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (typeof e.code !== "string") throw err;
      const [errno, strerror, cls] = osErrorInfo(e);
      io.stderr(`${cls}: [Errno ${errno}] ${strerror}: ${pyRepr(infile)}\n`);
      return 1;
    }
  }
  const indentValue = ns["indent"] as number | bigint;
  if (typeof indentValue === "bigint") {
    io.stderr("OverflowError: cannot fit 'int' into an index-sized integer\n");
    return 1;
  }
  const tree = parse(source, name, ns["mode"] as AstMode, { typeComments: ns["no_type_comments"] as boolean });
  io.stdout(
    `${dump(tree, { includeAttributes: ns["include_attributes"] as boolean, indent: indentValue as number })}\n`,
  );
  return 0;
}
