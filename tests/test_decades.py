"""Approximate dates: a decade or a part of one ("1990s", "early 1990s", "mid-1990s", "late 1990s")
is written, shown, ordered, checked and drafted like any other date."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from generator.__main__ import main
from generator.build import build
from generator.chronology import stated
from generator.draft.dates import dates_in
from generator.load import load_file
from generator.models import Citation, DecadePart, PartialDate, Precision, Statement
from generator.schema import json_schemas
from tests.conftest import data_copy

HISTORY = "explainers/moscow-talks-2019/history.md"
DATA = "explainers/moscow-talks-2019/data/"
# Of the reference article: a year within the early 1990s gives the decade its words do not name.
QUOTE = (
    "the Soviet Union collapsed in 1991, partly due to the cost of the conflict in terms of money and morale, "
    "Moscow had less involvement in Afghanistan"
)


@pytest.mark.parametrize(
    ("written", "part", "iso", "in_a_sentence", "earliest", "latest"),
    [
        ("1990s", DecadePart.whole, "1990/1999", "the 1990s", date(1990, 1, 1), date(1999, 12, 31)),
        ("early 1990s", DecadePart.early, "1990/1993", "the early 1990s", date(1990, 1, 1), date(1993, 12, 31)),
        ("mid-1990s", DecadePart.mid, "1994/1996", "the mid-1990s", date(1994, 1, 1), date(1996, 12, 31)),
        ("late 1990s", DecadePart.late, "1997/1999", "the late 1990s", date(1997, 1, 1), date(1999, 12, 31)),
        ("2000s", DecadePart.whole, "2000/2009", "the 2000s", date(2000, 1, 1), date(2009, 12, 31)),
    ],
)
def test_a_decade_is_written_as_a_reader_says_it(written, part, iso, in_a_sentence, earliest, latest):
    parsed = PartialDate.parse(written)
    assert (parsed.precision, parsed.decade, parsed.year) == (Precision.decade, part, int(written[-5:-1]))
    assert (parsed.form, parsed.written(), parsed.iso) == (written, written, iso)
    assert (str(parsed), parsed.words(alone=True)) == (in_a_sentence, written)
    assert (parsed.earliest, parsed.latest, parsed.inferred) == (earliest, latest, None)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("the 1990s", "a decade is written 1990s, early 1990s, mid-1990s or late 1990s: write 'the 1990s' as 1990s"),
        (
            "mid 1990s",
            "a decade is written 1990s, early 1990s, mid-1990s or late 1990s: write 'mid 1990s' as mid-1990s",
        ),
        (
            "early-2000s",
            "a decade is written 2000s, early 2000s, mid-2000s or late 2000s: write 'early-2000s' as early 2000s",
        ),
        (
            "Late 1980s",
            "a decade is written 1980s, early 1980s, mid-1980s or late 1980s: write 'Late 1980s' as late 1980s",
        ),
        ("1990's", "a decade is written 1990s, early 1990s, mid-1990s or late 1990s: write '1990's' as 1990s"),
        (
            "1995s",
            "'1995s' is not a decade: a decade is written with its first year (1990s, early 1990s, mid-1990s or "
            "late 1990s), a single year without the s (1995)",
        ),
        ("0000s", "year 0 does not exist: decades run from the 0010s"),
        (
            "'90s",
            "a date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-28), "
            "or a decade as 1990s, early 1990s, mid-1990s or late 1990s",
        ),
        (
            "1990s-05",
            "a date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-28), "
            "or a decade as 1990s, early 1990s, mid-1990s or late 1990s",
        ),
    ],
)
def test_a_decade_written_otherwise_is_refused_with_its_right_form(written, message):
    with pytest.raises(ValueError) as caught:
        PartialDate.parse(written)
    assert str(caught.value) == message


def test_an_inferred_decade_keeps_its_reason_and_round_trips():
    written = {"date": "mid-1990s", "inferred": "The article says  'two decades ago'."}
    statement = Statement.model_validate({"text": "D", "editorial": True, "as_of": written})
    assert statement.as_of == PartialDate(1990, decade=DecadePart.mid)  # the reason is not part of the date
    assert statement.as_of is not None and statement.as_of.inferred == "The article says 'two decades ago'."
    assert statement.model_dump(mode="json")["as_of"] == {"date": "mid-1990s", "inferred": statement.as_of.inferred}
    assert Statement.model_validate(statement.model_dump(mode="json")) == statement


def test_dates_sort_by_their_start_the_wider_first():
    written = ["1991", "late 1990s", "2000s", "1990s", "mid-1990s", "1990-01", "early 1990s", "1989-12-31", "1990"]
    ordered = sorted(PartialDate.parse(w) for w in written)
    assert [d.form for d in ordered] == [
        "1989-12-31",
        "1990s",
        "early 1990s",
        "1990",
        "1990-01",
        "1991",
        "mid-1990s",
        "late 1990s",
        "2000s",
    ]
    # One order for every pair: never both before and after, and "neither" only for equal dates.
    for a in ordered:
        for b in ordered:
            assert [a < b, a == b, a > b].count(True) == 1
            assert (a <= b) == (a < b or a == b) and (a >= b) == (a > b or a == b)
    assert PartialDate(1990) != PartialDate(1990, decade=DecadePart.whole)


def test_the_schema_accepts_exactly_the_written_forms():
    published = json.loads(json_schemas()["source.json"])["properties"]["published"]
    pattern = re.compile(published["anyOf"][0]["pattern"])
    for good in ("1990s", "early 1990s", "mid-1990s", "late 1990s", "2019", "2019-05", "2019-05-28"):
        assert pattern.search(good), good
    for bad in ("the 1990s", "mid 1990s", "early-1990s", "1995s", "1990's", "Early 1990s"):
        assert not pattern.search(bad), bad
    assert "mid-1990s" in published["anyOf"][0]["description"]  # the field's own description says what it is


def test_a_decade_is_stated_by_its_words_a_part_of_it_or_a_year_within_it():
    def quotes(*quotes: str) -> list[Citation]:
        return [Citation(source="a-source", quote=quote) for quote in quotes]

    mid = PartialDate.parse("mid-1990s")
    assert stated(mid, quotes("prices rose in the mid-1990s and fell"))
    assert stated(mid, quotes("began in the Mid 1990s"))
    assert stated(mid, quotes("it happened in 1995"))
    assert not stated(mid, quotes("prices rose in the 1990s"))  # the quote does not say which part
    assert not stated(mid, quotes("prices rose in the early 1990s"))
    assert stated(PartialDate.parse("1990s"), quotes("prices rose in the late 1990s"))
    assert not stated(PartialDate.parse("1990"), quotes("prices rose in the 1990s"))  # a decade is no year
    assert stated(PartialDate.parse("1989"), quotes("in 1989's elections"))


def test_the_drafter_proposes_a_decade_as_the_sentence_gives_it(project, capsys):
    published = PartialDate.parse("2020-02-29")
    found = dates_in("In the mid-1990s the group took power; by the early 2000s it had lost it.", published)
    assert [(d.date.written(), d.phrase, d.inferred) for d in found] == [
        ("mid-1990s", "the mid-1990s", False),
        ("early 2000s", "the early 2000s", False),
    ]
    folder = project / "data" / "sources"
    (folder / "wire.txt").write_text("Talks began in the mid-1990s and failed in 1998.\n", encoding="utf-8")
    (folder / "wire.yml").write_text(
        "outlet: Test Wire\nurl: https://example.org/wire\npublished: 2020-02-29\n", encoding="utf-8"
    )
    assert main(["draft", "wire", "--slug", "wire", "--json", "--root", str(project)]) == 0
    timeline = json.loads(capsys.readouterr().out)["timeline"]
    assert [(event["date"], event["inferred"]) for event in timeline] == [("mid-1990s", None), ("1998", None)]
    draft = load_file(project / "data" / "drafts" / "wire.yml", project).data
    assert [event["date"] for event in draft["timeline"]] == ["mid-1990s", "1998"]


@pytest.fixture(scope="module")
def decades(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The reference explainer, its first event dated to an inferred decade and an event of the early 1990s added."""
    project = data_copy(tmp_path_factory.mktemp("decades") / "project")
    path = project / "data" / "explainers" / "moscow-talks-2019.yml"
    text = path.read_text(encoding="utf-8")
    first = "  - date:\n      date: 1919\n"
    added = f"""  - date: early 1990s
    era: Russia, the Soviet Union and Afghanistan
    title: Moscow turns away
    text: Moscow has less involvement in Afghanistan after the Soviet Union collapses.
    cite:
      - source: rferl-2019-05-28
        quote: "{QUOTE}"
"""
    after = "  - date: 2001-09-11\n"
    assert text.count(first) == 1 and text.count(after) == 1
    path.write_text(text.replace(first, "  - date:\n      date: 1910s\n").replace(after, added + after), "utf-8")
    return build(project, write=False).pages


def test_a_decade_is_shown_as_written_on_the_history_page(decades):
    history = decades[HISTORY]
    # HTML's <time> has no decade: a decade is a <data> element with its years, never a <time>.
    assert not re.search(r'<time datetime="[^"]*/', history)
    assert '<span id="event-4"></span><data value="1990/1993">early 1990s</data>' in history
    assert (
        '<data value="1910/1919">1910s</data> <span class="inferred">(date worked out by the editors)</span>' in history
    )
    assert (
        history.index("The Soviet Union collapses")
        < history.index("Moscow turns away")
        < history.index("The September 11 attacks")
    )
    overview = decades["explainers/moscow-talks-2019/index.md"]
    assert (
        "from the 1910s (date worked out by the editors) to September 2019" in overview
    )  # the contents say what History covers


def test_a_decade_in_the_open_data_and_json_ld(decades):
    rows = {row["title"]: row for row in csv.DictReader(io.StringIO(decades[DATA + "timeline.csv"]))}
    row = rows["Moscow turns away"]
    assert (row["date"], row["precision"], row["display_date"], row["date_inferred"]) == (
        "1990/1993",
        "decade",
        "early 1990s",
        "",
    )
    events = json.loads(decades[DATA + "timeline.json"])["events"]
    assert events[3]["start_date"] == {"year": "1990", "display_date": "early 1990s"}
    explainer = json.loads(decades[DATA + "explainer.json"])["explainer"]
    assert explainer["timeline"][3]["date"] == "early 1990s"
    assert explainer["timeline"][0]["date"]["date"] == "1910s"
    [ld] = re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', decades[HISTORY], re.S)
    item = json.loads(ld)["itemListElement"][3]["item"]
    assert "startDate" not in item and item["description"].startswith("early 1990s: Moscow has less involvement")
