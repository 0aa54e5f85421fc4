"""The built site in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from tests.site import search, serve
from tests.test_build import PAGES


@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"]
)
def test_every_page_loads_without_errors_or_outside_requests(site, browser, viewport):
    assert visit(browser, [site + relative.removesuffix("index.html") for relative in PAGES], viewport) == []


def test_a_page_does_not_fetch_the_sitemap(site, browser):
    """The theme fetches and parses sitemap.xml for every `rel=alternate` link, taking the feed's
    for another language's; at 1,000 explainers that is a megabyte on every page view."""
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site + "explainers/moscow-talks-2019/", wait_until="networkidle")
    feed = page.locator('head link[rel~="alternate"][type="application/atom+xml"]').get_attribute("href")
    page.close()
    assert feed is not None and feed.endswith("feed.xml")  # feed readers still find the feed
    assert not [url for url in requested if url.endswith("sitemap.xml")], requested


def test_a_missing_file_or_a_script_error_is_a_problem(tmp_path, browser):
    (tmp_path / "index.html").write_text(
        '<!doctype html><title>t</title><h1>t</h1><img src="missing.png" alt=""><script>undefinedFunction()</script>'
    )
    with serve(tmp_path) as base:
        problems = visit(browser, [base], {"width": 390, "height": 844})
    assert any(problem.startswith("404: ") and problem.endswith("/missing.png") for problem in problems), problems
    assert any("undefinedFunction" in problem for problem in problems), problems


def visit(browser, urls: list[str], viewport: dict[str, int]) -> list[str]:
    """Load each page in turn as a reader would; what went wrong: errors, failed or outside requests."""
    page = browser.new_page(viewport=viewport)
    problems: list[str] = []
    cancelled: set[str] = set()
    page.on("console", lambda message: message.type in ("error", "warning") and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "response", lambda response: response.status >= 400 and problems.append(f"{response.status}: {response.url}")
    )
    page.on("requestfailed", lambda request: _failed(request, problems, cancelled))
    page.on(
        "request",
        lambda request: (
            urlsplit(request.url).hostname not in ("127.0.0.1", None)
            and problems.append(f"outside request: {request.url}")
        ),
    )
    for url in urls:
        response = page.goto(url, wait_until="networkidle")
        if response.status != 200 or page.locator("h1").count() != 1:
            problems.append(f"{response.status}, {page.locator('h1').count()} h1: {url}")
    page.close()
    # What the browser gave up on is still checked: every address it asked for is served.
    return problems + [f"{status}: {url}" for url in sorted(cancelled) if (status := _status(url)) != 200]


def _failed(request, problems: list[str], cancelled: set[str]) -> None:
    """A request the browser cancelled is no failure of the site: Chromium asks for the favicon after
    the page's load event, outside what `networkidle` waits for, so on a busy machine the request can
    start after the quiet half-second and be cancelled by the move to the next page."""
    if request.failure == "net::ERR_ABORTED":
        cancelled.add(request.url)
    else:
        problems.append(f"failed ({request.failure}): {request.url}")


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


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
    assert "\u201c" in text and "RFE/RL" in text  # whose words (the date is said once, above the footnotes)
