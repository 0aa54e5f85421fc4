from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.corpus import Corpus
from tests.site import ROOT, chromium, copy_project, mkdocs, serve

COLLECTION_SIZE = 3  # explainers in the built site: the reference one and two synthetic ones


class _WorkersSummaries:
    """Under pytest-xdist, the summary lines each worker's tests reported (tests/test_html.py's report),
    printed by the controller at the end of the run."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def pytest_testnodedown(self, node, error) -> None:
        self.lines += node.workeroutput.get("summary", [])

    def pytest_terminal_summary(self, terminalreporter) -> None:
        for line in self.lines:
            terminalreporter.write_line(line)


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("xdist") and not hasattr(config, "workeroutput"):
        config.pluginmanager.register(_WorkersSummaries(), "workers-summaries")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that drives Chromium is marked `browser`, so `-m "not browser"` runs without it."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--refresh-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output instead of comparing",
    )


def data_copy(target: Path) -> Path:
    """A copy of the data and templates in `target`, with an empty docs/: enough for `build`."""
    for folder in ("data", "templates"):
        shutil.copytree(ROOT / folder, target / folder)
    (target / "docs").mkdir()
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of the data and templates, for tests that edit data."""
    return data_copy(tmp_path / "project")


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the whole project holding a collection, built once with `mkdocs build --strict`.

    Its data is the reference explainer with its registry, plus synthetic explainers drawing on a
    registry shared with it (tests/corpus.py), so every page test covers a collection's pages too.
    """
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    shutil.rmtree(project / "data")
    Corpus(COLLECTION_SIZE, project).write()
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return project


@pytest.fixture(scope="session")
def site(built_project: Path):
    """The built site, served on 127.0.0.1: its base URL."""
    with serve(built_project / "site") as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the session's browser tests."""
    with chromium() as browser:
        yield browser
