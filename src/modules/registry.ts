// Native (TypeScript) modules importable by name. Each entry is a factory run on first import.

import type { PyModule } from "../objects/module.js";

export function registerNativeModules(map: Map<string, () => PyModule>): void {
  void map;
}
