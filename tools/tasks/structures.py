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
    task(
        "easy",
        r'''
def stack_after_ops(ops: list[str]) -> list[int]:
    """Start with an empty stack and apply ops in order: 'push x' pushes the integer x and 'pop'
    removes the top element (ops never pop an empty stack). Return the contents of the stack from
    bottom to top.
    >>> stack_after_ops(["push 1", "push 2", "pop", "push 3"])
    [1, 3]
    """
    stack = []
    for op in ops:
        if op == "pop":
            stack.pop()
        else:
            stack.append(int(op.split()[1]))
    return stack
''',
        r"""
assert stack_after_ops([]) == []
assert stack_after_ops(["push -7"]) == [-7]
assert stack_after_ops(["push 5", "pop"]) == []
assert stack_after_ops(["push 4", "push 4", "push 10", "pop", "push 0"]) == [4, 4, 0]
assert stack_after_ops(["push 1", "push 2", "push 3"]) == [1, 2, 3]
""",
    ),
    task(
        "easy",
        r'''
import heapq


def sum_of_k_largest(nums: list[int], k: int) -> int:
    """Return the sum of the k largest elements of nums (k >= 0; equal elements count separately).
    If k exceeds len(nums), all the elements are summed; k == 0 gives 0.
    >>> sum_of_k_largest([3, 9, 1, 7], 2)
    16
    """
    return sum(heapq.nlargest(k, nums))
''',
        r"""
assert sum_of_k_largest([], 3) == 0
assert sum_of_k_largest([5], 0) == 0
assert sum_of_k_largest([-1, -2, -3], 2) == -3
assert sum_of_k_largest([4, 4, 1], 2) == 8
assert sum_of_k_largest([1, 2], 5) == 3
assert sum_of_k_largest([10, -5, 20, 0, 15], 3) == 45
""",
    ),
    task(
        "easy",
        r'''
import heapq


def kth_smallest_value(nums: list[int], k: int) -> int:
    """Return the k-th smallest element of nums, counting from 1 and counting equal elements
    separately (1 <= k <= len(nums)).
    >>> kth_smallest_value([7, 2, 9, 4], 2)
    4
    """
    return heapq.nsmallest(k, nums)[-1]
''',
        r"""
assert kth_smallest_value([8], 1) == 8
assert kth_smallest_value([3, 1, 2], 3) == 3
assert kth_smallest_value([5, 5, 1], 2) == 5
assert kth_smallest_value([-4, 0, -9, 2], 2) == -4
assert kth_smallest_value([6, 6, 6, 6], 4) == 6
assert kth_smallest_value(list(range(100, 0, -1)), 10) == 10
""",
    ),
    task(
        "easy",
        r'''
def count_in_edges(graph: dict[str, list[str]]) -> dict[str, int]:
    """graph maps each node of a directed graph to the list of nodes it has an edge to (every node
    in those lists is also a key, no edge is listed twice, and an edge from a node to itself
    counts too). Return a dict mapping every node to its in-degree: the number of edges that point
    to it.
    >>> count_in_edges({"a": ["b", "c"], "b": ["c"], "c": []})
    {'a': 0, 'b': 1, 'c': 2}
    """
    indegree = dict.fromkeys(graph, 0)
    for targets in graph.values():
        for node in targets:
            indegree[node] += 1
    return indegree
''',
        r"""
assert count_in_edges({}) == {}
assert count_in_edges({"x": []}) == {"x": 0}
assert count_in_edges({"x": ["x"]}) == {"x": 1}
assert count_in_edges({"a": ["b"], "b": ["a"], "c": ["a", "b"]}) == {"a": 2, "b": 2, "c": 0}
g = {"p": ["q", "r", "s"], "q": ["s"], "r": ["s"], "s": []}
assert count_in_edges(g) == {"p": 0, "q": 1, "r": 1, "s": 3}
""",
    ),
    task(
        "easy",
        r'''
def common_neighbours(graph: dict[int, list[int]], a: int, b: int) -> list[int]:
    """graph is an undirected graph given as an adjacency dict: each node maps to the list of its
    neighbours. Return the sorted list of the nodes that are neighbours of both a and b (a and b
    are keys of graph).
    >>> common_neighbours({1: [2, 3], 2: [1, 3], 3: [1, 2, 4], 4: [3]}, 1, 4)
    [3]
    """
    return sorted(set(graph[a]) & set(graph[b]))
''',
        r"""
assert common_neighbours({1: [], 2: []}, 1, 2) == []
assert common_neighbours({1: [2], 2: [1]}, 1, 2) == []
assert common_neighbours({1: [2, 3], 2: [1, 3], 3: [1, 2]}, 1, 2) == [3]
assert common_neighbours({0: [5, 3, 1], 5: [0, 9], 3: [0, 9], 1: [0, 9], 9: [5, 3, 1]}, 0, 9) == [1, 3, 5]
assert common_neighbours({-1: [0, 2], -2: [2, 0], 0: [-1, -2], 2: [-1, -2]}, -1, -2) == [0, 2]
""",
    ),
    task(
        "easy",
        r'''
from collections import deque


def nodes_reachable_from(graph: dict[int, list[int]], start: int) -> list[int]:
    """graph maps each node of a directed graph to the list of nodes it has an edge to (every node
    is a key). Return the sorted list of all the nodes that can be reached from start by following
    edges, start itself included.
    >>> nodes_reachable_from({1: [2], 2: [3], 3: [], 4: [1]}, 1)
    [1, 2, 3]
    """
    seen = {start}
    queue = deque([start])
    while queue:
        for nxt in graph[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return sorted(seen)
''',
        r"""
assert nodes_reachable_from({0: []}, 0) == [0]
assert nodes_reachable_from({0: [0]}, 0) == [0]
assert nodes_reachable_from({1: [2], 2: [1], 3: [1]}, 1) == [1, 2]
assert nodes_reachable_from({5: [3, 4], 4: [1], 3: [], 1: [5], 9: [5]}, 4) == [1, 3, 4, 5]
assert nodes_reachable_from({i: [i + 1] if i < 1000 else [] for i in range(1001)}, 0) == list(range(1001))
""",
    ),
    task(
        "easy",
        r'''
def undirected_edge_count(graph: dict[str, list[str]]) -> int:
    """graph is an undirected graph without self-loops or repeated edges, given as an adjacency dict
    in which every edge between u and v appears twice: v in the list of u and u in the list of v.
    Return the number of edges.
    >>> undirected_edge_count({"a": ["b", "c"], "b": ["a"], "c": ["a"]})
    2
    """
    return sum(len(neighbours) for neighbours in graph.values()) // 2
''',
        r"""
assert undirected_edge_count({}) == 0
assert undirected_edge_count({"x": []}) == 0
assert undirected_edge_count({"x": ["y"], "y": ["x"]}) == 1
assert undirected_edge_count({"a": ["b", "c"], "b": ["a", "c"], "c": ["a", "b"]}) == 3
assert undirected_edge_count({"p": ["q"], "q": ["p"], "r": ["s"], "s": ["r"], "t": []}) == 2
g = {"1": ["2", "4", "3"], "2": ["1", "3"], "3": ["2", "4", "1"], "4": ["3", "1"]}
assert undirected_edge_count(g) == 5
""",
    ),
    task(
        "easy",
        r'''
def keep_allowed_items(items: list[str], allowed: list[str]) -> list[str]:
    """Return the elements of items that also occur in allowed (case-sensitive), in their original
    order; repeated elements of items are all kept.
    >>> keep_allowed_items(["red", "blue", "red", "green"], ["red", "green"])
    ['red', 'red', 'green']
    """
    allowed_set = set(allowed)
    return [item for item in items if item in allowed_set]
''',
        r"""
assert keep_allowed_items([], ["a"]) == []
assert keep_allowed_items(["a", "b"], []) == []
assert keep_allowed_items(["b", "a", "b", "c"], ["b"]) == ["b", "b"]
assert keep_allowed_items(["x", "y", "z"], ["z", "y", "x", "w"]) == ["x", "y", "z"]
assert keep_allowed_items(["Cat", "cat"], ["cat"]) == ["cat"]
""",
    ),
    task(
        "easy",
        r'''
def dedupe_ignoring_case(words: list[str]) -> list[str]:
    """Remove repeated words, comparing them without regard to case: keep the first occurrence of
    each word, with its original spelling, and drop every later word that is equal to it when both
    are lower-cased. The kept words stay in their original order.
    >>> dedupe_ignoring_case(["Apple", "banana", "APPLE", "Banana", "cherry"])
    ['Apple', 'banana', 'cherry']
    """
    seen = set()
    out = []
    for word in words:
        key = word.lower()
        if key not in seen:
            seen.add(key)
            out.append(word)
    return out
''',
        r"""
assert dedupe_ignoring_case([]) == []
assert dedupe_ignoring_case(["Hi"]) == ["Hi"]
assert dedupe_ignoring_case(["a", "A", "a"]) == ["a"]
assert dedupe_ignoring_case(["dog", "Cat", "DOG", "cat", "bird"]) == ["dog", "Cat", "bird"]
assert dedupe_ignoring_case(["x", "y", "z"]) == ["x", "y", "z"]
""",
    ),
    task(
        "easy",
        r'''
from collections import deque


def rotate_value_to_front(items: list[int], target: int) -> list[int]:
    """Rotate items to the left (each step moves the first element to the end) until the first
    occurrence of target is at the front, and return the rotated list. target occurs in items.
    >>> rotate_value_to_front([4, 5, 6, 7], 6)
    [6, 7, 4, 5]
    """
    d = deque(items)
    d.rotate(-items.index(target))
    return list(d)
''',
        r"""
assert rotate_value_to_front([9], 9) == [9]
assert rotate_value_to_front([1, 2, 3], 1) == [1, 2, 3]
assert rotate_value_to_front([1, 2, 3], 3) == [3, 1, 2]
assert rotate_value_to_front([2, 7, 2, 7], 7) == [7, 2, 7, 2]
assert rotate_value_to_front([0, -1, 5, -1], -1) == [-1, 5, -1, 0]
""",
    ),
    task(
        "easy",
        r'''
def grid_column_sums(grid: list[list[int]]) -> list[int]:
    """grid is a rectangular matrix given as a list of rows (at least one row). Return the list of
    its column sums, from the leftmost column to the rightmost.
    >>> grid_column_sums([[1, 2, 3], [4, 5, 6]])
    [5, 7, 9]
    """
    return [sum(column) for column in zip(*grid)]
''',
        r"""
assert grid_column_sums([[5]]) == [5]
assert grid_column_sums([[1], [2], [3]]) == [6]
assert grid_column_sums([[-1, 0, 1]]) == [-1, 0, 1]
assert grid_column_sums([[1, 1], [1, 1], [1, 1], [1, 1]]) == [4, 4]
assert grid_column_sums([[10, -10], [-3, 3]]) == [7, -7]
""",
    ),
    task(
        "easy",
        r'''
def orthogonal_neighbour_values(grid: list[list[int]], row: int, col: int) -> list[int]:
    """grid is a rectangular matrix given as a list of rows, and (row, col) is one of its cells.
    Return the values of the cells directly above, below, left of and right of that cell, in that
    order, leaving out the positions that fall outside the grid.
    >>> orthogonal_neighbour_values([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 1, 1)
    [2, 8, 4, 6]
    """
    out = []
    for r, c in ((row - 1, col), (row + 1, col), (row, col - 1), (row, col + 1)):
        if 0 <= r < len(grid) and 0 <= c < len(grid[r]):
            out.append(grid[r][c])
    return out
''',
        r"""
assert orthogonal_neighbour_values([[7]], 0, 0) == []
assert orthogonal_neighbour_values([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 0, 0) == [4, 2]
assert orthogonal_neighbour_values([[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2, 2) == [6, 8]
assert orthogonal_neighbour_values([[1, 2, 3]], 0, 1) == [1, 3]
assert orthogonal_neighbour_values([[0], [-5], [9]], 1, 0) == [0, 9]
""",
    ),
    task(
        "easy",
        r'''
def text_after_undo(ops: list[str]) -> str:
    """Simulate a tiny editor that starts with empty text. 'type s' appends the string s (s has no
    spaces) and 'undo' removes what the most recent 'type' that has not been undone yet added
    (ops never undo when there is nothing left to undo). Return the final text.
    >>> text_after_undo(["type ab", "type cd", "undo", "type e"])
    'abe'
    """
    stack = []
    for op in ops:
        if op == "undo":
            stack.pop()
        else:
            stack.append(op.split()[1])
    return "".join(stack)
''',
        r"""
assert text_after_undo([]) == ""
assert text_after_undo(["type x"]) == "x"
assert text_after_undo(["type a", "undo"]) == ""
assert text_after_undo(["type a", "type b", "type c", "undo", "undo"]) == "a"
assert text_after_undo(["type ab", "undo", "type cd", "type ef"]) == "cdef"
assert text_after_undo(["type 1", "type 2", "undo", "type 3", "undo", "type 4"]) == "14"
""",
    ),
    task(
        "easy",
        r'''
from collections import deque


def keep_last_k(stream: list[int], k: int) -> list[int]:
    """Feed the values of stream, in order, into a queue that holds at most k values (k >= 1): when
    the queue is full, adding a value first drops the oldest one. Return the final contents of the
    queue, oldest first.
    >>> keep_last_k([1, 2, 3, 4, 5], 3)
    [3, 4, 5]
    """
    return list(deque(stream, maxlen=k))
''',
        r"""
assert keep_last_k([], 2) == []
assert keep_last_k([8], 3) == [8]
assert keep_last_k([1, 2, 3, 4], 1) == [4]
assert keep_last_k([5, 5, 6, 5], 2) == [6, 5]
assert keep_last_k([-1, -2], 2) == [-1, -2]
assert keep_last_k(list(range(1000)), 4) == [996, 997, 998, 999]
""",
    ),
    task(
        "medium",
        r'''
import heapq


def smash_stones(stones: list[int]) -> int:
    """Stones have positive integer weights. While at least two stones are left, take the two
    heaviest, of weights x >= y: if x == y both are destroyed, otherwise they are replaced by one
    stone of weight x - y. Return the weight of the last stone left, or 0 if no stone is left.
    >>> smash_stones([2, 7, 4, 1, 8, 1])
    1
    """
    heap = [-s for s in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        x = -heapq.heappop(heap)
        y = -heapq.heappop(heap)
        if x != y:
            heapq.heappush(heap, y - x)
    return -heap[0] if heap else 0
''',
        r"""
assert smash_stones([]) == 0
assert smash_stones([5]) == 5
assert smash_stones([3, 3]) == 0
assert smash_stones([10, 4]) == 6
assert smash_stones([9, 3, 2]) == 4
assert smash_stones([20, 10, 5, 3]) == 2
assert smash_stones([4, 4, 4, 4]) == 0
""",
    ),
    task(
        "medium",
        r'''
from collections import deque


def nodes_at_exact_distance(graph: dict[int, list[int]], start: int, d: int) -> list[int]:
    """graph is an undirected graph given as an adjacency dict (every node is a key, mapped to the
    list of its neighbours). Return the sorted list of the nodes whose shortest distance from start,
    counted in edges, is exactly d (d >= 0, so d == 0 gives [start]).
    >>> nodes_at_exact_distance({1: [2, 3], 2: [1, 4], 3: [1, 4], 4: [2, 3, 5], 5: [4]}, 1, 2)
    [4]
    """
    dist = {start: 0}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return sorted(v for v, steps in dist.items() if steps == d)
''',
        r"""
assert nodes_at_exact_distance({0: []}, 0, 0) == [0]
assert nodes_at_exact_distance({0: []}, 0, 1) == []
assert nodes_at_exact_distance({0: [1], 1: [0, 2], 2: [1]}, 2, 1) == [1]
g = {0: [1, 2, 3], 1: [0, 4], 2: [0, 4], 3: [0], 4: [1, 2, 5], 5: [4]}
assert nodes_at_exact_distance(g, 0, 1) == [1, 2, 3]
assert nodes_at_exact_distance(g, 0, 3) == [5]
assert nodes_at_exact_distance(g, 0, 4) == []
assert nodes_at_exact_distance(g, 5, 2) == [1, 2]
""",
    ),
    task(
        "medium",
        r'''
def tag_summary(text: str) -> str:
    """text holds tags separated by whitespace. Lower-case them, drop repeated tags, sort the rest
    in plain string order and return them joined with ', ' ('' when text has no tags).
    >>> tag_summary("Python code python Data")
    'code, data, python'
    """
    return ", ".join(sorted(set(text.lower().split())))
''',
        r"""
assert tag_summary("") == ""
assert tag_summary("ONE") == "one"
assert tag_summary("b a b A") == "a, b"
assert tag_summary("zeta\talpha\nbeta  alpha") == "alpha, beta, zeta"
assert tag_summary("x2 x10 x1") == "x1, x10, x2"
""",
    ),
    task(
        "medium",
        r'''
import heapq


def cheapest_item_names(prices: dict[str, int], k: int) -> list[str]:
    """prices maps item names to prices. Return the names of the k cheapest items, cheapest first,
    with items of equal price ordered by name. If k exceeds the number of items, return them all
    (k >= 0).
    >>> cheapest_item_names({"pen": 3, "book": 12, "cup": 5, "bag": 3}, 3)
    ['bag', 'pen', 'cup']
    """
    return [name for _, name in heapq.nsmallest(k, [(price, name) for name, price in prices.items()])]
''',
        r"""
assert cheapest_item_names({}, 2) == []
assert cheapest_item_names({"a": 1}, 0) == []
assert cheapest_item_names({"tea": 4}, 5) == ["tea"]
assert cheapest_item_names({"x": 2, "y": 1, "z": 3}, 2) == ["y", "x"]
assert cheapest_item_names({"m": 0, "k": 0, "n": -1, "l": 7}, 3) == ["n", "k", "m"]
assert cheapest_item_names({"b": 5, "a": 5, "c": 5}, 5) == ["a", "b", "c"]
""",
    ),
    task(
        "medium",
        r'''
def browser_final_page(home: str, ops: list[str]) -> str:
    """Simulate the history of a browser that starts on page home. 'visit url' opens url and clears
    the forward history; 'back' returns to the previous page; 'forward' undoes the latest 'back'.
    ops never go back or forward when there is no page to go to. Return the page open at the end.
    >>> browser_final_page("home", ["visit a", "visit b", "back", "back", "forward"])
    'a'
    """
    back = []
    forward = []
    current = home
    for op in ops:
        if op == "back":
            forward.append(current)
            current = back.pop()
        elif op == "forward":
            back.append(current)
            current = forward.pop()
        else:
            back.append(current)
            current = op.split()[1]
            forward.clear()
    return current
''',
        r"""
assert browser_final_page("start", []) == "start"
assert browser_final_page("h", ["visit x"]) == "x"
assert browser_final_page("h", ["visit x", "back"]) == "h"
assert browser_final_page("h", ["visit a", "visit b", "back", "visit c", "back"]) == "a"
assert browser_final_page("h", ["visit a", "visit b", "visit c", "back", "back", "forward", "forward"]) == "c"
assert browser_final_page("h", ["visit a", "back", "visit b", "back", "forward"]) == "b"
""",
    ),
    task(
        "medium",
        r'''
def mine_counts(board: list[str]) -> list[list[int]]:
    """board is a rectangular grid given as equal-length strings of '*' (a mine) and '.' (empty).
    Return a grid of the same shape as a list of rows of ints: -1 for a mine, and for an empty cell
    the number of mines among its up to 8 neighbouring cells (diagonal neighbours included).
    >>> mine_counts(["*..", "..*"])
    [[-1, 2, 1], [1, 2, -1]]
    """
    out = []
    for r, line in enumerate(board):
        row = []
        for c, cell in enumerate(line):
            if cell == "*":
                row.append(-1)
                continue
            count = 0
            for rr in range(r - 1, r + 2):
                for cc in range(c - 1, c + 2):
                    if 0 <= rr < len(board) and 0 <= cc < len(board[rr]) and board[rr][cc] == "*":
                        count += 1
            row.append(count)
        out.append(row)
    return out
''',
        r"""
assert mine_counts(["."]) == [[0]]
assert mine_counts(["*"]) == [[-1]]
assert mine_counts(["..."]) == [[0, 0, 0]]
assert mine_counts(["*.*"]) == [[-1, 2, -1]]
assert mine_counts(["...", ".*.", "..."]) == [[1, 1, 1], [1, -1, 1], [1, 1, 1]]
assert mine_counts([".*", "..", "*."]) == [[1, -1], [2, 2], [-1, 1]]
""",
    ),
    task(
        "easy",
        r'''
def max_stack_height(ops: list[str]) -> int:
    """ops is a list of 'push' and 'pop' operations applied to an initially empty stack; no 'pop'
    is applied to an empty stack. Return the largest number of items the stack ever holds (0 when
    ops is empty).
    >>> max_stack_height(["push", "push", "pop", "push"])
    2
    """
    height = 0
    best = 0
    for op in ops:
        if op == "push":
            height += 1
        else:
            height -= 1
        best = max(best, height)
    return best
''',
        r"""
assert max_stack_height([]) == 0
assert max_stack_height(["push"]) == 1
assert max_stack_height(["push", "pop", "push", "pop"]) == 1
assert max_stack_height(["push", "push", "pop", "push", "push", "pop", "pop"]) == 3
assert max_stack_height(["push"] * 5 + ["pop"] * 5) == 5
""",
    ),
    task(
        "easy",
        r'''
def bst_smallest_value(tree) -> int:
    """tree is a non-empty binary search tree given as nested tuples (value, left, right), where an
    empty subtree is None. Return the smallest value stored in the tree.
    >>> bst_smallest_value((8, (3, None, None), (10, None, None)))
    3
    """
    while tree[1] is not None:
        tree = tree[1]
    return tree[0]
''',
        r"""
assert bst_smallest_value((5, None, None)) == 5
assert bst_smallest_value((5, None, (9, None, None))) == 5
assert bst_smallest_value((0, (-4, (-7, None, (-5, None, None)), None), (2, None, None))) == -7
t = (50, (30, (20, (10, None, None), None), (40, None, None)), (70, (60, None, None), None))
assert bst_smallest_value(t) == 10
assert bst_smallest_value((1, None, (2, None, (3, None, None)))) == 1
""",
    ),
    task(
        "easy",
        r'''
import heapq


def heap_sorted_copy(nums: list[int]) -> list[int]:
    """Return a new list holding the numbers of nums in increasing order, by pushing them all onto a
    heap with heapq and popping them off one by one.
    >>> heap_sorted_copy([4, 1, 3])
    [1, 3, 4]
    """
    heap = []
    for x in nums:
        heapq.heappush(heap, x)
    return [heapq.heappop(heap) for _ in range(len(heap))]
''',
        r"""
assert heap_sorted_copy([]) == []
assert heap_sorted_copy([7]) == [7]
assert heap_sorted_copy([3, 1, 2]) == [1, 2, 3]
assert heap_sorted_copy([5, -1, 5, 0, -1]) == [-1, -1, 0, 5, 5]
assert heap_sorted_copy([10, 9, 8, 7, 6, 5]) == [5, 6, 7, 8, 9, 10]
""",
    ),
    task(
        "easy",
        r'''
def count_self_loops(edges: list[tuple[int, int]]) -> int:
    """edges is a list of (u, v) pairs of a graph. Return how many of them are self-loops, that is
    have u == v (a repeated pair counts each time it appears).
    >>> count_self_loops([(1, 1), (1, 2), (2, 2)])
    2
    """
    return sum(1 for u, v in edges if u == v)
''',
        r"""
assert count_self_loops([]) == 0
assert count_self_loops([(1, 1)]) == 1
assert count_self_loops([(1, 2), (2, 1)]) == 0
assert count_self_loops([(0, 0), (0, 0), (3, 4), (-2, -2)]) == 3
assert count_self_loops([(5, 5), (5, 6), (6, 6), (6, 5)]) == 2
""",
    ),
    task(
        "easy",
        r'''
def count_sink_nodes(graph: dict) -> int:
    """graph is a directed graph given as an adjacency dict: every node is a key, mapped to the list
    of the nodes its edges point to. Return how many nodes have no outgoing edges.
    >>> count_sink_nodes({"a": ["b"], "b": [], "c": ["b"]})
    1
    """
    return sum(1 for node in graph if not graph[node])
''',
        r"""
assert count_sink_nodes({}) == 0
assert count_sink_nodes({"x": []}) == 1
assert count_sink_nodes({"x": ["x"]}) == 0
assert count_sink_nodes({"a": [], "b": [], "c": []}) == 3
assert count_sink_nodes({1: [2, 3], 2: [3], 3: [], 4: [], 5: [1]}) == 2
""",
    ),
    task(
        "easy",
        r'''
def has_undirected_edge(edges: list[tuple[int, int]], u: int, v: int) -> bool:
    """edges lists the edges of an undirected graph as (a, b) pairs. Return True if u and v are
    joined by an edge, written in either orientation, and False otherwise.
    >>> has_undirected_edge([(1, 2), (2, 3)], 3, 2)
    True
    """
    return (u, v) in edges or (v, u) in edges
''',
        r"""
assert has_undirected_edge([], 1, 2) is False
assert has_undirected_edge([(1, 2)], 1, 2) is True
assert has_undirected_edge([(1, 2)], 2, 1) is True
assert has_undirected_edge([(1, 2), (3, 4)], 1, 3) is False
assert has_undirected_edge([(0, 0)], 0, 0) is True
assert has_undirected_edge([(5, 6), (6, 7)], 5, 7) is False
""",
    ),
    task(
        "easy",
        r'''
def total_edge_weight(graph: dict) -> int:
    """graph is a weighted directed graph: graph[u] is a dict mapping each neighbour v of u to the
    weight of the edge u -> v. Return the sum of all edge weights (0 when there are no edges).
    >>> total_edge_weight({"a": {"b": 3, "c": 4}, "b": {"c": 1}, "c": {}})
    8
    """
    return sum(sum(targets.values()) for targets in graph.values())
''',
        r"""
assert total_edge_weight({}) == 0
assert total_edge_weight({"a": {}}) == 0
assert total_edge_weight({"a": {"a": 7}}) == 7
assert total_edge_weight({"x": {"y": -2}, "y": {"x": 5}}) == 3
assert total_edge_weight({1: {2: 10, 3: 20}, 2: {3: 30}, 3: {1: -5}}) == 55
""",
    ),
    task(
        "easy",
        r'''
def disjoint_intervals_length(intervals: list[tuple[int, int]]) -> int:
    """intervals is a list of non-overlapping (start, end) pairs with start <= end. Return their total
    length, the sum of end - start over all intervals.
    >>> disjoint_intervals_length([(1, 4), (6, 7)])
    4
    """
    return sum(end - start for start, end in intervals)
''',
        r"""
assert disjoint_intervals_length([]) == 0
assert disjoint_intervals_length([(3, 3)]) == 0
assert disjoint_intervals_length([(-5, -1)]) == 4
assert disjoint_intervals_length([(0, 10), (20, 25), (30, 31)]) == 16
assert disjoint_intervals_length([(-3, 0), (2, 9)]) == 10
""",
    ),
]
