// The natives of `bool` (CPython's Objects/boolobject.c): bool(x) by truth value, the repr, and the
// bitwise operators that keep bool results when both operands are bools. Everything else is int's.

import { isTrue } from "../vm/abstract.js";
import { checkArity, noKwargs } from "./args.js";
import { BoolType, defMethod, defStatic, NotImplemented } from "./builtin_types.js";
import { DeprecationWarning } from "./exceptions.js";
import { asInt, type Int, intAnd, intInvert, intOr, intXor, numberWarnings } from "./int.js";
import { checkNewArgs, wrapperArgs } from "./int_type.js";
import type { PyObject } from "./object.js";

defStatic(BoolType, "__new__", (args, kwnames) => {
  checkNewArgs(BoolType, args);
  noKwargs("bool", kwnames);
  checkArity("bool", args.slice(1), null, 0, 1);
  return args.length > 1 ? isTrue(args[1]) : false;
});

defMethod(BoolType, "__repr__", (self, args, kwnames) => {
  wrapperArgs("__repr__", args, kwnames, 0);
  return self === true ? "True" : "False";
});

/** `&`, `|`, `^`: a bool when both operands are bools, else int's operator. */
function defBitwise(name: string, f: (a: Int, b: Int) => Int, fb: (a: boolean, b: boolean) => boolean): void {
  const op = (a: PyObject, b: PyObject): PyObject => {
    if (typeof a === "boolean" && typeof b === "boolean") return fb(a, b);
    const x = asInt(a);
    const y = asInt(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return f(x, y);
  };
  defMethod(BoolType, `__${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__${name}__`, args, kwnames, 1);
    return op(self, args[0]);
  });
  defMethod(BoolType, `__r${name}__`, (self, args, kwnames) => {
    wrapperArgs(`__r${name}__`, args, kwnames, 1);
    return op(args[0], self);
  });
}

defBitwise("and", intAnd, (a, b) => a && b);
defBitwise("or", intOr, (a, b) => a || b);
defBitwise("xor", intXor, (a, b) => a !== b);

defMethod(BoolType, "__invert__", (self, args, kwnames) => {
  wrapperArgs("__invert__", args, kwnames, 0);
  numberWarnings.warn(
    DeprecationWarning,
    "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.",
  );
  return intInvert(self ? 1 : 0);
});
