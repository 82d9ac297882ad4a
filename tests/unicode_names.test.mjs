// `\N{NAME}` lookup against CPython 3.13. Expected values: tests/data/unicode_names_cases.json, written
// by tools/oracle/gen_unicode_names.py from CPython's own "\N{...}" (names, lowercase and mixed-case
// variants, aliases, CJK unified ideographs, Hangul syllables, named sequences and non-names).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { lookupUnicodeName } from "../dist/generated/unicode_names.js";

const cases = JSON.parse(readFileSync(new URL("./data/unicode_names_cases.json", import.meta.url), "utf8"));

test("unicode names: every sampled case resolves as in CPython 3.13", () => {
  assert.ok(cases.length > 3000);
  const wrong = [];
  for (const [name, expected] of cases) {
    const got = lookupUnicodeName(name);
    if (got !== expected) wrong.push(`${JSON.stringify(name)}: got ${got}, expected ${expected}`);
  }
  assert.deepEqual(wrong.slice(0, 20), []);
});

test("unicode names: a few rules spelled out", () => {
  assert.equal(lookupUnicodeName("LATIN SMALL LETTER A"), 0x61);
  assert.equal(lookupUnicodeName("latin small letter a"), 0x61);
  assert.equal(lookupUnicodeName("BYTE ORDER MARK"), 0xfeff); // alias
  assert.equal(lookupUnicodeName("lf"), 0x0a); // alias, case-insensitive
  assert.equal(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-4E00"), 0x4e00);
  assert.equal(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-04E00"), 0x4e00);
  assert.equal(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-4e00"), -1); // hex digits are uppercase
  assert.equal(lookupUnicodeName("cjk unified ideograph-4E00"), -1); // algorithmic names are case-sensitive
  assert.equal(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-2EBF0"), 0x2ebf0); // Extension I (Unicode 15.1)
  assert.equal(lookupUnicodeName("HANGUL SYLLABLE GAG"), 0xac01);
  assert.equal(lookupUnicodeName("hangul syllable gag"), -1);
  assert.equal(lookupUnicodeName("KEYCAP NUMBER SIGN"), -1); // named sequence
  assert.equal(lookupUnicodeName("TANGUT IDEOGRAPH-17000"), -1);
  assert.equal(lookupUnicodeName("LATIN SMALL LETTER \u0130"), -1); // only ASCII letters fold
  assert.equal(lookupUnicodeName(""), -1);
});
