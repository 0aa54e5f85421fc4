"""Quotes as the checks compare them with the stored text of their source."""

from __future__ import annotations

import difflib
import functools
import hashlib
import re

_TYPOGRAPHIC = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u00a0": " "}
)


@functools.lru_cache(maxsize=1 << 16)  # quotes recur: every page citing a record repeats its citations
def normalise(text: str) -> str:
    """Text as quotes are compared: typographic quotes made plain, whitespace collapsed."""
    return " ".join(text.translate(_TYPOGRAPHIC).split())


_VARIANTS = {"'": "['\u2018\u2019]", '"': '["\u201c\u201d]', "...": "(?:\\.\\.\\.|\u2026)"}


@functools.lru_cache(maxsize=1 << 16)  # every page citing a record repeats its citations
def pattern_of(quote: str) -> re.Pattern[str]:
    """A pattern matching the quote in a source's text as written: any quotation marks, any spaces."""
    parts = re.split(r"(\.\.\.|['\"]|\s+)", normalise(quote))
    return re.compile(
        "".join(_VARIANTS.get(part, r"\s+" if part.isspace() else re.escape(part)) for part in parts if part)
    )


@functools.lru_cache(maxsize=1 << 16)  # every page citing a record repeats its citations
def as_written(quote: str, text: str) -> str:
    """The words of `text` that `quote` matches, as the source writes them (its typographic quotes
    and apostrophes kept); the quote itself where the text does not hold it."""
    found = pattern_of(quote).search(text)
    return " ".join(found.group().split()) if found else quote


def nested(quote: str) -> str:
    """A quotation as it reads inside double quotation marks: its own double quotes made single."""
    text = re.sub(r'(^|(?<=[\s(\[\u2014]))"', "\u2018", quote.replace("\u201c", "\u2018").replace("\u201d", "\u2019"))
    return text.replace('"', "\u2019")


def anchor(source: str, quote: str) -> str:
    """A stable anchor for a cited passage: the same words in the same source, the same id."""
    digest = hashlib.sha1(f"{source}\n{normalise(quote)}".encode()).hexdigest()
    return f"q-{digest[:8]}"


def closest_passage(quote: str, text: str, width: int = 160) -> str:
    """The sentence of `text` that shares most words with `quote`, trimmed around them."""
    wanted = normalise(quote)
    sentences = re.split(r"(?<=[.!?\"])\s+", normalise(text))

    def shared(sentence: str) -> int:
        matcher = difflib.SequenceMatcher(None, wanted, sentence, autojunk=False)
        return sum(block.size for block in matcher.get_matching_blocks() if block.size >= 3)

    best = max(sentences, key=shared)
    if len(best) <= width:
        return best
    matcher = difflib.SequenceMatcher(None, best, wanted, autojunk=False)
    match = matcher.find_longest_match(0, len(best), 0, len(wanted))
    start = max(0, min(match.a - match.b, len(best) - width))
    return ("..." if start else "") + best[start : start + width].strip() + "..."
