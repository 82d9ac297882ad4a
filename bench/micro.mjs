#!/usr/bin/env node
// Tier 1 micro benchmarks: each bench/micro/*.py run as a fresh process by tpython and by CPython 3.13, interleaved.
// Usage: node bench/micro.mjs [--reps N] [--size-scale F] [--filter REGEX] [--compiler auto|ours|cpython]
//          [--python PATH] [--tpython PATH] [--timeout SECONDS] [--startup-runs N] [--no-cpython] [--no-write]
// See bench/README.md ("Tier 1 micro benchmarks").
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const microDir = path.join(here, "micro");

// ---- options ----
const args = process.argv.slice(2);
const KNOWN = new Set([
  "--reps",
  "--size-scale",
  "--filter",
  "--compiler",
  "--python",
  "--tpython",
  "--timeout",
  "--startup-runs",
  "--no-cpython",
  "--no-write",
  "--help",
]);
for (const a of args) {
  if (a.startsWith("--") && !KNOWN.has(a)) {
    console.error(`unknown option ${a} (see the header of bench/micro.mjs)`);
    process.exit(2);
  }
}
if (args.includes("--help")) {
  console.log(
    fs
      .readFileSync(fileURLToPath(import.meta.url), "utf8")
      .split("\n")
      .slice(1, 5)
      .join("\n"),
  );
  process.exit(0);
}
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const reps = Number(opt("--reps", "5"));
const sizeScale = Number(opt("--size-scale", "1"));
const filter = new RegExp(opt("--filter", ""));
const compilerMode = opt("--compiler", "auto");
const timeoutMs = Number(opt("--timeout", "600")) * 1000;
const startupRuns = Number(opt("--startup-runs", "11"));
const noCPython = args.includes("--no-cpython");
const noWrite = args.includes("--no-write");
const tpythonScript = path.resolve(opt("--tpython", path.join(root, "bin/tpython.js")));
if (!(reps >= 1) || !(sizeScale > 0) || !(startupRuns >= 1) || !["auto", "ours", "cpython"].includes(compilerMode)) {
  console.error("bad option value (--reps N>=1, --size-scale F>0, --compiler auto|ours|cpython)");
  process.exit(2);
}

// ---- locate CPython 3.13 ----
function tryRun(cmd, argv) {
  try {
    return execFileSync(cmd, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}
function findPython() {
  const candidates = [];
  const explicit = opt("--python", process.env.PYTHON313);
  if (explicit) candidates.push(explicit);
  const pyenvRoot = tryRun("pyenv", ["root"]);
  if (pyenvRoot) candidates.push(path.join(pyenvRoot, "versions/3.13.0/bin/python3"));
  candidates.push("python3.13", "python3");
  for (const c of candidates) {
    const v = tryRun(c, ["-c", "import sys; print('%d.%d.%d' % sys.version_info[:3]); print(sys.executable)"]);
    if (v?.startsWith("3.13.")) {
      const [version, exe] = v.split("\n");
      return { exe, version };
    }
  }
  return null;
}
const python = findPython();
if (!python && !noCPython) {
  console.error("CPython 3.13 not found: pass --python PATH (or set PYTHON313), or use --no-cpython.");
  process.exit(2);
}

// ---- running one process ----
// tpython is run the way its command runs: node with the V8 flags of bin/tpython.js's shebang line.
const shebang = fs.readFileSync(tpythonScript, "utf8").split("\n")[0];
const nodeFlags = shebang.split(/\s+/).filter((a) => a.startsWith("--"));

function tpythonEnv(compiler) {
  const env = { ...process.env };
  if (compiler === "cpython") {
    env.TPYTHON_COMPILER = "cpython";
    if (python && !env.TPYTHON_CPYTHON) env.TPYTHON_CPYTHON = python.exe;
  } else {
    delete env.TPYTHON_COMPILER;
  }
  return env;
}

// The Python exception line of a failed run (not the JS stack lines under an internal error).
function errorSummary(r) {
  if (r.timedOut) return `timeout after ${timeoutMs / 1000} s`;
  const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
  const top = lines.filter((l) => !/^\s/.test(l));
  const exc = top.filter((l) => /^[\w.]*(Error|Exception|Exit|Interrupt)\b/.test(l));
  let msg = exc.at(-1) ?? top.at(-1) ?? lines.at(-1) ?? `exit status ${r.status} (${r.signal ?? "no stderr"})`;
  if (msg.length > 110) msg = `${msg.slice(0, 107)}...`;
  return msg;
}

function runOnce(impl, argv, compiler) {
  const [cmd, fullArgv, env] =
    impl === "tpython"
      ? [process.execPath, [...nodeFlags, tpythonScript, ...argv], tpythonEnv(compiler)]
      : [python.exe, argv, process.env];
  const t0 = performance.now();
  const r = spawnSync(cmd, fullArgv, {
    env,
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 26,
  });
  const wallMs = performance.now() - t0;
  const timedOut = r.error?.code === "ETIMEDOUT";
  const out = (r.stdout ?? "").split("\n").filter((l) => l !== "");
  const timeLine = out.find((l) => /^TIME\s/.test(l));
  const loopSeconds = timeLine ? Number(timeLine.split(/\s+/)[1]) : null;
  return {
    ok: r.status === 0 && !timedOut,
    wallMs,
    loopMs: loopSeconds !== null && Number.isFinite(loopSeconds) ? loopSeconds * 1000 : null,
    checksum: out.filter((l) => !/^TIME\s/.test(l)).join("\n"),
    stderr: r.stderr ?? "",
    status: r.status,
    signal: r.signal,
    timedOut,
  };
}

// Which compiler runs tpython for this program: the first of the candidates whose probe run succeeds.
function probeTpython(argv) {
  const candidates = compilerMode === "auto" ? ["ours", "cpython"] : [compilerMode];
  const failures = {};
  for (const c of candidates) {
    const r = runOnce("tpython", argv, c);
    if (r.ok) return { compiler: c, probe: r, failures };
    failures[c] = errorSummary(r);
  }
  return { compiler: null, probe: null, failures };
}

// ---- statistics and formatting ----
const stats = (xs) => {
  if (!xs.length || xs.some((x) => x === null)) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
};
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (st) => (st ? `${fmtMs(st.median)} (${fmtMs(st.min)}–${fmtMs(st.max)})` : "–");
const ratio = (a, b) => (a && b ? a.median / b.median : null);
const fmtRatio = (x) => (x === null ? "–" : x.toFixed(2));
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length) : null);
// In auto mode a failure names the compiler(s) it happened with ("both" when the message is the same).
const failText = (failures) => {
  const entries = Object.entries(failures);
  if (compilerMode !== "auto") return entries.map(([, e]) => e).join("; ");
  if (entries.length === 2 && entries[0][1] === entries[1][1]) return `${entries[0][1]} [both compilers]`;
  return entries.map(([c, e]) => `${e} [${c} compiler]`).join("; ");
};

// ---- the programs ----
const programs = fs
  .readdirSync(microDir)
  .filter((f) => f.endsWith(".py"))
  .sort()
  .map((f) => {
    const src = fs.readFileSync(path.join(microDir, f), "utf8");
    const m = /^DEFAULT_SIZE = (\d+)$/m.exec(src);
    if (!m) throw new Error(`${f}: no 'DEFAULT_SIZE = N' line`);
    const defaultSize = Number(m[1]);
    return {
      name: f.slice(0, -3),
      file: path.join(microDir, f),
      defaultSize,
      size: Math.max(1, Math.round(defaultSize * sizeScale)),
    };
  })
  .filter((p) => filter.test(p.name));
if (!programs.length) {
  console.error(`no program in bench/micro matches --filter ${filter.source}`);
  process.exit(2);
}

function benchProgram(p) {
  const argv = [p.file, String(p.size)];
  const res = { name: p.name, size: p.size, default_size: p.defaultSize, status: "ok", compiler: null };
  const log = (s) => process.stderr.write(`${p.name} (size ${p.size}): ${s}\n`);
  // Probe runs (not timed): choose tpython's compiler, check both checksums, warm the file cache.
  const cpyProbe = python && !noCPython ? runOnce("cpython", argv) : null;
  if (cpyProbe && !cpyProbe.ok) {
    res.status = `CPython fails: ${errorSummary(cpyProbe)}`;
    log(res.status);
    return res;
  }
  const { compiler, probe, failures } = probeTpython(argv);
  res.compiler = compiler;
  res.tpython_failures = failures;
  if (!probe) {
    res.status = `fails: ${failText(failures)}`;
    log(res.status);
    return res;
  }
  res.checksum = probe.checksum;
  if (cpyProbe && cpyProbe.checksum !== probe.checksum) {
    res.status = "WRONG";
    res.checksum_cpython = cpyProbe.checksum;
    log(`WRONG checksum: tpython ${JSON.stringify(probe.checksum)} vs CPython ${JSON.stringify(cpyProbe.checksum)}`);
    return res;
  }
  const t = { wall_ms: [], loop_ms: [] };
  const c = { wall_ms: [], loop_ms: [] };
  for (let i = 0; i < reps; i++) {
    const a = runOnce("tpython", argv, compiler);
    if (!a.ok || (cpyProbe && a.checksum !== cpyProbe.checksum)) {
      res.status = a.ok ? "WRONG" : `fails: ${errorSummary(a)} (rep ${i + 1})`;
      log(res.status);
      return res;
    }
    t.wall_ms.push(a.wallMs);
    t.loop_ms.push(a.loopMs);
    let line = `rep ${i + 1}/${reps}: tpython ${fmtMs(a.wallMs)} ms`;
    if (cpyProbe) {
      const b = runOnce("cpython", argv);
      if (!b.ok || b.checksum !== cpyProbe.checksum) {
        res.status = `CPython ${b.ok ? "changed its checksum" : `fails: ${errorSummary(b)}`} (rep ${i + 1})`;
        log(res.status);
        return res;
      }
      c.wall_ms.push(b.wallMs);
      c.loop_ms.push(b.loopMs);
      line += `, CPython ${fmtMs(b.wallMs)} ms`;
    }
    log(line);
  }
  res.tpython = { ...t, wall: stats(t.wall_ms), loop: stats(t.loop_ms) };
  if (cpyProbe) {
    res.cpython = { ...c, wall: stats(c.wall_ms), loop: stats(c.loop_ms) };
    res.ratio_wall = ratio(res.tpython.wall, res.cpython.wall);
    res.ratio_loop = ratio(res.tpython.loop, res.cpython.loop);
  }
  return res;
}

function benchStartup() {
  const argv = ["-c", "pass"];
  const { compiler, probe, failures } = probeTpython(argv);
  const res = { runs: startupRuns, compiler, tpython_failures: failures, status: "ok" };
  if (!probe) {
    res.status = `fails: ${failText(failures)}`;
    return res;
  }
  const t = [];
  const c = [];
  for (let i = 0; i < startupRuns; i++) {
    const a = runOnce("tpython", argv, compiler);
    if (!a.ok) {
      res.status = `fails: ${errorSummary(a)}`;
      return res;
    }
    t.push(a.wallMs);
    if (python && !noCPython) c.push(runOnce("cpython", argv).wallMs);
  }
  res.tpython = { wall_ms: t, wall: stats(t) };
  if (c.length) {
    res.cpython = { wall_ms: c, wall: stats(c) };
    res.ratio_wall = ratio(res.tpython.wall, res.cpython.wall);
  }
  return res;
}

// ---- main ----
const withCPython = python && !noCPython;
console.error(
  `tpython: ${path.relative(process.cwd(), tpythonScript) || tpythonScript} (node ${nodeFlags.join(" ")}), ` +
    `compiler ${compilerMode}; CPython: ${withCPython ? `${python.exe} (${python.version})` : "not measured"}; ` +
    `${reps} reps, size scale ${sizeScale}`,
);
const startedAt = new Date();
const loadavgStart = os.loadavg();
const results = programs.map(benchProgram);
process.stderr.write("start-up (-c pass)...\n");
const startup = benchStartup();

// ---- report: a Markdown table on stdout ----
const header = [
  "program",
  "size",
  "tpython wall ms",
  "CPython wall ms",
  "wall ×",
  "tpython loop ms",
  "CPython loop ms",
];
header.push("loop ×", "compiler");
const rows = [];
for (const r of results) {
  if (r.status !== "ok") {
    rows.push([r.name, String(r.size), r.status, "", "", "", "", "", r.compiler ?? ""]);
    continue;
  }
  rows.push([
    r.name,
    String(r.size),
    cell(r.tpython.wall),
    cell(r.cpython?.wall),
    fmtRatio(r.ratio_wall ?? null),
    cell(r.tpython.loop),
    cell(r.cpython?.loop),
    fmtRatio(r.ratio_loop ?? null),
    r.compiler,
  ]);
}
const okWall = results.filter((r) => r.ratio_wall).map((r) => r.ratio_wall);
const okLoop = results.filter((r) => r.ratio_loop).map((r) => r.ratio_loop);
const gmWall = geomean(okWall);
const gmLoop = geomean(okLoop);
if (withCPython) {
  rows.push([
    `geometric mean (${okWall.length} of ${results.length})`,
    "",
    "",
    "",
    fmtRatio(gmWall),
    "",
    "",
    fmtRatio(gmLoop),
    "",
  ]);
}
rows.push(
  startup.status === "ok"
    ? [
        `start-up \`-c pass\` (median of ${startupRuns})`,
        "",
        cell(startup.tpython.wall),
        cell(startup.cpython?.wall),
        fmtRatio(startup.ratio_wall ?? null),
        "",
        "",
        "",
        startup.compiler,
      ]
    : [`start-up \`-c pass\``, "", startup.status, "", "", "", "", "", ""],
);
const table = [header, header.map(() => "---"), ...rows];
const widths = header.map((_, j) => Math.max(...table.map((r) => r[j].length)));
const numeric = new Set([1, 2, 3, 4, 5, 6, 7]);
// Numbers are right-aligned; a status text in a number column ("fails: ...", "WRONG") is left-aligned.
const line = (r, isSep) =>
  `| ${r
    .map((c, j) => {
      if (isSep) return numeric.has(j) ? `${"-".repeat(widths[j] - 1)}:` : "-".repeat(widths[j]);
      return numeric.has(j) && /^([\d–]|$)/.test(c) ? c.padStart(widths[j]) : c.padEnd(widths[j]);
    })
    .join(" | ")} |`;
console.log();
console.log(
  `node bench/micro.mjs ${args.join(" ")}`.trim() +
    ` — ${startedAt.toISOString().slice(0, 10)}, ${reps} reps, interleaved; ms = median (min–max); × = tpython / CPython`,
);
console.log();
for (const [i, r] of table.entries()) console.log(line(r, i === 1));

// ---- JSON ----
const gitCommit = tryRun("git", ["-C", root, "rev-parse", "HEAD"]);
const gitDirty = (tryRun("git", ["-C", root, "status", "--porcelain", "--untracked-files=no"]) ?? "") !== "";
const bundle = path.join(path.dirname(tpythonScript), "../dist/bundle/tpython.mjs");
const result = {
  date: startedAt.toISOString(),
  command: `node bench/micro.mjs ${args.join(" ")}`.trim(),
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? "unknown",
    cpus: os.cpus().length,
    loadavg_start: loadavgStart,
    loadavg_end: os.loadavg(),
    node: process.version,
    cpython: python ? python.version : null,
    cpython_exe: python ? python.exe : null,
    git_commit: gitCommit,
    git_dirty: gitDirty,
    tpython_script: tpythonScript,
    tpython_node_flags: nodeFlags,
    tpython_bundle_mtime: fs.existsSync(bundle) ? fs.statSync(bundle).mtime.toISOString() : null,
  },
  options: { reps, size_scale: sizeScale, filter: filter.source, compiler: compilerMode, timeout_s: timeoutMs / 1000 },
  programs: results,
  geomean_ratio_wall: gmWall,
  geomean_ratio_loop: gmLoop,
  startup,
};
if (!noWrite) {
  const out = path.join(here, "results", `micro-${result.date.slice(0, 10)}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log();
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
