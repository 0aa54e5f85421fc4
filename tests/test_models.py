"""The data model: dates with a precision, strict fields, sourced-or-editorial definitions."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from generator.models import Explainer, Figure, Note, PartialDate, Precision, Statement, Term

CITE = [{"source": "a-source", "quote": "three exact words"}]


@pytest.mark.parametrize(
    ("written", "precision", "shown", "earliest", "latest"),
    [
        (1919, Precision.year, "1919", date(1919, 1, 1), date(1919, 12, 31)),
        ("2019-02", Precision.month, "February 2019", date(2019, 2, 1), date(2019, 2, 28)),
        ("2019-05-28", Precision.day, "28 May 2019", date(2019, 5, 28), date(2019, 5, 28)),
    ],
)
def test_a_date_is_as_precise_as_it_is_written(written, precision, shown, earliest, latest):
    parsed = PartialDate.parse(written)
    assert (parsed.precision, str(parsed), parsed.earliest, parsed.latest) == (precision, shown, earliest, latest)
    assert parsed.iso == str(written)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2019-02-30", "2019-02-30 does not exist: February 2019 has 28 days"),
        ("2019-13", "month 13 does not exist (months run from 01 to 12)"),
        ("0000-05", "year 0 does not exist: years run from 0001"),
        ("28 May 2019", "a date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-28)"),
        (True, "a date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-28)"),
    ],
)
def test_impossible_dates_are_refused_in_plain_words(written, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        PartialDate.parse(written)


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["year", "month", "day"]))
def test_a_date_round_trips_through_its_written_form(day, precision):
    written = {"year": f"{day:%Y}", "month": f"{day:%Y-%m}", "day": f"{day:%Y-%m-%d}"}[precision]
    parsed = PartialDate.parse(written)
    assert parsed.iso == written and parsed.precision.value == precision
    assert parsed.earliest <= day <= parsed.latest


def term(*definitions: dict, **fields: object) -> Term:
    return Term.model_validate({"term": "T", "definitions": list(definitions), **fields})


def test_a_definition_is_sourced_or_marked_editorial():
    assert term({"text": "D", "cite": CITE}).definitions[0].editorial is False
    assert term({"text": "D", "editorial": True}).definitions[0].cite == []
    for bad in ({"text": "D"}, {"text": "D", "editorial": True, "cite": CITE}):
        with pytest.raises(ValidationError):
            term(bad)
    with pytest.raises(ValidationError, match="at least 1 item"):
        term()


def test_text_is_collapsed_to_one_line_and_may_not_be_blank():
    collapsed = Term.model_validate(
        {"term": "  Cease-\n fire ", "definitions": [{"text": "A\n\nhalt", "editorial": True}]}
    )
    assert (collapsed.term, collapsed.definitions[0].text) == ("Cease- fire", "A halt")
    with pytest.raises(ValidationError):
        term({"text": "   ", "editorial": True})


def test_unknown_fields_and_loose_types_are_refused():
    with pytest.raises(ValidationError) as caught:
        Term.model_validate({"term": 14, "definitions": [{"text": "D", "editorial": "yes"}], "colour": "red"})
    assert {error["type"] for error in caught.value.errors()} == {"string_type", "bool_type", "extra_forbidden"}


@pytest.mark.parametrize(
    ("written", "inferred"),
    [
        ("2019-04", None),
        ({"date": "2019-04", "inferred": "  The article says\n 'April'. "}, "The article says 'April'."),
    ],
)
def test_a_date_may_carry_why_the_editors_inferred_it(written, inferred):
    statement = Statement.model_validate({"text": "D", "editorial": True, "as_of": written})
    assert statement.as_of is not None and statement.as_of.iso == "2019-04" and statement.as_of.inferred == inferred
    assert statement.model_dump(mode="json")["as_of"] == (
        written if inferred is None else {"date": "2019-04", "inferred": inferred}
    )
    assert statement.as_of == PartialDate(2019, 4)  # the reason is not part of the date


@pytest.mark.parametrize(
    "written",
    [{"date": "2019-04"}, {"date": "2019-04", "inferred": " "}, {"date": "2019-13", "inferred": "x"}, {"when": 1}],
)
def test_an_inferred_date_needs_a_valid_date_and_a_reason(written):
    with pytest.raises(ValidationError):
        Statement.model_validate({"text": "D", "editorial": True, "as_of": written})


def test_an_editors_note_is_text_or_a_note_marked_unsourced():
    figure = {"value": 1, "label": "L", "cite": CITE}
    assert Figure.model_validate({**figure, "caveat": "Doubtful."}).caveat == Note(text="Doubtful.")
    marked = Figure.model_validate({**figure, "caveat": {"text": "Doubtful.", "unsourced": True}}).caveat
    assert marked is not None and marked.unsourced
    with pytest.raises(ValidationError):
        Figure.model_validate({**figure, "caveat": {"text": "Doubtful.", "unsourced": "yes"}})


def test_the_explainer_schema_lists_every_section():
    assert {
        "summary",
        "event",
        "as_of",
        "sources",
        "attendance",
        "timeline",
        "issues",
        "quotes",
        "figures",
        "glossary",
    } <= set(Explainer.model_fields)


def test_a_quote_of_fewer_than_three_words_is_refused():
    with pytest.raises(ValidationError, match="needs at least three words of the source"):
        term({"text": "D", "cite": [{"source": "a-source", "quote": "two words"}]})
