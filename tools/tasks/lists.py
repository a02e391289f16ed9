"""List processing: slicing, windows, rearrangements, matrices given as lists of rows."""

from tools.tasks._spec import task

CATEGORY = "lists"

TASKS = [
    task(
        "easy",
        r'''
def chunk(items: list, size: int) -> list[list]:
    """Split items into consecutive sublists of length size (size >= 1); the last sublist holds the
    remaining elements and may be shorter. An empty list gives [].
    >>> chunk([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    return [items[i : i + size] for i in range(0, len(items), size)]
''',
        r"""
assert chunk([], 3) == []
assert chunk([1], 1) == [[1]]
assert chunk([1, 2, 3], 5) == [[1, 2, 3]]
assert chunk(list("abcdef"), 3) == [["a", "b", "c"], ["d", "e", "f"]]
assert chunk([0, 0, 0, 0], 1) == [[0], [0], [0], [0]]
""",
    ),
    task(
        "easy",
        r'''
def running_total(nums: list[int]) -> list[int]:
    """Return the running totals of nums: element i of the result is nums[0] + ... + nums[i].
    >>> running_total([1, 2, 3, 4])
    [1, 3, 6, 10]
    >>> running_total([5, -5, 2])
    [5, 0, 2]
    """
    out = []
    total = 0
    for x in nums:
        total += x
        out.append(total)
    return out
''',
        r"""
assert running_total([]) == []
assert running_total([7]) == [7]
assert running_total([-1, -2, -3]) == [-1, -3, -6]
assert running_total([10**12, 10**12]) == [10**12, 2 * 10**12]
assert running_total([0, 0]) == [0, 0]
""",
    ),
    task(
        "easy",
        r'''
def rotate_right(items: list, k: int) -> list:
    """Return a new list with the elements of items rotated k places to the right (k >= 0, and k
    may be larger than the length): the last k elements move to the front.
    >>> rotate_right([1, 2, 3, 4, 5], 2)
    [4, 5, 1, 2, 3]
    >>> rotate_right([1, 2, 3], 4)
    [3, 1, 2]
    """
    if not items:
        return []
    k %= len(items)
    return items[len(items) - k :] + items[: len(items) - k]
''',
        r"""
assert rotate_right([], 3) == []
assert rotate_right([1], 100) == [1]
assert rotate_right([1, 2, 3], 0) == [1, 2, 3]
assert rotate_right([1, 2, 3], 3) == [1, 2, 3]
assert rotate_right(["a", "b"], 1) == ["b", "a"]
assert rotate_right([1, 2, 3, 4], 7) == [2, 3, 4, 1]
""",
    ),
    task(
        "easy",
        r'''
def pairwise_diffs(nums: list[int]) -> list[int]:
    """Return the differences between consecutive elements, nums[i + 1] - nums[i] for every i.
    A list with fewer than two elements gives [].
    >>> pairwise_diffs([1, 4, 9, 16])
    [3, 5, 7]
    """
    return [b - a for a, b in zip(nums, nums[1:])]
''',
        r"""
assert pairwise_diffs([]) == []
assert pairwise_diffs([5]) == []
assert pairwise_diffs([3, 1]) == [-2]
assert pairwise_diffs([0, 0, 0]) == [0, 0]
assert pairwise_diffs([-5, 5, -5]) == [10, -10]
""",
    ),
    task(
        "easy",
        r'''
def count_rises(nums: list[int]) -> int:
    """Count the positions i > 0 where nums[i] is strictly greater than nums[i - 1].
    >>> count_rises([1, 2, 2, 3, 1, 5])
    3
    """
    return sum(1 for a, b in zip(nums, nums[1:]) if b > a)
''',
        r"""
assert count_rises([]) == 0
assert count_rises([1]) == 0
assert count_rises([3, 2, 1]) == 0
assert count_rises([1, 2, 3, 4]) == 3
assert count_rises([-1, -1, 0]) == 1
""",
    ),
    task(
        "easy",
        r'''
def flatten_once(nested: list) -> list:
    """Flatten one level of nesting: every element of nested that is a list is replaced by its
    elements (which are not flattened further); other elements are kept as they are.
    >>> flatten_once([1, [2, 3], [[4]], 5])
    [1, 2, 3, [4], 5]
    """
    out = []
    for x in nested:
        if isinstance(x, list):
            out.extend(x)
        else:
            out.append(x)
    return out
''',
        r"""
assert flatten_once([]) == []
assert flatten_once([[]]) == []
assert flatten_once([[1], [2], [3]]) == [1, 2, 3]
assert flatten_once(["ab", ["c"]]) == ["ab", "c"]
assert flatten_once([(1, 2), [3]]) == [(1, 2), 3]
""",
    ),
    task(
        "easy",
        r'''
def index_of_max(nums: list[int]) -> int:
    """Return the index of the largest element of nums; if the largest value occurs several times,
    the index of its last occurrence. Return -1 for an empty list.
    >>> index_of_max([3, 9, 2, 9, 1])
    3
    """
    best = -1
    for i, x in enumerate(nums):
        if best == -1 or x >= nums[best]:
            best = i
    return best
''',
        r"""
assert index_of_max([]) == -1
assert index_of_max([5]) == 0
assert index_of_max([-3, -1, -2]) == 1
assert index_of_max([1, 1, 1]) == 2
assert index_of_max([7, 2]) == 0
""",
    ),
    task(
        "easy",
        r'''
def dedupe_consecutive(items: list) -> list:
    """Collapse every block of consecutive equal elements of items into a single element.
    >>> dedupe_consecutive([1, 1, 2, 2, 2, 1, 3, 3])
    [1, 2, 1, 3]
    """
    out = []
    for x in items:
        if not out or out[-1] != x:
            out.append(x)
    return out
''',
        r"""
assert dedupe_consecutive([]) == []
assert dedupe_consecutive(["a"]) == ["a"]
assert dedupe_consecutive([0, 0, 0]) == [0]
assert dedupe_consecutive([1, 2, 1, 2]) == [1, 2, 1, 2]
assert dedupe_consecutive(["x", "x", "y", "x"]) == ["x", "y", "x"]
""",
    ),
    task(
        "easy",
        r'''
def move_zeros(nums: list[int]) -> list[int]:
    """Return nums with every 0 moved to the end, keeping the order of the other elements.
    >>> move_zeros([0, 1, 0, 3, 12])
    [1, 3, 12, 0, 0]
    """
    return [x for x in nums if x != 0] + [0] * nums.count(0)
''',
        r"""
assert move_zeros([]) == []
assert move_zeros([0]) == [0]
assert move_zeros([0, 0, 1]) == [1, 0, 0]
assert move_zeros([1, 2]) == [1, 2]
assert move_zeros([-1, 0, -2, 0]) == [-1, -2, 0, 0]
""",
    ),
    task(
        "easy",
        r'''
def count_in_range(nums: list[int], low: int, high: int) -> int:
    """Count the elements x of nums with low <= x <= high (the count is 0 when low > high).
    >>> count_in_range([1, 5, 8, 10, 3], 3, 8)
    3
    """
    return sum(1 for x in nums if low <= x <= high)
''',
        r"""
assert count_in_range([], 0, 10) == 0
assert count_in_range([5], 5, 5) == 1
assert count_in_range([1, 2, 3], 3, 1) == 0
assert count_in_range([-5, -3, 0, 3], -4, 0) == 2
assert count_in_range([10**9, -(10**9)], -(10**9), 10**9) == 2
""",
    ),
    task(
        "easy",
        r'''
def transpose(matrix: list[list[int]]) -> list[list[int]]:
    """Return the transpose of a rectangular matrix given as a list of rows: row i of the result is
    column i of matrix. An empty matrix [] gives [].
    >>> transpose([[1, 2, 3], [4, 5, 6]])
    [[1, 4], [2, 5], [3, 6]]
    """
    return [list(col) for col in zip(*matrix)]
''',
        r"""
assert transpose([]) == []
assert transpose([[1]]) == [[1]]
assert transpose([[1, 2]]) == [[1], [2]]
assert transpose([[1], [2]]) == [[1, 2]]
assert transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]
""",
    ),
    task(
        "easy",
        r'''
def count_sign_changes(nums: list[int]) -> int:
    """Count how often the sign changes when reading nums from left to right. Zeros are skipped:
    each non-zero value is compared with the previous non-zero value.
    >>> count_sign_changes([1, -2, -3, 4])
    2
    >>> count_sign_changes([5, 0, -1])
    1
    """
    prev = 0
    changes = 0
    for x in nums:
        if x == 0:
            continue
        if prev and (x > 0) != (prev > 0):
            changes += 1
        prev = x
    return changes
''',
        r"""
assert count_sign_changes([]) == 0
assert count_sign_changes([0, 0]) == 0
assert count_sign_changes([-1]) == 0
assert count_sign_changes([1, 0, 0, 1]) == 0
assert count_sign_changes([-1, 1, -1, 1]) == 3
assert count_sign_changes([3, 0, -2, 0, 5, 6]) == 2
""",
    ),
    task(
        "easy",
        r'''
def merge_sorted(a: list[int], b: list[int]) -> list[int]:
    """Merge two lists, each sorted in non-decreasing order, into one sorted list holding all the
    elements of both (duplicates included).
    >>> merge_sorted([1, 3, 5], [2, 3, 6])
    [1, 2, 3, 3, 5, 6]
    """
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]
''',
        r"""
assert merge_sorted([], []) == []
assert merge_sorted([1], []) == [1]
assert merge_sorted([], [0, 0]) == [0, 0]
assert merge_sorted([-3, -1], [-2]) == [-3, -2, -1]
assert merge_sorted([1, 1], [1]) == [1, 1, 1]
""",
    ),
    task(
        "medium",
        r'''
def compress_ranges(nums: list[int]) -> str:
    """Describe the integers in nums (any order, duplicates allowed) as a comma-separated list of
    ranges in increasing order: a run of two or more consecutive integers is written 'a-b' and a
    single integer as 'a'. Negative numbers keep their minus sign, e.g. '-3--1'.
    >>> compress_ranges([1, 2, 3, 5, 7, 8])
    '1-3,5,7-8'
    >>> compress_ranges([4, 2, 2, 3])
    '2-4'
    """
    values = sorted(set(nums))
    parts = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        parts.append(str(values[i]) if i == j else f"{values[i]}-{values[j]}")
        i = j + 1
    return ",".join(parts)
''',
        r"""
assert compress_ranges([]) == ""
assert compress_ranges([5]) == "5"
assert compress_ranges([-3, -2, -1, 1]) == "-3--1,1"
assert compress_ranges([10, 9]) == "9-10"
assert compress_ranges([0, 2, 4]) == "0,2,4"
assert compress_ranges([1, 1, 1]) == "1"
""",
    ),
    task(
        "medium",
        r'''
def longest_increasing_run(nums: list[int]) -> list[int]:
    """Return the longest contiguous stretch of nums in which every element is strictly greater
    than the one before it. On ties the stretch that starts first wins; [] for an empty list.
    >>> longest_increasing_run([1, 2, 0, 3, 4, 5, 2])
    [0, 3, 4, 5]
    """
    if not nums:
        return []
    best_start, best_len, start = 0, 1, 0
    for i in range(1, len(nums)):
        if nums[i] <= nums[i - 1]:
            start = i
        if i - start + 1 > best_len:
            best_start, best_len = start, i - start + 1
    return nums[best_start : best_start + best_len]
''',
        r"""
assert longest_increasing_run([]) == []
assert longest_increasing_run([7]) == [7]
assert longest_increasing_run([3, 2, 1]) == [3]
assert longest_increasing_run([1, 2, 2, 3]) == [1, 2]
assert longest_increasing_run([5, 6, 1, 2]) == [5, 6]
assert longest_increasing_run([-5, -4, -3, -10, 0, 1]) == [-5, -4, -3]
""",
    ),
    task(
        "medium",
        r'''
def window_max(nums: list[int], k: int) -> list[int]:
    """Return the maximum of every window of k consecutive elements of nums (k >= 1), from left to
    right. If k > len(nums) there is no window and the result is [].
    >>> window_max([1, 3, -1, -3, 5, 3, 6, 7], 3)
    [3, 3, 5, 5, 6, 7]
    """
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]
''',
        r"""
assert window_max([], 1) == []
assert window_max([1, 2], 3) == []
assert window_max([4, 2, 12, 3], 1) == [4, 2, 12, 3]
assert window_max([1, 2, 3], 3) == [3]
assert window_max([9, 8, 7, 6], 2) == [9, 8, 7]
assert window_max([-1, -2, -3], 2) == [-1, -2]
""",
    ),
    task(
        "medium",
        r'''
def moving_average(nums: list[float], k: int) -> list[float]:
    """Return the average of every window of k consecutive values of nums (k >= 1), from left to
    right, each rounded to 2 decimal places with round(). If k > len(nums) the result is [].
    >>> moving_average([1, 2, 3, 4], 2)
    [1.5, 2.5, 3.5]
    """
    return [round(sum(nums[i : i + k]) / k, 2) for i in range(len(nums) - k + 1)]
''',
        r"""
assert moving_average([], 2) == []
assert moving_average([5], 1) == [5.0]
assert moving_average([1, 2], 3) == []
assert moving_average([1, 1, 2], 3) == [1.33]
assert moving_average([10, -10, 10], 2) == [0.0, 0.0]
assert moving_average([2, 4, 9, 0.5], 3) == [5.0, 4.5]
""",
    ),
    task(
        "medium",
        r'''
def rotate_clockwise(matrix: list[list[int]]) -> list[list[int]]:
    """Rotate a rectangular matrix (a list of rows, possibly []) by 90 degrees clockwise: an m x n
    matrix becomes n x m, and its first column read from bottom to top becomes the first row.
    >>> rotate_clockwise([[1, 2], [3, 4]])
    [[3, 1], [4, 2]]
    >>> rotate_clockwise([[1, 2, 3]])
    [[1], [2], [3]]
    """
    return [list(row) for row in zip(*matrix[::-1])]
''',
        r"""
assert rotate_clockwise([]) == []
assert rotate_clockwise([[5]]) == [[5]]
assert rotate_clockwise([[1], [2], [3]]) == [[3, 2, 1]]
assert rotate_clockwise([[1, 2, 3], [4, 5, 6]]) == [[4, 1], [5, 2], [6, 3]]
m = [[1, 2], [3, 4], [5, 6]]
assert rotate_clockwise(rotate_clockwise(rotate_clockwise(rotate_clockwise(m)))) == m
""",
    ),
    task(
        "medium",
        r'''
def product_except_self(nums: list[int]) -> list[int]:
    """Return a list whose element i is the product of all elements of nums except nums[i] (for a
    one-element list that product is 1). Zeros must be handled correctly.
    >>> product_except_self([1, 2, 3, 4])
    [24, 12, 8, 6]
    >>> product_except_self([2, 0, 5])
    [0, 10, 0]
    """
    n = len(nums)
    out = [1] * n
    left = 1
    for i in range(n):
        out[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        out[i] *= right
        right *= nums[i]
    return out
''',
        r"""
assert product_except_self([]) == []
assert product_except_self([7]) == [1]
assert product_except_self([0, 0]) == [0, 0]
assert product_except_self([-1, 2, -3]) == [-6, 3, -2]
assert product_except_self([0, 4, 5]) == [20, 0, 0]
assert product_except_self([10**6] * 3) == [10**12] * 3
""",
    ),
    task(
        "medium",
        r'''
def majority_element(items: list):
    """Return the element that occurs more than len(items) / 2 times in items, or None if there is
    no such element.
    >>> majority_element([3, 1, 3, 3, 2])
    3
    >>> majority_element([1, 2, 1, 2]) is None
    True
    """
    for x in items:
        if items.count(x) * 2 > len(items):
            return x
    return None
''',
        r"""
assert majority_element([]) is None
assert majority_element(["a"]) == "a"
assert majority_element([1, 1, 2, 2, 2]) == 2
assert majority_element([0, 0, 1]) == 0
assert majority_element([1, 2, 3]) is None
assert majority_element([5, 5, 6, 6]) is None
""",
    ),
    task(
        "medium",
        r'''
def partition_by_pivot(nums: list[int], pivot: int) -> list[int]:
    """Rearrange nums into three groups: the elements smaller than pivot, then those equal to it,
    then those greater than it; within each group the original order is kept.
    >>> partition_by_pivot([9, 12, 3, 5, 14, 10, 10], 10)
    [9, 3, 5, 10, 10, 12, 14]
    """
    return [x for x in nums if x < pivot] + [x for x in nums if x == pivot] + [x for x in nums if x > pivot]
''',
        r"""
assert partition_by_pivot([], 0) == []
assert partition_by_pivot([1], 5) == [1]
assert partition_by_pivot([5, 5, 5], 5) == [5, 5, 5]
assert partition_by_pivot([3, -1, 2, -5], 0) == [-1, -5, 3, 2]
assert partition_by_pivot([4, 3, 2, 1], 2) == [1, 2, 4, 3]
""",
    ),
    task(
        "medium",
        r'''
def leaders(nums: list[int]) -> list[int]:
    """Return, in their original order, the elements of nums that are strictly greater than every
    element to their right (so the last element is always included).
    >>> leaders([16, 17, 4, 3, 5, 2])
    [17, 5, 2]
    """
    out = []
    best = None
    for x in reversed(nums):
        if best is None or x > best:
            out.append(x)
            best = x
    return out[::-1]
''',
        r"""
assert leaders([]) == []
assert leaders([1]) == [1]
assert leaders([1, 2, 3]) == [3]
assert leaders([3, 2, 1]) == [3, 2, 1]
assert leaders([5, 5, 5]) == [5]
assert leaders([-1, -5, -3]) == [-1, -3]
""",
    ),
    task(
        "medium",
        r'''
def equilibrium_index(nums: list[int]) -> int:
    """Return the smallest index i such that the sum of the elements before position i equals the
    sum of the elements after it, or -1 if there is none. An empty side sums to 0.
    >>> equilibrium_index([-7, 1, 5, 2, -4, 3, 0])
    3
    """
    total = sum(nums)
    left = 0
    for i, x in enumerate(nums):
        if left == total - left - x:
            return i
        left += x
    return -1
''',
        r"""
assert equilibrium_index([]) == -1
assert equilibrium_index([5]) == 0
assert equilibrium_index([1, 2]) == -1
assert equilibrium_index([0, 0, 0]) == 0
assert equilibrium_index([1, 3, 1]) == 1
assert equilibrium_index([2, -2, 7]) == 2
""",
    ),
    task(
        "medium",
        r'''
def group_consecutive(nums: list[int]) -> list[list[int]]:
    """Split nums into maximal runs in which every element is exactly one more than the one before.
    >>> group_consecutive([1, 2, 3, 5, 6, 8])
    [[1, 2, 3], [5, 6], [8]]
    """
    out = []
    for x in nums:
        if out and out[-1][-1] + 1 == x:
            out[-1].append(x)
        else:
            out.append([x])
    return out
''',
        r"""
assert group_consecutive([]) == []
assert group_consecutive([4]) == [[4]]
assert group_consecutive([3, 2, 1]) == [[3], [2], [1]]
assert group_consecutive([1, 1, 2]) == [[1], [1, 2]]
assert group_consecutive([-2, -1, 0, 2]) == [[-2, -1, 0], [2]]
""",
    ),
    task(
        "medium",
        r'''
def split_at(items: list, sep) -> list[list]:
    """Split items at every element equal to sep, like str.split with a separator: separators are
    dropped, and separators at either end or next to each other produce empty lists. An empty
    input gives [[]].
    >>> split_at([1, 0, 2, 3, 0, 4], 0)
    [[1], [2, 3], [4]]
    >>> split_at([0, 1, 0, 0], 0)
    [[], [1], [], []]
    """
    out = [[]]
    for x in items:
        if x == sep:
            out.append([])
        else:
            out[-1].append(x)
    return out
''',
        r"""
assert split_at([], 0) == [[]]
assert split_at([0], 0) == [[], []]
assert split_at([1, 2], 9) == [[1, 2]]
assert split_at(["a", "-", "b"], "-") == [["a"], ["b"]]
assert split_at([5, 5], 5) == [[], [], []]
""",
    ),
    task(
        "medium",
        r'''
def dedupe_keep_last(items: list) -> list:
    """Remove duplicates from items, keeping only the last occurrence of each value; the kept
    elements stay in their original relative order.
    >>> dedupe_keep_last([1, 2, 1, 3, 2])
    [1, 3, 2]
    """
    seen = set()
    out = []
    for x in reversed(items):
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out[::-1]
''',
        r"""
assert dedupe_keep_last([]) == []
assert dedupe_keep_last([1]) == [1]
assert dedupe_keep_last([1, 1, 1]) == [1]
assert dedupe_keep_last(["a", "b", "a"]) == ["b", "a"]
assert dedupe_keep_last([3, 2, 1, 2, 3]) == [1, 2, 3]
assert dedupe_keep_last([1, 2, 3]) == [1, 2, 3]
""",
    ),
    task(
        "medium",
        r'''
def dup_and_missing(nums: list[int]) -> tuple[int, int]:
    """nums holds n numbers from 1..n in which exactly one value appears twice and exactly one value
    of 1..n is missing. Return (the duplicated value, the missing value).
    >>> dup_and_missing([3, 1, 3])
    (3, 2)
    """
    n = len(nums)
    seen = set()
    dup = 0
    for x in nums:
        if x in seen:
            dup = x
        seen.add(x)
    missing = next(v for v in range(1, n + 1) if v not in seen)
    return dup, missing
''',
        r"""
assert dup_and_missing([1, 1]) == (1, 2)
assert dup_and_missing([2, 2]) == (2, 1)
assert dup_and_missing([1, 2, 2, 4]) == (2, 3)
assert dup_and_missing([5, 4, 3, 2, 2]) == (2, 1)
assert dup_and_missing([1, 2, 3, 4, 4]) == (4, 5)
""",
    ),
    task(
        "medium",
        r'''
def saddle_points(matrix: list[list[int]]) -> list[tuple[int, int]]:
    """Return the (row, column) positions of the saddle points of a rectangular matrix: cells whose
    value is greater than or equal to every value in their row and less than or equal to every
    value in their column. List them in row-major order ([] for an empty matrix).
    >>> saddle_points([[9, 8, 7], [5, 3, 2], [6, 6, 7]])
    [(1, 0)]
    """
    out = []
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == max(row) and v == min(line[c] for line in matrix):
                out.append((r, c))
    return out
''',
        r"""
assert saddle_points([]) == []
assert saddle_points([[1]]) == [(0, 0)]
assert saddle_points([[1, 2], [3, 4]]) == [(0, 1)]
assert saddle_points([[2, 2], [2, 2]]) == [(0, 0), (0, 1), (1, 0), (1, 1)]
assert saddle_points([[1, 2, 3], [3, 1, 2]]) == []
""",
    ),
    task(
        "medium",
        r'''
def longest_arithmetic_run(nums: list[int]) -> int:
    """Return the length of the longest contiguous stretch of nums in which the difference between
    consecutive elements is constant. Any stretch of one or two elements qualifies; [] gives 0.
    >>> longest_arithmetic_run([1, 3, 5, 7, 2, 2, 2])
    4
    """
    if len(nums) < 3:
        return len(nums)
    best = cur = 2
    for i in range(2, len(nums)):
        cur = cur + 1 if nums[i] - nums[i - 1] == nums[i - 1] - nums[i - 2] else 2
        best = max(best, cur)
    return best
''',
        r"""
assert longest_arithmetic_run([]) == 0
assert longest_arithmetic_run([5]) == 1
assert longest_arithmetic_run([1, 9]) == 2
assert longest_arithmetic_run([1, 1, 1, 1, 1]) == 5
assert longest_arithmetic_run([10, 7, 4, 1, -2, 0]) == 5
assert longest_arithmetic_run([1, 2, 4, 8]) == 2
""",
    ),
    task(
        "medium",
        r'''
def alternate_signs(nums: list[int]) -> list[int]:
    """Rearrange nums (which holds no zeros) so that positive and negative numbers alternate,
    starting with a positive number; the positives keep their relative order, and so do the
    negatives. When one kind runs out, the rest of the other kind follows in its order.
    >>> alternate_signs([1, 2, 3, -4, -1, 4])
    [1, -4, 2, -1, 3, 4]
    >>> alternate_signs([-1, -2, 3])
    [3, -1, -2]
    """
    pos = [x for x in nums if x > 0]
    neg = [x for x in nums if x < 0]
    out = []
    for i in range(max(len(pos), len(neg))):
        if i < len(pos):
            out.append(pos[i])
        if i < len(neg):
            out.append(neg[i])
    return out
''',
        r"""
assert alternate_signs([]) == []
assert alternate_signs([5]) == [5]
assert alternate_signs([-5]) == [-5]
assert alternate_signs([-1, -2, -3, 4]) == [4, -1, -2, -3]
assert alternate_signs([1, 2, 3]) == [1, 2, 3]
assert alternate_signs([2, -3, 4, -5, 6]) == [2, -3, 4, -5, 6]
""",
    ),
    task(
        "hard",
        r'''
def next_permutation(nums: list[int]) -> list[int]:
    """Return the next arrangement of nums in lexicographic order: the smallest permutation of the
    same elements that is greater than nums. If nums is already the largest arrangement, return
    the smallest one (sorted ascending). Elements may repeat; nums itself is not modified.
    >>> next_permutation([1, 2, 3])
    [1, 3, 2]
    >>> next_permutation([3, 2, 1])
    [1, 2, 3]
    """
    a = list(nums)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return sorted(a)
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1 :] = reversed(a[i + 1 :])
    return a
''',
        r"""
assert next_permutation([]) == []
assert next_permutation([1]) == [1]
assert next_permutation([1, 1, 5]) == [1, 5, 1]
assert next_permutation([1, 5, 1]) == [5, 1, 1]
assert next_permutation([5, 1, 1]) == [1, 1, 5]
assert next_permutation([1, 3, 2]) == [2, 1, 3]
assert next_permutation([2, 3, 1]) == [3, 1, 2]
x = [1, 2]
assert next_permutation(x) == [2, 1] and x == [1, 2]
""",
    ),
    task(
        "hard",
        r'''
def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Return the elements of a rectangular matrix in clockwise spiral order: the top row left to
    right, the right column downwards, the bottom row right to left, the left column upwards, then
    the same for the remaining inner part, until every element has been listed exactly once.
    >>> spiral_order([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    [1, 2, 3, 6, 9, 8, 7, 4, 5]
    """
    out = []
    m = [list(r) for r in matrix]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
''',
        r"""
assert spiral_order([]) == []
assert spiral_order([[1]]) == [1]
assert spiral_order([[1, 2, 3, 4]]) == [1, 2, 3, 4]
assert spiral_order([[1], [2], [3]]) == [1, 2, 3]
assert spiral_order([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]) == [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]
assert spiral_order([[1, 2], [3, 4], [5, 6]]) == [1, 2, 4, 6, 5, 3]
""",
    ),
    task(
        "hard",
        r'''
def diagonal_zigzag(matrix: list[list[int]]) -> list[int]:
    """Traverse a rectangular matrix along its anti-diagonals (the cells with the same row + column
    sum d), for d = 0, 1, 2, ... in turn. Diagonals with even d are read from bottom-left to
    top-right (row decreasing), those with odd d from top-right to bottom-left (row increasing).
    >>> diagonal_zigzag([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    [1, 2, 4, 7, 5, 3, 6, 8, 9]
    """
    if not matrix:
        return []
    rows, cols = len(matrix), len(matrix[0])
    out = []
    for d in range(rows + cols - 1):
        cells = [(r, d - r) for r in range(rows) if 0 <= d - r < cols]
        if d % 2 == 0:
            cells.reverse()
        out += [matrix[r][c] for r, c in cells]
    return out
''',
        r"""
assert diagonal_zigzag([]) == []
assert diagonal_zigzag([[1]]) == [1]
assert diagonal_zigzag([[1, 2, 3]]) == [1, 2, 3]
assert diagonal_zigzag([[1], [2], [3]]) == [1, 2, 3]
assert diagonal_zigzag([[1, 2], [3, 4], [5, 6]]) == [1, 2, 3, 5, 4, 6]
""",
    ),
    task(
        "hard",
        r'''
def next_greater_circular(nums: list[int]) -> list[int]:
    """For every element of nums find the first element strictly greater than it, scanning to the
    right and wrapping around to the start of the list (an element is never compared with itself).
    Return those values in order, with -1 where there is no greater element.
    >>> next_greater_circular([1, 2, 1])
    [2, -1, 2]
    >>> next_greater_circular([5, 4, 3, 2, 1])
    [-1, 5, 5, 5, 5]
    """
    n = len(nums)
    out = [-1] * n
    stack = []
    for i in range(2 * n):
        x = nums[i % n]
        while stack and nums[stack[-1]] < x:
            out[stack.pop()] = x
        if i < n:
            stack.append(i)
    return out
''',
        r"""
assert next_greater_circular([]) == []
assert next_greater_circular([7]) == [-1]
assert next_greater_circular([3, 3]) == [-1, -1]
assert next_greater_circular([1, 3, 2, 4]) == [3, 4, 4, -1]
assert next_greater_circular([-1, -2, 0]) == [0, 0, -1]
assert next_greater_circular([2, 1, 2, 4, 3]) == [4, 2, 4, -1, 4]
""",
    ),
    task(
        "hard",
        r'''
from collections import Counter


def count_subarrays_with_sum(nums: list[int], target: int) -> int:
    """Count the non-empty contiguous sublists of nums whose elements add up to target. nums may
    contain negative numbers and zeros, and may have up to 10_000 elements.
    >>> count_subarrays_with_sum([1, 1, 1], 2)
    2
    >>> count_subarrays_with_sum([1, -1, 0], 0)
    3
    """
    seen = Counter({0: 1})
    total = count = 0
    for x in nums:
        total += x
        count += seen[total - target]
        seen[total] += 1
    return count
''',
        r"""
assert count_subarrays_with_sum([], 0) == 0
assert count_subarrays_with_sum([0, 0, 0], 0) == 6
assert count_subarrays_with_sum([5], 5) == 1
assert count_subarrays_with_sum([3, 4, 7, 2, -3, 1, 4, 2], 7) == 4
assert count_subarrays_with_sum([1, 2, 3], 7) == 0
assert count_subarrays_with_sum([0] * 10000, 0) == 50005000
""",
    ),
    task(
        "hard",
        r'''
def max_product_of_three(nums: list[int]) -> int:
    """Return the largest product of three elements of nums taken from three different positions
    (len(nums) >= 3). Elements may be negative or zero.
    >>> max_product_of_three([1, 2, 3, 4])
    24
    >>> max_product_of_three([-10, -10, 1, 3, 2])
    300
    """
    s = sorted(nums)
    return max(s[-1] * s[-2] * s[-3], s[0] * s[1] * s[-1])
''',
        r"""
assert max_product_of_three([1, 2, 3]) == 6
assert max_product_of_three([-1, -2, -3]) == -6
assert max_product_of_three([-1, -2, -3, -4]) == -6
assert max_product_of_three([0, -1, 3, 100, -70, -50]) == 350000
assert max_product_of_three([0, 0, 0, -1]) == 0
assert max_product_of_three([-5, 0, 5]) == 0
""",
    ),
    task(
        "hard",
        r'''
def longest_k_distinct(nums: list[int], k: int) -> int:
    """Return the length of the longest contiguous stretch of nums that contains at most k distinct
    values (k >= 0). nums may have up to 10_000 elements.
    >>> longest_k_distinct([1, 2, 1, 2, 3], 2)
    4
    >>> longest_k_distinct([4, 4, 4], 0)
    0
    """
    counts = {}
    left = best = 0
    for right, x in enumerate(nums):
        counts[x] = counts.get(x, 0) + 1
        while len(counts) > k:
            y = nums[left]
            counts[y] -= 1
            if counts[y] == 0:
                del counts[y]
            left += 1
        best = max(best, right - left + 1)
    return best
''',
        r"""
assert longest_k_distinct([], 3) == 0
assert longest_k_distinct([1], 1) == 1
assert longest_k_distinct([1, 2, 3], 5) == 3
assert longest_k_distinct([1, 2, 3, 1, 2, 3], 1) == 1
assert longest_k_distinct([1, 1, 2, 2, 3, 3, 3, 1], 2) == 5
assert longest_k_distinct([-1, -1, 0, 0, -1, 7], 2) == 5
""",
    ),
    task(
        "easy",
        r'''
def sum_negative_values(nums: list[int]) -> int:
    """Return the sum of the negative elements of nums (those below 0). If there are none, the
    sum is 0.
    >>> sum_negative_values([4, -2, 7, -5])
    -7
    """
    return sum(x for x in nums if x < 0)
''',
        r"""
assert sum_negative_values([]) == 0
assert sum_negative_values([1, 2, 3]) == 0
assert sum_negative_values([-1]) == -1
assert sum_negative_values([0, -3, 3, -3]) == -6
assert sum_negative_values([-(10**6), 5, -(10**6)]) == -2 * 10**6
""",
    ),
    task(
        "easy",
        r'''
def product_of_nonzero(nums: list[int]) -> int:
    """Return the product of the non-zero elements of nums. When there are no non-zero elements
    (an empty list, or only zeros) the result is 1, the empty product.
    >>> product_of_nonzero([3, 0, 4, 0, 2])
    24
    """
    result = 1
    for x in nums:
        if x != 0:
            result *= x
    return result
''',
        r"""
assert product_of_nonzero([]) == 1
assert product_of_nonzero([0, 0]) == 1
assert product_of_nonzero([5]) == 5
assert product_of_nonzero([-2, 0, 3]) == -6
assert product_of_nonzero([-1, -1, 0, 4]) == 4
assert product_of_nonzero([10, 10, 10]) == 1000
""",
    ),
    task(
        "easy",
        r'''
def elementwise_max(a: list[int], b: list[int]) -> list[int]:
    """a and b have the same length. Return the list whose element i is the larger of a[i] and
    b[i].
    >>> elementwise_max([1, 7, 3], [4, 2, 3])
    [4, 7, 3]
    """
    return [max(x, y) for x, y in zip(a, b)]
''',
        r"""
assert elementwise_max([], []) == []
assert elementwise_max([0], [-1]) == [0]
assert elementwise_max([-5, -2], [-3, -4]) == [-3, -2]
assert elementwise_max([2, 2], [2, 2]) == [2, 2]
assert elementwise_max([1, 9, 0, 4], [8, 3, 0, 6]) == [8, 9, 0, 6]
""",
    ),
    task(
        "easy",
        r'''
def weighted_total(values: list[int], weights: list[int]) -> int:
    """values and weights have the same length. Return the sum of values[i] * weights[i] over all
    positions i (0 for two empty lists).
    >>> weighted_total([2, 3, 5], [1, 0, 2])
    12
    """
    return sum(v * w for v, w in zip(values, weights))
''',
        r"""
assert weighted_total([], []) == 0
assert weighted_total([7], [3]) == 21
assert weighted_total([1, 2, 3], [0, 0, 0]) == 0
assert weighted_total([-1, 2], [3, -4]) == -11
assert weighted_total([4, 4, 4], [1, 2, 3]) == 24
""",
    ),
    task(
        "easy",
        r'''
def without_value(items: list, value) -> list:
    """Return a new list holding the elements of items that are not equal to value, in their
    original order.
    >>> without_value([3, 1, 3, 2], 3)
    [1, 2]
    """
    return [x for x in items if x != value]
''',
        r"""
assert without_value([], 1) == []
assert without_value([2, 2, 2], 2) == []
assert without_value([1, 2, 3], 9) == [1, 2, 3]
assert without_value([0, 1, 0, -1], 0) == [1, -1]
assert without_value(["a", "b", "a", "c"], "a") == ["b", "c"]
""",
    ),
    task(
        "easy",
        r'''
def keep_multiples_of(nums: list[int], k: int) -> list[int]:
    """Return the elements of nums that are divisible by k (k >= 1), in their original order.
    0 and negative multiples count as multiples too.
    >>> keep_multiples_of([5, 10, 12, 15, 7], 5)
    [5, 10, 15]
    """
    return [x for x in nums if x % k == 0]
''',
        r"""
assert keep_multiples_of([], 3) == []
assert keep_multiples_of([1, 2, 4], 3) == []
assert keep_multiples_of([0, -6, 7, 9], 3) == [0, -6, 9]
assert keep_multiples_of([8], 1) == [8]
assert keep_multiples_of([4, 6, 8, 10], 4) == [4, 8]
""",
    ),
    task(
        "easy",
        r'''
def count_strictly_above(nums: list[int], threshold: int) -> int:
    """Count the elements of nums that are strictly greater than threshold.
    >>> count_strictly_above([3, 8, 1, 8, 10], 7)
    3
    """
    return sum(1 for x in nums if x > threshold)
''',
        r"""
assert count_strictly_above([], 0) == 0
assert count_strictly_above([5, 5, 5], 5) == 0
assert count_strictly_above([-1, -2, -3], -3) == 2
assert count_strictly_above([0, 1, 0, 1], 0) == 2
assert count_strictly_above([100], -100) == 1
assert count_strictly_above([1, 2, 3, 4, 5], 0) == 5
""",
    ),
    task(
        "easy",
        r'''
def indexes_of_value(items: list, target) -> list[int]:
    """Return, in increasing order, every index i with items[i] == target ([] if there is none).
    >>> indexes_of_value(["x", "y", "x"], "x")
    [0, 2]
    """
    return [i for i, x in enumerate(items) if x == target]
''',
        r"""
assert indexes_of_value([], 1) == []
assert indexes_of_value([1, 2, 3], 4) == []
assert indexes_of_value([0, 0, 0], 0) == [0, 1, 2]
assert indexes_of_value([3, -3, 3], -3) == [1]
assert indexes_of_value([5, 1, 5, 1, 5], 5) == [0, 2, 4]
""",
    ),
    task(
        "easy",
        r'''
def matrix_row_sums(matrix: list[list[int]]) -> list[int]:
    """Return the sum of every row of matrix (a list of rows), in row order. An empty row sums to
    0, and an empty matrix gives [].
    >>> matrix_row_sums([[1, 2, 3], [4, 5, 6]])
    [6, 15]
    """
    return [sum(row) for row in matrix]
''',
        r"""
assert matrix_row_sums([]) == []
assert matrix_row_sums([[5]]) == [5]
assert matrix_row_sums([[-1, 1], [0, 0], []]) == [0, 0, 0]
assert matrix_row_sums([[10, 20, 30]]) == [60]
assert matrix_row_sums([[1], [2], [3]]) == [1, 2, 3]
""",
    ),
    task(
        "easy",
        r'''
def matrix_column_sums(matrix: list[list[int]]) -> list[int]:
    """matrix is a rectangular list of rows with at least one row. Return the sum of every column,
    from the first column to the last.
    >>> matrix_column_sums([[1, 2, 3], [4, 5, 6]])
    [5, 7, 9]
    """
    return [sum(col) for col in zip(*matrix)]
''',
        r"""
assert matrix_column_sums([[5]]) == [5]
assert matrix_column_sums([[1], [2], [3]]) == [6]
assert matrix_column_sums([[1, 2, 3]]) == [1, 2, 3]
assert matrix_column_sums([[-1, 0], [1, 0]]) == [0, 0]
assert matrix_column_sums([[2, 4], [6, 8], [10, 12]]) == [18, 24]
""",
    ),
    task(
        "easy",
        r'''
def count_matching_positions(a: list, b: list) -> int:
    """a and b have the same length. Count the positions i at which a[i] == b[i].
    >>> count_matching_positions([1, 2, 3, 4], [1, 5, 3, 0])
    2
    """
    return sum(1 for x, y in zip(a, b) if x == y)
''',
        r"""
assert count_matching_positions([], []) == 0
assert count_matching_positions([1, 2, 3], [1, 2, 3]) == 3
assert count_matching_positions([1, 2, 3], [3, 2, 1]) == 1
assert count_matching_positions(["a", "b"], ["b", "a"]) == 0
assert count_matching_positions([0, 0, 5, 5], [0, 1, 5, 6]) == 2
""",
    ),
    task(
        "easy",
        r'''
def sorted_union(a: list[int], b: list[int]) -> list[int]:
    """Return, in ascending order and without repeats, every value that occurs in a, in b, or in
    both.
    >>> sorted_union([4, 1, 4], [3, 1])
    [1, 3, 4]
    """
    return sorted(set(a) | set(b))
''',
        r"""
assert sorted_union([], []) == []
assert sorted_union([3, 1, 3], [2]) == [1, 2, 3]
assert sorted_union([5], [5]) == [5]
assert sorted_union([-1, 0], [0, 1]) == [-1, 0, 1]
assert sorted_union([2, 2], []) == [2]
assert sorted_union([], [9, -9]) == [-9, 9]
""",
    ),
    task(
        "easy",
        r'''
def last_position_of(items: list, target) -> int:
    """Return the index of the last element of items equal to target, or -1 if target does not
    occur (like str.rfind).
    >>> last_position_of([2, 7, 2, 9], 2)
    2
    >>> last_position_of([1, 2], 5)
    -1
    """
    for i in range(len(items) - 1, -1, -1):
        if items[i] == target:
            return i
    return -1
''',
        r"""
assert last_position_of([], 1) == -1
assert last_position_of([5], 5) == 0
assert last_position_of([1, 2, 3], 4) == -1
assert last_position_of([0, 0, 7, 0], 0) == 3
assert last_position_of(["a", "b", "a", "b"], "b") == 3
assert last_position_of([3, 1, 2], 3) == 0
""",
    ),
    task(
        "easy",
        r'''
def clamp_each(nums: list[int], low: int, high: int) -> list[int]:
    """Return nums with every element limited to the range low..high (low <= high): values below
    low become low, values above high become high, the others stay as they are.
    >>> clamp_each([-3, 4, 12], 0, 10)
    [0, 4, 10]
    """
    return [min(max(x, low), high) for x in nums]
''',
        r"""
assert clamp_each([], 0, 1) == []
assert clamp_each([-5, 0, 5], -1, 1) == [-1, 0, 1]
assert clamp_each([3], 3, 3) == [3]
assert clamp_each([10, 20, 30], 15, 25) == [15, 20, 25]
assert clamp_each([1, 2], 0, 10) == [1, 2]
assert clamp_each([-100, 100], -50, -10) == [-50, -10]
""",
    ),
    task(
        "medium",
        r'''
def sorted_evens_text(nums: list[int]) -> str:
    """Take the even elements of nums (negative ones and 0 included), sort them in ascending order
    and return them as one string, separated by ', ' (a comma and a space). If nums has no even
    element, return ''.
    >>> sorted_evens_text([7, 4, 1, 2, 8])
    '2, 4, 8'
    """
    evens = sorted(x for x in nums if x % 2 == 0)
    return ", ".join(str(x) for x in evens)
''',
        r"""
assert sorted_evens_text([]) == ""
assert sorted_evens_text([1, 3, 5]) == ""
assert sorted_evens_text([4, 2, 3]) == "2, 4"
assert sorted_evens_text([-2, 0, 2, -2]) == "-2, -2, 0, 2"
assert sorted_evens_text([10]) == "10"
assert sorted_evens_text([6, 5, 6]) == "6, 6"
""",
    ),
    task(
        "medium",
        r'''
def max_sorted_gap(nums: list[int]) -> int:
    """nums has at least two elements. Sort them in ascending order and return the largest
    difference between two neighbouring values of the sorted list.
    >>> max_sorted_gap([9, 2, 5, 14])
    5
    """
    s = sorted(nums)
    return max(b - a for a, b in zip(s, s[1:]))
''',
        r"""
assert max_sorted_gap([1, 10]) == 9
assert max_sorted_gap([3, 1, 2]) == 1
assert max_sorted_gap([5, 5]) == 0
assert max_sorted_gap([-10, 0, 4, 20]) == 16
assert max_sorted_gap([7, 1, 4, 100, 50]) == 50
assert max_sorted_gap([20, -20]) == 40
""",
    ),
    task(
        "medium",
        r'''
def index_of_heaviest_row(matrix: list[list[int]]) -> int:
    """matrix is a non-empty list of rows (a row may be empty and then sums to 0). Return the index
    of the row with the largest sum; if several rows share it, the first of them (as max() does).
    >>> index_of_heaviest_row([[1, 1], [5], [2, 2]])
    1
    """
    return max(range(len(matrix)), key=lambda i: sum(matrix[i]))
''',
        r"""
assert index_of_heaviest_row([[5]]) == 0
assert index_of_heaviest_row([[1, 2], [3, 4]]) == 1
assert index_of_heaviest_row([[-1, -2], [-5, 0], [-1]]) == 2
assert index_of_heaviest_row([[10], [1, 2, 3], [0]]) == 0
assert index_of_heaviest_row([[], [0, 1]]) == 1
assert index_of_heaviest_row([[0], [-4, 3], [2, 2, -1]]) == 2
""",
    ),
    task(
        "medium",
        r'''
def sum_of_row_maxima(matrix: list[list[int]]) -> int:
    """matrix is a list of non-empty rows. Take the largest value of every row and return the sum
    of those values (0 for an empty matrix).
    >>> sum_of_row_maxima([[3, 9, 1], [4, 2]])
    13
    """
    return sum(max(row) for row in matrix)
''',
        r"""
assert sum_of_row_maxima([]) == 0
assert sum_of_row_maxima([[7]]) == 7
assert sum_of_row_maxima([[1, 5], [3, 2]]) == 8
assert sum_of_row_maxima([[-1, -2], [-3]]) == -4
assert sum_of_row_maxima([[0, 0], [0]]) == 0
assert sum_of_row_maxima([[2, 2, 2], [9, 1], [4, 8]]) == 19
""",
    ),
    task(
        "medium",
        r'''
def above_average(nums: list[int]) -> list[int]:
    """nums is non-empty. Compute the average (arithmetic mean) of nums and return, in their
    original order, the elements strictly greater than it.
    >>> above_average([1, 5, 2, 8])
    [5, 8]
    """
    mean = sum(nums) / len(nums)
    return [x for x in nums if x > mean]
''',
        r"""
assert above_average([5]) == []
assert above_average([1, 2, 3, 4]) == [3, 4]
assert above_average([2, 2, 2]) == []
assert above_average([-3, 0, 3, 10]) == [3, 10]
assert above_average([10, 1, 1]) == [10]
assert above_average([-1, -2, -3]) == [-1]
""",
    ),
    task(
        "medium",
        r'''
def positions_of_minimum(nums: list[int]) -> list[int]:
    """nums is non-empty. Return, in increasing order, every index at which the smallest value of
    nums occurs.
    >>> positions_of_minimum([4, 2, 6, 2])
    [1, 3]
    """
    smallest = min(nums)
    return [i for i, x in enumerate(nums) if x == smallest]
''',
        r"""
assert positions_of_minimum([3, 1, 2, 1]) == [1, 3]
assert positions_of_minimum([5]) == [0]
assert positions_of_minimum([-2, -2, -2]) == [0, 1, 2]
assert positions_of_minimum([0, -1, 1]) == [1]
assert positions_of_minimum([4, 9, 4, 7]) == [0, 2]
""",
    ),
    task(
        "easy",
        r'''
def square_every_element(nums: list[int]) -> list[int]:
    """Return a new list holding the square of every element of nums, in the same order.
    >>> square_every_element([1, -2, 3])
    [1, 4, 9]
    """
    return [x * x for x in nums]
''',
        r"""
assert square_every_element([]) == []
assert square_every_element([0]) == [0]
assert square_every_element([-5, 5]) == [25, 25]
assert square_every_element([10, -1, 2]) == [100, 1, 4]
assert square_every_element([7]) == [49]
""",
    ),
    task(
        "easy",
        r'''
def max_minus_min_value(nums: list[int]) -> int:
    """nums is non-empty. Return its largest element minus its smallest element.
    >>> max_minus_min_value([4, 9, 1])
    8
    """
    return max(nums) - min(nums)
''',
        r"""
assert max_minus_min_value([5]) == 0
assert max_minus_min_value([-3, 3]) == 6
assert max_minus_min_value([2, 2, 2]) == 0
assert max_minus_min_value([-10, -4, -7]) == 6
assert max_minus_min_value([100, 0, 50, -1]) == 101
""",
    ),
    task(
        "easy",
        r'''
def tally_even_elements(nums: list[int]) -> int:
    """Return how many elements of nums are even (0 and negative even numbers count as even).
    >>> tally_even_elements([1, 2, 3, 4])
    2
    """
    return sum(1 for x in nums if x % 2 == 0)
''',
        r"""
assert tally_even_elements([]) == 0
assert tally_even_elements([1, 3]) == 0
assert tally_even_elements([0]) == 1
assert tally_even_elements([-2, -3, 4]) == 2
assert tally_even_elements([2, 2, 2, 5]) == 3
assert tally_even_elements([6, 8, 10, 12, 1]) == 4
""",
    ),
    task(
        "easy",
        r'''
def mirror_matrix_rows(matrix: list[list[int]]) -> list[list[int]]:
    """Return a new matrix (a list of rows) in which every row of matrix is reversed.
    >>> mirror_matrix_rows([[1, 2, 3], [4, 5, 6]])
    [[3, 2, 1], [6, 5, 4]]
    """
    return [row[::-1] for row in matrix]
''',
        r"""
assert mirror_matrix_rows([]) == []
assert mirror_matrix_rows([[7]]) == [[7]]
assert mirror_matrix_rows([[1, 2], [3, 4], [5, 6]]) == [[2, 1], [4, 3], [6, 5]]
assert mirror_matrix_rows([[], [1, 0]]) == [[], [0, 1]]
assert mirror_matrix_rows([[-1, -2, -3, -4]]) == [[-4, -3, -2, -1]]
""",
    ),
    task(
        "easy",
        r'''
def occurrences_of_item(items: list, target) -> int:
    """Return how many elements of items are equal to target.
    >>> occurrences_of_item([3, 5, 3], 3)
    2
    """
    return items.count(target)
''',
        r"""
assert occurrences_of_item([], 1) == 0
assert occurrences_of_item([1, 2, 1, 1], 1) == 3
assert occurrences_of_item(["a", "b"], "c") == 0
assert occurrences_of_item([0, 0], 0) == 2
assert occurrences_of_item([-1, 1, -1], -1) == 2
""",
    ),
    task(
        "easy",
        r'''
def total_string_length(words: list[str]) -> int:
    """Return the total number of characters in all the strings of words together.
    >>> total_string_length(["ab", "cde"])
    5
    """
    return sum(len(w) for w in words)
''',
        r"""
assert total_string_length([]) == 0
assert total_string_length([""]) == 0
assert total_string_length(["a"]) == 1
assert total_string_length(["hello", "", "xy"]) == 7
assert total_string_length(["abc", "abc", "abc", "d"]) == 10
""",
    ),
    task(
        "easy",
        r'''
def skip_first_items(items: list, n: int) -> list:
    """n >= 0. Return a new list with the elements of items after the first n of them, in order
    (an empty list when n >= len(items)).
    >>> skip_first_items([1, 2, 3, 4], 2)
    [3, 4]
    """
    return items[n:]
''',
        r"""
assert skip_first_items([], 3) == []
assert skip_first_items([5, 6], 0) == [5, 6]
assert skip_first_items([5, 6], 5) == []
assert skip_first_items(["a", "b", "c"], 1) == ["b", "c"]
assert skip_first_items([1, 1, 2], 2) == [2]
""",
    ),
    task(
        "easy",
        r'''
def scale_list_by(nums: list[int], k: int) -> list[int]:
    """Return a new list with every element of nums multiplied by k, in the same order.
    >>> scale_list_by([1, 2, 3], 3)
    [3, 6, 9]
    """
    return [x * k for x in nums]
''',
        r"""
assert scale_list_by([], 5) == []
assert scale_list_by([4, -2], 0) == [0, 0]
assert scale_list_by([4, -2], -1) == [-4, 2]
assert scale_list_by([7], 1) == [7]
assert scale_list_by([10, 20, 30], 2) == [20, 40, 60]
""",
    ),
]
