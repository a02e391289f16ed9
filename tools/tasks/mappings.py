"""Dictionaries: counting, grouping, inverting, nested dicts, hashing-based lookups."""

from tools.tasks._spec import task

CATEGORY = "dicts"

TASKS = [
    task(
        "easy",
        r'''
def char_frequency(text: str) -> dict[str, int]:
    """Count how often each character occurs in text, ignoring space characters ' '. The result maps
    each character to its count; upper and lower case are different characters.
    >>> char_frequency("hello")
    {'h': 1, 'e': 1, 'l': 2, 'o': 1}
    """
    counts = {}
    for c in text:
        if c != " ":
            counts[c] = counts.get(c, 0) + 1
    return counts
''',
        r"""
assert char_frequency("") == {}
assert char_frequency("   ") == {}
assert char_frequency("aA a") == {"a": 2, "A": 1}
assert char_frequency("x\ny") == {"x": 1, "\n": 1, "y": 1}
assert char_frequency("ééé") == {"é": 3}
""",
    ),
    task(
        "easy",
        r'''
def merge_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    """Merge two count dictionaries into a new one: a key present in both gets the sum of its two
    counts, a key in only one keeps its count. Keys whose merged count is 0 are left out. Neither
    a nor b is modified.
    >>> merge_counts({"x": 1, "y": 2}, {"y": 3, "z": 4})
    {'x': 1, 'y': 5, 'z': 4}
    """
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return {k: v for k, v in out.items() if v != 0}
''',
        r"""
assert merge_counts({}, {}) == {}
assert merge_counts({"a": 1}, {}) == {"a": 1}
assert merge_counts({"a": 2}, {"a": -2}) == {}
assert merge_counts({"a": 0}, {"b": 1}) == {"b": 1}
a = {"k": 1}
assert merge_counts(a, {"k": 1}) == {"k": 2} and a == {"k": 1}
""",
    ),
    task(
        "easy",
        r'''
def keys_with_value(d: dict[str, int], value: int) -> list[str]:
    """Return the keys of d whose value equals value, sorted in ascending string order.
    >>> keys_with_value({"b": 1, "a": 1, "c": 2}, 1)
    ['a', 'b']
    """
    return sorted(k for k, v in d.items() if v == value)
''',
        r"""
assert keys_with_value({}, 1) == []
assert keys_with_value({"a": 2}, 1) == []
assert keys_with_value({"z": 0, "y": 0, "x": 0}, 0) == ["x", "y", "z"]
assert keys_with_value({"b": 5, "B": 5, "a": 4}, 5) == ["B", "b"]
""",
    ),
    task(
        "easy",
        r'''
def group_by_length(words: list[str]) -> dict[int, list[str]]:
    """Group words by length: map each length to the list of words of that length, in the order
    they appear in words (duplicates are kept).
    >>> group_by_length(["hi", "cat", "to", "dog"])
    {2: ['hi', 'to'], 3: ['cat', 'dog']}
    """
    out = {}
    for w in words:
        out.setdefault(len(w), []).append(w)
    return out
''',
        r"""
assert group_by_length([]) == {}
assert group_by_length([""]) == {0: [""]}
assert group_by_length(["a", "a"]) == {1: ["a", "a"]}
assert group_by_length(["abc", "de", "f", "gh"]) == {3: ["abc"], 2: ["de", "gh"], 1: ["f"]}
""",
    ),
    task(
        "easy",
        r'''
def filter_at_least(scores: dict[str, int], threshold: int) -> dict[str, int]:
    """Return a new dict holding only the entries of scores whose value is at least threshold.
    >>> filter_at_least({"ann": 7, "bob": 3, "cy": 5}, 5)
    {'ann': 7, 'cy': 5}
    """
    return {k: v for k, v in scores.items() if v >= threshold}
''',
        r"""
assert filter_at_least({}, 0) == {}
assert filter_at_least({"a": 1}, 1) == {"a": 1}
assert filter_at_least({"a": 1, "b": -3}, -2) == {"a": 1}
assert filter_at_least({"x": 5}, 6) == {}
""",
    ),
    task(
        "easy",
        r'''
def most_frequent(items: list):
    """Return the element of items that occurs most often. If several elements share the highest
    count, return the one whose first occurrence comes earliest. Return None for an empty list.
    >>> most_frequent([3, 1, 1, 3, 2])
    3
    """
    counts = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    best = None
    for x in items:
        if best is None or counts[x] > counts[best]:
            best = x
    return best
''',
        r"""
assert most_frequent([]) is None
assert most_frequent(["a"]) == "a"
assert most_frequent([1, 2, 2, 1]) == 1
assert most_frequent([5, 4, 4]) == 4
assert most_frequent(["b", "a", "a", "b", "c", "c", "c"]) == "c"
""",
    ),
    task(
        "easy",
        r'''
def char_positions(s: str) -> dict[str, list[int]]:
    """Map each character of s to the increasing list of indices at which it occurs.
    >>> char_positions("abca")
    {'a': [0, 3], 'b': [1], 'c': [2]}
    """
    out = {}
    for i, c in enumerate(s):
        out.setdefault(c, []).append(i)
    return out
''',
        r"""
assert char_positions("") == {}
assert char_positions("zz") == {"z": [0, 1]}
assert char_positions("a b") == {"a": [0], " ": [1], "b": [2]}
assert char_positions("aAa") == {"a": [0, 2], "A": [1]}
""",
    ),
    task(
        "easy",
        r'''
def score_word(word: str, values: dict[str, int]) -> int:
    """Return the score of word: the sum of values[c] over the characters c of word, each looked up
    in lower case (values has lower-case keys). Characters missing from values score 0.
    >>> score_word("Cab", {"a": 1, "b": 3, "c": 3})
    7
    """
    return sum(values.get(c.lower(), 0) for c in word)
''',
        r"""
assert score_word("", {"a": 1}) == 0
assert score_word("zzz", {"z": 10}) == 30
assert score_word("A-B", {"a": 1, "b": 2}) == 3
assert score_word("xyz", {}) == 0
assert score_word("Aa", {"a": -1}) == -2
""",
    ),
    task(
        "easy",
        r'''
def rank_by_score(scores: dict[str, int]) -> list[str]:
    """Return the names in scores ordered by score from highest to lowest; names with equal scores
    are ordered alphabetically.
    >>> rank_by_score({"ann": 3, "bob": 5, "cid": 3})
    ['bob', 'ann', 'cid']
    """
    return sorted(scores, key=lambda name: (-scores[name], name))
''',
        r"""
assert rank_by_score({}) == []
assert rank_by_score({"x": 0}) == ["x"]
assert rank_by_score({"b": 1, "a": 1}) == ["a", "b"]
assert rank_by_score({"z": -1, "y": -5, "w": 10}) == ["w", "z", "y"]
""",
    ),
    task(
        "easy",
        r'''
def histogram_lines(counts: dict[str, int]) -> list[str]:
    """Draw counts as a text histogram: one line per key, keys in ascending string order, each line
    being the key, a colon, a space and as many '*' as the count. Keys whose count is 0 or less
    are skipped.
    >>> histogram_lines({"b": 1, "a": 3})
    ['a: ***', 'b: *']
    """
    return [f"{k}: " + "*" * counts[k] for k in sorted(counts) if counts[k] > 0]
''',
        r"""
assert histogram_lines({}) == []
assert histogram_lines({"x": 0}) == []
assert histogram_lines({"q": -2, "p": 2}) == ["p: **"]
assert histogram_lines({"bb": 1, "B": 2}) == ["B: **", "bb: *"]
""",
    ),
    task(
        "easy",
        r'''
def sparse_dot(a: dict[int, float], b: dict[int, float]) -> float:
    """Return the dot product of two sparse vectors stored as {index: value} dicts, where missing
    indices stand for 0.
    >>> sparse_dot({0: 1.5, 3: 2.0}, {3: 4.0, 7: 1.0})
    8.0
    """
    return sum(v * b[i] for i, v in a.items() if i in b)
''',
        r"""
assert sparse_dot({}, {}) == 0
assert sparse_dot({1: 2}, {2: 3}) == 0
assert sparse_dot({0: 1, 1: 2, 2: 3}, {0: 4, 1: 5, 2: 6}) == 32
assert abs(sparse_dot({5: 0.1}, {5: 0.2}) - 0.02) < 1e-9
assert sparse_dot({-1: 2}, {-1: -3}) == -6
""",
    ),
    task(
        "easy",
        r'''
def invert(d: dict) -> dict:
    """Return the inverse of d, mapping each value to its key. When a value occurs under several
    keys, the key that comes last in d's iteration order wins.
    >>> invert({"a": 1, "b": 2})
    {1: 'a', 2: 'b'}
    """
    return {v: k for k, v in d.items()}
''',
        r"""
assert invert({}) == {}
assert invert({"a": 1}) == {1: "a"}
assert invert({"a": 1, "b": 1}) == {1: "b"}
assert invert({1: "x", 2: "y"}) == {"x": 1, "y": 2}
""",
    ),
    task(
        "easy",
        r'''
def first_repeated(items: list):
    """Return the first element of items that has already appeared earlier in the list (the element
    whose second occurrence comes first), or None if all elements are distinct.
    >>> first_repeated([2, 5, 1, 5, 2])
    5
    """
    seen = set()
    for x in items:
        if x in seen:
            return x
        seen.add(x)
    return None
''',
        r"""
assert first_repeated([]) is None
assert first_repeated([1, 2, 3]) is None
assert first_repeated([1, 1]) == 1
assert first_repeated(["a", "b", "b", "a"]) == "b"
assert first_repeated([3, 4, 3, 4]) == 3
assert first_repeated([0, 0]) == 0
""",
    ),
    task(
        "medium",
        r'''
def dict_diff(old: dict, new: dict) -> dict[str, list]:
    """Compare two dicts with string keys and return {"added": [...], "removed": [...],
    "changed": [...]}: the keys only in new, the keys only in old, and the keys in both whose values
    differ (compared with ==). Each list is sorted.
    >>> dict_diff({"a": 1, "b": 2}, {"b": 3, "c": 4})
    {'added': ['c'], 'removed': ['a'], 'changed': ['b']}
    """
    return {
        "added": sorted(k for k in new if k not in old),
        "removed": sorted(k for k in old if k not in new),
        "changed": sorted(k for k in old if k in new and old[k] != new[k]),
    }
''',
        r"""
assert dict_diff({}, {}) == {"added": [], "removed": [], "changed": []}
assert dict_diff({"x": 1}, {"x": 1}) == {"added": [], "removed": [], "changed": []}
assert dict_diff({"x": 1}, {}) == {"added": [], "removed": ["x"], "changed": []}
assert dict_diff({"k": [1]}, {"k": [1, 2], "b": None, "a": 0}) == {
    "added": ["a", "b"],
    "removed": [],
    "changed": ["k"],
}
assert dict_diff({"b": 1, "a": 1}, {"b": 2, "a": 2}) == {"added": [], "removed": [], "changed": ["a", "b"]}
""",
    ),
    task(
        "medium",
        r'''
def nested_get(data: dict, path: str, default=None):
    """Follow a dotted path through nested dicts: nested_get(d, "a.b") is d["a"]["b"]. If a key is
    missing, or a value on the way is not a dict, return default. The empty path returns data.
    >>> nested_get({"a": {"b": {"c": 5}}}, "a.b.c")
    5
    >>> nested_get({"a": 1}, "a.b", "none")
    'none'
    """
    if path == "":
        return data
    cur = data
    for key in path.split("."):
        if not isinstance(cur, dict) or key not in cur:
            return default
        cur = cur[key]
    return cur
''',
        r"""
assert nested_get({}, "x") is None
assert nested_get({"x": 0}, "x", 7) == 0
assert nested_get({"a": {"b": None}}, "a.b", 1) is None
assert nested_get({"a": {"b": 2}}, "") == {"a": {"b": 2}}
assert nested_get({"a": {"b": 2}}, "a") == {"b": 2}
assert nested_get({"a": [1, 2]}, "a.0", "d") == "d"
""",
    ),
    task(
        "medium",
        r'''
def flatten_dict(d: dict, sep: str = ".") -> dict:
    """Flatten nested dicts with string keys: a value that is a non-empty dict is replaced by its
    entries, whose keys are joined to the parent key with sep, recursively. Any other value,
    including an empty dict, is kept under its joined key.
    >>> flatten_dict({"a": 1, "b": {"c": 2, "d": {"e": 3}}})
    {'a': 1, 'b.c': 2, 'b.d.e': 3}
    """
    out = {}

    def walk(prefix, value):
        for k, v in value.items():
            key = k if prefix is None else prefix + sep + k
            if isinstance(v, dict) and v:
                walk(key, v)
            else:
                out[key] = v

    walk(None, d)
    return out
''',
        r"""
assert flatten_dict({}) == {}
assert flatten_dict({"a": {}}) == {"a": {}}
assert flatten_dict({"x": {"y": 1}}, "/") == {"x/y": 1}
assert flatten_dict({"a": {"b": {"c": {"d": None}}}}) == {"a.b.c.d": None}
assert flatten_dict({"a": [{"b": 1}], "c": {"d": 1, "e": {}}}) == {"a": [{"b": 1}], "c.d": 1, "c.e": {}}
""",
    ),
    task(
        "medium",
        r'''
def anagram_groups(words: list[str]) -> list[list[str]]:
    """Group words that are anagrams of each other (the same characters the same number of times,
    case-sensitive). Words keep their input order inside a group, and groups are ordered by the
    position of their first word.
    >>> anagram_groups(["eat", "tea", "tan", "ate", "nat", "bat"])
    [['eat', 'tea', 'ate'], ['tan', 'nat'], ['bat']]
    """
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())
''',
        r"""
assert anagram_groups([]) == []
assert anagram_groups([""]) == [[""]]
assert anagram_groups(["ab", "ba", "ab"]) == [["ab", "ba", "ab"]]
assert anagram_groups(["Ab", "ba"]) == [["Ab"], ["ba"]]
assert anagram_groups(["abc", "d", "cab", "d"]) == [["abc", "cab"], ["d", "d"]]
""",
    ),
    task(
        "medium",
        r'''
import re


def top_k_words(text: str, k: int) -> list[tuple[str, int]]:
    """Return the k most frequent words of text as (word, count) pairs. Words are maximal runs of
    the ASCII letters a-z and A-Z, compared in lower case (and returned in lower case). Order by
    count, highest first, then alphabetically; with fewer than k distinct words return them all.
    >>> top_k_words("the cat and the hat and the bat", 2)
    [('the', 3), ('and', 2)]
    """
    counts = {}
    for w in re.findall("[a-zA-Z]+", text):
        counts[w.lower()] = counts.get(w.lower(), 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
''',
        r"""
assert top_k_words("", 3) == []
assert top_k_words("a A a", 1) == [("a", 3)]
assert top_k_words("b a c", 2) == [("a", 1), ("b", 1)]
assert top_k_words("it's it IS", 5) == [("it", 2), ("is", 1), ("s", 1)]
assert top_k_words("x", 0) == []
assert top_k_words("don't stop, don't!", 2) == [("don", 2), ("t", 2)]
""",
    ),
    task(
        "medium",
        r'''
def group_keys_by_value(d: dict[str, int]) -> dict[int, list[str]]:
    """Invert d: map every value to the sorted list of the keys that have this value.
    >>> group_keys_by_value({"a": 1, "c": 2, "b": 1})
    {1: ['a', 'b'], 2: ['c']}
    """
    out = {}
    for k in sorted(d):
        out.setdefault(d[k], []).append(k)
    return out
''',
        r"""
assert group_keys_by_value({}) == {}
assert group_keys_by_value({"x": 0}) == {0: ["x"]}
assert group_keys_by_value({"b": 5, "a": 5, "c": 5}) == {5: ["a", "b", "c"]}
assert group_keys_by_value({"k": -1, "j": 1}) == {-1: ["k"], 1: ["j"]}
""",
    ),
    task(
        "medium",
        r'''
def count_pairs_with_sum(nums: list[int], target: int) -> int:
    """Count the index pairs (i, j) with i < j and nums[i] + nums[j] == target. nums may have up to
    10_000 elements.
    >>> count_pairs_with_sum([1, 5, 7, -1, 5], 6)
    3
    """
    seen = {}
    count = 0
    for x in nums:
        count += seen.get(target - x, 0)
        seen[x] = seen.get(x, 0) + 1
    return count
''',
        r"""
assert count_pairs_with_sum([], 0) == 0
assert count_pairs_with_sum([3], 6) == 0
assert count_pairs_with_sum([3, 3], 6) == 1
assert count_pairs_with_sum([2, 2, 2, 2], 4) == 6
assert count_pairs_with_sum([0, -1, 1, 0], 0) == 2
assert count_pairs_with_sum([1] * 10000, 2) == 49995000
""",
    ),
    task(
        "medium",
        r'''
def is_isomorphic(a: str, b: str) -> bool:
    """Return True if a and b are isomorphic: they have the same length and a one-to-one mapping of
    characters turns a into b when every character of a is replaced by its image (two different
    characters may not map to the same character).
    >>> is_isomorphic("egg", "add")
    True
    >>> is_isomorphic("badc", "baba")
    False
    """
    if len(a) != len(b):
        return False
    return len(set(a)) == len(set(b)) == len(set(zip(a, b)))
''',
        r"""
assert is_isomorphic("", "") is True
assert is_isomorphic("a", "b") is True
assert is_isomorphic("ab", "aa") is False
assert is_isomorphic("paper", "title") is True
assert is_isomorphic("abc", "ab") is False
assert is_isomorphic("foo", "bar") is False
""",
    ),
    task(
        "medium",
        r'''
def follows_pattern(pattern: str, sentence: str) -> bool:
    """Return True if the whitespace-separated words of sentence follow pattern: there are as many
    words as pattern characters, equal characters match equal words and different characters
    match different words.
    >>> follows_pattern("abba", "dog cat cat dog")
    True
    >>> follows_pattern("abba", "dog dog dog dog")
    False
    """
    words = sentence.split()
    if len(words) != len(pattern):
        return False
    return len(set(pattern)) == len(set(words)) == len(set(zip(pattern, words)))
''',
        r"""
assert follows_pattern("", "") is True
assert follows_pattern("a", "") is False
assert follows_pattern("a", "x") is True
assert follows_pattern("ab", "x x") is False
assert follows_pattern("aaa", "y y y") is True
assert follows_pattern("abc", "b c a") is True
assert follows_pattern("aab", "x x x") is False
""",
    ),
    task(
        "medium",
        r'''
def two_sum(nums: list[int], target: int) -> tuple[int, int] | None:
    """Find indices i < j with nums[i] + nums[j] == target. If several pairs exist, return the one
    with the smallest j, and among those the smallest i. Return None if there is no such pair.
    >>> two_sum([2, 7, 11, 15], 9)
    (0, 1)
    >>> two_sum([3, 3, 3], 6)
    (0, 1)
    """
    first = {}
    for j, x in enumerate(nums):
        if target - x in first:
            return first[target - x], j
        first.setdefault(x, j)
    return None
''',
        r"""
assert two_sum([], 1) is None
assert two_sum([5], 10) is None
assert two_sum([1, 2, 3, 4], 7) == (2, 3)
assert two_sum([4, 1, 3, 0], 4) == (1, 2)
assert two_sum([-1, -2, -3], -5) == (1, 2)
assert two_sum([0, 4, 0], 0) == (0, 2)
""",
    ),
    task(
        "medium",
        r'''
def update_inventory(stock: dict[str, int], changes: list[tuple[str, int]]) -> dict[str, int]:
    """Apply changes, a list of (item, delta) pairs, in order to a copy of stock and return it. An
    item missing from the stock starts at 0. After each change, an item whose quantity is 0 or
    less is removed. stock itself is not modified.
    >>> update_inventory({"apple": 3}, [("apple", -1), ("pear", 2)])
    {'apple': 2, 'pear': 2}
    """
    out = dict(stock)
    for item, delta in changes:
        out[item] = out.get(item, 0) + delta
        if out[item] <= 0:
            del out[item]
    return out
''',
        r"""
assert update_inventory({}, []) == {}
assert update_inventory({"a": 1}, [("a", -1)]) == {}
assert update_inventory({"a": 1}, [("a", -5), ("a", 2)]) == {"a": 2}
assert update_inventory({}, [("x", -3)]) == {}
s = {"k": 1}
assert update_inventory(s, [("k", 1)]) == {"k": 2} and s == {"k": 1}
""",
    ),
    task(
        "medium",
        r'''
def dense_rank(values: list[int]) -> list[int]:
    """Return the dense rank of every element of values: the largest value gets rank 1, equal values
    share a rank, and each next smaller value gets the next rank, without gaps.
    >>> dense_rank([10, 30, 20, 30])
    [3, 1, 2, 1]
    """
    rank = {v: i + 1 for i, v in enumerate(sorted(set(values), reverse=True))}
    return [rank[v] for v in values]
''',
        r"""
assert dense_rank([]) == []
assert dense_rank([5]) == [1]
assert dense_rank([1, 1, 1]) == [1, 1, 1]
assert dense_rank([-1, -2, -3]) == [1, 2, 3]
assert dense_rank([2, 9, 2, 5, 9]) == [3, 1, 3, 2, 1]
""",
    ),
    task(
        "medium",
        r'''
def longest_unique_substring(s: str) -> str:
    """Return the longest substring of s in which no character repeats. If several substrings have
    the maximal length, return the leftmost one.
    >>> longest_unique_substring("abcabcbb")
    'abc'
    >>> longest_unique_substring("pwwkew")
    'wke'
    """
    last = {}
    start = 0
    best = (0, 0)
    for i, c in enumerate(s):
        if c in last and last[c] >= start:
            start = last[c] + 1
        last[c] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0] : best[1]]
''',
        r"""
assert longest_unique_substring("") == ""
assert longest_unique_substring("bbbb") == "b"
assert longest_unique_substring("abcdef") == "abcdef"
assert longest_unique_substring("abba") == "ab"
assert longest_unique_substring("dvdf") == "vdf"
assert longest_unique_substring("aAbB") == "aAbB"
""",
    ),
    task(
        "medium",
        r'''
def sort_by_frequency(s: str) -> str:
    """Rearrange the characters of s so that more frequent characters come first, each character
    repeated as often as it occurs in s; characters with equal frequency are ordered by code point.
    >>> sort_by_frequency("tree")
    'eert'
    """
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    return "".join(c * counts[c] for c in sorted(counts, key=lambda c: (-counts[c], c)))
''',
        r"""
assert sort_by_frequency("") == ""
assert sort_by_frequency("a") == "a"
assert sort_by_frequency("cccaaa") == "aaaccc"
assert sort_by_frequency("Aabb") == "bbAa"
assert sort_by_frequency("2a1a") == "aa12"
""",
    ),
    task(
        "medium",
        r'''
def totals_by_region(sales: list[tuple[str, float]]) -> dict[str, float]:
    """Sum the amounts of sales, a list of (region, amount) pairs, per region, and round every
    total to 2 decimal places with round().
    >>> totals_by_region([("north", 10.5), ("south", 3.0), ("north", 0.25)])
    {'north': 10.75, 'south': 3.0}
    """
    out = {}
    for region, amount in sales:
        out[region] = out.get(region, 0) + amount
    return {k: round(v, 2) for k, v in out.items()}
''',
        r"""
assert totals_by_region([]) == {}
assert totals_by_region([("x", 0.1), ("x", 0.2)]) == {"x": 0.3}
assert totals_by_region([("a", -1.0), ("a", 1.0)]) == {"a": 0.0}
assert totals_by_region([("b", 2.5), ("c", -4.25)]) == {"b": 2.5, "c": -4.25}
assert totals_by_region([("r", 1 / 3), ("r", 1 / 3)]) == {"r": 0.67}
""",
    ),
    task(
        "medium",
        r'''
def distinct_in_windows(nums: list[int], k: int) -> list[int]:
    """Return the number of distinct values in every window of k consecutive elements of nums
    (k >= 1), from left to right; [] if k > len(nums).
    >>> distinct_in_windows([1, 2, 1, 3, 4, 2, 3], 4)
    [3, 4, 4, 3]
    """
    return [len(set(nums[i : i + k])) for i in range(len(nums) - k + 1)]
''',
        r"""
assert distinct_in_windows([], 1) == []
assert distinct_in_windows([1, 1, 1], 2) == [1, 1]
assert distinct_in_windows([1, 2, 3], 1) == [1, 1, 1]
assert distinct_in_windows([5, 6], 3) == []
assert distinct_in_windows([1, 2, 3], 3) == [3]
""",
    ),
    task(
        "medium",
        r'''
def deep_merge(base: dict, override: dict) -> dict:
    """Return a new dict combining base and override. A key in only one of them keeps its value;
    for a key in both, if both values are dicts they are deep-merged recursively, otherwise the
    value from override wins. Neither input (nor any dict nested in them) is modified.
    >>> deep_merge({"a": 1, "b": {"x": 1, "y": 2}}, {"b": {"y": 3, "z": 4}, "c": 5})
    {'a': 1, 'b': {'x': 1, 'y': 3, 'z': 4}, 'c': 5}
    """
    out = dict(base)
    for k, v in override.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
''',
        r"""
assert deep_merge({}, {}) == {}
assert deep_merge({"a": {"b": 1}}, {"a": 2}) == {"a": 2}
assert deep_merge({"a": 2}, {"a": {"b": 1}}) == {"a": {"b": 1}}
assert deep_merge({"a": {"b": {"c": 1}}}, {"a": {"b": {"d": 2}}}) == {"a": {"b": {"c": 1, "d": 2}}}
b = {"k": {"x": 1}}
o = {"k": {"x": 2}}
assert deep_merge(b, o) == {"k": {"x": 2}} and b == {"k": {"x": 1}} and o == {"k": {"x": 2}}
assert deep_merge({"a": {}}, {"a": {}}) == {"a": {}}
""",
    ),
    task(
        "medium",
        r'''
def pivot_table(records: list[dict], row: str, col: str, value: str) -> dict:
    """Summarise records (dicts) as a two-level dict: result[r][c] is the sum of rec[value] over
    the records rec with rec[row] == r and rec[col] == c. Only combinations that occur appear.
    >>> pivot_table([{"k": "a", "m": 1, "n": 5}, {"k": "a", "m": 1, "n": 2}], "k", "m", "n")
    {'a': {1: 7}}
    """
    out = {}
    for rec in records:
        inner = out.setdefault(rec[row], {})
        inner[rec[col]] = inner.get(rec[col], 0) + rec[value]
    return out
''',
        r"""
assert pivot_table([], "a", "b", "c") == {}
recs = [
    {"y": 2020, "q": 1, "s": 5},
    {"y": 2020, "q": 2, "s": 1},
    {"y": 2021, "q": 1, "s": 0},
    {"y": 2020, "q": 1, "s": -2},
]
assert pivot_table(recs, "y", "q", "s") == {2020: {1: 3, 2: 1}, 2021: {1: 0}}
assert pivot_table(recs, "q", "y", "s") == {1: {2020: 3, 2021: 0}, 2: {2020: 1}}
assert pivot_table([{"a": "x", "v": 2}], "a", "a", "v") == {"x": {"x": 2}}
""",
    ),
    task(
        "hard",
        r'''
def unflatten_dict(flat: dict) -> dict:
    """Inverse of flattening: split every key of flat (string keys, non-dict values) on '.' and
    build nested dicts, e.g. {"a.b": 1} becomes {"a": {"b": 1}}. Keys are processed in the order
    of flat. Raise ValueError when a key needs a dict where a plain value already is, or when a
    value would replace a dict that earlier keys created.
    >>> unflatten_dict({"a.b": 1, "a.c": 2, "d": 3})
    {'a': {'b': 1, 'c': 2}, 'd': 3}
    """
    out = {}
    for key, value in flat.items():
        parts = key.split(".")
        cur = out
        for p in parts[:-1]:
            nxt = cur.setdefault(p, {})
            if not isinstance(nxt, dict):
                raise ValueError(f"conflict at {key!r}")
            cur = nxt
        if isinstance(cur.get(parts[-1]), dict):
            raise ValueError(f"conflict at {key!r}")
        cur[parts[-1]] = value
    return out
''',
        r"""
def _raises(f, *args):
    try:
        f(*args)
    except ValueError:
        return True
    return False


assert unflatten_dict({}) == {}
assert unflatten_dict({"x": 1}) == {"x": 1}
assert unflatten_dict({"a.b.c": 1, "a.b.d": 2, "a.e": 3}) == {"a": {"b": {"c": 1, "d": 2}, "e": 3}}
assert unflatten_dict({"a.b": None}) == {"a": {"b": None}}
assert _raises(unflatten_dict, {"a": 1, "a.b": 2})
assert _raises(unflatten_dict, {"a.b": 2, "a": 1})
""",
    ),
    task(
        "hard",
        r'''
def subdomain_visits(entries: list[str]) -> list[str]:
    """Each entry is '<count> <domain>', e.g. '9001 discuss.example.com'. A visit to a domain also
    counts as a visit to each of its parent domains ('example.com' and 'com'). Return the total
    visits of every domain as strings '<count> <domain>', sorted by count (highest first), then by
    domain in ascending string order.
    >>> subdomain_visits(["900 mail.example.com", "50 example.org"])
    ['900 com', '900 example.com', '900 mail.example.com', '50 example.org', '50 org']
    """
    totals = {}
    for entry in entries:
        count, domain = entry.split()
        parts = domain.split(".")
        for i in range(len(parts)):
            d = ".".join(parts[i:])
            totals[d] = totals.get(d, 0) + int(count)
    return [f"{totals[d]} {d}" for d in sorted(totals, key=lambda d: (-totals[d], d))]
''',
        r"""
assert subdomain_visits([]) == []
assert subdomain_visits(["1 a"]) == ["1 a"]
assert subdomain_visits(["3 x.y", "2 y"]) == ["5 y", "3 x.y"]
assert subdomain_visits(["10 a.b.c", "10 d.c"]) == ["20 c", "10 a.b.c", "10 b.c", "10 d.c"]
assert subdomain_visits(["0 z.q"]) == ["0 q", "0 z.q"]
""",
    ),
    task(
        "hard",
        r'''
from collections import Counter


def min_window(s: str, t: str) -> str:
    """Return the shortest substring of s that contains every character of t, with multiplicity
    (if t has two 'a's the substring needs at least two). If several shortest substrings exist,
    return the leftmost; if there is none, or t is empty, return ''.
    >>> min_window("ADOBECODEBANC", "ABC")
    'BANC'
    >>> min_window("aa", "aa")
    'aa'
    """
    if not t:
        return ""
    need = Counter(t)
    missing = len(t)
    left = 0
    best = None
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if best is None or right + 1 - left < best[1] - best[0]:
                best = (left, right + 1)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[0] : best[1]] if best else ""
''',
        r"""
assert min_window("", "a") == ""
assert min_window("a", "") == ""
assert min_window("a", "aa") == ""
assert min_window("abc", "cba") == "abc"
assert min_window("aaflslflsldkalskaaa", "aaa") == "aaa"
assert min_window("xyzxy", "yx") == "xy"
assert min_window("bba", "ab") == "ba"
""",
    ),
    task(
        "hard",
        r'''
from collections import Counter


def equal_after_one_removal(word: str) -> bool:
    """Return True if deleting exactly one character of word (len(word) >= 2) can leave a string in
    which all characters that still occur occur the same number of times.
    >>> equal_after_one_removal("abcc")
    True
    >>> equal_after_one_removal("aazz")
    False
    """
    for i in range(len(word)):
        counts = Counter(word[:i] + word[i + 1 :])
        if len(set(counts.values())) <= 1:
            return True
    return False
''',
        r"""
assert equal_after_one_removal("ab") is True
assert equal_after_one_removal("aa") is True
assert equal_after_one_removal("abbcc") is True
assert equal_after_one_removal("aabbccc") is True
assert equal_after_one_removal("aaabbbccc") is False
assert equal_after_one_removal("aabbbcc") is True
assert equal_after_one_removal("aaaabbc") is False
""",
    ),
    task(
        "hard",
        r'''
def shortest_same_degree(nums: list[int]) -> int:
    """The degree of a list is the largest number of times any single value occurs in it. Return
    the length of the shortest contiguous sublist of nums with the same degree as nums (0 for []).
    >>> shortest_same_degree([1, 2, 2, 3, 1])
    2
    >>> shortest_same_degree([1, 2, 2, 3, 1, 4, 2])
    6
    """
    if not nums:
        return 0
    first, last, count = {}, {}, {}
    for i, x in enumerate(nums):
        first.setdefault(x, i)
        last[x] = i
        count[x] = count.get(x, 0) + 1
    degree = max(count.values())
    return min(last[x] - first[x] + 1 for x in count if count[x] == degree)
''',
        r"""
assert shortest_same_degree([]) == 0
assert shortest_same_degree([7]) == 1
assert shortest_same_degree([1, 2, 3]) == 1
assert shortest_same_degree([1, 1, 2, 2]) == 2
assert shortest_same_degree([2, 1, 1, 2, 1, 3, 3, 3, 1, 3, 1, 3, 2]) == 7
""",
    ),
    task(
        "hard",
        r'''
def count_reports(manager_of: dict[str, str], boss: str) -> int:
    """manager_of maps every employee to their direct manager (the top manager is not a key).
    Return how many employees report to boss directly or indirectly, not counting boss. The chain
    of managers can be thousands of levels deep.
    >>> count_reports({"b": "a", "c": "a", "d": "b"}, "a")
    3
    >>> count_reports({"b": "a", "c": "a", "d": "b"}, "b")
    1
    """
    children = {}
    for employee, manager in manager_of.items():
        children.setdefault(manager, []).append(employee)
    total = 0
    stack = [boss]
    while stack:
        for employee in children.get(stack.pop(), []):
            total += 1
            stack.append(employee)
    return total
''',
        r"""
assert count_reports({}, "x") == 0
assert count_reports({"b": "a"}, "b") == 0
assert count_reports({"b": "a"}, "zz") == 0
assert count_reports({"b": "a", "c": "a", "d": "b", "e": "b", "f": "e"}, "b") == 3
assert count_reports({str(i): str(i - 1) for i in range(1, 5000)}, "0") == 4999
""",
    ),
    task(
        "hard",
        r'''
from collections import Counter


def min_deletions_unique_counts(s: str) -> int:
    """Return the minimum number of characters to delete from s so that no two different characters
    left in s occur the same number of times (a character deleted completely no longer counts).
    >>> min_deletions_unique_counts("aaabbbcc")
    2
    >>> min_deletions_unique_counts("aab")
    0
    """
    used = set()
    deletions = 0
    for c in sorted(Counter(s).values(), reverse=True):
        while c > 0 and c in used:
            c -= 1
            deletions += 1
        used.add(c)
    return deletions
''',
        r"""
assert min_deletions_unique_counts("") == 0
assert min_deletions_unique_counts("abc") == 2
assert min_deletions_unique_counts("ceabaacb") == 2
assert min_deletions_unique_counts("aaaa") == 0
assert min_deletions_unique_counts("aabbccdd") == 5
""",
    ),
    task(
        "easy",
        r'''
def tally_words(text: str) -> dict[str, int]:
    """Count how often each word occurs in text. The words are the pieces returned by text.split()
    (split on any run of whitespace); upper and lower case are different.
    >>> tally_words("to be or not to be")
    {'to': 2, 'be': 2, 'or': 1, 'not': 1}
    """
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts
''',
        r"""
assert tally_words("") == {}
assert tally_words("   ") == {}
assert tally_words("a") == {"a": 1}
assert tally_words("Hi hi HI hi") == {"Hi": 1, "hi": 2, "HI": 1}
assert tally_words(" x\ty\nx ") == {"x": 2, "y": 1}
""",
    ),
    task(
        "easy",
        r'''
def first_letter_tally(words: list[str]) -> dict[str, int]:
    """words is a list of non-empty strings. Return a dict mapping each first character to the
    number of words that start with it; upper and lower case are different.
    >>> first_letter_tally(["apple", "avocado", "banana"])
    {'a': 2, 'b': 1}
    """
    counts = {}
    for word in words:
        counts[word[0]] = counts.get(word[0], 0) + 1
    return counts
''',
        r"""
assert first_letter_tally([]) == {}
assert first_letter_tally(["x"]) == {"x": 1}
assert first_letter_tally(["Apple", "apple", "ant"]) == {"A": 1, "a": 2}
assert first_letter_tally(["dog", "dog", "cat", "dove"]) == {"d": 3, "c": 1}
assert first_letter_tally(["1st", "2nd", "1a"]) == {"1": 2, "2": 1}
""",
    ),
    task(
        "easy",
        r'''
def parity_buckets(nums: list[int]) -> dict[str, list[int]]:
    """Split nums into even and odd numbers: return {"even": [...], "odd": [...]} with both keys
    always present and each list in the original order. Parity follows Python's % 2, so 0 and -4
    are even and -3 is odd.
    >>> parity_buckets([3, 8, 5, 2])
    {'even': [8, 2], 'odd': [3, 5]}
    """
    out = {"even": [], "odd": []}
    for n in nums:
        if n % 2 == 0:
            out["even"].append(n)
        else:
            out["odd"].append(n)
    return out
''',
        r"""
assert parity_buckets([]) == {"even": [], "odd": []}
assert parity_buckets([0]) == {"even": [0], "odd": []}
assert parity_buckets([9]) == {"even": [], "odd": [9]}
assert parity_buckets([-3, -4, 7]) == {"even": [-4], "odd": [-3, 7]}
assert parity_buckets([1, 1, 2, 2]) == {"even": [2, 2], "odd": [1, 1]}
""",
    ),
    task(
        "easy",
        r'''
def category_of_items(groups: dict[str, list[str]]) -> dict[str, str]:
    """groups maps each category to the list of its items. Return a dict mapping every item to its
    category. If an item is listed under several categories, the category that comes last in
    groups wins.
    >>> category_of_items({"fruit": ["apple", "pear"], "veg": ["kale"]})
    {'apple': 'fruit', 'pear': 'fruit', 'kale': 'veg'}
    """
    out = {}
    for category, items in groups.items():
        for item in items:
            out[item] = category
    return out
''',
        r"""
assert category_of_items({}) == {}
assert category_of_items({"empty": []}) == {}
assert category_of_items({"a": ["x"], "b": ["x", "y"]}) == {"x": "b", "y": "b"}
assert category_of_items({"n": ["1", "2", "3"]}) == {"1": "n", "2": "n", "3": "n"}
assert category_of_items({"p": ["q"], "q": ["p"]}) == {"q": "p", "p": "q"}
""",
    ),
    task(
        "easy",
        r'''
def sum_count_dicts(dicts: list[dict[str, int]]) -> dict[str, int]:
    """Add up a list of count dicts into one new dict: every key maps to the sum of its values
    over all the dicts that contain it. Keys whose sum is 0 are kept.
    >>> sum_count_dicts([{"a": 1, "b": 2}, {"b": 3, "c": 1}])
    {'a': 1, 'b': 5, 'c': 1}
    """
    out = {}
    for d in dicts:
        for key, value in d.items():
            out[key] = out.get(key, 0) + value
    return out
''',
        r"""
assert sum_count_dicts([]) == {}
assert sum_count_dicts([{}]) == {}
assert sum_count_dicts([{"x": 4}]) == {"x": 4}
assert sum_count_dicts([{"a": 1}, {"a": -1, "b": 2}]) == {"a": 0, "b": 2}
assert sum_count_dicts([{"k": 5}, {}, {"k": 5}, {"k": 5}]) == {"k": 15}
""",
    ),
    task(
        "easy",
        r'''
def lookup_many(table: dict, keys: list, default) -> list:
    """Return a list holding table[k] for every k in keys, in the order of keys, with default for
    the keys that are not in table. A key that is in table gives its value, even when that value
    is None.
    >>> lookup_many({"a": 1, "b": 2}, ["b", "z", "a"], 0)
    [2, 0, 1]
    """
    return [table.get(k, default) for k in keys]
''',
        r"""
assert lookup_many({}, [], 0) == []
assert lookup_many({"a": 1}, ["a", "a"], 0) == [1, 1]
assert lookup_many({"x": None}, ["x", "y"], 5) == [None, 5]
assert lookup_many({1: "one"}, [2, 1], "?") == ["?", "one"]
assert lookup_many({}, ["q"], -1) == [-1]
""",
    ),
    task(
        "easy",
        r'''
def translate_words_with(text: str, glossary: dict[str, str]) -> str:
    """Replace every word of text (the pieces of text.split()) that is a key of glossary by its
    value, keep the other words unchanged, and join the words with single spaces. Lookups are
    case-sensitive.
    >>> translate_words_with("the cat sat", {"cat": "dog"})
    'the dog sat'
    """
    return " ".join(glossary.get(word, word) for word in text.split())
''',
        r"""
assert translate_words_with("", {"a": "b"}) == ""
assert translate_words_with("  a   b ", {"a": "x"}) == "x b"
assert translate_words_with("cat dog cat", {"cat": "gato", "dog": "perro"}) == "gato perro gato"
assert translate_words_with("Cat", {"cat": "gato"}) == "Cat"
assert translate_words_with("one", {}) == "one"
""",
    ),
    task(
        "easy",
        r'''
def drop_none_values(d: dict) -> dict:
    """Return a new dict with the entries of d whose value is not None. Other falsy values such as
    0, '' and [] are kept.
    >>> drop_none_values({"a": 1, "b": None})
    {'a': 1}
    """
    return {k: v for k, v in d.items() if v is not None}
''',
        r"""
assert drop_none_values({}) == {}
assert drop_none_values({"a": None}) == {}
assert drop_none_values({"a": 0, "b": None, "c": ""}) == {"a": 0, "c": ""}
assert drop_none_values({"x": [], "y": False}) == {"x": [], "y": False}
assert drop_none_values({1: None, 2: 2}) == {2: 2}
""",
    ),
    task(
        "easy",
        r'''
def items_sorted_by_value(d: dict) -> list[tuple]:
    """Return the (key, value) pairs of d as a list sorted by value in ascending order. Pairs with
    equal values keep their order in d (sorted() is stable).
    >>> items_sorted_by_value({"a": 3, "b": 1, "c": 2})
    [('b', 1), ('c', 2), ('a', 3)]
    """
    return sorted(d.items(), key=lambda kv: kv[1])
''',
        r"""
assert items_sorted_by_value({}) == []
assert items_sorted_by_value({"z": 0}) == [("z", 0)]
assert items_sorted_by_value({"x": -1, "y": -1}) == [("x", -1), ("y", -1)]
assert items_sorted_by_value({"m": 5, "n": -2, "o": 5, "p": 0}) == [("n", -2), ("p", 0), ("m", 5), ("o", 5)]
assert items_sorted_by_value({"y": 2, "x": 1}) == [("x", 1), ("y", 2)]
""",
    ),
    task(
        "easy",
        r'''
def points_per_player(results: list[tuple[str, int]]) -> dict[str, int]:
    """results is a list of (player, points) pairs. Return a dict mapping every player who appears
    in results to the total of their points.
    >>> points_per_player([("ann", 3), ("bob", 1), ("ann", 2)])
    {'ann': 5, 'bob': 1}
    """
    totals = {}
    for player, points in results:
        totals[player] = totals.get(player, 0) + points
    return totals
''',
        r"""
assert points_per_player([]) == {}
assert points_per_player([("x", 0)]) == {"x": 0}
assert points_per_player([("a", -2), ("a", 5)]) == {"a": 3}
assert points_per_player([("p", 1), ("q", 1), ("p", 1), ("q", -1), ("r", 7)]) == {"p": 2, "q": 0, "r": 7}
""",
    ),
    task(
        "easy",
        r'''
def key_of_longest_list(d: dict[str, list]) -> str | None:
    """Return the key of d whose list is the longest. On a tie the key that comes first in d wins
    (as with max()). Return None when d is empty.
    >>> key_of_longest_list({"a": [1], "b": [1, 2], "c": [3]})
    'b'
    """
    return max(d, key=lambda k: len(d[k]), default=None)
''',
        r"""
assert key_of_longest_list({}) is None
assert key_of_longest_list({"only": []}) == "only"
assert key_of_longest_list({"x": [], "y": []}) == "x"
assert key_of_longest_list({"p": [1, 2], "q": [3, 4, 5], "r": [6, 7, 8]}) == "q"
assert key_of_longest_list({"s": [0, 0, 0], "t": [1]}) == "s"
""",
    ),
    task(
        "easy",
        r'''
def value_frequencies(d: dict) -> dict:
    """Return a dict mapping each value that occurs in d to the number of keys of d that have
    that value.
    >>> value_frequencies({"a": 1, "b": 2, "c": 1})
    {1: 2, 2: 1}
    """
    counts = {}
    for value in d.values():
        counts[value] = counts.get(value, 0) + 1
    return counts
''',
        r"""
assert value_frequencies({}) == {}
assert value_frequencies({"x": "y"}) == {"y": 1}
assert value_frequencies({"a": 0, "b": 0, "c": 0}) == {0: 3}
assert value_frequencies({1: "p", 2: "q", 3: "p", 4: "r"}) == {"p": 2, "q": 1, "r": 1}
""",
    ),
    task(
        "easy",
        r'''
def word_length_counts(words: list[str]) -> dict[int, int]:
    """Return a dict mapping each word length to how many strings in words have that length
    (repeated words count every time).
    >>> word_length_counts(["hi", "yo", "cat"])
    {2: 2, 3: 1}
    """
    counts = {}
    for word in words:
        counts[len(word)] = counts.get(len(word), 0) + 1
    return counts
''',
        r"""
assert word_length_counts([]) == {}
assert word_length_counts([""]) == {0: 1}
assert word_length_counts(["a", "a", "a"]) == {1: 3}
assert word_length_counts(["four", "five", "six", "seven", ""]) == {4: 2, 3: 1, 5: 1, 0: 1}
""",
    ),
    task(
        "easy",
        r'''
def pair_lists_to_dict(keys: list, values: list) -> dict:
    """Build a dict pairing keys[i] with values[i], like dict(zip(keys, values)): the extra
    elements of the longer list are ignored, and when a key repeats its last value wins.
    >>> pair_lists_to_dict(["a", "b"], [1, 2])
    {'a': 1, 'b': 2}
    """
    out = {}
    for key, value in zip(keys, values):
        out[key] = value
    return out
''',
        r"""
assert pair_lists_to_dict([], []) == {}
assert pair_lists_to_dict(["x"], []) == {}
assert pair_lists_to_dict(["a", "a"], [1, 2]) == {"a": 2}
assert pair_lists_to_dict(["a", "b", "c"], [9]) == {"a": 9}
assert pair_lists_to_dict([1, 2], ["one", "two", "three"]) == {1: "one", 2: "two"}
""",
    ),
    task(
        "medium",
        r'''
def average_by_key(pairs: list[tuple[str, int]]) -> dict[str, float]:
    """pairs is a list of (key, number) pairs. Return a dict mapping every key to the average of
    its numbers, rounded to 2 decimal places with round().
    >>> average_by_key([("a", 1), ("b", 4), ("a", 2)])
    {'a': 1.5, 'b': 4.0}
    """
    sums = {}
    counts = {}
    for key, number in pairs:
        sums[key] = sums.get(key, 0) + number
        counts[key] = counts.get(key, 0) + 1
    return {key: round(sums[key] / counts[key], 2) for key in sums}
''',
        r"""
assert average_by_key([]) == {}
assert average_by_key([("x", 7)]) == {"x": 7.0}
assert average_by_key([("x", 1), ("x", 1), ("x", 2), ("y", -3)]) == {"x": 1.33, "y": -3.0}
assert average_by_key([("z", 0), ("z", 1), ("z", 1)]) == {"z": 0.67}
assert average_by_key([("n", -1), ("n", -2)]) == {"n": -1.5}
""",
    ),
    task(
        "medium",
        r'''
def words_seen_at_least(text: str, min_count: int) -> list[str]:
    """Return, sorted alphabetically, the words of text that occur at least min_count times. The
    words are the pieces of text.split(), compared in lower case and returned in lower case.
    >>> words_seen_at_least("The cat and the dog and THE bird", 2)
    ['and', 'the']
    """
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return sorted(w for w, c in counts.items() if c >= min_count)
''',
        r"""
assert words_seen_at_least("", 1) == []
assert words_seen_at_least("a b a", 2) == ["a"]
assert words_seen_at_least("B b c C c", 2) == ["b", "c"]
assert words_seen_at_least("x y", 3) == []
assert words_seen_at_least("dog cat emu", 1) == ["cat", "dog", "emu"]
assert words_seen_at_least("Zed zed apple", 1) == ["apple", "zed"]
""",
    ),
    task(
        "medium",
        r'''
def names_by_initial(names: list[str]) -> dict[str, list[str]]:
    """Group non-empty names by their first letter in upper case: map each such letter to the list
    of the names that start with it (in either case), sorted with sorted().
    >>> names_by_initial(["bob", "Anna", "ben"])
    {'B': ['ben', 'bob'], 'A': ['Anna']}
    """
    groups = {}
    for name in names:
        groups.setdefault(name[0].upper(), []).append(name)
    return {letter: sorted(group) for letter, group in groups.items()}
''',
        r"""
assert names_by_initial([]) == {}
assert names_by_initial(["eve"]) == {"E": ["eve"]}
assert names_by_initial(["carl", "Cy", "ann", "Al"]) == {"C": ["Cy", "carl"], "A": ["Al", "ann"]}
assert names_by_initial(["x", "x"]) == {"X": ["x", "x"]}
assert names_by_initial(["dan", "Dan", "dave"]) == {"D": ["Dan", "dan", "dave"]}
""",
    ),
    task(
        "medium",
        r'''
def concat_list_values(a: dict[str, list], b: dict[str, list]) -> dict[str, list]:
    """Combine two dicts of lists into a new dict: a key in both maps to a's list followed by b's
    list, and a key in only one of them maps to a copy of its list.
    >>> concat_list_values({"x": [1], "y": [2]}, {"y": [3, 4], "z": [5]})
    {'x': [1], 'y': [2, 3, 4], 'z': [5]}
    """
    out = {key: list(values) for key, values in a.items()}
    for key, values in b.items():
        out[key] = out.get(key, []) + list(values)
    return out
''',
        r"""
assert concat_list_values({}, {}) == {}
assert concat_list_values({"a": [1]}, {}) == {"a": [1]}
assert concat_list_values({}, {"b": []}) == {"b": []}
assert concat_list_values({"a": [1]}, {"a": [2, 3], "b": [0]}) == {"a": [1, 2, 3], "b": [0]}
assert concat_list_values({"k": [1, 1]}, {"k": [1]}) == {"k": [1, 1, 1]}
""",
    ),
    task(
        "medium",
        r'''
def low_stock_lines(stock: dict[str, int], limit: int) -> list[str]:
    """Return a line 'item: quantity' for every item of stock whose quantity is below limit,
    sorted by item name.
    >>> low_stock_lines({"pens": 2, "ink": 9, "caps": 0}, 5)
    ['caps: 0', 'pens: 2']
    """
    return [f"{item}: {stock[item]}" for item in sorted(stock) if stock[item] < limit]
''',
        r"""
assert low_stock_lines({}, 5) == []
assert low_stock_lines({"a": 1}, 1) == []
assert low_stock_lines({"z": 0}, 1) == ["z: 0"]
assert low_stock_lines({"b": -1, "a": 2}, 3) == ["a: 2", "b: -1"]
assert low_stock_lines({"tape": 4, "glue": 10, "clip": 3}, 11) == ["clip: 3", "glue: 10", "tape: 4"]
""",
    ),
    task(
        "medium",
        r'''
def students_per_course(enrolments: list[tuple[str, str]]) -> dict[str, list[str]]:
    """enrolments is a list of (student, course) pairs, possibly with repeats. Return a dict
    mapping each course to the sorted list of its distinct students.
    >>> students_per_course([("bo", "art"), ("al", "art"), ("al", "gym")])
    {'art': ['al', 'bo'], 'gym': ['al']}
    """
    courses = {}
    for student, course in enrolments:
        courses.setdefault(course, set()).add(student)
    return {course: sorted(students) for course, students in courses.items()}
''',
        r"""
assert students_per_course([]) == {}
assert students_per_course([("ann", "math")]) == {"math": ["ann"]}
assert students_per_course([("bo", "art"), ("bo", "art")]) == {"art": ["bo"]}
assert students_per_course([("cy", "x"), ("al", "y"), ("bo", "x"), ("al", "x"), ("cy", "x")]) == {
    "x": ["al", "bo", "cy"],
    "y": ["al"],
}
""",
    ),
    task(
        "easy",
        r'''
def sum_dict_values(d: dict[str, int]) -> int:
    """Return the sum of the values of d (0 for an empty dict).
    >>> sum_dict_values({"a": 2, "b": 5})
    7
    """
    return sum(d.values())
''',
        r"""
assert sum_dict_values({}) == 0
assert sum_dict_values({"x": -4}) == -4
assert sum_dict_values({"a": 1, "b": 1, "c": 1}) == 3
assert sum_dict_values({"p": 10, "q": -10}) == 0
assert sum_dict_values({"m": 100, "n": 250, "o": -1}) == 349
""",
    ),
    task(
        "easy",
        r'''
def count_distinct_dict_values(d: dict) -> int:
    """Return how many different values appear among the values of d.
    >>> count_distinct_dict_values({"a": 1, "b": 2, "c": 1})
    2
    """
    return len(set(d.values()))
''',
        r"""
assert count_distinct_dict_values({}) == 0
assert count_distinct_dict_values({"x": 5}) == 1
assert count_distinct_dict_values({"a": 0, "b": 0, "c": 0}) == 1
assert count_distinct_dict_values({"a": -1, "b": 1, "c": 2, "d": -1}) == 3
assert count_distinct_dict_values({"p": "x", "q": "y", "r": "z", "s": "x"}) == 3
""",
    ),
    task(
        "easy",
        r'''
def squares_keyed_by_number(nums: list[int]) -> dict[int, int]:
    """Return a dict mapping each number of nums to its square.
    >>> squares_keyed_by_number([1, 2, 3])
    {1: 1, 2: 4, 3: 9}
    """
    return {n: n * n for n in nums}
''',
        r"""
assert squares_keyed_by_number([]) == {}
assert squares_keyed_by_number([0]) == {0: 0}
assert squares_keyed_by_number([-3, 3]) == {-3: 9, 3: 9}
assert squares_keyed_by_number([5, 5]) == {5: 25}
assert squares_keyed_by_number([10, -1, 7]) == {10: 100, -1: 1, 7: 49}
""",
    ),
    task(
        "easy",
        r'''
def shared_keys_sorted(a: dict[str, int], b: dict[str, int]) -> list[str]:
    """Return the sorted list of the keys that are in both a and b.
    >>> shared_keys_sorted({"x": 1, "y": 2}, {"y": 3, "z": 4})
    ['y']
    """
    return sorted(key for key in a if key in b)
''',
        r"""
assert shared_keys_sorted({}, {"a": 1}) == []
assert shared_keys_sorted({"a": 1}, {"a": 2}) == ["a"]
assert shared_keys_sorted({"c": 1, "b": 2, "a": 3}, {"a": 0, "c": 0, "d": 0}) == ["a", "c"]
assert shared_keys_sorted({"k": 1}, {"j": 1}) == []
assert shared_keys_sorted({"n": 1, "m": 2}, {"n": 5, "m": 6}) == ["m", "n"]
""",
    ),
    task(
        "easy",
        r'''
def add_to_each_value(d: dict[str, int], amount: int) -> dict[str, int]:
    """Return a new dict with the same keys as d and amount added to every value.
    >>> add_to_each_value({"a": 1, "b": 5}, 2)
    {'a': 3, 'b': 7}
    """
    return {key: value + amount for key, value in d.items()}
''',
        r"""
assert add_to_each_value({}, 3) == {}
assert add_to_each_value({"x": 0}, -2) == {"x": -2}
assert add_to_each_value({"a": 4, "b": 4}, 0) == {"a": 4, "b": 4}
assert add_to_each_value({"p": -5, "q": 10}, 5) == {"p": 0, "q": 15}
""",
    ),
    task(
        "easy",
        r'''
def dict_has_value(d: dict, value) -> bool:
    """Return True if some key of d maps to value, and False otherwise.
    >>> dict_has_value({"a": 1, "b": 2}, 2)
    True
    """
    return value in d.values()
''',
        r"""
assert dict_has_value({}, 1) is False
assert dict_has_value({"a": 1}, 1) is True
assert dict_has_value({"a": 1}, "a") is False
assert dict_has_value({"x": 0, "y": -3}, -3) is True
assert dict_has_value({"x": 0, "y": -3}, 3) is False
""",
    ),
    task(
        "easy",
        r'''
def dict_without_keys(d: dict[str, int], keys: list[str]) -> dict[str, int]:
    """Return a new dict holding the entries of d whose key is not in keys (keys may name keys
    that d does not have).
    >>> dict_without_keys({"a": 1, "b": 2, "c": 3}, ["b"])
    {'a': 1, 'c': 3}
    """
    return {key: value for key, value in d.items() if key not in keys}
''',
        r"""
assert dict_without_keys({}, ["a"]) == {}
assert dict_without_keys({"a": 1}, []) == {"a": 1}
assert dict_without_keys({"a": 1, "b": 2}, ["a", "b"]) == {}
assert dict_without_keys({"x": 5, "y": 6}, ["z", "y", "y"]) == {"x": 5}
assert dict_without_keys({"k": 0, "m": -1, "n": 2}, ["k"]) == {"m": -1, "n": 2}
""",
    ),
    task(
        "easy",
        r'''
def word_lengths_map(words: list[str]) -> dict[str, int]:
    """Return a dict mapping each word of words to its length.
    >>> word_lengths_map(["hi", "cat"])
    {'hi': 2, 'cat': 3}
    """
    return {word: len(word) for word in words}
''',
        r"""
assert word_lengths_map([]) == {}
assert word_lengths_map([""]) == {"": 0}
assert word_lengths_map(["go", "go"]) == {"go": 2}
assert word_lengths_map(["a", "bb", "ccc", "dddd"]) == {"a": 1, "bb": 2, "ccc": 3, "dddd": 4}
assert word_lengths_map(["hello", "world!"]) == {"hello": 5, "world!": 6}
""",
    ),
]
