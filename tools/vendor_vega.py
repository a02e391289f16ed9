"""Write `.dvc/plots/offline.html`: DVC's plots page with vega, vega-lite and vega-embed inlined.

`dvc plots show` writes an HTML page that loads these three libraries from cdn.jsdelivr.net, so without a
network the page is blank. With this template (`dvc config plots.html_template plots/offline.html`; the
path is relative to `.dvc/`) the page carries the libraries itself and renders offline.

    python tools/vendor_vega.py                      # download the pinned tarballs from the npm registry
    python tools/vendor_vega.py --tarballs /tmp/npm  # or use `npm pack vega@5.20.2 ...` output in a folder
    python tools/vendor_vega.py --check              # exit 1 if the committed file is not what this writes

The versions are the ones DVC's own page references (`dvc_render.vega.VegaRenderer.SCRIPTS`); each
tarball is checked against the npm registry's sha512 integrity and each inlined file against its sha256,
so the output is byte-for-byte reproducible. The file inlined is the one the CDN URL serves (the
package's `jsdelivr` entry). See docs/report.md.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import re
import sys
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / ".dvc" / "plots" / "offline.html"
REGISTRY = "https://registry.npmjs.org"
# DVC fills these in the page (str.replace of "{name}"); the page must hold the plots one and must not
# hold the scripts one (DVC would put its CDN <script src=...> tags there).
PLOTS_PLACEHOLDER = "{plot_divs}"
FORBIDDEN = ("{scripts}", "{plot_divs}", "{refresh_tag}")


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    integrity: str  # the npm registry's dist.integrity of the tarball
    file: str  # the package's `jsdelivr` entry: what https://cdn.jsdelivr.net/npm/<name>@<version> serves
    sha256: str  # of that file

    @property
    def tarball(self) -> str:
        return f"{self.name}-{self.version}.tgz"

    @property
    def url(self) -> str:
        return f"{REGISTRY}/{self.name}/-/{self.tarball}"


PACKAGES = (
    Package(
        "vega",
        "5.20.2",
        "sha512-qmH7aD9GGPpssVdxL1xgcdxTbQzyRUeRR16Os385ymvQhiwCYQNA6+eXUPAZDTVLfk0RXu6Jzj6kUE5jQ80EVw==",
        "build/vega.min.js",
        "4794d0169cb1f3ebad8117fe98ba5bd652dd725905ec0384e832391dbccb03be",
    ),
    Package(
        "vega-lite",
        "5.2.0",
        "sha512-Yxcg8MvYfxHcG6BbkaKT0oVCIMIcE19UvqIsEwBmyd/7h2nzW7oRnID81T8UrY7hpDrIr6wa2JADOT2dhGNErw==",
        "build/vega-lite.min.js",
        "d73157451b3978015ab31dacd55ff90d986ab8663fc0abed50f97b3cd90002cb",
    ),
    Package(
        "vega-embed",
        "6.18.2",
        "sha512-wcDyQPE4J5aiCDc3/suH5RQDvrKkjuLkhzUcbOLwEkNF8/+pp17tS0JghzEvAPNRg+5aG1/N2ydixq8Lk3dOlg==",
        "build/vega-embed.min.js",
        "1ba9826431ddc9805e815ad92acc811c819f2bfd32bda2a128b8c4b5070fab5e",
    ),
)


class VendorError(Exception):
    pass


def fetch(package: Package, tarballs: Path | None) -> bytes:
    """The tarball's bytes, from `tarballs/` when given, else from the npm registry; integrity-checked."""
    if tarballs is not None:
        path = tarballs / package.tarball
        if not path.is_file():
            raise VendorError(f"{path}: not found (npm pack {package.name}@{package.version})")
        data = path.read_bytes()
    else:
        with urllib.request.urlopen(package.url, timeout=60) as response:
            data = response.read()
    algo, _, expected = package.integrity.partition("-")
    got = base64.b64encode(hashlib.new(algo, data).digest()).decode()
    if got != expected:
        raise VendorError(f"{package.tarball}: integrity {algo}-{got}, expected {package.integrity}")
    return data


def unpack(package: Package, data: bytes) -> tuple[str, str]:
    """(the library's code, its LICENSE text), both checked."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        meta = json.loads(tar.extractfile("package/package.json").read())
        if meta.get("jsdelivr") != package.file:
            raise VendorError(
                f"{package.tarball}: jsdelivr entry {meta.get('jsdelivr')!r}, pinned {package.file!r}"
            )
        code = tar.extractfile(f"package/{package.file}").read()
        license_text = tar.extractfile("package/LICENSE").read().decode("utf-8")
    digest = hashlib.sha256(code).hexdigest()
    if digest != package.sha256:
        raise VendorError(f"{package.tarball}: {package.file} sha256 {digest}, expected {package.sha256}")
    text = code.decode("utf-8")
    # Inline <script> content ends at the first "</script"; "<!--" changes how it is parsed; a DVC
    # placeholder would be replaced by DVC. None occurs in the pinned files; a new version is checked.
    for bad in ("</script", "<!--", *FORBIDDEN):
        if bad in text.lower() or bad in license_text:
            raise VendorError(f"{package.tarball}: {package.file} contains {bad!r}: cannot be inlined as is")
    if "--" in license_text:
        raise VendorError(f"{package.tarball}: LICENSE contains '--': cannot go in an HTML comment")
    return text.rstrip("\n"), license_text.strip()


def page(parts: list[tuple[Package, str, str]]) -> str:
    """DVC's default page (dvc_render.html.PAGE_HTML) with the scripts inlined instead of loaded."""
    scripts = []
    for package, code, license_text in parts:
        scripts.append(
            f"    <!-- {package.name} {package.version}, {package.file} (sha256 {package.sha256}),\n"
            f"{license_text}\n    -->\n    <script>\n{code}\n    </script>"
        )
    versions = ", ".join(f"{p.name} {p.version}" for p, _, _ in parts)
    return (
        "<!DOCTYPE html>\n"
        "<html>\n"
        "<head>\n"
        "    {refresh_tag}\n"
        '    <meta charset="utf-8">\n'
        "    <title>DVC Plot</title>\n"
        f"    <!-- {versions} inlined so that the page renders offline.\n"
        "    Written by tools/vendor_vega.py; used after: dvc config plots.html_template plots/offline.html\n"
        "    (see docs/report.md). -->\n"
        + "\n".join(scripts)
        + "\n    <style>\n        table {\n            border-spacing: 15px;\n        }\n    </style>\n"
        "</head>\n"
        "<body>\n"
        f"    {PLOTS_PLACEHOLDER}\n"
        "</body>\n"
        "</html>\n"
    )


def dvc_versions() -> dict[str, str] | None:
    """name -> version of the scripts the installed dvc-render loads from the CDN (None if not installed)."""
    try:
        from dvc_render.vega import VegaRenderer
    except ImportError:
        return None
    return dict(re.findall(r"npm/([a-z-]+)@([0-9.]+)", VegaRenderer.SCRIPTS))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--tarballs", type=Path, help="folder holding <name>-<version>.tgz (from npm pack)")
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    args = parser.parse_args(argv)
    try:
        pinned = {p.name: p.version for p in PACKAGES}
        dvc = dvc_versions()
        if dvc is not None and dvc != pinned:
            print(f"warning: dvc-render loads {dvc}, pinned here {pinned}: update PACKAGES", file=sys.stderr)
        html = page([(p, *unpack(p, fetch(p, args.tarballs))) for p in PACKAGES])
    except (VendorError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else None
        if current != html:
            print(f"error: {args.out} differs from what tools/vendor_vega.py writes", file=sys.stderr)
            return 1
        print(f"{args.out}: up to date ({len(html.encode())} bytes)")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_name(f".{args.out.name}.tmp")
    tmp.write_text(html, encoding="utf-8", newline="\n")
    tmp.replace(args.out)
    print(
        f"wrote {args.out} ({len(html.encode())} bytes: {', '.join(f'{n} {v}' for n, v in pinned.items())})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
