evaluate(new File(itSources, 'common.groovy'))

def log = buildLog()
assert log.contains('Python interpreter /nonexistent/bin/python3.12 does not exist. Give the path of an installed interpreter') : log
assert noStackTrace(log) : 'no stack trace'
