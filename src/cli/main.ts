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
import { PyParserLimitError, PySyntaxError } from "../parser/errors.js";
import { parse } from "../parser/index.js";
import { getNormalName } from "../parser/source.js";
import { isPrintable } from "../generated/unicode_printable.js";
import { tokenizeMain } from "../modules/tokenize_cli.js";
import { formatSyntaxError } from "./syntax_error.js";

export const PYTHON_VERSION = "3.13.0";
/** What CPython prints as its executable path in its own messages. */
export const PROGRAM_NAME = "tpython";
/** Printed (exit code 2) for a valid program while there is no VM; the VM replaces this. */
export const CANNOT_RUN_YET = "tpython: cannot run programs yet (the VM is not implemented); try 'tpython -m ast FILE'";
/** Printed (exit code 2) when the interactive REPL would start. */
export const NO_REPL_YET =
  "tpython: the interactive REPL is not implemented yet; try 'tpython FILE' or 'tpython -c CODE'";
/** Exit status of an unexpected internal error (sysexits.h EX_SOFTWARE). */
export const EXIT_INTERNAL_ERROR = 70;

/** The process around the CLI; replaceable so tests can run `main` in-process. */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** All of standard input, as bytes. */
  readStdin(): Uint8Array;
  stdinIsTTY(): boolean;
  cwd(): string;
  /** Terminal width as `shutil.get_terminal_size().columns` computes it. */
  terminalColumns(): number;
}

export const processIO: CliIO = {
  stdout: (s) => {
    process.stdout.write(s);
  },
  stderr: (s) => {
    process.stderr.write(s);
  },
  readStdin: () => readAllStdin(),
  stdinIsTTY: () => process.stdin.isTTY === true,
  cwd: () => process.cwd(),
  terminalColumns: () => {
    const env = process.env["COLUMNS"];
    if (env !== undefined) {
      const n = pyInt(env);
      if (n !== null && n > 0n) return Number(n);
    }
    const cols = process.stdout.isTTY ? process.stdout.columns : 0;
    return cols > 0 ? cols : 80;
  },
};

function readAllStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        // Non-blocking stdin (rare): wait a little and retry.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Signals a `sys.exit(code)` from deep inside a command. */
class CliExit {
  constructor(public code: number) {}
}

/** A `python -m MODULE` entry point: receives `sys.argv[1:]`, returns the exit status. */
export type ModuleMain = (args: string[], io: CliIO) => number;

/** Modules runnable with `tpython -m NAME`. Adding one is one line here. */
export const RUNNABLE_MODULES: ReadonlyMap<string, ModuleMain> = new Map<string, ModuleMain>([
  ["ast", astModuleMain],
  ["tokenize", tokenizeMain],
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

function runCommandLine(argv: string[], io: CliIO): number {
  const opts = parseInterpreterOptions(argv, io);
  if (opts.module !== null) return runModule(opts.module, opts.args, io);
  if (opts.command !== null) return runSource(opts.command, "<string>", io, false);
  if (opts.script !== null && opts.script !== "-") return runScriptFile(opts.script, io);
  if (opts.script === null && io.stdinIsTTY()) {
    io.stderr(`${NO_REPL_YET}\n`);
    return 2;
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
  io.stderr(`${PROGRAM_NAME}: No module named ${name}\n`);
  return 1;
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
    try {
      parse(source, filename, "exec", { typeComments: false });
    } catch (err) {
      if (fileInput && err instanceof PySyntaxError && typeof source !== "string") {
        throw asScriptRunError(err, source);
      }
      throw err;
    }
  } catch (err) {
    if (err instanceof PySyntaxError) {
      io.stderr(formatSyntaxError(err));
      return 1;
    }
    throw err;
  }
  io.stderr(`${CANNOT_RUN_YET}\n`);
  return 2;
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

/** `repr(s)` of a Python str. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

const isPySpace = (cp: number): boolean =>
  (cp >= 0x09 && cp <= 0x0d) ||
  (cp >= 0x1c && cp <= 0x20) ||
  cp === 0x85 ||
  cp === 0xa0 ||
  cp === 0x1680 ||
  (cp >= 0x2000 && cp <= 0x200a) ||
  cp === 0x2028 ||
  cp === 0x2029 ||
  cp === 0x202f ||
  cp === 0x205f ||
  cp === 0x3000;

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Value of a Unicode decimal digit (every Nd run is made of whole blocks 0..9). */
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0)!;
  const start = cp;
  while (cp > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(cp - 1))) cp--;
  return (start - cp) % 10;
}

/** `int(s)` for a str in base 10, or null where Python raises ValueError. */
export function pyInt(s: string): bigint | null {
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  while (a < b && isPySpace(cps[a]!.codePointAt(0)!)) a++;
  while (b > a && isPySpace(cps[b - 1]!.codePointAt(0)!)) b--;
  let negative = false;
  if (a < b && (cps[a] === "+" || cps[a] === "-")) {
    negative = cps[a] === "-";
    a++;
  }
  if (a >= b) return null;
  let value = 0n;
  let prevDigit = false;
  for (let k = a; k < b; k++) {
    const ch = cps[k]!;
    if (ch === "_") {
      if (!prevDigit || k + 1 >= b) return null;
      prevDigit = false;
      continue;
    }
    if (!DECIMAL_DIGIT.test(ch)) return null;
    value = value * 10n + BigInt(digitValue(ch));
    prevDigit = true;
  }
  return negative ? -value : value;
}

// ---------------------------------------------------------------------------------------------
// A faithful subset of argparse (3.13) for the parsers of `python -m MODULE` commands

/** One argument of an ArgParser (the subset of argparse's add_argument() that our CLIs use). */
export interface ArgAction {
  optionStrings: string[];
  dest: string;
  /** 0 (flag), 1 (one value), or "?" (optional positional). */
  nargs: 0 | 1 | "?";
  help: string;
  /** For flags: the value stored when present; `"help"` prints the help. */
  kind: "store" | "store_const" | "help";
  constValue?: unknown;
  defaultValue: unknown;
  choices?: string[];
  metavar?: string;
  type?: "int";
}

class ArgumentError {
  constructor(
    public action: ArgAction | null,
    public message: string,
  ) {}
  toString(): string {
    if (!this.action) return this.message;
    const name = this.action.optionStrings.length ? this.action.optionStrings.join("/") : this.action.dest;
    return `argument ${name}: ${this.message}`;
  }
}

export class ArgParser {
  readonly optionals: ArgAction[] = [];
  readonly positionals: ArgAction[] = [];
  private readonly byOptionString = new Map<string, ArgAction>();

  constructor(
    public prog: string,
    private io: CliIO,
  ) {
    this.add({
      optionStrings: ["-h", "--help"],
      dest: "help",
      nargs: 0,
      help: "show this help message and exit",
      kind: "help",
      defaultValue: undefined,
    });
  }

  add(action: ArgAction): void {
    if (action.optionStrings.length === 0) {
      this.positionals.push(action);
      return;
    }
    this.optionals.push(action);
    for (const s of action.optionStrings) this.byOptionString.set(s, action);
  }

  private get allActions(): ArgAction[] {
    // argparse keeps them in creation order; -h first, positionals where they were added.
    return [...this.optionals.slice(0, 1), ...this.positionals, ...this.optionals.slice(1)];
  }

  // --- help formatting (HelpFormatter with the terminal width) ---

  private metavar(a: ArgAction): string {
    if (a.metavar) return a.metavar;
    if (a.choices) return `{${a.choices.join(",")}}`;
    return a.optionStrings.length ? a.dest.toUpperCase() : a.dest;
  }

  private formatArgs(a: ArgAction): string {
    return a.nargs === "?" ? `[${this.metavar(a)}]` : this.metavar(a);
  }

  private usagePart(a: ArgAction): string {
    if (a.optionStrings.length === 0) return this.formatArgs(a);
    const s = a.nargs === 0 ? a.optionStrings[0]! : `${a.optionStrings[0]} ${this.formatArgs(a)}`;
    return `[${s}]`;
  }

  private invocation(a: ArgAction): string {
    if (a.optionStrings.length === 0) return this.metavar(a);
    if (a.nargs === 0) return a.optionStrings.join(", ");
    return `${a.optionStrings.join(", ")} ${this.formatArgs(a)}`;
  }

  formatUsage(): string {
    const width = this.io.terminalColumns() - 2;
    const prefix = "usage: ";
    const prog = this.prog;
    const optParts = this.optionals.map((a) => this.usagePart(a));
    const posParts = this.positionals.map((a) => this.usagePart(a));
    let usage = [prog, ...optParts, ...posParts].join(" ");
    const textWidth = width;
    if (prefix.length + usage.length > textWidth) {
      const getLines = (parts: string[], indent: string, pfx?: string): string[] => {
        const lines: string[] = [];
        let line: string[] = [];
        const indentLength = indent.length;
        let lineLen = pfx !== undefined ? pfx.length - 1 : indentLength - 1;
        for (const part of parts) {
          if (lineLen + 1 + part.length > textWidth && line.length) {
            lines.push(indent + line.join(" "));
            line = [];
            lineLen = indentLength - 1;
          }
          line.push(part);
          lineLen += part.length + 1;
        }
        if (line.length) lines.push(indent + line.join(" "));
        if (pfx !== undefined) lines[0] = lines[0]!.slice(indentLength);
        return lines;
      };
      let lines: string[];
      if (prefix.length + prog.length <= 0.75 * textWidth) {
        const indent = " ".repeat(prefix.length + prog.length + 1);
        if (optParts.length) {
          lines = getLines([prog, ...optParts], indent, prefix);
          lines.push(...getLines(posParts, indent));
        } else if (posParts.length) {
          lines = getLines([prog, ...posParts], indent, prefix);
        } else {
          lines = [prog];
        }
      } else {
        const indent = " ".repeat(prefix.length);
        lines = getLines([...optParts, ...posParts], indent);
        if (lines.length > 1) {
          lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
        }
        lines = [prog, ...lines];
      }
      usage = lines.join("\n");
    }
    return `${prefix}${usage}\n`;
  }

  formatHelp(): string {
    const width = this.io.terminalColumns() - 2;
    const maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
    const sections: [string, ArgAction[]][] = [
      ["positional arguments", this.positionals],
      ["options", this.optionals],
    ];
    let actionMaxLength = 0;
    for (const [, actions] of sections) {
      for (const a of actions) actionMaxLength = Math.max(actionMaxLength, this.invocation(a).length + 2);
    }
    const helpPosition = Math.min(actionMaxLength + 2, maxHelpPosition);
    const helpWidth = Math.max(width - helpPosition, 11);
    const actionWidth = helpPosition - 2 - 2;
    let out = `${this.formatUsage()}`;
    for (const [title, actions] of sections) {
      if (!actions.length) continue;
      out += `\n${title}:\n`;
      for (const a of actions) {
        const header = this.invocation(a);
        let indentFirst: number;
        if (header.length <= actionWidth) {
          out += `  ${header.padEnd(actionWidth)}  `;
          indentFirst = 0;
        } else {
          out += `  ${header}\n`;
          indentFirst = helpPosition;
        }
        const lines = wrapText(a.help, helpWidth);
        out += `${" ".repeat(indentFirst)}${lines[0] ?? ""}\n`;
        for (const line of lines.slice(1)) out += `${" ".repeat(helpPosition)}${line}\n`;
      }
    }
    return out;
  }

  private error(message: string): never {
    this.io.stderr(this.formatUsage());
    this.io.stderr(`${this.prog}: error: ${message}\n`);
    throw new CliExit(2);
  }

  // --- parsing (ArgumentParser._parse_known_args) ---

  parseArgs(argStrings: string[]): Record<string, unknown> {
    try {
      const [ns, extras] = this.parseKnownArgs(argStrings);
      if (extras.length) this.error(`unrecognized arguments: ${extras.join(" ")}`);
      return ns;
    } catch (err) {
      if (err instanceof ArgumentError) this.error(err.toString());
      throw err;
    }
  }

  private parseOptional(arg: string): [ArgAction | null, string, string | null, string | null] | null {
    if (!arg) return null;
    if (arg[0] !== "-") return null;
    const exact = this.byOptionString.get(arg);
    if (exact) return [exact, arg, null, null];
    if (arg.length === 1) return null;
    const eq = arg.indexOf("=");
    if (eq >= 0) {
      const optionString = arg.slice(0, eq);
      const action = this.byOptionString.get(optionString);
      if (action) return [action, optionString, "=", arg.slice(eq + 1)];
    }
    const tuples = this.optionTuples(arg);
    if (tuples.length > 1) {
      const options = tuples.map((t) => t[1]).join(", ");
      throw new ArgumentError(null, `ambiguous option: ${arg} could match ${options}`);
    }
    if (tuples.length === 1) return tuples[0]!;
    if (/^-\d+$|^-\d*\.\d+$/.test(arg)) return null; // no option looks like a negative number
    if (arg.includes(" ")) return null;
    return [null, arg, null, null];
  }

  private optionTuples(optionString: string): [ArgAction, string, string | null, string | null][] {
    const result: [ArgAction, string, string | null, string | null][] = [];
    if (optionString[1] === "-") {
      const eq = optionString.indexOf("=");
      const prefix = eq >= 0 ? optionString.slice(0, eq) : optionString;
      const sep = eq >= 0 ? "=" : null;
      const explicit = eq >= 0 ? optionString.slice(eq + 1) : null;
      for (const [s, action] of this.byOptionString) {
        if (s.startsWith(prefix)) result.push([action, s, sep, explicit]);
      }
    } else {
      const shortPrefix = optionString.slice(0, 2);
      const shortExplicit = optionString.slice(2);
      for (const [s, action] of this.byOptionString) {
        if (s === shortPrefix) result.push([action, s, "", shortExplicit]);
        else if (s.startsWith(optionString)) result.push([action, s, null, null]);
      }
    }
    return result;
  }

  private convert(action: ArgAction, s: string): unknown {
    let value: unknown = s;
    if (action.type === "int") {
      const n = pyInt(s);
      if (n === null) throw new ArgumentError(action, `invalid int value: ${pyRepr(s)}`);
      value = n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    if (action.choices && !action.choices.includes(value as string)) {
      const choices = action.choices.map(pyRepr).join(", ");
      throw new ArgumentError(action, `invalid choice: ${pyRepr(String(value))} (choose from ${choices})`);
    }
    return value;
  }

  private parseKnownArgs(args: string[]): [Record<string, unknown>, string[]] {
    const ns: Record<string, unknown> = {};
    for (const a of this.allActions) if (a.kind !== "help") ns[a.dest] = a.defaultValue;

    // Classify: 'O' option, 'A' argument, '-' for "--".
    const optionIndices = new Map<number, [ArgAction | null, string, string | null, string | null]>();
    let pattern = "";
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "--") {
        pattern += "-";
        pattern += "A".repeat(args.length - i - 1);
        break;
      }
      const t = this.parseOptional(args[i]!);
      if (t === null) pattern += "A";
      else {
        optionIndices.set(i, t);
        pattern += "O";
      }
    }

    const takeAction = (action: ArgAction, argStrings: string[]): void => {
      if (action.kind === "help") {
        this.io.stdout(this.formatHelp());
        throw new CliExit(0);
      }
      if (action.kind === "store_const") {
        ns[action.dest] = action.constValue;
        return;
      }
      let strings = argStrings;
      if (action.optionStrings.length === 0) {
        const k = strings.indexOf("--");
        if (k >= 0) strings = [...strings.slice(0, k), ...strings.slice(k + 1)];
      }
      if (strings.length === 0 && action.nargs === "?") {
        ns[action.dest] = action.defaultValue;
        return;
      }
      ns[action.dest] = this.convert(action, strings[0]!);
    };

    const extras: string[] = [];
    const matchCount = (action: ArgAction, pat: string): number => {
      // Optionals never match "--"; nargs None → "(A)", 0 → "()".
      if (action.nargs === 0) return 0;
      if (pat[0] === "A") return 1;
      throw new ArgumentError(action, "expected one argument");
    };

    const consumeOptional = (startIndex: number): number => {
      let [action, optionString, sep, explicitArg] = optionIndices.get(startIndex)!;
      const tuples: [ArgAction, string[]][] = [];
      let stop: number;
      for (;;) {
        if (action === null) {
          extras.push(args[startIndex]!);
          return startIndex + 1;
        }
        if (explicitArg !== null) {
          const argCount = action.nargs === 0 ? 0 : 1;
          if (argCount === 0 && optionString[1] !== "-" && explicitArg !== "") {
            if (sep || explicitArg[0] === "-") {
              throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
            }
            tuples.push([action, []]);
            const next = `-${explicitArg[0]}`;
            const nextAction = this.byOptionString.get(next);
            if (nextAction) {
              action = nextAction;
              optionString = next;
              explicitArg = explicitArg.slice(1);
              if (!explicitArg) {
                sep = explicitArg = null;
              } else if (explicitArg[0] === "=") {
                sep = "=";
                explicitArg = explicitArg.slice(1);
              } else {
                sep = "";
              }
            } else {
              extras.push(`-${explicitArg}`);
              stop = startIndex + 1;
              break;
            }
          } else if (argCount === 1) {
            stop = startIndex + 1;
            tuples.push([action, [explicitArg]]);
            break;
          } else {
            throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
          }
        } else {
          const start = startIndex + 1;
          const count = matchCount(action, pattern.slice(start));
          stop = start + count;
          tuples.push([action, args.slice(start, stop)]);
          break;
        }
      }
      for (const [a, a_args] of tuples) takeAction(a, a_args);
      return stop;
    };

    const positionals = [...this.positionals];
    const consumePositionals = (startIndex: number): number => {
      // Every positional here is nargs='?': "(-*A?-*)" each, matched greedily in order.
      const sel = pattern.slice(startIndex);
      let pos = 0;
      const counts: number[] = [];
      for (let k = 0; k < positionals.length; k++) {
        const m = /^(-*A?-*)/.exec(sel.slice(pos))!;
        counts.push(m[1]!.length);
        pos += m[1]!.length;
      }
      for (let k = 0; k < counts.length; k++) {
        const a = positionals[k]!;
        const strings = args.slice(startIndex, startIndex + counts[k]!);
        startIndex += counts[k]!;
        takeAction(a, strings);
      }
      positionals.splice(0, counts.length);
      return startIndex;
    };

    let startIndex = 0;
    const maxOptionIndex = optionIndices.size ? Math.max(...optionIndices.keys()) : -1;
    while (startIndex <= maxOptionIndex) {
      let nextOptionIndex = startIndex;
      while (nextOptionIndex <= maxOptionIndex && !optionIndices.has(nextOptionIndex)) nextOptionIndex++;
      if (startIndex !== nextOptionIndex) {
        const end = consumePositionals(startIndex);
        if (end > startIndex) {
          startIndex = end;
          continue;
        }
        startIndex = end;
      }
      if (!optionIndices.has(startIndex)) {
        extras.push(...args.slice(startIndex, nextOptionIndex));
        startIndex = nextOptionIndex;
      }
      startIndex = consumeOptional(startIndex);
    }
    const stopIndex = consumePositionals(startIndex);
    extras.push(...args.slice(stopIndex));
    return [ns, extras];
  }
}

/** `textwrap.wrap(text, width)` for plain single-spaced help strings. */
function wrapText(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    if (line && line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    while (word.length > width) {
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// python -m ast (Lib/ast.py main() of CPython 3.13)

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
