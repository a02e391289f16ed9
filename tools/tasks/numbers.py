"""Math and number theory: digits, divisors, primes, bases, fractions, sequences, big integers."""

from tools.tasks._spec import task

CATEGORY = "math"

TASKS = [
    task(
        "easy",
        r'''
def digital_root(n: int) -> int:
    """Return the digital root of n >= 0: repeatedly replace n by the sum of its decimal digits until
    a single digit remains.
    >>> digital_root(942)
    6
    >>> digital_root(0)
    0
    """
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n
''',
        r"""
assert digital_root(5) == 5
assert digital_root(10) == 1
assert digital_root(38) == 2
assert digital_root(99999999999) == 9
assert digital_root(123456789) == 9
""",
    ),
    task(
        "easy",
        r'''
def is_armstrong(n: int) -> bool:
    """Return True if n >= 0 equals the sum of its decimal digits each raised to the power of the
    number of digits, as 153 == 1**3 + 5**3 + 3**3.
    >>> is_armstrong(153)
    True
    >>> is_armstrong(154)
    False
    """
    digits = str(n)
    return n == sum(int(d) ** len(digits) for d in digits)
''',
        r"""
assert is_armstrong(0) is True
assert is_armstrong(9) is True
assert is_armstrong(10) is False
assert is_armstrong(9474) is True
assert is_armstrong(9475) is False
assert is_armstrong(407) is True
""",
    ),
    task(
        "easy",
        r'''
from math import gcd


def lcm_of_list(nums: list[int]) -> int:
    """Return the least common multiple of the positive integers in nums (1 for an empty list).
    >>> lcm_of_list([4, 6, 10])
    60
    """
    result = 1
    for x in nums:
        result = result * x // gcd(result, x)
    return result
''',
        r"""
assert lcm_of_list([]) == 1
assert lcm_of_list([7]) == 7
assert lcm_of_list([1, 1]) == 1
assert lcm_of_list([2, 3, 5, 7, 11, 13]) == 30030
assert lcm_of_list(list(range(1, 21))) == 232792560
assert lcm_of_list([10**9, 10**9 + 7]) == 1000000007000000000
""",
    ),
    task(
        "easy",
        r'''
def count_divisors(n: int) -> int:
    """Return the number of positive divisors of n >= 1; n can be as large as 10**12.
    >>> count_divisors(12)
    6
    """
    count = 0
    i = 1
    while i * i <= n:
        if n % i == 0:
            count += 1 if i * i == n else 2
        i += 1
    return count
''',
        r"""
assert count_divisors(1) == 1
assert count_divisors(2) == 2
assert count_divisors(36) == 9
assert count_divisors(97) == 2
assert count_divisors(720720) == 240
assert count_divisors(10**12) == 169
""",
    ),
    task(
        "easy",
        r'''
def is_perfect(n: int) -> bool:
    """Return True if n >= 1 equals the sum of its positive divisors other than n itself.
    >>> is_perfect(28)
    True
    >>> is_perfect(12)
    False
    """
    total = 0
    i = 1
    while i * i <= n:
        if n % i == 0:
            total += i
            if i != n // i:
                total += n // i
        i += 1
    return total - n == n
''',
        r"""
assert is_perfect(1) is False
assert is_perfect(6) is True
assert is_perfect(496) is True
assert is_perfect(8128) is True
assert is_perfect(8129) is False
assert is_perfect(33550336) is True
""",
    ),
    task(
        "easy",
        r'''
def reverse_integer(n: int) -> int:
    """Reverse the decimal digits of n, keeping its sign; leading zeros of the result disappear.
    >>> reverse_integer(-123)
    -321
    >>> reverse_integer(1200)
    21
    """
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])
''',
        r"""
assert reverse_integer(0) == 0
assert reverse_integer(5) == 5
assert reverse_integer(-10) == -1
assert reverse_integer(1000000000000000000001) == 1000000000000000000001
assert reverse_integer(12345678901234567890) == 9876543210987654321
""",
    ),
    task(
        "easy",
        r'''
def sum_of_multiples(limit: int, factors: list[int]) -> int:
    """Return the sum of the distinct integers x with 1 <= x < limit that are divisible by at least
    one of factors. A factor of 0 is ignored; the other factors are positive.
    >>> sum_of_multiples(10, [3, 5])
    23
    """
    return sum(x for x in range(1, limit) if any(f and x % f == 0 for f in factors))
''',
        r"""
assert sum_of_multiples(1, [1]) == 0
assert sum_of_multiples(20, []) == 0
assert sum_of_multiples(20, [0]) == 0
assert sum_of_multiples(4, [3, 0]) == 3
assert sum_of_multiples(15, [4, 6]) == 30
assert sum_of_multiples(10000, [7, 13, 17]) == 12768186
""",
    ),
    task(
        "easy",
        r'''
def is_power_of_two(n: int) -> bool:
    """Return True if n equals 2**k for some integer k >= 0, otherwise False (n may be any integer).
    >>> is_power_of_two(64)
    True
    >>> is_power_of_two(12)
    False
    """
    return n > 0 and n & (n - 1) == 0
''',
        r"""
assert is_power_of_two(0) is False
assert is_power_of_two(1) is True
assert is_power_of_two(-2) is False
assert is_power_of_two(1024) is True
assert is_power_of_two(2**100) is True
assert is_power_of_two(2**100 + 1) is False
assert is_power_of_two(6) is False
""",
    ),
    task(
        "easy",
        r'''
def harmonic_mean(nums: list[float]) -> float:
    """Return the harmonic mean of the positive numbers nums (their count divided by the sum of
    their reciprocals), rounded to 4 decimal places; return 0.0 for an empty list.
    >>> harmonic_mean([1, 2, 4])
    1.7143
    """
    if not nums:
        return 0.0
    return round(len(nums) / sum(1 / x for x in nums), 4)
''',
        r"""
assert harmonic_mean([]) == 0.0
assert harmonic_mean([5]) == 5.0
assert harmonic_mean([2, 2]) == 2.0
assert harmonic_mean([1, 1000]) == 1.998
assert harmonic_mean([0.5, 0.25]) == 0.3333
""",
    ),
    task(
        "easy",
        r'''
def digit_counts(n: int) -> list[int]:
    """Return a list of 10 numbers whose element d says how many times the digit d occurs in the
    decimal representation of abs(n).
    >>> digit_counts(1002)
    [2, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    """
    counts = [0] * 10
    for d in str(abs(n)):
        counts[int(d)] += 1
    return counts
''',
        r"""
assert digit_counts(0) == [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
assert digit_counts(-99) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 2]
assert digit_counts(1234567890) == [1] * 10
assert digit_counts(10**20) == [20, 1, 0, 0, 0, 0, 0, 0, 0, 0]
""",
    ),
    task(
        "easy",
        r'''
def is_happy_number(n: int) -> bool:
    """A positive integer is happy if repeatedly replacing it by the sum of the squares of its
    decimal digits eventually gives 1 (otherwise the process cycles without ever reaching 1).
    Return True if n is happy.
    >>> is_happy_number(19)
    True
    >>> is_happy_number(2)
    False
    """
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
''',
        r"""
assert is_happy_number(1) is True
assert is_happy_number(7) is True
assert is_happy_number(4) is False
assert is_happy_number(100) is True
assert is_happy_number(989) is True
assert is_happy_number(20) is False
""",
    ),
    task(
        "easy",
        r'''
def binary_gap(n: int) -> int:
    """Return the length of the longest run of 0 bits that has a 1 bit on both sides in the binary
    representation of n >= 1, or 0 if there is no such run.
    >>> binary_gap(529)
    4
    >>> binary_gap(32)
    0
    """
    bits = bin(n)[2:].strip("0")
    return max(len(run) for run in bits.split("1"))
''',
        r"""
assert binary_gap(1) == 0
assert binary_gap(5) == 1
assert binary_gap(9) == 2
assert binary_gap(20) == 1
assert binary_gap(1041) == 5
assert binary_gap(2**40 + 1) == 39
""",
    ),
    task(
        "easy",
        r'''
def column_number(title: str) -> int:
    """Convert a spreadsheet column title (a non-empty string of the letters A-Z) to its number:
    A is 1, Z is 26, AA is 27, AB is 28, ZZ is 702 and AAA is 703.
    >>> column_number("AB")
    28
    """
    n = 0
    for c in title:
        n = n * 26 + ord(c) - ord("A") + 1
    return n
''',
        r"""
assert column_number("A") == 1
assert column_number("Z") == 26
assert column_number("AZ") == 52
assert column_number("BA") == 53
assert column_number("ZZ") == 702
assert column_number("XFD") == 16384
""",
    ),
    task(
        "medium",
        r'''
def factorial_trailing_zeros(n: int) -> int:
    """Return the number of trailing zeros in the decimal representation of n! for n >= 0. n can be
    as large as 10**18.
    >>> factorial_trailing_zeros(10)
    2
    >>> factorial_trailing_zeros(25)
    6
    """
    count = 0
    while n:
        n //= 5
        count += n
    return count
''',
        r"""
assert factorial_trailing_zeros(0) == 0
assert factorial_trailing_zeros(4) == 0
assert factorial_trailing_zeros(5) == 1
assert factorial_trailing_zeros(100) == 24
assert factorial_trailing_zeros(1000) == 249
assert factorial_trailing_zeros(10**18) == 249999999999999995
""",
    ),
    task(
        "medium",
        r'''
def count_leap_years(start: int, end: int) -> int:
    """Count the Gregorian leap years y with start <= y <= end: years divisible by 4, except those
    divisible by 100 but not by 400. Return 0 if start > end. Years are positive and may be huge.
    >>> count_leap_years(1996, 2004)
    3
    >>> count_leap_years(1900, 1900)
    0
    """

    def upto(y: int) -> int:
        return y // 4 - y // 100 + y // 400

    if start > end:
        return 0
    return upto(end) - upto(start - 1)
''',
        r"""
assert count_leap_years(2000, 2000) == 1
assert count_leap_years(2001, 2003) == 0
assert count_leap_years(2005, 2000) == 0
assert count_leap_years(1, 400) == 97
assert count_leap_years(1, 10**12) == 242500000000
""",
    ),
    task(
        "medium",
        r'''
from math import isqrt


def pythagorean_triples(limit: int) -> list[tuple[int, int, int]]:
    """Return every triple (a, b, c) of positive integers with a < b < c <= limit and
    a*a + b*b == c*c, sorted by c and then by a.
    >>> pythagorean_triples(13)
    [(3, 4, 5), (6, 8, 10), (5, 12, 13)]
    """
    out = []
    for c in range(1, limit + 1):
        for a in range(1, c):
            b2 = c * c - a * a
            b = isqrt(b2)
            if b > a and b * b == b2:
                out.append((a, b, c))
    return out
''',
        r"""
assert pythagorean_triples(0) == []
assert pythagorean_triples(4) == []
assert pythagorean_triples(5) == [(3, 4, 5)]
assert pythagorean_triples(20) == [(3, 4, 5), (6, 8, 10), (5, 12, 13), (9, 12, 15), (8, 15, 17), (12, 16, 20)]
assert len(pythagorean_triples(100)) == 52
""",
    ),
    task(
        "medium",
        r'''
def factor_string(n: int) -> str:
    """Write the prime factorisation of n >= 2 as a string: the distinct prime factors in increasing
    order joined by ' * ', each written as 'p' if it occurs once or 'p^k' if it occurs k > 1 times.
    >>> factor_string(360)
    '2^3 * 3^2 * 5'
    >>> factor_string(13)
    '13'
    """
    parts = []
    p = 2
    while p * p <= n:
        k = 0
        while n % p == 0:
            n //= p
            k += 1
        if k:
            parts.append(f"{p}^{k}" if k > 1 else str(p))
        p += 1
    if n > 1:
        parts.append(str(n))
    return " * ".join(parts)
''',
        r"""
assert factor_string(2) == "2"
assert factor_string(4) == "2^2"
assert factor_string(30) == "2 * 3 * 5"
assert factor_string(1024) == "2^10"
assert factor_string(999999937) == "999999937"
assert factor_string(423656352) == "2^5 * 3^3 * 7^2 * 10007"
assert factor_string(600851475143) == "71 * 839 * 1471 * 6857"
""",
    ),
    task(
        "medium",
        r'''
def to_base(n: int, base: int) -> str:
    """Write the integer n in the given base (2 <= base <= 36) with the digits 0-9 followed by the
    lower-case letters a-z, a leading '-' for negative numbers and no leading zeros ('0' for zero).
    >>> to_base(255, 16)
    'ff'
    >>> to_base(-10, 2)
    '-1010'
    """
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
''',
        r"""
assert to_base(0, 7) == "0"
assert to_base(35, 36) == "z"
assert to_base(36, 36) == "10"
assert to_base(-1, 3) == "-1"
assert to_base(2**64, 16) == "1" + "0" * 16
assert to_base(123456789, 36) == "21i3v9"
""",
    ),
    task(
        "medium",
        r'''
def primes_between(low: int, high: int) -> list[int]:
    """Return the primes p with low <= p <= high in increasing order ([] if there are none). low and
    high may be negative or out of order, and high can be as large as 10**6.
    >>> primes_between(10, 30)
    [11, 13, 17, 19, 23, 29]
    """
    if high < 2 or low > high:
        return []
    sieve = bytearray([1]) * (high + 1)
    sieve[0] = sieve[1] = 0
    for i in range(2, int(high**0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytearray(len(range(i * i, high + 1, i)))
    return [p for p in range(max(low, 2), high + 1) if sieve[p]]
''',
        r"""
assert primes_between(-10, 1) == []
assert primes_between(2, 2) == [2]
assert primes_between(14, 16) == []
assert primes_between(0, 10) == [2, 3, 5, 7]
assert primes_between(20, 10) == []
assert len(primes_between(1, 10**6)) == 78498
""",
    ),
    task(
        "medium",
        r'''
def goldbach_pair(n: int) -> tuple[int, int]:
    """For an even n >= 4, return the primes (p, q) with p + q == n and p <= q that have the
    smallest possible p.
    >>> goldbach_pair(28)
    (5, 23)
    """

    def is_prime(k: int) -> bool:
        if k < 2:
            return False
        i = 2
        while i * i <= k:
            if k % i == 0:
                return False
            i += 1
        return True

    p = 2
    while not (is_prime(p) and is_prime(n - p)):
        p += 1
    return p, n - p
''',
        r"""
assert goldbach_pair(4) == (2, 2)
assert goldbach_pair(6) == (3, 3)
assert goldbach_pair(8) == (3, 5)
assert goldbach_pair(98) == (19, 79)
assert goldbach_pair(100) == (3, 97)
assert goldbach_pair(10**6) == (17, 999983)
""",
    ),
    task(
        "medium",
        r'''
def euler_phi(n: int) -> int:
    """Return Euler's totient of n >= 1: the number of integers k with 1 <= k <= n and
    gcd(k, n) == 1. n can be as large as 10**12.
    >>> euler_phi(9)
    6
    >>> euler_phi(1)
    1
    """
    result = n
    p = 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result
''',
        r"""
assert euler_phi(2) == 1
assert euler_phi(10) == 4
assert euler_phi(36) == 12
assert euler_phi(97) == 96
assert euler_phi(999999937) == 999999936
assert euler_phi(10**12) == 4 * 10**11
""",
    ),
    task(
        "medium",
        r'''
def continued_fraction(p: int, q: int) -> list[int]:
    """Return the terms [a0, a1, ...] of the finite continued fraction of p / q (p >= 0, q > 0),
    found with the Euclidean algorithm: a0 = p // q, then the same for q / (p % q), and so on
    while the remainder is non-zero.
    >>> continued_fraction(415, 93)
    [4, 2, 6, 7]
    """
    out = []
    while True:
        a, r = divmod(p, q)
        out.append(a)
        if r == 0:
            return out
        p, q = q, r
''',
        r"""
assert continued_fraction(0, 5) == [0]
assert continued_fraction(5, 1) == [5]
assert continued_fraction(1, 3) == [0, 3]
assert continued_fraction(13, 8) == [1, 1, 1, 1, 2]
assert continued_fraction(6, 4) == [1, 2]
""",
    ),
    task(
        "medium",
        r'''
from math import gcd


def simplify_fraction(num: int, den: int) -> str:
    """Reduce the fraction num/den (den != 0) to lowest terms and return it as 'a/b' with b > 0 (a
    minus sign, if any, goes on the numerator), or just 'a' when the denominator is 1.
    >>> simplify_fraction(6, -8)
    '-3/4'
    >>> simplify_fraction(10, 5)
    '2'
    """
    if den < 0:
        num, den = -num, -den
    g = gcd(num, den)
    num, den = num // g, den // g
    return str(num) if den == 1 else f"{num}/{den}"
''',
        r"""
assert simplify_fraction(0, 7) == "0"
assert simplify_fraction(0, -3) == "0"
assert simplify_fraction(-4, -6) == "2/3"
assert simplify_fraction(7, 1) == "7"
assert simplify_fraction(1, 3) == "1/3"
assert simplify_fraction(-12, 4) == "-3"
""",
    ),
    task(
        "medium",
        r'''
def nth_ugly(n: int) -> int:
    """Ugly numbers are the positive integers with no prime factor other than 2, 3 and 5; they
    start 1, 2, 3, 4, 5, 6, 8, 9, 10, 12. Return the n-th of them (1 <= n <= 2000).
    >>> nth_ugly(10)
    12
    """
    ugly = [1]
    i2 = i3 = i5 = 0
    while len(ugly) < n:
        nxt = min(ugly[i2] * 2, ugly[i3] * 3, ugly[i5] * 5)
        ugly.append(nxt)
        if nxt == ugly[i2] * 2:
            i2 += 1
        if nxt == ugly[i3] * 3:
            i3 += 1
        if nxt == ugly[i5] * 5:
            i5 += 1
    return ugly[n - 1]
''',
        r"""
assert nth_ugly(1) == 1
assert nth_ugly(7) == 8
assert nth_ugly(11) == 15
assert nth_ugly(150) == 5832
assert nth_ugly(1690) == 2123366400
""",
    ),
    task(
        "medium",
        r'''
from math import isqrt


def int_sqrt(n: int) -> int:
    """Return the largest integer r with r * r <= n, for an integer n >= 0 of any size; the answer
    must be exact even for numbers with hundreds of digits.
    >>> int_sqrt(17)
    4
    """
    return isqrt(n)
''',
        r"""
assert int_sqrt(0) == 0
assert int_sqrt(1) == 1
assert int_sqrt(24) == 4
assert int_sqrt(25) == 5
assert int_sqrt(10**40) == 10**20
assert int_sqrt(10**40 - 1) == 10**20 - 1
assert int_sqrt(2**200 + 12345) == 2**100
""",
    ),
    task(
        "medium",
        r'''
def poly_multiply(a: list[int], b: list[int]) -> list[int]:
    """Multiply two polynomials given as coefficient lists, lowest degree first (a[i] is the
    coefficient of x**i). Trailing zero coefficients are removed from the result, so the zero
    polynomial (also any product with an empty list) is [].
    >>> poly_multiply([1, 1], [1, -1])
    [1, 0, -1]
    """
    if not a or not b:
        return []
    out = [0] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            out[i + j] += x * y
    while out and out[-1] == 0:
        out.pop()
    return out
''',
        r"""
assert poly_multiply([], [1, 2]) == []
assert poly_multiply([0], [5]) == []
assert poly_multiply([2], [3]) == [6]
assert poly_multiply([1, 2, 3], [0, 1]) == [0, 1, 2, 3]
assert poly_multiply([1, 1], [1, 1]) == [1, 2, 1]
assert poly_multiply([1, 0, 0], [1]) == [1]
""",
    ),
    task(
        "medium",
        r'''
def modular_inverse(a: int, m: int) -> int | None:
    """Return the x with 0 <= x < m and (a * x) % m == 1, for m >= 2 and any integer a (possibly
    negative); return None if a has no inverse modulo m.
    >>> modular_inverse(3, 11)
    4
    >>> modular_inverse(4, 8) is None
    True
    """
    try:
        return pow(a, -1, m)
    except ValueError:
        return None
''',
        r"""
assert modular_inverse(1, 2) == 1
assert modular_inverse(-1, 7) == 6
assert modular_inverse(10, 17) == 12
assert modular_inverse(0, 5) is None
assert modular_inverse(6, 9) is None
x = modular_inverse(123456789, 10**9 + 7)
assert 0 <= x < 10**9 + 7 and 123456789 * x % (10**9 + 7) == 1
""",
    ),
    task(
        "medium",
        r'''
def look_and_say(n: int) -> str:
    """Return the n-th term (n >= 1) of the look-and-say sequence that starts with '1'. Each term
    reads the previous one as runs of equal digits: '1211' is 'one 1, one 2, two 1s', which gives
    the next term '111221'.
    >>> look_and_say(5)
    '111221'
    """
    s = "1"
    for _ in range(n - 1):
        out = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            out.append(f"{j - i}{s[i]}")
            i = j
        s = "".join(out)
    return s
''',
        r"""
assert look_and_say(1) == "1"
assert look_and_say(2) == "11"
assert look_and_say(4) == "1211"
assert look_and_say(8) == "1113213211"
assert len(look_and_say(20)) == 302
""",
    ),
    task(
        "medium",
        r'''
def column_title(n: int) -> str:
    """Return the spreadsheet column title of column number n >= 1: column 1 is A, 26 is Z, 27 is
    AA, 52 is AZ, 702 is ZZ and 703 is AAA.
    >>> column_title(28)
    'AB'
    """
    out = []
    while n:
        n, r = divmod(n - 1, 26)
        out.append(chr(ord("A") + r))
    return "".join(reversed(out))
''',
        r"""
assert column_title(1) == "A"
assert column_title(26) == "Z"
assert column_title(27) == "AA"
assert column_title(52) == "AZ"
assert column_title(702) == "ZZ"
assert column_title(703) == "AAA"
assert column_title(16384) == "XFD"
""",
    ),
    task(
        "medium",
        r'''
def clock_angle(hour: int, minute: int) -> float:
    """Return the smaller angle in degrees (between 0 and 180) between the hour and minute hands of
    an analog clock showing hour:minute (0 <= hour <= 23, 0 <= minute <= 59). The hour hand moves
    continuously, 0.5 degrees per minute.
    >>> clock_angle(3, 30)
    75.0
    """
    h = (hour % 12) * 30 + minute * 0.5
    m = minute * 6
    d = abs(h - m)
    return min(d, 360 - d)
''',
        r"""
assert clock_angle(12, 0) == 0
assert clock_angle(0, 0) == 0
assert clock_angle(6, 0) == 180
assert clock_angle(15, 0) == 90
assert clock_angle(9, 45) == 22.5
assert clock_angle(23, 59) == 5.5
""",
    ),
    task(
        "medium",
        r'''
def gray_code(n: int) -> list[str]:
    """Return the n-bit reflected binary Gray code (n >= 1) as a list of 2**n bit strings of length
    n. The 1-bit code is ['0', '1']; the (n+1)-bit code is '0' + each n-bit code, followed by
    '1' + each n-bit code taken in reverse order.
    >>> gray_code(2)
    ['00', '01', '11', '10']
    """
    codes = ["0", "1"]
    for _ in range(n - 1):
        codes = ["0" + c for c in codes] + ["1" + c for c in reversed(codes)]
    return codes
''',
        r"""
assert gray_code(1) == ["0", "1"]
assert gray_code(3) == ["000", "001", "011", "010", "110", "111", "101", "100"]
assert gray_code(4)[-1] == "1000"
assert len(gray_code(10)) == 1024
assert all(gray_code(10)[i] == format(i ^ (i >> 1), "010b") for i in range(1024))
""",
    ),
    task(
        "hard",
        r'''
def count_digit_one(n: int) -> int:
    """Return how many times the digit 1 is written when writing all the integers from 1 to n in
    decimal (0 for n <= 0). n can be as large as 10**15, so looking at every number is too slow.
    >>> count_digit_one(13)
    6
    """
    count = 0
    p = 1
    while p <= n:
        high, cur, low = n // (p * 10), (n // p) % 10, n % p
        if cur == 0:
            count += high * p
        elif cur == 1:
            count += high * p + low + 1
        else:
            count += (high + 1) * p
        p *= 10
    return count
''',
        r"""
assert count_digit_one(0) == 0
assert count_digit_one(-5) == 0
assert count_digit_one(1) == 1
assert count_digit_one(10) == 2
assert count_digit_one(99) == 20
assert count_digit_one(111) == 36
assert count_digit_one(10**15) == 15 * 10**14 + 1
""",
    ),
    task(
        "hard",
        r'''
def chinese_remainder(remainders: list[int], moduli: list[int]) -> int:
    """Return the smallest x >= 0 with x % moduli[i] == remainders[i] for every i. The moduli are
    pairwise coprime integers >= 2, 0 <= remainders[i] < moduli[i], and the product of the moduli
    can be far too large to search. For empty lists return 0.
    >>> chinese_remainder([2, 3, 2], [3, 5, 7])
    23
    """
    x, m = 0, 1
    for r, mod in zip(remainders, moduli):
        t = ((r - x) * pow(m, -1, mod)) % mod
        x += m * t
        m *= mod
    return x
''',
        r"""
assert chinese_remainder([], []) == 0
assert chinese_remainder([1], [2]) == 1
assert chinese_remainder([0, 0], [3, 5]) == 0
assert chinese_remainder([1, 2, 3, 4], [5, 7, 9, 11]) == 1731
rs, ms = [5, 7, 11], [10**9 + 7, 998244353, 10**9 + 9]
x = chinese_remainder(rs, ms)
assert 0 <= x < ms[0] * ms[1] * ms[2] and all(x % m == r for r, m in zip(rs, ms))
""",
    ),
    task(
        "hard",
        r'''
def to_negabinary(n: int) -> str:
    """Write the integer n (possibly negative) in base -2: return the string of digits d_k...d_0,
    each '0' or '1', with n == sum(d_i * (-2)**i) and no leading zeros ('0' for zero).
    >>> to_negabinary(2)
    '110'
    >>> to_negabinary(-3)
    '1101'
    """
    if n == 0:
        return "0"
    digits = []
    while n != 0:
        n, r = divmod(n, -2)
        if r < 0:
            n, r = n + 1, r + 2
        digits.append(str(r))
    return "".join(reversed(digits))
''',
        r"""
assert to_negabinary(0) == "0"
assert to_negabinary(1) == "1"
assert to_negabinary(-1) == "11"
assert to_negabinary(3) == "111"
assert all(
    sum(int(d) * (-2) ** i for i, d in enumerate(reversed(to_negabinary(n)))) == n for n in range(-300, 301)
)
assert all(to_negabinary(n)[0] == "1" for n in range(-300, 301) if n != 0)
""",
    ),
    task(
        "hard",
        r'''
def kth_permutation(n: int, k: int) -> str:
    """Return the k-th (counting from 1) permutation in lexicographic order of the digits 1..n, as a
    string (1 <= n <= 9, 1 <= k <= n!).
    >>> kth_permutation(3, 3)
    '213'
    >>> kth_permutation(4, 9)
    '2314'
    """
    digits = [str(d) for d in range(1, n + 1)]
    fact = [1] * (n + 1)
    for i in range(1, n + 1):
        fact[i] = fact[i - 1] * i
    k -= 1
    out = []
    for i in range(n, 0, -1):
        idx, k = divmod(k, fact[i - 1])
        out.append(digits.pop(idx))
    return "".join(out)
''',
        r"""
assert kth_permutation(1, 1) == "1"
assert kth_permutation(3, 6) == "321"
assert kth_permutation(9, 1) == "123456789"
assert kth_permutation(9, 362880) == "987654321"
assert kth_permutation(9, 100000) == "358926471"
""",
    ),
    task(
        "hard",
        r'''
def fraction_to_decimal(num: int, den: int) -> str:
    """Return num/den (den != 0) as a decimal string: the integer part, then, unless the value is
    whole, a '.' and the fractional digits, with a repeating part (if the digits repeat forever)
    put in parentheses. A negative value starts with '-'.
    >>> fraction_to_decimal(1, 2)
    '0.5'
    >>> fraction_to_decimal(1, 6)
    '0.1(6)'
    >>> fraction_to_decimal(-22, 7)
    '-3.(142857)'
    """
    sign = "-" if num * den < 0 else ""
    num, den = abs(num), abs(den)
    whole, rem = divmod(num, den)
    if rem == 0:
        return sign + str(whole)
    digits = []
    seen = {}
    while rem and rem not in seen:
        seen[rem] = len(digits)
        rem *= 10
        digits.append(str(rem // den))
        rem %= den
    frac = "".join(digits)
    if rem:
        frac = frac[: seen[rem]] + "(" + frac[seen[rem] :] + ")"
    return f"{sign}{whole}.{frac}"
''',
        r"""
assert fraction_to_decimal(4, 2) == "2"
assert fraction_to_decimal(0, -3) == "0"
assert fraction_to_decimal(1, 3) == "0.(3)"
assert fraction_to_decimal(-1, 4) == "-0.25"
assert fraction_to_decimal(1, -7) == "-0.(142857)"
assert fraction_to_decimal(1, 333) == "0.(003)"
assert fraction_to_decimal(1, 12) == "0.08(3)"
assert fraction_to_decimal(-50, 8) == "-6.25"
""",
    ),
    task(
        "hard",
        r'''
def kth_lexicographic(n: int, k: int) -> int:
    """Sort the integers 1..n as strings, in lexicographic order (1, 10, 100, ..., 11, ...), and
    return the k-th of them, counting from 1 (1 <= k <= n). n can be as large as 10**12.
    >>> kth_lexicographic(13, 2)
    10
    >>> kth_lexicographic(13, 5)
    13
    """
    cur = 1
    k -= 1
    while k > 0:
        steps = 0
        first, last = cur, cur
        while first <= n:
            steps += min(last, n) - first + 1
            first *= 10
            last = last * 10 + 9
        if steps <= k:
            cur += 1
            k -= steps
        else:
            cur *= 10
            k -= 1
    return cur
''',
        r"""
assert kth_lexicographic(1, 1) == 1
assert kth_lexicographic(13, 6) == 2
assert kth_lexicographic(100, 100) == 99
assert kth_lexicographic(1000, 3) == 100
assert kth_lexicographic(10**12, 1) == 1
assert kth_lexicographic(10**12, 10**12) == 999999999999
""",
    ),
    task(
        "hard",
        r'''
from fractions import Fraction


def egyptian_fraction(p: int, q: int) -> list[int]:
    """Write p/q (0 < p < q) as a sum of distinct unit fractions with the greedy method: take the
    largest unit fraction 1/d that does not exceed what remains (d = ceil(remaining ** -1)),
    subtract it, and repeat until nothing remains. Return the denominators in order; they can get
    very large, so use exact arithmetic.
    >>> egyptian_fraction(4, 13)
    [4, 18, 468]
    """
    rest = Fraction(p, q)
    out = []
    while rest:
        d = -(-rest.denominator // rest.numerator)
        out.append(d)
        rest -= Fraction(1, d)
    return out
''',
        r"""
assert egyptian_fraction(1, 7) == [7]
assert egyptian_fraction(2, 3) == [2, 6]
assert egyptian_fraction(3, 7) == [3, 11, 231]
assert egyptian_fraction(6, 14) == [3, 11, 231]
assert egyptian_fraction(5, 121) == [25, 757, 763309, 873960180913, 1527612795642093418846225]
""",
    ),
    task(
        "easy",
        r'''
def max_digit_of(n: int) -> int:
    """Return the largest decimal digit of abs(n); n may be negative or zero (0 has the digit 0).
    >>> max_digit_of(4719)
    9
    >>> max_digit_of(-305)
    5
    """
    return max(int(d) for d in str(abs(n)))
''',
        r"""
assert max_digit_of(0) == 0
assert max_digit_of(7) == 7
assert max_digit_of(-88) == 8
assert max_digit_of(1000) == 1
assert max_digit_of(1024) == 4
assert max_digit_of(123456780) == 8
""",
    ),
    task(
        "easy",
        r'''
def largest_digit_arrangement(n: int) -> int:
    """Return the largest integer that can be written with exactly the decimal digits of n >= 0,
    that is, the digits of n sorted in decreasing order and read as a number.
    >>> largest_digit_arrangement(2736)
    7632
    """
    return int("".join(sorted(str(n), reverse=True)))
''',
        r"""
assert largest_digit_arrangement(0) == 0
assert largest_digit_arrangement(5) == 5
assert largest_digit_arrangement(1000) == 1000
assert largest_digit_arrangement(90210) == 92100
assert largest_digit_arrangement(5090) == 9500
assert largest_digit_arrangement(123456789) == 987654321
""",
    ),
    task(
        "easy",
        r'''
def square_sum_upto(n: int) -> int:
    """Return 1*1 + 2*2 + ... + n*n for an integer n >= 0 (0 when n is 0).
    >>> square_sum_upto(3)
    14
    """
    return n * (n + 1) * (2 * n + 1) // 6
''',
        r"""
assert square_sum_upto(0) == 0
assert square_sum_upto(1) == 1
assert square_sum_upto(2) == 5
assert square_sum_upto(10) == 385
assert square_sum_upto(24) == 4900
assert square_sum_upto(100) == 338350
""",
    ),
    task(
        "easy",
        r'''
def arith_progression_sum(first: int, step: int, count: int) -> int:
    """Return the sum of the first count terms (count >= 0) of the arithmetic progression
    first, first + step, first + 2*step, ...; the sum of 0 terms is 0. step may be negative or 0.
    >>> arith_progression_sum(5, 3, 4)
    38
    """
    return count * first + step * count * (count - 1) // 2
''',
        r"""
assert arith_progression_sum(9, 4, 0) == 0
assert arith_progression_sum(9, 4, 1) == 9
assert arith_progression_sum(10, -2, 6) == 30
assert arith_progression_sum(-3, 1, 7) == 0
assert arith_progression_sum(7, 0, 3) == 21
assert arith_progression_sum(-5, -5, 4) == -50
assert arith_progression_sum(1, 1, 1000) == 500500
""",
    ),
    task(
        "easy",
        r'''
def geometric_sum_upto(base: int, n: int) -> int:
    """Return base**0 + base**1 + ... + base**n for integers base >= 2 and n >= 0.
    >>> geometric_sum_upto(2, 3)
    15
    """
    total = 0
    for k in range(n + 1):
        total += base**k
    return total
''',
        r"""
assert geometric_sum_upto(2, 0) == 1
assert geometric_sum_upto(5, 1) == 6
assert geometric_sum_upto(3, 4) == 121
assert geometric_sum_upto(7, 2) == 57
assert geometric_sum_upto(10, 5) == 111111
assert geometric_sum_upto(2, 40) == 2199023255551
""",
    ),
    task(
        "easy",
        r'''
def top_power_not_above(n: int, k: int) -> int:
    """Return the largest power of k (k**0 == 1, k**1, k**2, ...) that is less than or equal to n,
    for integers n >= 1 and k >= 2.
    >>> top_power_not_above(100, 3)
    81
    """
    p = 1
    while p * k <= n:
        p *= k
    return p
''',
        r"""
assert top_power_not_above(1, 2) == 1
assert top_power_not_above(2, 2) == 2
assert top_power_not_above(10, 2) == 8
assert top_power_not_above(27, 3) == 27
assert top_power_not_above(26, 3) == 9
assert top_power_not_above(999, 10) == 100
assert top_power_not_above(10**12, 10) == 10**12
""",
    ),
    task(
        "easy",
        r'''
def factor_multiplicity(n: int, p: int) -> int:
    """Return how many times p divides n: the largest k >= 0 such that p**k divides n, for integers
    n >= 1 and p >= 2.
    >>> factor_multiplicity(24, 2)
    3
    """
    k = 0
    while n % p == 0:
        n //= p
        k += 1
    return k
''',
        r"""
assert factor_multiplicity(1, 2) == 0
assert factor_multiplicity(7, 7) == 1
assert factor_multiplicity(12, 5) == 0
assert factor_multiplicity(81, 3) == 4
assert factor_multiplicity(250, 5) == 3
assert factor_multiplicity(96, 2) == 5
assert factor_multiplicity(10**20, 10) == 20
""",
    ),
    task(
        "easy",
        r'''
def multiples_in_interval(lo: int, hi: int, k: int) -> int:
    """Return how many integers x with lo <= x <= hi are divisible by k. lo <= hi, both may be
    negative, k >= 1, and 0 counts as divisible by every k.
    >>> multiples_in_interval(1, 10, 3)
    3
    """
    return sum(1 for x in range(lo, hi + 1) if x % k == 0)
''',
        r"""
assert multiples_in_interval(5, 5, 5) == 1
assert multiples_in_interval(6, 9, 5) == 0
assert multiples_in_interval(0, 0, 7) == 1
assert multiples_in_interval(-10, 10, 5) == 5
assert multiples_in_interval(-7, -1, 2) == 3
assert multiples_in_interval(1, 100, 1) == 100
assert multiples_in_interval(1, 1000, 7) == 142
""",
    ),
    task(
        "easy",
        r'''
from math import gcd


def shared_multiples_count(a: int, b: int, n: int) -> int:
    """Return how many integers x with 1 <= x <= n are multiples of both a and b (a >= 1, b >= 1,
    n >= 0), i.e. multiples of their least common multiple.
    >>> shared_multiples_count(4, 6, 30)
    2
    """
    return n // (a * b // gcd(a, b))
''',
        r"""
assert shared_multiples_count(3, 5, 0) == 0
assert shared_multiples_count(3, 5, 14) == 0
assert shared_multiples_count(3, 5, 15) == 1
assert shared_multiples_count(2, 2, 7) == 3
assert shared_multiples_count(1, 1, 10) == 10
assert shared_multiples_count(6, 8, 100) == 4
assert shared_multiples_count(7, 14, 100) == 7
""",
    ),
    task(
        "easy",
        r'''
from math import isqrt


def squares_in_interval(lo: int, hi: int) -> int:
    """Return how many perfect squares (1, 4, 9, 16, ...) x satisfy lo <= x <= hi, for integers
    1 <= lo <= hi.
    >>> squares_in_interval(10, 50)
    4
    """
    return isqrt(hi) - isqrt(lo - 1)
''',
        r"""
assert squares_in_interval(1, 1) == 1
assert squares_in_interval(2, 3) == 0
assert squares_in_interval(99, 99) == 0
assert squares_in_interval(50, 64) == 1
assert squares_in_interval(1, 100) == 10
assert squares_in_interval(17, 100) == 6
assert squares_in_interval(1, 10000) == 100
""",
    ),
    task(
        "easy",
        r'''
def hours_in_span(weeks: int, days: int, hours: int) -> int:
    """Convert a span of weeks, days and hours (all >= 0) to a total number of hours: a week has
    7 days and a day has 24 hours.
    >>> hours_in_span(1, 1, 1)
    193
    """
    return (weeks * 7 + days) * 24 + hours
''',
        r"""
assert hours_in_span(0, 0, 0) == 0
assert hours_in_span(0, 0, 5) == 5
assert hours_in_span(0, 1, 0) == 24
assert hours_in_span(1, 0, 0) == 168
assert hours_in_span(2, 3, 4) == 412
assert hours_in_span(0, 10, 30) == 270
""",
    ),
    task(
        "easy",
        r'''
def even_sum_between(a: int, b: int) -> int:
    """Return the sum of the even integers x with a <= x <= b (a <= b; both may be negative, and 0
    is even). The sum is 0 when there is no even number in the range.
    >>> even_sum_between(1, 10)
    30
    """
    return sum(x for x in range(a, b + 1) if x % 2 == 0)
''',
        r"""
assert even_sum_between(3, 3) == 0
assert even_sum_between(4, 4) == 4
assert even_sum_between(11, 15) == 26
assert even_sum_between(-4, 4) == 0
assert even_sum_between(-5, -1) == -6
assert even_sum_between(0, 100) == 2550
""",
    ),
    task(
        "easy",
        r'''
def sign_indicator(x: float) -> int:
    """Return -1 if x < 0, 0 if x == 0 and 1 if x > 0; x is an int or a float.
    >>> sign_indicator(-7)
    -1
    >>> sign_indicator(0.25)
    1
    """
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
''',
        r"""
assert sign_indicator(0) == 0
assert sign_indicator(0.0) == 0
assert sign_indicator(-0.001) == -1
assert sign_indicator(42) == 1
assert sign_indicator(-(10**30)) == -1
assert sign_indicator(3) == 1
""",
    ),
    task(
        "easy",
        r'''
def sign_tally(nums: list[float]) -> tuple[int, int, int]:
    """Return (negatives, zeros, positives): how many elements of nums are < 0, == 0 and > 0.
    >>> sign_tally([3, -1, 0, 5])
    (1, 1, 2)
    """
    neg = sum(1 for x in nums if x < 0)
    zero = sum(1 for x in nums if x == 0)
    return neg, zero, len(nums) - neg - zero
''',
        r"""
assert sign_tally([]) == (0, 0, 0)
assert sign_tally([0]) == (0, 1, 0)
assert sign_tally([-1, -2, -3]) == (3, 0, 0)
assert sign_tally([5, 0, -5, 0]) == (1, 2, 1)
assert sign_tally([-0.5, 2.5, 0.0]) == (1, 1, 1)
assert sign_tally([7] * 10) == (0, 0, 10)
""",
    ),
    task(
        "medium",
        r'''
def trimmed_mean_one(nums: list[float]) -> float:
    """Drop one smallest and one largest element of nums (which has at least 3 elements) and return
    the mean of the remaining ones, rounded to 2 decimal places with round().
    >>> trimmed_mean_one([3, 1, 4, 1, 5, 9])
    3.25
    """
    rest = sorted(nums)[1:-1]
    return round(sum(rest) / len(rest), 2)
''',
        r"""
assert trimmed_mean_one([1, 2, 3]) == 2.0
assert trimmed_mean_one([5, 5, 5, 5]) == 5.0
assert trimmed_mean_one([1, 2, 3, 4, 100]) == 3.0
assert trimmed_mean_one([-3, 0, 7, 2]) == 1.0
assert trimmed_mean_one([10, 1, 4, 5]) == 4.5
assert trimmed_mean_one([2, 8, 1, 1, 9]) == 3.67
assert trimmed_mean_one([0, 0, 0, 1]) == 0.0
""",
    ),
    task(
        "medium",
        r'''
from math import isqrt


def perfect_squares_sorted(nums: list[int]) -> list[int]:
    """Return the elements of nums (non-negative integers) that are perfect squares (0, 1, 4, 9,
    16, ...), sorted in increasing order; repeated values are all kept.
    >>> perfect_squares_sorted([16, 3, 0, 9, 9])
    [0, 9, 9, 16]
    """
    return sorted(x for x in nums if isqrt(x) ** 2 == x)
''',
        r"""
assert perfect_squares_sorted([]) == []
assert perfect_squares_sorted([2, 3, 5]) == []
assert perfect_squares_sorted([1]) == [1]
assert perfect_squares_sorted([49, 50, 36, 1, 2]) == [1, 36, 49]
assert perfect_squares_sorted([10**6, 999999, 4, 4]) == [4, 4, 1000000]
assert perfect_squares_sorted([25, 0, 24]) == [0, 25]
""",
    ),
    task(
        "medium",
        r'''
def digit_sum_matches(lo: int, hi: int, target: int) -> int:
    """Return how many integers x with lo <= x <= hi (0 <= lo <= hi) have decimal digits that add
    up to target.
    >>> digit_sum_matches(1, 100, 1)
    3
    """
    return sum(1 for x in range(lo, hi + 1) if sum(int(d) for d in str(x)) == target)
''',
        r"""
assert digit_sum_matches(0, 0, 0) == 1
assert digit_sum_matches(10, 20, 5) == 1
assert digit_sum_matches(1, 9, 10) == 0
assert digit_sum_matches(1, 50, 5) == 6
assert digit_sum_matches(100, 200, 3) == 3
assert digit_sum_matches(0, 999, 27) == 1
assert digit_sum_matches(1, 1000, 10) == 63
""",
    ),
    task(
        "medium",
        r'''
def clamped_mean(nums: list[float], low: float, high: float) -> float:
    """Clamp every number of the non-empty list nums into the range low..high (low <= high): values
    below low become low, values above high become high. Return the mean of the clamped values
    rounded to 2 decimal places with round().
    >>> clamped_mean([-5, 15, 4], 0, 10)
    4.67
    """
    clamped = [min(max(x, low), high) for x in nums]
    return round(sum(clamped) / len(clamped), 2)
''',
        r"""
assert clamped_mean([5], 0, 10) == 5.0
assert clamped_mean([-5, 15], 0, 10) == 5.0
assert clamped_mean([1, 2, 3], 2, 2) == 2.0
assert clamped_mean([100, 50, 7], 0, 60) == 39.0
assert clamped_mean([1, 2], 0, 10) == 1.5
assert clamped_mean([3, 4, 4], 0, 10) == 3.67
assert clamped_mean([-20, -1], -10, -5) == -7.5
""",
    ),
    task(
        "medium",
        r'''
def min_max_mean(nums: list[float]) -> tuple[float, float, float]:
    """For a non-empty list of numbers return (smallest, largest, mean), with the mean rounded to
    2 decimal places with round() (the smallest and largest are returned as they are).
    >>> min_max_mean([3, 1, 2])
    (1, 3, 2.0)
    """
    return min(nums), max(nums), round(sum(nums) / len(nums), 2)
''',
        r"""
assert min_max_mean([5]) == (5, 5, 5.0)
assert min_max_mean([-4, 10]) == (-4, 10, 3.0)
assert min_max_mean([1, 2, 2]) == (1, 2, 1.67)
assert min_max_mean([0, 0, 0, 1]) == (0, 1, 0.25)
assert min_max_mean([7, -7, 7, -7, 1]) == (-7, 7, 0.2)
assert min_max_mean([2.5, 1.5]) == (1.5, 2.5, 2.0)
""",
    ),
    task(
        "medium",
        r'''
def percent_breakdown(counts: list[int]) -> list[float]:
    """Return each count as a percentage of the total of counts, rounded to 1 decimal place with
    round(), in the same order. The counts are >= 0 with a positive total, or the list is empty
    (then the result is []).
    >>> percent_breakdown([1, 3])
    [25.0, 75.0]
    """
    total = sum(counts)
    return [round(100 * c / total, 1) for c in counts]
''',
        r"""
assert percent_breakdown([]) == []
assert percent_breakdown([5]) == [100.0]
assert percent_breakdown([1, 1]) == [50.0, 50.0]
assert percent_breakdown([1, 2]) == [33.3, 66.7]
assert percent_breakdown([0, 4]) == [0.0, 100.0]
assert percent_breakdown([2, 3, 5]) == [20.0, 30.0, 50.0]
assert percent_breakdown([1, 1, 1, 3]) == [16.7, 16.7, 16.7, 50.0]
""",
    ),
    task(
        "easy",
        r'''
def digit_product(n: int) -> int:
    """Return the product of the decimal digits of n (n >= 0); a 0 digit makes the product 0.
    >>> digit_product(234)
    24
    """
    product = 1
    for d in str(n):
        product *= int(d)
    return product
''',
        r"""
assert digit_product(7) == 7
assert digit_product(0) == 0
assert digit_product(123) == 6
assert digit_product(405) == 0
assert digit_product(999) == 729
assert digit_product(11111) == 1
""",
    ),
    task(
        "easy",
        r'''
def absolute_total(nums: list[int]) -> int:
    """Return the sum of the absolute values of the numbers in nums (0 for an empty list).
    >>> absolute_total([3, -4, 0])
    7
    """
    return sum(abs(x) for x in nums)
''',
        r"""
assert absolute_total([]) == 0
assert absolute_total([-5]) == 5
assert absolute_total([1, 2, 3]) == 6
assert absolute_total([-1, -2, -3]) == 6
assert absolute_total([10, -10, 10]) == 30
assert absolute_total([0, 0]) == 0
""",
    ),
    task(
        "easy",
        r'''
def floor_mean(nums: list[int]) -> int:
    """Return the mean of the non-empty list nums rounded down, i.e. sum(nums) // len(nums).
    >>> floor_mean([4, 5, 9])
    6
    """
    return sum(nums) // len(nums)
''',
        r"""
assert floor_mean([5]) == 5
assert floor_mean([1, 2]) == 1
assert floor_mean([-1, -2]) == -2
assert floor_mean([10, 20, 30, 40]) == 25
assert floor_mean([0, 0, 1]) == 0
assert floor_mean([-7, 0]) == -4
""",
    ),
    task(
        "easy",
        r'''
def decimal_length(n: int) -> int:
    """Return how many decimal digits the integer n >= 0 has (0 has 1 digit).
    >>> decimal_length(4096)
    4
    """
    return len(str(n))
''',
        r"""
assert decimal_length(0) == 1
assert decimal_length(9) == 1
assert decimal_length(10) == 2
assert decimal_length(999) == 3
assert decimal_length(1000) == 4
assert decimal_length(10**20) == 21
""",
    ),
    task(
        "easy",
        r'''
def floor_to_multiple(n: int, k: int) -> int:
    """Return the largest multiple of k (k > 0) that is not greater than n; n may be negative.
    >>> floor_to_multiple(17, 5)
    15
    """
    return n // k * k
''',
        r"""
assert floor_to_multiple(0, 3) == 0
assert floor_to_multiple(20, 5) == 20
assert floor_to_multiple(4, 10) == 0
assert floor_to_multiple(99, 7) == 98
assert floor_to_multiple(-7, 5) == -10
assert floor_to_multiple(-15, 5) == -15
""",
    ),
    task(
        "easy",
        r'''
def first_n_squares(n: int) -> list[int]:
    """Return the list [1, 4, 9, ..., n*n] of the squares of 1 to n, for n >= 0 (empty when n is 0).
    >>> first_n_squares(4)
    [1, 4, 9, 16]
    """
    return [i * i for i in range(1, n + 1)]
''',
        r"""
assert first_n_squares(0) == []
assert first_n_squares(1) == [1]
assert first_n_squares(2) == [1, 4]
assert first_n_squares(6) == [1, 4, 9, 16, 25, 36]
assert len(first_n_squares(100)) == 100
assert first_n_squares(100)[-1] == 10000
""",
    ),
    task(
        "easy",
        r'''
def powers_of_base(base: int, n: int) -> list[int]:
    """Return the list [base**0, base**1, ..., base**(n-1)] of the first n powers of base, for n >= 0.
    >>> powers_of_base(2, 5)
    [1, 2, 4, 8, 16]
    """
    return [base**i for i in range(n)]
''',
        r"""
assert powers_of_base(3, 0) == []
assert powers_of_base(7, 1) == [1]
assert powers_of_base(-2, 4) == [1, -2, 4, -8]
assert powers_of_base(0, 3) == [1, 0, 0]
assert powers_of_base(10, 4) == [1, 10, 100, 1000]
assert powers_of_base(1, 3) == [1, 1, 1]
""",
    ),
    task(
        "easy",
        r'''
def ceil_divide(a: int, b: int) -> int:
    """Return a divided by b rounded up to the nearest integer (the ceiling); a may be negative, b > 0.
    >>> ceil_divide(7, 2)
    4
    """
    return -(-a // b)
''',
        r"""
assert ceil_divide(0, 5) == 0
assert ceil_divide(6, 3) == 2
assert ceil_divide(1, 10) == 1
assert ceil_divide(5, 1) == 5
assert ceil_divide(100, 7) == 15
assert ceil_divide(-7, 2) == -3
""",
    ),
]
