"""The table of record kinds is the one place a kind is declared: every stage reads it.

Each test walks the table, so a new row is checked by all of them without a new test."""

from __future__ import annotations

import pytest

from generator.build import build, check
from generator.kinds import KINDS, Kind
from generator.pages import GENERATED, record_page
from generator.problems import DataError
from generator.scaffold import scaffold
from generator.schema import json_schemas, schema_line
from tests.site import ROOT

KIND_IDS = [kind.folder for kind in KINDS]


@pytest.fixture(scope="module")
def reference():
    return build(ROOT, write=False)


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_every_kind_is_loaded_from_its_folder(kind: Kind):
    dataset = check(ROOT)
    on_disk = {path.stem for path in (ROOT / "data" / kind.folder).glob("*.yml")}
    assert on_disk and set(dataset.records[kind.folder]) == on_disk


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_every_kind_has_a_schema_that_its_files_name(kind: Kind):
    assert kind.schema_file in json_schemas()
    assert schema_line(kind).endswith(f"schema/{kind.schema_file}")


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_every_kind_is_described_on_the_how_to_edit_page(kind: Kind, reference):
    how_to_edit = reference.pages["how-to-edit.md"]
    assert f"## {kind.title}\n\nOne file per entry in data/{kind.folder}/" in how_to_edit
    assert (f"python -m generator new {kind.noun} ID" in how_to_edit) == kind.scaffold


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind.scaffold], ids=lambda kind: kind.folder)
def test_every_kind_that_can_be_started_gets_a_file_flagged_until_filled(kind: Kind, project):
    path = scaffold(project, kind, "something-new")
    assert path == project / "data" / kind.folder / "something-new.yml"
    with pytest.raises(DataError) as failed:
        check(project)
    assert {problem.path for problem in failed.value.problems} == {f"data/{kind.folder}/something-new.yml"}


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind.page], ids=lambda kind: kind.folder)
def test_every_record_with_a_page_gets_it_at_the_address_of_the_table(kind: Kind, reference):
    record_id = sorted((ROOT / "data" / kind.folder).glob("*.yml"))[0].stem
    page, _, anchor = record_page(kind, record_id).partition("#")
    assert page in reference.pages and page.split("/")[0] in GENERATED
    assert not anchor or f"{{ #{anchor} }}" in reference.pages[page]
