"""How values of the data are put in words on a page: presentation, kept out of the models."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from .. import chronology, models
from ..dataset import Dataset
from ..kinds import SOURCES
from .escape import md_text

STATUS_LABELS = {
    "agreed": "Agreed",
    "draft-agreement": "Draft agreement reached",
    "slow-progress": "Slow progress",
    "stalled": "Stalled",
    "not-started": "Not yet negotiated",
}

ROLE_LABELS = {
    "host": "Host",
    "delegation": "Delegation",
    "participants": "Participants",
    "signatory": "Signatory",
    "mediator": "Mediator",
    "observer": "Observer",
    "witness": "Witness",
    "absent": "Absent",
    "not-reported": "Presence not reported",
}


def status_badge(status: models.IssueStatus) -> Markup:
    label = md_text(STATUS_LABELS[status])
    return Markup(f'<span class="status status--{status}">{label}</span>')


def figure_value(figure: models.Figure) -> str:
    number = f"{figure.value:,}"
    return f"{figure.qualifier} {number}" if figure.qualifier else number


def party_heading(party: models.Party) -> str:
    """A party's heading: its name, and for one the sources do not place at the event, that first."""
    if party.role == "absent":
        return f"Absent from the event: {party.name}"
    if party.role == "not-reported":
        return f"Not reported at the event: {party.name}"
    return party.name


def event_when(event: models.TimelineEvent) -> str:
    """The words before an event's date: 'By', 'Due in', 'Planned for', or none."""
    on_a_day = event.date.precision is models.Precision.day
    if event.date_qualifier == "by":
        return {"happened": "By", "due": "Due by", "planned": "Planned by"}[event.status]
    return {"happened": "", "due": "Due on" if on_a_day else "Due in", "planned": "Planned for"}[event.status]


def voice_name(dataset: Dataset, voice_id: str) -> str:
    """Who says something, in words: an outlet (for one of its articles), a person or an organisation."""
    source = dataset.find(SOURCES, voice_id)
    if source:
        return source.outlet_short or source.outlet
    return dataset.entity(voice_id).name


def credit(statement: models.Statement, dataset: Dataset) -> str:
    """As of when a statement holds, and who says so: 'As of 28 May 2019, according to RFE/RL'."""
    when = chronology.holds_from(statement, dataset)
    if statement.editorial:
        return "In the editors' words" + (f", as of {when}" if when else "")
    voices = [voice_name(dataset, statement.according_to)] if statement.according_to else []
    outlets = list(dict.fromkeys(voice_name(dataset, cite.source) for cite in statement.cite))
    if voices and voices != outlets:
        voices[0] += f" (reported by {' and '.join(outlets)})"
    return f"As of {when}, according to {' and '.join(voices or outlets)}"


@dataclass(frozen=True)
class Dated:
    """A statement with, in words, the date it holds as of and who says so."""

    statement: models.Statement
    credit: str


def dated(statements: Iterable[models.Statement], dataset: Dataset) -> list[Dated]:
    """Each statement with its credit; one that a later source repeats word for word is shown once,
    with both credits and both sources' citations ("As of ...; as of ...")."""
    shown: list[Dated] = []
    for statement in statements:
        said = credit(statement, dataset)
        if shown and shown[-1].statement.text == statement.text:
            earlier = shown[-1].statement
            merged = earlier.model_copy(update={"cite": [*earlier.cite, *statement.cite]})
            shown[-1] = Dated(merged, f"{shown[-1].credit}; {said[:1].lower()}{said[1:]}")
        else:
            shown.append(Dated(statement, said))
    return shown
