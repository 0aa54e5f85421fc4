"""`draft accept SLUG`: the kept proposals become registry records with their cited statements,
records the explainer needs on its date get a statement to fill in, the draft moves to
data/explainers/ without git, and what is left is listed; a clash or a broken draft changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.__main__ import main
from generator.load import load_file

ARTICLE = (
    "KABUL, Afghanistan (Test Wire) - A Taliban delegation met Zorab Tellhani, a senior fellow at the Kabul "
    "Policy Institute, on Monday, the group said.\n"
    "\u201cWe will keep talking until there is peace,\u201d Tellhani said after the meeting in Kabul.\n"
    "The talks were the first of their kind since the Taliban opened an office in Qatar.\n"
)


def run(project: Path, *argv: str) -> int:
    return main([*argv, "--root", str(project)])


def drafted(project: Path, published: str = "2015-03-02") -> Path:
    folder = project / "data" / "sources"
    (folder / "wire-2015.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "wire-2015.yml").write_text(
        f"outlet: Test Wire\nurl: https://example.org/wire\npublished: {published}\n", encoding="utf-8"
    )
    assert run(project, "draft", "wire-2015", "--slug", "kabul-talks") == 0
    return project / "data" / "drafts" / "kabul-talks.yml"


def test_accept_writes_the_kept_records_moves_the_draft_and_lists_what_is_left(project, capsys):
    draft = drafted(project)
    proposed = yaml.safe_load(draft.read_text(encoding="utf-8"))["proposed_records"]
    assert {"person": "zorab-tellhani"} in [{"person": r.get("person")} for r in proposed]
    capsys.readouterr()

    assert run(project, "draft", "accept", "kabul-talks") == 0
    out = capsys.readouterr().out
    explainer = project / "data" / "explainers" / "kabul-talks.yml"
    assert explainer.is_file() and not draft.exists()
    text = explainer.read_text(encoding="utf-8")
    assert "proposed_records" not in text and "A draft written by" not in text
    assert text.startswith("# yaml-language-server: $schema=../../schema/explainer.json\n")
    person = load_file(project / "data" / "people" / "zorab-tellhani.yml", project).data
    assert person["name"] == "Zorab Tellhani"
    # Proposed from the article's own apposition, which its citation holds: kept unchanged, nothing to write.
    assert person["statements"][0]["text"] == "A senior fellow at the Kabul Policy Institute."
    assert "a senior fellow at the Kabul Policy Institute" in person["statements"][0]["cite"][0]["quote"]
    assert person["statements"][0]["cite"][0]["source"] == "wire-2015"
    assert "wrote data/people/zorab-tellhani.yml" in out
    # The Taliban's record says nothing known in March 2015 (its statements cite a 2019 article):
    # the explainer could not link it, so it gets a statement to fill in, dated by the new source.
    taliban = load_file(project / "data" / "organisations" / "taliban.yml", project).data
    added = taliban["statements"][-1]
    assert added["text"].startswith("FILL IN") and added["cite"][0]["source"] == "wire-2015"
    assert added["cite"][0]["review"] is True
    assert "added to data/organisations/taliban.yml a statement" in out
    assert "Left to fill in or review" in out and "data/explainers/kabul-talks.yml:2: title:" in out

    assert run(project, "check") == 1  # every FILL IN and review mark, located
    err = capsys.readouterr().err
    assert "data/explainers/kabul-talks.yml:2:" in err and "data/organisations/taliban.yml:" in err


def test_accept_refuses_a_proposed_id_that_exists_and_changes_nothing(project, capsys):
    draft = drafted(project)
    (project / "data" / "people" / "zorab-tellhani.yml").write_text("name: Someone else\n", encoding="utf-8")
    before = draft.read_bytes()
    capsys.readouterr()
    assert run(project, "draft", "accept", "kabul-talks") == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "data/people/zorab-tellhani.yml already exists" in err
    assert draft.read_bytes() == before and not (project / "data" / "explainers" / "kabul-talks.yml").exists()


def test_accept_refuses_a_draft_that_no_longer_parses(project, capsys):
    draft = drafted(project)
    draft.write_text(draft.read_text(encoding="utf-8").replace("title:", "title: [", 1), encoding="utf-8")
    capsys.readouterr()
    assert run(project, "draft", "accept", "kabul-talks") == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert re.search(r"data/drafts/kabul-talks.yml no longer parses: line \d+: YAML syntax", err)
    assert draft.exists() and not (project / "data" / "explainers" / "kabul-talks.yml").exists()


def test_accept_without_a_draft_says_how_to_write_one(project, capsys):
    assert run(project, "draft", "accept", "nothing-here") == 2
    assert "there is no data/drafts/nothing-here.yml" in capsys.readouterr().err


def test_accept_names_the_files_whose_claims_cite_nothing_yet_with_the_command_to_cite_them(project, capsys):
    draft = drafted(project)
    text = draft.read_text(encoding="utf-8")
    # The editor wrote a claim of their own, and a new term, without citations: cite --fill is for them.
    text = text.replace("\nfigures:", "\ndek:\n  text: The Taliban met a Kabul think tank's fellow.\nfigures:", 1)
    text, listed = re.subn(r"^glossary: \[(.+)\]$", r"glossary: [\1, peace-talks]", text, count=1, flags=re.M)
    assert listed == 1, "the draft lists no glossary"
    text += "  - term: peace-talks\n    name: peace talks\n    definitions:\n"
    text += "      - text: Talks until there is peace.\n"
    draft.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert run(project, "draft", "accept", "kabul-talks") == 0
    out = capsys.readouterr().out
    assert "Claims that cite nothing yet" in out
    assert "python -m generator cite --fill data/explainers/kabul-talks.yml  (1 claim)" in out
    assert "python -m generator cite --fill data/glossary/peace-talks.yml  (1 claim)" in out
    assert "Nothing left to fill in" not in out
