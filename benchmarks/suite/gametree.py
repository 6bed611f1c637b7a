"""Game-tree search: Connect Four on the standard 7 x 6 board, a negamax search with
alpha-beta pruning, move ordering from the centre out and a heuristic evaluation of the
windows of four cells, run from positions reached by seeded pseudo-random openings.

Stands for AI/search code: a Board class with make/undo move methods on a list of
columns, recursion with tuple results, a transposition dictionary keyed by a position
string, generator-free loops over precomputed lines, max() and sorted() with keys.
main(n) searches n positions to a fixed depth and returns the chosen moves, scores and
the number of nodes visited.
"""

TIME_N = 22
INSTR_N = 1

WIDTH = 7
HEIGHT = 6
DEPTH = 4
WIN_SCORE = 100000


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def all_windows():
    """Every line of four cells, as tuples of (column, row)."""
    windows = []
    for c in range(WIDTH):
        for r in range(HEIGHT):
            for dc, dr in ((1, 0), (0, 1), (1, 1), (1, -1)):
                cells = [(c + k * dc, r + k * dr) for k in range(4)]
                if all(0 <= x < WIDTH and 0 <= y < HEIGHT for x, y in cells):
                    windows.append(tuple(cells))
    return windows


class Board:
    def __init__(self, windows):
        self.columns = [[] for _ in range(WIDTH)]
        self.moves = []
        self.windows = windows
        self.by_cell = {}
        for w in windows:
            for cell in w:
                self.by_cell.setdefault(cell, []).append(w)

    def can_play(self, col):
        return len(self.columns[col]) < HEIGHT

    def play(self, col, player):
        self.columns[col].append(player)
        self.moves.append(col)

    def undo(self):
        col = self.moves.pop()
        self.columns[col].pop()

    def cell(self, col, row):
        column = self.columns[col]
        return column[row] if row < len(column) else 0

    def is_full(self):
        return len(self.moves) == WIDTH * HEIGHT

    def wins_at(self, col):
        """Did the last stone dropped in col complete a line of four?"""
        row = len(self.columns[col]) - 1
        player = self.columns[col][row]
        for window in self.by_cell[(col, row)]:
            for c, r in window:
                if self.cell(c, r) != player:
                    break
            else:
                return True
        return False

    def evaluate(self, player):
        score = 0
        for window in self.windows:
            mine = theirs = 0
            for c, r in window:
                v = self.cell(c, r)
                if v == player:
                    mine += 1
                elif v:
                    theirs += 1
            if mine and not theirs:
                score += (0, 1, 4, 16, 0)[mine]
            elif theirs and not mine:
                score -= (0, 1, 4, 16, 0)[theirs]
        for r in range(len(self.columns[3])):
            if self.columns[3][r] == player:
                score += 2
        return score

    def key(self):
        return "|".join("".join(str(v) for v in col) for col in self.columns)


class Searcher:
    def __init__(self, board):
        self.board = board
        self.nodes = 0
        self.table = {}
        self.order = sorted(range(WIDTH), key=lambda c: abs(c - WIDTH // 2))

    def negamax(self, player, depth, alpha, beta):
        self.nodes += 1
        board = self.board
        key = (board.key(), player, depth)
        cached = self.table.get(key)
        if cached is not None:
            return cached
        if depth == 0 or board.is_full():
            return board.evaluate(player)
        best = -WIN_SCORE * 10
        for col in self.order:
            if not board.can_play(col):
                continue
            board.play(col, player)
            if board.wins_at(col):
                score = WIN_SCORE + depth
            else:
                score = -self.negamax(3 - player, depth - 1, -beta, -alpha)
            board.undo()
            if score > best:
                best = score
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        if alpha < beta:
            self.table[key] = best
        return best

    def best_move(self, player, depth):
        best_col, best_score = -1, -WIN_SCORE * 10
        for col in self.order:
            if not self.board.can_play(col):
                continue
            self.board.play(col, player)
            if self.board.wins_at(col):
                score = WIN_SCORE + depth
            else:
                score = -self.negamax(3 - player, depth - 1, -WIN_SCORE * 10, WIN_SCORE * 10)
            self.board.undo()
            if score > best_score:
                best_col, best_score = col, score
        return best_col, best_score


def random_opening(board, rng, plies):
    player = 1
    for _ in range(plies):
        choices = [c for c in range(WIDTH) if board.can_play(c)]
        col = choices[rng.below(len(choices))]
        board.play(col, player)
        if board.wins_at(col):
            board.undo()
            break
        player = 3 - player
    return player


def main(n):
    rng = Lcg(7)
    windows = all_windows()
    moves = []
    total_score = 0
    nodes = 0
    for i in range(n):
        board = Board(windows)
        player = random_opening(board, rng, 4 + i % 8)
        searcher = Searcher(board)
        col, score = searcher.best_move(player, DEPTH)
        moves.append(str(col))
        total_score += score
        nodes += searcher.nodes
    return "%s %d %d" % ("".join(moves), total_score, nodes)
