"""Data structures: stacks, queues, heaps, intervals, graphs, trees and caches."""

from tools.tasks._spec import task

CATEGORY = "data_structures"

TASKS = [
    task(
        "easy",
        r'''
def adjacency_list(n: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    """Build the adjacency list of an undirected graph with nodes 0..n-1: element i of the result is
    the increasing list of the distinct neighbours of node i. A self-loop (i, i) makes i its own
    neighbour.
    >>> adjacency_list(4, [(0, 1), (1, 2), (2, 0)])
    [[1, 2], [0, 2], [0, 1], []]
    """
    neighbours = [set() for _ in range(n)]
    for u, v in edges:
        neighbours[u].add(v)
        neighbours[v].add(u)
    return [sorted(s) for s in neighbours]
''',
        r"""
assert adjacency_list(0, []) == []
assert adjacency_list(1, [(0, 0)]) == [[0]]
assert adjacency_list(3, [(0, 1), (1, 0), (0, 1)]) == [[1], [0], []]
assert adjacency_list(3, [(2, 0), (2, 1)]) == [[2], [2], [0, 1]]
""",
    ),
    task(
        "easy",
        r'''
def process_order(tasks: list[tuple[int, str]]) -> list[str]:
    """tasks holds (priority, name) pairs in order of arrival. The scheduler always runs the task with
    the highest priority number next, and tasks of equal priority in order of arrival. Return the
    names in the order the tasks run.
    >>> process_order([(1, "a"), (3, "b"), (1, "c"), (3, "d")])
    ['b', 'd', 'a', 'c']
    """
    return [name for _, name in sorted(tasks, key=lambda t: -t[0])]
''',
        r"""
assert process_order([]) == []
assert process_order([(0, "x")]) == ["x"]
assert process_order([(-1, "a"), (-5, "b"), (0, "c")]) == ["c", "a", "b"]
assert process_order([(2, "z"), (2, "a"), (2, "m")]) == ["z", "a", "m"]
""",
    ),
    task(
        "easy",
        r'''
import heapq


def k_smallest(nums: list[int], k: int) -> list[int]:
    """Return the k smallest elements of nums in ascending order (duplicates count separately). If
    k exceeds len(nums), return all the elements sorted; k <= 0 gives [].
    >>> k_smallest([5, 1, 4, 1, 3], 3)
    [1, 1, 3]
    """
    return heapq.nsmallest(k, nums) if k > 0 else []
''',
        r"""
assert k_smallest([], 2) == []
assert k_smallest([3], 0) == []
assert k_smallest([3], -1) == []
assert k_smallest([2, 1], 5) == [1, 2]
assert k_smallest([-1, -1, -1], 2) == [-1, -1]
assert k_smallest([9, 8, 7, 6, 5], 1) == [5]
""",
    ),
    task(
        "easy",
        r'''
from collections import deque


def run_queue(ops: list[str]) -> list:
    """Process queue operations: 'enqueue x' adds the string x at the back; 'dequeue' removes the
    front element and records it (or records None if the queue is empty); 'peek' records the front
    element without removing it (None if the queue is empty). Return the recorded values in order.
    >>> run_queue(["enqueue a", "enqueue b", "dequeue", "peek", "dequeue", "dequeue"])
    ['a', 'b', 'b', None]
    """
    queue = deque()
    out = []
    for op in ops:
        if op.startswith("enqueue "):
            queue.append(op[len("enqueue ") :])
        elif op == "dequeue":
            out.append(queue.popleft() if queue else None)
        else:
            out.append(queue[0] if queue else None)
    return out
''',
        r"""
assert run_queue([]) == []
assert run_queue(["dequeue"]) == [None]
assert run_queue(["peek", "enqueue x", "peek", "peek"]) == [None, "x", "x"]
ops = ["enqueue 1", "enqueue 2", "enqueue 3", "dequeue", "dequeue", "enqueue 4", "dequeue", "dequeue"]
assert run_queue(ops) == ["1", "2", "3", "4"]
""",
    ),
    task(
        "easy",
        r'''
def count_components(n: int, edges: list[tuple[int, int]]) -> int:
    """Return the number of connected components of the undirected graph with nodes 0..n-1 and the
    given edges (an isolated node is a component of its own). n can be 10_000 or more.
    >>> count_components(5, [(0, 1), (1, 2), (3, 4)])
    2
    """
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = n
    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            components -= 1
    return components
''',
        r"""
assert count_components(0, []) == 0
assert count_components(3, []) == 3
assert count_components(3, [(0, 0)]) == 3
assert count_components(4, [(0, 1), (2, 3), (1, 2)]) == 1
assert count_components(6, [(0, 5), (5, 0)]) == 5
assert count_components(10000, [(i, i + 1) for i in range(9999)]) == 1
""",
    ),
    task(
        "easy",
        r'''
from collections import deque


def bfs_order(graph: dict[str, list[str]], start: str) -> list[str]:
    """Return the nodes of a directed graph in breadth-first order from start. graph maps a node to
    the list of its successors, which are visited in the order listed; every node is visited once.
    A node that is not a key of graph has no successors.
    >>> bfs_order({"a": ["b", "c"], "b": ["d"], "c": ["d", "e"]}, "a")
    ['a', 'b', 'c', 'd', 'e']
    """
    order = [start]
    seen = {start}
    queue = deque([start])
    while queue:
        for nxt in graph.get(queue.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                queue.append(nxt)
    return order
''',
        r"""
assert bfs_order({}, "x") == ["x"]
assert bfs_order({"a": ["a"]}, "a") == ["a"]
assert bfs_order({"a": ["c", "b"], "b": ["a"], "c": []}, "a") == ["a", "c", "b"]
assert bfs_order({"s": ["t"], "t": ["u"], "u": ["s"]}, "t") == ["t", "u", "s"]
assert bfs_order({"a": ["b"], "c": ["d"]}, "a") == ["a", "b"]
assert bfs_order({"a": ["b", "c"], "b": ["d"], "c": ["e"], "d": ["f"], "e": ["f"]}, "a") == [
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
]
""",
    ),
    task(
        "easy",
        r'''
def count_prefixes(words: list[str], prefixes: list[str]) -> list[int]:
    """For each string in prefixes, count how many entries of words start with it (case-sensitive;
    every word starts with '', and a repeated word counts each time).
    >>> count_prefixes(["apple", "app", "apply", "bat"], ["app", "b", "c"])
    [3, 1, 0]
    """
    return [sum(1 for w in words if w.startswith(p)) for p in prefixes]
''',
        r"""
assert count_prefixes([], ["a"]) == [0]
assert count_prefixes(["a"], []) == []
assert count_prefixes(["a", "a"], ["a", ""]) == [2, 2]
assert count_prefixes(["Apple", "apple"], ["a"]) == [1]
assert count_prefixes(["abc"], ["abcd", "abc"]) == [0, 1]
""",
    ),
    task(
        "easy",
        r'''
def degree_ranking(n: int, edges: list[tuple[int, int]]) -> list[int]:
    """For the undirected graph with nodes 0..n-1 and the given edges (edges may repeat, and a
    self-loop (i, i) adds 2 to the degree of i), return the nodes ordered by degree, highest first,
    and by node number when degrees are equal.
    >>> degree_ranking(4, [(0, 1), (1, 2), (1, 3)])
    [1, 0, 2, 3]
    """
    degree = [0] * n
    for u, v in edges:
        degree[u] += 1
        degree[v] += 1
    return sorted(range(n), key=lambda i: (-degree[i], i))
''',
        r"""
assert degree_ranking(0, []) == []
assert degree_ranking(3, []) == [0, 1, 2]
assert degree_ranking(2, [(1, 1)]) == [1, 0]
assert degree_ranking(3, [(0, 1), (0, 1), (2, 1)]) == [1, 0, 2]
assert degree_ranking(4, [(3, 2), (3, 1), (0, 0)]) == [0, 3, 1, 2]
""",
    ),
    task(
        "easy",
        r'''
def is_min_heap(a: list[int]) -> bool:
    """Return True if the list a is a binary min-heap: every element a[i] is less than or equal to
    each of its children a[2*i + 1] and a[2*i + 2] that exist.
    >>> is_min_heap([1, 3, 2, 7, 4])
    True
    >>> is_min_heap([2, 1])
    False
    """
    return all(a[(i - 1) // 2] <= a[i] for i in range(1, len(a)))
''',
        r"""
assert is_min_heap([]) is True
assert is_min_heap([5]) is True
assert is_min_heap([1, 1, 1]) is True
assert is_min_heap([1, 2, 3, 4, 5, 0]) is False
assert is_min_heap([0, 5, 1, 6, 7, 0]) is False
assert is_min_heap([-3, -2, -1]) is True
""",
    ),
    task(
        "easy",
        r'''
def children_map(parents: list[int]) -> dict[int, list[int]]:
    """parents[i] is the parent of node i of a rooted tree, or -1 for the root. Return a dict that maps
    every node to the increasing list of its children (a leaf maps to []).
    >>> children_map([-1, 0, 0, 1])
    {0: [1, 2], 1: [3], 2: [], 3: []}
    """
    out = {i: [] for i in range(len(parents))}
    for child, parent in enumerate(parents):
        if parent != -1:
            out[parent].append(child)
    return out
''',
        r"""
assert children_map([]) == {}
assert children_map([-1]) == {0: []}
assert children_map([2, 2, -1]) == {0: [], 1: [], 2: [0, 1]}
assert children_map([-1, 0, 1, 2]) == {0: [1], 1: [2], 2: [3], 3: []}
""",
    ),
    task(
        "easy",
        r'''
def min_stack(ops: list[str]) -> list[int | None]:
    """Process stack operations and record answers: 'push x' pushes the integer x, 'pop' removes the
    top value (ignored on an empty stack) and 'min' records the smallest value currently on the
    stack, or None when the stack is empty. Return the recorded values.
    >>> min_stack(["push 3", "push 1", "min", "pop", "min"])
    [1, 3]
    """
    stack = []
    out = []
    for op in ops:
        if op.startswith("push "):
            x = int(op[5:])
            stack.append(min(x, stack[-1]) if stack else x)
        elif op == "pop":
            if stack:
                stack.pop()
        else:
            out.append(stack[-1] if stack else None)
    return out
''',
        r"""
assert min_stack([]) == []
assert min_stack(["min"]) == [None]
assert min_stack(["pop", "push -5", "min"]) == [-5]
assert min_stack(["push 2", "push 2", "pop", "min", "pop", "min"]) == [2, None]
assert min_stack(["push 5", "push 7", "push 3", "min", "pop", "min", "push 1", "min"]) == [3, 5, 1]
""",
    ),
    task(
        "medium",
        r'''
def first_bracket_error(text: str) -> int:
    """Check the brackets (), [] and {} in text; all other characters are ignored. Return -1 if they
    are balanced and properly nested. Otherwise return the index of the first closing bracket that
    does not match the innermost open bracket (or closes when none is open), or len(text) if the
    text ends with brackets still open.
    >>> first_bracket_error("f(a[1]) {x}")
    -1
    >>> first_bracket_error("(]")
    1
    >>> first_bracket_error("((")
    2
    """
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for i, c in enumerate(text):
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return i
    return len(text) if stack else -1
''',
        r"""
assert first_bracket_error("") == -1
assert first_bracket_error("abc") == -1
assert first_bracket_error(")") == 0
assert first_bracket_error("([)]") == 2
assert first_bracket_error("{[()()]}") == -1
assert first_bracket_error("a(b") == 3
assert first_bracket_error("}{") == 0
assert first_bracket_error("([]") == 3
""",
    ),
    task(
        "medium",
        r'''
def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge the closed intervals (start, end) (start <= end, given in any order) that overlap or
    touch (share an endpoint) and return the merged intervals sorted by start.
    >>> merge_intervals([(1, 3), (8, 10), (2, 6), (10, 12)])
    [(1, 6), (8, 12)]
    """
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
''',
        r"""
assert merge_intervals([]) == []
assert merge_intervals([(5, 5)]) == [(5, 5)]
assert merge_intervals([(1, 2), (3, 4)]) == [(1, 2), (3, 4)]
assert merge_intervals([(1, 10), (2, 3), (4, 5)]) == [(1, 10)]
assert merge_intervals([(-5, -1), (-1, 0)]) == [(-5, 0)]
assert merge_intervals([(3, 4), (1, 2), (2, 3)]) == [(1, 4)]
""",
    ),
    task(
        "medium",
        r'''
def insert_interval(intervals: list[tuple[int, int]], new: tuple[int, int]) -> list[tuple[int, int]]:
    """intervals is a sorted list of disjoint closed intervals (start, end), no two of them touching.
    Insert new, merging it with every interval that overlaps or touches it, and return the
    resulting sorted list.
    >>> insert_interval([(1, 3), (6, 9)], (2, 5))
    [(1, 5), (6, 9)]
    """
    start, end = new
    before = [iv for iv in intervals if iv[1] < start]
    after = [iv for iv in intervals if iv[0] > end]
    middle = [iv for iv in intervals if not (iv[1] < start or iv[0] > end)]
    if middle:
        start = min(start, middle[0][0])
        end = max(end, middle[-1][1])
    return before + [(start, end)] + after
''',
        r"""
assert insert_interval([], (1, 2)) == [(1, 2)]
assert insert_interval([(1, 2)], (3, 4)) == [(1, 2), (3, 4)]
assert insert_interval([(1, 2), (5, 6)], (2, 5)) == [(1, 6)]
assert insert_interval([(3, 4)], (0, 1)) == [(0, 1), (3, 4)]
assert insert_interval([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)) == [(1, 2), (3, 10), (12, 16)]
assert insert_interval([(1, 5)], (2, 3)) == [(1, 5)]
""",
    ),
    task(
        "medium",
        r'''
def interval_intersections(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """a and b are each sorted lists of disjoint closed intervals (start, end). Return the sorted list
    of the intersections of an interval of a with an interval of b (a single shared point is the
    interval (x, x)).
    >>> interval_intersections([(0, 2), (5, 10)], [(1, 5), (8, 12)])
    [(1, 2), (5, 5), (8, 10)]
    """
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
''',
        r"""
assert interval_intersections([], [(1, 2)]) == []
assert interval_intersections([(1, 3)], [(4, 5)]) == []
assert interval_intersections([(1, 10)], [(2, 3), (5, 6)]) == [(2, 3), (5, 6)]
assert interval_intersections([(1, 1)], [(1, 1)]) == [(1, 1)]
assert interval_intersections(
    [(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]
) == [
    (1, 2),
    (5, 5),
    (8, 10),
    (15, 23),
    (24, 24),
    (25, 25),
]
""",
    ),
    task(
        "medium",
        r'''
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Return the k most frequent values of nums, most frequent first; values with the same frequency
    are ordered from smallest to largest. With fewer than k distinct values, return them all.
    >>> top_k_frequent([1, 1, 1, 2, 2, 3], 2)
    [1, 2]
    """
    counts = Counter(nums)
    return sorted(counts, key=lambda v: (-counts[v], v))[:k]
''',
        r"""
assert top_k_frequent([], 1) == []
assert top_k_frequent([4, 4, 5, 5, 6], 2) == [4, 5]
assert top_k_frequent([3, -1, 3, -1, 2], 3) == [-1, 3, 2]
assert top_k_frequent([7], 0) == []
assert top_k_frequent([1, 2, 3], 5) == [1, 2, 3]
""",
    ),
    task(
        "medium",
        r'''
def dfs_order(graph: dict[int, list[int]], start: int) -> list[int]:
    """Return the nodes of a directed graph in depth-first preorder from start: visit a node, then
    visit (recursively, in the same way) each of its successors that has not been visited yet, in
    the order listed. graph maps nodes to successor lists; a node that is not a key has no
    successors. The graph may contain cycles and paths thousands of nodes long.
    >>> dfs_order({1: [2, 3], 2: [4], 3: [4], 4: []}, 1)
    [1, 2, 4, 3]
    """
    order = [start]
    seen = {start}
    stack = [iter(graph.get(start, []))]
    while stack:
        for nxt in stack[-1]:
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                stack.append(iter(graph.get(nxt, [])))
                break
        else:
            stack.pop()
    return order
''',
        r"""
assert dfs_order({}, 0) == [0]
assert dfs_order({0: [0]}, 0) == [0]
assert dfs_order({0: [1, 2], 1: [2], 2: [0]}, 0) == [0, 1, 2]
assert dfs_order({0: [2, 1], 1: [3], 2: [3], 3: [1]}, 0) == [0, 2, 3, 1]
assert dfs_order({0: [1, 2], 1: [3], 3: [2], 2: [4]}, 0) == [0, 1, 3, 2, 4]
assert dfs_order({i: [i + 1] for i in range(5000)}, 0) == list(range(5001))
""",
    ),
    task(
        "medium",
        r'''
from collections import deque


def shortest_path_length(n: int, edges: list[tuple[int, int]], source: int, target: int) -> int:
    """Return the number of edges on a shortest path from source to target in the undirected graph
    with nodes 0..n-1 and the given edges, or -1 if target cannot be reached (0 when
    source == target).
    >>> shortest_path_length(5, [(0, 1), (1, 2), (0, 3), (3, 2), (2, 4)], 0, 4)
    3
    """
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    dist = {source: 0}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        if u == target:
            return dist[u]
        for v in adj[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return -1
''',
        r"""
assert shortest_path_length(1, [], 0, 0) == 0
assert shortest_path_length(2, [], 0, 1) == -1
assert shortest_path_length(3, [(0, 1), (1, 2), (0, 2)], 0, 2) == 1
assert shortest_path_length(4, [(1, 0), (2, 1), (3, 2)], 3, 0) == 3
assert shortest_path_length(10000, [(i, i + 1) for i in range(9999)], 0, 9999) == 9999
""",
    ),
    task(
        "medium",
        r'''
def has_cycle(n: int, edges: list[tuple[int, int]]) -> bool:
    """Return True if the directed graph with nodes 0..n-1 and edges (u, v), meaning u -> v, contains
    a directed cycle (a self-loop counts). Graphs can have thousands of nodes in a chain.
    >>> has_cycle(3, [(0, 1), (1, 2), (2, 0)])
    True
    >>> has_cycle(3, [(0, 1), (0, 2), (1, 2)])
    False
    """
    indegree = [0] * n
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        indegree[v] += 1
    ready = [i for i in range(n) if indegree[i] == 0]
    seen = 0
    while ready:
        u = ready.pop()
        seen += 1
        for v in adj[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append(v)
    return seen < n
''',
        r"""
assert has_cycle(0, []) is False
assert has_cycle(1, [(0, 0)]) is True
assert has_cycle(2, [(0, 1), (1, 0)]) is True
assert has_cycle(4, [(0, 1), (2, 3), (3, 1)]) is False
assert has_cycle(4, [(0, 1), (1, 2), (2, 3), (3, 1)]) is True
assert has_cycle(5000, [(i, i + 1) for i in range(4999)]) is False
""",
    ),
    task(
        "medium",
        r'''
def count_islands(grid: list[str]) -> int:
    """grid is a list of equal-length strings of '#' (land) and '.' (water). Return the number of
    islands: groups of land cells connected horizontally or vertically (not diagonally). Grids can
    be 100 x 100.
    >>> count_islands(["##..", "#..#", "..##"])
    2
    """
    seen = set()
    islands = 0
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v != "#" or (r, c) in seen:
                continue
            islands += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for yy, xx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= yy < len(grid) and 0 <= xx < len(grid[yy]) and grid[yy][xx] == "#":
                        if (yy, xx) not in seen:
                            seen.add((yy, xx))
                            stack.append((yy, xx))
    return islands
''',
        r"""
assert count_islands([]) == 0
assert count_islands(["...."]) == 0
assert count_islands(["#"]) == 1
assert count_islands(["#.#", ".#.", "#.#"]) == 5
assert count_islands(["###", "#.#", "###"]) == 1
assert count_islands(["#" * 100] * 100) == 1
""",
    ),
    task(
        "medium",
        r'''
def bst_level_order(values: list[int]) -> list[list[int]]:
    """Insert values one by one into an initially empty binary search tree (smaller values go to the
    left, larger to the right, duplicates are ignored) and return the levels of the tree from the
    root down, each level listed from left to right.
    >>> bst_level_order([5, 3, 8, 1, 4, 9])
    [[5], [3, 8], [1, 4, 9]]
    """
    root = None
    for v in values:
        if root is None:
            root = [v, None, None]
            continue
        node = root
        while v != node[0]:
            side = 1 if v < node[0] else 2
            if node[side] is None:
                node[side] = [v, None, None]
            node = node[side]
    levels = []
    level = [root] if root else []
    while level:
        levels.append([node[0] for node in level])
        level = [child for node in level for child in (node[1], node[2]) if child]
    return levels
''',
        r"""
assert bst_level_order([]) == []
assert bst_level_order([1]) == [[1]]
assert bst_level_order([1, 2, 3]) == [[1], [2], [3]]
assert bst_level_order([2, 1, 3, 2]) == [[2], [1, 3]]
assert bst_level_order([50, 30, 70, 20, 40, 60, 80, 10]) == [[50], [30, 70], [20, 40, 60, 80], [10]]
""",
    ),
    task(
        "medium",
        r'''
def is_bst(tree) -> bool:
    """Return True if a binary tree (None, or a tuple (value, left, right)) is a binary search tree:
    for every node, all values in its left subtree are strictly smaller than its value and all
    values in its right subtree are strictly larger.
    >>> is_bst((2, (1, None, None), (3, None, None)))
    True
    >>> is_bst((5, (1, None, None), (4, (3, None, None), (6, None, None))))
    False
    """

    def check(node, low, high) -> bool:
        if node is None:
            return True
        value, left, right = node
        if (low is not None and value <= low) or (high is not None and value >= high):
            return False
        return check(left, low, value) and check(right, value, high)

    return check(tree, None, None)
''',
        r"""
assert is_bst(None) is True
assert is_bst((1, None, None)) is True
assert is_bst((1, (1, None, None), None)) is False
assert is_bst((10, (5, None, (12, None, None)), (15, None, None))) is False
assert is_bst((10, (5, (2, None, None), (7, None, None)), (15, (11, None, None), None))) is True
""",
    ),
    task(
        "medium",
        r'''
def group_pairs(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Items 0..n-1 that are linked by pairs, directly or through other items, belong to the same
    group. Return the groups as increasing lists, ordered by their smallest item.
    >>> group_pairs(5, [(0, 3), (4, 1), (3, 4)])
    [[0, 1, 3, 4], [2]]
    """
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())
''',
        r"""
assert group_pairs(0, []) == []
assert group_pairs(2, []) == [[0], [1]]
assert group_pairs(3, [(2, 2)]) == [[0], [1], [2]]
assert group_pairs(4, [(3, 2), (1, 0)]) == [[0, 1], [2, 3]]
assert group_pairs(5, [(0, 4), (4, 0)]) == [[0, 4], [1], [2], [3]]
""",
    ),
    task(
        "medium",
        r'''
def days_until_warmer(temps: list[int]) -> list[int]:
    """For each day, return how many days you have to wait for a strictly warmer temperature, or 0 if
    no warmer day follows. temps may have up to 100_000 entries.
    >>> days_until_warmer([73, 74, 75, 71, 69, 72, 76, 73])
    [1, 1, 4, 2, 1, 1, 0, 0]
    """
    out = [0] * len(temps)
    stack = []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            out[j] = i - j
        stack.append(i)
    return out
''',
        r"""
assert days_until_warmer([]) == []
assert days_until_warmer([5]) == [0]
assert days_until_warmer([3, 3, 3]) == [0, 0, 0]
assert days_until_warmer([1, 2, 3]) == [1, 1, 0]
assert days_until_warmer([3, 2, 1, 4]) == [3, 2, 1, 0]
assert days_until_warmer(list(range(100000, 0, -1)) + [100001]) == [100000 - i for i in range(100000)] + [0]
""",
    ),
    task(
        "medium",
        r'''
import heapq


def kth_largest_stream(k: int, stream: list[int]) -> list[int | None]:
    """Numbers arrive one at a time from stream. After each arrival, record the k-th largest number
    seen so far (k >= 1, duplicates counted), or None while fewer than k numbers have arrived.
    >>> kth_largest_stream(2, [4, 5, 8, 2, 9])
    [None, 4, 5, 5, 8]
    """
    heap = []
    out = []
    for x in stream:
        heapq.heappush(heap, x)
        if len(heap) > k:
            heapq.heappop(heap)
        out.append(heap[0] if len(heap) == k else None)
    return out
''',
        r"""
assert kth_largest_stream(1, []) == []
assert kth_largest_stream(1, [3, 1, 5]) == [3, 3, 5]
assert kth_largest_stream(3, [1, 1, 1, 1]) == [None, None, 1, 1]
assert kth_largest_stream(2, [-1, -2, -3, 0]) == [None, -2, -2, -1]
""",
    ),
    task(
        "medium",
        r'''
from collections import deque


def maze_distance(maze: list[str]) -> int:
    """maze is a list of equal-length strings with exactly one 'S' (start) and one 'E' (exit); '#' is a
    wall and any other character is open floor. Return the fewest steps (up, down, left or right)
    needed to go from S to E, or -1 if E cannot be reached.
    >>> maze_distance(["S.#", "..#", "#.E"])
    4
    """
    start = next((r, c) for r, row in enumerate(maze) for c, v in enumerate(row) if v == "S")
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if maze[r][c] == "E":
            return dist[r, c]
        for rr, cc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (
                0 <= rr < len(maze)
                and 0 <= cc < len(maze[rr])
                and maze[rr][cc] != "#"
                and (rr, cc) not in dist
            ):
                dist[rr, cc] = dist[r, c] + 1
                queue.append((rr, cc))
    return -1
''',
        r"""
assert maze_distance(["SE"]) == 1
assert maze_distance(["S#E"]) == -1
assert maze_distance(["S", "E"]) == 1
assert maze_distance(["S...", "###.", "E..."]) == 8
assert maze_distance(["S.", "#.", "E#"]) == -1
""",
    ),
    task(
        "medium",
        r'''
def is_bipartite(n: int, edges: list[tuple[int, int]]) -> bool:
    """Return True if the nodes 0..n-1 of the undirected graph with the given edges can be colored
    with two colors so that every edge joins two nodes of different colors (a self-loop makes this
    impossible).
    >>> is_bipartite(4, [(0, 1), (1, 2), (2, 3), (3, 0)])
    True
    >>> is_bipartite(3, [(0, 1), (1, 2), (2, 0)])
    False
    """
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    color = [None] * n
    for s in range(n):
        if color[s] is not None:
            continue
        color[s] = 0
        stack = [s]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if color[v] is None:
                    color[v] = 1 - color[u]
                    stack.append(v)
                elif color[v] == color[u]:
                    return False
    return True
''',
        r"""
assert is_bipartite(0, []) is True
assert is_bipartite(1, [(0, 0)]) is False
assert is_bipartite(5, [(0, 1), (2, 3)]) is True
assert is_bipartite(6, [(0, 1), (1, 2), (3, 4), (4, 5), (5, 3)]) is False
assert is_bipartite(2, [(0, 1), (0, 1)]) is True
""",
    ),
    task(
        "medium",
        r'''
def max_overlap(intervals: list[tuple[int, int]]) -> int:
    """intervals are half-open time ranges [start, end) with start < end. Return the largest number
    of them in progress at the same moment (an interval ending at t does not overlap one that starts
    at t).
    >>> max_overlap([(0, 30), (5, 10), (15, 20)])
    2
    """
    events = sorted([(s, 1) for s, _ in intervals] + [(e, -1) for _, e in intervals])
    best = current = 0
    for _, delta in events:
        current += delta
        best = max(best, current)
    return best
''',
        r"""
assert max_overlap([]) == 0
assert max_overlap([(1, 2)]) == 1
assert max_overlap([(1, 2), (2, 3)]) == 1
assert max_overlap([(1, 5), (2, 6), (3, 7), (4, 8)]) == 4
assert max_overlap([(1, 10), (2, 3), (4, 5), (6, 7)]) == 2
assert max_overlap([(0, 1)] * 5) == 5
""",
    ),
    task(
        "hard",
        r'''
import heapq


def running_median(nums: list[int]) -> list[float]:
    """Return the median of the first i numbers of nums for i = 1, 2, ..., len(nums): the middle value
    for an odd count, the mean of the two middle values for an even count, always as a float. nums
    may have up to 100_000 elements.
    >>> running_median([5, 15, 1, 3])
    [5.0, 10.0, 5.0, 4.0]
    """
    low, high = [], []
    out = []
    for x in nums:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(float(-low[0]) if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out
''',
        r"""
assert running_median([]) == []
assert running_median([7]) == [7.0]
assert running_median([1, 2]) == [1.0, 1.5]
assert running_median([-1, -1, -1]) == [-1.0, -1.0, -1.0]
assert running_median([3, 1, 2, 4]) == [3.0, 2.0, 2.0, 2.5]
big = running_median([(i * 7919) % 100003 for i in range(100000)])
assert len(big) == 100000 and big[0] == 0.0 and big[1] == 3959.5 and big[2] == 7919.0
""",
    ),
    task(
        "hard",
        r'''
import heapq


def topological_order(n: int, edges: list[tuple[int, int]]) -> list[int] | None:
    """Return an order of the nodes 0..n-1 in which, for every edge (u, v), u comes before v. Whenever
    several nodes could come next, take the smallest one, so that the answer is unique. Return None
    if there is no such order (the graph has a cycle).
    >>> topological_order(4, [(3, 1), (1, 0), (2, 0)])
    [2, 3, 1, 0]
    """
    indegree = [0] * n
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        indegree[v] += 1
    ready = [i for i in range(n) if indegree[i] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in adj[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                heapq.heappush(ready, v)
    return order if len(order) == n else None
''',
        r"""
assert topological_order(0, []) == []
assert topological_order(3, []) == [0, 1, 2]
assert topological_order(2, [(1, 0)]) == [1, 0]
assert topological_order(2, [(0, 1), (1, 0)]) is None
assert topological_order(1, [(0, 0)]) is None
assert topological_order(5, [(4, 0), (3, 0), (0, 1), (2, 1)]) == [2, 3, 4, 0, 1]
assert topological_order(2, [(0, 1), (0, 1)]) == [0, 1]
""",
    ),
    task(
        "hard",
        r'''
import heapq


def shortest_distances(n: int, edges: list[tuple[int, int, int]], source: int) -> list[int]:
    """Return the length of a shortest path from source to every node of the directed graph with
    nodes 0..n-1 and edges (u, v, w), meaning u -> v with weight w >= 0; -1 for the nodes that
    cannot be reached. The graph may have 10_000 nodes and 50_000 edges.
    >>> shortest_distances(4, [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1)], 0)
    [0, 3, 1, 4]
    """
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] == -1:
                heapq.heappush(heap, (d + w, v))
    return dist
''',
        r"""
assert shortest_distances(1, [], 0) == [0]
assert shortest_distances(3, [(0, 1, 5)], 2) == [-1, -1, 0]
assert shortest_distances(3, [(0, 1, 0), (1, 2, 0)], 0) == [0, 0, 0]
assert shortest_distances(3, [(0, 1, 10), (0, 1, 3), (1, 0, 1)], 1) == [1, 0, -1]
edges = [(i, i + 1, 1) for i in range(9999)] + [(0, 9999, 5)]
edges += [(i % 10000, (i * 37) % 10000, 10**6) for i in range(40000)]
d = shortest_distances(10000, edges, 0)
assert d[9999] == 5 and d[5000] == 5000 and d[1] == 1
""",
    ),
    task(
        "hard",
        r'''
from collections import OrderedDict


def lru_cache(capacity: int, ops: list[tuple]) -> list[int]:
    """Simulate a least-recently-used cache holding at most capacity (>= 1) keys. ("put", key, value)
    stores value under key (replacing an old value) and makes key the most recently used; when a
    new key does not fit, the least recently used key is evicted first. ("get", key) records the
    value of key and makes it the most recently used, or records -1 if key is not cached. Return
    the recorded values.
    >>> lru_cache(2, [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("get", 3)])
    [1, -1, 3]
    """
    cache = OrderedDict()
    out = []
    for op in ops:
        if op[0] == "put":
            _, key, value = op
            if key in cache:
                cache.move_to_end(key)
            elif len(cache) == capacity:
                cache.popitem(last=False)
            cache[key] = value
        else:
            key = op[1]
            if key in cache:
                cache.move_to_end(key)
                out.append(cache[key])
            else:
                out.append(-1)
    return out
''',
        r"""
assert lru_cache(1, [("get", 1)]) == [-1]
assert lru_cache(1, [("put", 1, 1), ("put", 2, 2), ("get", 1), ("get", 2)]) == [-1, 2]
assert lru_cache(
    2, [("put", 1, 1), ("put", 1, 10), ("put", 2, 2), ("put", 3, 3), ("get", 1), ("get", 2)]
) == [-1, 2]
ops = [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)]
assert lru_cache(2, ops) == [1, 1, -1, 3]
assert lru_cache(2, [("put", 1, 1), ("put", 2, 2), ("put", 2, 5), ("get", 1), ("get", 2)]) == [1, 5]
""",
    ),
    task(
        "hard",
        r'''
def largest_rectangle(heights: list[int]) -> int:
    """heights are the heights of adjacent bars of width 1 in a histogram. Return the area of the
    largest axis-aligned rectangle that fits inside the histogram. heights may have up to 100_000
    elements.
    >>> largest_rectangle([2, 1, 5, 6, 2, 3])
    10
    """
    stack = []
    best = 0
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            start, height = stack.pop()
            best = max(best, height * (i - start))
        stack.append((start, h))
    return best
''',
        r"""
assert largest_rectangle([]) == 0
assert largest_rectangle([0]) == 0
assert largest_rectangle([4]) == 4
assert largest_rectangle([2, 4]) == 4
assert largest_rectangle([1, 1, 1, 1]) == 4
assert largest_rectangle([6, 2, 5, 4, 5, 1, 6]) == 12
assert largest_rectangle([1] * 100000) == 100000
assert largest_rectangle(list(range(1, 10001))) == 25005000
""",
    ),
    task(
        "hard",
        r'''
from collections import deque


def ladder_length(begin: str, end: str, words: list[str]) -> int:
    """A ladder goes from begin to end (begin != end) changing exactly one letter at each step, and
    every word after begin, end included, must be in words. Return the number of words in a
    shortest ladder, counting begin and end, or 0 if there is none. All words have the same length and
    are made of the lower-case letters a-z.
    >>> ladder_length("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"])
    5
    """
    vocabulary = set(words)
    if end not in vocabulary:
        return 0
    queue = deque([(begin, 1)])
    seen = {begin}
    while queue:
        word, length = queue.popleft()
        if word == end:
            return length
        for i in range(len(word)):
            for c in "abcdefghijklmnopqrstuvwxyz":
                nxt = word[:i] + c + word[i + 1 :]
                if nxt in vocabulary and nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, length + 1))
    return 0
''',
        r"""
assert ladder_length("hit", "cog", ["hot", "dot", "dog", "lot", "log"]) == 0
assert ladder_length("a", "c", ["a", "b", "c"]) == 2
assert ladder_length("ab", "cd", ["ad", "cd"]) == 3
assert ladder_length("abc", "abd", ["abd"]) == 2
assert ladder_length("aaa", "bbb", ["aab", "abb", "bbb", "bba"]) == 4
""",
    ),
    task(
        "hard",
        r'''
import heapq


def alien_order(words: list[str]) -> str:
    """words is a list of words sorted in the dictionary order of an unknown alphabet. For each pair
    of adjacent words, the first position where they differ shows that the letter in the first word
    comes before the letter in the second. Return all the letters that occur in words in an order
    consistent with these facts, taking the alphabetically smallest possible letter whenever there
    is a choice. Return '' if the facts contradict each other, or if a word is followed by one of
    its own proper prefixes.
    >>> alien_order(["wrt", "wrf", "er", "ett", "rftt"])
    'wertf'
    """
    letters = {c for w in words for c in w}
    after = {c: set() for c in letters}
    indegree = dict.fromkeys(letters, 0)
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
                if y not in after[x]:
                    after[x].add(y)
                    indegree[y] += 1
                break
        else:
            if len(a) > len(b):
                return ""
    ready = [c for c in letters if indegree[c] == 0]
    heapq.heapify(ready)
    out = []
    while ready:
        c = heapq.heappop(ready)
        out.append(c)
        for d in after[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                heapq.heappush(ready, d)
    return "".join(out) if len(out) == len(letters) else ""
''',
        r"""
assert alien_order(["z", "x"]) == "zx"
assert alien_order(["z", "x", "z"]) == ""
assert alien_order(["abc", "ab"]) == ""
assert alien_order(["ab", "abc"]) == "abc"
assert alien_order(["ba", "bc", "ac", "cab"]) == "bac"
assert alien_order(["x"]) == "x"
assert alien_order(["zy", "zx"]) == "yxz"
""",
    ),
]
