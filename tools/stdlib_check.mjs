// Compares our `-m ast -a` output with CPython 3.13's over its standard library, in-process.
//   node tools/stdlib_check.mjs [--show N] [--filter SUBSTR]
// Uses tests/stdlib/expected.tsv (made by tools/oracle/gen_stdlib_expected.py). Exported for the test.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");

export function findStdlib() {
  const candidates = [];
  if (process.env.TPYTHON_STDLIB) candidates.push(process.env.TPYTHON_STDLIB);
  try {
    const pyenvRoot = execFileSync("pyenv", ["root"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    candidates.push(path.join(pyenvRoot, "versions/3.13.0/lib/python3.13"));
  } catch {}
  candidates.push(path.join(process.env.HOME ?? "/root", ".pyenv/versions/3.13.0/lib/python3.13"));
  return candidates.find((c) => fs.existsSync(path.join(c, "ast.py"))) ?? null;
}

export function loadExpected() {
  const rows = new Map();
  for (const line of fs.readFileSync(path.join(root, "tests/stdlib/expected.tsv"), "utf8").split("\n")) {
    if (!line) continue;
    const [rel, kind, ...rest] = line.split("\t");
    rows.set(rel, { kind, rest });
  }
  return rows;
}

const opt = (v) => (v === null || v === undefined ? "None" : String(v));

export async function check({ show = 0, filter = null, onMismatch = null } = {}) {
  const { parse } = await import(path.join(root, "dist/parser/index.js"));
  const { dump } = await import(path.join(root, "dist/parser/dump.js"));
  const { PySyntaxError } = await import(path.join(root, "dist/parser/errors.js"));
  const lib = findStdlib();
  if (!lib) return null;
  const expected = loadExpected();
  let same = 0;
  const bad = [];
  for (const [rel, exp] of expected) {
    if (filter && !rel.includes(filter)) continue;
    const file = path.join(lib, rel);
    const src = fs.readFileSync(file);
    let got;
    try {
      const tree = parse(new Uint8Array(src), file, "exec", { typeComments: true });
      const text = `${dump(tree, { includeAttributes: true, indent: 3 })}\n`;
      got = { kind: "ok", rest: [createHash("sha256").update(text, "utf8").digest("hex")] };
    } catch (e) {
      if (!(e instanceof PySyntaxError)) {
        got = { kind: "crash", rest: [String(e?.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e)] };
      } else {
        const enc = e.lineno === 0;
        got = {
          kind: "error",
          rest: [
            e.kind,
            String(e.lineno),
            enc ? "-1" : String(e.offset),
            enc ? "None" : opt(e.end_lineno),
            enc ? "None" : opt(e.end_offset),
            e.msg,
          ],
        };
      }
    }
    if (got.kind === exp.kind && got.rest.join("\t") === exp.rest.join("\t")) same++;
    else {
      bad.push({ rel, exp, got });
      if (onMismatch) onMismatch(rel, exp, got);
    }
  }
  if (show)
    for (const b of bad.slice(0, show))
      console.log(
        b.rel,
        "\n  expected:",
        b.exp.kind,
        b.exp.rest.join(" "),
        "\n  got:     ",
        b.got.kind,
        b.got.rest.join(" ").slice(0, 300),
      );
  return { lib, total: same + bad.length, same, bad };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const show = args.includes("--show") ? Number(args[args.indexOf("--show") + 1]) : 20;
  const filter = args.includes("--filter") ? args[args.indexOf("--filter") + 1] : null;
  const t0 = performance.now();
  const r = await check({ show, filter });
  if (!r) console.log("CPython 3.13 stdlib not found");
  else console.log(`stdlib: ${r.same}/${r.total} identical (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
