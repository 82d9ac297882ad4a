"""Oracle for the disassembler tests (run with CPython 3.13):

    $(pyenv root)/versions/3.13.0/bin/python3 tools/oracle/gen_dis_expected.py
        Regenerates tests/dis/expected/ from the corpus tests/dis/cases/*.py and the stdlib files listed
        in tests/dis/stdlib.txt (paths relative to CPython's Lib directory).

    $(pyenv root)/versions/3.13.0/bin/python3 tools/oracle/gen_dis_expected.py --stream [--variants V] [LIBDIR]
        For tools/dis_check.mjs: for every .py file under LIBDIR (default: this interpreter's stdlib,
        site-packages included), writes one JSON line to stdout:
            {"rel": PATH, "dump": DUMP, "dis": {VARIANT: TEXT, ...}, "positions": DIGEST}
        or {"rel": PATH, "error": MSG} (DIGEST: see positions.json below)
        VARIANTS is a comma-separated subset of "plain,C,O,CO" (default "plain").

For each file, tests/dis/expected/ gets
    <id>.dump.json   the code objects, in tools/oracle/dump_code.py's format (one JSON document)
    <id>.dis.txt     what `python -m dis FILE` prints
    <id>.dis-C.txt   ... with -C (show caches)
    <id>.dis-O.txt   ... with -O (show offsets)
(only the first two for stdlib files, to keep the data small: the corpus covers -C and -O), and
cli.json holds the complete output of the command lines in CLI_CASES; positions.json has, per <id>, the
SHA-256 of the co_positions() of all its code objects (checks our location-table decoder); opcode.json
has the opcode module's tables dis uses (checked against src/generated/opcode_metadata.ts).
where <id> is the case name (cases/loops.py -> loops) or "stdlib-" + the path with "/" replaced by "__".
Files are compiled as `python -m dis` does: compile(source_bytes, NAME, "exec") with NAME the path as
given on its command line: "cases/NAME.py" relative to tests/dis for the corpus, the path relative to
Lib for stdlib files (the command runs in that directory).

The dump and the dis text come from the same code object in this process, so that frozenset constants
list their items in the order CPython's repr shows them (dump_code.py sorts them; this script restores
the iteration order). Each expected text is also checked against a real `python -m dis` run
(PYTHONHASHSEED=0 in both processes), after masking the code-object addresses (0x...), which differ
from run to run; the stored texts have them replaced by fixed ones (0x7f0000000001, ... in order of
appearance), and the tests mask them.
"""

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import sysconfig
import types
import dis

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DIS_DIR = os.path.join(ROOT, "tests", "dis")
CASES = os.path.join(DIS_DIR, "cases")
EXPECTED = os.path.join(DIS_DIR, "expected")
STDLIB_LIST = os.path.join(DIS_DIR, "stdlib.txt")

sys.path.insert(0, HERE)
import dump_code  # noqa: E402  (tools/oracle/dump_code.py)

VARIANTS = {"plain": (False, False), "C": (True, False), "O": (False, True), "CO": (True, True)}
ADDRESS = re.compile(r"0x[0-9a-f]+")


def _fixed_const(value, dumped):
    """`dumped` (dump_code.const(value)) with frozenset items in this process's iteration order."""
    if type(value) is frozenset:
        return {"t": "frozenset", "v": [_fixed_const(x, dump_code.const(x)) for x in value]}
    if type(value) is tuple:
        return {"t": "tuple", "v": [_fixed_const(x, d) for x, d in zip(value, dumped["v"])]}
    return dumped


def dump_with_order(code, filename):
    """dump_code.py's document for `code`, frozensets in iteration order."""
    out = []
    dump_code.dump(code, out)
    index = 0

    def walk(co):
        nonlocal index
        entry = out[index]
        index += 1
        entry["consts"] = [_fixed_const(c, d) for c, d in zip(co.co_consts, entry["consts"])]
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                walk(c)

    walk(code)
    assert index == len(out)
    return {"file": filename, "codes": out}


def stable_addresses(text):
    """The text with each code-object address (`<code object NAME at 0x..., file ...>`) replaced by a fixed
    one numbered in order of appearance, so that regenerating the data does not change it."""
    seen = {}

    def repl(m):
        addr = seen.setdefault(m.group(1), "0x7f%010x" % (len(seen) + 1))
        return f" at {addr}, file "

    return re.sub(r" at (0x[0-9a-f]+), file ", repl, text)


def dis_text(code, show_caches, show_offsets):
    buf = io.StringIO()
    dis.dis(code, file=buf, show_caches=show_caches, show_offsets=show_offsets)
    return buf.getvalue()


def cli_text(cwd, name, flags):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    r = subprocess.run(
        [sys.executable, "-m", "dis", *flags, name], cwd=cwd, env=env, capture_output=True, check=True
    )
    return r.stdout.decode("utf-8")


def positions_digest(code):
    """SHA-256 of every code object's co_positions() (preorder), as tests/dis.test.mjs writes them."""
    parts = []

    def walk(co):
        fmt = lambda v: "-" if v is None else str(v)  # noqa: E731
        parts.append(";".join(",".join(map(fmt, p)) for p in co.co_positions()))
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                walk(c)

    walk(code)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


POSITIONS = {}


def generate(cwd, name, ident, variants=(("", []), ("-C", ["-C"]), ("-O", ["-O"]))):
    with open(os.path.join(cwd, name), "rb") as f:
        source = f.read()
    code = compile(source, name, "exec")
    POSITIONS[ident] = positions_digest(code)
    files = {f"{ident}.dump.json": json.dumps(dump_with_order(code, name), ensure_ascii=True) + "\n"}
    for suffix, flags in variants:
        text = dis_text(code, "-C" in flags, "-O" in flags)
        cli = cli_text(cwd, name, flags)
        if ADDRESS.sub("0x", text) != ADDRESS.sub("0x", cli):
            raise AssertionError(f"{name} {flags}: dis.dis() differs from python -m dis")
        files[f"{ident}.dis{suffix}.txt"] = stable_addresses(text)
    return files


# Command lines whose complete output (argparse usage, help, errors; dis runs) the test compares, run in
# tests/dis with COLUMNS=80.
CLI_CASES = [
    ["-h"],
    ["--help"],
    ["--bogus"],
    ["-X", "cases/loops.py"],
    ["cases/loops.py", "cases/empty.py"],
    ["--show", "cases/loops.py"],
    ["--show-c", "cases/loops.py"],
    ["-CO", "cases/loops.py"],
    ["-OC", "cases/pass_only.py"],
    ["--show-offsets", "--", "cases/pass_only.py"],
    ["-C=1", "cases/pass_only.py"],
    ["--show-caches=yes", "cases/pass_only.py"],
    ["-Ch"],
    # Standard input (given as the file's content), read when there is no infile or it is "-".
    {"args": ["-O"], "stdin": "cases/pass_only.py"},
    {"args": ["-"], "stdin": "cases/pass_only.py"},
]


def cli_cases():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", COLUMNS="80")
    rows = []
    for case in CLI_CASES:
        args, stdin = (case, None) if isinstance(case, list) else (case["args"], case["stdin"])
        data = b""
        if stdin:
            with open(os.path.join(DIS_DIR, stdin), "rb") as fh:
                data = fh.read()
        r = subprocess.run(
            [sys.executable, "-m", "dis", *args], cwd=DIS_DIR, env=env, capture_output=True, input=data
        )
        rows.append(
            {
                "args": args,
                "stdin": stdin,
                "returncode": r.returncode,
                "stdout": stable_addresses(r.stdout.decode("utf-8")),
                "stderr": r.stderr.decode("utf-8"),
            }
        )
    return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"


def opcode_tables():
    """What dis takes from the opcode module, for checking src/generated/opcode_metadata.ts."""
    import opcode

    return json.dumps(
        {
            "opmap": opcode.opmap,
            "hasarg": sorted(opcode.hasarg),
            "hasconst": sorted(opcode.hasconst),
            "hasname": sorted(opcode.hasname),
            "hasjump": sorted(opcode.hasjump),
            "hasfree": sorted(opcode.hasfree),
            "haslocal": sorted(opcode.haslocal),
            "hasexc": sorted(opcode.hasexc),
            "inline_cache_entries": {opcode.opmap[k]: v for k, v in opcode._inline_cache_entries.items()},
        },
        indent=1,
        sort_keys=True,
    ) + "\n"


def regenerate():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Same frozenset-of-str order as the `python -m dis` runs this script checks against.
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.call([sys.executable, *sys.argv], env=env))
    libdir = sysconfig.get_paths()["stdlib"]
    outputs = {}
    for f in sorted(os.listdir(CASES)):
        if f.endswith(".py"):
            outputs.update(generate(DIS_DIR, f"cases/{f}", f[:-3]))
    with open(STDLIB_LIST) as fh:
        rels = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    for rel in rels:
        outputs.update(generate(libdir, rel, "stdlib-" + rel[:-3].replace("/", "__"), (("", []),)))
    outputs["cli.json"] = cli_cases()
    outputs["opcode.json"] = opcode_tables()
    outputs["positions.json"] = json.dumps(POSITIONS, indent=1, sort_keys=True) + "\n"
    os.makedirs(EXPECTED, exist_ok=True)
    for old in os.listdir(EXPECTED):
        if old not in outputs:
            os.remove(os.path.join(EXPECTED, old))
    for name, text in outputs.items():
        with open(os.path.join(EXPECTED, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    print(f"{len(outputs)} files in {os.path.relpath(EXPECTED, ROOT)}")


def stream(libdir, variants):
    out = sys.stdout
    for root, dirs, files in os.walk(libdir):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            path = os.path.join(root, f)
            rel = os.path.relpath(path, libdir)
            with open(path, "rb") as fh:
                source = fh.read()
            try:
                code = compile(source, rel, "exec")
            except (SyntaxError, ValueError) as e:
                out.write(json.dumps({"rel": rel, "error": f"{type(e).__name__}: {e}"}) + "\n")
                continue
            texts = {v: dis_text(code, *VARIANTS[v]) for v in variants}
            row = {"rel": rel, "dump": dump_with_order(code, rel), "dis": texts, "positions": positions_digest(code)}
            out.write(json.dumps(row, ensure_ascii=True) + "\n")
            out.flush()


def main(argv):
    if argv[:1] == ["--stream"]:
        argv = argv[1:]
        variants = ["plain"]
        if argv[:1] == ["--variants"]:
            variants = argv[1].split(",")
            argv = argv[2:]
        for v in variants:
            if v not in VARIANTS:
                sys.exit(f"unknown variant {v!r}")
        stream(argv[0] if argv else sysconfig.get_paths()["stdlib"], variants)
    else:
        regenerate()


if __name__ == "__main__":
    main(sys.argv[1:])
