"""Citations on a page: a numbered marker after each claim, and the footnotes they open, each with
the quoted words and a link to the passage in the original article."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import quote as percent_encode

from markupsafe import Markup

from .. import models
from ..dataset import Dataset
from ..kinds import GLOSSARY, PEOPLE, SOURCES
from ..link import anchor, normalise, walk
from .escape import link_target, md_text


@functools.lru_cache(maxsize=1 << 16)
def text_fragment_url(url: str, quote: str) -> str:
    """The article's address with a text fragment that highlights the quoted words."""
    words = normalise(quote).strip("\"' ").split()

    def encode(part: list[str]) -> str:
        return percent_encode(" ".join(part), safe="")

    fragment = encode(words) if len(words) <= 8 else f"{encode(words[:4])},{encode(words[-4:])}"
    return f"{url}#:~:text={fragment}"


@dataclass
class Citations:
    """The citation markers of one page and the footnotes they point to."""

    dataset: Dataset
    footnotes: dict[str, list[models.Citation]] = field(default_factory=dict)

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
        source = self.dataset.get(SOURCES, citation.source)
        credit = f"{md_text(source.outlet_short or source.outlet)}, {source.published}"
        link = link_target(text_fragment_url(source.url, citation.quote))
        return f"&#8220;{md_text(citation.quote)}&#8221; ([{credit}]({link}))"


@dataclass(frozen=True)
class Passage:
    anchor: str  # the id of its line on the Sources page
    quote: str
    url: str  # the article's address, highlighting the passage


@dataclass(frozen=True)
class CitedSource:
    id: str
    source: models.Source
    passages: list[Passage]


def cited_passages(dataset: Dataset, explainer: models.Explainer) -> Iterator[CitedSource]:
    """Each source of the explainer with every distinct passage cited on its pages, in order."""
    records: list[models.Model] = [explainer]
    for party in explainer.attendance:
        records += [dataset.get(PEOPLE, member.person) for member in party.members]
    records += [dataset.get(GLOSSARY, term_id) for term_id in explainer.glossary]
    by_source: dict[str, dict[str, models.Citation]] = {source_id: {} for source_id in explainer.sources}
    for record in records:
        for _, value, _ in walk(record):
            if isinstance(value, models.Citation):
                by_source.setdefault(value.source, {}).setdefault(anchor(value), value)
    for source_id, citations in by_source.items():
        source = dataset.get(SOURCES, source_id)
        passages = [Passage(key, c.quote, text_fragment_url(source.url, c.quote)) for key, c in citations.items()]
        yield CitedSource(source_id, source, passages)
