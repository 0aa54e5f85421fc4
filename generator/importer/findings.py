"""What an editor should look at in an imported text: repeated paragraphs, lines that look like a
page's furniture, and an extraction too short to be an article. Each finding is one plain line."""

from __future__ import annotations

import difflib
import re

from ..quotes import normalise

SHORT_ARTICLE = 150  # words: fewer, and the page is likely a front page, a gallery or behind a paywall
_COMPARED = 1000  # paragraphs compared for repeats; a longer text is not an article
_BOILERPLATE = (
    ("a cookie notice", re.compile(r"\bcookies?\b", re.I)),
    ("a newsletter prompt", re.compile(r"\bnewsletter\b|\bsign up (for|to)\b|\bsubscribe (to|now|for)\b", re.I)),
    ("a copyright line", re.compile(r"©|\bcopyright\b|\ball rights reserved\b", re.I)),
)


def review(paragraphs: list[str]) -> list[str]:
    """Every finding, in the order of the text."""
    findings = repeats(paragraphs) + boilerplate(paragraphs)
    words = sum(len(paragraph.split()) for paragraph in paragraphs)
    if words < SHORT_ARTICLE:
        findings.append(
            f"only {words} words were extracted: this may not be an article "
            "(a front page, a gallery, a page behind a paywall); compare with the page"
        )
    return findings


def repeats(paragraphs: list[str]) -> list[str]:
    """A paragraph that appears again, whole or nearly whole (one word changed), inside a later or earlier one."""
    words = [normalise(paragraph).casefold().split() for paragraph in paragraphs[:_COMPARED]]
    vocabularies = [set(paragraph) for paragraph in words]
    findings = []
    for later in range(len(words)):
        for earlier in range(later):
            shorter, longer = sorted((earlier, later), key=lambda index: (len(words[index]), index))
            if len(words[shorter]) < 6 or len(vocabularies[shorter] - vocabularies[longer]) > 1:
                continue
            if _covered(words[shorter], words[longer]):
                how = "repeats" if words[shorter] == words[longer] else "repeats words of"
                findings.append(
                    f"paragraph {later + 1} {how} paragraph {earlier + 1}: {_preview(paragraphs[later])}; "
                    "keep the text as the page has it, and cite the copy you mean"
                )
                break
    return findings


def boilerplate(paragraphs: list[str]) -> list[str]:
    """Lines that look like a page's furniture rather than the article."""
    findings = []
    for number, paragraph in enumerate(paragraphs, 1):
        kinds = [kind for kind, pattern in _BOILERPLATE if pattern.search(paragraph) and len(paragraph.split()) < 40]
        if paragraph.isupper() and len(paragraph) <= 40:
            kinds.append("a short line in capitals")
        if kinds:
            findings.append(
                f"paragraph {number} looks like {' and '.join(kinds)}, not the article: {_preview(paragraph)}; "
                "delete it from the .txt if it is not the article's"
            )
    return findings


def _covered(shorter: list[str], longer: list[str]) -> bool:
    """Whether at least 90% of the shorter paragraph's words appear, in order, in the longer one."""
    matcher = difflib.SequenceMatcher(None, shorter, longer, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched >= 0.9 * len(shorter)


def _preview(paragraph: str, width: int = 60) -> str:
    return f'"{paragraph[:width]}..."' if len(paragraph) > width else f'"{paragraph}"'
