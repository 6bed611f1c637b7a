# pyc2c: what kind of Python is this? Run with -E -s -c by PythonInterpreter.probe.
# Deliberately valid in Python 2 as well, and imports nothing but sys (which a file in the working
# directory cannot shadow), so any interpreter answers and an unsupported one is named precisely.
import sys
v = sys.version_info
level = {'alpha': 'a', 'beta': 'b', 'candidate': 'rc'}.get(v[3], '')
full = '%d.%d.%d' % (v[0], v[1], v[2]) + (level + str(v[4]) if level else '')
impl = getattr(sys, 'implementation', None)
if impl is not None:
    name, tag = impl.name, impl.cache_tag or ''
else:
    name, tag = getattr(sys, 'subversion', ('unknown',))[0].lower(), ''
sys.stdout.write('pyc2c-probe\nexecutable=%s\nversion=%s\nimplementation=%s\ncache_tag=%s\n'
                 % (sys.executable or '', full, name, tag))
