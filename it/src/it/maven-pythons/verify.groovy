evaluate(new File(itSources, 'common.groovy'))

// Each <python>maven:3.X</python> of the pom: resolved by Maven's resolver into the build's local repository,
// unpacked once into the build's cache, named in the log by every goal of both builds, and used: the modules it
// built, imported and run by it, behave as the sources do.
def specs = (new File(basedir, 'pom.xml').text =~ /<python>(maven:[^<]+)<\/python>/).collect { it[1] }
assert specs.size() >= 3 && specs.every { it.startsWith('maven:') } : specs
def log = buildLog()
def lines = log.readLines()
def cache = new File(basedir, 'target/python-cache')
def code = 'import versions; print(versions.run())'
specs.each { spec ->
    def series = spec - 'maven:'
    def tag = 'cpython-' + series.replace('.', '')
    def r = report(tag)
    String artifact = r.interpreter.artifact
    assert artifact ==~ /org\.bytedeco:cpython:${java.util.regex.Pattern.quote(series)}\.\d+-[\d.]+:jar:linux-x86_64/ : artifact
    def version = artifact.split(':')[2]
    def home = new File(cache, "org.bytedeco/cpython/${version}/linux-x86_64")
    assert r.interpreter.executable == new File(home, "bin/python${series}").path
    assert r.interpreter.version.startsWith(series + '.')
    assert new File(localRepositoryPath, "org/bytedeco/cpython/${version}/cpython-${version}-linux-x86_64.jar").isFile()
    assert lines.count { it.startsWith("[INFO] Unpacking ${artifact} (") } == 1 : 'unpacked once, by the first build'
    assert lines.count { it == "[INFO] CPython ${r.interpreter.version} from Maven artifact ${artifact}, unpacked in ${home}" } == 6

    // translated to C on every version: every code object but generators
    def codeObjects = r.modules.collectMany { m -> m.codeObjects }
    def compiledToC = codeObjects.count { it.status == 'compiled' }
    def others = codeObjects.findAll { it.status != 'compiled' && !(it.reason ==~ /.*generator.*not compiled yet/) }
    assert compiledToC > 5 && others.isEmpty() : "${series}: ${others}"
    def lib = new File(basedir, "target/pyc2c/${tag}/lib")
    assert compiledModules(lib) == ["versions.${tag}-x86_64-linux-gnu.so".toString()] : extensions(lib)
    def python = r.interpreter.executable
    def interpreted = runPython(python, new File(basedir, 'src/main/python').path, code)
    def compiled = runPython(python, lib.path, code + "; print(versions.__file__.endswith('.so'))")
    assert interpreted.startsWith(series + ' ann 12 6 ') : interpreted
    assert compiled == interpreted + 'True\n'
    def cp = 'cp' + series.replace('.', '')
    assert new File(basedir, 'target').listFiles().any { it.name ==~ /maven_pythons-1\.0\.0-${cp}-${cp}-linux_x86_64\.whl/ } : "wheel for ${series}"
    // the second build found everything up to date
    assert log.contains("${tag}: 1 module: 0 generated, 1 unchanged (not regenerated)") : log
    println "${spec}: ${interpreted.strip()} (${compiledToC} of ${codeObjects.size()} code objects in C)"
}
true
