// CPython's parser limits on deep nesting (tests/data/parser_limits.json, from
// tools/oracle/gen_parser_limits.py): the same inputs must parse, or fail with the same exception.
// Run in a child with the stack size bin/tpython.js uses.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const cases = JSON.parse(readFileSync(new URL("./data/parser_limits.json", import.meta.url), "utf8"));
const parser = new URL("../dist/parser/index.js", import.meta.url).href;

test("parser limits match CPython 3.13 (MemoryError, too many nested parentheses)", () => {
  const script = `
    import { parse } from ${JSON.stringify(parser)};
    const cases = JSON.parse(process.argv[1]);
    const out = cases.map((c) => {
      const src = c.unit.repeat(c.n) + c.tail + (c.unit === "(" ? ")".repeat(c.n) : "") + "\\n";
      try { parse(src, "<unknown>", "exec"); return { ok: true }; }
      catch (e) { return { ok: false, type: e.kind, msg: e.msg }; }
    });
    console.log(JSON.stringify(out));`;
  const r = spawnSync(
    process.execPath,
    ["--stack-size=4000", "--input-type=module", "-e", script, JSON.stringify(cases)],
    {
      encoding: "utf8",
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const got = JSON.parse(r.stdout);
  cases.forEach((c, i) => {
    const want = c.ok ? { ok: true } : { ok: false, type: c.type, msg: c.msg };
    assert.deepEqual(got[i], want, `${c.name} x${c.n}`);
  });
});
