#!/usr/bin/env node
// Parser throughput: tpython's parse() vs CPython 3.13's ast.parse() over the whole stdlib, plus a cold-start figure.
// Usage: node bench/parse_throughput.mjs [--reps N] [--python PATH] [--stdlib DIR] [--no-cpython] [--no-write]
// See bench/README.md.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const parserUrl = pathToFileURL(path.join(root, "dist/parser/index.js")).href;

// ---- options ----
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const reps = Number(opt("--reps", "5"));
const noCPython = args.includes("--no-cpython");
const noWrite = args.includes("--no-write");
const COLD_FILE = "tkinter/__init__.py";
const COLD_RUNS = 11;

// ---- locate CPython 3.13 and its stdlib ----
function tryRun(cmd, argv) {
  try {
    return execFileSync(cmd, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}
function findPython() {
  const candidates = [];
  const explicit = opt("--python", process.env.TPY_CPYTHON);
  if (explicit) candidates.push(explicit);
  const pyenvRoot = tryRun("pyenv", ["root"]);
  if (pyenvRoot) candidates.push(path.join(pyenvRoot, "versions/3.13.0/bin/python3"));
  candidates.push("python3.13", "python3");
  for (const c of candidates) {
    const v = tryRun(c, ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"]);
    if (v?.startsWith("3.13.")) return { exe: c, version: v };
  }
  return null;
}
const python = noCPython ? null : findPython();
let stdlib = opt("--stdlib", process.env.TPY_STDLIB);
if (!stdlib && python) stdlib = tryRun(python.exe, ["-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"]);
if (!stdlib) {
  const pyenvRoot = tryRun("pyenv", ["root"]);
  if (pyenvRoot) stdlib = path.join(pyenvRoot, "versions/3.13.0/lib/python3.13");
}
if (!stdlib || !fs.existsSync(stdlib)) {
  console.error("No CPython 3.13 stdlib found; pass --stdlib DIR (or set TPY_STDLIB).");
  process.exit(2);
}

// ---- load the corpus ----
function walk(dir, out) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, out);
    else if (ent.isFile() && ent.name.endsWith(".py")) out.push(p);
  }
  return out;
}
const allPaths = walk(stdlib, []);

// ---- CPython worker (interleaved repetitions) ----
function startCPython(paths) {
  const child = spawn(python.exe, [path.join(here, "parse_throughput_cpython.py")], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const queue = [];
  const waiters = [];
  lines.on("line", (l) => (waiters.length ? waiters.shift()(JSON.parse(l)) : queue.push(JSON.parse(l))));
  const next = () =>
    new Promise((resolve, reject) => {
      if (queue.length) return resolve(queue.shift());
      waiters.push(resolve);
      child.once("exit", (code) => reject(new Error(`CPython worker exited (${code})`)));
    });
  child.stdin.write(`${JSON.stringify(paths)}\n`);
  return {
    ready: next,
    rep: async () => {
      child.stdin.write("rep\n");
      return (await next()).rep_ms;
    },
    quit: async () => {
      child.stdin.write("quit\n");
      child.stdin.end();
      return (await next()).times_ms;
    },
  };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
    min: s[0],
    max: s[s.length - 1],
  };
};
const fmt = (x, d = 1) => x.toFixed(d);

async function main() {
  const { parse, PySyntaxError } = await import(parserUrl);

  let worker = null;
  let skipped = [];
  let cpyInfo = null;
  if (python) {
    worker = startCPython(allPaths);
    cpyInfo = await worker.ready();
    skipped = cpyInfo.skipped;
  } else {
    console.log("CPython 3.13 not found (or --no-cpython): measuring tpython only.");
  }
  const skipSet = new Set(skipped.map((s) => s.path));
  const files = allPaths.filter((p) => !skipSet.has(p)).map((p) => ({ path: p, src: fs.readFileSync(p) }));
  const totalBytes = files.reduce((n, f) => n + f.src.length, 0);
  const MB = totalBytes / 1e6;

  // Warm-up pass (also records files our parser rejects/crashes on: they are kept in the timed runs).
  const oursErrors = [];
  for (const f of files) {
    try {
      parse(f.src, f.path, "exec", { typeComments: true });
    } catch (e) {
      oursErrors.push({
        path: path.relative(stdlib, f.path),
        error: e instanceof PySyntaxError ? e.message : String(e),
      });
    }
  }
  const onePass = () => {
    const t0 = performance.now();
    for (const f of files) {
      try {
        parse(f.src, f.path, "exec", { typeComments: true });
      } catch {}
    }
    return performance.now() - t0;
  };

  console.log(
    `corpus: ${files.length} files, ${fmt(MB, 2)} MB from ${stdlib}` +
      (skipped.length ? ` (skipped ${skipped.length} that CPython rejects)` : ""),
  );
  if (oursErrors.length) console.log(`warning: tpython rejected ${oursErrors.length} file(s) CPython accepts`);

  const ours = [];
  for (let i = 0; i < reps; i++) {
    ours.push(onePass());
    let line = `rep ${i + 1}/${reps}: tpython ${fmt(ours[i], 0)} ms`;
    if (worker) line += `, CPython ${fmt(await worker.rep(), 0)} ms`;
    console.log(line);
  }
  const cpy = worker ? await worker.quit() : null;

  // ---- cold start: fresh node process, import + one parse of a ~5k-line file ----
  const coldPath = path.join(stdlib, COLD_FILE);
  const coldLines = fs.readFileSync(coldPath, "utf8").split("\n").length - 1;
  const coldScript = `
    const t0 = performance.now();
    const { parse } = await import(${JSON.stringify(parserUrl)});
    const t1 = performance.now();
    const src = (await import("node:fs")).readFileSync(${JSON.stringify(coldPath)});
    const t2 = performance.now();
    parse(src, ${JSON.stringify(coldPath)}, "exec", { typeComments: true });
    const t3 = performance.now();
    console.log(JSON.stringify({ import_ms: t1 - t0, parse_ms: t3 - t2 }));`;
  // The same V8 flags as the `tpython` command (its shebang line).
  const shebang = fs.readFileSync(path.join(here, "../bin/tpython.js"), "utf8").split("\n")[0];
  const nodeFlags = shebang.split(/\s+/).filter((a) => a.startsWith("--"));
  const coldRuns = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const r = spawnSync(process.execPath, [...nodeFlags, "--input-type=module", "-e", coldScript], {
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
    coldRuns.push(JSON.parse(r.stdout.trim().split("\n").pop()));
  }
  let cpyCold = null;
  if (python) {
    const pyScript =
      "import time,json\nt0=time.perf_counter()\nimport ast\nt1=time.perf_counter()\n" +
      `p=${JSON.stringify(coldPath)}\nsrc=open(p,'rb').read()\nt2=time.perf_counter()\n` +
      "ast.parse(src,p,type_comments=True)\nt3=time.perf_counter()\n" +
      "print(json.dumps({'import_ms':(t1-t0)*1e3,'parse_ms':(t3-t2)*1e3}))";
    const runs = [];
    for (let i = 0; i < COLD_RUNS; i++)
      runs.push(JSON.parse(execFileSync(python.exe, ["-c", pyScript], { encoding: "utf8" })));
    cpyCold = {
      import_ms: stats(runs.map((r) => r.import_ms)),
      parse_ms: stats(runs.map((r) => r.parse_ms)),
    };
  }
  const cold = {
    file: COLD_FILE,
    lines: coldLines,
    bytes: fs.statSync(coldPath).size,
    processes: COLD_RUNS,
    tpython: {
      import_ms: stats(coldRuns.map((r) => r.import_ms)),
      parse_ms: stats(coldRuns.map((r) => r.parse_ms)),
    },
    cpython: cpyCold,
  };

  // ---- report ----
  const o = stats(ours);
  const rows = [["", "median ms", "min–max ms", "MB/s (median)"]];
  rows.push(["tpython parse()", fmt(o.median, 0), `${fmt(o.min, 0)}–${fmt(o.max, 0)}`, fmt(MB / (o.median / 1000), 2)]);
  let ratio = null;
  if (cpy) {
    const c = stats(cpy);
    rows.push([
      `CPython ${python.version} ast.parse`,
      fmt(c.median, 0),
      `${fmt(c.min, 0)}–${fmt(c.max, 0)}`,
      fmt(MB / (c.median / 1000), 2),
    ]);
    ratio = c.median / o.median;
  }
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  console.log();
  for (const r of rows) console.log(r.map((c, j) => (j ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join("  "));
  if (ratio !== null) {
    const how = ratio >= 1 ? `tpython ${fmt(ratio, 2)}x faster` : `tpython ${fmt(1 / ratio, 2)}x slower`;
    console.log(`throughput ratio tpython/CPython (median): ${fmt(ratio, 3)} (${how})`);
  }
  const ct = cold.tpython;
  console.log(
    `cold (${COLD_FILE}, ${coldLines} lines, median of ${COLD_RUNS} fresh processes): ` +
      `tpython import ${fmt(ct.import_ms.median)} ms + parse ${fmt(ct.parse_ms.median)} ms` +
      (cpyCold
        ? `; CPython import ast ${fmt(cpyCold.import_ms.median)} ms + parse ${fmt(cpyCold.parse_ms.median)} ms`
        : ""),
  );

  const gitCommit = tryRun("git", ["-C", root, "rev-parse", "HEAD"]);
  const gitDirty = (tryRun("git", ["-C", root, "status", "--porcelain", "--untracked-files=no"]) ?? "") !== "";
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cpus: os.cpus().length,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      cpython: python ? python.version : null,
      git_commit: gitCommit,
      git_dirty: gitDirty,
    },
    corpus: {
      stdlib,
      files: files.length,
      bytes: totalBytes,
      skipped_cpython_rejects: skipped.map((s) => ({ ...s, path: path.relative(stdlib, s.path) })),
      tpython_rejects: oursErrors,
    },
    reps,
    tpython: { times_ms: ours, ...o, mb_per_s: MB / (o.median / 1000) },
    cpython: cpy ? { times_ms: cpy, ...stats(cpy), mb_per_s: MB / (stats(cpy).median / 1000) } : null,
    throughput_ratio_tpython_over_cpython: ratio,
    cold,
  };
  if (!noWrite) {
    const out = path.join(here, "results", `parse-${result.date.slice(0, 10)}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
