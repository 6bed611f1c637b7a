# pyc2c: compile Python sources to .pyc bytes, many files in one process. Run with -I -c by
# BytecodeCompiler.
#
# Request (standard input): a JSON object with
#   invalidation: timestamp, checked-hash or unchecked-hash (the kind of .pyc header), and
#   files: a list of objects with source (the absolute path to read), filename (the name to record as
#          co_filename) and optimize (-1, 0, 1 or 2).
# Answer (standard output): a JSON object with results, one object per file, in order, holding either
#   pyc (the .pyc bytes, base64) or error (type, message, filename, line, column, end_line, end_column,
#   text, as the SyntaxError has them), and warnings (category, message, line), in line order.
#
# Each file is compiled exactly as py_compile.compile does it (the same loader calls and the same
# importlib functions for the header), and a failure is reported as py_compile would report it, but
# for every file rather than only the first. Warnings the compiler emits (SyntaxWarning...) are
# captured and returned; nothing but the answer ever reaches standard output, even text written to
# file descriptor 1 below Python.
import base64
import importlib._bootstrap_external as bootstrap
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings


def describe(err, filename):
    if isinstance(err, SyntaxError):
        return {
            'type': type(err).__name__,
            'message': err.msg if err.msg is not None else '<no detail available>',
            'filename': err.filename or filename,
            'line': err.lineno or 0,
            'column': err.offset or 0,
            'end_line': getattr(err, 'end_lineno', None) or 0,
            'end_column': getattr(err, 'end_offset', None) or 0,
            'text': err.text or '',
        }
    return {'type': type(err).__name__, 'message': str(err), 'filename': filename, 'line': 0, 'column': 0,
            'end_line': 0, 'end_column': 0, 'text': ''}


def compile_one(entry, invalidation):
    source, filename, optimize = entry['source'], entry['filename'], entry['optimize']
    loader = importlib.machinery.SourceFileLoader('<py_compile>', source)
    try:
        source_bytes = loader.get_data(source)
    except OSError as err:
        return {'error': describe(err, filename), 'warnings': []}
    caught = []
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter('always')
        try:
            code = loader.source_to_code(source_bytes, filename, _optimize=optimize)
        except Exception as err:  # what py_compile catches: SyntaxError, ValueError, UnicodeDecodeError...
            code, error = None, err
        for w in recorded:
            item = {'category': w.category.__name__, 'message': str(w.message), 'line': w.lineno or 0}
            if item not in caught:
                caught.append(item)
    caught.sort(key=lambda w: w['line'])  # the tokenizer's warnings come before the compiler's
    if code is None:
        return {'error': describe(error, filename), 'warnings': caught}
    if invalidation == 'timestamp':
        stats = loader.path_stats(source)
        data = bootstrap._code_to_timestamp_pyc(code, stats['mtime'], stats['size'])
    else:
        data = bootstrap._code_to_hash_pyc(code, importlib.util.source_hash(source_bytes),
                                           invalidation == 'checked-hash')
    return {'pyc': base64.b64encode(bytes(data)).decode('ascii'), 'warnings': caught}


def main():
    answer_fd = os.dup(1)
    os.dup2(2, 1)  # from here on, whatever writes to standard output writes to standard error
    request = json.loads(sys.stdin.buffer.read())
    results = [compile_one(entry, request['invalidation']) for entry in request['files']]
    sys.stdout.flush()
    with os.fdopen(answer_fd, 'wb') as answer:
        answer.write(json.dumps({'results': results}, ensure_ascii=True).encode('ascii'))


main()
