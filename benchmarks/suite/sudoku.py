"""Sudoku solver: constraint propagation (eliminate a candidate, assign the only place
left for a digit in a unit) with depth-first search on the square with the fewest
candidates, over puzzles generated from shuffled solved grids.

Stands for constraint solvers and puzzle search (the hexiom kind of benchmark): dicts
of candidate strings keyed by square names, peers and units precomputed in dicts of
lists and sets held by a solver object, method recursion that copies the state dict at each guess, str.replace,
min() with a key, early failure signalled by False. main(n) generates and solves n
puzzles and returns a digest of the solutions and the number of guesses made.
"""

TIME_N = 220
INSTR_N = 12

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def below(self, n):
        return self.next() % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def cross(a, b):
    return [x + y for x in a for y in b]


class Solver:
    """Squares, units and peers of the 9 x 9 board, and the propagation and search on
    a dict mapping each square to the string of its remaining candidates."""

    def __init__(self):
        self.squares = cross(ROWS, COLS)
        self.unit_list = ([cross(ROWS, c) for c in COLS]
                          + [cross(r, COLS) for r in ROWS]
                          + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
        self.units = {s: [u for u in self.unit_list if s in u] for s in self.squares}
        self.peers = {s: set(sum(self.units[s], [])) - {s} for s in self.squares}
        self.guesses = 0
        self.contradictions = 0

    def assign(self, values, square, digit):
        others = values[square].replace(digit, "")
        for d in others:
            if not self.eliminate(values, square, d):
                return False
        return values

    def eliminate(self, values, square, digit):
        if digit not in values[square]:
            return values
        values[square] = values[square].replace(digit, "")
        left = values[square]
        if not left:
            self.contradictions += 1
            return False
        if len(left) == 1:
            for peer in self.peers[square]:
                if not self.eliminate(values, peer, left):
                    return False
        for unit in self.units[square]:
            places = [s for s in unit if digit in values[s]]
            if not places:
                self.contradictions += 1
                return False
            if len(places) == 1:
                if not self.assign(values, places[0], digit):
                    return False
        return values

    def parse(self, grid):
        values = {s: DIGITS for s in self.squares}
        for square, ch in zip(self.squares, grid):
            if ch in DIGITS and not self.assign(values, square, ch):
                return False
        return values

    def search(self, values):
        if values is False:
            return False
        if all(len(values[s]) == 1 for s in self.squares):
            return values
        square = min((s for s in self.squares if len(values[s]) > 1), key=lambda s: len(values[s]))
        for d in values[square]:
            self.guesses += 1
            result = self.search(self.assign(dict(values), square, d))
            if result:
                return result
        return False

    def solve(self, grid):
        return self.search(self.parse(grid))

    def is_solution(self, values):
        for unit in self.unit_list:
            if sorted(values[s] for s in unit) != list(DIGITS):
                return False
        return True


def solved_grid(rng):
    """A valid full grid: the base pattern with rows, columns and digits shuffled
    within the moves that keep a grid valid."""
    def shuffled_axis():
        bands = [0, 1, 2]
        rng.shuffle(bands)
        order = []
        for b in bands:
            inner = [0, 1, 2]
            rng.shuffle(inner)
            order.extend(b * 3 + i for i in inner)
        return order

    rows = shuffled_axis()
    cols = shuffled_axis()
    digits = list(DIGITS)
    rng.shuffle(digits)
    grid = []
    for r in rows:
        for c in cols:
            grid.append(digits[(3 * (r % 3) + r // 3 + c) % 9])
    return grid


def make_puzzle(rng, blanks):
    grid = solved_grid(rng)
    cells = list(range(81))
    rng.shuffle(cells)
    for i in cells[:blanks]:
        grid[i] = "."
    return "".join(grid)


def main(n):
    rng = Lcg(2024)
    solver = Solver()
    digest = 0
    for k in range(n):
        puzzle = make_puzzle(rng, 58 + k % 6)
        result = solver.solve(puzzle)
        if not result or not solver.is_solution(result):
            return "unsolved puzzle %d: %s" % (k, puzzle)
        line = "".join(result[s] for s in solver.squares)
        for ch in line[::7]:
            digest = (digest * 31 + ord(ch)) % 1000000007
    return "%d %d %d" % (digest, solver.guesses, solver.contradictions)
