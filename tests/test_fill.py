"""`cite --fill FILE`: a claim that cites nothing gets its best passage, marked for review; `check`
names each mark until an editor deletes it; the rest of the file is left as the editor wrote it."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.quotes import normalise

EXPLAINER = Path("data") / "explainers" / "moscow-talks-2019.yml"
SOURCE = Path("data") / "sources" / "rferl-2019-05-28.txt"


def run(project: Path, *argv: str) -> int:
    return main([*argv, "--root", str(project)])


def uncite(text: str, after: str, *, empty: bool = False) -> str:
    """The text without the first `cite:` block after `after` (or with `cite: []` in its place)."""
    start = text.index("    cite:", text.index(after))
    end = text.index("\n  - ", start) + 1 if not empty else text.index("\n", text.index("quote:", start)) + 1
    return text[:start] + ("    cite: []\n" if empty else "") + text[end:]


def test_a_claim_left_uncited_is_filled_marked_and_held_back_until_reviewed(project, capsys):
    path = project / EXPLAINER
    original = path.read_text(encoding="utf-8")
    edited = uncite(uncite(original, "\ntimeline:"), "\nfigures:", empty=True)
    path.write_text(edited, encoding="utf-8")
    assert run(project, "cite", "--fill", str(path)) == 0
    out = capsys.readouterr().out
    assert "2 claims given a citation to review" in out
    filled = path.read_text(encoding="utf-8")
    added = [line[2:] for line in difflib.ndiff(edited.splitlines(), filled.splitlines()) if line.startswith("+ ")]
    removed = [line[2:] for line in difflib.ndiff(edited.splitlines(), filled.splitlines()) if line.startswith("- ")]
    assert removed == ["    cite: []"]  # nothing else of the editor's file changed
    assert len([line for line in added if line.strip().startswith("review: true")]) == 2
    source = normalise((project / SOURCE).read_text(encoding="utf-8"))
    quotes = [re.search(r'quote: "(.*)"', line).group(1) for line in added if "quote:" in line]
    assert len(quotes) == 2 and all(normalise(quote) in source for quote in quotes)
    assert "Taliban delegation" in quotes[0]  # the figure: the 14 members of the delegation

    assert run(project, "check") == 1
    err = capsys.readouterr().err
    marks = [number for number, line in enumerate(filled.splitlines(), 1) if "review: true" in line]
    for number in marks:
        assert f"{EXPLAINER.as_posix()}:{number}:" in err
    assert "picked by cite --fill and has not been reviewed" in err

    path.write_text(re.sub(r"\n *review: true[^\n]*", "", filled), encoding="utf-8")  # the editor read them
    assert run(project, "check") == 0


def test_a_file_named_from_the_project_folder_is_found_from_anywhere(project, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(project, "cite", "--fill", EXPLAINER.as_posix()) == 0
    assert "0 claims given a citation to review" in capsys.readouterr().out


def test_nothing_to_fill_leaves_the_file_alone(project, capsys):
    path = project / EXPLAINER
    before = path.read_bytes()
    assert run(project, "cite", "--fill", str(path)) == 0
    assert "0 claims given a citation to review" in capsys.readouterr().out
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["cite", "--fill", "data/sources/rferl-2019-05-28.yml"], "not a data file with claims"),
        (["cite", "--fill", "README.md"], "not a data file of this project"),
        (["cite", "rferl-2019-05-28", "--fill", "data/explainers/moscow-talks-2019.yml"], "not both"),
        (["cite", "rferl-2019-05-28"], "cite needs a source and a claim"),
    ],
)
def test_a_wrong_file_or_wrong_arguments_give_one_line(project, argv, message, capsys, monkeypatch):
    monkeypatch.chdir(project)
    assert run(project, *argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_status_cites_for_its_issue_and_a_passage_never_ends_inside_an_abbreviation(project, capsys):
    path = project / EXPLAINER
    text = path.read_text(encoding="utf-8")
    start = text.index("        cite:", text.index("      - status: slow-progress"))
    end = text.index("\n  - id: ", start) + 1
    path.write_text(text[:start] + text[end:], encoding="utf-8")  # the cease-fire's status, uncited
    assert run(project, "cite", "--fill", str(path)) == 0
    filled = path.read_text(encoding="utf-8")
    quote = re.search(r'quote: "(.*)"\n *review: true', filled).group(1)
    assert "progress" in quote or "cease-fire" in quote  # its status, or its issue: a status has no words of its own
    assert not re.search(r"\bU\.S$", quote)


def test_a_new_record_that_cites_nothing_is_filled_from_the_sources_of_the_explainers_naming_it(project, capsys):
    path = project / "data" / "glossary" / "ceasefire.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("    cite:")], encoding="utf-8")  # as an editor writes a new term
    assert run(project, "cite", "--fill", str(path)) == 0
    assert "rferl-2019-05-28" in path.read_text(encoding="utf-8")  # the source of moscow-talks-2019, which lists it
    assert "1 claim given a citation to review" in capsys.readouterr().out

    unnamed = path.with_name("truce.yml")
    unnamed.write_text(text[: text.index("    cite:")], encoding="utf-8")
    assert run(project, "cite", "--fill", str(unnamed)) == 2
    assert "no explainer names it" in capsys.readouterr().err


def test_an_event_is_cited_for_where_it_happened_as_well_as_what_happened(project, capsys):
    path = project / EXPLAINER
    text = path.read_text(encoding="utf-8")
    start = text.index("event:\n")
    first_quote = text.index("quote:", text.index("  cite:", start))
    end = text.index("\n", text.index("quote:", first_quote + 1))  # the event's two citations
    event = "event:\n  what: Talks with the Taliban\n  where: Moscow\n  date: 2019-05-28"
    path.write_text(text[:start] + event + text[end:], encoding="utf-8")
    assert run(project, "cite", "--fill", str(path)) == 0
    [quote] = re.findall(r'quote: "(.*)"', path.read_text(encoding="utf-8")[start:][: len(event) + 400])
    assert "Moscow" in quote and "Taliban" in quote, quote
