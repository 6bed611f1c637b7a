evaluate(new File(itSources, 'common.groovy'))

def log = buildLog()
assert log.contains('Python 3.10 is not supported: pyc2c compiles for CPython 3.11, 3.12') : log
assert noStackTrace(log) : 'no stack trace'
