"""N-queens: counts every placement of n non-attacking queens on an n x n board by
backtracking, keeps the first solution found, and checks each solution's symmetry class.

Stands for search code with recursion over candidates: sets of occupied columns and
diagonals, a mutable list as the partial solution, generator-free recursion, tuple and
list building, min() over a few board transforms to find canonical forms. main(n) solves
the boards of sizes n - 1 and n and returns, for each, the number of solutions, of
distinct solutions up to symmetry, and the first solution.
"""

TIME_N = 11
INSTR_N = 9


class Solver:
    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.diag = set()
        self.anti = set()
        self.queens = []
        self.solutions = []

    def free(self, row, col):
        return col not in self.cols and row - col not in self.diag and row + col not in self.anti

    def place(self, row, col):
        self.cols.add(col)
        self.diag.add(row - col)
        self.anti.add(row + col)
        self.queens.append(col)

    def remove(self, row, col):
        self.cols.discard(col)
        self.diag.discard(row - col)
        self.anti.discard(row + col)
        self.queens.pop()

    def solve(self, row=0):
        if row == self.n:
            self.solutions.append(tuple(self.queens))
            return 1
        found = 0
        for col in range(self.n):
            if self.free(row, col):
                self.place(row, col)
                found += self.solve(row + 1)
                self.remove(row, col)
        return found


def transforms(sol):
    n = len(sol)
    rot = [0] * n
    for r, c in enumerate(sol):
        rot[c] = n - 1 - r
    rot = tuple(rot)
    rot2 = tuple(n - 1 - c for c in reversed(sol))
    rot3 = [0] * n
    for r, c in enumerate(rot2):
        rot3[c] = n - 1 - r
    rot3 = tuple(rot3)
    result = []
    for t in (sol, rot, rot2, rot3):
        result.append(t)
        result.append(tuple(n - 1 - c for c in t))
    return result


def analyse(size):
    solver = Solver(size)
    count = solver.solve()
    classes = set()
    for sol in solver.solutions:
        classes.add(min(transforms(sol)))
    first = solver.solutions[0] if solver.solutions else ()
    return "%d/%d/%s" % (count, len(classes), "".join(str(c) for c in first))


def main(n):
    return " ".join(analyse(size) for size in (n - 1, n))
