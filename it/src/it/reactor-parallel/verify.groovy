evaluate(new File(itSources, 'common.groovy'))

assert buildLog().contains('with a thread count of 2') : 'the reactor was built in parallel'
assert !buildLog().contains('not marked as @threadSafe') : 'the goals are thread-safe'
['alpha', 'beta'].each { m ->
    def dir = new File(basedir, m)
    def lib = new File(dir, 'target/pyc2c/cpython-312/lib')
    assert extensions(lib).size() == 2 : extensions(lib)
    def python = new groovy.json.JsonSlurper().parse(new File(dir, 'target/pyc2c/cpython-312/report.json')).interpreter.executable
    assert runPython(python, lib.path, "import ${m}.more as x, ${m}; print(${m}.NAME, x.cubes(4))") == "${m} [0, 1, 8, 27]\n"
    assert dir.listFiles().find { it.name == 'target' }.listFiles().any { it.name ==~ /${m}-1\.0\.0-cp312-cp312-.*\.whl/ }
}
assert new File(basedir, 'beta/target/beta-1.0.0.jar').isFile() : 'the jar packaging still makes its jar'
