evaluate(new File(itSources, 'common.groovy'))

assert buildLog().contains('with a thread count of 2') : 'the reactor was built in parallel'
assert !buildLog().contains('not marked as @threadSafe') : 'the goals are thread-safe'
['alpha', 'beta'].each { m ->
    def dir = new File(basedir, m)
    def lib = new File(dir, 'target/pyc2c/cpython-312/lib')
    assert extensions(lib).size() == 3 && extensions(lib).any { it.startsWith("${m}/_pyc2c_runtime.") } : extensions(lib)
    def python = new groovy.json.JsonSlurper().parse(new File(dir, 'target/pyc2c/cpython-312/report.json')).interpreter.executable
    assert runPython(python, lib.path, "import ${m}.more as x, ${m}; print(${m}.NAME, x.cubes(4))") == "${m} [0, 1, 8, 27]\n"
    assert dir.listFiles().find { it.name == 'target' }.listFiles().any { it.name ==~ /${m}-1\.0\.0-cp312-cp312-.*\.whl/ }
}
assert new File(basedir, 'beta/target/beta-1.0.0.jar').isFile() : 'the jar packaging still makes its jar'
// The two builds side by side on one path, each with its own runtime module (alpha._pyc2c_runtime, beta._pyc2c_runtime).
def libs = ['alpha', 'beta'].collect { new File(basedir, "${it}/target/pyc2c/cpython-312/lib").path }.join(File.pathSeparator)
def python = new groovy.json.JsonSlurper().parse(new File(basedir, 'alpha/target/pyc2c/cpython-312/report.json')).interpreter.executable
def both = runPython(python, libs, "import sys, alpha.more, beta.more; print(alpha.more.cubes(3), beta.more.cubes(3), sorted(m for m in sys.modules if 'pyc2c' in m))")
assert both == "[0, 1, 8] [0, 1, 8] ['alpha._pyc2c_runtime', 'beta._pyc2c_runtime']\n" : both
