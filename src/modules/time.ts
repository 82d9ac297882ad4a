// The `time` module (CPython's Modules/timemodule.c on Linux/glibc): clocks, sleep, struct_time,
// gmtime/localtime/mktime, strftime/asctime/ctime with glibc's C-locale output, and the time zone
// attributes. Local time follows the TZ environment variable as glibc does: a zoneinfo file
// (/usr/share/zoneinfo/<TZ>, or /etc/localtime when TZ is unset) or a POSIX TZ rule string.

import { readFileSync } from "node:fs";
import {
  defGetSet,
  defMethod,
  defStatic,
  NamespaceType,
  newBuiltinType,
  None,
  TupleType,
} from "../objects/builtin_types.js";
import { PyDict } from "../objects/dict.js";
import {
  attributeError,
  newException,
  newOSError,
  OverflowError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { type Int, normBig } from "../objects/int.js";
import { PyModule } from "../objects/module.js";
import type { PyObject } from "../objects/object.js";
import { isStr } from "../objects/str.js";
import { PyTuple, PyTupleSub } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { repr, toArray, typeName } from "../vm/abstract.js";
import { asIndex, defFunction, noArgs, oneArg, positional } from "./native_util.js";

// ---------------------------------------------------------------------------------------------------
// Clocks

const hrBase = process.hrtime.bigint();
const wallBase = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));

function timeNs(): bigint {
  return wallBase + (process.hrtime.bigint() - hrBase);
}

function monotonicNs(): bigint {
  return process.hrtime.bigint();
}

function processNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

/** CPython's _PyTime_AsSecondsDouble. */
function nsToSeconds(ns: bigint): PyFloat {
  if (ns % 1000000000n === 0n) return new PyFloat(Number(ns / 1000000000n));
  return new PyFloat(Number(ns) / 1e9);
}

function nsInt(ns: bigint): Int {
  return normBig(ns);
}

const CLOCK_REALTIME = 0;
const CLOCK_MONOTONIC = 1;
const CLOCK_PROCESS_CPUTIME_ID = 2;
const CLOCK_THREAD_CPUTIME_ID = 3;
const CLOCK_MONOTONIC_RAW = 4;
const CLOCK_BOOTTIME = 7;
const CLOCK_TAI = 11;

function clockNs(id: Int): bigint {
  switch (Number(id)) {
    case CLOCK_REALTIME:
    case CLOCK_TAI:
      return timeNs();
    case CLOCK_MONOTONIC:
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_BOOTTIME:
      return monotonicNs();
    case CLOCK_PROCESS_CPUTIME_ID:
    case CLOCK_THREAD_CPUTIME_ID:
      return processNs();
  }
  throw newOSError(22, "Invalid argument");
}

// ---------------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, any year)

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function mod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

function isLeap(y: number): boolean {
  return mod(y, 4) === 0 && (mod(y, 100) !== 0 || mod(y, 400) === 0);
}

/** Days since 1970-01-01 of y-m-d (m 1..12). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = floorDiv(153 * mp + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? y + 1 : y, m, d];
}

/** A broken-down time with Python's conventions (tm_mon 1..12, tm_wday 0 = Monday, tm_yday 1..366). */
interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number;
}

function brokenDown(t: number, offset: number, isdst: number, zone: string): Tm {
  const s = t + offset;
  const days = floorDiv(s, 86400);
  const secs = s - days * 86400;
  const [year, mon, mday] = civilFromDays(days);
  return {
    year,
    mon,
    mday,
    hour: floorDiv(secs, 3600),
    min: floorDiv(secs % 3600, 60),
    sec: secs % 60,
    wday: mod(days + 3, 7),
    yday: days - daysFromCivil(year, 1, 1) + 1,
    isdst,
    zone,
    gmtoff: offset,
  };
}

// ---------------------------------------------------------------------------------------------------
// Time zones (TZif files and POSIX TZ rules)

interface LocalInfo {
  offset: number;
  isdst: number;
  abbr: string;
}

interface Rule {
  kind: "J" | "n" | "M";
  a: number;
  b: number;
  c: number;
  time: number;
}

class PosixTz {
  constructor(
    public std: LocalInfo,
    public dst: LocalInfo | null,
    public start: Rule | null,
    public end: Rule | null,
  ) {}

  /** Seconds since 1970 (UTC) at which `rule` happens in `year`, the rule time read at `offset`. */
  private transition(year: number, rule: Rule, offset: number): number {
    let day: number;
    if (rule.kind === "J") {
      // Julian day 1..365, February 29 never counted
      day = daysFromCivil(year, 1, 1) + rule.a - 1 + (isLeap(year) && rule.a >= 60 ? 1 : 0);
    } else if (rule.kind === "n") day = daysFromCivil(year, 1, 1) + rule.a;
    else {
      const first = daysFromCivil(year, rule.a, 1);
      const firstWday = mod(first + 4, 7); // 0 = Sunday
      let d = first + mod(rule.c - firstWday, 7) + (rule.b - 1) * 7;
      const monthDays = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][rule.a - 1]!;
      while (d >= first + monthDays) d -= 7;
      day = d;
    }
    return day * 86400 + rule.time - offset;
  }

  info(t: number): LocalInfo {
    const dst = this.dst;
    if (dst === null || this.start === null || this.end === null) return this.std;
    const year = civilFromDays(floorDiv(t + this.std.offset, 86400))[0];
    const start = this.transition(year, this.start, this.std.offset);
    const end = this.transition(year, this.end, dst.offset);
    if (start < end) return t >= start && t < end ? dst : this.std;
    return t >= end && t < start ? this.std : dst;
  }
}

function parsePosixTz(s: string): PosixTz | null {
  let i = 0;
  const name = (): string | null => {
    if (s[i] === "<") {
      const j = s.indexOf(">", i);
      if (j < 0) return null;
      const n = s.slice(i + 1, j);
      i = j + 1;
      return n;
    }
    const m = /^[A-Za-z]{3,}/.exec(s.slice(i));
    if (m === null) return null;
    i += m[0].length;
    return m[0];
  };
  const hms = (): number | null => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(s.slice(i));
    if (m === null) return null;
    i += m[0].length;
    const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === "-" ? -v : v;
  };
  const stdName = name();
  if (stdName === null) return null;
  const stdOff = hms();
  if (stdOff === null) return null;
  const std: LocalInfo = { offset: -stdOff, isdst: 0, abbr: stdName };
  if (i >= s.length) return new PosixTz(std, null, null, null);
  const dstName = name();
  if (dstName === null) return new PosixTz(std, null, null, null);
  let dstOffset = std.offset + 3600;
  if (i < s.length && s[i] !== ",") {
    const o = hms();
    if (o !== null) dstOffset = -o;
  }
  const dst: LocalInfo = { offset: dstOffset, isdst: 1, abbr: dstName };
  const rule = (): Rule | null => {
    let r: Rule;
    let m: RegExpExecArray | null;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(s.slice(i))) !== null) {
      r = { kind: "M", a: Number(m[1]), b: Number(m[2]), c: Number(m[3]), time: 7200 };
    } else if ((m = /^J(\d{1,3})/.exec(s.slice(i))) !== null) {
      r = { kind: "J", a: Number(m[1]), b: 0, c: 0, time: 7200 };
    } else if ((m = /^(\d{1,3})/.exec(s.slice(i))) !== null) {
      r = { kind: "n", a: Number(m[1]), b: 0, c: 0, time: 7200 };
    } else return null;
    i += m[0].length;
    if (s[i] === "/") {
      i++;
      const tm = hms();
      if (tm !== null) r.time = tm;
    }
    return r;
  };
  let start: Rule | null = { kind: "M", a: 3, b: 2, c: 0, time: 7200 };
  let end: Rule | null = { kind: "M", a: 11, b: 1, c: 0, time: 7200 };
  if (s[i] === ",") {
    i++;
    start = rule();
    if (s[i] === ",") {
      i++;
      end = rule();
    }
  }
  return new PosixTz(std, dst, start, end);
}

class Zone {
  constructor(
    public transitions: number[],
    public idx: number[],
    public types: LocalInfo[],
    public footer: PosixTz | null,
  ) {}

  info(t: number): LocalInfo {
    const tr = this.transitions;
    if (tr.length === 0) return this.footer !== null ? this.footer.info(t) : (this.types[0] ?? UTC_INFO);
    if (t < tr[0]!) {
      for (const ty of this.types) if (ty.isdst === 0) return ty;
      return this.types[0]!;
    }
    if (t >= tr[tr.length - 1]! && this.footer !== null) return this.footer.info(t);
    let lo = 0;
    let hi = tr.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (tr[m]! <= t) lo = m;
      else hi = m - 1;
    }
    return this.types[this.idx[lo]!]!;
  }
}

const UTC_INFO: LocalInfo = { offset: 0, isdst: 0, abbr: "UTC" };

function parseTzif(buf: Buffer): Zone | null {
  if (buf.length < 44 || buf.toString("latin1", 0, 4) !== "TZif") return null;
  const version = buf[4]!;
  const counts = (off: number) => ({
    isutc: buf.readUInt32BE(off + 20),
    isstd: buf.readUInt32BE(off + 24),
    leap: buf.readUInt32BE(off + 28),
    time: buf.readUInt32BE(off + 32),
    type: buf.readUInt32BE(off + 36),
    char: buf.readUInt32BE(off + 40),
  });
  let off = 0;
  let c = counts(0);
  let timeSize = 4;
  if (version >= 0x32) {
    // skip the version 1 data block
    off = 44 + c.time * 4 + c.time + c.type * 6 + c.char + c.leap * 8 + c.isstd + c.isutc;
    c = counts(off);
    timeSize = 8;
  }
  let p = off + 44;
  const transitions: number[] = [];
  for (let k = 0; k < c.time; k++) {
    transitions.push(timeSize === 8 ? Number(buf.readBigInt64BE(p)) : buf.readInt32BE(p));
    p += timeSize;
  }
  const idx: number[] = [];
  for (let k = 0; k < c.time; k++) idx.push(buf[p++]!);
  const raw: [number, number, number][] = [];
  for (let k = 0; k < c.type; k++) {
    raw.push([buf.readInt32BE(p), buf[p + 4]!, buf[p + 5]!]);
    p += 6;
  }
  const chars = buf.toString("latin1", p, p + c.char);
  p += c.char + c.leap * (timeSize + 4) + c.isstd + c.isutc;
  const types = raw.map(([o, d, a]) => ({ offset: o, isdst: d, abbr: chars.slice(a, chars.indexOf("\0", a)) }));
  let footer: PosixTz | null = null;
  if (timeSize === 8 && buf[p] === 0x0a) {
    const end = buf.indexOf(0x0a, p + 1);
    if (end > p) footer = parsePosixTz(buf.toString("latin1", p + 1, end));
  }
  return new Zone(transitions, idx, types, footer);
}

let zone: Zone = new Zone([], [], [UTC_INFO], null);

function loadZone(): void {
  const tz = process.env["TZ"];
  let z: Zone | null = null;
  const tryFile = (path: string) => {
    try {
      z = parseTzif(readFileSync(path));
    } catch {
      z = null;
    }
  };
  if (tz === undefined) tryFile("/etc/localtime");
  else if (tz === "") z = new Zone([], [], [UTC_INFO], null);
  else {
    const name = tz.startsWith(":") ? tz.slice(1) : tz;
    if (name.startsWith("/")) tryFile(name);
    else if (!name.includes("..")) tryFile(`/usr/share/zoneinfo/${name}`);
    if (z === null) {
      const p = parsePosixTz(name);
      // glibc falls back to UTC (named after nothing) when the rule cannot be parsed
      z = p !== null ? new Zone([], [], [p.std], p) : new Zone([], [], [{ offset: 0, isdst: 0, abbr: "UTC" }], null);
    }
  }
  zone = z ?? new Zone([], [], [UTC_INFO], null);
}

function localTm(t: number): Tm {
  const info = zone.info(t);
  return brokenDown(t, info.offset, info.isdst, info.abbr);
}

/** glibc's tzname[] (the standard and daylight names of the zone's current rule). */
function cTzname(): [string, string] {
  const f = zone.footer;
  if (f !== null) return [f.std.abbr, f.dst?.abbr ?? f.std.abbr];
  let std = "";
  let dst = "";
  const n = zone.idx.length;
  for (let k = n - 1; k >= 0 && (std === "" || dst === ""); k--) {
    const ty = zone.types[zone.idx[k]!]!;
    if (ty.isdst && dst === "") dst = ty.abbr;
    if (!ty.isdst && std === "") std = ty.abbr;
  }
  if (std === "") std = zone.types[0]?.abbr ?? "UTC";
  if (dst === "") dst = std;
  return [std, dst];
}

/** glibc's localtime_offset: seconds west of UTC found by the previous mktime (its next first guess). */
let localtimeOffset = 0;

function isdstDiffer(a: number, b: number): boolean {
  return !a !== !b && a >= 0 && b >= 0;
}

/**
 * glibc's mktime (__mktime_internal): local broken-down time (fields may be out of range) → seconds since
 * the epoch, with glibc's iteration (spring-forward gaps, ambiguous times) and its tm_isdst handling.
 * null when it cannot find a time.
 */
function mktime(tm: Tm): number | null {
  const y = tm.year + floorDiv(tm.mon - 1, 12);
  const mo = mod(tm.mon - 1, 12) + 1;
  const local = daysFromCivil(y, mo, 1) * 86400 + (tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
  const isdst = tm.isdst;
  const guessed = localtimeOffset;
  const t0 = local + guessed;
  let t = t0;
  let t1 = t0;
  let t2 = t0;
  let dst2 = 0;
  let remaining = 6;
  let info = zone.info(t);
  let found = false;
  for (;;) {
    info = zone.info(t);
    const gt = local - info.offset;
    if (gt === t) break;
    const cur = info.isdst !== 0 ? 1 : 0;
    if (t === t1 && t !== t2 && (isdst < 0 ? dst2 <= cur : (isdst !== 0 ? 1 : 0) !== cur)) {
      found = true;
      break;
    }
    if (--remaining === 0) return null;
    t1 = t2;
    t2 = t;
    t = gt;
    dst2 = info.isdst !== 0 ? 1 : 0;
  }
  if (!found && isdstDiffer(isdst, info.isdst)) {
    const dstDifference = (isdst === 0 ? 1 : 0) - (info.isdst === 0 ? 1 : 0);
    const stride = 601200;
    const deltaBound = 457243200 / 2 + stride;
    probe: for (let delta = stride; delta < deltaBound; delta += stride) {
      for (const direction of [-1, 1]) {
        const ot = t + delta * direction;
        const oinfo = zone.info(ot);
        if (!isdstDiffer(isdst, oinfo.isdst)) {
          t = local - oinfo.offset;
          found = true;
          break probe;
        }
      }
    }
    if (!found) t += 3600 * dstDifference;
  }
  localtimeOffset = guessed + t - t0;
  return t;
}

// ---------------------------------------------------------------------------------------------------
// struct_time

const STRUCT_FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
const StructTimeType: PyType = newBuiltinType("struct_time", TupleType, 0, "time");

interface StructTime extends PyTupleSub {
  hidden: [PyObject, PyObject];
}

function makeStructTime(items: PyObject[], zoneName: PyObject, gmtoff: PyObject): StructTime {
  const st = new PyTupleSub(items, StructTimeType) as StructTime;
  st.hidden = [zoneName, gmtoff];
  return st;
}

function readonly(): never {
  throw attributeError("readonly attribute");
}

STRUCT_FIELDS.forEach((f, i) => {
  defGetSet(StructTimeType, f, (self: PyTuple) => self.items[i], readonly);
});
defGetSet(StructTimeType, "tm_zone", (self: StructTime) => self.hidden?.[0] ?? None, readonly);
defGetSet(StructTimeType, "tm_gmtoff", (self: StructTime) => self.hidden?.[1] ?? None, readonly);
StructTimeType.dict.set("n_fields", 11);
StructTimeType.dict.set("n_sequence_fields", 9);
StructTimeType.dict.set("n_unnamed_fields", 0);
StructTimeType.dict.set("_fields", new PyTuple(STRUCT_FIELDS));
StructTimeType.dict.set("__match_args__", new PyTuple(STRUCT_FIELDS));
defStatic(StructTimeType, "__new__", (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(1, args.length - nkw);
  let seq: PyObject = pos[0];
  let dict: PyObject = pos[1];
  for (let j = 0; j < nkw; j++) {
    const k = kwnames![j];
    const v = args[args.length - nkw + j];
    if (k === "sequence") seq = v;
    else if (k === "dict") dict = v;
    else throw typeError(`structseq() got an unexpected keyword argument '${k}'`);
  }
  if (pos.length > 2 || pos.length + nkw > 2) {
    throw typeError(`structseq() takes at most 2 arguments (${pos.length + nkw} given)`);
  }
  if (seq === undefined) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
  let items: PyObject[];
  try {
    items = toArray(seq);
  } catch {
    throw typeError("constructor requires a sequence");
  }
  if (items.length < 9) {
    throw typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  }
  if (items.length > 11) {
    throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  }
  let zoneName: PyObject = items.length > 9 ? items[9] : None;
  let gmtoff: PyObject = items.length > 10 ? items[10] : None;
  if (dict !== undefined && dict !== None) {
    if (!(dict instanceof PyDict)) throw typeError(`structseq() argument 2 must be dict, not ${typeName(dict)}`);
    if (items.length <= 9) zoneName = dict.getStr("tm_zone") ?? None;
    if (items.length <= 10) gmtoff = dict.getStr("tm_gmtoff") ?? None;
  }
  return makeStructTime(items.slice(0, 9), zoneName, gmtoff);
});
defMethod(StructTimeType, "__repr__", (self: PyTuple) => {
  const parts = STRUCT_FIELDS.map((f, i) => `${f}=${repr(self.items[i])}`);
  return `time.struct_time(${parts.join(", ")})`;
});
defMethod(StructTimeType, "__reduce__", (self: StructTime) => {
  const d = new PyDict();
  d.setStr("tm_zone", self.hidden?.[0] ?? None);
  d.setStr("tm_gmtoff", self.hidden?.[1] ?? None);
  return new PyTuple([StructTimeType, new PyTuple([new PyTuple(self.items.slice()), d])]);
});

function tmToStruct(tm: Tm): StructTime {
  return makeStructTime(
    [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst],
    tm.zone === null ? None : tm.zone,
    tm.gmtoff,
  );
}

/** The 'i' format unit of PyArg_ParseTuple: a C int. */
function cInt(o: PyObject): number {
  if (o instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const v = asIndex(o);
  if (v > 2147483647) throw newException(OverflowError, "signed integer is greater than maximum");
  if (v < -2147483648) throw newException(OverflowError, "signed integer is less than minimum");
  return Number(v);
}

/** CPython's gettmarg: a 9-tuple or struct_time → Tm (C conventions applied later). */
function gettmarg(o: PyObject, fname: string): Tm {
  if (!(o instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  if (o.items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const v = o.items.map(cInt);
  const tm: Tm = {
    year: v[0]!,
    mon: v[1]!,
    mday: v[2]!,
    hour: v[3]!,
    min: v[4]!,
    sec: v[5]!,
    // CPython stores (wday + 1) % 7 in C's tm_wday (0 = Sunday); kept here as C's value
    wday: (v[6]! + 1) % 7,
    yday: v[7]!,
    isdst: v[8]!,
    zone: null,
    gmtoff: 0,
  };
  if (o.type === StructTimeType) {
    const h = (o as StructTime).hidden;
    if (h !== undefined) {
      if (h[0] !== None && typeof h[0] === "string") tm.zone = h[0];
      if (h[1] !== None) tm.gmtoff = Number(asIndex(h[1]));
    }
  }
  return tm;
}

/** CPython's checktm (on C's conventions: tm.mon and tm.yday still 1-based here). */
function checktm(tm: Tm): void {
  if (tm.mon === 0) tm.mon = 1;
  else if (tm.mon < 1 || tm.mon > 12) throw valueError("month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw valueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) throw valueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw valueError("seconds out of range");
  if (tm.wday < 0) throw valueError("day of week out of range");
  if (tm.yday === 0) tm.yday = 1;
  else if (tm.yday < 1 || tm.yday > 366) throw valueError("day of year out of range");
}

// ---------------------------------------------------------------------------------------------------
// Timestamps

const TIME_T_MAX = 9223372036854775807n;

/** _PyTime_ObjectToTime_t(o, ROUND_FLOOR) for gmtime/localtime/ctime; None is now. */
function toTimeT(o: PyObject): number {
  if (o === None || o === undefined) return Math.floor(Number(timeNs() / 1000000n) / 1000);
  if (o instanceof PyFloat) {
    const d = o.value;
    if (Number.isNaN(d)) throw valueError("Invalid value NaN (not a number)");
    const f = Math.floor(d);
    if (!(f >= -9223372036854776000 && f < 9223372036854776000)) {
      throw newException(OverflowError, "timestamp out of range for platform time_t");
    }
    return f;
  }
  const v = asIndex(o);
  if (v > TIME_T_MAX || v < -TIME_T_MAX - 1n) {
    throw newException(OverflowError, "timestamp out of range for platform time_t");
  }
  return Number(v);
}

/** glibc's gmtime/localtime range: the year must fit a C int. */
function checkYear(tm: Tm): Tm {
  if (tm.year - 1900 > 2147483647 || tm.year - 1900 < -2147483648 || !Number.isFinite(tm.year)) {
    throw newOSError(75, "Value too large for defined data type");
  }
  return tm;
}

function gmtimeTm(t: number): Tm {
  if (Math.abs(t) > 1e17) throw newOSError(75, "Value too large for defined data type");
  return checkYear(brokenDown(t, 0, 0, "GMT"));
}

function localtimeTm(t: number): Tm {
  if (Math.abs(t) > 1e17) throw newOSError(75, "Value too large for defined data type");
  return checkYear(localTm(t));
}

// ---------------------------------------------------------------------------------------------------
// strftime (glibc's C locale)

const DAY_ABBR = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_FULL = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MON_FULL = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Days from the start of the ISO week-based year (glibc's iso_week_days); wday C-style. */
function isoWeekDays(yday0: number, wday: number): number {
  const big = (Math.trunc(366 / 7) + 2) * 7;
  return yday0 - ((yday0 - wday + 4 + big) % 7) + 4 - 1;
}

/** ISO year and week for a C tm (yday0 0-based, wday 0 = Sunday). */
function isoWeek(year: number, yday0: number, wday: number): [number, number] {
  let days = isoWeekDays(yday0, wday);
  let adj = 0;
  if (days < 0) {
    adj = -1;
    days = isoWeekDays(yday0 + (365 + (isLeap(year - 1) ? 1 : 0)), wday);
  } else {
    const d = isoWeekDays(yday0 - (365 + (isLeap(year) ? 1 : 0)), wday);
    if (d >= 0) {
      adj = 1;
      days = d;
    }
  }
  return [year + adj, Math.floor(days / 7) + 1];
}

/**
 * strftime on a C-style tm: `mon` 1..12, `yday` 1..366, `wday` 0 = Sunday, `isdst` -1..1. `tzname` gives
 * %Z when the tm carries no zone.
 */
function strftime(fmt: string, tm: Tm, tzname: [string, string]): string {
  let out = "";
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const ch = fmt[i]!;
    if (ch !== "%") {
      out += ch;
      i++;
      continue;
    }
    const start = i;
    i++;
    let pad = "";
    let upcase = false;
    let swapcase = false;
    while (i < n && "_-0^#".includes(fmt[i]!)) {
      const f = fmt[i]!;
      if (f === "^") upcase = true;
      else if (f === "#") swapcase = true;
      else pad = f;
      i++;
    }
    let width = -1;
    if (i < n && fmt[i]! >= "0" && fmt[i]! <= "9") {
      width = 0;
      while (i < n && fmt[i]! >= "0" && fmt[i]! <= "9") width = width * 10 + Number(fmt[i++]);
    }
    while (i < n && (fmt[i] === "E" || fmt[i] === "O")) i++;
    if (i >= n) {
      out += fmt.slice(start);
      break;
    }
    const conv = fmt[i++]!;
    const num = (v: number, digits: number, spacePad = false): string => {
      const neg = v < 0;
      let s = String(Math.abs(v));
      const w = Math.max(digits, width);
      if (pad === "-") return (neg ? "-" : "") + s;
      const padChar = pad === "_" || (spacePad && pad !== "0") ? " " : "0";
      if (padChar === "0") {
        s = s.padStart(w - (neg ? 1 : 0), "0");
        return (neg ? "-" : "") + s;
      }
      return ((neg ? "-" : "") + s).padStart(w, " ");
    };
    const yearish = (v: number): string => {
      if (width < 0 && pad !== "0" && pad !== "_") return String(v);
      return num(v, 1);
    };
    const text = (s: string, lowerOnSwap = false): string => {
      if (upcase) s = s.toUpperCase();
      else if (swapcase) s = lowerOnSwap ? s.toLowerCase() : s.toUpperCase();
      if (width > s.length) s = s.padStart(width, pad === "0" ? "0" : " ");
      return s;
    };
    const sub = (f: string) => {
      const r = strftime(f, tm, tzname);
      return width > r.length ? r.padStart(width, pad === "0" ? "0" : " ") : r;
    };
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (conv) {
      case "%":
        out += width > 1 ? "%".padStart(width, " ") : "%";
        break;
      case "a":
        out += text(DAY_ABBR[mod(tm.wday, 7)]!);
        break;
      case "A":
        out += text(DAY_FULL[mod(tm.wday, 7)]!);
        break;
      case "b":
      case "h":
        out += text(MON_ABBR[mod(tm.mon - 1, 12)]!);
        break;
      case "B":
        out += text(MON_FULL[mod(tm.mon - 1, 12)]!);
        break;
      case "c":
        out += upcase ? sub("%a %b %e %H:%M:%S %Y").toUpperCase() : sub("%a %b %e %H:%M:%S %Y");
        break;
      case "C":
        out += yearish(Math.floor(tm.year / 100));
        break;
      case "d":
        out += num(tm.mday, 2);
        break;
      case "D":
        out += sub("%m/%d/%y");
        break;
      case "e":
        out += num(tm.mday, 2, true);
        break;
      case "F":
        out += sub("%Y-%m-%d");
        break;
      case "G":
        out += yearish(isoWeek(tm.year, tm.yday - 1, tm.wday)[0]);
        break;
      case "g":
        out += num(mod(isoWeek(tm.year, tm.yday - 1, tm.wday)[0], 100), 2);
        break;
      case "H":
        out += num(tm.hour, 2);
        break;
      case "I":
        out += num(hour12, 2);
        break;
      case "j":
        out += num(tm.yday, 3);
        break;
      case "k":
        out += num(tm.hour, 2, true);
        break;
      case "l":
        out += num(hour12, 2, true);
        break;
      case "m":
        out += num(tm.mon, 2);
        break;
      case "M":
        out += num(tm.min, 2);
        break;
      case "n":
        out += "\n";
        break;
      case "p":
        out += text(tm.hour >= 12 ? "PM" : "AM", true);
        break;
      case "P":
        out += text(tm.hour >= 12 ? "pm" : "am");
        break;
      case "r":
        out += sub("%I:%M:%S %p");
        break;
      case "R":
        out += sub("%H:%M");
        break;
      case "s":
        out += num(mktime({ ...tm }) ?? -1, 1);
        break;
      case "S":
        out += num(tm.sec, 2);
        break;
      case "t":
        out += "\t";
        break;
      case "T":
        out += sub("%H:%M:%S");
        break;
      case "u":
        out += num(((tm.wday - 1 + 7) % 7) + 1, 1);
        break;
      case "U":
        out += num(Math.floor((tm.yday - 1 - tm.wday + 7) / 7), 2);
        break;
      case "V":
        out += num(isoWeek(tm.year, tm.yday - 1, tm.wday)[1], 2);
        break;
      case "w":
        out += num(tm.wday, 1);
        break;
      case "W":
        out += num(Math.floor((tm.yday - 1 - ((tm.wday - 1 + 7) % 7) + 7) / 7), 2);
        break;
      case "x":
        out += sub("%m/%d/%y");
        break;
      case "X":
        out += sub("%H:%M:%S");
        break;
      case "y":
        out += num(mod(tm.year, 100), 2);
        break;
      case "Y":
        out += yearish(tm.year);
        break;
      case "z": {
        if (tm.isdst < 0) break;
        const off = tm.gmtoff;
        const a = Math.abs(off);
        const v = Math.floor(a / 3600) * 100 + Math.floor((a % 3600) / 60);
        const body = String(v).padStart(Math.max(4, width - 1), pad === "_" ? " " : "0");
        out += (off < 0 ? "-" : "+") + body;
        break;
      }
      case "Z": {
        let z = tm.zone ?? "";
        if (z === "" && tm.isdst >= 0) z = tzname[tm.isdst > 0 ? 1 : 0];
        out += text(z, true);
        break;
      }
      default:
        out += fmt.slice(start, i);
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  const day = DAY_ABBR[mod(tm.wday, 7)]!;
  const mon = MON_ABBR[mod(tm.mon - 1, 12)]!;
  const two = (v: number) => String(v).padStart(2, "0");
  return `${day} ${mon}${String(tm.mday).padStart(3, " ")} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year}`;
}

/** A Python-convention Tm (tm_wday 0 = Monday) → C convention (0 = Sunday). */
function cWday(tm: Tm): Tm {
  return { ...tm, wday: (tm.wday + 1) % 7 };
}

// ---------------------------------------------------------------------------------------------------
// sleep

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** _PyTime_FromSecondsObject(o, ROUND_TIMEOUT) in nanoseconds. */
function timeoutNs(o: PyObject): number {
  if (o instanceof PyFloat) {
    const d = o.value;
    if (Number.isNaN(d)) throw valueError("Invalid value NaN (not a number)");
    const ns = d * 1e9;
    if (!(Math.abs(ns) < 9.223372036854776e18)) {
      throw newException(OverflowError, "timestamp out of range for platform time_t");
    }
    return ns >= 0 ? Math.ceil(ns) : Math.floor(ns);
  }
  const v = asIndex(o);
  const ns = BigInt(v) * 1000000000n;
  if (ns > TIME_T_MAX || ns < -TIME_T_MAX - 1n) {
    throw newException(OverflowError, "timestamp too large to convert to C PyTime_t");
  }
  return Number(ns);
}

function sleep(ns: number): void {
  let remaining = ns / 1e6;
  const end = performance.now() + remaining;
  while (remaining > 0) {
    Atomics.wait(sleepCell, 0, 0, Math.min(remaining, 2147483647));
    remaining = end - performance.now();
  }
}

// ---------------------------------------------------------------------------------------------------
// The module

function setZoneAttributes(m: PyModule): void {
  loadZone();
  const year = (365 * 24 + 6) * 3600;
  const now = Number(timeNs() / 1000000000n);
  const t = Math.floor(now / year) * year;
  const jan = localTm(t);
  const jul = localTm(t + year / 2);
  const janzone = -jan.gmtoff;
  const julyzone = -jul.gmtoff;
  const janname = (jan.zone ?? "").slice(0, 9);
  const julyname = (jul.zone ?? "").slice(0, 9);
  const d = m.dict;
  if (janzone < julyzone) {
    d.setStr("timezone", julyzone);
    d.setStr("altzone", janzone);
    d.setStr("daylight", janzone !== julyzone ? 1 : 0);
    d.setStr("tzname", new PyTuple([julyname, janname]));
  } else {
    d.setStr("timezone", janzone);
    d.setStr("altzone", julyzone);
    d.setStr("daylight", janzone !== julyzone ? 1 : 0);
    d.setStr("tzname", new PyTuple([janname, julyname]));
  }
}

/** PyArg_ParseTuple("|O:name"): "gmtime() takes at most 1 argument (2 given)". */
function atMostOne(name: string, args: PyObject[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
}

function clockInfo(name: PyObject): PyObject {
  const infos: Record<string, [string, boolean, boolean]> = {
    time: ["clock_gettime(CLOCK_REALTIME)", false, true],
    monotonic: ["clock_gettime(CLOCK_MONOTONIC)", true, false],
    perf_counter: ["clock_gettime(CLOCK_MONOTONIC)", true, false],
    process_time: ["clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false],
    thread_time: ["clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false],
  };
  if (!isStr(name)) throw typeError(`get_clock_info() argument must be str, not ${typeName(name)}`);
  const info = infos[name as string];
  if (info === undefined) throw valueError("unknown clock");
  const ns = { type: NamespaceType, dict: new PyDict() };
  ns.dict.setStr("implementation", info[0]);
  ns.dict.setStr("monotonic", info[1]);
  ns.dict.setStr("adjustable", info[2]);
  ns.dict.setStr("resolution", new PyFloat(1e-9));
  return ns;
}

export function makeTimeModule(): PyModule {
  const m = new PyModule(
    "time",
    "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating-point number (to represent fractions of seconds).\nThe epoch is the point where the time starts, the return value of time.gmtime(0).\nIt is January 1, 1970, 00:00:00 (UTC) on all platforms.\n",
  );
  const d = m.dict;
  d.setStr("struct_time", StructTimeType);
  d.setStr("_STRUCT_TM_ITEMS", 11);
  for (const [k, v] of [
    ["CLOCK_BOOTTIME", CLOCK_BOOTTIME],
    ["CLOCK_MONOTONIC", CLOCK_MONOTONIC],
    ["CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW],
    ["CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID],
    ["CLOCK_REALTIME", CLOCK_REALTIME],
    ["CLOCK_TAI", CLOCK_TAI],
    ["CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID],
  ] as [string, number][]) {
    d.setStr(k, v);
  }
  setZoneAttributes(m);

  const clock = (name: string, ns: () => bigint) => {
    defFunction(m, name, (args, kw) => {
      noArgs(`time.${name}`, args, kw);
      return nsToSeconds(ns());
    });
    defFunction(m, `${name}_ns`, (args, kw) => {
      noArgs(`time.${name}_ns`, args, kw);
      return nsInt(ns());
    });
  };
  clock("time", timeNs);
  clock("monotonic", monotonicNs);
  clock("perf_counter", monotonicNs);
  clock("process_time", processNs);
  clock("thread_time", processNs);

  defFunction(m, "sleep", (args, kw) => {
    const ns = timeoutNs(oneArg("time.sleep", args, kw));
    if (ns < 0) throw valueError("sleep length must be non-negative");
    sleep(ns);
    return None;
  });

  defFunction(m, "gmtime", (args, kw) => {
    atMostOne("gmtime", args, kw);
    return tmToStruct(gmtimeTm(toTimeT(args[0])));
  });
  defFunction(m, "localtime", (args, kw) => {
    atMostOne("localtime", args, kw);
    return tmToStruct(localtimeTm(toTimeT(args[0])));
  });
  defFunction(m, "mktime", (args, kw) => {
    const tm = gettmarg(oneArg("time.mktime", args, kw), "mktime");
    const t = mktime(tm);
    if (t === null) throw newException(OverflowError, "mktime argument out of range");
    return new PyFloat(t);
  });
  defFunction(m, "strftime", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("strftime() takes no keyword arguments");
    if (args.length < 1) throw typeError(`strftime() takes at least 1 argument (${args.length} given)`);
    if (args.length > 2) throw typeError(`strftime() takes at most 2 arguments (${args.length} given)`);
    const fmt = args[0];
    if (!isStr(fmt) || typeof fmt !== "string") {
      throw typeError(`strftime() argument 1 must be str, not ${typeName(fmt)}`);
    }
    let tm: Tm;
    if (args.length < 2) tm = cWday(localtimeTm(toTimeT(None)));
    else {
      tm = gettmarg(args[1], "strftime");
      checktm(tm);
      if (tm.isdst < -1) tm.isdst = -1;
      else if (tm.isdst > 1) tm.isdst = 1;
    }
    if (fmt.includes("\0")) throw valueError("embedded null character");
    return strftime(fmt, tm, cTzname());
  });
  defFunction(m, "asctime", (args, kw) => {
    positional("asctime", "asctime", args, kw, 0, 1);
    if (args.length === 0) return asctime(localtimeTm(toTimeT(None)));
    const tm = gettmarg(args[0], "asctime");
    checktm(tm);
    return asctime({ ...tm, wday: tm.wday });
  });
  defFunction(m, "ctime", (args, kw) => {
    atMostOne("ctime", args, kw);
    return asctime(cWday(localtimeTm(toTimeT(args[0]))));
  });
  defFunction(m, "tzset", (args, kw) => {
    noArgs("time.tzset", args, kw);
    setZoneAttributes(m);
    return None;
  });
  defFunction(m, "get_clock_info", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("get_clock_info() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`get_clock_info() takes exactly 1 argument (${args.length} given)`);
    return clockInfo(args[0]);
  });
  defFunction(m, "clock_gettime", (args, kw) => nsToSeconds(clockNs(asIndex(oneArg("time.clock_gettime", args, kw)))));
  defFunction(m, "clock_gettime_ns", (args, kw) => nsInt(clockNs(asIndex(oneArg("time.clock_gettime_ns", args, kw)))));
  defFunction(m, "clock_getres", (args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError("clock_getres() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`clock_getres() takes exactly 1 argument (${args.length} given)`);
    clockNs(asIndex(args[0]));
    return new PyFloat(1e-9);
  });
  return m;
}
