# pyc2c: how this interpreter builds extension modules. Run with -I -c by Sysconfig.read.
# Prints one line of JSON (the last line of standard output): the values Sysconfig holds, as the
# interpreter reports them; Sysconfig applies the environment overrides the way setuptools does.
import json
import os
import sys
import sysconfig


def var(name):
    value = sysconfig.get_config_var(name)
    return '' if value is None else str(value)


v = sys.version_info
level = {'alpha': 'a', 'beta': 'b', 'candidate': 'rc'}.get(v.releaselevel, '')
paths = sysconfig.get_paths()
# setuptools' build_ext adds the virtual environment's include directory (bpo-16116).
venv_include = ''
if sys.exec_prefix != sys.base_exec_prefix:
    venv_include = os.path.join(sys.exec_prefix, 'include')
info = {
    'executable': sys.executable,
    'version': '%d.%d.%d' % v[:3] + (level + str(v.serial) if level else ''),
    'cache_tag': sys.implementation.cache_tag or '',
    'include': paths.get('include', ''),
    'platinclude': paths.get('platinclude', ''),
    'venv_include': venv_include,
    'platform': sysconfig.get_platform(),
    'vars': {name: var(name) for name in (
        'EXT_SUFFIX', 'SOABI', 'CC', 'CFLAGS', 'CCSHARED', 'LDSHARED', 'LDFLAGS', 'LIBDIR',
        'Py_ENABLE_SHARED', 'Py_GIL_DISABLED')},
}
sys.stdout.write('\n' + json.dumps(info, ensure_ascii=True) + '\n')
