evaluate(new File(itSources, 'common.groovy'))

def calls = new File(basedir, 'target/launcher.log').readLines()
// Every compile step went through the launcher: the four files of the runtime module and the two modules.
assert calls.size() == 6 : calls
assert calls.every { it.contains(' -c ') } : calls
['pyc2c_core.c', 'pyc2c_ops.c', 'pyc2c_attr.c', 'pyc2c_runtime.c', 'one.c', 'two.c'].each { f -> assert calls.any { it.contains(f) } : f }
assert buildLog().contains('with sh ') : 'the log names the launcher'
def lib = new File(basedir, 'target/pyc2c/cpython-312/lib')
assert runPython(pythonOf('cpython-312'), lib.path, 'import two; print(two.g())') == '2\n'
