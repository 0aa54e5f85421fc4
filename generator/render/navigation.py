"""MkDocs' navigation: home, each explainer (newest first) with its pages, people, organisations,
the site glossary and How to edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..dataset import Dataset
from ..kinds import ENTITIES, GLOSSARY
from ..pages import HOME, INDEX, SITE_GLOSSARY, TOPIC, explainer_page, pages_of, record_page, topic_id, topic_page
from .escape import html_attribute

# Material writes the siblings of every section on the way to a page into that page (even with
# navigation.prune): a section longer than this is split into groups, so a page's size does not
# grow with the number of explainers or people.
NAV_SECTION_LIMIT = 15

NavItem = dict[str, Any]  # a title and its page, or a section's title and its items


def navigation(dataset: Dataset) -> list[NavItem]:
    """MkDocs' `nav`: home, then each explainer (newest first) with its pages in reading order."""
    # The theme prints navigation titles as they are, so text from data is HTML-escaped here.
    explainers = [
        (
            record.model.as_of,
            {
                html_attribute(record.model.title): [
                    {page.title_of(record.model): explainer_page(slug, page.name)} for page in pages_of(record.model)
                ]
            },
        )
        for slug, record in dataset.newest_first()
    ]
    sections: list[NavItem] = [
        {"Home": HOME},
        {
            "Explainers": grouped(
                explainers,
                lambda as_of: str(as_of.earliest.year),
                lambda as_of: as_of.earliest.strftime("%B %Y"),
            )
        },
    ]
    topics: dict[str, str] = {}
    for _, record in dataset.newest_first():
        for topic in record.model.topics:
            topics.setdefault(topic_id(topic), topic)
    if topics:
        entries = sorted((name.casefold(), {html_attribute(name): topic_page(name)}) for name in topics.values())
        sections.append(
            {"Topics": [INDEX.format(folder=TOPIC.split("/")[0]), *grouped(entries, lambda name: name[:1].upper())]}
        )
    for kind in ENTITIES:
        entries = sorted(
            (
                (record.model.name.casefold(), {html_attribute(record.model.name): record_page(kind, entity_id)})
                for entity_id, record in dataset.of(kind).items()
            ),
            key=lambda entry: entry[0],
        )
        if entries:
            by_initials = grouped(entries, lambda name: name[:1].upper(), lambda name: name[:2].title())
            sections.append({kind.title: [INDEX.format(folder=kind.folder), *by_initials]})  # its A-Z page first
    # How to edit, About and Corrections are linked from every page's footer, not in the reader's menu.
    return [*sections, *([{"Glossary": SITE_GLOSSARY}] if dataset.of(GLOSSARY) else [])]


def grouped(entries: list[tuple[Any, NavItem]], *keys: Callable[[Any], str]) -> list[NavItem]:
    """The entries' nav items, in groups by the first key (then the next) while there are too many."""
    if len(entries) <= NAV_SECTION_LIMIT or not keys:
        return [item for _, item in entries]
    groups: dict[str, list[tuple[Any, NavItem]]] = {}
    for entry in entries:
        groups.setdefault(keys[0](entry[0]), []).append(entry)
    if len(groups) == 1:
        return grouped(entries, *keys[1:])
    return [{html_attribute(label): grouped(members, *keys[1:])} for label, members in groups.items()]
