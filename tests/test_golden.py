"""Golden files: the generated Markdown and open data of the reference explainer, compared line by line.

Refresh with `./run golden` and review the diff like code.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from generator.build import build
from tests.site import ROOT

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """The generated text (pictures are checked by test_share.py)."""
    return {path: content for path, content in build(ROOT, write=False).pages.items() if isinstance(content, str)}


def test_generated_pages_match_the_golden_files(pages, request):
    if request.config.getoption("--refresh-golden"):
        for stale in [path for path in GOLDEN.rglob("*") if path.is_file()]:
            stale.unlink()
        for relative, content in pages.items():
            (GOLDEN / relative).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / relative).write_text(content, encoding="utf-8")
    expected = {
        path.relative_to(GOLDEN).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(GOLDEN.rglob("*"))
        if path.is_file()
    }
    assert sorted(pages) == sorted(expected), "pages were added or removed: run ./run golden"
    for relative in sorted(pages):
        diff = "".join(
            difflib.unified_diff(
                expected[relative].splitlines(keepends=True),
                pages[relative].splitlines(keepends=True),
                f"golden/{relative}",
                f"generated/{relative}",
            )
        )
        assert not diff, f"{relative} differs from its golden file (./run golden to accept):\n{diff}"
