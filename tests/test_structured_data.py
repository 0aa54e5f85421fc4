"""JSON-LD on the pages (parsed offline, checked against the schema.org terms it may use) and the
downloadable open data."""

from __future__ import annotations

import csv
import io
import json
import re

from generator.link import normalise
from generator.render.labels import YEAR_FROM_ARTICLE
from tests.test_build import SOURCE

EXPLAINER = "explainers/moscow-talks-2019"

# The schema.org types this site emits and, for each, the properties it may use (all defined on
# the type or a supertype in schema.org's vocabulary); anything else is a mistake.
THING = {"@type", "@context", "name", "description", "alternateName", "url"}
CREATIVE_WORK = THING | {
    "headline",
    "dateModified",
    "datePublished",
    "inLanguage",
    "keywords",
    "about",
    "citation",
    "hasPart",
    "publisher",
    "text",
    "creator",
    "isPartOf",
    "temporalCoverage",
    "correction",
    "mainEntity",
}
ALLOWED = {
    "BackgroundNewsArticle": CREATIVE_WORK,
    "NewsArticle": CREATIVE_WORK,
    "Quotation": CREATIVE_WORK,
    "Event": THING | {"startDate", "location", "attendee", "eventAttendanceMode", "contributor", "about"},
    "Place": THING,
    "Person": THING | {"affiliation"},
    "Organization": THING,
    "DefinedTermSet": CREATIVE_WORK | {"hasDefinedTerm"},
    "DefinedTerm": THING | {"termCode"},
    "ItemList": THING | {"itemListElement", "numberOfItems"},
    "ListItem": THING | {"position", "item"},
    "CollectionPage": CREATIVE_WORK,
    "WebPage": CREATIVE_WORK,
    "AboutPage": CREATIVE_WORK,
    "CorrectionComment": CREATIVE_WORK,
    "ImageObject": CREATIVE_WORK,
}


def blocks(built_project, relative: str) -> list[dict]:
    html = (built_project / "site" / relative).read_text(encoding="utf-8")
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in found]


def nodes(value):
    if isinstance(value, dict):
        if "@type" in value:
            yield value
        for item in value.values():
            yield from nodes(item)
    elif isinstance(value, list):
        for item in value:
            yield from nodes(item)


def test_every_page_carries_json_ld_of_real_schema_org_terms(built_project):
    site = built_project / "site"
    pages = [path.relative_to(site).as_posix() for path in sorted(site.rglob("index.html"))]
    assert len(pages) > 40
    for relative in pages:
        (data,) = blocks(built_project, relative)
        assert data["@context"] == "https://schema.org"
        for node in nodes(data):
            assert node["@type"] in ALLOWED, (relative, node["@type"])
            assert set(node) <= ALLOWED[node["@type"]], (relative, set(node) - ALLOWED[node["@type"]])


def test_the_overview_describes_the_article_event_attendees_and_quotes(built_project):
    (article,) = blocks(built_project, f"{EXPLAINER}/index.html")
    assert article["@type"] == "BackgroundNewsArticle"
    assert article["citation"][0]["url"].startswith("https://www.rferl.org/")
    event = article["about"]
    assert event["@type"] == "Event" and event["startDate"] == "2019-05-28"
    assert event["location"] == {"@type": "Place", "name": "Moscow, Russia"}
    names = {attendee["name"] for attendee in event["attendee"]}
    assert {"Sergei Lavrov", "Abdul Ghani Baradar", "Hamid Karzai", "Fawzia Koofi"} <= names
    assert "Government of Afghanistan" not in names  # the absent party is not an attendee
    for quote in article["hasPart"]:
        assert quote["@type"] == "Quotation" and quote["creator"]["@type"] == "Person"
        assert normalise(quote["text"]).rstrip(".") in SOURCE


def test_the_home_page_is_a_collection_of_every_explainer(built_project):
    (home,) = blocks(built_project, "index.html")
    listed = home["mainEntity"]["itemListElement"]
    explainers = sorted((built_project / "data/explainers").glob("*.yml"))
    assert home["@type"] == "CollectionPage" and len(listed) == len(explainers)
    assert {item["item"]["url"] for item in listed} == {f"explainers/{path.stem}/" for path in explainers}


def test_history_lists_the_dated_events(built_project):
    (history,) = blocks(built_project, f"{EXPLAINER}/history/index.html")
    events = {item["item"]["name"]: item["item"] for item in history["itemListElement"]}
    # A start date only where the sources date the event itself; an inferred, "by" or planned date in words.
    assert events["The Soviet military withdraws from Afghanistan"]["startDate"] == "1989"
    assert events["Diplomatic ties between Russia and Afghanistan"] == {
        "@type": "Event",
        "name": "Diplomatic ties between Russia and Afghanistan",
        "description": "1919 (date worked out by the editors): Russia and Afghanistan establish diplomatic ties, "
        "according to the Russian government.",
    }
    planned = events["A summit planned in Qatar, later canceled"]
    assert "startDate" not in planned and "eventStatus" not in planned
    assert planned["description"].startswith("Planned for April 2019 (date worked out by the editors): ")
    talks = events["U.S.-Taliban talks in Qatar"]
    assert "startDate" not in talks and talks["description"].startswith("By 28 May 2019: ")
    assert len(events) == len(
        re.findall(r'<span id="event-\d+">', (built_project / "site" / EXPLAINER / "history/index.html").read_text())
    )


def test_the_glossary_is_a_defined_term_set(built_project):
    (glossary,) = blocks(built_project, f"{EXPLAINER}/glossary/index.html")
    assert glossary["@type"] == "DefinedTermSet" and len(glossary["hasDefinedTerm"]) >= 12


def test_json_ld_cannot_close_its_script_element(tmp_path):
    from generator.render.jsonld import script

    block = str(script({"@type": "Thing", "name": "</script><script>alert(1)</script>"}))
    assert block.count("</script>") == 1 and json.loads(block.split("\n", 1)[1].rsplit("\n", 1)[0])


def test_open_data_files_are_published_and_consistent(built_project):
    folder = built_project / "site" / EXPLAINER / "data"
    data = json.loads((folder / "explainer.json").read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["slug"]) == ("explainer-data", 2, "moscow-talks-2019")
    assert len(data["explainer"]["timeline"]) == 13 and "abdul-ghani-baradar" in data["people"]
    assert "rferl-2019-05-28" in data["sources"] and "text" not in data["sources"]["rferl-2019-05-28"]
    cited = {
        cite["source"]
        for kind in ("people", "organisations", "glossary")
        for record in data[kind].values()
        for statement in record.get("statements", record.get("definitions", []))
        for cite in statement["cite"]
    }
    assert cited and cited <= set(data["sources"])  # every source the file cites, it describes
    timeline = json.loads((folder / "timeline.json").read_text(encoding="utf-8"))
    assert timeline["events"][0]["start_date"] == {
        "year": "1919",
        "display_date": "1919 (date worked out by the editors)",
    }
    assert timeline["events"][-1]["start_date"] == {
        "year": "2019",
        "month": "9",
        "display_date": "Due in September 2019 (date worked out by the editors)",
    }
    first = timeline["events"][0]["text"]["text"]
    assert "<p>How the editors worked out the date: The article gives no year;" in first and "Sources: \u201c" in first
    rows = list(csv.DictReader(io.StringIO((folder / "timeline.csv").read_text(encoding="utf-8"))))
    written = [event["date"] for event in data["explainer"]["timeline"]]
    assert [row["date"] for row in rows] == [date if isinstance(date, str) else date["date"] for date in written]
    for row, date in zip(rows, written, strict=True):  # the editors' reason, or the standard one
        reason = date["inferred"] if isinstance(date, dict) else ""
        assert row["date_inferred"] == reason or (not reason and row["date_inferred"].startswith(YEAR_FROM_ARTICLE))
    attendees = list(csv.DictReader(io.StringIO((folder / "attendees.csv").read_text(encoding="utf-8"))))
    assert {row["name"] for row in attendees} >= {"Sergei Lavrov", "Abdul Ghani Baradar", "Fawzia Koofi"}
