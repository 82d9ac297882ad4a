"""Dump every code object CPython 3.13 compiles from a file, recursively, as JSON (oracle for the compiler).

Usage: python3.13 tools/oracle/dump_code.py FILE [FILE...]   (one JSON document per line, one per file)
       python3.13 tools/oracle/dump_code.py --mode eval|single|exec --stdin NAME  (source on stdin)
A file that does not compile gives {"file": ..., "error": [type, msg, lineno, offset, end_lineno, end_offset]}.
"""

import json
import sys
import types

CO_FAST_HIDDEN = 0x10
CO_FAST_LOCAL = 0x20
CO_FAST_CELL = 0x40
CO_FAST_FREE = 0x80


def const(v):
    if v is None:
        return {"t": "None"}
    if v is Ellipsis:
        return {"t": "Ellipsis"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": v.hex()}
    if isinstance(v, complex):
        return {"t": "complex", "v": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, str):
        return {"t": "str", "v": [ord(c) for c in v] if any(0xD800 <= ord(c) <= 0xDFFF for c in v) else v}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": list(v)}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [const(x) for x in v]}
    if isinstance(v, frozenset):
        items = [const(x) for x in v]
        items.sort(key=lambda x: json.dumps(x, sort_keys=True))
        return {"t": "frozenset", "v": items}
    if isinstance(v, types.CodeType):
        return {"t": "code", "v": v.co_qualname}
    raise TypeError(type(v))


def localsplus(co):
    names = []
    kinds = []
    cells = set(co.co_cellvars)
    for n in co.co_varnames:
        names.append(n)
        kinds.append(CO_FAST_LOCAL | (CO_FAST_CELL if n in cells else 0))
    for n in co.co_cellvars:
        if n not in co.co_varnames:
            names.append(n)
            kinds.append(CO_FAST_CELL)
    for n in co.co_freevars:
        names.append(n)
        kinds.append(CO_FAST_FREE)
    return names, kinds


def dump(co, out):
    code = co.co_code
    names, kinds = localsplus(co)
    out.append(
        {
            "name": co.co_name,
            "qualname": co.co_qualname,
            "argcount": co.co_argcount,
            "posonlyargcount": co.co_posonlyargcount,
            "kwonlyargcount": co.co_kwonlyargcount,
            "stacksize": co.co_stacksize,
            "flags": co.co_flags,
            "firstlineno": co.co_firstlineno,
            "code": [code[i] | (code[i + 1] << 8) for i in range(0, len(code), 2)],
            "consts": [const(c) for c in co.co_consts],
            "names": list(co.co_names),
            "localsplusnames": names,
            "localspluskinds": kinds,
            "linetable": list(co.co_linetable),
            "exceptiontable": list(co.co_exceptiontable),
        }
    )
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump(c, out)


def run(source, filename, mode):
    try:
        co = compile(source, filename, mode, dont_inherit=True)
    except SyntaxError as e:
        return {"file": filename, "error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    except (ValueError, MemoryError, RecursionError) as e:
        return {"file": filename, "error": [type(e).__name__, str(e), None, None, None, None]}
    out = []
    dump(co, out)
    return {"file": filename, "codes": out}


def main():
    args = sys.argv[1:]
    mode = "exec"
    if args[:1] == ["--mode"]:
        mode = args[1]
        args = args[2:]
    if args[:1] == ["--stdin"]:
        src = sys.stdin.buffer.read()
        print(json.dumps(run(src, args[1], mode)))
        return
    for path in args:
        with open(path, "rb") as f:
            src = f.read()
        print(json.dumps(run(src, path, mode)))


if __name__ == "__main__":
    main()
