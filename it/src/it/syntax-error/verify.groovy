evaluate(new File(itSources, 'common.groovy'))

def log = buildLog()
// Every error, each with file, line, column and message, as py_compile reports them; no stack trace.
assert log.contains('2 of 4 Python sources do not compile with CPython 3.12') : log
assert log =~ /bad1\.py:1:7: invalid syntax/ : log
assert log =~ /pkg.bad2\.py:2:5: expected ':'/ : log
assert noStackTrace(log) : 'no stack trace'
assert !new File(basedir, 'target/pyc2c/cpython-312/lib/good.cpython-312-x86_64-linux-gnu.so').exists()
assert new File(basedir, 'src/main/python/bad1.py').text == 'def f(:\n    pass\n' : 'the sources are untouched'
