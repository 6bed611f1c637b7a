evaluate(new File(itSources, 'common.groovy'))

def log = buildLog()
// Each goal of both builds says where its interpreter came from: a local one, or Maven's when there is none.
def origins = interpreterLines()
assert origins.size() == 6 && origins.unique(false).size() == 1 : origins
assert origins[0] =~ /CPython 3\.12\.\d+ (at \/|from Maven artifact org\.bytedeco:cpython:3\.12\.)/ : origins
// First build: everything made; second: nothing regenerated, nothing recompiled, and the log says so.
assert log.contains('cpython-312: 2 modules: 2 generated, 0 unchanged (not regenerated)') : log
assert log.contains('cpython-312: 2 extension modules: 2 compiled, 0 up to date (not recompiled); runtime compiled') : log
assert log.contains('cpython-312: 2 modules: 0 generated, 2 unchanged (not regenerated)') : log
assert log.contains('cpython-312: 2 extension modules: 0 compiled, 2 up to date (not recompiled), in') : log
def lib = new File(basedir, 'target/pyc2c/cpython-312/lib')
assert runPython(pythonOf('cpython-312'), lib.path, 'import lib; print(lib.total([1, 2, 3]))') == '14\n'
