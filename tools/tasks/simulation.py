"""Simulation: step-by-step processes, games, queues, schedulers and small machines."""

from tools.tasks._spec import task

CATEGORY = "simulation"

TASKS = [
    task(
        "easy",
        r'''
def final_position(moves: str) -> tuple[int, int]:
    """A robot starts at (0, 0). Each character of moves moves it one unit: 'U' is +y, 'D' is -y,
    'R' is +x and 'L' is -x; any other character is ignored. Return the final (x, y).
    >>> final_position("UURDL")
    (0, 1)
    """
    x = y = 0
    for m in moves:
        dx, dy = {"U": (0, 1), "D": (0, -1), "R": (1, 0), "L": (-1, 0)}.get(m, (0, 0))
        x, y = x + dx, y + dy
    return x, y
''',
        r"""
assert final_position("") == (0, 0)
assert final_position("xyz") == (0, 0)
assert final_position("RRRR") == (4, 0)
assert final_position("DDL") == (-1, -2)
assert final_position("udlr") == (0, 0)
assert final_position("U" * 1000) == (0, 1000)
""",
    ),
    task(
        "easy",
        r'''
def run_account(balance: int, operations: list[tuple[str, int]]) -> tuple[int, int]:
    """Apply operations to an account that starts with balance. ("deposit", x) adds x;
    ("withdraw", x) subtracts x if the balance is at least x, and is otherwise rejected without
    changing anything. Return (final balance, number of rejected withdrawals).
    >>> run_account(10, [("withdraw", 5), ("withdraw", 6), ("deposit", 1)])
    (6, 1)
    """
    rejected = 0
    for kind, amount in operations:
        if kind == "deposit":
            balance += amount
        elif amount <= balance:
            balance -= amount
        else:
            rejected += 1
    return balance, rejected
''',
        r"""
assert run_account(0, []) == (0, 0)
assert run_account(0, [("withdraw", 0)]) == (0, 0)
assert run_account(5, [("withdraw", 6), ("withdraw", 6)]) == (5, 2)
assert run_account(1, [("deposit", 9), ("withdraw", 10)]) == (0, 0)
assert run_account(100, [("withdraw", 100), ("withdraw", 1), ("deposit", 1), ("withdraw", 1)]) == (0, 1)
""",
    ),
    task(
        "easy",
        r'''
def light_after(state: str, seconds: int) -> str:
    """A traffic light cycles green (lasting 30 s) -> yellow (5 s) -> red (20 s) -> green, and so on.
    It has just switched to state ('green', 'yellow' or 'red'). Return its state after the given
    number of seconds (>= 0); a phase that has lasted its full duration has switched at that moment.
    >>> light_after("green", 30)
    'yellow'
    >>> light_after("red", 19)
    'red'
    """
    phases = [("green", 30), ("yellow", 5), ("red", 20)]
    i = [name for name, _ in phases].index(state)
    t = seconds % 55
    while t >= phases[i][1]:
        t -= phases[i][1]
        i = (i + 1) % 3
    return phases[i][0]
''',
        r"""
assert light_after("green", 0) == "green"
assert light_after("yellow", 5) == "red"
assert light_after("red", 20) == "green"
assert light_after("green", 55) == "green"
assert light_after("green", 34) == "yellow"
assert light_after("red", 54) == "yellow"
assert light_after("yellow", 10**9) == "red"
""",
    ),
    task(
        "easy",
        r'''
def elevator_travel(start: int, requests: list[int]) -> int:
    """An elevator at floor start visits the floors in requests, in the given order. Return the total
    number of floors it travels. Floors may be negative (basements).
    >>> elevator_travel(0, [5, 2, 8])
    14
    """
    total = 0
    for floor in requests:
        total += abs(floor - start)
        start = floor
    return total
''',
        r"""
assert elevator_travel(3, []) == 0
assert elevator_travel(3, [3, 3]) == 0
assert elevator_travel(-2, [2]) == 4
assert elevator_travel(10, [0, 10, 0]) == 30
assert elevator_travel(0, [-5, 5]) == 15
""",
    ),
    task(
        "easy",
        r'''
def make_change(price: int, paid: int) -> list[int]:
    """A vending machine gives change in coins of 25, 10, 5 and 1 cents, always taking the largest
    coin that fits. Return the coins for paid - price cents, largest first ([] when paid <= price).
    >>> make_change(35, 100)
    [25, 25, 10, 5]
    """
    rest = paid - price
    coins = []
    for coin in (25, 10, 5, 1):
        while rest >= coin:
            coins.append(coin)
            rest -= coin
    return coins
''',
        r"""
assert make_change(100, 100) == []
assert make_change(100, 50) == []
assert make_change(0, 4) == [1, 1, 1, 1]
assert make_change(1, 100) == [25, 25, 25, 10, 10, 1, 1, 1, 1]
assert make_change(0, 30) == [25, 5]
""",
    ),
    task(
        "easy",
        r'''
def thermostat(readings: list[float], low: float, high: float) -> list[bool]:
    """Simulate a heater with hysteresis; it starts off. For each temperature reading in turn: if the
    heater is off and the reading is below low, it turns on; if it is on and the reading is above
    high, it turns off; otherwise it stays as it is. Return the heater state after each reading.
    >>> thermostat([20, 17, 19, 23, 21], 18, 22)
    [False, True, True, False, False]
    """
    on = False
    states = []
    for t in readings:
        if not on and t < low:
            on = True
        elif on and t > high:
            on = False
        states.append(on)
    return states
''',
        r"""
assert thermostat([], 1, 2) == []
assert thermostat([18, 22], 18, 22) == [False, False]
assert thermostat([17.9, 22, 22.1], 18, 22) == [True, True, False]
assert thermostat([0, 100, 0], 10, 10) == [True, False, True]
""",
    ),
    task(
        "easy",
        r'''
def rps_results(rounds: list[tuple[str, str]]) -> tuple[int, int, int]:
    """Score rounds of rock-paper-scissors given as (move of A, move of B), each move being 'rock',
    'paper' or 'scissors' (rock beats scissors, scissors beats paper, paper beats rock). Return
    (rounds won by A, rounds won by B, draws).
    >>> rps_results([("rock", "scissors"), ("paper", "scissors"), ("rock", "rock")])
    (1, 1, 1)
    """
    beats = {"rock": "scissors", "scissors": "paper", "paper": "rock"}
    a = b = draws = 0
    for x, y in rounds:
        if x == y:
            draws += 1
        elif beats[x] == y:
            a += 1
        else:
            b += 1
    return a, b, draws
''',
        r"""
assert rps_results([]) == (0, 0, 0)
assert rps_results([("paper", "rock")] * 3) == (3, 0, 0)
assert rps_results([("scissors", "rock"), ("scissors", "paper")]) == (1, 1, 0)
assert rps_results([("paper", "paper"), ("scissors", "scissors")]) == (0, 0, 2)
""",
    ),
    task(
        "easy",
        r'''
def parking_lot(events: list[str], capacity: int) -> tuple[int, int]:
    """Simulate a parking lot with the given capacity that starts empty. The event 'in' parks a car if
    there is room, otherwise the car is turned away; 'out' removes a car and is ignored when the
    lot is empty. Return (cars parked at the end, cars turned away).
    >>> parking_lot(["in", "in", "in", "out", "in"], 2)
    (2, 1)
    """
    parked = turned_away = 0
    for e in events:
        if e == "in":
            if parked < capacity:
                parked += 1
            else:
                turned_away += 1
        elif parked:
            parked -= 1
    return parked, turned_away
''',
        r"""
assert parking_lot([], 5) == (0, 0)
assert parking_lot(["out", "in"], 1) == (1, 0)
assert parking_lot(["in"] * 5, 0) == (0, 5)
assert parking_lot(["in", "out", "out", "in", "in"], 1) == (1, 1)
""",
    ),
    task(
        "easy",
        r'''
def day_goal_reached(steps: list[int], goal: int) -> int:
    """steps[i] is the number of steps walked on day i (days count from 0). Return the first day on
    which the running total of steps is at least goal (goal >= 1), or -1 if that never happens.
    >>> day_goal_reached([3000, 5000, 4000], 8000)
    1
    """
    total = 0
    for day, s in enumerate(steps):
        total += s
        if total >= goal:
            return day
    return -1
''',
        r"""
assert day_goal_reached([], 1) == -1
assert day_goal_reached([10], 10) == 0
assert day_goal_reached([1, 1, 1], 4) == -1
assert day_goal_reached([0, 0, 5], 5) == 2
assert day_goal_reached([5000] * 100, 250000) == 49
""",
    ),
    task(
        "easy",
        r'''
def compound_balance(principal: float, rate_percent: float, years: int) -> float:
    """Grow principal by rate_percent interest once a year for the given number of years, rounding the
    balance to cents (2 decimal places, with round()) after every year. Return the final balance.
    >>> compound_balance(1000, 5, 2)
    1102.5
    """
    balance = principal
    for _ in range(years):
        balance = round(balance * (1 + rate_percent / 100), 2)
    return balance
''',
        r"""
assert compound_balance(100, 0, 10) == 100
assert compound_balance(100, 10, 0) == 100
assert compound_balance(100, 10, 3) == 133.1
assert compound_balance(999.99, 1.5, 1) == 1014.99
assert compound_balance(1000, 7, 30) == 7612.25
assert compound_balance(2500, 3.25, 10) == 3442.24
""",
    ),
    task(
        "easy",
        r'''
def type_keys(keys: str) -> str:
    """Return the text produced by typing keys, where '<' is a backspace that deletes the character
    before it (if there is one) and every other character is typed as it is.
    >>> type_keys("abc<d")
    'abd'
    >>> type_keys("<<a<")
    ''
    """
    out = []
    for k in keys:
        if k == "<":
            if out:
                out.pop()
        else:
            out.append(k)
    return "".join(out)
''',
        r"""
assert type_keys("") == ""
assert type_keys("a") == "a"
assert type_keys("ab<<<c") == "c"
assert type_keys("x<y<z") == "z"
assert type_keys("hello<<<<<world") == "world"
""",
    ),
    task(
        "easy",
        r'''
def clock_add(time: str, minutes: int) -> str:
    """Add minutes (possibly negative, possibly more than a day) to the 24-hour clock time 'HH:MM'
    and return the new time as 'HH:MM', wrapping around midnight.
    >>> clock_add("23:30", 45)
    '00:15'
    >>> clock_add("00:10", -20)
    '23:50'
    """
    h, m = (int(p) for p in time.split(":"))
    total = (h * 60 + m + minutes) % 1440
    return f"{total // 60:02d}:{total % 60:02d}"
''',
        r"""
assert clock_add("12:00", 0) == "12:00"
assert clock_add("00:00", 1440) == "00:00"
assert clock_add("01:00", -61) == "23:59"
assert clock_add("10:37", 3 * 1440 + 5) == "10:42"
assert clock_add("05:05", -10000) == "06:25"
""",
    ),
    task(
        "medium",
        r'''
def edit_text(keys: str) -> str:
    """Simulate a one-line editor with a cursor, starting empty. Each character of keys is typed at
    the cursor, except that '<' deletes the character before the cursor (if any), '[' moves the
    cursor to the start of the line and ']' moves it to the end.
    >>> edit_text("abc[x]y")
    'xabcy'
    >>> edit_text("ab[<c")
    'cab'
    """
    left, right = [], []
    for k in keys:
        if k == "<":
            if left:
                left.pop()
        elif k == "[":
            left, right = [], left + right
        elif k == "]":
            left, right = left + right, []
        else:
            left.append(k)
    return "".join(left + right)
''',
        r"""
assert edit_text("") == ""
assert edit_text("[]<") == ""
assert edit_text("abc[<") == "abc"
assert edit_text("ab[cd]ef") == "cdabef"
assert edit_text("hello[<]<<") == "hel"
assert edit_text("a[b[c[d") == "dcba"
""",
    ),
    task(
        "medium",
        r'''
def life_step(grid: list[str]) -> list[str]:
    """Advance Conway's Game of Life by one generation. grid is a list of equal-length strings of '#'
    (live) and '.' (dead) cells; cells outside the grid are dead. A live cell with 2 or 3 live
    neighbours (among the 8 around it) stays alive, a dead cell with exactly 3 live neighbours
    becomes alive, and every other cell is dead in the next generation.
    >>> life_step([".....", "..#..", "..#..", "..#..", "....."])
    ['.....', '.....', '.###.', '.....', '.....']
    """
    rows = len(grid)
    out = []
    for r in range(rows):
        line = []
        for c in range(len(grid[r])):
            n = sum(
                grid[rr][cc] == "#"
                for rr in range(r - 1, r + 2)
                for cc in range(c - 1, c + 2)
                if (rr, cc) != (r, c) and 0 <= rr < rows and 0 <= cc < len(grid[rr])
            )
            alive = grid[r][c] == "#"
            line.append("#" if n == 3 or (alive and n == 2) else ".")
        out.append("".join(line))
    return out
''',
        r"""
assert life_step([]) == []
assert life_step(["#"]) == ["."]
assert life_step(["##", "##"]) == ["##", "##"]
assert life_step(["###"]) == [".#."]
assert life_step([".#...", "..#..", "###..", ".....", "....."]) == [
    ".....",
    "#.#..",
    ".##..",
    ".#...",
    ".....",
]
""",
    ),
    task(
        "medium",
        r'''
def robot_walk(commands: str, obstacles: list[tuple[int, int]]) -> tuple[int, int, str]:
    """A robot starts at (0, 0) facing 'N'. 'L' and 'R' turn it 90 degrees left or right; 'F' moves it
    one cell forward (N is +y, E is +x, S is -y, W is -x) unless that cell is one of obstacles, in
    which case it does not move. Return (x, y, facing) after all commands.
    >>> robot_walk("FFRFF", [])
    (2, 2, 'E')
    >>> robot_walk("FRF", [(1, 1)])
    (0, 1, 'E')
    """
    dirs = "NESW"
    steps = {"N": (0, 1), "E": (1, 0), "S": (0, -1), "W": (-1, 0)}
    blocked = set(obstacles)
    x = y = 0
    d = 0
    for c in commands:
        if c == "L":
            d = (d - 1) % 4
        elif c == "R":
            d = (d + 1) % 4
        elif c == "F":
            dx, dy = steps[dirs[d]]
            if (x + dx, y + dy) not in blocked:
                x, y = x + dx, y + dy
    return x, y, dirs[d]
''',
        r"""
assert robot_walk("", []) == (0, 0, "N")
assert robot_walk("LLLL", []) == (0, 0, "N")
assert robot_walk("L", []) == (0, 0, "W")
assert robot_walk("RRF", []) == (0, -1, "S")
assert robot_walk("FFF", [(0, 2)]) == (0, 1, "N")
assert robot_walk("LFLFLFLF", []) == (0, 0, "N")
""",
    ),
    task(
        "medium",
        r'''
def departures(arrivals: list[int], service: int) -> list[int]:
    """Customers arrive at a single counter at the given times (in non-decreasing order) and are
    served one at a time, in order of arrival; serving a customer takes service minutes and starts
    when they arrive or when the previous customer leaves, whichever is later. Return the times at
    which the customers leave.
    >>> departures([0, 1, 10], 5)
    [5, 10, 15]
    """
    out = []
    free_at = None
    for t in arrivals:
        start = t if free_at is None else max(t, free_at)
        free_at = start + service
        out.append(free_at)
    return out
''',
        r"""
assert departures([], 3) == []
assert departures([7], 0) == [7]
assert departures([0, 0, 0], 2) == [2, 4, 6]
assert departures([0, 100], 1) == [1, 101]
assert departures([5, 6, 7], 10) == [15, 25, 35]
""",
    ),
    task(
        "medium",
        r'''
from collections import deque


def round_robin(jobs: list[tuple[str, int]], quantum: int) -> list[tuple[str, int]]:
    """Simulate round-robin scheduling of jobs (name, run time), all ready at time 0 and queued in
    the given order. The job at the front runs for min(quantum, its remaining time); if it still
    needs time it goes to the back of the queue. Return (name, finish time) for every job in the
    order they finish. Jobs with run time 0 finish at time 0, in their order, before all others.
    >>> round_robin([("a", 3), ("b", 5), ("c", 1)], 2)
    [('c', 5), ('a', 6), ('b', 9)]
    """
    done = [(name, 0) for name, t in jobs if t == 0]
    queue = deque((name, t) for name, t in jobs if t > 0)
    clock = 0
    while queue:
        name, remaining = queue.popleft()
        run = min(quantum, remaining)
        clock += run
        if remaining > run:
            queue.append((name, remaining - run))
        else:
            done.append((name, clock))
    return done
''',
        r"""
assert round_robin([], 3) == []
assert round_robin([("x", 0), ("y", 2), ("z", 0)], 1) == [("x", 0), ("z", 0), ("y", 2)]
assert round_robin([("a", 4)], 10) == [("a", 4)]
assert round_robin([("a", 2), ("b", 2)], 1) == [("a", 3), ("b", 4)]
assert round_robin([("p", 10), ("q", 1)], 3) == [("q", 4), ("p", 11)]
""",
    ),
    task(
        "medium",
        r'''
def josephus(n: int, k: int) -> int:
    """n people stand in a circle, numbered 1 to n. Starting from person 1, count k people around the
    circle (person 1 being the first counted) and eliminate the k-th; counting starts again with the
    next person. Repeat until one person is left and return their number. n can be up to 100_000.
    >>> josephus(7, 3)
    4
    """
    pos = 0
    for m in range(2, n + 1):
        pos = (pos + k) % m
    return pos + 1
''',
        r"""
assert josephus(1, 5) == 1
assert josephus(2, 1) == 2
assert josephus(5, 2) == 3
assert josephus(10, 1) == 10
assert josephus(41, 3) == 31
assert josephus(100000, 2) == 68929
""",
    ),
    task(
        "medium",
        r'''
def run_stack_machine(program: list[str]) -> list[int] | None:
    """Run a stack machine program and return the final stack, bottom first. Instructions: 'PUSH n'
    pushes the integer n; 'POP' removes the top value; 'DUP' pushes a copy of the top; 'SWAP'
    exchanges the two top values; 'ADD', 'SUB' and 'MUL' pop b (the top) and then a, and push a + b,
    a - b or a * b. If an instruction needs more values than the stack holds, return None.
    >>> run_stack_machine(["PUSH 3", "PUSH 4", "ADD", "DUP", "MUL"])
    [49]
    >>> run_stack_machine(["PUSH 1", "ADD"]) is None
    True
    """
    need = {"POP": 1, "DUP": 1, "SWAP": 2, "ADD": 2, "SUB": 2, "MUL": 2}
    stack = []
    for line in program:
        op, *arg = line.split()
        if len(stack) < need.get(op, 0):
            return None
        if op == "PUSH":
            stack.append(int(arg[0]))
        elif op == "POP":
            stack.pop()
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if op == "ADD" else a - b if op == "SUB" else a * b)
    return stack
''',
        r"""
assert run_stack_machine([]) == []
assert run_stack_machine(["POP"]) is None
assert run_stack_machine(["PUSH -2", "PUSH 5", "SUB"]) == [-7]
assert run_stack_machine(["PUSH 1", "PUSH 2", "SWAP"]) == [2, 1]
assert run_stack_machine(["PUSH 7", "DUP", "DUP", "POP"]) == [7, 7]
assert run_stack_machine(["SWAP"]) is None
assert run_stack_machine(["PUSH 1", "SWAP"]) is None
""",
    ),
    task(
        "medium",
        r'''
def langton_black_cells(steps: int) -> int:
    """Langton's ant walks on an infinite grid of white cells, starting facing up. At each step: on
    a white cell it turns 90 degrees right, on a black cell 90 degrees left; then it flips the
    color of its cell and moves one cell forward. Return the number of black cells after steps steps.
    >>> langton_black_cells(0)
    0
    >>> langton_black_cells(4)
    4
    """
    black = set()
    x = y = d = 0
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    for _ in range(steps):
        if (x, y) in black:
            d = (d - 1) % 4
            black.remove((x, y))
        else:
            d = (d + 1) % 4
            black.add((x, y))
        x, y = x + moves[d][0], y + moves[d][1]
    return len(black)
''',
        r"""
assert langton_black_cells(1) == 1
assert langton_black_cells(5) == 3
assert langton_black_cells(500) == 62
assert langton_black_cells(10000) == 720
assert langton_black_cells(11000) == 834
""",
    ),
    task(
        "medium",
        r'''
def tic_tac_toe_state(board: list[str]) -> str:
    """board is three strings of three characters, each 'X', 'O' or '.' (empty). Return 'X' or 'O' if
    that player has three in a row (horizontally, vertically or diagonally), 'draw' if nobody has
    and the board is full, and 'pending' otherwise. A board never has two winners.
    >>> tic_tac_toe_state(["XXX", "OO.", "..."])
    'X'
    >>> tic_tac_toe_state(["XOX", "XOO", "OXX"])
    'draw'
    """
    lines = [row for row in board]
    lines += ["".join(board[r][c] for r in range(3)) for c in range(3)]
    lines += ["".join(board[i][i] for i in range(3)), "".join(board[i][2 - i] for i in range(3))]
    for p in "XO":
        if p * 3 in lines:
            return p
    return "pending" if any("." in row for row in board) else "draw"
''',
        r"""
assert tic_tac_toe_state(["...", "...", "..."]) == "pending"
assert tic_tac_toe_state(["O..", ".O.", "..O"]) == "O"
assert tic_tac_toe_state(["..X", ".X.", "X.."]) == "X"
assert tic_tac_toe_state(["XO.", "XO.", "X.."]) == "X"
assert tic_tac_toe_state(["XOX", "OXO", "OXO"]) == "draw"
assert tic_tac_toe_state(["XO.", "...", "..."]) == "pending"
""",
    ),
    task(
        "medium",
        r'''
def tennis_score(points: str) -> str:
    """Return the score of a tennis game after points, where each character ('A' or 'B') says who won
    a point. A player with at least 4 points and at least 2 more than the other has won: 'game A'
    or 'game B' (later points are ignored). Otherwise, if both have at least 3 points, the score is
    'deuce' when equal and 'advantage A' or 'advantage B' when one is ahead; else it is
    '<A>-<B>' with 0, 1, 2, 3 points written as 0, 15, 30, 40 (e.g. '30-15').
    >>> tennis_score("AAB")
    '30-15'
    >>> tennis_score("AAABBBA")
    'advantage A'
    """
    a = b = 0
    for p in points:
        if p == "A":
            a += 1
        else:
            b += 1
        if (a >= 4 or b >= 4) and abs(a - b) >= 2:
            return "game A" if a > b else "game B"
    if a >= 3 and b >= 3:
        if a == b:
            return "deuce"
        return "advantage A" if a > b else "advantage B"
    names = ["0", "15", "30", "40"]
    return f"{names[a]}-{names[b]}"
''',
        r"""
assert tennis_score("") == "0-0"
assert tennis_score("AAA") == "40-0"
assert tennis_score("AAAA") == "game A"
assert tennis_score("AAAAB") == "game A"
assert tennis_score("BBBAAA") == "deuce"
assert tennis_score("ABABABAB") == "deuce"
assert tennis_score("ABABABABB") == "advantage B"
assert tennis_score("ABABABABBB") == "game B"
assert tennis_score("AABBBAB") == "advantage B"
""",
    ),
    task(
        "medium",
        r'''
def elementary_ca(rule: int, cells: str, steps: int) -> str:
    """Run the elementary cellular automaton with Wolfram rule number rule (0-255) on cells, a string
    of '0' and '1', for steps generations; cells beyond both ends are always '0'. A cell's next
    value is bit number 4*left + 2*center + right of rule, where left, center and right are the
    current values of its left neighbour, itself and its right neighbour.
    >>> elementary_ca(90, "00100", 1)
    '01010'
    """
    state = [int(c) for c in cells]
    for _ in range(steps):
        padded = [0] + state + [0]
        state = [
            (rule >> (4 * padded[i - 1] + 2 * padded[i] + padded[i + 1])) & 1
            for i in range(1, len(padded) - 1)
        ]
    return "".join(str(v) for v in state)
''',
        r"""
assert elementary_ca(0, "111", 5) == "000"
assert elementary_ca(204, "1011", 3) == "1011"
assert elementary_ca(30, "0001000", 2) == "0110010"
assert elementary_ca(90, "1", 1) == "0"
assert elementary_ca(110, "", 4) == ""
assert elementary_ca(30, "0001000", 0) == "0001000"
""",
    ),
    task(
        "medium",
        r'''
def lru_page_faults(pages: list[int], frames: int) -> int:
    """Count the page faults when the page references in pages are served by a memory of frames
    frames (frames >= 1) with least-recently-used replacement: referencing a page that is not in
    memory is a fault, and the page is loaded, evicting the least recently used page when memory
    is full.
    >>> lru_page_faults([1, 2, 3, 1, 4, 2], 3)
    5
    """
    memory = []
    faults = 0
    for p in pages:
        if p in memory:
            memory.remove(p)
        else:
            faults += 1
            if len(memory) == frames:
                memory.pop(0)
        memory.append(p)
    return faults
''',
        r"""
assert lru_page_faults([], 2) == 0
assert lru_page_faults([1, 1, 1], 1) == 1
assert lru_page_faults([1, 2, 1, 2], 1) == 4
assert lru_page_faults([7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2], 4) == 6
assert lru_page_faults([1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5], 3) == 10
""",
    ),
    task(
        "medium",
        r'''
def crush(s: str) -> str:
    """Repeatedly remove from s the leftmost block of 3 or more equal adjacent characters (the whole
    block), until no such block is left, and return what remains.
    >>> crush("aabbbacd")
    'cd'
    >>> crush("abcccbbaa")
    ''
    """
    while True:
        i = 0
        found = False
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            if j - i >= 3:
                s = s[:i] + s[j:]
                found = True
                break
            i = j
        if not found:
            return s
''',
        r"""
assert crush("") == ""
assert crush("aa") == "aa"
assert crush("aaaa") == ""
assert crush("abbbbba") == "aa"
assert crush("aaabbbaa") == "aa"
assert crush("xyzzzyyx") == "xx"
""",
    ),
    task(
        "medium",
        r'''
def asteroid_collision(asteroids: list[int]) -> list[int]:
    """Asteroids (non-zero integers) move along a line at the same speed: the absolute value is the
    size and the sign the direction (positive to the right, negative to the left). When a
    right-moving asteroid meets a left-moving one, the smaller one explodes, and both explode if
    they have the same size. Return the asteroids that are left, in order.
    >>> asteroid_collision([5, 10, -5])
    [5, 10]
    >>> asteroid_collision([10, 2, -5])
    [10]
    """
    stack = []
    for a in asteroids:
        alive = True
        while alive and a < 0 and stack and stack[-1] > 0:
            if stack[-1] < -a:
                stack.pop()
            elif stack[-1] == -a:
                stack.pop()
                alive = False
            else:
                alive = False
        if alive:
            stack.append(a)
    return stack
''',
        r"""
assert asteroid_collision([]) == []
assert asteroid_collision([8, -8]) == []
assert asteroid_collision([-2, -1, 1, 2]) == [-2, -1, 1, 2]
assert asteroid_collision([1, -2, -2, -2]) == [-2, -2, -2]
assert asteroid_collision([3, 5, -4, -6, 2]) == [-6, 2]
""",
    ),
    task(
        "medium",
        r'''
def minutes_to_rot(grid: list[str]) -> int:
    """grid is a list of equal-length strings of '.' (empty), 'f' (fresh orange) and 'r' (rotten
    orange). Every minute, each fresh orange next to a rotten one (up, down, left or right) becomes
    rotten. Return the minutes until no fresh orange is left (0 if there is none at the start), or
    -1 if some orange never rots.
    >>> minutes_to_rot(["rff", "ff.", ".ff"])
    4
    """
    cells = [list(row) for row in grid]
    minutes = 0
    while True:
        fresh = [(r, c) for r, row in enumerate(cells) for c, v in enumerate(row) if v == "f"]
        if not fresh:
            return minutes
        turning = [
            (r, c)
            for r, c in fresh
            if any(
                0 <= r + dr < len(cells) and 0 <= c + dc < len(cells[r + dr]) and cells[r + dr][c + dc] == "r"
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
            )
        ]
        if not turning:
            return -1
        for r, c in turning:
            cells[r][c] = "r"
        minutes += 1
''',
        r"""
assert minutes_to_rot([]) == 0
assert minutes_to_rot(["..."]) == 0
assert minutes_to_rot(["r"]) == 0
assert minutes_to_rot(["f"]) == -1
assert minutes_to_rot(["rf.f"]) == -1
assert minutes_to_rot(["fffr"]) == 3
assert minutes_to_rot(["f.r", "...", "r.f"]) == -1
""",
    ),
    task(
        "medium",
        r'''
def scan_order(head: int, requests: list[int], direction: str) -> list[int]:
    """Order disk requests (cylinder numbers) with the elevator (SCAN) algorithm: starting at
    cylinder head and moving in direction ('up' or 'down'), serve the requests on the way in order
    of position (requests at the head position come first), then reverse and serve the rest in
    order of position. Duplicate requests are all kept.
    >>> scan_order(50, [82, 17, 43, 140, 24, 16, 190], "up")
    [82, 140, 190, 43, 24, 17, 16]
    """
    if direction == "up":
        first = sorted(r for r in requests if r >= head)
        rest = sorted((r for r in requests if r < head), reverse=True)
    else:
        first = sorted((r for r in requests if r <= head), reverse=True)
        rest = sorted(r for r in requests if r > head)
    return first + rest
''',
        r"""
assert scan_order(10, [], "up") == []
assert scan_order(10, [10, 5, 15], "down") == [10, 5, 15]
assert scan_order(10, [10, 5, 15], "up") == [10, 15, 5]
assert scan_order(0, [3, 1, 2, 1], "down") == [1, 1, 2, 3]
assert scan_order(50, [82, 17, 43, 140, 24, 16, 190], "down") == [43, 24, 17, 16, 82, 140, 190]
""",
    ),
    task(
        "medium",
        r'''
def war_game(a: list[int], b: list[int], max_rounds: int) -> str:
    """Play a simplified game of War with piles a and b (the top card is at index 0). In each round
    both players reveal their top card. The owner of the higher card puts the winning card and then
    the losing card at the bottom of their pile; on equal cards each player puts their own card at
    the bottom of their own pile. The game ends when a player has no cards left (the other one
    wins) or after max_rounds rounds. Return 'A', 'B', or 'draw' if both still have cards then.
    >>> war_game([5, 3], [4, 6], 10)
    'B'
    """
    a, b = list(a), list(b)
    for _ in range(max_rounds):
        if not a or not b:
            break
        x, y = a.pop(0), b.pop(0)
        if x > y:
            a += [x, y]
        elif y > x:
            b += [y, x]
        else:
            a.append(x)
            b.append(y)
    if not a:
        return "B"
    if not b:
        return "A"
    return "draw"
''',
        r"""
assert war_game([1], [2], 1) == "B"
assert war_game([2], [1], 1) == "A"
assert war_game([1], [1], 100) == "draw"
assert war_game([5, 3], [4, 6], 5) == "draw"
assert war_game([9, 1, 1], [2], 3) == "A"
assert war_game([1, 2], [2, 1], 100) == "draw"
""",
    ),
    task(
        "hard",
        r'''
def push_dominoes(state: str) -> str:
    """A line of dominoes: 'L' has been pushed to the left, 'R' to the right, '.' stands upright.
    Every second, each falling domino pushes the adjacent upright domino in its direction; an
    upright domino pushed from both sides at the same moment stays upright. Fallen dominoes never
    move again. Return the final state.
    >>> push_dominoes(".L.R...LR..L..")
    'LL.RR.LLRRLL..'
    >>> push_dominoes("RR.L")
    'RR.L'
    """
    n = len(state)
    force = [0] * n
    f = 0
    for i, c in enumerate(state):
        f = n if c == "R" else 0 if c == "L" else max(f - 1, 0)
        force[i] += f
    f = 0
    for i in range(n - 1, -1, -1):
        c = state[i]
        f = n if c == "L" else 0 if c == "R" else max(f - 1, 0)
        force[i] -= f
    return "".join("R" if f > 0 else "L" if f < 0 else "." for f in force)
''',
        r"""
assert push_dominoes("") == ""
assert push_dominoes(".") == "."
assert push_dominoes("R.") == "RR"
assert push_dominoes(".L") == "LL"
assert push_dominoes("R.L") == "R.L"
assert push_dominoes("R..L") == "RRLL"
assert push_dominoes("L.R") == "L.R"
assert push_dominoes("R....") == "RRRRR"
""",
    ),
    task(
        "hard",
        r'''
def bowling_score(rolls: list[int]) -> int:
    """Score a complete game of ten-pin bowling from the number of pins knocked down by each roll.
    A frame is two rolls, or a single roll if it is a strike (all 10 pins). A strike scores 10 plus
    the next two rolls, a spare (10 pins with the frame's two rolls) 10 plus the next roll, and any
    other frame its pins. After a strike or spare in the tenth frame the bonus rolls are thrown;
    they only count as bonus.
    >>> bowling_score([10] * 12)
    300
    >>> bowling_score([9, 1] * 10 + [9])
    190
    """
    total = 0
    i = 0
    for _ in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total
''',
        r"""
assert bowling_score([0] * 20) == 0
assert bowling_score([1] * 20) == 20
assert bowling_score([10, 3, 4] + [0] * 16) == 24
assert bowling_score([5, 5, 3, 0] + [0] * 16) == 16
assert bowling_score([0] * 18 + [10, 10, 10]) == 30
assert bowling_score([0] * 18 + [7, 3, 10]) == 20
assert bowling_score([10, 10, 10] + [0] * 14) == 60
""",
    ),
    task(
        "hard",
        r'''
def run_registers(program: list[str]) -> dict[str, int]:
    """Run a program on a machine with the registers a, b, c and d, all starting at 0. Instructions:
    'cpy x r' copies x (an integer or a register name) into register r; 'inc r' and 'dec r' add or
    subtract 1; 'jnz x k' jumps k instructions away (k is an integer, possibly negative) if x (an
    integer or a register) is not zero, and otherwise goes on to the next instruction. The program
    stops when the next instruction would be outside the list. Return the registers as a dict.
    >>> run_registers(["cpy 41 a", "inc a", "inc a", "dec a", "jnz a 2", "dec a"])
    {'a': 42, 'b': 0, 'c': 0, 'd': 0}
    """
    regs = {"a": 0, "b": 0, "c": 0, "d": 0}

    def value(x: str) -> int:
        return regs[x] if x in regs else int(x)

    code = [line.split() for line in program]
    pc = 0
    while 0 <= pc < len(code):
        op, *args = code[pc]
        if op == "cpy":
            regs[args[1]] = value(args[0])
        elif op == "inc":
            regs[args[0]] += 1
        elif op == "dec":
            regs[args[0]] -= 1
        elif op == "jnz" and value(args[0]) != 0:
            pc += int(args[1])
            continue
        pc += 1
    return regs
''',
        r"""
assert run_registers([]) == {"a": 0, "b": 0, "c": 0, "d": 0}
assert run_registers(["inc b", "inc b", "cpy b c", "dec c"]) == {"a": 0, "b": 2, "c": 1, "d": 0}
assert run_registers(["cpy 5 a", "inc b", "dec a", "jnz a -2"]) == {"a": 0, "b": 5, "c": 0, "d": 0}
mul = ["cpy 3 a", "cpy 4 b", "cpy b c", "inc d", "dec c", "jnz c -2", "dec a", "jnz a -5"]
assert run_registers(mul) == {"a": 0, "b": 4, "c": 0, "d": 12}
assert run_registers(["jnz 1 5", "inc a"]) == {"a": 0, "b": 0, "c": 0, "d": 0}
assert run_registers(["jnz 0 5", "inc a"]) == {"a": 1, "b": 0, "c": 0, "d": 0}
assert run_registers(["cpy 100000 a", "dec a", "inc b", "jnz a -2"]) == {"a": 0, "b": 100000, "c": 0, "d": 0}
""",
    ),
    task(
        "hard",
        r'''
def connect_four(moves: list[int]) -> tuple[str, int] | None:
    """Play Connect Four on a board of 6 rows and 7 columns (numbered 0-6). The players alternate,
    'X' first; each move drops a piece into the given column, where it lands on the lowest empty
    cell. The first player with four pieces in a row horizontally, vertically or diagonally wins.
    Return (winner, index of the winning move in moves), or None if nobody wins. Moves never
    overfill a column, and moves after a win are ignored.
    >>> connect_four([0, 1, 0, 1, 0, 1, 0])
    ('X', 6)
    """
    heights = [0] * 7
    board = {}
    for i, col in enumerate(moves):
        player = "X" if i % 2 == 0 else "O"
        row = heights[col]
        heights[col] += 1
        board[row, col] = player
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            count = 1
            for sign in (1, -1):
                r, c = row + sign * dr, col + sign * dc
                while board.get((r, c)) == player:
                    count += 1
                    r, c = r + sign * dr, c + sign * dc
            if count >= 4:
                return player, i
    return None
''',
        r"""
assert connect_four([]) is None
assert connect_four([0, 0, 1, 1, 2, 2, 3]) == ("X", 6)
assert connect_four([0, 1, 0, 1, 0, 1, 6, 1]) == ("O", 7)
assert connect_four([0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3]) == ("X", 10)
assert connect_four([3, 3, 3, 3, 3, 3]) is None
assert connect_four([0, 1, 0, 1, 0, 1, 0, 1]) == ("X", 6)
assert connect_four([6, 5, 5, 4, 4, 3, 4, 3, 3, 0, 3]) == ("X", 10)
""",
    ),
    task(
        "hard",
        r'''
from collections import deque


def fifo_cost_of_sales(events: list[tuple[str, int, int]]) -> int:
    """Track an inventory with first-in-first-out costing. The event ("buy", qty, unit_cost) adds a
    lot of qty units bought at unit_cost each; ("sell", qty, 0) sells qty units, taken from the
    oldest remaining lots first. Return the total cost of all the units sold. Sales never exceed
    the stock.
    >>> fifo_cost_of_sales([("buy", 10, 5), ("buy", 5, 8), ("sell", 12, 0)])
    66
    """
    lots = deque()
    total = 0
    for kind, qty, cost in events:
        if kind == "buy":
            lots.append([qty, cost])
            continue
        while qty:
            take = min(qty, lots[0][0])
            total += take * lots[0][1]
            lots[0][0] -= take
            qty -= take
            if lots[0][0] == 0:
                lots.popleft()
    return total
''',
        r"""
assert fifo_cost_of_sales([]) == 0
assert fifo_cost_of_sales([("buy", 3, 7)]) == 0
assert fifo_cost_of_sales([("buy", 3, 7), ("sell", 3, 0)]) == 21
assert fifo_cost_of_sales([("buy", 1, 1), ("buy", 1, 2), ("sell", 1, 0), ("buy", 1, 3), ("sell", 2, 0)]) == 6
assert (
    fifo_cost_of_sales([("buy", 5, 10), ("sell", 2, 0), ("sell", 2, 0), ("buy", 5, 1), ("sell", 3, 0)]) == 52
)
""",
    ),
    task(
        "hard",
        r'''
def topple(grid: list[list[int]]) -> list[list[int]]:
    """Stabilise a sandpile: while some cell holds 4 or more grains, it topples, losing 4 grains and
    giving one to each of its up, down, left and right neighbours (grains that would fall off the
    grid are lost). Return the stable grid (it does not depend on the order of the topplings); the
    input grid is not modified.
    >>> topple([[0, 0, 0], [0, 4, 0], [0, 0, 0]])
    [[0, 1, 0], [1, 0, 1], [0, 1, 0]]
    """
    g = [list(row) for row in grid]
    stack = [(r, c) for r in range(len(g)) for c in range(len(g[r])) if g[r][c] >= 4]
    while stack:
        r, c = stack.pop()
        if g[r][c] < 4:
            continue
        k = g[r][c] // 4
        g[r][c] -= 4 * k
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(g) and 0 <= cc < len(g[rr]):
                g[rr][cc] += k
                if g[rr][cc] >= 4:
                    stack.append((rr, cc))
    return g
''',
        r"""
assert topple([[3]]) == [[3]]
assert topple([[4]]) == [[0]]
assert topple([[5]]) == [[1]]
assert topple([[4, 4]]) == [[1, 1]]
assert topple([[0, 0, 0], [0, 16, 0], [0, 0, 0]]) == [[2, 1, 2], [1, 0, 1], [2, 1, 2]]
g = [[0] * 5 for _ in range(5)]
g[2][2] = 32
assert topple(g) == [[0, 1, 3, 1, 0], [1, 2, 1, 2, 1], [3, 1, 0, 1, 3], [1, 2, 1, 2, 1], [0, 1, 3, 1, 0]]
assert g[2][2] == 32
""",
    ),
    task(
        "hard",
        r'''
from collections import deque


def snake_game(width: int, height: int, food: list[tuple[int, int]], moves: str) -> tuple[int, bool]:
    """Play Snake on a board with x from 0 to width - 1 and y from 0 to height - 1. The snake starts
    one cell long at (0, 0). Moves are 'U' (y - 1), 'D' (y + 1), 'L' (x - 1) and 'R' (x + 1). Food
    appears at the positions in food one at a time, the next as soon as the current one is eaten
    (never on the snake). Moving onto the food grows the snake by one cell (the tail stays) and
    scores a point. The snake dies when its head leaves the board or moves onto its own body (the
    cell the tail leaves during that move is free). Return (score, alive) after all moves, or at
    the move where it dies.
    >>> snake_game(3, 3, [(1, 0), (2, 0)], "RR")
    (2, True)
    """
    steps = {"U": (0, -1), "D": (0, 1), "L": (-1, 0), "R": (1, 0)}
    body = deque([(0, 0)])
    occupied = {(0, 0)}
    score = 0
    for m in moves:
        x, y = body[0]
        dx, dy = steps[m]
        head = (x + dx, y + dy)
        if not (0 <= head[0] < width and 0 <= head[1] < height):
            return score, False
        eating = score < len(food) and food[score] == head
        if not eating:
            occupied.discard(body.pop())
        if head in occupied:
            return score, False
        body.appendleft(head)
        occupied.add(head)
        if eating:
            score += 1
    return score, True
''',
        r"""
assert snake_game(3, 3, [], "") == (0, True)
assert snake_game(3, 3, [], "L") == (0, False)
assert snake_game(2, 2, [], "DD") == (0, False)
assert snake_game(3, 3, [(1, 0), (2, 0), (2, 1)], "RRDL") == (3, True)
assert snake_game(3, 3, [(1, 0), (2, 0), (2, 1), (1, 1)], "RRDLU") == (4, False)
assert snake_game(3, 3, [(1, 0), (1, 1), (0, 1)], "RDLUR") == (3, True)
""",
    ),
    task(
        "easy",
        r'''
def lowest_balance_reached(start: int, amounts: list[int]) -> int:
    """An account starts with the balance start. Each value in amounts is applied in turn (positive
    values are deposits, negative values withdrawals; the balance may go below 0). Return the
    lowest balance the account ever has, counting the starting balance.
    >>> lowest_balance_reached(100, [-30, 50, -90])
    30
    """
    balance = low = start
    for amount in amounts:
        balance += amount
        low = min(low, balance)
    return low
''',
        r"""
assert lowest_balance_reached(5, []) == 5
assert lowest_balance_reached(0, [10, 20]) == 0
assert lowest_balance_reached(10, [-25, 5]) == -15
assert lowest_balance_reached(-3, [0, 0]) == -3
assert lowest_balance_reached(50, [-10, -10, 30, -65]) == -5
assert lowest_balance_reached(1000, [-1] * 500) == 500
""",
    ),
    task(
        "easy",
        r'''
def farthest_from_origin(steps: list[int]) -> int:
    """A walker starts at position 0 on a number line. Each value in steps moves it that many units
    (negative values move it to the left). Return the largest distance from 0 (the absolute value
    of its position) that it reaches at any time; 0 when steps is empty.
    >>> farthest_from_origin([3, -8, 2, 1])
    5
    """
    position = best = 0
    for step in steps:
        position += step
        best = max(best, abs(position))
    return best
''',
        r"""
assert farthest_from_origin([]) == 0
assert farthest_from_origin([-7]) == 7
assert farthest_from_origin([2, 2, -10]) == 6
assert farthest_from_origin([0, 0]) == 0
assert farthest_from_origin([4, -4, -4, 4]) == 4
assert farthest_from_origin([5] * 100) == 500
""",
    ),
    task(
        "easy",
        r'''
def cells_visited_count(moves: str) -> int:
    """A walker starts at (0, 0) on a grid. Each character of moves is 'N' (y + 1), 'S' (y - 1),
    'E' (x + 1) or 'W' (x - 1). Return how many different cells it stands on during the walk, the
    starting cell included.
    >>> cells_visited_count("NESW")
    4
    >>> cells_visited_count("NNSS")
    3
    """
    steps = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
    x = y = 0
    seen = {(0, 0)}
    for move in moves:
        dx, dy = steps[move]
        x, y = x + dx, y + dy
        seen.add((x, y))
    return len(seen)
''',
        r"""
assert cells_visited_count("") == 1
assert cells_visited_count("E") == 2
assert cells_visited_count("EW" * 5) == 2
assert cells_visited_count("NNNN") == 5
assert cells_visited_count("NEWS") == 3
assert cells_visited_count("E" * 1000) == 1001
""",
    ),
    task(
        "easy",
        r'''
def tally_counter_value(commands: list[str]) -> int:
    """A counter starts at 0 and obeys commands in order: 'inc' adds 1, 'dec' subtracts 1 (the
    counter may go below 0), 'double' multiplies it by 2 and 'reset' sets it back to 0. Return
    its final value.
    >>> tally_counter_value(["inc", "inc", "double", "dec"])
    3
    """
    value = 0
    for command in commands:
        if command == "inc":
            value += 1
        elif command == "dec":
            value -= 1
        elif command == "double":
            value *= 2
        elif command == "reset":
            value = 0
    return value
''',
        r"""
assert tally_counter_value([]) == 0
assert tally_counter_value(["dec", "dec"]) == -2
assert tally_counter_value(["inc", "double", "double", "double"]) == 8
assert tally_counter_value(["inc", "inc", "reset", "inc"]) == 1
assert tally_counter_value(["dec", "double", "inc"]) == -1
assert tally_counter_value(["inc"] * 50 + ["double"] * 3) == 400
""",
    ),
    task(
        "easy",
        r'''
def line_after_events(events: list[str]) -> list[str]:
    """Simulate a line of people that starts empty. 'join NAME' adds NAME at the back of the line;
    'leave NAME' removes NAME from wherever they stand. Names are single words, only people who
    are in the line leave, and nobody is in the line twice. Return the line from front to back.
    >>> line_after_events(["join ann", "join bob", "join cid", "leave bob"])
    ['ann', 'cid']
    """
    line = []
    for event in events:
        action, name = event.split()
        if action == "join":
            line.append(name)
        else:
            line.remove(name)
    return line
''',
        r"""
assert line_after_events([]) == []
assert line_after_events(["join zed"]) == ["zed"]
assert line_after_events(["join a", "leave a"]) == []
assert line_after_events(["join a", "join b", "leave a", "join a"]) == ["b", "a"]
assert line_after_events(["join x", "join y", "join z", "leave z", "leave x"]) == ["y"]
""",
    ),
    task(
        "easy",
        r'''
def lamps_on_after_presses(n: int, presses: list[int]) -> list[int]:
    """n lamps numbered 0 to n - 1 all start off. Each value in presses is the number of a lamp
    whose switch is pressed, which toggles it (off to on, on to off). Return the numbers of the
    lamps that are on at the end, in increasing order.
    >>> lamps_on_after_presses(5, [1, 3, 1, 4])
    [3, 4]
    """
    on = [False] * n
    for lamp in presses:
        on[lamp] = not on[lamp]
    return [i for i in range(n) if on[i]]
''',
        r"""
assert lamps_on_after_presses(3, []) == []
assert lamps_on_after_presses(1, [0]) == [0]
assert lamps_on_after_presses(4, [2, 2, 2]) == [2]
assert lamps_on_after_presses(4, [3, 0, 1, 2]) == [0, 1, 2, 3]
assert lamps_on_after_presses(6, [5, 0, 5, 0, 5]) == [5]
assert lamps_on_after_presses(10, list(range(10)) * 2) == []
""",
    ),
    task(
        "easy",
        r'''
def league_points_total(results: str) -> int:
    """A team's match results are given as a string of 'W' (a win, worth 3 points), 'D' (a draw,
    1 point) and 'L' (a loss, 0 points). Return the team's total points.
    >>> league_points_total("WDLW")
    7
    """
    points = {"W": 3, "D": 1, "L": 0}
    return sum(points[r] for r in results)
''',
        r"""
assert league_points_total("") == 0
assert league_points_total("LLL") == 0
assert league_points_total("D") == 1
assert league_points_total("WWW") == 9
assert league_points_total("DWDL") == 5
assert league_points_total("W" * 38) == 114
""",
    ),
    task(
        "easy",
        r'''
def room_temperature_trace(start: int, heater: str) -> list[int]:
    """A room starts at the temperature start. Each character of heater is one minute: '1' means
    the heater is on and the room warms by 2 degrees, '0' means it is off and the room cools by
    1 degree. Return the temperature after each minute.
    >>> room_temperature_trace(20, "1100")
    [22, 24, 23, 22]
    """
    temperature = start
    trace = []
    for state in heater:
        temperature += 2 if state == "1" else -1
        trace.append(temperature)
    return trace
''',
        r"""
assert room_temperature_trace(18, "") == []
assert room_temperature_trace(0, "0") == [-1]
assert room_temperature_trace(-5, "111") == [-3, -1, 1]
assert room_temperature_trace(10, "010") == [9, 11, 10]
assert room_temperature_trace(20, "0000") == [19, 18, 17, 16]
""",
    ),
    task(
        "easy",
        r'''
def tank_level_after(capacity: int, changes: list[int]) -> int:
    """A water tank that holds at most capacity litres starts empty. Each value in changes is applied
    in turn: positive values pour water in, negative values drain water out. Water that does not
    fit overflows and is lost, and the level never goes below 0 (draining more than the tank holds
    empties it). Return the final level.
    >>> tank_level_after(10, [6, 7, -4])
    6
    """
    level = 0
    for change in changes:
        level = min(capacity, max(0, level + change))
    return level
''',
        r"""
assert tank_level_after(5, []) == 0
assert tank_level_after(5, [-3, 2]) == 2
assert tank_level_after(8, [100]) == 8
assert tank_level_after(8, [3, 3, -10, 4]) == 4
assert tank_level_after(0, [5, -1]) == 0
assert tank_level_after(1000, [10] * 50 + [-1] * 3) == 497
""",
    ),
    task(
        "easy",
        r'''
def peak_bus_load(stops: list[tuple[int, int]]) -> int:
    """A bus starts empty. At each stop, (on, off) says how many people board and how many get off
    there (off is never more than the people aboard when the bus arrives). Return the largest
    number of people aboard after any stop, or 0 if there are no stops.
    >>> peak_bus_load([(5, 0), (3, 2), (0, 4)])
    6
    """
    aboard = peak = 0
    for on, off in stops:
        aboard += on - off
        peak = max(peak, aboard)
    return peak
''',
        r"""
assert peak_bus_load([]) == 0
assert peak_bus_load([(0, 0)]) == 0
assert peak_bus_load([(10, 0), (0, 10), (3, 0)]) == 10
assert peak_bus_load([(2, 0), (2, 1), (2, 1), (2, 1)]) == 5
assert peak_bus_load([(7, 0), (1, 1), (0, 7)]) == 7
assert peak_bus_load([(1, 0)] * 200) == 200
""",
    ),
    task(
        "easy",
        r'''
def heading_after_turns(turns: list[int]) -> int:
    """A ship starts on heading 0 degrees. Each value in turns turns it by that many degrees
    (positive values clockwise, negative values counter-clockwise). Return the final heading as a
    number from 0 to 359.
    >>> heading_after_turns([90, 90, -45])
    135
    >>> heading_after_turns([-90])
    270
    """
    heading = 0
    for turn in turns:
        heading = (heading + turn) % 360
    return heading
''',
        r"""
assert heading_after_turns([]) == 0
assert heading_after_turns([360]) == 0
assert heading_after_turns([400]) == 40
assert heading_after_turns([-10, -10]) == 340
assert heading_after_turns([180, 180, 180]) == 180
assert heading_after_turns([-720, 1]) == 1
assert heading_after_turns([45] * 9) == 45
""",
    ),
    task(
        "easy",
        r'''
def darts_countdown(start: int, throws: list[int]) -> int:
    """A darts player counts down from start. Each value in throws is subtracted from the score in
    turn, except that a throw that would take the score below 0 does not count (the score stays
    as it is). Return the final score.
    >>> darts_countdown(120, [60, 70, 40])
    20
    """
    score = start
    for throw in throws:
        if throw <= score:
            score -= throw
    return score
''',
        r"""
assert darts_countdown(501, []) == 501
assert darts_countdown(10, [10]) == 0
assert darts_countdown(10, [11, 11]) == 10
assert darts_countdown(50, [20, 20, 20, 10]) == 0
assert darts_countdown(301, [60] * 6) == 1
assert darts_countdown(100, [7, 200, 13]) == 80
""",
    ),
    task(
        "easy",
        r'''
def signal_colour_sequence(steps: int) -> list[str]:
    """A signal shows 'green', then 'yellow', then 'red', then 'green' again and so on, changing once
    per step; it shows 'green' at step 0. Return the colours it shows at steps 0, 1, ..., steps - 1.
    >>> signal_colour_sequence(4)
    ['green', 'yellow', 'red', 'green']
    """
    colours = ["green", "yellow", "red"]
    return [colours[i % 3] for i in range(steps)]
''',
        r"""
assert signal_colour_sequence(0) == []
assert signal_colour_sequence(1) == ["green"]
assert signal_colour_sequence(3) == ["green", "yellow", "red"]
assert signal_colour_sequence(7) == ["green", "yellow", "red"] * 2 + ["green"]
assert signal_colour_sequence(100)[98] == "red"
assert signal_colour_sequence(100).count("yellow") == 33
""",
    ),
    task(
        "easy",
        r'''
def lamp_on_step_count(switches: str) -> int:
    """A lamp starts off. Each character of switches is one step: 'T' toggles the lamp and '.' leaves
    it as it is. Return the number of steps after which the lamp is on.
    >>> lamp_on_step_count("T..T.")
    3
    """
    on = False
    count = 0
    for c in switches:
        if c == "T":
            on = not on
        if on:
            count += 1
    return count
''',
        r"""
assert lamp_on_step_count("") == 0
assert lamp_on_step_count("T") == 1
assert lamp_on_step_count("TT") == 1
assert lamp_on_step_count("....") == 0
assert lamp_on_step_count("T....") == 5
assert lamp_on_step_count(".T.T.T") == 3
assert lamp_on_step_count("T" + "." * 99) == 100
""",
    ),
    task(
        "medium",
        r'''
def bounded_robot_position(width: int, height: int, moves: str) -> tuple[int, int]:
    """A robot starts at (0, 0) on a grid with x from 0 to width - 1 and y from 0 to height - 1.
    Each character of moves is 'U' (y + 1), 'D' (y - 1), 'R' (x + 1) or 'L' (x - 1); a move that
    would take the robot off the grid is skipped. Return its final (x, y).
    >>> bounded_robot_position(3, 3, "RRRUU")
    (2, 2)
    >>> bounded_robot_position(2, 5, "LDU")
    (0, 1)
    """
    steps = {"U": (0, 1), "D": (0, -1), "R": (1, 0), "L": (-1, 0)}
    x = y = 0
    for move in moves:
        dx, dy = steps[move]
        nx, ny = x + dx, y + dy
        if 0 <= nx < width and 0 <= ny < height:
            x, y = nx, ny
    return x, y
''',
        r"""
assert bounded_robot_position(4, 4, "") == (0, 0)
assert bounded_robot_position(1, 1, "URDL") == (0, 0)
assert bounded_robot_position(5, 2, "UUUU") == (0, 1)
assert bounded_robot_position(3, 3, "RRUULD") == (1, 1)
assert bounded_robot_position(10, 10, "R" * 20 + "U" * 3) == (9, 3)
assert bounded_robot_position(6, 4, "RRRDDL") == (2, 0)
""",
    ),
    task(
        "medium",
        r'''
def round_leader_trace(rounds: list[tuple[int, int]]) -> list[str]:
    """Players A and B play several rounds; rounds[i] is (points of A, points of B) in round i.
    After each round, compare their running totals: record 'A' if A's total is higher, 'B' if B's
    total is higher and 'tie' if they are equal. Return the records in order.
    >>> round_leader_trace([(3, 1), (0, 2), (1, 4)])
    ['A', 'tie', 'B']
    """
    a = b = 0
    records = []
    for pa, pb in rounds:
        a += pa
        b += pb
        if a > b:
            records.append("A")
        elif b > a:
            records.append("B")
        else:
            records.append("tie")
    return records
''',
        r"""
assert round_leader_trace([]) == []
assert round_leader_trace([(0, 0)]) == ["tie"]
assert round_leader_trace([(1, 5)]) == ["B"]
assert round_leader_trace([(2, 0), (0, 1), (0, 1), (0, 1)]) == ["A", "A", "tie", "B"]
assert round_leader_trace([(10, 0)] + [(0, 1)] * 12) == ["A"] * 10 + ["tie", "B", "B"]
""",
    ),
    task(
        "medium",
        r'''
def toggled_lamp_numbers(n: int, rounds: int) -> list[int]:
    """n lamps numbered 1 to n all start off. In round k, for k = 1, 2, ..., rounds, every lamp whose
    number is a multiple of k is toggled (off to on, on to off). Return the numbers of the lamps
    that are on after all the rounds, in increasing order.
    >>> toggled_lamp_numbers(6, 2)
    [1, 3, 5]
    """
    on = [False] * (n + 1)
    for k in range(1, rounds + 1):
        for lamp in range(k, n + 1, k):
            on[lamp] = not on[lamp]
    return [i for i in range(1, n + 1) if on[i]]
''',
        r"""
assert toggled_lamp_numbers(5, 0) == []
assert toggled_lamp_numbers(0, 3) == []
assert toggled_lamp_numbers(1, 1) == [1]
assert toggled_lamp_numbers(10, 10) == [1, 4, 9]
assert toggled_lamp_numbers(6, 3) == [1, 5, 6]
assert toggled_lamp_numbers(8, 20) == [1, 4]
assert toggled_lamp_numbers(100, 100) == [i * i for i in range(1, 11)]
""",
    ),
    task(
        "medium",
        r'''
def bank_statement_lines(start: int, amounts: list[int]) -> list[str]:
    """An account starts with the balance start and amounts are applied to it in order (positive
    values are deposits, negative values withdrawals; the balance may go below 0). Return one line
    per amount, 'AMOUNT -> BALANCE', where AMOUNT is the amount and BALANCE the balance after
    applying it, both written as str() writes them.
    >>> bank_statement_lines(100, [50, -30])
    ['50 -> 150', '-30 -> 120']
    """
    balance = start
    lines = []
    for amount in amounts:
        balance += amount
        lines.append(f"{amount} -> {balance}")
    return lines
''',
        r"""
assert bank_statement_lines(5, []) == []
assert bank_statement_lines(0, [0]) == ["0 -> 0"]
assert bank_statement_lines(10, [-25]) == ["-25 -> -15"]
assert bank_statement_lines(-5, [5, 5, -20]) == ["5 -> 0", "5 -> 5", "-20 -> -15"]
assert bank_statement_lines(1000000, [1]) == ["1 -> 1000001"]
""",
    ),
    task(
        "medium",
        r'''
def heater_switch_count(readings: list[int], target: int) -> int:
    """A heater starts off. After each temperature reading it is set on if the reading is below
    target and off otherwise. Return how many times the heater changes state (off to on or on to
    off) over all the readings.
    >>> heater_switch_count([21, 18, 17, 22, 19], 20)
    3
    """
    on = False
    switches = 0
    for reading in readings:
        new_state = reading < target
        if new_state != on:
            switches += 1
            on = new_state
    return switches
''',
        r"""
assert heater_switch_count([], 20) == 0
assert heater_switch_count([25, 30], 20) == 0
assert heater_switch_count([20], 20) == 0
assert heater_switch_count([19], 20) == 1
assert heater_switch_count([10, 30] * 5, 20) == 10
assert heater_switch_count([-5, -5, 0, -1], 0) == 3
""",
    ),
    task(
        "medium",
        r'''
def race_finish_order(racers: list[tuple[str, list[int]]]) -> list[str]:
    """Each racer is (name, distances), where distances[i] is how far the racer moved in step i.
    Return the names ordered by total distance, farthest first; racers with equal totals keep
    their order in racers.
    >>> race_finish_order([("ann", [3, 4]), ("bob", [5, 5]), ("cid", [7, 0])])
    ['bob', 'ann', 'cid']
    """
    ordered = sorted(racers, key=lambda racer: sum(racer[1]), reverse=True)
    return [name for name, _ in ordered]
''',
        r"""
assert race_finish_order([]) == []
assert race_finish_order([("solo", [])]) == ["solo"]
assert race_finish_order([("a", [1]), ("b", [1]), ("c", [1])]) == ["a", "b", "c"]
assert race_finish_order([("x", [0, 0]), ("y", [1]), ("z", [1, 0])]) == ["y", "z", "x"]
assert race_finish_order([("p", [1] * 10), ("q", [5, 6]), ("r", [10])]) == ["q", "p", "r"]
""",
    ),
]
