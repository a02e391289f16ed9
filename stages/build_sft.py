"""Stage `build_sft@<variant>`: one distillation variant's SFT dataset, checked against the student's
tokenizer so that no example is silently truncated away or left with nothing to learn.

    python stages/build_sft.py --variant persd --tasks data/tasks/train.jsonl \
        --refinements data/refine/refinements.jsonl --solutions data/solve/solutions.jsonl \
        --attempt-prompt prompts/attempt.txt --refine-prompt prompts/student_refine.txt \
        --out data/sft/persd.jsonl --metrics metrics/sft/persd.json

Self-distillation (stage `build_selfd`) reads the student's own samples and their verdicts instead of the
teacher's records; a later PERsD round (`round_build@<name>`) adds its new refinements to the start
model's dataset:

    python stages/build_sft.py --variant selfd --samples data/selfd/samples.jsonl \
        --results data/selfd/results.jsonl --tasks data/tasks/train.jsonl \
        --attempt-prompt prompts/attempt.txt --out data/sft/selfd.jsonl --metrics metrics/sft/selfd.json
    python stages/build_sft.py --variant persd_combined --refinements data/rounds/round2/refinements.jsonl \
        --previous data/sft/persd_combined.jsonl ... --out data/sft/round2.jsonl \
        --metrics metrics/sft/round2.json
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pdistill.config.load import load_config
from pdistill.io import PdistillError, read_jsonl, run_stage, write_json, write_jsonl
from pdistill.progress import bar
from pdistill.prompts import load_template
from pdistill.sft import SELFD, build_selfd, build_variant, with_previous
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


def _inputs_needed(variant: str, variants: tuple[str, ...]) -> tuple[str, ...]:
    """The record files `variant` is built from (argparse names); an unknown variant is an error."""
    if variant == SELFD:
        return ("samples", "results")
    if variant not in variants:
        raise PdistillError(f"--variant {variant}: not in sft.variants ({', '.join(variants)}) nor {SELFD}")
    return {"stand": ("solutions",), "inpd": ("refinements", "solutions")}.get(variant, ("refinements",))


def main() -> None:
    """Build, check and write one variant."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in ("--variant", "--tasks", "--attempt-prompt", "--out", "--metrics"):
        parser.add_argument(name, required=True)
    parser.add_argument("--refine-prompt", help="the student's refinement template (teacher variants)")
    parser.add_argument("--refinements", help="the refine stage's records (teacher variants)")
    parser.add_argument("--solutions", help="the solve stage's records (stand, inpd)")
    parser.add_argument("--samples", help="the student's samples (selfd)")
    parser.add_argument("--results", help="their verdicts from the execute stage (selfd)")
    parser.add_argument("--previous", help="a later round: the start model's dataset, kept in front")
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)
    student, sft = config.student, config.sft
    needs = _inputs_needed(args.variant, sft.variants) + (() if args.variant == SELFD else ("refine_prompt",))
    missing = [f"--{n.replace('_', '-')}" for n in needs if getattr(args, n) is None]
    if missing:
        raise PdistillError(f"--variant {args.variant} needs {' and '.join(missing)}")
    tokenizer = load_tokenizer(student.model)
    mode = resolve_mode(tokenizer, student.mode)
    dropped: list[dict[str, Any]] = []
    tasks = load_tasks(args.tasks)
    if args.variant == SELFD:
        records = build_selfd(
            mode,
            tasks,
            read_jsonl(args.samples),
            read_jsonl(args.results),
            config.selfd.per_task,
            load_template(args.attempt_prompt),
            dropped,
        )
    else:
        records = build_variant(
            args.variant,
            mode,
            tasks,
            read_jsonl(args.refinements) if args.refinements else [],
            read_jsonl(args.solutions) if args.solutions else [],
            load_template(args.attempt_prompt),
            load_template(args.refine_prompt),
            dropped,
        )
    kept, stats = check_lengths(tokenizer, records, sft.max_length, sft.on_overflow)
    if args.previous is not None:
        previous = read_jsonl(args.previous)
        stats["previous_examples"], stats["new_examples"] = len(previous), len(kept)
        kept = with_previous(previous, kept)
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
