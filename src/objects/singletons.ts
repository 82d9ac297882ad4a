// The Python singletons `None` and `Ellipsis` (`...`). Each is one object; compare with `===`.
// `undefined` is never a Python value (see docs/DESIGN.md, "Values").

export class PyNoneType {
  toString(): string {
    return "None";
  }
}

export class PyEllipsisType {
  toString(): string {
    return "Ellipsis";
  }
}

export const None: PyNoneType = new PyNoneType();
export const Ellipsis: PyEllipsisType = new PyEllipsisType();
