"""`cite` recall at 3 over every citation of the reference explainer, and its time per claim.

    python -m bench.cite

A claim's own words go in (its text, or a figure's label, a member's role, a quote's words); a
citation counts as found when one of the three passages proposed overlaps its quote in the source.
Timings: on the reference source and on a synthetic source of 10,000 words. No assertions.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

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
    """Whether a passage starts and ends where a sentence or clause does, not mid-phrase."""
    at = text.find(passage)
    before, after = text[:at].rstrip(' "\u201c'), text[at + len(passage) :].lstrip(' "\u201d')
    starts = not before or before[-1] in ",;:.!?(\n\u2014"
    ends = not after or after[0] in ",;:.!?)\n\u2014"
    return at >= 0 and starts and ends


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


def main() -> None:
    reference = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    indexes: dict[str, SourceIndex] = {}
    found = total = claims_found = claims_total = whole_clauses = 0
    timings: list[float] = []
    misses: list[str] = []
    for words, cites in claims(reference):
        claim_hit = False
        for cite in cites:
            source = cite["source"]
            if source not in indexes:
                texts[source] = (ROOT / "data" / "sources" / f"{source}.txt").read_text(encoding="utf-8")
                indexes[source] = SourceIndex(texts[source])
            started = time.perf_counter()
            passages = best_passages(indexes[source], words, 3)
            timings.append((time.perf_counter() - started) * 1000)
            whole_clauses += bool(passages) and clause(texts[source], passages[0].text)
            whole = normalise(texts[source])
            wanted = spans(whole, normalise(cite["quote"]))
            hit = any(overlaps(wanted, spans(whole, normalise(p.text))) for p in passages)
            found += hit
            total += 1
            claim_hit = claim_hit or hit
            if not hit:
                misses.append(f"  - {' '.join(words.split())[:70]!r} -> {cite['quote'][:50]!r}")
        claims_found += claim_hit
        claims_total += 1
    big = SourceIndex(synthetic(10_000))
    big_timings = []
    for words, _ in claims(reference):
        started = time.perf_counter()
        best_passages(big, words, 3)
        big_timings.append((time.perf_counter() - started) * 1000)
    print("| measure | value |")
    print("|---|---|")
    print(f"| cite recall@3, per citation | {found}/{total} = {found / total:.2f} |")
    share = f"{claims_found}/{claims_total} = {claims_found / claims_total:.2f}"
    print(f"| cite recall@3, per claim (any of its quotes) | {share} |")
    print(f"| suggestion 1 a whole sentence or clause | {whole_clauses}/{total} = {whole_clauses / total:.2f} |")
    print(f"| ms per claim, reference source (median / max) | {statistics.median(timings):.1f} / {max(timings):.1f} |")
    print(
        f"| ms per claim, 10,000 words (median / max) | {statistics.median(big_timings):.1f} / {max(big_timings):.1f} |"
    )
    if misses:
        print("\nCitations not among the three passages:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
