"""An explainer's pages (overview, who attended, history, issues, glossary, sources) and its open data.

An explainer shows the registry as it stood on its "as of" date: of each person, organisation and
term, the newest statement known then; names with none are not linked (see chronology.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import jinja2
from markupsafe import Markup

from .. import chronology, models
from ..dataset import Dataset, Record
from ..kinds import BY_FOLDER, EXPLAINERS, GLOSSARY
from ..models import PartialDate
from ..pages import Link, explainer_card, explainer_file, explainer_page, pages_of, record_page
from . import graphics, jsonld, labels, opendata
from .as_of import Registry, shown_statements
from .card import share_card
from .citations import CitedSource, cited_passages
from .graphics import Graphics
from .labels import Dated, dated
from .mentions import Destination, Target, Vocabulary
from .page import Page, front_matter, render


@dataclass(frozen=True)
class Entry:
    anchor: str  # on the History page
    event: models.TimelineEvent
    gap: str  # "12 years later": how long after the entry before it, where that is long


@dataclass(frozen=True)
class Era:
    title: str | None  # the heading the events share; None for events outside any era
    anchor: str | None
    entries: list[Entry]


LONG_GAP = 2  # years between two entries that the History page says, so the long gaps and the bunching show


def eras(timeline: list[models.TimelineEvent]) -> list[Era]:
    """The events in runs under one heading, as the History page shows them, each with the gap before it."""
    found, titled = [], 0
    gaps = [""] + [_gap(before.date, after.date) for before, after in itertools.pairwise(timeline)]
    runs = itertools.groupby(enumerate(timeline), lambda item: item[1].era)
    for title, events in runs:
        entries = [Entry(f"event-{index + 1}", event, gaps[index]) for index, event in events]
        found.append(Era(title, f"era-{titled + 1}" if title else None, entries))
        titled += bool(title)
    return found


def _gap(before: models.PartialDate, after: models.PartialDate) -> str:
    """'12 years later', from one date's year to the next's, as a reader counts (not from a decade, whose year
    is not one)."""
    if models.Precision.decade in (before.precision, after.precision):
        return ""
    years = after.earliest.year - before.earliest.year
    return f"{years} years later" if years >= LONG_GAP else ""


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    term: models.Term
    definitions: list[Dated]  # those the page shows, oldest first
    related: list[Link]
    used_in: list[Link] = field(default_factory=list)  # on the site glossary: explainers using it
    also_used_in: int = 0  # and how many more, older ones


@dataclass(frozen=True)
class Part:
    name: str
    title: str
    address: str


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
    graphics: Graphics  # the who's-who, the timeline and the status board
    parts: list[Part]  # every page of the explainer, in reading order: the parts bar and the pager
    here: str  # the name of the page being rendered
    show_used_in: bool = False  # the glossary template serves the site glossary too
    show_credits: bool = False  # the date and source of each definition (site-wide, where several are shown)


def render_explainer(
    env: jinja2.Environment, dataset: Dataset, vocabulary: Vocabulary, slug: str, record: Record[models.Explainer]
) -> tuple[dict[str, str | bytes], dict[str, list[str]]]:
    """An explainer's pages and data files, and the pages on which each entity is mentioned."""
    explainer = record.model
    registry = Registry(dataset, explainer.as_of)
    data: dict[str, str | bytes] = {
        explainer_file(slug, name): content for name, content in opendata.files(dataset, slug, record).items()
    }
    data[explainer_card(slug)] = card(dataset.site, explainer)
    pages: dict[str, str | bytes] = {}
    mentioned: dict[str, list[str]] = {}
    files = explainer_file(slug, "")
    contents_of = contents(slug, explainer)
    parts = [Part(page.name, page.title_of(explainer), explainer_page(slug, page.name)) for page in pages_of(explainer)]
    for page in pages_of(explainer):
        path = explainer_page(slug, page.name)
        writer = Page(
            path,
            dataset,
            vocabulary,
            _mentions(slug, explainer, registry),
            tooltips=page.tooltips,
            data_file=EXPLAINERS.data_file(slug),
        )
        context = ExplainerContext(
            page=writer,
            explainer=explainer,
            registry=registry,
            jsonld=jsonld.script(jsonld.DESCRIBED[page.describes](dataset, explainer)),
            # What only one page shows is worked out for that page alone.
            eras=eras(explainer.timeline) if page.name == "history" else [],
            terms=glossary_entries(dataset, explainer.glossary, explainer_page(slug, "glossary"), explainer.as_of)
            if page.name == "glossary"
            else [],
            sources=cited_passages(dataset, record, shown_statements(registry, explainer))
            if page.name == "sources"
            else [],
            contents=contents_of,
            data_files={address.rsplit("/", 1)[-1]: address for address in data if address.startswith(files)},
            graphics=graphics.of(explainer, registry, page.graphic, contents_of),
            parts=parts,
            here=page.name,
        )
        title = explainer.title if page.name == "index" else f"{page.title_of(explainer)}: {explainer.title}"
        pages[path] = front_matter(
            title,
            labels.summary(dataset, explainer),
            searched=page.searched,
            card=explainer_card(slug),
            card_text=f"{dataset.site.name}: {explainer.title}. {card_footer(explainer)}",
            reading=True,
        ) + render(env, page.template, context)
        for entity_id in writer.mentions.seen:
            mentioned.setdefault(entity_id, []).append(page.name)
    return pages | data, mentioned


def card(site: models.Site, explainer: models.Explainer) -> bytes:
    """The explainer's share card: its title, and how current it is."""
    return share_card(explainer.title, site.name, card_footer(explainer), site.colour)


def card_footer(explainer: models.Explainer) -> str:
    """The card's last line: how current the explainer is, and its topics."""
    topics = f" \u00b7 {', '.join(explainer.topics)}" if explainer.topics else ""
    return f"Sourced up to {labels.date(explainer.as_of)}{topics}"


def _mentions(slug: str, explainer: models.Explainer, registry: Registry) -> Callable[[Target], Destination | None]:
    glossary = set(explainer.glossary)

    def destination(target: Target) -> Destination | None:
        """A term links to the explainer's glossary, if it defines it; a name to its page, if the
        explainer knows anything of it on its date (a record first described later is not linked)."""
        statement = registry.statement(target.kind, target.id)
        if statement is None:
            return None
        if target.kind == GLOSSARY.folder:
            address = explainer_page(slug, "glossary") + f"#{target.id}"
            tooltip = labels.statement_text(registry.dataset, statement, labels.EDITORS_DEFINITION, limit=120)
            return Destination(address, tooltip) if target.id in glossary else None
        return Destination(record_page(BY_FOLDER[target.kind], target.id))

    return destination


def contents(slug: str, explainer: models.Explainer) -> dict[str, Link]:
    """The explainer's pages after the overview, each with what it holds."""
    timeline = explainer.timeline
    first, last = (
        (labels.short_event_date(timeline[0]), labels.short_event_date(timeline[-1])) if timeline else ("", "")
    )
    return {
        page.name: Link(
            page.title_of(explainer),
            explainer_page(slug, page.name),
            page.blurb_of(explainer).format(first=first, last=last),
        )
        for page in pages_of(explainer)[1:]
    }


def glossary_entries(
    dataset: Dataset, term_ids: Iterable[str], glossary: str, on: PartialDate | None
) -> list[GlossaryEntry]:
    """Terms in alphabetical order, with their definition known `on` a date (None: every definition).

    A related term links to its entry on `glossary` where that page defines it, else site-wide."""
    terms = {term_id: dataset.get(GLOSSARY, term_id) for term_id in term_ids}

    def address(term_id: str) -> str:
        return f"{glossary}#{term_id}" if term_id in terms else record_page(GLOSSARY, term_id)

    entries = []
    for term_id, term in terms.items():
        known = chronology.current(term.definitions, dataset, on) if on else None
        definitions = dated([known] if known else term.definitions if on is None else [], dataset)
        related = [Link(dataset.get(GLOSSARY, other).term, address(other)) for other in term.related]
        entries.append(GlossaryEntry(term_id, term, definitions, related))
    return sorted(entries, key=lambda entry: entry.term.term.casefold())
