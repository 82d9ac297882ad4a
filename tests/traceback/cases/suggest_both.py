# A close name and a stdlib module name: "Did you mean: 'ox'? Or did you forget to import 'os'?"
ox = 1
print(os.getcwd())
