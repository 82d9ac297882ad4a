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
  // Known, documented gap: strings built from surrogate-pair escapes ("\ud800\udc00") cannot be told
  // apart from the astral character in our str representation (DESIGN.md "Values"); see docs/parser.md.
  const unexplained = r.bad.filter((b) => !KNOWN_SURROGATE_PAIR_FILES.has(b.rel));
  assert.deepEqual(
    unexplained.map((b) => b.rel),
    [],
  );
});

const KNOWN_SURROGATE_PAIR_FILES = new Set([
  "test/test_android.py",
  "test/test_capi/test_unicode.py",
  "test/test_codeccallbacks.py",
  "test/test_codecs.py",
  "test/test_filecmp.py",
  "test/test_json/test_scanstring.py",
  "test/test_linecache.py",
  "test/test_sqlite3/test_userfunctions.py",
  "test/test_str.py",
  // Invalid UTF-8 inside a string literal: CPython reports it when decoding the token (position in
  // the literal); we reject it while decoding the file. Open work, see docs/parser.md.
  "test/tokenizedata/badsyntax_pep3120.py",
]);
