"""Parsing and formatting: key/value text, times and dates, versions, numbers, expressions, CSV, INI."""

from tools.tasks._spec import task

CATEGORY = "parsing"

TASKS = [
    task(
        "easy",
        r'''
def parse_kv_pairs(text: str) -> dict[str, str]:
    """Parse 'key=value' pairs separated by ';' into a dict. Every non-blank segment contains '=';
    only the first '=' separates key and value, so a value may contain '='. Spaces around keys and
    values are stripped, blank segments are skipped, and a later pair overrides an earlier one.
    >>> parse_kv_pairs("a=1; b = two ;")
    {'a': '1', 'b': 'two'}
    """
    out = {}
    for segment in text.split(";"):
        if segment.strip():
            key, _, value = segment.partition("=")
            out[key.strip()] = value.strip()
    return out
''',
        r"""
assert parse_kv_pairs("") == {}
assert parse_kv_pairs(";;") == {}
assert parse_kv_pairs("x=1;x=2") == {"x": "2"}
assert parse_kv_pairs("url=a=b") == {"url": "a=b"}
assert parse_kv_pairs(" k = ") == {"k": ""}
assert parse_kv_pairs("a=1;b=2;c=3") == {"a": "1", "b": "2", "c": "3"}
""",
    ),
    task(
        "easy",
        r'''
def to_seconds(clock: str) -> int:
    """Convert a duration written 'H:MM:SS' or 'MM:SS' to a number of seconds. The first field may
    have any number of digits; the others are two digits from 00 to 59.
    >>> to_seconds("01:02:03")
    3723
    >>> to_seconds("5:07")
    307
    """
    total = 0
    for part in clock.split(":"):
        total = total * 60 + int(part)
    return total
''',
        r"""
assert to_seconds("0:00") == 0
assert to_seconds("00:00:00") == 0
assert to_seconds("100:00:00") == 360000
assert to_seconds("59:59") == 3599
assert to_seconds("1:00:01") == 3601
""",
    ),
    task(
        "easy",
        r'''
def format_hms(seconds: int) -> str:
    """Format a non-negative number of seconds as 'H:MM:SS': the hours without padding (any number
    of digits), the minutes and seconds always with two digits.
    >>> format_hms(3723)
    '1:02:03'
    """
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"
''',
        r"""
assert format_hms(0) == "0:00:00"
assert format_hms(59) == "0:00:59"
assert format_hms(3600) == "1:00:00"
assert format_hms(86399) == "23:59:59"
assert format_hms(360000) == "100:00:00"
""",
    ),
    task(
        "easy",
        r'''
def parse_version(version: str) -> tuple[int, ...]:
    """Turn a dotted version string such as '1.10.0' into a tuple of ints. A leading 'v' or 'V' is
    ignored, and so is everything from the first '-' or '+' on (a pre-release or build suffix).
    >>> parse_version("v2.10.3-beta")
    (2, 10, 3)
    """
    if version[:1] in ("v", "V"):
        version = version[1:]
    for sep in "-+":
        version = version.split(sep)[0]
    return tuple(int(part) for part in version.split("."))
''',
        r"""
assert parse_version("1") == (1,)
assert parse_version("0.0.1") == (0, 0, 1)
assert parse_version("V1.2+build.5") == (1, 2)
assert parse_version("10.20.30-rc.1+x") == (10, 20, 30)
assert parse_version("007.1") == (7, 1)
""",
    ),
    task(
        "easy",
        r'''
def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """Convert a CSS hex color '#rrggbb', or its short form '#rgb' (each digit doubled, so '#f80'
    means '#ff8800'), to an (r, g, b) tuple. Hex digits may be upper or lower case.
    >>> hex_to_rgb("#ff8000")
    (255, 128, 0)
    >>> hex_to_rgb("#F80")
    (255, 136, 0)
    """
    digits = color[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
''',
        r"""
assert hex_to_rgb("#000") == (0, 0, 0)
assert hex_to_rgb("#FFFFFF") == (255, 255, 255)
assert hex_to_rgb("#0a0B0c") == (10, 11, 12)
assert hex_to_rgb("#123") == (17, 34, 51)
""",
    ),
    task(
        "easy",
        r'''
def rgb_to_hex(r: int, g: int, b: int) -> str:
    """Return the color as '#RRGGBB' with upper-case hex digits. A component below 0 counts as 0 and
    a component above 255 counts as 255.
    >>> rgb_to_hex(255, 128, 0)
    '#FF8000'
    """
    return "#" + "".join(f"{max(0, min(255, v)):02X}" for v in (r, g, b))
''',
        r"""
assert rgb_to_hex(0, 0, 0) == "#000000"
assert rgb_to_hex(-5, 300, 16) == "#00FF10"
assert rgb_to_hex(1, 2, 3) == "#010203"
assert rgb_to_hex(171, 205, 239) == "#ABCDEF"
""",
    ),
    task(
        "easy",
        r'''
def parse_bool(text: str) -> bool | None:
    """Interpret text as a boolean, ignoring case and surrounding whitespace: 'true', 'yes', 'on',
    'y' and '1' give True; 'false', 'no', 'off', 'n' and '0' give False; anything else gives None.
    >>> parse_bool(" Yes ")
    True
    >>> parse_bool("off")
    False
    """
    word = text.strip().lower()
    if word in ("true", "yes", "on", "y", "1"):
        return True
    if word in ("false", "no", "off", "n", "0"):
        return False
    return None
''',
        r"""
assert parse_bool("TRUE") is True
assert parse_bool("0") is False
assert parse_bool("") is None
assert parse_bool("nope") is None
assert parse_bool("y") is True
assert parse_bool("N\n") is False
assert parse_bool("1.0") is None
""",
    ),
    task(
        "easy",
        r'''
import re


def count_log_levels(lines: list[str]) -> dict[str, int]:
    """Count log lines by level. A line has a level if it starts with '[', one or more upper-case
    letters A-Z and ']' (as in '[ERROR] disk full'); other lines are ignored.
    >>> count_log_levels(["[INFO] up", "[ERROR] x", "[INFO] y", "no level"])
    {'INFO': 2, 'ERROR': 1}
    """
    counts = {}
    for line in lines:
        m = re.match(r"\[([A-Z]+)\]", line)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts
''',
        r"""
assert count_log_levels([]) == {}
assert count_log_levels(["[] x"]) == {}
assert count_log_levels(["[warn] x"]) == {}
assert count_log_levels([" [INFO] x"]) == {}
assert count_log_levels(["[DEBUG]", "[DEBUG]x", "[DEBUG1] y"]) == {"DEBUG": 2}
""",
    ),
    task(
        "easy",
        r'''
def parse_range_list(spec: str) -> list[int]:
    """Expand a comma-separated list of non-negative integers and inclusive ranges 'a-b' (a <= b)
    into the sorted list of distinct integers covered. Spaces around items are allowed; an empty
    or blank spec gives [].
    >>> parse_range_list("1-3,5, 7-8")
    [1, 2, 3, 5, 7, 8]
    >>> parse_range_list("4,2-3,3")
    [2, 3, 4]
    """
    values = set()
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        if "-" in item:
            a, b = item.split("-")
            values.update(range(int(a), int(b) + 1))
        else:
            values.add(int(item))
    return sorted(values)
''',
        r"""
assert parse_range_list("") == []
assert parse_range_list("  ") == []
assert parse_range_list("0") == [0]
assert parse_range_list("5-5") == [5]
assert parse_range_list("10-12, 11-13") == [10, 11, 12, 13]
assert parse_range_list(" 9 , 1 ") == [1, 9]
""",
    ),
    task(
        "easy",
        r'''
def parse_matrix(text: str) -> list[list[int]]:
    """Parse a matrix written as rows separated by ';', with the integers of a row separated by
    whitespace, as in '1 2; 3 4'. Empty or blank rows are skipped.
    >>> parse_matrix("1 2; 3 4")
    [[1, 2], [3, 4]]
    """
    return [[int(x) for x in row.split()] for row in text.split(";") if row.strip()]
''',
        r"""
assert parse_matrix("") == []
assert parse_matrix("5") == [[5]]
assert parse_matrix(" -1  0 ;; 7 ") == [[-1, 0], [7]]
assert parse_matrix("1 2 3;4 5 6;") == [[1, 2, 3], [4, 5, 6]]
""",
    ),
    task(
        "easy",
        r'''
def to_24_hour(time12: str) -> str:
    """Convert a 12-hour time 'hh:mm:ssAM' or 'hh:mm:ssPM' (hh from 01 to 12) to the 24-hour form
    'HH:MM:SS'. 12:mm:ssAM is just after midnight (00:mm:ss); 12:mm:ssPM is just after noon.
    >>> to_24_hour("07:05:45PM")
    '19:05:45'
    >>> to_24_hour("12:00:00AM")
    '00:00:00'
    """
    hh, rest = int(time12[:2]), time12[2:8]
    hh %= 12
    if time12[8:] == "PM":
        hh += 12
    return f"{hh:02d}{rest}"
''',
        r"""
assert to_24_hour("12:00:00PM") == "12:00:00"
assert to_24_hour("01:00:00AM") == "01:00:00"
assert to_24_hour("11:59:59PM") == "23:59:59"
assert to_24_hour("12:30:01AM") == "00:30:01"
assert to_24_hour("06:40:03AM") == "06:40:03"
""",
    ),
    task(
        "easy",
        r'''
def roman_to_int(s: str) -> int:
    """Convert a valid upper-case Roman numeral to an integer: I=1, V=5, X=10, L=50, C=100, D=500,
    M=1000, where a smaller symbol before a larger one is subtracted (IV=4, IX=9, XL=40, CM=900).
    >>> roman_to_int("MCMXCIV")
    1994
    """
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, c in enumerate(s):
        v = values[c]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
''',
        r"""
assert roman_to_int("I") == 1
assert roman_to_int("IV") == 4
assert roman_to_int("LVIII") == 58
assert roman_to_int("MMMCMXCIX") == 3999
assert roman_to_int("XLIX") == 49
assert roman_to_int("CDXLIV") == 444
""",
    ),
    task(
        "easy",
        r'''
def luhn_valid(number: str) -> bool:
    """Check a number with the Luhn algorithm. number holds digits 0-9 and spaces; spaces are
    ignored, any other character makes it invalid, and so do fewer than 2 digits. Starting from
    the rightmost digit, double every second digit (subtracting 9 when the result exceeds 9); the
    number is valid if the sum of all the digits is divisible by 10.
    >>> luhn_valid("4539 3195 0343 6467")
    True
    >>> luhn_valid("8273 1232 7352 0569")
    False
    """
    digits = number.replace(" ", "")
    if len(digits) < 2 or any(c not in "0123456789" for c in digits):
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0
''',
        r"""
assert luhn_valid("0") is False
assert luhn_valid(" 0 0 ") is True
assert luhn_valid("059") is True
assert luhn_valid("059a") is False
assert luhn_valid("055 444 285") is True
assert luhn_valid("055-444-285") is False
assert luhn_valid("091") is True
""",
    ),
    task(
        "medium",
        r'''
def compare_versions(a: str, b: str) -> int:
    """Compare two dotted version strings made of non-negative integers, part by part and
    numerically; missing parts count as 0, so '1.0' equals '1'. Return -1 if a < b, 0 if they
    are equal and 1 if a > b.
    >>> compare_versions("1.10", "1.9")
    1
    >>> compare_versions("2.0.0", "2")
    0
    """
    pa = [int(p) for p in a.split(".")]
    pb = [int(p) for p in b.split(".")]
    n = max(len(pa), len(pb))
    pa += [0] * (n - len(pa))
    pb += [0] * (n - len(pb))
    return (pa > pb) - (pa < pb)
''',
        r"""
assert compare_versions("1", "2") == -1
assert compare_versions("0.1", "0.0.9") == 1
assert compare_versions("1.01", "1.1") == 0
assert compare_versions("1.0.0.1", "1") == 1
assert compare_versions("3.2", "3.10") == -1
assert compare_versions("10", "9.99") == 1
""",
    ),
    task(
        "medium",
        r'''
def parse_query(query: str) -> dict[str, list[str]]:
    """Parse a URL query string such as 'a=1&b=2&a=3' into a dict mapping each key to the list of its
    values in order of appearance. A leading '?' is ignored, empty parts (from '&&' or a leading or
    trailing '&') are skipped, and a part without '=' has the value ''. Only the first '=' of a
    part separates key and value. Nothing is decoded.
    >>> parse_query("a=1&b=2&a=3")
    {'a': ['1', '3'], 'b': ['2']}
    >>> parse_query("?flag&x=")
    {'flag': [''], 'x': ['']}
    """
    if query.startswith("?"):
        query = query[1:]
    out = {}
    for part in query.split("&"):
        if part:
            key, _, value = part.partition("=")
            out.setdefault(key, []).append(value)
    return out
''',
        r"""
assert parse_query("") == {}
assert parse_query("?") == {}
assert parse_query("&&") == {}
assert parse_query("k=v=w") == {"k": ["v=w"]}
assert parse_query("a=1&&a=1&") == {"a": ["1", "1"]}
assert parse_query("=x") == {"": ["x"]}
""",
    ),
    task(
        "medium",
        r'''
import re


def parse_duration(text: str) -> int:
    """Convert a duration such as '1h30m', '45s' or '2d4h' to seconds. It is a sequence of
    number-unit pairs with the units d (86400 s), h (3600 s), m (60 s) and s (1 s), in any order; a
    unit may appear several times and all pairs are added up. The empty string is 0 seconds.
    >>> parse_duration("1h30m15s")
    5415
    >>> parse_duration("2d")
    172800
    """
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    return sum(int(n) * units[u] for n, u in re.findall(r"([0-9]+)([dhms])", text))
''',
        r"""
assert parse_duration("") == 0
assert parse_duration("0s") == 0
assert parse_duration("90m") == 5400
assert parse_duration("1s1s") == 2
assert parse_duration("10m2h") == 7800
assert parse_duration("100d") == 8640000
""",
    ),
    task(
        "medium",
        r'''
def format_bytes(n: int) -> str:
    """Format a byte count n >= 0 with binary units. Below 1024 write '<n> B'. Otherwise divide by
    1024 as many times as needed to get a value below 1024 (but never beyond TiB) and write it
    with exactly one decimal place followed by the unit KiB, MiB, GiB or TiB.
    >>> format_bytes(1536)
    '1.5 KiB'
    >>> format_bytes(1023)
    '1023 B'
    """
    if n < 1024:
        return f"{n} B"
    value = n / 1024
    units = ["KiB", "MiB", "GiB", "TiB"]
    i = 0
    while value >= 1024 and i < len(units) - 1:
        value /= 1024
        i += 1
    return f"{value:.1f} {units[i]}"
''',
        r"""
assert format_bytes(0) == "0 B"
assert format_bytes(1024) == "1.0 KiB"
assert format_bytes(1048576) == "1.0 MiB"
assert format_bytes(5 * 1024**3 + 1024**3 // 2) == "5.5 GiB"
assert format_bytes(2048 * 1024**4) == "2048.0 TiB"
assert format_bytes(123456789) == "117.7 MiB"
""",
    ),
    task(
        "medium",
        r'''
def is_valid_ipv4(address: str) -> bool:
    """Return True if address is a dotted-decimal IPv4 address: exactly four parts separated by '.',
    each made only of the ASCII digits 0-9, with a value from 0 to 255 and no leading zero ('0' is
    fine, '01' is not). No spaces or other characters are allowed.
    >>> is_valid_ipv4("192.168.0.1")
    True
    >>> is_valid_ipv4("256.1.1.1")
    False
    """
    parts = address.split(".")
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or any(c not in "0123456789" for c in p):
            return False
        if (len(p) > 1 and p[0] == "0") or int(p) > 255:
            return False
    return True
''',
        r"""
assert is_valid_ipv4("0.0.0.0") is True
assert is_valid_ipv4("255.255.255.255") is True
assert is_valid_ipv4("1.2.3") is False
assert is_valid_ipv4("1.2.3.4.5") is False
assert is_valid_ipv4("01.2.3.4") is False
assert is_valid_ipv4("1.2.3.-4") is False
assert is_valid_ipv4(" 1.2.3.4") is False
assert is_valid_ipv4("1..3.4") is False
assert is_valid_ipv4("1.2.3.\u0664") is False
""",
    ),
    task(
        "medium",
        r'''
def format_phone(text: str) -> str | None:
    """Normalise a North American phone number. Keep only the ASCII digits 0-9 of text; if there are
    11 of them and the first is '1', drop that '1'. If exactly 10 digits remain, return them as
    '(XXX) XXX-XXXX'; otherwise return None.
    >>> format_phone("+1 (613) 995-0253")
    '(613) 995-0253'
    >>> format_phone("123-45") is None
    True
    """
    digits = "".join(c for c in text if c in "0123456789")
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10:
        return None
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
''',
        r"""
assert format_phone("6139950253") == "(613) 995-0253"
assert format_phone("16139950253") == "(613) 995-0253"
assert format_phone("26139950253") is None
assert format_phone("613.995.0253 ext") == "(613) 995-0253"
assert format_phone("") is None
assert format_phone("1 613 995 025") == "(161) 399-5025"
""",
    ),
    task(
        "medium",
        r'''
def day_of_year(date: str) -> int:
    """Return the number of the day within its year (1 to 366) of an ISO date 'YYYY-MM-DD' in the
    Gregorian calendar.
    >>> day_of_year("2024-03-01")
    61
    >>> day_of_year("2023-12-31")
    365
    """
    y, m, d = (int(p) for p in date.split("-"))
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    months = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return sum(months[: m - 1]) + d
''',
        r"""
assert day_of_year("2000-01-01") == 1
assert day_of_year("2000-12-31") == 366
assert day_of_year("1900-03-01") == 60
assert day_of_year("2024-02-29") == 60
assert day_of_year("2100-12-31") == 365
""",
    ),
    task(
        "medium",
        r'''
def eval_rpn(tokens: list[str]) -> int:
    """Evaluate an expression in reverse Polish notation. Tokens are integers (possibly negative,
    like '-3') and the operators '+', '-', '*' and '/', where division truncates toward zero
    (-7 / 2 is -3). The expression is valid and never divides by zero.
    >>> eval_rpn(["2", "1", "+", "3", "*"])
    9
    >>> eval_rpn(["4", "13", "5", "/", "+"])
    6
    """
    stack = []
    for t in tokens:
        if t in ("+", "-", "*", "/"):
            b, a = stack.pop(), stack.pop()
            if t == "+":
                stack.append(a + b)
            elif t == "-":
                stack.append(a - b)
            elif t == "*":
                stack.append(a * b)
            else:
                q = abs(a) // abs(b)
                stack.append(-q if (a < 0) != (b < 0) else q)
        else:
            stack.append(int(t))
    return stack[0]
''',
        r"""
assert eval_rpn(["5"]) == 5
assert eval_rpn(["-3"]) == -3
assert eval_rpn(["7", "-2", "/"]) == -3
assert eval_rpn(["-7", "2", "/"]) == -3
assert eval_rpn(["3", "4", "-"]) == -1
assert eval_rpn(["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]) == 22
""",
    ),
    task(
        "medium",
        r'''
import re


def markdown_headings(lines: list[str]) -> list[tuple[int, str]]:
    """Return the headings among the lines of a Markdown text as (level, title) pairs, in order. A
    heading line starts with 1 to 6 '#' characters followed by at least one space; its title is the
    rest of the line with surrounding whitespace removed, and also without a closing run of '#'
    characters when that run is preceded by whitespace. Other lines, like '#tag', '  # x' or
    '####### x', are not headings.
    >>> markdown_headings(["# Title", "text", "## Part 1 ##"])
    [(1, 'Title'), (2, 'Part 1')]
    """
    out = []
    for line in lines:
        m = re.match(r"(#{1,6}) (.*)$", line)
        if not m:
            continue
        title = m.group(2).strip()
        closing = re.search(r"\s#+$", title)
        if closing:
            title = title[: closing.start()].strip()
        out.append((len(m.group(1)), title))
    return out
''',
        r"""
assert markdown_headings([]) == []
assert markdown_headings(["#tag"]) == []
assert markdown_headings(["####### x"]) == []
assert markdown_headings(["###### six"]) == [(6, "six")]
assert markdown_headings(["# C#"]) == [(1, "C#")]
assert markdown_headings(["  # indented"]) == []
assert markdown_headings(["#  spaced  title  "]) == [(1, "spaced  title")]
""",
    ),
    task(
        "medium",
        r'''
import re


def extract_hashtags(text: str) -> list[str]:
    """Return the hashtags of text in order of first appearance, lower-cased and without duplicates.
    A hashtag is '#' followed by one or more ASCII letters, digits or underscores, and the '#' must
    be at the start of text or right after a whitespace character; the tag ends at the first other
    character.
    >>> extract_hashtags("Love #Python and #python3! #Python")
    ['python', 'python3']
    """
    out = []
    for m in re.finditer(r"(?:^|(?<=\s))#([A-Za-z0-9_]+)", text):
        tag = m.group(1).lower()
        if tag not in out:
            out.append(tag)
    return out
''',
        r"""
assert extract_hashtags("") == []
assert extract_hashtags("no tags") == []
assert extract_hashtags("a#b #c") == ["c"]
assert extract_hashtags("#x#y") == ["x"]
assert extract_hashtags("#_ok #ok-go") == ["_ok", "ok"]
assert extract_hashtags("# #") == []
assert extract_hashtags("\t#Tab") == ["tab"]
assert extract_hashtags("#é") == []
""",
    ),
    task(
        "medium",
        r'''
def is_valid_isbn10(isbn: str) -> bool:
    """Check an ISBN-10. Hyphens are ignored; what remains must be 9 digits followed by one more
    digit or 'X' (standing for 10). It is valid if d1*10 + d2*9 + ... + d10*1 is divisible by 11.
    >>> is_valid_isbn10("3-598-21508-8")
    True
    >>> is_valid_isbn10("3-598-21508-9")
    False
    """
    s = isbn.replace("-", "")
    if len(s) != 10 or any(c not in "0123456789" for c in s[:9]) or s[9] not in "0123456789X":
        return False
    values = [int(c) for c in s[:9]] + [10 if s[9] == "X" else int(s[9])]
    return sum(v * (10 - i) for i, v in enumerate(values)) % 11 == 0
''',
        r"""
assert is_valid_isbn10("3-598-21507-X") is True
assert is_valid_isbn10("3598215088") is True
assert is_valid_isbn10("359821507X") is True
assert is_valid_isbn10("3-598-2X507-9") is False
assert is_valid_isbn10("3-598-21507") is False
assert is_valid_isbn10("") is False
assert is_valid_isbn10("3-598-21507-XX") is False
assert is_valid_isbn10("00000000-00") is True
""",
    ),
    task(
        "medium",
        r'''
def fill_template(template: str, values: dict[str, str]) -> str:
    """Replace every placeholder '{name}' in template (name made of letters, digits and
    underscores) by values[name]; a placeholder whose name is not in values stays exactly as it is.
    '{{' and '}}' stand for literal braces. Inserted values are not scanned again.
    >>> fill_template("Hi {name}!", {"name": "Ada"})
    'Hi Ada!'
    >>> fill_template("{{x}} {y}", {})
    '{x} {y}'
    """
    out = []
    i = 0
    while i < len(template):
        if template.startswith("{{", i):
            out.append("{")
            i += 2
        elif template.startswith("}}", i):
            out.append("}")
            i += 2
        elif template[i] == "{":
            j = i + 1
            while j < len(template) and (template[j].isalnum() or template[j] == "_"):
                j += 1
            if j > i + 1 and j < len(template) and template[j] == "}":
                name = template[i + 1 : j]
                out.append(values[name] if name in values else template[i : j + 1])
                i = j + 1
            else:
                out.append("{")
                i += 1
        else:
            out.append(template[i])
            i += 1
    return "".join(out)
''',
        r"""
assert fill_template("", {}) == ""
assert fill_template("{a}{b}", {"a": "1", "b": "2"}) == "12"
assert fill_template("{{a}}", {"a": "1"}) == "{a}"
assert fill_template("{a}", {"a": "{b}", "b": "x"}) == "{b}"
assert fill_template("{ a }", {"a": "1"}) == "{ a }"
assert fill_template("{{{a}}}", {"a": "1"}) == "{1}"
""",
    ),
    task(
        "medium",
        r'''
import re


def parse_dice(spec: str) -> tuple[int, int, int]:
    """Parse dice notation 'NdS+M' into (N, S, M): N dice (1 when N is omitted) with S sides, plus
    a modifier written '+M' or '-M' (0 when omitted). The 'd' may be upper or lower case; there
    are no spaces.
    >>> parse_dice("3d6+2")
    (3, 6, 2)
    >>> parse_dice("d20")
    (1, 20, 0)
    """
    m = re.fullmatch(r"([0-9]*)[dD]([0-9]+)([+-][0-9]+)?", spec)
    return int(m[1]) if m[1] else 1, int(m[2]), int(m[3]) if m[3] else 0
''',
        r"""
assert parse_dice("2D8-1") == (2, 8, -1)
assert parse_dice("10d10") == (10, 10, 0)
assert parse_dice("1d4+0") == (1, 4, 0)
assert parse_dice("d6-10") == (1, 6, -10)
assert parse_dice("100d100+100") == (100, 100, 100)
""",
    ),
    task(
        "medium",
        r'''
def normalize_path(path: str) -> str:
    """Simplify an absolute Unix path: collapse repeated '/', drop '.' segments, let each '..'
    remove the previous segment (at the root it does nothing) and drop any trailing '/'. The result
    starts with '/' and is '/' alone for the root.
    >>> normalize_path("/a/./b/../../c/")
    '/c'
    >>> normalize_path("/../x//y")
    '/x/y'
    """
    parts = []
    for seg in path.split("/"):
        if seg == "..":
            if parts:
                parts.pop()
        elif seg and seg != ".":
            parts.append(seg)
    return "/" + "/".join(parts)
''',
        r"""
assert normalize_path("/") == "/"
assert normalize_path("//") == "/"
assert normalize_path("/home/") == "/home"
assert normalize_path("/a/b/c/../../..") == "/"
assert normalize_path("/.../a") == "/.../a"
assert normalize_path("/a/.b/./c") == "/a/.b/c"
""",
    ),
    task(
        "medium",
        r'''
def decode_form_value(text: str) -> str:
    """Decode a URL form value: '+' means a space and '%XY' (two hex digits, either case) is the byte
    with that value; other characters stand for their UTF-8 bytes. The bytes are then decoded as
    UTF-8 (the input always decodes correctly). A '%' not followed by two hex digits is kept as is.
    >>> decode_form_value("a+b%21")
    'a b!'
    >>> decode_form_value("caf%C3%A9")
    'café'
    """
    hexdigits = "0123456789abcdefABCDEF"
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        pair = text[i + 1 : i + 3]
        if c == "+":
            out += b" "
            i += 1
        elif c == "%" and len(pair) == 2 and all(h in hexdigits for h in pair):
            out.append(int(pair, 16))
            i += 3
        else:
            out += c.encode()
            i += 1
    return out.decode("utf-8")
''',
        r"""
assert decode_form_value("") == ""
assert decode_form_value("%") == "%"
assert decode_form_value("100%") == "100%"
assert decode_form_value("%4") == "%4"
assert decode_form_value("%2b") == "+"
assert decode_form_value("%E2%82%AC+5") == "€ 5"
assert decode_form_value("é%20") == "é "
assert decode_form_value("%zz") == "%zz"
""",
    ),
    task(
        "medium",
        r'''
def weekday_name(date: str) -> str:
    """Return the English weekday name, 'Monday' to 'Sunday', of an ISO date 'YYYY-MM-DD' in the
    proleptic Gregorian calendar (years 1 to 9999).
    >>> weekday_name("2024-01-01")
    'Monday'
    """
    y, m, d = (int(p) for p in date.split("-"))
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    months = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    p = y - 1
    ordinal = p * 365 + p // 4 - p // 100 + p // 400 + sum(months[: m - 1]) + d
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return names[(ordinal - 1) % 7]
''',
        r"""
assert weekday_name("2000-01-01") == "Saturday"
assert weekday_name("1970-01-01") == "Thursday"
assert weekday_name("0001-01-01") == "Monday"
assert weekday_name("9999-12-31") == "Friday"
assert weekday_name("2024-02-29") == "Thursday"
assert weekday_name("1900-03-01") == "Thursday"
""",
    ),
    task(
        "medium",
        r'''
def days_between(a: str, b: str) -> int:
    """Return the number of days from ISO date a to ISO date b ('YYYY-MM-DD', proleptic Gregorian
    calendar, years 1 to 9999): positive if b is later than a, negative if it is earlier.
    >>> days_between("2024-02-28", "2024-03-01")
    2
    >>> days_between("2000-01-01", "1999-12-31")
    -1
    """

    def ordinal(date: str) -> int:
        y, m, d = (int(p) for p in date.split("-"))
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        months = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        p = y - 1
        return p * 365 + p // 4 - p // 100 + p // 400 + sum(months[: m - 1]) + d

    return ordinal(b) - ordinal(a)
''',
        r"""
assert days_between("2020-05-05", "2020-05-05") == 0
assert days_between("1900-02-28", "1900-03-01") == 1
assert days_between("0001-01-01", "9999-12-31") == 3652058
assert days_between("2023-01-01", "2024-01-01") == 365
assert days_between("2024-01-01", "2025-01-01") == 366
assert days_between("2100-03-01", "2100-02-28") == -1
""",
    ),
    task(
        "hard",
        r'''
import re


def evaluate(expression: str) -> int:
    """Evaluate an integer arithmetic expression with non-negative integer literals, +, -, *, /,
    parentheses, unary minus and spaces. Unary minus binds tightest, then * and /, then + and -;
    operators of equal precedence group left to right. / is integer division truncating toward
    zero (7 / -2 is -3). The expression is valid and never divides by zero.
    >>> evaluate("2 + 3 * (4 - 1)")
    11
    >>> evaluate("-7 / 2")
    -3
    """
    tokens = re.findall(r"[0-9]+|[-+*/()]", expression)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op, right = take(), term()
            value = value + right if op == "+" else value - right
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            op, right = take(), factor()
            if op == "*":
                value *= right
            else:
                q = abs(value) // abs(right)
                value = -q if (value < 0) != (right < 0) else q
        return value

    def factor():
        t = take()
        if t == "-":
            return -factor()
        if t == "(":
            value = expr()
            take()
            return value
        return int(t)

    return expr()
''',
        r"""
assert evaluate("42") == 42
assert evaluate("1 - 2 - 3") == -4
assert evaluate("2 * 3 + 4") == 10
assert evaluate("2 * (3 + 4)") == 14
assert evaluate("7 / -2") == -3
assert evaluate("-(3 - 10) / 2") == 3
assert evaluate("100 / 10 / 3") == 3
assert evaluate("((2))") == 2
assert evaluate("- - 4") == 4
assert evaluate("12345678901234567890 * 10") == 123456789012345678900
""",
    ),
    task(
        "hard",
        r'''
import re


def tokenize(source: str) -> list[str]:
    """Split a line of Python-like source into tokens, scanning left to right: names (an ASCII
    letter or '_' followed by ASCII letters, digits or '_'), numbers (one or more digits, optionally
    followed by '.' and zero or more digits, e.g. '3', '3.14', '2.'), the two-character operators
    '**', '//', '==', '!=', '<=', '>=' (preferred over their one-character prefixes), and any
    other single non-whitespace character. Whitespace separates tokens and is dropped.
    >>> tokenize("x1 = a**2 // 3.5")
    ['x1', '=', 'a', '**', '2', '//', '3.5']
    """
    pattern = r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+(?:\.[0-9]*)?|\*\*|//|==|!=|<=|>=|\S"
    return re.findall(pattern, source)
''',
        r"""
assert tokenize("") == []
assert tokenize("   ") == []
assert tokenize("a<=b>c") == ["a", "<=", "b", ">", "c"]
assert tokenize("f(x, 2.)") == ["f", "(", "x", ",", "2.", ")"]
assert tokenize("1.2.3") == ["1.2", ".", "3"]
assert tokenize("***") == ["**", "*"]
assert tokenize("x!=y==z") == ["x", "!=", "y", "==", "z"]
assert tokenize("3abc _d9") == ["3", "abc", "_d9"]
assert tokenize("a = -1") == ["a", "=", "-", "1"]
assert tokenize("é") == ["é"]
""",
    ),
    task(
        "hard",
        r'''
def parse_ini(lines: list[str]) -> dict[str, dict[str, str]]:
    """Parse INI-style lines into {section: {key: value}}. Surrounding whitespace of each line is
    ignored; blank lines and lines starting with ';' or '#' are skipped. A line '[name]' starts the
    section name (stripped); the section appears in the result at once, and reopening it later
    adds to it. A line containing '=' is split at the first '=' into key and value (both stripped)
    and stored in the current section; pairs before any section header go to the section ''. A
    repeated key overwrites the earlier value. Any other line is ignored.
    >>> parse_ini(["[db]", "host = x", "port=5432", "; comment"])
    {'db': {'host': 'x', 'port': '5432'}}
    """
    out = {}
    current = ""
    for raw in lines:
        line = raw.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            out.setdefault(current, {})
        elif "=" in line:
            key, _, value = line.partition("=")
            out.setdefault(current, {})[key.strip()] = value.strip()
    return out
''',
        r"""
assert parse_ini([]) == {}
assert parse_ini(["a=1"]) == {"": {"a": "1"}}
assert parse_ini(["[s]"]) == {"s": {}}
assert parse_ini(["[ s ]", "k = v = w"]) == {"s": {"k": "v = w"}}
assert parse_ini(["[a]", "x=1", "[b]", "x=2", "[a]", "y=3", "x=4"]) == {
    "a": {"x": "4", "y": "3"},
    "b": {"x": "2"},
}
assert parse_ini(["  # c", "junk", "[x]", "  k=  "]) == {"x": {"k": ""}}
""",
    ),
    task(
        "hard",
        r'''
def parse_csv_line(line: str) -> list[str]:
    """Split one CSV line into fields separated by ','. A field that starts with '"' is quoted: it
    runs to the matching closing '"' (which is always followed by ',' or the end of the line),
    commas inside it are ordinary characters, '""' inside it stands for one '"', and the enclosing
    quotes are not part of the value. Unquoted fields are taken as they are (nothing is stripped).
    An empty line is a single empty field.
    >>> parse_csv_line('a,"b,c",d')
    ['a', 'b,c', 'd']
    >>> parse_csv_line('x,"say ""hi"" now",')
    ['x', 'say "hi" now', '']
    """
    fields = []
    i, n = 0, len(line)
    while True:
        if i < n and line[i] == '"':
            i += 1
            buf = []
            while i < n:
                if line[i] == '"':
                    if i + 1 < n and line[i + 1] == '"':
                        buf.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                buf.append(line[i])
                i += 1
            fields.append("".join(buf))
        else:
            j = line.find(",", i)
            j = n if j == -1 else j
            fields.append(line[i:j])
            i = j
        if i >= n:
            return fields
        i += 1
        if i == n:
            fields.append("")
            return fields
''',
        r"""
assert parse_csv_line("") == [""]
assert parse_csv_line(",") == ["", ""]
assert parse_csv_line("a, b") == ["a", " b"]
assert parse_csv_line('"",""') == ["", ""]
assert parse_csv_line('"x""y"') == ['x"y']
assert parse_csv_line('1,"2,3",') == ["1", "2,3", ""]
assert parse_csv_line('"multi ""quoted"", yes",z') == ['multi "quoted", yes', "z"]
""",
    ),
    task(
        "hard",
        r'''
def count_atoms(formula: str) -> dict[str, int]:
    """Count the atoms of each element in a chemical formula such as 'H2O', 'Mg(OH)2' or
    'K4(ON(SO3)2)2'. An element is an upper-case letter optionally followed by one lower-case
    letter. An element or a parenthesised group may be followed by a count (1 when absent), and
    groups can be nested.
    >>> count_atoms("Mg(OH)2")
    {'Mg': 1, 'O': 2, 'H': 2}
    """
    stack = [{}]
    i, n = 0, len(formula)

    def read_count() -> int:
        nonlocal i
        j = i
        while i < n and formula[i].isdigit():
            i += 1
        return int(formula[j:i]) if i > j else 1

    while i < n:
        c = formula[i]
        if c == "(":
            stack.append({})
            i += 1
        elif c == ")":
            i += 1
            mult = read_count()
            for name, count in stack.pop().items():
                stack[-1][name] = stack[-1].get(name, 0) + count * mult
        else:
            j = i + 1
            if j < n and formula[j].islower():
                j += 1
            name = formula[i:j]
            i = j
            stack[-1][name] = stack[-1].get(name, 0) + read_count()
    return stack[0]
''',
        r"""
assert count_atoms("H") == {"H": 1}
assert count_atoms("H2O") == {"H": 2, "O": 1}
assert count_atoms("K4(ON(SO3)2)2") == {"K": 4, "O": 14, "N": 2, "S": 4}
assert count_atoms("Be32") == {"Be": 32}
assert count_atoms("C6H12O6") == {"C": 6, "H": 12, "O": 6}
assert count_atoms("((H)2)3") == {"H": 6}
assert count_atoms("(CH3)3COH") == {"C": 4, "H": 10, "O": 1}
""",
    ),
    task(
        "hard",
        r'''
def expand_cron_field(field: str, low: int, high: int) -> list[int]:
    """Expand one cron schedule field into the sorted list of distinct values it selects within
    [low, high]. The field is a comma-separated list of items; an item is '*' (all values from low
    to high), a number 'a', or a range 'a-b', optionally followed by '/step', which keeps every
    step-th value starting from the first one ('*/15' over 0-59 gives 0, 15, 30, 45). With a
    step, a single number 'a' means the values from a up to high.
    >>> expand_cron_field("*/15", 0, 59)
    [0, 15, 30, 45]
    >>> expand_cron_field("1-5/2,10", 0, 59)
    [1, 3, 5, 10]
    """
    values = set()
    for item in field.split(","):
        base, slash, step_text = item.partition("/")
        step = int(step_text) if slash else 1
        if base == "*":
            start, end = low, high
        elif "-" in base:
            a, b = base.split("-")
            start, end = int(a), int(b)
        else:
            start = int(base)
            end = high if slash else start
        values.update(range(start, end + 1, step))
    return sorted(values)
''',
        r"""
assert expand_cron_field("*", 1, 5) == [1, 2, 3, 4, 5]
assert expand_cron_field("5", 0, 59) == [5]
assert expand_cron_field("5/20", 0, 59) == [5, 25, 45]
assert expand_cron_field("1-3,2-4", 0, 10) == [1, 2, 3, 4]
assert expand_cron_field("*/7", 1, 12) == [1, 8]
assert expand_cron_field("0-23/6,*/12", 0, 23) == [0, 6, 12, 18]
""",
    ),
    task(
        "easy",
        r'''
def hhmm_to_minutes(time: str) -> int:
    """Convert a 24-hour time 'HH:MM' (both fields two digits) to the number of minutes since
    midnight.
    >>> hhmm_to_minutes("02:15")
    135
    """
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)
''',
        r"""
assert hhmm_to_minutes("00:00") == 0
assert hhmm_to_minutes("23:59") == 1439
assert hhmm_to_minutes("12:30") == 750
assert hhmm_to_minutes("01:05") == 65
assert hhmm_to_minutes("10:00") == 600
""",
    ),
    task(
        "easy",
        r'''
def minutes_as_hhmm(minutes: int) -> str:
    """Format a number of minutes since midnight, from 0 to 1439, as a 24-hour time 'HH:MM' with
    both the hours and the minutes padded to two digits.
    >>> minutes_as_hhmm(135)
    '02:15'
    """
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
''',
        r"""
assert minutes_as_hhmm(0) == "00:00"
assert minutes_as_hhmm(1439) == "23:59"
assert minutes_as_hhmm(65) == "01:05"
assert minutes_as_hhmm(600) == "10:00"
assert minutes_as_hhmm(59) == "00:59"
""",
    ),
    task(
        "easy",
        r'''
def sum_comma_numbers(text: str) -> int:
    """Return the sum of the integers in a comma-separated string such as '3, -1,4'. There is at
    least one number; numbers may be negative and may have spaces around them.
    >>> sum_comma_numbers("3, -1,4")
    6
    """
    return sum(int(part) for part in text.split(","))
''',
        r"""
assert sum_comma_numbers("5") == 5
assert sum_comma_numbers("-2,2") == 0
assert sum_comma_numbers("10, 20 , 30") == 60
assert sum_comma_numbers("-1,-2,-3") == -6
assert sum_comma_numbers("100,0,1") == 101
""",
    ),
    task(
        "easy",
        r'''
def path_extension(filename: str) -> str:
    """Return the extension of a file name: the text after its last '.', unchanged. A name without
    any '.' has no extension, so the result is ''.
    >>> path_extension("report.pdf")
    'pdf'
    >>> path_extension("archive.tar.gz")
    'gz'
    """
    if "." not in filename:
        return ""
    return filename.rsplit(".", 1)[1]
''',
        r"""
assert path_extension("README") == ""
assert path_extension("photo.JPG") == "JPG"
assert path_extension("a.b.c.d") == "d"
assert path_extension("data.json") == "json"
assert path_extension("x.py") == "py"
""",
    ),
    task(
        "easy",
        r'''
def iso_date_parts(date: str) -> tuple[int, int, int]:
    """Split a date written 'YYYY-MM-DD' into a (year, month, day) tuple of ints; leading zeros
    are dropped.
    >>> iso_date_parts("2024-03-09")
    (2024, 3, 9)
    """
    year, month, day = date.split("-")
    return int(year), int(month), int(day)
''',
        r"""
assert iso_date_parts("1999-12-31") == (1999, 12, 31)
assert iso_date_parts("2000-01-01") == (2000, 1, 1)
assert iso_date_parts("0042-10-05") == (42, 10, 5)
assert iso_date_parts("2023-07-20") == (2023, 7, 20)
""",
    ),
    task(
        "easy",
        r'''
def domain_of_email(address: str) -> str:
    """Return the domain of an e-mail address: the text after its '@' (the address has exactly
    one '@'), unchanged.
    >>> domain_of_email("ann@example.com")
    'example.com'
    """
    return address.split("@")[1]
''',
        r"""
assert domain_of_email("x@y") == "y"
assert domain_of_email("first.last@Mail.Example.org") == "Mail.Example.org"
assert domain_of_email("a+b@sub.test.io") == "sub.test.io"
assert domain_of_email("bob@localhost") == "localhost"
""",
    ),
    task(
        "easy",
        r'''
import re


def ints_in_text(text: str) -> list[int]:
    """Return, in order, every integer written in text: each maximal run of digits, negative when
    a '-' comes directly before it. Leading zeros are dropped ('007' is 7). Text without digits
    gives [].
    >>> ints_in_text("take 3 steps, then -12")
    [3, -12]
    """
    return [int(match) for match in re.findall(r"-?\d+", text)]
''',
        r"""
assert ints_in_text("") == []
assert ints_in_text("none here") == []
assert ints_in_text("a-5b10") == [-5, 10]
assert ints_in_text("007 and 8") == [7, 8]
assert ints_in_text("x=42") == [42]
assert ints_in_text("9 9 9") == [9, 9, 9]
""",
    ),
    task(
        "easy",
        r'''
def count_words_in(text: str) -> int:
    """Count the words of text, where words are separated by any run of whitespace (spaces, tabs,
    newlines), as str.split() does. Text that is empty or only whitespace has 0 words.
    >>> count_words_in("the quick  brown fox")
    4
    """
    return len(text.split())
''',
        r"""
assert count_words_in("") == 0
assert count_words_in("   \t\n") == 0
assert count_words_in("one") == 1
assert count_words_in("a\tb\nc  d e") == 5
assert count_words_in(" lead and trail ") == 3
""",
    ),
    task(
        "easy",
        r'''
def split_command_line(command: str) -> tuple[str, list[str]]:
    """Split a command string into its name (the first whitespace-separated word) and the list of
    its arguments (the remaining words, in order). The command contains at least one word; extra
    whitespace is ignored.
    >>> split_command_line("git commit -m fix")
    ('git', ['commit', '-m', 'fix'])
    """
    words = command.split()
    return words[0], words[1:]
''',
        r"""
assert split_command_line("ls") == ("ls", [])
assert split_command_line("  cp  a.txt   b.txt ") == ("cp", ["a.txt", "b.txt"])
assert split_command_line("echo hello hello") == ("echo", ["hello", "hello"])
assert split_command_line("rm -rf /tmp/x") == ("rm", ["-rf", "/tmp/x"])
""",
    ),
    task(
        "easy",
        r'''
def host_from_url(url: str) -> str:
    """Return the host of a URL of the form 'scheme://host', optionally followed by '/path...': the
    text between '://' and the next '/' (or the end). A port such as ':8080' stays part of the host.
    >>> host_from_url("https://example.com/docs/index.html")
    'example.com'
    """
    rest = url.split("://", 1)[1]
    return rest.split("/", 1)[0]
''',
        r"""
assert host_from_url("http://a.org") == "a.org"
assert host_from_url("https://x.y.z:8080/a/b") == "x.y.z:8080"
assert host_from_url("ftp://files.net/") == "files.net"
assert host_from_url("http://localhost/api?q=1") == "localhost"
""",
    ),
    task(
        "easy",
        r'''
def int_assignments(text: str) -> dict[str, int]:
    """Parse 'name=value' assignments separated by spaces, where each value is an integer (possibly
    negative), into a dict mapping names to int values. When a name is assigned more than once,
    the last value wins. An empty string gives {}.
    >>> int_assignments("x=1 y=-2")
    {'x': 1, 'y': -2}
    """
    result = {}
    for item in text.split():
        name, value = item.split("=")
        result[name] = int(value)
    return result
''',
        r"""
assert int_assignments("") == {}
assert int_assignments("a=0") == {"a": 0}
assert int_assignments("n=5 n=7") == {"n": 7}
assert int_assignments("p=10 q=20 r=-30") == {"p": 10, "q": 20, "r": -30}
""",
    ),
    task(
        "easy",
        r'''
def resolution_tuple(size: str) -> tuple[int, int]:
    """Parse a size written 'WIDTHxHEIGHT', two non-negative integers with a lower-case 'x' between
    them such as '1920x1080', into a (width, height) tuple of ints.
    >>> resolution_tuple("1920x1080")
    (1920, 1080)
    """
    width, height = size.split("x")
    return int(width), int(height)
''',
        r"""
assert resolution_tuple("800x600") == (800, 600)
assert resolution_tuple("1x1") == (1, 1)
assert resolution_tuple("0x0") == (0, 0)
assert resolution_tuple("3840x2160") == (3840, 2160)
assert resolution_tuple("64x128") == (64, 128)
""",
    ),
    task(
        "easy",
        r'''
def ipv4_to_int(address: str) -> int:
    """Convert a dotted IPv4 address 'a.b.c.d' (four numbers from 0 to 255) to its 32-bit integer
    value a * 256**3 + b * 256**2 + c * 256 + d.
    >>> ipv4_to_int("1.2.3.4")
    16909060
    """
    value = 0
    for part in address.split("."):
        value = value * 256 + int(part)
    return value
''',
        r"""
assert ipv4_to_int("0.0.0.0") == 0
assert ipv4_to_int("255.255.255.255") == 4294967295
assert ipv4_to_int("10.0.0.1") == 167772161
assert ipv4_to_int("192.168.1.1") == 3232235777
assert ipv4_to_int("0.0.1.0") == 256
""",
    ),
    task(
        "easy",
        r'''
def last_path_part(path: str) -> str:
    """Return the last component of a '/'-separated path: the text after its last '/', or the
    whole path when it contains no '/'.
    >>> last_path_part("docs/guide/intro.md")
    'intro.md'
    """
    return path.split("/")[-1]
''',
        r"""
assert last_path_part("file") == "file"
assert last_path_part("/usr/bin/python3") == "python3"
assert last_path_part("a/b/c/d") == "d"
assert last_path_part("src/main.py") == "main.py"
""",
    ),
    task(
        "medium",
        r'''
def sum_hmm_durations(durations: list[str]) -> str:
    """Add up durations written 'H:MM' (hours with any number of digits, minutes from 00 to 59)
    and return the total in the same format: hours without padding, minutes with two digits. An
    empty list gives '0:00'.
    >>> sum_hmm_durations(["1:30", "0:45"])
    '2:15'
    """
    total = 0
    for item in durations:
        hours, minutes = item.split(":")
        total += int(hours) * 60 + int(minutes)
    return f"{total // 60}:{total % 60:02d}"
''',
        r"""
assert sum_hmm_durations([]) == "0:00"
assert sum_hmm_durations(["0:05"]) == "0:05"
assert sum_hmm_durations(["10:00", "2:30", "0:30"]) == "13:00"
assert sum_hmm_durations(["0:59", "0:01"]) == "1:00"
assert sum_hmm_durations(["23:59", "23:59"]) == "47:58"
""",
    ),
    task(
        "medium",
        r'''
def distinct_sorted_csv(text: str) -> list[int]:
    """Parse a comma-separated list of integers (at least one; negatives allowed, spaces around
    numbers allowed) and return its distinct values in ascending order.
    >>> distinct_sorted_csv("3, 1,2,3")
    [1, 2, 3]
    """
    return sorted(set(int(part) for part in text.split(",")))
''',
        r"""
assert distinct_sorted_csv("5") == [5]
assert distinct_sorted_csv("2, 2, -1, 2") == [-1, 2]
assert distinct_sorted_csv("10,9,10,0") == [0, 9, 10]
assert distinct_sorted_csv("-3,-30,3") == [-30, -3, 3]
assert distinct_sorted_csv("7,7,7") == [7]
""",
    ),
    task(
        "medium",
        r'''
def days_logged_in_month(dates: list[str], year: int, month: int) -> list[int]:
    """Given dates written 'YYYY-MM-DD', return the day numbers (as ints) of those that fall in
    the given year and month, in ascending order, keeping duplicates.
    >>> days_logged_in_month(["2024-03-09", "2024-04-01", "2024-03-02"], 2024, 3)
    [2, 9]
    """
    days = []
    for date in dates:
        y, m, d = date.split("-")
        if int(y) == year and int(m) == month:
            days.append(int(d))
    return sorted(days)
''',
        r"""
assert days_logged_in_month([], 2024, 1) == []
assert days_logged_in_month(["2023-05-10", "2024-05-10"], 2024, 5) == [10]
assert days_logged_in_month(["2020-12-31", "2020-12-01", "2020-12-31"], 2020, 12) == [1, 31, 31]
assert days_logged_in_month(["2021-01-15", "2021-02-15"], 2021, 3) == []
assert days_logged_in_month(["1999-07-04", "1999-07-20", "1999-06-30"], 1999, 7) == [4, 20]
""",
    ),
    task(
        "medium",
        r'''
def config_lines_to_dict(lines: list[str]) -> dict[str, str]:
    """Read configuration lines of the form 'key = value' into a dict of strings. Blank lines and
    lines starting with '#' are skipped; every other line contains exactly one '='. Spaces around
    keys and values are stripped, and a later line for the same key replaces an earlier one.
    >>> config_lines_to_dict(["# server", "host = example.org", "", "port=80"])
    {'host': 'example.org', 'port': '80'}
    """
    config = {}
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, value = stripped.split("=")
        config[key.strip()] = value.strip()
    return config
''',
        r"""
assert config_lines_to_dict([]) == {}
assert config_lines_to_dict(["#only a comment", "   "]) == {}
assert config_lines_to_dict(["a=1", "a = 2"]) == {"a": "2"}
assert config_lines_to_dict([" name =  Ann Lee ", "#x=1", "mode=fast"]) == {"name": "Ann Lee", "mode": "fast"}
assert config_lines_to_dict(["k="]) == {"k": ""}
""",
    ),
    task(
        "medium",
        r'''
def tally_command_names(lines: list[str]) -> dict[str, int]:
    """Count how often each command name occurs in a list of command lines, where a line's command
    name is its first whitespace-separated word. Lines that are empty or only whitespace are
    skipped.
    >>> tally_command_names(["ls -l", "cd /tmp", "ls", ""])
    {'ls': 2, 'cd': 1}
    """
    counts = {}
    for line in lines:
        words = line.split()
        if words:
            counts[words[0]] = counts.get(words[0], 0) + 1
    return counts
''',
        r"""
assert tally_command_names([]) == {}
assert tally_command_names(["  ", ""]) == {}
assert tally_command_names(["git status"]) == {"git": 1}
assert tally_command_names(["  make all", "make", "make test", "rm x"]) == {"make": 3, "rm": 1}
assert tally_command_names(["a b", "b a"]) == {"a": 1, "b": 1}
""",
    ),
    task(
        "medium",
        r'''
def distinct_email_domains(addresses: list[str]) -> list[str]:
    """Return the distinct domains of a list of e-mail addresses (a domain is the text after the
    address's only '@'), converted to lower case, in ascending alphabetical order.
    >>> distinct_email_domains(["ann@B.org", "bob@a.com", "cy@b.org"])
    ['a.com', 'b.org']
    """
    return sorted({address.split("@")[1].lower() for address in addresses})
''',
        r"""
assert distinct_email_domains([]) == []
assert distinct_email_domains(["x@Y.IO"]) == ["y.io"]
assert distinct_email_domains(["a@z.net", "b@Z.NET", "c@m.com", "d@z.net"]) == ["m.com", "z.net"]
assert distinct_email_domains(["p@q.r", "p@q.s"]) == ["q.r", "q.s"]
""",
    ),
    task(
        "easy",
        r'''
def whitespace_ints_list(text: str) -> list[int]:
    """Parse a string of integers separated by any whitespace (spaces, tabs, newlines; negatives
    allowed) into a list of ints, in order. A string with no numbers gives [].
    >>> whitespace_ints_list("3 -1  12")
    [3, -1, 12]
    """
    return [int(part) for part in text.split()]
''',
        r"""
assert whitespace_ints_list("") == []
assert whitespace_ints_list("   ") == []
assert whitespace_ints_list("42") == [42]
assert whitespace_ints_list("1\t2\n3") == [1, 2, 3]
assert whitespace_ints_list(" -5 0 -5 ") == [-5, 0, -5]
""",
    ),
    task(
        "easy",
        r'''
def csv_column_values(lines: list[str], index: int) -> list[str]:
    """Each line is a row of comma-separated fields with more than index fields. Return the field
    at 0-based position index of every row, in row order, as the strings they are (not stripped).
    >>> csv_column_values(["a,b,c", "d,e,f"], 1)
    ['b', 'e']
    """
    return [line.split(",")[index] for line in lines]
''',
        r"""
assert csv_column_values([], 0) == []
assert csv_column_values(["x,y"], 0) == ["x"]
assert csv_column_values(["1,2,3", "4,5,6", "7,8,9"], 2) == ["3", "6", "9"]
assert csv_column_values(["only"], 0) == ["only"]
assert csv_column_values(["a,,b", "c,d,e"], 1) == ["", "d"]
""",
    ),
    task(
        "easy",
        r'''
def url_scheme_part(url: str) -> str:
    """Return the scheme of a URL: the text before its first '://'. Every URL given contains '://'.
    >>> url_scheme_part("https://example.org/x")
    'https'
    """
    return url.split("://")[0]
''',
        r"""
assert url_scheme_part("ftp://files.net") == "ftp"
assert url_scheme_part("http://a.b/c://d") == "http"
assert url_scheme_part("file:///tmp/x") == "file"
assert url_scheme_part("s3://bucket/key") == "s3"
""",
    ),
    task(
        "easy",
        r'''
def nonblank_line_count(text: str) -> int:
    """Count the lines of text (as split by str.splitlines()) that contain at least one
    non-whitespace character.
    >>> nonblank_line_count("a\n\n  b\n")
    2
    """
    return sum(1 for line in text.splitlines() if line.strip())
''',
        r"""
assert nonblank_line_count("") == 0
assert nonblank_line_count("\n\n") == 0
assert nonblank_line_count("one") == 1
assert nonblank_line_count("x\n \t \ny\nz") == 3
assert nonblank_line_count("  \n  hi  \n") == 1
""",
    ),
    task(
        "easy",
        r'''
def words_on_each_line(text: str) -> list[int]:
    """Return the number of whitespace-separated words on each line of text (lines as split by
    str.splitlines()), in order. An empty text has no lines and gives [].
    >>> words_on_each_line("the cat\nsat")
    [2, 1]
    """
    return [len(line.split()) for line in text.splitlines()]
''',
        r"""
assert words_on_each_line("") == []
assert words_on_each_line("hello") == [1]
assert words_on_each_line("a b c\n\nd") == [3, 0, 1]
assert words_on_each_line("  x  y  \nz\n") == [2, 1]
assert words_on_each_line("one two three four") == [4]
""",
    ),
    task(
        "easy",
        r'''
def price_list_total(lines: list[str]) -> int:
    """Each line is 'name:price', where the name contains no ':' and the price is an integer.
    Return the sum of the prices (0 for an empty list).
    >>> price_list_total(["tea:3", "cake:5"])
    8
    """
    total = 0
    for line in lines:
        _, price = line.split(":")
        total += int(price)
    return total
''',
        r"""
assert price_list_total([]) == 0
assert price_list_total(["pen:1"]) == 1
assert price_list_total(["a:10", "b:-4", "c:0"]) == 6
assert price_list_total(["x:100", "x:100"]) == 200
assert price_list_total(["gum:0"]) == 0
""",
    ),
    task(
        "easy",
        r'''
def bit_string_value(bits: str) -> int:
    """Return the integer value of a non-empty string of '0' and '1' characters read as a binary
    number, most significant bit first.
    >>> bit_string_value("101")
    5
    """
    return int(bits, 2)
''',
        r"""
assert bit_string_value("0") == 0
assert bit_string_value("1") == 1
assert bit_string_value("1010") == 10
assert bit_string_value("11111111") == 255
assert bit_string_value("0001") == 1
assert bit_string_value("100000000") == 256
""",
    ),
    task(
        "easy",
        r'''
def filename_has_extension(filename: str, ext: str) -> bool:
    """Return True when filename ends with a '.' followed by ext (ext is given without the dot and
    compared case-sensitively), otherwise False.
    >>> filename_has_extension("report.pdf", "pdf")
    True
    """
    return filename.endswith("." + ext)
''',
        r"""
assert filename_has_extension("archive.tar.gz", "gz") == True
assert filename_has_extension("archive.tar.gz", "tar") == False
assert filename_has_extension("pdf", "pdf") == False
assert filename_has_extension("notes.txt", "md") == False
assert filename_has_extension("a.PY", "py") == False
assert filename_has_extension("x.c", "c") == True
""",
    ),
]
