// Containers (list, tuple, dict, set, frozenset, range, slice, the iterator builtins) against CPython
// 3.13 with PYTHONHASHSEED=0. Expected values: tests/data/container_cases.json, written by
// tools/oracle/gen_container_cases.py.
//
// - natives: the set hash table and the hashes, called directly (dist/ modules): iteration order of
//   sets of ints, hash(frozenset), hash(tuple).
// - programs: Python snippets run by the `tpython` command (one process for all of them), each
//   compared with CPython's output. TPYTHON=path/to/entry.mjs runs another build.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import "../dist/objects/dict_type.js";
import { PySet } from "../dist/objects/set.js";
import { PyTuple } from "../dist/objects/tuple.js";
import { tupleHashOf } from "../dist/objects/tuple_type.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = process.env.TPYTHON ?? path.join(ROOT, "bin", "tpython.js");
const data = JSON.parse(readFileSync(new URL("./data/container_cases.json", import.meta.url), "utf8"));

/** Our int representation: a number within ±(2^53−1), else a bigint. */
function toInt(decimal) {
  const b = BigInt(decimal);
  return b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n ? Number(b) : b;
}

test("set iteration order, frozenset and tuple hashes of ints and strs (natives)", () => {
  for (const c of data.natives) {
    const items = c.kind === "int" ? c.items.map(toInt) : c.items;
    const s = new PySet();
    for (const v of items) s.add(v);
    assert.deepEqual(
      s.items.map(String),
      c.order,
      `set order of ${c.items.length} ${c.kind}s starting ${c.items.slice(0, 3)}`,
    );
    assert.equal(String(new PySet(items).computeHash()), c.frozenset_hash, "frozenset hash");
    assert.equal(String(tupleHashOf(new PyTuple(items).items)), c.tuple_hash, "tuple hash");
  }
});

/** The harness of tools/oracle/gen_container_cases.py: each snippet exec'd in a fresh namespace. */
function harness(cases) {
  const lines = ["CASES = ["];
  for (const c of cases) lines.push(`    (${JSON.stringify(c.name)}, ${JSON.stringify(c.src)}),`);
  lines.push("]");
  lines.push(`
def _run(name, src):
    print("### " + name)
    try:
        exec(src, {"__name__": "__main__"})
    except BaseException as e:
        print("!! " + type(e).__name__ + ": " + str(e))
for _n, _s in CASES:
    _run(_n, _s)
`);
  return lines.join("\n");
}

test("container programs match CPython 3.13", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tpython-containers-"));
  let proc;
  try {
    const file = path.join(dir, "cases.py");
    writeFileSync(file, harness(data.programs));
    proc = spawnSync(process.execPath, ["--stack-size=4000", BIN, file], {
      encoding: "utf8",
      env: { ...process.env, PYTHONHASHSEED: "0" },
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const outputs = new Map();
  let current = null;
  for (const line of proc.stdout.split("\n")) {
    if (line.startsWith("### ")) {
      current = line.slice(4);
      outputs.set(current, []);
    } else if (current !== null) outputs.get(current).push(line);
  }
  const failures = [];
  for (const c of data.programs) {
    const got = outputs.has(c.name) ? outputs.get(c.name).join("\n").replace(/\n+$/, "") : undefined;
    if (got !== c.out) {
      failures.push(`--- ${c.name}\n--- want:\n${c.out}\n--- got:\n${got ?? `(no output)\n${proc.stderr}`}`);
    }
  }
  const passed = data.programs.length - failures.length;
  assert.equal(failures.length, 0, `${passed}/${data.programs.length} programs identical\n${failures.join("\n")}`);
});
