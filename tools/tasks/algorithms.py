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
    task(
        "easy",
        r'''
import bisect


def bracket_index(value: int, thresholds: list[int]) -> int:
    """thresholds is sorted in increasing order. Return how many thresholds are less than or equal
    to value, which is the index of the bracket that value falls in (from 0 to len(thresholds)).
    Use bisect.
    >>> bracket_index(25, [10, 20, 50])
    2
    >>> bracket_index(20, [10, 20, 50])
    2
    """
    return bisect.bisect_right(thresholds, value)
''',
        r"""
assert bracket_index(5, []) == 0
assert bracket_index(9, [10, 20, 50]) == 0
assert bracket_index(10, [10, 20, 50]) == 1
assert bracket_index(50, [10, 20, 50]) == 3
assert bracket_index(-3, [-5, 0]) == 1
assert bracket_index(1000, list(range(0, 100, 5))) == 20
""",
    ),
    task(
        "easy",
        r'''
import bisect


def count_in_sorted(nums: list[int], target: int) -> int:
    """nums is sorted in non-decreasing order. Return the number of times target occurs in nums
    (0 if it does not occur), using binary search with bisect.
    >>> count_in_sorted([1, 2, 2, 2, 5], 2)
    3
    """
    return bisect.bisect_right(nums, target) - bisect.bisect_left(nums, target)
''',
        r"""
assert count_in_sorted([], 4) == 0
assert count_in_sorted([4], 4) == 1
assert count_in_sorted([1, 2, 3], 4) == 0
assert count_in_sorted([-2, -2, 0, 7, 7], -2) == 2
assert count_in_sorted([0, 0, 0, 0], 0) == 4
assert count_in_sorted([1] * 50 + [2] * 30 + [3] * 20, 2) == 30
""",
    ),
    task(
        "easy",
        r'''
def first_above_index(nums: list[int], limit: int) -> int:
    """Scan nums from left to right and return the index of the first element that is strictly
    greater than limit, or -1 if there is no such element.
    >>> first_above_index([3, 8, 1, 9], 5)
    1
    """
    for i, x in enumerate(nums):
        if x > limit:
            return i
    return -1
''',
        r"""
assert first_above_index([], 0) == -1
assert first_above_index([5], 5) == -1
assert first_above_index([5], 4) == 0
assert first_above_index([-7, -3, -1], -4) == 1
assert first_above_index([1, 2, 3, 10, 20], 3) == 3
assert first_above_index([0, 0, 1], 0) == 2
""",
    ),
    task(
        "easy",
        r'''
def counting_sort_small(nums: list[int], max_value: int) -> list[int]:
    """Every element of nums is an integer from 0 to max_value. Return a new list with the elements
    in ascending order, using counting sort: count how often each value occurs, then output each
    value from 0 to max_value that many times.
    >>> counting_sort_small([3, 1, 2, 1], 3)
    [1, 1, 2, 3]
    """
    counts = [0] * (max_value + 1)
    for x in nums:
        counts[x] += 1
    out = []
    for value, count in enumerate(counts):
        out.extend([value] * count)
    return out
''',
        r"""
assert counting_sort_small([], 5) == []
assert counting_sort_small([0], 0) == [0]
assert counting_sort_small([2, 0, 2, 0], 2) == [0, 0, 2, 2]
assert counting_sort_small([9, 4, 7, 4], 9) == [4, 4, 7, 9]
assert counting_sort_small([1, 1, 1], 10) == [1, 1, 1]
assert counting_sort_small([5, 4, 3, 2, 1, 0] * 2, 5) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
""",
    ),
    task(
        "easy",
        r'''
def small_int_tally(nums: list[int], k: int) -> list[int]:
    """Every element of nums is an integer from 0 to k. Return a list of k + 1 counts in which
    position v holds the number of times v occurs in nums.
    >>> small_int_tally([1, 3, 1, 0], 3)
    [1, 2, 0, 1]
    """
    counts = [0] * (k + 1)
    for x in nums:
        counts[x] += 1
    return counts
''',
        r"""
assert small_int_tally([], 2) == [0, 0, 0]
assert small_int_tally([0], 0) == [1]
assert small_int_tally([2, 2, 2], 2) == [0, 0, 3]
assert small_int_tally([4, 0, 4, 1], 5) == [1, 1, 0, 0, 2, 0]
assert small_int_tally(list(range(10)) * 3, 9) == [3] * 10
""",
    ),
    task(
        "easy",
        r'''
def kth_smallest_of_two(a: list[int], b: list[int], k: int) -> int:
    """a and b are each sorted in non-decreasing order. Return the k-th smallest of all their
    elements taken together, where k counts from 1, equal elements count separately, and
    1 <= k <= len(a) + len(b).
    >>> kth_smallest_of_two([1, 4, 7], [2, 3, 9], 4)
    4
    """
    merged = sorted(a + b)
    return merged[k - 1]
''',
        r"""
assert kth_smallest_of_two([], [5], 1) == 5
assert kth_smallest_of_two([2], [], 1) == 2
assert kth_smallest_of_two([1, 1], [1, 2], 4) == 2
assert kth_smallest_of_two([-5, 0, 5], [-3, 3], 2) == -3
assert kth_smallest_of_two([10, 20], [1, 2, 3], 3) == 3
assert kth_smallest_of_two(list(range(0, 100, 2)), list(range(1, 100, 2)), 100) == 99
""",
    ),
    task(
        "easy",
        r'''
def max_subarray_sum(nums: list[int]) -> int:
    """nums is non-empty. Return the largest sum of a contiguous, non-empty run of elements of nums
    (Kadane's algorithm). When every element is negative, this is the largest element.
    >>> max_subarray_sum([-2, 1, -3, 4, -1, 2, 1, -5, 4])
    6
    """
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best
''',
        r"""
assert max_subarray_sum([5]) == 5
assert max_subarray_sum([-3]) == -3
assert max_subarray_sum([-4, -1, -7]) == -1
assert max_subarray_sum([1, 2, 3]) == 6
assert max_subarray_sum([3, -2, 5, -1]) == 6
assert max_subarray_sum([0, -1, 0]) == 0
""",
    ),
    task(
        "easy",
        r'''
import bisect


def floor_value_sorted(nums: list[int], x: int) -> int | None:
    """nums is sorted in non-decreasing order. Return the largest element of nums that is less than
    or equal to x, or None if there is none (nums is empty or all its elements exceed x).
    >>> floor_value_sorted([1, 4, 9], 5)
    4
    >>> floor_value_sorted([1, 4, 9], 0) is None
    True
    """
    i = bisect.bisect_right(nums, x)
    return nums[i - 1] if i > 0 else None
''',
        r"""
assert floor_value_sorted([], 3) is None
assert floor_value_sorted([7], 7) == 7
assert floor_value_sorted([7], 6) is None
assert floor_value_sorted([-10, -5, 0], -6) == -10
assert floor_value_sorted([2, 4, 4, 8], 100) == 8
assert floor_value_sorted(list(range(0, 1000, 10)), 555) == 550
""",
    ),
    task(
        "easy",
        r'''
def index_pairs_summing_to(nums: list[int], target: int) -> list[tuple[int, int]]:
    """Return every pair of indices (i, j) with i < j and nums[i] + nums[j] == target, as a list of
    tuples ordered by i and then by j ([] when there is none).
    >>> index_pairs_summing_to([1, 4, 3, 2], 5)
    [(0, 1), (2, 3)]
    """
    pairs = []
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                pairs.append((i, j))
    return pairs
''',
        r"""
assert index_pairs_summing_to([], 0) == []
assert index_pairs_summing_to([5], 10) == []
assert index_pairs_summing_to([5, 5], 10) == [(0, 1)]
assert index_pairs_summing_to([2, 2, 2], 4) == [(0, 1), (0, 2), (1, 2)]
assert index_pairs_summing_to([-1, 0, 1, 2], 1) == [(0, 3), (1, 2)]
assert index_pairs_summing_to([1, 2, 3], 10) == []
""",
    ),
    task(
        "easy",
        r'''
def has_pair_with_difference(nums: list[int], k: int) -> bool:
    """k is a positive integer. Return True if nums contains two elements a and b with b - a == k,
    and False otherwise.
    >>> has_pair_with_difference([1, 7, 4], 3)
    True
    """
    values = set(nums)
    return any(x + k in values for x in nums)
''',
        r"""
assert has_pair_with_difference([], 1) is False
assert has_pair_with_difference([5], 5) is False
assert has_pair_with_difference([10, 3], 7) is True
assert has_pair_with_difference([1, 2, 3], 5) is False
assert has_pair_with_difference([-4, 2, 9], 6) is True
assert has_pair_with_difference([0, 100], 99) is False
""",
    ),
    task(
        "easy",
        r'''
def total_gain_many_trades(prices: list[int]) -> int:
    """prices[i] is the price of a stock on day i. You may buy and sell as often as you like, but
    hold at most one share at a time. Return the largest total profit, which is the sum of every
    rise in price from one day to the next (0 if the price never rises).
    >>> total_gain_many_trades([7, 1, 5, 3, 6, 4])
    7
    """
    return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
''',
        r"""
assert total_gain_many_trades([]) == 0
assert total_gain_many_trades([4]) == 0
assert total_gain_many_trades([5, 4, 3, 2]) == 0
assert total_gain_many_trades([1, 2, 3, 4]) == 3
assert total_gain_many_trades([3, 10, 1, 4]) == 10
assert total_gain_many_trades([2, 2, 5, 5, 1, 6]) == 8
""",
    ),
    task(
        "easy",
        r'''
def largest_price_drop(prices: list[int]) -> int:
    """prices[i] is a price on day i. Return the largest fall in price from one day to a later day,
    that is the largest prices[i] - prices[j] with i < j, or 0 if the price never falls.
    >>> largest_price_drop([3, 9, 4, 6, 2])
    7
    """
    best = 0
    high = None
    for p in prices:
        if high is None or p > high:
            high = p
        best = max(best, high - p)
    return best
''',
        r"""
assert largest_price_drop([]) == 0
assert largest_price_drop([5]) == 0
assert largest_price_drop([1, 2, 3]) == 0
assert largest_price_drop([3, 2]) == 1
assert largest_price_drop([10, 1, 20, 15]) == 9
assert largest_price_drop([-2, -8, 0, -1]) == 6
""",
    ),
    task(
        "easy",
        r'''
def greedy_coin_count(amount: int, coins: list[int]) -> int:
    """coins lists coin values in descending order and its last value is 1. Pay amount (>= 0)
    greedily: take as many of the largest coin as fit, then as many of the next one, and so on.
    Return the number of coins used.
    >>> greedy_coin_count(63, [25, 10, 5, 1])
    6
    """
    count = 0
    for coin in coins:
        count += amount // coin
        amount %= coin
    return count
''',
        r"""
assert greedy_coin_count(0, [5, 1]) == 0
assert greedy_coin_count(1, [1]) == 1
assert greedy_coin_count(4, [1]) == 4
assert greedy_coin_count(6, [4, 3, 1]) == 3
assert greedy_coin_count(99, [50, 20, 10, 5, 2, 1]) == 6
assert greedy_coin_count(1000, [100, 1]) == 10
""",
    ),
    task(
        "easy",
        r'''
def records_by_age(people: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """people is a list of (name, age) tuples. Return them sorted by age, youngest first; people of
    the same age keep their original order (sorted() is stable).
    >>> records_by_age([("Ann", 31), ("Bo", 25), ("Cy", 31)])
    [('Bo', 25), ('Ann', 31), ('Cy', 31)]
    """
    return sorted(people, key=lambda person: person[1])
''',
        r"""
assert records_by_age([]) == []
assert records_by_age([("Zed", 40)]) == [("Zed", 40)]
assert records_by_age([("b", 2), ("a", 2)]) == [("b", 2), ("a", 2)]
assert records_by_age([("x", 9), ("y", 0), ("z", 5)]) == [("y", 0), ("z", 5), ("x", 9)]
assert records_by_age([("p", 3), ("q", 1), ("r", 3), ("s", 1)]) == [
    ("q", 1),
    ("s", 1),
    ("p", 3),
    ("r", 3),
]
""",
    ),
    task(
        "medium",
        r'''
def change_breakdown(amount: int, coins: list[int]) -> list[tuple[int, int]]:
    """coins lists coin values in descending order and its last value is 1. Pay amount (>= 0)
    greedily, taking as many of each coin as fit, largest coin first. Return a list of
    (coin, count) pairs for the coins actually used (count > 0), largest coin first.
    >>> change_breakdown(68, [25, 10, 5, 1])
    [(25, 2), (10, 1), (5, 1), (1, 3)]
    """
    result = []
    for coin in coins:
        count, amount = divmod(amount, coin)
        if count > 0:
            result.append((coin, count))
    return result
''',
        r"""
assert change_breakdown(0, [10, 1]) == []
assert change_breakdown(7, [1]) == [(1, 7)]
assert change_breakdown(30, [25, 10, 5, 1]) == [(25, 1), (5, 1)]
assert change_breakdown(200, [100, 50, 1]) == [(100, 2)]
assert change_breakdown(8, [6, 4, 1]) == [(6, 1), (1, 2)]
""",
    ),
    task(
        "medium",
        r'''
def staff_by_dept_then_salary(employees: list[tuple[str, str, int]]) -> list[str]:
    """employees is a list of (name, department, salary) tuples. Return the names ordered by
    department alphabetically and, within a department, by salary from highest to lowest;
    employees with the same department and salary keep their original order.
    >>> staff_by_dept_then_salary([("ann", "ops", 50), ("bob", "dev", 70), ("cid", "ops", 60)])
    ['bob', 'cid', 'ann']
    """
    ordered = sorted(employees, key=lambda e: (e[1], -e[2]))
    return [name for name, _, _ in ordered]
''',
        r"""
assert staff_by_dept_then_salary([]) == []
assert staff_by_dept_then_salary([("solo", "hr", 10)]) == ["solo"]
assert staff_by_dept_then_salary([("a", "x", 5), ("b", "x", 5)]) == ["a", "b"]
assert staff_by_dept_then_salary([("a", "z", 1), ("b", "y", 1), ("c", "x", 1)]) == ["c", "b", "a"]
assert staff_by_dept_then_salary(
    [("m", "dev", 10), ("n", "dev", 30), ("o", "dev", 20), ("p", "art", 0)]
) == ["p", "n", "o", "m"]
""",
    ),
    task(
        "medium",
        r'''
def top_scorer_names(records: list[tuple[str, int]], k: int) -> list[str]:
    """records is a list of (name, score) tuples and k >= 0. Return the names of the k records with
    the highest scores, highest score first; records with equal scores keep their original order.
    If k is larger than the number of records, return all the names in that order.
    >>> top_scorer_names([("ann", 7), ("bob", 9), ("cat", 7), ("dan", 3)], 3)
    ['bob', 'ann', 'cat']
    """
    ranked = sorted(records, key=lambda r: r[1], reverse=True)
    return [name for name, _ in ranked[:k]]
''',
        r"""
assert top_scorer_names([], 2) == []
assert top_scorer_names([("x", 1)], 0) == []
assert top_scorer_names([("x", 1)], 5) == ["x"]
assert top_scorer_names([("a", -1), ("b", -5), ("c", 0)], 2) == ["c", "a"]
assert top_scorer_names([("p", 4), ("q", 4), ("r", 4)], 2) == ["p", "q"]
assert top_scorer_names([("u", 10), ("v", 20), ("w", 30)], 3) == ["w", "v", "u"]
""",
    ),
    task(
        "medium",
        r'''
def max_window_sum(nums: list[int], k: int) -> int:
    """1 <= k <= len(nums). Return the largest sum of k consecutive elements of nums. Slide a window
    of k elements across nums, updating its sum as it moves.
    >>> max_window_sum([1, 4, 2, 10, 2, 3], 3)
    16
    """
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
''',
        r"""
assert max_window_sum([5], 1) == 5
assert max_window_sum([-1, -2, -3], 1) == -1
assert max_window_sum([-1, -2, -3], 3) == -6
assert max_window_sum([3, -1, 4, -1, 5], 2) == 4
assert max_window_sum([0, 0, 0, 0], 2) == 0
assert max_window_sum(list(range(100)), 10) == 945
""",
    ),
    task(
        "medium",
        r'''
def merge_timed_events(a: list[tuple[int, str]], b: list[tuple[int, str]]) -> list[str]:
    """a and b are lists of (time, label) tuples, each sorted by time, and no time occurs twice in
    the two lists together. Merge them and return the labels in order of time.
    >>> merge_timed_events([(1, "wake"), (8, "work")], [(3, "coffee"), (12, "lunch")])
    ['wake', 'coffee', 'work', 'lunch']
    """
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i][0] < b[j][0]:
            out.append(a[i][1])
            i += 1
        else:
            out.append(b[j][1])
            j += 1
    out.extend(label for _, label in a[i:])
    out.extend(label for _, label in b[j:])
    return out
''',
        r"""
assert merge_timed_events([], []) == []
assert merge_timed_events([(5, "x")], []) == ["x"]
assert merge_timed_events([], [(0, "y"), (2, "z")]) == ["y", "z"]
assert merge_timed_events([(10, "late")], [(-3, "early"), (4, "mid")]) == ["early", "mid", "late"]
assert merge_timed_events([(1, "a"), (2, "b"), (9, "c")], [(5, "d")]) == ["a", "b", "d", "c"]
""",
    ),
    task(
        "medium",
        r'''
import bisect


def counts_smaller_than_queries(nums: list[int], queries: list[int]) -> list[int]:
    """For each q in queries, count the elements of nums that are strictly less than q, and return
    the counts in the order of queries. Sort nums once, then answer each query with bisect.
    >>> counts_smaller_than_queries([5, 1, 3, 3], [3, 6, 0])
    [1, 4, 0]
    """
    ordered = sorted(nums)
    return [bisect.bisect_left(ordered, q) for q in queries]
''',
        r"""
assert counts_smaller_than_queries([], [1, 2]) == [0, 0]
assert counts_smaller_than_queries([4, 2], []) == []
assert counts_smaller_than_queries([7], [7, 8]) == [0, 1]
assert counts_smaller_than_queries([-2, 0, -5, 3], [-2, 1, 10]) == [1, 3, 4]
assert counts_smaller_than_queries([2, 2, 2], [2, 3]) == [0, 3]
assert counts_smaller_than_queries(list(range(1000, 0, -1)), [500]) == [499]
""",
    ),
    task(
        "easy",
        r'''
def is_nondecreasing(nums: list[int]) -> bool:
    """Return True if every element of nums is less than or equal to the element after it, else
    False (an empty list or a single element gives True).
    >>> is_nondecreasing([1, 3, 3, 8])
    True
    >>> is_nondecreasing([4, 2, 5])
    False
    """
    return all(nums[i] <= nums[i + 1] for i in range(len(nums) - 1))
''',
        r"""
assert is_nondecreasing([]) is True
assert is_nondecreasing([7]) is True
assert is_nondecreasing([1, 2, 2, 3]) is True
assert is_nondecreasing([3, 1]) is False
assert is_nondecreasing([-5, -5, 0, 10]) is True
assert is_nondecreasing([1, 2, 3, 2]) is False
""",
    ),
    task(
        "easy",
        r'''
import bisect


def sorted_has_value(nums: list[int], target: int) -> bool:
    """nums is sorted in non-decreasing order. Return True if target occurs in nums, else False,
    using binary search.
    >>> sorted_has_value([1, 3, 5, 7], 5)
    True
    >>> sorted_has_value([1, 3, 5, 7], 4)
    False
    """
    i = bisect.bisect_left(nums, target)
    return i < len(nums) and nums[i] == target
''',
        r"""
assert sorted_has_value([], 3) is False
assert sorted_has_value([3], 3) is True
assert sorted_has_value([-4, -1, 0], -4) is True
assert sorted_has_value([2, 2, 2], 2) is True
assert sorted_has_value([1, 2], 3) is False
assert sorted_has_value(list(range(0, 100000, 3)), 99999) is True
assert sorted_has_value(list(range(0, 100000, 3)), 50000) is False
""",
    ),
    task(
        "easy",
        r'''
def descending_copy(nums: list[int]) -> list[int]:
    """Return a new list with the elements of nums ordered from largest to smallest.
    >>> descending_copy([3, 1, 2])
    [3, 2, 1]
    """
    return sorted(nums, reverse=True)
''',
        r"""
assert descending_copy([]) == []
assert descending_copy([5]) == [5]
assert descending_copy([2, -1, 2, 0]) == [2, 2, 0, -1]
assert descending_copy([1, 2, 3, 4]) == [4, 3, 2, 1]
assert descending_copy([-3, -7, -1]) == [-1, -3, -7]
""",
    ),
    task(
        "easy",
        r'''
def equal_value_pair_count(nums: list[int]) -> int:
    """Return the number of index pairs (i, j) with i < j and nums[i] == nums[j].
    >>> equal_value_pair_count([1, 2, 1, 1])
    3
    """
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] == nums[j]:
                count += 1
    return count
''',
        r"""
assert equal_value_pair_count([]) == 0
assert equal_value_pair_count([4]) == 0
assert equal_value_pair_count([5, 5]) == 1
assert equal_value_pair_count([1, 2, 3]) == 0
assert equal_value_pair_count([0, 0, 0, 0]) == 6
assert equal_value_pair_count([-1, 2, -1, 2, 2]) == 4
""",
    ),
    task(
        "easy",
        r'''
def count_fixed_points(nums: list[int]) -> int:
    """Return how many indices i (counting from 0) have nums[i] == i.
    >>> count_fixed_points([0, 5, 2, 1])
    2
    """
    return sum(1 for i, x in enumerate(nums) if x == i)
''',
        r"""
assert count_fixed_points([]) == 0
assert count_fixed_points([0]) == 1
assert count_fixed_points([1]) == 0
assert count_fixed_points([0, 1, 2, 3]) == 4
assert count_fixed_points([-1, 1, -2, 3, 9]) == 2
assert count_fixed_points([3, 3, 3, 3]) == 1
""",
    ),
    task(
        "easy",
        r'''
def count_record_highs(nums: list[int]) -> int:
    """Return how many elements of nums are strictly greater than every element before them (the
    first element always counts; an empty list gives 0).
    >>> count_record_highs([3, 1, 4, 4, 5])
    3
    """
    count = 0
    best = None
    for x in nums:
        if best is None or x > best:
            count += 1
            best = x
    return count
''',
        r"""
assert count_record_highs([]) == 0
assert count_record_highs([7]) == 1
assert count_record_highs([5, 4, 3]) == 1
assert count_record_highs([1, 2, 3, 4]) == 4
assert count_record_highs([-5, -6, -2, -2, 0]) == 3
assert count_record_highs([2, 2, 2]) == 1
""",
    ),
    task(
        "easy",
        r'''
def adjacent_diff_total(nums: list[int]) -> int:
    """Return the sum of abs(nums[i + 1] - nums[i]) over all neighbouring pairs of nums (0 when
    nums has fewer than two elements).
    >>> adjacent_diff_total([1, 4, 2])
    5
    """
    return sum(abs(nums[i + 1] - nums[i]) for i in range(len(nums) - 1))
''',
        r"""
assert adjacent_diff_total([]) == 0
assert adjacent_diff_total([9]) == 0
assert adjacent_diff_total([3, 3, 3]) == 0
assert adjacent_diff_total([-2, 2]) == 4
assert adjacent_diff_total([0, 10, 0, 10]) == 30
assert adjacent_diff_total([5, 4, 3, 2, 1]) == 4
assert adjacent_diff_total([-3, -8, 1]) == 14
""",
    ),
    task(
        "easy",
        r'''
def affordable_item_count(prices: list[int], budget: int) -> int:
    """prices are non-negative. Return the largest number of items whose prices add up to at most
    budget (buy the cheapest items first).
    >>> affordable_item_count([4, 2, 7, 1], 7)
    3
    """
    total = 0
    count = 0
    for price in sorted(prices):
        if total + price > budget:
            break
        total += price
        count += 1
    return count
''',
        r"""
assert affordable_item_count([], 10) == 0
assert affordable_item_count([5], 5) == 1
assert affordable_item_count([5], 4) == 0
assert affordable_item_count([3, 1, 2, 4], 6) == 3
assert affordable_item_count([0, 0, 7], 0) == 2
assert affordable_item_count([10, 20, 30], 100) == 3
assert affordable_item_count([2, 2, 2, 2, 2], 7) == 3
""",
    ),
]
