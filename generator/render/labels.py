"""How values of the data are put in words: presentation, kept out of the models.

Every output (the pages, JSON-LD, open data, the feed, meta descriptions, share cards) takes a
claim's words from here, so none of them works out a qualifier again: the words for "according
to", "inferred", the editors' labels and each status live here and nowhere else."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from .. import chronology, models
from ..dataset import Dataset
from ..kinds import SOURCES
from ..models import Note, PartialDate, Precision
from .escape import md_text, shorten


@dataclass(frozen=True)
class Status:
    """How an issue's status is shown: its words, its icon on the status board, and its colour on the
    light and the dark scheme (each at least 4.5:1 against the page)."""

    words: str
    icon: str
    light: str
    dark: str


STATUSES: dict[str, Status] = {
    # How far talks have got on an issue.
    "agreed": Status("Agreed", "\u25cf", "#1b5e20", "#a5d6a7"),
    "draft-agreement": Status("Draft agreement reached", "\u25d1", "#0d47a1", "#90caf9"),
    "slow-progress": Status("Slow progress", "\u25d4", "#8a4b00", "#ffcc80"),
    "stalled": Status("Stalled", "\u25a0", "#b71c1c", "#ef9a9a"),
    "not-started": Status("Not yet negotiated", "\u25cb", "#424242", "#e0e0e0"),
    # Where a condition or a commitment stands.
    "committed": Status("Committed to", "\u25c6", "#4a148c", "#ce93d8"),
    "under-review": Status("Under review", "\u25d2", "#5d4037", "#d7ccc8"),
    "met": Status("Met", "\u2714", "#1b5e20", "#a5d6a7"),
    "not-met": Status("Not met", "\u2716", "#b71c1c", "#ef9a9a"),
    "disputed": Status("Disputed", "\u25b2", "#bf360c", "#ffab91"),
}
STATUS_LABELS = {status: shown.words for status, shown in STATUSES.items()}

UPDATE_KINDS = {"update": "Update", "correction": "Correction", "presentation": "Change of presentation"}

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
    "decided": "Made the decision",
    "subject": "Its subject",
    "responded": "Responded",
    "affected": "Affected",
    "candidate": "Candidate",
}
NOT_THERE = ("absent", "not-reported")  # roles of a party the sources do not place at a meeting


@dataclass(frozen=True)
class Involvement:
    """What the pages call the parties of an event: those at a meeting attend it; an announcement,
    a ruling or an election has parties involved, and nobody 'was there'. (The page titles are
    the page map's: pages.ExplainerPage.title_of.)"""

    parties: str  # the overview's words for what the parties' page lists
    graphic: str  # the who's-who picture's title
    present: str  # where a party is: at the event, or involved
    absent: str
    unreported: str
    issues: str  # the overview's heading over the issues' board


MEETING = Involvement(
    "the parties and the people there",
    "Who was there",
    "At the event",
    "Absent from the event",
    "Not reported at the event",
    "The negotiation issues at a glance",
)
INVOLVED = Involvement(
    "the parties and the people involved",
    "Who is involved",
    "Involved",
    "Not involved",
    "Role not reported",
    "What is at stake, at a glance",
)


EVENT_KINDS = {
    "meeting": "Talks",
    "agreement": "Agreement",
    "announcement": "Announcement",
    "ruling": "Ruling",
    "election": "Election",
    "other": "Explainer",
}


def explainer_kind(explainer: models.Explainer) -> str:
    """The kicker's first word: what kind of news the explainer is about."""
    return EVENT_KINDS[explainer.event.kind]


def involvement(explainer: models.Explainer) -> Involvement:
    return MEETING if explainer.event.kind == "meeting" else INVOLVED


def status_style(status: str) -> Markup:
    """The inline colours of a status, from its row of STATUSES (the stylesheet picks light or dark)."""
    shown = STATUSES[status]
    return Markup(f"--status-light: {shown.light}; --status-dark: {shown.dark}")


def status_badge(status: models.IssueStatus) -> Markup:
    label = md_text(STATUS_LABELS[status])
    return Markup(f'<span class="status status--{status}" style="{status_style(status)}">{label}</span>')


def figure_value(figure: models.Figure) -> str:
    number = f"{figure.value:,}"
    return f"{figure.qualifier} {number}" if figure.qualifier else number


def party_heading(party: models.Party, words: Involvement = MEETING) -> str:
    """A party's heading: its name, and for one the sources do not place at the event, that first."""
    return party.name if party.role not in NOT_THERE else f"{party_place(party, words)}: {party.name}"


def party_place(party: models.Party, words: Involvement = MEETING) -> str:
    """Where the sources place a party: 'At the event', 'Absent from the event', 'Not reported at the event'
    (or, for an event that is no meeting, 'Involved', 'Not involved', 'Role not reported')."""
    return {"absent": words.absent, "not-reported": words.unreported}.get(party.role, words.present)


def in_sentence(name: str) -> str:
    """A name or title as it reads inside a sentence: 'with the Taliban delegation', not 'with The ...'."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An") and rest else name


def voice_name(dataset: Dataset, voice_id: str) -> str:
    """Who says something, in words: an outlet (for one of its articles), a person or an organisation."""
    source = dataset.find(SOURCES, voice_id)
    if source:
        return source.outlet_short or source.outlet
    return dataset.entity(voice_id).name


ACCORDING_TO = "according to"
INFERRED = "(date worked out by the editors)"  # after the date, in a reader's words; its footnote says how
DATE_INFERRED = "How the editors worked out the date"
YEAR_FROM_ARTICLE = "The year is that of the article's date"
EDITORS_NOTE = "Editors' note"
EDITORS_DEFINITION = "Editors' definition"
EDITORS_WORDS = "In the editors' words"
UNSOURCED = "not from the stored sources"


def attribution(text: str, who: str | None) -> tuple[str, str]:
    """The claim's words and what follows them: ('Russia hosted ...', ', according to RFE/RL.')."""
    if who is None:
        return text, ""
    if text.endswith(".") and not text.endswith('."'):
        return text[:-1], f", {ACCORDING_TO} {who}."
    return text, f" ({ACCORDING_TO} {who})"


def attributed(dataset: Dataset, text: str, according_to: str | None) -> str:
    """A claim in plain words with who says so: 'Russia hosted ..., according to RFE/RL.'"""
    return "".join(attribution(text, voice_name(dataset, according_to) if according_to else None))


def summary(dataset: Dataset, explainer: models.Explainer) -> str:
    """The explainer's summary with who says so: the home card, feed, meta description and data repeat it."""
    return attributed(dataset, explainer.summary.text, explainer.summary.according_to)


def note(value: Note, label: str = EDITORS_NOTE) -> str:
    """An editors' note or caveat, labelled as theirs: "Editors' note, not from the stored sources: ..."."""
    return f"{note_label(value, label)}: {value.text}"


def note_label(value: Note, label: str = EDITORS_NOTE) -> str:
    """A note's label, and that it is from outside the stored sources where it is."""
    return f"{label}, {UNSOURCED}" if value.unsourced else label


def inferred_reason(when: PartialDate) -> str:
    """Why the editors give a date they inferred, as every output says it."""
    return f"{DATE_INFERRED}: {when.inferred}"


def date(when: PartialDate, alone: bool = False) -> str:
    """A date as precise as it is known, marked where the editors inferred it ('2019 (date worked out
    by the editors)'); a decade as written, after "the" unless it stands `alone`: 'the mid-1990s', 'mid-1990s'."""
    words = when.words(alone)
    return f"{words} {INFERRED}" if when.inferred else words


def event_when(event: models.TimelineEvent) -> str:
    """The words before an event's date: 'By', 'Due in', 'Planned for', or none."""
    on_a_day = event.date.precision is Precision.day
    if event.date_qualifier == "by":
        return {"happened": "By", "due": "Due by", "planned": "Planned by"}[event.status]
    return {"happened": "", "due": "Due on" if on_a_day else "Due in", "planned": "Planned for"}[event.status]


def year_from_article(dataset: Dataset, when: PartialDate, cites: list[models.Citation]) -> str | None:
    """The quiet note of a date whose year only its article's date gives ("on May 28"), or None."""
    article = chronology.dated_by(dataset, when, cites)
    if article is None:
        return None
    outlet = article.outlet_short or article.outlet
    return f"{YEAR_FROM_ARTICLE}, {article.published} ({outlet}); the quoted words do not give it."


def short_event_date(event: models.TimelineEvent) -> str:
    """An event's date for a list: 'September 2019 (due, date worked out by the editors)'."""
    marks = [
        *([event.status] if event.status != "happened" else []),
        *(["by then"] if event.date_qualifier == "by" else []),
        *([INFERRED.strip("()")] if event.date.inferred else []),
    ]
    return f"{event.date} ({', '.join(marks)})" if marks else str(event.date)


def event_date(event: models.TimelineEvent) -> str:
    """An event's date as the History page writes it: 'By May 2019', 'Due in September 2019 (date
    worked out by the editors)', 'mid-1990s', 'By the mid-1990s'."""
    when = event_when(event)
    return " ".join(filter(None, [when, date(event.date, alone=not when)]))


def happened_on(event: models.TimelineEvent) -> bool:
    """Whether the sources date the event itself to its date: it happened on it, and no part was inferred."""
    return event.status == "happened" and event.date_qualifier == "on" and not event.date.inferred


def statement_text(dataset: Dataset, said: models.Statement, label: str = EDITORS_WORDS, limit: int = 0) -> str:
    """What a record says, with who says so; the editors' own words labelled as theirs. With a limit
    (a link's tooltip), the statement is cut to about that many characters, its credit kept."""
    text = shorten(said.text, limit) if limit else said.text
    if said.editorial:
        return f"{label}: {text}"
    return attributed(dataset, text, said.according_to)


@dataclass(frozen=True)
class Dated:
    """A statement with, in words, the date it holds as of and who says so."""

    statement: models.Statement
    credit: str


def credit(said: models.Statement, dataset: Dataset) -> str:
    """As of when a statement holds, and who says so: 'As of 28 May 2019, according to RFE/RL'."""
    when = chronology.holds_from(said, dataset)
    if said.editorial:
        return EDITORS_WORDS + (f", as of {when}" if when else "")
    voices = [voice_name(dataset, said.according_to)] if said.according_to else []
    outlets = list(dict.fromkeys(voice_name(dataset, cite.source) for cite in said.cite))
    if voices and voices != outlets:
        voices[0] += f" (reported by {' and '.join(outlets)})"
    return f"As of {when}, {ACCORDING_TO} {' and '.join(voices or outlets)}"


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
