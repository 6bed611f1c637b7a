evaluate(new File(itSources, 'common.groovy'))

def log = buildLog()
assert log =~ /did not finish within the compile timeout of 1 s and was stopped/ : log
assert log.contains('Raise the timeout, or set it to 0 for no limit (the Maven parameter compileTimeout or -Dpyc2c.compileTimeout=SECONDS') : log
assert noStackTrace(log) : 'no stack trace'
assert !log.contains('BUILD SUCCESS')
