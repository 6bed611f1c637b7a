// Shared by the ITs' verify.groovy and selector.groovy: evaluate(new File(itSources, 'common.groovy')).
// Defines closures in the script's binding.
import groovy.json.JsonSlurper

/** The report.json of an interpreter's build, e.g. report('cpython-312'). */
report = { String tag -> new JsonSlurper().parse(new File(basedir, "target/pyc2c/${tag}/report.json")) }

/** The interpreter that built a tree, as report.json names it. */
pythonOf = { String tag -> report(tag).interpreter.executable as String }

/** Runs a command; returns [code: exit status, out: stdout and stderr]. */
run = { List cmd, Map env = [:], File dir = basedir ->
    def pb = new ProcessBuilder(cmd.collect { it.toString() }).directory(dir).redirectErrorStream(true)
    env.each { k, v -> pb.environment().put(k.toString(), v.toString()) }
    def p = pb.start()
    def out = p.inputStream.getText('UTF-8')
    [code: p.waitFor(), out: out]
}

/** Runs Python code with a PYTHONPATH; fails the IT unless it exits 0; returns its output. */
runPython = { String python, String pythonPath, String code ->
    def r = run([python, '-c', code], [PYTHONPATH: pythonPath])
    assert r.code == 0 : "python failed (PYTHONPATH=${pythonPath}):\n${r.out}"
    r.out
}

/** What the Maven build printed (every invocation of the IT). */
buildLog = { new File(basedir, 'build.log').getText('UTF-8') }

/**
 * Whether this machine can run the ITs' interpreters, CPython builds of Maven Central (maven:3.X in their poms,
 * resolved by the plugin through the ITs' repositories and unpacked into pyc2c's cache): they exist for
 * linux-x86_64 only.
 */
mavenPythons = {
    def os = System.getProperty('os.name')
    def arch = System.getProperty('os.arch')
    def here = os == 'Linux' && arch in ['amd64', 'x86_64']
    if (!here) {
        println "!!! SKIPPED ${basedir.name}: Maven Central's CPython builds are for linux-x86_64 only, this is ${os} ${arch}"
    }
    here
}

/** The lines of the build's log that say where an interpreter came from ('CPython 3.12.1 at ...' or '... from Maven artifact ...'). */
interpreterLines = { buildLog().readLines().findAll { it =~ /\[INFO\] CPython \d+\.\d+\.\S+ (at |from Maven artifact )/ } }

/** The extension modules under a directory, relative paths. */
extensions = { File dir ->
    def found = []
    dir.eachFileRecurse { if (it.name.endsWith('.so') || it.name.endsWith('.pyd')) found << dir.toPath().relativize(it.toPath()).toString() }
    found.sort()
}

/** The build's runtime module of an interpreter's tree, as report.json names it ('pkg._pyc2c_runtime'). */
runtimeOf = { String tag -> report(tag).runtime.module as String }

/** The extension modules under a directory that are not the pyc2c runtime module, relative paths. */
compiledModules = { File dir -> extensions(dir).findAll { !(it =~ /(^|\/)_pyc2c_runtime/) } }

/** Whether a log is free of Java stack traces of pyc2c's code (user mistakes get a message, not a trace). */
noStackTrace = { String log -> !(log =~ /\sat dev\.pyc2c\./) && !(log =~ /dev\.pyc2c\.\S*Exception/) }
