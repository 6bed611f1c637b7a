"""Report generation: formats a generated table of orders as a fixed-width text
report, CSV lines, an HTML table and a key=value log, the way a web application or a
batch job renders its output.

Stands for string building and formatting: f-strings with format specifications,
%-formatting, str.format, str.join over lists and generator expressions, ljust/rjust/
center, replace for escaping, upper/title/strip, split on separators, string
concatenation in loops and list-of-parts accumulation. main(n) renders n orders in each
format and returns the lengths and CRCs of the outputs.
"""

import zlib

TIME_N = 20000
INSTR_N = 1000

FIRST = ["ada", "grace", "alan", "edsger", "barbara", "donald", "frances", "ken", "dennis", "margaret"]
LAST = ["lovelace", "hopper", "turing", "dijkstra", "liskov", "knuth", "allen", "thompson", "ritchie", "hamilton"]
ITEMS = ["widget", "gadget", "sprocket", "gizmo", "doohickey", "flange", "bracket & nut", "<cable>"]
CITIES = ["Oslo", "Lyon", "Kyoto", "Quito", "Perth", "Cork", "Graz", "Turku"]


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def pick(self, seq):
        return seq[self.below(len(seq))]


class Order:
    def __init__(self, number, customer, city, lines):
        self.number = number
        self.customer = customer
        self.city = city
        self.lines = lines

    @property
    def total_cents(self):
        total = 0
        for _, qty, cents in self.lines:
            total += qty * cents
        return total


def make_orders(n):
    rng = Lcg(5)
    orders = []
    for i in range(n):
        customer = "%s %s" % (rng.pick(FIRST), rng.pick(LAST))
        lines = [(rng.pick(ITEMS), 1 + rng.below(9), 99 + rng.below(20000)) for _ in range(1 + rng.below(4))]
        orders.append(Order(10000 + i, customer, rng.pick(CITIES), lines))
    return orders


def money(cents):
    return f"{cents // 100:,}.{cents % 100:02d}"


def text_report(orders):
    parts = []
    width = 60
    parts.append("ORDER REPORT".center(width, "="))
    for order in orders:
        head = f"#{order.number:>6} {order.customer.title():<24} {order.city.upper():>10}"
        parts.append(head)
        for item, qty, cents in order.lines:
            parts.append("    %-18s x%2d %12s" % (item, qty, money(qty * cents)))
        parts.append(("total: " + money(order.total_cents)).rjust(width))
    parts.append("-" * width)
    return "\n".join(parts)


def csv_lines(orders):
    out = ["number,customer,city,item,qty,unit"]
    for order in orders:
        for item, qty, cents in order.lines:
            fields = [str(order.number), order.customer, order.city, item, str(qty), "{:.2f}".format(cents / 100)]
            out.append(",".join('"%s"' % f.replace('"', '""') if "," in f or "&" in f else f for f in fields))
    return "\n".join(out) + "\n"


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_table(orders):
    html = "<table>\n"
    for order in orders:
        cells = "".join("<td>%s</td>" % escape(str(v)) for v in (order.number, order.customer, order.city))
        items = ", ".join(escape(item) for item, _, _ in order.lines)
        html += '  <tr class="%s">%s<td>%s</td><td>%s</td></tr>\n' % (
            "big" if order.total_cents > 50000 else "small", cells, items, money(order.total_cents))
    return html + "</table>\n"


def log_lines(orders):
    out = []
    for order in orders:
        first, last = order.customer.split(" ", 1)
        pairs = {"order": order.number, "first": first.capitalize(), "last": last.capitalize(),
                 "lines": len(order.lines), "cents": order.total_cents}
        out.append(" ".join(f"{k}={v!r}" if isinstance(v, str) else f"{k}={v}" for k, v in pairs.items()))
    return "\n".join(out)


def parse_back(csv_text):
    """Re-reads the CSV lines (the simple, unquoted ones) and totals them."""
    total = 0
    rows = 0
    for line in csv_text.splitlines()[1:]:
        if '"' in line:
            continue
        number, customer, city, item, qty, unit = line.split(",")
        whole, frac = unit.split(".")
        total += int(qty) * (int(whole) * 100 + int(frac))
        rows += 1
    return rows, total


def main(n):
    orders = make_orders(n)
    outputs = [text_report(orders), csv_lines(orders), html_table(orders), log_lines(orders)]
    rows, total = parse_back(outputs[1])
    sig = " ".join("%d:%08x" % (len(s), zlib.crc32(s.encode())) for s in outputs)
    return "%s rows=%d total=%d" % (sig, rows, total)
