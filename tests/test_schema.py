"""The JSON Schemas editors' tools use are current, and every data file points to its own."""

from __future__ import annotations

import json

import pytest

from generator.kinds import KINDS
from generator.schema import json_schemas, schema_line
from tests.site import ROOT


def test_committed_schemas_match_the_models():
    for name, content in json_schemas().items():
        committed = ROOT / "schema" / name
        assert committed.is_file() and committed.read_text(encoding="utf-8") == content, (
            f"schema/{name} is out of date: run python -m generator schema"
        )


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.folder)
def test_every_data_file_starts_with_its_schema_line(kind):
    files = sorted((ROOT / "data" / kind.folder).glob("*.yml"))
    assert files
    for path in files:
        assert path.read_text(encoding="utf-8").splitlines()[0] == schema_line(kind), path


def test_schemas_describe_closed_sets_and_forbid_unknown_fields():
    explainer = json.loads(json_schemas()["explainer.json"])
    issue = explainer["$defs"]["NegotiationIssue"]
    assert issue["additionalProperties"] is False
    status = explainer["$defs"]["StatusAsOf"]
    assert status["additionalProperties"] is False
    assert status["properties"]["status"]["enum"] == [
        "agreed",
        "draft-agreement",
        "slow-progress",
        "stalled",
        "not-started",
        "committed",
        "under-review",
        "met",
        "not-met",
        "disputed",
    ]
    kind = explainer["$defs"]["Event"]["properties"]["kind"]
    assert kind["enum"] == ["meeting", "agreement", "announcement", "ruling", "election", "other"]
    assert kind["default"] == "meeting"
