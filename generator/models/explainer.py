"""One explainer: the event, who was there or is involved, how it came about, what is at stake, who said what."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import EntityId, Id, Model, OrganisationId, PersonId, SourceId, TermId, Text, VoiceId
from .claims import According, Citation, Cites, Claim, NoteValue
from .dates import DateValue

PartyRole = Literal[
    # At a meeting (talks, a summit, a conference) or a signing:
    "host", "delegation", "participants", "signatory", "mediator", "observer", "witness", "absent", "not-reported",
    # In an announcement, a decision, a ruling or an election:
    "decided", "subject", "responded", "affected", "candidate",
]  # fmt: skip
EventKind = Literal["meeting", "agreement", "announcement", "ruling", "election", "other"]


class Member(Model):
    person: PersonId
    role: Text = Field(description="What this person was or did at the event.")
    cite: Cites


class Party(Model):
    """A group at the event, or one the sources name without reporting it there."""

    id: Id
    name: Text
    role: PartyRole = Field(
        description="What the party was or did: at a meeting host, delegation, participants, signatory, mediator, "
        "observer or witness ('absent' only where a source says it was not there; 'not-reported' where the sources "
        "do not report it there); for an announcement, a decision, a ruling or an election: decided (made the "
        "decision or the ruling), subject (what it is about or against), responded, affected or candidate."
    )
    organisation: OrganisationId | None = None
    leader: PersonId | None = None
    size: int | None = Field(None, gt=0, description="How many people, where the source says.")
    unnamed: int | None = Field(
        None,
        gt=0,
        description="Where no size is given: how many more people the sources count without naming them "
        "('two women were present', one of them named, is one more).",
    )
    description: Text
    cite: Cites
    according_to: VoiceId | None = According
    members: list[Member] = Field(default_factory=list)
    notes: list[Claim] = Field(default_factory=list)
    note: NoteValue | None = Field(None, description="An editors' note, shown as such.")


class TimelineEvent(Model):
    date: DateValue
    date_qualifier: Literal["on", "by"] = Field(
        "on", description="'by' when the source only says it had happened (or is due) by that date."
    )
    status: Literal["happened", "due", "planned"] = Field(
        "happened", description="'due' for a deadline, 'planned' for what was scheduled; the page says so."
    )
    title: Text
    text: Text
    cite: Cites
    according_to: VoiceId | None = According
    note: NoteValue | None = Field(None, description="An editors' note, shown as such.")
    era: Text | None = Field(
        None,
        description="The heading this event is grouped under, with the events around it that share it "
        "(an editors' label).",
    )


IssueStatus = Literal[
    # How far talks have got on an issue:
    "agreed", "draft-agreement", "slow-progress", "stalled", "not-started",
    # Where a condition or a commitment stands:
    "committed", "under-review", "met", "not-met", "disputed",
]  # fmt: skip


class StatusAsOf(Model):
    status: IssueStatus
    as_of: DateValue
    cite: Cites


class Position(Model):
    party: EntityId
    text: Text
    cite: Cites


class NegotiationIssue(Model):
    id: Id
    title: Text
    description: Text
    cite: Cites
    according_to: VoiceId | None = According
    statuses: list[StatusAsOf] = Field(min_length=1, description="How far it had got, as of each date, oldest first.")
    positions: list[Position] = Field(default_factory=list)


class Quote(Model):
    """Words someone said or a document says; they must stand, exactly, inside one of the cited passages."""

    id: Id
    speaker: VoiceId
    words: Text
    context: Text
    cite: Cites


class Figure(Model):
    value: int | float
    qualifier: Literal["about", "at least", "more than", "fewer than", "up to", "almost", "nearly"] | None = None
    label: Text
    cite: Cites
    according_to: VoiceId | None = According
    caveat: NoteValue | None = Field(None, description="An editors' caveat, shown beside the figure.")


class Event(Model):
    kind: EventKind = Field(
        "meeting",
        description="What kind of event: meeting (talks, a summit, a conference: the default), agreement, "
        "announcement (a policy or a decision made public), ruling, election or other. For every kind but a "
        "meeting the pages say who is involved, never who attended.",
    )
    what: Text = Field(description="What happened.")
    where: Text = Field(description="The place.")
    date: DateValue
    cite: Cites
    note: NoteValue | None = Field(None, description="An editors' note, shown as such.")


class Update(Model):
    """A change readers should know of, after the explainer was first published."""

    date: DateValue
    kind: Literal["update", "correction"] = Field(
        description="'correction' where something the explainer said was wrong; 'update' where it adds what is new."
    )
    text: Text = Field(description="What changed, in a sentence for readers.")
    cite: list[Citation] = Field(default_factory=list, description="The sources of any facts the update adds.")


class Explainer(Model):
    """One explainer: its file name (without .yml) is its slug."""

    title: Text = Field(description="The headline of the explainer.")
    summary: Claim
    event: Event
    as_of: DateValue = Field(
        description="The date up to which the explainer is current: it shows nothing known only later."
    )
    published: DateValue = Field(description="When the explainer was first published.")
    sources: list[SourceId] = Field(min_length=1)
    topics: list[Text] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    attendance: list[Party] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    negotiation: Claim | None = Field(
        None, description="Whose negotiation the issues are, in a sentence the Issues page opens with."
    )
    issues: list[NegotiationIssue] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    reactions: list[Claim] = Field(default_factory=list, description="What others said about the event.")
    glossary: list[TermId] = Field(default_factory=list)
    updates: list[Update] = Field(default_factory=list, description="Updates and corrections, oldest first.")
