"""String manipulation: formatting, encodings, ciphers, case conversion, text layout."""

from tools.tasks._spec import task

CATEGORY = "strings"

TASKS = [
    task(
        "easy",
        r'''
def squeeze_spaces(text: str) -> str:
    """Replace every run of one or more space characters ' ' in text by a single space and remove
    leading and trailing spaces. Other whitespace characters (tabs, newlines) are left unchanged.
    >>> squeeze_spaces("  hello    world ")
    'hello world'
    """
    return " ".join(part for part in text.split(" ") if part)
''',
        r"""
assert squeeze_spaces("") == ""
assert squeeze_spaces("     ") == ""
assert squeeze_spaces("one") == "one"
assert squeeze_spaces(" a  b   c ") == "a b c"
assert squeeze_spaces("tab\t\there  x") == "tab\t\there x"
assert squeeze_spaces("line\n  next") == "line\n next"
""",
    ),
    task(
        "easy",
        r'''
def initials(full_name: str) -> str:
    """Return the initials of a name: the first character of every whitespace-separated word,
    upper-cased and followed by a dot, with nothing in between. A blank name gives ''.
    >>> initials("ada lovelace")
    'A.L.'
    >>> initials("  grace   brewster murray hopper ")
    'G.B.M.H.'
    """
    return "".join(word[0].upper() + "." for word in full_name.split())
''',
        r"""
assert initials("") == ""
assert initials("   ") == ""
assert initials("x") == "X."
assert initials("émile zola") == "É.Z."
assert initials("jean-luc picard") == "J.P."
assert initials("Alan\tMathison\nTuring") == "A.M.T."
""",
    ),
    task(
        "easy",
        r'''
def mask_except_last(s: str, keep: int) -> str:
    """Replace every character of s by '#' except the last `keep` characters, which are kept.
    keep is never negative; if keep >= len(s) the string is returned unchanged.
    >>> mask_except_last("4556364607935616", 4)
    '############5616'
    >>> mask_except_last("abc", 0)
    '###'
    """
    if keep >= len(s):
        return s
    return "#" * (len(s) - keep) + s[len(s) - keep :]
''',
        r"""
assert mask_except_last("", 3) == ""
assert mask_except_last("ab", 5) == "ab"
assert mask_except_last("hello", 1) == "####o"
assert mask_except_last("hello", 5) == "hello"
assert mask_except_last("naïve", 2) == "###ve"
assert mask_except_last("x", 0) == "#"
""",
    ),
    task(
        "easy",
        r'''
def is_pangram(sentence: str) -> bool:
    """Return True if every letter of the English alphabet a-z occurs in sentence at least once,
    ignoring case; all other characters are ignored.
    >>> is_pangram("The quick brown fox jumps over the lazy dog")
    True
    >>> is_pangram("Hello world")
    False
    """
    return len({c for c in sentence.lower() if "a" <= c <= "z"}) == 26
''',
        r"""
assert is_pangram("") is False
assert is_pangram("abcdefghijklmnopqrstuvwxyz") is True
assert is_pangram("ABCDEFGHIJKLMNOPQRSTUVWXY") is False
assert is_pangram("Pack my box with five dozen liquor jugs.") is True
assert is_pangram("abcdefghijklm nopqrstuvwxy!") is False
""",
    ),
    task(
        "easy",
        r'''
def longest_run(s: str) -> tuple[str, int]:
    """Return (character, length) for the longest block of consecutive equal characters in s.
    If several blocks are equally long, the one that starts first wins. For '' return ('', 0).
    >>> longest_run("aabbbcc")
    ('b', 3)
    >>> longest_run("xyz")
    ('x', 1)
    """
    best, best_len = "", 0
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        if j - i > best_len:
            best, best_len = s[i], j - i
        i = j
    return best, best_len
''',
        r"""
assert longest_run("") == ("", 0)
assert longest_run("a") == ("a", 1)
assert longest_run("aabbaa") == ("a", 2)
assert longest_run("abbbbaaaa") == ("b", 4)
assert longest_run("  x") == (" ", 2)
assert longest_run("zzz  zz") == ("z", 3)
""",
    ),
    task(
        "easy",
        r'''
def interleave(a: str, b: str) -> str:
    """Merge two strings by taking characters alternately, starting with a; when one string runs
    out, the rest of the other one is appended.
    >>> interleave("abc", "12")
    'a1b2c'
    >>> interleave("", "xyz")
    'xyz'
    """
    out = []
    for i in range(max(len(a), len(b))):
        if i < len(a):
            out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return "".join(out)
''',
        r"""
assert interleave("", "") == ""
assert interleave("x", "") == "x"
assert interleave("ab", "1234") == "a1b234"
assert interleave("hello", "WORLD") == "hWeOlRlLoD"
assert interleave("abcd", "-") == "a-bcd"
""",
    ),
    task(
        "easy",
        r'''
def hamming(a: str, b: str) -> int:
    """Return the number of positions at which strings a and b differ, or -1 if their lengths differ.
    >>> hamming("karolin", "kathrin")
    3
    >>> hamming("abc", "ab")
    -1
    """
    if len(a) != len(b):
        return -1
    return sum(x != y for x, y in zip(a, b))
''',
        r"""
assert hamming("", "") == 0
assert hamming("a", "A") == 1
assert hamming("same", "same") == 0
assert hamming("10101", "01010") == 5
assert hamming("ab", "abc") == -1
""",
    ),
    task(
        "easy",
        r'''
def is_subsequence(small: str, big: str) -> bool:
    """Return True if small can be obtained from big by deleting zero or more characters without
    changing the order of the rest. The empty string is a subsequence of every string.
    >>> is_subsequence("ace", "abcde")
    True
    >>> is_subsequence("aec", "abcde")
    False
    """
    it = iter(big)
    return all(c in it for c in small)
''',
        r"""
assert is_subsequence("", "") is True
assert is_subsequence("", "abc") is True
assert is_subsequence("a", "") is False
assert is_subsequence("aa", "a") is False
assert is_subsequence("aa", "bab a") is True
assert is_subsequence("abc", "abc") is True
assert is_subsequence("cab", "abc") is False
""",
    ),
    task(
        "easy",
        r'''
def common_prefix(words: list[str]) -> str:
    """Return the longest string that is a prefix of every word in words ('' for an empty list).
    >>> common_prefix(["flower", "flow", "flight"])
    'fl'
    >>> common_prefix(["dog", "racecar"])
    ''
    """
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
''',
        r"""
assert common_prefix([]) == ""
assert common_prefix(["alone"]) == "alone"
assert common_prefix(["ab", "abc", "abd"]) == "ab"
assert common_prefix(["", "a"]) == ""
assert common_prefix(["Ab", "ab"]) == ""
assert common_prefix(["same", "same"]) == "same"
""",
    ),
    task(
        "easy",
        r'''
def count_initial(text: str, letter: str) -> int:
    """Count the whitespace-separated words of text whose first character equals letter,
    ignoring case. letter is a single character.
    >>> count_initial("Sally sells sea shells", "s")
    4
    >>> count_initial("apple Banana avocado", "A")
    2
    """
    return sum(1 for w in text.split() if w[0].lower() == letter.lower())
''',
        r"""
assert count_initial("", "a") == 0
assert count_initial("a", "a") == 1
assert count_initial("1a 1b a1", "1") == 2
assert count_initial("Über über uber", "ü") == 2
assert count_initial("x  y   x", "X") == 2
""",
    ),
    task(
        "easy",
        r'''
def atbash(text: str) -> str:
    """Encode text with the Atbash cipher: every ASCII letter is replaced by its mirror in the
    alphabet (a<->z, b<->y, ...), keeping its case; every other character is unchanged.
    >>> atbash("abc XYZ")
    'zyx CBA'
    >>> atbash("Hello, World!")
    'Svool, Dliow!'
    """
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr(ord("z") - (ord(c) - ord("a"))))
        elif "A" <= c <= "Z":
            out.append(chr(ord("Z") - (ord(c) - ord("A"))))
        else:
            out.append(c)
    return "".join(out)
''',
        r"""
assert atbash("") == ""
assert atbash("m n") == "n m"
assert atbash("123") == "123"
assert atbash("é") == "é"
assert atbash("Zz") == "Aa"
assert atbash(atbash("Round Trip")) == "Round Trip"
""",
    ),
    task(
        "easy",
        r'''
def first_unique_index(s: str) -> int:
    """Return the index of the first character of s that occurs exactly once in s, or -1 if there
    is none. Characters are compared exactly (case-sensitive).
    >>> first_unique_index("swiss")
    1
    >>> first_unique_index("aabb")
    -1
    """
    for i, c in enumerate(s):
        if s.count(c) == 1:
            return i
    return -1
''',
        r"""
assert first_unique_index("") == -1
assert first_unique_index("z") == 0
assert first_unique_index("aA") == 0
assert first_unique_index("abcabd") == 2
assert first_unique_index("xxyzy") == 3
""",
    ),
    task(
        "easy",
        r'''
def swap_pairs(s: str) -> str:
    """Swap the characters of s in pairs: the 1st with the 2nd, the 3rd with the 4th, and so on.
    If the length is odd, the last character stays where it is.
    >>> swap_pairs("abcdef")
    'badcfe'
    >>> swap_pairs("abc")
    'bac'
    """
    chars = list(s)
    for i in range(0, len(chars) - 1, 2):
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)
''',
        r"""
assert swap_pairs("") == ""
assert swap_pairs("a") == "a"
assert swap_pairs("ab") == "ba"
assert swap_pairs("12345") == "21435"
assert swap_pairs("aabb") == "aabb"
""",
    ),
    task(
        "medium",
        r'''
def center_text(s: str, width: int, fill: str = "*") -> str:
    """Center s in a field of the given width using the one-character string fill. The left
    padding is (width - len(s)) // 2 characters and the rest of the padding goes on the right.
    If s is at least width characters long it is returned unchanged.
    >>> center_text("ab", 5)
    '*ab**'
    >>> center_text("hello", 9, "-")
    '--hello--'
    """
    pad = width - len(s)
    if pad <= 0:
        return s
    left = pad // 2
    return fill * left + s + fill * (pad - left)
''',
        r"""
assert center_text("abc", 6) == "*abc**"
assert center_text("", 3) == "***"
assert center_text("x", 4, ".") == ".x.."
assert center_text("long", 2) == "long"
assert center_text("ab", 5, " ") == " ab  "
assert center_text("abcd", 9, "=") == "==abcd==="
""",
    ),
    task(
        "medium",
        r'''
import re


def sum_numbers_in(text: str) -> int:
    """Add up the integers written in text. A number is a maximal run of the digits '0'-'9'; if
    the character right before the run is '-', the number is negative. Everything else is ignored.
    >>> sum_numbers_in("a12b3")
    15
    >>> sum_numbers_in("x-5 y10 -z")
    5
    """
    return sum(int(m) for m in re.findall(r"-?[0-9]+", text))
''',
        r"""
assert sum_numbers_in("") == 0
assert sum_numbers_in("no digits") == 0
assert sum_numbers_in("007") == 7
assert sum_numbers_in("3-4") == -1
assert sum_numbers_in("--5") == -5
assert sum_numbers_in("1,000") == 1
assert sum_numbers_in("a\u0663b") == 0
""",
    ),
    task(
        "medium",
        r'''
def rle_encode(s: str) -> str:
    """Run-length encode s: every maximal block of a repeated character becomes the character
    followed by the block length, except that a block of length 1 is written as the bare character.
    >>> rle_encode("aaabccdddd")
    'a3bc2d4'
    >>> rle_encode("abc")
    'abc'
    """
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + (str(j - i) if j - i > 1 else ""))
        i = j
    return "".join(out)
''',
        r"""
assert rle_encode("") == ""
assert rle_encode("a") == "a"
assert rle_encode("aaaaaaaaaaaa") == "a12"
assert rle_encode("aabbaa") == "a2b2a2"
assert rle_encode("  x") == " 2x"
""",
    ),
    task(
        "medium",
        r'''
def rle_decode(s: str) -> str:
    """Decode a run-length string in which a letter may be followed by a decimal count (one or
    more digits) saying how many times it is repeated; a letter without a count appears once.
    s holds only letters and digits and never starts with a digit.
    >>> rle_decode("a3bc2")
    'aaabcc'
    >>> rle_decode("x12")
    'xxxxxxxxxxxx'
    """
    out = []
    i = 0
    while i < len(s):
        j = i + 1
        while j < len(s) and s[j].isdigit():
            j += 1
        out.append(s[i] * (int(s[i + 1 : j]) if j > i + 1 else 1))
        i = j
    return "".join(out)
''',
        r"""
assert rle_decode("") == ""
assert rle_decode("a") == "a"
assert rle_decode("a0b") == "b"
assert rle_decode("ab10c") == "a" + "b" * 10 + "c"
assert rle_decode("z1y1") == "zy"
assert rle_decode("q100") == "q" * 100
""",
    ),
    task(
        "medium",
        r'''
def reverse_each_word(text: str) -> str:
    """Reverse the characters of every word in text but keep the words in place. Words are
    maximal runs of characters other than ' '; every space is kept exactly where it was.
    >>> reverse_each_word("hello world")
    'olleh dlrow'
    >>> reverse_each_word("  ab  cd ")
    '  ba  dc '
    """
    return " ".join(part[::-1] for part in text.split(" "))
''',
        r"""
assert reverse_each_word("") == ""
assert reverse_each_word("a") == "a"
assert reverse_each_word("abc!") == "!cba"
assert reverse_each_word("one  two   three") == "eno  owt   eerht"
assert reverse_each_word("   ") == "   "
""",
    ),
    task(
        "medium",
        r'''
def alternate_case(text: str) -> str:
    """Rewrite the letters of text alternately in upper and lower case, the first letter in upper
    case. Only letters (str.isalpha) take part in the alternation; other characters are copied
    unchanged and do not affect it.
    >>> alternate_case("hello world")
    'HeLlO wOrLd'
    >>> alternate_case("a1b2c3")
    'A1b2C3'
    """
    out = []
    upper = True
    for c in text:
        if c.isalpha():
            out.append(c.upper() if upper else c.lower())
            upper = not upper
        else:
            out.append(c)
    return "".join(out)
''',
        r"""
assert alternate_case("") == ""
assert alternate_case("123") == "123"
assert alternate_case("ABCD") == "AbCd"
assert alternate_case("x y z") == "X y Z"
assert alternate_case("ÉCOLE") == "ÉcOlE"
""",
    ),
    task(
        "medium",
        r'''
import re


def to_camel_case(text: str) -> str:
    """Convert text to lowerCamelCase. Words are separated by runs of the characters '_', '-' and
    ' ' (empty pieces are ignored). The first word is written all in lower case; every other word
    with its first character in upper case and the rest in lower case.
    >>> to_camel_case("hello_world")
    'helloWorld'
    >>> to_camel_case("--Make IT-so__")
    'makeItSo'
    """
    words = [w for w in re.split(r"[-_ ]+", text) if w]
    if not words:
        return ""
    return words[0].lower() + "".join(w[0].upper() + w[1:].lower() for w in words[1:])
''',
        r"""
assert to_camel_case("") == ""
assert to_camel_case("___") == ""
assert to_camel_case("single") == "single"
assert to_camel_case("SINGLE") == "single"
assert to_camel_case("a b c") == "aBC"
assert to_camel_case("user-ID number") == "userIdNumber"
assert to_camel_case("x2 y3") == "x2Y3"
""",
    ),
    task(
        "medium",
        r'''
def title_case(text: str, minor: list[str]) -> str:
    """Title-case text. Split it into whitespace-separated words and join them with single spaces.
    Every word is written with its first character in upper case and the rest in lower case,
    except minor words (those whose lower-case form equals the lower-case form of an entry of
    minor), which are written all in lower case unless they are the first word.
    >>> title_case("the lord OF the rings", ["of", "the"])
    'The Lord of the Rings'
    >>> title_case("a tale", [])
    'A Tale'
    """
    small = {m.lower() for m in minor}
    out = []
    for i, w in enumerate(text.split()):
        if i > 0 and w.lower() in small:
            out.append(w.lower())
        else:
            out.append(w[0].upper() + w[1:].lower())
    return " ".join(out)
''',
        r"""
assert title_case("", ["a"]) == ""
assert title_case("of", ["of"]) == "Of"
assert title_case("  war  and   PEACE ", ["and"]) == "War and Peace"
assert title_case("x-ray vision", []) == "X-ray Vision"
assert title_case("go to THE store", ["The"]) == "Go To the Store"
""",
    ),
    task(
        "medium",
        r'''
def wrap_text(text: str, width: int) -> list[str]:
    """Greedily wrap the whitespace-separated words of text into lines of at most width characters.
    Words on a line are separated by one space and each line takes as many words as fit; a word
    longer than width goes alone on its own line. Return the lines ([] when there are no words).
    >>> wrap_text("the quick brown fox", 10)
    ['the quick', 'brown fox']
    """
    lines = []
    cur = ""
    for w in text.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines
''',
        r"""
assert wrap_text("", 5) == []
assert wrap_text("a b c d", 3) == ["a b", "c d"]
assert wrap_text("abcdefgh ij", 4) == ["abcdefgh", "ij"]
assert wrap_text("one", 3) == ["one"]
assert wrap_text("aa bb cc", 5) == ["aa bb", "cc"]
assert wrap_text("x  y", 1) == ["x", "y"]
""",
    ),
    task(
        "medium",
        r'''
def increment_suffix(s: str) -> str:
    """Increment the number at the end of s. If s ends with digits '0'-'9', they are read as one
    decimal number, incremented, and written back with at least as many digits as before
    (zero-padded on the left). If s does not end with a digit, '1' is appended.
    >>> increment_suffix("file9")
    'file10'
    >>> increment_suffix("img007")
    'img008'
    >>> increment_suffix("draft")
    'draft1'
    """
    i = len(s)
    while i > 0 and s[i - 1] in "0123456789":
        i -= 1
    digits = s[i:]
    if not digits:
        return s + "1"
    return s[:i] + str(int(digits) + 1).zfill(len(digits))
''',
        r"""
assert increment_suffix("") == "1"
assert increment_suffix("0") == "1"
assert increment_suffix("x099") == "x100"
assert increment_suffix("x999") == "x1000"
assert increment_suffix("v1.9") == "v1.10"
assert increment_suffix("a0b") == "a0b1"
assert increment_suffix("00") == "01"
""",
    ),
    task(
        "medium",
        r'''
def vigenere(text: str, key: str) -> str:
    """Encrypt text with the Vigenere cipher. key is a non-empty string of lower-case letters a-z;
    the key letter k shifts by ord(k) - ord('a'). Key letters are used in order, cycling, and only
    the ASCII letters of text use up a key letter: each is shifted forward in the alphabet,
    wrapping around from z to a, and keeps its case. Other characters are copied unchanged.
    >>> vigenere("attack at dawn", "lemon")
    'lxfopv ef rnhr'
    """
    out = []
    k = 0
    for c in text:
        if c.isascii() and c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            shift = ord(key[k % len(key)]) - ord("a")
            out.append(chr(base + (ord(c) - base + shift) % 26))
            k += 1
        else:
            out.append(c)
    return "".join(out)
''',
        r"""
assert vigenere("", "abc") == ""
assert vigenere("Hello", "a") == "Hello"
assert vigenere("xyz", "b") == "yza"
assert vigenere("A-b", "bc") == "B-d"
assert vigenere("ABC abc", "z") == "ZAB zab"
assert vigenere("é a", "b") == "é b"
""",
    ),
    task(
        "medium",
        r'''
def mask_email(email: str) -> str:
    """Mask the local part of an e-mail address (the text before the last '@'; email contains at
    least one '@'). If the local part has at least 3 characters, keep its first and last
    characters and replace everything between them by exactly five '*'. A shorter local part is
    replaced entirely by five '*'. The domain is kept as it is.
    >>> mask_email("john.doe@example.com")
    'j*****e@example.com'
    >>> mask_email("al@x.org")
    '*****@x.org'
    """
    local, _, domain = email.rpartition("@")
    local = local[0] + "*****" + local[-1] if len(local) >= 3 else "*****"
    return local + "@" + domain
''',
        r"""
assert mask_email("abc@d.e") == "a*****c@d.e"
assert mask_email("x@y") == "*****@y"
assert mask_email('"a@b"@host') == '"*****"@host'
assert mask_email("@host") == "*****@host"
assert mask_email("Zoë@mail") == "Z*****ë@mail"
""",
    ),
    task(
        "medium",
        r'''
def remove_adjacent_pairs(s: str) -> str:
    """Repeatedly delete two adjacent equal characters from s until no two adjacent characters are
    equal, and return what remains.
    >>> remove_adjacent_pairs("abbaca")
    'ca'
    >>> remove_adjacent_pairs("aaa")
    'a'
    """
    stack = []
    for c in s:
        if stack and stack[-1] == c:
            stack.pop()
        else:
            stack.append(c)
    return "".join(stack)
''',
        r"""
assert remove_adjacent_pairs("") == ""
assert remove_adjacent_pairs("aa") == ""
assert remove_adjacent_pairs("abccba") == ""
assert remove_adjacent_pairs("abc") == "abc"
assert remove_adjacent_pairs("aabccbd") == "d"
assert remove_adjacent_pairs("Aa") == "Aa"
""",
    ),
    task(
        "medium",
        r'''
def zigzag(text: str, rows: int) -> str:
    """Write text in a zigzag over `rows` rows (rows >= 1): the first character goes on row 0, each
    next character one row lower until row rows-1, then one row higher until row 0, and so on.
    Return the rows read left to right, top row first, concatenated.
    >>> zigzag("PAYPALISHIRING", 3)
    'PAHNAPLSIIGYIR'
    """
    if rows == 1:
        return text
    lines = [""] * rows
    row, step = 0, 1
    for c in text:
        lines[row] += c
        if row == 0:
            step = 1
        elif row == rows - 1:
            step = -1
        row += step
    return "".join(lines)
''',
        r"""
assert zigzag("", 3) == ""
assert zigzag("abc", 1) == "abc"
assert zigzag("abcdef", 2) == "acebdf"
assert zigzag("ab", 5) == "ab"
assert zigzag("PAYPALISHIRING", 4) == "PINALSIGYAHRPI"
assert zigzag("abcde", 3) == "aebdc"
""",
    ),
    task(
        "medium",
        r'''
def pig_latin(sentence: str) -> str:
    """Translate a sentence of lower-case words separated by whitespace into Pig Latin (words in
    the result are separated by single spaces). A word starting with a vowel (a, e, i, o, u) gets
    'way' appended; otherwise the consonants before its first vowel are moved to the end,
    followed by 'ay'. A word without any vowel just gets 'ay' appended.
    >>> pig_latin("hello apple")
    'ellohay appleway'
    >>> pig_latin("string")
    'ingstray'
    """
    out = []
    for w in sentence.split():
        first = next((i for i, c in enumerate(w) if c in "aeiou"), None)
        if first == 0:
            out.append(w + "way")
        elif first is None:
            out.append(w + "ay")
        else:
            out.append(w[first:] + w[:first] + "ay")
    return " ".join(out)
''',
        r"""
assert pig_latin("") == ""
assert pig_latin("rhythm") == "rhythmay"
assert pig_latin("queen") == "ueenqay"
assert pig_latin("i am") == "iway amway"
assert pig_latin("school  bus") == "oolschay usbay"
""",
    ),
    task(
        "medium",
        r'''
def longest_word(sentence: str) -> str:
    """Return the longest word of sentence, a word being a maximal run of letters (str.isalpha);
    anything else separates words. On ties the earliest word wins; return '' if there is no word.
    >>> longest_word("I love dogs!")
    'love'
    >>> longest_word("fun&!! time")
    'time'
    """
    best = ""
    cur = ""
    for c in sentence + " ":
        if c.isalpha():
            cur += c
        else:
            if len(cur) > len(best):
                best = cur
            cur = ""
    return best
''',
        r"""
assert longest_word("") == ""
assert longest_word("123 !!") == ""
assert longest_word("ab1cde") == "cde"
assert longest_word("naïve café") == "naïve"
assert longest_word("a b c") == "a"
assert longest_word("it's") == "it"
assert longest_word("end") == "end"
""",
    ),
    task(
        "hard",
        r'''
def to_snake_case(name: str) -> str:
    """Convert a camelCase or PascalCase identifier to snake_case. An underscore is inserted before
    an upper-case letter when the previous character is a lower-case letter or a digit, or when
    the previous character is upper case and the next one is lower case (so acronyms stay
    together). No underscore is inserted at the start or right after an existing underscore.
    Finally everything is lower-cased.
    >>> to_snake_case("parseHTTPResponse")
    'parse_http_response'
    >>> to_snake_case("HTMLParser")
    'html_parser'
    """
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i > 0 and name[i - 1] != "_":
            prev = name[i - 1]
            nxt = name[i + 1] if i + 1 < len(name) else ""
            if prev.islower() or prev.isdigit() or (prev.isupper() and nxt.islower()):
                out.append("_")
        out.append(c.lower())
    return "".join(out)
''',
        r"""
assert to_snake_case("") == ""
assert to_snake_case("simple") == "simple"
assert to_snake_case("Simple") == "simple"
assert to_snake_case("version2Update") == "version2_update"
assert to_snake_case("already_snake_Case") == "already_snake_case"
assert to_snake_case("getX") == "get_x"
assert to_snake_case("ABC") == "abc"
assert to_snake_case("IOError") == "io_error"
assert to_snake_case("myURL") == "my_url"
""",
    ),
    task(
        "hard",
        r'''
def strip_comment(line: str) -> str:
    """Remove a '#' comment from one line of Python-like code, then remove trailing spaces ' '.
    A '#' starts a comment only outside string literals. Literals are delimited by single or
    double quotes (a quote of the other kind inside a literal is an ordinary character), and a
    backslash inside a literal escapes the character after it.
    >>> strip_comment("x = 1  # set x")
    'x = 1'
    >>> strip_comment("s = '#not' # yes")
    "s = '#not'"
    """
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#":
            return line[:i].rstrip(" ")
        i += 1
    return line.rstrip(" ")
''',
        r"""
assert strip_comment("") == ""
assert strip_comment("# only") == ""
assert strip_comment("print('a # b')") == "print('a # b')"
assert strip_comment('t = "it\'s # ok"  # c') == 't = "it\'s # ok"'
assert strip_comment("s = 'a\\'#' # c") == "s = 'a\\'#'"
assert strip_comment("code   ") == "code"
assert strip_comment("x = 1#") == "x = 1"
""",
    ),
    task(
        "hard",
        r'''
def spell_number(n: int) -> str:
    """Write an integer 0 <= n <= 999999 in English words, in lower case, e.g. 'zero', 'seven',
    'forty-two' (tens and units joined by a hyphen), 'one hundred five', 'three thousand',
    'twelve thousand three hundred forty-five'. No 'and' is used; words are separated by spaces.
    >>> spell_number(42)
    'forty-two'
    >>> spell_number(1005)
    'one thousand five'
    >>> spell_number(110)
    'one hundred ten'
    """
    ones = (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen"
    ).split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def below_thousand(k: int) -> list[str]:
        parts = []
        if k >= 100:
            parts += [ones[k // 100], "hundred"]
            k %= 100
        if k >= 20:
            parts.append(tens[k // 10] + ("-" + ones[k % 10] if k % 10 else ""))
        elif k:
            parts.append(ones[k])
        return parts

    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = below_thousand(thousands) + ["thousand"] if thousands else []
    return " ".join(parts + below_thousand(rest))
''',
        r"""
assert spell_number(0) == "zero"
assert spell_number(13) == "thirteen"
assert spell_number(20) == "twenty"
assert spell_number(99) == "ninety-nine"
assert spell_number(100) == "one hundred"
assert spell_number(1000) == "one thousand"
assert spell_number(12345) == "twelve thousand three hundred forty-five"
assert spell_number(700000) == "seven hundred thousand"
assert spell_number(999999) == "nine hundred ninety-nine thousand nine hundred ninety-nine"
""",
    ),
    task(
        "hard",
        r'''
def unique_prefixes(words: list[str]) -> list[str]:
    """For each word of words (distinct, non-empty strings) return its shortest prefix that is not
    a prefix of any other word in the list; if there is none (the word is a prefix of another
    word), return the whole word. The result follows the order of words.
    >>> unique_prefixes(["dog", "cat", "car", "dove"])
    ['dog', 'cat', 'car', 'dov']
    >>> unique_prefixes(["zebra", "zebrafish"])
    ['zebra', 'zebraf']
    """
    out = []
    for i, w in enumerate(words):
        others = [o for j, o in enumerate(words) if j != i]
        for k in range(1, len(w) + 1):
            if not any(o.startswith(w[:k]) for o in others):
                out.append(w[:k])
                break
        else:
            out.append(w)
    return out
''',
        r"""
assert unique_prefixes([]) == []
assert unique_prefixes(["a"]) == ["a"]
assert unique_prefixes(["apple", "banana"]) == ["a", "b"]
assert unique_prefixes(["ab", "abc", "abd"]) == ["ab", "abc", "abd"]
assert unique_prefixes(["interview", "internet", "internal", "interval"]) == [
    "intervi",
    "interne",
    "interna",
    "interva",
]
""",
    ),
    task(
        "hard",
        r'''
def justify(words: list[str], width: int) -> str:
    """Fully justify one line: join words (at least one; their total length plus one space per gap
    is at most width) into a line of exactly width characters. The extra spaces are spread over
    the gaps as evenly as possible, the leftmost gaps getting one more space when they cannot be
    split evenly. A single word is padded with spaces on the right.
    >>> justify(["This", "is", "an"], 16)
    'This    is    an'
    >>> justify(["a", "b", "c", "d"], 11)
    'a   b  c  d'
    """
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = words[0]
    for i, w in enumerate(words[1:]):
        out += " " * (base + (1 if i < extra else 0)) + w
    return out
''',
        r"""
assert justify(["hello"], 8) == "hello   "
assert justify(["a", "b"], 3) == "a b"
assert justify(["ab", "cd", "ef"], 10) == "ab  cd  ef"
assert justify(["x", "y", "z"], 8) == "x   y  z"
assert justify(["word"], 4) == "word"
assert justify(["a", "b", "c", "d", "e"], 15) == "a   b   c  d  e"
""",
    ),
    task(
        "hard",
        r'''
def soundex(name: str) -> str:
    """Return the American Soundex code of name (ASCII letters only, at least one, any case).
    Keep the first letter, in upper case. The other letters map to digits: b f p v -> 1;
    c g j k q s x z -> 2; d t -> 3; l -> 4; m n -> 5; r -> 6; vowels (a e i o u y) and h, w get no
    digit. Letters with the same digit that are adjacent, or separated only by h or w, are coded
    once (this includes the first letter, which is never written as a digit); a vowel between them
    makes both count. Stop after three digits and pad with '0' to exactly 4 characters.
    >>> soundex("Robert")
    'R163'
    >>> soundex("Tymczak")
    'T522'
    >>> soundex("Pfister")
    'P236'
    """
    groups = {"1": "bfpv", "2": "cgjkqsxz", "3": "dt", "4": "l", "5": "mn", "6": "r"}
    codes = {letter: digit for digit, letters in groups.items() for letter in letters}
    name = name.lower()
    result = name[0].upper()
    last = codes.get(name[0], "")
    for c in name[1:]:
        if c in "hw":
            continue
        d = codes.get(c, "")
        if d and d != last:
            result += d
            if len(result) == 4:
                break
        last = d
    return result.ljust(4, "0")
''',
        r"""
assert soundex("Ashcraft") == "A261"
assert soundex("Lee") == "L000"
assert soundex("Rupert") == "R163"
assert soundex("Honeyman") == "H555"
assert soundex("a") == "A000"
assert soundex("BFPV") == "B000"
assert soundex("GUTIERREZ") == "G362"
assert soundex("washington") == "W252"
""",
    ),
    task(
        "hard",
        r'''
def align_columns(rows: list[list[str]]) -> list[str]:
    """Render rows of cells as the lines of a text table. Every column is as wide as its longest
    cell; cells are left-aligned (padded with spaces) and separated by ' | '. Rows may be shorter
    than others: missing cells count as empty strings. Trailing spaces are removed from every line.
    >>> align_columns([["id", "name"], ["7", "Ada"], ["12", "Grace"]])
    ['id | name', '7  | Ada', '12 | Grace']
    """
    if not rows:
        return []
    ncols = max(len(r) for r in rows)
    full = [r + [""] * (ncols - len(r)) for r in rows]
    widths = [max(len(r[c]) for r in full) for c in range(ncols)]
    return [" | ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip(" ") for r in full]
''',
        r"""
assert align_columns([]) == []
assert align_columns([["a"]]) == ["a"]
assert align_columns([["a", "b", "c"], ["dd"]]) == ["a  | b | c", "dd |   |"]
assert align_columns([["", ""], ["x", ""]]) == ["  |", "x |"]
assert align_columns([["name", "qty"], ["apple", "3"], ["fig", "12"]]) == [
    "name  | qty",
    "apple | 3",
    "fig   | 12",
]
""",
    ),
    task(
        "easy",
        r'''
def count_words_longer_than(text: str, n: int) -> int:
    """Count the whitespace-separated words of text (as given by str.split()) that have more
    than n characters. A text without words gives 0.
    >>> count_words_longer_than("a bb ccc dddd", 2)
    2
    """
    return sum(1 for word in text.split() if len(word) > n)
''',
        r"""
assert count_words_longer_than("", 0) == 0
assert count_words_longer_than("hello", 5) == 0
assert count_words_longer_than("hello", 4) == 1
assert count_words_longer_than("  one two   three ", 2) == 3
assert count_words_longer_than("I am here, friend!", 0) == 4
assert count_words_longer_than("to be or not", 2) == 1
""",
    ),
    task(
        "easy",
        r'''
def reverse_word_order(text: str) -> str:
    """Return the whitespace-separated words of text (as given by str.split()) in reverse order,
    joined by single spaces. A text without words gives ''.
    >>> reverse_word_order("one two three")
    'three two one'
    """
    return " ".join(reversed(text.split()))
''',
        r"""
assert reverse_word_order("") == ""
assert reverse_word_order("solo") == "solo"
assert reverse_word_order("  a  b c ") == "c b a"
assert reverse_word_order("Hello, world!") == "world! Hello,"
assert reverse_word_order("x\ty\nz") == "z y x"
assert reverse_word_order("1 2 3 4 5") == "5 4 3 2 1"
""",
    ),
    task(
        "easy",
        r'''
def count_digit_chars(text: str) -> int:
    """Return how many characters of text are ASCII digits '0' to '9' (0 for an empty text).
    >>> count_digit_chars("a1b22c333")
    6
    """
    return sum(1 for c in text if c in "0123456789")
''',
        r"""
assert count_digit_chars("") == 0
assert count_digit_chars("no digits") == 0
assert count_digit_chars("2024-01-05") == 8
assert count_digit_chars("   7 ") == 1
assert count_digit_chars("1234567890") == 10
""",
    ),
    task(
        "easy",
        r'''
def delete_char(text: str, ch: str) -> str:
    """Return text with every occurrence of the single character ch removed. The comparison is
    case-sensitive; all other characters keep their order.
    >>> delete_char("banana", "a")
    'bnn'
    """
    return text.replace(ch, "")
''',
        r"""
assert delete_char("", "a") == ""
assert delete_char("aaa", "a") == ""
assert delete_char("Banana", "b") == "Banana"
assert delete_char("hello world", " ") == "helloworld"
assert delete_char("Mississippi", "s") == "Miiippi"
assert delete_char("a-b-c", "-") == "abc"
""",
    ),
    task(
        "easy",
        r'''
def pad_left_to(s: str, width: int, fill: str) -> str:
    """Pad s on the left with the one-character string fill until it is width characters long.
    If s already has width or more characters it is returned unchanged (this is str.rjust).
    >>> pad_left_to("7", 3, "0")
    '007'
    """
    return s.rjust(width, fill)
''',
        r"""
assert pad_left_to("abc", 2, "*") == "abc"
assert pad_left_to("", 3, "-") == "---"
assert pad_left_to("ab", 2, ".") == "ab"
assert pad_left_to("x", 4, " ") == "   x"
assert pad_left_to("42", 6, "0") == "000042"
assert pad_left_to("hi", 5, "~") == "~~~hi"
""",
    ),
    task(
        "easy",
        r'''
def repeat_joined(s: str, n: int, sep: str) -> str:
    """Return n copies of s joined by sep, i.e. with sep between neighbouring copies (n >= 0).
    n = 0 gives ''.
    >>> repeat_joined("ab", 3, "-")
    'ab-ab-ab'
    """
    return sep.join([s] * n)
''',
        r"""
assert repeat_joined("x", 1, ",") == "x"
assert repeat_joined("x", 0, ",") == ""
assert repeat_joined("", 3, "+") == "++"
assert repeat_joined("-", 3, "-") == "-----"
assert repeat_joined("ok", 4, ", ") == "ok, ok, ok, ok"
""",
    ),
    task(
        "easy",
        r'''
def count_upper_letters(text: str) -> int:
    """Return how many characters of text are upper-case letters (those for which str.isupper()
    is True); 0 for an empty text.
    >>> count_upper_letters("Hello World")
    2
    """
    return sum(1 for c in text if c.isupper())
''',
        r"""
assert count_upper_letters("") == 0
assert count_upper_letters("hello") == 0
assert count_upper_letters("ABC def GHI") == 6
assert count_upper_letters("123 !?") == 0
assert count_upper_letters("NASA and ESA") == 7
assert count_upper_letters("iPhone X") == 2
""",
    ),
    task(
        "easy",
        r'''
def ensure_prefix(s: str, prefix: str) -> str:
    """Return s unchanged if it already starts with prefix (str.startswith, case-sensitive),
    otherwise return prefix + s.
    >>> ensure_prefix("example.com", "https://")
    'https://example.com'
    >>> ensure_prefix("https://a.org", "https://")
    'https://a.org'
    """
    if s.startswith(prefix):
        return s
    return prefix + s
''',
        r"""
assert ensure_prefix("", "ab") == "ab"
assert ensure_prefix("abc", "") == "abc"
assert ensure_prefix("ab", "abc") == "abcab"
assert ensure_prefix("Hello", "he") == "heHello"
assert ensure_prefix("#tag", "#") == "#tag"
assert ensure_prefix("tag", "#") == "#tag"
""",
    ),
    task(
        "easy",
        r'''
def drop_suffix(s: str, suffix: str) -> str:
    """If s ends with suffix (a non-empty string; case-sensitive), return s with that one
    occurrence of suffix removed from its end; otherwise return s unchanged.
    >>> drop_suffix("report.txt", ".txt")
    'report'
    >>> drop_suffix("report.txt", ".csv")
    'report.txt'
    """
    if s.endswith(suffix):
        return s[: len(s) - len(suffix)]
    return s
''',
        r"""
assert drop_suffix("aaa", "a") == "aa"
assert drop_suffix("", "x") == ""
assert drop_suffix(".txt", ".txt") == ""
assert drop_suffix("walking", "ing") == "walk"
assert drop_suffix("Data.CSV", ".csv") == "Data.CSV"
assert drop_suffix("tomato", "to") == "toma"
""",
    ),
    task(
        "easy",
        r'''
def mask_digits(text: str) -> str:
    """Replace every ASCII digit '0' to '9' in text by '*'; all other characters stay as they are.
    >>> mask_digits("pin 1234")
    'pin ****'
    """
    return "".join("*" if c in "0123456789" else c for c in text)
''',
        r"""
assert mask_digits("") == ""
assert mask_digits("abc") == "abc"
assert mask_digits("a1b2") == "a*b*"
assert mask_digits("007") == "***"
assert mask_digits("call 555-0199 now") == "call ***-**** now"
""",
    ),
    task(
        "easy",
        r'''
def count_letter_any_case(text: str, letter: str) -> int:
    """Count the occurrences of the single character letter in text, ignoring case (both are
    compared in lower case).
    >>> count_letter_any_case("Banana", "a")
    3
    """
    return text.lower().count(letter.lower())
''',
        r"""
assert count_letter_any_case("", "a") == 0
assert count_letter_any_case("Banana", "B") == 1
assert count_letter_any_case("AaAa", "a") == 4
assert count_letter_any_case("xyz", "q") == 0
assert count_letter_any_case("Mississippi", "S") == 4
assert count_letter_any_case("a b c", " ") == 2
""",
    ),
    task(
        "easy",
        r'''
def stretch_chars(s: str, n: int) -> str:
    """Return s with every character repeated n times in place (n >= 0; n = 0 gives '').
    >>> stretch_chars("abc", 2)
    'aabbcc'
    """
    return "".join(c * n for c in s)
''',
        r"""
assert stretch_chars("", 3) == ""
assert stretch_chars("x", 1) == "x"
assert stretch_chars("ab", 0) == ""
assert stretch_chars("a b", 3) == "aaa   bbb"
assert stretch_chars("hi!", 2) == "hhii!!"
assert stretch_chars("zz", 3) == "zzzzzz"
""",
    ),
    task(
        "easy",
        r'''
def rejoin_words(text: str, sep: str) -> str:
    """Split text into whitespace-separated words (str.split()) and join them with sep.
    A text without words gives ''.
    >>> rejoin_words("a b c", "-")
    'a-b-c'
    """
    return sep.join(text.split())
''',
        r"""
assert rejoin_words("", "-") == ""
assert rejoin_words("  one  ", "+") == "one"
assert rejoin_words("hello world", "") == "helloworld"
assert rejoin_words("x  y", ", ") == "x, y"
assert rejoin_words("a\tb\nc", "_") == "a_b_c"
""",
    ),
    task(
        "easy",
        r'''
def count_words_ending(text: str, suffix: str) -> int:
    """Count the whitespace-separated words of text (str.split()) that end with suffix
    (str.endswith, case-sensitive). A text without words gives 0.
    >>> count_words_ending("singing and dancing", "ing")
    2
    """
    return sum(1 for word in text.split() if word.endswith(suffix))
''',
        r"""
assert count_words_ending("", "ing") == 0
assert count_words_ending("sing ring bring", "ing") == 3
assert count_words_ending("walked talking ed", "ed") == 2
assert count_words_ending("ING ing", "ing") == 1
assert count_words_ending("cat dog", "x") == 0
""",
    ),
    task(
        "medium",
        r'''
def acronym_of_long_words(phrase: str, min_len: int) -> str:
    """Build an acronym from the whitespace-separated words of phrase (str.split()) that have at
    least min_len characters: the first character of each such word, upper-cased, in order, with
    nothing in between. If no word qualifies the result is ''.
    >>> acronym_of_long_words("portable network graphics", 1)
    'PNG'
    >>> acronym_of_long_words("the lord of the rings", 4)
    'LR'
    """
    return "".join(word[0].upper() for word in phrase.split() if len(word) >= min_len)
''',
        r"""
assert acronym_of_long_words("", 1) == ""
assert acronym_of_long_words("a b c", 2) == ""
assert acronym_of_long_words("as soon as possible", 2) == "ASAP"
assert acronym_of_long_words("frequently asked questions", 6) == "FQ"
assert acronym_of_long_words("Hello", 5) == "H"
assert acronym_of_long_words("new  york city", 0) == "NYC"
""",
    ),
    task(
        "medium",
        r'''
def right_align_lines(lines: list[str]) -> list[str]:
    """Right-align lines: pad each line on the left with spaces to the length of the longest
    line. lines holds at least one string; return a new list in the same order.
    >>> right_align_lines(["a", "bbb", "cc"])
    ['  a', 'bbb', ' cc']
    """
    width = max(len(line) for line in lines)
    return [line.rjust(width) for line in lines]
''',
        r"""
assert right_align_lines(["x"]) == ["x"]
assert right_align_lines(["", "ab"]) == ["  ", "ab"]
assert right_align_lines(["same", "size"]) == ["same", "size"]
assert right_align_lines(["1", "10", "100", "5"]) == ["  1", " 10", "100", "  5"]
assert right_align_lines(["hello", "hi", ""]) == ["hello", "   hi", "     "]
""",
    ),
    task(
        "medium",
        r'''
def mask_long_words(text: str, n: int) -> str:
    """Split text into whitespace-separated words (str.split()), replace every word longer than
    n characters by as many '*' as it has characters, and join the words with single spaces.
    >>> mask_long_words("my password is secret", 5)
    'my ******** is ******'
    """
    return " ".join("*" * len(word) if len(word) > n else word for word in text.split())
''',
        r"""
assert mask_long_words("", 3) == ""
assert mask_long_words("abc", 3) == "abc"
assert mask_long_words("abcd", 3) == "****"
assert mask_long_words("  a   bb ", 1) == "a **"
assert mask_long_words("x yy zzz", 0) == "* ** ***"
assert mask_long_words("top secret plans", 4) == "top ****** *****"
""",
    ),
    task(
        "medium",
        r'''
def tally_char_kinds(text: str) -> tuple[int, int, int, int]:
    """Count the characters of text by kind and return (letters, digits, spaces, others):
    letters are the characters with str.isalpha(), digits those with str.isdigit(), spaces
    those with str.isspace(), and every remaining character counts as other.
    >>> tally_char_kinds("Hi 42!")
    (2, 2, 1, 1)
    """
    letters = digits = spaces = others = 0
    for c in text:
        if c.isalpha():
            letters += 1
        elif c.isdigit():
            digits += 1
        elif c.isspace():
            spaces += 1
        else:
            others += 1
    return (letters, digits, spaces, others)
''',
        r"""
assert tally_char_kinds("") == (0, 0, 0, 0)
assert tally_char_kinds("abc") == (3, 0, 0, 0)
assert tally_char_kinds("   ") == (0, 0, 3, 0)
assert tally_char_kinds("Hello 2024!!") == (5, 4, 1, 2)
assert tally_char_kinds("a\tb\n1") == (2, 1, 2, 0)
assert tally_char_kinds("#$%") == (0, 0, 0, 3)
""",
    ),
    task(
        "medium",
        r'''
def normalize_tags(tags: list[str]) -> list[str]:
    """Clean a list of tags: strip the surrounding whitespace of each tag and lower-case it, drop
    the tags that are empty after stripping, remove duplicates, and return the remaining tags
    sorted alphabetically (sorted()).
    >>> normalize_tags(["  Python ", "python", "Rust"])
    ['python', 'rust']
    """
    return sorted({tag.strip().lower() for tag in tags if tag.strip()})
''',
        r"""
assert normalize_tags([]) == []
assert normalize_tags(["", "   "]) == []
assert normalize_tags(["b", "A", "a "]) == ["a", "b"]
assert normalize_tags(["Go"]) == ["go"]
assert normalize_tags(["web dev", "Web Dev ", "api"]) == ["api", "web dev"]
assert normalize_tags(["z", "y", "x"]) == ["x", "y", "z"]
""",
    ),
    task(
        "medium",
        r'''
def make_slug(title: str) -> str:
    """Turn a title into a URL slug: lower-case it, delete every character that is neither a
    letter or digit (str.isalnum) nor whitespace, then join the remaining whitespace-separated
    words with '-'. A title without any letter or digit gives ''.
    >>> make_slug("Hello, World!")
    'hello-world'
    """
    kept = "".join(c for c in title.lower() if c.isalnum() or c.isspace())
    return "-".join(kept.split())
''',
        r"""
assert make_slug("") == ""
assert make_slug("  Many   spaces ") == "many-spaces"
assert make_slug("C++ & Python 3") == "c-python-3"
assert make_slug("It's 9 o'clock") == "its-9-oclock"
assert make_slug("---") == ""
assert make_slug("Top 10 Tips") == "top-10-tips"
""",
    ),
    task(
        "easy",
        r'''
def count_spaces(text: str) -> int:
    """Return how many space characters ' ' text contains.
    >>> count_spaces("to be or")
    2
    """
    return text.count(" ")
''',
        r"""
assert count_spaces("") == 0
assert count_spaces("a b") == 1
assert count_spaces("  ") == 2
assert count_spaces("abc") == 0
assert count_spaces(" a b c ") == 4
""",
    ),
    task(
        "easy",
        r'''
def lengths_of_words(text: str) -> list[int]:
    """Return the lengths of the whitespace-separated words of text (str.split()), in order.
    >>> lengths_of_words("the quick fox")
    [3, 5, 3]
    """
    return [len(word) for word in text.split()]
''',
        r"""
assert lengths_of_words("") == []
assert lengths_of_words("a bb ccc") == [1, 2, 3]
assert lengths_of_words("  hi  there ") == [2, 5]
assert lengths_of_words("x") == [1]
assert lengths_of_words("one\ttwo\nthree") == [3, 3, 5]
""",
    ),
    task(
        "easy",
        r'''
def spaces_to_underscores(text: str) -> str:
    """Return text with every space character ' ' replaced by an underscore '_'.
    >>> spaces_to_underscores("hello world")
    'hello_world'
    """
    return text.replace(" ", "_")
''',
        r"""
assert spaces_to_underscores("") == ""
assert spaces_to_underscores("a b") == "a_b"
assert spaces_to_underscores("  x ") == "__x_"
assert spaces_to_underscores("nospace") == "nospace"
assert spaces_to_underscores("a b c d") == "a_b_c_d"
""",
    ),
    task(
        "easy",
        r'''
def has_repeated_char(text: str) -> bool:
    """Return True if some character occurs more than once in text (case-sensitive), else False.
    >>> has_repeated_char("letter")
    True
    >>> has_repeated_char("word")
    False
    """
    return len(set(text)) < len(text)
''',
        r"""
assert has_repeated_char("") is False
assert has_repeated_char("abc") is False
assert has_repeated_char("aba") is True
assert has_repeated_char("Aa") is False
assert has_repeated_char("  ") is True
assert has_repeated_char("abcdefga") is True
""",
    ),
    task(
        "easy",
        r'''
def words_with_prefix(text: str, prefix: str) -> list[str]:
    """Return, in order, the whitespace-separated words of text (str.split()) that start with prefix.
    >>> words_with_prefix("apple banana avocado", "a")
    ['apple', 'avocado']
    """
    return [word for word in text.split() if word.startswith(prefix)]
''',
        r"""
assert words_with_prefix("", "a") == []
assert words_with_prefix("Apple apple", "a") == ["apple"]
assert words_with_prefix("cat dog", "z") == []
assert words_with_prefix("pre prefix press", "pre") == ["pre", "prefix", "press"]
assert words_with_prefix("go go went", "go") == ["go", "go"]
assert words_with_prefix("un undo", "") == ["un", "undo"]
""",
    ),
    task(
        "easy",
        r'''
def all_caps_words(text: str) -> list[str]:
    """Return, in order, the whitespace-separated words of text (str.split()) for which str.isupper() is True.
    >>> all_caps_words("NASA and the FBI")
    ['NASA', 'FBI']
    """
    return [word for word in text.split() if word.isupper()]
''',
        r"""
assert all_caps_words("") == []
assert all_caps_words("A b C") == ["A", "C"]
assert all_caps_words("abc") == []
assert all_caps_words("R2D2 ok") == ["R2D2"]
assert all_caps_words("OK ok Ok OK") == ["OK", "OK"]
assert all_caps_words("123 X") == ["X"]
""",
    ),
    task(
        "easy",
        r'''
def count_title_words(text: str) -> int:
    """Return how many whitespace-separated words of text (str.split()) start with an upper-case letter.
    >>> count_title_words("Alice met Bob")
    2
    """
    return sum(1 for word in text.split() if word[0].isupper())
''',
        r"""
assert count_title_words("") == 0
assert count_title_words("Hello world") == 1
assert count_title_words("A B C") == 3
assert count_title_words("lower only") == 0
assert count_title_words("  Mixed  Case words ") == 2
assert count_title_words("123 Abc") == 1
""",
    ),
    task(
        "easy",
        r'''
def words_containing_digit(text: str) -> list[str]:
    """Return, in order, the whitespace-separated words of text (str.split()) that contain at least one digit.
    >>> words_containing_digit("room 101 on floor 3")
    ['101', '3']
    """
    return [word for word in text.split() if any(c.isdigit() for c in word)]
''',
        r"""
assert words_containing_digit("") == []
assert words_containing_digit("a1 b c3") == ["a1", "c3"]
assert words_containing_digit("abc") == []
assert words_containing_digit("x9y z") == ["x9y"]
assert words_containing_digit("2024 year 7up") == ["2024", "7up"]
""",
    ),
]
