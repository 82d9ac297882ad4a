WHERE = "inside a namespace package"
