// Character classes the tokenizer needs. Printability follows CPython 3.13's own table (generated);
// identifier classes use the JS engine's Unicode properties (XID_Start / XID_Continue, as PEP 3131).

export { isPrintable } from "../generated/unicode_printable.js";

const XID_START = /\p{XID_Start}/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

export function isXidStart(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return XID_START.test(String.fromCodePoint(cp));
}

export function isXidContinue(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 95;
  return XID_CONTINUE.test(String.fromCodePoint(cp));
}
