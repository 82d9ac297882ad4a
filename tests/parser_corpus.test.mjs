// The parser corpus: every snippet tests/parser/cases/**/NAME.py against what CPython 3.13 says
// (expected files written by tools/oracle/gen_parser_expected.py):
//   valid/   NAME.ast       = python3.13 -m ast -a [-m MODE] NAME.py      → parse + dump must match
//   invalid/ NAME.err.json  = the SyntaxError's fields                    → PySyntaxError must match
//            NAME.err       = how CPython prints it                       → formatSyntaxError must match
// The mode comes from the name: NAME.eval.py, NAME.single.py, NAME.func_type.py, else exec.
//
// One subtest per folder (tests/parser/cases/valid/strings, ...). Environment knobs:
//   CORPUS_FILTER=substring   only snippets whose path contains it
//   CORPUS_VERBOSE=1          print every mismatch (default: the first 3 per folder)

import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CASES_REL = "tests/parser/cases";
const FILTER = process.env.CORPUS_FILTER ?? "";
const VERBOSE = process.env.CORPUS_VERBOSE === "1";

function listSnippets(dirRel) {
  const out = [];
  for (const entry of readdirSync(path.join(ROOT, dirRel), { withFileTypes: true })) {
    const rel = `${dirRel}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listSnippets(rel));
    else if (entry.name.endsWith(".py")) out.push(rel);
  }
  return out.sort();
}

function modeOf(rel) {
  const stem = rel.slice(0, -3);
  for (const mode of ["eval", "single", "func_type"]) if (stem.endsWith(`.${mode}`)) return mode;
  return "exec";
}

async function loadModules() {
  try {
    const { parse } = await import("../dist/parser/index.js");
    const { dump } = await import("../dist/parser/dump.js");
    const { PySyntaxError } = await import("../dist/parser/errors.js");
    const { formatSyntaxError } = await import("../dist/cli/syntax_error.js");
    return { parse, dump, PySyntaxError, formatSyntaxError };
  } catch (err) {
    return { error: err };
  }
}

const FIELDS = ["msg", "filename", "lineno", "offset", "end_lineno", "end_offset", "text"];

/** null in the JSON is Python's None: it matches null or undefined. */
function sameField(expected, actual) {
  if (expected === null) return actual === null || actual === undefined;
  return expected === actual;
}

function firstDifference(expected, actual) {
  const e = expected.split("\n");
  const a = actual.split("\n");
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      return `line ${i + 1}:\n    expected: ${JSON.stringify(e[i])}\n    actual:   ${JSON.stringify(a[i])}`;
    }
  }
  return "(identical)";
}

/** Returns null when the snippet matches, else a description of the first difference. */
function checkSnippet(rel, m) {
  const abs = path.join(ROOT, rel);
  const base = abs.slice(0, -3);
  const source = new Uint8Array(readFileSync(abs));
  const mode = modeOf(rel);
  const valid = existsSync(`${base}.ast`);
  let tree;
  let error;
  try {
    tree = m.parse(source, rel, mode, { typeComments: true });
  } catch (err) {
    error = err;
  }
  if (valid) {
    if (error !== undefined) {
      const what = error instanceof m.PySyntaxError ? `${error.kind}: ${error.msg}` : String(error?.stack ?? error);
      return `expected a valid parse, got ${what}`;
    }
    const expected = readFileSync(`${base}.ast`, "utf8");
    let actual;
    try {
      actual = `${m.dump(tree, { includeAttributes: true, indent: 3 })}\n`;
    } catch (err) {
      return `dump threw ${err?.stack ?? err}`;
    }
    return actual === expected ? null : `.ast differs at ${firstDifference(expected, actual)}`;
  }
  const want = JSON.parse(readFileSync(`${base}.err.json`, "utf8"));
  if (error === undefined) return `expected ${want.type}: ${want.msg}, but it parsed`;
  if (!(error instanceof m.PySyntaxError)) return `expected ${want.type}, got a JS exception: ${error?.stack ?? error}`;
  const problems = [];
  if (error.kind !== want.type) problems.push(`type: expected ${want.type}, got ${error.kind}`);
  for (const f of FIELDS) {
    if (!sameField(want[f], error[f])) {
      problems.push(`${f}: expected ${JSON.stringify(want[f])}, got ${JSON.stringify(error[f])}`);
    }
  }
  if (problems.length) return problems.join("\n  ");
  const expectedText = readFileSync(`${base}.err`, "utf8");
  let printed;
  try {
    printed = m.formatSyntaxError(error);
  } catch (err) {
    return `formatSyntaxError threw ${err?.stack ?? err}`;
  }
  return printed === expectedText ? null : `.err differs at ${firstDifference(expectedText, printed)}`;
}

const snippets = listSnippets(CASES_REL).filter((rel) => rel.includes(FILTER));
const folders = new Map();
for (const rel of snippets) {
  const folder = path.dirname(rel).slice(CASES_REL.length + 1);
  if (!folders.has(folder)) folders.set(folder, []);
  folders.get(folder).push(rel);
}

// Known gaps, listed one path per line: reported, not failed; a listed snippet that passes fails the
// test so the list only shrinks.
const KNOWN = new Set(
  existsSync(path.join(ROOT, "tests/parser/known_failures.txt"))
    ? readFileSync(path.join(ROOT, "tests/parser/known_failures.txt"), "utf8")
        .split("\n")
        .filter((l) => l && !l.startsWith("#"))
    : [],
);

const modules = await loadModules();
let identical = 0;
let knownFailing = 0;
let total = 0;

test("parser corpus", async (t) => {
  if (modules.error) {
    assert.fail(`cannot load the parser from dist/ (run \`npx tsc -p .\`): ${modules.error.message}`);
  }
  for (const [folder, rels] of folders) {
    await t.test(`${folder} (${rels.length})`, () => {
      const failures = [];
      for (const rel of rels) {
        total++;
        let problem;
        try {
          problem = checkSnippet(rel, modules);
        } catch (err) {
          problem = `the test itself threw: ${err?.stack ?? err}`;
        }
        if (problem === null) {
          identical++;
          if (KNOWN.has(rel)) failures.push(`${rel}\n  now passes: delete it from tests/parser/known_failures.txt`);
        } else if (KNOWN.has(rel)) knownFailing++;
        else failures.push(`${rel}\n  ${problem}`);
      }
      if (failures.length) {
        const shown = VERBOSE ? failures : failures.slice(0, 3);
        const more = failures.length - shown.length;
        assert.fail(
          `${failures.length}/${rels.length} snippets differ:\n${shown.join("\n")}` +
            (more > 0
              ? `\n... and ${more} more (CORPUS_VERBOSE=1 shows all):\n  ${failures
                  .slice(3)
                  .map((f) => f.split("\n")[0])
                  .join("\n  ")}`
              : ""),
        );
      }
    });
  }
  t.diagnostic(
    `corpus: ${identical}/${total} identical (${knownFailing} known failures listed in tests/parser/known_failures.txt)`,
  );
});

after(() => {
  console.log(`corpus: ${identical}/${total} identical (${knownFailing} known failures)`);
});
