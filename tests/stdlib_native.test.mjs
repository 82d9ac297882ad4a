// The native stdlib modules (math, time, itertools, functools, operator): the Python programs in
// tests/stdlib_native/*.py run with `tpython` and compared byte for byte (stdout, stderr, exit code) with
// what CPython 3.13 produced (tests/stdlib_native/expected.json, written by
// tools/oracle/gen_stdlib_native_expected.py, whose docstring gives the conventions: cwd, environment with
// TZ=UTC unless a `# stdlib_native: env={...}` directive says otherwise, the {CASE_DIR} placeholder).
//
// Programs listed in tests/stdlib_native/known_failures.txt are TODO (a listed program that now matches
// fails, so the list stays exact). STDLIB_NATIVE_FILTER=text runs only the programs whose name contains
// text; TPYTHON=path/to/entry.mjs runs another build.

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { BUNDLE, defaultConcurrency, firstDifference, interpreterCommand, runCase } from "./conformance/harness.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIR = path.join(ROOT, "tests", "stdlib_native");
const EXPECTED = path.join(DIR, "expected.json");
const KNOWN_FAILURES = path.join(DIR, "known_failures.txt");
const PLACEHOLDER = "{CASE_DIR}";
const DIRECTIVE = "# stdlib_native:";
const TIMEOUT_MS = 60_000;

function directives(source, file) {
  const found = {};
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (!line.startsWith("#")) break;
    if (!line.startsWith(DIRECTIVE)) continue;
    const body = line.slice(DIRECTIVE.length).trim();
    const eq = body.indexOf("=");
    if (eq < 0 || body.slice(0, eq).trim() !== "env") throw new Error(`${file}: bad directive ${line}`);
    found.env = JSON.parse(body.slice(eq + 1));
  }
  return found;
}

function discover(filter) {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".py") && !f.startsWith("_"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      const d = directives(fs.readFileSync(path.join(DIR, file), "utf8"), file);
      return { id: name, name, dir: DIR, file, directives: { env: { TZ: "UTC", ...(d.env ?? {}) } } };
    })
    .filter((c) => !filter || c.id.includes(filter));
}

function readKnownFailures() {
  if (!fs.existsSync(KNOWN_FAILURES)) return new Set();
  return new Set(
    fs
      .readFileSync(KNOWN_FAILURES, "utf8")
      .split("\n")
      .map((l) => l.replace(/#.*/, "").trim())
      .filter(Boolean),
  );
}

function compare(expected, actual) {
  if (expected === undefined) return "no expectation (run tools/oracle/gen_stdlib_native_expected.py)";
  if (actual.spawnError) return `could not start: ${actual.spawnError.message}`;
  if (actual.timedOut) return `timed out after ${TIMEOUT_MS / 1000} s`;
  const real = fs.realpathSync(DIR);
  const expand = (s) => s.split(PLACEHOLDER).join(real);
  const problems = [];
  if (actual.returncode !== expected.returncode) {
    problems.push(`exit code: expected ${expected.returncode}, got ${actual.returncode}`);
  }
  const out = firstDifference(expand(expected.stdout), actual.stdout);
  if (out) problems.push(`stdout ${out}`);
  const err = firstDifference(expand(expected.stderr), actual.stderr);
  if (err) problems.push(`stderr ${err}`);
  return problems.length ? problems.join("; ") : null;
}

async function runAll(cases, command) {
  const results = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = await runCase(cases[i], { command, timeoutMs: TIMEOUT_MS });
    }
  };
  await Promise.all(Array.from({ length: defaultConcurrency() }, worker));
  return results;
}

const expected = JSON.parse(fs.readFileSync(EXPECTED, "utf8"));
const entry = process.env.TPYTHON;
const built = entry ? fs.existsSync(entry) : fs.existsSync(BUNDLE);

test("expected.json and known_failures.txt name existing programs only", () => {
  const names = new Set(discover(null).map((c) => c.name));
  assert.deepEqual(
    Object.keys(expected).filter((n) => !names.has(n)),
    [],
  );
  assert.deepEqual(
    [...readKnownFailures()].filter((n) => !names.has(n)),
    [],
  );
});

test("native stdlib modules match CPython 3.13", { skip: !built && "not built (npm run build)" }, async (t) => {
  const cases = discover(process.env.STDLIB_NATIVE_FILTER || null);
  const command = entry ? [process.execPath, "--stack-size=4000", entry] : interpreterCommand();
  const results = await runAll(cases, command);
  const known = readKnownFailures();
  let identical = 0;
  for (let i = 0; i < cases.length; i++) {
    const name = cases[i].name;
    const problem = compare(expected[name], results[i]);
    if (problem === null) identical++;
    if (known.has(name) && problem !== null) {
      await t.test(name, { todo: `known failure: ${problem.slice(0, 200)}` }, () => {});
      continue;
    }
    await t.test(name, () => {
      if (known.has(name)) assert.fail(`${name} now matches CPython: remove it from known_failures.txt`);
      if (problem !== null) assert.fail(`${name}: ${problem}`);
    });
  }
  t.diagnostic(`stdlib_native: ${identical}/${cases.length} identical`);
});
