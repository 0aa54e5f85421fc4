"""Citations on a page: a numbered marker after each claim, and the footnotes they open, each with
the quoted words and a link to the passage in the original article."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote as percent_encode

from markupsafe import Markup

from .. import models
from ..dataset import Dataset, Record
from ..fields import walk
from ..kinds import EXPLAINERS, SOURCES
from ..models import Statement
from ..quotes import anchor, as_written, nested, normalise, pattern_of
from .escape import html_attribute, md_text


@functools.lru_cache(maxsize=1 << 16)
def text_fragment_url(url: str, quote: str) -> str:
    """The article's address with a text fragment that highlights the quoted words (as the article
    writes them: a browser matches a typographic apostrophe only to itself)."""
    words = quote.strip("\"' \u201c\u201d\u2018\u2019").split()

    def encode(part: list[str]) -> str:
        return percent_encode(" ".join(part), safe="")

    fragment = encode(words) if len(words) <= 8 else f"{encode(words[:4])},{encode(words[-4:])}"
    return f"{url}#:~:text={fragment}"


@dataclass
class Citations:
    """The citation markers of one page and the footnotes they point to, in the markup of Python-Markdown's
    footnotes (the theme styles it), numbered in the order they are first cited."""

    dataset: Dataset
    # label -> what the footnote holds: the citations of a claim, or the editors' words (a note)
    footnotes: dict[str, list[models.Citation] | str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)  # label -> its footnote's number
    markers: dict[str, int] = field(default_factory=dict)  # label -> how many markers point to it

    def mark(self, cites: Iterable[models.Citation]) -> Markup:
        cites = list(cites)
        if not cites:
            return Markup("")  # the editors' own words
        key = "\n".join(f"{c.source}\n{normalise(c.quote)}" for c in cites)
        return self._marker("c-" + hashlib.sha1(key.encode()).hexdigest()[:8], cites)

    def note(self, text: str) -> Markup:
        """A marker for a footnote of the editors' words (why a date was inferred)."""
        return self._marker("n-" + hashlib.sha1(text.encode()).hexdigest()[:8], md_text(text))

    def _marker(self, label: str, held: list[models.Citation] | str) -> Markup:
        self.footnotes.setdefault(label, held)
        number = self.numbers.setdefault(label, len(self.numbers) + 1)
        count = self.markers[label] = self.markers.get(label, 0) + 1
        return Markup(
            f'<sup id="fnref{count if count > 1 else ""}:{label}">'
            f'<a class="footnote-ref" href="#fn:{label}">{number}</a></sup>'
        )

    def definitions(self) -> Markup:
        """The footnotes. Where every quotation of the page comes from one source, the source and its
        date are given once, above them, and each footnote links its passage under the outlet's name."""
        if not self.footnotes:
            return Markup("")
        sources = {c.source for cites in self.footnotes.values() if not isinstance(cites, str) for c in cites}
        single = len(sources) == 1
        lines = [f'<p class="footnotes-source">Quoted passages: {self._credit(sources.pop())}.</p>'] if single else []
        lines.append('<div class="footnote">\n<hr />\n<ol>')
        for label, held in self.footnotes.items():
            number = self.numbers[label]
            text = held if isinstance(held, str) else " &#183; ".join(self._passage(c, single) for c in held)
            back = "".join(
                f'<a class="footnote-backref" href="#fnref{count if count > 1 else ""}:{label}"'
                f' title="Jump back to footnote {number} in the text">&#8617;</a>'
                for count in range(1, self.markers[label] + 1)
            )
            lines.append(f'<li id="fn:{label}">\n<p>{text}&#160;{back}</p>\n</li>')
        lines.append("</ol>\n</div>")
        return Markup("\n".join(lines))

    def _credit(self, source_id: str) -> str:
        source = self.dataset.get(SOURCES, source_id)
        return f"{md_text(source.outlet_short or source.outlet)}, {source.published}"

    def _passage(self, citation: models.Citation, single: bool) -> str:
        source = self.dataset.get(SOURCES, citation.source)
        written = as_written(citation.quote, self.dataset.source_texts.get(citation.source, ""))
        link = html_attribute(text_fragment_url(source.url, written))
        # One source on the page: its name alone (the date is said once above); a tooltip still says whose.
        credit = md_text(source.outlet_short or source.outlet) if single else self._credit(citation.source)
        return f'&#8220;{md_text(nested(written))}&#8221; (<a href="{link}">{credit}</a>)'


@dataclass(frozen=True)
class Passage:
    anchors: tuple[str, ...]  # the ids of the quotes it holds: one passage may hold several that overlap
    quote: str  # as the article writes it, its own double quotation marks made single
    url: str  # the article's address, highlighting the passage


@dataclass(frozen=True)
class CitedSource:
    id: str
    source: models.Source
    passages: list[Passage]


def cited_passages(
    dataset: Dataset, explainer: Record[models.Explainer], shown: Iterable[Statement]
) -> list[CitedSource]:
    """Each source of the explainer with every distinct passage its pages cite, in order: its own
    citations, then those of the registry's statements its pages show."""
    quotes = [found.citation() for found in walk(EXPLAINERS.model, explainer.document.data)]
    quotes += [(cite.source, cite.quote) for statement in shown for cite in statement.cite]
    by_source: dict[str, dict[str, str]] = {source_id: {} for source_id in explainer.model.sources}
    for source_id, quote in filter(None, quotes):
        by_source.setdefault(source_id, {}).setdefault(anchor(source_id, quote), quote)
    cited = []
    for source_id, passages in by_source.items():
        source = dataset.get(SOURCES, source_id)
        text = dataset.source_texts.get(source_id, "")
        cited.append(CitedSource(source_id, source, _in_order(source.url, text, passages)))
    return cited


def _in_order(url: str, text: str, quotes: dict[str, str]) -> list[Passage]:
    """The quoted passages in the article's order, each once: quotes that overlap or sit inside one
    another are one passage, which carries the anchor of each."""
    spans: list[tuple[int, int, str]] = []
    unfound: list[Passage] = []
    for key, quote in quotes.items():
        found = pattern_of(quote).search(text)
        if found:
            spans.append((found.start(), found.end(), key))
        else:  # check reports it; the page still lists it
            unfound.append(Passage((key,), nested(quote), text_fragment_url(url, quote)))
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, key in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), [*merged[-1][2], key])
        else:
            merged.append((start, end, [key]))
    passages = [
        Passage(tuple(keys), nested(written), text_fragment_url(url, written))
        for start, end, keys in merged
        for written in [" ".join(text[start:end].split())]
    ]
    return passages + unfound
