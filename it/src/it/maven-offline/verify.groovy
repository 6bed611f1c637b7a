evaluate(new File(itSources, 'common.groovy'))

def log = buildLog()
assert log =~ /CPython from Maven: org\.bytedeco:cpython:3\.12\.\d+-[\d.]+:jar:linux-x86_64 is not in the local repository \S*offline-repo, and Maven is offline \(-o\), so it cannot be downloaded\./ : log
assert log.contains('Run the build once without -o to download it (about 25 MB, once), or fetch it with mvn dependency:get -Dartifact=org.bytedeco:cpython:3.12.') : log
assert log.contains('or name a local CPython 3.12 (by path, or as 3.12 if it is installed).') : log
assert noStackTrace(log) : 'no stack trace'
assert !new File(basedir, 'target/python-cache/org.bytedeco').exists() : 'nothing unpacked'
