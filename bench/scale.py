"""How the build scales with the number of explainers: one run, one table, one JSON blob.

    .venv/bin/python -m bench.scale [--sizes 1,10,100] [--json PATH] [--profile]

For each N it writes a synthetic project (tests/corpus.py: N explainers shaped like the reference
one, people, organisations and terms from pools growing with sqrt(N)) into a temporary folder and
measures, each command run as a subprocess in that folder:

- check s: `python -m generator check --root DIR` (wall clock: loads, validates and links every
  file, citations included; renders nothing).
- generator s: `python -m generator build --root DIR` into a docs/ holding only the hand-written
  files (wall clock, interpreter start included), and "in-process", the time the command itself
  reports for build(): what the MkDocs hook runs, and writing the pages to docs/, which `mkdocs
  build` does not (it hands them to MkDocs from memory). Run after the full build, whose docs/ holds
  only the hand-written files; the pages it writes are what the baseline and the stock site need.
- full build s, peak RSS: `python -m mkdocs build` (hook included, docs/ holding only the
  hand-written files, as on a fresh clone). Peak RSS is the ru_maxrss that
  os.wait4() returns for that one child process: the kernel's high-water mark of its resident
  memory (and of any descendants it waited for), per process, so no other build is mixed in and
  no RUSAGE_CHILDREN delta is needed. "Python alone": the peak of the MkDocs process itself
  (generator included, Pagefind not), which it reports at exit (getrusage RUSAGE_SELF).
- gen share: generator in-process seconds / full build seconds ("wall" share: generator wall
  seconds / full build seconds, which counts a second interpreter start).
- (cpu): the same from the CPU seconds the kernel counted for the process and the children it
  waited for (os.wait4: user + system), which other work on a busy machine barely moves; "gen
  share (cpu)" is the generator command's CPU seconds (interpreter start included) over the full
  build's, "full/baseline (cpu)" the full build's over the baseline's. All ratios are of figures
  measured in the same run.
- ms/page: full build seconds * 1000 / pages, pages being the .html files built.
- Pagefind alone: the search indexing that the hook runs at the end of the full build, run again
  on its own on the built site's whole pages (the build gives it only each page's head and article, which
  take it less time), for its seconds and peak RSS. The full build's peak RSS is the
  larger of the two processes' peaks; MkDocs keeps its memory while it waits for Pagefind, so
  the machine needs about their sum.
- baseline s: `mkdocs build -f mkdocs-baseline.yml`, a copy of mkdocs.yml without `hooks:` (so no
  generator) and with the `nav:` the hook sets written out, of the Markdown already generated;
  full/baseline is the ratio of the two.
- overview first view: the reference explainer's overview page and every same-origin stylesheet
  and script it references (<link rel=stylesheet>, <script src>), read from the built site, each
  gzip-compressed alone at level 9 as a server sends them (bench/serve.py), and uncompressed.
- search bytes: what a reader downloads to search once: Chromium opens the overview page, types
  SEARCH_QUERY into the search letter by letter (each prefix searched, as a reader's typing
  does) and waits for the results; every file under pagefind/ it fetched, gzipped (Pagefind's
  index pieces are compressed already) and raw.
- stock s: a stock Material site (no hooks, no plugins, navigation pruned) of as many plain Markdown
  pages as the full build made, each of the average length of its Markdown pages, built with
  `mkdocs build`; "full/stock per page" is the full build's seconds per page over the stock one's.
- edit-to-rebuilt (at every N >= 100, or the largest N if none is): `python -m mkdocs serve` on 127.0.0.1, wait until
  it serves, replace one word of one explainer's summary in its data file, then poll its overview
  page over HTTP every 50 ms until the new word is there; also the rebuild time MkDocs logs, and
  the server's peak RSS by then (its first build and the rebuild; Linux only).

--profile runs the generator's build under cProfile at the largest N <= 100 and prints its
top functions. Sizes: 1, 10 and 100 take a few minutes together; 1000 about a quarter of an
hour more, and a few GB of disk. Progress goes to stderr as each phase ends; figures go to stdout.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml

from generator import search_index
from generator.build import check
from generator.render.navigation import NAV_SECTION_LIMIT, navigation
from generator.write import remove_generated
from tests.corpus import REFERENCE, generate
from tests.site import fetch, free_port, start_mkdocs_serve, stop_mkdocs_serve

ROOT = Path(__file__).resolve().parents[1]
SEARCH_QUERY = "Baradar"  # a person in the reference explainer, and in many synthetic ones
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
ENV.pop("SITE_URL", None)
ENV.pop("SOURCE_DATE_EPOCH", None)


# Runs a module as `python -m MODULE ARGS` does, then prints the peak RSS of this process alone:
# os.wait4() on it would also count the children it waited for (Pagefind, under the hook).
OWN_PEAK = """
import atexit, resource, runpy, sys
atexit.register(lambda: print(f"own peak RSS KB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr))
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def own_peak_mb(output: str) -> float | None:
    found = re.findall(r"own peak RSS KB ([0-9]+)", output)
    return int(found[-1]) / 1024 if found else None


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(command: list[str], cwd: Path, name: str) -> dict:
    """Run a command to its end; its wall seconds and the peak RSS of that process (os.wait4)."""
    out, err = cwd / f".bench-{name}.out", cwd / f".bench-{name}.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    result = {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "returncode": process.returncode,
        "stdout": out.read_text(errors="replace"),
        "stderr": err.read_text(errors="replace"),
    }
    out.unlink()
    err.unlink()
    if process.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed ({process.returncode}):\n{result['stdout'][-3000:]}{result['stderr'][-3000:]}"
        )
    return result


def count_html(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


def reported_seconds(output: str) -> float | None:
    found = re.findall(r"in ([0-9.]+) s(?:econds)?\b", output)
    return float(found[-1]) if found else None


def warnings(output: str) -> int:
    return sum(1 for line in output.splitlines() if line.startswith("WARNING"))


def baseline_config(directory: Path) -> Path:
    """mkdocs.yml without its `hooks:` entry, with the `nav:` the hook would set written out."""
    lines, out, skipping = (directory / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), [], False
    for line in lines:
        if re.match(r"hooks\s*:", line):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "-", "\t")) or not line.strip()):
            continue
        skipping = False
        out.append(line)
    text = "\n".join(out) + "\n"
    assert "mkdocs_hook" not in text and not re.search(r"^nav\s*:", text, re.M)
    text += yaml.safe_dump({"nav": navigation(check(directory))}, allow_unicode=True, sort_keys=False)
    path = directory / "mkdocs-baseline.yml"
    path.write_text(text, encoding="utf-8")
    return path


class References(HTMLParser):
    """Stylesheets and scripts a page loads."""

    def __init__(self) -> None:
        super().__init__()
        self.css: list[str] = []
        self.js: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").split() and attributes.get("href"):
            self.css.append(attributes["href"])
        elif tag == "script" and attributes.get("src"):
            self.js.append(attributes["src"])


def sizes_of(data: bytes) -> tuple[int, int]:
    return len(data), len(gzip.compress(data, compresslevel=9, mtime=0))


def site_file(site: Path, page_url: str, reference: str) -> Path | None:
    """The file a same-origin reference of the page at page_url (site-relative, '/...') stands for."""
    target = urlsplit(urljoin("http://site" + page_url, reference))
    if target.netloc != "site":
        return None  # another origin: not part of what this site serves
    path = site / target.path.lstrip("/")
    return path / "index.html" if path.is_dir() else path


def page_bytes(site: Path, slug: str) -> dict:
    page_url = f"/explainers/{slug}/"
    html = (site / page_url.strip("/") / "index.html").read_bytes()
    parser = References()
    parser.feed(html.decode("utf-8"))
    figures = {"page": page_url, "files": {}}
    totals = {"html": list(sizes_of(html)), "css": [0, 0], "js": [0, 0]}
    for kind, references in (("css", parser.css), ("js", parser.js)):
        for reference in references:
            path = site_file(site, page_url, reference)
            if path is None:
                continue
            raw, compressed = sizes_of(path.read_bytes())
            figures["files"][path.relative_to(site).as_posix()] = {"raw": raw, "gzip": compressed}
            totals[kind][0] += raw
            totals[kind][1] += compressed
    for kind, (raw, compressed) in totals.items():
        figures[kind] = {"raw": raw, "gzip": compressed}
    figures["total"] = {"raw": sum(t[0] for t in totals.values()), "gzip": sum(t[1] for t in totals.values())}
    figures["search"] = search_bytes(site, page_url)
    return figures


def search_bytes(site: Path, page_url: str) -> dict:
    """Every file of Pagefind's that Chromium fetches while a reader types SEARCH_QUERY on the page."""
    from tests.site import chromium, serve

    fetched: list[str] = []
    with serve(site) as base, chromium() as browser:
        page = browser.new_page()
        page.on("requestfinished", lambda request: fetched.append(urlsplit(request.url).path))
        page.goto(base + page_url.lstrip("/"), wait_until="networkidle")
        page.locator(".md-search__input").click()
        page.locator(".md-search__input").press_sequentially(SEARCH_QUERY, delay=50)
        page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
        page.wait_for_load_state("networkidle")
        results = page.locator(".md-search-result__item").count()
        page.close()
    files = {
        path.lstrip("/"): dict(zip(("raw", "gzip"), sizes_of((site / path.lstrip("/")).read_bytes()), strict=False))
        for path in dict.fromkeys(fetched)
        if path.startswith("/pagefind/")
    }
    return {
        "query": SEARCH_QUERY,
        "results_shown": results,
        "files": files,
        "total": {kind: sum(sizes[kind] for sizes in files.values()) for kind in ("raw", "gzip")},
    }


def poll(port: int, path: str, done, timeout: float, interval: float, server, log: Path) -> tuple[float, int, str]:
    """Fetch `path` until `done(body)`; return (seconds taken, fetches, body). Fails if the server stops."""
    started, polls = time.perf_counter(), 0
    while True:
        polls += 1
        if server.poll() is not None:
            raise SystemExit("mkdocs serve stopped:\n" + log.read_text()[-3000:])
        try:
            status, body = fetch(port, path)
            if status == 200 and done(body):
                return time.perf_counter() - started, polls, body
        except OSError:
            pass
        if time.perf_counter() - started > timeout:
            raise SystemExit(f"{path} did not show what was awaited within {timeout} s")
        time.sleep(interval)


def serve_peak_mb(pid: int) -> float | None:
    """The server's own peak RSS so far (its first build and the edit's rebuild), from Linux's /proc."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"^VmHWM:\s+([0-9]+) kB", status, re.M)
    return int(found.group(1)) / 1024 if found else None


def edit_latency(directory: Path, slug: str, *, start_timeout: float = 1800, rebuild_timeout: float = 600) -> dict:
    """Seconds from saving a one-word change to a data file to the served page showing it."""
    port = free_port()
    path = f"/explainers/{slug}/"
    data_file = directory / "data" / "explainers" / f"{slug}.yml"
    old_word, new_word = "hosted", "convened"
    text = data_file.read_text(encoding="utf-8")
    summary = text.index("summary:")
    position = text.index(old_word, summary)
    assert position < text.index("cite:", summary), "the word to change is not in the summary text"
    err = (directory / ".bench-serve.err").open("wb")
    # As `./run serve` runs it: --dirty rebuilds only the pages whose Markdown the generator rewrote.
    server = start_mkdocs_serve(directory, port, ENV, err)
    try:
        log = directory / ".bench-serve.err"
        first_serve, _, body = poll(port, path, lambda body: True, start_timeout, 0.2, server, log)
        assert new_word not in body, f"'{new_word}' is on the page before the edit"
        time.sleep(1.0)  # let the watcher settle after the first build
        builds_before = log.read_text().count("Documentation built in")
        data_file.write_text(text[:position] + new_word + text[position + len(old_word) :], encoding="utf-8")
        latency, polls, _ = poll(port, path, lambda body: new_word in body, rebuild_timeout, 0.05, server, log)
        time.sleep(0.5)
        peak = serve_peak_mb(server.pid)
        log_text = log.read_text()
        rebuilds = [float(s) for s in re.findall(r"Documentation built in ([0-9.]+) seconds", log_text)]
        return {
            "n_page": path,
            "seconds": latency,
            "first_serve_seconds": first_serve,
            "polls": polls,
            "rebuild_seconds_logged": rebuilds[builds_before:] or None,
            "serve_peak_rss_mb": peak,
        }
    finally:
        stop_mkdocs_serve(server)
        err.close()
        data_file.write_text(text, encoding="utf-8")


def profile(directory: Path, top: int = 20) -> dict:
    """The generator's build under cProfile (fresh docs/): top functions by own and cumulative time."""
    import pstats

    remove_generated(directory / "docs")
    stats_file = directory / ".bench-profile"
    run(
        [sys.executable, "-m", "cProfile", "-o", str(stats_file), "-m", "generator", "build", "--root", str(directory)],
        directory,
        "profile",
    )
    stats = pstats.Stats(str(stats_file))
    rows: dict[str, list] = {}
    for order in ("tottime", "cumulative"):
        stats.sort_stats(order)
        entries = []
        for func in stats.fcn_list:
            calls, _primitive, tottime, cumtime, _ = stats.stats[func]
            filename, line, name = func
            if filename.startswith(("<frozen", "<string>")) or name in ("<built-in method builtins.exec>",):
                continue  # the interpreter's and runpy's frames around the build
            if len(entries) == top:
                break
            where = f"{Path(filename).parent.name}/{Path(filename).name}:{line}" if line else ""
            name = name if line else name.strip("<>")
            entries.append(
                {
                    "function": f"{where}({name})" if where else name,
                    "calls": calls,
                    "tottime": round(tottime, 3),
                    "cumtime": round(cumtime, 3),
                }
            )
        rows[order] = entries
    stats_file.unlink()
    return {"total_seconds": round(stats.total_tt, 3), **rows}


def measure(n: int, workdir: Path, *, serve: bool, want_profile: bool) -> dict:
    directory = workdir / f"n{n}"
    figures: dict = {"n": n}
    started = time.perf_counter()
    corpus = generate(n, directory, run_check=False, quiet=True)
    figures["corpus"] = {**corpus, "seconds": time.perf_counter() - started}
    counts = corpus["counts"]
    log(
        f"N={n}: corpus written in {figures['corpus']['seconds']:.1f} s ({counts['explainers']} explainers, "
        f"{counts['people']} people, {counts['organisations']} organisations, {counts['glossary']} terms)"
    )

    result = run([sys.executable, "-m", "generator", "check", "--root", str(directory)], directory, "check")
    figures["check"] = {
        "seconds": result["seconds"],
        "in_process_seconds": reported_seconds(result["stdout"]),
        "peak_rss_mb": result["peak_rss_mb"],
        "output": result["stdout"].strip(),
    }
    log(f"N={n}: check {result['seconds']:.2f} s ({result['stdout'].strip()})")

    remove_generated(directory / "docs")
    site = directory / "site"
    result = run([sys.executable, "-c", OWN_PEAK, "mkdocs", "build", "--site-dir", str(site)], directory, "full")
    pages = count_html(site)
    figures["full"] = {
        "seconds": result["seconds"],
        "cpu_seconds": result["cpu_seconds"],
        "peak_rss_mb": result["peak_rss_mb"],
        "python_peak_rss_mb": own_peak_mb(result["stderr"]),
        "mkdocs_reported_seconds": reported_seconds(result["stderr"]),
        "warnings": warnings(result["stderr"]),
        "pages": pages,
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
    }
    figures["pages"] = pages
    figures["ms_per_page"] = result["seconds"] * 1000 / pages
    log(
        f"N={n}: full mkdocs build {result['seconds']:.1f} s, {pages} pages, peak RSS "
        f"{result['peak_rss_mb']:.0f} MB (Python alone {figures['full']['python_peak_rss_mb']:.0f} MB), "
        f"site {figures['full']['site_mb']:.0f} MB"
    )

    # The hook ran Pagefind inside the build; again alone, for its own seconds and memory.
    result = run(search_index.command(site), directory, "pagefind")
    figures["pagefind"] = {"seconds": result["seconds"], "peak_rss_mb": result["peak_rss_mb"]}
    log(f"N={n}: Pagefind alone {result['seconds']:.1f} s, peak RSS {result['peak_rss_mb']:.0f} MB")

    # The generated pages written to docs/ (which the full build leaves as it was), for the baseline and the stock site.
    result = run([sys.executable, "-m", "generator", "build", "--root", str(directory)], directory, "generator")
    figures["generator"] = {
        "seconds": result["seconds"],
        "cpu_seconds": result["cpu_seconds"],
        "in_process_seconds": reported_seconds(result["stdout"]),
        "peak_rss_mb": result["peak_rss_mb"],
        "output": result["stdout"].strip(),
    }
    log(f"N={n}: generator build {result['seconds']:.2f} s ({result['stdout'].strip()})")

    generator_seconds = figures["generator"]["in_process_seconds"] or figures["generator"]["seconds"]
    figures["generator_share"] = generator_seconds / figures["full"]["seconds"]
    figures["generator_share_wall"] = figures["generator"]["seconds"] / figures["full"]["seconds"]
    figures["generator_share_cpu"] = figures["generator"]["cpu_seconds"] / figures["full"]["cpu_seconds"]

    figures["bytes"] = page_bytes(site, REFERENCE)
    shutil.rmtree(site)  # room on disk for the baseline's site

    config = baseline_config(directory)
    baseline_site = directory / "site-baseline"
    result = run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "--site-dir", str(baseline_site)],
        directory,
        "baseline",
    )
    figures["baseline"] = {
        "seconds": result["seconds"],
        "cpu_seconds": result["cpu_seconds"],
        "peak_rss_mb": result["peak_rss_mb"],
        "mkdocs_reported_seconds": reported_seconds(result["stderr"]),
        "warnings": warnings(result["stderr"]),
        "pages": count_html(baseline_site),
    }
    figures["full_over_baseline"] = figures["full"]["seconds"] / result["seconds"]
    figures["full_over_baseline_cpu"] = figures["full"]["cpu_seconds"] / result["cpu_seconds"]
    shutil.rmtree(baseline_site)
    log(f"N={n}: baseline build (no hook) {result['seconds']:.1f} s, peak RSS {result['peak_rss_mb']:.0f} MB")

    words = average_words(directory / "docs")
    stock = stock_project(directory / "stock", figures["pages"], words)
    result = run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(stock / "site")], stock, "stock")
    figures["stock"] = {
        "seconds": result["seconds"],
        "cpu_seconds": result["cpu_seconds"],
        "peak_rss_mb": result["peak_rss_mb"],
        "pages": count_html(stock / "site"),
        "words_per_page": words,
    }
    full_per_page = figures["full"]["seconds"] / figures["pages"]
    figures["full_over_stock"] = full_per_page / (result["seconds"] / figures["stock"]["pages"])
    figures["full_over_stock_cpu"] = (figures["full"]["cpu_seconds"] / figures["pages"]) / (
        result["cpu_seconds"] / figures["stock"]["pages"]
    )
    shutil.rmtree(stock)
    log(
        f"N={n}: stock Material build of {figures['stock']['pages']} plain pages of {words} words "
        f"{result['seconds']:.1f} s; full/stock per page {figures['full_over_stock']:.2f}"
    )

    if serve:
        figures["edit_to_rebuilt"] = edit_latency(directory, REFERENCE if n == 1 else first_synthetic(directory))
        log(f"N={n}: edit-to-rebuilt under mkdocs serve {figures['edit_to_rebuilt']['seconds']:.2f} s")
    if want_profile:
        figures["profile"] = profile(directory)
        log(f"N={n}: generator profiled ({figures['profile']['total_seconds']} s under cProfile)")
    shutil.rmtree(directory)
    return figures


_TAG = re.compile(r"<[^>]*>")


def average_words(docs: Path) -> int:
    """The average number of words of the site's Markdown pages, generated and hand-written, without their
    HTML tags (generated bodies are HTML: counted with their tags, a link would be two words or more)."""
    counts = [len(_TAG.sub("", path.read_text(encoding="utf-8")).split()) for path in docs.rglob("*.md")]
    return round(sum(counts) / len(counts))


STOCK_CONFIG = """site_name: Stock
theme:
  name: material
  features: [navigation.prune]
plugins: []
"""


def sections(index: int, count: int) -> Path:
    """Where the index-th of `count` folders goes so that no section holds more than NAV_SECTION_LIMIT."""
    levels = 0
    while NAV_SECTION_LIMIT ** (levels + 1) < count:
        levels += 1
    digits = [index // NAV_SECTION_LIMIT ** (level + 1) % NAV_SECTION_LIMIT for level in reversed(range(levels))]
    return Path(*[f"section-{digit:02d}" for digit in digits])


def stock_project(directory: Path, pages: int, words: int) -> Path:
    """A stock Material site (no hooks, no plugins, navigation pruned) of `pages` plain Markdown pages of
    `words` words each, in folders of seven as an explainer's pages are, and those in nested sections of
    at most NAV_SECTION_LIMIT, as the site splits its long sections: what MkDocs and the theme alone cost
    per page, to hold the full build against. (With every folder in one section, each page listed them
    all in its navigation: at 1,000 explainers the stock site took 480 s where the site took 264 s.)"""
    text = next((ROOT / "data" / "sources").glob("*.txt")).read_text(encoding="utf-8").split()  # real words
    body = [text[i % len(text)] for i in range(words)]
    paragraphs = "\n\n".join(" ".join(body[i : i + 100]) for i in range(0, words, 100))
    for number in range(pages):
        part = number // 7
        page = directory / "docs" / sections(part, -(-pages // 7)) / f"part-{part:04d}" / f"page-{number % 7}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# Page {number}\n\n## A section\n\n{paragraphs}\n", encoding="utf-8")
    (directory / "docs" / "index.md").write_text("# Stock\n", encoding="utf-8")
    (directory / "mkdocs.yml").write_text(STOCK_CONFIG, encoding="utf-8")
    return directory


def first_synthetic(directory: Path) -> str:
    return sorted(p.stem for p in (directory / "data" / "explainers").glob("*.yml") if p.stem != REFERENCE)[0]


def kb(value: float) -> str:
    return f"{value / 1000:.1f}"


def table(results: list[dict]) -> str:
    head = [
        "N",
        "pages",
        "gen s (in-proc / wall)",
        "gen share (cpu)",
        "check s",
        "full build s (cpu)",
        "peak RSS MB (Python alone)",
        "ms/page",
        "baseline s (cpu)",
        "full/baseline (cpu)",
        "stock s (cpu)",
        "full/stock per page (cpu)",
        "Pagefind alone s (peak RSS MB)",
        "edit-to-rebuilt s",
        "overview gz KB html/css/js = total",
        "overview raw KB total",
        f"search gz KB ('{SEARCH_QUERY}')",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        b = r["bytes"]
        edit = r.get("edit_to_rebuilt")
        lines.append(
            "| "
            + " | ".join(
                [
                    str(r["n"]),
                    str(r["pages"]),
                    f"{r['generator']['in_process_seconds']:.2f} / {r['generator']['seconds']:.2f}",
                    f"{r['generator_share']:.1%} ({r['generator_share_wall']:.0%} wall; "
                    f"{r['generator_share_cpu']:.1%})",
                    f"{r['check']['seconds']:.2f}",
                    f"{r['full']['seconds']:.1f} ({r['full']['cpu_seconds']:.1f})",
                    f"{r['full']['peak_rss_mb']:.0f} ({r['full']['python_peak_rss_mb']:.0f})",
                    f"{r['ms_per_page']:.1f}",
                    f"{r['baseline']['seconds']:.1f} ({r['baseline']['cpu_seconds']:.1f})",
                    f"{r['full_over_baseline']:.2f} ({r['full_over_baseline_cpu']:.2f})",
                    f"{r['stock']['seconds']:.1f} ({r['stock']['cpu_seconds']:.1f})",
                    f"{r['full_over_stock']:.2f} ({r['full_over_stock_cpu']:.2f})",
                    f"{r['pagefind']['seconds']:.1f} ({r['pagefind']['peak_rss_mb']:.0f})",
                    f"{edit['seconds']:.2f}" if edit else "-",
                    f"{kb(b['html']['gzip'])}/{kb(b['css']['gzip'])}/{kb(b['js']['gzip'])} = {kb(b['total']['gzip'])}",
                    kb(b["total"]["raw"]),
                    f"{kb(b['search']['total']['gzip'])} ({len(b['search']['files'])} files)",
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def profile_table(figures: dict) -> str:
    lines = [
        f"cProfile of `python -m generator build` at N={figures['n']} "
        f"({figures['profile']['total_seconds']} s under the profiler), top by own time:",
        "",
        "| function | calls | own s | cumulative s |",
        "|---|---|---|---|",
    ]
    for row in figures["profile"]["tottime"][:15]:
        lines.append(f"| {row['function']} | {row['calls']} | {row['tottime']} | {row['cumtime']} |")
    lines += ["", "top by cumulative time:", "", "| function | calls | own s | cumulative s |", "|---|---|---|---|"]
    for row in figures["profile"]["cumulative"][:20]:
        lines.append(f"| {row['function']} | {row['calls']} | {row['tottime']} | {row['cumtime']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="1,10,100",
        help="comma-separated numbers of explainers (default 1,10,100; 1000 takes about a quarter of an hour more)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    parser.add_argument("--profile", action="store_true", help="cProfile the generator at the largest N <= 100")
    parser.add_argument("--workdir", type=Path, help="where to write the projects (default: a temporary folder)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    small = [n for n in sizes if n <= 100]
    profile_at = max(small) if small else None
    served = {n for n in sizes if n >= 100} or {max(sizes)}  # edit-to-page at 100 and 1,000, or the largest
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-", dir=args.workdir) as workdir:
        for n in sizes:
            results.append(measure(n, Path(workdir), serve=n in served, want_profile=args.profile and n == profile_at))
            if len(sizes) > 1:
                print(table(results[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    print(
        f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    print()
    print(table(results))
    edits = [r for r in results if r.get("edit_to_rebuilt")]
    for r in edits:
        e = r["edit_to_rebuilt"]
        print(
            f"\nedit-to-rebuilt at N={r['n']}: {e['seconds']:.2f} s from saving the data file to the page "
            f"showing the new word (mkdocs serve logged rebuilds of {e['rebuild_seconds_logged']} s; "
            f"first build before serving {e['first_serve_seconds']:.1f} s; the server's peak RSS "
            f"{e['serve_peak_rss_mb'] or 0:.0f} MB)"
        )
    for r in results:
        if r.get("profile"):
            print()
            print(profile_table(r))
    blob = json.dumps(
        {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()}, "results": results}, indent=2
    )
    print()
    print(blob)
    if args.json:
        args.json.write_text(blob + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
