evaluate(new File(itSources, 'common.groovy'))

def wheels = new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.whl') }
assert wheels.size() == 1 : wheels
def wheel = wheels[0]
assert wheel.name ==~ /wheel_demo-1\.0\.0-cp312-cp312-linux_x86_64\.whl/ : wheel.name
def python = pythonOf('cpython-312')
def site = new File(basedir, 'target/site-packages')
def fresh = new File(basedir, 'target/elsewhere')
fresh.mkdirs()
def pip = run([python, '-m', 'pip', 'install', '--no-index', '--no-deps', '--target', site.path, wheel.path])
assert pip.code == 0 : pip.out
// A fresh interpreter, in another directory, importing from the installed tree only.
// The runtime module is in the wheel, recorded, and installed with the modules.
def zip = new java.util.zip.ZipFile(wheel)
def names = zip.entries().collect { it.name }
def runtime = names.find { it ==~ /demo\/_pyc2c_runtime\.cpython-312.*\.so/ }
assert runtime : names
assert zip.getInputStream(zip.getEntry('wheel_demo-1.0.0.dist-info/RECORD')).getText('UTF-8').contains(runtime + ',sha256=')
zip.close()
assert new File(site, runtime).isFile()
def code = """import sys; sys.path.insert(0, ${groovy.json.JsonOutput.toJson(site.path)})
import demo, importlib.metadata as md, importlib.resources as res
print(demo.hello(), demo.__file__.endswith('.so'), res.files('demo').joinpath('resource.txt').read_text().strip())
m = md.metadata('Wheel-Demo')
print(m['Name'], m['Version'], m['Summary'], m['License'], m['Requires-Python'])
"""
def r = run([python, '-I', '-c', code], [:], fresh)
assert r.code == 0 : r.out
assert r.out == 'hello from demo True packaged\nWheel-Demo 1.0.0 A wheel of native modules Apache-2.0 ==3.12.*\n' : r.out
