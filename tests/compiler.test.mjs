// The compiler against CPython 3.13: code objects of a corpus of programs (tests/compiler/corpus, expected
// dumps written by tools/oracle/gen_compiler_expected.py) and compile-time errors with their positions.

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { dumpOurs, FIELDS, loadCompiler } from "../tools/compare_compiler.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, "compiler");
const compiler = await loadCompiler();

// Fields of code objects we knowingly do not reproduce yet (file -> qualname -> fields).
const known = JSON.parse(fs.readFileSync(path.join(dir, "known_diffs.json"), "utf8"));

function canon(x) {
  return JSON.stringify(x);
}

for (const file of fs.readdirSync(path.join(dir, "corpus")).sort()) {
  const name = file.replace(/\.py$/, "");
  test(`corpus ${file}`, () => {
    const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected", name + ".json"), "utf8"));
    const src = fs.readFileSync(path.join(dir, "corpus", file));
    const co = compiler.compile(new Uint8Array(src), file, "exec");
    const ours = dumpOurs(co, compiler.PyCode);
    assert.equal(ours.length, expected.codes.length, "number of code objects");
    const allowed = known[file] ?? {};
    for (let i = 0; i < ours.length; i++) {
      const e = expected.codes[i];
      const o = ours[i];
      for (const f of FIELDS) {
        if ((allowed[e.qualname] ?? []).includes(f)) continue;
        assert.equal(canon(o[f]), canon(e[f]), `${e.qualname}: ${f}`);
      }
    }
  });
}

test("compile-time errors", () => {
  const cases = JSON.parse(fs.readFileSync(path.join(dir, "errors.json"), "utf8"));
  for (const { source, mode, error } of cases) {
    let got = null;
    try {
      compiler.compile(source, "<test>", mode);
    } catch (e) {
      if (e.msg === undefined) throw e;
      got = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    }
    assert.deepEqual(got, error, JSON.stringify(source));
  }
});
