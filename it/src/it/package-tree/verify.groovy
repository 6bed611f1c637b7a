evaluate(new File(itSources, 'common.groovy'))

def lib = new File(basedir, 'target/pyc2c/cpython-312/lib')
def ext = extensions(lib)
assert ext.size() == 6 : ext
// One runtime module for the build, in its top-level package.
assert runtimeOf('cpython-312') == 'app._pyc2c_runtime'
['app/__init__', 'app/core', 'app/util', 'app/sub/__init__', 'app/sub/data', 'app/_pyc2c_runtime'].each { m ->
    assert ext.any { it.startsWith(m + '.cpython-312') } : "${m} in ${ext}"
}
// Data files copied beside the modules; excluded files and scripts handled as configured.
['app/py.typed', 'app/core.pyi', 'app/sub/config.json', 'app/sub/message.txt', 'app/my-script.py'].each {
    assert new File(lib, it).isFile() : it
}
assert !new File(lib, 'app/tests').exists() : 'excluded files are not built'
assert !new File(lib, 'app/core.py').exists() && !new File(lib, 'app/__init__.py').exists() : 'no source shipped'
def r = report('cpython-312')
assert r.modules*.module.sort() == ['app', 'app.core', 'app.sub', 'app.sub.data', 'app.util']
assert r.copiedSources*.source == ['app/my-script.py']

def code = """import app, app.sub, app.sub.data
print(app.add(3, 4), app.util.twice(5), app.VERSION, app.LOADED, app.sub.TOTAL, app.sub.DESCRIPTION)
print(app.sub.data.CONFIG, app.sub.data.MESSAGE, app.__path__ is not None, app.sub.__package__)
"""
def python = pythonOf('cpython-312')
def interpreted = runPython(python, new File(basedir, 'src/main/python').path, code)
def compiled = runPython(python, lib.path, code + "print(app.__file__.endswith('.so'), app.sub.data.__file__.endswith('.so'))")
assert compiled == interpreted + 'True True\n'
println "compiled and interpreted agree:\n" + interpreted
