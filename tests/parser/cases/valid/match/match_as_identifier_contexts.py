match (x)
match[x]
match = {'case': 1}
match['case']
match.case
print(match.match)
