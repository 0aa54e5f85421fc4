"""Each explainer's validated data, downloadable: JSON (the whole explainer), a TimelineJS timeline,
and CSV files of the attendees and the timeline. The JSON format is documented in the README."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from .. import models
from ..dataset import Dataset, Record
from ..kinds import GLOSSARY, ORGANISATIONS, PEOPLE, SOURCES

FORMAT = "explainer-data"
VERSION = 1


def files(dataset: Dataset, slug: str, explainer: models.Explainer) -> dict[str, str]:
    """File name (under the explainer's data/ folder) -> content."""
    return {
        "explainer.json": _json(explainer_data(dataset, slug, explainer)),
        "timeline.json": _json(timelinejs(explainer)),
        "attendees.csv": attendees_csv(dataset, explainer),
        "timeline.csv": timeline_csv(explainer),
    }


def _json(data: dict[str, Any]) -> str:
    # Compact: Python's fast JSON encoder only runs without indentation.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def explainer_data(dataset: Dataset, slug: str, explainer: models.Explainer) -> dict[str, Any]:
    people = {member.person for party in explainer.attendance for member in party.members}
    people |= {party.leader for party in explainer.attendance if party.leader}
    people |= {quote.speaker for quote in explainer.quotes}
    entities = {position.party for issue in explainer.issues for position in issue.positions}
    people |= {entity_id for entity_id in entities if entity_id in dataset.of(PEOPLE)}
    organisations = {entity_id for entity_id in entities if entity_id in dataset.of(ORGANISATIONS)}
    organisations |= {party.organisation for party in explainer.attendance if party.organisation}
    organisations |= {
        affiliation for person in people if (affiliation := dataset.get(PEOPLE, person).affiliation) is not None
    }

    def dump(registry: dict[str, Record[Any]], ids: Iterable[str]) -> dict[str, Any]:
        return {record_id: registry[record_id].model.model_dump(mode="json") for record_id in sorted(ids)}

    return {
        "format": FORMAT,
        "version": VERSION,
        "slug": slug,
        "explainer": explainer.model_dump(mode="json"),
        "people": dump(dataset.of(PEOPLE), people),
        "organisations": dump(dataset.of(ORGANISATIONS), organisations),
        "glossary": dump(dataset.of(GLOSSARY), explainer.glossary),
        "sources": dump(dataset.of(SOURCES), explainer.sources),
    }


def _timeline_date(date: models.PartialDate) -> dict[str, str]:
    parts = {"year": str(date.year)}
    if date.month:
        parts["month"] = str(date.month)
    if date.day:
        parts["day"] = str(date.day)
    return parts


def timelinejs(explainer: models.Explainer) -> dict[str, Any]:
    """TimelineJS 3's JSON format; its text fields are HTML, so the text is escaped."""
    events = []
    for event in explainer.timeline:
        entry: dict[str, Any] = {
            "start_date": _timeline_date(event.date),
            "text": {"headline": html.escape(event.title), "text": html.escape(event.text)},
        }
        if event.era:
            entry["group"] = html.escape(event.era)
        events.append(entry)
    return {
        "title": {"text": {"headline": html.escape(explainer.title), "text": html.escape(explainer.summary.text)}},
        "events": events,
    }


def _cell(value: object) -> object:
    # A spreadsheet would run a cell that starts like a formula: keep it text.
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv(header: list[str], rows: Sequence[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return out.getvalue()


def _quotes(cites: list[models.Citation]) -> str:
    return " | ".join(f"{cite.source}: {cite.quote}" for cite in cites)


def attendees_csv(dataset: Dataset, explainer: models.Explainer) -> str:
    rows = [
        [
            party.id,
            party.name,
            party.role,
            party.size or "",
            member.person,
            dataset.get(PEOPLE, member.person).name,
            member.role,
            _quotes(member.cite),
        ]
        for party in explainer.attendance
        for member in party.members
    ]
    return _csv(["party_id", "party", "party_role", "party_size", "person_id", "name", "role", "citations"], rows)


def timeline_csv(explainer: models.Explainer) -> str:
    rows = [
        [
            event.date.iso,
            event.date.precision.value,
            event.date_qualifier,
            event.era or "",
            event.title,
            event.text,
            event.note or "",
            _quotes(event.cite),
        ]
        for event in explainer.timeline
    ]
    return _csv(["date", "precision", "date_qualifier", "era", "title", "text", "editors_note", "citations"], rows)
