"""List the charts of the `dvc plots show` page in order, and check in headless Chromium that each renders.

    python tools/check_plots.py                               # `dvc plots show` into a temp folder, check it
    python tools/check_plots.py --html dvc_plots/index.html   # check a page already written
    python tools/check_plots.py --screenshot /tmp/plots.png   # also save a picture of the whole page
    python tools/check_plots.py --no-browser                  # only list the charts (the specs in the page)

It prints one line per chart, in page order: its number, whether it rendered, its title (as drawn, from
the SVG, or from the spec with --no-browser) and its id (`dvc.yaml` plot id). The page is rendered with
the `.dvc/plots/offline.html` template (vega inlined), so no network is needed; a copy of the page with
a small script added (vegaEmbed draws SVG and reports each chart's result) is loaded by
`chromium --headless --dump-dom`. A chart renders when vegaEmbed resolves and the SVG holds data marks.

Exit status: 0 when every chart rendered, 1 when one did not (or the page has no chart), 2 when no
browser was found and --require-browser was given (without it the charts are only listed, with a
warning). The browser is `--browser PATH`, else $CHROMIUM, else the first of chromium, chromium-browser,
google-chrome, google-chrome-stable on PATH (Debian: `apt-get install chromium`). See docs/report.md.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OFFLINE_TEMPLATE = ROOT / ".dvc" / "plots" / "offline.html"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
RESULT_ID = "pdistill-check-plots"
# DVC's page: `<div id = "ID"> <script> var spec = {...}; vegaEmbed('#ID', spec); </script> </div>`.
SPEC_RE = re.compile(r"var spec = ")
EMBED_RE = re.compile(r"\s*vegaEmbed\('#([^']+)', spec\);")
# vega-embed's note that the spec's "$schema" says v5 and the library is v5.x: not a problem.
VERSION_NOTE = re.compile(r"spec uses Vega(-Lite)? v\d+, but (the )?current version")

# Runs before the plots' scripts: vegaEmbed draws SVG and records each chart's outcome; once all have
# settled, the outcomes go into a <pre> that `--dump-dom` prints.
PROBE = """<script>
(function () {
  var embed = window.vegaEmbed, pending = [], results = {}, errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); });
  var warn = console.warn;
  console.warn = function () {
    errors.push('warning: ' + Array.from(arguments).join(' '));
    warn.apply(console, arguments);
  };
  window.vegaEmbed = function (el, spec, opt) {
    var id = String(el).replace(/^#/, '');
    var p = embed(el, spec, Object.assign({}, opt || {}, {renderer: 'svg'})).then(function () {
      var svg = document.querySelector(el + ' svg.marks');
      var marks = svg ? svg.querySelectorAll('g.role-mark > *').length : 0;
      var titles = svg ? svg.querySelectorAll('.role-title-text text') : [];  // facet headers, then the title
      var title = titles.length ? titles[titles.length - 1] : null;
      results[id] = {ok: marks > 0, marks: marks, title: title ? title.textContent : null, error: null};
    }, function (e) {
      results[id] = {ok: false, marks: 0, title: null, error: String(e && e.message || e)};
    });
    pending.push(p);
    return p;
  };
  window.addEventListener('load', function () {
    Promise.all(pending).then(function () {
      var pre = document.createElement('pre');
      pre.id = 'RESULT_ID';
      pre.textContent = JSON.stringify({results: results, errors: errors});
      document.body.appendChild(pre);
    });
  });
})();
</script>
""".replace("RESULT_ID", RESULT_ID)


@dataclass
class Chart:
    """One chart of the page: its div id, its spec's title, and (after a render) its outcome."""

    id: str
    title: str
    rendered: bool | None = None
    marks: int = 0
    drawn_title: str | None = None
    error: str | None = None


def spec_title(spec: dict) -> str:
    title = spec.get("title", "")
    return str(title.get("text", "") if isinstance(title, dict) else title)


def charts_in(page: str) -> list[Chart]:
    """The charts of a `dvc plots show` page, in page order, from the vega specs it embeds."""
    decoder = json.JSONDecoder()
    charts = []
    for match in SPEC_RE.finditer(page):
        spec, end = decoder.raw_decode(page, match.end())
        embed = EMBED_RE.match(page, end + 1)  # after the `;`
        if embed is None:
            raise ValueError(f"a spec at offset {match.start()} is not followed by vegaEmbed('#id', spec)")
        charts.append(Chart(id=embed.group(1), title=spec_title(spec)))
    return charts


def find_browser(given: str | None) -> str | None:
    """The browser asked for (--browser, else $CHROMIUM: an error if it is not there), else one on PATH."""
    given = given or os.environ.get("CHROMIUM")
    if given:
        if path := shutil.which(given):
            return path
        raise FileNotFoundError(f"browser {given!r}: not found or not executable")
    for name in BROWSERS:
        if path := shutil.which(name):
            return path
    return None


def render(
    page: str, charts: list[Chart], browser: str, screenshot: Path | None, timeout: float
) -> list[str]:
    """Load the page in headless Chromium; fill each chart's outcome; return the page's errors/warnings."""
    first = SPEC_RE.search(page)
    start = page.rfind("<div", 0, first.start()) if first else -1
    if start < 0:
        raise ValueError("no `<div ...> var spec = ...` in the page to put the probe before")
    probed = page[:start] + PROBE + page[start:]  # after the libraries (whose text may hold "</head>")
    with tempfile.TemporaryDirectory(prefix="check_plots_") as tmp:
        path = Path(tmp) / "index.html"
        path.write_text(probed, encoding="utf-8")
        flags = ["--headless", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={tmp}/profile"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            flags.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
        flags.append("--virtual-time-budget=30000")  # let the promises and vega's dataflow settle
        url = path.as_uri()
        run = subprocess.run(
            [browser, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=timeout, check=False
        )
        if screenshot is not None:  # of the page as it is, without the probe's output
            plain = Path(tmp) / "plain.html"
            plain.write_text(page, encoding="utf-8")
            size = f"--window-size=1100,{430 * max(len(charts), 1) + 100}"
            subprocess.run(
                [browser, *flags, size, f"--screenshot={screenshot.resolve()}", plain.as_uri()],
                capture_output=True,
                timeout=timeout,
                check=False,
            )
    found = re.search(rf'<pre id="{RESULT_ID}">(.*?)</pre>', run.stdout, re.S)
    if found is None:
        tail = (run.stderr or "").strip().splitlines()[-3:]
        raise RuntimeError(f"{browser} gave no result (exit {run.returncode}): " + " | ".join(tail))
    outcome = json.loads(html.unescape(found.group(1)))
    for chart in charts:
        result = outcome["results"].get(chart.id)
        if result is None:
            chart.rendered, chart.error = False, "vegaEmbed was never called"
            continue
        chart.rendered = bool(result["ok"])
        chart.marks = int(result["marks"])
        chart.drawn_title = result["title"]
        chart.error = result["error"] or (None if chart.rendered else "no data marks drawn")
    return [e for e in outcome["errors"] if not VERSION_NOTE.search(e)]


def plots_page(out: Path) -> Path:
    """Run `dvc plots show` in the repository into `out` (offline template); the page's path."""
    dvc = Path(sys.executable).with_name("dvc")
    cmd = [str(dvc) if dvc.exists() else "dvc", "plots", "show", "-o", str(out)]
    if OFFLINE_TEMPLATE.is_file():
        cmd += ["--html-template", str(OFFLINE_TEMPLATE)]
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return out / "index.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="a page `dvc plots show` wrote (default: write one now)")
    parser.add_argument("--browser", help="Chromium/Chrome executable (default: $CHROMIUM or PATH)")
    parser.add_argument("--no-browser", action="store_true", help="only list the charts from their specs")
    parser.add_argument("--require-browser", action="store_true", help="exit 2 when no browser is found")
    parser.add_argument("--screenshot", type=Path, help="also save a PNG of the whole page here")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds for the browser (default 120)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="dvc_plots_") as tmp:
        page_path = args.html or plots_page(Path(tmp))
        page = page_path.read_text(encoding="utf-8")
    charts = charts_in(page)
    if not charts:
        print(f"{page_path}: no chart", file=sys.stderr)
        return 1

    try:
        browser = None if args.no_browser else find_browser(args.browser)
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    errors: list[str] = []
    if browser is not None:
        errors = render(page, charts, browser, args.screenshot, args.timeout)
    elif not args.no_browser:
        print(
            "warning: no Chromium found (apt-get install chromium, or --browser PATH): charts listed from "
            "their specs, not rendered",
            file=sys.stderr,
        )
        if args.require_browser:
            return 2

    for number, chart in enumerate(charts, 1):
        state = {None: "listed", True: "ok", False: "FAILED"}[chart.rendered]
        title = chart.drawn_title or chart.title
        detail = f"{chart.marks} marks" if chart.rendered else chart.error
        print(f"{number}. [{state}] {title}  ({chart.id}{', ' + detail if detail else ''})")
    for error in errors:
        print(f"page: {error}", file=sys.stderr)
    if browser is not None:
        failed = sum(not c.rendered for c in charts)
        print(f"{len(charts) - failed} of {len(charts)} charts rendered in {Path(browser).name}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
