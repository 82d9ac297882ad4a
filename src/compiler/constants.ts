// Compile-time constants of CPython 3.13 that are not opcode numbers (Include/internal/pycore_opcode_utils.h,
// pycore_intrinsics.h, pycore_code.h, compile.c).

export {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_HIDDEN,
  CO_FAST_LOCAL,
  CO_GENERATOR,
  CO_ITERABLE_COROUTINE,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_NOFREE,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
} from "../objects/code.js";

// Future / compiler flags (Include/cpython/compile.h, pycore_symtable.h).
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const PyCF_SOURCE_IS_UTF8 = 0x0100;
export const PyCF_DONT_IMPLY_DEDENT = 0x0200;
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_IGNORE_COOKIE = 0x0800;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
export const PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;
export const PyCF_MASK =
  CO_FUTURE_DIVISION |
  CO_FUTURE_ABSOLUTE_IMPORT |
  CO_FUTURE_WITH_STATEMENT |
  CO_FUTURE_PRINT_FUNCTION |
  CO_FUTURE_UNICODE_LITERALS |
  CO_FUTURE_BARRY_AS_BDFL |
  CO_FUTURE_GENERATOR_STOP |
  CO_FUTURE_ANNOTATIONS;

// BINARY_OP opargs.
export const NB_ADD = 0;
export const NB_AND = 1;
export const NB_FLOOR_DIVIDE = 2;
export const NB_LSHIFT = 3;
export const NB_MATRIX_MULTIPLY = 4;
export const NB_MULTIPLY = 5;
export const NB_REMAINDER = 6;
export const NB_OR = 7;
export const NB_POWER = 8;
export const NB_RSHIFT = 9;
export const NB_SUBTRACT = 10;
export const NB_TRUE_DIVIDE = 11;
export const NB_XOR = 12;
export const NB_INPLACE_ADD = 13;
export const NB_INPLACE_AND = 14;
export const NB_INPLACE_FLOOR_DIVIDE = 15;
export const NB_INPLACE_LSHIFT = 16;
export const NB_INPLACE_MATRIX_MULTIPLY = 17;
export const NB_INPLACE_MULTIPLY = 18;
export const NB_INPLACE_REMAINDER = 19;
export const NB_INPLACE_OR = 20;
export const NB_INPLACE_POWER = 21;
export const NB_INPLACE_RSHIFT = 22;
export const NB_INPLACE_SUBTRACT = 23;
export const NB_INPLACE_TRUE_DIVIDE = 24;
export const NB_INPLACE_XOR = 25;

// CALL_INTRINSIC_1 / CALL_INTRINSIC_2 opargs.
export const INTRINSIC_1_INVALID = 0;
export const INTRINSIC_PRINT = 1;
export const INTRINSIC_IMPORT_STAR = 2;
export const INTRINSIC_STOPITERATION_ERROR = 3;
export const INTRINSIC_ASYNC_GEN_WRAP = 4;
export const INTRINSIC_UNARY_POSITIVE = 5;
export const INTRINSIC_LIST_TO_TUPLE = 6;
export const INTRINSIC_TYPEVAR = 7;
export const INTRINSIC_PARAMSPEC = 8;
export const INTRINSIC_TYPEVARTUPLE = 9;
export const INTRINSIC_SUBSCRIPT_GENERIC = 10;
export const INTRINSIC_TYPEALIAS = 11;
export const INTRINSIC_2_INVALID = 0;
export const INTRINSIC_PREP_RERAISE_STAR = 1;
export const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
export const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
export const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;
export const INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

// COMPARE_OP: oparg = (cmp << 5) | mask, where mask tells which results of the three-way comparison are
// true (bit 16 of the oparg: convert the result to bool, set by the optimizer when TO_BOOL follows).
export const PY_LT = 0;
export const PY_LE = 1;
export const PY_EQ = 2;
export const PY_NE = 3;
export const PY_GT = 4;
export const PY_GE = 5;
export const COMPARISON_UNORDERED = 1;
export const COMPARISON_LESS_THAN = 2;
export const COMPARISON_GREATER_THAN = 4;
export const COMPARISON_EQUALS = 8;
export const COMPARISON_NOT_EQUALS = COMPARISON_UNORDERED | COMPARISON_LESS_THAN | COMPARISON_GREATER_THAN;
export const COMPARE_TO_BOOL = 16;
/** COMPARE_OP oparg before the optimizer adds the to-bool bit, indexed by PY_LT..PY_GE. */
export const COMPARE_OPARG: readonly number[] = [
  (PY_LT << 5) | COMPARISON_LESS_THAN,
  (PY_LE << 5) | COMPARISON_LESS_THAN | COMPARISON_EQUALS,
  (PY_EQ << 5) | COMPARISON_EQUALS,
  (PY_NE << 5) | COMPARISON_NOT_EQUALS,
  (PY_GT << 5) | COMPARISON_GREATER_THAN,
  (PY_GE << 5) | COMPARISON_GREATER_THAN | COMPARISON_EQUALS,
];

// SET_FUNCTION_ATTRIBUTE opargs (MAKE_FUNCTION flags).
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;

// RESUME opargs.
export const RESUME_AT_FUNC_START = 0;
export const RESUME_AFTER_YIELD = 1;
export const RESUME_AFTER_YIELD_FROM = 2;
export const RESUME_AFTER_AWAIT = 3;
export const RESUME_OPARG_LOCATION_MASK = 0x3;
export const RESUME_OPARG_DEPTH1_MASK = 0x4;

// CONVERT_VALUE opargs.
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;

// LOAD_SPECIAL-free 3.13: BUILD_SLICE, RAISE_VARARGS etc. take plain counts. Others:
/** The stack slots a `with` cleanup keeps below the exception (__exit__ bound method + NULL/self). */
export const STACK_USE_GUIDELINE = 30;
export const MAX_CO_MAXBLOCKS = 21; // CO_MAXBLOCKS: static nesting limit ("too many statically nested blocks")
