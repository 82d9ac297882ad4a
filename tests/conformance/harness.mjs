// The "run Python programs" conformance harness, shared by tests/conformance.test.mjs and
// tools/conformance_status.mjs.
//
// Every case in tests/conformance/cases/<area>/<name>.py is run with `node bin/tpython.js` exactly as
// tools/oracle/gen_conformance_expected.py runs it with CPython 3.13, and its stdout, stderr and exit code
// are compared byte for byte with tests/conformance/expected/<area>/<name>.json. The conventions (see the
// oracle's docstring for the full description):
//
//   * A case is a file directly in cases/<area>/ ending with ".py" and not starting with "_"; everything
//     else (files starting with "_", subdirectories) is a helper, e.g. the packages used by imports/.
//   * cwd = the case's directory; arguments = [<name>.py] unless a `# conformance: args=[...]` directive
//     (JSON) in the leading comment lines replaces them; stdin is empty unless `# conformance: stdin="..."`
//     gives it; the environment is ours without PYTHON* variables (nor FORCE_COLOR / NO_COLOR), plus
//     PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and the case's `# conformance: env={...}`.
//   * The expected files write the case directory's real absolute path as "{CASE_DIR}" (CPython prints
//     absolute script paths in tracebacks); it is substituted back before comparing.
//   * The interpreter is started as bin/tpython.js's own shebang line starts it (`node` plus the V8 flags
//     given there), so that a case behaves as it does for a user running `tpython`.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CONF_DIR = path.join(ROOT, "tests", "conformance");
export const CASES_DIR = path.join(CONF_DIR, "cases");
export const EXPECTED_DIR = path.join(CONF_DIR, "expected");
export const KNOWN_FAILURES_FILE = path.join(CONF_DIR, "known_failures.txt");
export const BIN = path.join(ROOT, "bin", "tpython.js");
/** What the command needs in order to run (made by `npm run build`). */
export const BUNDLE = path.join(ROOT, "dist", "bundle", "tpython.mjs");
export const PLACEHOLDER = "{CASE_DIR}";
export const TIMEOUT_MS = 20_000;
export const MAX_JOBS = 8;

const DIRECTIVE = "# conformance:";
const DIRECTIVE_KEYS = new Set(["args", "stdin", "env"]);

/** Number of cases run at once: os.availableParallelism(), at most MAX_JOBS. */
export function defaultConcurrency() {
  const n = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_JOBS, n));
}

/**
 * The directives of a case: `# conformance: KEY=JSON` lines among the comment lines at the top of the file.
 * @returns {{args?: string[], stdin?: string, env?: Record<string, string>}}
 */
export function parseDirectives(source, file = "<case>") {
  const directives = {};
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith("#")) break;
    if (!line.startsWith(DIRECTIVE)) continue;
    const body = line.slice(DIRECTIVE.length).trim();
    const eq = body.indexOf("=");
    const key = eq < 0 ? body : body.slice(0, eq).trim();
    if (eq < 0 || !DIRECTIVE_KEYS.has(key)) throw new Error(`${file}: bad directive ${JSON.stringify(line)}`);
    directives[key] = JSON.parse(body.slice(eq + 1));
  }
  return directives;
}

/**
 * All cases (sorted by id), or those whose id ("area/name") contains `filter`.
 * @returns {{id: string, area: string, name: string, dir: string, file: string, directives: object}[]}
 */
export function discoverCases(filter = null) {
  const cases = [];
  for (const area of fs.readdirSync(CASES_DIR).sort()) {
    const dir = path.join(CASES_DIR, area);
    if (area.startsWith("_") || !fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      if (!file.endsWith(".py") || file.startsWith("_")) continue;
      if (!fs.statSync(path.join(dir, file)).isFile()) continue;
      const name = file.slice(0, -3);
      const id = `${area}/${name}`;
      if (filter && !id.includes(filter)) continue;
      const directives = parseDirectives(fs.readFileSync(path.join(dir, file), "utf8"), path.join(dir, file));
      cases.push({ id, area, name, dir, file, directives });
    }
  }
  return cases;
}

/** The child's environment: ours without PYTHON* (and colour) variables, plus the fixed ones and `extra`. */
export function childEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith("PYTHON") || k === "FORCE_COLOR" || k === "NO_COLOR") continue;
    if (k === "NODE_TEST_CONTEXT") continue; // set by `node --test` for its own children, not for ours
    env[k] = v;
  }
  env.PYTHONHASHSEED = "0";
  env.PYTHONIOENCODING = "utf-8";
  return Object.assign(env, extra);
}

/** `node` flags from bin/tpython.js's shebang (`#!/usr/bin/env -S node FLAGS...`). */
export function interpreterCommand(bin = BIN) {
  const first = fs.readFileSync(bin, "utf8").split("\n", 1)[0];
  const m = /^#!.*?\bnode\b(.*)$/.exec(first);
  const flags = m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
  return [process.execPath, ...flags, bin];
}

/**
 * Runs one case; resolves to {stdout: Buffer, stderr: Buffer, returncode, timedOut, spawnError}.
 * A child killed by a signal gets CPython's convention: returncode = -signal number.
 */
export function runCase(c, { command = interpreterCommand(), timeoutMs = TIMEOUT_MS } = {}) {
  const args = c.directives.args ?? [c.file];
  const stdin = c.directives.stdin;
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    let timedOut = false;
    let spawnError = null;
    let child;
    try {
      child = spawn(command[0], [...command.slice(1), ...args], {
        cwd: c.dir,
        env: childEnv(c.directives.env ?? {}),
        stdio: [stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      });
    } catch (e) {
      resolve({ stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), returncode: null, timedOut, spawnError: e });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => {
      spawnError = e;
    });
    if (stdin !== undefined) {
      child.stdin.on("error", () => {}); // the program may exit without reading its input (EPIPE)
      child.stdin.end(Buffer.from(stdin, "utf8"));
    }
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const returncode = signal ? -(os.constants.signals[signal] ?? 0) : code;
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), returncode, timedOut, spawnError });
    });
  });
}

/** The expected result with {CASE_DIR} made the case's real directory, or null if the file is missing. */
export function loadExpected(c) {
  const file = path.join(EXPECTED_DIR, c.area, `${c.name}.json`);
  if (!fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const real = fs.realpathSync(c.dir);
  const expand = (s) => s.split(PLACEHOLDER).join(real);
  return { stdout: expand(data.stdout), stderr: expand(data.stderr), returncode: data.returncode };
}

function clip(s, n = 120) {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** A short description of where two texts first differ (line number and both lines), or null if equal. */
export function firstDifference(expected, actual) {
  const e = Buffer.from(expected, "utf8");
  if (e.equals(actual)) return null;
  let i = 0;
  while (i < e.length && i < actual.length && e[i] === actual[i]) i++;
  const lineNo = e.subarray(0, i).toString("utf8").split("\n").length;
  const lineOf = (buf) => {
    const start = i === 0 ? 0 : buf.lastIndexOf(10, i - 1) + 1;
    let end = buf.indexOf(10, i);
    if (end < 0) end = buf.length;
    return buf.subarray(start, end).toString("utf8");
  };
  const exp = i >= e.length ? "<end of output>" : JSON.stringify(clip(lineOf(e)));
  const act = i >= actual.length ? "<end of output>" : JSON.stringify(clip(lineOf(actual)));
  return `line ${lineNo}: expected ${exp}, got ${act}`;
}

/**
 * Compares a run with the expectation. Returns null when identical, else a one-line description of the
 * first difference (exit code first, then stdout, then stderr).
 */
export function compareResult(expected, actual) {
  if (expected === null) return "no expected file (run tools/oracle/gen_conformance_expected.py with CPython 3.13)";
  if (actual.spawnError) return `could not start: ${actual.spawnError.message}`;
  if (actual.timedOut) return `timed out after ${TIMEOUT_MS / 1000} s`;
  const problems = [];
  if (actual.returncode !== expected.returncode)
    problems.push(`exit code: expected ${expected.returncode}, got ${actual.returncode}`);
  const out = firstDifference(expected.stdout, actual.stdout);
  if (out) problems.push(`stdout ${out}`);
  const err = firstDifference(expected.stderr, actual.stderr);
  if (err) problems.push(`stderr ${err}`);
  return problems.length ? problems.join("; ") : null;
}

/** Runs `worker` over `items` with at most `concurrency` at once; results in input order. */
export async function runPool(items, concurrency, worker) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Runs the cases and compares them.
 * @returns {Promise<{case: object, ok: boolean, problem: string | null, actual: object}[]>}
 */
export async function runSuite(cases, { concurrency = defaultConcurrency(), onResult } = {}) {
  const command = interpreterCommand();
  return runPool(cases, concurrency, async (c) => {
    const actual = await runCase(c, { command });
    const problem = compareResult(loadExpected(c), actual);
    const result = { case: c, ok: problem === null, problem, actual };
    onResult?.(result);
    return result;
  });
}

/** Case ids listed in known_failures.txt (one per line, `#` comments and blank lines ignored). */
export function readKnownFailures(file = KNOWN_FAILURES_FILE) {
  if (!fs.existsSync(file)) return new Set();
  const ids = new Set();
  for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (line) ids.add(line);
  }
  return ids;
}

export function writeKnownFailures(ids, file = KNOWN_FAILURES_FILE) {
  const header = [
    "# Conformance cases (tests/conformance/cases/<area>/<name>.py) whose output does not match CPython 3.13 yet.",
    "# Listed cases are reported as TODO by tests/conformance.test.mjs; a listed case that matches fails the",
    "# test, so that this list stays exact. Regenerate with: node tools/conformance_status.mjs --write-known-failures",
    "",
  ];
  fs.writeFileSync(file, [...header, ...[...ids].sort()].join("\n") + "\n");
}
