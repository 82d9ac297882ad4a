// The natives of `complex` (CPython's Objects/complexobject.c): construction from numbers and strings,
// arithmetic (Smith's division, integer powers by repeated multiplication as CPython does), comparisons
// for equality, hashing and formatting.

import { callDescriptor, str as strOf, typeName } from "../vm/abstract.js";
import { checkArity, parseArgs } from "./args.js";
import { ComplexType, defGetSet, defMethod, defStatic, None, NotImplemented, typeOf } from "./builtin_types.js";
import { complexRepr, PyComplex, PyComplexSub } from "./complex.js";
import {
  DeprecationWarning,
  newException,
  OverflowError,
  typeError,
  valueError,
  ZeroDivisionError,
} from "./exceptions.js";
import { PyFloat } from "./float.js";
import {
  crAtan2,
  crCos,
  crExp,
  crHypot,
  crLog,
  crSin,
  floatAsDouble,
  identityHash,
  numberToFloat,
  parseFloatPrefix,
  powPositive,
  removeNumberUnderscores,
} from "./float_type.js";
import { asInt, compareFloatInt, complexHash, floatHash, type Int, intToFloat, numberWarnings } from "./int.js";
import { checkNewArgs, repr200, ternaryArgs, transformDecimalAndSpace, wrapperArgs } from "./int_type.js";
import { formatComplexSpec } from "./number_format.js";
import type { PyObject } from "./object.js";
import { asStr, PyCodePointStr, type Str } from "./str.js";
import { PyTuple } from "./tuple.js";
import type { PyType } from "./type.js";

ComplexType.allocate = (t: PyType) => new PyComplexSub(0, 0, t);

/** An instance of `cls` (complex or a subclass) holding real + imag*j. */
export function newComplexSubclassInstance(cls: PyType, real: number, imag: number): PyComplex {
  return cls === ComplexType ? new PyComplex(real, imag) : new PyComplexSub(real, imag, cls);
}

// ---------------------------------------------------------------------------------------------------
// Kernels

/** A complex operand: complex, float, int or bool as [real, imag]; undefined for anything else. */
export function toComplex(o: PyObject): [number, number] | undefined {
  if (o instanceof PyComplex) return [o.real, o.imag];
  if (o instanceof PyFloat) return [o.value, 0];
  const i = asInt(o);
  if (i !== undefined) return [intToFloat(i), 0];
  return undefined;
}

/** CPython's _Py_c_quot; null when dividing by zero. */
export function complexQuot(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [Number.NaN, Number.NaN];
}

function cprod(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/** x ** n for an integer n > 0 by repeated squaring (CPython's c_powu). */
function cpowu(xr: number, xi: number, n: number): [number, number] {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) [rr, ri] = cprod(rr, ri, pr, pi);
    mask <<= 1;
    [pr, pi] = cprod(pr, pi, pr, pi);
  }
  return [rr, ri];
}

/** C's pow(x, y) for x >= 0 (1 ** nan is 1, unlike Math.pow). */
function cPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (y === Infinity) return x < 1 ? 0 : Infinity;
  if (y === -Infinity) return x < 1 ? Infinity : 0;
  return powPositive(x, y);
}

/** CPython's _Py_c_pow; null for 0 to a negative or complex power. */
function cpow(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) return null;
    return [0, 0];
  }
  const vabs = crHypot(ar, ai);
  let len = cPow(vabs, br);
  const at = crAtan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= crExp(at * bi);
    phase += bi * (vabs === Infinity ? Infinity : crLog(vabs));
  }
  // cos and sin of an infinity set errno to EDOM, which CPython reports as a zero division
  if (phase === Infinity || phase === -Infinity) return null;
  return [len * crCos(phase), len * crSin(phase)];
}

/** complex ** complex (CPython's complex_pow without a modulus). */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  let p: [number, number] | null;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) p = cpowu(ar, ai, n);
    else {
      const d = cpowu(ar, ai, -n);
      p = complexQuot(1, 0, d[0], d[1]);
    }
  } else p = cpow(ar, ai, br, bi);
  if (p === null) throw newException(ZeroDivisionError, "0.0 to a negative or complex power");
  if (p[0] === Infinity || p[0] === -Infinity || p[1] === Infinity || p[1] === -Infinity) {
    throw newException(OverflowError, "complex exponentiation");
  }
  return new PyComplex(p[0], p[1]);
}

/** abs(complex) (CPython's _Py_c_abs). */
export function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return Math.abs(re);
    if (im === Infinity || im === -Infinity) return Math.abs(im);
    return Number.NaN;
  }
  const r = crHypot(re, im);
  if (!Number.isFinite(r)) throw newException(OverflowError, "absolute value too large");
  return r;
}

/** hash(complex) for the complex object `o`. */
export function complexObjectHash(o: object, re: number, im: number): Int {
  const hr = Number.isNaN(re) ? identityHash(o) : floatHash(re);
  const hi = Number.isNaN(im) ? identityHash(o) : floatHash(im);
  return complexHash(hr, hi);
}

// ---------------------------------------------------------------------------------------------------
// complex(str)

function isCSpace(c: number | undefined): boolean {
  return c === 32 || (c !== undefined && c >= 9 && c <= 13);
}

/** CPython's complex_from_string_inner on an ASCII string; null when malformed. */
export function parseComplexString(s: string): [number, number] | null {
  const n = s.length;
  let i = 0;
  let x = 0;
  let y = 0;
  while (isCSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s[i] === "(") {
    bracket = true;
    i++;
    while (isCSpace(s.charCodeAt(i))) i++;
  }
  const z = parseFloatPrefix(s, i);
  if (z !== null) {
    i = z[1];
    const c = s[i];
    if (c === "+" || c === "-") {
      x = z[0];
      const w = parseFloatPrefix(s, i);
      if (w !== null) {
        y = w[0];
        i = w[1];
      } else {
        y = c === "+" ? 1 : -1;
        i++;
      }
      if (s[i] !== "j" && s[i] !== "J") return null;
      i++;
    } else if (c === "j" || c === "J") {
      i++;
      y = z[0];
    } else x = z[0];
  } else {
    const c = s[i];
    if (c === "+" || c === "-") {
      y = c === "+" ? 1 : -1;
      i++;
    } else y = 1;
    if (s[i] !== "j" && s[i] !== "J") return null;
    i++;
  }
  while (isCSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s[i] !== ")") return null;
    i++;
    while (isCSpace(s.charCodeAt(i))) i++;
  }
  if (i !== n) return null;
  return [x, y];
}

function complexFromStr(s: Str, orig: PyObject): [number, number] {
  const t = removeNumberUnderscores(transformDecimalAndSpace(s));
  if (t === null) throw valueError(`could not convert string to complex: ${repr200(orig)}`);
  const r = parseComplexString(t);
  if (r === null) throw valueError("complex() arg is a malformed string");
  return r;
}

// ---------------------------------------------------------------------------------------------------
// complex(real, imag)

/** The result of `__complex__`, or undefined when the object has none. */
function tryComplexMethod(o: PyObject): PyComplex | undefined {
  const f = typeOf(o).lookup("__complex__");
  if (f === undefined || f === None) return undefined;
  const r = callDescriptor(f, o, []);
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
  if (r.type !== ComplexType) {
    numberWarnings.warn(
      DeprecationWarning,
      `__complex__ returned non-complex (type ${typeName(r)}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`,
    );
  }
  return r;
}

function isNumberLike(o: PyObject): boolean {
  if (o instanceof PyComplex || o instanceof PyFloat) return true;
  if (asInt(o) !== undefined) return true;
  const t = typeOf(o);
  return t.lookup("__float__") !== undefined || t.lookup("__index__") !== undefined;
}

/** complex_new_impl for the exact type. */
function complexNew(r: PyObject, i: PyObject): [number, number] {
  if (r === undefined) r = 0;
  const rs = asStr(r);
  if (rs !== undefined) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    return complexFromStr(rs, r);
  }
  if (i !== undefined && asStr(i) !== undefined) throw typeError("complex() second arg can't be a string");
  const tmp = tryComplexMethod(r);
  if (tmp !== undefined) r = tmp;
  if (!isNumberLike(r)) {
    throw typeError(`complex() first argument must be a string or a number, not '${typeName(r)}'`);
  }
  if (i !== undefined && !isNumberLike(i)) {
    throw typeError(`complex() second argument must be a number, not '${typeName(i)}'`);
  }
  let crr: number;
  let cri = 0;
  let crIsComplex = false;
  if (r instanceof PyComplex) {
    crr = r.real;
    cri = r.imag;
    crIsComplex = true;
  } else crr = numberToFloat(r);
  let cir: number;
  let cii = 0;
  let ciIsComplex = false;
  if (i === undefined) cir = cri;
  else if (i instanceof PyComplex) {
    cir = i.real;
    cii = i.imag;
    ciIsComplex = true;
  } else cir = numberToFloat(i);
  if (ciIsComplex) crr -= cii;
  if (crIsComplex && i !== undefined) cir += cri;
  return [crr, cir];
}

defStatic(ComplexType, "__new__", (args, kwnames) => {
  const cls = checkNewArgs(ComplexType, args);
  const rest = args.slice(1);
  const [r, i] = parseArgs("complex", rest, kwnames, ["real", "imag"], 0);
  if (cls === ComplexType && i === undefined && r instanceof PyComplex && r.type === ComplexType) return r;
  const [re, im] = complexNew(r, i);
  return cls === ComplexType ? new PyComplex(re, im) : new PyComplexSub(re, im, cls);
});

// ---------------------------------------------------------------------------------------------------
// Special methods

function selfComplex(self: PyObject): PyComplex {
  if (self instanceof PyComplex) return self;
  throw typeError(`descriptor requires a 'complex' object but received a '${typeName(self)}'`);
}

defMethod(ComplexType, "__repr__", (self, args, kwnames) => {
  wrapperArgs("__repr__", args, kwnames, 0);
  const c = selfComplex(self);
  return complexRepr(c.real, c.imag);
});

defMethod(ComplexType, "__hash__", (self, args, kwnames) => {
  wrapperArgs("__hash__", args, kwnames, 0);
  const c = selfComplex(self);
  return complexObjectHash(c, c.real, c.imag);
});

/** complex == other: a boolean, or undefined for types complex does not compare with. */
function complexEquals(c: PyComplex, o: PyObject): boolean | undefined {
  if (o instanceof PyComplex) return c.real === o.real && c.imag === o.imag;
  if (o instanceof PyFloat) return c.real === o.value && c.imag === 0;
  const i = asInt(o);
  if (i === undefined) return undefined;
  if (c.imag !== 0) return false;
  return compareFloatInt(c.real, i) === 0;
}

for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
  defMethod(ComplexType, name, (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 1);
    selfComplex(self);
    return NotImplemented;
  });
}
defMethod(ComplexType, "__eq__", (self, args, kwnames) => {
  wrapperArgs("__eq__", args, kwnames, 1);
  const r = complexEquals(selfComplex(self), args[0]);
  return r === undefined ? NotImplemented : r;
});
defMethod(ComplexType, "__ne__", (self, args, kwnames) => {
  wrapperArgs("__ne__", args, kwnames, 1);
  const r = complexEquals(selfComplex(self), args[0]);
  return r === undefined ? NotImplemented : !r;
});

function defBinary(name: string, f: (ar: number, ai: number, br: number, bi: number) => PyObject): void {
  defMethod(ComplexType, `__${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__${name}__`, args, kwnames, 1);
    const a = selfComplex(self);
    const b = toComplex(args[0]);
    if (b === undefined) return NotImplemented;
    return f(a.real, a.imag, b[0], b[1]);
  });
  defMethod(ComplexType, `__r${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__r${name}__`, args, kwnames, 1);
    const b = selfComplex(self);
    const a = toComplex(args[0]);
    if (a === undefined) return NotImplemented;
    return f(a[0], a[1], b.real, b.imag);
  });
}

defBinary("add", (ar, ai, br, bi) => new PyComplex(ar + br, ai + bi));
defBinary("sub", (ar, ai, br, bi) => new PyComplex(ar - br, ai - bi));
defBinary("mul", (ar, ai, br, bi) => new PyComplex(ar * br - ai * bi, ar * bi + ai * br));
defBinary("truediv", (ar, ai, br, bi) => {
  const q = complexQuot(ar, ai, br, bi);
  if (q === null) throw newException(ZeroDivisionError, "complex division by zero");
  return new PyComplex(q[0], q[1]);
});

function defPow(name: string, reflected: boolean): void {
  defMethod(ComplexType, name, (self, args, kwnames) => {
    ternaryArgs(name, args, kwnames);
    const s = selfComplex(self);
    const o = toComplex(args[0]);
    if (o === undefined) return NotImplemented;
    if (args.length > 1 && args[1] !== None) throw valueError("complex modulo");
    return reflected ? complexPow(o[0], o[1], s.real, s.imag) : complexPow(s.real, s.imag, o[0], o[1]);
  });
}
defPow("__pow__", false);
defPow("__rpow__", true);

function defUnary(name: string, f: (c: PyComplex) => PyObject): void {
  defMethod(ComplexType, name, (self, args, kwnames) => {
    wrapperArgs(name, args, kwnames, 0);
    return f(selfComplex(self));
  });
}

/** An exact complex with the value of `c`. */
function exactComplex(c: PyComplex): PyComplex {
  return c.type === ComplexType ? c : new PyComplex(c.real, c.imag);
}

defUnary("__neg__", (c) => new PyComplex(-c.real, -c.imag));
defUnary("__pos__", exactComplex);
defUnary("__abs__", (c) => new PyFloat(complexAbs(c.real, c.imag)));
defUnary("__bool__", (c) => c.real !== 0 || c.imag !== 0);

defMethod(ComplexType, "__complex__", (self, args, kwnames) => {
  checkArity("complex.__complex__", args, kwnames, 0, 0);
  return exactComplex(selfComplex(self));
});

defMethod(ComplexType, "__format__", (self, args, kwnames) => {
  checkArity("complex.__format__", args, kwnames, 1, 1);
  const spec = asStr(args[0]);
  if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[0])}`);
  const c = selfComplex(self);
  if (spec === "" || (spec instanceof PyCodePointStr && spec.codePoints.length === 0)) {
    return c.type === ComplexType ? complexRepr(c.real, c.imag) : strOf(self);
  }
  return formatComplexSpec(c.real, c.imag, spec, typeName(self));
});

defMethod(ComplexType, "__getnewargs__", (self, args, kwnames) => {
  checkArity("complex.__getnewargs__", args, kwnames, 0, 0);
  const c = selfComplex(self);
  return new PyTuple([new PyFloat(c.real), new PyFloat(c.imag)]);
});

// ---------------------------------------------------------------------------------------------------
// Public methods

defMethod(ComplexType, "conjugate", (self, args, kwnames) => {
  checkArity("complex.conjugate", args, kwnames, 0, 0);
  const c = selfComplex(self);
  return new PyComplex(c.real, -c.imag);
});

defGetSet(ComplexType, "real", (self) => new PyFloat(selfComplex(self).real));
defGetSet(ComplexType, "imag", (self) => new PyFloat(selfComplex(self).imag));

/** complex(o) as [real, imag] for other modules (cmath): complex, __complex__, or a real number. */
export function asComplexValue(o: PyObject): [number, number] {
  if (o instanceof PyComplex) return [o.real, o.imag];
  const c = tryComplexMethod(o);
  if (c !== undefined) return [c.real, c.imag];
  return [floatAsDouble(o), 0];
}
