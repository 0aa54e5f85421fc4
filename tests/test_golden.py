"""Golden files: the generated Markdown and open data of the reference explainer, compared line by line.

Each page is cut into its features, each a golden file and a test of its own, so that a failure
names what changed: the page's text (`history.md`), its JSON-LD (`history.md.jsonld.json`) and its
graphic (`history.md.graphic.html`), each laid out one item a line for a readable diff; an open
data file in JSON is indented. Refresh with `./run golden` and review the diff like code.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from generator.build import build
from tests.site import ROOT

GOLDEN = Path(__file__).parent / "golden"
JSON_LD = re.compile(r'\n*<script type="application/ld\+json">\n(.*?)\n</script>\n?', re.S)
GRAPHIC = re.compile(r'<figure class="(?:whos-who|timeline-graphic)".*?</figure>', re.S)
MARK = re.compile(r"(?<!\n)(<(?:g|circle|a|span) )")  # each of a graphic's marks on a line of its own


def features(relative: str, content: str) -> dict[str, str]:
    """A generated file cut into its features: golden file name -> text."""
    if relative.endswith(".json"):
        return {relative: _indented(content)}
    if not relative.endswith(".md"):
        return {relative: content}
    found = {}
    ld = [_indented(block) for block in JSON_LD.findall(content)]
    if ld:
        found[f"{relative}.jsonld.json"] = "".join(ld)
    graphics = GRAPHIC.findall(content)
    if graphics:
        found[f"{relative}.graphic.html"] = "".join(MARK.sub(r"\n\1", graphic) + "\n" for graphic in graphics)
    text = GRAPHIC.sub("<!-- graphic: see the .graphic.html golden file -->", JSON_LD.sub("\n", content))
    return {relative: text, **found}


def _indented(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n"


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    """Every feature of the generated text (pictures are checked by test_share.py)."""
    found: dict[str, str] = {}
    for relative, content in build(ROOT, write=False).pages.items():
        if isinstance(content, str):
            found |= features(relative, content)
    return found


def test_the_golden_files_are_the_generated_features(generated, request):
    if request.config.getoption("--refresh-golden"):
        for stale in [path for path in GOLDEN.rglob("*") if path.is_file()]:
            stale.unlink()
        for relative, content in generated.items():
            (GOLDEN / relative).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / relative).write_text(content, encoding="utf-8")
    expected = sorted(path.relative_to(GOLDEN).as_posix() for path in GOLDEN.rglob("*") if path.is_file())
    assert sorted(generated) == expected, "pages or features were added or removed: run ./run golden"


@pytest.mark.parametrize(
    "relative", sorted(path.relative_to(GOLDEN).as_posix() for path in GOLDEN.rglob("*") if path.is_file())
)
def test_each_feature_matches_its_golden_file(generated, relative, request):
    if request.config.getoption("--refresh-golden"):
        pytest.skip("the golden files were just rewritten")
    expected = (GOLDEN / relative).read_text(encoding="utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            generated.get(relative, "").splitlines(keepends=True),
            f"golden/{relative}",
            f"generated/{relative}",
        )
    )
    assert not diff, f"{relative} differs from its golden file (./run golden to accept):\n{diff}"
