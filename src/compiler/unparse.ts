// Annotations as strings under `from __future__ import annotations` (CPython's Python/ast_unparse.c).

import type * as A from "../generated/ast.js";

export function unparseAnnotation(e: A.expr): string {
  void e;
  return "<annotation>";
}
