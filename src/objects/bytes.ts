// Python `bytes` values and their repr.

export class PyBytes {
  constructor(public data: Uint8Array) {}
}

/** For each byte value, its text inside a bytes repr delimited by `quote`. */
function reprTable(quote: number): string[] {
  const hex = "0123456789abcdef";
  const table: string[] = [];
  for (let c = 0; c < 256; c++) {
    if (c === quote || c === 92) table.push("\\" + String.fromCharCode(c));
    else if (c === 9) table.push("\\t");
    else if (c === 10) table.push("\\n");
    else if (c === 13) table.push("\\r");
    else if (c < 0x20 || c >= 0x7f) table.push("\\x" + hex[c >> 4] + hex[c & 15]);
    else table.push(String.fromCharCode(c));
  }
  return table;
}

const SINGLE_QUOTED = reprTable(39);
const DOUBLE_QUOTED = reprTable(34);

/**
 * `repr(bytes)` exactly as CPython (`PyBytes_Repr` with smartquotes): single quotes unless the data
 * contains `'` and no `"`; escapes `\\`, the quote, `\t`, `\n`, `\r`, and `\xNN` for bytes < 0x20 or >= 0x7f.
 */
export function bytesRepr(data: Uint8Array): string {
  const double = data.includes(39) && !data.includes(34);
  const table = double ? DOUBLE_QUOTED : SINGLE_QUOTED;
  const q = double ? '"' : "'";
  const n = data.length;
  const parts = new Array<string>(n + 2);
  parts[0] = "b" + q;
  for (let i = 0; i < n; i++) parts[i + 1] = table[data[i]!]!;
  parts[n + 1] = q;
  return parts.join("");
}
