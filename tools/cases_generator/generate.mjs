#!/usr/bin/env node
// tools/cases_generator: reads src/vm/bytecodes.def (the instruction definitions) and writes
//   src/generated/opcode_metadata.ts  numbers, names, inline cache sizes, stack effects, flags
//   src/generated/ceval.ts            the Tier 1 eval loop: src/vm/ceval.ts.in with one case per instruction
// Usage: node tools/cases_generator/generate.mjs [--check]   (`npm run regen` runs it)
// Opcode numbers are CPython 3.13's (a fact, kept in opcode_numbers.json) so that bytecode, dis output and
// specialization stats line up with CPython's; an instruction CPython lacks gets the next free number.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DEF = join(ROOT, "src", "vm", "bytecodes.def");
const TEMPLATE = join(ROOT, "src", "vm", "ceval.ts.in");
const OUT_META = join(ROOT, "src", "generated", "opcode_metadata.ts");
const OUT_CEVAL = join(ROOT, "src", "generated", "ceval.ts");
const NUMBERS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "opcode_numbers.json"), "utf8"));

// ---------------------------------------------------------------------------------------------------
// Parsing the definitions

class Lexer {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }
  error(msg) {
    const line = this.text.slice(0, this.pos).split("\n").length;
    throw new Error(`bytecodes.def:${line}: ${msg}`);
  }
  skipSpace() {
    for (;;) {
      const rest = this.text.slice(this.pos);
      const m = /^(\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/.exec(rest);
      if (!m) return;
      this.pos += m[0].length;
    }
  }
  atEnd() {
    this.skipSpace();
    return this.pos >= this.text.length;
  }
  ident() {
    this.skipSpace();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos));
    if (!m) this.error("identifier expected");
    this.pos += m[0].length;
    return m[0];
  }
  expect(s) {
    this.skipSpace();
    if (!this.text.startsWith(s, this.pos)) this.error(`'${s}' expected`);
    this.pos += s.length;
  }
  peek(s) {
    this.skipSpace();
    return this.text.startsWith(s, this.pos);
  }
  /** Text up to the matching close bracket (the open one already consumed), skipping strings/comments. */
  balanced(open, close) {
    let depth = 1;
    const start = this.pos;
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === '"' || c === "'" || c === "`") {
        this.pos++;
        while (this.pos < t.length && t[this.pos] !== c) {
          if (t[this.pos] === "\\") this.pos++;
          this.pos++;
        }
        this.pos++;
        continue;
      }
      if (c === "/" && t[this.pos + 1] === "/") {
        while (this.pos < t.length && t[this.pos] !== "\n") this.pos++;
        continue;
      }
      if (c === "/" && t[this.pos + 1] === "*") {
        this.pos = t.indexOf("*/", this.pos) + 2;
        continue;
      }
      if (c === open) depth++;
      else if (c === close && --depth === 0) {
        const s = t.slice(start, this.pos);
        this.pos++;
        return s;
      }
      this.pos++;
    }
    this.error(`unbalanced '${open}'`);
  }
}

/** `name`, `name/2`, `name[expr]`, `name if (cond)` */
function parseItem(text) {
  const s = text.trim();
  let m = /^([A-Za-z_]\w*)\s*\/\s*(\d+)$/.exec(s);
  if (m) return { name: m[1], cache: Number(m[2]) };
  m = /^([A-Za-z_]\w*)\s*\[(.+)\]$/.exec(s);
  if (m) return { name: m[1], size: m[2].trim(), array: true, cond: null };
  m = /^([A-Za-z_]\w*)\s+if\s*\((.+)\)$/.exec(s);
  if (m) return { name: m[1], size: null, array: false, cond: m[2].trim() };
  m = /^([A-Za-z_]\w*)$/.exec(s);
  if (m) return { name: m[1], size: null, array: false, cond: null };
  throw new Error(`bad stack item '${s}'`);
}

function splitTopLevel(s) {
  const out = [];
  let depth = 0;
  let cur = "";
  for (const c of s) {
    if (c === "(" || c === "[") depth++;
    if (c === ")" || c === "]") depth--;
    if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

function parseDefs(text) {
  const lx = new Lexer(text);
  const insts = [];
  const pseudos = [];
  while (!lx.atEnd()) {
    const kind = lx.ident();
    if (kind === "inst") {
      lx.expect("(");
      const name = lx.ident();
      lx.expect(",");
      lx.expect("(");
      const effect = lx.balanced("(", ")");
      lx.expect(")");
      lx.expect("{");
      const body = lx.balanced("{", "}");
      const [ins, outs] = effect.split("--");
      if (outs === undefined) lx.error(`${name}: stack effect needs '--'`);
      const inputs = splitTopLevel(ins).map(parseItem);
      const caches = inputs.filter((i) => i.cache !== undefined);
      insts.push({
        name,
        caches: caches.reduce((a, c) => a + c.cache, 0),
        inputs: inputs.filter((i) => i.cache === undefined),
        outputs: splitTopLevel(outs).map(parseItem),
        body,
      });
    } else if (kind === "pseudo") {
      lx.expect("(");
      const name = lx.ident();
      lx.expect(")");
      lx.expect("=");
      lx.expect("{");
      const targets = lx
        .balanced("{", "}")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      lx.expect(";");
      pseudos.push({ name, targets });
    } else lx.error(`unknown definition kind '${kind}'`);
  }
  return { insts, pseudos };
}

// ---------------------------------------------------------------------------------------------------
// Stack effects as expressions of `oparg`

function sizeExpr(item) {
  if (item.array) return `(${item.size})`;
  if (item.cond) return `((${item.cond}) ? 1 : 0)`;
  return "1";
}

/** Sum of item sizes as a simplified JS expression. */
function sumExpr(items) {
  let k = 0;
  const terms = [];
  for (const it of items) {
    const e = sizeExpr(it);
    if (e === "1") k++;
    else terms.push(e);
  }
  if (k !== 0 || terms.length === 0) terms.push(String(k));
  return terms.join(" + ");
}

// ---------------------------------------------------------------------------------------------------
// Metadata

function flagsOf(inst) {
  const b = inst.body;
  return {
    hasConst: /consts\[oparg\]/.test(b),
    hasName: /names\[oparg/.test(b),
    hasJump: /JUMPBY\(-?oparg/.test(b),
    // Cell/free-variable instructions use `.contents` or create cells (COPY_FREE_VARS's oparg is a count).
    hasFree: /\.contents|R\.PyCell\(/.test(b),
    hasLocal: /L\[oparg( >> 4)?\]/.test(b) && !/contents|R\.PyCell\(/.test(b),
  };
}

function genMetadata(defs) {
  const numbers = { ...NUMBERS };
  let next = 119;
  const used = new Set(Object.values(numbers));
  for (const inst of defs.insts) {
    if (numbers[inst.name] === undefined) {
      while (used.has(next)) next++;
      numbers[inst.name] = next;
      used.add(next);
    }
  }
  const byName = new Map(defs.insts.map((i) => [i.name, i]));
  const lines = [];
  lines.push("// GENERATED by tools/cases_generator/generate.mjs from src/vm/bytecodes.def. Do not edit.");
  lines.push("// Opcode numbers are CPython 3.13's; `npm run regen` rewrites this file.");
  lines.push("");
  const entries = Object.entries(numbers).sort((a, b) => a[1] - b[1]);
  for (const [name, num] of entries) lines.push(`export const ${name} = ${num};`);
  lines.push("");
  lines.push("export const HAVE_ARGUMENT = 44;");
  lines.push("export const MIN_INSTRUMENTED_OPCODE = 236;");
  lines.push("export const MIN_PSEUDO_OPCODE = 256;");
  lines.push("");
  lines.push("export const opmap: Readonly<Record<string, number>> = {");
  for (const [name, num] of entries) lines.push(`  ${name}: ${num},`);
  lines.push("};");
  lines.push("");
  const maxOp = Math.max(...entries.map((e) => e[1]));
  const size = maxOp + 1;
  lines.push(`/** Index → name; "<N>" for unassigned numbers (as CPython's dis.opname). */`);
  lines.push(`export const opname: readonly string[] = Array.from({ length: ${size} }, (_, i) => \`<\${i}>\`);`);
  lines.push("for (const [name, num] of Object.entries(opmap)) (opname as string[])[num] = name;");
  lines.push("");
  const caches = new Array(size).fill(0);
  const flags = { hasArg: [], hasConst: [], hasName: [], hasJump: [], hasFree: [], hasLocal: [], hasExc: [] };
  const defined = [];
  for (const inst of defs.insts) {
    const n = numbers[inst.name];
    defined.push(n);
    caches[n] = inst.caches;
    const f = flagsOf(inst);
    if (n > 44 && n < 256) flags.hasArg.push(n); // HAVE_ARGUMENT is 44, but WITH_EXCEPT_START (44) has none
    for (const k of ["hasConst", "hasName", "hasJump", "hasFree", "hasLocal"]) if (f[k]) flags[k].push(n);
  }
  // Pseudo-instructions take their flags from the real instructions they become; the SETUP_* ones
  // carry the exception-handler target.
  for (const p of defs.pseudos) {
    const n = numbers[p.name];
    flags.hasArg.push(n);
    defined.push(n);
    if (p.name.startsWith("SETUP_")) {
      flags.hasExc.push(n);
      continue;
    }
    if (p.name.startsWith("JUMP")) flags.hasJump.push(n);
    else if (p.name === "LOAD_CLOSURE" || p.name === "STORE_FAST_MAYBE_NULL") flags.hasLocal.push(n);
    else if (p.name !== "POP_BLOCK") flags.hasName.push(n);
  }
  flags.hasArg = flags.hasArg.filter((n) => !defs.pseudos.some((p) => numbers[p.name] === n && p.name === "POP_BLOCK"));
  lines.push("/** Inline cache units after each instruction (CPython's _PyOpcode_Caches). */");
  lines.push(`export const inlineCacheEntries: Uint8Array = Uint8Array.from([${caches.join(", ")}]);`);
  lines.push("");
  lines.push("/** Opcodes this VM defines (others are CPython's specialized/instrumented forms, not yet ours). */");
  lines.push(
    `export const definedOpcodes: ReadonlySet<number> = new Set([${defined.sort((a, b) => a - b).join(", ")}]);`,
  );
  lines.push("");
  for (const [k, list] of Object.entries(flags)) {
    lines.push(`const ${k}Set = new Set([${[...new Set(list)].sort((a, b) => a - b).join(", ")}]);`);
    lines.push(`export function ${k}(op: number): boolean {`);
    lines.push(`  return ${k}Set.has(op);`);
    lines.push("}");
  }
  lines.push("");
  // Stack effects
  lines.push("/** Stack items popped by an instruction (CPython's _PyOpcode_num_popped); -1 if unknown. */");
  lines.push("export function numPopped(op: number, oparg: number): number {");
  lines.push("  switch (op) {");
  for (const inst of defs.insts) lines.push(`    case ${inst.name}: return ${sumExpr(inst.inputs)};`);
  lines.push("    default: return -1;");
  lines.push("  }");
  lines.push("}");
  lines.push("");
  lines.push("/** Stack items pushed by an instruction (CPython's _PyOpcode_num_pushed); -1 if unknown. */");
  lines.push("export function numPushed(op: number, oparg: number): number {");
  lines.push("  switch (op) {");
  for (const inst of defs.insts) lines.push(`    case ${inst.name}: return ${sumExpr(inst.outputs)};`);
  lines.push("    default: return -1;");
  lines.push("  }");
  lines.push("}");
  lines.push("");
  lines.push("/**");
  lines.push(" * `dis.stack_effect(op, oparg, jump=jump)` of CPython 3.13, pseudo-instructions included. Throws on");
  lines.push(" * an opcode that has no stack effect (an undefined one).");
  lines.push(" */");
  lines.push("export function stackEffect(op: number, oparg: number, jump?: boolean): number {");
  lines.push("  switch (op) {");
  lines.push("    case SETUP_FINALLY: case SETUP_WITH: return jump === false ? 0 : 1;");
  lines.push("    case SETUP_CLEANUP: return jump === false ? 0 : 2;");
  lines.push("    case POP_BLOCK: case JUMP: case JUMP_NO_INTERRUPT: return 0;");
  lines.push("    case LOAD_CLOSURE: return 1;");
  lines.push("    case STORE_FAST_MAYBE_NULL: return -1;");
  lines.push("    case LOAD_METHOD: return 1;");
  lines.push("    case LOAD_SUPER_METHOD: case LOAD_ZERO_SUPER_METHOD: case LOAD_ZERO_SUPER_ATTR: return -1;");
  lines.push("  }");
  lines.push("  const popped = numPopped(op, oparg);");
  lines.push("  const pushed = numPushed(op, oparg);");
  lines.push('  if (popped < 0 || pushed < 0) throw new RangeError("invalid opcode or oparg");');
  lines.push("  return pushed - popped;");
  lines.push("}");
  lines.push("");
  // Pseudo targets
  lines.push("/** What each pseudo-instruction may become. */");
  lines.push("export const pseudoTargets: Readonly<Record<string, readonly string[]>> = {");
  for (const p of defs.pseudos) lines.push(`  ${p.name}: [${p.targets.map((t) => JSON.stringify(t)).join(", ")}],`);
  lines.push("};");
  return { text: lines.join("\n") + "\n", numbers, byName };
}

// ---------------------------------------------------------------------------------------------------
// Eval loop cases

const SAVE_FRAME = "frame.ip = ip; frame.sp = sp; frame.lasti = here;";
const LOAD_FRAME =
  "code = frame.instrs; L = frame.localsplus; ip = frame.ip; sp = frame.sp; consts = frame.consts; names = frame.names; ts.current = frame;";

function expandMacros(body) {
  return body
    .replace(/\bJUMPBY\(([^;]*)\);/g, "ip += $1;")
    .replace(/\bSAVE_FRAME\(\);/g, SAVE_FRAME)
    .replace(/\bLOAD_FRAME\(\);/g, LOAD_FRAME)
    .replace(/\bSWITCH_FRAME\(\);/g, LOAD_FRAME)
    .replace(/\bRERAISE\(([^;]*)\);/g, "{ reraise = true; throw $1; }")
    .replace(
      /\bRETURN\(([^;]*)\);/g,
      `{ let $rv = $1; const $f = frame; R.framePop(ts, $f); if ($f === entry) return $rv; frame = $f.previous!; $f.previous = null; ${LOAD_FRAME} if ($f.initSelf !== null) { if ($rv !== R.None) { here = frame.lasti; throw R.initReturnedNonNone($rv); } $rv = $f.initSelf; } else if ($f.binop !== 0 && $rv === R.NotImplemented) { here = frame.lasti; $rv = R.binopFallback($f.binLhs, $f.binRhs, $f.binop - 1); } ip += frame.returnOffset; L[sp - 1] = $rv; continue; }`,
    )
    .replace(
      /\bYIELD\(([^;]*)\);/g,
      `{ const $yv = $1; frame.ip = ip; frame.sp = sp; frame.lasti = here; const $f = frame; R.genYieldFrame(ts, $f); if ($f === entry) return $yv; frame = $f.previous!; $f.previous = null; ${LOAD_FRAME} L[sp - 1] = $yv; continue; }`,
    );
}

function indent(text, n) {
  const pad = " ".repeat(n);
  return text
    .split("\n")
    .map((l) => (l.trim() ? pad + l : ""))
    .join("\n");
}

/** Dedent a body to column 0. */
function dedent(body) {
  const lines = body.replace(/^\n+|\s+$/g, "").split("\n");
  const min = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(Number.isFinite(min) ? min : 0)).join("\n");
}

function genCase(inst, numbers) {
  const out = [];
  // Numeric literals, so V8 can compile the dispatch switch to a jump table.
  out.push(`case ${numbers[inst.name]}: /* ${inst.name} */ {`);
  if (inst.caches) out.push(`  ip += ${inst.caches};`);
  const nIn = sumExpr(inst.inputs);
  const needBase = inst.inputs.length > 0 || inst.outputs.length > 0;
  if (needBase) out.push(`  const $base = sp - (${nIn});`);
  // Inputs
  let pos = [];
  const inPos = new Map();
  for (const it of inst.inputs) {
    const at = pos.length ? `$base + ${pos.join(" + ")}` : "$base";
    inPos.set(it.name, { at, it });
    if (it.name !== "unused") {
      if (it.array) out.push(`  const ${it.name} = ${at};`);
      else if (it.cond) out.push(`  const ${it.name} = (${it.cond}) ? L[${at}] : undefined;`);
      else out.push(`  const ${it.name} = L[${at}];`);
    }
    pos.push(sizeExpr(it));
  }
  // Outputs declared (those not simply kept in place)
  const outWrites = [];
  pos = [];
  for (const it of inst.outputs) {
    const at = pos.length ? `$base + ${pos.join(" + ")}` : "$base";
    const same = inPos.get(it.name);
    const inPlace = it.name === "unused" || (same && same.at === at);
    if (!inPlace) {
      if (!same) out.push(`  let ${it.name}: any;`);
      if (it.array) throw new Error(`${inst.name}: array outputs must stay in place`);
      if (it.cond) outWrites.push(`  if (${it.cond}) L[${at}] = ${it.name};`);
      else outWrites.push(`  L[${at}] = ${it.name};`);
    }
    pos.push(sizeExpr(it));
  }
  const body = expandMacros(dedent(inst.body));
  if (body.trim()) out.push(indent(body, 2));
  out.push(...outWrites);
  if (needBase) {
    const nOut = sumExpr(inst.outputs);
    if (nOut !== nIn) out.push(`  sp = $base + ${nOut};`);
  }
  out.push("  continue;");
  out.push("}");
  return out.join("\n");
}

function genCeval(defs, numbers) {
  const tmpl = readFileSync(TEMPLATE, "utf8");
  const marker = "/* %%CASES%% */";
  if (!tmpl.includes(marker)) throw new Error("ceval.ts.in lacks the cases marker");
  const cases = defs.insts
    .filter((i) => i.name !== "EXTENDED_ARG")
    .map((i) => genCase(i, numbers))
    .join("\n");
  const lines = tmpl.split("\n");
  const idx = lines.findIndex((l) => l.includes(marker));
  const pad = lines[idx].match(/^ */)[0].length;
  lines[idx] = indent(cases, pad);
  return (
    "// GENERATED by tools/cases_generator/generate.mjs from src/vm/ceval.ts.in and src/vm/bytecodes.def.\n" +
    "// Do not edit; `npm run regen` rewrites this file.\n" +
    lines.join("\n").replace(/^\/\/ TEMPLATE[^\n]*\n/, "")
  );
}

// ---------------------------------------------------------------------------------------------------

const defs = parseDefs(readFileSync(DEF, "utf8"));
const meta = genMetadata(defs);
const ceval = genCeval(defs, meta.numbers);
const check = process.argv.includes("--check");
let stale = false;
for (const [path, text] of [
  [OUT_META, meta.text],
  [OUT_CEVAL, ceval],
]) {
  let old = null;
  try {
    old = readFileSync(path, "utf8");
  } catch {}
  if (old !== text) {
    if (check) {
      console.error(`${path} is stale: run npm run regen`);
      stale = true;
    } else writeFileSync(path, text);
  }
}
if (stale) process.exit(1);
