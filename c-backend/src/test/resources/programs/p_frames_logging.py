"""logging attribution through frames: a logger writing to a StringIO
handler with a format using %(funcName)s, %(lineno)d, %(module)s,
%(filename)s, %(name)s and %(levelname)s; calls from module level,
functions, nested functions, methods, lambdas, class bodies, generators;
stacklevel=2; exception() with exc_info (traceback text normalised to
basenames); LoggerAdapter and custom filters reading record attributes."""
import io
import logging
import os
import re

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(message)s"))
log = logging.getLogger("pyc2c.frames")
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(handler)

log.info("module level %s", "message")


def func():
    log.debug("inside func")

    def nested():
        log.warning("inside nested")
    nested()


func()


class Service:
    log.info("class body")

    def method(self):
        log.error("in method %d", 42)

    @classmethod
    def cm(cls):
        log.critical("in classmethod")

    @property
    def prop(self):
        log.info("in property")
        return 1


Service().method()
Service.cm()
Service().prop
(lambda: log.info("in lambda"))()


def gen():
    log.info("in generator before yield")
    yield
    log.info("in generator after yield")


for _ in gen():
    pass


def helper_logging(msg):
    log.info(msg, stacklevel=2)


def uses_helper():
    helper_logging("attributed to the caller of helper")


uses_helper()
helper_logging("helper called from module")


def failing():
    try:
        {}["nope"]
    except KeyError:
        log.exception("caught a problem")


failing()


class OnlyFuncFilter(logging.Filter):
    def filter(self, record):
        record.msg = "[filtered in %s:%d] %s" % (record.funcName, record.lineno, record.msg)
        return record.funcName != "silenced"


log.addFilter(OnlyFuncFilter())


def silenced():
    log.info("this is dropped by the filter")


def loud():
    log.info("this passes the filter")


silenced()
loud()
adapter = logging.LoggerAdapter(log, {"ctx": "A"})
adapter.info("through adapter")


def norm(text):
    out = []
    for line in text.splitlines():
        m = re.match(r'(\s*File ")([^"]+)(".*)', line)
        if m:
            line = m.group(1) + os.path.basename(m.group(2)) + m.group(3)
        if line.strip() and set(line.strip()) <= set("^~ "):
            continue
        out.append(line)
    return "\n".join(out)


print(norm(stream.getvalue()))
record = log.makeRecord("n", logging.INFO, "/x/y/z.py", 5, "m %s", ("a",), None, func="fn")
print(record.getMessage(), record.filename, record.module, record.funcName, record.lineno)
log.removeHandler(handler)
