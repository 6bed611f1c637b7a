print("a script whose name is no module name")
