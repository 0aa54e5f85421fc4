"""Facts stay true as the collection grows: a later explainer that extends the shared records
changes nothing of an earlier one, and profile pages show every statement with its date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import build
from generator.yaml_writer import dump
from tests.conftest import data_copy

EARLIER = "explainers/moscow-talks-2019/"
LATER = "explainers/doha-agreement-2020/"
SOURCE_ID = "example-2020-02-29"
# A test fixture, not a real article: a made-up outlet reporting the signing in Doha.
SOURCE_TEXT = "\n".join(
    [
        "The United States and the Taliban signed an agreement in Doha on Saturday.",
        "Mullah Abdul Ghani Baradar, the Taliban's deputy leader and head of its political office in Qatar,"
        " signed the agreement for the group.",
        "Zalmay Khalilzad, the U.S. special envoy, signed for the United States.",
        "Qatar, which hosts the Taliban's political office, mediated the talks.",
        "Under the agreement the United States is to withdraw all its troops within 14 months.",
        "",
    ]
)


def cite(quote: str) -> list[dict[str, str]]:
    return [{"source": SOURCE_ID, "quote": quote}]


def add_later_explainer(project: Path) -> None:
    """A second explainer, of 29 February 2020, whose statements extend the shared records."""
    data = project / "data"
    (data / "sources" / f"{SOURCE_ID}.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    source = {"outlet": "Example News", "url": "https://news.example.org/doha.html", "published": "2020-02-29"}
    (data / "sources" / f"{SOURCE_ID}.yml").write_text(dump(source), encoding="utf-8")
    baradar = data / "people" / "abdul-ghani-baradar.yml"
    baradar.write_text(
        baradar.read_text(encoding="utf-8")
        + "  - text: The Taliban's deputy leader and head of its political office in Qatar.\n"
        + f"    cite:\n      - source: {SOURCE_ID}\n"
        + "        quote: the Taliban's deputy leader and head of its political office in Qatar\n",
        encoding="utf-8",
    )
    qatar = {
        "name": "Qatar",
        "statements": [
            {"text": "Hosts the Taliban's political office.", "cite": cite("hosts the Taliban's political office")}
        ],
    }
    (data / "organisations" / "qatar.yml").write_text(dump(qatar), encoding="utf-8")
    explainer = {
        "title": "The U.S.-Taliban agreement, February 2020",
        "summary": {
            "text": "The United States and the Taliban signed an agreement in Doha.",
            "cite": cite("The United States and the Taliban signed an agreement in Doha"),
        },
        "event": {
            "what": "The signing of the U.S.-Taliban agreement",
            "where": "Doha, Qatar",
            "date": "2020-02-29",
            "cite": cite("signed an agreement in Doha on Saturday"),
        },
        "as_of": "2020-02-29",
        "published": "2020-03-01",
        "sources": [SOURCE_ID],
        "attendance": [
            {
                "id": "taliban",
                "name": "The Taliban",
                "role": "signatory",
                "organisation": "taliban",
                "description": "Baradar signed the agreement for the Taliban.",
                "cite": cite("signed the agreement for the group"),
                "members": [
                    {
                        "person": "abdul-ghani-baradar",
                        "role": "Signed the agreement.",
                        "cite": cite("signed the agreement for the group"),
                    }
                ],
            },
            {
                "id": "qatar",
                "name": "Qatar",
                "role": "mediator",
                "organisation": "qatar",
                "description": "Qatar mediated the talks.",
                "cite": cite("Qatar, which hosts the Taliban's political office, mediated the talks"),
            },
        ],
        "timeline": [
            {
                "date": "2020-02-29",
                "title": "The agreement is signed",
                "text": "The United States and the Taliban sign an agreement in Doha.",
                "cite": cite("The United States and the Taliban signed an agreement in Doha"),
            },
            {
                "date": {"date": "2021-04", "inferred": "Fourteen months after the signing."},
                "date_qualifier": "by",
                "status": "due",
                "title": "U.S. troops are to leave",
                "text": "The United States is to withdraw all its troops within 14 months.",
                "cite": cite("the United States is to withdraw all its troops within 14 months"),
            },
        ],
        "glossary": ["taliban"],
    }
    (data / "explainers" / "doha-agreement-2020.yml").write_text(dump(explainer), encoding="utf-8")


@pytest.fixture(scope="module")
def before_and_after(tmp_path_factory) -> tuple[dict[str, str], dict[str, str]]:
    project = data_copy(tmp_path_factory.mktemp("time") / "project")
    before = build(project, write=False).pages
    add_later_explainer(project)
    after = build(project, write=False).pages
    return before, after


def test_a_later_explainer_changes_nothing_of_an_earlier_one(before_and_after):
    before, after = before_and_after
    earlier = sorted(page for page in before if page.startswith(EARLIER))
    # Its seven pages (their JSON-LD and Sources page included), its four open data files and its share card.
    assert len(earlier) == 12 and any(page.endswith("sources.md") for page in earlier)
    assert sorted(page for page in after if page.startswith(EARLIER)) == earlier
    changed = [page for page in earlier if after[page] != before[page]]
    assert changed == [], f"the 2020 explainer changed the 2019 one: {changed}"
    assert any(page.startswith(LATER) for page in after)


def test_the_earlier_explainer_does_not_link_a_record_first_described_later(before_and_after):
    _, after = before_and_after
    history = after[EARLIER + "history.md"]
    assert "in Qatar" in history and "organisations/qatar/" not in history
    assert "organisations/qatar/" in after[LATER + "attendees.md"]


def test_each_explainer_shows_the_statement_known_on_its_date(before_and_after):
    _, after = before_and_after
    assert "chief negotiator. He was jailed" in after[EARLIER + "attendees.md"]
    assert "deputy leader" not in after[EARLIER + "attendees.md"]
    later = after[LATER + "attendees.md"]
    assert "The Taliban's deputy leader and head of its political office in Qatar." in later
    assert "He was jailed" not in later  # an older statement is not repeated where a newer one holds


def test_a_profile_page_shows_every_statement_with_its_date_and_source(before_and_after):
    _, after = before_and_after
    profile = after["people/abdul-ghani-baradar.md"].split("# Abdul Ghani Baradar", 1)[1]
    credits = re.findall(r'<span class="credit">(.*?)</span>', profile)
    assert credits == ["As of 28 May 2019, according to RFE/RL.", "As of 29 February 2020, according to Example News."]
    assert profile.index("He was jailed") < profile.index("deputy leader")
    assert "The U.S.-Taliban agreement, February 2020" in profile and "The Moscow talks with the Taliban" in profile
