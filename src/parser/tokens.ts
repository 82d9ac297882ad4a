// Token types. Numbers 0..65 are CPython 3.13's (Lib/token.py), so `-m tokenize` can print them by
// name; keywords get their own numbers (>= KW_BASE) so the parser compares integers, not strings.

export const ENDMARKER = 0;
export const NAME = 1;
export const NUMBER = 2;
export const STRING = 3;
export const NEWLINE = 4;
export const INDENT = 5;
export const DEDENT = 6;
export const LPAR = 7;
export const RPAR = 8;
export const LSQB = 9;
export const RSQB = 10;
export const COLON = 11;
export const COMMA = 12;
export const SEMI = 13;
export const PLUS = 14;
export const MINUS = 15;
export const STAR = 16;
export const SLASH = 17;
export const VBAR = 18;
export const AMPER = 19;
export const LESS = 20;
export const GREATER = 21;
export const EQUAL = 22;
export const DOT = 23;
export const PERCENT = 24;
export const LBRACE = 25;
export const RBRACE = 26;
export const EQEQUAL = 27;
export const NOTEQUAL = 28;
export const LESSEQUAL = 29;
export const GREATEREQUAL = 30;
export const TILDE = 31;
export const CIRCUMFLEX = 32;
export const LEFTSHIFT = 33;
export const RIGHTSHIFT = 34;
export const DOUBLESTAR = 35;
export const PLUSEQUAL = 36;
export const MINEQUAL = 37;
export const STAREQUAL = 38;
export const SLASHEQUAL = 39;
export const PERCENTEQUAL = 40;
export const AMPEREQUAL = 41;
export const VBAREQUAL = 42;
export const CIRCUMFLEXEQUAL = 43;
export const LEFTSHIFTEQUAL = 44;
export const RIGHTSHIFTEQUAL = 45;
export const DOUBLESTAREQUAL = 46;
export const DOUBLESLASH = 47;
export const DOUBLESLASHEQUAL = 48;
export const AT = 49;
export const ATEQUAL = 50;
export const RARROW = 51;
export const ELLIPSIS = 52;
export const COLONEQUAL = 53;
export const EXCLAMATION = 54;
export const OP = 55;
export const TYPE_IGNORE = 56;
export const TYPE_COMMENT = 57;
export const SOFT_KEYWORD = 58;
export const FSTRING_START = 59;
export const FSTRING_MIDDLE = 60;
export const FSTRING_END = 61;
export const COMMENT = 62;
export const NL = 63;
export const ERRORTOKEN = 64;
export const ENCODING = 65;

export const TOK_NAMES: readonly string[] = [
  "ENDMARKER",
  "NAME",
  "NUMBER",
  "STRING",
  "NEWLINE",
  "INDENT",
  "DEDENT",
  "LPAR",
  "RPAR",
  "LSQB",
  "RSQB",
  "COLON",
  "COMMA",
  "SEMI",
  "PLUS",
  "MINUS",
  "STAR",
  "SLASH",
  "VBAR",
  "AMPER",
  "LESS",
  "GREATER",
  "EQUAL",
  "DOT",
  "PERCENT",
  "LBRACE",
  "RBRACE",
  "EQEQUAL",
  "NOTEQUAL",
  "LESSEQUAL",
  "GREATEREQUAL",
  "TILDE",
  "CIRCUMFLEX",
  "LEFTSHIFT",
  "RIGHTSHIFT",
  "DOUBLESTAR",
  "PLUSEQUAL",
  "MINEQUAL",
  "STAREQUAL",
  "SLASHEQUAL",
  "PERCENTEQUAL",
  "AMPEREQUAL",
  "VBAREQUAL",
  "CIRCUMFLEXEQUAL",
  "LEFTSHIFTEQUAL",
  "RIGHTSHIFTEQUAL",
  "DOUBLESTAREQUAL",
  "DOUBLESLASH",
  "DOUBLESLASHEQUAL",
  "AT",
  "ATEQUAL",
  "RARROW",
  "ELLIPSIS",
  "COLONEQUAL",
  "EXCLAMATION",
  "OP",
  "TYPE_IGNORE",
  "TYPE_COMMENT",
  "SOFT_KEYWORD",
  "FSTRING_START",
  "FSTRING_MIDDLE",
  "FSTRING_END",
  "COMMENT",
  "NL",
  "ERRORTOKEN",
  "ENCODING",
];

/** Operator text -> exact token type. */
export const OPERATORS: ReadonlyMap<string, number> = new Map([
  ["!", EXCLAMATION],
  ["!=", NOTEQUAL],
  ["%", PERCENT],
  ["%=", PERCENTEQUAL],
  ["&", AMPER],
  ["&=", AMPEREQUAL],
  ["(", LPAR],
  [")", RPAR],
  ["*", STAR],
  ["**", DOUBLESTAR],
  ["**=", DOUBLESTAREQUAL],
  ["*=", STAREQUAL],
  ["+", PLUS],
  ["+=", PLUSEQUAL],
  [",", COMMA],
  ["-", MINUS],
  ["-=", MINEQUAL],
  ["->", RARROW],
  [".", DOT],
  ["...", ELLIPSIS],
  ["/", SLASH],
  ["//", DOUBLESLASH],
  ["//=", DOUBLESLASHEQUAL],
  ["/=", SLASHEQUAL],
  [":", COLON],
  [":=", COLONEQUAL],
  [";", SEMI],
  ["<", LESS],
  ["<<", LEFTSHIFT],
  ["<<=", LEFTSHIFTEQUAL],
  ["<=", LESSEQUAL],
  ["=", EQUAL],
  ["==", EQEQUAL],
  [">", GREATER],
  [">=", GREATEREQUAL],
  [">>", RIGHTSHIFT],
  [">>=", RIGHTSHIFTEQUAL],
  ["@", AT],
  ["@=", ATEQUAL],
  ["[", LSQB],
  ["]", RSQB],
  ["^", CIRCUMFLEX],
  ["^=", CIRCUMFLEXEQUAL],
  ["{", LBRACE],
  ["|", VBAR],
  ["|=", VBAREQUAL],
  ["}", RBRACE],
  ["~", TILDE],
]);

// Hard keywords: token type = KW_BASE + index.
export const KW_BASE = 100;
export const KEYWORDS = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
] as const;
export const KW_FALSE = 100;
export const KW_NONE = 101;
export const KW_TRUE = 102;
export const KW_AND = 103;
export const KW_AS = 104;
export const KW_ASSERT = 105;
export const KW_ASYNC = 106;
export const KW_AWAIT = 107;
export const KW_BREAK = 108;
export const KW_CLASS = 109;
export const KW_CONTINUE = 110;
export const KW_DEF = 111;
export const KW_DEL = 112;
export const KW_ELIF = 113;
export const KW_ELSE = 114;
export const KW_EXCEPT = 115;
export const KW_FINALLY = 116;
export const KW_FOR = 117;
export const KW_FROM = 118;
export const KW_GLOBAL = 119;
export const KW_IF = 120;
export const KW_IMPORT = 121;
export const KW_IN = 122;
export const KW_IS = 123;
export const KW_LAMBDA = 124;
export const KW_NONLOCAL = 125;
export const KW_NOT = 126;
export const KW_OR = 127;
export const KW_PASS = 128;
export const KW_RAISE = 129;
export const KW_RETURN = 130;
export const KW_TRY = 131;
export const KW_WHILE = 132;
export const KW_WITH = 133;
export const KW_YIELD = 134;

export const KEYWORD_TYPES: ReadonlyMap<string, number> = new Map(KEYWORDS.map((k, i) => [k, KW_BASE + i]));

/** One token. Columns are UTF-8 byte offsets (as CPython's AST), positions are JS string indices. */
export class Token {
  constructor(
    public type: number,
    public value: string,
    public lineno: number,
    public col: number,
    public endLineno: number,
    public endCol: number,
    /** Index of the first character in the (newline-normalised) source. */
    public start: number,
    /** Index after the last character. */
    public end: number,
    /** Bracket nesting level after this token (CPython's token->level). */
    public level = 0,
  ) {}
}
