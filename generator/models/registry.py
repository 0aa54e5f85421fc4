"""The registry shared by every explainer: sources, people, organisations and glossary terms."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .base import Model, OrganisationId, TermId, Text, Url
from .claims import NoteValue, Statement, Statements
from .dates import DateValue

# The reference explainer's article, as an example of a web address.
_URL = "https://www.rferl.org/a/taliban-envoys-arrive-in-moscow-to-meet-afghan-politicians-tribal-elders/29967224.html"


class Source(Model):
    """A published article or document. Its text is stored beside this file, under the same name ending in .txt."""

    outlet: Text = Field(
        description="The name of the outlet that published it.", examples=["Radio Free Europe/Radio Liberty"]
    )
    outlet_short: Text | None = Field(
        None, description="A short form of the outlet's name, for credits.", examples=["RFE/RL"]
    )
    title: Text | None = Field(
        None,
        description="The headline: confirmed by an editor, or as a page gave it if title_from_page is true.",
        examples=["Taliban Envoys Arrive In Moscow To Meet Afghan Politicians, Tribal Elders"],
    )
    title_from_page: bool = Field(
        False,
        description="Whether the headline was taken from a saved page by an import and not yet confirmed.",
        examples=[False],
    )
    url: Url = Field(
        description="The article's web address, as published, starting with https:// or http://.",
        examples=[_URL],
    )
    archived: Url | None = Field(
        None,
        description="A web archive's copy of the page, shown beside the original.",
        examples=[f"https://web.archive.org/web/2019/{_URL}"],
    )
    published: DateValue = Field(
        description="When the outlet published it, as precisely as the page says.", examples=["2019-05-28"]
    )
    note: NoteValue | None = Field(
        None,
        description="An editors' note about the source, shown as such.",
        examples=["The article gives dates without a year; the explainers take the year from its publication date."],
    )


class Entity(Model):
    """What people and organisations have in common."""

    STATEMENTS: ClassVar[str] = "statements"  # the field that holds what the record says

    name: Text = Field(description="The full name, as the sources write it.", examples=["Abdul Ghani Baradar"])
    aliases: list[Text] = Field(
        default_factory=list,
        description="Other names and spellings, linked to the record where the explainers' prose uses them.",
        examples=[["Mullah Abdul Ghani Baradar", "Mullah Baradar", "Baradar"]],
    )
    statements: Statements


class Organisation(Entity):
    pass


class Person(Entity):
    affiliation: OrganisationId | None = Field(
        None,
        description="The organisation the person belongs to: the id of an organisation in data/organisations/.",
        examples=["taliban"],
    )


class Term(Model):
    """A glossary entry."""

    STATEMENTS: ClassVar[str] = "definitions"

    term: Text = Field(description="The term as readers see it.", examples=["Intra-Afghan dialogue"])
    aliases: list[Text] = Field(
        default_factory=list, description="Other forms of the term found in prose.", examples=[["intra-Afghan talks"]]
    )
    related: list[TermId] = Field(
        default_factory=list,
        description="Other terms a reader may want to look up next: ids of terms in data/glossary/, linked from "
        "this one's entry.",
        examples=[["ceasefire", "peace-process"]],
    )
    definitions: Statements = Field(
        description="What the term means, as the sources say it, each definition as of a date, oldest first; a "
        "definition no source gives is marked editorial: true.",
        examples=[
            [
                {
                    "text": "A title given to a Muslim cleric or scholar of religious law.",
                    "editorial": True,
                }
            ]
        ],
    )

    @property
    def statements(self) -> list[Statement]:
        """What the term's record says: its definitions, as a person's record says its statements."""
        return self.definitions
