x = f"""
\{a}
""" rf"\{x}" f"\N{BULLET}" f"\\{x}" f"{x:\{y}}"
