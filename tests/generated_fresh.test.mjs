// Generated files must match their generators' output (`npm run regen` rewrites them).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";

test("src/generated/ast.ts is up to date with tools/ast_spec.json", () => {
  assert.doesNotThrow(() => execFileSync(process.execPath, ["tools/gen_ast.mjs", "--check"], { stdio: "pipe" }));
});
