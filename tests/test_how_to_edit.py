"""The "How to edit" page tells editors the truth: every field says what it holds, with an example
that the models accept and whose quotes the reference source holds; the YAML it shows is valid; and
its walk-through runs, command by command, as written."""

from __future__ import annotations

import html
import re
import shlex
import shutil
import typing
from pathlib import Path
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, TypeAdapter

from generator import models
from generator.__main__ import main
from generator.build import build, check
from generator.load import load_file
from generator.quotes import normalise
from generator.render.labels import attributed
from generator.yaml_writer import flow
from tests.site import ROOT

MODELS = sorted(
    {value for value in vars(models).values() if isinstance(value, type) and issubclass(value, models.Model)}
    - {models.Model},
    key=lambda model: model.__name__,
)
FIELDS = [(model, name) for model in MODELS for name in model.model_fields]
# A row of a field table: name, required, type, what it holds.
ROW = re.compile(r"<tr><td>([^<]*)</td><td>(?:yes|no)</td><td>[^<]*</td><td>(.*?)</td></tr>")


@pytest.fixture(scope="module")
def page() -> str:
    return build(ROOT, write=False).pages["how-to-edit.md"]


def section(page: str, heading: str) -> str:
    return page.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def yaml_blocks(text: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)


def loaded(tmp_path: Path, text: str) -> Any:
    """YAML as the project's loader reads it (dates stay as written)."""
    path = tmp_path / "data" / "example.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return load_file(path, tmp_path).data


def test_every_row_of_every_table_says_what_the_field_holds_with_an_example(page):
    rows = ROW.findall(page)
    assert len(rows) == page.count("<tr><td>") > 100
    unexplained = [name for name, what in rows if not re.fullmatch(r"\S[^<]*\.<br>Example: <code>[^<]+</code>", what)]
    assert not unexplained, f"fields without a description or an example on How to edit: {unexplained}"


@pytest.mark.parametrize(("model", "name"), FIELDS, ids=[f"{model.__name__}.{name}" for model, name in FIELDS])
def test_every_field_of_every_model_is_described_with_an_example_it_accepts(model: type[BaseModel], name: str):
    info = model.model_fields[name]
    assert info.description, f"{model.__name__}.{name} has no description"
    assert info.examples, f"{model.__name__}.{name} has no example"
    field_type = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    accepts = TypeAdapter(field_type)  # the field's type and its constraints
    for example in info.examples:
        accepts.validate_python(example, strict=True)


def test_the_examples_quote_the_reference_source_word_for_word():
    text = (ROOT / "data" / "sources" / f"{models.EXAMPLE_SOURCE}.txt").read_text(encoding="utf-8")
    paragraphs = [normalise(line) for line in text.splitlines()]
    quotes = [quote for model, name in FIELDS for quote in _quotes(model.model_fields[name].examples)]
    assert quotes
    assert not [quote for quote in quotes if not any(normalise(quote) in paragraph for paragraph in paragraphs)]


def _quotes(value: Any) -> typing.Iterator[str]:
    if isinstance(value, dict):
        if "quote" in value and value.get("source") == models.EXAMPLE_SOURCE:
            yield value["quote"]
        for item in value.values():
            yield from _quotes(item)
    elif isinstance(value, list):
        for item in value:
            yield from _quotes(item)


def test_each_example_as_the_page_writes_it_reads_back_as_the_same_value(tmp_path):
    for model, name in FIELDS:
        for example in model.model_fields[name].examples or []:
            assert loaded(tmp_path, f"{name}: {flow(example)}\n") == {name: example}, (model.__name__, name)


def test_the_page_shows_an_event_of_every_kind_with_roles_that_fit(page, tmp_path):
    shown = section(page, "The event and its kind")
    kinds = set()
    for block in yaml_blocks(shown):
        data = loaded(tmp_path, block)
        event = models.Event.model_validate(data["event"], strict=True)
        kinds.add(event.kind)
        roles = TypeAdapter(models.PartyRole)
        assert data["attendance"] and all(roles.validate_python(party["role"]) for party in data["attendance"])
    assert kinds == set(typing.get_args(models.EventKind))
    for word in typing.get_args(models.PartyRole) + typing.get_args(models.IssueStatus):
        assert word in shown, f"{word} is not explained"


def test_the_according_to_example_is_valid_and_reads_as_the_page_says(page, tmp_path):
    shown = section(page, "Who says so: according to")
    (block,) = yaml_blocks(shown)
    (event,) = loaded(tmp_path, block)["timeline"]
    parsed = models.TimelineEvent.model_validate(event, strict=True)
    assert "according to" not in parsed.text
    reads = attributed(check(ROOT), parsed.text, parsed.according_to)
    assert f'reads "{reads}"' in " ".join(html.unescape(shown).split())


def test_the_walk_through_runs_as_written(project: Path, monkeypatch, capsys, page):
    """Each command of "Your first explainer", in its order, in a copy of the project, with a saved
    page; the editor's review between them is left out, so check ends with what is left to fill in."""
    commands = re.findall(r"`((?:python -m generator|\./run) [^`]+)`", section(page, "Your first explainer"))
    assert [shlex.split(command)[3:5] for command in commands if command.startswith("python")] == [
        ["source", "add"],
        ["draft", "ID"],
        ["draft", "accept"],
        ["cite", "ID"],
        ["cite", "--fill"],
        ["check"],
    ]
    assert commands[-1] == "./run serve"
    shutil.copy(ROOT / "tests" / "fixtures" / "pages" / "rferl.html", project / "page.html")
    monkeypatch.chdir(project)  # the commands run in the project's folder
    outputs = []
    for command in commands[:-1]:
        given = {"ID": "rferl-saved", "the words of your claim": "Russia hosted Taliban delegates"}
        argv = [given.get(word, word).replace("SLUG", "first-explainer") for word in shlex.split(command)[3:]]
        outputs.append((main(argv), capsys.readouterr()))
    codes = [code for code, _ in outputs]
    assert codes == [0, 0, 0, 0, 0, 1], outputs  # check: the FILL INs a review would have replaced
    assert outputs[0][1].out.startswith("wrote data/sources/rferl-saved.txt")
    assert outputs[1][1].out.startswith("wrote data/drafts/first-explainer.yml")
    assert outputs[2][1].out.startswith("wrote data/explainers/first-explainer.yml")
    assert outputs[3][1].out.startswith("cite:\n")
    assert outputs[4][1].out.startswith("data/explainers/first-explainer.yml: ")
    assert "FILL IN" in outputs[5][1].err
    assert not (project / "data" / "drafts" / "first-explainer.yml").exists()
