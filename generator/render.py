"""Stage 4, render: turn the linked dataset into Markdown pages with Jinja2 templates.

Every value a template prints is escaped for Markdown and HTML unless it is `Markup` made
here, so no text from a data file can become markup on a page.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote as percent_encode

import jinja2
from markupsafe import Markup

from . import models, opendata, structured
from .editing import file_kinds
from .link import anchor, normalise, walk
from .markdown_text import html_attribute, link_target, md_text
from .mentions import Mentions, Target, Vocabulary, plural
from .validate import Dataset


@functools.lru_cache(maxsize=1 << 16)
def text_fragment_url(url: str, quote: str) -> str:
    """The article's address with a text fragment that highlights the quoted words."""
    words = normalise(quote).strip("\"' ").split()
    encode = lambda part: percent_encode(" ".join(part), safe="")  # noqa: E731
    fragment = encode(words) if len(words) <= 8 else f"{encode(words[:4])},{encode(words[-4:])}"
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
        return Markup(
            "\n\n".join(
                f"[^{label}]: " + " &#183; ".join(self._passage(citation) for citation in cites)
                for label, cites in self.footnotes.items()
            )
        )

    def _passage(self, citation: models.Citation) -> str:
        source = self.dataset.sources[citation.source].model
        credit = f"{md_text(source.outlet_short or source.outlet)}, {source.published}"
        link = link_target(text_fragment_url(source.url, citation.quote))
        return f"&#8220;{md_text(citation.quote)}&#8221; ([{credit}]({link}))"


@functools.cache  # one per process: `mkdocs serve` keeps the compiled templates (Jinja reloads changed ones)
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
    env.filters["lower_first"] = lambda text: text[:1].lower() + text[1:]
    return env


# Each page of an explainer, in reading order, with its title in the navigation.
EXPLAINER_PAGES = {
    "index": "Overview",
    "attendees": "Who attended",
    "history": "History",
    "issues": "The negotiation issues",
    "glossary": "Glossary",
    "sources": "Sources",
}
_TEMPLATES = {"index": "overview.md.j2"}


def render_site(dataset: Dataset, templates: Path, reuse: dict | None = None) -> dict[str, str]:
    """Every generated page: its path under docs/ and its Markdown.

    `reuse` (kept by the caller between builds) holds each explainer's pages with a digest of what
    they were made from: an explainer whose file, the registry and the templates did not change
    keeps its pages.
    """
    env = environment(templates)
    explainers = newest_first(dataset)
    vocabulary = site_vocabulary(dataset)
    pages = {
        "index.md": front_matter("Explainers", "Sourced explainers of news events: every fact links to its source.")
        + env.get_template("home.md.j2").render(explainers=[(slug, record.model) for slug, record in explainers]),
        "how-to-edit.md": front_matter("How to edit", "How to change the explainers' data: every file and field.")
        + env.get_template("how-to-edit.md.j2").render(kinds=file_kinds()),
    }
    appearances: dict[str, list[dict]] = {}  # entity id -> what it does in each explainer, newest first
    inputs = f"{registry_digest(dataset)}:{templates_digest(templates)}" if reuse is not None else ""
    rendered = {}  # slug -> (digest of its inputs, its pages, the pages each entity is mentioned on)
    for slug, record in explainers:
        key = f"{record.document.digest}:{inputs}"
        cached = (reuse or {}).get(slug)
        explainer_pages, mentioned = (
            cached[1:]
            if cached and cached[0] == key
            else render_explainer(env, dataset, vocabulary, slug, record.model)
        )
        rendered[slug] = (key, explainer_pages, mentioned)
        pages.update(explainer_pages)
        for entity_id, appearance in explainer_appearances(slug, record.model, mentioned).items():
            appearances.setdefault(entity_id, []).append(appearance)
    if reuse is not None:
        reuse.clear()
        reuse.update(rendered)
    for folder, registry in (("people", dataset.people), ("organisations", dataset.organisations)):
        for entity_id, entity in registry.items():
            pages[f"{folder}/{entity_id}.md"] = render_entity_page(
                env, dataset, vocabulary, entity_id, entity.model, appearances.get(entity_id, [])
            )
    if dataset.glossary:
        pages["glossary.md"] = render_site_glossary(env, dataset, vocabulary, explainers)
    return pages


def render_explainer(
    env: jinja2.Environment, dataset: Dataset, vocabulary: Vocabulary, slug: str, explainer: models.Explainer
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """An explainer's pages and data files, and the pages on which each entity is mentioned."""
    pages, mentioned = {}, {}
    glossary = set(explainer.glossary)
    for page in EXPLAINER_PAGES:
        # The glossary shows every definition already: its links to other terms need no tooltip.
        mentions = Mentions(
            vocabulary, lambda target, page=page: explainer_link(target, glossary, page), tooltips=page != "glossary"
        )
        pages[f"explainers/{slug}/{page}.md"] = render_explainer_page(env, dataset, explainer, page, mentions)
        for entity_id in mentions.seen:
            mentioned.setdefault(entity_id, []).append(page)
    for name, content in opendata.files(dataset, slug, explainer).items():
        pages[f"explainers/{slug}/data/{name}"] = content
    return pages, mentioned


def registry_digest(dataset: Dataset) -> str:
    """Of every file an explainer's pages may draw on besides its own: sources, people, organisations, terms."""
    digest = hashlib.sha1()
    for kind in ("sources", "organisations", "people", "glossary"):
        for record_id, record in getattr(dataset, kind).items():
            digest.update(f"{kind}/{record_id}:{record.document.digest}\n".encode())
    return digest.hexdigest()


def templates_digest(templates: Path) -> str:
    digest = hashlib.sha1()
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def front_matter(title: str, description: str, *, searched: bool = True) -> str:
    """MkDocs page metadata; the theme prints it as it is, so it is HTML-escaped here (and JSON is YAML)."""
    return (
        f"---\ntitle: {json.dumps(html_attribute(title))}\n"
        f"description: {json.dumps(html_attribute(shorten(description)))}\n"
        + ("" if searched else "search:\n  exclude: true\n")
        + "---\n\n"
    )


def shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


# Material writes the siblings of every section on the way to a page into that page (even with
# navigation.prune): a section longer than this is split into groups, so a page's size does not
# grow with the number of explainers or people.
NAV_SECTION_LIMIT = 15


def navigation(dataset: Dataset) -> list:
    """MkDocs' `nav`: home, then each explainer (newest first) with its pages in reading order."""
    # The theme prints navigation titles as they are, so text from data is HTML-escaped here.
    explainers = [
        (
            record.model.as_of,
            {
                html_attribute(record.model.title): [
                    {title: f"explainers/{slug}/{page}.md"} for page, title in EXPLAINER_PAGES.items()
                ]
            },
        )
        for slug, record in newest_first(dataset)
    ]
    sections = [
        {"Home": "index.md"},
        {
            "Explainers": grouped(
                explainers, lambda as_of: str(as_of.earliest.year), lambda as_of: as_of.earliest.strftime("%B %Y")
            )
        },
    ]
    for heading, folder, registry in (
        ("People", "people", dataset.people),
        ("Organisations", "organisations", dataset.organisations),
    ):
        entries = sorted(
            (
                (record.model.name.casefold(), {html_attribute(record.model.name): f"{folder}/{entity_id}.md"})
                for entity_id, record in registry.items()
            ),
            key=lambda entry: entry[0],
        )
        if entries:
            sections.append({heading: grouped(entries, lambda name: name[:1].upper(), lambda name: name[:2].title())})
    return [*sections, *([{"Glossary": "glossary.md"}] if dataset.glossary else []), {"How to edit": "how-to-edit.md"}]


def grouped(entries: list[tuple], *keys) -> list:
    """The entries' nav items, in groups by the first key (then the next) while there are too many."""
    if len(entries) <= NAV_SECTION_LIMIT or not keys:
        return [item for _, item in entries]
    groups = {}
    for entry in entries:
        groups.setdefault(keys[0](entry[0]), []).append(entry)
    if len(groups) == 1:
        return grouped(entries, *keys[1:])
    return [{html_attribute(label): grouped(members, *keys[1:])} for label, members in groups.items()]


def newest_first(dataset: Dataset) -> list:
    return sorted(dataset.explainers.items(), key=lambda item: (item[1].model.as_of, item[0]), reverse=True)


def site_vocabulary(dataset: Dataset) -> Vocabulary:
    """Every person's and organisation's name and alias, every term, alias and plural."""
    names, terms = {}, {}
    for kind, registry in (("people", dataset.people), ("organisations", dataset.organisations)):
        for entity_id, record in registry.items():
            # No tooltip: every one costs the theme's script work on load (Lighthouse's blocking time).
            target = Target(entity_id, kind, "")
            for name in (record.model.name, *record.model.aliases):
                names.setdefault(name, target)
    for term_id, record in dataset.glossary.items():
        target = Target(term_id, "glossary", shorten(record.model.definition, 120))
        for name in (record.model.term, *record.model.aliases):
            for form in (name, plural(name)):
                terms.setdefault(form.lower(), target)
    return Vocabulary(names, terms)


def explainer_link(target: Target, glossary: set[str], page: str) -> str | None:
    """Where a mention links from an explainer's page: a term only if the explainer defines it."""
    if target.kind == "glossary":
        return None if target.id not in glossary else f"{'' if page == 'glossary' else 'glossary.md'}#{target.id}"
    return f"../../{target.kind}/{target.id}.md"


def explainer_appearances(slug: str, explainer: models.Explainer, mentioned: dict[str, list[str]]) -> dict:
    """For each person and organisation of one explainer: their roles, quotes, positions, pages."""
    appearances: dict[str, dict] = {}

    def of(entity_id: str) -> dict:
        return appearances.setdefault(
            entity_id,
            {
                "slug": slug,
                "explainer": explainer,
                "roles": [],
                "parties": [],
                "quotes": [],
                "positions": [],
                "pages": [],
            },
        )

    for party in explainer.attendance:
        for member in party.members:
            of(member.person)["roles"].append((party, member))
        for entity_id in dict.fromkeys(filter(None, (party.organisation, party.leader))):
            of(entity_id)["parties"].append(party)
    for quote in explainer.quotes:
        of(quote.speaker)["quotes"].append(quote)
    for issue in explainer.issues:
        for position in issue.positions:
            of(position.party)["positions"].append((issue, position))
    for entity_id, pages in mentioned.items():
        of(entity_id)["pages"] = [(page, EXPLAINER_PAGES[page]) for page in pages]
    return appearances


def render_explainer_page(
    env: jinja2.Environment, dataset: Dataset, explainer: models.Explainer, page: str, mentions: Mentions
) -> str:
    citations = Citations(dataset)
    entities = {**dataset.organisations, **dataset.people}
    context = {
        "explainer": explainer,
        "cite": citations.mark,
        "footnotes": citations.definitions,
        "prose": mentions.prose,
        "name": lambda entity_id: entities[entity_id].model.name,
        "entity_url": lambda entity_id: (
            f"../../{'people' if entity_id in dataset.people else 'organisations'}/{entity_id}.md"
        ),
        "person": lambda person_id: dataset.people[person_id].model,
        "status": status_badge,
        "figure_value": figure_value,
        "party_heading": party_heading,
        "term_name": lambda term_id: dataset.glossary[term_id].model.term,
        "term_url": lambda term_id: f"#{term_id}" if term_id in explainer.glossary else f"../../glossary.md#{term_id}",
        "anchor": anchor,
        "fragment_url": text_fragment_url,
        "terms": alphabetical(dataset, explainer.glossary),
        "used_in": None,
        "sources": list(cited_passages(dataset, explainer)) if page == "sources" else [],
        "jsonld": structured.for_page(dataset, explainer, page),
        "eras": [(era, list(events)) for era, events in itertools.groupby(explainer.timeline, lambda e: e.era)],
    }
    title = explainer.title if page == "index" else f"{EXPLAINER_PAGES[page]}: {explainer.title}"
    body = env.get_template(_TEMPLATES.get(page, f"{page}.md.j2")).render(context)
    # An explainer's glossary repeats the site glossary's definitions: searching finds those once.
    return front_matter(title, explainer.summary.text, searched=page != "glossary") + body


def render_entity_page(
    env: jinja2.Environment,
    dataset: Dataset,
    vocabulary: Vocabulary,
    entity_id: str,
    entity: models.Organisation,
    appearances: list[dict],
) -> str:
    citations = Citations(dataset)
    mentions = Mentions(
        vocabulary,
        lambda target: (
            "../glossary.md#" + target.id if target.kind == "glossary" else f"../{target.kind}/{target.id}.md"
        ),
        linked={entity_id},
    )
    affiliation = getattr(entity, "affiliation", None)
    body = env.get_template("entity.md.j2").render(
        entity=entity,
        appearances=appearances,
        cite=citations.mark,
        footnotes=citations.definitions,
        prose=mentions.prose,
        affiliation=(affiliation, dataset.organisations[affiliation].model.name) if affiliation else None,
        party_heading=party_heading,
        jsonld=structured.script(structured.entity(dataset, entity_id)),
    )
    return front_matter(entity.name, entity.description) + body


# The site glossary links a term to this many explainers using it, the newest: a common term is in
# most of them, and a thousand links under each term would make the page too heavy to read.
USED_IN_SHOWN = 10


def render_site_glossary(env: jinja2.Environment, dataset: Dataset, vocabulary: Vocabulary, explainers: list) -> str:
    """Every term of the registry, with the explainers whose glossary has it (newest first)."""
    citations = Citations(dataset)
    # Every definition is on the page already: links to other terms need no tooltip.
    mentions = Mentions(
        vocabulary,
        lambda target: f"#{target.id}" if target.kind == "glossary" else f"{target.kind}/{target.id}.md",
        tooltips=False,
    )
    used_in: dict[str, list] = {}
    for slug, record in explainers:
        for term_id in record.model.glossary:
            used_in.setdefault(term_id, []).append((slug, record.model.title))
    body = env.get_template("glossary.md.j2").render(
        explainer=None,
        terms=alphabetical(dataset, dataset.glossary),
        used_in=used_in,
        used_in_shown=USED_IN_SHOWN,
        cite=citations.mark,
        footnotes=citations.definitions,
        prose=mentions.prose,
        term_name=lambda term_id: dataset.glossary[term_id].model.term,
        term_url=lambda term_id: f"#{term_id}",
        jsonld=structured.script(structured.glossary(dataset, "Glossary of the explainers", dataset.glossary)),
    )
    return front_matter("Glossary", "Every term used in the explainers, with its definition and its source.") + body


def alphabetical(dataset: Dataset, term_ids: Iterable[str]) -> list:
    return sorted(
        ((term_id, dataset.glossary[term_id].model) for term_id in term_ids), key=lambda item: item[1].term.casefold()
    )


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
