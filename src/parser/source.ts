// Source decoding as CPython's tokenizer does it: a UTF-8 BOM, a PEP 263 coding declaration on line
// 1 or 2, UTF-8 by default; errors are SyntaxErrors with CPython's messages.

import { PySyntaxError } from "./errors.js";

const CODING_RE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's normalisation of encoding names in the tokenizer (get_normal_name). */
function normalName(s: string): string {
  const l = s.toLowerCase().replace(/_/g, "-");
  if (l === "utf-8" || l.startsWith("utf-8-")) return "utf-8";
  for (const p of ["latin-1", "iso-8859-1", "iso-latin-1"]) {
    if (l === p || l.startsWith(`${p}-`)) return "iso-8859-1";
  }
  return s;
}

function lineAt(bytes: Uint8Array, start: number): [number, number] {
  let e = start;
  while (e < bytes.length && bytes[e] !== 10 && bytes[e] !== 13) e++;
  return [start, e];
}

function asciiLine(bytes: Uint8Array, s: number, e: number): string {
  let out = "";
  for (let i = s; i < e; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

const LABELS: Record<string, string> = {
  "iso-8859-1": "latin1",
  latin1: "latin1",
  ascii: "ascii",
  "us-ascii": "ascii",
  cp1252: "windows-1252",
  "koi8-r": "koi8-r",
  "koi8-u": "koi8-u",
};

function decoderFor(name: string): InstanceType<typeof TextDecoder> | null {
  const n = name.toLowerCase().replace(/_/g, "-");
  const label = LABELS[n] ?? n;
  try {
    // iso-8859-1 in WHATWG is windows-1252; CPython's latin-1 is a 1:1 byte map, done by hand below.
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null;
  }
}

function latin1(bytes: Uint8Array, start: number): string {
  const parts: string[] = [];
  for (let i = start; i < bytes.length; i += 8192) {
    parts.push(String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length))));
  }
  return parts.join("");
}

export function decodeSource(bytes: Uint8Array, filename: string): string {
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  let encoding: string | null = null;
  let line = 1;
  let p = start;
  for (let i = 0; i < 2 && p < bytes.length; i++) {
    const [s, e] = lineAt(bytes, p);
    const text = asciiLine(bytes, s, e);
    const m = CODING_RE.exec(text);
    if (m) {
      encoding = m[1];
      line = i + 1;
      break;
    }
    // Only a comment/blank first line lets the second one declare the encoding.
    if (!/^[ \t\f]*(#.*)?$/.test(text)) break;
    p = e < bytes.length && bytes[e] === 13 && bytes[e + 1] === 10 ? e + 2 : e + 1;
  }
  if (encoding !== null) {
    const norm = normalName(encoding);
    if (bom && norm !== "utf-8") {
      throw new PySyntaxError("SyntaxError", `encoding problem: ${encoding} with BOM`, filename, 0, 0, null, 0, 0);
    }
    if (norm !== "utf-8") {
      if (norm === "iso-8859-1") return latin1(bytes, start);
      const dec = decoderFor(norm);
      if (!dec) {
        throw new PySyntaxError("SyntaxError", `unknown encoding: ${encoding}`, filename, 0, 0, null, 0, 0);
      }
      try {
        return dec.decode(bytes.subarray(start));
      } catch {
        throw new PySyntaxError("SyntaxError", `(unicode error) '${encoding}' codec can't decode bytes`, filename, line, 0, null, 0, 0);
      }
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw utf8Error(bytes, start, filename);
  }
}

/** "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte" on its line. */
function utf8Error(bytes: Uint8Array, start: number, filename: string): PySyntaxError {
  let lineno = 1;
  let ls = start;
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i];
    if (b === 10) {
      lineno++;
      ls = i + 1;
      i++;
      continue;
    }
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else {
      return new PySyntaxError(
        "SyntaxError",
        `(unicode error) 'utf-8' codec can't decode byte 0x${b.toString(16)} in position ${i - ls}: invalid start byte`,
        filename,
        lineno,
        0,
        null,
        0,
        0,
      );
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
    }
    if (!ok) {
      return new PySyntaxError(
        "SyntaxError",
        `(unicode error) 'utf-8' codec can't decode byte 0x${b.toString(16)} in position ${i - ls}: invalid continuation byte`,
        filename,
        lineno,
        0,
        null,
        0,
        0,
      );
    }
    i += need + 1;
  }
  return new PySyntaxError("SyntaxError", "(unicode error) 'utf-8' codec can't decode bytes", filename, lineno, 0, null, 0, 0);
}
