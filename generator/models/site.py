"""The site's identity: its name, who publishes it and where its data is kept (data/site.yml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model, Text, Url


class Publisher(Model):
    name: Text = Field(
        description="The newsroom or organisation that publishes the site.", examples=["The Example Newsroom"]
    )
    url: Url = Field(description="Its home page.", examples=["https://newsroom.example.org/"])
    logo: Url | None = Field(
        None,
        description="The web address of its logo, for search engines.",
        examples=["https://newsroom.example.org/logo.png"],
    )


class Repository(Model):
    url: Url = Field(
        description="The GitHub repository of the site's data.", examples=["https://github.com/newsroom/explainers"]
    )
    branch: Text = Field(default="main", description="The branch the site is built from.", examples=["main"])


class Site(Model):
    """What the whole site says of itself. Every field has a default: the file is optional."""

    name: Text = Field(
        default="Explainer", description="The site's name, in the header and the page titles.", examples=["Explainer"]
    )
    tagline: Text = Field(
        default="Sourced explainers of news events: every fact links to the passage that supports it.",
        description="One sentence under the name on the front page, and the site's description.",
        examples=["Sourced explainers of news events."],
    )
    promise: Text | None = Field(
        default=None,
        description="The front page's headline: what the site promises its readers, in one line. Without it, "
        "the tagline's first sentence.",
        examples=["The news, explained: every fact linked to the reporting it comes from."],
    )
    language: str = Field(
        default="en",
        pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$",
        description="The language of the pages, as a language code.",
        examples=["en"],
    )
    # The theme's colours, limited to those whose header text stays readable (WCAG AA).
    colour: Literal["indigo", "black", "blue grey", "brown", "deep purple"] = Field(
        default="indigo", description="The colour of the header.", examples=["indigo"]
    )
    publisher: Publisher | None = Field(
        default=None,
        description="Who publishes the site, for search engines and the pages' structured data.",
        examples=[{"name": "The Example Newsroom", "url": "https://newsroom.example.org/"}],
    )
    repository: Repository | None = Field(
        default=None,
        description="Where the data is edited: pages link to their data file and to a new issue there.",
        examples=[{"url": "https://github.com/newsroom/explainers", "branch": "main"}],
    )
