// Python `complex` values and their repr.

import { formatFloatRepr } from "./float.js";
import type { PyObject } from "./object.js";
import type { PyType } from "./type.js";

export class PyComplex {
  /** Set on the prototype to `complex` (src/objects/builtin_types.ts); own property for subclass instances. */
  declare type: PyType;
  constructor(
    public real: number,
    public imag: number,
  ) {}
}

/**
 * An instance of a subclass of complex (`class C(complex)`): a PyComplex with its own type and instance
 * __dict__ (a PyDict, or null until first needed).
 */
export class PyComplexSub extends PyComplex {
  dict: PyObject = null;
  /** Values of __slots__ members (by PyType.slotIndex), or null. */
  slots: PyObject[] | null;
  constructor(real: number, imag: number, type: PyType) {
    super(real, imag);
    Object.defineProperty(this, "type", { value: type, writable: true, enumerable: false });
    const n = type.slotIndex === null ? 0 : type.slotIndex.size;
    this.slots = n > 0 ? new Array(n).fill(undefined) : null;
  }
}

/**
 * `repr(complex)` exactly as CPython 3.13 (`complex_repr`): when the real part is +0.0 only the imaginary
 * part is shown (`1j`, `-0j`, `1e+16j`, `infj`, `nanj`); otherwise `(re±imj)`, e.g. `(1+2j)`, `(-0-1j)`,
 * `(nan+nanj)`. Both parts use repr's digits without the ".0" suffix.
 */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && 1 / real > 0) return formatFloatRepr(imag, false, false) + "j";
  return "(" + formatFloatRepr(real, false, false) + formatFloatRepr(imag, false, true) + "j)";
}
