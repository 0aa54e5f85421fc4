"""The Atom feed of the collection: each explainer when first published, and each update or correction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from .. import models
from ..dataset import Dataset, Record
from ..pages import FEED, explainer_page, served
from .labels import summary

ENTRIES = 50  # the newest; older ones stay on the explainers' Updates pages


@dataclass(frozen=True)
class Entry:
    id: str  # an absolute address that stays the entry's own
    title: str
    link: str
    day: date
    summary: str


def address(site_url: str, page: str) -> str:
    """The absolute address at which MkDocs serves a page under docs/ (directory URLs)."""
    return site_url.rstrip("/") + "/" + served(page)


def entries(dataset: Dataset, site_url: str, explainers: list[tuple[str, Record[models.Explainer]]]) -> list[Entry]:
    found = []
    for slug, record in explainers:
        explainer = record.model
        overview = address(site_url, explainer_page(slug))
        found.append(
            Entry(overview, explainer.title, overview, explainer.published.earliest, summary(dataset, explainer))
        )
        changes = address(site_url, explainer_page(slug, "updates"))
        for number, update in enumerate(explainer.updates, 1):
            if not update.news:
                continue  # a new graphic or design is news to no reader
            title = f"{update.kind.capitalize()}: {explainer.title}"
            link = f"{changes}#{update.kind}-{number}"
            found.append(Entry(link, title, link, update.date.earliest, update.text))
    return sorted(found, key=lambda entry: (entry.day, entry.id), reverse=True)[:ENTRIES]


def atom(dataset: Dataset, site_url: str, explainers: list[tuple[str, Record[models.Explainer]]]) -> str:
    """The feed, the same for the same data: its date is its newest entry's, not today's."""
    site = dataset.site
    listed = entries(dataset, site_url, explainers)
    home = address(site_url, "index.md")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(site.language)}>',
        f"  <title>{escape(site.name)}</title>",
        f"  <subtitle>{escape(site.tagline)}</subtitle>",
        f"  <id>{escape(home)}</id>",
        f'  <link rel="alternate" type="text/html" href={quoteattr(home)}/>',
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(home + FEED)}/>',
        f"  <updated>{_stamp(listed[0].day if listed else date(1970, 1, 1))}</updated>",
        f"  <author><name>{escape(site.publisher.name if site.publisher else site.name)}</name></author>",
    ]
    for entry in listed:
        lines += [
            "  <entry>",
            f"    <title>{escape(entry.title)}</title>",
            f"    <id>{escape(entry.id)}</id>",
            f'    <link rel="alternate" type="text/html" href={quoteattr(entry.link)}/>',
            f"    <updated>{_stamp(entry.day)}</updated>",
            f"    <summary>{escape(entry.summary)}</summary>",
            "  </entry>",
        ]
    return "\n".join([*lines, "</feed>", ""])


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
