"""The pipeline, in the order data flows: load -> validate -> link -> render -> write."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import link
from .problems import DataError
from .render import navigation, render_site
from .validate import Dataset, load_dataset
from .write import write_pages


@dataclass
class Result:
    pages: dict[str, str]
    nav: list
    written: list[str]
    deleted: list[str]
    citations: int
    as_of: date | None  # the newest explainer's "as of" date: the site's date, for reproducible builds


@dataclass
class Reuse:
    """What a long-running process keeps between builds, so that an edit rebuilds little."""

    validated: dict = field(default_factory=dict)  # see validate.load_dataset
    rendered: dict = field(default_factory=dict)  # see render.render_site


serve_reuse: Reuse | None = None  # set by the MkDocs hook for `mkdocs serve`, which rebuilds after every edit


def check(root: Path, reuse: Reuse | None = None) -> Dataset:
    """Load, validate and link everything; raise DataError listing every problem."""
    dataset, problems = load_dataset(root, reuse.validated if reuse else None)
    problems += link.check(dataset)
    if problems:
        raise DataError(problems)
    return dataset


def build(root: Path, *, write: bool = True, reuse: Reuse | None = None) -> Result:
    """Check the data, render every page and (unless told not to) write what changed to docs/."""
    dataset = check(root, reuse)
    pages = render_site(dataset, root / "templates", reuse.rendered if reuse else None)
    written, deleted = write_pages(pages, root / "docs") if write else ([], [])
    as_of = max((record.model.as_of.earliest for record in dataset.explainers.values()), default=None)
    return Result(pages, navigation(dataset), written, deleted, count_citations(dataset), as_of)


def count_citations(dataset: Dataset) -> int:
    records = [
        record.model
        for kind in ("organisations", "people", "glossary", "explainers")
        for record in getattr(dataset, kind).values()
    ]
    return sum(1 for record in records for _, value, _ in link.walk(record) if isinstance(value, link.models.Citation))
