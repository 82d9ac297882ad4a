// Code objects from the JSON that tools/oracle/dump_code.py writes with CPython 3.13.
//
// That script compiles a file with CPython and writes one JSON document per file:
//   {"file": FILENAME, "codes": [CODE, ...]}      (or {"file", "error": [...]} when it does not compile)
// where "codes" lists every code object in preorder: the module's first, then each code object found in
// its co_consts, recursively, in constant order. In a CODE, "code" holds the code units (`opcode |
// oparg << 8`), constants are tagged {"t": TYPE, "v": VALUE}, and a nested code object appears among the
// constants as {"t": "code", "v": QUALNAME}: it is the next unused entry of "codes" (qualnames need not
// be unique, two lambdas of one scope share theirs). `codeFromDump` rebuilds the PyCode tree, unit for
// unit, so that `dis` output and the VM can be tested on code CPython compiled.

import { PyBytes } from "../objects/bytes.js";
import { PyCode } from "../objects/code.js";
import { PyComplex } from "../objects/complex.js";
import { PyFloat } from "../objects/float.js";
import type { PyObject } from "../objects/object.js";
import { PyFrozenSet } from "../objects/set.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { strFromCodePoints } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";

/** A constant as dump_code.py writes it. Floats are `float.hex()` text ("0x1.8p+0", "inf", "nan"). */
export type ConstJson =
  | { t: "None" }
  | { t: "Ellipsis" }
  | { t: "bool"; v: boolean }
  | { t: "int"; v: string }
  | { t: "float"; v: string }
  | { t: "complex"; v: [string, string] }
  | { t: "str"; v: string | number[] }
  | { t: "bytes"; v: number[] }
  | { t: "tuple"; v: ConstJson[] }
  | { t: "frozenset"; v: ConstJson[] }
  | { t: "code"; v: string };

/** A code object as dump_code.py writes it (one entry of "codes"). */
export interface CodeJson {
  name: string;
  qualname: string;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  firstlineno: number;
  /** Code units `opcode | oparg << 8`, inline caches included (zero). */
  code: number[];
  consts: ConstJson[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: number[];
  linetable: number[];
  exceptiontable: number[];
  /** co_filename when it differs from the document's "file" (optional). */
  filename?: string;
}

/** One document of dump_code.py's output. */
export interface DumpJson {
  file: string;
  codes?: CodeJson[];
  /** [type, msg, lineno, offset, end_lineno, end_offset] when CPython could not compile the file. */
  error?: [string, string, number | null, number | null, number | null, number | null];
}

/** An int from its decimal text: a number within ±(2^53−1), else a bigint (docs/DESIGN.md, "Values"). */
export function intFromDecimal(text: string): number | bigint {
  const big = BigInt(text);
  if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(big);
  return big;
}

const HEX_FLOAT = /^([-+]?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([-+]?\d+)$/i;

/**
 * A float from `float.hex()` text ("0x1.8000000000000p+0", "-0x0.0p+0", "inf", "-inf", "nan"); plain
 * decimal text ("1.5", "1e+16") is accepted too.
 */
export function floatFromText(text: string): number {
  switch (text) {
    case "inf":
    case "+inf":
      return Infinity;
    case "-inf":
      return -Infinity;
    case "nan":
    case "-nan":
      return NaN;
  }
  const m = HEX_FLOAT.exec(text);
  if (m) {
    const digits = (m[2]! + (m[3] ?? "")).replace(/^0+(?=.)/, "");
    const fracBits = 4 * (m[3] ?? "").length;
    let exp = Number(m[4]) - fracBits;
    // Mantissas of float.hex() output have at most 53 significant bits, so this is exact.
    let v = Number(BigInt("0x" + digits));
    // Scale in steps that stay within the normal range so that no step rounds.
    while (exp > 1000) {
      v *= 2 ** 1000;
      exp -= 1000;
    }
    while (exp < -1000) {
      v *= 2 ** -1000;
      exp += 1000;
    }
    v *= 2 ** exp;
    return m[1] === "-" ? -v : v;
  }
  const v = Number(text);
  if (Number.isNaN(v) || text.trim() === "") throw new Error(`code_json: bad float ${JSON.stringify(text)}`);
  return v;
}

/** Builds the constants and nested code objects of a dump, consuming "codes" in preorder. */
class DumpReader {
  private next = 0;
  constructor(
    private readonly codes: CodeJson[],
    private readonly file: string,
  ) {}

  read(): PyCode {
    const j = this.codes[this.next++];
    if (j === undefined) throw new Error("code_json: fewer code objects than the constants refer to");
    if (j.localsplusnames.length !== j.localspluskinds.length) {
      throw new Error(`code_json: ${j.qualname}: localsplusnames and localspluskinds differ in length`);
    }
    const consts = j.consts.map((c) => this.constant(c));
    return new PyCode(
      j.argcount,
      j.posonlyargcount,
      j.kwonlyargcount,
      j.stacksize,
      j.flags,
      Uint16Array.from(j.code),
      consts,
      j.names.slice(),
      j.localsplusnames.slice(),
      Uint8Array.from(j.localspluskinds),
      j.filename ?? this.file,
      j.name,
      j.qualname,
      j.firstlineno,
      Uint8Array.from(j.linetable),
      Uint8Array.from(j.exceptiontable),
    );
  }

  get remaining(): number {
    return this.codes.length - this.next;
  }

  constant(c: ConstJson): PyObject {
    switch (c.t) {
      case "None":
        return None;
      case "Ellipsis":
        return Ellipsis;
      case "bool":
        return c.v;
      case "int":
        return intFromDecimal(c.v);
      case "float":
        return new PyFloat(floatFromText(c.v));
      case "complex":
        return new PyComplex(floatFromText(c.v[0]), floatFromText(c.v[1]));
      case "str":
        return typeof c.v === "string" ? c.v : strFromCodePoints(c.v);
      case "bytes":
        return new PyBytes(Uint8Array.from(c.v));
      case "tuple":
        return new PyTuple(c.v.map((x) => this.constant(x)));
      case "frozenset":
        return new PyFrozenSet(c.v.map((x) => this.constant(x)));
      case "code": {
        const code = this.read();
        if (code.co_qualname !== c.v) {
          throw new Error(`code_json: expected code object ${c.v}, found ${code.co_qualname}`);
        }
        return code;
      }
      default:
        throw new Error(`code_json: unknown constant type ${JSON.stringify((c as { t: unknown }).t)}`);
    }
  }
}

/** The module code object (with all nested ones) of one dump_code.py document. */
export function codeFromDump(doc: DumpJson): PyCode {
  if (!doc.codes) throw new Error(`code_json: ${doc.file}: no code (${doc.error?.slice(0, 2).join(": ")})`);
  const reader = new DumpReader(doc.codes, doc.file);
  const code = reader.read();
  if (reader.remaining) throw new Error(`code_json: ${doc.file}: ${reader.remaining} code objects left over`);
  return code;
}

/** The documents of dump_code.py's output (one JSON document per line). */
export function parseDump(text: string): DumpJson[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as DumpJson);
}

/** `codeFromDump` of the only document in `text`. */
export function codeFromDumpText(text: string): PyCode {
  const docs = parseDump(text);
  if (docs.length !== 1) throw new Error(`code_json: expected one document, found ${docs.length}`);
  return codeFromDump(docs[0]!);
}
