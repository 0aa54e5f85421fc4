"""The real MkDocs + Material build, in a copy of the project, and what its pages say."""

from __future__ import annotations

import calendar
import itertools
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config

from generator import render, search_index
from generator.build import build as generator_build
from generator.build import check
from generator.link import normalise
from generator.mkdocs_hook import restore_html, stash_html
from generator.render.labels import DATE_INFERRED, INFERRED, YEAR_FROM_ARTICLE
from tests.corpus import Corpus
from tests.site import ROOT, copy_project, mkdocs

EXPLAINER = "explainers/moscow-talks-2019"
PAGES = ["index.html", "glossary/index.html", f"{EXPLAINER}/index.html"] + [
    f"{EXPLAINER}/{page}/index.html" for page in ("attendees", "history", "issues", "glossary", "sources")
]
SOURCE = normalise((ROOT / "data/sources/rferl-2019-05-28.txt").read_text(encoding="utf-8"))


class Content(HTMLParser):
    """The article body of a built page: its text, its footnotes and the elements inside it."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text = ""
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if self.depth:
            self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text += data


def page(built: Path, relative: str) -> Content:
    return Content((built / "site" / relative).read_text(encoding="utf-8"))


def test_every_page_is_built(built_project):
    for relative in PAGES:
        assert (built_project / "site" / relative).is_file(), relative


def test_the_source_text_is_not_published_whole(built_project):
    published = [path.name for path in (built_project / "site").rglob("*") if path.suffix in (".txt", ".yml")]
    assert published == ["robots.txt"]
    for path in (built_project / "site").rglob("*"):
        if path.suffix in (".html", ".json", ".csv"):
            text = path.read_text(encoding="utf-8")
            assert SOURCE[:300] not in normalise(Content(text).text if path.suffix == ".html" else text), path


def test_attendees_page_names_the_host_and_every_attendee(built_project):
    text = page(built_project, f"{EXPLAINER}/attendees/index.html").text
    for name in [
        "Russia",
        "Sergei Lavrov",
        "Abdul Ghani Baradar",
        "Hamid Karzai",
        "Atta Mohammad Noor",
        "Hanif Atmar",
        "Omar Zakhilwal",
        "Fawzia Koofi",
        "14 members",
        "Two women were present",
        "Not reported at the event: President Ashraf Ghani's government",
    ]:
        assert name in text, name


def test_issues_page_is_a_table_of_the_four_issues_with_their_status_as_of_the_date_said_once(built_project):
    html = (built_project / "site" / EXPLAINER / "issues" / "index.html").read_text(encoding="utf-8")
    heading = r'<tr id="([^"]+)">\s*<th scope="row"><strong>(.*?)</strong>'
    row = heading + r'.*?<span class="status status--[^"]+"[^>]*>([^<]+)</span>'
    rows = re.findall(row, html, re.S)
    assert [(title, status) for _, title, status in rows] == [
        ("Breaking off ties with groups designated as terrorist by Washington", "Draft agreement reached"),
        ("The timetable of a U.S. military withdrawal", "Draft agreement reached"),
        ("A cease-fire", "Slow progress"),
        ("An intra-Afghan dialogue", "Slow progress"),
    ]
    article = html.split('<div class="footnote">', 1)[0]
    assert article.count(">28 May 2019</time>") == 2  # "as of" said once; the other: how far the explainer goes
    assert "no stated positions" not in article


def test_glossary_has_at_least_twelve_terms_in_alphabetical_order_with_anchors(built_project):
    content = page(built_project, f"{EXPLAINER}/glossary/index.html")
    headings = [attrs["id"] for tag, attrs in content.tags if tag == "h2"]
    assert len(headings) >= 12
    terms = re.findall(r"\n?([^\n¶]+)¶", content.text)[1:]  # the H1 has no permalink; skip "Glossary"
    assert terms == sorted(terms, key=str.casefold)


def test_history_is_in_date_order_and_dates_the_meeting(built_project):
    html = (built_project / "site" / EXPLAINER / "history" / "index.html").read_text(encoding="utf-8")
    timeline = "".join(re.findall(r'<div class="timeline">(.*?)</div>', html, re.S))
    dates = re.findall(r'<time datetime="([^"]+)"', timeline)
    content = page(built_project, f"{EXPLAINER}/history/index.html")
    assert dates[0] == "1919" and dates[-1] == "2019-09"
    assert "2019-05-28" in dates and "1989" in dates and "1991" in dates and "2001" in dates
    # In order: no event can have ended before the one above it began (2001 may follow 2001-09-11).
    earliest = [date + "-01-01"[len(date) - 4 :] for date in dates]
    latest = [date + "-12-31"[len(date) - 4 :] for date in dates]
    assert all(latest[i + 1] >= earliest[i] for i in range(len(dates) - 1)), dates
    assert [date[:4] for date in dates] == sorted(date[:4] for date in dates)
    assert "28 May 2019" in content.text


def test_every_citation_marker_opens_a_quote_found_in_the_source(built_project):
    checked = 0
    # Every page of the collection: the synthetic explainers' sources are copies of the reference article.
    for path in sorted((built_project / "site").rglob("index.html")):
        relative = path.relative_to(built_project / "site").as_posix()
        content = page(built_project, relative)
        refs = {
            attrs["href"][1:] for tag, attrs in content.tags if tag == "a" and "footnote-ref" in attrs.get("class", "")
        }
        notes = {attrs["id"] for tag, attrs in content.tags if tag == "li" and attrs.get("id", "").startswith("fn:")}
        assert refs == notes, relative
        html = (built_project / "site" / relative).read_text(encoding="utf-8")
        for note in notes:
            body = re.search(rf'<li id="{re.escape(note)}">(.*?)</li>', html, re.S).group(1)
            if note.startswith("fn:n-"):  # not a citation: the editors' reason for a date, or the article's
                reason = Content(f"<article>{body}</article>").text.strip()
                assert reason.startswith((f"{DATE_INFERRED}: ", f"{YEAR_FROM_ARTICLE}, ")), reason
                continue
            quotes = re.findall(r"\u201c(.*?)\u201d", Content(f"<article>{body}</article>").text)
            assert quotes, (relative, note)
            for quote in quotes:  # the article's own double quotation marks become single inside the footnote's
                assert normalise(quote).replace('"', "'") in SOURCE.replace('"', "'"), (relative, quote)
            checked += 1
    assert checked >= 150  # each explainer's pages carry dozens of markers


@pytest.fixture(scope="module")
def generated_markdown(built_project) -> dict[str, str]:
    """The collection's generated Markdown pages, as the build hands them to MkDocs."""
    pages = generator_build(built_project, write=False).pages
    return {path: text for path, text in pages.items() if path.endswith(".md") and isinstance(text, str)}


def test_generated_pages_use_no_jinja_and_plain_markdown(generated_markdown):
    explainers = [path for path in generated_markdown if path.startswith("explainers/")]
    assert len(explainers) >= 20  # seven pages or more of each explainer
    for path in explainers:
        text = generated_markdown[path]
        assert "{{" not in text and "{%" not in text, path


def test_setting_html_blocks_aside_changes_no_generated_page(built_project, generated_markdown):
    """The hook passes a generated page's HTML blocks around Python-Markdown: what comes out must be
    what Python-Markdown makes of the whole page, and an explainer's page must be left with only its
    headings (or the shortcut would be doing nothing)."""
    config = load_config(str(built_project / "mkdocs.yml"))
    assert {path.split("/")[0] for path in generated_markdown} >= {"index.md", "explainers", "people"}
    for path, page in sorted(generated_markdown.items()):
        text = page.split("\n---\n", 1)[-1]
        convert = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
        whole = convert.reset().convert(text)
        markdown_left, blocks = stash_html(text)
        shortcut = restore_html(convert.reset().convert(markdown_left), blocks)
        assert shortcut.split() == whole.split(), path
        if path.startswith("explainers/"):
            left = [chunk.strip() for chunk in markdown_left.split("\n\n")]
            assert all(chunk.startswith(("#", "EXPLAINER-HTML-BLOCK-")) for chunk in left if chunk), path


@pytest.mark.parametrize(
    "chunk",
    [
        '<p class="as-of">Up to <time datetime="2019">2019</time></p>\n<p>And <a href="x/" title="a > b">x</a></p>',
        '<figure><svg><circle r="1"/></svg><br></figure>',
        '<script type="application/ld+json">\n{"name": "<b>not a tag</b>"}\n</script>',
        "<p>Intro</p>\n- item <b>x</b>",  # Markdown after an element: a list
        "<p>Intro</p>\n**bold** and <i>i</i>",
        "<p>Intro</p> *x*",
        '<div class="timeline">\n<ol>\n<li>a</li>\n\n<li>*b*</li>\n</ol>\n</div>',  # a blank line inside
        '<div class="party-card">\n<p>a</p>\n\n*note* <span>y</span>\n</div>',
        "<span>inline</span> text",
        "<div><p>left open</div>",  # found whole by its own tags: Python-Markdown passes it through as well
        '<div title="a > b"><div/><DIV>x</DIV></div>\n<p>y</p>',
        "<div>a</div>\n",
    ],
)
def test_only_what_markdown_passes_through_as_it_is_is_set_aside(chunk):
    config = load_config(str(ROOT / "mkdocs.yml"))
    convert = markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    text = f"# A page\n\n{chunk}\n\n## A heading\n"
    markdown_left, blocks = stash_html(text)
    assert restore_html(convert.reset().convert(markdown_left), blocks).split() == convert.reset().convert(text).split()


def test_a_leader_the_party_does_not_list_links_to_their_profile(project):
    """A party's leader links to their entry on the page where the party lists them, else to their
    profile: never to an anchor the page lacks."""
    explainer = project / "data/explainers/moscow-talks-2019.yml"
    explainer.write_text(
        explainer.read_text(encoding="utf-8").replace("leader: abdul-ghani-baradar", "leader: zalmay-khalilzad"),
        encoding="utf-8",
    )
    attendees = generator_build(project, write=False).pages[f"{EXPLAINER}/attendees.md"]
    assert '<strong>14 members</strong>, led by <a href="../../../people/zalmay-khalilzad/">' in attendees


def test_a_broken_link_or_anchor_in_a_generated_page_fails_the_strict_build(tmp_path):
    """MkDocs checks the links of Markdown, not those inside raw HTML: the hook checks the generated
    pages' HTML, so a template that links to a page or an anchor the site lacks fails the build."""
    project = copy_project(tmp_path / "project")
    template = project / "templates" / "history.md.j2"
    links = '<a href="../nowhere/">a</a> <a href="../glossary/#no-such-term">b</a> <a href="../glossary/">c</a>'
    template.write_text(
        template.read_text(encoding="utf-8").replace("in date order.</p>", f"in date order. {links}</p>", 1),
        encoding="utf-8",
    )
    result = mkdocs(project, "build", "--strict")
    assert result.returncode != 0
    history = f"{EXPLAINER}/history.md"
    assert f"Generated page '{history}' links to '../nowhere/', which the site lacks" in result.stderr
    assert "'../glossary/#no-such-term'" in result.stderr and "no-such-term" in result.stderr
    assert "'../glossary/'" not in result.stderr  # the page is there


def test_no_page_asks_the_network_for_fonts_or_scripts(built_project):
    for path in (built_project / "site").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text
        assert not re.search(r"<script[^>]+src=\"https?://", text), path


def test_a_falsified_quote_fails_the_build_and_leaves_the_site_alone(built_project, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(built_project, project)
    before = {path: path.read_bytes() for path in (project / "site").rglob("*") if path.is_file()}
    explainer = project / "data/explainers/moscow-talks-2019.yml"
    text = explainer.read_text(encoding="utf-8")
    explainer.write_text(
        text.replace('quote: "the 14-member Taliban delegation"', 'quote: "the 15-member Taliban delegation"', 1),
        encoding="utf-8",
    )
    line = text[: text.index('quote: "the 14-member Taliban delegation"')].count("\n") + 1
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert f"data/explainers/moscow-talks-2019.yml:{line}:16: error: quote not found in source" in output
    assert "Traceback" not in output
    after = {path: path.read_bytes() for path in (project / "site").rglob("*") if path.is_file()}
    assert after == before


@pytest.mark.parametrize("command", ["check", "build"])
def test_the_cli_reports_a_falsified_quote_with_its_location(project, command, capsys):
    from generator.__main__ import main

    explainer = project / "data/explainers/moscow-talks-2019.yml"
    explainer.write_text(
        explainer.read_text(encoding="utf-8").replace(
            'quote: "Two women were present"', 'quote: "Three women were present"', 1
        ),
        encoding="utf-8",
    )
    assert main([command, "--root", str(project)]) == 1
    err = capsys.readouterr().err
    assert re.match(
        r"data/explainers/moscow-talks-2019\.yml:\d+:16: error: quote not found in source "
        r"'rferl-2019-05-28' \(copy the words exactly; the closest passage is: \"Two women were present",
        err,
    )
    assert err.endswith("1 problem found; nothing was written.\n")
    assert not (project / "docs" / "explainers").exists()


def test_the_cli_checks_clean_data_and_rejects_bad_usage(project, capsys):
    from generator.__main__ import main

    assert main(["check", "--root", str(project)]) == 0
    assert re.fullmatch(r"\d+ data files, \d+ citations verified in \d+\.\d\d s\n", capsys.readouterr().out)
    with pytest.raises(SystemExit) as usage:
        main(["publish"])
    assert usage.value.code == 2


def several_cores() -> bool:
    return sys.platform == "linux" and len(os.sched_getaffinity(0)) > 1


def test_two_builds_give_identical_sites_dated_by_the_data_on_every_core_or_on_one(built_project, tmp_path):
    """The session's site was built on every core (generator/page_workers.py); this one is built on one."""
    project = tmp_path / "project"
    shutil.copytree(built_project, project, ignore=shutil.ignore_patterns("site"))
    again = mkdocs(project, "build", "--strict", "--site-dir", str(tmp_path / "again"), one_core=several_cores())
    assert again.returncode == 0, again.stderr
    assert "Rendering the pages on" not in again.stderr
    first = {
        path.relative_to(built_project / "site"): path.read_bytes()
        for path in sorted((built_project / "site").rglob("*"))
        if path.is_file()
    }
    second = {
        path.relative_to(tmp_path / "again"): path.read_bytes()
        for path in sorted((tmp_path / "again").rglob("*"))
        if path.is_file()
    }
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
    # The one date MkDocs stamps (the sitemap's gzip header) is the data's newest "as of", not today.
    stamped = int.from_bytes((built_project / "site" / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert stamped == calendar.timegm((2019, 5, 28, 0, 0, 0))


# `mkdocs build` with the theme's own template of the menu: generator/theme_nav.py declines every site.
THEME_S_MENU = (
    "import sys; import generator.theme_nav as menu; menu.supported = lambda *_: False; "
    "from mkdocs.__main__ import cli; cli(sys.argv[1:])"
)


def without_layout(html: str) -> str:
    """HTML without the spaces and line breaks between and around its tags, which show nothing."""
    return re.sub(r"\s*([<>])\s*", r"\1", re.sub(r"\s+", " ", html))


def test_the_menu_made_in_python_is_the_theme_s_own_on_every_page(built_project, tmp_path):
    """generator/theme_nav.py makes the menu (the theme's primary navigation) as Material's template does:
    a site built with the template instead differs only in the layout of its HTML."""
    project = tmp_path / "project"
    shutil.copytree(built_project, project, ignore=shutil.ignore_patterns("site"))
    theme_s = subprocess.run(
        [sys.executable, "-c", THEME_S_MENU, "build", "--strict", "--site-dir", str(tmp_path / "theme")],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert theme_s.returncode == 0, theme_s.stderr
    ours = sorted((built_project / "site").rglob("*.html"))
    pruned = 'class="md-nav__item md-nav__item--pruned md-nav__item--nested"'  # a section not on the page's path
    assert len(ours) > 50 and all(pruned in path.read_text(encoding="utf-8") for path in ours)
    differ = [
        path.relative_to(built_project / "site")
        for path in ours
        if without_layout(path.read_text(encoding="utf-8"))
        != without_layout((tmp_path / "theme" / path.relative_to(built_project / "site")).read_text(encoding="utf-8"))
    ]
    assert differ == []
    page = (built_project / "site" / "index.html").read_text(encoding="utf-8")
    assert page != (tmp_path / "theme" / "index.html").read_text(encoding="utf-8")  # the menu was ours


def test_a_page_no_template_renders_fails_the_build_on_every_core_and_on_one(tmp_path):
    """The second page MkDocs renders is a worker's when there are several cores: its failure is the
    build's, as the main process's own would be."""
    project = copy_project(tmp_path / "project")
    (project / "docs" / "a-page-with-no-template.md").write_text("---\ntemplate: nowhere.html\n---\n# A page\n")
    cores = mkdocs(project, "build")
    assert cores.returncode != 0
    assert "Error building page 'a-page-with-no-template.md'" in cores.stderr
    if several_cores():
        assert "Rendering the pages on" in cores.stderr
        assert "A page could not be rendered (the error is above); the site is incomplete." in cores.stdout
    one = mkdocs(project, "build", one_core=several_cores())
    assert one.returncode != 0
    assert "Error building page 'a-page-with-no-template.md'" in one.stderr


def test_a_site_with_no_explainer_published_yet_builds(tmp_path):
    """Every explainer still a draft: the menu's "Explainers" is a section with nothing in it, which the
    menu made in Python shows as the theme's template does."""
    project = copy_project(tmp_path / "project")
    for path in (project / "data" / "explainers").glob("*.yml"):
        path.unlink()
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr


def test_a_build_reads_the_generated_pages_from_memory_and_a_dirty_build_from_docs(tmp_path):
    """`mkdocs build` hands MkDocs the generated pages without writing them to docs/; a generated page
    an earlier serve left in docs/ (here, of an explainer since deleted) is not published. A dirty build
    writes them to docs/, as serve does, so that MkDocs reads again only the pages that changed."""
    project = copy_project(tmp_path / "project")
    left = project / "docs" / "explainers" / "a-deleted-explainer" / "index.md"
    left.parent.mkdir(parents=True)
    left.write_text("# A deleted explainer\n", encoding="utf-8")
    before = sorted(path.relative_to(project / "docs") for path in (project / "docs").rglob("*"))
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert sorted(path.relative_to(project / "docs") for path in (project / "docs").rglob("*")) == before
    assert (project / "site" / "explainers" / "moscow-talks-2019" / "index.html").is_file()
    assert not (project / "site" / "explainers" / "a-deleted-explainer").exists()
    assert not (project / "site" / search_index.FOLDER).exists()  # what Pagefind read, removed once read
    # a dirty build writes them to docs/, where it reads again only the pages that changed
    result = mkdocs(project, "build", "--dirty")
    assert result.returncode == 0, result.stderr
    assert (project / "docs" / "explainers" / "moscow-talks-2019" / "index.md").is_file()
    # on every core, sharing out the changed pages only: the pages a full build makes of the edited data
    explainer = project / "data" / "explainers" / "moscow-talks-2019.yml"
    explainer.write_text(explainer.read_text(encoding="utf-8").replace("Russia hosted", "Russia convened", 1))
    result = mkdocs(project, "build", "--dirty")
    assert result.returncode == 0, result.stderr
    forks = sys.platform == "linux" and len(os.sched_getaffinity(0)) > 1
    assert ("Rendering the pages on" in result.stderr) == forks, result.stderr
    dirty = {path.relative_to(project / "site"): path.read_bytes() for path in (project / "site").rglob("*.html")}
    assert "Russia convened" in dirty[Path("explainers/moscow-talks-2019/index.html")].decode()
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert dirty == {
        path.relative_to(project / "site"): path.read_bytes() for path in (project / "site").rglob("*.html")
    }


def test_the_search_index_made_from_the_articles_alone_is_the_whole_site_s(built_project, tmp_path):
    """Pagefind reads each page's article and head only (generator/search_index.py): its index must be
    the one it makes of the built site's whole pages."""
    whole = tmp_path / "pagefind"
    result = subprocess.run(search_index.command(built_project / "site", whole), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for unused in search_index.UNUSED:
        for path in whole.glob(f"{unused}.*"):
            path.unlink()
    built = built_project / "site" / "pagefind"
    files = sorted(path.relative_to(whole) for path in whole.rglob("*") if path.is_file())
    assert len(files) > 50
    assert files == sorted(path.relative_to(built) for path in built.rglob("*") if path.is_file())
    for path in files:
        assert (whole / path).read_bytes() == (built / path).read_bytes(), path


def test_pagefind_reads_the_marked_element_whatever_a_title_says():
    """The element Pagefind indexes is found by its tag's attribute, not by the words "data-pagefind-body"
    in a title, a description, the menu or another tag's attribute (a second reader's finding: such a title
    took its pages out of the index); the footnotes, which Pagefind leaves out, are left out before it reads
    the page."""
    page = (
        '<!doctype html><html lang="en"><head><title>The data-pagefind-body attribute</title>'
        '<meta name="description" content="On data-pagefind-body"></head><body><nav>data-pagefind-body '
        '<a title="The data-pagefind-body attribute" href="#">data-pagefind-body</a></nav>'
        '<article class="md-content__inner md-typeset" data-pagefind-body><h1>Title</h1><div><p>Words</p></div>'
        '<div class="footnote"><div><ol><li>A note</li></ol></div></div></article><footer>Footer</footer></body></html>'
    )
    part = search_index.indexed_part(page)
    assert part is not None
    assert "<h1>Title</h1><div><p>Words</p></div></article></body>" in part
    assert "menu" not in part and "A note" not in part and "Footer" not in part
    assert search_index.indexed_part(page.replace(" data-pagefind-body>", ">")) is None


def test_a_build_with_its_error_stream_closed_ends_as_one_process_would(tmp_path):
    """A worker that cannot flush a closed stream still exits: it must never go on as the main process."""
    project = copy_project(tmp_path / "project")
    result = mkdocs(project, "build", "--strict", through=["sh", "-c", 'exec 2>&- && exec "$@"', "sh"])
    assert result.returncode == 0, result.stdout


def test_a_page_that_cannot_be_read_fails_the_build_on_every_core_and_on_one(tmp_path):
    """The second page MkDocs reads is a worker's when there are several cores: its failure is the
    build's, as the main process's own would be."""
    project = copy_project(tmp_path / "project")
    (project / "docs" / "a-page-not-in-utf-8.md").write_bytes(b"# A page\n\nCaf\xe9 au lait\n")
    cores = mkdocs(project, "build")
    assert cores.returncode != 0
    assert "Error reading page 'a-page-not-in-utf-8.md'" in cores.stderr
    if several_cores():
        assert "A page could not be read (the error is above); the site is incomplete." in cores.stdout
    one = mkdocs(project, "build", one_core=several_cores())
    assert one.returncode != 0
    assert "Error reading page 'a-page-not-in-utf-8.md'" in one.stderr


def test_an_explainer_with_only_the_required_fields_has_only_the_pages_its_data_fills(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data/sources/doha.txt").write_text(
        "The Taliban and the United States signed an agreement in Doha on Saturday.\n", encoding="utf-8"
    )
    (project / "data/sources/doha.yml").write_text(
        "outlet: Example Wire\nurl: https://example.org/doha\npublished: 2020-02-29\n", encoding="utf-8"
    )
    cite = "cite: [{source: doha, quote: signed an agreement in Doha}]"
    (project / "data/explainers/doha.yml").write_text(
        "title: The Doha agreement\n"
        f"summary: {{text: The United States and the Taliban signed an agreement in Doha., {cite}}}\n"
        f"event: {{what: A signing, where: 'Doha, Qatar', date: 2020-02-29, {cite}}}\n"
        "as_of: 2020-02-29\npublished: 2026-11-28\nsources: [doha]\n",
        encoding="utf-8",
    )
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    folder = project / "site/explainers/doha"
    assert sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.*")) == [
        "card.png",
        "data/explainer.json",
        "index.html",
        "sources/index.html",
        "updates/index.html",
    ]
    overview = (folder / "index.html").read_text(encoding="utf-8")
    for missing in ("attendees/", "history/", "issues/", "glossary/", "timeline.json", "Who:"):
        assert missing not in overview.split("<article")[1], missing
    assert 'href="sources/"' in overview and 'href="updates/"' in overview
    moscow = (project / "site" / EXPLAINER / "index.html").read_text(encoding="utf-8")
    assert 'href="attendees/"' in moscow and "timeline.json" in moscow  # the reference explainer keeps its pages


def test_the_sources_page_lists_each_passage_once_in_the_articles_order(built_project):
    html = (built_project / "site" / EXPLAINER / "sources" / "index.html").read_text(encoding="utf-8")
    listed = html.split('class="quoted-passages"', 1)[1].split("</ol>", 1)[0]
    found = re.findall(r"&#8220;(.*?)&#8221; \(<a", listed)
    # The page makes a passage's own double quotation marks single; the article has them double.
    passages = [normalise(unescape(re.sub(r"<[^>]+>", "", item))).replace("'", '"') for item in found]
    assert len(passages) >= 20
    for one, other in itertools.permutations(passages, 2):
        assert one not in other, f"{one!r} is listed again inside {other!r}"
    source = normalise((built_project / "data" / "sources" / "rferl-2019-05-28.txt").read_text(encoding="utf-8"))
    where = [source.replace("'", '"').find(passage) for passage in passages]
    assert -1 not in where and where == sorted(where)


def test_a_page_quoting_one_source_names_it_once_above_its_footnotes(built_project):
    html = (built_project / "site" / EXPLAINER / "history" / "index.html").read_text(encoding="utf-8")
    assert html.count("RFE/RL, 28 May 2019") == 1
    assert '<p class="footnotes-source">Quoted passages: RFE/RL, 28 May 2019.</p>' in html
    assert html.count(">RFE/RL</a>") >= 10  # each footnote links its passage under the outlet's name


def test_no_page_shows_markdown_it_did_not_render(built_project):
    for path in (built_project / "site").rglob("*.html"):
        body = re.sub(r"<(script|pre|code)\b.*?</\1>", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert "[^" not in body and "{: ." not in body, path  # a footnote mark or an attribute list left as text


def test_an_inferred_event_date_is_marked_in_the_dateline_and_explained_in_at_a_glance(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "data/explainers/moscow-talks-2019.yml"
    text = path.read_text(encoding="utf-8")
    inferred = "  date:\n    date: 2019-05-28\n    inferred: The ceremony's date; the talks followed it.\n"
    path.write_text(text.replace("  date: 2019-05-28\n", inferred, 1), encoding="utf-8")
    assert mkdocs(project, "build", "--strict").returncode == 0
    for page in ("index.html", f"{EXPLAINER}/index.html"):
        html = (project / "site" / page).read_text(encoding="utf-8")
        assert "[^" not in html, page  # the dateline is HTML, where a footnote cannot go
    overview = (project / "site" / EXPLAINER / "index.html").read_text(encoding="utf-8")
    dateline = re.search(r'<p class="dateline">(.*?)</p>', overview, re.S).group(1)
    assert INFERRED in unescape(re.sub(r"<[^>]+>", "", dateline))
    assert "The ceremony's date; the talks followed it." in overview  # the reason, in At a glance's note


def test_many_explainers_render_alike_in_workers_and_in_one_process(tmp_path, monkeypatch):
    """A full build of many explainers renders them, then the profiles, in forked workers
    (generator/render): the pages must be those one process makes (as `serve` does once its server
    runs), each at its own path."""
    if sys.platform != "linux" or len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core, or no safe fork: the build renders in one process")
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "data")
    Corpus(render.FORK_FROM + 4, project).write()
    dataset = check(project)
    pools: list[int] = []
    context = multiprocessing.get_context

    def counted(method: str):
        pools.append(1)
        return context(method)

    monkeypatch.setattr(render.multiprocessing, "get_context", counted)
    in_workers = render.render_site(dataset, project / "templates")
    assert len(pools) == 2, "the explainers and the profiles were not each rendered in workers"
    in_one = render.render_site(dataset, project / "templates", fork=False)  # as `serve` rebuilds
    assert len(pools) == 2
    assert sorted(in_workers) == sorted(in_one)
    for path, content in in_one.items():
        assert in_workers[path] == content, path
