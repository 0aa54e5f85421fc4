"""Every data file, loaded and validated: the records that the later stages read."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from pydantic import BaseModel, ValidationError

from . import models
from .kinds import ENTITIES, EXPLAINERS, KINDS, REGISTRY, SOURCES, Kind
from .load import MAX_TEXT_BYTES, Document, decode_text, load_file, read_data
from .problems import DataError, Problem
from .validate import located_problems, slugify

M = TypeVar("M", bound=BaseModel)
SITE_FILE = "site.yml"  # under data/: the site's name, publisher and repository (optional)


@dataclass(frozen=True)
class Record(Generic[M]):
    id: str
    model: M
    document: Document


# What a long-running process keeps between loads: each file's bytes and the record made of them.
Validated = dict[tuple[Path, type], tuple[bytes, Record[Any]]]


@dataclass
class Dataset:
    """Everything under data/ that loaded and validated, by kind and id."""

    records: dict[str, dict[str, Record[Any]]] = field(default_factory=lambda: {kind.folder: {} for kind in KINDS})
    source_texts: dict[str, str] = field(default_factory=dict)
    site: models.Site = field(default_factory=lambda: models.Site())  # data/site.yml, or the defaults without it
    citations: int = 0  # how many the data holds, counted as link.check verifies them
    # Files that exist but failed, by kind and id: references to them are not reported again, and
    # the values of those that loaded are still checked for references and quotes.
    failed: dict[str, dict[str, Document | None]] = field(default_factory=lambda: {kind.folder: {} for kind in KINDS})

    @functools.cached_property
    def texts_digest(self) -> str:
        """Of every stored source text as written: what quotes are checked against and footnotes quote.
        Worked out once a build (after loading), for the caches `mkdocs serve` keeps between rebuilds."""
        digest = hashlib.sha1()
        for source_id, text in sorted(self.source_texts.items()):
            digest.update(f"{source_id}\0{text}\0".encode())
        return digest.hexdigest()

    @functools.cached_property
    def registry_digest(self) -> str:
        """Of every file an explainer's pages and checks may draw on besides its own: sources and their
        texts (a footnote quotes a passage as the text writes it), people, organisations, terms, and
        data/site.yml (the publisher, the repository to edit in, the name on the share card)."""
        digest = hashlib.sha1(f"{self.texts_digest}\n{self.site.model_dump_json()}".encode())
        for kind in (SOURCES, *REGISTRY):
            for record_id, record in self.of(kind).items():
                digest.update(f"{kind.folder}/{record_id}:{record.document.digest}\n".encode())
        return digest.hexdigest()

    def of(self, kind: Kind[M]) -> dict[str, Record[M]]:
        return cast("dict[str, Record[M]]", self.records[kind.folder])  # a string: no type built at each call

    def get(self, kind: Kind[M], record_id: str) -> M:
        """The model of one record, by its kind and id."""
        return self.of(kind)[record_id].model

    def find(self, kind: Kind[M], record_id: str) -> M | None:
        """The model of a record that may not exist (where a reference is still to be checked)."""
        record = self.of(kind).get(record_id)
        return record.model if record else None

    def newest_first(self) -> list[tuple[str, Record[models.Explainer]]]:
        """The explainers, the most recently published or updated first (by slug where two share a
        date): an explainer of a 2019 event published today is news today; its event's date is not."""
        return sorted(
            self.of(EXPLAINERS).items(), key=lambda item: (last_published(item[1].model), item[0]), reverse=True
        )

    def known(self, folder: str) -> set[str]:
        return set(self.records[folder]) | set(self.failed[folder])

    def documents(self) -> Iterator[tuple[Kind[BaseModel], Document]]:
        """Every data file that loaded, valid or not, with its kind."""
        for kind in KINDS:
            for record in self.records[kind.folder].values():
                yield kind, record.document
            for document in self.failed[kind.folder].values():
                if document is not None:
                    yield kind, document

    def entity_kind(self, entity_id: str) -> Kind[models.Entity]:
        """Whether an id refers to a person or an organisation (link.py checks it is one of them)."""
        return next(kind for kind in ENTITIES if entity_id in self.records[kind.folder])

    def entity(self, entity_id: str) -> models.Entity:
        return self.of(self.entity_kind(entity_id))[entity_id].model


def load_dataset(root: Path, reuse: Validated | None = None) -> tuple[Dataset, list[Problem]]:
    """Load and validate every data file; return what is valid and every problem found.

    `reuse` (kept by the caller between builds) holds the records of files already validated: a
    file whose bytes did not change is not parsed again. Records are never changed once made.
    """
    dataset = Dataset()
    problems: list[Problem] = []
    data = root / "data"
    if not data.is_dir():
        raise DataError(
            [Problem("data", 1, 1, "the data folder is missing", "run the command from the project's top folder")]
        )
    for kind in KINDS:
        folder = data / kind.folder
        if folder.is_symlink():
            hint = "replace it with the folder itself"
            problems.append(Problem(folder.relative_to(root).as_posix(), 1, 1, "is a link, not a folder", hint))
            continue
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            shown = path.relative_to(root).as_posix()
            if path.suffix == ".yaml":
                problems.append(Problem(shown, 1, 1, "data files end in .yml", f"rename it to {path.stem}.yml"))
                continue
            if path.suffix != ".yml" or path.name.startswith("."):
                continue
            if not re.fullmatch(models.ID_PATTERN, path.stem):
                hint = f"use lower-case words joined by hyphens, e.g. '{slugify(path.stem)}.yml'"
                problems.append(Problem(shown, 1, 1, f"'{path.stem}' is not a valid file name", hint))
                continue
            try:
                dataset.records[kind.folder][path.stem] = _validated(path, root, kind.model, reuse)
            except Invalid as error:
                problems.extend(error.problems)
                dataset.failed[kind.folder][path.stem] = error.document
    problems.extend(_load_source_texts(dataset, root))
    site = data / SITE_FILE
    if site.is_file():
        try:
            dataset.site = _validated(site, root, models.Site, reuse).model
        except Invalid as error:
            problems.extend(error.problems)
    return dataset, problems


class Invalid(DataError):
    """A file that did not validate, and its values as loaded (None if it did not even load)."""

    def __init__(self, problems: list[Problem], document: Document | None):
        super().__init__(problems)
        self.document = document


def _validated(path: Path, root: Path, model: type[BaseModel], reuse: Validated | None) -> Record[Any]:
    """The file's record; raise Invalid with its located problems."""
    key = (path, model)  # the cache is checked against the file's bytes: no need to resolve links (0.3 s at 1,000)
    try:
        raw = read_data(path, path.relative_to(root).as_posix()) if reuse is not None else b""
        if reuse is not None and key in reuse and reuse[key][0] == raw:
            return reuse[key][1]
        document = load_file(path, root)
    except DataError as error:
        raise Invalid(error.problems, None) from None
    try:
        record = Record(path.stem, model.model_validate(document.data), document)
    except ValidationError as error:
        raise Invalid(located_problems(error, document, model), document) from None
    if reuse is not None:
        reuse[key] = (raw, record)
    return record


def _load_source_texts(dataset: Dataset, root: Path) -> list[Problem]:
    problems = []
    for source_id, record in dataset.of(SOURCES).items():
        text_path = root / "data" / SOURCES.folder / f"{source_id}.txt"
        shown = text_path.relative_to(root).as_posix()
        if not text_path.exists() and not text_path.is_symlink():
            problems.append(
                record.document.problem(
                    (),
                    f"the stored text of source '{source_id}' is missing",
                    f"save the article's text as data/sources/{source_id}.txt",
                )
            )
            continue
        try:
            dataset.source_texts[source_id] = decode_text(read_data(text_path, shown, MAX_TEXT_BYTES), shown)
        except DataError as error:
            problems.extend(error.problems)
    return problems


def last_published(explainer: models.Explainer) -> date:
    """The day an explainer last told readers something new: its publication, or its newest update or
    correction (a change of presentation tells nothing new)."""
    return max(change.earliest for change in [explainer.published, *(update.date for update in explainer.news)])
