// Python exceptions raised by the front end. They carry exactly the fields of CPython's SyntaxError,
// so the CLI (and later the VM) can print them the way CPython does.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    /** Python exception class name. */
    public kind: SyntaxErrorKind,
    /** The message, e.g. "'(' was never closed". */
    public msg: string,
    /** null stands for Python's None (CPython leaves some fields None, e.g. for null bytes). */
    public filename: string | null,
    /** 1-based line, 0 when unknown (e.g. encoding problems). */
    public lineno: number | null,
    /** 1-based offset in characters (code points) within `text`, 0 when unknown. */
    public offset: number | null,
    /** The source line the error is on (with its newline), or null. */
    public text: string | null,
    public end_lineno: number | null,
    public end_offset: number | null,
  ) {
    super(`${kind}: ${msg}`);
  }
}

/**
 * A limit of the parser, reported like CPython's: `MemoryError: Parser stack overflowed - Python source
 * too complex to parse` when rules nest deeper than CPython's MAXSTACK (6000).
 */
export class PyParserLimitError extends Error {
  readonly kind = "MemoryError";
  constructor(public msg: string) {
    super(`MemoryError: ${msg}`);
  }
}

export const PARSER_STACK_OVERFLOW = "Parser stack overflowed - Python source too complex to parse";

/**
 * Where the front end and the compiler report warnings (CPython's PyErr_WarnExplicit with
 * SyntaxWarning): the VM installs a printer that follows the warnings filters; tools ignore them.
 */
export const warningHook: {
  warn: (category: "SyntaxWarning" | "DeprecationWarning", msg: string, filename: string, lineno: number) => void;
} = {
  warn: () => {},
};
