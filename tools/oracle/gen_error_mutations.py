"""Oracle for tests/error_mutations.test.mjs (run with CPython 3.13):

    python3.13 tools/oracle/gen_error_mutations.py > tests/stdlib/error_mutations.json

Differential error testing: takes small stdlib files, changes one line (deleted, duplicated, re-indented, truncated) or one token
(deleted, inserted before, replaced) per case, and records what ast.parse(..., type_comments=True) says: None, or
the exception's class, message, lineno, offset, end_lineno, end_offset. Cases store only the file, the
line number and the changed line; the test rebuilds the source from the installed stdlib.
"""
import ast
import io
import json
import os
import random
import sys
import tokenize

SNIPS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '==', 'if', 'else', 'for', 'in', 'not', 'lambda',
         '*', '**', '.', 'def', 'class', 'return', 'yield', 'await', 'async', '"x"', "f'{x}'", '1', 'x',
         'import', 'from', 'as', 'with', '@', '->', ':=', '\\', ';', 'pass', 'None', '+', '-', '!', '$',
         '?', '\t', '    ']


def verdict(src):
    try:
        ast.parse(src, type_comments=True)
        return None
    except SyntaxError as e:
        return [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except (MemoryError, RecursionError, ValueError) as e:
        return [type(e).__name__, str(e)]


def main():
    lib = os.path.dirname(os.__file__)
    files = []
    for root, dirs, fs in os.walk(lib):
        dirs.sort()
        if "site-packages" in root:
            continue
        for f in sorted(fs):
            p = os.path.join(root, f)
            if f.endswith(".py") and os.path.getsize(p) < 6000:
                files.append(p)
    rng = random.Random(20261125)
    out = []
    # Line-level mutations: delete, duplicate, re-indent, dedent, tab-indent or truncate a line.
    while len(out) < 1000:
        p = rng.choice(files)
        try:
            lines = open(p, encoding="utf-8").read().split("\n")
        except Exception:
            continue
        if len(lines) < 3:
            continue
        i = rng.randrange(len(lines))
        r = rng.random()
        if r < 0.25:
            change = {"delete": True}
            del lines[i]
        elif r < 0.45:
            change = {"insert": lines[rng.randrange(len(lines))]}
            lines.insert(i, change["insert"])
        else:
            if r < 0.65:
                new = " " * rng.choice([1, 2, 3, 4, 8]) + lines[i]
            elif r < 0.8:
                new = lines[i].lstrip()
            elif r < 0.9:
                new = lines[i].replace("    ", "\t", 1)
            else:
                new = lines[i][: rng.randrange(len(lines[i]) + 1)]
            change = {"text": new}
            lines[i] = new
        out.append({"file": os.path.relpath(p, lib), "line": i + 1, **change, "expect": verdict("\n".join(lines))})
    while len(out) < 3500:
        p = rng.choice(files)
        try:
            src = open(p, encoding="utf-8").read()
            toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.string and t.type != tokenize.ENDMARKER]
        except Exception:
            continue
        if not toks:
            continue
        t = rng.choice(toks)
        if t.start[0] != t.end[0]:
            continue
        lines = src.split("\n")
        l, c = t.start
        line = lines[l - 1]
        r = rng.random()
        if r < 0.4:
            new = line[:c] + line[t.end[1]:]
        elif r < 0.8:
            new = line[:c] + rng.choice(SNIPS) + " " + line[c:]
        else:
            new = line[:c] + rng.choice(SNIPS) + line[t.end[1]:]
        lines[l - 1] = new
        out.append({"file": os.path.relpath(p, lib), "line": l, "text": new, "expect": verdict("\n".join(lines))})
    json.dump(out, sys.stdout, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
