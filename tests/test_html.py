"""Every built HTML page is valid HTML (the Nu Html Checker) and none of its internal links or anchors
is broken (our own checker)."""

from __future__ import annotations

import json
import posixpath
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.site import ROOT

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"


def report(config: pytest.Config, lines: list[str]) -> None:
    """Print `lines` in pytest's terminal summary, at the end of the run, passing or not, with or
    without -s (a plugin registered now gets the summary hook like one in conftest.py). A pytest-xdist
    worker prints nothing of its own: it hands the lines to the controller (conftest.py)."""
    if hasattr(config, "workeroutput"):
        config.workeroutput.setdefault("summary", []).extend(lines)
        return

    class Summary:
        @staticmethod
        def pytest_terminal_summary(terminalreporter) -> None:
            for line in lines:
                terminalreporter.write_line(line)

    config.pluginmanager.register(Summary(), name=f"summary-{id(lines)}")


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_is_valid_html(built_project, request):
    site = built_project / "site"
    pages = html_files(site)
    assert site / "404.html" in pages and site / "index.html" in pages
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{unquote(urlsplit(m.get('url', '')).path).removeprefix(str(site) + '/')}:{m.get('lastLine', '?')}: "
        f"{m['type']}: {m['message']}"
        for m in messages
        if m["type"] != "info"
    ]
    report(request.config, [f"Nu Html Checker: {len(pages)} pages checked, {len(errors)} errors"])
    assert errors == [], "\n".join(errors)


class Links(HTMLParser):
    """The URLs an HTML page refers to (href and src), and the anchors it defines (id, a name)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.anchors: set[str] = set()
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src"):
                self.urls.append(value.strip())
            elif name == "id" or (name == "name" and tag == "a"):
                self.anchors.add(value)

    handle_startendtag = handle_starttag


def site_url(project: Path) -> str:
    """The address the site is built for (mkdocs.yml's site_url), to tell its own absolute links."""
    from mkdocs.config import load_config

    return load_config(config_file=str(project / "mkdocs.yml")).site_url or "http://localhost/"


def targets(site: Path, base: str) -> Iterator[tuple[Path, str, str | None]]:
    """Every internal URL of every page: (page, URL as written, target file or None if outside)."""
    root = urlsplit(base)
    for page in html_files(site):
        page_url = urljoin(base, page.relative_to(site).as_posix())
        for url in Links(page.read_text(encoding="utf-8")).urls:
            parts = urlsplit(urljoin(page_url, url))
            if (
                parts.scheme not in ("http", "https")
                or parts.netloc != root.netloc
                or not parts.path.startswith(root.path)
            ):
                continue  # another host, mailto:, data: ...
            yield page, url, unquote(parts.path[len(root.path) :])


def resolve(site: Path, path: str) -> Path | None:
    """The file a URL path within the site is served from: directory URLs mean index.html."""
    relative = posixpath.normpath("/" + path).lstrip("/")
    target = site / relative if relative not in ("", ".") else site
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def test_no_internal_link_or_anchor_is_broken(built_project, request):
    site = built_project / "site"
    base = site_url(built_project)
    anchors: dict[Path, set[str]] = {}
    broken: list[str] = []
    links = fragments = 0
    for page, url, path in targets(site, base):
        where = f"{page.relative_to(site)}: {url}"
        links += 1
        target = resolve(site, path)
        if target is None:
            broken.append(f"{where} (no file for /{path})")
            continue
        fragment = unquote(urlsplit(url).fragment).partition(":~:")[0]  # without a text fragment
        if not fragment:  # the top of the page
            continue
        fragments += 1
        if target.suffix != ".html":
            broken.append(f"{where} (an anchor in {target.relative_to(site)}, which is not a page)")
            continue
        if target not in anchors:
            anchors[target] = Links(target.read_text(encoding="utf-8")).anchors
        if fragment not in anchors[target]:
            broken.append(f"{where} (no id or name {fragment!r} in {target.relative_to(site)})")
    report(
        request.config,
        [
            f"Internal links: {links} links and {fragments} anchors checked "
            f"in {len(html_files(site))} pages, {len(broken)} broken"
        ],
    )
    assert links and fragments
    assert broken == [], "\n".join(broken)
