"""Lighthouse 12 scores of the home page and each explainer page, mobile and desktop.

    ./run test -q -k nothing >/dev/null; npm ci --no-audit --no-fund; .venv/bin/python -m bench.lighthouse

(`./run test` installs the Node tools without Lighthouse, an optional dependency: `npm ci` adds it.)

Builds the site, serves it with gzip from bench/serve.py on 127.0.0.1, runs the pinned Lighthouse
(node_modules, with Debian's Chromium) and prints performance, accessibility, best practices and
SEO per page and form factor, and the weight of its first view: the median of --runs runs (3 by
default), as Lighthouse's authors advise, since one run's performance moves with the machine's
load. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.serve import serve

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    "",
    "explainers/moscow-talks-2019/",
    "explainers/moscow-talks-2019/attendees/",
    "explainers/moscow-talks-2019/history/",
    "explainers/moscow-talks-2019/issues/",
    "explainers/moscow-talks-2019/glossary/",
    "explainers/moscow-talks-2019/sources/",
    "explainers/moscow-talks-2019/updates/",
    "people/abdul-ghani-baradar/",
    "organisations/taliban/",
    "topics/afghanistan/",
    "glossary/",
    "how-to-edit/",
]
WEIGHT = "total-byte-weight"  # bytes transferred for the first view: HTML, CSS, scripts, images
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync"
)


def build(site: Path, url: str) -> None:
    env = {**os.environ, "SITE_URL": url, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        check=True,
    )


def lighthouse(url: str, form_factor: str, out: Path) -> dict[str, int]:
    command = [
        str(ROOT / "node_modules/.bin/lighthouse"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--chrome-flags={FLAGS}",
        "--only-categories=" + ",".join(CATEGORIES),
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES}
    return scores | {WEIGHT: round(report["audits"][WEIGHT]["numericValue"] / 1000)}


def median_scores(url: str, form_factor: str, out: Path, runs: int) -> dict[str, int]:
    """The median of each score, and of the first view's weight (KB transferred, gzipped)."""
    results = [lighthouse(url, form_factor, out) for _ in range(runs)]
    return {key: round(statistics.median(result[key] for result in results)) for key in [*CATEGORIES, WEIGHT]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per page and form factor (median shown)")
    parser.add_argument("--forms", default="mobile,desktop", help="form factors, comma-separated")
    args = parser.parse_args()
    runs, forms = args.runs, args.forms.split(",")
    with tempfile.TemporaryDirectory() as temporary:
        site = Path(temporary) / "site"
        # Canonical URLs must name the address that is measured, so build once the port is known.
        with serve(site, port=0) as base:
            build(site, base)
            print(f"server: bench/serve.py (Python http.server with gzip) at {base}; median of {runs} runs")
            print(f"{'page':45} {'form':8} " + " ".join(f"{c[:13]:>13}" for c in CATEGORIES) + "  first view (KB)")
            for page in PAGES:
                for form_factor in forms:
                    scores = median_scores(base + page, form_factor, Path(temporary) / "report.json", runs)
                    print(
                        f"{'/' + page:45} {form_factor:8} "
                        + " ".join(f"{scores[c]:>13}" for c in CATEGORIES)
                        + f"  {scores[WEIGHT]:>15}",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
