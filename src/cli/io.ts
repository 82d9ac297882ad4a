// The process around the CLI (replaceable so tests can run commands in-process).

import * as fs from "node:fs";
import { pyInt } from "./argparse.js";

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
