"""The search index: Pagefind reads what each page marks data-pagefind-body (overrides/base.html: its
article), and `mkdocs build` gives it that article alone, with the page's head and without the largest
blocks it leaves out.

Pagefind parses every page whole, to find the element it indexes: the menu, header and footer around
the article were about half of each page's bytes and a third of Pagefind's time (at 100 explainers,
0.6 of its 1.9 CPU seconds), and the blocks it leaves out a third of what remained. As each
page is rendered, what Pagefind reads of it is written, under the page's own path, to a folder Pagefind
indexes instead of the site: the index it writes is the same, byte for byte (tests/test_build.py
compares the two).
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import Abort

# The tag of the element Pagefind indexes: an attribute of a tag, never the words of a title or a value
# ("The data-pagefind-body attribute" as an explainer's title took its pages out of the index).
_INDEXED = re.compile(
    r"<([a-zA-Z][\w-]*)(?:\s+[\w:.-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?)*?\s+data-pagefind-body[\s/>=]"
)
# Made inside the site's folder, which the next build cleans if this one is killed before it removes it
FOLDER = "explainer-search-pages"
# Left out of the search index: permalinks, the explainer's name above each page, the footnotes, the
# Sources pages' quoted passages and the profile pages' lists of appearances. Each repeats words
# an explainer's own pages say (the claims the quotes support, the roles and quotations); at 1,000
# explainers the last two took Pagefind from 764 MB to 1.24 GB.
EXCLUDED = ".headerlink, .footnote, .explainer-name, .quoted-passages, .appearances"
# Of those, the blocks left out before Pagefind reads a page: the footnotes (Python-Markdown's), the Sources
# pages' quoted passages and the profiles' appearances, a third of what it parsed.
_LEFT_OUT = tuple(f'<div class="{name}">' for name in ("footnote", "quoted-passages", "appearances"))
UNUSED = ("pagefind-ui", "pagefind-component-ui", "pagefind-modular-ui", "pagefind-highlight")


def command(site: Path, output: Path | None = None) -> list[str]:
    """Pagefind indexing the pages of `site` into `output` (the site's own pagefind/ unless told)."""
    where = ["--output-path", str(output)] if output else []
    return [sys.executable, "-m", "pagefind", "--site", str(site), *where, "--exclude-selectors", EXCLUDED, "--silent"]


def indexed_part(html: str) -> str | None:
    """The page as Pagefind reads it: its head and the element it indexes, without the blocks it leaves
    out anyway (_LEFT_OUT); None where no element is marked."""
    body = html.find("<body")
    marked = _marked(html, body) if body >= 0 else None
    if marked is None:
        return None
    start = marked.start()
    end = element_end(html, start, marked.group(1))
    if end is None:
        return None
    indexed = html[start:end]
    for opening in _LEFT_OUT:
        indexed = _without(indexed, opening)
    return f"{html[:body]}<body>{indexed}</body></html>\n"


def _marked(html: str, body: int) -> re.Match[str] | None:
    """The tag that carries the attribute, in the body: each place the attribute's name is written, read
    from the tag it stands in (a scan of every tag of the page took most of the time this function takes)."""
    at = body
    while (at := html.find("data-pagefind-body", at)) >= 0:
        if marked := _INDEXED.match(html, html.rfind("<", body, at)):
            return marked
        at += 1
    return None


def _without(html: str, opening: str) -> str:
    """The HTML without each div that opens with `opening`."""
    kept, at = [], 0
    while (start := html.find(opening, at)) >= 0 and (end := element_end(html, start, "div")) is not None:
        kept.append(html[at:start])
        at = end
    kept.append(html[at:])
    return "".join(kept)


def element_end(html: str, start: int, tag: str) -> int | None:
    """Where the element opening at `start` closes (after its end tag); None if it does not. Only the tags
    of its name are read: the others cannot close it."""
    depth = 0
    for found in _tags_named(tag).finditer(html, start):
        if found.group().endswith("/>"):  # "<div/>" opens and closes nothing
            continue
        depth += -1 if found.group(1) else 1
        if depth == 0:
            return found.end()
    return None


@functools.cache
def _tags_named(tag: str) -> re.Pattern[str]:
    """The start and end tags of that name, in any case, whose quoted values may hold a ">"."""
    return re.compile(rf"<(/?){re.escape(tag)}\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>", re.IGNORECASE)


class Pages:
    """Where the pages' indexed parts are written as they are rendered, then indexed into the site: a
    folder of the site's own, left out of it once Pagefind has read it."""

    def __init__(self, site: Path) -> None:
        self.folder = site / FOLDER
        shutil.rmtree(self.folder, ignore_errors=True)

    def add(self, path: str, html: str) -> None:
        part = indexed_part(html)
        if part is not None:
            target = self.folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(part, encoding="utf-8")

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def index(site: Path, pages: Pages | None) -> None:
    """Pagefind's index of the site in site/pagefind/, from the pages' indexed parts where they were
    kept (otherwise from the site itself)."""
    try:
        source = pages.folder if pages else site
        result = subprocess.run(command(source, site / "pagefind"), capture_output=True, text=True)
    finally:
        if pages:
            pages.discard()
    if result.returncode != 0:
        raise Abort(f"Pagefind could not index the site:\n{result.stdout}{result.stderr}")
    # Pagefind also writes ready-made interfaces; the site has its own (assets/search.js).
    for unused in UNUSED:
        for path in (site / "pagefind").glob(f"{unused}.*"):
            path.unlink()
