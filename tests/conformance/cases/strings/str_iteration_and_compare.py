word = "banana"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([i for i, c in enumerate(word) if c == "a"])
print(sorted(["banana", "Apple", "cherry", "apple"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(max("hello"), min("hello"), "a" < "b" < "c", "Z" < "a", "10" < "9")
print("abc" * 0 == "", "" < "a", "abc".__contains__("b"))
print(list(zip("abc", "123")), list(map(str.upper, "ab")))
print(hash("abc") == hash("ab" + "c"))
