"""An incremental one-way dataflow constraint solver in the style of DeltaBlue
(Freeman-Benson, Maloney, Borning), written from scratch: constraints of different
strengths over variables are added and removed, the solver keeps a plan that satisfies
the strongest ones, and plans are extracted and executed when input values change.

Stands for object-heavy library code: a class hierarchy (Constraint, UnaryConstraint,
BinaryConstraint and their subclasses) with overridden methods, super() calls, objects
linked through lists of other objects, identity comparisons, small value classes with
ordering methods, exceptions for impossible requests. main(n) runs the chain test and
the projection test on n variables and returns a digest of the values seen.
"""

TIME_N = 14000
INSTR_N = 900


class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level

    def weakest_of(self, other):
        return self if self.weaker(other) else other

    def next_weaker(self):
        return ORDERED[self.level + 1]

    def __repr__(self):
        return "Strength(%s)" % self.name


ORDERED = (
    Strength(0, "required"),
    Strength(1, "strong preferred"),
    Strength(2, "preferred"),
    Strength(3, "strong default"),
    Strength(4, "normal"),
    Strength(5, "weak default"),
    Strength(6, "weakest"),
)
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = ORDERED


class UnsatisfiableError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None

    def __repr__(self):
        return "Variable(%s=%r)" % (self.name, self.value)


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Tries to satisfy this constraint; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise UnsatisfiableError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise UnsatisfiableError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.var.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and self.strength.stronger(self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        self.var.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value unless something stronger changes it."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable whose value the program sets from outside."""

    def is_input(self):
        return True

    def execute(self):
        pass


FORWARD, BACKWARD, NONE = 1, -1, 0


class BinaryConstraint(Constraint):
    def __init__(self, planner, v1, v2, strength):
        super().__init__(planner, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add()

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and self.strength.stronger(v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and self.strength.stronger(v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if self.strength.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if self.strength.stronger(v2.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset, in either direction."""

    def __init__(self, planner, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(planner, src, dest, strength)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def append(self, c):
        self.steps.append(c)

    def execute(self):
        for c in self.steps:
            c.execute()

    def __len__(self):
        return len(self.steps)


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.destroy()


def chain_test(n):
    """A chain of equalities v0 = v1 = ... = vn, edited at one end."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(planner, a, b, REQUIRED)
    first, last = variables[0], variables[-1]
    StayConstraint(planner, last, STRONG_DEFAULT)
    edit = EditConstraint(planner, first, PREFERRED)
    plan = planner.extract_plan([edit])
    digest = len(plan)
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise AssertionError("chain test failed: %r" % last)
        digest += last.value
    edit.destroy()
    return digest


def projection_test(n):
    """n pairs (src, dst) with dst = src * scale + offset; edits either side."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(planner, src, NORMAL)
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED)
    digest = 0
    change(planner, src, 17)
    if dst.value != 1170:
        raise AssertionError("projection 1 failed: %r" % dst)
    change(planner, dst, 1050)
    if src.value != 5:
        raise AssertionError("projection 2 failed: %r" % src)
    change(planner, scale, 5)
    for i, d in enumerate(dests[:-1]):
        if d.value != i * 5 + 1000:
            raise AssertionError("projection 3 failed: %r" % d)
        digest += d.value
    change(planner, offset, 2000)
    for i, d in enumerate(dests[:-1]):
        if d.value != i * 5 + 2000:
            raise AssertionError("projection 4 failed: %r" % d)
        digest += d.value
    return digest


def main(n):
    a = chain_test(n)
    b = projection_test(n)
    return "%d %d" % (a, b)
