// The generated opcode metadata against CPython 3.13's facts (numbers, cache sizes, stack effects,
// flags), committed in tests/data/opcode_facts.json by tools/oracle/dump_opcode_facts.py.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import * as M from "../dist/generated/opcode_metadata.js";

const facts = JSON.parse(readFileSync(new URL("./data/opcode_facts.json", import.meta.url), "utf8"));

test("opcode numbers are CPython 3.13's", () => {
  for (const [name, num] of Object.entries(facts.opmap)) assert.equal(M.opmap[name], num, name);
});

test("inline cache sizes are CPython 3.13's", () => {
  for (const [name, n] of Object.entries(facts.caches)) assert.equal(M.inlineCacheEntries[M.opmap[name]], n, name);
});

test("stack effects of every defined instruction match dis.stack_effect", () => {
  for (const [name, cases] of Object.entries(facts.stack_effects)) {
    const op = M.opmap[name];
    if (!M.definedOpcodes.has(op) && op < 256) continue;
    for (const [oparg, jumpFalse, jumpTrue] of cases) {
      assert.equal(M.stackEffect(op, oparg, false), jumpFalse, `${name} ${oparg} jump=False`);
      assert.equal(M.stackEffect(op, oparg, true), jumpTrue, `${name} ${oparg} jump=True`);
    }
  }
});

test("has_arg/has_const/has_name/has_jump/has_free/has_local/has_exc match _opcode", () => {
  for (const [flag, fn] of [
    ["has_arg", M.hasArg],
    ["has_const", M.hasConst],
    ["has_name", M.hasName],
    ["has_jump", M.hasJump],
    ["has_free", M.hasFree],
    ["has_local", M.hasLocal],
    ["has_exc", M.hasExc],
  ]) {
    for (const [name, op] of Object.entries(facts.opmap)) {
      if (!M.definedOpcodes.has(op)) continue;
      assert.equal(fn(op), facts.flags[flag].includes(op), `${flag}(${name})`);
    }
  }
});
