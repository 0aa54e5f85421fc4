"""The draft preview: under `mkdocs serve` each draft is a page of its own (its open items linked to
their lines, its source's cited passages marked), and a data problem shows as a page while the last
good pages stay; `mkdocs build` never publishes a preview."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time

from tests.site import copy_project, mkdocs

DRAFT = """title: "FILL IN: the headline of the explainer"
summary:
  text: A Taliban delegation met Afghan politicians in Moscow.
  cite:
    - source: rferl-2019-05-28
      quote: "Taliban delegates and Afghan politicians"
sources: [rferl-2019-05-28]
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", errors="replace")
    finally:
        connection.close()


def wait_for(port: int, path: str, words: str, server: subprocess.Popen, timeout: float = 120) -> str:
    """The page once it shows `words`: what an editor sees after saving a file."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        assert server.poll() is None, "mkdocs serve stopped"
        try:
            status, body = fetch(port, path)
            if status == 200 and words in body:
                return body
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{path} never showed {words!r}")


def test_serve_previews_drafts_and_problems_and_build_never_publishes_them(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data" / "drafts").mkdir()
    (project / "data" / "drafts" / "moscow-draft.yml").write_text(DRAFT, encoding="utf-8")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        preview = wait_for(port, "/drafts/moscow-draft/", "Preview of data/drafts/moscow-draft.yml", server)
        assert "1 item left to fill in" in preview
        assert 'href="../moscow-draft-file/#L1"' in preview  # the headline to fill in, linked to its line
        assert "<mark>Taliban delegates and Afghan politicians</mark>" in preview
        assert "Not yet cited: </span>" in preview  # the article's other paragraphs
        file_page = wait_for(port, "/drafts/moscow-draft-file/", 'id="L1"', server)
        assert "preview-file__line--open" in file_page

        explainer = project / "data" / "explainers" / "moscow-talks-2019.yml"
        text = explainer.read_text(encoding="utf-8")
        explainer.write_text(text.replace("title: The Moscow talks", "title: FILL IN the Moscow talks", 1))
        problems = wait_for(port, "/drafts/problems/", "still holds its placeholder", server)
        assert "data/explainers/moscow-talks-2019.yml:" in problems
        status, overview = fetch(port, "/explainers/moscow-talks-2019/")
        assert status == 200 and "The Moscow talks" in overview  # the last good page stays
    finally:
        server.terminate()
        server.wait(timeout=30)

    explainer.write_text(text, encoding="utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert not (project / "docs" / "drafts").exists() and not (project / "site" / "drafts").exists()
