"""The cross-reference index: what each person and organisation does in each explainer, for their
own page ("In the explainers")."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .. import models
from ..pages import EXPLAINER_PAGE, ExplainerPage, explainer_page


@dataclass(frozen=True)
class Role:
    party: models.Party
    member: models.Member


@dataclass(frozen=True)
class Stance:
    issue: models.NegotiationIssue
    position: models.Position


@dataclass
class Appearance:
    """One person's or organisation's part in one explainer."""

    slug: str
    explainer: models.Explainer
    roles: list[Role] = field(default_factory=list)  # as a member of a party at the event
    parties: list[models.Party] = field(default_factory=list)  # the party they lead, or that is theirs
    quotes: list[models.Quote] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    pages: list[ExplainerPage] = field(default_factory=list)  # the explainer's pages that mention them

    def shown(self) -> str:
        """A digest of everything a profile page shows of this part: under `serve`, a profile is made
        again only when one of these changed, not at every edit of the explainers it appears in."""
        what = (self.slug, self.explainer.title, self.explainer.event.kind, self.roles, self.parties, self.quotes)
        return hashlib.sha1(repr((*what, self.stances, [page.name for page in self.pages])).encode()).hexdigest()

    def address(self, page: str = "index", anchor: str = "") -> str:
        """A page of the explainer (under docs/), with an anchor on it."""
        return explainer_page(self.slug, page) + (f"#{anchor}" if anchor else "")


def appearances(slug: str, explainer: models.Explainer, mentioned: dict[str, list[str]]) -> dict[str, Appearance]:
    """For each person and organisation of one explainer: their roles, quotes, positions, pages."""
    found: dict[str, Appearance] = {}

    def of(entity_id: str) -> Appearance:
        return found.setdefault(entity_id, Appearance(slug, explainer))

    for party in explainer.attendance:
        for member in party.members:
            of(member.person).roles.append(Role(party, member))
        members = {member.person for member in party.members}
        for entity_id in dict.fromkeys(filter(None, (party.organisation, party.leader))):
            if entity_id not in members:  # a member's role there says it already
                of(entity_id).parties.append(party)
    for quote in explainer.quotes:
        of(quote.speaker).quotes.append(quote)
    for issue in explainer.issues:
        for position in issue.positions:
            of(position.party).stances.append(Stance(issue, position))
    for entity_id, pages in mentioned.items():
        of(entity_id).pages = [EXPLAINER_PAGE[page] for page in pages]
    return found
