// Objects shared between the start-up wiring and the object modules (kept apart to avoid import cycles).

import { newBuiltinType } from "../objects/builtin_types.js";
import type { PyObject } from "../objects/object.js";
import type { PyType } from "../objects/type.js";

const AsyncGenWrappedType = newBuiltinType("async_generator_wrapped_value");

/** What INTRINSIC_ASYNC_GEN_WRAP makes of a value yielded by an async generator. */
export class AsyncGenWrappedValue {
  declare type: PyType;
  constructor(public value: PyObject) {}
}
Object.defineProperty(AsyncGenWrappedValue.prototype, "type", { value: AsyncGenWrappedType, writable: true });
