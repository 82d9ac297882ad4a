a = f"{"nested"}" f"{'a' + "b"}" f"{f"{f"{x}"}"}"
b = f"""{
    x
    + y
}"""
c = f"{x # comment
}"
