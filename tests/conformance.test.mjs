// Conformance suite: Python programs (tests/conformance/cases) run with `tpython`, compared byte for byte
// (stdout, stderr, exit code) with what CPython 3.13 produced (tests/conformance/expected, written by
// tools/oracle/gen_conformance_expected.py). Conventions: tests/conformance/harness.mjs.
//
// Cases listed in tests/conformance/known_failures.txt are TODO; a listed case that now matches fails (so the
// list stays exact: `node tools/conformance_status.mjs --write-known-failures` rewrites it).
// CONFORMANCE_FILTER=text runs only the cases whose id ("area/name") contains text.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";

import {
  BUNDLE,
  defaultConcurrency,
  discoverCases,
  KNOWN_FAILURES_FILE,
  readKnownFailures,
  runSuite,
} from "./conformance/harness.mjs";

const built = existsSync(BUNDLE);
const filter = process.env.CONFORMANCE_FILTER || null;

test("known_failures.txt lists existing cases only", () => {
  const all = new Set(discoverCases().map((c) => c.id));
  const stale = [...readKnownFailures()].filter((id) => !all.has(id));
  assert.deepEqual(stale, [], `entries of ${KNOWN_FAILURES_FILE} that are not cases`);
});

test("conformance", { skip: !built && "not built (npm run build)" }, async (t) => {
  const known = readKnownFailures();
  const cases = discoverCases(filter);
  const results = await runSuite(cases, { concurrency: defaultConcurrency() });
  let identical = 0;
  for (const r of results) {
    const id = r.case.id;
    const listed = known.has(id);
    if (r.ok) identical++;
    if (listed && !r.ok) {
      // Reported as TODO without a stack trace; `node tools/conformance_status.mjs` shows all differences.
      const todo = `known failure: ${r.problem.length > 160 ? `${r.problem.slice(0, 160)}…` : r.problem}`;
      await t.test(id, { todo }, () => {});
      continue;
    }
    await t.test(id, () => {
      if (listed) assert.fail(`${id} now matches CPython: remove from known_failures.txt`);
      if (!r.ok) assert.fail(`${id}: ${r.problem}`);
    });
  }
  t.diagnostic(`conformance: ${identical}/${results.length} identical`);
});
