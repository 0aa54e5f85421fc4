"""schema.org JSON-LD for each page, from the same data as the page (only real types and properties)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from markupsafe import Markup

from .. import chronology, models
from ..dataset import Dataset
from ..kinds import GLOSSARY, SOURCES
from ..models import PartialDate, Precision
from ..pages import EXPLAINER_PAGE
from . import labels

CONTEXT = "https://schema.org"


def dated(name: str, when: PartialDate) -> dict[str, str]:
    """A schema.org date property, ISO 8601; none for a decade, which no Date can say (the words that
    describe the thing say it). temporalCoverage, which takes an interval, has a decade's years."""
    return {} if when.precision is Precision.decade else {name: when.iso}


def script(data: dict[str, Any]) -> Markup:
    """A JSON-LD block that cannot end its own <script> element, whatever the data says."""
    text = json.dumps(
        {"@context": CONTEXT, **data}, ensure_ascii=False, separators=(",", ":")
    )  # C encoder, fewer bytes
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">\n{text}\n</script>')


def entity(dataset: Dataset, entity_id: str, on: PartialDate | None = None) -> dict[str, Any]:
    """A person or organisation, described as of a date (None: as of the newest statement)."""
    record = dataset.entity(entity_id)
    data: dict[str, Any] = {"@type": "Person" if isinstance(record, models.Person) else "Organization"}
    data["name"] = record.name
    statement = chronology.current(record.statements, dataset, on) if on else chronology.newest(record.statements)
    if statement:
        data["description"] = labels.statement_text(dataset, statement)
    if isinstance(record, models.Person) and record.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": dataset.entity(record.affiliation).name}
    if record.aliases:
        data["alternateName"] = list(record.aliases)
    return data


def source_work(source: models.Source) -> dict[str, Any]:
    work = {
        "@type": "NewsArticle",
        "url": source.url,
        **dated("datePublished", source.published),
        "publisher": {"@type": "Organization", "name": source.outlet},
    }
    if source.title and not source.title_from_page:  # a headline as a saved page gave it, until confirmed: none
        work["headline"] = source.title
    return work


def event(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    """The event the explainer is about; its date left out where the editors inferred it. A meeting
    has attendees; an announcement, a ruling or an election has those who took part in it
    (contributors) and those it is about, and nobody attends it."""
    found: dict[str, list[dict[str, Any]]] = {"attendee": [], "contributor": [], "about": []}
    seen: set[str] = set()
    meeting = explainer.event.kind == "meeting"
    for party in explainer.attendance:
        if party.role in labels.NOT_THERE:
            continue
        part = "attendee" if meeting else "about" if party.role in ("subject", "affected") else "contributor"
        for entity_id in [member.person for member in party.members] + [party.organisation or ""]:
            if entity_id and entity_id not in seen:
                seen.add(entity_id)
                found[part].append(entity(dataset, entity_id, explainer.as_of))
    when = explainer.event.date
    return {
        "@type": "Event",
        "name": explainer.event.what,
        **({} if when.inferred else {"startDate": when.iso}),
        **({"description": labels.note(explainer.event.note)} if explainer.event.note else {}),
        "location": {"@type": "Place", "name": explainer.event.where},
        **({"eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode"} if meeting else {}),
        **{part: entities for part, entities in found.items() if entities or (meeting and part == "attendee")},
    }


def quotation(dataset: Dataset, quote: models.Quote, on: PartialDate) -> dict[str, Any]:
    """Words quoted: said by a person or organisation, or written in a document (a source)."""
    data: dict[str, Any] = {"@type": "Quotation", "text": quote.words, "description": quote.context}
    document = dataset.find(SOURCES, quote.speaker)
    if document:
        data["isPartOf"] = source_work(document)
    else:
        data["creator"] = entity(dataset, quote.speaker, on)
    return data


def publisher(site: models.Site) -> dict[str, Any]:
    """Who publishes the site (data/site.yml), or nothing where it does not say."""
    if site.publisher is None:
        return {}
    data: dict[str, Any] = {"@type": "Organization", "name": site.publisher.name, "url": site.publisher.url}
    if site.publisher.logo:
        data["logo"] = {"@type": "ImageObject", "url": site.publisher.logo}
    return {"publisher": data}


def article(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    corrections = [
        {"@type": "CorrectionComment", "text": update.text, **dated("datePublished", update.date)}
        for update in explainer.updates
        if update.kind == "correction"
    ]
    return {
        "@type": "BackgroundNewsArticle",
        "headline": explainer.title,
        "description": labels.summary(dataset, explainer),
        **dated("datePublished", explainer.published),
        **dated("dateModified", chronology.modified(explainer)),
        **({"correction": corrections} if corrections else {}),
        **publisher(dataset.site),
        "temporalCoverage": explainer.as_of.iso,
        "inLanguage": dataset.site.language,
        "keywords": list(explainer.topics),
        "about": event(dataset, explainer),
        "citation": [source_work(dataset.get(SOURCES, source_id)) for source_id in explainer.sources],
        "hasPart": [quotation(dataset, quote, explainer.as_of) for quote in explainer.quotes],
    }


def glossary(dataset: Dataset, name: str, term_ids: Iterable[str], on: PartialDate | None = None) -> dict[str, Any]:
    """The terms as defined on a date (None: by their newest definition)."""
    terms = []
    for term_id in term_ids:
        term = dataset.get(GLOSSARY, term_id)
        definition = chronology.current(term.definitions, dataset, on) if on else chronology.newest(term.definitions)
        data: dict[str, Any] = {"@type": "DefinedTerm", "name": term.term}
        if definition:
            data["description"] = labels.statement_text(dataset, definition, labels.EDITORS_DEFINITION)
        data["termCode"] = term_id
        if term.aliases:
            data["alternateName"] = list(term.aliases)
        terms.append(data)
    return {"@type": "DefinedTermSet", "name": name, "hasDefinedTerm": terms}


def collection(
    site: models.Site, name: str, description: str, explainers: list[tuple[str, models.Explainer]]
) -> dict[str, Any]:
    """A list of explainers (the front page, a topic): their headlines, dates and addresses under docs/."""
    items = [
        {
            "@type": "ListItem",
            "position": position,
            "item": {
                "@type": "BackgroundNewsArticle",
                "headline": explainer.title,
                **dated("datePublished", explainer.published),
                **dated("dateModified", chronology.modified(explainer)),
                "url": address.removesuffix("index.md"),
            },
        }
        for position, (address, explainer) in enumerate(explainers, 1)
    ]
    return {
        "@type": "CollectionPage",
        "name": name,
        "description": description,
        "inLanguage": site.language,
        **publisher(site),
        "mainEntity": {"@type": "ItemList", "numberOfItems": len(items), "itemListElement": items},
    }


def web_page(name: str, description: str) -> dict[str, Any]:
    return {"@type": "WebPage", "name": name, "description": description}


def history(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    """The timeline's events, as dated as the page dates them: a start date only for what the sources
    say happened on that date (the sources may not say whether one planned took place); the rest say
    their date in words ('By 28 May 2019', 'Planned for April 2019 (date worked out by the editors)')."""
    return {
        "@type": "ItemList",
        "name": f"History: {explainer.title}",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "item": history_event(dataset, event)}
            for position, event in enumerate(explainer.timeline, 1)
        ],
    }


def history_event(dataset: Dataset, event: models.TimelineEvent) -> dict[str, Any]:
    said = labels.attributed(dataset, event.text, event.according_to)
    data: dict[str, Any] = {"@type": "Event", "name": event.title}
    if labels.happened_on(event) and (on := dated("startDate", event.date)):
        data |= on
    else:
        said = f"{labels.event_date(event)}: {said}"
    data["description"] = " ".join([said, *([labels.note(event.note)] if event.note else [])])
    return data


def issues(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    listed = [
        {
            "@type": "ListItem",
            "position": position,
            "name": issue.title,
            "description": labels.attributed(dataset, issue.description, issue.according_to),
        }
        for position, issue in enumerate(explainer.issues, 1)
    ]
    title = EXPLAINER_PAGE["issues"].title_of(explainer)
    return {"@type": "ItemList", "name": f"{title}: {explainer.title}", "itemListElement": listed}


def changes(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    """The explainer's dates and corrections, for its Updates page."""
    kept = ("@type", "headline", "datePublished", "dateModified", "correction")
    return {key: value for key, value in article(dataset, explainer).items() if key in kept}


def sources(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    return {
        "@type": "ItemList",
        "name": f"Sources: {explainer.title}",
        "itemListElement": [
            {"@type": "ListItem", "position": index, "item": source_work(dataset.get(SOURCES, source_id))}
            for index, source_id in enumerate(explainer.sources, 1)
        ],
    }


def explainer_glossary(dataset: Dataset, explainer: models.Explainer) -> dict[str, Any]:
    return glossary(dataset, f"Glossary: {explainer.title}", explainer.glossary, explainer.as_of)


# What an explainer page's JSON-LD describes (pages.py's `describes`) -> how it is written.
DESCRIBED: dict[str, Callable[[Dataset, models.Explainer], dict[str, Any]]] = {
    "article": article,
    "event": event,
    "history": history,
    "issues": issues,
    "changes": changes,
    "glossary": explainer_glossary,
    "sources": sources,
}
