"""The pipeline, in the order data flows: load -> validate -> link -> render -> write."""

from __future__ import annotations

from dataclasses import dataclass
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


def check(root: Path) -> Dataset:
    """Load, validate and link everything; raise DataError listing every problem."""
    dataset, problems = load_dataset(root)
    problems += link.check(dataset)
    if problems:
        raise DataError(problems)
    return dataset


def build(root: Path, *, write: bool = True) -> Result:
    """Check the data, render every page and (unless told not to) write what changed to docs/."""
    dataset = check(root)
    pages = render_site(dataset, root / "templates")
    written, deleted = write_pages(pages, root / "docs") if write else ([], [])
    as_of = max((record.model.as_of.earliest for record in dataset.explainers.values()), default=None)
    return Result(pages, navigation(dataset), written, deleted, count_citations(dataset), as_of)


def count_citations(dataset: Dataset) -> int:
    records = [record.model for kind in ("organisations", "people", "glossary", "explainers")
               for record in getattr(dataset, kind).values()]
    return sum(1 for record in records for _, value, _ in link.walk(record) if isinstance(value, link.models.Citation))
