"""Every class of editing mistake gives located, plain messages: cases kept as data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.build import check
from generator.problems import DataError

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "bad_data.yml").read_text(encoding="utf-8"))


def apply_edit(project: Path, edit: dict) -> None:
    path = project / edit["file"]
    if "replace" in edit:
        text = path.read_text(encoding="utf-8")
        assert text.count(edit["replace"]) >= 1, f"the case no longer matches {edit['file']}"
        path.write_text(text.replace(edit["replace"], edit["with"], 1), encoding="utf-8")
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
