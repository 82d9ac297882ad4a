// The disassembler against CPython 3.13's `dis`, byte for byte (code-object addresses masked).
// Data: tests/dis/expected/, written by tools/oracle/gen_dis_expected.py for the corpus tests/dis/cases/*.py
// and the stdlib files of tests/dis/stdlib.txt: CPython's code objects (tools/oracle/dump_code.py format),
// what `python -m dis` prints for them (plain, -C, -O), digests of their co_positions(), and the complete
// output of some `python -m dis` command lines. The whole standard library: node tools/dis_check.mjs.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import { codeFromDump, codeFromDumpText, floatFromText } from "../dist/compiler/code_json.js";
import { codeInfo, constRepr, coPositions, disassemble, prettyFlags } from "../dist/compiler/dis.js";
import * as meta from "../dist/generated/opcode_metadata.js";
import { disMain } from "../dist/modules/dis_cli.js";
import { PyComplex } from "../dist/objects/complex.js";
import { PyFloat } from "../dist/objects/float.js";
import { PyFrozenSet } from "../dist/objects/set.js";
import { Ellipsis, None } from "../dist/objects/singletons.js";
import { PyTuple } from "../dist/objects/tuple.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const DIS = join(HERE, "dis");
const EXPECTED = join(DIS, "expected");

const mask = (s) => s.replace(/0x[0-9a-f]+/g, "0xADDR");

function firstDifference(got, want) {
  const g = got.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `line ${i + 1}:\n  got:  ${JSON.stringify(g[i])}\n  want: ${JSON.stringify(w[i])}`;
  }
  return "identical";
}

const ids = readdirSync(EXPECTED)
  .filter((f) => f.endsWith(".dump.json"))
  .map((f) => f.slice(0, -".dump.json".length))
  .sort();

const loadCode = (id) => codeFromDumpText(readFileSync(join(EXPECTED, `${id}.dump.json`), "utf8"));

const VARIANTS = [
  ["", {}],
  ["-C", { showCaches: true }],
  ["-O", { showOffsets: true }],
];

test("opcode metadata: the tables dis uses agree with CPython 3.13's opcode module", () => {
  const cp = JSON.parse(readFileSync(join(EXPECTED, "opcode.json"), "utf8"));
  // Real opcodes the VM defines (CPython's specialized and instrumented forms come later).
  const ops = [...meta.definedOpcodes].filter((op) => op < 256);
  for (const [name, op] of Object.entries(cp.opmap)) {
    if (meta.definedOpcodes.has(op)) assert.equal(meta.opname[op], name, `opname[${op}]`);
  }
  const problems = [];
  for (const [fn, name, list] of [
    [meta.hasArg, "hasArg", cp.hasarg],
    [meta.hasConst, "hasConst", cp.hasconst],
    [meta.hasName, "hasName", cp.hasname],
    [meta.hasJump, "hasJump", cp.hasjump],
    [meta.hasFree, "hasFree", cp.hasfree],
    [meta.hasLocal, "hasLocal", cp.haslocal],
    [meta.hasExc, "hasExc", cp.hasexc],
  ]) {
    const want = new Set(list);
    for (const op of ops) {
      if (fn(op) !== want.has(op)) problems.push(`${name}(${meta.opname[op]}) should be ${want.has(op)}`);
    }
  }
  for (const op of ops) {
    const want = cp.inline_cache_entries[op] ?? 0;
    if (meta.inlineCacheEntries[op] !== want) problems.push(`inlineCacheEntries[${meta.opname[op]}] should be ${want}`);
  }
  assert.deepEqual(problems, []);
});

test("corpus and stdlib sample: dis output identical to CPython 3.13", () => {
  assert.ok(ids.length >= 70, `only ${ids.length} cases`);
  const bad = [];
  let compared = 0;
  for (const id of ids) {
    const code = loadCode(id);
    for (const [suffix, opts] of VARIANTS) {
      let want;
      try {
        want = readFileSync(join(EXPECTED, `${id}.dis${suffix}.txt`), "utf8");
      } catch {
        continue; // stdlib files have the plain variant only
      }
      compared++;
      const got = disassemble(code, opts);
      if (mask(got) !== mask(want)) bad.push(`${id}${suffix}: ${firstDifference(mask(got), mask(want))}`);
    }
  }
  assert.deepEqual(bad, [], `${bad.length}/${compared} outputs differ`);
});

test("co_positions() identical to CPython 3.13", () => {
  const digests = JSON.parse(readFileSync(join(EXPECTED, "positions.json"), "utf8"));
  const bad = [];
  for (const id of ids) {
    const parts = [];
    const walk = (co) => {
      parts.push(
        coPositions(co)
          .map((p) => p.map((v) => (v === null ? "-" : String(v))).join(","))
          .join(";"),
      );
      for (const c of co.co_consts) if (c && typeof c === "object" && "co_code" in c) walk(c);
    };
    walk(loadCode(id));
    const digest = createHash("sha256").update(parts.join("\n")).digest("hex");
    if (digest !== digests[id]) bad.push(id);
  }
  assert.deepEqual(bad, []);
});

test("python -m dis command lines: output identical to CPython 3.13", () => {
  const cases = JSON.parse(readFileSync(join(EXPECTED, "cli.json"), "utf8"));
  // The compiler used by the CLI: CPython's code objects from the dumps, by file name.
  let stdinFile = null;
  const compile = (source, filename) => {
    if (filename === "<stdin>") {
      assert.deepEqual(source, new Uint8Array(readFileSync(join(DIS, stdinFile))));
      return loadCode(/^cases\/(.*)\.py$/.exec(stdinFile)[1]);
    }
    const m = /^cases\/(.*)\.py$/.exec(filename);
    assert.ok(m, filename);
    return loadCode(m[1]);
  };
  for (const c of cases) {
    stdinFile = c.stdin;
    let out = "";
    let err = "";
    const io = {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        err += s;
      },
      readStdin: () => (c.stdin ? new Uint8Array(readFileSync(join(DIS, c.stdin))) : new Uint8Array(0)),
      stdinIsTTY: () => false,
      cwd: () => DIS,
      terminalColumns: () => 80,
    };
    const status = disMain(c.args, io, compile);
    assert.equal(mask(out), mask(c.stdout), `stdout of ${c.args.join(" ")}`);
    assert.equal(err, c.stderr, `stderr of ${c.args.join(" ")}`);
    assert.equal(status, c.returncode, `status of ${c.args.join(" ")}`);
  }
});

test("python -m dis: unreadable file", () => {
  let err = "";
  const io = { stdout: () => {}, stderr: (s) => (err += s), cwd: () => DIS };
  const status = disMain(["no/such/file.py"], io, () => assert.fail("compiled"));
  assert.equal(status, 1);
  assert.equal(err, "FileNotFoundError: [Errno 2] No such file or directory: 'no/such/file.py'\n");
});

test("code_json: floats in float.hex() form", () => {
  assert.equal(floatFromText("0x1.8000000000000p+0"), 1.5);
  assert.equal(floatFromText("-0x1.0000000000000p-1"), -0.5);
  assert.equal(floatFromText("0x0.0p+0"), 0);
  assert.ok(Object.is(floatFromText("-0x0.0p+0"), -0));
  assert.equal(floatFromText("0x0.0000000000001p-1022"), 5e-324);
  assert.equal(floatFromText("0x1.fffffffffffffp+1023"), Number.MAX_VALUE);
  assert.equal(floatFromText("0x1.999999999999ap-4"), 0.1);
  assert.equal(floatFromText("inf"), Infinity);
  assert.equal(floatFromText("-inf"), -Infinity);
  assert.ok(Number.isNaN(floatFromText("nan")));
  assert.equal(floatFromText("1e+16"), 1e16);
});

test("code_json: nested code objects are matched in preorder, duplicate qualnames included", () => {
  const unit = (name, consts) => ({
    name,
    qualname: name,
    argcount: 0,
    posonlyargcount: 0,
    kwonlyargcount: 0,
    stacksize: 1,
    flags: 0,
    firstlineno: 1,
    code: [149, 36],
    consts,
    names: [],
    localsplusnames: [],
    localspluskinds: [],
    linetable: [],
    exceptiontable: [],
  });
  const doc = {
    file: "x.py",
    codes: [
      unit("<module>", [
        { t: "code", v: "<lambda>" },
        { t: "code", v: "<lambda>" },
      ]),
      unit("<lambda>", [{ t: "int", v: "1" }]),
      unit("<lambda>", [{ t: "int", v: "99999999999999999999" }]),
    ],
  };
  const mod = codeFromDump(doc);
  assert.equal(mod.co_filename, "x.py");
  assert.equal(mod.co_consts[0].co_consts[0], 1);
  assert.equal(mod.co_consts[1].co_consts[0], 99999999999999999999n);
  assert.throws(() => codeFromDump({ ...doc, codes: doc.codes.slice(0, 2) }), /fewer code objects/);
});

test("constRepr", () => {
  assert.equal(constRepr(new PyTuple([1])), "(1,)");
  assert.equal(constRepr(new PyTuple([])), "()");
  assert.equal(
    constRepr(new PyTuple([1, "a", None, new PyTuple([2n ** 70n])])),
    "(1, 'a', None, (1180591620717411303424,))",
  );
  assert.equal(constRepr(new PyFrozenSet([])), "frozenset()");
  assert.equal(constRepr(new PyFrozenSet([1, 2])), "frozenset({1, 2})");
  assert.equal(constRepr(new PyFloat(1e16)), "1e+16");
  assert.equal(constRepr(new PyFloat(-0)), "-0.0");
  assert.equal(constRepr(new PyComplex(0, 1)), "1j");
  assert.equal(constRepr(new PyComplex(1, -2)), "(1-2j)");
  assert.equal(constRepr(Ellipsis), "Ellipsis");
  assert.equal(constRepr(true), "True");
  assert.equal(constRepr("it's"), '"it\'s"');
});

test("code_info and pretty_flags", () => {
  assert.equal(prettyFlags(0), "0x0");
  assert.equal(prettyFlags(3), "OPTIMIZED, NEWLOCALS");
  assert.equal(prettyFlags(0x1000003), "OPTIMIZED, NEWLOCALS, 0x1000000");
  const info = codeInfo(loadCode("closures").co_consts.find((c) => c?.co_name === "outer"));
  assert.match(info, /^Name: {14}outer\nFilename: {10}cases\/closures\.py\nArgument count: {4}2\n/);
  assert.match(info, /\nCell variables:\n {3}0: a\n/);
});
