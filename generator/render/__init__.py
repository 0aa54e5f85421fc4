"""Stage 4, render: the checked dataset as Markdown pages (Jinja2 templates) and open data files.

Every value a template prints is escaped for Markdown and HTML unless it is `Markup` made here,
so no text from a data file can become markup on a page.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from ..dataset import Dataset, Record
from ..kinds import ENTITIES, GLOSSARY
from ..models import Explainer
from ..pages import (
    CORRECTIONS,
    FEED,
    HOME,
    HOW_TO_EDIT,
    SITE_CARD,
    SITE_GLOSSARY,
    OnDisk,
    explainer_page,
    record_page,
    topic_page,
)
from . import feed
from .card import share_card
from .explainer import render_explainer
from .mentions import Vocabulary, site_vocabulary
from .page import environment
from .registry import (
    Card,
    render_corrections,
    render_entity_page,
    render_home,
    render_how_to_edit,
    render_indexes,
    render_site_glossary,
    render_topics,
    topics,
)
from .xref import Appearance, appearances

Pages = dict[str, str | bytes | OnDisk]  # path under docs/ -> Markdown, open data, a picture, or ON_DISK


@dataclass(frozen=True)
class Rendered:
    """One explainer's pages (or a profile's page), with a digest of everything they were made from."""

    key: str
    pages: Pages
    mentioned: dict[str, list[str]]  # entity id -> the explainer's pages that mention it
    shown: dict[str, str] = field(default_factory=dict)  # entity id -> Appearance.shown(), under serve


def render_site(
    dataset: Dataset,
    templates: Path,
    reuse: dict[str, Rendered] | None = None,
    site_url: str | None = None,
    fork: bool = True,
) -> Pages:
    """Every generated page: its path under docs/ and its Markdown (and the feed, given the site's address).

    `reuse` (kept by the caller between builds) holds each explainer's pages, and each profile page,
    with a digest of what they were made from: an explainer whose file, the registry, the site's
    file and the templates did not change keeps its pages; a profile keeps its page as long as those
    and the explainers it appears in did not change, and so does a topic's page (at 1,000 explainers
    the topic pages took a quarter of the generator's time in a rebuild). Many pages are rendered by
    forked workers unless `fork` is False: once `mkdocs serve`'s server runs, its threads make forking
    unsafe (and a rebuild renders an explainer or two).
    """
    env = environment(templates)
    if fork:  # each template compiled once, before workers fork, where its error is reported
        for name in env.list_templates():
            env.get_template(name)
    explainers = dataset.newest_first()
    vocabulary = site_vocabulary(dataset)
    site = dataset.site
    by_topic = topics(explainers)
    pages: Pages = {
        HOME: render_home(env, dataset, vocabulary, explainers, by_topic),
        HOW_TO_EDIT: render_how_to_edit(env),
        CORRECTIONS: render_corrections(env, dataset, explainers),
    }
    inputs = f"{dataset.registry_digest}:{templates_digest(templates)}" if reuse is not None else ""
    rendered: dict[str, Rendered] = {}
    digests = {explainer_page(slug): record.document.digest for slug, record in explainers}

    def topic_key(cards: list[Card]) -> str:
        return ":".join([inputs, *(f"{found.address}={digests[found.address]}" for found in cards)])

    def made(path: str, cards: list[Card]) -> str | OnDisk | None:
        """A topic's page as the last build made it, if made from the same explainers (under `serve`)."""
        cached = (reuse or {}).get(path)
        if cached is not None and cached.key == topic_key(cards):
            rendered[path] = cached
            page = cached.pages[path]
            return page if isinstance(page, str | OnDisk) else None
        return None

    topic_pages = render_topics(env, dataset, vocabulary, by_topic, made)
    for name, cards in by_topic.items():
        path = topic_page(name)
        if path not in rendered:
            rendered[path] = Rendered(topic_key(cards), {path: topic_pages[path]}, {})
    pages.update(topic_pages)
    pages.update(render_indexes(dataset, env, by_topic))
    pages[SITE_CARD] = share_card(site.tagline, site.name, site.publisher.name if site.publisher else "", site.colour)
    if site_url:
        pages[FEED] = feed.atom(dataset, site_url, explainers)
    found: dict[str, list[Appearance]] = {}  # entity id -> what it does in each explainer, newest first
    before = reuse or {}
    keys = {slug: f"{record.document.digest}:{inputs}" for slug, record in explainers}
    stale = [(slug, record) for slug, record in explainers if slug not in before or before[slug].key != keys[slug]]
    fresh = render_explainers(env, dataset, vocabulary, stale, fork)
    for slug, record in explainers:
        if slug in fresh:
            explainer_pages, mentioned = fresh[slug]
            parts = appearances(slug, record.model, mentioned)
            shown = {entity_id: part.shown() for entity_id, part in parts.items()} if reuse is not None else {}
            rendered[slug] = Rendered(keys[slug], {**explainer_pages}, mentioned, shown)
        else:
            rendered[slug] = before[slug]
            parts = appearances(slug, record.model, before[slug].mentioned)
        pages.update(rendered[slug].pages)
        for entity_id, appearance in parts.items():
            found.setdefault(entity_id, []).append(appearance)
    profiles = [(record_page(kind, key), key, entity) for kind in ENTITIES for key, entity in dataset.of(kind).items()]
    outdated: dict[str, tuple[str, str, list[Appearance]]] = {}  # page: its entity, its key, its appearances
    for path, entity_id, entity in profiles:
        seen = found.get(entity_id, [])
        parts_shown = (rendered[appearance.slug].shown.get(entity_id, "") for appearance in seen)
        key = ":".join([entity.document.digest, inputs, *parts_shown])
        cached = (reuse or {}).get(path)
        if cached is not None and cached.key == key:
            rendered[path] = cached  # a profile, by its page's path: explainers are by their slug
        else:
            outdated[path] = (entity_id, key, seen)

    def profile(path: str) -> str:
        entity_id, _, seen = outdated[path]
        return render_entity_page(env, dataset, vocabulary, entity_id, seen)

    for path, page in zip(outdated, on_every_core(profile, list(outdated), fork), strict=True):
        rendered[path] = Rendered(outdated[path][1], {path: page}, {})
    for path, _, _ in profiles:
        pages.update(rendered[path].pages)
    if reuse is not None:
        reuse.clear()
        reuse.update(rendered)
    if dataset.of(GLOSSARY):
        pages[SITE_GLOSSARY] = render_site_glossary(env, dataset, vocabulary, explainers)
    return pages


ExplainerPages = tuple[dict[str, str | bytes], dict[str, list[str]]]  # render_explainer's pages and mentions
FORK_FROM = 16  # pages: fewer render faster in one process than the workers take to start
_forked: Callable[[Any], Any] | None = None
T = TypeVar("T")
R = TypeVar("R")


def render_explainers(
    env: jinja2.Environment,
    dataset: Dataset,
    vocabulary: Vocabulary,
    todo: list[tuple[str, Record[Explainer]]],
    fork: bool,
) -> dict[str, ExplainerPages]:
    """Each explainer's pages, rendered by a worker per core when there are many and `fork` allows it."""
    records = dict(todo)

    def explainer(slug: str) -> ExplainerPages:
        return render_explainer(env, dataset, vocabulary, slug, records[slug])

    return dict(zip(records, on_every_core(explainer, list(records), fork), strict=True))


def on_every_core(work: Callable[[T], R], items: list[T], fork: bool) -> list[R]:
    """`work` of each item, by a worker per core when there are many and `fork` allows it.

    What a page depends on (the checked dataset, the templates) forked workers inherit rather than
    receive; the results come back in the order asked, so the site is the same byte for byte. Not where
    Python cannot fork safely (macOS, Windows)."""
    global _forked
    cores = forking_cores()
    if not fork or cores < 2 or len(items) < FORK_FROM:
        return [work(item) for item in items]
    _forked = work
    try:
        with multiprocessing.get_context("fork").Pool(cores) as pool:
            return pool.map(_work_forked, items, chunksize=4)
    finally:
        _forked = None


def _work_forked(item: Any) -> Any:
    assert _forked is not None, "on_every_core sets what its workers inherit"
    return _forked(item)


def forking_cores() -> int:
    """The cores this process may use, where forking is safe (Linux); 1 elsewhere (macOS, Windows)."""
    return len(os.sched_getaffinity(0)) if sys.platform == "linux" else 1


def templates_digest(templates: Path) -> str:
    digest = hashlib.sha1()
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
