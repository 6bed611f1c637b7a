evaluate(new File(itSources, 'common.groovy'))

def lib = new File(basedir, 'target/pyc2c/cpython-312/lib')
assert extensions(lib).size() == 1 && extensions(lib)[0].startsWith('greet.cpython-312') : extensions(lib)
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
def compiled = runPython(python, lib.path, code + "print(greet.__file__.endswith('.so'))")
assert compiled == interpreted + 'True\n'
println "compiled and interpreted agree:\n" + interpreted
assert new File(basedir, 'target').listFiles().any { it.name ==~ /single_module-1\.0\.0-cp312-cp312-.*\.whl/ }
