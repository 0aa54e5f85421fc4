"""Links between generated pages, as the browser follows them (MkDocs' directory URLs)."""

from __future__ import annotations

import pytest

from generator.pages import relative


@pytest.mark.parametrize(
    ("here", "target", "link"),
    [
        ("explainers/x/index.md", "explainers/x/attendees.md", "attendees/"),
        ("explainers/x/attendees.md", "explainers/x/index.md", "../"),
        ("explainers/x/attendees.md", "explainers/x/attendees.md#baradar", "#baradar"),
        ("explainers/x/index.md", "explainers/x/index.md", "./"),
        ("explainers/x/issues.md", "explainers/x/data/explainer.json", "../data/explainer.json"),
        ("people/baradar.md", "explainers/x/attendees.md#taliban", "../../explainers/x/attendees/#taliban"),
        ("people/baradar.md", "index.md", "../../"),
        ("index.md", "people/index.md", "people/"),
        # A page whose name merely ends in "index" is a page of its own, not its folder's index.
        ("index.md", "topics/global-peace-index.md", "topics/global-peace-index/"),
        ("topics/global-peace-index.md", "topics/index.md", "../"),
    ],
)
def test_a_link_is_the_path_the_browser_follows(here, target, link):
    assert relative(here, target) == link
