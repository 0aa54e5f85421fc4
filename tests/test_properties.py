"""Property tests of the whole pipeline: broken data gives only located user errors; any valid
text renders, escaped, on the page that shows it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build import build, check
from generator.models import PLACEHOLDER
from generator.problems import DataError
from generator.render.escape import md_text
from tests.site import ROOT

EXPLAINER = "data/explainers/moscow-talks-2019.yml"
FILES = [
    EXPLAINER,
    "data/people/hamid-karzai.yml",
    "data/people/abdul-ghani-baradar.yml",
    "data/glossary/ceasefire.yml",
    "data/glossary/intra-afghan-dialogue.yml",
    "data/sources/rferl-2019-05-28.yml",
]
ORIGINAL = {name: (ROOT / name).read_text(encoding="utf-8") for name in FILES}
PROBLEM = re.compile(r"[^:\n]+:\d+:\d+: error: .+")  # one line, as `check` prints it
DATE = re.compile(r"(?<=: )\d{4}(?:-\d{2}){0,2}$", re.M)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the data and templates, shared by the examples: each restores what it changed."""
    target = tmp_path_factory.mktemp("properties") / "project"
    for folder in ("data", "templates"):
        shutil.copytree(ROOT / folder, target / folder)
    (target / "docs").mkdir()
    return target


# --- a. broken data yields only located user errors -------------------------------------------


class Edit:
    """An editing mistake: what is done to a file's text, shown as such in hypothesis' reports."""

    def __init__(self, what: str, apply):
        self.what, self.apply = what, apply

    def __repr__(self) -> str:
        return self.what


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


@st.composite
def edits(draw, text: str) -> Edit:
    """A random editing mistake that can be applied to `text`."""
    count = len(_lines(text))
    line = st.integers(0, count - 1)
    any_char = st.characters(blacklist_categories=("Cs",))
    kind = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "truncate", "replace", "indent", "date"]))
    if kind == "delete":
        i = draw(line)
        return Edit(f"delete line {i + 1}", lambda t: "".join(_lines(t)[:i] + _lines(t)[i + 1 :]))
    if kind == "duplicate":
        i = draw(line)
        return Edit(f"duplicate line {i + 1}", lambda t: "".join(_lines(t)[: i + 1] + _lines(t)[i:]))
    if kind == "swap":
        i, j = draw(line), draw(line)

        def swap(t: str) -> str:
            lines = _lines(t)
            lines[i], lines[j] = lines[j], lines[i]
            return "".join(lines)

        return Edit(f"swap lines {i + 1} and {j + 1}", swap)
    if kind == "insert":
        at, char = draw(st.integers(0, len(text))), draw(any_char)
        return Edit(f"insert {char!r} at offset {at}", lambda t: t[:at] + char + t[at:])
    if kind == "truncate":
        at = draw(st.integers(0, len(text)))
        return Edit(f"truncate at offset {at}", lambda t: t[:at])
    if kind == "replace":
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 80)))
        new = draw(st.text(any_char, max_size=20))
        return Edit(f"replace {text[start:end]!r} at offset {start} with {new!r}", lambda t: t[:start] + new + t[end:])
    if kind == "indent":
        i, spaces = draw(line), draw(st.integers(0, 8))

        def indent(t: str) -> str:
            lines = _lines(t)
            lines[i] = " " * spaces + lines[i].lstrip(" ")
            return "".join(lines)

        return Edit(f"indent line {i + 1} by {spaces} spaces", indent)
    # An editor's typo in a date: another date-shaped value, quoted or not.
    dates = list(DATE.finditer(text))
    if not dates:
        return Edit("no change", lambda t: t)
    match = draw(st.sampled_from(dates))
    parts = draw(st.lists(st.integers(0, 99), max_size=2))  # months and days, real or not
    new = "-".join([f"{draw(st.integers(0, 9999)):04d}"] + [f"{part:02d}" for part in parts])
    new = f'"{new}"' if draw(st.booleans()) else new
    line_number = text[: match.start()].count("\n") + 1
    return Edit(
        f"date {match.group()} on line {line_number} -> {new}", lambda t: t[: match.start()] + new + t[match.end() :]
    )


def assert_located(root: Path, problems: list, what: str) -> None:
    """Each problem names an existing file, a line and column inside it, and fits on one line."""
    for problem in problems:
        target = root / problem.path
        assert target.is_file(), (what, str(problem))
        lines = len(target.read_text(encoding="utf-8").splitlines())
        assert 1 <= problem.line <= lines + 1, (what, str(problem))
        assert problem.column >= 1, (what, str(problem))
        assert PROBLEM.fullmatch(str(problem)), (what, str(problem))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_broken_data_yields_only_located_user_errors(root, data):
    name = data.draw(st.sampled_from(FILES), label="file")
    edit = data.draw(edits(ORIGINAL[name]), label="edit")
    what = f"{name}: {edit}"
    path = root / name
    path.write_bytes(edit.apply(ORIGINAL[name]).encode("utf-8"))
    try:
        try:
            check(root)
        except DataError as error:
            problems = error.problems
        else:
            problems = []
        assert_located(root, problems, what)
    finally:
        path.write_text(ORIGINAL[name], encoding="utf-8")


DATES = list(DATE.finditer(ORIGINAL[EXPLAINER]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(DATES),
    st.sampled_from([0, 1, 9999]) | st.integers(0, 9999),  # years at the edges too
    st.lists(st.integers(0, 99), max_size=2),
    st.booleans(),
)
def test_any_date_shaped_value_is_accepted_or_reported(root, match, year, parts, quoted):
    """Every date field of the explainer, given any YYYY[-MM[-DD]] value (real or not, quoted or
    not): the build either succeeds or reports located problems; it never crashes."""
    new = "-".join([f"{year:04d}"] + [f"{part:02d}" for part in parts])
    new = f'"{new}"' if quoted else new
    text = ORIGINAL[EXPLAINER]
    line = text[: match.start()].count("\n") + 1
    what = f"{EXPLAINER}:{line}: {match.group()} -> {new}"
    path = root / EXPLAINER
    path.write_text(text[: match.start()] + new + text[match.end() :], encoding="utf-8")
    try:
        try:
            build(root, write=False)
        except DataError as error:
            assert_located(root, error.problems, what)
    finally:
        path.write_text(text, encoding="utf-8")


# --- b. valid data renders, escaped ------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(
    lambda value: value.strip() and not " ".join(value.split()).startswith(PLACEHOLDER)
)

# Where each substituted text lives in the data, and the page that shows it.
SLUG = "moscow-talks-2019"
PLACES = {
    "explainer title": (EXPLAINER, ("title",), "index"),
    "summary text": (EXPLAINER, ("summary", "text"), "index"),
    "timeline title": (EXPLAINER, ("timeline", 1, "title"), "history"),
    "timeline text": (EXPLAINER, ("timeline", 3, "text"), "history"),  # one with no 'according to' added
    "timeline note": (EXPLAINER, ("timeline", 2, "note"), "history"),
    "party description": (EXPLAINER, ("attendance", 1, "description"), "attendees"),
    "figure label": (EXPLAINER, ("figures", 0, "label"), "index"),
    "figure caveat": (EXPLAINER, ("figures", 4, "caveat"), "index"),
    "party note": (EXPLAINER, ("attendance", 1, "note"), "attendees"),
    "inferred date's reason": (EXPLAINER, ("timeline", 0, "date", "inferred"), "history"),
    "reaction": (EXPLAINER, ("reactions", 0, "text"), "index"),
    "glossary definition": ("data/glossary/ceasefire.yml", ("definitions", 0, "text"), "glossary"),
    "person's statement": ("data/people/hamid-karzai.yml", ("statements", 0, "text"), "people/hamid-karzai.md"),
}


def _set(data, where: tuple, value: str) -> None:
    for part in where[:-1]:
        data = data[part]
    data[where[-1]] = value


class _Quoting(yaml.SafeDumper):
    """Writes every string double-quoted, so YAML 1.2 reads it back as text (`1e5`, `no`)."""


_Quoting.add_representer(str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"'))


def _dump(original: str, data) -> str:
    """The data as YAML, the schema comment first, as the files are written."""
    return (
        original.splitlines()[0]
        + "\n"
        + yaml.dump(data, Dumper=_Quoting, allow_unicode=True, sort_keys=False, width=float("inf"))
    )


# Texts the page shows after words of its own (escaped together: a leading '-' is no list marker there).
SHOWN_AFTER = {"inferred date's reason": "How the editors worked out the date: "}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries(dict.fromkeys(PLACES, TEXT)))
def test_valid_data_renders_every_text_escaped(root, texts):
    files = {name for name, _, _ in PLACES.values()}
    documents = {name: yaml.safe_load(ORIGINAL[name]) for name in files}
    for place, value in texts.items():
        name, where, _ = PLACES[place]
        _set(documents[name], where, value)
    try:
        for name, data in documents.items():
            (root / name).write_text(_dump(ORIGINAL[name], data), encoding="utf-8")
        result = build(root, write=False)
    finally:
        for name in files:
            (root / name).write_text(ORIGINAL[name], encoding="utf-8")
    pages = {
        f"explainers/{SLUG}/{page}.md" for page in ("index", "attendees", "history", "issues", "glossary", "sources")
    } | {"index.md"}
    assert pages <= set(result.pages)
    for page, markdown in result.pages.items():
        assert markdown.strip(), page
    for place, value in texts.items():
        _, _, page = PLACES[place]
        shown = page if page.endswith(".md") else f"explainers/{SLUG}/{page}.md"
        assert md_text(SHOWN_AFTER.get(place, "") + value) in result.pages[shown], (place, value)
