sources = {
    "irrefutable not last": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "wildcard not last": "match x:\n    case _:\n        pass\n    case 2:\n        pass\n",
    "duplicate capture": "match x:\n    case [a, a]:\n        pass\n",
    "star twice": "match x:\n    case [*a, *b]:\n        pass\n",
    "double star not last": "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "duplicate key": "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "keyword repeat": "match x:\n    case C(a=1, a=2):\n        pass\n",
    "positional after keyword": "match x:\n    case C(a=1, b):\n        pass\n",
    "underscore rest": "match x:\n    case {**_}:\n        pass\n",
}
for label, src in sources.items():
    try:
        compile(src, "<match>", "exec")
        print(label, "-> compiled")
    except SyntaxError as e:
        print(label, "->", e.msg, "line", e.lineno)
