"""One claim, every output: wherever an output repeats a claim, the claim's qualifiers come with it.

The fixture explainer (tests/fixtures/qualifiers/) puts every qualifier on every kind of claim. The
build's every output is cut into the units a reader takes in at once: a block of a page, an item
of a JSON list (JSON-LD, open data), a row of a CSV file, a line of the feed. Any unit holding a
claim's words must hold its qualifier, in words or as a field. A qualifier added to the models
fails `test_every_qualifier_of_the_models_is_checked` until it has a row here; an output added to
the build is cut into units and checked without a change here.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel

from generator import models
from generator.build import build
from tests.conftest import data_copy

FIXTURE = Path(__file__).parent / "fixtures" / "qualifiers"
SITE_URL = "https://explainers.example.org/"
SLUG = "exampleville-water-talks-2020"
SOURCE = "fixture-news-2020"
SAID = ["according to Fixture News", f'"according_to":"{SOURCE}"', f"according_to={SOURCE}"]
UNSOURCED = ["not from the stored sources", '"unsourced":true', "unsourced=yes"]

# (qualifier, the claim's own words, the words any of which must come with them)
CLAIMS = [
    ("according_to", "Observers called the Exampleville talks", SAID),
    ("according_to", "first water deal of the region in a decade", SAID),
    ("according_to", "delegates at the Exampleville talks", SAID),
    ("according_to", "brought a team of river engineers", SAID),
    ("according_to", "An earlier round of talks was held in Sampletown", SAID),
    ("according_to", "Dam releases were settled in principle", SAID),
    ("according_to", "Neighbouring states welcomed the outcome", SAID),
    ("according_to", "The chief engineer of the river authority", SAID),
    ("according_to", "share of a river's flow that each state may draw", SAID),
    ("qualifier", "delegates at the Exampleville talks", ["about 40", '"qualifier":"about"']),
    ("caveat", "Other counts of the Exampleville delegates differ", ["Editors' note", '"caveat":{']),
    ("unsourced", "Other counts of the Exampleville delegates differ", UNSOURCED),
    ("note", "the editors' guess at a local spelling", ["Editors' note", '"note":{']),
    ("unsourced", "the editors' guess at a local spelling", UNSOURCED),
    ("unsourced", "employer is not given", UNSOURCED),
    (
        "inferred",
        "The Sampletown round",
        ["(date worked out by the editors)", '"inferred":', "date_inferred=The article"],
    ),
    ("date_qualifier", "A framework drafted", ["By ", '"date_qualifier":"by"', "date_qualifier=by"]),
    ("status", "Follow-up summit", ["Planned for", '"status":"planned"', "status=planned"]),
    ("status", "Deadline for a final text", ["Due in", '"status":"due"', "status=due"]),
    ("editorial", "Water let out of a reservoir", ["Editors' definition", "editors' words", '"editorial":true']),
    # A party's count: the who's-who's words, the Who attended page's, the JSON's and the CSV's.
    ("unnamed", "The envoys: ", ["2 more counted"]),
    ("unnamed", "named here and", ["2 more counted"]),
    ("unnamed", '"name":"The envoys"', ['"unnamed":2']),
    ("unnamed", "party=The envoys|", ["party_unnamed=2"]),
]
# Fields of the models that only name, place or cite a claim: they change nothing of how it reads.
NOT_QUALIFIERS = {
    "id", "name", "text", "cite", "source", "quote", "title", "description", "label", "value", "date", "as_of",
    "words", "speaker", "context", "person", "party", "role", "members", "notes", "positions", "statuses",
    "organisation", "leader", "size", "era", "what", "where", "kind", "term", "aliases", "related", "affiliation",
    "statements", "definitions", "outlet", "outlet_short", "url", "archived", "published", "title_from_page",
    "summary", "dek", "event", "sources", "topics", "figures", "attendance", "timeline", "issues", "quotes",
    "reactions", "glossary", "updates", "negotiation", "tagline", "language", "colour", "publisher", "logo",
    "repository", "branch", "year", "month", "day", "decade",
    "promise",  # the site's own words
    "review",  # a mark for editors that check refuses to publish: no output shows it
}  # fmt: skip


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every text output of a build of the reference data with the fixture explainer added."""
    project = data_copy(tmp_path_factory.mktemp("qualifiers") / "project")
    for folder in FIXTURE.iterdir():
        if folder.is_dir():
            for path in folder.iterdir():
                shutil.copyfile(path, project / "data" / folder.name / path.name)
    pages = build(project, write=False, site_url=SITE_URL).pages
    # The fixture explainer's own outputs, and those of the whole site (front page, feed, profiles).
    return {
        path: content
        for path, content in pages.items()
        if isinstance(content, str) and (SLUG in path or not path.startswith("explainers/"))
    }


def units(path: str, content: str) -> Iterator[tuple[str, str]]:
    """The output's units, each named by its output: a page's blocks and its JSON-LD's items, a JSON
    file's items, a CSV file's rows, the feed's lines."""
    if path.endswith(".json"):
        yield from ((path, unit) for unit in _json_units(json.loads(content)))
    elif path.endswith(".csv"):
        for row in csv.DictReader(io.StringIO(content)):
            yield path, "|".join(f"{column}={value}" for column, value in row.items() if column != "citations") + "|"
    elif path.endswith(".xml"):
        yield from ((path, line) for line in content.splitlines())
    else:
        for block in re.split(r"\n\s*\n", content):
            ld = re.search(r'<script type="application/ld\+json">\n(.*)\n</script>', block)
            if ld:
                yield from ((f"{path} JSON-LD", unit) for unit in _json_units(json.loads(ld.group(1))))
            else:
                yield path, block


def _json_units(data: object, key: str = "", in_item: bool = False) -> Iterator[str]:
    """Each item of a list, and each member outside any item (the article a JSON-LD block describes,
    TimelineJS's title, an explainer's event), as compact JSON with its name; a citation is the
    source's words, not a claim: left out."""
    if isinstance(data, dict):
        if not in_item and "quote" not in data:
            yield (f'"{key}":' if key else "") + json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        for name, value in data.items():
            yield from _json_units(value, name, in_item)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and "quote" not in item:
                yield json.dumps(item, ensure_ascii=False, separators=(",", ":"))
            yield from _json_units(item, key, in_item=True)


def carriers(outputs: dict[str, str], words: str, needles: list[str]) -> dict[str, bool]:
    """Each output that repeats the words, and whether every unit holding them also holds a needle."""
    found: dict[str, bool] = {}
    for path, content in outputs.items():
        for output, unit in units(path, content):
            text = unit.replace("&#39;", "'").replace("&#x27;", "'")
            text = re.sub(r"(\u201c|&#8220;).*?(\u201d|&#8221;)", "", text)  # quotations: the source's words
            if words in text:
                found[output] = found.get(output, True) and any(needle in text for needle in needles)
    return found


@pytest.mark.parametrize(("qualifier", "words", "needles"), CLAIMS, ids=[f"{q}: {w}" for q, w, _ in CLAIMS])
def test_every_output_repeating_a_claim_keeps_its_qualifier(outputs, qualifier, words, needles):
    found = carriers(outputs, words, needles)
    assert found, f"no output shows {words!r}"
    assert [output for output, kept in found.items() if not kept] == [], f"{qualifier} dropped"


def test_each_qualifier_reaches_the_outputs_that_repeat_its_claims(outputs):
    """The table of qualifier x output: outputs are the page, its JSON-LD, the open data, the feed."""
    reached: dict[str, set[str]] = {}
    for qualifier, words, needles in CLAIMS:
        for output in carriers(outputs, words, needles):
            reached.setdefault(qualifier, set()).add(_kind(output))
    assert reached["according_to"] >= {"page", "JSON-LD", "explainer.json", "timeline.json", "timeline.csv", "feed"}
    assert reached["inferred"] >= {"page", "JSON-LD", "explainer.json", "timeline.json", "timeline.csv"}
    assert reached["date_qualifier"] >= reached["inferred"] and reached["status"] >= reached["inferred"]
    assert reached["unnamed"] >= {"page", "explainer.json", "attendees.csv"}
    assert reached["editorial"] >= {"page", "JSON-LD", "explainer.json"}


def _kind(output: str) -> str:
    if output.endswith("JSON-LD"):
        return "JSON-LD"
    if output.endswith(".xml"):
        return "feed"
    return output.rsplit("/", 1)[-1] if "/data/" in output else "page"


def test_every_qualifier_of_the_models_is_checked():
    checked = {qualifier for qualifier, _, _ in CLAIMS}
    fields = {name for model in _models() for name in model.model_fields}
    fields |= {field.name for field in dataclasses.fields(models.PartialDate)}  # a date's 'inferred'
    fields -= NOT_QUALIFIERS
    assert fields == checked, "classify each new field: a qualifier (a row of CLAIMS) or NOT_QUALIFIERS"


def _models() -> set[type[BaseModel]]:
    found = set()
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, BaseModel):
            found.add(value)
    return found
