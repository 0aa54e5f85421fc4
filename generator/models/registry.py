"""The registry shared by every explainer: sources, people, organisations and glossary terms."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .base import Model, OrganisationId, TermId, Text, Url
from .claims import NoteValue, Statement, Statements
from .dates import DateValue


class Source(Model):
    """A published article or document. Its text is stored beside this file, under the same name ending in .txt."""

    outlet: Text = Field(description="The name of the outlet that published it.")
    outlet_short: Text | None = Field(None, description="A short form of the outlet's name, for credits.")
    title: Text | None = Field(
        None, description="The headline: confirmed by an editor, or as a page gave it if title_from_page is true."
    )
    title_from_page: bool = Field(
        False, description="Whether the headline was taken from a saved page by an import and not yet confirmed."
    )
    url: Url
    archived: Url | None = Field(None, description="A web archive's copy of the page, shown beside the original.")
    published: DateValue
    note: NoteValue | None = Field(None, description="An editors' note about the source, shown as such.")


class Entity(Model):
    """What people and organisations have in common."""

    STATEMENTS: ClassVar[str] = "statements"  # the field that holds what the record says

    name: Text = Field(description="The full name, as the sources write it.")
    aliases: list[Text] = Field(default_factory=list, description="Other names and spellings.")
    statements: Statements


class Organisation(Entity):
    pass


class Person(Entity):
    affiliation: OrganisationId | None = None


class Term(Model):
    """A glossary entry."""

    STATEMENTS: ClassVar[str] = "definitions"

    term: Text = Field(description="The term as readers see it.")
    aliases: list[Text] = Field(default_factory=list, description="Other forms of the term found in prose.")
    related: list[TermId] = Field(default_factory=list)
    definitions: Statements

    @property
    def statements(self) -> list[Statement]:
        """What the term's record says: its definitions, as a person's record says its statements."""
        return self.definitions
