"""The data model: what editors write in `data/`, as strict, typed pydantic models.

Every model forbids unknown keys. Text fields are plain text: whitespace is collapsed and no
Markdown or HTML in them is ever interpreted (the renderer escapes it).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


PLACEHOLDER = "FILL IN"
PLACEHOLDER_LEFT = "still holds its placeholder"


def _clean_text(value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValueError("must not be empty")
    if cleaned.startswith(PLACEHOLDER):
        raise ValueError(PLACEHOLDER_LEFT)
    return cleaned


def _check_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("must be a web address starting with https:// or http://")
    if any(char.isspace() or char in '<>"' for char in value.strip()):
        raise ValueError("a web address cannot contain spaces, quotes or angle brackets")
    return value.strip()


@dataclass(frozen=True)
class Ref:
    """Marks an id field as a reference to a record of the given kinds (folders of data/)."""

    noun: str
    kinds: tuple[str, ...]

    def field(self) -> Any:
        where = " or ".join(f"data/{kind}/" for kind in self.kinds)
        return Field(pattern=ID_PATTERN, description=f"The id of {indefinite(self.noun)} in {where}.")


def indefinite(noun: str) -> str:
    """'a person', 'an organisation'."""
    return ("an " if noun[0] in "aeiou" else "a ") + noun


_SOURCE = Ref("source", ("sources",))
_PERSON = Ref("person", ("people",))
_ORGANISATION = Ref("organisation", ("organisations",))
_ENTITY = Ref("person or organisation", ("people", "organisations"))
_TERM = Ref("glossary term", ("glossary",))

Text = Annotated[str, AfterValidator(_clean_text)]
Id = Annotated[str, Field(pattern=ID_PATTERN, description="Lower-case words joined by hyphens.")]
Url = Annotated[str, AfterValidator(_check_url), Field(description="An http(s) web address.")]
SourceId = Annotated[str, _SOURCE.field(), _SOURCE]
PersonId = Annotated[str, _PERSON.field(), _PERSON]
OrganisationId = Annotated[str, _ORGANISATION.field(), _ORGANISATION]
EntityId = Annotated[str, _ENTITY.field(), _ENTITY]
TermId = Annotated[str, _TERM.field(), _TERM]


class Precision(StrEnum):
    year = "year"
    month = "month"
    day = "day"


_DATE_FORMS = {Precision.year: r"\d{4}", Precision.month: r"\d{4}-\d{2}", Precision.day: r"\d{4}-\d{2}-\d{2}"}


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day; the form it is written in says which."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> Precision:
        return Precision.day if self.day else Precision.month if self.month else Precision.year

    @property
    def iso(self) -> str:
        return "-".join(f"{part:0{width}d}" for part, width in ((self.year, 4), (self.month, 2), (self.day, 2)) if part)

    @property
    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.precision is Precision.day:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.precision is Precision.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
            raise ValueError("a date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-28)")
        parts = [int(part) for part in value.strip().split("-")]
        year, month, day = ([*parts, 0, 0])[:3]
        if year < 1:
            raise ValueError("year 0 does not exist: years run from 0001")
        if len(parts) > 1 and not 1 <= month <= 12:
            raise ValueError(f"month {month} does not exist (months run from 01 to 12)")
        if len(parts) > 2 and not 1 <= day <= calendar.monthrange(year, month)[1]:
            last = calendar.monthrange(year, month)[1]
            raise ValueError(f"{value.strip()} does not exist: {calendar.month_name[month]} {year} has {last} days")
        return cls(year, month, day)


DateValue = Annotated[
    PartialDate,
    PlainValidator(PartialDate.parse),
    PlainSerializer(lambda value: value.iso, return_type=str),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": "^" + "$|^".join(_DATE_FORMS.values()) + "$"},
                {"type": "integer", "minimum": 1, "maximum": 9999},
            ],
            "description": "A date; its form gives its precision: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day).",
        }
    ),
]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _long_enough_to_locate(quote: str) -> str:
    # A word or two is found almost anywhere, so it would vouch for any claim.
    if len(quote.split()) < 3:
        raise ValueError("needs at least three words of the source, enough to point at one passage")
    return quote


class Citation(Model):
    """Where a claim comes from: a stored source and the exact words in it that support it."""

    source: SourceId
    quote: Annotated[Text, AfterValidator(_long_enough_to_locate)] = Field(
        description="At least three words copied exactly from the source's stored text."
    )


Cites = Annotated[list[Citation], Field(min_length=1, description="At least one citation.")]


class Fact(Model):
    """A sentence of the explainer and the citations that support it."""

    text: Text = Field(description="The claim, saying no more than its quotes.")
    cite: Cites


class Source(Model):
    """A published article. Its text is stored beside this file, under the same name ending in .txt."""

    outlet: Text = Field(description="The name of the outlet that published it.")
    outlet_short: Text | None = None
    title: Text | None = Field(None, description="The headline, only if confirmed.")
    url: Url
    published: DateValue
    note: Text | None = Field(None, description="An editors' note about the source, shown as such.")


class Entity(Model):
    """What people and organisations have in common."""

    name: Text = Field(description="The full name, as the sources write it.")
    aliases: list[Text] = Field(default_factory=list, description="Other names and spellings.")
    description: Text = Field(description="Who or what it is, in one sentence the sources support.")
    cite: Cites


class Organisation(Entity):
    pass


class Person(Entity):
    affiliation: OrganisationId | None = None


class Term(Model):
    """A glossary entry. A definition the sources do not support cites nothing and is editorial."""

    term: Text = Field(description="The term as readers see it.")
    aliases: list[Text] = Field(default_factory=list, description="Other forms of the term found in prose.")
    definition: Text = Field(description="One or two sentences the sources support.")
    related: list[TermId] = Field(default_factory=list)
    cite: list[Citation] = Field(default_factory=list)
    editorial: bool = Field(False, description="True when the definition is the editors' own words.")

    @model_validator(mode="after")
    def _sourced_or_editorial(self) -> Term:
        if self.editorial and self.cite:
            raise ValueError("an editorial definition cites nothing: remove 'cite' or 'editorial'")
        if not self.editorial and not self.cite:
            raise ValueError("a definition needs 'cite', or 'editorial: true' if the sources do not support it")
        return self


PartyRole = Literal["host", "delegation", "participants", "absent"]


class Member(Model):
    person: PersonId
    role: Text = Field(description="What this person was or did at the event.")
    cite: Cites


class Party(Model):
    """A group at (or notably absent from) the event."""

    id: Id
    name: Text
    role: PartyRole
    organisation: OrganisationId | None = None
    leader: PersonId | None = None
    size: int | None = Field(None, gt=0, description="How many people, where the source says.")
    description: Text
    cite: Cites
    members: list[Member] = Field(default_factory=list)
    notes: list[Fact] = Field(default_factory=list)


class TimelineEvent(Model):
    date: DateValue
    date_qualifier: Literal["on", "by"] = Field(
        "on", description="'by' when the source only says it had happened by that date."
    )
    title: Text
    text: Text
    cite: Cites
    note: Text | None = Field(None, description="An editors' note, shown as such.")
    era: Text | None = Field(
        None,
        description="The heading this event is grouped under, with the events "
        "around it that share it (an editors' label).",
    )


IssueStatus = Literal["agreed", "draft-agreement", "slow-progress", "stalled", "not-started"]


class Position(Model):
    party: EntityId
    text: Text
    cite: Cites


class NegotiationIssue(Model):
    id: Id
    title: Text
    description: Text
    cite: Cites
    status: IssueStatus
    status_as_of: DateValue
    status_cite: Cites
    positions: list[Position] = Field(default_factory=list)


class Quote(Model):
    """Words someone said; they must stand, exactly, inside one of the cited passages."""

    id: Id
    speaker: PersonId
    words: Text
    context: Text
    cite: Cites


class Figure(Model):
    value: int | float
    qualifier: Literal["about", "at least"] | None = None
    label: Text
    cite: Cites
    caveat: Text | None = Field(None, description="An editors' caveat, shown beside the figure.")


class Event(Model):
    what: Text = Field(description="What happened.")
    where: Text = Field(description="The place.")
    date: DateValue
    cite: Cites


class Explainer(Model):
    """One explainer: its file name (without .yml) is its slug."""

    title: Text = Field(description="The headline of the explainer.")
    summary: Fact
    event: Event
    as_of: DateValue = Field(description="The date up to which the explainer is current.")
    sources: list[SourceId] = Field(min_length=1)
    topics: list[Text] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    attendance: list[Party] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    issues: list[NegotiationIssue] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    glossary: list[TermId] = Field(default_factory=list)
