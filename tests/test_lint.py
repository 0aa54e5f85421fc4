"""The quality gate runs with the tests too: ruff (lint and format) and mypy --strict find nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.site import ROOT

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"]],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_the_quality_gate_finds_nothing(command):
    result = subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_does_catch_a_type_error(tmp_path):
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def half(n: int) -> int:\n    return n / 2\n", encoding="utf-8")
    result = subprocess.run([str(BIN / "mypy"), "--strict", str(wrong)], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1 and "Incompatible return value type" in result.stdout
