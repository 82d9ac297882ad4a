"""Oracle for the stdlib conformance test (run with CPython 3.13):

    python3.13 tools/oracle/gen_stdlib_expected.py [LIBDIR] > tests/stdlib/expected.tsv

For every .py file under LIBDIR (default: this interpreter's stdlib, site-packages included) it prints
one line: the path relative to LIBDIR, then either `ok` and the SHA-256 of what `python -m ast -a FILE`
prints (ast.dump(include_attributes=True, indent=3) + newline), or `error` and the SyntaxError's class,
lineno, offset, end_lineno, end_offset and message. Sorted by path; tab-separated.
"""
import ast
import hashlib
import os
import sys
import sysconfig


def main():
    libdir = sys.argv[1] if len(sys.argv) > 1 else sysconfig.get_paths()["stdlib"]
    rows = []
    for root, dirs, files in os.walk(libdir):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            path = os.path.join(root, f)
            rel = os.path.relpath(path, libdir)
            with open(path, "rb") as fp:
                src = fp.read()
            try:
                tree = ast.parse(src, path, "exec", type_comments=True)
            except SyntaxError as e:
                msg = e.msg.replace("\t", " ").replace("\n", " ")
                rows.append(f"{rel}\terror\t{type(e).__name__}\t{e.lineno}\t{e.offset}\t{e.end_lineno}\t{e.end_offset}\t{msg}")
                continue
            text = ast.dump(tree, include_attributes=True, indent=3) + "\n"
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            rows.append(f"{rel}\tok\t{digest}")
    rows.sort()
    sys.stdout.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
