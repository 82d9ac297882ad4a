// Source bytes -> str: BOM, PEP 263 coding cookies, and the codecs CPython knows by name.
//
// - `lookupCodec(name)` follows `codecs.lookup` (Python/codecs.c `normalizestring`, then
//   Lib/encodings/__init__.py `normalize_encoding` + `aliases`): the names and aliases below are
//   those of CPython 3.13's `encodings` package. Decoding uses our own UTF-8, ASCII and Latin-1
//   decoders (error messages as CPython's) and TextDecoder for the other codecs it supports.
// - `getNormalName` is CPython's get_normal_name (Parser/tokenizer/helpers.c), which
//   `tokenize._get_normal_name` imitates.
// - `decodeSource(bytes)` decodes a program the way CPython's tokenizer does for compile(bytes):
//   UTF-8 BOM, a coding cookie on line 1 or 2 (line 2 only when line 1 is blank or a comment).

import { PySyntaxError } from "./errors.js";
import { byteToCharOffset } from "./tokenizer.js";

/** A decoding failure, with the fields of Python's UnicodeDecodeError. */
export class CodecError extends Error {
  constructor(
    public encoding: string,
    public object: Uint8Array,
    public start: number,
    public end: number,
    public reason: string,
  ) {
    super(unicodeDecodeErrorMessage(encoding, object, start, end, reason));
  }
}

/** `str(UnicodeDecodeError)` as CPython writes it. */
export function unicodeDecodeErrorMessage(
  encoding: string,
  object: Uint8Array,
  start: number,
  end: number,
  reason: string,
): string {
  if (end === start + 1) {
    const b = object[start]!.toString(16).padStart(2, "0");
    return `'${encoding}' codec can't decode byte 0x${b} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

export type DecodeErrors = "strict" | "replace";

export interface Codec {
  /** `codecs.lookup(name).name`, e.g. "utf-8", "iso8859-1", "cp1252". */
  readonly name: string;
  /** Decodes all of `bytes`; "strict" throws a CodecError, "replace" writes U+FFFD. */
  decode(bytes: Uint8Array, errors: DecodeErrors): string;
}

// ---- UTF-8, ASCII, Latin-1 ---------------------------------------------------------------------

/** UTF-8 as CPython decodes it (maximal invalid subparts become one U+FFFD each with "replace"). */
export function decodeUtf8(bytes: Uint8Array, errors: DecodeErrors, name = "utf-8"): string {
  const n = bytes.length;
  let i = 0;
  // Fast path: ASCII prefix.
  while (i < n && bytes[i]! < 0x80) i++;
  if (i === n) return latin1(bytes, 0, n);
  const parts: string[] = [latin1(bytes, 0, i)];
  const codes: number[] = [];
  const flush = (): void => {
    if (codes.length) {
      parts.push(String.fromCodePoint(...codes));
      codes.length = 0;
    }
  };
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      codes.push(b);
      i++;
    } else {
      let need = 0;
      let lo = 0x80;
      let hi = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        if (b === 0xe0) lo = 0xa0;
        else if (b === 0xed) hi = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        if (b === 0xf0) lo = 0x90;
        else if (b === 0xf4) hi = 0x8f;
      }
      let reason = "";
      let bad = 1; // bytes in the invalid subpart
      if (need === 0) reason = "invalid start byte";
      else {
        let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        let k = 1;
        for (; k <= need; k++) {
          if (i + k >= n) {
            reason = "unexpected end of data";
            bad = k;
            break;
          }
          const c = bytes[i + k]!;
          if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) {
            reason = "invalid continuation byte";
            bad = k;
            break;
          }
          cp = (cp << 6) | (c & 0x3f);
        }
        if (!reason) {
          codes.push(cp);
          i += need + 1;
          if (codes.length > 4096) flush();
          continue;
        }
      }
      if (errors === "strict") {
        // CPython reports the first byte only, except for a truncated sequence at the end.
        const end = reason === "unexpected end of data" ? n : i + 1;
        throw new CodecError(name, bytes, i, end, reason);
      }
      codes.push(0xfffd);
      i += bad;
    }
    if (codes.length > 4096) flush();
  }
  flush();
  return parts.join("");
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  }
  return s;
}

function decodeAscii(bytes: Uint8Array, errors: DecodeErrors): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80) {
      if (errors === "strict") throw new CodecError("ascii", bytes, i, i + 1, "ordinal not in range(128)");
      out[i] = 0xfffd;
    } else out[i] = b;
  }
  let s = "";
  for (let i = 0; i < out.length; i += 8192) s += String.fromCharCode(...out.subarray(i, i + 8192));
  return s;
}

// Windows-1252 above 0x7f: Node's TextDecoder decodes "windows-1252" as Latin-1, so it is done here.
// 0 marks the bytes Python's cp1252 leaves undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(bytes: Uint8Array, errors: DecodeErrors): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    let c = b;
    if (b >= 0x80 && b < 0xa0) {
      c = CP1252_HIGH[b - 0x80]!;
      if (c === 0) {
        if (errors === "strict") {
          throw new CodecError("charmap", bytes, i, i + 1, "character maps to <undefined>");
        }
        c = 0xfffd;
      }
    }
    out[i] = c;
  }
  let s = "";
  for (let i = 0; i < out.length; i += 8192) s += String.fromCharCode(...out.subarray(i, i + 8192));
  return s;
}

// ---- the codec table ---------------------------------------------------------------------------

// CPython 3.13's Lib/encodings modules that are text codecs: module name, `CodecInfo.name`, the
// WHATWG label TextDecoder uses for it ("" = decoded here, "-" = not available), then the aliases
// of Lib/encodings/aliases.py that point to it ("!" marks the bytes-to-bytes codecs, which
// `codecs.lookup` finds but str decoding refuses). The WHATWG decoders of the Windows/ISO code pages
// are supersets of Python's (bytes Python leaves undefined decode to C1 controls instead of failing).
const CODECS = `
ascii ascii  646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii
big5 big5 big5 big5_tw csbig5 x_mac_trad_chinese
big5hkscs big5hkscs big5 big5_hkscs hkscs
cp037 cp037 - 037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039
cp1006 cp1006 -
cp1026 cp1026 - 1026 csibm1026 ibm1026
cp1125 cp1125 - 1125 ibm1125 cp866u ruscii
cp1140 cp1140 - 1140 ibm1140
cp1250 cp1250 windows-1250 1250 windows_1250
cp1251 cp1251 windows-1251 1251 windows_1251
cp1252 cp1252 windows-1252 1252 windows_1252
cp1253 cp1253 windows-1253 1253 windows_1253
cp1254 cp1254 windows-1254 1254 windows_1254
cp1255 cp1255 windows-1255 1255 windows_1255
cp1256 cp1256 windows-1256 1256 windows_1256
cp1257 cp1257 windows-1257 1257 windows_1257
cp1258 cp1258 windows-1258 1258 windows_1258
cp273 cp273 - 273 ibm273 csibm273
cp424 cp424 - 424 csibm424 ebcdic_cp_he ibm424
cp437 cp437 - 437 cspc8codepage437 ibm437
cp500 cp500 - 500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500
cp720 cp720 -
cp737 cp737 -
cp775 cp775 - 775 cspc775baltic ibm775
cp850 cp850 - 850 cspc850multilingual ibm850
cp852 cp852 - 852 cspcp852 ibm852
cp855 cp855 - 855 csibm855 ibm855
cp856 cp856 -
cp857 cp857 - 857 csibm857 ibm857
cp858 cp858 - 858 csibm858 ibm858
cp860 cp860 - 860 csibm860 ibm860
cp861 cp861 - 861 cp_is csibm861 ibm861
cp862 cp862 - 862 cspc862latinhebrew ibm862
cp863 cp863 - 863 csibm863 ibm863
cp864 cp864 - 864 csibm864 ibm864
cp865 cp865 - 865 csibm865 ibm865
cp866 cp866 ibm866 866 csibm866 ibm866
cp869 cp869 - 869 cp_gr csibm869 ibm869
cp874 cp874 windows-874
cp875 cp875 -
cp932 cp932 shift_jis 932 ms932 mskanji ms_kanji windows_31j
cp949 cp949 euc-kr 949 ms949 uhc
cp950 cp950 big5 950 ms950
euc_jis_2004 euc_jis_2004 - jisx0213 eucjis2004 euc_jis2004
euc_jisx0213 euc_jisx0213 - eucjisx0213
euc_jp euc_jp euc-jp eucjp ujis u_jis
euc_kr euc_kr euc-kr euckr korean ksc5601 ks_c_5601 ks_c_5601_1987 ksx1001 ks_x_1001 x_mac_korean
gb18030 gb18030 gb18030 gb18030_2000
gb2312 gb2312 gbk chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese
gbk gbk gbk 936 cp936 ms936
hp_roman8 hp-roman8 - roman8 r8 cshproman8 cp1051 ibm1051
hz hz - hzgb hz_gb hz_gb_2312
idna idna -
iso2022_jp iso2022_jp iso-2022-jp csiso2022jp iso2022jp iso_2022_jp
iso2022_jp_1 iso2022_jp_1 - iso2022jp_1 iso_2022_jp_1
iso2022_jp_2 iso2022_jp_2 - iso2022jp_2 iso_2022_jp_2
iso2022_jp_2004 iso2022_jp_2004 - iso_2022_jp_2004 iso2022jp_2004
iso2022_jp_3 iso2022_jp_3 - iso2022jp_3 iso_2022_jp_3
iso2022_jp_ext iso2022_jp_ext - iso2022jp_ext iso_2022_jp_ext
iso2022_kr iso2022_kr - csiso2022kr iso2022kr iso_2022_kr
iso8859_1 iso8859-1 
iso8859_10 iso8859-10 iso-8859-10 csisolatin6 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6
iso8859_11 iso8859-11 windows-874 thai iso_8859_11 iso_8859_11_2001
iso8859_13 iso8859-13 iso-8859-13 iso_8859_13 l7 latin7
iso8859_14 iso8859-14 iso-8859-14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8
iso8859_15 iso8859-15 iso-8859-15 iso_8859_15 l9 latin9
iso8859_16 iso8859-16 - iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10
iso8859_2 iso8859-2 iso-8859-2 csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2
iso8859_3 iso8859-3 iso-8859-3 csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3
iso8859_4 iso8859-4 iso-8859-4 csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4
iso8859_5 iso8859-5 iso-8859-5 csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144
iso8859_6 iso8859-6 iso-8859-6 arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127
iso8859_7 iso8859-7 iso-8859-7 csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126
iso8859_8 iso8859-8 iso-8859-8 csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138
iso8859_9 iso8859-9 windows-1254 csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5
johab johab - cp1361 ms1361
koi8_r koi8-r koi8-r cskoi8r
koi8_t koi8-t -
koi8_u koi8-u koi8-u
kz1048 kz1048 - kz_1048 rk1048 strk1048_2002
latin_1 iso8859-1  8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1
mac_arabic mac-arabic -
mac_croatian mac-croatian -
mac_cyrillic mac-cyrillic x-mac-cyrillic maccyrillic
mac_farsi mac-farsi -
mac_greek mac-greek - macgreek
mac_iceland mac-iceland - maciceland
mac_latin2 mac-latin2 - maccentraleurope mac_centeuro maclatin2
mac_roman mac-roman macintosh macintosh macroman
mac_romanian mac-romanian -
mac_turkish mac-turkish - macturkish
palmos palmos -
ptcp154 ptcp154 - csptcp154 pt154 cp154 cyrillic_asian
punycode punycode -
raw_unicode_escape raw-unicode-escape -
shift_jis shift_jis shift_jis csshiftjis shiftjis sjis s_jis x_mac_japanese
shift_jis_2004 shift_jis_2004 - shiftjis2004 sjis_2004 s_jis_2004
shift_jisx0213 shift_jisx0213 - shiftjisx0213 sjisx0213 s_jisx0213
tis_620 tis-620 windows-874 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1 iso_ir_166
undefined undefined -
unicode_escape unicode-escape -
utf_16 utf-16 utf-16le u16 utf16
utf_16_be utf-16-be utf-16be unicodebigunmarked utf_16be
utf_16_le utf-16-le utf-16le unicodelittleunmarked utf_16le
utf_32 utf-32 - u32 utf32
utf_32_be utf-32-be - utf_32be
utf_32_le utf-32-le - utf_32le
utf_7 utf-7 - u7 utf7 unicode_1_1_utf_7
utf_8 utf-8  u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001
utf_8_sig utf-8-sig 
charmap charmap -
base64_codec base64 ! base64 base_64
bz2_codec bz2 ! bz2
hex_codec hex ! hex
quopri_codec quopri ! quopri quoted_printable quotedprintable
rot_13 rot-13 ! rot13
uu_codec uu ! uu
zlib_codec zlib ! zip zlib
`;

interface CodecEntry {
  name: string;
  label: string;
}

let modules: Map<string, CodecEntry> | null = null;
let aliases: Map<string, string> | null = null;

function loadCodecTable(): void {
  modules = new Map();
  aliases = new Map();
  for (const line of CODECS.split("\n")) {
    if (!line) continue;
    // "module name label alias..." where label may be empty (two spaces).
    const [mod, name, label, ...rest] = line.split(" ");
    modules.set(mod!, { name: name!, label: label! });
    for (const a of rest) if (a) aliases.set(a, mod!);
  }
}

/** Lib/encodings/__init__.py normalize_encoding (after codecs.c lowercased it, ' ' and '-' -> '_'). */
function normalizeEncoding(encoding: string): string {
  let out = "";
  let punct = false;
  for (const ch of encoding) {
    const isAlnum = /^[\p{L}\p{N}]$/u.test(ch);
    if (isAlnum || ch === ".") {
      if (punct && out) out += "_";
      if (ch.charCodeAt(0) < 128) out += ch;
      punct = false;
    } else punct = true;
  }
  return out;
}

/** Raised by the decode of a codec that is not a text encoding (rot13, zlib, ...). */
export class NotTextEncodingError extends Error {}

/** `codecs.lookup(encoding)`: null when CPython would raise LookupError. */
export function lookupCodec(encoding: string): Codec | null {
  if (modules === null) loadCodecTable();
  // codecs.c normalizestring: lower case, spaces and hyphens to underscores.
  const lowered = encoding.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[ -]/g, "_");
  const norm = normalizeEncoding(lowered);
  const aliased = aliases!.get(norm) ?? aliases!.get(norm.replace(/\./g, "_"));
  const candidates = aliased !== undefined ? [aliased, norm] : [norm];
  for (const mod of candidates) {
    if (!mod || mod.includes(".")) continue;
    const entry = modules!.get(mod);
    if (entry) return makeCodec(entry, encoding);
  }
  return null;
}

function makeCodec(entry: CodecEntry, requested: string): Codec {
  const name = entry.name;
  if (entry.label === "!") {
    return {
      name,
      decode: () => {
        throw new NotTextEncodingError(
          `'${requested}' is not a text encoding; use codecs.decode() to handle arbitrary codecs`,
        );
      },
    };
  }
  switch (name) {
    case "utf-8":
      return { name, decode: (b, e) => decodeUtf8(b, e) };
    case "utf-8-sig":
      return {
        name,
        decode: (b, e) => decodeUtf8(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b, e, "utf-8"),
      };
    case "ascii":
      return { name, decode: decodeAscii };
    case "iso8859-1":
      return { name, decode: (b) => latin1(b, 0, b.length) };
    case "cp1252":
      return { name, decode: decodeCp1252 };
  }
  const label = entry.label;
  return {
    name,
    decode: (bytes, errors) => {
      if (label === "-") throw new Error(`tpython: decoding source encoded as '${name}' is not supported`);
      try {
        return new TextDecoder(label, { fatal: errors === "strict", ignoreBOM: name !== "utf-16" }).decode(bytes);
      } catch (err) {
        if (err instanceof TypeError) {
          throw new CodecError(name, bytes, 0, bytes.length, "invalid data");
        }
        throw err;
      }
    },
  };
}

/** CPython's get_normal_name: "utf-8" and "iso-8859-1" spellings normalised, others unchanged. */
export function getNormalName(s: string): string {
  const enc = s.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (enc === "utf-8" || enc.startsWith("utf-8-")) return "utf-8";
  if (
    enc === "latin-1" ||
    enc === "iso-8859-1" ||
    enc === "iso-latin-1" ||
    enc.startsWith("latin-1-") ||
    enc.startsWith("iso-8859-1-") ||
    enc.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return s;
}

// ---- decoding a program (the C tokenizer's rules) ------------------------------------------------

/**
 * The coding spec of one line (CPython's get_coding_spec): the line must be only a comment, in which
 * "coding" is followed by ':' or '=', spaces or tabs, then the name ([A-Za-z0-9._-]+).
 * Returns the normalised name, "" for a comment-only or blank line without one, null otherwise.
 */
function codingSpec(bytes: Uint8Array, from: number, to: number): string | null {
  const size = to - from;
  let i = 0;
  for (; i < size - 6; i++) {
    const c = bytes[from + i];
    if (c === 35) break;
    if (c !== 32 && c !== 9 && c !== 12) return null;
  }
  for (; i < size - 6; i++) {
    const t = from + i;
    if (
      bytes[t] === 99 &&
      bytes[t + 1] === 111 &&
      bytes[t + 2] === 100 &&
      bytes[t + 3] === 105 &&
      bytes[t + 4] === 110 &&
      bytes[t + 5] === 103
    ) {
      let p = t + 6;
      if (bytes[p] !== 58 && bytes[p] !== 61) continue;
      do p++;
      while (p < to && (bytes[p] === 32 || bytes[p] === 9));
      const begin = p;
      while (p < to && isNameByte(bytes[p]!)) p++;
      if (p > begin) return getNormalName(latin1(bytes, begin, p));
    }
  }
  // No spec: "" when the line holds nothing but blanks and a comment (line 2 may still have one).
  for (let k = from; k < to; k++) {
    const c = bytes[k];
    if (c === 35 || c === 10 || c === 13) break;
    if (c !== 32 && c !== 9 && c !== 12) return null;
  }
  return "";
}

function isNameByte(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 46;
}

/** CPython leaves end_lineno/end_offset None for errors at line 0 (offset -1). */
function sourceError(
  msg: string,
  filename: string,
  lineno = 0,
  offset = -1,
  text: string | null = null,
  endLineno: number | null = null,
  endOffset: number | null = null,
): never {
  if (lineno === 0) throw new PySyntaxError("SyntaxError", msg, filename, 0, -1, null, null, null);
  throw new PySyntaxError("SyntaxError", msg, filename, lineno, offset, text, endLineno ?? lineno, endOffset ?? -1);
}

/**
 * Decodes the bytes of a program as `compile(bytes, filename, ...)` does: a UTF-8 BOM is skipped; a
 * coding cookie on line 1, or on line 2 after a blank/comment line 1, selects the codec (unknown
 * codec: "unknown encoding: NAME"; a cookie other than utf-8 after a BOM: "encoding problem: NAME
 * with BOM"; bytes the codec rejects: the codec's message, line 0). Without a cookie the source is
 * UTF-8; invalid UTF-8 raises "(unicode error) 'utf-8' codec can't decode ..." on the line it is on
 * (CPython raises it from the token holding the bad bytes; we report the line and column of the
 * first bad byte).
 */
const UTF8_FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array, filename = "<unknown>"): string {
  let start = 0;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  const nl = bytes.indexOf(10, start);
  const end1 = nl < 0 ? bytes.length : nl + 1;
  let spec = codingSpec(bytes, start, end1);
  if (spec === "" && nl >= 0) {
    const nl2 = bytes.indexOf(10, end1);
    spec = codingSpec(bytes, end1, nl2 < 0 ? bytes.length : nl2 + 1);
  }
  const body = bytes.subarray(start);
  if (spec && spec !== "utf-8") {
    if (bom) sourceError(`encoding problem: ${spec} with BOM`, filename);
    const codec = lookupCodec(spec);
    if (codec === null) sourceError(`unknown encoding: ${spec}`, filename);
    try {
      return codec.decode(body, "strict");
    } catch (err) {
      if (err instanceof CodecError || err instanceof NotTextEncodingError) sourceError(err.message, filename);
      throw err;
    }
  }
  try {
    // The engine's decoder is an order of magnitude faster; ours gives CPython's error details.
    return UTF8_FATAL.decode(body);
  } catch {}
  try {
    return decodeUtf8(body, "strict");
  } catch (err) {
    if (!(err instanceof CodecError)) throw err;
    return decodeInvalidUtf8(body, filename);
  }
}

/**
 * UTF-8 source with invalid bytes and no cookie. CPython decodes each token on its own: bad bytes in
 * comments pass (they become U+FFFD here); in a string literal the error gives the position in the
 * literal's body and points at the literal; in a bytes literal it is "bytes can only contain ASCII
 * literal characters"; elsewhere (names, stray bytes) the position in the run of name-like bytes.
 */
function decodeInvalidUtf8(body: Uint8Array, filename: string): string {
  const n = body.length;
  const isNameByte = (c: number): boolean =>
    c >= 0x80 || c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const firstBad = (from: number, to: number): CodecError | null => {
    try {
      decodeUtf8(body.subarray(from, to), "strict");
      return null;
    } catch (e) {
      if (e instanceof CodecError) return e;
      throw e;
    }
  };
  // A literal with a backslash is decoded run by run of non-ASCII bytes (decode_unicode_with_escapes).
  const firstBadInBody = (from: number, to: number): CodecError | null => {
    if (body.subarray(from, to).indexOf(92) < 0) return firstBad(from, to);
    for (let k = from; k < to; ) {
      if (body[k]! < 0x80) {
        k++;
        continue;
      }
      let e = k;
      while (e < to && body[e]! >= 0x80) e++;
      const bad = firstBad(k, e);
      if (bad) return bad;
      k = e;
    }
    return null;
  };
  /**
   * `endAt`: where the literal ends (its end column is a byte column converted against the *decoded*
   * line, as _PyPegen_raise_error_known_location does); without it the end offset is -1.
   */
  const fail = (msg: string, at: number, colAt: number, textEnd: number | null = null, endAt = -1): never => {
    const lineStart = at === 0 ? 0 : body.lastIndexOf(10, at - 1) + 1;
    let lineno = 1;
    for (let k = 0; k < lineStart; k++) if (body[k] === 10) lineno++;
    let lineEnd = body.indexOf(10, at);
    lineEnd = lineEnd < 0 ? n : lineEnd + 1;
    const text = decodeUtf8(body.subarray(lineStart, textEnd ?? lineEnd), "replace");
    const col = decodeUtf8(body.subarray(lineStart, colAt), "replace").length + 1;
    let endLineno = lineno;
    let endOffset = -1;
    if (endAt >= 0) {
      let endLineStart = lineStart;
      for (let k = lineStart; k < endAt; k++) {
        if (body[k] === 10) {
          endLineno++;
          endLineStart = k + 1;
        }
      }
      endOffset = byteToCharOffset(text, endAt - endLineStart + 1);
    }
    sourceError(msg, filename, lineno, col, text, endLineno, endOffset);
  };
  let i = 0;
  while (i < n) {
    const c = body[i]!;
    if (c === 35) {
      // A comment: anything goes.
      while (i < n && body[i] !== 10) i++;
      continue;
    }
    if (isNameByte(c)) {
      const start = i;
      while (i < n && isNameByte(body[i]!)) i++;
      const q = body[i];
      const prefix = latin1(body, start, i).toLowerCase();
      if ((q === 34 || q === 39) && /^(?:[rubf]|br|rb|fr|rf)$/.test(prefix)) {
        // A string literal: find its body.
        const triple = body[i + 1] === q && body[i + 2] === q;
        const bodyStart = i + (triple ? 3 : 1);
        let j = bodyStart;
        while (j < n) {
          const d = body[j]!;
          if (d === 92) j += 2;
          else if (d === q && (!triple || (body[j + 1] === q && body[j + 2] === q))) break;
          else if (d === 10 && !triple) break;
          else j++;
        }
        const bad = prefix.includes("r")
          ? firstBad(bodyStart, Math.min(j, n))
          : firstBadInBody(bodyStart, Math.min(j, n));
        // An unterminated literal is the tokenizer's error (reported on the replaced text).
        if (bad && j < n && body[j] !== 10) {
          const firstNl = body.indexOf(10, start);
          const textEnd = firstNl >= 0 && firstNl < j ? firstNl : null;
          const endAt = j + (triple ? 3 : 1);
          if (prefix.includes("b")) {
            fail("bytes can only contain ASCII literal characters", start, start, textEnd, endAt);
          }
          fail(`(unicode error) ${bad.message}`, start, start, textEnd, endAt);
        }
        i = j + (triple ? 3 : 1);
        continue;
      }
      const bad = firstBad(start, i);
      if (bad) fail(`(unicode error) ${bad.message}`, start + bad.start, start + bad.start);
      continue;
    }
    if (c === 34 || c === 39) {
      // An unprefixed string: step back onto the quote as a one-letter-less prefix.
      const triple = body[i + 1] === c && body[i + 2] === c;
      const bodyStart = i + (triple ? 3 : 1);
      let j = bodyStart;
      while (j < n) {
        const d = body[j]!;
        if (d === 92) j += 2;
        else if (d === c && (!triple || (body[j + 1] === c && body[j + 2] === c))) break;
        else if (d === 10 && !triple) break;
        else j++;
      }
      const bad = firstBadInBody(bodyStart, Math.min(j, n));
      if (bad && j < n && body[j] !== 10) {
        const firstNl = body.indexOf(10, i);
        const endAt = j + (triple ? 3 : 1);
        fail(`(unicode error) ${bad.message}`, i, i, firstNl >= 0 && firstNl < j ? firstNl : null, endAt);
      }
      i = j + (triple ? 3 : 1);
      continue;
    }
    i++;
  }
  return decodeUtf8(body, "replace");
}
