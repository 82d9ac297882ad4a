// Differential error testing against CPython 3.13: 3,500 stdlib files with one line or one token changed
// (tests/stdlib/error_mutations.json, from tools/oracle/gen_error_mutations.py) must give the same
// verdict — an AST, or the same exception class, message and positions. Needs the stdlib on disk.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { findStdlib } from "../tools/stdlib_check.mjs";

const lib = findStdlib();
const { parse } = await import("../dist/parser/index.js");

// Known differences (file:line), each an open issue in docs/parser.md.
const KNOWN = new Set([]);

test("mutated stdlib sources: same errors as CPython 3.13", {
  skip: lib ? false : "CPython 3.13 stdlib not found",
}, () => {
  const cases = JSON.parse(readFileSync(new URL("./stdlib/error_mutations.json", import.meta.url), "utf8"));
  const sources = new Map();
  let same = 0;
  const bad = [];
  for (const c of cases) {
    let src = sources.get(c.file);
    if (src === undefined) sources.set(c.file, (src = readFileSync(path.join(lib, c.file), "utf8")));
    const lines = src.split("\n");
    if (c.delete) lines.splice(c.line - 1, 1);
    else if (c.insert !== undefined) lines.splice(c.line - 1, 0, c.insert);
    else lines[c.line - 1] = c.text;
    let got;
    try {
      parse(lines.join("\n"), "<unknown>", "exec", { typeComments: true });
      got = null;
    } catch (e) {
      got =
        e.kind === "MemoryError"
          ? ["MemoryError", e.msg]
          : [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
    }
    if (JSON.stringify(got) === JSON.stringify(c.expect)) same++;
    else if (!KNOWN.has(`${c.file}:${c.line}`)) bad.push({ c, got });
  }
  console.log(`error mutations: ${same}/${cases.length} identical to CPython 3.13`);
  for (const { c, got } of bad.slice(0, 10)) {
    console.log(
      `  ${c.file}:${c.line} ${JSON.stringify(c.text)}\n    cpython ${JSON.stringify(c.expect)}\n    ours    ${JSON.stringify(got)}`,
    );
  }
  assert.equal(bad.length, 0);
});
