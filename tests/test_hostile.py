"""Hostile text in every plain-text field of the data never becomes live HTML in the built site.

A full copy of the project has every plain-text field of every data file replaced by an XSS
payload (ids, references, citation quotes, sources, dates, urls, numbers and enums untouched, so
the data still passes the check), is built with `mkdocs build --strict`, and every built page
and the search index are inspected.
"""

from __future__ import annotations

import itertools
import json
import re
import typing
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from generator import models
from generator.build import check
from generator.load import load_file
from generator.models import PartyRole
from generator.models.base import _clean_text
from generator.models.claims import _note_from_text
from tests.site import RESULTS, copy_project, mkdocs, serve, type_search

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    '{: onclick="alert(1)" }',
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
]
SCRIPT = PAYLOADS[0]


def _holds_text(annotation: typing.Any) -> bool:
    """Whether an annotation is plain text (models.Text), or holds it (a list of it, a note that may
    be written as plain text)."""
    for meta in getattr(annotation, "__metadata__", ()):
        if getattr(meta, "func", None) in (_clean_text, _note_from_text):
            return True
    return any(_holds_text(arg) for arg in typing.get_args(annotation))


# Fields that hold plain text, read from the models; a list under one of them holds plain-text items.
TEXT_FIELDS = {
    name
    for model in vars(models).values()
    if isinstance(model, type) and issubclass(model, BaseModel)
    for name, info in model.model_fields.items()
    if _holds_text(typing.Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation)
} | {"inferred"}  # a date's reason, written in words: `{date: ..., inferred: why}`
# A quote and a quotation's words must stand in the stored source (checked), so they stay as they are.
TEXT_FIELDS -= {"quote", "words"}
# A party's `role` is a closed set (host, delegation, ...), not text; a member's `role` is text.
PARTY_ROLES = set(typing.get_args(PartyRole))


class Payload(str):
    """A payload in place of a plain-text value; written as a double-quoted YAML string."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    Payload, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style='"')
)


class Payloads:
    """Hands out the payloads in turn (so they vary across fields), counting them."""

    def __init__(self):
        self._cycle = itertools.cycle(PAYLOADS)
        self.replaced = 0

    def __call__(self) -> Payload:
        self.replaced += 1
        return Payload(next(self._cycle))


def poison(value, payloads: Payloads):
    """`value` with every plain-text field (by name) replaced by a payload."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key in TEXT_FIELDS and isinstance(item, str) and not (key == "role" and item in PARTY_ROLES):
                result[key] = payloads()
            elif key in TEXT_FIELDS and isinstance(item, list) and all(isinstance(x, str) for x in item):
                result[key] = [payloads() for _ in item]
            else:
                result[key] = poison(item, payloads)
        return result
    if isinstance(value, list):
        return [poison(item, payloads) for item in value]
    return value


def poison_project(project: Path) -> Payloads:
    """Poison every data file in place; check that nothing but the plain-text fields changed."""
    payloads, replay = Payloads(), Payloads()
    for path in sorted((project / "data").rglob("*.yml")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path
        # As the generator reads it, with the same payloads in the same places.
        expected = poison(load_file(path, project).data, replay)
        data = poison(yaml.safe_load(text), payloads)
        dumped = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=float("inf"))
        path.write_text(first + "\n" + dumped, encoding="utf-8")
        assert load_file(path, project).data == expected, path
    return payloads


class Page(HTMLParser):
    """Every element with its attributes, every script (its type and text), and the page's text."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[tuple[str, str]] = []
        self.text = ""
        self._script: str | None = None  # the type of the script being read
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        if tag == "script":
            self._script = (dict(attrs).get("type") or "").strip().lower()
            self.scripts.append((self._script, ""))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)
        else:
            self.text += data


def live_html(site: Path) -> list[str]:
    """Every piece of markup in the built pages that a payload could have made live."""
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 7
    problems = []
    for path in pages:
        problems += live_markup(path.relative_to(site).as_posix(), path.read_text(encoding="utf-8"))
    return problems


def live_markup(relative: str, markup: str) -> list[str]:
    """Every script, element or attribute in `markup` that a payload could have made live."""
    problems = []
    page = Page(markup)
    for kind, script in page.scripts:
        if kind == "application/ld+json":
            # Data, not code: it holds text from data, but must be JSON with every '<' escaped,
            # so that no '</script>' in the text can end it and start live markup.
            json.loads(script)
            if "<" in script:
                problems.append(f"{relative}: unescaped '<' in JSON-LD: {script.strip()[:200]!r}")
        elif "alert(" in script:
            problems.append(f"{relative}: live <script> running {script.strip()[:60]!r}")
    for tag, attrs in page.elements:
        if tag == "iframe":  # the theme uses none: any iframe comes from data
            problems.append(f"{relative}: live <iframe> from data: {attrs}")
        if tag == "svg" and "viewbox" not in dict(attrs):  # the theme's icons all have a viewBox
            problems.append(f"{relative}: live <svg> from data: {attrs}")
        if tag == "img" and ("src", "x") in attrs:
            problems.append(f"{relative}: live <img> from data: {attrs}")
        for name, value in attrs:
            if name.lower().startswith("on"):
                problems.append(f"{relative}: <{tag}> with event handler {name}={value!r}")
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href") and re.sub(
                r"\s", "", value or ""
            ).lower().startswith("javascript:"):
                problems.append(f"{relative}: <{tag} {name}={value!r}>")
    return problems


def test_every_text_field_of_the_models_is_poisoned():
    assert {"title", "text", "description", "name", "aliases", "note", "caveat", "label", "context"} <= TEXT_FIELDS
    assert not TEXT_FIELDS & {"id", "source", "quote", "url", "date", "as_of", "status", "speaker", "person"}


@pytest.fixture(scope="module")
def poisoned_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project with every plain-text field of every data file poisoned, built with `mkdocs build --strict`."""
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    payloads = poison_project(project)
    assert payloads.replaced > 100  # every plain-text field of every file
    check(project)  # ids, references, quotes, dates and enums are intact
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_hostile_text_never_becomes_live_html(poisoned_site):
    problems = live_html(poisoned_site)
    assert problems == [], "\n".join(problems)
    # Escaped, not deleted: the payloads are on the overview page as characters.
    overview = Page((poisoned_site / "explainers/moscow-talks-2019/index.html").read_text(encoding="utf-8"))
    for payload in PAYLOADS:
        assert payload in overview.text, payload


def test_hostile_text_in_search_results_stays_text(poisoned_site, browser):
    """Search results show the page's words from the index: a reader searching sees the payloads as text."""
    with serve(poisoned_site) as base:
        page = browser.new_page()
        alerts: list[str] = []
        page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
        page.goto(base + "explainers/moscow-talks-2019/", wait_until="networkidle")
        type_search(page, "alert")
        results = page.locator(RESULTS)
        html, text = results.inner_html(), results.inner_text()
        page.close()
    assert live_markup("search results", html) == []
    assert "<script>alert(1)</script>" in text and alerts == []
