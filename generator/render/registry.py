"""The collection's own pages: home, a page per person and organisation, the site glossary, How to edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import jinja2
from markupsafe import Markup

from .. import chronology, models
from ..dataset import Dataset, Record
from ..kinds import BY_FOLDER, GLOSSARY, ORGANISATIONS
from ..pages import HOME, SITE_GLOSSARY, Link, explainer_page, record_page
from . import jsonld
from .editing import FileKind, file_kinds
from .escape import shorten
from .explainer import GlossaryEntry, glossary_entries
from .labels import Dated, dated
from .mentions import Destination, Target, Vocabulary
from .page import Page, front_matter, render
from .xref import Appearance

# The site glossary links a term to this many explainers using it, the newest: a common term is in
# most of them, and a thousand links under each term would make the page too heavy to read.
USED_IN_SHOWN = 10

Explainers = list[tuple[str, Record[models.Explainer]]]


def site_target(dataset: Dataset) -> Callable[[Target], Destination]:
    def destination(found: Target) -> Destination:
        """Where a mention links from the collection's pages: every name and term, site-wide; a
        term shows its newest definition."""
        kind = BY_FOLDER[found.kind]
        if kind is not GLOSSARY:
            return Destination(record_page(kind, found.id))
        newest = chronology.newest(dataset.get(GLOSSARY, found.id).definitions)
        return Destination(record_page(kind, found.id), shorten(newest.text, 120))

    return destination


@dataclass
class EntityContext:
    page: Page
    entity: models.Entity
    statements: list[Dated]  # oldest first
    affiliation: Link | None
    appearances: list[Appearance]
    jsonld: Markup


def render_entity_page(
    env: jinja2.Environment,
    dataset: Dataset,
    vocabulary: Vocabulary,
    entity_id: str,
    appearances: list[Appearance],
) -> str:
    kind = dataset.entity_kind(entity_id)
    entity = dataset.of(kind)[entity_id].model
    affiliation = entity.affiliation if isinstance(entity, models.Person) else None
    context = EntityContext(
        page=Page(record_page(kind, entity_id), dataset, vocabulary, site_target(dataset), linked={entity_id}),
        entity=entity,
        statements=dated(entity.statements, dataset),
        affiliation=Link(dataset.entity(affiliation).name, record_page(ORGANISATIONS, affiliation))
        if affiliation
        else None,
        appearances=appearances,
        jsonld=jsonld.script(jsonld.entity(dataset, entity_id)),
    )
    description = chronology.newest(entity.statements).text
    return front_matter(entity.name, description) + render(env, "entity.md.j2", context)


@dataclass
class SiteGlossaryContext:
    page: Page
    terms: list[GlossaryEntry]
    jsonld: Markup
    explainer: None = None  # the template serves each explainer's glossary too
    show_used_in: bool = True
    show_credits: bool = True


def render_site_glossary(
    env: jinja2.Environment, dataset: Dataset, vocabulary: Vocabulary, explainers: Explainers
) -> str:
    """Every term of the registry, with the explainers whose glossary has it (newest first)."""
    used_in: dict[str, list[Link]] = {}
    for slug, record in explainers:
        for term_id in record.model.glossary:
            address = explainer_page(slug, "glossary") + f"#{term_id}"
            used_in.setdefault(term_id, []).append(Link(record.model.title, address))
    terms = [
        GlossaryEntry(
            entry.id,
            entry.term,
            entry.definitions,
            entry.related,
            used_in.get(entry.id, [])[:USED_IN_SHOWN],
            max(0, len(used_in.get(entry.id, [])) - USED_IN_SHOWN),
        )
        for entry in glossary_entries(dataset, dataset.of(GLOSSARY), SITE_GLOSSARY, None)
    ]
    # Every definition is on the page already: links to other terms need no tooltip.
    context = SiteGlossaryContext(
        page=Page(SITE_GLOSSARY, dataset, vocabulary, site_target(dataset), tooltips=False),
        terms=terms,
        jsonld=jsonld.script(jsonld.glossary(dataset, "Glossary of the explainers", dataset.of(GLOSSARY))),
    )
    description = "Every term used in the explainers, with its definition and its source."
    return front_matter("Glossary", description) + render(env, "glossary.md.j2", context)


@dataclass(frozen=True)
class Listed:
    address: str
    explainer: models.Explainer


@dataclass
class HomeContext:
    page: Page
    explainers: list[Listed]


def render_home(env: jinja2.Environment, dataset: Dataset, vocabulary: Vocabulary, explainers: Explainers) -> str:
    context = HomeContext(
        page=Page(HOME, dataset, vocabulary, site_target(dataset)),
        explainers=[Listed(explainer_page(slug), record.model) for slug, record in explainers],
    )
    description = "Sourced explainers of news events: every fact links to its source."
    return front_matter("Explainers", description) + render(env, "home.md.j2", context)


@dataclass
class HowToEditContext:
    kinds: list[FileKind]


def render_how_to_edit(env: jinja2.Environment) -> str:
    description = "How to change the explainers' data: every file and field."
    return front_matter("How to edit", description) + render(env, "how-to-edit.md.j2", HowToEditContext(file_kinds()))
