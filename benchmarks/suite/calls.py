"""A pricing engine for a shop's shopping carts, written as many small functions and
methods that call each other: price lookup, discounts, tax, shipping, currency rounding.

Stands for ordinary business-logic code where the time goes into calls rather than
loops: positional and keyword arguments, default values, keyword-only parameters,
*args and **kwargs, bound methods, properties, staticmethods and classmethods, closures
built by factory functions, lambdas passed as arguments, small recursive helpers and
super() calls. main(n) prices n carts and returns the grand total and counters.
"""

TIME_N = 65000
INSTR_N = 4000


def clamp(x, lo=0, hi=100):
    return lo if x < lo else hi if x > hi else x


def round_cents(amount, *, mode="half-up"):
    if mode == "half-up":
        return (amount + 50) // 100 * 100 if amount % 100 >= 50 else amount // 100 * 100
    return amount


def percent_of(amount, pct):
    return amount * pct // 100


def make_discount(pct, minimum=0):
    def discount(amount):
        if amount < minimum:
            return 0
        return percent_of(amount, clamp(pct))
    return discount


def compose(*functions):
    def run(value):
        for f in functions:
            value = f(value)
        return value
    return run


def total_of(*amounts, **extra):
    total = 0
    for a in amounts:
        total += a
    for key in ("fee", "tip"):
        total += extra.get(key, 0)
    return total


def digits_sum(n):
    return n if n < 10 else digits_sum(n // 10) + n % 10


class Product:
    def __init__(self, sku, cents, weight, category):
        self.sku = sku
        self.cents = cents
        self.weight = weight
        self.category = category

    @property
    def is_heavy(self):
        return self.weight > 5000

    def price_for(self, quantity, discount=None):
        base = self.cents * quantity
        if discount is not None:
            base -= discount(base)
        return base


class TaxRule:
    rate = 20

    def tax(self, amount, category):
        return percent_of(amount, self.rate_for(category))

    def rate_for(self, category):
        return self.rate

    @staticmethod
    def exempt(category):
        return category == "books"

    @classmethod
    def standard(cls):
        return cls()


class ReducedTaxRule(TaxRule):
    reduced = {"food": 5, "books": 0, "kids": 10}

    def rate_for(self, category):
        return self.reduced.get(category, super().rate_for(category))


class Shipping:
    def __init__(self, base, per_kilo, free_above):
        self.base = base
        self.per_kilo = per_kilo
        self.free_above = free_above

    def cost(self, weight, subtotal, express=False):
        if subtotal >= self.free_above and not express:
            return 0
        cost = self.base + self.per_kilo * ((weight + 999) // 1000)
        return cost * 2 if express else cost


class Cart:
    def __init__(self, customer, express=False):
        self.customer = customer
        self.express = express
        self.lines = []

    def add(self, product, quantity=1):
        self.lines.append((product, quantity))
        return self

    def weight(self):
        return sum(p.weight * q for p, q in self.lines)

    def heavy_items(self):
        return len([p for p, _ in self.lines if p.is_heavy])


class PricingEngine:
    def __init__(self, tax_rule, shipping, discounts):
        self.tax_rule = tax_rule
        self.shipping = shipping
        self.discounts = discounts
        self.calls = 0

    def discount_for(self, product):
        return self.discounts.get(product.category)

    def line_total(self, product, quantity):
        self.calls += 1
        amount = product.price_for(quantity, discount=self.discount_for(product))
        if not TaxRule.exempt(product.category):
            amount += self.tax_rule.tax(amount, product.category)
        return amount

    def price(self, cart):
        lines = [self.line_total(p, q) for p, q in cart.lines]
        subtotal = total_of(*lines)
        shipping = self.shipping.cost(cart.weight(), subtotal, express=cart.express)
        fee = 150 if cart.heavy_items() > 1 else 0
        return round_cents(total_of(subtotal, shipping, fee=fee))


def make_catalog():
    categories = ["food", "books", "kids", "tools", "garden"]
    catalog = []
    for i in range(40):
        catalog.append(Product("SKU%03d" % i, 199 + (i * 7919) % 9000, 100 + (i * 104729) % 9000,
                               categories[i % len(categories)]))
    return catalog


def main(n):
    catalog = make_catalog()
    loyalty = compose(lambda a: a - a // 50, lambda a: max(a - 100, 0))
    discounts = {"tools": make_discount(15, minimum=2000), "garden": make_discount(10), "kids": make_discount(120)}
    engines = [PricingEngine(TaxRule.standard(), Shipping(495, 120, 10000), discounts),
               PricingEngine(ReducedTaxRule.standard(), Shipping(695, 80, 15000), discounts)]
    state = 12345
    grand = 0
    checks = 0
    for i in range(n):
        cart = Cart("customer%d" % (i % 100), express=(i % 7 == 0))
        for _ in range(1 + i % 5):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cart.add(catalog[(state >> 8) % len(catalog)], quantity=1 + (state >> 16) % 3)
        engine = engines[i % 2]
        total = engine.price(cart)
        if i % 3 == 0:
            total = loyalty(total)
        grand += total
        checks += digits_sum(total)
    return "%d %d %d %d" % (grand, checks, engines[0].calls, engines[1].calls)
