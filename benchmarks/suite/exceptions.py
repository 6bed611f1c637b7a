"""A record importer that validates, converts and loads generated input lines, where
exceptions carry the control flow: malformed fields raise custom exceptions caught one
or more calls up, missing keys are handled by catching KeyError, iteration ends with
StopIteration, and cleanup runs in finally blocks.

Stands for input validation, parsers and protocol handlers written in the EAFP style:
a hierarchy of exception classes with attributes, raise inside helpers and except in the
caller, except clauses with tuples and `as`, try/except/else/finally, re-raising with
`raise ... from`, int() and float() raising ValueError, dict lookups in try blocks, a
hand-written iterator class. main(n) imports n records and returns the counts of
accepted and rejected records by reason and a checksum.
"""

TIME_N = 65000
INSTR_N = 4000


class ImporterError(Exception):
    """Base of the importer's errors, with the number of the input line when known."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.line = line


class FieldError(ImporterError):
    def __init__(self, field, value, line=None):
        super().__init__("bad %s: %r" % (field, value), line)
        self.field = field
        self.value = value


class MissingField(FieldError):
    pass


class DuplicateRecord(ImporterError):
    pass


class Lines:
    """An iterator over generated input lines (a hand-written iterator class)."""

    def __init__(self, count, seed):
        self.count = count
        self.index = 0
        self.state = seed

    def __iter__(self):
        return self

    def _below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def __next__(self):
        if self.index >= self.count:
            raise StopIteration
        self.index += 1
        k = self._below(20)
        ident = self._below(self.count * 20)
        qty = str(self._below(50)) if k != 1 else "many"
        price = "%d.%02d" % (self._below(500), self._below(100)) if k != 2 else "n/a"
        country = ("DE", "FR", "NL", "XX", "SE")[self._below(5)] if k != 3 else ""
        fields = ["id=%d" % ident, "qty=" + qty, "price=" + price]
        if k != 4:
            fields.append("country=" + country)
        if k == 5:
            fields.append("garbage")
        return ";".join(fields)


RATES = {"DE": 19, "FR": 20, "NL": 21, "SE": 25}


def parse_fields(line):
    record = {}
    for part in line.split(";"):
        try:
            key, value = part.split("=")
        except ValueError:
            raise FieldError("pair", part) from None
        record[key] = value
    return record


def require(record, key):
    try:
        return record[key]
    except KeyError:
        raise MissingField(key, None) from None


def to_int(field, text):
    try:
        return int(text)
    except ValueError as e:
        raise FieldError(field, text) from e


def to_cents(text):
    try:
        whole, frac = text.split(".")
        return int(whole) * 100 + int(frac)
    except ValueError:
        raise FieldError("price", text)


def tax_rate(country):
    try:
        return RATES[country]
    except KeyError:
        if not country:
            raise MissingField("country", country)
        return 0


class Importer:
    def __init__(self):
        self.seen = set()
        self.accepted = 0
        self.rejected = {}
        self.total = 0
        self.open_batches = 0

    def convert(self, line, number):
        record = parse_fields(line)
        ident = to_int("id", require(record, "id"))
        qty = to_int("qty", require(record, "qty"))
        cents = to_cents(require(record, "price"))
        rate = tax_rate(require(record, "country"))
        if ident in self.seen:
            raise DuplicateRecord("duplicate id %d" % ident, number)
        return ident, qty * cents * (100 + rate) // 100

    def load(self, lines):
        self.open_batches += 1
        try:
            for number, line in enumerate(lines):
                try:
                    ident, amount = self.convert(line, number)
                except MissingField as e:
                    self.reject("missing " + e.field)
                except FieldError as e:
                    self.reject("bad " + e.field)
                except DuplicateRecord:
                    self.reject("duplicate")
                else:
                    self.seen.add(ident)
                    self.accepted += 1
                    self.total += amount
        finally:
            self.open_batches -= 1

    def reject(self, reason):
        self.rejected[reason] = self.rejected.get(reason, 0) + 1


def first_negative(values):
    it = iter(values)
    while True:
        try:
            v = next(it)
        except StopIteration:
            return None
        if v < 0:
            return v


def main(n):
    importer = Importer()
    batch = max(1, n // 10)
    for b in range(10):
        importer.load(Lines(batch, 1000 + b))
    probe = first_negative([importer.total, importer.accepted, -len(importer.rejected)])
    reasons = " ".join("%s=%d" % kv for kv in sorted(importer.rejected.items()))
    return "%d %d %s %s %d" % (importer.accepted, importer.total, reasons, probe, importer.open_batches)
