"""One explainer: the event, who was there or is involved, how it came about, what is at stake, who said what."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import EXAMPLE_SOURCE, EntityId, Id, Model, OrganisationId, PersonId, SourceId, TermId, Text, VoiceId
from .claims import EXAMPLE_CITES, According, Citation, Cites, Claim, NoteValue
from .dates import DateValue

PartyRole = Literal[
    # At a meeting (talks, a summit, a conference) or a signing:
    "host", "delegation", "participants", "signatory", "mediator", "observer", "witness", "absent", "not-reported",
    # In an announcement, a decision, a ruling or an election:
    "decided", "subject", "responded", "affected", "candidate",
]  # fmt: skip
EventKind = Literal["meeting", "agreement", "announcement", "ruling", "election", "other"]


def _cites(quote: str) -> list[dict[str, str]]:
    """An example's citation: `quote` of the reference explainer's source."""
    return [{"source": EXAMPLE_SOURCE, "quote": quote}]


# Examples of groups of fields, from the reference explainer, for editors' tools and the How to edit page.
_MEMBER = {
    "person": "hamid-karzai",
    "role": "Former President of Afghanistan.",
    "cite": _cites("ex-President Hamid Karzai"),
}
_PARTY = {
    "id": "taliban-delegation",
    "name": "The Taliban delegation",
    "role": "delegation",
    "description": "A 14-member delegation.",
    "cite": EXAMPLE_CITES,
}
_PARTY_NOTE = {
    "text": "His remarks appeared aimed in part at the United States.",
    "according_to": EXAMPLE_SOURCE,
    "cite": _cites("The remarks appeared aimed in part at the United States"),
}
_TIMELINE_EVENT = {
    "date": "2001-09-11",
    "title": "The September 11 attacks",
    "text": "Terror attacks on the United States.",
    "cite": _cites("the September 11, 2001 terror attacks on the United States"),
}
_STATUS = {
    "status": "slow-progress",
    "as_of": "2019-05-28",
    "cite": _cites("progress on the latter two have been slow"),
}
_POSITION = {
    "party": "taliban",
    "text": "Has so far rejected direct negotiations with the Afghan government.",
    "cite": _cites("the Taliban has so far rejected the idea of direct negotiations with the Afghan government"),
}
_ISSUE = {
    "id": "ceasefire",
    "title": "A cease-fire",
    "description": "A cease-fire in Afghanistan.",
    "cite": _cites("a cease-fire in Afghanistan"),
    "statuses": [_STATUS],
}
_QUOTE = {
    "id": "baradar-peace",
    "speaker": "abdul-ghani-baradar",
    "words": "committed to peace",
    "context": "In his first ever public media appearance.",
    "cite": _cites("said later that the group was \u201ccommitted to peace\u201d"),
}
_FIGURE = {"value": 14, "label": "members of the Taliban delegation", "cite": EXAMPLE_CITES}
_EVENT = {
    "what": "A ceremony in Moscow",
    "where": "Moscow, Russia",
    "date": "2019-05-28",
    "cite": _cites("a May 28 ceremony in Moscow"),
}
_UPDATE = {"date": "2026-11-28", "kind": "update", "text": "A timeline graphic was added; no fact changed."}


class Member(Model):
    """A person of a party, with what they were or did at the event."""

    person: PersonId = Field(description="Who: the id of a person in data/people/.", examples=["hamid-karzai"])
    role: Text = Field(
        description="What this person was or did at the event.", examples=["Former President of Afghanistan."]
    )
    cite: Cites


class Party(Model):
    """A group at the event, or one the sources name without reporting it there."""

    id: Id = Field(
        description="A short name for the party, used in the page's links: lower-case words joined by hyphens, "
        "different for each party of the explainer.",
        examples=["taliban-delegation"],
    )
    name: Text = Field(
        description="The party's name, as its card on the page heads it.", examples=["The Taliban delegation"]
    )
    role: PartyRole = Field(
        description="What the party was or did: at a meeting host, delegation, participants, signatory, mediator, "
        "observer or witness ('absent' only where a source says it was not there; 'not-reported' where the sources "
        "do not report it there); for an announcement, a decision, a ruling or an election: decided (made the "
        "decision or the ruling), subject (what it is about or against), responded, affected or candidate.",
        examples=["delegation"],
    )
    organisation: OrganisationId | None = Field(
        None,
        description="The organisation the party is, or acts for: the id of an organisation in data/organisations/.",
        examples=["taliban"],
    )
    leader: PersonId | None = Field(
        None, description="Who led it: the id of a person in data/people/.", examples=["abdul-ghani-baradar"]
    )
    size: int | None = Field(None, gt=0, description="How many people, where the source says.", examples=[14])
    unnamed: int | None = Field(
        None,
        gt=0,
        description="Where no size is given: how many more people the sources count without naming them "
        "('two women were present', one of them named, is one more).",
        examples=[1],
    )
    description: Text = Field(
        description="Who the party is and what it was or did, saying no more than its quotes.",
        examples=["A 14-member delegation led by the Taliban's chief negotiator, Mullah Abdul Ghani Baradar."],
    )
    cite: Cites
    according_to: VoiceId | None = According
    members: list[Member] = Field(
        default_factory=list,
        description="The people of the party whom the sources name, each once, with what they were or did.",
        examples=[[_MEMBER]],
    )
    notes: list[Claim] = Field(
        default_factory=list,
        description="Further claims about the party, each with its citations, shown on its card.",
        examples=[[_PARTY_NOTE]],
    )
    note: NoteValue | None = Field(
        None,
        description="An editors' note, shown as such.",
        examples=["The article names one of the 14 delegates, Baradar."],
    )


class TimelineEvent(Model):
    """An event of the history, with its date."""

    date: DateValue = Field(
        description="When it happened, or is due, as precisely as the sources say.", examples=[1989]
    )
    date_qualifier: Literal["on", "by"] = Field(
        "on",
        description="'by' when the source only says it had happened (or is due) by that date.",
        examples=["by"],
    )
    status: Literal["happened", "due", "planned"] = Field(
        "happened",
        description="'due' for a deadline, 'planned' for what was scheduled; the page says so.",
        examples=["planned"],
    )
    title: Text = Field(
        description="A few words for the event, its heading in the history and its mark on the timeline graphic.",
        examples=["The Soviet Union collapses"],
    )
    text: Text = Field(
        description="What happened, saying no more than its quotes.",
        examples=["The Soviet military withdraws after an unsuccessful nine-year war of occupation."],
    )
    cite: Cites
    according_to: VoiceId | None = According
    note: NoteValue | None = Field(
        None,
        description="An editors' note, shown as such.",
        examples=["The article does not say when the summit was canceled."],
    )
    era: Text | None = Field(
        None,
        description="The heading this event is grouped under, with the events around it that share it "
        "(an editors' label).",
        examples=["The road to the Moscow talks"],
    )


IssueStatus = Literal[
    # How far talks have got on an issue:
    "agreed", "draft-agreement", "slow-progress", "stalled", "not-started",
    # Where a condition or a commitment stands:
    "committed", "under-review", "met", "not-met", "disputed",
]  # fmt: skip


class StatusAsOf(Model):
    """How far an issue had got, on a date."""

    status: IssueStatus = Field(
        description="Where the issue stood. For talks: agreed, draft-agreement, slow-progress, stalled or "
        "not-started; for a condition or a commitment: committed, under-review, met, not-met or disputed.",
        examples=["draft-agreement"],
    )
    as_of: DateValue = Field(
        description="The date it stood so, as its source gives it; never after the explainer's own as_of.",
        examples=["2019-05-28"],
    )
    cite: Cites


class Position(Model):
    """What a person or an organisation wants on an issue."""

    party: EntityId = Field(
        description="Whose position it is: the id of a person in data/people/ or an organisation in "
        "data/organisations/.",
        examples=["taliban"],
    )
    text: Text = Field(
        description="The position, saying no more than its quotes.",
        examples=["Has so far rejected direct negotiations with the Afghan government."],
    )
    cite: Cites


class NegotiationIssue(Model):
    """An issue of a negotiation, or a condition or commitment of an agreement or a decision."""

    id: Id = Field(
        description="A short name for the issue, used in the page's links: lower-case words joined by hyphens, "
        "different for each issue of the explainer.",
        examples=["us-withdrawal"],
    )
    title: Text = Field(
        description="The issue in a few words, its heading on the page and on the status board.",
        examples=["The timetable of a U.S. military withdrawal"],
    )
    description: Text = Field(
        description="What is at stake, saying no more than its quotes.",
        examples=["The timetable of a U.S. military withdrawal from Afghanistan."],
    )
    cite: Cites
    according_to: VoiceId | None = According
    statuses: list[StatusAsOf] = Field(
        min_length=1, description="How far it had got, as of each date, oldest first.", examples=[[_STATUS]]
    )
    positions: list[Position] = Field(
        default_factory=list,
        description="What each side has said it wants on the issue, each with its citations.",
        examples=[[_POSITION]],
    )


class Quote(Model):
    """Words someone said or a document says; they must stand, exactly, inside one of the cited passages."""

    id: Id = Field(
        description="A short name for the quotation: lower-case words joined by hyphens, different for each "
        "quotation of the explainer.",
        examples=["lavrov-pullout"],
    )
    speaker: VoiceId = Field(
        description="Who said or wrote the words: the id of a person, an organisation or a source (for a "
        "document's own words).",
        examples=["sergei-lavrov"],
    )
    words: Text = Field(
        description="The words quoted, exactly as they stand in one of its cited passages, without the quotation "
        "marks around them.",
        examples=["Russia is convinced that there is no military solution to the conflict in Afghanistan."],
    )
    context: Text = Field(
        description="When, where or to whom they were said, in a short phrase the page shows after the speaker's name.",
        examples=["Welcoming the Taliban delegation."],
    )
    cite: Cites


class Figure(Model):
    """A key figure: a number the sources give, and what it counts."""

    value: int | float = Field(
        description="The number, in digits and without commas; one of its quotes must state it, in digits or words.",
        examples=[14000],
    )
    qualifier: Literal["about", "at least", "more than", "fewer than", "up to", "almost", "nearly"] | None = Field(
        None,
        description="How exact the number is, where the source says so; the page writes it before the number.",
        examples=["about"],
    )
    label: Text = Field(
        description="What the number counts, in the words that follow it on the page.",
        examples=["U.S. troops in Afghanistan"],
    )
    cite: Cites
    according_to: VoiceId | None = According
    caveat: NoteValue | None = Field(
        None,
        description="An editors' note on the figure, shown beside it: what the sources leave out about it, or "
        "(marked unsourced) a fact from outside them, which the page says is not from its sources.",
        examples=["The article does not say when the figure was counted, or by whom."],
    )


class Event(Model):
    """The event the explainer is about."""

    kind: EventKind = Field(
        "meeting",
        description="What kind of event: meeting (talks, a summit, a conference: the default), agreement, "
        "announcement (a policy or a decision made public), ruling, election or other. For every kind but a "
        "meeting the pages say who is involved, never who attended.",
        examples=["ruling"],
    )
    what: Text = Field(
        description="What happened. A phrase, not a sentence: the overview's At a glance gives it, and search "
        "engines get it as the event's name.",
        examples=["Talks between a Taliban delegation and senior Afghan politicians"],
    )
    where: Text = Field(description="The place.", examples=["Moscow, Russia"])
    date: DateValue = Field(description="When it happened, as precisely as the sources say.", examples=["2019-05-28"])
    cite: Cites
    note: NoteValue | None = Field(
        None,
        description="An editors' note, shown as such.",
        examples=["The article dates the ceremony; the talks followed it, on a date the article does not give."],
    )


class Update(Model):
    """A change readers should know of, after the explainer was first published."""

    date: DateValue = Field(description="When the change was published.", examples=["2026-11-28"])
    kind: Literal["update", "correction", "presentation"] = Field(
        description="'correction' where something the explainer said was wrong; 'update' where it adds what is new; "
        "'presentation' where only how it is shown changed (a graphic, the design) and no fact: that one is listed on "
        "the Updates page only, never atop the overview, on cards or in the feed.",
        examples=["correction"],
    )

    @property
    def news(self) -> bool:
        """Whether readers need to know of it: it corrects or adds a fact."""
        return self.kind != "presentation"

    text: Text = Field(
        description="What changed, in a sentence for readers.",
        examples=["A who's-who of the parties and a timeline graphic were added; no fact changed."],
    )
    cite: list[Citation] = Field(
        default_factory=list, description="The sources of any facts the update adds.", examples=[EXAMPLE_CITES]
    )


class Explainer(Model):
    """One explainer: its file name (without .yml) is its slug."""

    title: Text = Field(
        description="The headline of the explainer.", examples=["The Moscow talks with the Taliban, May 2019"]
    )
    dek: Claim | None = Field(
        None,
        description="One sentence under the headline that says why the event matters, with its citations; "
        "also the front page's line for the explainer.",
        examples=[
            {
                "text": "Russia hosted Taliban negotiators and Afghan politicians, without the Afghan government.",
                "cite": [{"source": "rferl-2019-05-28", "quote": "Hosting Taliban delegates and Afghan politicians"}],
            }
        ],
    )
    summary: Claim = Field(
        description="The opening paragraph: a claim with its citations, shown atop the overview, on the front "
        "page's card and in the feed.",
        examples=[
            {
                "text": "Russia also called for the complete withdrawal of international forces.",
                "cite": _cites("Russia has called for the complete withdrawal of international forces"),
            }
        ],
    )
    event: Event = Field(
        description="The event the explainer is about: its kind, what happened, where and when.", examples=[_EVENT]
    )
    as_of: DateValue = Field(
        description="The date up to which the explainer is current: it shows nothing known only later.",
        examples=["2019-05-28"],
    )
    published: DateValue = Field(description="When the explainer was first published.", examples=["2026-11-27"])
    sources: list[SourceId] = Field(
        min_length=1,
        description="The ids of the sources in data/sources/ the explainer draws on, each on its Sources page.",
        examples=[[EXAMPLE_SOURCE]],
    )
    topics: list[Text] = Field(
        default_factory=list,
        description="A few words each for what the explainer is about; every topic has a page of its explainers.",
        examples=[["Afghanistan", "Taliban", "Russia", "Peace talks"]],
    )
    figures: list[Figure] = Field(
        default_factory=list,
        description="Key figures: numbers the sources give, each with what it counts.",
        examples=[[_FIGURE]],
    )
    attendance: list[Party] = Field(
        default_factory=list,
        description="The parties: who attended a meeting or, for any other kind of event, who is involved, each "
        "with the people the sources name.",
        examples=[[_PARTY]],
    )
    timeline: list[TimelineEvent] = Field(
        default_factory=list,
        description="The history: dated events before the event, and after it where the sources report them.",
        examples=[[_TIMELINE_EVENT]],
    )
    negotiation: Claim | None = Field(
        None,
        description="Whose negotiation the issues are, in a sentence the Issues page opens with.",
        examples=[
            {
                "text": "These are the four interconnected issues of the U.S.-Taliban negotiations.",
                "cite": _cites("negotiators have been trying to find agreement on four interconnected issues"),
            }
        ],
    )
    issues: list[NegotiationIssue] = Field(
        default_factory=list,
        description="What is at stake: the issues of a negotiation, or the conditions and commitments of an "
        "agreement or a decision, each with how far it had got.",
        examples=[[_ISSUE]],
    )
    quotes: list[Quote] = Field(
        default_factory=list,
        description="Quotations: words someone said or a document says, each with who and when.",
        examples=[[_QUOTE]],
    )
    reactions: list[Claim] = Field(
        default_factory=list,
        description="What others said about the event.",
        examples=[
            [{"text": "Khalilzad welcomed Russia's efforts.", "cite": _cites("Khalilzad welcomed Russia's efforts")}]
        ],
    )
    glossary: list[TermId] = Field(
        default_factory=list,
        description="The terms the explainer's Glossary page defines: ids of terms in data/glossary/.",
        examples=[["taliban", "intra-afghan-dialogue", "ceasefire"]],
    )
    updates: list[Update] = Field(
        default_factory=list, description="Updates and corrections, oldest first.", examples=[[_UPDATE]]
    )

    @property
    def news(self) -> list[Update]:
        """Its updates and corrections that change what it says, oldest first (not its presentation's)."""
        return [update for update in self.updates if update.news]
