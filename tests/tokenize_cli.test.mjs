// `tpython -m tokenize [-e] FILE` against CPython 3.13's `python -m tokenize`, byte for byte.
// Expected outputs: tests/tokenize/expected.json, written by tools/oracle/gen_tokenize_expected.py
// for the snippets tests/tokenize/*.py (file and -e modes; some also on standard input).
// When CPython 3.13 is installed (pyenv), every 10th file of its standard library is compared live.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { tokenizeMain } from "../dist/modules/tokenize_cli.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const SNIPPETS = join(HERE, "tokenize");
const expected = JSON.parse(readFileSync(join(SNIPPETS, "expected.json"), "utf8"));

/** Runs tokenizeMain in-process: [status, stdout, stderr]. */
function run(args, cwd, stdin = new Uint8Array(0)) {
  let out = "";
  let err = "";
  const io = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    readStdin: () => stdin,
    stdinIsTTY: () => false,
    cwd: () => cwd,
    terminalColumns: () => 80,
  };
  const status = tokenizeMain(args, io);
  return [status, out, err];
}

function firstDifference(got, want) {
  const g = got.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `line ${i + 1}:\n  got  ${JSON.stringify(g[i])}\n  want ${JSON.stringify(w[i])}`;
  }
  return "";
}

function check(got, want, what) {
  assert.equal(got[2], want[2], `${what}: stderr`);
  assert.equal(got[1], want[1], `${what}: stdout differs at ${firstDifference(got[1], want[1])}`);
  assert.equal(got[0], want[0], `${what}: exit status`);
}

test("tokenize: snippets match CPython 3.13", async (t) => {
  const names = Object.keys(expected);
  assert.ok(names.length >= 40);
  for (const name of names) {
    await t.test(name, () => {
      const want = expected[name];
      check(run([name], SNIPPETS), want.plain, `${name}`);
      check(run(["-e", name], SNIPPETS), want.exact, `-e ${name}`);
      if (want.stdin) {
        const bytes = new Uint8Array(readFileSync(join(SNIPPETS, name)));
        check(run([], SNIPPETS, bytes), want.stdin, `stdin ${name}`);
      }
    });
  }
});

test("tokenize: a missing file", () => {
  const [status, out, err] = run(["no/such/file.py"], SNIPPETS);
  assert.equal(status, 1);
  assert.equal(out, "");
  assert.equal(err, "error: [Errno 2] No such file or directory: 'no/such/file.py'\n");
});

function findCPython() {
  const roots = [];
  if (process.env.PYENV_ROOT) roots.push(process.env.PYENV_ROOT);
  roots.push(join(homedir(), ".pyenv"));
  for (const root of roots) {
    const exe = join(root, "versions", "3.13.0", "bin", "python3");
    if (existsSync(exe)) return [exe, join(root, "versions", "3.13.0", "lib", "python3.13")];
  }
  return null;
}

function pyFiles(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) pyFiles(p, out);
    else if (name.endsWith(".py")) out.push(p);
  }
  return out;
}

const cpython = findCPython();

test("tokenize: every 10th stdlib file matches CPython 3.13 (live)", {
  skip: cpython ? false : "CPython 3.13 not installed",
}, () => {
  const [exe, lib] = cpython;
  // TOKENIZE_EVERY=N TOKENIZE_OFFSET=K compare files K, K+N, ... (default every 10th).
  const every = Number(process.env.TOKENIZE_EVERY ?? 10);
  const offset = Number(process.env.TOKENIZE_OFFSET ?? 0);
  const files = pyFiles(lib).filter((_, i) => i % every === offset);
  const gen = fileURLToPath(new URL("../tools/oracle/gen_tokenize_expected.py", import.meta.url));
  const lines = execFileSync(exe, [gen, "--live"], { input: files.join("\n"), maxBuffer: 1 << 30, encoding: "utf8" });
  const mismatches = [];
  let compared = 0;
  for (const line of lines.split("\n")) {
    if (!line) continue;
    const [file, want] = JSON.parse(line);
    for (const mode of ["plain", "exact"]) {
      const got = run(mode === "exact" ? ["-e", file] : [file], "/");
      compared++;
      const w = want[mode];
      if (got[0] !== w[0] || got[1] !== w[1] || got[2] !== w[2]) {
        mismatches.push(
          `${mode} ${file}: ${got[2] !== w[2] ? `stderr ${JSON.stringify(got[2])}` : firstDifference(got[1], w[1])}`,
        );
      }
    }
  }
  assert.ok(compared >= 2 * Math.floor(files.length * 0.9));
  assert.deepEqual(mismatches.slice(0, 10), []);
});
