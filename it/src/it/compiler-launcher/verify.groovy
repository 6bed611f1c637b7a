evaluate(new File(itSources, 'common.groovy'))

def calls = new File(basedir, 'target/launcher.log').readLines()
// Every compile step went through the launcher: each C file of the runtime module and the two modules.
def runtimeSources = new File(basedir, 'target/pyc2c/cpython-312/work/runtime').listFiles()
        .findAll { it.name.endsWith('.c') }.collect { it.name }
assert runtimeSources.contains('pyc2c_runtime.c') : runtimeSources
def expected = runtimeSources + ['one.c', 'two.c']
assert calls.size() == expected.size() : calls
assert calls.every { it.contains(' -c ') } : calls
expected.each { f -> assert calls.any { it.contains('/' + f + ' ') } : f }
assert buildLog().contains('with sh ') : 'the log names the launcher'
def lib = new File(basedir, 'target/pyc2c/cpython-312/lib')
assert runPython(pythonOf('cpython-312'), lib.path, 'import two; print(two.g())') == '2\n'
