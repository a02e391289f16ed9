"""The powered study (docs/results.md): does personalised distillation beat standard distillation and
self-distillation here? One command runs it, in as many parts as it takes; each part resumes from what
DVC has cached.

    python tools/study.py plan      # before the run: tasks per benchmark, minimum detectable differences
    python tools/study.py run       # switch params.yaml to profiles/study.yaml, dvc repro, collect
    python tools/study.py collect   # copy the evidence into results/study/ (run does it at the end)

`run` applies the profile (idempotent), runs `dvc repro` with its output timed, and adds the seconds of
every stage that ran to results/study/stage_times.json (a stage that runs again replaces its figure).
Interrupted (Ctrl-C, the end of a session), the next `run` starts again from the first stage that has no
up-to-date output in DVC's cache: finished stages are skipped, the teacher's answers come from its cache.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pdistill.config.load import load_config  # noqa: E402
from pdistill.config.sections import Config  # noqa: E402
from pdistill.io import PdistillError, write_json  # noqa: E402
from pdistill.loaders import load_humaneval  # noqa: E402
from pdistill.profiles import apply_profile, load_profile  # noqa: E402
from pdistill.report.questions import study_pairs  # noqa: E402
from pdistill.stats import minimum_detectable_difference  # noqa: E402
from pdistill.tasks import load_tasks  # noqa: E402
from tools.device_check import stage_times  # noqa: E402

PROFILE = ROOT / "profiles" / "study.yaml"
RESULTS = ROOT / "results" / "study"
#: Shares of tasks on which two models differ, for the plan: from 0.1 (two close variants) to 0.3.
DISCORDANCES = (0.1, 0.2, 0.3)
POWER = 0.8  # the usual: a real difference of the MDD is found 4 times in 5
#: What `collect` copies (relative to the project; folders whole, JSON/Markdown only).
EVIDENCE = (
    "params.yaml",
    "metrics/prepare.json",
    "metrics/attempt.json",
    "metrics/refine.json",
    "metrics/solve.json",
    "metrics/report.json",
    "metrics/eval",
    "metrics/sft",
    "metrics/train",
    "metrics/selfd",
    "metrics/rounds",
    "reports/comparison.md",
    "reports/rounds.json",
)


def _prepare_stage() -> Any:
    """stages/prepare.py as a module: its `select` is how the prepare stage picks the tasks."""
    spec = importlib.util.spec_from_file_location("pdistill_stage_prepare", ROOT / "stages" / "prepare.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def study_config(root: Path) -> Config:
    """params.yaml with profiles/study.yaml applied (to a copy: params.yaml is left as it is)."""
    with tempfile.TemporaryDirectory() as tmp:
        params = Path(tmp) / "params.yaml"
        shutil.copyfile(root / "params.yaml", params)
        apply_profile(params, load_profile(PROFILE), "profiles/study.yaml")
        return load_config(params)


def benchmark_sizes(root: Path, config: Config) -> dict[str, int]:
    """Tasks each benchmark is evaluated on under `config`, as the prepare stage selects them (HumanEval;
    our task set decontaminated, split and spread to prepare.heldout_limit), cut to evaluate.limit."""
    humaneval = load_humaneval()
    tasks = load_tasks(root / "data" / "tasks" / "pdistill_tasks.jsonl")
    _, heldout, _ = _prepare_stage().select(config.prepare, tasks, humaneval)
    limit = config.evaluate.limit
    return {
        name: min(n, limit) if limit else n
        for name, n in (("humaneval", len(humaneval)), ("heldout", len(heldout)))
    }


def plan(sizes: dict[str, int], config: Config) -> dict[str, Any]:
    """The study's tests (the report's questions among its models) and the minimum detectable difference
    per benchmark and discordance, at alpha and at the strictest Holm level (alpha / family size)."""
    models = ["base", *config.sft.variants, "selfd", *config.rounds.extra]
    pairs = study_pairs(models)
    family = len(pairs) * len(sizes) * len({1, config.evaluate.steps})
    alpha = round(1 - config.evaluate.confidence, 10)
    return {
        "benchmarks": sizes,
        "pooled_tasks": sum(sizes.values()),
        "questions": [f"{a} - {b}" for a, b in pairs],
        "family_size": family,
        "alpha": alpha,
        "power": POWER,
        "mdd": {
            name: {
                str(d): {
                    "alpha": round(minimum_detectable_difference(n, d, alpha=alpha, power=POWER), 4),
                    "holm_strictest": round(
                        minimum_detectable_difference(n, d, alpha=alpha / family, power=POWER), 4
                    ),
                }
                for d in DISCORDANCES
            }
            for name, n in {**sizes, "pooled": sum(sizes.values())}.items()
        },
    }


def render_plan(p: dict[str, Any]) -> str:
    """The plan as a Markdown table (docs/results.md quotes it)."""
    lines = [
        f"{p['family_size']} paired tests ({len(p['questions'])} questions x benchmarks x reported steps), "
        f"alpha {p['alpha']:g}, power {p['power']:g}; "
        f"MDD in pass@1 points at alpha / at alpha/{p['family_size']}",
        "",
        "| tasks | " + " | ".join(f"discordance {d}" for d in DISCORDANCES) + " |",
        "|---|" + "---:|" * len(DISCORDANCES),
    ]
    for name, by_d in p["mdd"].items():
        n = p["pooled_tasks"] if name == "pooled" else p["benchmarks"][name]
        cells = [f"{100 * v['alpha']:.1f} / {100 * v['holm_strictest']:.1f}" for v in by_d.values()]
        lines.append(f"| {name} ({n}) | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def collect(root: Path, out: Path) -> list[str]:
    """Copy the evidence (`EVIDENCE`, what exists of it) into `out`, replacing what was there; returns
    the paths copied."""
    copied = []
    for rel in EVIDENCE:
        src = root / rel
        files = sorted(p for p in src.rglob("*") if p.suffix in (".json", ".md")) if src.is_dir() else [src]
        for f in (f for f in files if f.is_file()):
            dest = out / f.relative_to(root)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(f, dest)
            copied.append(str(f.relative_to(root)))
    return copied


def run(root: Path, out: Path) -> int:
    """Apply the profile, `dvc repro` (timed), record stage times, collect; the exit code of dvc."""
    changed = apply_profile(root / "params.yaml", load_profile(PROFILE), str(PROFILE.relative_to(ROOT)))
    print(f"study: params.yaml {'switched to' if changed else 'already on'} profiles/study.yaml", flush=True)
    events: list[tuple[float, str]] = []
    dvc = Path(sys.executable).with_name("dvc")
    proc = subprocess.Popen(
        [str(dvc) if dvc.exists() else "dvc", "repro"], cwd=root, stdout=subprocess.PIPE, text=True
    )
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            events.append((time.monotonic(), line.rstrip("\n")))
            print(line, end="", flush=True)
    except KeyboardInterrupt:  # Ctrl-C reached dvc too (one process group): keep what finished
        print("study: interrupted; `make study` again resumes from the first unfinished stage", flush=True)
        proc.communicate()
    code = proc.wait()
    ran = record_times(out / "stage_times.json", events, time.monotonic(), code)
    print(f"study: {len(ran)} stages ran; copied {len(collect(root, out))} files to {out}", flush=True)
    return code


def record_times(path: Path, events: list[tuple[float, str]], end: float, code: int) -> dict[str, float]:
    """Add the seconds of each stage that ran (from `dvc repro`'s timed lines) to the JSON at `path`,
    replacing a stage's earlier figure; the last stage of a failed or interrupted run has none. Returns
    the stages added."""
    ran = stage_times(events, end)
    if code != 0 and ran:
        ran.popitem()
    times = json.loads(path.read_text()) if path.is_file() else {}
    write_json(path, {**times, **ran})
    return ran


def main(argv: list[str] | None = None) -> int:
    """Parse the sub-command and run it."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("plan", "run", "collect"))
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the evidence goes (results/study)")
    args = parser.parse_args(argv)
    if args.command == "run":
        return run(ROOT, args.out)
    if args.command == "collect":
        print(f"study: copied {len(collect(ROOT, args.out))} files to {args.out}")
        return 0
    config = study_config(ROOT)
    p = plan(benchmark_sizes(ROOT, config), config)
    write_json(args.out / "plan.json", p)
    print(render_plan(p), end="")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except PdistillError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
