// Uncaught-exception output: the programs in tests/traceback/cases run with `tpython` and their stderr,
// stdout and exit code compared byte for byte with CPython 3.13's (tests/traceback/expected, written by
// tools/oracle/gen_traceback_expected.py). They cover the position markers (carets and `~`/`^` anchors of
// binary operations, subscripts and calls, multi-line spans, wide and astral characters, tabs), chained
// exceptions, exception groups (nesting, width and depth limits, except*), notes, suggestions, SyntaxError
// details, repeated frames, sys.tracebacklimit, `-c` and stdin sources, and the builtin exception types.
//
// Conventions (cwd, arguments, environment, {CASE_DIR}) are those of the conformance suite
// (tests/conformance/harness.mjs). TRACEBACK_FILTER=text runs only the cases whose name contains text.

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import {
  BUNDLE,
  compareResult,
  defaultConcurrency,
  parseDirectives,
  PLACEHOLDER,
  runCase,
} from "./conformance/harness.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CASES = path.join(HERE, "traceback", "cases");
const EXPECTED = path.join(HERE, "traceback", "expected");

/** Cases that differ for a reason outside the traceback printer (TODO with the reason). */
const KNOWN = new Map([]);

const built = fs.existsSync(BUNDLE);
const filter = process.env.TRACEBACK_FILTER || null;

function discover() {
  return fs
    .readdirSync(CASES)
    .filter((f) => f.endsWith(".py") && !f.startsWith("_"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      const directives = parseDirectives(fs.readFileSync(path.join(CASES, file), "utf8"), file);
      return { id: name, name, dir: CASES, file, directives };
    })
    .filter((c) => !filter || c.name.includes(filter));
}

function loadExpected(c) {
  const file = path.join(EXPECTED, `${c.name}.json`);
  if (!fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const real = fs.realpathSync(CASES);
  const expand = (s) => s.split(PLACEHOLDER).join(real);
  return { stdout: expand(data.stdout), stderr: expand(data.stderr), returncode: data.returncode };
}

test("every case has an expected output", () => {
  const missing = discover().filter((c) => !fs.existsSync(path.join(EXPECTED, `${c.name}.json`)));
  assert.deepEqual(
    missing.map((c) => c.name),
    [],
    "run tools/oracle/gen_traceback_expected.py with CPython 3.13",
  );
});

test("tracebacks", { skip: !built && "not built (npm run build)" }, async (t) => {
  const cases = discover();
  const results = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      results[i] = [cases[i], await runCase(cases[i])];
    }
  };
  await Promise.all(Array.from({ length: defaultConcurrency() }, worker));
  for (const [c, actual] of results) {
    const problem = compareResult(loadExpected(c), actual);
    const known = KNOWN.get(c.name);
    if (known !== undefined && problem !== null) {
      await t.test(c.name, { todo: known }, () => {});
      continue;
    }
    await t.test(c.name, () => {
      if (known !== undefined) assert.fail(`${c.name} now matches CPython: remove it from KNOWN`);
      if (problem !== null) assert.fail(`${c.name}: ${problem}`);
    });
  }
});
