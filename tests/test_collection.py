"""A collection: many explainers sharing one registry of people, organisations and terms.

The session's built site holds the reference explainer and synthetic ones (see conftest.py); the
page, browser, accessibility and link tests run over all of its pages, and these tests check what
only a collection has: its home page, a person's page across explainers, the site-wide glossary.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from generator.build import build
from generator.render import navigation, registry
from tests.site import search
from tests.test_build import page

# Where an explainer refers to a person or an organisation by id.
REFERENCE_KEYS = {"person", "leader", "speaker", "party", "organisation"}


def explainers(project: Path) -> dict[str, dict]:
    return {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted((project / "data" / "explainers").glob("*.yml"))
    }


def references(value) -> set[str]:
    if isinstance(value, dict):
        return set().union(
            *(
                ({item} if key in REFERENCE_KEYS and isinstance(item, str) else references(item))
                for key, item in value.items()
            )
        )
    if isinstance(value, list):
        return set().union(*map(references, value))
    return set()


def links(content, prefix: str) -> list[str]:
    return [attrs["href"] for tag, attrs in content.tags if tag == "a" and attrs.get("href", "").startswith(prefix)]


def test_the_collection_holds_several_explainers(built_project):
    assert len(explainers(built_project)) >= 3


def last_published(explainer: dict) -> str:
    def written(value) -> str:  # a date, or {date: ..., inferred: why}
        return str(value["date"] if isinstance(value, dict) else value)

    news = [update for update in explainer.get("updates", []) if update["kind"] != "presentation"]
    return max([written(explainer["published"]), *(written(update["date"]) for update in news)])


def test_the_home_page_leads_with_one_explainer_then_lists_the_rest_latest_published_or_updated_first(
    built_project,
):
    data = explainers(built_project)
    newest_first = sorted(data, key=lambda slug: (last_published(data[slug]), slug), reverse=True)
    html = (built_project / "site" / "index.html").read_text(encoding="utf-8")
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    listed = list(dict.fromkeys(re.findall(r'href="explainers/([^/"]+)/"', article)))
    assert listed == newest_first[: registry.HOME_CARDS]
    assert re.search(rf'<div class="lead-explainer">\s*<h2 id="[^"]*"><a href="explainers/{listed[0]}/">', article)
    assert article.count('class="explainer-row"') == len(listed) - 1  # each row one link: headline, dek, date
    headline = re.search(r"<h1[^>]*>(.*?)</h1>", article, re.S).group(1)
    assert "Explainer" not in headline and len(headline.split()) >= 4  # a promise, not the site's bare name


def test_a_person_page_lists_every_explainer_that_refers_to_them(built_project):
    data = explainers(built_project)
    checked = 0
    for path in sorted((built_project / "data" / "people").glob("*.yml")):
        person = path.stem
        content = page(built_project, f"people/{person}/index.html")
        listed = {href.split("/")[3] for href in links(content, "../../explainers/")}
        referring = {slug for slug, explainer in data.items() if person in references(explainer)}
        assert referring <= listed, person
        # Listed without a reference: only where the explainer's text names them.
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        for slug in listed - referring:
            text = (built_project / "data" / "explainers" / f"{slug}.yml").read_text(encoding="utf-8")
            assert any(name in text for name in (record["name"], *record.get("aliases", []))), (person, slug)
        checked += len(referring) > 1
    assert checked, "no person takes part in two explainers: the collection tests nothing"


def test_the_site_glossary_has_every_term_and_the_explainers_that_use_it(built_project):
    data = explainers(built_project)
    content = page(built_project, "glossary/index.html")
    headings = [attrs["id"] for tag, attrs in content.tags if tag == "h2" and "id" in attrs]
    terms = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in (built_project / "data" / "glossary").glob("*.yml")
    }
    assert sorted(headings) == sorted(terms)
    assert [terms[term_id]["term"].casefold() for term_id in headings] == sorted(
        term["term"].casefold() for term in terms.values()
    )
    html = (built_project / "site" / "glossary" / "index.html").read_text(encoding="utf-8")
    for term_id in terms:
        entry = html.split(f'id="{term_id}"', 1)[1].split("<h2", 1)[0]
        used_in = set(re.findall(rf'href="\.\./explainers/([^/]+)/glossary/#{re.escape(term_id)}"', entry))
        assert used_in == {slug for slug, explainer in data.items() if term_id in explainer["glossary"]}, term_id


def test_the_site_glossary_shows_the_newest_explainers_using_a_term_and_counts_the_rest(built_project, monkeypatch):
    monkeypatch.setattr(registry, "USED_IN_SHOWN", 1)
    page = build(built_project, write=False).pages["glossary.md"]
    data = explainers(built_project)
    newest = max(data, key=lambda slug: (last_published(data[slug]), slug))
    shared = sorted(set.intersection(*(set(explainer["glossary"]) for explainer in data.values())))
    assert shared, "no term is in every explainer: the test would prove nothing"
    entry = page.split(f"{{ #{shared[0]} }}", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r'href="\.\./explainers/([^/]+)/glossary/', entry) == [newest]
    assert f" and {len(data) - 1} older explainers" in entry


@pytest.mark.parametrize(
    ("relative", "href"), [("index.html", "glossary/"), ("people/fawzia-koofi/index.html", "../../glossary/")]
)
def test_the_site_glossary_is_in_the_navigation(built_project, relative, href):
    html = (built_project / "site" / relative).read_text(encoding="utf-8")
    assert f'<a href="{href}" class="md-nav__link">' in html


def only_in_synthetic_explainers(project: Path, kind: str) -> tuple[str, str]:
    """The id and name of a person or term that the reference explainer does not use."""
    data = explainers(project)
    reference = data.pop("moscow-talks-2019")
    if kind == "people":
        used = set().union(*map(references, data.values())) - references(reference)
    else:
        used = {term for explainer in data.values() for term in explainer["glossary"]} - set(reference["glossary"])
    record_id = min(used & {path.stem for path in (project / "data" / kind).glob("*.yml")})
    record = yaml.safe_load((project / "data" / kind / f"{record_id}.yml").read_text(encoding="utf-8"))
    return record_id, record.get("name") or record["term"]


@pytest.mark.parametrize(("kind", "expected"), [("people", "/people/{}/"), ("glossary", "/glossary/#{}")])
def test_search_finds_a_record_that_only_a_synthetic_explainer_uses(built_project, browser, site, kind, expected):
    record_id, name = only_in_synthetic_explainers(built_project, kind)
    found = [urlsplit(link) for link in search(browser, site, name)]  # their query: the words to highlight
    assert any(f"{link.path}#{link.fragment}".rstrip("#").endswith(expected.format(record_id)) for link in found), (
        name,
        found,
    )


def nav_pages(items) -> list[str]:
    """Every page of a `nav`, in order."""
    pages = []
    for item in items:
        if isinstance(item, str):  # a section's own page (its index), given without a title
            pages.append(item)
            continue
        for value in item.values():
            pages += nav_pages(value) if isinstance(value, list) else [value]
    return pages


def test_long_navigation_sections_are_grouped_by_year_and_initial(built_project, monkeypatch):
    flat = build(built_project, write=False).nav
    monkeypatch.setattr(navigation, "NAV_SECTION_LIMIT", 2)
    nav = build(built_project, write=False).nav
    assert nav_pages(nav) == nav_pages(flat)  # the same pages in the same order, only grouped
    sections = {title: value for item in nav for title, value in item.items()}
    data = explainers(built_project)
    years = sorted({str(explainer["as_of"])[:4] for explainer in data.values()}, reverse=True)
    assert [next(iter(group)) for group in sections["Explainers"]] == years
    index, *groups = sections["People"]
    assert index == "people/index.md"  # "People" opens the A-Z page, not one profile
    people = [next(iter(group)) for group in groups]
    assert people == sorted(people) and all(len(initial) == 1 for initial in people)


def test_an_explainer_updated_later_comes_first_whatever_its_events_date(project):
    """Two explainers of the same day's event: the one published or updated last leads the front page."""
    reference = (project / "data" / "explainers" / "moscow-talks-2019.yml").read_text(encoding="utf-8")
    earlier = re.sub(r"(?ms)^updates:.*", "", reference).replace("published: 2026-11-27", "published: 2026-11-01")
    (project / "data" / "explainers" / "zz-moscow-talks-copy.yml").write_text(earlier, encoding="utf-8")
    home = build(project, write=False).pages["index.md"]
    cards = re.findall(r'href="explainers/([^/]+)/"', home.split("\n# ", 1)[1])
    assert list(dict.fromkeys(cards))[:2] == ["moscow-talks-2019", "zz-moscow-talks-copy"]  # by event: the other way
    assert "## More explainers, latest published or updated first" in home


def test_the_benchmarks_collection_of_a_hundred_explainers_passes_every_check(tmp_path):
    """bench/scale.py builds such collections: one its checks refused would measure nothing."""
    from tests.corpus import generate

    counts = generate(100, tmp_path / "project", run_check=True, quiet=True)["counts"]  # raises on a problem
    assert counts["explainers"] == 100


def test_the_benchmarks_baseline_is_the_site_without_its_hook(tmp_path):
    """bench/scale.py compares the build with the same pages built by MkDocs alone: its configuration must lose
    the hook (and no comment may name it) and gain the navigation the hook sets."""
    from mkdocs.config import load_config

    from bench.scale import baseline_config
    from tests.site import copy_project

    config = load_config(str(baseline_config(copy_project(tmp_path / "project"))))
    assert not config.hooks and config.nav and config.theme.name == "material"
