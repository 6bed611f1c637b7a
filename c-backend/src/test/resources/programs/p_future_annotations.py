"""from __future__ import annotations (PEP 563): annotations stored as
strings, never evaluated (undefined names are fine), the exact string form
of complex annotations, typing.get_type_hints resolving them, and the
compiler flag visible in __future__ feature / code flags."""
from __future__ import annotations

import __future__
import typing

value: undefined_name_is_fine = 1
items: list[dict[str, int | None]] = []
callback: typing.Callable[[int, str], bool]


class Node:
    next: Node | None
    children: list[Node] = []
    weird: lambda_not_allowed if True else 0  # noqa


def link(a: Node, b: "Node", *rest: Node, **kw: dict[str, Node]) -> tuple[Node, ...]:
    return (a, b)


def arith(x: 1 + 2, y: f(a=1, *b) if c else d[::2], z: [i for i in range(3)]) -> a.b.c:
    pass


print(__annotations__)
print(Node.__annotations__)
print(link.__annotations__)
print(arith.__annotations__)
print(typing.get_type_hints(link))
print(typing.get_type_hints(Node, localns={"lambda_not_allowed": int}))
print(__future__.annotations.compiler_flag == 0x1000000, bool(link.__code__.co_flags & 0) is False)
print(annotations.getMandatoryRelease())
