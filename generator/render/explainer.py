"""An explainer's pages (overview, who attended, history, issues, glossary, sources) and its open data."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import jinja2
from markupsafe import Markup

from .. import models
from ..dataset import Dataset
from ..kinds import BY_FOLDER, GLOSSARY, PEOPLE
from ..pages import EXPLAINER_PAGES, ExplainerPage, Link, explainer_file, explainer_page, record_page
from . import jsonld, opendata
from .citations import CitedSource, cited_passages
from .mentions import Target, Vocabulary
from .page import Page, front_matter, render


@dataclass(frozen=True)
class Era:
    title: str | None  # the heading the events share; None for events outside any era
    events: list[models.TimelineEvent]


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: models.Term
    related: list[Link]
    used_in: list[Link] = field(default_factory=list)  # on the site glossary: explainers using it
    also_used_in: int = 0  # and how many more, older ones


@dataclass(frozen=True)
class Registry:
    """The shared records, as an explainer's templates look them up by id."""

    dataset: Dataset

    def name(self, entity_id: str) -> str:
        return self.dataset.entity(entity_id).name

    def address(self, entity_id: str) -> str:
        return record_page(self.dataset.entity_kind(entity_id), entity_id)

    def person(self, person_id: str) -> models.Person:
        return self.dataset.get(PEOPLE, person_id)


@dataclass
class ExplainerContext:
    page: Page
    explainer: models.Explainer
    registry: Registry
    jsonld: Markup
    eras: list[Era]
    terms: list[GlossaryEntry]
    sources: list[CitedSource]
    contents: dict[str, Link]  # the explainer's other pages by name, with what each holds
    data_files: dict[str, str]  # each open data file's address by its name
    show_used_in: bool = False  # the glossary template serves the site glossary too


def render_explainer(
    env: jinja2.Environment, dataset: Dataset, vocabulary: Vocabulary, slug: str, explainer: models.Explainer
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """An explainer's pages and data files, and the pages on which each entity is mentioned."""
    data = {explainer_file(slug, name): content for name, content in opendata.files(dataset, slug, explainer).items()}
    pages: dict[str, str] = {}
    mentioned: dict[str, list[str]] = {}
    for page in EXPLAINER_PAGES:
        path = explainer_page(slug, page.name)
        # The glossary shows every definition already: its links to other terms need no tooltip.
        writer = Page(path, dataset, vocabulary, _mention_target(slug, explainer), tooltips=page.name != "glossary")
        pages[path] = _render_page(env, writer, dataset, slug, explainer, page, data)
        for entity_id in writer.mentions.seen:
            mentioned.setdefault(entity_id, []).append(page.name)
    return pages | data, mentioned


def _mention_target(slug: str, explainer: models.Explainer) -> Callable[[Target], str | None]:
    glossary = set(explainer.glossary)

    def target(found: Target) -> str | None:
        """A term links to the explainer's glossary, if it defines it; a name to its page."""
        if found.kind == GLOSSARY.folder:
            return explainer_page(slug, "glossary") + f"#{found.id}" if found.id in glossary else None
        return record_page(BY_FOLDER[found.kind], found.id)

    return target


def _render_page(
    env: jinja2.Environment,
    writer: Page,
    dataset: Dataset,
    slug: str,
    explainer: models.Explainer,
    page: ExplainerPage,
    data: dict[str, str],
) -> str:
    context = ExplainerContext(
        page=writer,
        explainer=explainer,
        registry=Registry(dataset),
        jsonld=jsonld.for_page(dataset, explainer, page.name),
        eras=[Era(era, list(events)) for era, events in itertools.groupby(explainer.timeline, lambda e: e.era)],
        terms=glossary_entries(dataset, explainer.glossary, explainer_page(slug, "glossary"), set(explainer.glossary)),
        sources=list(cited_passages(dataset, explainer)) if page.name == "sources" else [],
        contents=contents(slug, explainer),
        data_files={address.rsplit("/", 1)[-1]: address for address in data},
    )
    title = explainer.title if page.name == "index" else f"{page.title}: {explainer.title}"
    # An explainer's glossary repeats the site glossary's definitions: searching finds those once.
    return front_matter(title, explainer.summary.text, searched=page.name != "glossary") + render(
        env, page.template, context
    )


def contents(slug: str, explainer: models.Explainer) -> dict[str, Link]:
    """The explainer's pages after the overview, each with what it holds."""
    dates = [event.date for event in explainer.timeline] or [explainer.event.date]
    return {
        page.name: Link(page.title, explainer_page(slug, page.name), page.blurb.format(first=dates[0], last=dates[-1]))
        for page in EXPLAINER_PAGES[1:]
    }


def glossary_entries(
    dataset: Dataset, term_ids: Iterable[str], glossary: str, defined: set[str]
) -> list[GlossaryEntry]:
    """Terms in alphabetical order; a related term links to `glossary` if `defined` there, else site-wide."""

    def address(term_id: str) -> str:
        return f"{glossary}#{term_id}" if term_id in defined else record_page(GLOSSARY, term_id)

    entries = [
        GlossaryEntry(
            term_id,
            dataset.get(GLOSSARY, term_id),
            [
                Link(dataset.get(GLOSSARY, other).term, address(other))
                for other in dataset.get(GLOSSARY, term_id).related
            ],
        )
        for term_id in term_ids
    ]
    return sorted(entries, key=lambda entry: entry.term.term.casefold())
