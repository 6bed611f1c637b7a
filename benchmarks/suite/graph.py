"""Graph algorithms on a generated road network: breadth-first search for hop counts,
Dijkstra's shortest paths with a binary heap, connected components of the undirected
graph, a topological order of a derived DAG (Kahn's algorithm) and the shortest path
itself, rebuilt from the predecessor map.

Stands for routing, dependency resolution and network analysis code: adjacency as a
dict of lists of (neighbour, weight) tuples, sets of visited nodes, collections.deque
as a FIFO, heapq with (distance, node) tuples, dict.get with defaults, reversed lists,
while loops over work lists. main(n) builds a graph of n nodes and returns a digest of
the results.
"""

import heapq
from collections import deque

TIME_N = 45000
INSTR_N = 2500

INFINITY = float("inf")


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Graph:
    def __init__(self):
        self.adjacency = {}
        self.edge_count = 0

    def add_node(self, node):
        self.adjacency.setdefault(node, [])

    def add_edge(self, a, b, weight):
        self.add_node(a)
        self.add_node(b)
        self.adjacency[a].append((b, weight))
        self.adjacency[b].append((a, weight))
        self.edge_count += 1

    def neighbours(self, node):
        return self.adjacency.get(node, [])

    def __len__(self):
        return len(self.adjacency)


def make_graph(n, rng):
    g = Graph()
    for node in range(n):
        g.add_node(node)
    # local roads between nearby nodes, a few long highways, and some isolated islands
    for node in range(n):
        if node % 97 == 96:
            continue
        for _ in range(1 + rng.below(3)):
            other = node + 1 + rng.below(8)
            if other < n and other % 97 != 96:
                g.add_edge(node, other, 1 + rng.below(20))
    for _ in range(n // 20):
        a, b = rng.below(n), rng.below(n)
        if a != b and a % 97 != 96 and b % 97 != 96:
            g.add_edge(a, b, 30 + rng.below(50))
    return g


def bfs_hops(g, source):
    hops = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for nxt, _ in g.neighbours(node):
            if nxt not in hops:
                hops[nxt] = hops[node] + 1
                queue.append(nxt)
    return hops


def dijkstra(g, source):
    dist = {source: 0}
    previous = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in g.neighbours(node):
            nd = d + w
            if nd < dist.get(nxt, INFINITY):
                dist[nxt] = nd
                previous[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, previous


def path_to(previous, source, target):
    path = [target]
    while path[-1] != source:
        path.append(previous[path[-1]])
    path.reverse()
    return path


def components(g):
    seen = set()
    sizes = []
    for start in g.adjacency:
        if start in seen:
            continue
        seen.add(start)
        stack = [start]
        size = 0
        while stack:
            node = stack.pop()
            size += 1
            for nxt, _ in g.neighbours(node):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        sizes.append(size)
    return sorted(sizes, reverse=True)


def topological_order(g):
    """Orders the DAG that keeps each edge pointing from the smaller to the larger
    node, preferring smaller nodes among those ready (a heap as the ready set)."""
    indegree = {node: 0 for node in g.adjacency}
    for node, edges in g.adjacency.items():
        for nxt, _ in edges:
            if nxt > node:
                indegree[nxt] += 1
    ready = [node for node, k in indegree.items() if k == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for nxt, _ in g.neighbours(node):
            if nxt > node:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    heapq.heappush(ready, nxt)
    return order


def main(n):
    rng = Lcg(3)
    g = make_graph(n, rng)
    hops = bfs_hops(g, 0)
    dist, previous = dijkstra(g, 0)
    far = max(dist, key=lambda node: (dist[node], node))
    path = path_to(previous, 0, far)
    sizes = components(g)
    order = topological_order(g)
    digest = 0
    for position, node in enumerate(order[::7]):
        digest = (digest * 31 + position * node) % 1000000007
    return "%d %d | %d %d %d | %d %d | %d %s | %d" % (
        len(g), g.edge_count, len(hops), max(hops.values()), sum(dist.values()),
        far, len(path), len(sizes), sizes[:3], digest)
