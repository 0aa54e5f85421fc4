"""The draft preview: under `mkdocs serve` each draft is a page of its own (its open items linked to
their lines, its source's cited passages marked), and a data problem shows as a page while the last
good pages stay; `mkdocs build` never publishes a preview."""

from __future__ import annotations

import os
import sys
import time

from tests.site import copy_project, fetch, mkdocs, mkdocs_serve

DRAFT = """title: "FILL IN: the headline of the explainer"
summary:
  text: A Taliban delegation met Afghan politicians in Moscow.
  cite:
    - source: rferl-2019-05-28
      quote: "Taliban delegates and Afghan politicians"
sources: [rferl-2019-05-28]
"""


def test_serve_previews_drafts_and_problems_and_build_never_publishes_them(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data" / "drafts").mkdir()
    (project / "data" / "drafts" / "moscow-draft.yml").write_text(DRAFT, encoding="utf-8")
    with mkdocs_serve(project) as served:
        preview = served.page("/drafts/moscow-draft/", "Preview of data/drafts/moscow-draft.yml")
        assert "1 item left to fill in" in preview
        assert 'href="../moscow-draft-file/#L1"' in preview  # the headline to fill in, linked to its line
        assert "<mark>Taliban delegates and Afghan politicians</mark>" in preview
        assert "Not yet cited: </span>" in preview  # the article's other paragraphs
        file_page = served.page("/drafts/moscow-draft-file/", 'id="L1"')
        assert "preview-file__line--open" in file_page

        explainer = project / "data" / "explainers" / "moscow-talks-2019.yml"
        text = explainer.read_text(encoding="utf-8")
        explainer.write_text(text.replace("title: The Moscow talks", "title: FILL IN the Moscow talks", 1))
        problems = served.page("/drafts/problems/", "still holds its placeholder")
        assert "data/explainers/moscow-talks-2019.yml:" in problems
        status, overview = fetch(served.port, "/explainers/moscow-talks-2019/")
        assert status == 200 and "The Moscow talks" in overview  # the last good page stays

        # Mended: the pages are rebuilt from docs/ as it is, not as the last good build left it.
        explainer.write_text(text.replace("title: The Moscow talks", "title: The mended Moscow talks", 1))
        served.page("/explainers/moscow-talks-2019/", "The mended Moscow talks")
        assert not (project / "docs" / "drafts" / "problems.md").exists()
        served.page("/drafts/moscow-draft/", "Preview of data/drafts/moscow-draft.yml")

    explainer.write_text(text, encoding="utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert not (project / "site" / "drafts").exists()


def test_an_edit_under_serve_shows_after_one_rebuild(tmp_path):
    """The pages a rebuild writes into docs/ are not edits: watched, they asked for a second rebuild
    at once, and the server held every request until it had ended."""
    project = copy_project(tmp_path / "project")
    explainer = project / "data" / "explainers" / "moscow-talks-2019.yml"
    with mkdocs_serve(project) as served:
        served.page("/explainers/moscow-talks-2019/", "The Moscow talks with the Taliban")
        text = explainer.read_text(encoding="utf-8")
        explainer.write_text(text.replace("title: The Moscow talks", "title: The Moscow meeting", 1), encoding="utf-8")
        served.page("/explainers/moscow-talks-2019/", "The Moscow meeting with the Taliban")
        time.sleep(3)  # a second rebuild would have been asked for within a second (the watch polls twice a second)
        log = served.log.read_text(encoding="utf-8")
        assert log.count("Building documentation") == 2, log  # the first build, and one for the edit
        # The first build, before the server's threads start, renders on every core; the rebuild in one process.
        forks = sys.platform == "linux" and len(os.sched_getaffinity(0)) > 1
        assert log.count("Rendering the pages on") == (1 if forks else 0), log

        # A hand-written page is still watched, saved as some editors save: a new file in its place.
        about = project / "docs" / "about.md"
        saved = about.with_name("about.md.new")
        saved.write_text(about.read_text(encoding="utf-8") + "\nWritten while serving.\n", encoding="utf-8")
        saved.replace(about)
        served.page("/about/", "Written while serving.")
