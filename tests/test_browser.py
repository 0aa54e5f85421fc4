"""The built site in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.site import search
from tests.test_build import PAGES


@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"]
)
def test_every_page_loads_without_errors_or_outside_requests(site, browser, viewport):
    page = browser.new_page(viewport=viewport)
    problems: list[str] = []
    page.on("console", lambda message: message.type in ("error", "warning") and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "request",
        lambda request: (
            urlsplit(request.url).hostname not in ("127.0.0.1", None)
            and problems.append(f"outside request: {request.url}")
        ),
    )
    for relative in PAGES:
        url = site + relative.removesuffix("index.html")
        response = page.goto(url, wait_until="networkidle")
        assert response.status == 200, url
        assert page.locator("h1").count() == 1, url
    page.close()
    assert problems == []


def test_searching_baradar_finds_the_attendees_page(site, browser):
    links = search(browser, site, "Baradar")
    assert any("/explainers/moscow-talks-2019/attendees/" in link for link in links), links


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Koofi", "/attendees/"),  # a person
        ("cease-fire", "/glossary/"),  # a term
        ("intra-Afghan dialogue", "/issues/"),  # an issue
    ],
)
def test_search_finds_people_terms_and_issues(site, browser, query, expected):
    links = search(browser, site, query)
    assert any(expected in link for link in links), links


def test_a_citation_marker_leads_to_its_quote(site, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "explainers/moscow-talks-2019/attendees/", wait_until="networkidle")
    marker = page.locator("a.footnote-ref").first
    target = marker.get_attribute("href")
    marker.click()
    footnote = page.locator(f"li[id='{target[1:]}']")
    text = footnote.inner_text()
    page.close()
    assert "\u201c" in text and "RFE/RL, 28 May 2019" in text
