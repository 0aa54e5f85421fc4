"""Stage 4, render: turn the linked dataset into Markdown pages with Jinja2 templates.

Every value a template prints is escaped for Markdown and HTML unless it is `Markup` made
here, so no text from a data file can become markup on a page.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote as percent_encode

import jinja2
from markupsafe import Markup

from . import models
from .editing import file_kinds
from .link import anchor, normalise, walk
from .validate import Dataset

_ESCAPED = re.compile(r"[\\`*_{}\[\]<>#|&!~^=$]")
_LIST_MARKER = re.compile(r"^(\d+)([.)])|^([-+])")


def md_text(value: Any) -> str:
    """Plain text made inert in Markdown: special characters become numeric character references."""
    if isinstance(value, Markup):
        return str(value)
    text = " ".join(str(value).split())
    text = _ESCAPED.sub(lambda match: f"&#{ord(match.group())};", text)
    # A leading '-', '+' or '1.' would start a list wherever the text begins a line.
    return _LIST_MARKER.sub(lambda m: (m.group(1) or "") + f"&#{ord(m.group(2) or m.group(3))};", text)


def html_attribute(value: Any) -> str:
    return html.escape(" ".join(str(value).split()), quote=True)


def link_target(url: str) -> str:
    """A URL safe inside Markdown's (...) link syntax."""
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")


def text_fragment_url(url: str, quote: str) -> str:
    """The article's address with a text fragment that highlights the quoted words."""
    words = normalise(quote).strip("\"' ").split()
    encode = lambda part: percent_encode(" ".join(part), safe="")  # noqa: E731
    if len(words) <= 8:
        fragment = encode(words)
    else:
        fragment = f"{encode(words[:4])},{encode(words[-4:])}"
    return f"{url}#:~:text={fragment}"


class Citations:
    """The citation markers of one page and the footnotes they point to."""

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        self.footnotes: dict[str, list[models.Citation]] = {}

    def mark(self, cites: Iterable[models.Citation]) -> Markup:
        cites = list(cites)
        key = "\n".join(f"{c.source}\n{normalise(c.quote)}" for c in cites)
        label = "c-" + hashlib.sha1(key.encode()).hexdigest()[:8]
        self.footnotes.setdefault(label, cites)
        return Markup(f"[^{label}]")

    def definitions(self) -> Markup:
        return Markup("\n\n".join(
            f"[^{label}]: " + " &#183; ".join(self._passage(citation) for citation in cites)
            for label, cites in self.footnotes.items()))

    def _passage(self, citation: models.Citation) -> str:
        source = self.dataset.sources[citation.source].model
        credit = f"{md_text(source.outlet_short or source.outlet)}, {source.published}"
        link = link_target(text_fragment_url(source.url, citation.quote))
        return f"&#8220;{md_text(citation.quote)}&#8221; ([{credit}]({link}))"


def environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, not HTML: md_text below escapes for both
        finalize=md_text,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["attr"] = lambda value: Markup(html_attribute(value))
    env.filters["url"] = lambda value: Markup(link_target(value))
    env.filters["json"] = lambda value: Markup(json.dumps(value, ensure_ascii=False))
    env.filters["lower_first"] = lambda text: text[:1].lower() + text[1:]
    return env


# Each page of an explainer, in reading order, with its title in the navigation.
EXPLAINER_PAGES = {"index": "Overview", "attendees": "Who attended", "history": "History",
                   "issues": "The negotiation issues", "glossary": "Glossary", "sources": "Sources"}
_TEMPLATES = {"index": "overview.md.j2"}


def render_site(dataset: Dataset, templates: Path) -> dict[str, str]:
    """Every generated page: its path under docs/ and its Markdown."""
    env = environment(templates)
    explainers = newest_first(dataset)
    pages = {"index.md": env.get_template("home.md.j2").render(
        explainers=[(slug, record.model) for slug, record in explainers]),
        "how-to-edit.md": env.get_template("how-to-edit.md.j2").render(kinds=file_kinds())}
    for slug, record in explainers:
        for page in EXPLAINER_PAGES:
            pages[f"explainers/{slug}/{page}.md"] = render_explainer_page(env, dataset, record.model, page)
    return pages


def navigation(dataset: Dataset) -> list:
    """MkDocs' `nav`: home, then each explainer (newest first) with its pages in reading order."""
    # The theme prints navigation titles as they are, so text from data is HTML-escaped here.
    return [{"Home": "index.md"}, {"Explainers": [
        {html_attribute(record.model.title): [{title: f"explainers/{slug}/{page}.md"} for page, title in EXPLAINER_PAGES.items()]}
        for slug, record in newest_first(dataset)]}, {"How to edit": "how-to-edit.md"}]


def newest_first(dataset: Dataset) -> list:
    return sorted(dataset.explainers.items(), key=lambda item: (item[1].model.as_of, item[0]), reverse=True)


def render_explainer_page(env: jinja2.Environment, dataset: Dataset, explainer: models.Explainer, page: str) -> str:
    citations = Citations(dataset)
    entities = {**dataset.organisations, **dataset.people}
    context = {
        "explainer": explainer,
        "cite": citations.mark,
        "footnotes": citations.definitions,
        "name": lambda entity_id: entities[entity_id].model.name,
        "person": lambda person_id: dataset.people[person_id].model,
        "status": status_badge,
        "figure_value": figure_value,
        "party_heading": party_heading,
        "term_name": lambda term_id: dataset.glossary[term_id].model.term,
        "in_glossary": lambda term_ids: [term_id for term_id in term_ids if term_id in explainer.glossary],
        "anchor": anchor,
        "fragment_url": text_fragment_url,
        "terms": sorted(((term_id, dataset.glossary[term_id].model) for term_id in explainer.glossary),
                        key=lambda item: item[1].term.casefold()),
        "sources": list(cited_passages(dataset, explainer)),
    }
    return env.get_template(_TEMPLATES.get(page, f"{page}.md.j2")).render(context)


def status_badge(issue: models.NegotiationIssue) -> Markup:
    label = md_text(models.STATUS_LABELS[issue.status])
    return Markup(f'<span class="status status--{issue.status}">{label}</span>')


def figure_value(figure: models.Figure) -> str:
    number = f"{figure.value:,}"
    return f"{figure.qualifier} {number}" if figure.qualifier else number


def party_heading(party: models.Party) -> str:
    return f"Not a party to the talks: {party.name}" if party.role == "absent" else party.name


def cited_passages(dataset: Dataset, explainer: models.Explainer):
    """Each source of the explainer with every distinct passage cited on its pages, in order."""
    records = [explainer]
    for party in explainer.attendance:
        records += [dataset.people[member.person].model for member in party.members]
    records += [dataset.glossary[term_id].model for term_id in explainer.glossary]
    by_source: dict[str, dict[str, models.Citation]] = {source_id: {} for source_id in explainer.sources}
    for record in records:
        for _, value, _ in walk(record):
            if isinstance(value, models.Citation):
                by_source.setdefault(value.source, {}).setdefault(anchor(value), value)
    for source_id, passages in by_source.items():
        yield source_id, dataset.sources[source_id].model, list(passages.values())
