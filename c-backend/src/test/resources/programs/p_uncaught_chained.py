"""Uncaught exception chained with `raise ... from ...`: a LookupError in a
helper is wrapped into a custom ConfigError by a middle layer; the harness
compares the top exception and its __cause__ (type, message, frames)."""


class ConfigError(Exception):
    pass


SETTINGS = {"host": "localhost"}


def lookup(key):
    return SETTINGS[key]


def get_setting(key):
    try:
        return lookup(key)
    except KeyError as exc:
        raise ConfigError("missing setting %r" % key) from exc


def main():
    print("host =", get_setting("host"))
    print("port =", get_setting("port"))


main()
