evaluate(new File(itSources, 'common.groovy'))

// maven:3.12: Maven Central's CPython, whatever the machine has; each goal says so.
def origins = interpreterLines()
assert origins.size() == 3 : origins
origins.each { assert it =~ /CPython 3\.12\.\d+ from Maven artifact org\.bytedeco:cpython:3\.12\.\d+-[\d.]+:jar:linux-x86_64, unpacked in \// : it }
assert report('cpython-312').interpreter.artifact ==~ /org\.bytedeco:cpython:3\.12\.\d+-[\d.]+:jar:linux-x86_64/

def lib = new File(basedir, 'target/pyc2c/cpython-312/lib')
assert compiledModules(lib).size() == 1 && compiledModules(lib)[0].startsWith('greet.cpython-312') : extensions(lib)
// A top-level module: the runtime module it imports is a top-level module named after the build's top-level names.
def runtime = runtimeOf('cpython-312')
assert runtime ==~ /_pyc2c_runtime_[0-9a-f]{8}/ : runtime
assert extensions(lib).size() == 2 && extensions(lib).any { it.startsWith("${runtime}.cpython-312") } : extensions(lib)
assert report('cpython-312').runtime.extension.startsWith("${runtime}.cpython-312") : report('cpython-312').runtime
assert new File(basedir, 'target/generated-sources/pyc2c/cpython-312/greet.c').text.contains('def fib(n):')
def r = report('cpython-312')
assert r.modules*.module == ['greet']
assert r.modules[0].codeObjects.every { it.status == 'compiled' } : r.modules[0].codeObjects
assert r.summary.compiled == r.summary.codeObjects

def code = """import greet, inspect
c = greet.Counter(); c.bump(); c.bump(5)
print(greet.greet('pyc2c'), greet.greet('you', punct='?'), greet.fib(30), greet.safe_div(1, 0), c.n)
print(inspect.isfunction(greet.fib), greet.fib.__code__.co_name, greet.greet.__defaults__)
try:
    greet.fib('x')
except TypeError as e:
    print('TypeError:', e)
"""
def python = pythonOf('cpython-312')
def interpreted = runPython(python, new File(basedir, 'src/main/python').path, code)
def compiled = runPython(python, lib.path, code + "print(greet.__file__.endswith('.so'))\nimport sys; print(sorted(m for m in sys.modules if 'pyc2c' in m))")
assert compiled == interpreted + "True\n['${runtime}']\n"
println "compiled and interpreted agree:\n" + interpreted
assert new File(basedir, 'target').listFiles().any { it.name ==~ /single_module-1\.0\.0-cp312-cp312-.*\.whl/ }
