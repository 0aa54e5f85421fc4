"""Rewrite the `expect` lines of tests/cases/bad_data.yml from what `check` says now.

.venv/bin/python -m tests.refresh_cases     (then review the diff like code)
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

import yaml

from generator.build import check
from generator.problems import DataError
from tests.site import ROOT
from tests.test_bad_data import apply_edit

CASES = ROOT / "tests" / "cases" / "bad_data.yml"


def report(case: dict) -> list[str]:
    with tempfile.TemporaryDirectory() as temporary:
        project = Path(temporary)
        shutil.copytree(ROOT / "data", project / "data")
        apply_edit(project, case["edit"])
        try:
            check(project)
        except DataError as error:
            return [str(problem) for problem in error.problems]
    return []


def main() -> None:
    text = CASES.read_text(encoding="utf-8")
    cases = yaml.safe_load(text)
    header, *blocks = re.split(r"(?m)^(?=- name: )", text)
    assert len(blocks) == len(cases)
    lines = [header.rstrip("\n")]
    for block, case in zip(blocks, cases, strict=True):
        lines.append(block[: block.index("\n  expect:")])  # the case as written, up to what it expects
        lines.append("  expect:")
        lines += ["    - " + json.dumps(found, ensure_ascii=False) for found in report(case)]
    CASES.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
