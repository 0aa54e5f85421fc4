"""The collection's own pages: home, a page per person and organisation, the site glossary, How to edit."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import jinja2
from markupsafe import Markup

from .. import chronology, models
from ..dataset import Dataset, Record, last_published
from ..kinds import BY_FOLDER, ENTITIES, GLOSSARY, ORGANISATIONS
from ..models import PartialDate
from ..pages import (
    CORRECTIONS,
    HOME,
    INDEX,
    SITE_GLOSSARY,
    TOPIC,
    Link,
    OnDisk,
    explainer_page,
    record_page,
    topic_id,
    topic_page,
)
from . import jsonld, labels
from .editing import FieldTable, FileKind, file_kinds
from .explainer import GlossaryEntry, glossary_entries
from .labels import Dated, dated
from .mentions import Destination, Target, Vocabulary
from .page import Page, front_matter, render
from .xref import Appearance

HOME_CARDS = 24  # the newest explainers on the front page; the navigation and topic pages list all
RECENT = 5  # recently updated explainers on the front page
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
        return Destination(
            record_page(kind, found.id), labels.statement_text(dataset, newest, labels.EDITORS_DEFINITION, 120)
        )

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
        page=Page(
            record_page(kind, entity_id),
            dataset,
            vocabulary,
            site_target(dataset),
            linked={entity_id},
            data_file=kind.data_file(entity_id),
        ),
        entity=entity,
        statements=dated(entity.statements, dataset),
        affiliation=Link(dataset.entity(affiliation).name, record_page(ORGANISATIONS, affiliation))
        if affiliation
        else None,
        appearances=appearances,
        jsonld=jsonld.script(jsonld.entity(dataset, entity_id)),
    )
    description = labels.statement_text(dataset, chronology.newest(entity.statements))
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
class Card:
    """An explainer as the front page and the topic pages list it."""

    address: str
    explainer: models.Explainer
    lede: str  # the summary's first sentence
    updated: PartialDate | None  # its newest update or correction, if any
    change: models.Update | None


@dataclass
class HomeContext:
    page: Page
    site: models.Site
    headline: str  # the site's promise
    cards: list[Card]  # the lead explainer, then the rest (rows of the list, by year)
    years: dict[str, list[Row]]
    more: int  # explainers left off the front page
    recent: list[Card]  # those updated, most recently first
    topics: list[Link]
    jsonld: Markup


def card(slug: str, explainer: models.Explainer) -> Card:
    change = explainer.news[-1] if explainer.news else None
    return Card(
        explainer_page(slug),
        explainer,
        first_sentence(explainer.summary.text),
        change.date if change else None,
        change,
    )


def dek(dataset: Dataset, found: Card) -> str:
    """The explainer's line on the front page, with who says so: its dek, else its lede."""
    said = found.explainer.dek
    return labels.attributed(
        dataset, *((said.text, said.according_to) if said else (found.lede, found.explainer.summary.according_to))
    )


@dataclass(frozen=True)
class Row:
    """An explainer as a row of a list: its title and date (from the explainer), and its line."""

    address: str
    explainer: models.Explainer
    dek: str  # its dek, else its lede, with who says so


def by_year(dataset: Dataset, cards: list[Card]) -> dict[str, list[Row]]:
    """Rows under the year each explainer was last published or updated, newest first."""
    years: dict[str, list[Row]] = {}
    for found in cards:
        row = Row(found.address, found.explainer, dek(dataset, found))
        years.setdefault(str(last_published(found.explainer).year), []).append(row)
    return years


def first_sentence(text: str) -> str:
    """Up to the first full stop followed by a capital ('U.S. officials' does not end a sentence)."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\u201c\"])", text, maxsplit=1)[0]


def topics(explainers: Explainers) -> dict[str, list[Card]]:
    """Each topic's explainers, newest first, under the topic's first spelling."""
    found: dict[str, tuple[str, list[Card]]] = {}
    for slug, record in explainers:
        for topic in record.model.topics:
            found.setdefault(topic_id(topic), (topic, []))[1].append(card(slug, record.model))
    return dict(sorted(found.values(), key=lambda item: item[0].casefold()))


def render_home(
    env: jinja2.Environment,
    dataset: Dataset,
    vocabulary: Vocabulary,
    explainers: Explainers,
    by_topic: dict[str, list[Card]],
) -> str:
    cards = [card(slug, record.model) for slug, record in explainers]
    recent = sorted(
        (c for c in cards if c.updated), key=lambda c: (c.updated.earliest if c.updated else None, c.address)
    )
    site = dataset.site
    context = HomeContext(
        page=Page(HOME, dataset, vocabulary, site_target(dataset)),
        site=site,
        headline=site.promise or first_sentence(site.tagline),
        cards=cards[:HOME_CARDS],
        years=by_year(dataset, cards[1:HOME_CARDS]),
        more=max(0, len(cards) - HOME_CARDS),
        recent=recent[::-1][:RECENT],
        topics=[
            Link(name, topic_page(name), f"{len(listed)} explainer{'s' if len(listed) != 1 else ''}")
            for name, listed in by_topic.items()
        ],
        jsonld=jsonld.script(
            jsonld.collection(site, site.name, site.tagline, [(c.address, c.explainer) for c in cards])
        ),
    )
    return front_matter(site.name, site.tagline) + render(env, "home.md.j2", context)


@dataclass
class TopicContext:
    page: Page
    topic: str
    years: dict[str, list[Row]]
    jsonld: Markup


def render_topics(
    env: jinja2.Environment,
    dataset: Dataset,
    vocabulary: Vocabulary,
    by_topic: dict[str, list[Card]],
    made: Callable[[str, list[Card]], str | OnDisk | None],
) -> dict[str, str | OnDisk]:
    """Each topic's page; `made` gives a page made before from the same explainers, under `serve`."""
    pages: dict[str, str | OnDisk] = {}
    for name, cards in by_topic.items():
        path = topic_page(name)
        if (page := made(path, cards)) is not None:
            pages[path] = page
            continue
        listed = [(c.address, c.explainer) for c in cards]
        context = TopicContext(
            page=Page(path, dataset, vocabulary, site_target(dataset)),
            topic=name,
            years=by_year(dataset, cards),
            jsonld=jsonld.script(jsonld.collection(dataset.site, name, f"Explainers on {name}", listed)),
        )
        pages[path] = front_matter(name, f"Every explainer on {name}, latest published or updated first.") + render(
            env, "topic.md.j2", context
        )
    return pages


@dataclass
class HowToEditContext:
    kinds: list[FileKind]
    groups: list[FieldTable]  # every kind's groups of fields, each once, by name
    jsonld: Markup


def render_how_to_edit(env: jinja2.Environment) -> str:
    description = "How to change the explainers' data: every file and field."
    kinds = file_kinds()
    groups = {group.name: group for kind in kinds for group in kind.groups}
    page = jsonld.script(jsonld.web_page("How to edit", description))
    context = HowToEditContext(kinds, [groups[name] for name in sorted(groups)], page)
    return front_matter("How to edit", description) + render(env, "how-to-edit.md.j2", context)


@dataclass(frozen=True)
class Correction:
    explainer: models.Explainer
    update: models.Update
    address: str  # its entry on the explainer's Updates page


@dataclass
class CorrectionsContext:
    page: Page
    corrections: list[Correction]
    jsonld: Markup


def render_corrections(env: jinja2.Environment, dataset: Dataset, explainers: Explainers) -> str:
    """Every correction of the site, newest first, each linked to its explainer's Updates page."""
    found = [
        Correction(record.model, update, explainer_page(slug, "updates") + f"#{update.kind}-{number}")
        for slug, record in explainers
        for number, update in enumerate(record.model.updates, 1)
        if update.kind == "correction"
    ]
    found.sort(key=lambda item: (item.update.date.earliest, item.address), reverse=True)
    description = "Every correction of the explainers, newest first."
    context = CorrectionsContext(
        Page(CORRECTIONS, dataset, Vocabulary({}, {}), lambda _: None),
        found,
        jsonld.script(jsonld.web_page("Corrections", description)),
    )
    return front_matter("Corrections", description) + render(env, "corrections.md.j2", context)


@dataclass(frozen=True)
class IndexEntry:
    title: str
    address: str
    blurb: str


@dataclass
class IndexContext:
    page: Page
    title: str
    intro: str
    letters: dict[str, list[IndexEntry]]  # initial -> entries, A to Z
    jsonld: Markup


def render_indexes(dataset: Dataset, env: jinja2.Environment, counted: dict[str, list[Card]]) -> dict[str, str]:
    """A page per list the menu names: people, organisations and topics, A to Z, each a link with
    what it is (a record's newest statement, a topic's count of explainers)."""
    lists: dict[str, tuple[str, str, list[IndexEntry]]] = {}
    for kind in ENTITIES:
        entries = [
            IndexEntry(
                record.model.name,
                record_page(kind, entity_id),
                labels.statement_text(dataset, chronology.newest(record.model.statements), limit=90),
            )
            for entity_id, record in dataset.of(kind).items()
        ]
        lists[kind.folder] = (kind.title, f"Every {kind.noun} the explainers name, A to Z.", entries)
    lists[TOPIC.split("/")[0]] = (
        "Topics",
        "Every topic of the explainers, A to Z.",
        [
            IndexEntry(name, topic_page(name), f"{len(cards)} explainer{'s' if len(cards) != 1 else ''}")
            for name, cards in counted.items()
        ],
    )
    pages = {}
    for folder, (title, intro, entries) in lists.items():
        if not entries:
            continue
        letters: dict[str, list[IndexEntry]] = {}
        for entry in sorted(entries, key=lambda item: item.title.casefold()):
            letters.setdefault(_initial(entry.title), []).append(entry)
        path = INDEX.format(folder=folder)
        context = IndexContext(
            Page(path, dataset, Vocabulary({}, {}), lambda _: None),
            title,
            intro,
            letters,
            jsonld.script(jsonld.web_page(title, intro)),
        )
        pages[path] = front_matter(title, intro) + render(env, "index-page.md.j2", context)
    return pages


def _initial(name: str) -> str:
    letter = name.lstrip("\"'\u201c").upper()[:1]
    return letter if letter.isalpha() else "#"
