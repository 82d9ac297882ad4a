// Runs the conformance suite (tests/conformance, same harness as tests/conformance.test.mjs) and prints the
// pass counts per area and the failing cases with their first difference.
//
//   node tools/conformance_status.mjs [FILTER] [--write-known-failures] [--quiet]
//
// FILTER (or the CONFORMANCE_FILTER variable) keeps the cases whose id ("area/name") contains it.
// --write-known-failures rewrites tests/conformance/known_failures.txt to exactly the failing cases (with a
// filter, the entries of cases that were not run are kept as they are). --quiet omits the failure list.

import * as fs from "node:fs";

import {
  BUNDLE,
  defaultConcurrency,
  discoverCases,
  KNOWN_FAILURES_FILE,
  readKnownFailures,
  runSuite,
  writeKnownFailures,
} from "../tests/conformance/harness.mjs";

const argv = process.argv.slice(2);
const write = argv.includes("--write-known-failures");
const quiet = argv.includes("--quiet");
const unknown = argv.filter((a) => a.startsWith("-") && a !== "--write-known-failures" && a !== "--quiet");
if (unknown.length) {
  console.error(
    `unknown option ${unknown[0]}\nusage: node tools/conformance_status.mjs [FILTER] [--write-known-failures] [--quiet]`,
  );
  process.exit(2);
}
const filter = argv.find((a) => !a.startsWith("-")) ?? (process.env.CONFORMANCE_FILTER || null);

if (!fs.existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first`);
  process.exit(2);
}

const cases = discoverCases(filter);
let done = 0;
const progress = process.stderr.isTTY;
const results = await runSuite(cases, {
  concurrency: defaultConcurrency(),
  onResult: () => {
    done++;
    if (progress) process.stderr.write(`\r${done}/${cases.length}`);
  },
});
if (progress) process.stderr.write("\r\x1b[K");

const known = readKnownFailures();
const areas = new Map();
for (const r of results) {
  const a = areas.get(r.case.area) ?? { pass: 0, total: 0 };
  a.total++;
  if (r.ok) a.pass++;
  areas.set(r.case.area, a);
}
const width = Math.max(...[...areas.keys()].map((a) => a.length), 5);
console.log(`${"area".padEnd(width)}  pass / total`);
for (const [area, { pass, total }] of areas) {
  console.log(`${area.padEnd(width)}  ${String(pass).padStart(4)} / ${total}`);
}
const failing = results.filter((r) => !r.ok);
const passing = results.filter((r) => r.ok);
console.log(`${"total".padEnd(width)}  ${String(passing.length).padStart(4)} / ${results.length}`);

if (!quiet && failing.length) {
  console.log(`\nfailing (${failing.length}):`);
  for (const r of failing) {
    const mark = known.has(r.case.id) ? "" : "  [NOT in known_failures.txt]";
    console.log(`  ${r.case.id}${mark}\n      ${r.problem}`);
  }
}
const fixed = passing.filter((r) => known.has(r.case.id)).map((r) => r.case.id);
if (fixed.length && !write) {
  console.log(`\nnow passing but listed in known_failures.txt (${fixed.length}):`);
  for (const id of fixed) console.log(`  ${id}`);
}

if (write) {
  const ran = new Set(results.map((r) => r.case.id));
  const existing = new Set(discoverCases().map((c) => c.id));
  const ids = new Set(failing.map((r) => r.case.id));
  for (const id of known) if (!ran.has(id) && existing.has(id)) ids.add(id);
  writeKnownFailures(ids);
  console.log(`\nwrote ${ids.size} entries to ${KNOWN_FAILURES_FILE}`);
}
console.log(`conformance: ${passing.length}/${results.length} identical`);
