"""Stage 3, link: resolve references between records and verify every citation's quote.

Every file that loaded is checked, valid or not, so a file with a bad date, an unknown person and
a changed quote gets all three problems in one run. Dates are checked in chronology.py.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator

from pydantic import BaseModel

from . import chronology, corroborate, models
from .dataset import Dataset
from .fields import Found, reference_kinds, walk
from .kinds import ENTITIES, EXPLAINERS, Kind
from .load import Document
from .models import indefinite
from .problems import Problem, did_you_mean
from .quotes import closest_passage, normalise

# A file's own problems (references, quotes, ids; an explainer's dates, figures and voices too) and its
# number of citations, by what they depend on: the file, every id it may refer to, every source text
# (see `check`'s `known`) and, for an explainer, the registry's files.
Checked = dict[str, tuple[list[Problem], int]]


def check(dataset: Dataset, reuse: Checked | None = None) -> tuple[list[Problem], int]:
    """Every broken reference, unverified quote and inconsistency across the dataset; and how many
    citations the data holds. `reuse` (kept by `mkdocs serve` between rebuilds) spares checking again
    a file that did not change, as long as no id and no source text changed either."""
    problems: list[Problem] = []
    citations = 0
    texts = {source_id: normalise(text) for source_id, text in dataset.source_texts.items()}
    held: dict[tuple[str, str], bool] = {}

    def holds(source: str, quote: str) -> bool:
        """Whether a source's text holds a quote, worked out once: the quotes' claims ask again."""
        if (source, quote) not in held:
            held[(source, quote)] = normalise(quote) in texts.get(source, "")
        return held[(source, quote)]

    known = {kinds: set().union(*map(dataset.known, kinds)) for kinds in reference_kinds()}
    context = _digest(known, dataset.texts_digest) if reuse is not None else ""
    checked: Checked = {}
    explainers = {record.document.path: record for record in dataset.of(EXPLAINERS).values()}
    registry = dataset.registry_digest if reuse is not None else ""
    for kind, document in dataset.documents():
        explainer = explainers.get(document.path) if kind is EXPLAINERS else None
        key = f"{document.path}:{document.digest}:{context}"
        if explainer is not None:  # its dates, figures and voices are read against the registry's
            key += f":{registry}"
        if reuse is None or key not in reuse:
            values = list(walk(kind.model, document.data))  # walked once, read by each check
            found = _references(document, values, known)
            found += _citations(kind, document, values, dataset, texts, holds)
            found += _unique_ids(document, values)
            if explainer is not None:
                found += chronology.check_explainer(explainer, dataset)
                found += corroborate.check_explainer(explainer, dataset, holds)
                found += _quoted_words(document, explainer.model)
            entry = (found, sum(1 for value in values if value.citation()))
        else:
            entry = reuse[key]
        checked[key] = entry
        problems += entry[0]
        citations += entry[1]
    if reuse is not None:  # only what this build checked: serve runs for hours
        reuse.clear()
        reuse.update(checked)
    problems += _entity_ids(dataset)
    problems += chronology.check(dataset)
    problems += corroborate.check(dataset)
    return problems, citations


def _digest(known: dict[tuple[str, ...], set[str]], texts_digest: str) -> str:
    """Of every id and every source text as written (its paragraphs, not only its words, matter)."""
    digest = hashlib.sha1(texts_digest.encode())
    for kinds, ids in sorted(known.items()):
        digest.update(f"{kinds}:{sorted(ids)}\n".encode())
    return digest.hexdigest()


def _references(document: Document, values: list[Found], known: dict[tuple[str, ...], set[str]]) -> list[Problem]:
    return [
        document.problem(found.where, f"unknown {found.ref.noun} '{found.value}'", did_you_mean(found.value, ids))
        for found in values
        if found.ref and isinstance(found.value, str) and found.value not in (ids := known[found.ref.kinds])
    ]


def _citations(
    kind: Kind[BaseModel],
    document: Document,
    values: list[Found],
    dataset: Dataset,
    texts: dict[str, str],
    holds: Callable[[str, str], bool],
) -> list[Problem]:
    problems = []
    listed = document.data.get("sources") if kind is EXPLAINERS and isinstance(document.data, dict) else None
    unlisted: dict[str, int] = {}
    for found in values:
        if found.model is models.Citation and isinstance(found.value, dict) and found.value.get("review") is True:
            problems.append(
                document.problem(
                    (*found.where, "review"),
                    "this citation was picked by cite --fill and has not been reviewed",
                    "read the quote against the claim: if it supports it, delete 'review: true'; if not, replace it",
                )
            )
        citation = found.citation()
        if citation is None or citation[0] not in texts or citation[1].strip().startswith(models.PLACEHOLDER):
            continue  # an unknown source is reported as a reference, a placeholder as one
        source, quote = citation
        if isinstance(listed, list) and source not in listed:
            unlisted[source] = unlisted.get(source, 0) + 1
        if not holds(source, quote):
            passage = closest_passage(quote, dataset.source_texts[source])
            problems.append(
                document.problem(
                    (*found.where, "quote"),
                    f"quote not found in source '{source}'",
                    f'copy the words exactly; the closest passage is: "{passage}"',
                )
            )
        elif not any(normalise(quote) in paragraph for paragraph in _paragraphs(dataset.source_texts[source])):
            problems.append(
                document.problem(
                    (*found.where, "quote"),
                    f"this quote runs from one paragraph of source '{source}' into the next",
                    "quote one passage: cite each paragraph's words separately",
                )
            )
    for source_id, count in unlisted.items():
        problems.append(
            document.problem(
                ("sources",),
                f"source '{source_id}' is cited {count} time{'s' if count > 1 else ''} "
                "but is not among this explainer's sources",
                f"add '{source_id}' to 'sources'",
            )
        )
    return problems


@functools.lru_cache(maxsize=64)
def _paragraphs(text: str) -> list[str]:
    """A stored source text's paragraphs (one a line), as quotes are compared."""
    return [normalise(line) for line in text.splitlines()]


def _unique_ids(document: Document, values: list[Found]) -> list[Problem]:
    problems = []
    for found in values:
        if not isinstance(found.value, list):
            continue
        seen: dict[str, int] = {}
        for index, item in _with_ids(found.value):
            if item in seen:
                line = document.locate((*found.where, seen[item], "id"))[0]
                problems.append(
                    document.problem(
                        (*found.where, index, "id"),
                        f"id '{item}' is used twice in '{found.where[-1]}'",
                        f"it was first used on line {line}; give each one its own id",
                    )
                )
            seen.setdefault(item, index)
    return problems


def _with_ids(items: list[object]) -> Iterator[tuple[int, str]]:
    for index, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            yield index, item["id"]


def _entity_ids(dataset: Dataset) -> list[Problem]:
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


def _quoted_words(document: Document, explainer: models.Explainer) -> list[Problem]:
    """A quotation's words stand inside one of the passages it cites."""
    problems = []
    for index, quote in enumerate(explainer.quotes):
        words = normalise(quote.words).rstrip(".,;:")  # a quotation may end its own sentence
        if not any(words in normalise(cite.quote) for cite in quote.cite):
            problems.append(
                document.problem(
                    ("quotes", index, "words"),
                    "these words are not inside any passage this quote cites",
                    "cite the passage that contains the words, with the speaker's name",
                )
            )
    return problems
