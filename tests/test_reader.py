"""What a reader does, in a real browser: previews terms, opens quotes, follows people, searches."""

from __future__ import annotations

import pytest
import yaml
from playwright.sync_api import expect

from tests.site import ROOT, search

ATTENDEES = "explainers/moscow-talks-2019/attendees/"
DEFINITION = yaml.safe_load((ROOT / "data/glossary/chief-negotiator.yml").read_text(encoding="utf-8"))["definitions"][
    -1
]["text"]


@pytest.fixture
def page(browser, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + ATTENDEES, wait_until="networkidle")
    yield page
    page.close()


def tooltip_showing(page, text: str) -> str:
    """The text of the shown tooltip that contains `text`.

    Filtered by text because the tooltip of an element focused just before (a heading's
    permalink, when tabbing) can still be fading out when the next one appears.
    """
    tooltip = page.locator(".md-tooltip2--active").filter(has_text=text)
    expect(tooltip).to_have_count(1, timeout=30_000)
    return tooltip.inner_text()


def test_a_glossary_term_shows_its_definition_on_hover(page):
    page.locator('article a[href$="glossary/#chief-negotiator"]').first.hover()
    assert tooltip_showing(page, DEFINITION) == DEFINITION


def test_a_glossary_term_shows_its_definition_on_keyboard_focus(page):
    term = page.locator('article a[href$="glossary/#chief-negotiator"]').first
    for _ in range(200):  # Tab through the page until the term has the focus, as a keyboard user would
        page.keyboard.press("Tab")
        if term.evaluate("link => link === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the glossary term")
    assert tooltip_showing(page, DEFINITION) == DEFINITION


def test_a_citation_marker_shows_the_quote_on_hover(page):
    marker = page.locator("article a.footnote-ref").first
    footnote = page.locator(f"[id='{marker.get_attribute('href').removeprefix('#')}']")
    quote = footnote.locator("p").inner_text().split("\u201d")[0] + "\u201d"
    assert quote.startswith("\u201c") and len(quote.split()) >= 3, quote
    marker.hover()
    text = tooltip_showing(page, quote)
    assert text.startswith(quote) and "RFE/RL" in text, text  # whose words


def test_a_person_links_to_a_page_that_links_back(page, site):
    page.locator('article a[href$="people/abdul-ghani-baradar/"]').first.click()
    page.wait_for_url("**/people/abdul-ghani-baradar/")
    assert page.locator("h1").inner_text().rstrip("¶") == "Abdul Ghani Baradar"
    backlinks = page.locator("article a").evaluate_all("links => links.map(link => link.href)")
    assert site + ATTENDEES in backlinks
    assert site + ATTENDEES + "#taliban-delegation" in backlinks


def test_every_attendee_and_party_organisation_is_linked(page):
    explainer = yaml.safe_load((ROOT / "data/explainers/moscow-talks-2019.yml").read_text(encoding="utf-8"))
    hrefs = page.locator("article a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    for party in explainer["attendance"]:
        for member in party.get("members", []):
            assert f"../../../people/{member['person']}/" in hrefs, member["person"]


@pytest.mark.parametrize(("alias", "expected"), [("ceasefire", "/glossary/"), ("Mullah Baradar", "/attendees/")])
def test_search_finds_a_term_or_person_by_its_alias(browser, site, alias, expected):
    links = search(browser, site, alias)
    assert any(expected in link for link in links), links


def test_search_works_from_the_keyboard_alone(page, site):
    page.keyboard.press("/")
    search_input = page.locator(".md-search__input")
    expect(search_input).to_be_focused()
    search_input.press_sequentially("Baradar", delay=30)
    results = page.locator(".md-search-result__link")
    results.first.wait_for()
    expect(page.locator(".md-search-result__meta")).to_contain_text("matching document")
    page.keyboard.press("ArrowDown")
    expect(results.first).to_be_focused()
    target = results.first.get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_url(target if target.startswith("http") else site.rstrip("/") + target)
    page.keyboard.press("/")
    page.keyboard.press("Escape")
    assert not page.locator("#__search").is_checked()
