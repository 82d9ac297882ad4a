// Our `-m ast -a` output vs CPython 3.13's over its whole standard library (hashes committed in
// tests/stdlib/expected.tsv by tools/oracle/gen_stdlib_expected.py). Needs the pyenv CPython 3.13
// stdlib on disk; without it the test says so and is skipped (the committed corpus still runs).
import assert from "node:assert/strict";
import { test } from "node:test";
import { check, findStdlib } from "../tools/stdlib_check.mjs";

const lib = findStdlib();

test("stdlib: ast dump identical to CPython 3.13", {
  skip: lib ? false : "CPython 3.13 stdlib not found",
}, async () => {
  const r = await check();
  console.log(`stdlib: compared ${r.total} files under ${r.lib}: ${r.same} identical, ${r.bad.length} different`);
  for (const b of r.bad.slice(0, 20)) {
    console.log(
      `  ${b.rel}: expected ${b.exp.kind} ${b.exp.rest.join(" ")} / got ${b.got.kind} ${b.got.rest.join(" ").slice(0, 200)}`,
    );
  }
  assert.deepEqual(
    r.bad.map((b) => b.rel),
    [],
  );
});
