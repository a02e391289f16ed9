"""Stage `build_sft@<variant>`: one distillation variant's SFT dataset, checked against the student's
tokenizer so that no example is silently truncated away or left with nothing to learn.

    python stages/build_sft.py --variant persd --tasks data/tasks/train.jsonl \
        --refinements data/refine/refinements.jsonl --solutions data/solve/solutions.jsonl \
        --attempt-prompt prompts/attempt.txt --refine-prompt prompts/student_refine.txt \
        --out data/sft/persd.jsonl --metrics metrics/sft/persd.json
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pdistill.config.load import load_config
from pdistill.io import PdistillError, read_jsonl, run_stage, write_json, write_jsonl
from pdistill.progress import bar
from pdistill.prompts import load_template
from pdistill.sft import build_variant
from pdistill.student.tokenizer import load_tokenizer, resolve_mode, tokenize_record
from pdistill.tasks import load_tasks


def check_lengths(
    tokenizer: Any, records: list[dict[str, Any]], max_length: int, on_overflow: str
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Keep the records that fit `max_length` with at least one completion token; count the rest.
    A bar on stderr shows examples/s and tokens/s (`pdistill.progress`)."""
    kept, stats = (
        [],
        {"dropped_too_long": 0, "dropped_empty": 0, "prompt_tokens": 0, "completion_tokens": 0, "longest": 0},
    )
    with bar(len(records), "build_sft: tokenize", "example") as shown:
        for record in records:
            tokens = tokenize_record(tokenizer, record)  # exactly what training will see
            completion = sum(tokens["completion_mask"])
            prompt = len(tokens["input_ids"]) - completion
            shown.add_tokens(prompt + completion)
            shown.update(1)
            where = f"{record['meta']['task_id']} ({record['meta'].get('origin')})"
            if completion <= 0:
                stats["dropped_empty"] += 1
                continue
            if prompt + completion > max_length:
                if on_overflow == "error":
                    raise PdistillError(
                        f"sft example {where} has {prompt + completion} tokens > sft.max_length "
                        f"{max_length}: raise sft.max_length or set sft.on_overflow: drop"
                    )
                stats["dropped_too_long"] += 1
                continue
            stats["prompt_tokens"] += prompt
            stats["completion_tokens"] += completion
            stats["longest"] = max(stats["longest"], prompt + completion)
            kept.append(record)
    return kept, stats


def main() -> None:
    """Build, check and write one variant."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in (
        "--variant",
        "--tasks",
        "--refinements",
        "--solutions",
        "--attempt-prompt",
        "--refine-prompt",
        "--out",
        "--metrics",
    ):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)
    student, sft = config.student, config.sft
    if args.variant not in sft.variants:
        raise PdistillError(f"--variant {args.variant}: not in sft.variants ({', '.join(sft.variants)})")
    tokenizer = load_tokenizer(student.model)
    mode = resolve_mode(tokenizer, student.mode)
    dropped: list[dict[str, Any]] = []
    records = build_variant(
        args.variant,
        mode,
        load_tasks(args.tasks),
        read_jsonl(args.refinements),
        read_jsonl(args.solutions),
        load_template(args.attempt_prompt),
        load_template(args.refine_prompt),
        dropped,
    )
    kept, stats = check_lengths(tokenizer, records, sft.max_length, sft.on_overflow)
    stats["dropped_unusable"] = len(dropped)  # completion mode: a target the builder cannot place
    for d in dropped:
        print(f"build_sft@{args.variant}: dropped {d['task_id']}: {d['reason']}", file=sys.stderr)
    write_jsonl(args.out, kept)
    metrics = {
        "variant": args.variant,
        "examples": len(kept),
        "tasks": len({r["meta"]["task_id"] for r in kept}),
        **stats,
    }
    write_json(args.metrics, metrics)
    print(
        f"build_sft@{args.variant}: {len(kept)} examples, {stats['completion_tokens']} completion tokens "
        f"({stats['dropped_too_long']} too long, {stats['dropped_empty']} empty, "
        f"{stats['dropped_unusable']} unusable, dropped) -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    run_stage(main)
