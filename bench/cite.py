"""`cite` recall at 3 over every citation of the reference explainer and over the development
set's claims, and its time per claim.

    python -m bench.cite [--articles DIR] [--devset DIR] [--verbose]

A claim's own words go in (its text, or a figure's label, a member's role, a quote's words; in the
development set, bench/devset/, an issue, an event, what a figure counts or a term as the editor
wrote it); a citation counts as found when one of the three passages proposed overlaps its quote in
the source. Timings: on the sets' sources and on a synthetic source of 10,000 words. No assertions.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.draft import ARTICLES, DEVSET, imported
from generator.passages import SourceIndex, best_passages
from generator.quotes import normalise

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "explainers" / "moscow-talks-2019.yml"
CLAIM_FIELDS = ("text", "words", "description", "what", "label", "role", "title")


def claims(node: Any) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """Every (claim words, citations) pair of a data file, in file order."""
    if isinstance(node, dict):
        if isinstance(node.get("cite"), list):
            words = next((str(node[name]) for name in CLAIM_FIELDS if isinstance(node.get(name), str)), "")
            if words:
                yield words, node["cite"]
        for value in node.values():
            yield from claims(value)
    elif isinstance(node, list):
        for item in node:
            yield from claims(item)


def spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Where the quote stands in the (normalised) text: every occurrence."""
    found, start = [], text.find(quote)
    while start >= 0:
        found.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return found


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def clause(text: str, passage: str) -> bool:
    """Whether a passage starts and ends where a sentence or clause does, not mid-phrase: after a
    stop, a comma, a dash (typed as " - " or " -- " too: "(Reuters) - The ..."), a line break or a list
    item's marker; at its own stop or comma, or before one."""
    at = text.find(passage)
    dash_before = re.search(r"\s--?\s*$", text[:at]) is not None
    dash_after = re.match(r"\s--?\s", text[at + len(passage) :]) is not None
    before = text[:at].rstrip(' "\u201c').rstrip("-*\u2022 ")
    after = text[at + len(passage) :].lstrip(' "\u201d')
    starts = not before or before[-1] in ",;:.!?(\n\u2013\u2014" or dash_before
    ends = not after or after[0] in ",;:.!?)\n\u2013\u2014" or passage.rstrip('"\u201d\u2019')[-1:] in ",;:.!?"
    return at >= 0 and starts and (ends or dash_after)


def synthetic(words: int, seed: int = 1) -> str:
    """A source of `words` words made of the reference article's sentences, shuffled."""
    base = (ROOT / "data" / "sources" / "rferl-2019-05-28.txt").read_text(encoding="utf-8").split("\n")
    rng = random.Random(seed)
    out: list[str] = []
    while sum(len(line.split()) for line in out) < words:
        line = rng.choice(base).split()
        rng.shuffle(line)
        out.append(" ".join(line))
    return "\n".join(out)


@dataclass
class Score:
    """cite's three passages against the quotes an editor chose, over a set of claims."""

    found: int = 0  # citations whose quote overlaps one of the three passages
    total: int = 0
    claims_found: int = 0  # claims with at least one citation found
    claims_total: int = 0
    whole_clauses: int = 0  # citations whose first passage is a whole sentence or clause
    timings: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def claim(self, index: SourceIndex, text: str, words: str, quotes: list[str]) -> None:
        started = time.perf_counter()
        passages = best_passages(index, words, 3)
        self.timings.append((time.perf_counter() - started) * 1000)
        whole = normalise(text)
        hits = [
            any(overlaps(spans(whole, normalise(quote)), spans(whole, normalise(p.text))) for p in passages)
            for quote in quotes
        ]
        self.found += sum(hits)
        self.total += len(quotes)
        self.whole_clauses += len(quotes) * (bool(passages) and clause(text, passages[0].text))
        self.claims_found += any(hits)
        self.claims_total += 1
        self.misses += [
            f"  - {' '.join(words.split())[:70]!r} -> {quote[:50]!r}"
            for quote, hit in zip(quotes, hits, strict=True)
            if not hit
        ]

    def rows(self, name: str) -> list[str]:
        return [
            f"| {name}: recall@3, per citation | {self.found}/{self.total} = {self.found / self.total:.2f} |",
            f"| {name}: recall@3, per claim | {self.claims_found}/{self.claims_total} = "
            f"{self.claims_found / self.claims_total:.2f} |",
            f"| {name}: suggestion 1 a whole sentence or clause | {self.whole_clauses}/{self.total} = "
            f"{self.whole_clauses / self.total:.2f} |",
        ]


def reference_score() -> Score:
    score = Score()
    reference = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    indexes: dict[str, SourceIndex] = {}
    for words, cites in claims(reference):
        for cite in cites:  # each citation its own claim, as the editor asked for it
            source = cite["source"]
            if source not in indexes:
                texts[source] = (ROOT / "data" / "sources" / f"{source}.txt").read_text(encoding="utf-8")
                indexes[source] = SourceIndex(texts[source])
        by_source: dict[str, list[str]] = {}
        for cite in cites:
            by_source.setdefault(cite["source"], []).append(cite["quote"])
        for source, quotes in by_source.items():
            score.claim(indexes[source], texts[source], words, quotes)
    return score


# What an editor writes in their own words in each section of a development-set file, and its quote.
DEVSET_CLAIMS = {"issues": "issue", "events": "what", "figures": "counts", "terms": "term"}


def devset_score(articles: Path, devset: Path = DEVSET) -> Score:
    """The development set's claims (bench/devset/): an editor's words for an issue, an event, what a
    figure counts or a term, against the passage chosen for it; nine of its ten articles are of other
    outlets than the reference article cite was developed on."""
    score = Score()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(ROOT / "data", root / "data")
        for path in sorted(devset.glob("*.yml")):
            annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
            source_id = imported(root, annotation, articles)
            text = (root / "data" / "sources" / f"{source_id}.txt").read_text(encoding="utf-8")
            index = SourceIndex(text)
            for section, field_name in DEVSET_CLAIMS.items():
                for item in annotation.get(section) or []:
                    if item.get(field_name) and item.get("quote") and normalise(item["quote"]) in normalise(text):
                        score.claim(index, text, str(item[field_name]), [item["quote"]])
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="the folder of the development set's pages")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="another folder of annotations (bench.draft's)")
    parser.add_argument("--verbose", action="store_true", help="list the citations not among the three passages")
    args = parser.parse_args()
    reference, devset = reference_score(), devset_score(args.articles, args.devset)
    big = SourceIndex(synthetic(10_000))
    big_timings = []
    for words, _ in claims(yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))):
        started = time.perf_counter()
        best_passages(big, words, 3)
        big_timings.append((time.perf_counter() - started) * 1000)
    print("| measure | value |")
    print("|---|---|")
    named = "development set" if args.devset == DEVSET else args.devset.name
    print("\n".join(reference.rows("reference explainer") + devset.rows(named)))
    timings = reference.timings + devset.timings
    print(f"| ms per claim, the sets' sources (median / max) | {statistics.median(timings):.1f} / {max(timings):.1f} |")
    print(
        f"| ms per claim, 10,000 words (median / max) | {statistics.median(big_timings):.1f} / {max(big_timings):.1f} |"
    )
    if args.verbose:
        for name, score in (("reference explainer", reference), (named, devset)):
            print(f"\n{name}: citations not among the three passages:")
            print("\n".join(score.misses))


if __name__ == "__main__":
    main()
