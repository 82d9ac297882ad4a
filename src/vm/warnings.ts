// Warnings issued by the runtime itself before/without the `warnings` module (CPython's
// Python/_warnings.c default path): "default" action = print once per (message, category, location),
// as `filename:lineno: Category: message` plus the stripped source line when linecache has it.

import { stderr, stdout } from "../modules/io_streams.js";
import { warningHook } from "../parser/errors.js";
import { getLines } from "./traceback.js";

const shown = new Set<string>();

export function showWarning(category: string, msg: string, filename: string, lineno: number): void {
  const key = `${category}\0${msg}\0${filename}\0${lineno}`;
  if (shown.has(key)) return;
  shown.add(key);
  // DeprecationWarning is ignored by default outside __main__; compile-time ones come from __main__ code
  // only when it is the script being compiled, which is what CPython shows.
  let text = `${filename}:${lineno}: ${category}: ${msg}\n`;
  const lines = getLines(filename);
  const line = lines !== null && lineno > 0 ? lines[lineno - 1] : undefined;
  if (line !== undefined && line.trim() !== "") text += `  ${line.trim()}\n`;
  stdout.flush();
  stderr.write(text);
}

export function installWarnings(): void {
  warningHook.warn = showWarning;
}
