evaluate(new File(itSources, 'common.groovy'))

def code = "import shapes; print(shapes.describe([shapes.Square(2), shapes.Square(3)]), shapes.version(), shapes.__file__.endswith('.so'))"
['cpython-312': '3.12', 'cpython-313': '3.13'].each { tag, v ->
    def lib = new File(basedir, "target/pyc2c/${tag}/lib")
    assert compiledModules(lib).size() == 1 && compiledModules(lib)[0].startsWith("shapes.${tag}") : extensions(lib)
    assert extensions(lib).size() == 2 && extensions(lib).any { it.startsWith("${runtimeOf(tag)}.${tag}") } : extensions(lib)
    def out = runPython(pythonOf(tag), lib.path, code)
    assert out == "Square(4), Square(9) ${v} True\n" : out
    assert new File(basedir, 'target').listFiles().any { it.name ==~ /two_interpreters-1\.0\.0-cp${v.replace('.', '')}-cp${v.replace('.', '')}-.*\.whl/ } : "wheel for ${v}"
}
// 3.12's and 3.13's bytecode becomes C, the generator expression too.
['cpython-312', 'cpython-313'].each { tag ->
    def cos = report(tag).modules[0].codeObjects
    assert cos.findAll { it.status == 'interpreted' }.isEmpty() : cos
    assert cos*.qualname.contains('describe.<locals>.<genexpr>') : cos
}
true
