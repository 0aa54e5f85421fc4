"""The kinds of record under data/: one row each, read by every stage (load, schemas, scaffolds,
references, pages, the How-to-edit page). A new kind is a new row here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from . import models

M = TypeVar("M", bound=BaseModel, covariant=True)


@dataclass(frozen=True)
class Kind(Generic[M]):
    folder: str  # under data/; also what reference fields name (models.Ref.kinds)
    model: type[M]
    noun: str  # one record, in words: `python -m generator new NOUN ID`
    title: str  # the heading of this kind on the How-to-edit page
    page: str | None  # the address of a record's page under docs/, with {id}; None: it has none
    scaffold: bool = True  # whether `new` starts a file of this kind (a source is imported instead)

    @property
    def schema_file(self) -> str:
        return f"{self.noun}.json"

    def data_file(self, record_id: str) -> str:
        """Where a record of this kind is written, from the project's root."""
        return f"data/{self.folder}/{record_id}.yml"


SOURCES = Kind("sources", models.Source, "source", "Sources", None, scaffold=False)
ORGANISATIONS = Kind("organisations", models.Organisation, "organisation", "Organisations", "organisations/{id}.md")
PEOPLE = Kind("people", models.Person, "person", "People", "people/{id}.md")
GLOSSARY = Kind("glossary", models.Term, "term", "Glossary terms", "glossary.md#{id}")
EXPLAINERS = Kind("explainers", models.Explainer, "explainer", "Explainers", "explainers/{id}/index.md")

# In the order they are loaded and checked: what others refer to first.
KINDS: tuple[Kind[BaseModel], ...] = (SOURCES, ORGANISATIONS, PEOPLE, GLOSSARY, EXPLAINERS)
BY_FOLDER = {kind.folder: kind for kind in KINDS}
BY_NOUN = {kind.noun: kind for kind in KINDS}
REGISTRY: tuple[Kind[models.Entity | models.Term], ...] = (ORGANISATIONS, PEOPLE, GLOSSARY)  # shared by all
ENTITIES: tuple[Kind[models.Entity], ...] = (PEOPLE, ORGANISATIONS)  # each has a page of its own
