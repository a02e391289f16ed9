"""Stage `train@<variant>`: a LoRA adapter for the student on one variant's SFT dataset.

    python stages/train.py --variant persd --sft data/sft/persd.jsonl --out models/persd \
        --live dvclive/train/persd --metrics metrics/train/persd.json

Run so, it trains on one device, `student.device` (`cuda:N` included): one GPU, however many the host has
(`pdistill.devices`). On several GPUs, the same script under Accelerate (one process per GPU, see
docs/training.md):

    accelerate launch --config_file accelerate/multi_gpu.yaml stages/train.py --variant persd ...
"""

from __future__ import annotations

import argparse
import sys

from pdistill.config.load import load_config
from pdistill.io import run_stage, write_json
from pdistill.train import is_main_process, train


def main() -> None:
    """Read `student.model/device/dtype` and the `train:` section, train, write the adapter and metrics."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    for name in ("--variant", "--sft", "--out", "--live", "--metrics"):
        parser.add_argument(name, required=True)
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    config = load_config(args.params)
    student = config.student
    summary = train(
        args.sft, student.model, args.out, config.train, args.live, device=student.device, dtype=student.dtype
    )
    if not is_main_process():
        return
    write_json(args.metrics, {"variant": args.variant, **summary})
    print(
        f"train@{args.variant}: {summary['examples_used']} examples, {summary['steps']} steps, "
        f"train loss {summary['train_loss']:.4f}, {summary['seconds']:.1f} s -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    run_stage(main)
