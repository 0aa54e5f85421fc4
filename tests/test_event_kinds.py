"""Events that are not meetings: an announcement, a ruling or an election has parties involved in
it, and nobody attended it; conditions and commitments have statuses of their own."""

from __future__ import annotations

import colorsys
import json
import re
from pathlib import Path

import pytest

from generator.build import build
from generator.dataset import load_dataset
from generator.models import IssueStatus
from generator.render.labels import STATUSES
from generator.render.navigation import navigation

REFERENCE = Path("data") / "explainers" / "moscow-talks-2019.yml"
MEETING_WORDS = (
    "Who attended", "who attended", "Who was there", "was there", "At the event", "Absent from the event",
    "negotiation issues",
)  # fmt: skip


def as_kind(project: Path, kind: str) -> None:
    path = project / REFERENCE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nevent:\n", f"\nevent:\n  kind: {kind}\n", 1), encoding="utf-8")


@pytest.mark.parametrize("kind", ["announcement", "ruling", "election", "agreement", "other"])
def test_an_event_that_is_no_meeting_has_parties_involved_and_no_attendance(project, kind):
    as_kind(project, kind)
    pages = build(project, write=False).pages
    explainer = {path: text for path, text in pages.items() if path.startswith("explainers/moscow-talks-2019/")}
    for path, text in pages.items():  # the explainer's pages, and its people's and organisations' pages
        if isinstance(text, str) and path != "how-to-edit.md":
            assert not [words for words in MEETING_WORDS if words in text], path
    profile = pages["people/abdul-ghani-baradar.md"]
    assert re.search(r'<strong>Involved</strong>, with <a href="[^"]+">the Taliban delegation</a>', profile)
    assert explainer["explainers/moscow-talks-2019/attendees.md"].count("# Who is involved") == 1
    assert (
        '<a href="attendees/">the parties and the people involved</a>'
        in explainer["explainers/moscow-talks-2019/index.md"]
    )
    assert '<title id="whos-who-title">Who is involved: ' in explainer["explainers/moscow-talks-2019/attendees.md"]
    nav = json.dumps(navigation(load_dataset(project)[0]))
    assert "Who is involved" in nav and "Who attended" not in nav
    event = _jsonld(explainer["explainers/moscow-talks-2019/attendees.md"])
    assert "attendee" not in event and "eventAttendanceMode" not in event
    assert event["contributor"], "the parties involved are named in JSON-LD"


def test_a_meeting_is_still_attended(project):
    pages = build(project, write=False).pages
    attendees = pages["explainers/moscow-talks-2019/attendees.md"]
    assert isinstance(attendees, str) and "# Who attended" in attendees and "Who is involved" not in attendees
    assert _jsonld(attendees)["attendee"]


def _jsonld(page: str | bytes) -> dict:
    assert isinstance(page, str)
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found, "the page has no JSON-LD"
    data = json.loads(found.group(1))
    return next(item for item in [data, *data.get("@graph", [])] if item.get("@type") == "Event")


def test_every_status_has_words_an_icon_and_colours_readable_on_both_schemes():
    assert set(STATUSES) == set(IssueStatus.__args__)  # type: ignore[attr-defined]
    icons = [status.icon for status in STATUSES.values()]
    assert len(set(icons)) >= len(icons) - 2, "statuses are told apart by their shapes, not only by colour"
    light_page, dark_page = "#ffffff", _hsl(232, 0.15, 0.14)  # Material's default and slate backgrounds
    for name, status in STATUSES.items():
        assert status.words and status.icon
        assert _contrast(status.light, light_page) >= 4.5, name
        assert _contrast(status.dark, dark_page) >= 4.5, name


def _hsl(hue: float, saturation: float, lightness: float) -> str:
    red, green, blue = colorsys.hls_to_rgb(hue / 360, lightness, saturation)
    return "#" + "".join(f"{round(part * 255):02x}" for part in (red, green, blue))


def _contrast(one: str, other: str) -> float:
    def luminance(colour: str) -> float:
        parts = [int(colour[at : at + 2], 16) / 255 for at in (1, 3, 5)]
        linear = [part / 12.92 if part <= 0.03928 else ((part + 0.055) / 1.055) ** 2.4 for part in parts]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    brighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (brighter + 0.05) / (darker + 0.05)


def test_the_whos_who_leads_with_the_absent_where_any_and_names_those_named(project):
    def groups(page: str) -> list[str]:
        return re.findall(r'class="whos-who__group">([^<]+)<', page)

    attendees = "explainers/moscow-talks-2019/attendees.md"
    page = build(project, write=False).pages[attendees]
    assert isinstance(page, str)
    assert groups(page) == ["AT THE EVENT", "NOT REPORTED AT THE EVENT"]  # nobody is reported absent
    assert re.search(r'class="whos-who__names">Hamid Karzai, Atta Mohammad Noor, Hanif Atmar,<', page)
    path = project / REFERENCE
    path.write_text(path.read_text(encoding="utf-8").replace("role: not-reported", "role: absent"), encoding="utf-8")
    page = build(project, write=False).pages[attendees]
    assert isinstance(page, str)
    assert groups(page) == ["ABSENT FROM THE EVENT", "AT THE EVENT"]
