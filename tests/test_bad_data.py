"""Every class of editing mistake gives located, plain messages: cases kept as data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.build import check
from generator.problems import DataError

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "bad_data.yml").read_text(encoding="utf-8"))


def apply_edit(project: Path, edits: dict | list[dict]) -> None:
    for edit in edits if isinstance(edits, list) else [edits]:
        _apply(project, edit)


def _apply(project: Path, edit: dict) -> None:
    path = project / edit["file"]
    if "replace" in edit:
        text = path.read_text(encoding="utf-8")
        for old, new in [(edit["replace"], edit["with"]), *edit.get("and", [])]:
            assert text.count(old) >= 1, f"the case no longer matches {edit['file']}: {old!r}"
            text = text.replace(old, new, 1)
        path.write_text(text, encoding="utf-8")
    elif "write" in edit:
        path.write_text(edit["write"], encoding="utf-8")
    elif "write_latin1" in edit:
        path.write_bytes(edit["write_latin1"].encode("latin-1"))
    elif edit.get("delete"):
        path.unlink()


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_each_mistake_is_reported_exactly(case, project):
    apply_edit(project, case["edit"])
    with pytest.raises(DataError) as caught:
        check(project)
    assert [str(problem) for problem in caught.value.problems] == case["expect"]
