"""The train/held-out split: a pure function of each id and the seed, stable as the task set grows."""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from pdistill.split import heldout_score, is_heldout, split
from pdistill.tasks import load_tasks

ROOT = Path(__file__).resolve().parent.parent
TASK_FILE = ROOT / "data" / "tasks" / "pdistill_tasks.jsonl"
IDS = [json.loads(line)["task_id"] for line in TASK_FILE.read_text().splitlines() if line.strip()]


@dataclass(frozen=True)
class Item:
    task_id: str


def sides(ids: list[str], fraction: float, seed: int) -> dict[str, bool]:
    """task_id -> held out, through `split` (not `is_heldout`), so the tested path is the stage's."""
    train, heldout = split([Item(i) for i in ids], fraction, seed)
    return {t.task_id: False for t in train} | {t.task_id: True for t in heldout}


def test_the_real_set_has_573_distinct_ids() -> None:
    assert len(IDS) == len(set(IDS)) == 573


def test_score_is_a_fixed_number_in_the_unit_interval() -> None:
    scores = [heldout_score(i, 2023) for i in IDS]
    assert all(0 <= s < 1 for s in scores)
    assert scores == [heldout_score(i, 2023) for i in IDS]
    assert heldout_score("pd/strings/hamming", 1) != heldout_score("pd/strings/hamming", 2)
    # the first 8 bytes of sha256(b"0:a"), big-endian: pinned, so a change of hash or encoding (which
    # would reshuffle every split) cannot go unnoticed
    assert heldout_score("a", 0) == 0x9DF3C5FAB8EF8FE7 / 2**64


def test_fraction_bounds() -> None:
    assert not any(is_heldout(i, 7, 0.0) for i in IDS)
    assert all(is_heldout(i, 7, 1.0) for i in IDS)
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError, match="held-out fraction"):
            is_heldout("x", 0, bad)


@pytest.mark.parametrize("seed", [2023, 0, 1])
def test_appending_and_reordering_tasks_moves_no_existing_task(seed: int) -> None:
    before = sides(IDS, 0.3, seed)
    grown = IDS + [f"pd/new/extra_task_{k}" for k in range(40)]
    random.Random(seed).shuffle(grown)
    after = sides(grown, 0.3, seed)
    assert {i: after[i] for i in IDS} == before
    # removing tasks (decontamination) moves none of the others either
    kept = IDS[::3]
    assert sides(kept, 0.3, seed) == {i: before[i] for i in kept}


def test_same_seed_same_split_another_seed_another_split() -> None:
    assert sides(IDS, 0.3, 2023) == sides(list(IDS), 0.3, 2023)
    a, b = sides(IDS, 0.3, 2023), sides(IDS, 0.3, 2024)
    moved = sum(a[i] != b[i] for i in IDS)
    # independent splits disagree on 2 * 0.3 * 0.7 = 42% of tasks in expectation (241 of 573)
    assert 150 < moved < 330


@pytest.mark.parametrize("fraction", [0.1, 0.3, 0.5])
@pytest.mark.parametrize("seed", [2023, 0, 1, 2, 3])
def test_heldout_share_is_the_fraction_within_binomial_bounds(fraction: float, seed: int) -> None:
    n = len(IDS)
    held = sum(sides(IDS, fraction, seed).values())
    sigma = math.sqrt(n * fraction * (1 - fraction))
    assert abs(held - n * fraction) <= 4 * sigma, (held, n * fraction, sigma)


def test_split_keeps_input_order() -> None:
    items = [Item(i) for i in IDS]
    train, heldout = split(items, 0.3, 2023)
    position = {item.task_id: k for k, item in enumerate(items)}
    for side in (train, heldout):
        assert [position[t.task_id] for t in side] == sorted(position[t.task_id] for t in side)
    assert len(train) + len(heldout) == len(items)


def test_prepare_writes_each_side_in_file_order(tmp_path: Path) -> None:
    params = {"prepare": {"heldout_fraction": 0.3, "seed": 2023, "train_limit": 0, "heldout_limit": 0}}
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params))
    cmd = [sys.executable, str(ROOT / "stages" / "prepare.py"), "--params", str(tmp_path / "params.yaml")]
    cmd += ["--tasks", str(TASK_FILE)]
    for name in ("humaneval", "train", "heldout"):
        cmd += [f"--{name}", str(tmp_path / f"{name}.jsonl")]
    cmd += ["--metrics", str(tmp_path / "metrics.json")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    train = [t.task_id for t in load_tasks(tmp_path / "train.jsonl")]
    heldout = [t.task_id for t in load_tasks(tmp_path / "heldout.jsonl")]
    kept = [i for i in IDS if i in set(train) | set(heldout)]  # file order, minus decontaminated tasks
    assert train == [i for i in kept if not is_heldout(i, 2023, 0.3)]
    assert heldout == [i for i in kept if is_heldout(i, 2023, 0.3)]
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    assert metrics["train"] + metrics["heldout"] + metrics["decontaminated"] == metrics["tasks"] == 573
