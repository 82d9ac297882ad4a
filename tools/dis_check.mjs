// Compares our disassembler with CPython 3.13's `dis` over its whole standard library:
//   node tools/dis_check.mjs [--variants plain,C,O,CO] [--show N] [--filter SUBSTR] [LIBDIR]
// CPython compiles every .py file and streams, per file, its code objects (tools/oracle/dump_code.py's
// format) and `dis.dis()`'s text (tools/oracle/gen_dis_expected.py --stream); we rebuild the code objects
// with src/compiler/code_json.ts, disassemble them with src/compiler/dis.ts and compare the texts byte for
// byte after masking code-object addresses, and checks our co_positions() (location-table decoder). Needs `npm run build` (reads dist/).
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as path from "node:path";
import * as readline from "node:readline";
import { fileURLToPath } from "node:url";
import * as fs from "node:fs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");

function findPython() {
  const candidates = [];
  if (process.env.TPYTHON_CPYTHON) candidates.push(process.env.TPYTHON_CPYTHON);
  try {
    const pyenvRoot = execFileSync("pyenv", ["root"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    candidates.push(path.join(pyenvRoot, "versions/3.13.0/bin/python3"));
  } catch {}
  candidates.push(path.join(process.env.HOME ?? "/root", ".pyenv/versions/3.13.0/bin/python3"));
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

const VARIANT_OPTIONS = {
  plain: {},
  C: { showCaches: true },
  O: { showOffsets: true },
  CO: { showCaches: true, showOffsets: true },
};

/** SHA-256 of every code object's co_positions() in preorder (as gen_dis_expected.py computes it). */
function positionsDigest(code, coPositions) {
  const parts = [];
  const walk = (co) => {
    parts.push(
      coPositions(co)
        .map((p) => p.map((v) => (v === null ? "-" : String(v))).join(","))
        .join(";"),
    );
    for (const c of co.co_consts) if (c && typeof c === "object" && "co_code" in c) walk(c);
  };
  walk(code);
  return createHash("sha256").update(parts.join("\n")).digest("hex");
}

const mask = (s) => s.replace(/0x[0-9a-f]+/g, "0xADDR");

function firstDifference(got, want) {
  const g = got.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `line ${i + 1}: got ${JSON.stringify(g[i])} want ${JSON.stringify(w[i])}`;
  }
  return "identical";
}

export async function check({ variants = ["plain"], filter = null, libdir = null, show = 10 } = {}) {
  const python = findPython();
  if (!python) return null;
  const { codeFromDump } = await import(path.join(root, "dist/compiler/code_json.js"));
  const { coPositions, disassemble } = await import(path.join(root, "dist/compiler/dis.js"));
  const args = [path.join(root, "tools/oracle/gen_dis_expected.py"), "--stream", "--variants", variants.join(",")];
  if (libdir) args.push(libdir);
  const child = spawn(python, args, { stdio: ["ignore", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
  let files = 0;
  let notCompiled = 0;
  let same = 0;
  let outputs = 0;
  let positionsSame = 0;
  const bad = [];
  for await (const line of lines) {
    const row = JSON.parse(line);
    if (filter && !row.rel.includes(filter)) continue;
    files++;
    if (row.error) {
      notCompiled++;
      continue;
    }
    let code = null;
    let crash = null;
    try {
      code = codeFromDump(row.dump);
    } catch (e) {
      crash = e;
    }
    if (code && positionsDigest(code, coPositions) === row.positions) positionsSame++;
    else bad.push({ rel: row.rel, variant: "positions", why: "co_positions() differ" });
    for (const v of variants) {
      outputs++;
      const want = mask(row.dis[v]);
      let got;
      try {
        if (crash) throw crash;
        got = mask(disassemble(code, VARIANT_OPTIONS[v]));
      } catch (e) {
        bad.push({ rel: row.rel, variant: v, why: `crash: ${e?.stack?.split("\n").slice(0, 3).join(" | ") ?? e}` });
        continue;
      }
      if (got === want) same++;
      else bad.push({ rel: row.rel, variant: v, why: firstDifference(got, want) });
    }
  }
  const status = await new Promise((resolve) => child.on("close", resolve));
  if (status !== 0) throw new Error(`CPython exited with status ${status}`);
  for (const b of bad.slice(0, show)) console.log(`${b.rel} [${b.variant}]: ${b.why}`);
  return { files, notCompiled, outputs, same, positionsSame, bad };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const take = (flag) => {
    const i = argv.indexOf(flag);
    if (i < 0) return null;
    const v = argv[i + 1];
    argv.splice(i, 2);
    return v;
  };
  const variants = (take("--variants") ?? "plain").split(",");
  for (const v of variants) if (!(v in VARIANT_OPTIONS)) throw new Error(`unknown variant ${v}`);
  const show = Number(take("--show") ?? 10);
  const filter = take("--filter");
  const t0 = performance.now();
  const r = await check({ variants, filter, libdir: argv[0] ?? null, show });
  if (!r) {
    console.log("CPython 3.13 not found (set TPYTHON_CPYTHON)");
    process.exit(2);
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `dis: ${r.same}/${r.outputs} outputs identical (${variants.join(", ")}) over ${r.files - r.notCompiled} files` +
      ` (${r.notCompiled} files CPython cannot compile skipped); co_positions() identical in` +
      ` ${r.positionsSame}/${r.files - r.notCompiled} files; ${secs} s`,
  );
  process.exit(r.bad.length ? 1 : 0);
}
