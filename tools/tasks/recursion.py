"""Recursion: nested lists, trees as nested tuples or dicts, backtracking and enumeration."""

from tools.tasks._spec import task

CATEGORY = "recursion"

# Trees used in these tasks: a binary tree is None (empty) or a tuple (value, left, right); a general
# tree node is a dict {"value": v, "children": [node, ...]}. Each docstring says which one it takes.

TASKS = [
    task(
        "easy",
        r'''
def sum_nested(data) -> int:
    """Return the sum of all integers in data, which is an integer or a list whose elements are
    integers or lists of the same kind, nested to any depth.
    >>> sum_nested([1, [2, [3, [4]]], 5])
    15
    >>> sum_nested(7)
    7
    """
    if isinstance(data, int):
        return data
    return sum(sum_nested(x) for x in data)
''',
        r"""
assert sum_nested([]) == 0
assert sum_nested([[], [[]]]) == 0
assert sum_nested([-1, [-2]]) == -3
assert sum_nested([[[[[[10]]]]]]) == 10
assert sum_nested([1, [2], [[3]], [[[4]]]]) == 10
""",
    ),
    task(
        "easy",
        r'''
def nesting_depth(data) -> int:
    """Return how deeply lists are nested in data: a value that is not a list has depth 0, and a list
    has depth 1 plus the largest depth of its elements (so [] has depth 1).
    >>> nesting_depth([1, [2, [3]], 4])
    3
    >>> nesting_depth(5)
    0
    """
    if not isinstance(data, list):
        return 0
    return 1 + max((nesting_depth(x) for x in data), default=0)
''',
        r"""
assert nesting_depth([]) == 1
assert nesting_depth([[]]) == 2
assert nesting_depth([1, 2, 3]) == 1
assert nesting_depth("abc") == 0
assert nesting_depth([[[], [[[]]]]]) == 5
assert nesting_depth([(1, [2])]) == 1
""",
    ),
    task(
        "easy",
        r'''
def flatten_deep(data: list) -> list:
    """Flatten a list nested to any depth into a flat list of its non-list elements, in order. Only
    lists are flattened; tuples, strings and other values are kept as single elements.
    >>> flatten_deep([1, [2, [3, [4]], 5], []])
    [1, 2, 3, 4, 5]
    """
    out = []
    for x in data:
        if isinstance(x, list):
            out.extend(flatten_deep(x))
        else:
            out.append(x)
    return out
''',
        r"""
assert flatten_deep([]) == []
assert flatten_deep([[[]]]) == []
assert flatten_deep(["ab", ["c"]]) == ["ab", "c"]
assert flatten_deep([(1, [2])]) == [(1, [2])]
assert flatten_deep([[1], [[2]], [[[3]]]]) == [1, 2, 3]
assert flatten_deep([None, [False]]) == [None, False]
""",
    ),
    task(
        "easy",
        r'''
def count_leaves(tree: dict) -> int:
    """A tree node is a dict {"value": v, "children": [node, ...]}. Return the number of leaves
    (nodes whose list of children is empty) in the tree rooted at tree.
    >>> count_leaves({"value": 1, "children": [{"value": 2, "children": []}]})
    1
    """
    if not tree["children"]:
        return 1
    return sum(count_leaves(child) for child in tree["children"])
''',
        r"""
def N(value, *children):
    return {"value": value, "children": list(children)}


assert count_leaves(N(1)) == 1
assert count_leaves(N(1, N(2), N(3, N(4), N(5)))) == 3
assert count_leaves(N(1, N(2, N(3, N(4))))) == 1
assert count_leaves(N(0, *[N(i) for i in range(50)])) == 50
""",
    ),
    task(
        "easy",
        r'''
def ackermann(m: int, n: int) -> int:
    """Return the Ackermann function A(m, n) for m, n >= 0: A(0, n) = n + 1; A(m, 0) = A(m - 1, 1)
    when m > 0; otherwise A(m, n) = A(m - 1, A(m, n - 1)). Inputs are small (m <= 3, n <= 5).
    >>> ackermann(2, 3)
    9
    """
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
''',
        r"""
assert ackermann(0, 0) == 1
assert ackermann(1, 0) == 2
assert ackermann(1, 5) == 7
assert ackermann(2, 2) == 7
assert ackermann(3, 3) == 61
assert ackermann(3, 5) == 253
""",
    ),
    task(
        "easy",
        r'''
def reverse_nested(data: list) -> list:
    """Return a copy of data, a list nested to any depth, in which the list at every level has its
    elements in reverse order. Non-list elements are kept as they are; data is not modified.
    >>> reverse_nested([1, [2, 3], [4, [5, 6]]])
    [[[6, 5], 4], [3, 2], 1]
    """
    return [reverse_nested(x) if isinstance(x, list) else x for x in reversed(data)]
''',
        r"""
assert reverse_nested([]) == []
assert reverse_nested([1]) == [1]
assert reverse_nested([[1, 2], [3]]) == [[3], [2, 1]]
assert reverse_nested(["ab", ("c", "d")]) == [("c", "d"), "ab"]
x = [[1, 2]]
assert reverse_nested(x) == [[2, 1]] and x == [[1, 2]]
""",
    ),
    task(
        "easy",
        r'''
def tree_height(tree) -> int:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees. Return its height: the number of nodes on the longest path from the root down to a
    leaf (0 for the empty tree).
    >>> tree_height((1, (2, None, None), None))
    2
    """
    if tree is None:
        return 0
    return 1 + max(tree_height(tree[1]), tree_height(tree[2]))
''',
        r"""
assert tree_height(None) == 0
assert tree_height((1, None, None)) == 1
assert tree_height((1, (2, (3, None, None), None), (4, None, None))) == 3
assert tree_height((1, None, (2, None, (3, None, (4, None, None))))) == 4
""",
    ),
    task(
        "easy",
        r'''
def mirror_tree(tree):
    """Return the mirror image of a binary tree (None, or a tuple (value, left, right)): the left
    and right subtrees of every node are swapped, at every level.
    >>> mirror_tree((1, (2, None, None), (3, None, None)))
    (1, (3, None, None), (2, None, None))
    """
    if tree is None:
        return None
    value, left, right = tree
    return (value, mirror_tree(right), mirror_tree(left))
''',
        r"""
assert mirror_tree(None) is None
assert mirror_tree((5, None, None)) == (5, None, None)
assert mirror_tree((1, (2, (4, None, None), None), None)) == (1, None, (2, None, (4, None, None)))
t = (1, (2, (3, None, None), (4, None, None)), (5, None, (6, None, None)))
assert mirror_tree(t) == (1, (5, (6, None, None), None), (2, (4, None, None), (3, None, None)))
assert mirror_tree(mirror_tree(t)) == t
""",
    ),
    task(
        "easy",
        r'''
def count_scalars(obj) -> int:
    """Count the scalar values in a JSON-like object. Dicts and lists are containers whose contents
    (for a dict its values, not its keys) are counted recursively; anything else (a number, string,
    boolean or None) counts as 1.
    >>> count_scalars({"a": [1, 2, {"b": None}], "c": "x"})
    4
    """
    if isinstance(obj, dict):
        return sum(count_scalars(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_scalars(v) for v in obj)
    return 1
''',
        r"""
assert count_scalars({}) == 0
assert count_scalars([]) == 0
assert count_scalars(5) == 1
assert count_scalars(None) == 1
assert count_scalars([[], {}, [[]]]) == 0
assert count_scalars({"k": {"k": {"k": [True, False]}}}) == 2
assert count_scalars(["a", ["b", ["c"]]]) == 3
""",
    ),
    task(
        "easy",
        r'''
def max_nested(data: list) -> int | None:
    """Return the largest integer anywhere in data, a list nested to any depth whose non-list
    elements are integers; return None if there is no integer at all.
    >>> max_nested([3, [7, [-2]], 5])
    7
    >>> max_nested([[], [[]]]) is None
    True
    """
    best = None
    for x in data:
        value = max_nested(x) if isinstance(x, list) else x
        if value is not None and (best is None or value > best):
            best = value
    return best
''',
        r"""
assert max_nested([]) is None
assert max_nested([-5]) == -5
assert max_nested([[-3], [[-1]], -2]) == -1
assert max_nested([[[[100]]], 99]) == 100
assert max_nested([0, [0]]) == 0
""",
    ),
    task(
        "easy",
        r'''
def leaf_values(tree) -> list:
    """Return the values of the leaves of a binary tree (None, or a tuple (value, left, right)) from
    left to right. A leaf is a node whose two subtrees are both None.
    >>> leaf_values((1, (2, None, None), (3, (4, None, None), None)))
    [2, 4]
    """
    if tree is None:
        return []
    value, left, right = tree
    if left is None and right is None:
        return [value]
    return leaf_values(left) + leaf_values(right)
''',
        r"""
assert leaf_values(None) == []
assert leaf_values((1, None, None)) == [1]
assert leaf_values((1, None, (2, None, None))) == [2]
assert leaf_values((1, (2, (3, None, None), (4, None, None)), (5, None, (6, None, None)))) == [3, 4, 6]
""",
    ),
    task(
        "easy",
        r'''
def tree_sum(node: dict) -> int:
    """A tree node is a dict {"value": int, "children": [node, ...]}. Return the sum of the values
    of all the nodes of the tree rooted at node.
    >>> tree_sum({"value": 1, "children": [{"value": 2, "children": []}]})
    3
    """
    return node["value"] + sum(tree_sum(child) for child in node["children"])
''',
        r"""
def N(value, *children):
    return {"value": value, "children": list(children)}


assert tree_sum(N(5)) == 5
assert tree_sum(N(0, N(-1), N(-2, N(-3)))) == -6
assert tree_sum(N(1, N(2, N(3, N(4, N(5)))))) == 15
assert tree_sum(N(10, *[N(1) for _ in range(100)])) == 110
""",
    ),
    task(
        "medium",
        r'''
def k_combinations(n: int, k: int) -> list[list[int]]:
    """Return all k-element subsets of {1, ..., n}, each as an increasing list, with the subsets in
    lexicographic order (k = 0 gives [[]], and k > n gives []).
    >>> k_combinations(4, 2)
    [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]
    """
    if k == 0:
        return [[]]
    out = []
    for first in range(1, n - k + 2):
        for rest in k_combinations(n - first, k - 1):
            out.append([first] + [first + x for x in rest])
    return out
''',
        r"""
assert k_combinations(3, 0) == [[]]
assert k_combinations(2, 3) == []
assert k_combinations(3, 3) == [[1, 2, 3]]
assert k_combinations(5, 1) == [[1], [2], [3], [4], [5]]
assert k_combinations(4, 3) == [[1, 2, 3], [1, 2, 4], [1, 3, 4], [2, 3, 4]]
assert len(k_combinations(10, 5)) == 252
""",
    ),
    task(
        "medium",
        r'''
def power_set(items: list) -> list[list]:
    """Return all subsets of items (whose elements are distinct) as lists that keep the order of
    items. Subsets are ordered by size; subsets of the same size are in lexicographic order of the
    positions of their elements in items.
    >>> power_set([1, 2, 3])
    [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]
    """

    def choose(start: int, k: int) -> list[list]:
        if k == 0:
            return [[]]
        return [[items[i]] + rest for i in range(start, len(items)) for rest in choose(i + 1, k - 1)]

    return [subset for k in range(len(items) + 1) for subset in choose(0, k)]
''',
        r"""
assert power_set([]) == [[]]
assert power_set(["a"]) == [[], ["a"]]
assert power_set(["b", "a"]) == [[], ["b"], ["a"], ["b", "a"]]
assert power_set([3, 1, 2])[4] == [3, 1]
assert len(power_set(list(range(10)))) == 1024
""",
    ),
    task(
        "medium",
        r'''
def no_adjacent_ones(n: int) -> list[str]:
    """Return all binary strings of length n (n >= 0) that contain no two adjacent '1' characters,
    in ascending order. For n = 0 the only such string is ''.
    >>> no_adjacent_ones(3)
    ['000', '001', '010', '100', '101']
    """
    out = []

    def build(prefix: str) -> None:
        if len(prefix) == n:
            out.append(prefix)
            return
        build(prefix + "0")
        if not prefix.endswith("1"):
            build(prefix + "1")

    build("")
    return out
''',
        r"""
assert no_adjacent_ones(0) == [""]
assert no_adjacent_ones(1) == ["0", "1"]
assert no_adjacent_ones(2) == ["00", "01", "10"]
assert no_adjacent_ones(4)[-1] == "1010"
assert len(no_adjacent_ones(10)) == 144
""",
    ),
    task(
        "medium",
        r'''
def hanoi_moves(n: int, source: str = "A", target: str = "C", spare: str = "B") -> list[tuple[str, str]]:
    """Return the moves (from_peg, to_peg) that carry a tower of n disks from source to target with
    the classic recursive solution: move n - 1 disks from source to spare, move the largest disk
    from source to target, then move the n - 1 disks from spare to target. n = 0 needs no moves.
    >>> hanoi_moves(2)
    [('A', 'B'), ('A', 'C'), ('B', 'C')]
    """
    if n == 0:
        return []
    return (
        hanoi_moves(n - 1, source, spare, target)
        + [(source, target)]
        + hanoi_moves(n - 1, spare, target, source)
    )
''',
        r"""
assert hanoi_moves(0) == []
assert hanoi_moves(1) == [("A", "C")]
assert hanoi_moves(1, "x", "y", "z") == [("x", "y")]
assert hanoi_moves(3) == [("A", "C"), ("A", "B"), ("C", "B"), ("A", "C"), ("B", "A"), ("B", "C"), ("A", "C")]
assert len(hanoi_moves(10)) == 1023
""",
    ),
    task(
        "medium",
        r'''
def unique_permutations(s: str) -> list[str]:
    """Return all distinct permutations of the characters of s, sorted in ascending order. s has at
    most 12 characters, and may have many repeated ones.
    >>> unique_permutations("aab")
    ['aab', 'aba', 'baa']
    """
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    out = []

    def build(prefix: str) -> None:
        if len(prefix) == len(s):
            out.append(prefix)
            return
        for c in sorted(counts):
            if counts[c]:
                counts[c] -= 1
                build(prefix + c)
                counts[c] += 1

    build("")
    return out
''',
        r"""
assert unique_permutations("") == [""]
assert unique_permutations("a") == ["a"]
assert unique_permutations("ab") == ["ab", "ba"]
assert unique_permutations("aaa") == ["aaa"]
assert unique_permutations("bA") == ["Ab", "bA"]
assert len(unique_permutations("aabbcc")) == 90
assert len(unique_permutations("aaaaaaabbbbb")) == 792
""",
    ),
    task(
        "medium",
        r'''
from functools import lru_cache


def grid_paths(rows: int, cols: int, blocked: list[tuple[int, int]]) -> int:
    """Count the paths from the top-left cell (0, 0) to the bottom-right cell (rows - 1, cols - 1)
    of a grid, where each step moves one cell right or down and the cells in blocked, given as
    (row, column), cannot be entered. If the start or the end is blocked there are 0 paths. Grids
    can be up to 30 x 30.
    >>> grid_paths(3, 3, [])
    6
    >>> grid_paths(3, 3, [(1, 1)])
    2
    """
    walls = set(blocked)

    @lru_cache(maxsize=None)
    def count(r: int, c: int) -> int:
        if r >= rows or c >= cols or (r, c) in walls:
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        return count(r + 1, c) + count(r, c + 1)

    return count(0, 0)
''',
        r"""
assert grid_paths(1, 1, []) == 1
assert grid_paths(1, 1, [(0, 0)]) == 0
assert grid_paths(2, 2, [(0, 1), (1, 0)]) == 0
assert grid_paths(3, 3, [(2, 2)]) == 0
assert grid_paths(3, 7, []) == 28
assert grid_paths(18, 18, []) == 2333606220
assert grid_paths(30, 30, []) == 30067266499541040
""",
    ),
    task(
        "medium",
        r'''
def balanced_parens(n: int) -> list[str]:
    """Return all strings of n pairs of correctly nested parentheses in ascending order ('(' sorts
    before ')'). n = 0 gives [''].
    >>> balanced_parens(2)
    ['(())', '()()']
    """
    out = []

    def build(prefix: str, opened: int, closed: int) -> None:
        if closed == n:
            out.append(prefix)
            return
        if opened < n:
            build(prefix + "(", opened + 1, closed)
        if closed < opened:
            build(prefix + ")", opened, closed + 1)

    build("", 0, 0)
    return out
''',
        r"""
assert balanced_parens(0) == [""]
assert balanced_parens(1) == ["()"]
assert balanced_parens(3) == ["((()))", "(()())", "(())()", "()(())", "()()()"]
assert len(balanced_parens(8)) == 1430
""",
    ),
    task(
        "medium",
        r'''
def letter_combinations(digits: str) -> list[str]:
    """Return all letter strings a phone keypad number can spell, in ascending order. The keys are
    2: abc, 3: def, 4: ghi, 5: jkl, 6: mno, 7: pqrs, 8: tuv, 9: wxyz, and digits holds only the
    digits 2-9. An empty digits string gives [].
    >>> letter_combinations("23")
    ['ad', 'ae', 'af', 'bd', 'be', 'bf', 'cd', 'ce', 'cf']
    """
    keys = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
    if not digits:
        return []
    if len(digits) == 1:
        return list(keys[digits])
    return [c + rest for c in keys[digits[0]] for rest in letter_combinations(digits[1:])]
''',
        r"""
assert letter_combinations("") == []
assert letter_combinations("2") == ["a", "b", "c"]
assert letter_combinations("79")[:5] == ["pw", "px", "py", "pz", "qw"]
assert len(letter_combinations("79")) == 16
assert len(letter_combinations("2345")) == 81
assert letter_combinations("99")[-1] == "zz"
""",
    ),
    task(
        "medium",
        r'''
def count_subsets_with_sum(nums: list[int], target: int) -> int:
    """Count the subsets of positions of nums whose elements add up to target (equal values at
    different positions make different subsets, and the empty subset sums to 0). nums has at most
    20 elements and may contain negative numbers and zeros.
    >>> count_subsets_with_sum([1, 2, 3, 3], 6)
    3
    """

    def count(i: int, remaining: int) -> int:
        if i == len(nums):
            return 1 if remaining == 0 else 0
        return count(i + 1, remaining - nums[i]) + count(i + 1, remaining)

    return count(0, target)
''',
        r"""
assert count_subsets_with_sum([], 0) == 1
assert count_subsets_with_sum([], 1) == 0
assert count_subsets_with_sum([0, 0], 0) == 4
assert count_subsets_with_sum([5], 5) == 1
assert count_subsets_with_sum([-1, 1, 2], 1) == 2
assert count_subsets_with_sum([1] * 20, 10) == 184756
""",
    ),
    task(
        "medium",
        r'''
def eval_tree(node) -> int:
    """Evaluate an expression tree. A node is either an int or a tuple (op, left, right) where op is
    one of '+', '-', '*' and left and right are nodes.
    >>> eval_tree(("+", 1, ("*", 2, 3)))
    7
    """
    if isinstance(node, int):
        return node
    op, left, right = node
    a, b = eval_tree(left), eval_tree(right)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    return a * b
''',
        r"""
assert eval_tree(5) == 5
assert eval_tree(("-", 1, 2)) == -1
assert eval_tree(("-", ("-", 10, 4), 3)) == 3
assert eval_tree(("*", ("+", -1, -2), ("-", 0, 4))) == 12
t = 0
for _ in range(200):
    t = ("+", t, 1)
assert eval_tree(t) == 200
""",
    ),
    task(
        "medium",
        r'''
def tree_paths(tree) -> list[str]:
    """Return every root-to-leaf path of a binary tree (None, or a tuple (value, left, right)) as
    the string of its values joined by '->', listing the paths from left to right. A leaf is a node
    without children; the empty tree has no paths.
    >>> tree_paths((1, (2, None, (5, None, None)), (3, None, None)))
    ['1->2->5', '1->3']
    """
    if tree is None:
        return []
    value, left, right = tree
    if left is None and right is None:
        return [str(value)]
    return [f"{value}->{p}" for p in tree_paths(left) + tree_paths(right)]
''',
        r"""
assert tree_paths(None) == []
assert tree_paths((7, None, None)) == ["7"]
assert tree_paths((1, (2, None, None), (2, None, None))) == ["1->2", "1->2"]
assert tree_paths((-1, None, (-2, (3, None, None), None))) == ["-1->-2->3"]
""",
    ),
    task(
        "medium",
        r'''
def is_symmetric(tree) -> bool:
    """Return True if a binary tree (None, or a tuple (value, left, right)) is the mirror image of
    itself: its left subtree mirrors its right subtree in both shape and values.
    >>> is_symmetric((1, (2, None, None), (2, None, None)))
    True
    >>> is_symmetric((1, (2, None, None), (3, None, None)))
    False
    """

    def mirrors(a, b) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return a[0] == b[0] and mirrors(a[1], b[2]) and mirrors(a[2], b[1])

    return tree is None or mirrors(tree[1], tree[2])
''',
        r"""
assert is_symmetric(None) is True
assert is_symmetric((1, None, None)) is True
assert is_symmetric((1, (2, None, None), None)) is False
assert is_symmetric((1, (2, (3, None, None), None), (2, None, (3, None, None)))) is True
assert is_symmetric((1, (2, (3, None, None), None), (2, (3, None, None), None))) is False
""",
    ),
    task(
        "medium",
        r'''
def flood_fill(grid: list[list[int]], row: int, col: int, color: int) -> list[list[int]]:
    """Return a copy of grid in which the region containing the cell (row, col) is painted with
    color. The region is the set of cells with the same value as that cell which can be reached
    from it by steps up, down, left or right over such cells. grid itself is not modified.
    >>> flood_fill([[1, 1, 0], [1, 0, 0], [1, 1, 1]], 0, 0, 2)
    [[2, 2, 0], [2, 0, 0], [2, 2, 2]]
    """
    out = [list(r) for r in grid]
    start = out[row][col]
    if start == color:
        return out
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        if 0 <= r < len(out) and 0 <= c < len(out[r]) and out[r][c] == start:
            out[r][c] = color
            stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
    return out
''',
        r"""
assert flood_fill([[0]], 0, 0, 5) == [[5]]
assert flood_fill([[1, 1], [1, 1]], 1, 1, 1) == [[1, 1], [1, 1]]
assert flood_fill([[0, 1], [1, 0]], 0, 0, 7) == [[7, 1], [1, 0]]
assert flood_fill([[1, 2, 1], [1, 2, 1], [1, 1, 1]], 0, 2, 3) == [[3, 2, 3], [3, 2, 3], [3, 3, 3]]
g = [[3, 3], [3, 0]]
assert flood_fill(g, 0, 1, 9) == [[9, 9], [9, 0]] and g == [[3, 3], [3, 0]]
""",
    ),
    task(
        "medium",
        r'''
def interleavings(a: str, b: str) -> list[str]:
    """Return all distinct strings formed by interleaving a and b (merging them while keeping the
    order of the characters of each), sorted in ascending order.
    >>> interleavings("ab", "c")
    ['abc', 'acb', 'cab']
    """
    if not a or not b:
        return [a + b]
    return sorted({a[0] + s for s in interleavings(a[1:], b)} | {b[0] + s for s in interleavings(a, b[1:])})
''',
        r"""
assert interleavings("", "") == [""]
assert interleavings("a", "") == ["a"]
assert interleavings("a", "a") == ["aa"]
assert interleavings("ab", "cd") == ["abcd", "acbd", "acdb", "cabd", "cadb", "cdab"]
assert len(interleavings("abcd", "efgh")) == 70
""",
    ),
    task(
        "medium",
        r'''
def max_path_sum(tree) -> int | None:
    """Return the largest sum of the values on a path from the root down to a leaf of a binary tree
    (None, or a tuple (value, left, right) with integer values). A path must end at a leaf (a node
    with no children). Return None for the empty tree.
    >>> max_path_sum((1, (2, None, None), (3, (-5, None, None), None)))
    3
    """
    if tree is None:
        return None
    value, left, right = tree
    sums = [s for s in (max_path_sum(left), max_path_sum(right)) if s is not None]
    return value + max(sums) if sums else value
''',
        r"""
assert max_path_sum(None) is None
assert max_path_sum((-7, None, None)) == -7
assert max_path_sum((10, (-20, None, None), None)) == -10
assert max_path_sum((1, (2, (4, None, None), None), (3, None, (-1, None, None)))) == 7
assert max_path_sum((0, (-1, None, None), (-2, None, None))) == -1
""",
    ),
    task(
        "medium",
        r'''
def depth_weighted_sum(data: list) -> int:
    """Return the sum of every integer in data (a list nested to any depth) times its depth: the
    integers directly in data have depth 1, those in a list inside data depth 2, and so on.
    >>> depth_weighted_sum([1, [4, [6]]])
    27
    """

    def walk(items: list, depth: int) -> int:
        return sum(walk(x, depth + 1) if isinstance(x, list) else x * depth for x in items)

    return walk(data, 1)
''',
        r"""
assert depth_weighted_sum([]) == 0
assert depth_weighted_sum([5]) == 5
assert depth_weighted_sum([[5]]) == 10
assert depth_weighted_sum([[1, 1], 2, [1, 1]]) == 10
assert depth_weighted_sum([[[[-1]]]]) == -4
""",
    ),
    task(
        "hard",
        r'''
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Return all ways to write target (>= 1) as a sum of numbers from candidates (distinct positive
    integers, in any order), each number usable any number of times. Each way is a non-decreasing
    list, and the list of ways is sorted in ascending lexicographic order.
    >>> combination_sum([2, 3, 6, 7], 7)
    [[2, 2, 3], [7]]
    """
    nums = sorted(candidates)
    out = []

    def build(start: int, remaining: int, chosen: list[int]) -> None:
        if remaining == 0:
            out.append(list(chosen))
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break
            chosen.append(nums[i])
            build(i, remaining - nums[i], chosen)
            chosen.pop()

    build(0, target, [])
    return out
''',
        r"""
assert combination_sum([2], 1) == []
assert combination_sum([1], 3) == [[1, 1, 1]]
assert combination_sum([2, 3, 5], 8) == [[2, 2, 2, 2], [2, 3, 3], [3, 5]]
assert combination_sum([7, 3, 2], 7) == [[2, 2, 3], [7]]
assert len(combination_sum([1, 2, 5, 10], 20)) == 40
""",
    ),
    task(
        "hard",
        r'''
def expand_braces(pattern: str) -> list[str]:
    """Expand a brace pattern. A group '{x,y,...}' stands for any one of its comma-separated
    alternatives; an alternative may be empty or contain groups itself, and groups and letters can
    follow each other. Letters are the only other characters. Return all expansions, without
    duplicates, sorted in ascending order.
    >>> expand_braces("a{b,c}d")
    ['abd', 'acd']
    >>> expand_braces("{a,b{c,d}}e")
    ['ae', 'bce', 'bde']
    """
    n = len(pattern)

    def sequence(i: int) -> tuple[set[str], int]:
        results = {""}
        while i < n and pattern[i] not in ",}":
            if pattern[i] == "{":
                options, i = group(i + 1)
                results = {r + o for r in results for o in options}
            else:
                results = {r + pattern[i] for r in results}
                i += 1
        return results, i

    def group(i: int) -> tuple[set[str], int]:
        options = set()
        while True:
            seq, i = sequence(i)
            options |= seq
            if pattern[i] == "}":
                return options, i + 1
            i += 1

    return sorted(sequence(0)[0])
''',
        r"""
assert expand_braces("") == [""]
assert expand_braces("abc") == ["abc"]
assert expand_braces("{a,b}{c,d}") == ["ac", "ad", "bc", "bd"]
assert expand_braces("{a,a}") == ["a"]
assert expand_braces("x{,y}") == ["x", "xy"]
assert expand_braces("{{a,b},{b,c}}") == ["a", "b", "c"]
assert expand_braces("{z,{y,{x}}}w") == ["xw", "yw", "zw"]
""",
    ),
    task(
        "hard",
        r'''
def integer_partitions(n: int) -> list[list[int]]:
    """Return all partitions of n >= 1 into positive integers, each as a non-increasing list, with
    the partitions in descending lexicographic order (so [n] comes first and [1, 1, ..., 1] last).
    >>> integer_partitions(4)
    [[4], [3, 1], [2, 2], [2, 1, 1], [1, 1, 1, 1]]
    """

    def parts(remaining: int, largest: int) -> list[list[int]]:
        if remaining == 0:
            return [[]]
        out = []
        for first in range(min(remaining, largest), 0, -1):
            out += [[first] + rest for rest in parts(remaining - first, first)]
        return out

    return parts(n, n)
''',
        r"""
assert integer_partitions(1) == [[1]]
assert integer_partitions(2) == [[2], [1, 1]]
assert integer_partitions(5) == [[5], [4, 1], [3, 2], [3, 1, 1], [2, 2, 1], [2, 1, 1, 1], [1, 1, 1, 1, 1]]
assert len(integer_partitions(20)) == 627
assert integer_partitions(20)[1] == [19, 1]
""",
    ),
    task(
        "hard",
        r'''
def word_break_all(text: str, words: list[str]) -> list[str]:
    """Return every way to split text into a sequence of words taken from words (each usable any
    number of times), written as those words joined by single spaces, sorted in ascending order.
    Return [] if text cannot be split; the empty text has exactly one split, ''.
    >>> word_break_all("catsanddog", ["cat", "cats", "and", "sand", "dog"])
    ['cat sand dog', 'cats and dog']
    """
    vocabulary = set(words)
    memo = {}

    def splits(i: int) -> list[list[str]]:
        if i == len(text):
            return [[]]
        if i not in memo:
            memo[i] = [
                [text[i:j]] + rest
                for j in range(i + 1, len(text) + 1)
                if text[i:j] in vocabulary
                for rest in splits(j)
            ]
        return memo[i]

    return sorted(" ".join(s) for s in splits(0))
''',
        r"""
assert word_break_all("", ["a"]) == [""]
assert word_break_all("a", []) == []
assert word_break_all("aaa", ["a", "aa"]) == ["a a a", "a aa", "aa a"]
assert word_break_all("pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"]) == [
    "pine apple pen apple",
    "pine applepen apple",
    "pineapple pen apple",
]
assert word_break_all("catsandog", ["cats", "dog", "sand", "and", "cat"]) == []
""",
    ),
    task(
        "hard",
        r'''
def restore_ip_addresses(digits: str) -> list[str]:
    """Return all valid IPv4 addresses that can be made by inserting three dots into the digit
    string digits, sorted in ascending order. Each of the four parts must be a number from 0 to 255
    written without leading zeros ('0' is allowed, '00' and '01' are not).
    >>> restore_ip_addresses("25525511135")
    ['255.255.11.135', '255.255.111.35']
    """
    out = []

    def build(i: int, parts: list[str]) -> None:
        if len(parts) == 4:
            if i == len(digits):
                out.append(".".join(parts))
            return
        for j in range(i + 1, min(i + 3, len(digits)) + 1):
            part = digits[i:j]
            if (len(part) > 1 and part[0] == "0") or int(part) > 255:
                continue
            build(j, parts + [part])

    build(0, [])
    return sorted(out)
''',
        r"""
assert restore_ip_addresses("") == []
assert restore_ip_addresses("0000") == ["0.0.0.0"]
assert restore_ip_addresses("1111") == ["1.1.1.1"]
assert restore_ip_addresses("010010") == ["0.10.0.10", "0.100.1.0"]
assert restore_ip_addresses("101023") == ["1.0.10.23", "1.0.102.3", "10.1.0.23", "10.10.2.3", "101.0.2.3"]
assert restore_ip_addresses("1234567890123") == []
""",
    ),
    task(
        "hard",
        r'''
def palindrome_partitions(s: str) -> list[list[str]]:
    """Return every way to cut s into pieces that are all palindromes (strings that read the same
    backwards). Each way is the list of its pieces in order, and the ways are sorted by comparing
    these lists (so when two ways first differ, the one with the shorter piece there comes first).
    The empty string has one way, [].
    >>> palindrome_partitions("aab")
    [['a', 'a', 'b'], ['aa', 'b']]
    """
    if not s:
        return [[]]
    out = []
    for j in range(1, len(s) + 1):
        piece = s[:j]
        if piece == piece[::-1]:
            out += [[piece] + rest for rest in palindrome_partitions(s[j:])]
    return out
''',
        r"""
assert palindrome_partitions("") == [[]]
assert palindrome_partitions("a") == [["a"]]
assert palindrome_partitions("ab") == [["a", "b"]]
assert palindrome_partitions("aba") == [["a", "b", "a"], ["aba"]]
assert palindrome_partitions("aaa") == [["a", "a", "a"], ["a", "aa"], ["aa", "a"], ["aaa"]]
assert len(palindrome_partitions("a" * 10)) == 512
""",
    ),
    task(
        "hard",
        r'''
def decode_repeats(s: str) -> str:
    """Decode a string in which 'k[...]' stands for the part in brackets repeated k times, where k
    is a positive decimal number and the part may itself contain such groups; letters outside
    groups are copied as they are.
    >>> decode_repeats("3[a]2[bc]")
    'aaabcbc'
    >>> decode_repeats("2[a3[c]]x")
    'acccacccx'
    """
    stack = [["", 0]]
    number = 0
    for c in s:
        if c.isdigit():
            number = number * 10 + int(c)
        elif c == "[":
            stack.append(["", number])
            number = 0
        elif c == "]":
            text, k = stack.pop()
            stack[-1][0] += text * k
        else:
            stack[-1][0] += c
    return stack[0][0]
''',
        r"""
assert decode_repeats("") == ""
assert decode_repeats("abc") == "abc"
assert decode_repeats("10[z]") == "z" * 10
assert decode_repeats("2[ab3[c]]") == "abcccabccc"
assert decode_repeats("1[1[1[q]]]") == "q"
assert decode_repeats("3[a]2[b4[F]c]") == "aaabFFFFcbFFFFc"
""",
    ),
    task(
        "easy",
        r'''
def bintree_size(tree) -> int:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees. Return the number of nodes in the tree (0 for the empty tree).
    >>> bintree_size((1, (2, None, None), (3, None, None)))
    3
    """
    if tree is None:
        return 0
    return 1 + bintree_size(tree[1]) + bintree_size(tree[2])
''',
        r"""
assert bintree_size(None) == 0
assert bintree_size((7, None, None)) == 1
assert bintree_size((1, (2, (3, None, None), None), None)) == 3
assert bintree_size((0, (0, None, None), (0, (0, None, None), (0, None, None)))) == 5
t = None
for i in range(40):
    t = (i, None, t)
assert bintree_size(t) == 40
""",
    ),
    task(
        "easy",
        r'''
def bintree_total(tree) -> int:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees and whose value is an integer. Return the sum of the values of all its nodes (0 for the
    empty tree).
    >>> bintree_total((1, (2, None, None), (3, None, None)))
    6
    """
    if tree is None:
        return 0
    value, left, right = tree
    return value + bintree_total(left) + bintree_total(right)
''',
        r"""
assert bintree_total(None) == 0
assert bintree_total((-4, None, None)) == -4
assert bintree_total((1, (-2, None, None), (3, (4, None, None), None))) == 6
assert bintree_total((10, (20, None, (30, None, None)), (-60, None, None))) == 0
t = None
for i in range(40):
    t = (i, t, None)
assert bintree_total(t) == 780
""",
    ),
    task(
        "easy",
        r'''
def bintree_inorder(tree) -> list:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees. Return the values of its nodes in in-order: the left subtree, then the node itself, then
    the right subtree ([] for the empty tree).
    >>> bintree_inorder((2, (1, None, None), (3, None, None)))
    [1, 2, 3]
    """
    if tree is None:
        return []
    value, left, right = tree
    return bintree_inorder(left) + [value] + bintree_inorder(right)
''',
        r"""
assert bintree_inorder(None) == []
assert bintree_inorder((5, None, None)) == [5]
assert bintree_inorder((1, None, (2, None, (3, None, None)))) == [1, 2, 3]
t = (4, (2, (1, None, None), (3, None, None)), (6, (5, None, None), None))
assert bintree_inorder(t) == [1, 2, 3, 4, 5, 6]
assert bintree_inorder(("b", ("a", None, None), None)) == ["a", "b"]
assert bintree_inorder((1, (1, None, None), (1, None, None))) == [1, 1, 1]
""",
    ),
    task(
        "easy",
        r'''
def bintree_contains(tree, target) -> bool:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees. Return True if some node of the tree has a value equal to target, else False (the
    empty tree contains nothing).
    >>> bintree_contains((1, (2, None, None), None), 2)
    True
    """
    if tree is None:
        return False
    value, left, right = tree
    return value == target or bintree_contains(left, target) or bintree_contains(right, target)
''',
        r"""
assert bintree_contains(None, 1) is False
assert bintree_contains((5, None, None), 5) is True
assert bintree_contains((5, None, None), 6) is False
t = (1, (2, (3, None, None), (4, None, None)), (5, None, (6, None, None)))
assert bintree_contains(t, 6) is True
assert bintree_contains(t, 7) is False
assert bintree_contains(t, 0) is False
""",
    ),
    task(
        "easy",
        r'''
def bintree_scale(tree, factor: int):
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees and whose value is a number. Return a tree of the same shape in which every value is
    multiplied by factor (the empty tree gives None).
    >>> bintree_scale((1, (2, None, None), None), 3)
    (3, (6, None, None), None)
    """
    if tree is None:
        return None
    value, left, right = tree
    return (value * factor, bintree_scale(left, factor), bintree_scale(right, factor))
''',
        r"""
assert bintree_scale(None, 5) is None
assert bintree_scale((4, None, None), 0) == (0, None, None)
assert bintree_scale((1, None, (-2, None, None)), -1) == (-1, None, (2, None, None))
t = (1, (2, (3, None, None), None), (4, None, None))
assert bintree_scale(t, 2) == (2, (4, (6, None, None), None), (8, None, None))
assert bintree_scale(t, 1) == t
""",
    ),
    task(
        "easy",
        r'''
def nested_product(data: list) -> int:
    """Return the product of all integers in data, a list whose elements are integers or lists of
    the same kind, nested to any depth. The product of no integers is 1.
    >>> nested_product([2, [3, [4]]])
    24
    """
    result = 1
    for x in data:
        result *= nested_product(x) if isinstance(x, list) else x
    return result
''',
        r"""
assert nested_product([]) == 1
assert nested_product([[], [[]]]) == 1
assert nested_product([-2, [3]]) == -6
assert nested_product([5, [0, [7]]]) == 0
assert nested_product([[-1], [[-1]], [[[-1]]]]) == -1
assert nested_product([[10], [10, [10]]]) == 1000
""",
    ),
    task(
        "easy",
        r'''
def nested_count_of(data: list, target) -> int:
    """Return how many times target occurs in data, a list nested to any depth: count the non-list
    elements, at any depth, that are equal to target.
    >>> nested_count_of([1, [2, 1, [1]], 3], 1)
    3
    """
    count = 0
    for x in data:
        if isinstance(x, list):
            count += nested_count_of(x, target)
        elif x == target:
            count += 1
    return count
''',
        r"""
assert nested_count_of([], 5) == 0
assert nested_count_of([[7]], 7) == 1
assert nested_count_of([1, [2, [3]]], 4) == 0
assert nested_count_of(["a", ["b", ["a", "a"]]], "a") == 3
assert nested_count_of([0, [0, [0, [0]]], 1], 0) == 4
assert nested_count_of([-1, [-1, 1]], -1) == 2
""",
    ),
    task(
        "easy",
        r'''
def nested_all_positive(data: list) -> bool:
    """Return True if every integer anywhere in data (a list whose elements are integers or lists
    of the same kind, nested to any depth) is greater than zero, else False. Like all(), this is
    True when there are no integers at all.
    >>> nested_all_positive([1, [2, [3]]])
    True
    >>> nested_all_positive([1, [0]])
    False
    """
    return all(nested_all_positive(x) if isinstance(x, list) else x > 0 for x in data)
''',
        r"""
assert nested_all_positive([]) is True
assert nested_all_positive([[], [[]]]) is True
assert nested_all_positive([5, [6, [-7]]]) is False
assert nested_all_positive([[[[1]]], 2]) is True
assert nested_all_positive([0]) is False
assert nested_all_positive([[3], [4, [5, [-1]]]]) is False
assert nested_all_positive([100]) is True
""",
    ),
    task(
        "easy",
        r'''
def nested_squared(data: list) -> list:
    """Return a new list with the same nesting as data (a list whose elements are integers or lists
    of the same kind, nested to any depth) in which every integer is squared. data is not modified.
    >>> nested_squared([1, [2, [-3]]])
    [1, [4, [9]]]
    """
    return [nested_squared(x) if isinstance(x, list) else x * x for x in data]
''',
        r"""
assert nested_squared([]) == []
assert nested_squared([[]]) == [[]]
assert nested_squared([0, -1]) == [0, 1]
assert nested_squared([[5], [[-6, 7]]]) == [[25], [[36, 49]]]
assert nested_squared([[10, [11]]]) == [[100, [121]]]
x = [2, [3]]
assert nested_squared(x) == [4, [9]] and x == [2, [3]]
""",
    ),
    task(
        "easy",
        r'''
def count_inner_lists(data: list) -> int:
    """Return the number of lists contained in data at any depth, not counting data itself. Only
    lists count; strings, tuples and other values do not.
    >>> count_inner_lists([1, [2, [3]], []])
    3
    """
    return sum(1 + count_inner_lists(x) for x in data if isinstance(x, list))
''',
        r"""
assert count_inner_lists([]) == 0
assert count_inner_lists([1, 2, 3]) == 0
assert count_inner_lists([[]]) == 1
assert count_inner_lists([[], [], []]) == 3
assert count_inner_lists([[[[]]]]) == 3
assert count_inner_lists([[1, [2]], [3, [4, [5]]]]) == 5
assert count_inner_lists(["ab", (1, 2)]) == 0
""",
    ),
    task(
        "easy",
        r'''
def gtree_node_count(node: dict) -> int:
    """A tree node is a dict {"value": v, "children": [node, ...]}. Return the number of nodes in
    the tree rooted at node, node itself included.
    >>> gtree_node_count({"value": "a", "children": [{"value": "b", "children": []}]})
    2
    """
    return 1 + sum(gtree_node_count(child) for child in node["children"])
''',
        r"""
def N(value, *children):
    return {"value": value, "children": list(children)}


assert gtree_node_count(N(1)) == 1
assert gtree_node_count(N(1, N(2, N(3)))) == 3
assert gtree_node_count(N(0, N(1), N(2, N(3), N(4)), N(5))) == 6
assert gtree_node_count(N(0, *[N(i, N(i)) for i in range(10)])) == 21
""",
    ),
    task(
        "easy",
        r'''
def gtree_depth(node: dict) -> int:
    """A tree node is a dict {"value": v, "children": [node, ...]}. Return the depth of the tree
    rooted at node: the number of nodes on the longest path from node down to a leaf (a node
    without children has depth 1).
    >>> gtree_depth({"value": 1, "children": [{"value": 2, "children": []}]})
    2
    """
    return 1 + max((gtree_depth(child) for child in node["children"]), default=0)
''',
        r"""
def N(value, *children):
    return {"value": value, "children": list(children)}


assert gtree_depth(N(1)) == 1
assert gtree_depth(N(1, N(2), N(3), N(4))) == 2
assert gtree_depth(N(1, N(2), N(3, N(4, N(5))))) == 4
assert gtree_depth(N(0, *[N(i) for i in range(100)])) == 2
t = N(0)
for i in range(29):
    t = N(i, t)
assert gtree_depth(t) == 30
""",
    ),
    task(
        "easy",
        r'''
def doubled_letters(s: str) -> str:
    """Return s with every character (letters, digits, spaces, punctuation alike) written twice in
    a row.
    >>> doubled_letters("abc")
    'aabbcc'
    """
    if not s:
        return ""
    return s[0] * 2 + doubled_letters(s[1:])
''',
        r"""
assert doubled_letters("") == ""
assert doubled_letters("x") == "xx"
assert doubled_letters("a b") == "aa  bb"
assert doubled_letters("112") == "111122"
assert doubled_letters("Hi!") == "HHii!!"
""",
    ),
    task(
        "easy",
        r'''
def dash_join_chars(s: str) -> str:
    """Return the characters of s with a single '-' between each pair of neighbours, as
    '-'.join(s) does: the empty string stays empty and a one-character string is unchanged.
    >>> dash_join_chars("abc")
    'a-b-c'
    """
    if len(s) <= 1:
        return s
    return s[0] + "-" + dash_join_chars(s[1:])
''',
        r"""
assert dash_join_chars("") == ""
assert dash_join_chars("z") == "z"
assert dash_join_chars("ab") == "a-b"
assert dash_join_chars("a-b") == "a---b"
assert dash_join_chars("  ") == " - "
assert dash_join_chars("1234") == "1-2-3-4"
""",
    ),
    task(
        "medium",
        r'''
def nested_evens_sorted(data: list) -> list[int]:
    """Collect the even integers found anywhere in data (a list whose elements are integers or
    lists of the same kind, nested to any depth) and return them sorted in ascending order,
    duplicates kept. Zero and negative even numbers count as even.
    >>> nested_evens_sorted([5, [4, [2, 7]], 8])
    [2, 4, 8]
    """
    evens = []
    for x in data:
        if isinstance(x, list):
            evens.extend(nested_evens_sorted(x))
        elif x % 2 == 0:
            evens.append(x)
    return sorted(evens)
''',
        r"""
assert nested_evens_sorted([]) == []
assert nested_evens_sorted([1, [3, [5]]]) == []
assert nested_evens_sorted([[-4], 0, [[-2, 6]]]) == [-4, -2, 0, 6]
assert nested_evens_sorted([2, [2, [2]]]) == [2, 2, 2]
assert nested_evens_sorted([[10, 9], [8, [7, 6]]]) == [6, 8, 10]
assert nested_evens_sorted([-3, [-5, -6]]) == [-6]
""",
    ),
    task(
        "medium",
        r'''
def bintree_level_sums(tree) -> list[int]:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees and whose value is an integer. Return the sum of the values on each level, from the
    root's level downwards ([] for the empty tree).
    >>> bintree_level_sums((1, (2, (4, None, None), None), (3, None, (5, None, None))))
    [1, 5, 9]
    """
    sums = []

    def visit(node, depth: int) -> None:
        if node is None:
            return
        if depth == len(sums):
            sums.append(0)
        sums[depth] += node[0]
        visit(node[1], depth + 1)
        visit(node[2], depth + 1)

    visit(tree, 0)
    return sums
''',
        r"""
assert bintree_level_sums(None) == []
assert bintree_level_sums((7, None, None)) == [7]
assert bintree_level_sums((1, (-1, None, None), (1, None, None))) == [1, 0]
assert bintree_level_sums((0, None, (1, None, (2, None, (3, None, None))))) == [0, 1, 2, 3]
t = (1, (2, (4, None, None), (5, None, None)), (3, (6, None, None), (7, None, None)))
assert bintree_level_sums(t) == [1, 5, 22]
""",
    ),
    task(
        "medium",
        r'''
def bintree_values_at_depth(tree, depth: int) -> list:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees. Return the values of the nodes at the given depth (the root is at depth 0, its children
    at depth 1, ...) from left to right; [] if there are no nodes at that depth.
    >>> bintree_values_at_depth((1, (2, (4, None, None), None), (3, None, (5, None, None))), 2)
    [4, 5]
    """
    if tree is None:
        return []
    value, left, right = tree
    if depth == 0:
        return [value]
    return bintree_values_at_depth(left, depth - 1) + bintree_values_at_depth(right, depth - 1)
''',
        r"""
assert bintree_values_at_depth(None, 0) == []
assert bintree_values_at_depth((9, None, None), 0) == [9]
assert bintree_values_at_depth((9, None, None), 1) == []
t = (1, (2, (4, None, None), (5, None, None)), (3, (6, None, None), (7, None, None)))
assert bintree_values_at_depth(t, 1) == [2, 3]
assert bintree_values_at_depth(t, 2) == [4, 5, 6, 7]
assert bintree_values_at_depth(t, 3) == []
assert bintree_values_at_depth(("a", None, ("b", ("c", None, None), None)), 2) == ["c"]
""",
    ),
    task(
        "medium",
        r'''
def join_nested_strings(data: list, sep: str) -> str:
    """data is a list whose elements are strings or non-empty lists of the same kind, nested to any
    depth. Flatten it into its strings in order (left to right, depth first) and join them with
    sep, as sep.join does (no strings give '').
    >>> join_nested_strings(["a", ["b", ["c"]], "d"], "-")
    'a-b-c-d'
    """
    parts = []

    def collect(items: list) -> None:
        for x in items:
            if isinstance(x, list):
                collect(x)
            else:
                parts.append(x)

    collect(data)
    return sep.join(parts)
''',
        r"""
assert join_nested_strings([], ",") == ""
assert join_nested_strings(["x"], ",") == "x"
assert join_nested_strings([["hello"], ["world"]], " ") == "hello world"
assert join_nested_strings(["a", ["b", "c"]], "") == "abc"
assert join_nested_strings([["1", ["2", ["3"]]], "4"], ", ") == "1, 2, 3, 4"
assert join_nested_strings(["", ["a"]], "+") == "+a"
""",
    ),
    task(
        "medium",
        r'''
def nested_mean_rounded(data: list) -> float:
    """Return the mean (sum divided by count) of all integers in data, a list whose elements are
    integers or lists of the same kind, nested to any depth, rounded to 2 decimal places with
    round(). data holds at least one integer.
    >>> nested_mean_rounded([1, [2, [3, 4]]])
    2.5
    """
    values = []

    def collect(items: list) -> None:
        for x in items:
            if isinstance(x, list):
                collect(x)
            else:
                values.append(x)

    collect(data)
    return round(sum(values) / len(values), 2)
''',
        r"""
assert nested_mean_rounded([5]) == 5.0
assert nested_mean_rounded([[1], [2]]) == 1.5
assert nested_mean_rounded([1, [1, [2]]]) == 1.33
assert nested_mean_rounded([[-3], [[0, 3]]]) == 0.0
assert nested_mean_rounded([2, [3, [3]]]) == 2.67
assert nested_mean_rounded([[-1, -2], [-2]]) == -1.67
assert nested_mean_rounded([[10, 20], [30, [40, 50]]]) == 30.0
""",
    ),
    task(
        "medium",
        r'''
def nested_with_depths(data: list) -> list[tuple]:
    """Return a (value, depth) pair for every non-list element of data, a list nested to any depth,
    in order (left to right, depth first). The elements of data itself are at depth 1, the
    elements of a list inside data at depth 2, and so on.
    >>> nested_with_depths([1, [2, [3]], 4])
    [(1, 1), (2, 2), (3, 3), (4, 1)]
    """
    out = []

    def walk(items: list, depth: int) -> None:
        for x in items:
            if isinstance(x, list):
                walk(x, depth + 1)
            else:
                out.append((x, depth))

    walk(data, 1)
    return out
''',
        r"""
assert nested_with_depths([]) == []
assert nested_with_depths([[]]) == []
assert nested_with_depths(["a"]) == [("a", 1)]
assert nested_with_depths([[[["x"]]]]) == [("x", 4)]
assert nested_with_depths([[1, 2], 3, [[4]]]) == [(1, 2), (2, 2), (3, 1), (4, 3)]
assert nested_with_depths([0, [0]]) == [(0, 1), (0, 2)]
""",
    ),
    task(
        "easy",
        r'''
def rec_power_of(base: int, exp: int) -> int:
    """Return base raised to the power exp (exp >= 0), computed recursively; any base to the
    power 0 is 1.
    >>> rec_power_of(2, 5)
    32
    """
    if exp == 0:
        return 1
    return base * rec_power_of(base, exp - 1)
''',
        r"""
assert rec_power_of(7, 0) == 1
assert rec_power_of(0, 3) == 0
assert rec_power_of(-2, 3) == -8
assert rec_power_of(-3, 2) == 9
assert rec_power_of(3, 4) == 81
assert rec_power_of(10, 6) == 1000000
""",
    ),
    task(
        "easy",
        r'''
def countdown_list_from(n: int) -> list[int]:
    """Return the list [n, n - 1, ..., 1] for n >= 0 ([] when n is 0).
    >>> countdown_list_from(3)
    [3, 2, 1]
    """
    if n == 0:
        return []
    return [n] + countdown_list_from(n - 1)
''',
        r"""
assert countdown_list_from(0) == []
assert countdown_list_from(1) == [1]
assert countdown_list_from(2) == [2, 1]
assert countdown_list_from(5) == [5, 4, 3, 2, 1]
assert countdown_list_from(10) == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]
""",
    ),
    task(
        "easy",
        r'''
def rec_count_char(s: str, ch: str) -> int:
    """Return how many times the single character ch occurs in s (case-sensitive).
    >>> rec_count_char("banana", "a")
    3
    """
    if not s:
        return 0
    return (1 if s[0] == ch else 0) + rec_count_char(s[1:], ch)
''',
        r"""
assert rec_count_char("", "a") == 0
assert rec_count_char("a", "a") == 1
assert rec_count_char("Aa", "a") == 1
assert rec_count_char("xyz", "q") == 0
assert rec_count_char("mississippi", "s") == 4
assert rec_count_char("   ", " ") == 3
""",
    ),
    task(
        "easy",
        r'''
def rec_reverse_text(s: str) -> str:
    """Return s with its characters in reverse order (the empty string stays empty).
    >>> rec_reverse_text("abc")
    'cba'
    """
    if not s:
        return ""
    return rec_reverse_text(s[1:]) + s[0]
''',
        r"""
assert rec_reverse_text("") == ""
assert rec_reverse_text("x") == "x"
assert rec_reverse_text("ab") == "ba"
assert rec_reverse_text("aab") == "baa"
assert rec_reverse_text("hello world") == "dlrow olleh"
assert rec_reverse_text("12 3") == "3 21"
""",
    ),
    task(
        "easy",
        r'''
def bintree_preorder_values(tree) -> list:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees. Return its values in preorder: the root, then the left subtree in preorder, then the
    right subtree in preorder ([] for the empty tree).
    >>> bintree_preorder_values((1, (2, None, None), (3, None, None)))
    [1, 2, 3]
    """
    if tree is None:
        return []
    value, left, right = tree
    return [value] + bintree_preorder_values(left) + bintree_preorder_values(right)
''',
        r"""
assert bintree_preorder_values(None) == []
assert bintree_preorder_values((5, None, None)) == [5]
assert bintree_preorder_values((1, (2, (4, None, None), (5, None, None)), (3, None, None))) == [1, 2, 4, 5, 3]
assert bintree_preorder_values((1, None, (2, (3, None, None), None))) == [1, 2, 3]
assert bintree_preorder_values(("b", ("a", None, None), ("c", None, None))) == ["b", "a", "c"]
assert bintree_preorder_values((0, (0, None, None), None)) == [0, 0]
""",
    ),
    task(
        "easy",
        r'''
def bintree_max_value(tree) -> int:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees and whose value is an integer. tree is not empty; return the largest value in it.
    >>> bintree_max_value((3, (7, None, None), (1, None, None)))
    7
    """
    value, left, right = tree
    best = value
    for child in (left, right):
        if child is not None:
            best = max(best, bintree_max_value(child))
    return best
''',
        r"""
assert bintree_max_value((-5, None, None)) == -5
assert bintree_max_value((1, (2, (9, None, None), None), (3, None, None))) == 9
assert bintree_max_value((-1, (-7, None, None), (-3, None, None))) == -1
assert bintree_max_value((4, (4, None, None), (4, None, None))) == 4
assert bintree_max_value((0, None, (5, None, (2, None, None)))) == 5
assert bintree_max_value((10, (3, None, None), None)) == 10
""",
    ),
    task(
        "easy",
        r'''
def bintree_leaf_count(tree) -> int:
    """A binary tree is None (empty) or a tuple (value, left, right) whose left and right are binary
    trees. Return the number of leaves (nodes whose left and right are both None); 0 for the
    empty tree.
    >>> bintree_leaf_count((1, (2, None, None), (3, None, None)))
    2
    """
    if tree is None:
        return 0
    value, left, right = tree
    if left is None and right is None:
        return 1
    return bintree_leaf_count(left) + bintree_leaf_count(right)
''',
        r"""
assert bintree_leaf_count(None) == 0
assert bintree_leaf_count((7, None, None)) == 1
assert bintree_leaf_count((1, (2, (3, None, None), None), None)) == 1
assert bintree_leaf_count((1, (2, None, None), (3, (4, None, None), (5, None, None)))) == 3
t = (1, (2, (4, None, None), (5, None, None)), (3, (6, None, None), (7, None, None)))
assert bintree_leaf_count(t) == 4
""",
    ),
    task(
        "easy",
        r'''
def nested_negatives_count(data: list) -> int:
    """data is a list whose elements are integers or lists of the same kind, nested to any depth.
    Return how many of the integers are negative (less than 0); zero is not negative.
    >>> nested_negatives_count([-1, [2, [-3]], 0])
    2
    """
    count = 0
    for x in data:
        if isinstance(x, list):
            count += nested_negatives_count(x)
        elif x < 0:
            count += 1
    return count
''',
        r"""
assert nested_negatives_count([]) == 0
assert nested_negatives_count([[[]]]) == 0
assert nested_negatives_count([-5]) == 1
assert nested_negatives_count([1, [2, [3]]]) == 0
assert nested_negatives_count([[-1, -1], [-1, [-1]]]) == 4
assert nested_negatives_count([0, [0, [-2]], 5, [-10, [7]]]) == 2
""",
    ),
]
