// The `tpython` command line against CPython 3.13's behaviour (expected texts come from the
// corpus files written by tools/oracle/gen_parser_expected.py, or were copied from python3.13).
//
// A script run prints the *absolute* path of the script (CPython makes it absolute); the corpus
// stores the relative path, substituted here.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin", "tpython.js");
const CASES = "tests/parser/cases";

const AST_USAGE = `usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
`;

const AST_HELP = `${AST_USAGE}
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i, --indent INDENT   indentation of nodes (number of spaces)
`;

function run(args, { input, env } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: input ?? "",
    env: { ...process.env, COLUMNS: "80", ...env },
    encoding: "utf8",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (rel) => readFileSync(path.join(ROOT, rel), "utf8");

/** The expected stderr of `python3.13 REL` with the path made absolute as CPython does. */
function scriptRunExpectation(rel) {
  const base = rel.slice(0, -3);
  const file = existsSync(path.join(ROOT, `${base}.run.err`)) ? `${base}.run.err` : `${base}.err`;
  return read(file).split(rel).join(`${ROOT}/${rel}`);
}

const built = existsSync(path.join(ROOT, "dist", "cli", "main.js"));

test("tpython --version / -V", { skip: !built && "not built" }, () => {
  for (const flag of ["--version", "-V"]) {
    const r = run([flag]);
    assert.equal(r.stdout, "Python 3.13.0\n");
    assert.equal(r.stderr, "");
    assert.equal(r.code, 0);
  }
});

test("tpython -m unknown module", { skip: !built && "not built" }, () => {
  const r = run(["-m", "nosuch"]);
  assert.equal(r.stderr, "tpython: No module named nosuch\n");
  assert.equal(r.stdout, "");
  assert.equal(r.code, 1);
});

test("tpython unknown option / missing argument", { skip: !built && "not built" }, () => {
  const usage =
    "usage: tpython [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";
  let r = run(["-z"]);
  assert.equal(r.stderr, `Unknown option: -z\n${usage}`);
  assert.equal(r.code, 2);
  r = run(["-c"]);
  assert.equal(r.stderr, `Argument expected for the -c option\n${usage}`);
  assert.equal(r.code, 2);
  r = run(["--foo"]);
  assert.equal(r.stderr, `unknown option --foo\n${usage}`);
  assert.equal(r.code, 2);
});

test("tpython missing script", { skip: !built && "not built" }, () => {
  const r = run(["nosuch_script.py"]);
  assert.equal(r.stderr, `tpython: can't open file '${ROOT}/nosuch_script.py': [Errno 2] No such file or directory\n`);
  assert.equal(r.code, 2);
});

test("tpython -m ast on valid snippets", {
  skip: !built && "not built",
}, () => {
  for (const [rel, extra] of [
    [`${CASES}/valid/stmt/assign_simple.py`, []],
    [`${CASES}/valid/fstrings/debug_equals.py`, []],
    [`${CASES}/valid/lexical/col_offset_utf8_bytes.py`, []],
    [`${CASES}/valid/encoding/latin1_declaration.py`, []],
    [`${CASES}/valid/typecomments/function_signature_line.py`, []],
    [`${CASES}/valid/modes/expression.eval.py`, ["-m", "eval"]],
    [`${CASES}/valid/modes/compound.single.py`, ["--mode=single"]],
    [`${CASES}/valid/typecomments/func_signature.func_type.py`, ["-mfunc_type"]],
  ]) {
    const r = run(["-m", "ast", "-a", ...extra, rel]);
    assert.equal(r.stdout, read(`${rel.slice(0, -3)}.ast`), rel);
    assert.equal(r.code, 0, `${rel}: ${r.stderr}`);
  }
  // stdin, no attributes, other indent
  const r = run(["-m", "ast", "-i", "0", "-"], { input: "x = 1\n" });
  assert.equal(
    r.stdout,
    "Module(\nbody=[\nAssign(\ntargets=[\nName(id='x', ctx=Store())],\nvalue=Constant(value=1))])\n",
  );
  assert.equal(r.code, 0);
});

test("tpython -m ast: type comments on by default, --no-type-comments", { skip: !built && "not built" }, () => {
  let r = run(["-m", "ast"], { input: "x = 1  # type: int\n" });
  assert.equal(
    r.stdout,
    "Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n" +
      "         value=Constant(value=1),\n         type_comment='int')])\n",
  );
  r = run(["-m", "ast", "--no-type-comments"], { input: "x = 1  # type: int\n" });
  assert.equal(
    r.stdout,
    "Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n" +
      "         value=Constant(value=1))])\n",
  );
});

test("tpython -m ast argument errors and help (argparse)", { skip: !built && "not built" }, () => {
  let r = run(["-m", "ast", "-h"]);
  assert.equal(r.stdout, AST_HELP);
  assert.equal(r.code, 0);
  r = run(["-m", "ast", "-i", "x"]);
  assert.equal(r.stderr, `${AST_USAGE}python -m ast: error: argument -i/--indent: invalid int value: 'x'\n`);
  assert.equal(r.code, 2);
  r = run(["-m", "ast", "--i", "2"]);
  assert.equal(
    r.stderr,
    `${AST_USAGE}python -m ast: error: ambiguous option: --i could match --include-attributes, --indent\n`,
  );
  r = run(["-m", "ast", "-m", "x"]);
  assert.equal(
    r.stderr,
    `${AST_USAGE}python -m ast: error: argument -m/--mode: invalid choice: 'x' (choose from 'exec', 'single', 'eval', 'func_type')\n`,
  );
  r = run(["-m", "ast", "a.py", "b.py"]);
  assert.equal(r.stderr, `${AST_USAGE}python -m ast: error: unrecognized arguments: b.py\n`);
  r = run(["-m", "ast", "nosuch.py"]);
  assert.equal(r.stderr, "FileNotFoundError: [Errno 2] No such file or directory: 'nosuch.py'\n");
  assert.equal(r.code, 1);
});

test("tpython -m ast on an invalid snippet prints the SyntaxError", { skip: !built && "not built" }, () => {
  const rel = `${CASES}/invalid/brackets/paren_never_closed.py`;
  const r = run(["-m", "ast", rel]);
  assert.equal(r.stderr, read(`${rel.slice(0, -3)}.err`));
  assert.equal(r.stdout, "");
  assert.equal(r.code, 1);
});

test("tpython FILE with a syntax error prints it like python3.13 FILE", {
  skip: !built && "not built",
}, () => {
  for (const rel of [
    `${CASES}/invalid/brackets/paren_never_closed.py`,
    `${CASES}/invalid/indent/tab_error.py`,
    `${CASES}/invalid/indent/expected_block_if_eof.py`,
    `${CASES}/invalid/positions/caret_after_cjk.py`,
    `${CASES}/invalid/encoding/unknown_encoding.py`,
    `${CASES}/invalid/encoding/invalid_utf8_in_string.py`,
    `${CASES}/invalid/chars/null_byte.py`,
  ]) {
    const r = run([rel]);
    assert.equal(r.stderr, scriptRunExpectation(rel), rel);
    assert.equal(r.stdout, "");
    assert.equal(r.code, 1, rel);
  }
});

test("tpython FILE / stdin / -c run a valid program", { skip: !built && "not built" }, () => {
  let r = run([`${CASES}/valid/stmt/assign_simple.py`]);
  assert.equal(r.stderr, "");
  assert.equal(r.code, 0);
  r = run(["-"], { input: "x = 1\nprint(x + 1)\n" });
  assert.equal(r.stdout, "2\n");
  assert.equal(r.code, 0);
  r = run(["-c", "print('hi')"]);
  assert.equal(r.stdout, "hi\n");
  assert.equal(r.code, 0);
});

test("tpython -c and stdin with a syntax error", {
  skip: !built && "not built",
}, () => {
  let r = run(["-c", "x = (1,"]);
  assert.equal(r.stderr, "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
  assert.equal(r.code, 1);
  r = run(["-c", "if x:"]);
  assert.equal(
    r.stderr,
    "  File \"<string>\", line 1\n    if x:\n         ^\nIndentationError: expected an indented block after 'if' statement on line 1\n",
  );
  r = run([], { input: "if x:\n" });
  assert.equal(
    r.stderr,
    "  File \"<stdin>\", line 1\n    if x:\nIndentationError: expected an indented block after 'if' statement on line 1\n",
  );
  assert.equal(r.code, 1);
});

test("in-process: every snippet whose script run differs from compile() (NAME.run.err)", async () => {
  if (!built) return;
  const { main } = await import("../dist/cli/main.js");
  const runErr = [];
  const walk = (dir) => {
    for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith(".run.err")) runErr.push(`${rel.slice(0, -".run.err".length)}.py`);
    }
  };
  walk(CASES);
  assert.ok(runErr.length > 0);
  const failures = [];
  for (const rel of runErr.sort()) {
    let out = "";
    let err = "";
    const io = {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        err += s;
      },
      readStdin: () => new Uint8Array(),
      stdinIsTTY: () => false,
      cwd: () => ROOT,
      terminalColumns: () => 80,
    };
    const code = main([rel], io);
    const expected = scriptRunExpectation(rel);
    if (err !== expected || code !== 1 || out !== "") {
      failures.push(
        `${rel} (exit ${code})\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(err)}`,
      );
    }
  }
  assert.equal(failures.length, 0, failures.join("\n"));
});

test("in-process: an unexpected JS error is an internal error (exit 70), never an escaping exception", async () => {
  if (!built) return;
  const { main, EXIT_INTERNAL_ERROR } = await import("../dist/cli/main.js");
  let err = "";
  const io = {
    stdout: () => {},
    stderr: (s) => {
      err += s;
    },
    readStdin: () => {
      throw new TypeError("boom");
    },
    stdinIsTTY: () => false,
    cwd: () => ROOT,
    terminalColumns: () => 80,
  };
  assert.equal(EXIT_INTERNAL_ERROR, 70);
  assert.equal(main(["-"], io), 70);
  assert.match(err, /^tpython: internal error: TypeError: boom\n/);
});

test("Ctrl-C (SIGINT) raises KeyboardInterrupt in a running loop; uncaught, the process dies by SIGINT", {
  skip: !built && "not built",
}, async () => {
  const { spawn } = await import("node:child_process");
  const prog =
    "import sys\ntry:\n    print('ready', flush=True)\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught')\nprint('ready', flush=True)\nwhile True:\n    pass\n";
  const child = spawn(process.execPath, ["--stack-size=4000", BIN, "-c", prog], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  let readies = 0;
  child.stdout.on("data", (d) => {
    out += d;
    const n = (out.match(/ready/g) ?? []).length;
    while (readies < n) {
      readies++;
      setTimeout(() => child.kill("SIGINT"), 200);
    }
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  const [code, signal] = await new Promise((resolve) => child.on("exit", (c, s) => resolve([c, s])));
  assert.equal(out, "ready\ncaught\nready\n");
  assert.match(err, /^Traceback \(most recent call last\):\n[\s\S]*\nKeyboardInterrupt\n$/);
  assert.equal(code, null);
  assert.equal(signal, "SIGINT");
});
