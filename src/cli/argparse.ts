// An argparse-faithful command-line parser (Lib/argparse.py behaviour: usage, help layout at the
// terminal width, error messages) and the Python-literal helpers it needs.

import type { CliIO } from "./io.js";
import { isPrintable } from "../generated/unicode_printable.js";

/** Signals a `sys.exit(code)` from deep inside a command. */
export class CliExit {
  constructor(public code: number) {}
}

/** `repr(s)` of a Python str. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp)) out += ch;
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

const isPySpace = (cp: number): boolean =>
  (cp >= 0x09 && cp <= 0x0d) ||
  (cp >= 0x1c && cp <= 0x20) ||
  cp === 0x85 ||
  cp === 0xa0 ||
  cp === 0x1680 ||
  (cp >= 0x2000 && cp <= 0x200a) ||
  cp === 0x2028 ||
  cp === 0x2029 ||
  cp === 0x202f ||
  cp === 0x205f ||
  cp === 0x3000;

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Value of a Unicode decimal digit (every Nd run is made of whole blocks 0..9). */
function digitValue(ch: string): number {
  let cp = ch.codePointAt(0)!;
  const start = cp;
  while (cp > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(cp - 1))) cp--;
  return (start - cp) % 10;
}

/** `int(s)` for a str in base 10, or null where Python raises ValueError. */
export function pyInt(s: string): bigint | null {
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  while (a < b && isPySpace(cps[a]!.codePointAt(0)!)) a++;
  while (b > a && isPySpace(cps[b - 1]!.codePointAt(0)!)) b--;
  let negative = false;
  if (a < b && (cps[a] === "+" || cps[a] === "-")) {
    negative = cps[a] === "-";
    a++;
  }
  if (a >= b) return null;
  let value = 0n;
  let prevDigit = false;
  for (let k = a; k < b; k++) {
    const ch = cps[k]!;
    if (ch === "_") {
      if (!prevDigit || k + 1 >= b) return null;
      prevDigit = false;
      continue;
    }
    if (!DECIMAL_DIGIT.test(ch)) return null;
    value = value * 10n + BigInt(digitValue(ch));
    prevDigit = true;
  }
  return negative ? -value : value;
}

// ---------------------------------------------------------------------------------------------
// A faithful subset of argparse (3.13) for the parsers of `python -m MODULE` commands

/** One argument of an ArgParser (the subset of argparse's add_argument() that our CLIs use). */
export interface ArgAction {
  optionStrings: string[];
  dest: string;
  /** 0 (flag), 1 (one value), or "?" (optional positional). */
  nargs: 0 | 1 | "?";
  help: string;
  /** For flags: the value stored when present; `"help"` prints the help. */
  kind: "store" | "store_const" | "help";
  constValue?: unknown;
  defaultValue: unknown;
  choices?: string[];
  metavar?: string;
  type?: "int";
}

class ArgumentError {
  constructor(
    public action: ArgAction | null,
    public message: string,
  ) {}
  toString(): string {
    if (!this.action) return this.message;
    const name = this.action.optionStrings.length ? this.action.optionStrings.join("/") : this.action.dest;
    return `argument ${name}: ${this.message}`;
  }
}

export class ArgParser {
  readonly optionals: ArgAction[] = [];
  readonly positionals: ArgAction[] = [];
  private readonly byOptionString = new Map<string, ArgAction>();

  constructor(
    public prog: string,
    private io: CliIO,
  ) {
    this.add({
      optionStrings: ["-h", "--help"],
      dest: "help",
      nargs: 0,
      help: "show this help message and exit",
      kind: "help",
      defaultValue: undefined,
    });
  }

  add(action: ArgAction): void {
    if (action.optionStrings.length === 0) {
      this.positionals.push(action);
      return;
    }
    this.optionals.push(action);
    for (const s of action.optionStrings) this.byOptionString.set(s, action);
  }

  private get allActions(): ArgAction[] {
    // argparse keeps them in creation order; -h first, positionals where they were added.
    return [...this.optionals.slice(0, 1), ...this.positionals, ...this.optionals.slice(1)];
  }

  // --- help formatting (HelpFormatter with the terminal width) ---

  private metavar(a: ArgAction): string {
    if (a.metavar) return a.metavar;
    if (a.choices) return `{${a.choices.join(",")}}`;
    return a.optionStrings.length ? a.dest.toUpperCase() : a.dest;
  }

  private formatArgs(a: ArgAction): string {
    return a.nargs === "?" ? `[${this.metavar(a)}]` : this.metavar(a);
  }

  private usagePart(a: ArgAction): string {
    if (a.optionStrings.length === 0) return this.formatArgs(a);
    const s = a.nargs === 0 ? a.optionStrings[0]! : `${a.optionStrings[0]} ${this.formatArgs(a)}`;
    return `[${s}]`;
  }

  private invocation(a: ArgAction): string {
    if (a.optionStrings.length === 0) return this.metavar(a);
    if (a.nargs === 0) return a.optionStrings.join(", ");
    return `${a.optionStrings.join(", ")} ${this.formatArgs(a)}`;
  }

  formatUsage(): string {
    const width = this.io.terminalColumns() - 2;
    const prefix = "usage: ";
    const prog = this.prog;
    const optParts = this.optionals.map((a) => this.usagePart(a));
    const posParts = this.positionals.map((a) => this.usagePart(a));
    let usage = [prog, ...optParts, ...posParts].join(" ");
    const textWidth = width;
    if (prefix.length + usage.length > textWidth) {
      const getLines = (parts: string[], indent: string, pfx?: string): string[] => {
        const lines: string[] = [];
        let line: string[] = [];
        const indentLength = indent.length;
        let lineLen = pfx !== undefined ? pfx.length - 1 : indentLength - 1;
        for (const part of parts) {
          if (lineLen + 1 + part.length > textWidth && line.length) {
            lines.push(indent + line.join(" "));
            line = [];
            lineLen = indentLength - 1;
          }
          line.push(part);
          lineLen += part.length + 1;
        }
        if (line.length) lines.push(indent + line.join(" "));
        if (pfx !== undefined) lines[0] = lines[0]!.slice(indentLength);
        return lines;
      };
      let lines: string[];
      if (prefix.length + prog.length <= 0.75 * textWidth) {
        const indent = " ".repeat(prefix.length + prog.length + 1);
        if (optParts.length) {
          lines = getLines([prog, ...optParts], indent, prefix);
          lines.push(...getLines(posParts, indent));
        } else if (posParts.length) {
          lines = getLines([prog, ...posParts], indent, prefix);
        } else {
          lines = [prog];
        }
      } else {
        const indent = " ".repeat(prefix.length);
        lines = getLines([...optParts, ...posParts], indent);
        if (lines.length > 1) {
          lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
        }
        lines = [prog, ...lines];
      }
      usage = lines.join("\n");
    }
    return `${prefix}${usage}\n`;
  }

  formatHelp(): string {
    const width = this.io.terminalColumns() - 2;
    const maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
    const sections: [string, ArgAction[]][] = [
      ["positional arguments", this.positionals],
      ["options", this.optionals],
    ];
    let actionMaxLength = 0;
    for (const [, actions] of sections) {
      for (const a of actions) actionMaxLength = Math.max(actionMaxLength, this.invocation(a).length + 2);
    }
    const helpPosition = Math.min(actionMaxLength + 2, maxHelpPosition);
    const helpWidth = Math.max(width - helpPosition, 11);
    const actionWidth = helpPosition - 2 - 2;
    let out = `${this.formatUsage()}`;
    for (const [title, actions] of sections) {
      if (!actions.length) continue;
      out += `\n${title}:\n`;
      for (const a of actions) {
        const header = this.invocation(a);
        let indentFirst: number;
        if (header.length <= actionWidth) {
          out += `  ${header.padEnd(actionWidth)}  `;
          indentFirst = 0;
        } else {
          out += `  ${header}\n`;
          indentFirst = helpPosition;
        }
        const lines = wrapText(a.help, helpWidth);
        out += `${" ".repeat(indentFirst)}${lines[0] ?? ""}\n`;
        for (const line of lines.slice(1)) out += `${" ".repeat(helpPosition)}${line}\n`;
      }
    }
    return out;
  }

  private error(message: string): never {
    this.io.stderr(this.formatUsage());
    this.io.stderr(`${this.prog}: error: ${message}\n`);
    throw new CliExit(2);
  }

  // --- parsing (ArgumentParser._parse_known_args) ---

  parseArgs(argStrings: string[]): Record<string, unknown> {
    try {
      const [ns, extras] = this.parseKnownArgs(argStrings);
      if (extras.length) this.error(`unrecognized arguments: ${extras.join(" ")}`);
      return ns;
    } catch (err) {
      if (err instanceof ArgumentError) this.error(err.toString());
      throw err;
    }
  }

  private parseOptional(arg: string): [ArgAction | null, string, string | null, string | null] | null {
    if (!arg) return null;
    if (arg[0] !== "-") return null;
    const exact = this.byOptionString.get(arg);
    if (exact) return [exact, arg, null, null];
    if (arg.length === 1) return null;
    const eq = arg.indexOf("=");
    if (eq >= 0) {
      const optionString = arg.slice(0, eq);
      const action = this.byOptionString.get(optionString);
      if (action) return [action, optionString, "=", arg.slice(eq + 1)];
    }
    const tuples = this.optionTuples(arg);
    if (tuples.length > 1) {
      const options = tuples.map((t) => t[1]).join(", ");
      throw new ArgumentError(null, `ambiguous option: ${arg} could match ${options}`);
    }
    if (tuples.length === 1) return tuples[0]!;
    if (/^-\d+$|^-\d*\.\d+$/.test(arg)) return null; // no option looks like a negative number
    if (arg.includes(" ")) return null;
    return [null, arg, null, null];
  }

  private optionTuples(optionString: string): [ArgAction, string, string | null, string | null][] {
    const result: [ArgAction, string, string | null, string | null][] = [];
    if (optionString[1] === "-") {
      const eq = optionString.indexOf("=");
      const prefix = eq >= 0 ? optionString.slice(0, eq) : optionString;
      const sep = eq >= 0 ? "=" : null;
      const explicit = eq >= 0 ? optionString.slice(eq + 1) : null;
      for (const [s, action] of this.byOptionString) {
        if (s.startsWith(prefix)) result.push([action, s, sep, explicit]);
      }
    } else {
      const shortPrefix = optionString.slice(0, 2);
      const shortExplicit = optionString.slice(2);
      for (const [s, action] of this.byOptionString) {
        if (s === shortPrefix) result.push([action, s, "", shortExplicit]);
        else if (s.startsWith(optionString)) result.push([action, s, null, null]);
      }
    }
    return result;
  }

  private convert(action: ArgAction, s: string): unknown {
    let value: unknown = s;
    if (action.type === "int") {
      const n = pyInt(s);
      if (n === null) throw new ArgumentError(action, `invalid int value: ${pyRepr(s)}`);
      value = n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    if (action.choices && !action.choices.includes(value as string)) {
      const choices = action.choices.map(pyRepr).join(", ");
      throw new ArgumentError(action, `invalid choice: ${pyRepr(String(value))} (choose from ${choices})`);
    }
    return value;
  }

  private parseKnownArgs(args: string[]): [Record<string, unknown>, string[]] {
    const ns: Record<string, unknown> = {};
    for (const a of this.allActions) if (a.kind !== "help") ns[a.dest] = a.defaultValue;

    // Classify: 'O' option, 'A' argument, '-' for "--".
    const optionIndices = new Map<number, [ArgAction | null, string, string | null, string | null]>();
    let pattern = "";
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "--") {
        pattern += "-";
        pattern += "A".repeat(args.length - i - 1);
        break;
      }
      const t = this.parseOptional(args[i]!);
      if (t === null) pattern += "A";
      else {
        optionIndices.set(i, t);
        pattern += "O";
      }
    }

    const takeAction = (action: ArgAction, argStrings: string[]): void => {
      if (action.kind === "help") {
        this.io.stdout(this.formatHelp());
        throw new CliExit(0);
      }
      if (action.kind === "store_const") {
        ns[action.dest] = action.constValue;
        return;
      }
      let strings = argStrings;
      if (action.optionStrings.length === 0) {
        const k = strings.indexOf("--");
        if (k >= 0) strings = [...strings.slice(0, k), ...strings.slice(k + 1)];
      }
      if (strings.length === 0 && action.nargs === "?") {
        ns[action.dest] = action.defaultValue;
        return;
      }
      ns[action.dest] = this.convert(action, strings[0]!);
    };

    const extras: string[] = [];
    const matchCount = (action: ArgAction, pat: string): number => {
      // Optionals never match "--"; nargs None → "(A)", 0 → "()".
      if (action.nargs === 0) return 0;
      if (pat[0] === "A") return 1;
      throw new ArgumentError(action, "expected one argument");
    };

    const consumeOptional = (startIndex: number): number => {
      let [action, optionString, sep, explicitArg] = optionIndices.get(startIndex)!;
      const tuples: [ArgAction, string[]][] = [];
      let stop: number;
      for (;;) {
        if (action === null) {
          extras.push(args[startIndex]!);
          return startIndex + 1;
        }
        if (explicitArg !== null) {
          const argCount = action.nargs === 0 ? 0 : 1;
          if (argCount === 0 && optionString[1] !== "-" && explicitArg !== "") {
            if (sep || explicitArg[0] === "-") {
              throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
            }
            tuples.push([action, []]);
            const next = `-${explicitArg[0]}`;
            const nextAction = this.byOptionString.get(next);
            if (nextAction) {
              action = nextAction;
              optionString = next;
              explicitArg = explicitArg.slice(1);
              if (!explicitArg) {
                sep = explicitArg = null;
              } else if (explicitArg[0] === "=") {
                sep = "=";
                explicitArg = explicitArg.slice(1);
              } else {
                sep = "";
              }
            } else {
              extras.push(`-${explicitArg}`);
              stop = startIndex + 1;
              break;
            }
          } else if (argCount === 1) {
            stop = startIndex + 1;
            tuples.push([action, [explicitArg]]);
            break;
          } else {
            throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
          }
        } else {
          const start = startIndex + 1;
          const count = matchCount(action, pattern.slice(start));
          stop = start + count;
          tuples.push([action, args.slice(start, stop)]);
          break;
        }
      }
      for (const [a, a_args] of tuples) takeAction(a, a_args);
      return stop;
    };

    const positionals = [...this.positionals];
    const consumePositionals = (startIndex: number): number => {
      // Every positional here is nargs='?': "(-*A?-*)" each, matched greedily in order.
      const sel = pattern.slice(startIndex);
      let pos = 0;
      const counts: number[] = [];
      for (let k = 0; k < positionals.length; k++) {
        const m = /^(-*A?-*)/.exec(sel.slice(pos))!;
        counts.push(m[1]!.length);
        pos += m[1]!.length;
      }
      for (let k = 0; k < counts.length; k++) {
        const a = positionals[k]!;
        const strings = args.slice(startIndex, startIndex + counts[k]!);
        startIndex += counts[k]!;
        takeAction(a, strings);
      }
      positionals.splice(0, counts.length);
      return startIndex;
    };

    let startIndex = 0;
    const maxOptionIndex = optionIndices.size ? Math.max(...optionIndices.keys()) : -1;
    while (startIndex <= maxOptionIndex) {
      let nextOptionIndex = startIndex;
      while (nextOptionIndex <= maxOptionIndex && !optionIndices.has(nextOptionIndex)) nextOptionIndex++;
      if (startIndex !== nextOptionIndex) {
        const end = consumePositionals(startIndex);
        if (end > startIndex) {
          startIndex = end;
          continue;
        }
        startIndex = end;
      }
      if (!optionIndices.has(startIndex)) {
        extras.push(...args.slice(startIndex, nextOptionIndex));
        startIndex = nextOptionIndex;
      }
      startIndex = consumeOptional(startIndex);
    }
    const stopIndex = consumePositionals(startIndex);
    extras.push(...args.slice(stopIndex));
    return [ns, extras];
  }
}

/** `textwrap.wrap(text, width)` for plain single-spaced help strings. */
function wrapText(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    if (line && line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    while (word.length > width) {
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// python -m ast (Lib/ast.py main() of CPython 3.13)
