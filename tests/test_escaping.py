"""No text from a data file becomes markup: whatever an editor types is shown as typed."""

from __future__ import annotations

import html.parser

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.escape import md_text

EXTENSIONS = ["footnotes", "attr_list", "md_in_html", "tables", "toc"]  # as in mkdocs.yml


class _Reader(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def shown(text: str, *, prefix: str = "") -> _Reader:
    reader = _Reader()
    reader.feed(markdown.markdown(prefix + md_text(text), extensions=EXTENSIONS))
    return reader


PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](https://example.org/x.png)",
    "**bold** _em_ `code` ~~gone~~",
    "Text { onclick=alert(1) }",
    "# Not a heading",
    "- not a list",
    "1. not a list",
    "| a | b |",
    "&lt;b&gt; &amp; &#60;",
    "<https://example.org>",
    "Footnote[^1]",
    "\\*escaped\\*",
]


def test_known_payloads_show_as_plain_text():
    for payload in PAYLOADS:
        reader = shown(payload)
        assert reader.tags == ["p"], payload
        assert reader.text == payload, payload


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(lambda text: text.strip()))
def test_any_text_renders_as_exactly_itself(text):
    expected = " ".join(text.split())
    for prefix, tags in (("", ["p"]), ("- ", ["ul", "li"])):  # a paragraph, a list item
        reader = shown(text, prefix=prefix)
        assert reader.tags == tags
        assert reader.text.strip() == expected
