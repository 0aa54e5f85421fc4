"""Quotes as pages show them: the article's own characters, quotation marks nested."""

from __future__ import annotations

from generator.quotes import as_written, nested
from generator.render.citations import text_fragment_url

ARTICLE = "Khalilzad welcomed Russia\u2019s efforts. \u201cWe are calling for a pullout,\u201d Lavrov said."


def test_a_quote_is_shown_with_the_articles_own_apostrophes_and_quotation_marks():
    assert as_written("Khalilzad welcomed Russia's efforts", ARTICLE) == "Khalilzad welcomed Russia\u2019s efforts"
    assert (
        as_written('"We are calling for a pullout," Lavrov', ARTICLE)
        == "\u201cWe are calling for a pullout,\u201d Lavrov"
    )


def test_a_quote_the_article_does_not_hold_is_shown_as_given():
    assert as_written("Russia's efforts failed", ARTICLE) == "Russia's efforts failed"


def test_quotation_marks_inside_a_quotation_become_single():
    assert nested('"We are calling," Lavrov said of the "occupation".') == (
        "\u2018We are calling,\u2019 Lavrov said of the \u2018occupation\u2019."
    )
    assert nested("the group was \u201ccommitted to peace\u201d") == "the group was \u2018committed to peace\u2019"


def test_a_text_fragment_keeps_the_typographic_apostrophe():
    url = text_fragment_url("https://example.org/a", "Khalilzad welcomed Russia\u2019s efforts")
    assert url == "https://example.org/a#:~:text=Khalilzad%20welcomed%20Russia%E2%80%99s%20efforts"
