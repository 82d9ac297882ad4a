// Code objects: the compiler's output and the eval loop's input, in CPython 3.13's layout.
//
// The bytecode format is CPython 3.13's, unit for unit: 16-bit code units (`opcode | oparg << 8`), inline
// cache units (opcode CACHE = 0) after instructions that have them (see `_PyOpcode_Caches` in
// src/generated/opcode_metadata.ts), EXTENDED_ARG prefixes, jump offsets in code units relative to the
// unit after the instruction's caches. `co_exceptiontable` and `co_linetable` use CPython's binary formats
// (Objects/exception_handling_notes.txt, Objects/locations.md). Keeping CPython's format means `dis` output
// can be compared with CPython's and code objects dumped from CPython can be run for testing.

import type { PyObject } from "./object.js";

// co_flags (Include/cpython/code.h)
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_HAS_DOCSTRING = 0x4000000; // 3.14 only; unused in 3.13
export const CO_METHOD = 0x8000000; // 3.14 only; unused in 3.13

// co_localspluskinds bits (Include/internal/pycore_code.h)
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

export class PyCode {
  /** Code units as executed: specialization rewrites opcodes and caches in place (later issue). */
  _co_code_adaptive: Uint16Array;
  /** Cache of decoded exception-table entries, built on first use by the eval loop. */
  _exceptionEntries: Int32Array | null = null;
  /** Per-code-object data owned by the VM (e.g. the PyTuple of consts as seen from Python). */
  _vmData: unknown = null;

  constructor(
    public co_argcount: number,
    public co_posonlyargcount: number,
    public co_kwonlyargcount: number,
    public co_stacksize: number,
    public co_flags: number,
    /** The original code units (CACHE entries zero), as `co_code` shows them. */
    public co_code: Uint16Array,
    /** Constants; nested code objects are PyCode; tuples are PyTuple; frozensets PyFrozenSet. */
    public co_consts: PyObject[],
    public co_names: string[],
    /** Locals, then cells that are not arguments, then free variables (CPython's localsplus order). */
    public co_localsplusnames: string[],
    /** One CO_FAST_* bit set per name in co_localsplusnames. */
    public co_localspluskinds: Uint8Array,
    public co_filename: string,
    public co_name: string,
    public co_qualname: string,
    public co_firstlineno: number,
    /** CPython 3.11+ location table (PEP 626 + PEP 657 positions). */
    public co_linetable: Uint8Array,
    /** CPython 3.11+ exception table (varint-encoded start, size, target, depth<<1|lasti). */
    public co_exceptiontable: Uint8Array,
  ) {
    this._co_code_adaptive = co_code.slice();
  }

  get co_nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }

  private namesOfKind(kind: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      if (this.co_localspluskinds[i]! & kind) out.push(this.co_localsplusnames[i]!);
    }
    return out;
  }

  get co_varnames(): string[] {
    return this.namesOfKind(CO_FAST_LOCAL);
  }
  get co_cellvars(): string[] {
    return this.namesOfKind(CO_FAST_CELL);
  }
  get co_freevars(): string[] {
    return this.namesOfKind(CO_FAST_FREE);
  }
  get co_nlocals(): number {
    return this.co_varnames.length;
  }
}
