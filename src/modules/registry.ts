// Native (TypeScript) modules importable by name. Each entry is a factory run on first import.

import type { PyModule } from "../objects/module.js";
import { makeFunctoolsModule, makeFunctoolsNativeModule } from "./functools.js";
import { makeFutureModule } from "./future.js";
import { makeItertoolsModule } from "./itertools.js";
import { makeMathModule } from "./math.js";
import { makeOperatorModule, makeOperatorNativeModule } from "./operator.js";
import { makeTimeModule } from "./time.js";

export function registerNativeModules(map: Map<string, () => PyModule>): void {
  map.set("__future__", makeFutureModule);
  map.set("functools", makeFunctoolsModule);
  map.set("_functools", makeFunctoolsNativeModule);
  map.set("itertools", makeItertoolsModule);
  map.set("math", makeMathModule);
  map.set("operator", makeOperatorModule);
  map.set("_operator", makeOperatorNativeModule);
  map.set("time", makeTimeModule);
}
