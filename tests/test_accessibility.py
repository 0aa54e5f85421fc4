"""Accessibility of the built site in Debian's Chromium: axe-core, with its default rules (WCAG A and
AA, best practices), on every page at desktop and phone sizes in both colour schemes, and on the
search and the drawer when open; the overview page by keyboard alone; and the theme's
toggles, which must not come back open. A summary table is printed at the end of the run."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.site import ROOT, chromium, type_search
from tests.test_html import report

AXE = ROOT / "node_modules/axe-core/axe.min.js"
# Every transition or animation of the page run to its end (a tooltip fades in over a quarter of a
# second: axe measuring its colours mid-fade finds its text too faint, and how far the fade has got
# depends on how busy the machine is). Reading the layout first starts the transitions a class just
# changed; an endless animation is not waited for.
SETTLED = """() => {
    document.documentElement.getBoundingClientRect();
    return Promise.all(document.getAnimations()
        .filter(animation => animation.effect && animation.effect.getComputedTiming().endTime !== Infinity)
        .map(animation => animation.finished.catch(() => null)));
}"""
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SCHEMES = {"light": "default", "dark": "slate"}  # Playwright's colour scheme -> Material's scheme
OVERVIEW = "explainers/moscow-talks-2019/"


@pytest.fixture(scope="module")
def summary(request):
    """Rows of the summary table, printed at the end of the run."""
    rows: list[str] = []
    yield rows
    if rows:
        report(request.config, ["axe-core on the built site (tests/test_accessibility.py)", *rows])


def axe(page, where: str) -> tuple[list[str], str]:
    """Run axe-core's default rules on the page as it is once its transitions have ended, and WCAG
    2.2's target size (24 by 24 CSS pixels, 2.5.8) besides: one line per element in violation, and
    axe's version."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):  # not loaded with the page (see _axe_every_page)
        page.add_script_tag(path=str(AXE))
    page.evaluate(SETTLED)
    results = page.evaluate(
        "() => axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})"
    )
    return [
        f"{where} | {violation['id']} | {' '.join(map(str, node['target']))} | {violation['help']}"
        for violation in results["violations"]
        for node in violation["nodes"]
    ], results["testEngine"]["version"]


def test_axe_finds_no_violations_on_any_page(built_project, site, summary):
    pages = sorted(
        path.relative_to(built_project / "site").as_posix() for path in (built_project / "site").rglob("*.html")
    )
    assert "404.html" in pages and "index.html" in pages
    states = [(viewport, scheme) for viewport in VIEWPORTS for scheme in SCHEMES]
    # Each viewport and scheme in a browser of its own, two at a time: axe's work is the renderer's,
    # so the machine's two cores share it; every page is still loaded and checked in each state.
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda state: _axe_every_page(site, pages, *state), states))
    problems = [problem for found, _ in results for problem in found]
    summary.append(f"{'viewport':10}{'scheme':8}{'pages':>6}{'violations':>12}")
    for (viewport, scheme), (found, _) in zip(states, results, strict=True):
        summary.append(f"{viewport:10}{scheme:8}{len(pages):6}{len(found):12}")
    version = results[0][1]
    total = len(pages) * len(states)
    summary.append(f"{'total':18}{total:6}{len(problems):12}   (axe-core {version}, default rules and target size)")
    assert problems == [], f"{len(problems)} axe violations:\n" + "\n".join(problems)


def _axe_every_page(site: str, pages: list[str], viewport: str, scheme: str) -> tuple[list[str], str]:
    """axe on every page in one viewport and colour scheme, in a Chromium of this thread's own
    (Playwright's objects belong to the thread that made them)."""
    problems: list[str] = []
    version = ""
    with chromium() as browser, browser.new_context(viewport=VIEWPORTS[viewport], color_scheme=scheme) as context:
        context.add_init_script(path=str(AXE))  # loaded with each page: a fifth faster than a script tag after it
        page = context.new_page()
        for relative in pages:
            response = page.goto(site + relative.removesuffix("index.html"), wait_until="load")
            assert response is not None and response.status == 200, relative
            shown = page.locator("body").get_attribute("data-md-color-scheme")
            assert shown == SCHEMES[scheme], f"{relative} at {viewport} in {scheme}: scheme {shown}"
            violations, version = axe(page, f"{relative} | {viewport} | {scheme}")
            problems += violations
    return problems, version


def test_axe_finds_no_violations_in_the_open_search_and_drawer(site, browser, summary):
    """The theme's components that a page hides until used: the search with its results, and the
    navigation drawer of small screens. (Tooltips: see the next test.)"""
    problems: list[str] = []
    states = 0
    for viewport, size in VIEWPORTS.items():
        for scheme in SCHEMES:
            with browser.new_context(viewport=size, color_scheme=scheme) as context:
                page = context.new_page()
                page.goto(site + OVERVIEW, wait_until="networkidle")
                if viewport == "phone":
                    page.locator("label.md-header__button[for='__search']").click()
                type_search(page, "Taliban", delay=20)
                problems += axe(page, f"{OVERVIEW} search results | {viewport} | {scheme}")[0]
                states += 1
                if viewport == "phone":
                    page.goto(site + OVERVIEW + "history/", wait_until="networkidle")
                    page.locator("label.md-header__button[for='__drawer']").click()
                    page.wait_for_function(  # the drawer has slid in
                        "document.querySelector('.md-sidebar--primary').getBoundingClientRect().left >= 0"
                    )
                    problems += axe(page, f"{OVERVIEW}history/ drawer | {viewport} | {scheme}")[0]
                    states += 1
    summary.append(f"open search and drawer: {states} states checked, {len(problems)} violations")
    assert problems == [], f"{len(problems)} axe violations:\n" + "\n".join(problems)


def test_the_keyboard_reaches_every_link_of_the_content_and_the_search(site, browser, summary):
    page = browser.new_page(viewport=VIEWPORTS["desktop"])
    page.goto(site + OVERVIEW, wait_until="networkidle")
    wanted = page.evaluate("""() => {
        const wanted = [...document.querySelectorAll('article a[href]'), document.querySelector('.md-search__input')];
        wanted.forEach((element, index) => element.dataset.wanted = index);
        return wanted.map(element => element.outerHTML.slice(0, 120));
    }""")
    reached: set[int] = set()
    invisible: list[str] = []
    stops = 0
    for _ in range(3 * len(wanted) + 100):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => {
            const element = document.activeElement;
            if (!element || element === document.body) return null;
            // The palette switch is a visually hidden radio button; the theme draws its focus on
            // the label right after it (.md-option.focus-visible + label), which is what one sees.
            const shown = element.matches('.md-option') ? element.nextElementSibling : element;
            const box = shown.getBoundingClientRect();
            const seen = element.dataset.seen === 'yes';
            element.dataset.seen = 'yes';
            return {wanted: element.dataset.wanted ?? null, seen, visible: box.width > 0 && box.height > 0,
                    html: element.outerHTML.slice(0, 120)};
        }""")
        if focused is None:
            continue
        if focused["seen"]:  # the focus went round the page
            break
        stops += 1
        if not focused["visible"]:
            invisible.append(focused["html"])
        if focused["wanted"] is not None:
            reached.add(int(focused["wanted"]))
    page.close()
    missed = [html for index, html in enumerate(wanted) if index not in reached]
    summary.append(
        f"keyboard: Tab reached {len(reached)} of {len(wanted)} (content links, search input) "
        f"on {OVERVIEW} in {stops} stops; {len(invisible)} focused elements invisible"
    )
    assert focused and focused["seen"], "the focus did not go round the page"
    assert missed == [], "not reached by Tab:\n" + "\n".join(missed)
    assert invisible == [], "focused but invisible:\n" + "\n".join(invisible)


@pytest.mark.parametrize("toggle", ["__drawer", "__search"])
def test_going_back_does_not_reopen_the_drawer_or_the_search(site, browser, toggle):
    """The theme's toggles are checkboxes; overrides/base.html keeps browsers from restoring them."""
    page = browser.new_page(viewport=VIEWPORTS["phone"])
    page.goto(site + OVERVIEW, wait_until="networkidle")
    page.locator(f"label.md-header__button[for='{toggle}']").click()
    assert page.evaluate(f"document.getElementById('{toggle}').checked")
    page.goto(site + OVERVIEW + "history/", wait_until="networkidle")
    page.go_back(wait_until="networkidle")
    assert page.url == site + OVERVIEW
    checked = page.evaluate(f"document.getElementById('{toggle}').checked")
    page.close()
    assert not checked


def test_axe_finds_no_violations_with_a_tooltip_open(site, browser, summary):
    """The tooltips, opened as a reader would: a citation's quote and a term's definition."""
    problems: list[str] = []
    states = 0
    for scheme in SCHEMES:
        with browser.new_context(viewport=VIEWPORTS["desktop"], color_scheme=scheme) as context:
            page = context.new_page()
            page.goto(site + OVERVIEW + "attendees/", wait_until="networkidle")
            for name, selector in (
                ("citation", "article a.footnote-ref"),
                ("term", 'article a[href$="glossary/#chief-negotiator"]'),
            ):
                page.locator(selector).first.hover()
                page.locator(".md-tooltip2--active").first.wait_for()
                problems += axe(page, f"{OVERVIEW}attendees/ {name} tooltip | desktop | {scheme}")[0]
                states += 1
                page.mouse.move(0, 0)
    summary.append(f"open tooltips: {states} states checked, {len(problems)} violations")
    assert problems == [], f"{len(problems)} axe violations:\n" + "\n".join(problems)


def test_axe_checks_a_tooltip_once_it_has_faded_in(site, browser):
    """The harness waits for what it checks: with the tooltip's fade held at a fifth of its way, axe
    finds its text too faint to read; let go and checked through `axe()`, which waits for the fade
    to end, it finds nothing. (The fade is held, not slowed: a busy machine cannot let it finish first.)"""
    with browser.new_context(viewport=VIEWPORTS["desktop"], color_scheme="dark") as context:
        page = context.new_page()
        page.goto(site + OVERVIEW + "attendees/", wait_until="networkidle")
        page.add_script_tag(path=str(AXE))
        page.add_style_tag(content=".md-tooltip2--active { transition-duration: 2s !important; }")
        page.locator("article a.footnote-ref").first.hover()
        tooltip = page.locator(".md-tooltip2--active").first
        tooltip.wait_for()
        held = tooltip.evaluate(
            """tooltip => {
                getComputedStyle(tooltip).opacity;  // the class's transitions start
                const fades = tooltip.getAnimations({subtree: true});
                fades.forEach(fade => { fade.pause(); fade.currentTime = 400; });
                return fades.length;
            }"""
        )
        assert held, "the tooltip has no fade to hold: this test checks nothing"
        mid_fade = page.evaluate("() => axe.run('.md-tooltip2--active', {runOnly: ['color-contrast']})")
        assert mid_fade["violations"], "axe found the held fade's faint text readable"
        tooltip.evaluate("tooltip => tooltip.getAnimations({subtree: true}).forEach(fade => fade.play())")
        assert axe(page, "a tooltip let go mid-fade")[0] == []


def test_axe_loaded_with_each_page_reports_what_it_finds(browser):
    """The harness itself: axe, loaded with the page as the whole-site test loads it, finds an image
    with no text (so a clean run means clean pages, not an axe that never ran)."""
    with browser.new_context() as context:
        context.add_init_script(path=str(AXE))
        page = context.new_page()
        page.goto("data:text/html,<!doctype html><html lang=en><title>t</title><main><img src=x.png></main></html>")
        assert page.evaluate("() => typeof axe") == "object"  # there before any script tag
        violations, _ = axe(page, "a page with a bare image")
    assert any("| image-alt |" in violation for violation in violations), violations
