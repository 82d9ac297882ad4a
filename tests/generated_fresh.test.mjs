// Generated files must match their generators' output (`npm run regen` rewrites them).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";

test("src/generated/ast.ts is up to date with tools/ast_spec.json", () => {
  assert.doesNotThrow(() => execFileSync(process.execPath, ["tools/gen_ast.mjs", "--check"], { stdio: "pipe" }));
});

test("src/generated/ceval.ts and opcode_metadata.ts are up to date with src/vm/bytecodes.def", () => {
  assert.doesNotThrow(() =>
    execFileSync(process.execPath, ["tools/cases_generator/generate.mjs", "--check"], { stdio: "pipe" }),
  );
});
