"""What a shared link and a feed reader see: Open Graph and Twitter tags, share cards, the Atom feed."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import feedparser
import yaml
from PIL import Image

from generator.build import build

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default: the built project's address
CARD_BYTES = 60_000


class Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        key = found.get("property") or found.get("name")
        if tag == "meta" and key and key.startswith(("og:", "twitter:")):
            self.tags[key] = found.get("content") or ""


def meta(html: str) -> dict[str, str]:
    parser = Meta()
    parser.feed(html)
    return parser.tags


def overview_tagline(site) -> str:
    """The site's tagline, as the front page's description gives it (the site's card shows it)."""
    return meta((site / "index.html").read_text(encoding="utf-8"))["og:description"]


def test_every_page_has_open_graph_and_twitter_tags_with_a_card_that_exists(built_project):
    site = built_project / "site"
    pages = sorted(site.rglob("index.html"))
    assert len(pages) > 40
    cards = set()
    for path in pages:
        tags = meta(path.read_text(encoding="utf-8"))
        relative = path.relative_to(site).as_posix()
        for key in ("og:title", "og:description", "og:image", "og:url", "twitter:card", "twitter:image"):
            assert tags.get(key), (relative, key)
        assert tags["og:image"].startswith(SITE_URL), relative
        cards.add(tags["og:image"].removeprefix(SITE_URL))
        explainer = relative.startswith("explainers/")
        assert tags["og:type"] == ("article" if explainer else "website"), relative
        if explainer:
            slug = relative.split("/")[1]
            assert tags["og:image"] == f"{SITE_URL}explainers/{slug}/card.png", relative
            # The picture's text alternative says what the card says: the explainer's title, not the page's.
            overview = meta((site / "explainers" / slug / "index.html").read_text(encoding="utf-8"))
            assert tags["og:image:alt"].startswith(f"Explainer: {overview['og:title']}. Sourced up to "), relative
        else:
            assert tags["og:image:alt"] == f"Explainer: {overview_tagline(site)}", relative
    explainers = len(list((built_project / "data" / "explainers").glob("*.yml")))
    assert len(cards) == explainers + 1  # a card per explainer, and the site's
    for card in cards:
        data = (site / card).read_bytes()
        image = Image.open(io.BytesIO(data))
        assert image.format == "PNG" and image.size == (1200, 630), card
        assert len(data) <= CARD_BYTES, (card, len(data))


def test_the_feed_lists_each_explainer_and_each_update_with_absolute_links(built_project):
    feed = feedparser.parse((built_project / "site" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    explainers = {
        path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in (built_project / "data" / "explainers").glob("*.yml")
    }
    links = {entry.link for entry in feed.entries}
    for slug, explainer in explainers.items():
        assert f"{SITE_URL}explainers/{slug}/" in links
        for number, update in enumerate(explainer.get("updates", []), 1):
            link = f"{SITE_URL}explainers/{slug}/updates/#{update['kind']}-{number}"
            # A change of presentation is news to no reader: on the Updates page, not in the feed.
            assert (link in links) == (update["kind"] != "presentation"), link
    newest = max(entry.updated_parsed for entry in feed.entries)
    assert feed.feed.updated_parsed == newest  # the feed's date is its data's, not the build's
    dates = [entry.updated_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    html = (built_project / "site" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<link rel="alternate feed" type="application/atom\+xml"[^>]* href="feed.xml">', html)


def test_every_link_of_the_feed_and_its_updates_reaches_a_page_and_anchor(built_project):
    site = built_project / "site"
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    for entry in feed.entries:
        path, _, anchor = entry.link.removeprefix(SITE_URL).partition("#")
        html = (site / path / "index.html").read_text(encoding="utf-8")
        assert not anchor or f'id="{anchor}"' in html, entry.link


def test_edit_and_report_links_come_from_the_repository_named_in_site_yml(project):
    without = build(project, write=False).pages
    assert not any(">Report a problem</a>" in page for page in without.values() if isinstance(page, str))
    (project / "data" / "site.yml").write_text(
        "name: The Desk\nrepository:\n  url: https://github.com/newsroom/explainers\n", encoding="utf-8"
    )
    pages = build(project, write=False).pages
    attendees = pages["explainers/moscow-talks-2019/attendees.md"]
    assert '"https://github.com/newsroom/explainers/edit/main/data/explainers/moscow-talks-2019.yml"' in attendees
    report = re.search(r'<a href="(\S+)">Report a problem</a>', attendees)
    assert report and report.group(1).startswith("https://github.com/newsroom/explainers/issues/new?title=Problem+on+")
    person = pages["people/hamid-karzai.md"]
    assert '/edit/main/data/people/hamid-karzai.yml"' in person
    assert 'title: "The Desk"' in pages["index.md"]  # its name; its headline is the tagline's first sentence
    assert (
        "\n# Sourced explainers of news events: every fact links to the passage that supports it.\n"
        in pages["index.md"]
    )
