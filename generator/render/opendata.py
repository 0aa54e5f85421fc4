"""Each explainer's checked data, downloadable: JSON (the whole explainer), a TimelineJS timeline,
and CSV files of the attendees and the timeline. The JSON format is documented in the README.

Like its pages, an explainer's data shows the registry as it stood on the explainer's date.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Sequence
from typing import Any

from .. import chronology, models
from ..dataset import Dataset, Record
from ..fields import walk
from ..kinds import ENTITIES, EXPLAINERS, GLOSSARY, ORGANISATIONS, PEOPLE, SOURCES, Kind
from . import labels
from .as_of import Registry
from .labels import ROLE_LABELS, summary, voice_name

FORMAT = "explainer-data"
VERSION = 2


def files(dataset: Dataset, slug: str, record: Record[models.Explainer]) -> dict[str, str]:
    """File name (under the explainer's data/ folder) -> content; no table of a part the data leaves empty."""
    explainer = record.model
    timeline = {
        "timeline.json": _json(timelinejs(dataset, explainer)),
        "timeline.csv": timeline_csv(dataset, explainer),
    }
    return (
        {"explainer.json": _json(explainer_data(dataset, slug, record))}
        | (timeline if explainer.timeline else {})
        | ({"attendees.csv": attendees_csv(dataset, explainer)} if explainer.attendance else {})
    )


def _json(data: dict[str, Any]) -> str:
    # Compact: Python's fast JSON encoder only runs without indentation.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def explainer_data(dataset: Dataset, slug: str, record: Record[models.Explainer]) -> dict[str, Any]:
    explainer = record.model
    registry = Registry(dataset, explainer.as_of)
    refs = [
        found for found in walk(EXPLAINERS.model, record.document.data) if found.ref and isinstance(found.value, str)
    ]
    # By kind: a glossary term and an organisation may share an id ('islamic-state').
    entities = {
        kind.folder: sorted({f.value for f in refs if f.ref and kind.folder in f.ref.kinds} & set(dataset.of(kind)))
        for kind in ENTITIES
    }
    affiliations = {dataset.get(PEOPLE, person).affiliation for person in entities[PEOPLE.folder]}
    organisations = sorted(set(entities[ORGANISATIONS.folder]) | {org for org in affiliations if org})
    records = {
        "people": {person: _as_of(registry, PEOPLE, person) for person in entities[PEOPLE.folder]},
        "organisations": {org: _as_of(registry, ORGANISATIONS, org) for org in organisations},
        "glossary": {term: _as_of(registry, GLOSSARY, term) for term in sorted(explainer.glossary)},
    }
    # Every source a statement in the file cites is in the file too.
    sources = dict.fromkeys(explainer.sources)
    for by_id in records.values():
        for data in by_id.values():
            for statement in data.get("statements", data.get("definitions", [])):
                sources |= dict.fromkeys(cite["source"] for cite in statement["cite"])
    return {
        "format": FORMAT,
        "version": VERSION,
        "slug": slug,
        "explainer": explainer.model_dump(mode="json"),
        **records,
        "sources": {source: dataset.get(SOURCES, source).model_dump(mode="json") for source in sources},
    }


def _as_of(registry: Registry, kind: Kind[models.Entity | models.Term], record_id: str) -> dict[str, Any]:
    """A registry record with the statements known on the explainer's date, each with the date it holds as of."""
    model = registry.dataset.get(kind, record_id)
    field = model.STATEMENTS
    data: dict[str, Any] = model.model_dump(mode="json", exclude={field})
    data[field] = [
        statement.model_dump(mode="json") | {"as_of": _written(chronology.holds_from(statement, registry.dataset))}
        for statement in registry.statements(kind.folder, record_id)
    ]
    return data


def _written(when: models.PartialDate | None) -> Any:
    return when.written() if when else None


def _timeline_date(event: models.TimelineEvent) -> dict[str, str]:
    """TimelineJS needs a year: a decade stands at its first (the early 1990s at 1990, the mid-1990s at
    1994), and its display date says it as written."""
    date = event.date
    parts = {"year": str(date.earliest.year)}
    if date.month:
        parts["month"] = str(date.month)
    if date.day:
        parts["day"] = str(date.day)
    parts["display_date"] = labels.event_date(event)
    return parts


def timelinejs(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    """TimelineJS 3's JSON format; its text fields are HTML, so the text is escaped."""
    events = []
    for event in explainer.timeline:
        paragraphs = [labels.attributed(dataset, event.text, event.according_to)]
        if event.date.inferred:
            paragraphs.append(labels.inferred_reason(event.date))
        if quietly := labels.year_from_article(dataset, event.date, event.cite):
            paragraphs.append(quietly)
        if event.note:
            paragraphs.append(labels.note(event.note))
        paragraphs.append("Sources: " + _citations(dataset, event.cite))
        entry: dict[str, Any] = {
            "start_date": _timeline_date(event),
            "text": {
                "headline": html.escape(event.title),
                "text": "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
            },
        }
        if event.era:
            entry["group"] = html.escape(event.era)
        events.append(entry)
    return {
        "title": {"text": {"headline": html.escape(explainer.title), "text": html.escape(summary(dataset, explainer))}},
        "events": events,
    }


def _citations(dataset: Dataset, cites: Sequence[models.Citation]) -> str:
    return "; ".join(
        f"\u201c{cite.quote}\u201d ({voice_name(dataset, cite.source)}, {dataset.get(SOURCES, cite.source).published})"
        for cite in cites
    )


def _cell(value: object) -> object:
    # A spreadsheet would run a cell that starts like a formula: keep it text.
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv(header: list[str], rows: Sequence[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    return out.getvalue()


def _quotes(cites: Sequence[models.Citation]) -> str:
    return " | ".join(f"{cite.source}: {cite.quote}" for cite in cites)


def attendees_csv(dataset: Dataset, explainer: models.Explainer) -> str:
    rows = [
        [
            party.id,
            party.name,
            party.role,
            ROLE_LABELS[party.role],
            party.size or "",
            party.unnamed or "",
            member.person,
            dataset.get(PEOPLE, member.person).name,
            member.role,
            _quotes(member.cite),
        ]
        for party in explainer.attendance
        for member in party.members
    ]
    header = [
        "party_id",
        "party",
        "party_role",
        "party_role_label",
        "party_size",
        "party_unnamed",
        "person_id",
        "name",
        "role",
    ]
    return _csv([*header, "citations"], rows)


def timeline_csv(dataset: Dataset, explainer: models.Explainer) -> str:
    rows = [
        [
            event.date.iso,
            event.date.precision.value,
            event.date.inferred or labels.year_from_article(dataset, event.date, event.cite) or "",
            event.date_qualifier,
            event.status,
            labels.event_date(event),
            event.era or "",
            event.title,
            labels.attributed(dataset, event.text, event.according_to),  # as the page says it
            event.according_to or "",
            event.note.text if event.note else "",
            "yes" if event.note and event.note.unsourced else "",
            _quotes(event.cite),
        ]
        for event in explainer.timeline
    ]
    header = ["date", "precision", "date_inferred", "date_qualifier", "status", "display_date", "era", "title"]
    header += ["text", "according_to", "editors_note", "editors_note_unsourced", "citations"]
    return _csv(header, rows)
