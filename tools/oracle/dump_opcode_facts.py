"""CPython 3.13's opcode facts for tests/opcode_metadata.test.mjs (run with python3.13; writes JSON to stdout).

Usage: python3.13 tools/oracle/dump_opcode_facts.py > tests/data/opcode_facts.json
"""

import _opcode
import dis
import json
import opcode

facts = {"opmap": dict(sorted(opcode.opmap.items(), key=lambda x: x[1])), "caches": {}, "stack_effects": {}, "flags": {}}
for name, n in dis._inline_cache_entries.items():
    facts["caches"][name] = n
for name, op in opcode.opmap.items():
    cases = []
    for oparg in (0, 1, 2, 3, 4, 5, 8, 9, 256 + 3):
        try:
            a = dis.stack_effect(op, oparg if op >= opcode.HAVE_ARGUMENT else None, jump=False)
            b = dis.stack_effect(op, oparg if op >= opcode.HAVE_ARGUMENT else None, jump=True)
        except ValueError:
            break
        cases.append([oparg if op >= opcode.HAVE_ARGUMENT else 0, a, b])
        if op < opcode.HAVE_ARGUMENT:
            break
    facts["stack_effects"][name] = cases
for flag in ("has_arg", "has_const", "has_name", "has_jump", "has_free", "has_local", "has_exc"):
    facts["flags"][flag] = [op for op in range(300) if getattr(_opcode, flag)(op)]
print(json.dumps(facts, indent=1, sort_keys=True))
