"""`mkdocs serve` rebuilds in one process, reusing what did not change: the result must be exactly
what a fresh process builds from the edited files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import Reuse, build
from generator.pages import ON_DISK
from generator.problems import DataError
from tests.site import ROOT

# What an editor changes, and how: (file, old text, new text).
EDITS = {
    "explainer": ("data/explainers/moscow-talks-2019.yml", "as_of: 2019-05-28", "as_of: 2019-05-29"),
    "person": ("data/people/hamid-karzai.yml", "A former President", "A former head of state and President"),
    "term": ("data/glossary/ceasefire.yml", "term: Cease-fire", "term: Truce"),
    "source": ("data/sources/rferl-2019-05-28.yml", "outlet_short: RFE/RL", "outlet_short: Radio Liberty"),
    "template": ("templates/overview.md.j2", "\n", "\n<!-- edited -->\n"),
    # a member's role, which their profile page shows too
    "role": ("data/explainers/moscow-talks-2019.yml", "Foreign Minister; spoke", "Russia's Foreign Minister; spoke"),
    "site": ("data/site.yml", "name: Explainer", "name: The Explainer Desk"),
    # what profile pages show of an explainer: its title, a quote's words, a party's position
    "title": ("data/explainers/moscow-talks-2019.yml", "title: The Moscow talks", "title: The Moscow meeting"),
    "quote": (
        "data/explainers/moscow-talks-2019.yml",
        "We are calling for a total pullout of foreign forces from the country. We are calling on all",
        "We are calling on all",
    ),
    "position": ("data/explainers/moscow-talks-2019.yml", "Calls on all Afghan sides", "Urges all Afghan sides"),
    # a source text's apostrophe: quotes still match, and footnotes quote the passage as written
    "text": ("data/sources/rferl-2019-05-28.txt", "Russia\u2019s", "Russia's"),
}


def fresh_build(project: Path) -> dict[str, bytes]:
    """The generated pages as a new process writes them."""
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(project)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    docs = project / "docs"
    return {path.relative_to(docs).as_posix(): path.read_bytes() for path in sorted(docs.rglob("*")) if path.is_file()}


def edited(path: Path, old: str, new: str) -> None:
    """A file changed as an editor changes it: one passage, which must be there, replaced."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("edit", EDITS)
def test_a_rebuild_after_an_edit_equals_a_fresh_build(project, edit):
    reuse = Reuse()  # as the MkDocs hook keeps it under `mkdocs serve`
    before = build(project, write=False, reuse=reuse).pages
    relative, old, new = EDITS[edit]
    edited(project / relative, old, new)
    after = build(project, write=False, reuse=reuse).pages
    assert after != before, "the edit changed nothing: the test would prove nothing"
    assert reuse.validated and reuse.rendered
    expected = fresh_build(project)
    assert sorted(after) == sorted(expected)
    for page, content in expected.items():
        rebuilt = after[page]
        assert (rebuilt.encode("utf-8") if isinstance(rebuilt, str) else rebuilt) == content, page


def test_an_edit_no_profile_shows_makes_no_profile_again(project):
    """A profile lists what a person or body does in each explainer: an edit to the rest of an
    explainer (its summary) keeps every profile page as it was made, not made again."""
    reuse = Reuse()
    build(project, write=False, reuse=reuse)
    profiles = {path: made for path, made in reuse.rendered.items() if path.startswith(("people/", "organisations/"))}
    explainer = reuse.rendered["moscow-talks-2019"]
    assert profiles
    edited(project / "data/explainers/moscow-talks-2019.yml", "Russia hosted", "Russia convened")
    build(project, write=False, reuse=reuse)
    assert reuse.rendered["moscow-talks-2019"] is not explainer  # the explainer itself was made again
    assert all(reuse.rendered[path] is made for path, made in profiles.items())


def test_a_registry_edit_that_contradicts_an_unchanged_explainer_is_reported_between_rebuilds(project):
    """An explainer's dates are checked against its sources' dates: an edit to a source alone must
    check the explainer again, though its file and every id are as they were."""
    reuse = Reuse()
    build(project, write=False, reuse=reuse)
    edited(project / "data/sources/rferl-2019-05-28.yml", "published: 2019-05-28", "published: 2019-06-30")
    with pytest.raises(DataError) as raised:
        build(project, write=False, reuse=reuse)
    explainer = [str(p) for p in raised.value.problems if "data/explainers/moscow-talks-2019.yml" in str(p)]
    assert any("2019-06-30" in problem or "30 June 2019" in problem for problem in explainer), explainer


def test_a_deleted_file_is_forgotten_between_rebuilds(project):
    reuse = Reuse()
    build(project, write=False, reuse=reuse)
    kept = len(reuse.validated)
    (project / EDITS["person"][0]).unlink()
    with pytest.raises(DataError):  # the explainer still names the person
        build(project, write=False, reuse=reuse)
    assert len(reuse.validated) == kept - 1


def test_a_source_text_changed_between_rebuilds_has_its_quotes_checked_again(project):
    reuse = Reuse()
    build(project, write=False, reuse=reuse)
    quoted = "Hosting Taliban delegates and Afghan politicians"
    edited(project / "data/sources/rferl-2019-05-28.txt", quoted, "Welcoming guests")
    with pytest.raises(DataError) as raised:  # the explainer's files did not change; their quotes did
        build(project, write=False, reuse=reuse)
    assert "quote not found in source 'rferl-2019-05-28'" in str(raised.value)


def test_a_paragraph_break_added_to_a_source_text_between_rebuilds_is_checked(project):
    reuse = Reuse()
    build(project, write=False, reuse=reuse)
    quoted = "Hosting Taliban delegates and Afghan politicians"
    edited(project / "data/sources/rferl-2019-05-28.txt", quoted, "Hosting Taliban delegates\nand Afghan politicians")
    with pytest.raises(DataError) as raised:  # the same words, now in two paragraphs
        build(project, write=False, reuse=reuse)
    assert "runs from one paragraph of source 'rferl-2019-05-28' into the next" in str(raised.value)


def test_a_part_emptied_between_rebuilds_takes_its_page_away(project):
    reuse = Reuse()
    glossary = "explainers/moscow-talks-2019/glossary.md"
    assert glossary in build(project, write=False, reuse=reuse).pages
    path = project / EDITS["explainer"][0]
    text = path.read_text(encoding="utf-8")
    start = text.index("\nglossary:\n") + 1
    end = text.index("\n", text.index("\n", start) + 1)
    while text[end + 1 : end + 3] == "  ":  # the list's items, up to the next field
        end = text.index("\n", end + 1)
    path.write_text(text[:start] + "glossary: []" + text[end:], encoding="utf-8")
    after = build(project, write=False, reuse=reuse).pages
    assert glossary not in after
    assert sorted(after) == sorted(fresh_build(project))


def test_serve_compiles_a_theme_template_once_and_an_edited_one_again():
    import jinja2

    from generator.mkdocs_hook import CompiledTemplates

    cache = CompiledTemplates()

    def render(source: str) -> str:  # as each rebuild does: a new environment, the same cache
        env = jinja2.Environment(loader=jinja2.DictLoader({"page.html": source}), bytecode_cache=cache)
        return env.get_template("page.html").render(word="news")

    assert render("{{ word }} one") == "news one"
    [(key, code)] = cache.compiled.items()
    assert render("{{ word }} one") == "news one" and cache.compiled[key] is code  # loaded, not compiled again
    assert render("{{ word }} two") == "news two"  # the edited template, compiled afresh


def test_serve_keeps_its_pages_on_disk_and_rebuilds_docs_as_a_fresh_build_writes_them(project):
    """Under `mkdocs serve` the build writes docs/ and keeps each page it wrote there only as ON_DISK: a
    rebuild after an edit leaves docs/ as a fresh process writes it, and puts back a page an editor deleted."""
    reuse = Reuse()
    build(project, reuse=reuse)
    kept = [page for made in reuse.rendered.values() for page in made.pages.values()]
    assert kept and all(page is ON_DISK for page in kept)
    profile = project / "docs/people/hamid-karzai.md"
    assert profile.is_file()
    profile.unlink()  # a page the edit below does not change
    edited(project / "data/explainers/moscow-talks-2019.yml", "Russia hosted", "Russia convened")
    result = build(project, reuse=reuse)
    assert "explainers/moscow-talks-2019/index.md" in result.written
    assert "people/hamid-karzai.md" in result.written
    docs = project / "docs"
    rebuilt = {
        path.relative_to(docs).as_posix(): path.read_bytes() for path in sorted(docs.rglob("*")) if path.is_file()
    }
    assert rebuilt == fresh_build(project)
