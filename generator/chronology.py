"""Time in the collection: when a statement became known and as of when it holds, what an explainer
of a given date may show, and the checks that keep the dates of the data consistent.

An explainer "as of" 28 May 2019 shows only what its sources had published by then: a statement
is known from the publication of the newest source it cites (the editors' own words from their
`as_of` date, or at any date if they give none), and an explainer shows, of each record, the
newest statement known on its date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from . import models
from .dataset import Dataset, Record
from .kinds import GLOSSARY, REGISTRY, SOURCES
from .models import DecadePart, PartialDate, Precision, Statement
from .problems import Problem


def known_from(statement: Statement, dataset: Dataset) -> PartialDate | None:
    """When the statement became known: its newest source's publication; None for timeless words."""
    if statement.editorial:
        return statement.as_of
    sources = [source for cite in statement.cite if (source := dataset.find(SOURCES, cite.source))]
    return max((source.published for source in sources), key=_span) if sources else None


def holds_from(statement: Statement, dataset: Dataset) -> PartialDate | None:
    """The date the statement holds as of: its own, or the day it became known."""
    return statement.as_of or known_from(statement, dataset)


def visible(statement: Statement, dataset: Dataset, on: PartialDate) -> bool:
    """Whether an explainer dated `on` may show the statement: it was known by then."""
    known = known_from(statement, dataset)
    return known is None or known.latest <= on.latest


def known_on(statements: Sequence[Statement], dataset: Dataset, on: PartialDate) -> list[Statement]:
    """The statements an explainer dated `on` may show, oldest first."""
    return [statement for statement in statements if visible(statement, dataset, on)]


def current(statements: Sequence[Statement], dataset: Dataset, on: PartialDate) -> Statement | None:
    """The newest statement known on a date (statements are listed oldest first)."""
    shown = known_on(statements, dataset, on)
    return shown[-1] if shown else None


def newest(statements: Sequence[Statement]) -> Statement:
    return statements[-1]


def _span(when: PartialDate | None) -> tuple[date, date]:
    return (when.earliest, when.latest) if when else (date.min, date.min)


_DECADE_WORDS = re.compile(r"(?:\b(early|mid|late)[\s-]+)?(?<!\d)(\d{3}0)'?s\b", re.IGNORECASE)


def quoted_years(cites: list[models.Citation]) -> set[int]:
    return {int(year) for cite in cites for year in re.findall(r"(?<!\d)(\d{4})(?!\d)(?!s\b)", cite.quote)}


def quoted_decades(cites: list[models.Citation]) -> set[PartialDate]:
    """The decades the quotes name, with their part: "the 1990s", "the mid-1990s", "in the early 2000s"."""
    return {
        PartialDate(int(year), decade=DecadePart((part or "whole").lower()))
        for cite in cites
        for part, year in _DECADE_WORDS.findall(cite.quote)
        if int(year) >= 10  # "0000s": year 0 does not exist
    }


def stated(when: PartialDate, cites: list[models.Citation]) -> bool:
    """Whether the quotes state the date: its year; for a decade, its words ("mid-1990s"), or a part
    of it or a year within it (a quote of "1993" gives the early 1990s)."""
    if when.precision is not Precision.decade:
        return when.year in quoted_years(cites)
    quoted = [*quoted_decades(cites), *(PartialDate(year) for year in quoted_years(cites))]
    return any(when.earliest <= said.earliest and said.latest <= when.latest for said in quoted)


def dated_by(dataset: Dataset, when: models.PartialDate, cites: list[models.Citation]) -> models.Source | None:
    """The cited article whose own date gives a date's year, where no quote states it ("on Friday",
    "in May"): a standard reason, which pages give quietly, in a note. An article's date gives no decade."""
    if when.inferred or when.precision is Precision.decade or stated(when, cites):
        return None
    sources = [source for cite in cites if (source := dataset.find(SOURCES, cite.source))]
    return next((source for source in sources if source.published.year == when.year), None)


def check(dataset: Dataset) -> list[Problem]:
    """Every date of the registry's statements that contradicts another or its sources (an explainer's
    own dates: `check_explainer`)."""
    problems: list[Problem] = []
    for kind in REGISTRY:
        for described in dataset.of(kind).values():
            problems += _statements(described, dataset)
    return problems


def _statements(record: Record[models.Entity | models.Term], dataset: Dataset) -> list[Problem]:
    problems = []
    field, statements = record.model.STATEMENTS, record.model.statements
    for index, statement in enumerate(statements):
        known = known_from(statement, dataset)
        if statement.as_of and known and not statement.editorial and statement.as_of.earliest > known.latest:
            problems.append(
                record.document.problem(
                    (field, index, "as_of"),
                    f"this statement is dated {statement.as_of.form}, after its newest source ({known.form})",
                    "a source cannot say what holds after it was published: cite a later source, or remove 'as_of'",
                )
            )
        if index and _span(holds_from(statement, dataset)) < _span(holds_from(statements[index - 1], dataset)):
            problems.append(
                record.document.problem(
                    (field, index),
                    "this statement holds from an earlier date than the one above it",
                    f"list the {field} oldest first: an explainer shows the newest one known on its date",
                )
            )
    return problems


def check_explainer(record: Record[models.Explainer], dataset: Dataset) -> list[Problem]:
    """Every date of an explainer that contradicts another: its sources', its timeline's, its statuses'."""
    explainer, document = record.model, record.document
    on = explainer.as_of
    problems = []
    for index, source_id in enumerate(explainer.sources):
        source = dataset.find(SOURCES, source_id)
        if source and source.published.earliest > on.latest:
            problems.append(
                document.problem(
                    ("sources", index),
                    f"source '{source_id}' was published on {source.published}, after this explainer's "
                    f"as_of date ({on})",
                    "an explainer shows only what was known on its date: move 'as_of' or start a new explainer",
                )
            )
    problems += _timeline(record)
    problems += _updates(record)
    for index, issue in enumerate(explainer.issues):
        problems += _statuses(record, index, issue)
    for index, term_id in enumerate(explainer.glossary):
        term = dataset.find(GLOSSARY, term_id)
        if term and current(term.statements, dataset, on) is None:
            problems.append(
                document.problem(
                    ("glossary", index),
                    f"term '{term_id}' has no definition known on this explainer's as_of date ({on})",
                    f"add a definition to data/{GLOSSARY.folder}/{term_id}.yml from a source of that date "
                    "or earlier, or remove the term",
                )
            )
    return problems


def _anchor(event: models.TimelineEvent) -> tuple[date, date]:
    """Where an event stands in the order: its date, or, for 'by' a date, that date itself."""
    return (event.date.latest, event.date.latest) if event.date_qualifier == "by" else _span(event.date)


def _timeline(record: Record[models.Explainer]) -> list[Problem]:
    problems = []
    timeline, on = record.model.timeline, record.model.as_of
    for index, event in enumerate(timeline):
        if index and _anchor(event)[1] < _anchor(timeline[index - 1])[0]:
            before = timeline[index - 1]
            problems.append(
                record.document.problem(
                    ("timeline", index, "date"),
                    f"this event ({event.date_qualifier} {event.date.form}) is dated before the one above it "
                    f"({before.date_qualifier} {before.date.form})",
                    "timeline events are listed in date order (an event 'by' a date stands at that date); move it up",
                )
            )
        if event.status == "happened" and event.date.earliest > on.latest:
            problems.append(
                record.document.problem(
                    ("timeline", index, "date"),
                    f"this event is dated after the explainer's as_of date ({on}), so it cannot have happened yet",
                    "give it 'status: due' or 'status: planned', or move 'as_of'",
                )
            )
    return problems


def _updates(record: Record[models.Explainer]) -> list[Problem]:
    """Updates come after the first publication, oldest first."""
    problems = []
    updates, published = record.model.updates, record.model.published
    for index, update in enumerate(updates):
        where = ("updates", index, "date")
        if update.date.latest < published.earliest:
            problems.append(
                record.document.problem(
                    where,
                    f"this update is dated {update.date.form}, before the explainer was published ({published})",
                    "an update or correction comes after 'published': check both dates",
                )
            )
        if index and _span(update.date) < _span(updates[index - 1].date):
            problems.append(record.document.problem(where, "updates are listed oldest first", "move this update up"))
    return problems


def _statuses(record: Record[models.Explainer], index: int, issue: models.NegotiationIssue) -> list[Problem]:
    problems = []
    on = record.model.as_of
    for number, status in enumerate(issue.statuses):
        where = ("issues", index, "statuses", number, "as_of")
        if status.as_of.earliest > on.latest:
            problems.append(
                record.document.problem(
                    where,
                    f"this status is dated {status.as_of.form}, after the explainer's as_of date ({on})",
                    "an explainer shows only what was known on its date",
                )
            )
        if number and _span(status.as_of) < _span(issue.statuses[number - 1].as_of):
            problems.append(record.document.problem(where, "statuses are listed oldest first", "move this status up"))
    return problems


def modified(explainer: models.Explainer) -> PartialDate:
    """When an explainer last changed for its readers: its newest update or correction, else its publication."""
    return max([explainer.published, *(update.date for update in explainer.updates)], key=_span)
