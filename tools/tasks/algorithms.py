"""Algorithms: searching, sorting variants, greedy choices and dynamic programming."""

from tools.tasks._spec import task

CATEGORY = "algorithms"

TASKS = [
    task(
        "easy",
        r'''
def first_index(nums: list[int], target: int) -> int:
    """nums is sorted in non-decreasing order and may contain duplicates. Return the index of the
    first occurrence of target, or -1 if target does not occur. nums can be very long, so use
    binary search.
    >>> first_index([1, 2, 2, 2, 3], 2)
    1
    >>> first_index([1, 3], 2)
    -1
    """
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(nums) and nums[lo] == target else -1
''',
        r"""
assert first_index([], 1) == -1
assert first_index([5], 5) == 0
assert first_index([1, 1, 1], 1) == 0
assert first_index([1, 2, 3], 3) == 2
assert first_index([-5, -5, 0], -5) == 0
assert first_index([2, 2], 3) == -1
assert first_index(list(range(0, 2000000, 2)), 1999998) == 999999
""",
    ),
    task(
        "easy",
        r'''
def insert_position(nums: list[int], x: int) -> int:
    """nums is sorted in non-decreasing order. Return the index at which x should be inserted to keep
    nums sorted, placing x before any elements equal to it.
    >>> insert_position([1, 3, 5, 6], 5)
    2
    >>> insert_position([1, 3, 5, 6], 7)
    4
    """
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
''',
        r"""
assert insert_position([], 3) == 0
assert insert_position([1], 0) == 0
assert insert_position([1], 1) == 0
assert insert_position([1], 2) == 1
assert insert_position([2, 2, 2], 2) == 0
assert insert_position([1, 2, 2, 3], 3) == 3
assert insert_position([-3, -1], -2) == 1
""",
    ),
    task(
        "easy",
        r'''
def max_profit(prices: list[int]) -> int:
    """prices[i] is the price of a stock on day i. Return the largest profit from buying on one day
    and selling on a later day, or 0 if no such trade makes a profit.
    >>> max_profit([7, 1, 5, 3, 6, 4])
    5
    """
    best = 0
    low = None
    for p in prices:
        if low is None or p < low:
            low = p
        best = max(best, p - low)
    return best
''',
        r"""
assert max_profit([]) == 0
assert max_profit([5]) == 0
assert max_profit([5, 4, 3]) == 0
assert max_profit([1, 2]) == 1
assert max_profit([3, 8, 1, 6]) == 5
assert max_profit([2, 4, 1, 10]) == 9
""",
    ),
    task(
        "easy",
        r'''
def count_climbs(n: int, steps: list[int]) -> int:
    """Count the ways to climb a staircase of n stairs (n >= 0) when every move climbs a number of
    stairs taken from steps (distinct positive integers); the order of the moves matters, and there
    is exactly one way to climb 0 stairs. n can be in the hundreds.
    >>> count_climbs(4, [1, 2])
    5
    """
    ways = [1] + [0] * n
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if s <= i)
    return ways[n]
''',
        r"""
assert count_climbs(0, [1]) == 1
assert count_climbs(3, [2]) == 0
assert count_climbs(4, [2]) == 1
assert count_climbs(5, [1, 3, 5]) == 5
assert count_climbs(10, [1, 2]) == 89
assert count_climbs(60, [1, 2]) == 2504730781961
""",
    ),
    task(
        "easy",
        r'''
def competition_ranks(scores: list[int]) -> list[int]:
    """Rank scores the way sports competitions do: the highest score gets rank 1, equal scores share a
    rank, and the rank of a score is 1 plus the number of scores strictly higher than it (so after
    two scores tied for 2nd place comes 4th place).
    >>> competition_ranks([100, 90, 90, 80])
    [1, 2, 2, 4]
    """
    return [1 + sum(1 for other in scores if other > s) for s in scores]
''',
        r"""
assert competition_ranks([]) == []
assert competition_ranks([5]) == [1]
assert competition_ranks([1, 1]) == [1, 1]
assert competition_ranks([10, 20, 30]) == [3, 2, 1]
assert competition_ranks([90, 100, 90, 80, 100]) == [3, 1, 3, 5, 1]
""",
    ),
    task(
        "easy",
        r'''
def sort_words(words: list[str]) -> list[str]:
    """Sort words by length, shortest first. Words of the same length are ordered alphabetically
    ignoring case, and words that are equal ignoring case keep their original order.
    >>> sort_words(["pear", "Fig", "apple", "kiwi", "date"])
    ['Fig', 'date', 'kiwi', 'pear', 'apple']
    """
    return sorted(words, key=lambda w: (len(w), w.lower()))
''',
        r"""
assert sort_words([]) == []
assert sort_words(["b", "A", "a"]) == ["A", "a", "b"]
assert sort_words(["bb", "a", "ccc"]) == ["a", "bb", "ccc"]
assert sort_words(["Zed", "abc"]) == ["abc", "Zed"]
assert sort_words(["", "x", ""]) == ["", "", "x"]
""",
    ),
    task(
        "easy",
        r'''
def find_peak(nums: list[int]) -> int:
    """Return the index of the first peak of nums: an element strictly greater than each of its
    neighbours (the first and last elements have only one neighbour, and the only element of a
    one-element list is a peak). Return -1 if there is no peak.
    >>> find_peak([1, 3, 2, 4, 1])
    1
    >>> find_peak([2, 2])
    -1
    """
    for i, x in enumerate(nums):
        if (i == 0 or x > nums[i - 1]) and (i == len(nums) - 1 or x > nums[i + 1]):
            return i
    return -1
''',
        r"""
assert find_peak([]) == -1
assert find_peak([7]) == 0
assert find_peak([1, 2]) == 1
assert find_peak([2, 1]) == 0
assert find_peak([1, 1, 1]) == -1
assert find_peak([1, 2, 2, 3, 1]) == 3
""",
    ),
    task(
        "easy",
        r'''
def missing_number(nums: list[int]) -> int:
    """nums holds n distinct numbers taken from 0, 1, ..., n, so exactly one of those numbers is
    missing. Return it.
    >>> missing_number([3, 0, 1])
    2
    """
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
''',
        r"""
assert missing_number([]) == 0
assert missing_number([0]) == 1
assert missing_number([1]) == 0
assert missing_number([0, 1, 2, 4]) == 3
assert missing_number(list(range(100000))) == 100000
assert missing_number([i for i in range(1001) if i != 500]) == 500
""",
    ),
    task(
        "easy",
        r'''
def is_rotated_sorted(nums: list[int]) -> bool:
    """Return True if nums can be obtained by rotating a list sorted in non-decreasing order, that is
    by moving some elements (possibly none) from its front to its back, keeping their order.
    >>> is_rotated_sorted([3, 4, 5, 1, 2])
    True
    >>> is_rotated_sorted([2, 1, 3, 4])
    False
    """
    n = len(nums)
    return sum(1 for i in range(n) if nums[i] > nums[(i + 1) % n]) <= 1
''',
        r"""
assert is_rotated_sorted([]) is True
assert is_rotated_sorted([1]) is True
assert is_rotated_sorted([1, 1, 1]) is True
assert is_rotated_sorted([2, 1]) is True
assert is_rotated_sorted([1, 2, 3]) is True
assert is_rotated_sorted([3, 1, 2, 1]) is False
assert is_rotated_sorted([2, 2, 1, 2]) is True
""",
    ),
    task(
        "easy",
        r'''
def matrix_contains(matrix: list[list[int]], target: int) -> bool:
    """Every row of matrix is sorted in increasing order from left to right and every column from top
    to bottom. Return True if target occurs in matrix.
    >>> matrix_contains([[1, 4, 7], [2, 5, 8], [3, 6, 9]], 5)
    True
    """
    if not matrix or not matrix[0]:
        return False
    r, c = 0, len(matrix[0]) - 1
    while r < len(matrix) and c >= 0:
        v = matrix[r][c]
        if v == target:
            return True
        if v > target:
            c -= 1
        else:
            r += 1
    return False
''',
        r"""
assert matrix_contains([], 1) is False
assert matrix_contains([[]], 1) is False
assert matrix_contains([[1]], 1) is True
assert matrix_contains([[1, 3], [2, 4]], 5) is False
assert matrix_contains([[-5, 0], [-4, 10]], -4) is True
big = [[i + j for j in range(300)] for i in range(300)]
assert matrix_contains(big, 598) is True and matrix_contains(big, 599) is False
""",
    ),
    task(
        "easy",
        r'''
def min_stair_cost(cost: list[int]) -> int:
    """cost[i] is the price of stepping on stair i. You start below the stairs and may first step on
    stair 0 or stair 1; from stair i you may step to stair i + 1 or i + 2. Return the minimum total
    price to reach the top, which is the position just after the last stair (index len(cost)).
    >>> min_stair_cost([10, 15, 20])
    15
    """
    two_back = one_back = 0
    for i in range(2, len(cost) + 1):
        two_back, one_back = one_back, min(one_back + cost[i - 1], two_back + cost[i - 2])
    return one_back
''',
        r"""
assert min_stair_cost([]) == 0
assert min_stair_cost([5]) == 0
assert min_stair_cost([1, 100]) == 1
assert min_stair_cost([1, 100, 1, 1, 1, 100, 1, 1, 100, 1]) == 6
assert min_stair_cost([0, 0, 0, 0]) == 0
""",
    ),
    task(
        "easy",
        r'''
from collections import Counter


def pair_with_sum(nums: list[int], target: int) -> tuple[int, int] | None:
    """nums is sorted in non-decreasing order. Find two elements at different positions whose sum is
    target and return them as (smaller, larger), choosing the pair with the smallest possible first
    value; return None if there is no such pair.
    >>> pair_with_sum([1, 2, 4, 7, 11], 9)
    (2, 7)
    """
    counts = Counter(nums)
    for x in nums:
        y = target - x
        if y >= x and counts[y] > (1 if y == x else 0):
            return x, y
    return None
''',
        r"""
assert pair_with_sum([], 0) is None
assert pair_with_sum([5], 10) is None
assert pair_with_sum([5, 5], 10) == (5, 5)
assert pair_with_sum([1, 2, 3, 4, 5], 6) == (1, 5)
assert pair_with_sum([-3, 0, 3], 0) == (-3, 3)
assert pair_with_sum([1, 1, 1], 3) is None
""",
    ),
    task(
        "easy",
        r'''
import heapq


def merge_k_sorted(lists: list[list[int]]) -> list[int]:
    """Merge several lists, each sorted in non-decreasing order, into one sorted list that holds all
    of their elements.
    >>> merge_k_sorted([[1, 4, 5], [1, 3, 4], [2, 6]])
    [1, 1, 2, 3, 4, 4, 5, 6]
    """
    return list(heapq.merge(*lists))
''',
        r"""
assert merge_k_sorted([]) == []
assert merge_k_sorted([[]]) == []
assert merge_k_sorted([[], [1]]) == [1]
assert merge_k_sorted([[5], [1], [3]]) == [1, 3, 5]
assert merge_k_sorted([[-1, -1], [-2, 10]]) == [-2, -1, -1, 10]
""",
    ),
    task(
        "medium",
        r'''
def can_reach_end(jumps: list[int]) -> bool:
    """You start at index 0 of the non-empty list jumps; from index i you may jump forward by any
    number of positions from 0 to jumps[i]. Return True if you can reach the last index (a list of
    length 1 is already there). jumps may have 100_000 elements.
    >>> can_reach_end([2, 3, 1, 1, 4])
    True
    >>> can_reach_end([3, 2, 1, 0, 4])
    False
    """
    reach = 0
    for i, j in enumerate(jumps):
        if i > reach:
            return False
        reach = max(reach, i + j)
    return True
''',
        r"""
assert can_reach_end([0]) is True
assert can_reach_end([1, 0]) is True
assert can_reach_end([0, 1]) is False
assert can_reach_end([2, 0, 0]) is True
assert can_reach_end([1, 1, 0, 1]) is False
assert can_reach_end([5] + [0] * 5) is True
assert can_reach_end([1] * 100000) is True
""",
    ),
    task(
        "medium",
        r'''
def max_non_adjacent_sum(values: list[int]) -> int:
    """Choose elements of values (non-negative integers), no two of them adjacent in the list, so that
    their sum is as large as possible, and return that sum (0 for an empty list).
    >>> max_non_adjacent_sum([2, 7, 9, 3, 1])
    12
    """
    take = skip = 0
    for v in values:
        take, skip = skip + v, max(take, skip)
    return max(take, skip)
''',
        r"""
assert max_non_adjacent_sum([]) == 0
assert max_non_adjacent_sum([5]) == 5
assert max_non_adjacent_sum([5, 1]) == 5
assert max_non_adjacent_sum([1, 5, 1]) == 5
assert max_non_adjacent_sum([2, 1, 1, 2]) == 4
assert max_non_adjacent_sum([0] * 10) == 0
assert max_non_adjacent_sum([10**9] * 1000) == 500 * 10**9
""",
    ),
    task(
        "medium",
        r'''
def lcs_length(a: str, b: str) -> int:
    """Return the length of the longest common subsequence of a and b: the longest sequence of
    characters that appears in both strings in the same order, not necessarily contiguously.
    >>> lcs_length("abcde", "ace")
    3
    """
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
''',
        r"""
assert lcs_length("", "abc") == 0
assert lcs_length("abc", "def") == 0
assert lcs_length("abc", "abc") == 3
assert lcs_length("AGGTAB", "GXTXAYB") == 4
assert lcs_length("aaaa", "aa") == 2
assert lcs_length("ab" * 200, "ba" * 200) == 399
""",
    ),
    task(
        "medium",
        r'''
def edit_distance(a: str, b: str) -> int:
    """Return the minimum number of single-character insertions, deletions and substitutions that
    turn a into b.
    >>> edit_distance("kitten", "sitting")
    3
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
''',
        r"""
assert edit_distance("", "") == 0
assert edit_distance("", "abc") == 3
assert edit_distance("abc", "") == 3
assert edit_distance("flaw", "lawn") == 2
assert edit_distance("intention", "execution") == 5
assert edit_distance("same", "same") == 0
assert edit_distance("ab", "ba") == 2
""",
    ),
    task(
        "medium",
        r'''
import bisect


def lis_length(nums: list[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of nums (elements kept in
    their original order, not necessarily contiguous). nums has at most 2000 elements.
    >>> lis_length([10, 9, 2, 5, 3, 7, 101, 18])
    4
    """
    tails = []
    for x in nums:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
''',
        r"""
assert lis_length([]) == 0
assert lis_length([5]) == 1
assert lis_length([3, 3, 3]) == 1
assert lis_length([1, 2, 3]) == 3
assert lis_length([3, 2, 1]) == 1
assert lis_length([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]) == 6
assert lis_length([i % 100 for i in range(2000)]) == 100
""",
    ),
    task(
        "medium",
        r'''
def knapsack(weights: list[int], values: list[int], capacity: int) -> int:
    """0/1 knapsack: item i has weight weights[i] >= 1 and value values[i], and can be taken at most
    once. Return the largest total value of items whose total weight is at most capacity.
    >>> knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7)
    9
    """
    best = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    return best[capacity]
''',
        r"""
assert knapsack([], [], 10) == 0
assert knapsack([5], [10], 4) == 0
assert knapsack([5], [10], 5) == 10
assert knapsack([1, 1, 1], [1, 2, 3], 2) == 5
assert knapsack([10, 20, 30], [60, 100, 120], 50) == 220
assert knapsack([2] * 10, [3] * 10, 9) == 12
""",
    ),
    task(
        "medium",
        r'''
def min_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins that pay exactly amount (>= 0) using unlimited coins of the given
    positive denominations, or -1 if it cannot be done. Always taking the largest coin that fits
    does not always give the fewest coins.
    >>> min_coins([1, 3, 4], 6)
    2
    """
    best = [0] + [-1] * amount
    for x in range(1, amount + 1):
        options = [best[x - c] for c in coins if c <= x and best[x - c] >= 0]
        best[x] = min(options) + 1 if options else -1
    return best[amount]
''',
        r"""
assert min_coins([1], 0) == 0
assert min_coins([2], 3) == -1
assert min_coins([1, 2, 5], 11) == 3
assert min_coins([3, 7], 5) == -1
assert min_coins([1, 5, 10, 25], 63) == 6
assert min_coins([186, 419, 83, 408], 6249) == 20
""",
    ),
    task(
        "medium",
        r'''
def count_coin_ways(coins: list[int], amount: int) -> int:
    """Count the ways to pay exactly amount (>= 0) with unlimited coins of the given distinct
    positive denominations, where the order of the coins does not matter; paying 0 has one way.
    >>> count_coin_ways([1, 2, 5], 5)
    4
    """
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]
''',
        r"""
assert count_coin_ways([2], 3) == 0
assert count_coin_ways([7], 0) == 1
assert count_coin_ways([10], 10) == 1
assert count_coin_ways([3, 5, 7], 12) == 2
assert count_coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200) == 73682
""",
    ),
    task(
        "medium",
        r'''
def can_split_equal(nums: list[int]) -> bool:
    """Return True if the positive integers in nums can be divided into two groups with equal sums
    (every element goes into exactly one group; an empty list counts as two empty groups).
    >>> can_split_equal([1, 5, 11, 5])
    True
    >>> can_split_equal([1, 2, 3, 5])
    False
    """
    total = sum(nums)
    if total % 2:
        return False
    reachable = {0}
    for x in nums:
        reachable |= {r + x for r in reachable if r + x <= total // 2}
    return total // 2 in reachable
''',
        r"""
assert can_split_equal([]) is True
assert can_split_equal([1]) is False
assert can_split_equal([2, 2]) is True
assert can_split_equal([3, 3, 3, 3]) is True
assert can_split_equal([1, 1, 1]) is False
assert can_split_equal([100] * 50 + [1, 1]) is True
assert can_split_equal([2, 3, 4, 7, 10]) is True
""",
    ),
    task(
        "medium",
        r'''
def min_path_sum(grid: list[list[int]]) -> int:
    """Return the smallest sum of the values on a path from the top-left to the bottom-right cell of
    a non-empty rectangular grid of non-negative integers, moving only right or down.
    >>> min_path_sum([[1, 3, 1], [1, 5, 1], [4, 2, 1]])
    7
    """
    cols = len(grid[0])
    best = [0] * cols
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if r == 0 and c == 0:
                best[c] = v
            elif r == 0:
                best[c] = best[c - 1] + v
            elif c == 0:
                best[c] = best[c] + v
            else:
                best[c] = min(best[c], best[c - 1]) + v
    return best[-1]
''',
        r"""
assert min_path_sum([[5]]) == 5
assert min_path_sum([[1, 2, 3]]) == 6
assert min_path_sum([[1], [2], [3]]) == 6
assert min_path_sum([[1, 2], [1, 1]]) == 3
assert min_path_sum([[0] * 100 for _ in range(100)]) == 0
assert min_path_sum([[1, 9, 9], [1, 9, 9], [1, 1, 1]]) == 5
""",
    ),
    task(
        "medium",
        r'''
def max_meetings(meetings: list[tuple[int, int]]) -> int:
    """meetings are (start, end) pairs with start < end. Return the largest number of meetings one
    person can attend from start to end, attending at most one at a time; a meeting may start
    exactly when the previous one ends.
    >>> max_meetings([(1, 3), (2, 5), (3, 9), (6, 8)])
    2
    """
    count = 0
    free_at = None
    for start, end in sorted(meetings, key=lambda m: m[1]):
        if free_at is None or start >= free_at:
            count += 1
            free_at = end
    return count
''',
        r"""
assert max_meetings([]) == 0
assert max_meetings([(0, 1)]) == 1
assert max_meetings([(1, 2), (2, 3), (3, 4)]) == 3
assert max_meetings([(1, 10), (2, 3), (4, 5)]) == 2
assert max_meetings([(1, 2)] * 3) == 1
assert max_meetings([(5, 9), (1, 2), (3, 4), (0, 6), (5, 7), (8, 9)]) == 4
""",
    ),
    task(
        "medium",
        r'''
def start_station(gas: list[int], cost: list[int]) -> int:
    """Stations 0..n-1 lie on a circular road. At station i you can take gas[i] units of fuel, and
    driving from station i to the next one (station 0 after the last) uses cost[i] units. Starting
    with an empty tank, return the smallest index of a station from which you can drive once
    around the whole circle without the tank ever going negative, or -1 if there is none.
    >>> start_station([1, 2, 3, 4, 5], [3, 4, 5, 1, 2])
    3
    """
    if sum(gas) < sum(cost):
        return -1
    start = tank = 0
    for i, (g, c) in enumerate(zip(gas, cost)):
        tank += g - c
        if tank < 0:
            start, tank = i + 1, 0
    return start
''',
        r"""
assert start_station([2, 3, 4], [3, 4, 3]) == -1
assert start_station([5], [4]) == 0
assert start_station([4], [5]) == -1
assert start_station([1, 1, 1], [1, 1, 1]) == 0
assert start_station([0, 0, 10], [3, 3, 3]) == 2
assert start_station([3, 1, 1], [1, 2, 2]) == 0
""",
    ),
    task(
        "medium",
        r'''
def can_segment(text: str, words: list[str]) -> bool:
    """Return True if text can be split into a sequence of words from words (each usable any number
    of times); the empty text needs no words, so it gives True. text can be a few hundred
    characters long.
    >>> can_segment("applepenapple", ["apple", "pen"])
    True
    >>> can_segment("catsandog", ["cats", "dog", "sand", "and", "cat"])
    False
    """
    vocabulary = set(words)
    ok = [True] + [False] * len(text)
    for j in range(1, len(text) + 1):
        ok[j] = any(ok[i] and text[i:j] in vocabulary for i in range(j))
    return ok[-1]
''',
        r"""
assert can_segment("", []) is True
assert can_segment("a", []) is False
assert can_segment("aaaa", ["aa"]) is True
assert can_segment("aaaaa", ["aa"]) is False
assert can_segment("leetcode", ["leet", "code"]) is True
assert can_segment("a" * 200 + "b", ["a", "aa", "aaa"]) is False
""",
    ),
    task(
        "medium",
        r'''
def decode_ways(digits: str) -> int:
    """A message of capital letters was encoded as digits with A -> '1', B -> '2', ..., Z -> '26'.
    Return the number of ways to decode digits back into letters; codes have no leading zeros, so
    '06' is not a code. The empty string has one decoding, and digits can be hundreds long.
    >>> decode_ways("226")
    3
    >>> decode_ways("06")
    0
    """
    prev, cur = 0, 1
    for i, d in enumerate(digits):
        nxt = cur if d != "0" else 0
        if i > 0 and digits[i - 1] != "0" and int(digits[i - 1 : i + 1]) <= 26:
            nxt += prev
        prev, cur = cur, nxt
    return cur
''',
        r"""
assert decode_ways("") == 1
assert decode_ways("0") == 0
assert decode_ways("10") == 1
assert decode_ways("27") == 1
assert decode_ways("1111") == 5
assert decode_ways("100") == 0
assert decode_ways("2101") == 1
assert decode_ways("1" * 100) == 573147844013817084101
""",
    ),
    task(
        "medium",
        r'''
def search_rotated(nums: list[int], target: int) -> int:
    """nums is a list of distinct integers sorted in increasing order and then rotated (some elements
    moved from its front to its back). Return the index of target, or -1 if it does not occur.
    >>> search_rotated([4, 5, 6, 7, 0, 1, 2], 0)
    4
    """
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif nums[mid] < target <= nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
''',
        r"""
assert search_rotated([], 1) == -1
assert search_rotated([1], 1) == 0
assert search_rotated([1], 2) == -1
assert search_rotated([3, 1], 1) == 1
assert search_rotated([5, 1, 3], 5) == 0
assert search_rotated([4, 5, 6, 7, 0, 1, 2], 3) == -1
assert search_rotated(list(range(500000, 1000000)) + list(range(500000)), 123) == 500123
""",
    ),
    task(
        "medium",
        r'''
def largest_square(grid: list[str]) -> int:
    """grid is a list of equal-length strings of '0' and '1'. Return the area of the largest square
    made only of '1' cells (0 if there is none).
    >>> largest_square(["10100", "10111", "11111", "10010"])
    4
    """
    best = 0
    prev = []
    for row in grid:
        cur = []
        for c, v in enumerate(row):
            if v == "1":
                size = 1 if c == 0 or not prev else 1 + min(prev[c], prev[c - 1], cur[c - 1])
            else:
                size = 0
            cur.append(size)
            best = max(best, size)
        prev = cur
    return best * best
''',
        r"""
assert largest_square([]) == 0
assert largest_square(["0"]) == 0
assert largest_square(["1"]) == 1
assert largest_square(["11", "11"]) == 4
assert largest_square(["111", "111", "110"]) == 4
assert largest_square(["1111"] * 4) == 16
assert largest_square(["01", "10"]) == 1
""",
    ),
    task(
        "medium",
        r'''
from functools import cmp_to_key


def largest_number(nums: list[int]) -> str:
    """Arrange the non-negative integers in nums (not empty) so that their decimal representations,
    concatenated, form the largest possible number; return it as a string without leading zeros
    ('0' if the number is zero).
    >>> largest_number([3, 30, 34, 5, 9])
    '9534330'
    """
    parts = [str(n) for n in nums]
    parts.sort(key=cmp_to_key(lambda a, b: (a + b < b + a) - (a + b > b + a)))
    return "".join(parts).lstrip("0") or "0"
''',
        r"""
assert largest_number([0]) == "0"
assert largest_number([0, 0]) == "0"
assert largest_number([10, 2]) == "210"
assert largest_number([1]) == "1"
assert largest_number([121, 12]) == "12121"
assert (
    largest_number([824, 938, 1399, 5607, 6973, 5703, 9609, 4398, 8247])
    == "9609938824824769735703560743981399"
)
""",
    ),
    task(
        "hard",
        r'''
def longest_palindrome_substring(s: str) -> str:
    """Return the longest contiguous substring of s that reads the same forwards and backwards; if
    several have the maximal length, return the leftmost one. s may have a few thousand characters.
    >>> longest_palindrome_substring("babad")
    'bab'
    >>> longest_palindrome_substring("cbbd")
    'bb'
    """
    best = (0, 0)
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo, hi = lo - 1, hi + 1
        if hi - lo - 1 > best[1] - best[0] or (hi - lo - 1 == best[1] - best[0] and lo + 1 < best[0]):
            best = (lo + 1, hi)
    return s[best[0] : best[1]]
''',
        r"""
assert longest_palindrome_substring("") == ""
assert longest_palindrome_substring("a") == "a"
assert longest_palindrome_substring("ab") == "a"
assert longest_palindrome_substring("aaaa") == "aaaa"
assert longest_palindrome_substring("forgeeksskeegfor") == "geeksskeeg"
assert longest_palindrome_substring("abacdfgdcaba") == "aba"
assert longest_palindrome_substring("x" * 2000 + "y") == "x" * 2000
assert longest_palindrome_substring("ab" * 1500) == ("ab" * 1500)[:2999]
""",
    ),
    task(
        "hard",
        r'''
def remove_k_digits(num: str, k: int) -> str:
    """Remove exactly k digits (0 <= k <= len(num)) from the decimal string num so that the remaining
    digits, in their original order, form the smallest possible number. Return that number without
    leading zeros, or '0' if nothing (or only zeros) remains.
    >>> remove_k_digits("1432219", 3)
    '1219'
    >>> remove_k_digits("10200", 1)
    '200'
    """
    stack = []
    for d in num:
        while k and stack and stack[-1] > d:
            stack.pop()
            k -= 1
        stack.append(d)
    if k:
        stack = stack[:-k]
    return "".join(stack).lstrip("0") or "0"
''',
        r"""
assert remove_k_digits("10", 2) == "0"
assert remove_k_digits("9", 0) == "9"
assert remove_k_digits("112", 1) == "11"
assert remove_k_digits("1234567890", 9) == "0"
assert remove_k_digits("43214321", 4) == "1321"
assert remove_k_digits("100200", 1) == "200"
""",
    ),
    task(
        "hard",
        r'''
import re


def natural_sort(names: list[str]) -> list[str]:
    """Sort strings in natural order. Split each string into maximal runs of the digits 0-9 and
    maximal runs of other characters, and compare the runs one by one: two digit runs compare by
    numeric value (so 'file9' < 'file10'), two other runs compare as strings ignoring case, and a
    digit run comes before a non-digit run. If one string's runs run out first, it comes first.
    Strings that compare equal keep their original order.
    >>> natural_sort(["file10.txt", "file9.txt", "File1.txt"])
    ['File1.txt', 'file9.txt', 'file10.txt']
    """

    def key(s: str) -> list[tuple]:
        return [
            (0, int(p), "") if p[0] in "0123456789" else (1, 0, p.lower())
            for p in re.findall(r"[0-9]+|[^0-9]+", s)
        ]

    return sorted(names, key=key)
''',
        r"""
assert natural_sort([]) == []
assert natural_sort(["a2", "a10", "a1"]) == ["a1", "a2", "a10"]
assert natural_sort(["b", "A", "a"]) == ["A", "a", "b"]
assert natural_sort(["x01", "x1"]) == ["x01", "x1"]
assert natural_sort(["x1", "x01"]) == ["x1", "x01"]
assert natural_sort(["a1", "1a"]) == ["1a", "a1"]
assert natural_sort(["v1.10", "v1.9", "v1.9.1"]) == ["v1.9", "v1.9.1", "v1.10"]
assert natural_sort(["img12", "img2", "IMG1"]) == ["IMG1", "img2", "img12"]
""",
    ),
    task(
        "hard",
        r'''
def count_inversions(nums: list[int]) -> int:
    """Return the number of pairs of positions i < j with nums[i] > nums[j]. nums may have up to
    100_000 elements, so checking every pair is too slow.
    >>> count_inversions([2, 4, 1, 3, 5])
    3
    """

    def sort_count(a: list[int]) -> tuple[list[int], int]:
        if len(a) <= 1:
            return a, 0
        mid = len(a) // 2
        left, x = sort_count(a[:mid])
        right, y = sort_count(a[mid:])
        merged, count = [], x + y
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                count += len(left) - i
                j += 1
        return merged + left[i:] + right[j:], count

    return sort_count(list(nums))[1]
''',
        r"""
assert count_inversions([]) == 0
assert count_inversions([1]) == 0
assert count_inversions([1, 1]) == 0
assert count_inversions([2, 1]) == 1
assert count_inversions([5, 4, 3, 2, 1]) == 10
assert count_inversions(list(range(100000, 0, -1))) == 4999950000
assert count_inversions([(i * 7919) % 100003 for i in range(100000)]) == 2500038684
""",
    ),
    task(
        "hard",
        r'''
def trapped_water(heights: list[int]) -> int:
    """heights are the heights of adjacent bars of width 1. After rain, the water above each bar
    rises to the lower of the highest bar on its left and the highest bar on its right (the bar
    itself included). Return the total amount of water trapped. heights may have 100_000 elements.
    >>> trapped_water([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1])
    6
    """
    lo, hi = 0, len(heights) - 1
    left_max = right_max = water = 0
    while lo <= hi:
        if left_max <= right_max:
            left_max = max(left_max, heights[lo])
            water += left_max - heights[lo]
            lo += 1
        else:
            right_max = max(right_max, heights[hi])
            water += right_max - heights[hi]
            hi -= 1
    return water
''',
        r"""
assert trapped_water([]) == 0
assert trapped_water([5]) == 0
assert trapped_water([2, 0, 2]) == 2
assert trapped_water([3, 0, 0, 2, 0, 4]) == 10
assert trapped_water([4, 2, 0, 3, 2, 5]) == 9
assert trapped_water([1, 2, 3]) == 0
assert trapped_water([5] + [0] * 99998 + [5]) == 499990
""",
    ),
    task(
        "hard",
        r'''
def regex_match(text: str, pattern: str) -> bool:
    """Return True if pattern matches the whole of text. In pattern, '.' matches any single character,
    a character (or '.') followed by '*' matches zero or more copies of it, and every other
    character matches itself. pattern never starts with '*' and never has two '*' in a row.
    >>> regex_match("aab", "c*a*b")
    True
    >>> regex_match("mississippi", "mis*is*p*.")
    False
    """
    memo = {}

    def match(i: int, j: int) -> bool:
        if (i, j) not in memo:
            if j == len(pattern):
                result = i == len(text)
            else:
                first = i < len(text) and pattern[j] in (text[i], ".")
                if j + 1 < len(pattern) and pattern[j + 1] == "*":
                    result = match(i, j + 2) or (first and match(i + 1, j))
                else:
                    result = first and match(i + 1, j + 1)
            memo[i, j] = result
        return memo[i, j]

    return match(0, 0)
''',
        r"""
assert regex_match("", "") is True
assert regex_match("", "a*") is True
assert regex_match("a", "") is False
assert regex_match("aa", "a") is False
assert regex_match("aa", "a*") is True
assert regex_match("ab", ".*") is True
assert regex_match("abc", "a.c") is True
assert regex_match("aaa", "ab*a*c*a") is True
assert regex_match("a" * 25 + "b", "a*a*a*a*c") is False
""",
    ),
    task(
        "hard",
        r'''
import bisect


def max_job_profit(jobs: list[tuple[int, int, int]]) -> int:
    """jobs are (start, end, profit) triples with start < end. Choose jobs that do not overlap (a job
    may start exactly when another ends) so that the total profit is as large as possible, and
    return that total. There may be up to 10_000 jobs.
    >>> max_job_profit([(1, 3, 50), (2, 4, 10), (3, 5, 40), (3, 6, 70)])
    120
    """
    jobs = sorted(jobs, key=lambda j: j[1])
    ends = [j[1] for j in jobs]
    best = [0] * (len(jobs) + 1)
    for i, (start, _, profit) in enumerate(jobs):
        k = bisect.bisect_right(ends, start, 0, i)
        best[i + 1] = max(best[i], best[k] + profit)
    return best[-1]
''',
        r"""
assert max_job_profit([]) == 0
assert max_job_profit([(0, 1, 5)]) == 5
assert max_job_profit([(1, 2, 5), (1, 2, 7)]) == 7
assert max_job_profit([(1, 2, 50), (3, 5, 20), (6, 19, 100), (2, 100, 200)]) == 250
assert max_job_profit([(1, 3, 5), (3, 5, 5), (5, 7, 5), (1, 7, 14)]) == 15
assert max_job_profit([(i, i + 1, 1) for i in range(10000)]) == 10000
""",
    ),
    task(
        "hard",
        r'''
def min_candies(ratings: list[int]) -> int:
    """Children stand in a line with the given ratings. Every child gets at least one candy, and a
    child with a strictly higher rating than an adjacent child gets more candies than that child.
    Return the minimum total number of candies.
    >>> min_candies([1, 0, 2])
    5
    >>> min_candies([1, 2, 2])
    4
    """
    n = len(ratings)
    candies = [1] * n
    for i in range(1, n):
        if ratings[i] > ratings[i - 1]:
            candies[i] = candies[i - 1] + 1
    for i in range(n - 2, -1, -1):
        if ratings[i] > ratings[i + 1]:
            candies[i] = max(candies[i], candies[i + 1] + 1)
    return sum(candies)
''',
        r"""
assert min_candies([]) == 0
assert min_candies([5]) == 1
assert min_candies([1, 1, 1]) == 3
assert min_candies([1, 2, 3]) == 6
assert min_candies([3, 2, 1]) == 6
assert min_candies([1, 3, 4, 5, 2]) == 11
assert min_candies([1, 2, 87, 87, 87, 2, 1]) == 13
""",
    ),
]
