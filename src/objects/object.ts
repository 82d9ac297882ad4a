// The universal Python value type (docs/DESIGN.md, "Values").
//
// int: JS number (an integer within ±(2^53−1), never -0) or bigint outside that range; bool: JS boolean;
// str: JS string (or PyCodePointStr, rare); everything else: a heap object carrying its Python type.
// `undefined` is never a Python value: inside the VM it means "unbound" (an empty local, a missing key).

import type { PyType } from "./type.js";

/** Every heap-allocated Python object: its type is always `obj.type`. */
export interface PyObj {
  type: PyType;
}

export type PyObject = number | bigint | boolean | string | PyObj | any;
