"""How long is a reference-length reply, in the student's tokens? The figure behind max_new_tokens.

A chat student that copies the task's header and docstring writes the whole reference function in a
```python block; that is the longest reply a correct model needs. For each task of HumanEval and of our
task set this counts those tokens with the student's tokenizer and prints, per candidate limit, how many
such replies a limit would cut.

    python benchmarks/reply_lengths.py                         # student.model of params.yaml
    python benchmarks/reply_lengths.py --limits 320 512 768

The defaults (student.max_new_tokens, evaluate.max_new_tokens: 512; teacher.max_tokens: 768, which
leaves room for a few lines of prose around the code) were chosen from its output: fewer than 1% of the
reference-length replies of each benchmark are cut (README, "Generation lengths").
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pdistill.config.load import load_config  # noqa: E402
from pdistill.loaders import load_humaneval  # noqa: E402
from pdistill.student.tokenizer import load_tokenizer  # noqa: E402
from pdistill.tasks import Task, load_tasks  # noqa: E402


def reply(task: Task) -> str:
    """The reference function (prompt and body) as a fenced reply."""
    code = task.reference or ""
    if not code.startswith(task.prompt):
        code = task.prompt + code
    return f"```python\n{code.strip()}\n```"


def main() -> None:
    """Print the length distribution and the cut count per limit for each benchmark."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--params", default=str(ROOT / "params.yaml"))
    parser.add_argument("--tasks", default=str(ROOT / "data/tasks/pdistill_tasks.jsonl"))
    parser.add_argument("--limits", type=int, nargs="+", default=[320, 384, 448, 512, 576, 768])
    args = parser.parse_args()
    model = load_config(args.params).student.model
    tokenizer = load_tokenizer(model)
    sets = {"humaneval": load_humaneval(), "ours": load_tasks(args.tasks)}
    print(f"student tokenizer: {model}")
    print("benchmark | tasks | median | p90 | p99 | max | " + " | ".join(f"cut at {n}" for n in args.limits))
    for name, tasks in sets.items():
        lengths = sorted(len(tokenizer(reply(t), add_special_tokens=False)["input_ids"]) for t in tasks)
        q = statistics.quantiles(lengths, n=100)
        cuts = [sum(x > n for x in lengths) for n in args.limits]
        cells = [f"{c} ({100 * c / len(lengths):.1f}%)" for c in cuts]
        print(
            f"{name} | {len(lengths)} | {statistics.median(lengths):.0f} | {q[89]:.0f} | {q[98]:.0f} | "
            f"{lengths[-1]} | " + " | ".join(cells)
        )


if __name__ == "__main__":
    main()
