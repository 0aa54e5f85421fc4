"""What every generated page is rendered with: the Jinja environment, and a `Page` that knows the
page's address (for links), its citations and the mentions in its prose."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from .. import models
from ..dataset import Dataset
from ..pages import relative
from . import labels
from .citations import Citations
from .escape import html_attribute, link_target, md_text, shorten
from .mentions import Mentions, Target, Vocabulary


@functools.cache  # one per process: `mkdocs serve` keeps the compiled templates (Jinja reloads changed ones)
def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, not HTML: md_text escapes for both
        finalize=md_text,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["attr"] = lambda value: Markup(html_attribute(value))
    env.filters["url"] = lambda value: Markup(link_target(value))
    env.filters["lower_first"] = lambda text: text[:1].lower() + text[1:]
    env.globals.update(status=labels.status_badge, figure_value=labels.figure_value, party_heading=labels.party_heading)
    return env


@dataclass
class Page:
    """One page being rendered: links from its address, its citation markers and footnotes, its prose."""

    path: str  # under docs/
    dataset: Dataset
    vocabulary: Vocabulary
    # Where a mention links to (a page under docs/, with its anchor), or None where it is not linked.
    target: Callable[[Target], str | None]
    linked: set[str] = field(default_factory=set)  # ids not to link again (the page's own subject)
    tooltips: bool = True
    citations: Citations = field(init=False)
    mentions: Mentions = field(init=False)

    def __post_init__(self) -> None:
        self.citations = Citations(self.dataset)
        self.mentions = Mentions(self.vocabulary, self._mention_url, set(self.linked), tooltips=self.tooltips)

    def _mention_url(self, target: Target) -> str | None:
        address = self.target(target)
        return None if address is None else relative(self.path, address)

    def url(self, address: str) -> Markup:
        """The link from this page to a page under docs/ (with or without #anchor): ids and paths, never text."""
        return Markup(relative(self.path, address))

    def cite(self, cites: Iterable[models.Citation]) -> Markup:
        return self.citations.mark(cites)

    def footnotes(self) -> Markup:
        return self.citations.definitions()

    def prose(self, text: str, itself: str | None = None) -> Markup:
        return self.mentions.prose(text, itself)


def render(env: jinja2.Environment, template: str, context: Any) -> str:
    """A template rendered with the fields of a context dataclass as its variables."""
    fields = {item.name: getattr(context, item.name) for item in dataclasses.fields(context)}
    return env.get_template(template).render(fields)


def front_matter(title: str, description: str, *, searched: bool = True) -> str:
    """MkDocs page metadata; the theme prints it as it is, so it is HTML-escaped here (and JSON is YAML)."""
    return (
        f"---\ntitle: {json.dumps(html_attribute(title))}\n"
        f"description: {json.dumps(html_attribute(shorten(description)))}\n"
        + ("" if searched else "search:\n  exclude: true\n")
        + "---\n\n"
    )
