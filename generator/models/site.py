"""The site's identity: its name, who publishes it and where its data is kept (data/site.yml)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Model, Text, Url


class Publisher(Model):
    name: Text = Field(description="The newsroom or organisation that publishes the site.")
    url: Url = Field(description="Its home page.")
    logo: Url | None = Field(None, description="The web address of its logo, for search engines.")


class Repository(Model):
    url: Url = Field(
        description="The GitHub repository of the site's data, e.g. https://github.com/newsroom/explainers."
    )
    branch: Text = Field(default="main", description="The branch the site is built from.")


class Site(Model):
    """What the whole site says of itself. Every field has a default: the file is optional."""

    name: Text = Field(default="Explainer", description="The site's name, in the header and the page titles.")
    tagline: Text = Field(
        default="Sourced explainers of news events: every fact links to the passage that supports it.",
        description="One sentence under the name on the front page, and the site's description.",
    )
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$", description="The language of the pages.")
    # The theme's colours, limited to those whose header text stays readable (WCAG AA).
    colour: Literal["indigo", "black", "blue grey", "brown", "deep purple"] = Field(
        default="indigo", description="The colour of the header."
    )
    publisher: Publisher | None = None
    repository: Repository | None = Field(
        default=None, description="Where the data is edited: pages link to their data file and to a new issue there."
    )
