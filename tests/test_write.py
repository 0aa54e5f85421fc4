"""Stage 5: only pages whose content changed are written; generated pages no longer made are deleted;
hand-written files under docs/ are never touched."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from generator.pages import GENERATED
from generator.write import remove_generated, write_pages
from tests.site import ROOT


# As `mkdocs serve` writes, remembering what it wrote last, and as any build does, reading docs/.
@pytest.mark.parametrize("remembered", [False, True])
def test_stale_generated_pages_are_deleted_and_hand_written_files_kept(tmp_path, remembered):
    docs = tmp_path / "docs"
    hand_written = docs / "assets" / "explainer.css"
    hand_written.parent.mkdir(parents=True)
    hand_written.write_text("body {}\n", encoding="utf-8")
    first = {
        "index.md": "# Home\n",
        "people/ashraf-ghani.md": "# Ashraf Ghani\n",
        "explainers/old/index.md": "# Old\n",
        "explainers/old/data/timeline.csv": "date\n",
        "explainers/new/index.md": "# New\n",
        "topics/peace.md": "# Peace\n",
    }
    assert write_pages(first, docs) == (sorted(first), [])

    os.utime(docs / "index.md", (0, 0))  # an unchanged page keeps its time: serve rebuilds only what changed
    shutil.rmtree(docs / "topics")  # deleted by hand: written again, whatever was remembered
    second = {"index.md": "# Home\n", "explainers/new/index.md": "# New, revised\n", "topics/peace.md": "# Peace\n"}
    written, deleted = write_pages(second, docs, previous=first if remembered else None)

    assert written == ["explainers/new/index.md", "topics/peace.md"]
    assert deleted == ["explainers/old/data/timeline.csv", "explainers/old/index.md", "people/ashraf-ghani.md"]
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()) == [
        "assets/explainer.css",
        "explainers/new/index.md",
        "index.md",
        "topics/peace.md",
    ]
    assert not (docs / "explainers" / "old").exists() and not (docs / "people").exists()
    assert (docs / "index.md").stat().st_mtime == 0
    assert (docs / "explainers/new/index.md").read_text(encoding="utf-8") == "# New, revised\n"

    remove_generated(docs)
    assert [p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()] == ["assets/explainer.css"]


def test_git_ignores_everything_the_generator_writes():
    """Generated pages are rebuilt from data: none may be committed by accident."""
    paths = [f"docs/{owned}" + ("" if "." in owned else "/") for owned in GENERATED]
    result = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True)
    assert sorted(result.stdout.split()) == sorted(paths)
