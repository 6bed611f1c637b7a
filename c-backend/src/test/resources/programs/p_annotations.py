"""Annotations: module-level __annotations__ (simple names only, order,
annotations without assignment do not bind, complex targets evaluated but
not stored), class __annotations__, function __annotations__ (params,
return, *args, **kwargs, defaults), annotations evaluated eagerly (side
effects, NameError on undefined names), typing.get_type_hints,
annotations in nested functions and on local variables (not stored)."""
import typing

order = []


def note(v):
    order.append(v)
    return v


x: int = 5
y: note("y-annotation")
z: "a string annotation" = "z"
obj_store = {}
obj_store["k"]: note("subscript annotation") = 1


class Holder:
    pass


h = Holder()
h.attr: note("attribute annotation") = 2
(paren): int = 3
print(__annotations__)
print("y" in globals(), order)


class Annotated:
    a: int
    b: str = "bee"
    c: typing.List[int] = []
    d: "Forward"
    _private: float = 1.0

    def method(self, p: int, *args: str, kw: bool = False, **kws: float) -> "Annotated":
        local_annot: int = 5
        return local_annot


print(Annotated.__annotations__)
print(Annotated.method.__annotations__)
print("a" in vars(Annotated), "b" in vars(Annotated))


def f(a: note("param a"), b: int = note("default b"), *, c: note("kwonly c") = 1) -> note("return"):
    pass


print(order)
print(f.__annotations__)


def no_annotations(a, b):
    pass


print(no_annotations.__annotations__)


class Forward:
    pass


class UseHints:
    n: int
    other: "Forward"


print(typing.get_type_hints(UseHints))


def hinted(a: "int", b: "typing.Optional[str]" = None) -> "list[int]":
    return []


print(typing.get_type_hints(hinted))
try:
    def bad(a: undefined_annotation_name):
        pass
except NameError as e:
    print("NameError:", e)


def local_annotations():
    v: int = 1
    w: undefined_but_not_evaluated
    return "w" in locals(), v


print(local_annotations())


class Sub(Annotated):
    e: bytes


print(Sub.__annotations__, typing.get_type_hints(Sub)["e"])
__annotations__["late"] = "added"
print(sorted(__annotations__))
