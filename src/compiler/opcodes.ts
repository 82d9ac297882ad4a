// The opcode table the compiler uses (CPython 3.13 numbering, stack effects, cache sizes).
export * from "../generated/opcode_metadata.js";
