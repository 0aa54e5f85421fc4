"""Helpers shared by the tests and the screenshot script: build a copy of the project, serve it,
and drive Debian's Chromium with Playwright."""

from __future__ import annotations

import contextlib
import functools
import http.client
import http.server
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from generator.write import remove_generated

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_SKIP = shutil.ignore_patterns(".git", ".venv", "site", "__pycache__", ".pytest_cache", ".hypothesis", "node_modules")


def copy_project(target: Path, source: Path = ROOT) -> Path:
    """A copy of the project's sources (no build output, no generated pages) in `target`."""
    shutil.copytree(source, target, ignore=_SKIP)
    remove_generated(target / "docs")
    return target


def mkdocs(
    project: Path, *args: str, one_core: bool = False, through: Sequence[str] = ()
) -> subprocess.CompletedProcess:
    """Run `mkdocs` from the test environment in `project`, capturing its output; on one of the machine's
    cores if asked (Linux's taskset), where the build renders every page in one process; `through` a
    command that runs the rest of its arguments (a shell that closes a stream first)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    on_one = ["taskset", "-c", str(min(os.sched_getaffinity(0)))] if one_core else []
    return subprocess.run(
        [*through, *on_one, sys.executable, "-m", "mkdocs", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 at a free port; yield the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str) -> tuple[int, str]:
    """A page of a server on this machine: its status and its text."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", errors="replace")
    finally:
        connection.close()


@dataclass
class Served:
    """`mkdocs serve` running on a project, as `./run serve` runs it."""

    port: int
    process: subprocess.Popen
    log: Path  # what the server printed

    def page(self, path: str, words: str, timeout: float = 120) -> str:
        """The page once it shows `words`: what an editor sees after saving a file."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            assert self.process.poll() is None, "mkdocs serve stopped"
            try:
                status, body = fetch(self.port, path)
                if status == 200 and words in body:
                    return body
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"{path} never showed {words!r}")


def start_mkdocs_serve(project: Path, port: int, env: dict[str, str], stderr: IO[bytes]) -> subprocess.Popen[bytes]:
    """`mkdocs serve --dirty`, as `./run serve` runs it, that stops on Ctrl-C (see stop_mkdocs_serve). A
    process started in the background ignores Ctrl-C, and so would the server it starts: not this one."""
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if ignored:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        return subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    finally:
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def stop_mkdocs_serve(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C, as an editor stops it: MkDocs then removes the site it built in a temporary folder, which it
    leaves behind when terminated."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def mkdocs_serve(project: Path) -> Iterator[Served]:
    port = free_port()
    log = project.parent / f"{project.name}-serve.log"
    with log.open("wb") as output:
        process = start_mkdocs_serve(project, port, {**os.environ, "NO_MKDOCS_2_WARNING": "1"}, output)
        try:
            yield Served(port, process, log)
        finally:
            stop_mkdocs_serve(process)


@contextlib.contextmanager
def chromium() -> Iterator:
    """A headless Debian Chromium driven by Playwright (which never downloads a browser here)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


RESULTS = ".md-search-result__list"


def type_search(page, query: str, delay: float = 30) -> None:
    """Type `query` into the page's search as a reader would, and wait until the search lists the results
    of the whole query, not of the letters typed before it, which a busy machine may show first
    (docs/assets/search.js says which query its list shows)."""
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially(query, delay=delay)
    page.wait_for_function(f"query => document.querySelector('{RESULTS}').dataset.query === query", arg=query)


def search(browser, site: str, query: str) -> list[str]:
    """Type `query` into the site's search as a reader would; the addresses of the results."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site, wait_until="networkidle")
    type_search(page, query)
    links = page.locator(f"{RESULTS} .md-search-result__item a").evaluate_all("links => links.map(link => link.href)")
    page.close()
    return links
