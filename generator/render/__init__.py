"""Stage 4, render: the checked dataset as Markdown pages (Jinja2 templates) and open data files.

Every value a template prints is escaped for Markdown and HTML unless it is `Markup` made here,
so no text from a data file can become markup on a page.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..dataset import Dataset
from ..kinds import ENTITIES, GLOSSARY
from ..pages import CORRECTIONS, FEED, HOME, HOW_TO_EDIT, SITE_CARD, SITE_GLOSSARY, record_page
from . import feed
from .card import share_card
from .explainer import render_explainer
from .mentions import site_vocabulary
from .page import environment
from .registry import (
    render_corrections,
    render_entity_page,
    render_home,
    render_how_to_edit,
    render_indexes,
    render_site_glossary,
    render_topics,
)
from .xref import Appearance, appearances


@dataclass(frozen=True)
class Rendered:
    """One explainer's pages (or a profile's page), with a digest of everything they were made from."""

    key: str
    pages: dict[str, str | bytes]
    mentioned: dict[str, list[str]]  # entity id -> the explainer's pages that mention it
    shown: dict[str, str] = field(default_factory=dict)  # entity id -> Appearance.shown(), under serve


Pages = dict[str, str | bytes]  # path under docs/ -> Markdown, open data, or a picture


def render_site(
    dataset: Dataset, templates: Path, reuse: dict[str, Rendered] | None = None, site_url: str | None = None
) -> Pages:
    """Every generated page: its path under docs/ and its Markdown (and the feed, given the site's address).

    `reuse` (kept by the caller between builds) holds each explainer's pages, and each profile page,
    with a digest of what they were made from: an explainer whose file, the registry, the site's
    file and the templates did not change keeps its pages; a profile keeps its page as long as those
    and the explainers it appears in did not change.
    """
    env = environment(templates)
    explainers = dataset.newest_first()
    vocabulary = site_vocabulary(dataset)
    site = dataset.site
    pages: Pages = {
        HOME: render_home(env, dataset, vocabulary, explainers),
        HOW_TO_EDIT: render_how_to_edit(env),
        CORRECTIONS: render_corrections(env, dataset, explainers),
    }
    pages.update(render_topics(env, dataset, vocabulary, explainers))
    pages.update(render_indexes(dataset, env, explainers))
    pages[SITE_CARD] = share_card(site.tagline, site.name, site.publisher.name if site.publisher else "", site.colour)
    if site_url:
        pages[FEED] = feed.atom(dataset, site_url, explainers)
    found: dict[str, list[Appearance]] = {}  # entity id -> what it does in each explainer, newest first
    inputs = f"{dataset.registry_digest}:{templates_digest(templates)}" if reuse is not None else ""
    rendered = {}
    for slug, record in explainers:
        key = f"{record.document.digest}:{inputs}"
        cached = (reuse or {}).get(slug)
        if cached is None or cached.key != key:
            explainer_pages, mentioned = render_explainer(env, dataset, vocabulary, slug, record)
            parts = appearances(slug, record.model, mentioned)
            shown = {entity_id: part.shown() for entity_id, part in parts.items()} if reuse is not None else {}
            cached = Rendered(key, explainer_pages, mentioned, shown)
        else:
            parts = appearances(slug, record.model, cached.mentioned)
        rendered[slug] = cached
        pages.update(cached.pages)
        for entity_id, appearance in parts.items():
            found.setdefault(entity_id, []).append(appearance)
    for kind in ENTITIES:
        for entity_id, entity in dataset.of(kind).items():
            path = record_page(kind, entity_id)
            seen = found.get(entity_id, [])
            parts_shown = (rendered[appearance.slug].shown.get(entity_id, "") for appearance in seen)
            key = ":".join([entity.document.digest, inputs, *parts_shown])
            cached = (reuse or {}).get(path)
            if cached is None or cached.key != key:
                cached = Rendered(key, {path: render_entity_page(env, dataset, vocabulary, entity_id, seen)}, {})
            rendered[path] = cached  # a profile, by its page's path: explainers are by their slug
            pages.update(cached.pages)
    if reuse is not None:
        reuse.clear()
        reuse.update(rendered)
    if dataset.of(GLOSSARY):
        pages[SITE_GLOSSARY] = render_site_glossary(env, dataset, vocabulary, explainers)
    return pages


def templates_digest(templates: Path) -> str:
    digest = hashlib.sha1()
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
