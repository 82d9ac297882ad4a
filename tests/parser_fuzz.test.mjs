// Parser fuzzing: byte-level mutations of real Python sources must make parse() either return an AST or throw a
// well-formed PySyntaxError -- never a TypeError, RangeError, etc. Deterministic (fixed seed); override with
// FUZZ_SEED / FUZZ_ITERS. Also replays tests/parser/fuzz_crashers/*.bin and checks deeply nested inputs.
// Corpus: ~40 files of CPython 3.13's stdlib (TPY_STDLIB, or pyenv's 3.13.0), else the committed snippets under
// tests/parser/cases/ and examples/.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { PyParserLimitError, PySyntaxError, parse } from "../dist/parser/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const SEED = Number(process.env.FUZZ_SEED ?? 0x7079_7468);
const ITERS = Number(process.env.FUZZ_ITERS ?? 3000);
const NFILES = 40;
const MAX_FILE = 24_000; // bytes; keeps a run well under 20 s

/** mulberry32: tiny deterministic PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(dir, out, pred) {
  if (!fs.existsSync(dir)) return out;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, out, pred);
    else if (ent.isFile() && pred(p)) out.push(p);
  }
  return out;
}

function findStdlib() {
  if (process.env.TPY_STDLIB) return process.env.TPY_STDLIB;
  try {
    const pyenvRoot = execFileSync("pyenv", ["root"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dir = path.join(pyenvRoot, "versions/3.13.0/lib/python3.13");
    if (fs.existsSync(dir)) return dir;
  } catch {}
  return null;
}

/** Picks the seed corpus deterministically. */
function corpus(rand) {
  const stdlib = findStdlib();
  let files;
  if (stdlib) {
    files = walk(stdlib, [], (p) => p.endsWith(".py") && !p.includes("site-packages") && !p.includes("tokenizedata"));
    files = files.filter((p) => {
      const n = fs.statSync(p).size;
      return n > 200 && n <= MAX_FILE;
    });
  } else {
    files = [
      ...walk(path.join(here, "parser/cases"), [], (p) => p.endsWith(".py")),
      ...walk(path.join(root, "examples"), [], (p) => p.endsWith(".py")),
    ];
  }
  const picked = [];
  while (picked.length < NFILES && files.length) picked.push(...files.splice(Math.floor(rand() * files.length), 1));
  return { source: stdlib ? "stdlib" : "committed cases", files: picked.map((p) => [p, fs.readFileSync(p)]) };
}

const enc = (s) => Buffer.from(s, "utf8");
const rep = (s, n) => enc(s.repeat(n));
function nestedFString(depth) {
  let s = "x";
  for (let i = 0; i < depth; i++) s = `f${i % 2 ? "'" : '"'}{${s}}${i % 2 ? "'" : '"'}`;
  return enc(s);
}

/** Snippets the mutator splices in: brackets, quotes, whitespace, bad bytes, non-ASCII, deep nesting. */
const SNIPPETS = [
  () => rep("(", 300),
  () => rep("[", 1000),
  () => rep("{", 250),
  () => rep(")", 50),
  () => rep("not ", 1000),
  () => rep("-", 5000),
  () => rep("~", 2000),
  () => rep("lambda:", 500),
  () => rep("await ", 500),
  () => rep("2**", 1000),
  () => enc("a" + ".b".repeat(2000)),
  () => enc("f" + "()".repeat(2000)),
  () => rep("1+", 3000),
  (r) => nestedFString(1 + Math.floor(r() * 200)),
  () => enc('f"{x!r:>{w}}"'),
  () => enc("f'{'"),
  () => enc('f"{x=}"'),
  () => enc('"""'),
  () => enc("'''"),
  () => enc('"'),
  () => enc("'"),
  () => enc('b"\\xff"'),
  () => enc('rb"\\'),
  () => enc("\t"),
  () => enc("\t\t  \t"),
  () => enc("\n    "),
  () => enc("\r"),
  () => enc("\r\n"),
  () => enc("\f"),
  () => enc("\\\n"),
  () => enc("\\"),
  () => Buffer.from([0]),
  () => Buffer.from([0xff]),
  () => Buffer.from([0xc3]),
  () => Buffer.from([0xed, 0xa0, 0x80]),
  () => Buffer.from([0xef, 0xbb, 0xbf]),
  () => enc("é"),
  () => enc("€"),
  () => enc("\u2028"),
  () => enc("𝔘𝔫𝔦"),
  () => enc("ℌ = 1"),
  () => enc("\u00a0"),
  () => enc("# type: ignore"),
  () => enc("  # type: int\n"),
  () => enc("# type: (int) -> str\n"),
  () => enc("# -*- coding: latin-1 -*-\n"),
  () => enc("# coding: bogus\n"),
  () => enc(":="),
  () => enc("->"),
  () => enc("..."),
  () => enc("@"),
  () => enc("*"),
  () => enc("**"),
  () => enc(":"),
  () => enc(","),
  () => enc(";"),
  () => enc("0x"),
  () => enc("1_000_"),
  () => enc("1e"),
  () => enc("0o8"),
  () => enc("1.__class__"),
  () => enc("\nmatch x:\n case [a, *b] if a: pass\n"),
  () => enc("\ntype X[T: int] = list[T]\n"),
  () => enc("\ndef f[T, *Ts, **P](): pass\n"),
  () => enc("async "),
  () => enc("yield "),
  () => enc("global "),
  () => enc("del "),
  () => enc("\nclass C:\n"),
  () => enc("\ntry:\n  pass\nexcept* E:\n  pass\n"),
];

/** Applies one random mutation to `buf`; returns the new buffer and the offset it touched. */
function mutate(buf, r) {
  const n = buf.length;
  const pos = Math.floor(r() * (n + 1));
  const span = 1 + Math.floor(r() * (r() < 0.5 ? 4 : 32));
  const choice = Math.floor(r() * 10);
  switch (choice) {
    case 0: // delete a byte or a span
      return [Buffer.concat([buf.subarray(0, pos), buf.subarray(pos + span)]), pos];
    case 1: // insert a random byte
      return [Buffer.concat([buf.subarray(0, pos), Buffer.from([Math.floor(r() * 256)]), buf.subarray(pos)]), pos];
    case 2: {
      // duplicate a span
      const piece = buf.subarray(pos, pos + span);
      return [Buffer.concat([buf.subarray(0, pos), piece, piece, buf.subarray(pos)]), pos];
    }
    case 3: {
      // swap two bytes
      const out = Buffer.from(buf);
      if (n >= 2) {
        const i = Math.min(pos, n - 1);
        const j = Math.floor(r() * n);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return [out, pos];
    }
    case 4: {
      // overwrite a byte with a random one
      const out = Buffer.from(buf);
      if (n) out[Math.min(pos, n - 1)] = Math.floor(r() * 256);
      return [out, pos];
    }
    case 5: // truncate
      return [buf.subarray(0, pos), pos];
    case 6: {
      // move a span elsewhere
      const piece = Buffer.from(buf.subarray(pos, pos + span));
      const rest = Buffer.concat([buf.subarray(0, pos), buf.subarray(pos + span)]);
      const at = Math.floor(r() * (rest.length + 1));
      return [Buffer.concat([rest.subarray(0, at), piece, rest.subarray(at)]), at];
    }
    default: {
      // splice in a snippet (3 chances in 10)
      const snip = SNIPPETS[Math.floor(r() * SNIPPETS.length)](r);
      return [Buffer.concat([buf.subarray(0, pos), snip, buf.subarray(pos)]), pos];
    }
  }
}

const KINDS = new Set(["SyntaxError", "IndentationError", "TabError"]);

/** Returns null when parse() behaved (AST or well-formed PySyntaxError), else a description of the problem. */
function check(input, filename = "<fuzz>") {
  try {
    parse(input, filename, "exec", { typeComments: true });
    return null;
  } catch (e) {
    // CPython's parser limit: MemoryError "Parser stack overflowed - Python source too complex to parse".
    if (e instanceof PyParserLimitError) return e.kind === "MemoryError" ? null : e;
    if (!(e instanceof PySyntaxError)) return e;
    const bad = [];
    if (!KINDS.has(e.kind)) bad.push(`kind=${JSON.stringify(e.kind)}`);
    if (typeof e.msg !== "string") bad.push(`msg=${typeof e.msg}`);
    // null is Python's None (e.g. null bytes: compile() leaves every location field None).
    if (e.lineno !== null && (!Number.isInteger(e.lineno) || e.lineno < 0)) bad.push(`lineno=${e.lineno}`);
    return bad.length ? new Error(`malformed PySyntaxError (${bad.join(", ")}): ${e.message}`, { cause: e }) : null;
  }
}

function hexSnippet(buf, at, radius = 48) {
  const lo = Math.max(0, at - radius);
  const hi = Math.min(buf.length, at + radius);
  return `bytes ${lo}..${hi} of ${buf.length}: ${buf.subarray(lo, hi).toString("hex")}`;
}

test(`fuzz: ${ITERS} mutated sources parse or raise PySyntaxError (seed ${SEED})`, () => {
  const rand = mulberry32(SEED);
  const { source, files } = corpus(rand);
  assert.ok(files.length > 0, "no seed corpus found");
  const failures = [];
  const seen = new Set();
  const t0 = performance.now();
  for (let iter = 0; iter < ITERS; iter++) {
    const [file, orig] = files[Math.floor(rand() * files.length)];
    let buf = orig;
    let at = 0;
    const nmut = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < nmut; k++) [buf, at] = mutate(buf, rand);
    const err = check(buf);
    if (!err) continue;
    const key = `${err.name}: ${err.message}`.slice(0, 120) + (err.stack?.split("\n")[1] ?? "");
    if (seen.has(key)) continue;
    seen.add(key);
    const dump = path.join(os.tmpdir(), `tpython-fuzz-${SEED}-${iter}.bin`);
    fs.writeFileSync(dump, buf);
    failures.push(
      `seed ${SEED} iteration ${iter} (from ${path.basename(file)}, input saved to ${dump})\n` +
        `  ${hexSnippet(buf, at)}\n  ${String(err.stack ?? err)
          .split("\n")
          .slice(0, 6)
          .join("\n  ")}`,
    );
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (failures.length) {
    assert.fail(
      `${failures.length} distinct crash(es) in ${ITERS} iterations over ${source} (${secs} s):\n\n${failures.join("\n\n")}`,
    );
  }
});

const crasherDir = path.join(here, "parser/fuzz_crashers");
const crashers = fs.existsSync(crasherDir)
  ? fs
      .readdirSync(crasherDir)
      .filter((f) => f.endsWith(".bin"))
      .sort()
  : [];
for (const name of crashers) {
  // Replayed in a child process with a time limit: some crashers are hangs (exponential backtracking).
  test(`fuzz regression: fuzz_crashers/${name}`, () => {
    const file = path.join(crasherDir, name);
    const script = `
      import fs from "node:fs";
      import { PyParserLimitError, PySyntaxError, parse } from ${JSON.stringify(new URL("../dist/parser/index.js", import.meta.url).href)};
      try { parse(fs.readFileSync(${JSON.stringify(file)}), ${JSON.stringify(name)}, "exec", { typeComments: true }); }
      catch (e) {
        const ok = e instanceof PyParserLimitError || e instanceof PySyntaxError && ${JSON.stringify([...KINDS])}.includes(e.kind) &&
          typeof e.msg === "string" && Number.isInteger(e.lineno) && e.lineno >= 0;
        if (!ok) { console.error(e?.stack ?? String(e)); process.exit(1); }
      }`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 10_000,
      killSignal: "SIGKILL",
    });
    const buf = fs.readFileSync(file);
    if (r.signal) assert.fail(`parse did not finish within 10 s (hang)\n${hexSnippet(buf, 0, 64)}`);
    if (r.status !== 0) assert.fail(`${hexSnippet(buf, 0, 64)}\n${r.stderr}`);
  });
}

const ifs = (n) => {
  let s = "";
  for (let i = 0; i < n; i++) s += `${" ".repeat(i)}if x:\n`;
  return `${s}${" ".repeat(n)}pass\n`;
};
const DEEP = {
  "( x100000": "(".repeat(100_000),
  "[ x100000": "[".repeat(100_000),
  "{ x100000": "{".repeat(100_000),
  "- x100000 then 1": `${"-".repeat(100_000)}1`,
  "~ x100000 then 1": `${"~".repeat(100_000)}1`,
  "not x50000 then 1": `${"not ".repeat(50_000)}1`,
  "lambda: x50000 then 1": `${"lambda:".repeat(50_000)}1`,
  "2** x100000 then 2": `${"2**".repeat(100_000)}2`,
  "1+ x100000 then 1": `${"1+".repeat(100_000)}1`,
  "a.b x100000": `a${".b".repeat(100_000)}`,
  "f() x100000": `f${"()".repeat(100_000)}`,
  "1000 nested if blocks": ifs(1000),
  "1000 nested f-strings": `${"f'{".repeat(1000)}${"}'".repeat(1000)}`,
};
for (const [name, src] of Object.entries(DEEP)) {
  test(`deep nesting: ${name} gives an AST, a PySyntaxError or CPython's MemoryError`, () => {
    for (const input of [src, enc(src)]) {
      const err = check(input, "<deep>");
      if (err) assert.fail(String(err.stack ?? err));
    }
  });
}
