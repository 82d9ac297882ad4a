// sys.stdin / sys.stdout / sys.stderr: text streams over file descriptors, buffered like CPython's
// (stdout block-buffered when not a terminal, line-buffered on a terminal; stderr line-buffered).

import { closeSync, fstatSync, readSync, writeSync } from "node:fs";
import { defGetSet, defMethod, newBuiltinType, None } from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import { newException, OSError, typeError, ValueError } from "../objects/exceptions.js";
import type { PyObject } from "../objects/object.js";
import { typeName } from "../vm/abstract.js";

export const TextIOWrapperType = newBuiltinType("TextIOWrapper", undefined, 0, "_io");

const encoder = new TextEncoder();

export class PyTextStream {
  declare type: typeof TextIOWrapperType;
  dict: PyObject = null;
  private chunks: string[] = [];
  private pending = 0;
  closed = false;
  lineBuffered: boolean;
  /** -u / PYTHONUNBUFFERED: every write goes straight to the file descriptor. */
  unbuffered = false;
  /** Bytes of stdin not yet consumed. */
  private inBuf = "";
  private eof = false;
  constructor(
    public fd: number,
    public name: string,
    public mode: string,
    lineBuffered: boolean,
  ) {
    this.lineBuffered = lineBuffered;
  }

  write(s: string): number {
    if (this.closed) throw newException(ValueError, "I/O operation on closed file.");
    this.chunks.push(s);
    this.pending += s.length;
    if (this.unbuffered || this.pending > 1 << 16 || (this.lineBuffered && s.includes("\n"))) this.flush();
    return s.length;
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const data = encoder.encode(this.chunks.join(""));
    this.chunks = [];
    this.pending = 0;
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "EAGAIN") continue;
        if (code === "EPIPE") return;
        throw newException(OSError, String((e as Error).message));
      }
    }
  }

  /** Reads one line (with its newline) or "" at EOF. */
  readline(): string {
    for (;;) {
      const nl = this.inBuf.indexOf("\n");
      if (nl >= 0) {
        const line = this.inBuf.slice(0, nl + 1);
        this.inBuf = this.inBuf.slice(nl + 1);
        return line;
      }
      if (this.eof) {
        const rest = this.inBuf;
        this.inBuf = "";
        return rest;
      }
      this.fill();
    }
  }

  read(): string {
    while (!this.eof) this.fill();
    const rest = this.inBuf;
    this.inBuf = "";
    return rest;
  }

  private fill(): void {
    const buf = Buffer.alloc(65536);
    let n = 0;
    try {
      n = readSync(this.fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "EAGAIN") return;
      if (code === "EOF") n = 0;
      else throw newException(OSError, String((e as Error).message));
    }
    if (n === 0) this.eof = true;
    else this.inBuf += buf.subarray(0, n).toString("utf8");
  }

  isatty(): boolean {
    try {
      return fstatSync(this.fd).isCharacterDevice();
    } catch {
      return false;
    }
  }

  close(): void {
    this.flush();
    this.closed = true;
    if (this.fd > 2) closeSync(this.fd);
  }
}
Object.defineProperty(PyTextStream.prototype, "type", { value: TextIOWrapperType, writable: true });

defMethod(TextIOWrapperType, "write", (self: PyTextStream, args) => {
  const s = args[0];
  if (typeof s !== "string") throw typeError(`write() argument must be str, not ${typeName(s)}`);
  return self.write(s);
});
defMethod(TextIOWrapperType, "flush", (self: PyTextStream) => {
  self.flush();
  return None;
});
defMethod(TextIOWrapperType, "readline", (self: PyTextStream) => self.readline());
defMethod(TextIOWrapperType, "read", (self: PyTextStream) => self.read());
defMethod(TextIOWrapperType, "isatty", (self: PyTextStream) => self.isatty());
defMethod(TextIOWrapperType, "fileno", (self: PyTextStream) => self.fd);
defMethod(TextIOWrapperType, "writable", (self: PyTextStream) => self.mode === "w");
defMethod(TextIOWrapperType, "readable", (self: PyTextStream) => self.mode === "r");
defMethod(TextIOWrapperType, "close", (self: PyTextStream) => {
  self.close();
  return None;
});
defMethod(
  TextIOWrapperType,
  "__repr__",
  (self: PyTextStream) => `<_io.TextIOWrapper name='${self.name}' mode='${self.mode}' encoding='utf-8'>`,
);
defMethod(TextIOWrapperType, "__iter__", (self: PyTextStream) => self);
defMethod(TextIOWrapperType, "__next__", (self: PyTextStream) => {
  const line = self.readline();
  if (line === "") throw newException(stopIterationType(), undefined);
  return line;
});
defMethod(TextIOWrapperType, "__enter__", (self: PyTextStream) => self);
defMethod(TextIOWrapperType, "__exit__", (self: PyTextStream) => {
  self.close();
  return None;
});
defGetSet(TextIOWrapperType, "name", (s: PyTextStream) => s.name);
defGetSet(TextIOWrapperType, "mode", (s: PyTextStream) => s.mode);
defGetSet(TextIOWrapperType, "encoding", () => "utf-8");
defGetSet(TextIOWrapperType, "errors", () => "strict");
defGetSet(TextIOWrapperType, "closed", (s: PyTextStream) => s.closed);
defGetSet(TextIOWrapperType, "write_through", (s: PyTextStream) => s.unbuffered);
defGetSet(TextIOWrapperType, "line_buffering", (s: PyTextStream) => s.lineBuffered);
defGetSet(TextIOWrapperType, "__dict__", (s: PyTextStream) => {
  if (s.dict === null) s.dict = new PyDict();
  return s.dict;
});
TextIOWrapperType.hasDict = true;

import { StopIteration } from "../objects/exceptions.js";
function stopIterationType() {
  return StopIteration;
}

function isTTY(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

export const stdin = new PyTextStream(0, "<stdin>", "r", true);
export const stdout = new PyTextStream(1, "<stdout>", "w", isTTY(1));
export const stderr = new PyTextStream(2, "<stderr>", "w", true);

export function setUnbuffered(): void {
  stdout.unbuffered = true;
  stderr.unbuffered = true;
}

/** Flushes the standard streams (at exit, and before the process writes anything else). */
export function flushStd(): void {
  try {
    stdout.flush();
  } catch {}
  try {
    stderr.flush();
  } catch {}
}

// ---------------------------------------------------------------------------------------------------
// open(): text-mode files over file descriptors (binary modes come with the io module).

import { openSync } from "node:fs";
import { parseArgs } from "../objects/args.js";
import { newOSError } from "../objects/exceptions.js";

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, "No such file or directory"],
  EACCES: [13, "Permission denied"],
  EEXIST: [17, "File exists"],
  EISDIR: [21, "Is a directory"],
  ENOTDIR: [20, "Not a directory"],
};

export function openFile(args: PyObject[], kwnames: string[] | null): PyObject {
  const [file, mode0, buffering, encoding] = parseArgs(
    "open",
    args,
    kwnames,
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    1,
  );
  void buffering;
  void encoding;
  if (typeof file !== "string") throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(file)}`);
  const mode = mode0 === undefined ? "r" : mode0;
  if (typeof mode !== "string") throw typeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  if (!/^[rwxa]\+?t?$|^[rwxa]t?\+?$/.test(mode)) {
    if (mode.includes("b")) throw newException(ValueError, "binary mode files are not supported yet by tpython");
    throw newException(ValueError, `invalid mode: '${mode}'`);
  }
  const flags =
    mode[0] === "r" ? (mode.includes("+") ? "r+" : "r") : mode[0] === "w" ? "w" : mode[0] === "a" ? "a" : "wx";
  let fd: number;
  try {
    fd = openSync(file, flags);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    const [errno, msg] = ERRNO[code] ?? [5, "Input/output error"];
    throw newOSError(errno, msg, file);
  }
  return new PyTextStream(fd, file, mode, false);
}
