"""The pipeline, in the order data flows: load -> validate -> link -> render -> write."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import link, models
from .dataset import Dataset, Validated, load_dataset
from .kinds import EXPLAINERS
from .pages import ON_DISK, PREVIEWS
from .problems import DataError, Problem
from .render import Pages, Rendered, render_site
from .render.navigation import NavItem, navigation
from .render.preview import previews
from .write import write_pages


@dataclass
class Result:
    pages: Pages
    nav: list[NavItem]
    written: list[str]
    deleted: list[str]
    citations: int
    as_of: date | None  # the newest explainer's "as of" date: the site's date, for reproducible builds
    site: models.Site


@dataclass
class Reuse:
    """What a long-running process (`mkdocs serve`) keeps between builds, so that an edit rebuilds little."""

    validated: Validated = field(default_factory=dict)
    rendered: dict[str, Rendered] = field(default_factory=dict)  # each page ON_DISK once written to docs/
    written: set[str] = field(default_factory=set)  # the pages last written to docs/
    checked: link.Checked = field(default_factory=dict)

    def forget_missing(self, docs: Path) -> None:
        """Forget what made a page that is no longer in docs/ (an editor deleted it): it is made again."""
        for key, made in list(self.rendered.items()):
            if any(page is ON_DISK and not os.path.isfile(docs / path) for path, page in made.pages.items()):
                del self.rendered[key]

    def forget_contents(self) -> None:
        """Once written to docs/, each page kept only as ON_DISK."""
        for made in self.rendered.values():
            for path in made.pages:
                made.pages[path] = ON_DISK


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector: a build makes millions of objects that live until it ends,
    and the collector would walk them all again and again (a fifth of the build's time at 1,000 explainers).
    Reference counting still frees what is dropped; the collector runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def check(root: Path, reuse: Reuse | None = None) -> Dataset:
    """Load, validate and link everything; raise DataError listing every problem."""
    with _no_cyclic_gc():
        dataset, problems = load_dataset(root, reuse.validated if reuse else None)
        linked, dataset.citations = link.check(dataset, reuse.checked if reuse else None)
        problems += linked
        if reuse is not None:  # forget files deleted, renamed or no longer valid: serve runs for hours
            live = {id(record) for records in dataset.records.values() for record in records.values()}
            for key in [key for key, (_, record) in reuse.validated.items() if id(record) not in live]:
                del reuse.validated[key]
    if problems:
        raise DataError(problems)
    return dataset


def build(
    root: Path,
    *,
    write: bool = True,
    reuse: Reuse | None = None,
    site_url: str | None = None,
    with_previews: bool = False,
    fork: bool = True,
) -> Result:
    """Check the data, render every page and (unless told not to) write what changed to docs/.

    `site_url`, the address the site is served at, is what the Atom feed needs: without it, no feed.
    `with_previews` (for `mkdocs serve` only) adds a preview page of each draft. `fork` False renders
    in this process only (see render_site)."""
    with _no_cyclic_gc():
        dataset = check(root, reuse)
        if reuse is not None and write:
            reuse.forget_missing(root / "docs")
        pages = render_site(dataset, root / "templates", reuse.rendered if reuse else None, site_url, fork)
        nav = navigation(dataset)
        if with_previews:
            preview_pages, preview_nav = previews(root)
            pages.update(preview_pages)
            nav += preview_nav
        written: list[str] = []
        deleted: list[str] = []
        if write:
            written, deleted = write_pages(pages, root / "docs", previous=reuse.written if reuse else None)
            if reuse is not None:
                reuse.written = set(pages)
                reuse.forget_contents()
        as_of = max((record.model.as_of.earliest for record in dataset.of(EXPLAINERS).values()), default=None)
        return Result(pages, nav, written, deleted, dataset.citations, as_of, dataset.site)


def write_previews(root: Path, problems: list[Problem], reuse: Reuse | None = None) -> list[NavItem]:
    """Under `mkdocs serve`, when the data has problems: the previews and a page of the problems,
    written beside the last good build's pages (which stay as they were); their navigation."""
    pages, nav = previews(root, problems)
    write_pages(pages, root / "docs", owned=(PREVIEWS,))
    if reuse is not None:
        reuse.written = set()  # docs/ no longer holds what the last build wrote: the next one walks it again
    return nav
