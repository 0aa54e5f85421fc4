"""Stage 3, link: resolve references between records and verify every citation's quote."""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
import typing
from collections.abc import Iterator
from datetime import date
from typing import Any

from pydantic import BaseModel

from . import models
from .dataset import Dataset, Record
from .kinds import ENTITIES, EXPLAINERS, KINDS
from .load import DataPath
from .models import indefinite
from .problems import Problem, did_you_mean

_TYPOGRAPHIC = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u00a0": " "}
)


@functools.lru_cache(maxsize=1 << 16)  # quotes recur: every page citing a record repeats its citations
def normalise(text: str) -> str:
    """Text as quotes are compared: typographic quotes made plain, whitespace collapsed."""
    return " ".join(text.translate(_TYPOGRAPHIC).split())


def anchor(citation: models.Citation) -> str:
    """A stable anchor for a cited passage: the same words in the same source, the same id."""
    digest = hashlib.sha1(f"{citation.source}\n{normalise(citation.quote)}".encode()).hexdigest()
    return f"q-{digest[:8]}"


Walked = tuple[DataPath, Any, models.Ref | None]


def walk(value: BaseModel, where: DataPath = ()) -> Iterator[Walked]:
    """Every value inside a model: (data path, value, the Ref marker if it refers to other records)."""
    for name, ref, element_ref in _fields(type(value)):
        item = getattr(value, name)
        yield (*where, name), item, ref
        if isinstance(item, list):
            for index, element in enumerate(item):
                yield (*where, name, index), element, element_ref
                if isinstance(element, BaseModel):
                    yield from walk(element, (*where, name, index))
        elif isinstance(item, BaseModel):
            yield from walk(item, (*where, name))


FieldRefs = tuple[tuple[str, models.Ref | None, models.Ref | None], ...]
_FIELDS: dict[type[BaseModel], FieldRefs] = {}


def _fields(model: type[BaseModel]) -> FieldRefs:
    """Each field of a model class with the Ref of its value and of its elements, worked out once."""
    if model not in _FIELDS:
        _FIELDS[model] = _field_refs(model)
    return _FIELDS[model]


def _field_refs(model: type[BaseModel]) -> FieldRefs:
    # pydantic moves a field's own Annotated metadata (such as Ref) out of its annotation
    return tuple(
        (
            name,
            _reference_of(typing.Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation),
            _reference_of(_element_annotation(info.annotation)),
        )
        for name, info in model.model_fields.items()
    )


def _element_annotation(annotation: Any) -> Any:
    for arg in typing.get_args(annotation):
        if typing.get_origin(arg) is list or arg is list:
            return _element_annotation(arg)
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    return None


def _reference_of(annotation: Any) -> models.Ref | None:
    """The Ref marker of an id field's annotation, if it refers to other records."""
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, models.Ref):
            return meta
    if typing.get_origin(annotation) is list:
        return None  # the list's elements are checked one by one
    for arg in typing.get_args(annotation):
        found = _reference_of(arg)
        if found:
            return found
    return None


def check(dataset: Dataset) -> list[Problem]:
    """Every broken reference, unverified quote and inconsistency across the dataset."""
    problems: list[Problem] = []
    texts = {source_id: normalise(text) for source_id, text in dataset.source_texts.items()}
    known = {kinds: set().union(*map(dataset.known, kinds)) for kinds in _reference_kinds()}
    for kind in KINDS:
        for record in dataset.records[kind.folder].values():
            values = list(walk(record.model))  # walked once, read by each check
            problems += _check_references(record, values, known)
            problems += _check_citations(record, values, dataset, texts)
            problems += _check_unique_ids(record, values)
    problems += _check_entity_ids(dataset)
    for record in dataset.of(EXPLAINERS).values():
        problems += _check_explainer(record)
    return problems


def _check_entity_ids(dataset: Dataset) -> list[Problem]:
    """People and organisations share one namespace: a reference to a party may name either."""
    first, second = ENTITIES
    return [
        record.document.problem(
            (),
            f"'{entity_id}' is both {indefinite(first.noun)} and {indefinite(second.noun)}",
            f"rename one of data/{first.folder}/{entity_id}.yml and data/{second.folder}/{entity_id}.yml",
        )
        for entity_id, record in dataset.of(first).items()
        if entity_id in dataset.records[second.folder]
    ]


def _reference_kinds() -> set[tuple[str, ...]]:
    """Every combination of kinds that a reference field may point to."""
    return {
        ref.kinds
        for model in vars(models).values()
        if isinstance(model, type) and issubclass(model, BaseModel)
        for _, *refs in _fields(model)
        for ref in refs
        if ref
    }


def _check_references(
    record: Record[Any], values: list[Walked], known: dict[tuple[str, ...], set[str]]
) -> list[Problem]:
    problems = []
    for where, value, ref in values:
        if ref is None or not isinstance(value, str):
            continue
        if value not in known[ref.kinds]:
            problems.append(
                record.document.problem(where, f"unknown {ref.noun} '{value}'", did_you_mean(value, known[ref.kinds]))
            )
    return problems


def _check_citations(
    record: Record[Any], values: list[Walked], dataset: Dataset, texts: dict[str, str]
) -> list[Problem]:
    problems = []
    listed = set(record.model.sources) if isinstance(record.model, models.Explainer) else None
    unlisted: dict[str, int] = {}
    for where, value, _ in values:
        if not isinstance(value, models.Citation) or value.source not in texts:
            continue  # an unknown source is reported as a reference
        if listed is not None and value.source not in listed:
            unlisted[value.source] = unlisted.get(value.source, 0) + 1
        if normalise(value.quote) not in texts[value.source]:
            passage = closest_passage(value.quote, dataset.source_texts[value.source])
            problems.append(
                record.document.problem(
                    (*where, "quote"),
                    f"quote not found in source '{value.source}'",
                    f'copy the words exactly; the closest passage is: "{passage}"',
                )
            )
    for source_id, count in unlisted.items():
        problems.append(
            record.document.problem(
                ("sources",),
                f"source '{source_id}' is cited {count} time{'s' if count > 1 else ''} "
                "but is not among this explainer's sources",
                f"add '{source_id}' to 'sources'",
            )
        )
    return problems


def closest_passage(quote: str, text: str, width: int = 160) -> str:
    """The sentence of `text` that shares most words with `quote`, trimmed around them."""
    wanted = normalise(quote)
    sentences = re.split(r"(?<=[.!?\"])\s+", normalise(text))

    def shared(sentence: str) -> int:
        matcher = difflib.SequenceMatcher(None, wanted, sentence, autojunk=False)
        return sum(block.size for block in matcher.get_matching_blocks() if block.size >= 3)

    best = max(sentences, key=shared)
    if len(best) <= width:
        return best
    matcher = difflib.SequenceMatcher(None, best, wanted, autojunk=False)
    match = matcher.find_longest_match(0, len(best), 0, len(wanted))
    start = max(0, min(match.a - match.b, len(best) - width))
    return ("..." if start else "") + best[start : start + width].strip() + "..."


def _check_unique_ids(record: Record[Any], values: list[Walked]) -> list[Problem]:
    problems = []
    for where, value, _ in values:
        if not isinstance(value, list) or not value or not isinstance(value[0], BaseModel):
            continue
        if "id" not in type(value[0]).model_fields:
            continue
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            if item.id in seen:
                line = record.document.locate((*where, seen[item.id], "id"))[0]
                problems.append(
                    record.document.problem(
                        (*where, index, "id"),
                        f"id '{item.id}' is used twice in '{where[-1]}'",
                        f"it was first used on line {line}; give each one its own id",
                    )
                )
            seen.setdefault(item.id, index)
    return problems


def _check_explainer(record: Record[models.Explainer]) -> list[Problem]:
    problems = []
    timeline = record.model.timeline
    for index in range(1, len(timeline)):
        before, event = timeline[index - 1], timeline[index]
        if _latest(event) < _earliest(before):
            problems.append(
                record.document.problem(
                    ("timeline", index, "date"),
                    f"this event ({event.date.iso}) is dated before the one above it ({before.date.iso})",
                    "timeline events are listed in date order; move it up",
                )
            )
    for index, quote in enumerate(record.model.quotes):
        words = normalise(quote.words).rstrip(".,;:")  # a quotation may end its own sentence
        if not any(words in normalise(cite.quote) for cite in quote.cite):
            problems.append(
                record.document.problem(
                    ("quotes", index, "words"),
                    "these words are not inside any passage this quote cites",
                    "cite the passage that contains the words, with the speaker's name",
                )
            )
    return problems


def _earliest(event: models.TimelineEvent) -> date:
    return event.date.earliest if event.date_qualifier == "on" else date.min


def _latest(event: models.TimelineEvent) -> date:
    return event.date.latest
