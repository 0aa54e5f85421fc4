"""No sentence of six words or more is said twice within one section of a page (footnotes aside):
a reader who meets the same words twice in a few lines stops trusting the page to be edited."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

SKIPPED = {"script", "style", "svg", "template"}
BLOCKS = {"p", "li", "td", "th", "dd", "dt", "figcaption", "blockquote", "div"}
SHORTEST = 6  # words


class Sections(HTMLParser):
    """The article's text, split at each heading; footnotes, scripts and pictures left out."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[list[str]] = [[""]]  # each a list of blocks (paragraphs, items, headings)
        self.depth = 0  # inside the article
        self.skipping: list[str] = []  # open elements whose text is not read

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "article":
            self.depth += 1
        elif self.skipping or tag in SKIPPED or "footnote" in classes:
            self.skipping.append(tag)
        elif re.fullmatch(r"h[1-6]", tag):
            self.sections.append([""])

    def handle_endtag(self, tag):
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        elif tag == "article":
            self.depth -= 1
        elif tag in BLOCKS or re.fullmatch(r"h[1-6]", tag):
            self.sections[-1].append("")

    def handle_data(self, data):
        if self.depth and not self.skipping:
            self.sections[-1][-1] += data


def repeated_sentences(html: str) -> list[str]:
    parser = Sections()
    parser.feed(html)
    found = []
    for section in parser.sections:
        sentences = [s for block in section for s in re.split(r"(?<=[.!?])\s+", " ".join(block.split()))]
        counts = Counter(s for s in sentences if len(s.split()) >= SHORTEST)
        found += [sentence for sentence, count in counts.items() if count > 1]
    return found


def test_the_check_finds_a_sentence_said_twice():
    said_twice = "<article><h2>A</h2><p>The delegation had fourteen members in all.</p>"
    said_twice += "<p>The delegation had fourteen members in all.</p><h2>B</h2></article>"
    assert repeated_sentences(said_twice) == ["The delegation had fourteen members in all."]
    in_two_sections = said_twice.replace("</p><p>", "</p><h3>C</h3><p>")
    assert repeated_sentences(in_two_sections) == []


def test_no_page_says_a_sentence_twice_in_a_section(built_project):
    site = built_project / "site"
    found = {}
    for path in sorted(site.rglob("index.html")):
        repeated = repeated_sentences(path.read_text(encoding="utf-8"))
        if repeated:
            found[path.relative_to(site).as_posix()] = repeated
    assert not found
