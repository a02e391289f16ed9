"""Benchmark: the train stage's LoRA steps vs a plain fp32 PEFT loop, on the real student, side by side.

    .venv/bin/python benchmarks/train_step.py           # 2 steps x 2 examples, persd_combined-shaped
    .venv/bin/python benchmarks/train_step.py --steps 4

Both sides train the default student (`qwen2.5-coder-0.5b-instruct`, the converted folder the pipeline
makes) on the same records for the same steps with LoRA r=16 on all linear layers and AdamW:

- plain: the model in fp32, `peft.get_peft_model`, the chat-template tokens with the prompt masked,
  `model(..., labels=...)`, `loss.backward()`, `AdamW.step()` (what a user would write by hand);
- pdistill: `pdistill.train.train()` with the default `train:` params (what `dvc repro` runs).

Each runs in its own process (so each peak RSS is its own); the clock runs from before the model load to
after the last optimizer step, imports excluded. The records are built from our task set in the shape of
the persd_combined data: a plain attempt message, then a refine message with a failed attempt and its
feedback, each answered by the task's reference (about 1.6k tokens a step at 2 examples). The issue's
goal: pdistill >= 3x faster than plain, peak RSS <= 8 GB. The figures hold for the CPU printed first.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STUDENT = "qwen2.5-coder-0.5b-instruct"
ROOT = Path(__file__).resolve().parents[1]


def build_records(count: int) -> list[dict]:
    """`count` chat prompt-completion records, alternating attempt and refine messages (see module doc)."""
    from pdistill.prompts import load_template, render
    from pdistill.tasks import load_tasks

    tasks = load_tasks(ROOT / "data/tasks/pdistill_tasks.jsonl")[::50][:count]
    attempt, refine = (
        load_template(ROOT / "prompts/attempt.txt"),
        load_template(ROOT / "prompts/student_refine.txt"),
    )
    records = []
    for i, task in enumerate(tasks):
        prompt = task.prompt.rstrip()
        if i % 2 == 0:
            message = render(attempt, prompt=prompt)
        else:
            wrong = task.reference.replace("return", "return None or")
            feedback = "AssertionError: " + task.test.splitlines()[0]
            message = render(refine, prompt=prompt, attempt=wrong.strip(), feedback=feedback)
        answer = f"```python\n{task.reference.strip()}\n```"
        records.append(
            {
                "prompt": [{"role": "user", "content": message}],
                "completion": [{"role": "assistant", "content": answer}],
            }
        )
    return records


def run_plain(records: list[dict], steps: int, batch: int) -> dict:
    """The hand-written fp32 PEFT loop; returns seconds, tokens and the final loss."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from pdistill.models import convert_gguf, resolve_gguf

    folder = convert_gguf(resolve_gguf(STUDENT, setting="student.model"), setting="student.model")
    start = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    torch.manual_seed(0)
    lora = LoraConfig(
        r=16, lora_alpha=32, lora_dropout=0.05, target_modules="all-linear", task_type="CAUSAL_LM"
    )
    model = get_peft_model(model, lora)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-4)
    model.train()

    def encode(record: dict) -> tuple[list[int], list[int]]:
        prompt = tokenizer.apply_chat_template(record["prompt"], tokenize=True, add_generation_prompt=True)
        full = tokenizer.apply_chat_template(record["prompt"] + record["completion"], tokenize=True)
        prompt, full = (x["input_ids"] if hasattr(x, "keys") else x for x in (prompt, full))
        return full, [-100] * len(prompt) + full[len(prompt) :]

    tokens, loss = 0, float("nan")
    for step in range(steps):
        rows = [encode(r) for r in records[step * batch : (step + 1) * batch]]
        width = max(len(ids) for ids, _ in rows)
        ids = torch.tensor([x + [tokenizer.pad_token_id] * (width - len(x)) for x, _ in rows])
        labels = torch.tensor([y + [-100] * (width - len(y)) for _, y in rows])
        mask = torch.tensor([[1] * len(x) + [0] * (width - len(x)) for x, _ in rows])
        tokens += int(mask.sum())
        out = model(input_ids=ids, attention_mask=mask, labels=labels)
        out.loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        loss = float(out.loss.detach())
    return {"seconds": time.perf_counter() - start, "tokens": tokens, "loss": loss}


def run_pdistill(records: list[dict], steps: int, batch: int) -> dict:
    """`pdistill.train.train` with the default params' `train:` section, `max_steps` = `steps`."""
    import dvclive  # noqa: F401  (imported before the clock starts, like the plain side's imports)

    import pdistill.trainer  # noqa: F401
    from pdistill.config.load import load_config
    from pdistill.io import write_jsonl
    from pdistill.train import train

    config = dataclasses.replace(
        load_config(ROOT / "params.yaml").train, max_steps=steps, batch_size=batch, grad_accum=1
    )
    with tempfile.TemporaryDirectory() as tmp:
        sft = Path(tmp) / "persd_combined.jsonl"
        write_jsonl(sft, records)
        start = time.perf_counter()
        summary = train(sft, STUDENT, Path(tmp) / "adapter", config, Path(tmp) / "live")
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "tokens": 0,  # tokens are counted on the plain side (the same records)
        "loss": summary["train_loss"],
        "bf16": summary["bf16"],
    }


def child(side: str, steps: int, batch: int) -> None:
    """Run one side in this process and print its figures (with this process's peak RSS) as JSON."""
    records = build_records(steps * batch)
    result = (run_plain if side == "plain" else run_pdistill)(records, steps, batch)
    result["peak_rss_gb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6  # KiB on Linux
    print("RESULT " + json.dumps(result), flush=True)


def main() -> None:
    """Run both sides in child processes, one after the other, and print seconds, tokens/s, RSS, ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=2, help="optimizer steps (default %(default)s)")
    parser.add_argument("--batch", type=int, default=2, help="examples per step (default %(default)s)")
    parser.add_argument("--side", choices=["plain", "pdistill"], help=argparse.SUPPRESS)  # child mode
    args = parser.parse_args()
    if args.side:
        child(args.side, args.steps, args.batch)
        return
    from pdistill.precision import cpu_bf16_reason, cpu_name

    print(f"CPU: {cpu_name()}, native bf16: {cpu_bf16_reason()}; {args.steps} steps x {args.batch} examples")
    results = {}
    for side in ("plain", "pdistill"):
        cmd = [
            sys.executable,
            __file__,
            "--side",
            side,
            "--steps",
            str(args.steps),
            "--batch",
            str(args.batch),
        ]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
        if out.returncode or line is None:
            sys.exit(f"{side} failed (exit {out.returncode}):\n{out.stderr[-3000:]}")
        results[side] = json.loads(line[len("RESULT ") :])
    tokens = results["plain"]["tokens"]
    for side, r in results.items():
        extra = f", bf16 {r['bf16']}" if "bf16" in r else ""
        print(
            f"{side:<9} {r['seconds']:6.1f} s  {tokens / r['seconds']:6.1f} tokens/s  "
            f"peak RSS {r['peak_rss_gb']:.2f} GB  final loss {r['loss']:.4f}{extra}"
        )
    print(f"speed-up pdistill vs plain: {results['plain']['seconds'] / results['pdistill']['seconds']:.2f}x")


if __name__ == "__main__":
    main()
