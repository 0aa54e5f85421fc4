"""Building the site needs none of the authoring packages: the deploy installs requirements/site.txt
alone, and an authoring command run without them says, in one line, how to install them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.site import ROOT, copy_project

AUTHORING = (
    "trafilatura",
    "lxml_html_clean",
    "countryinfo",
    "pycountry",
    "nameparser",
    "names",
    "wordfreq",
    "lemminflect",
)
# Run Python as the site's environment would be: the authoring packages cannot be imported.
WITHOUT_AUTHORING = f"""
import sys, runpy
class Missing:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {AUTHORING!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
sys.meta_path.insert(0, Missing())
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def pinned(name: str) -> set[str]:
    lines = (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines()
    return {line.split("==")[0].lower() for line in lines if "==" in line}


def without_authoring(project: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_AUTHORING, *argv],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )


def test_the_site_pins_no_authoring_package_and_the_authoring_pins_hold_them():
    assert not pinned("site.txt") & set(AUTHORING)
    assert set(AUTHORING) <= pinned("author.txt")


def test_the_site_builds_and_checks_without_the_authoring_packages(tmp_path):
    project = copy_project(tmp_path / "project")
    built = without_authoring(project, "mkdocs", "build", "--strict")
    assert built.returncode == 0, built.stderr
    assert (project / "site" / "explainers" / "moscow-talks-2019" / "index.html").is_file()
    checked = without_authoring(project, "generator", "check")
    assert checked.returncode == 0, checked.stderr


def test_an_authoring_command_without_its_packages_says_how_to_install_them(tmp_path):
    project = copy_project(tmp_path / "project")
    drafted = without_authoring(project, "generator", "draft", "rferl-2019-05-28", "--slug", "again")
    assert drafted.returncode == 2 and "Traceback" not in drafted.stderr
    [line] = drafted.stderr.splitlines()
    assert "is not installed" in line and "./run generator" in line and "requirements/author.txt" in line
