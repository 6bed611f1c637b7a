"""The workloads' random numbers: a linear congruential generator, the same on every run and version.

A package rather than a module beside the workloads, so that bench.py does not take it for a program; it
is compiled (or run interpreted) with them, like the copied libraries."""


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n
