#!/usr/bin/env node
// Compares our compiler with CPython 3.13's, code object by code object.
//
// Usage: node tools/compare_compiler.mjs [--limit N] [--show N] [--verbose] [FILE|DIR ...]
// Default: the whole standard library of the pyenv CPython 3.13.0. CPython's side comes from
// tools/oracle/dump_code.py; ours from src/compiler (bundled on the fly with esbuild).
// Prints totals per field (instruction stream, consts, names, localsplus, flags, stacksize, exception
// table, line table) and the first differences.

import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");

export async function loadCompiler() {
  const esbuild = await import("esbuild");
  // Inside the repository (dist/ is not committed) so that data files resolve relative to the bundle.
  const out = path.join(root, "dist", "tmp-compiler", `compiler-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: [path.join(root, "src/compiler/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "error",
  });
  const mod = await import(pathToFileURL(out).href);
  fs.rmSync(out, { force: true });
  return mod;
}

export function python313() {
  if (process.env.PYTHON313) return process.env.PYTHON313;
  const r = execFileSync("pyenv", ["root"], { encoding: "utf8" }).trim();
  return path.join(r, "versions/3.13.0/bin/python3");
}

// ---- our side, in the oracle's JSON shape ----

function hex(x) {
  // float.hex() as CPython prints it
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return 1 / x < 0 ? "-0x0.0p+0" : "0x0.0p+0";
  const sign = x < 0 ? "-" : "";
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  let exp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let lead = 1;
  if (exp === 0) {
    lead = 0;
    exp = 1;
  }
  const m = mant.toString(16).padStart(13, "0");
  return `${sign}0x${lead}.${m}p${exp - 1023 >= 0 ? "+" : ""}${exp - 1023}`;
}

export function constJson(v, PyCode) {
  if (v === null || v === undefined) return { t: "?" };
  const cname = v.constructor?.name;
  switch (typeof v) {
    case "boolean":
      return { t: "bool", v };
    case "number":
    case "bigint":
      return { t: "int", v: String(v) };
    case "string": {
      const cps = [...v].map((c) => c.codePointAt(0));
      return { t: "str", v: cps.some((c) => c >= 0xd800 && c <= 0xdfff) ? cps : v };
    }
  }
  if (cname === "PyNoneType") return { t: "None" };
  if (cname === "PyEllipsisType") return { t: "Ellipsis" };
  if (cname === "PyFloat") return { t: "float", v: hex(v.value) };
  if (cname === "PyComplex") return { t: "complex", v: [hex(v.real), hex(v.imag)] };
  if (cname === "PyCodePointStr") {
    const cps = [...v.codePoints];
    return { t: "str", v: cps.some((c) => c >= 0xd800 && c <= 0xdfff) ? cps : String.fromCodePoint(...cps) };
  }
  if (cname === "PyBytes") return { t: "bytes", v: [...v.data] };
  if (cname === "PyTuple") return { t: "tuple", v: v.items.map((x) => constJson(x, PyCode)) };
  if (cname === "PyFrozenSet") {
    const items = v.items.map((x) => constJson(x, PyCode));
    items.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    return { t: "frozenset", v: items };
  }
  if (v instanceof PyCode) return { t: "code", v: v.co_qualname };
  return { t: "?", v: String(v) };
}

function sortKey(x) {
  return canon(x);
}

function canon(x) {
  // json.dumps(x, sort_keys=True) as Python writes it (", " and ": " separators)
  if (Array.isArray(x)) return "[" + x.map(canon).join(", ") + "]";
  if (x && typeof x === "object") {
    return (
      "{" +
      Object.keys(x)
        .sort()
        .map((k) => JSON.stringify(k) + ": " + canon(x[k]))
        .join(", ") +
      "}"
    );
  }
  return JSON.stringify(x);
}

export function dumpOurs(co, PyCode, out = []) {
  out.push({
    name: co.co_name,
    qualname: co.co_qualname,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    firstlineno: co.co_firstlineno,
    code: [...co.co_code],
    consts: co.co_consts.map((c) => constJson(c, PyCode)),
    names: [...co.co_names],
    localsplusnames: [...co.co_localsplusnames],
    // CO_FAST_HIDDEN is not visible from Python: compare without it.
    localspluskinds: [...co.co_localspluskinds].map((k) => k & ~0x10),
    linetable: [...co.co_linetable],
    exceptiontable: [...co.co_exceptiontable],
  });
  for (const c of co.co_consts) if (c instanceof PyCode) dumpOurs(c, PyCode, out);
  return out;
}

export const FIELDS = [
  "code",
  "consts",
  "names",
  "localsplusnames",
  "localspluskinds",
  "flags",
  "argcount",
  "posonlyargcount",
  "kwonlyargcount",
  "stacksize",
  "firstlineno",
  "qualname",
  "exceptiontable",
  "linetable",
];

// ---- main ----

function listFiles(args) {
  const out = [];
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        if (e === "__pycache__" || e === "site-packages") continue;
        walk(path.join(p, e));
      }
    } else if (p.endsWith(".py")) out.push(p);
  };
  for (const a of args) walk(a);
  return out;
}

function oracle(py, files) {
  const res = spawnSync(py, [path.join(here, "oracle/dump_code.py"), ...files], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout
    .split("\n")
    .filter((l) => l)
    .map((l) => JSON.parse(l));
}

function opname(ops, n) {
  return ops.opname?.[n] && !ops.opname[n].startsWith("<") ? ops.opname[n] : String(n);
}

async function main() {
  const argv = process.argv.slice(2);
  let limit = Infinity;
  let show = 10;
  let verbose = false;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--limit") limit = Number(argv[++i]);
    else if (argv[i] === "--show") show = Number(argv[++i]);
    else if (argv[i] === "--verbose") verbose = true;
    else paths.push(argv[i]);
  }
  const py = python313();
  if (!paths.length) {
    const lib = execFileSync(py, ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], {
      encoding: "utf8",
    }).trim();
    paths.push(lib);
  }
  const files = listFiles(paths).slice(0, limit);
  const compiler = await loadCompiler();
  const { compile } = compiler;
  let PyCodeCls = compiler.PyCode;
  const totals = { files: 0, filesCompiled: 0, errorsMatch: 0, errorsDiffer: 0, crashes: 0, codes: 0, identical: 0 };
  const fieldOk = Object.fromEntries(FIELDS.map((f) => [f, 0]));
  const diffs = [];
  const crashes = [];
  const BATCH = 64;
  for (let b = 0; b < files.length; b += BATCH) {
    const batch = files.slice(b, b + BATCH);
    const expected = oracle(py, batch);
    for (let k = 0; k < batch.length; k++) {
      const file = batch[k];
      const exp = expected[k];
      totals.files++;
      let ours;
      try {
        const src = fs.readFileSync(file);
        const co = compile(new Uint8Array(src), file, "exec");
        if (!PyCodeCls) PyCodeCls = co.constructor;
        ours = dumpOurs(co, PyCodeCls);
      } catch (e) {
        if (exp.error && e && e.msg !== undefined) {
          const mine = [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset];
          if (JSON.stringify(mine) === JSON.stringify(exp.error)) totals.errorsMatch++;
          else {
            totals.errorsDiffer++;
            diffs.push(`${file}: error ${JSON.stringify(mine)} vs ${JSON.stringify(exp.error)}`);
          }
          continue;
        }
        totals.crashes++;
        crashes.push(`${file}: ${e?.stack ? e.stack.split("\n").slice(0, 3).join(" | ") : e}`);
        continue;
      }
      if (exp.error) {
        totals.errorsDiffer++;
        diffs.push(`${file}: we compiled, CPython: ${JSON.stringify(exp.error)}`);
        continue;
      }
      totals.filesCompiled++;
      const n = Math.max(exp.codes.length, ours.length);
      for (let i = 0; i < n; i++) {
        const e = exp.codes[i];
        const o = ours[i];
        totals.codes++;
        if (!e || !o) {
          diffs.push(`${file}: code object count ${ours.length} vs ${exp.codes.length}`);
          break;
        }
        let same = true;
        const bad = [];
        for (const f of FIELDS) {
          if (canon(e[f]) === canon(o[f])) fieldOk[f]++;
          else {
            same = false;
            bad.push(f);
          }
        }
        if (same) totals.identical++;
        else if (diffs.length < 100000) {
          let detail = "";
          if (bad.includes("code")) {
            const ops = compiler;
            const a = e.code;
            const c = o.code;
            let j = 0;
            while (j < Math.min(a.length, c.length) && a[j] === c[j]) j++;
            const fmt = (u) => (u === undefined ? "end" : `${opname(ops, u & 0xff)}(${u >> 8})`);
            detail = ` first code diff at unit ${j}: ours ${fmt(c[j])} cpython ${fmt(a[j])}`;
          }
          diffs.push(`${file}: ${e.qualname}: ${bad.join(",")}${detail}`);
        }
      }
    }
    if (verbose) process.stderr.write(`${Math.min(b + BATCH, files.length)}/${files.length}\r`);
  }
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + "%" : "-");
  console.log(
    `files: ${totals.files}, compiled by both: ${totals.filesCompiled}, same error: ${totals.errorsMatch}, ` +
      `error differs: ${totals.errorsDiffer}, our crashes: ${totals.crashes}`,
  );
  console.log(`code objects identical: ${totals.identical}/${totals.codes} (${pct(totals.identical, totals.codes)})`);
  for (const f of FIELDS)
    console.log(`  ${f.padEnd(16)} ${fieldOk[f]}/${totals.codes} (${pct(fieldOk[f], totals.codes)})`);
  if (crashes.length) {
    console.log("crashes:");
    for (const c of crashes.slice(0, show)) console.log("  " + c);
  }
  if (diffs.length) {
    console.log("first differences:");
    for (const d of diffs.slice(0, show)) console.log("  " + d);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
