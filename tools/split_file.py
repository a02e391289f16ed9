"""Split a big file (a GGUF model) into parts small enough to travel, and join them back, verified.

    python tools/split_file.py split ~/.cache/pdistill/models/qwen2.5-coder-0.5b-instruct.gguf gguf-parts
    python tools/split_file.py join gguf-parts /tmp/student.gguf

`split` writes `NAME.part000`, `NAME.part001`, ... of at most `--part-mib` MiB (56 by default: a call to
the GPU machine carries at most 64 MiB, the working tree, about 4 MiB, included) and `NAME.manifest.json`
with the file's size and sha256 and each part's. `join` reads the manifest in a folder, checks every part
(present, size, sha256) before writing anything, concatenates them and checks the whole file's sha256.
tools/device_check.py --student-gguf-parts DIR joins a GGUF this way (docs/scaling.md, "Device check").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

MIB = 1024 * 1024
CHUNK = 4 * MIB
SUFFIX = ".manifest.json"


def sha256_of(path: Path) -> str:
    """The hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def split_file(path: Path, dest: Path, part_bytes: int = 56 * MIB) -> Path:
    """Write `path` as parts of at most `part_bytes` and a manifest into `dest`; returns the manifest."""
    if part_bytes <= 0:
        raise ValueError("part size must be positive")
    dest.mkdir(parents=True, exist_ok=True)
    whole = hashlib.sha256()
    parts = []
    with path.open("rb") as fh:
        while True:
            name = f"{path.name}.part{len(parts):03d}"
            digest, size = hashlib.sha256(), 0
            with (dest / name).open("wb") as out:
                while size < part_bytes and (block := fh.read(min(CHUNK, part_bytes - size))):
                    out.write(block)
                    digest.update(block)
                    whole.update(block)
                    size += len(block)
            if size == 0 and parts:  # the file ended exactly at a part boundary
                (dest / name).unlink()
                break
            parts.append({"file": name, "bytes": size, "sha256": digest.hexdigest()})
            if size < part_bytes:
                break
    manifest = {
        "name": path.name,
        "bytes": sum(p["bytes"] for p in parts),
        "sha256": whole.hexdigest(),
        "parts": parts,
    }
    out_path = dest / f"{path.name}{SUFFIX}"
    out_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return out_path


def find_manifest(folder: Path) -> Path:
    """The one `*.manifest.json` in `folder` (an error when there is none or several)."""
    found = sorted(folder.glob(f"*{SUFFIX}"))
    if len(found) != 1:
        raise ValueError(f"{folder}: expected one *{SUFFIX}, found {len(found)}")
    return found[0]


def join_parts(manifest_path: Path, out: Path) -> Path:
    """Check every part listed in the manifest, write them joined to `out`, check the whole; returns `out`."""
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    folder = manifest_path.parent
    problems = []
    for part in manifest["parts"]:
        path = folder / part["file"]
        if not path.is_file():
            problems.append(f"{part['file']}: missing")
        elif path.stat().st_size != part["bytes"]:
            problems.append(f"{part['file']}: {path.stat().st_size} bytes, expected {part['bytes']}")
        elif sha256_of(path) != part["sha256"]:
            problems.append(f"{part['file']}: sha256 differs")
    if problems:
        raise ValueError(f"{manifest_path.name}: " + "; ".join(problems))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".joining")
    with tmp.open("wb") as fh:
        for part in manifest["parts"]:
            with (folder / part["file"]).open("rb") as src:
                while block := src.read(CHUNK):
                    fh.write(block)
    if sha256_of(tmp) != manifest["sha256"]:
        tmp.unlink()
        raise ValueError(f"{manifest_path.name}: the joined file's sha256 differs")
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> int:
    """`split FILE DEST [--part-mib N]` or `join FOLDER OUT`."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    split = sub.add_parser("split", help="FILE into parts and a manifest in DEST")
    split.add_argument("file", type=Path)
    split.add_argument("dest", type=Path)
    split.add_argument("--part-mib", type=float, default=56.0)
    join = sub.add_parser("join", help="the parts in FOLDER (its one manifest) into OUT")
    join.add_argument("folder", type=Path)
    join.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "split":
            manifest = split_file(args.file, args.dest, int(args.part_mib * MIB))
            parts = json.loads(manifest.read_text())["parts"]
            print(f"{args.file.name}: {len(parts)} parts of at most {args.part_mib:g} MiB -> {manifest}")
        else:
            out = join_parts(find_manifest(args.folder), args.out)
            print(f"joined and verified -> {out}")
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
