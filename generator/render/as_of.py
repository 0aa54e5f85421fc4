"""The registry as an explainer of one date sees it: of each person, organisation and term, the
newest statement known on that date (see chronology.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import chronology, models
from ..dataset import Dataset
from ..kinds import GLOSSARY, PEOPLE, REGISTRY, SOURCES
from ..models import PartialDate, Statement
from ..pages import record_page
from .labels import voice_name

REGISTRY_KINDS = {kind.folder: kind for kind in REGISTRY}


@dataclass(frozen=True)
class Registry:
    """The shared records as an explainer of one date sees them, looked up by id."""

    dataset: Dataset
    on: PartialDate
    # What each record says on that date, worked out once: an explainer's pages look up the same
    # records again and again (every mention of a name or a term). Not copied by `replace`.
    known: dict[tuple[str, str], tuple[Statement, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def name(self, voice_id: str) -> str:
        return voice_name(self.dataset, voice_id)

    def address(self, voice_id: str, sources_page: str) -> str:
        """A person's or organisation's page; for a source (a document quoted), its entry on `sources_page`."""
        if self.dataset.find(SOURCES, voice_id):
            return f"{sources_page}#{voice_id}"
        return record_page(self.dataset.entity_kind(voice_id), voice_id)

    def person(self, person_id: str) -> models.Person:
        return self.dataset.get(PEOPLE, person_id)

    def described(self, person_id: str) -> Statement | None:
        """What the explainer says of a person (the newest statement known on its date)."""
        return self.statement(PEOPLE.folder, person_id)

    def statements(self, folder: str, record_id: str) -> tuple[Statement, ...]:
        """The statements of a person, organisation or term known on the explainer's date, oldest first."""
        if (folder, record_id) not in self.known:
            model = self.dataset.get(REGISTRY_KINDS[folder], record_id)
            self.known[folder, record_id] = tuple(chronology.known_on(model.statements, self.dataset, self.on))
        return self.known[folder, record_id]

    def statement(self, folder: str, record_id: str) -> Statement | None:
        """The newest of them: what the explainer says of the record."""
        known = self.statements(folder, record_id)
        return known[-1] if known else None


def shown_statements(registry: Registry, explainer: models.Explainer) -> list[Statement]:
    """The registry's statements an explainer's pages show: its terms' definitions (people are described
    on their own pages)."""
    shown = [registry.statement(GLOSSARY.folder, term_id) for term_id in explainer.glossary]
    return [statement for statement in shown if statement]
