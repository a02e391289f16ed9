"""Code Alpaca records, candidates and the teacher's replies: the static (parse-only) half of synthesis."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

import pytest

from pdistill.alpaca import Candidate, Dropped, Record, candidate, read_alpaca, task_prompt
from pdistill.config.sections import Synthesize as SynthConfig
from pdistill.inputs import arguments, proposed_inputs, render_test, reply_items
from pdistill.io import DataError, PdistillError
from pdistill.probe import Outcome, combine
from pdistill.sanitize import strip_demo

FIXTURE = Path(__file__).parent / "fixtures" / "code_alpaca_sample.json"


def record(output: str, instruction: str = "Do it.", extra: str = "") -> Record:
    return Record(0, "mem.json[0]", None, instruction, extra, output)


def test_reads_a_json_list_and_jsonl(tmp_path: Path) -> None:
    records = read_alpaca(FIXTURE)
    assert len(records) == 11 and records[1].where == f"{FIXTURE}[1]" and records[1].line is None
    rows = [{"instruction": "a", "output": "x"}, {"instruction": "b", "input": None, "output": "y"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert [(r.index, r.line, r.input) for r in read_alpaca(path)] == [(0, 1, ""), (1, 2, "")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"instruction": "a", "output": "x"}\n{"instruction": "b"\n', "in.jsonl:2: malformed JSON"),
        ('{"instruction": "a"}\n', "in.jsonl:1: field 'output': missing"),
        ('{"instruction": "a", "output": 3}\n', "in.jsonl:1: field 'output': expected a string, got int"),
        ('{"instruction": " ", "output": "x"}\n', "in.jsonl:1: field 'instruction': is empty"),
        (
            '[{"instruction": "a", "output": "x"}, {"output": "y"}]',
            "in.jsonl[1]: field 'instruction': missing",
        ),
        (
            '[{"instruction": "a", "output": "x", "input": []}]',
            "in.jsonl[0]: field 'input': expected a string",
        ),
    ],
)
def test_bad_records_name_file_line_and_field(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(text)
    with pytest.raises(DataError) as err:
        read_alpaca(path)
    assert str(err.value).startswith(f"{tmp_path}/{message}")


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("SELECT * FROM t;", "not_python"),
        ("print 'hello'", "not_python"),
        ("x = 1\nprint(x)", "no_function"),
        ("class A:\n    def f(self, x):\n        return x\n", "no_function"),
        ("def hello():\n    print('hi')\n", "no_parameters"),
        ("def f(a, *, key):\n    return a\n", "unsupported_signature"),
    ],
)
def test_records_that_cannot_be_tasks(output: str, reason: str) -> None:
    got = candidate(record(output))
    assert isinstance(got, Dropped) and got.reason == reason


def test_entry_point_is_the_last_function_and_demo_code_is_dropped() -> None:
    code = (
        "```python\nimport math\n\nPI2 = 2 * math.pi\n\ndef helper(r):\n    return PI2 * r\n\n"
        "def circumference(r, digits=2):\n    return round(helper(r), digits)\n\n"
        "radius = 3\nresult = circumference(radius)\nprint(result)\n"
        "if __name__ == '__main__':\n    print(circumference(1))\n```"
    )
    got = candidate(record(code, "Compute a circumference.", "r = 3"))
    assert isinstance(got, Candidate)
    assert (got.entry_point, got.min_args, got.max_args) == ("circumference", 1, 2)
    assert got.accepts(1) and got.accepts(2) and not got.accepts(0) and not got.accepts(3)
    assert got.reference == (
        "import math\n\nPI2 = 2 * math.pi\n\ndef helper(r):\n    return PI2 * r\n\n"
        "def circumference(r, digits=2):\n    return round(helper(r), digits)\n"
    )
    prompt = task_prompt(got, "assert circumference(1) == 6.28")
    assert prompt.startswith(
        'import math\n\n\ndef circumference(r, digits=2):\n    """Compute a circumference.'
    )
    assert "    Input: r = 3\n" in prompt and "        assert circumference(1) == 6.28\n" in prompt
    ast.parse(prompt + "    pass\n")


def test_strip_demo_keeps_what_definitions_read_and_falls_back_to_unparse() -> None:
    assert (
        strip_demo("def f(xs):\n    return xs\n\nxs = [1]\nprint(f(xs))\n") == "def f(xs):\n    return xs\n"
    )
    assert strip_demo("LIMIT = 3\ndef f(x):\n    return min(x, LIMIT)\n").startswith("LIMIT = 3\n")
    assert strip_demo("def f(x): return x\nx = 1; print(f(x))\n") == "def f(x): return x\n"
    got = strip_demo("N = 2; print(N)\ndef f(x): return x * N\n")
    assert got == "N = 2\n\ndef f(x):\n    return x * N\n"  # shared a line: unparsed


def test_reply_items_fenced_bare_json_assignment_and_lines() -> None:
    assert len(reply_items("Here:\n```python\n[(1, 2), (3, 4)]\n```") or []) == 2
    assert len(reply_items("```json\n[[1, 2], [3, 4], [5, 6]]\n```") or []) == 3
    assert len(reply_items("Inputs: [(1,), (2,)] as asked.") or []) == 2
    assert len(reply_items("```python\ninputs = [(1,), (2,)]\n```") or []) == 2
    assert len(reply_items("```\n(1, 2),\n(3, 4),\n# edge\n(0, 0)\n```") or []) == 3
    assert reply_items("I am sorry, I cannot help with that.") is None
    assert reply_items("") is None


def test_arguments_fit_the_signature_and_are_literals_only() -> None:
    one = Candidate(record("def f(x):\n    return x\n"), "", "f", 1, 1)
    two = Candidate(record("def g(a, b):\n    return a\n"), "", "g", 2, 2)

    def args(cand: Candidate, text: str) -> tuple[str, ...] | None:
        return arguments(ast.parse(text, mode="eval").body, cand)

    assert args(one, "('abc',)") == ("'abc'",)
    assert args(one, "[1, 2]") == ("[1, 2]",)  # the single argument
    assert args(one, "(1, 2)") == ("(1, 2)",)  # only the tuple itself fits
    assert args(two, "(1, -2)") == ("1", "-2")
    assert args(two, "[1, {2, 3}]") == ("1", "{2, 3}")  # a JSON-style argument list
    assert args(two, "(1,)") is None  # too few
    assert args(one, "__import__('os').system('x')") is None  # never evaluated: not a literal
    assert args(one, "10 ** 9") is None
    counts: Counter[str] = Counter()
    got = proposed_inputs("[(1, 2), (1, 2), (3,), (5, 6), (7, 8)]", two, 2, counts)
    assert got == [("1", "2"), ("5", "6")]
    assert counts == {"proposed": 5, "duplicate": 1, "invalid": 1, "surplus": 1}


def test_render_test_exact_and_float_tolerance() -> None:
    assert render_test("f", ["1", "'a'"], Outcome("value", "[1, 'a']", [1, "a"]), 1e-6) == (
        "assert f(1, 'a') == [1, 'a']"
    )
    assert (
        render_test("f", ["2"], Outcome("value", "-2.5", -2.5), 1e-6)
        == "assert abs(f(2) - (-2.5)) <= 2.5e-06"
    )
    assert render_test("f", [], Outcome("value", "0.5", 0.5), 0) == "assert f() == 0.5"


def test_combine_runs() -> None:
    same = {"results": [{"value": "{'b', 'a'}"}, {"raised": "ValueError"}]}
    other = {"results": [{"value": "{'a', 'b'}"}, {"raised": "ValueError"}]}
    outcomes = combine([same, other], 2)
    assert isinstance(outcomes, list) and [o.kind for o in outcomes] == ["value", "raised"]
    assert outcomes[0].text == "{'b', 'a'}"  # run 0's text, whatever the order in other runs
    assert combine([same, {"results": [{"value": "[1]"}, {"raised": "E"}]}], 2)[0].kind == "non_reproducible"
    assert combine([{"results": [{"value": "1"}]}, {"results": [{"value": "True"}]}], 1)[0].kind == (
        "non_reproducible"
    )
    assert combine([{"results": [{"value": "<object at 0x1>"}]}] * 2, 1)[0].kind == "unrepresentable"
    assert combine([{"error": "boom"}, same], 2) == "boom"


def test_config_defaults_and_errors() -> None:
    assert SynthConfig.from_params(None) == SynthConfig()
    assert SynthConfig.from_params({"n_inputs": 8, "call_timeout_s": 1}).n_inputs == 8
    for bad, message in [
        ({"n_input": 5}, "synthesize.n_input: unknown setting"),
        ({"min_tests": 0}, "synthesize.min_tests: expected an integer >= 1"),
        ({"runs": True}, "synthesize.runs: expected an integer"),
        ({"call_timeout_s": 0}, "synthesize.call_timeout_s: expected a number > 0"),
        ({"float_tolerance": "tiny"}, "synthesize.float_tolerance: expected a number >= 0"),
    ]:
        with pytest.raises(PdistillError, match=message):
            SynthConfig.from_params(bad)
