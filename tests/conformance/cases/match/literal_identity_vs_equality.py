class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "AlwaysEqual()"

for subject in [AlwaysEqual(), 1, 1.0, True, 0, False, None]:
    matches = []
    match subject:
        case None:
            matches.append("None (identity)")
        case True:
            matches.append("True (identity)")
        case False:
            matches.append("False (identity)")
        case _:
            pass
    match subject:
        case 1:
            matches.append("== 1")
        case _:
            pass
    match subject:
        case "text":
            matches.append("== 'text'")
        case _:
            pass
    print(repr(subject), matches)
