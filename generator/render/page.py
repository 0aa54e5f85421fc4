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
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup

from .. import models
from ..dataset import Dataset
from ..models import Note, PartialDate, Precision
from ..pages import relative
from . import labels
from .citations import Citations
from .escape import escape, html_attribute, md_text, shorten
from .mentions import Destination, Mentions, Target, Vocabulary


@functools.cache  # one per process: `mkdocs serve` keeps the compiled templates (Jinja reloads changed ones)
def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown headings and HTML bodies: md_text escapes for both
        finalize=md_text,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["attr"] = lambda value: Markup(html_attribute(value))
    env.filters["url"] = lambda value: Markup(html_attribute(value))
    env.filters["lower_first"] = lambda text: text[:1].lower() + text[1:]
    env.filters["in_sentence"] = labels.in_sentence
    env.globals.update(
        status=labels.status_badge,
        figure_value=labels.figure_value,
        party_heading=labels.party_heading,
        party_place=labels.party_place,
        role_label=labels.ROLE_LABELS.get,
        event_when=labels.event_when,
        words=labels,
    )
    return env


@dataclass
class Page:
    """One page being rendered: links from its address, its citation markers and footnotes, its prose."""

    path: str  # under docs/
    dataset: Dataset
    vocabulary: Vocabulary
    # Where a mention links to (a page under docs/, with its anchor), or None where it is not linked.
    target: Callable[[Target], Destination | None]
    linked: set[str] = field(default_factory=set)  # ids not to link again (the page's own subject)
    tooltips: bool = True
    data_file: str | None = None  # the file under data/ the page is made from, for "Edit this page's data"
    citations: Citations = field(init=False)
    mentions: Mentions = field(init=False)

    def __post_init__(self) -> None:
        self.citations = Citations(self.dataset)
        self.mentions = Mentions(self.vocabulary, self._destination, set(self.linked), tooltips=self.tooltips)

    def _destination(self, target: Target) -> Destination | None:
        found = self.target(target)
        return None if found is None else Destination(relative(self.path, found.url), found.tooltip)

    def url(self, address: str) -> Markup:
        """The link from this page to a page under docs/ (with or without #anchor): ids and paths, never text."""
        return Markup(relative(self.path, address))

    def cite(self, cites: Iterable[models.Citation]) -> Markup:
        return self.citations.mark(cites)

    def footnotes(self) -> Markup:
        return self.citations.definitions()

    def prose(self, text: str, itself: str | None = None) -> Markup:
        return self.mentions.prose(text, itself)

    def plain(self, text: str, according_to: str | None) -> Markup:
        """A claim with who says so, and no links: the first screen's dek and lede, read at a glance."""
        return Markup(md_text(labels.attributed(self.dataset, text, according_to)))

    def claim(self, text: str, according_to: str | None, itself: str | None = None) -> Markup:
        """A claim in prose, with who says so where it is someone's account: '..., according to RFE/RL.'"""
        who = labels.voice_name(self.dataset, according_to) if according_to else None
        words, attribution = labels.attribution(text, who)
        return Markup(f"{self.prose(words, itself)}{escape(attribution)}")  # md_text would trim its space

    def date(
        self, when: PartialDate, cites: Iterable[models.Citation] = (), alone: bool = False, why: bool = True
    ) -> Markup:
        """A date as precise as it is known; one the editors inferred says so, and why in a note unless
        not `why` (in HTML, such as the dateline, where a note cannot go; the page says why elsewhere); one
        whose year only its article's date gives (`cites`, where the date is a claim's) says so quietly.
        A decade is in words as written, after "the" unless it stands `alone`; HTML's <time> has no
        decade, so its years are given as the <data> element's value."""
        words = when.words(alone)  # digits, letters and hyphens: nothing to escape
        if when.precision is Precision.decade:
            shown = Markup(f'<data value="{when.iso}">{words}</data>')
        else:
            shown = Markup(f'<time datetime="{when.iso}">{words}</time>')
        quietly = labels.year_from_article(self.dataset, when, list(cites)) if cites else None
        if quietly:
            return shown + self.citations.note(quietly)
        if not when.inferred:
            return shown
        reason = self.citations.note(labels.inferred_reason(when)) if why else ""
        return Markup(f'{shown} <span class="inferred">{labels.INFERRED}</span>{reason}')

    def note(self, note: Note, label: str = labels.EDITORS_NOTE) -> Markup:
        """An editors' note, marked as theirs, and as from outside the stored sources where it is."""
        return Markup(f'<span class="editorial">{md_text(labels.note_label(note, label))}:</span> {md_text(note.text)}')

    def actions(self) -> Markup:
        """Links to edit the page's data and to report a problem, where data/site.yml names a repository."""
        repository = self.dataset.site.repository
        if repository is None:
            return Markup("")
        base = repository.url.rstrip("/")
        links = []
        if self.data_file:
            edit = f"{base}/edit/{quote(repository.branch)}/{quote(self.data_file)}"
            links.append(f'<a href="{html_attribute(edit)}">Edit this page&#39;s data</a>')
        body = f"Page: {self.path}\n\nWhat is wrong, and the source that shows it:\n"
        report = f"{base}/issues/new?" + urlencode({"title": f"Problem on {self.path}", "body": body})
        links.append(f'<a href="{html_attribute(report)}">Report a problem</a>')
        return Markup(f'<p class="page-actions">{" &#183; ".join(links)}</p>')


def render(env: jinja2.Environment, template: str, context: Any) -> str:
    """A template rendered with the fields of a context dataclass as its variables."""
    fields = {item.name: getattr(context, item.name) for item in dataclasses.fields(context)}
    return env.get_template(template).render(fields)


def front_matter(
    title: str,
    description: str,
    *,
    searched: bool = True,
    card: str | None = None,
    card_text: str = "",
    reading: bool = False,
) -> str:
    """MkDocs page metadata; the theme prints it as it is, so it is HTML-escaped here (and JSON is YAML).

    `card` is the picture for shared links (a file under docs/), `card_text` what it says (its
    alternative text): an explainer's pages are articles. A `reading` page (an explainer's) is one
    centred column: no menu tree, no table of contents, and its own parts bar and pager instead of
    the theme's previous and next, which would lead out of the explainer."""
    return (
        f"---\ntitle: {json.dumps(html_attribute(title))}\n"
        f"description: {json.dumps(html_attribute(shorten(description)))}\n"
        + ("" if searched else "search:\n  exclude: true\n")
        + ("hide:\n  - navigation\n  - toc\n  - footer\n" if reading else "")
        + (
            f"image: {json.dumps(card)}\nimage_alt: {json.dumps(html_attribute(card_text))}\nog_type: article\n"
            if card
            else ""
        )
        + "---\n\n"
    )
