"""Builder independence: after `python -m generator build`, Zensical (MkDocs' successor, which has
no hooks) builds the generated Markdown too. Our theme overrides are Material-for-MkDocs templates,
so this build leaves them out; the navigation then follows the folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.build import build
from tests.site import copy_project

ZENSICAL = Path(sys.executable).parent / "zensical"


def test_zensical_builds_the_generated_markdown(tmp_path):
    project = copy_project(tmp_path / "project")
    build(project)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    # Left out: the hook, the Material template overrides, and navigation.prune, which sends
    # Zensical 0.0.73's navigation template into endless recursion.
    left_out = ("custom_dir", "mkdocs_hook", "navigation.prune")
    kept = [line for line in config if not any(part in line for part in left_out) and line != "hooks:"]
    (project / "zensical-test.yml").write_text("\n".join(kept) + "\n", encoding="utf-8")
    result = subprocess.run(
        [str(ZENSICAL), "build", "-f", "zensical-test.yml"], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = project / "site"
    for page in ["index.html", "people/abdul-ghani-baradar/index.html"] + [
        f"explainers/moscow-talks-2019/{name}index.html"
        for name in ("", "attendees/", "history/", "issues/", "glossary/", "sources/")
    ]:
        assert (site / page).is_file(), page
    overview = (site / "explainers/moscow-talks-2019/index.html").read_text(encoding="utf-8")
    assert "14-member" in overview and 'class="footnote-ref"' in overview
    assert (site / "explainers/moscow-talks-2019/data/explainer.json").is_file()
