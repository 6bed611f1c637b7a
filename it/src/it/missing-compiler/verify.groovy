evaluate(new File(itSources, 'common.groovy'))

def log = buildLog()
assert log.contains("C compiler 'no-such-cc-pyc2c' (CC in the environment) not found on PATH") : log
assert log =~ /[Ii]nstall/ : 'the message says what to install'
assert noStackTrace(log) : 'no stack trace'
// The generate step ran (it needs no C compiler); only the native compile failed.
assert new File(basedir, 'target/generated-sources/pyc2c/cpython-312/m.c').isFile()
