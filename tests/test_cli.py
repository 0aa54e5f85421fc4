"""The command line, in-process: new files, schemas, exit codes."""

from __future__ import annotations

import pytest

from generator.__main__ import main


@pytest.mark.parametrize(
    ("kind", "folder"),
    [("person", "people"), ("organisation", "organisations"), ("term", "glossary"), ("explainer", "explainers")],
)
def test_new_files_start_with_their_schema_and_are_flagged_until_filled(project, kind, folder, capsys):
    assert main(["new", kind, "someone-new", "--root", str(project)]) == 0
    path = project / "data" / folder / "someone-new.yml"
    assert capsys.readouterr().out == (
        f"wrote data/{folder}/someone-new.yml: replace each FILL IN, then run python -m generator check\n"
    )
    assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../../schema/")
    assert main(["check", "--root", str(project)]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors[-1].endswith("found; nothing was written.")
    assert errors[:-1] and all(line.startswith(f"data/{folder}/someone-new.yml:") for line in errors[:-1])
    assert all("placeholder" in line or "a date is written" in line for line in errors[:-1])


def test_new_refuses_to_overwrite_or_to_take_a_bad_id(project, capsys):
    for argv in (
        ["new", "person", "sergei-lavrov"],
        ["new", "person", "Sergei Lavrov"],
        ["new", "person"],
        ["check", "person"],
    ):
        with pytest.raises(SystemExit) as usage:
            main([*argv, "--root", str(project)])
        assert usage.value.code == 2
    assert "data/people/sergei-lavrov.yml already exists" in capsys.readouterr().err


def test_the_how_to_edit_page_describes_every_file_kind(project):
    from generator.build import build

    page = build(project, write=False).pages["how-to-edit.md"]
    for heading in (
        "## Sources",
        "## Organisations",
        "## People",
        "## Glossary terms",
        "## Explainers",
        "## How citations work",
    ):
        assert heading in page
    assert (
        "<tr><td>status</td><td>yes</td><td>one of: agreed, draft-agreement, slow-progress, stalled, not-started, "
        "committed, under-review, met, not-met, disputed</td>" in page
    )


def test_on_github_every_problem_is_annotated_and_summarised(project, capsys, monkeypatch, tmp_path):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    for index in range(12):  # more than the 10 annotations GitHub shows per step
        (project / "data" / "people" / f"empty-{index:02}.yml").write_text("", encoding="utf-8")
    assert main(["check", "--root", str(project)]) == 1
    annotations = capsys.readouterr().out.splitlines()
    assert annotations[0] == (
        "::error file=data/people/empty-00.yml,line=1,col=1,title=Data check::"
        "file is empty (fill in the fields, or delete the file if it is not needed)"
    )
    assert len(annotations) == 12
    table = summary.read_text(encoding="utf-8").splitlines()
    assert table[0] == "### Data check: 12 problems"
    assert table[4] == (
        "| `data/people/empty-00.yml` | 1:1 | file is empty | "
        "fill in the fields, or delete the file if it is not needed |"
    )
    assert len([row for row in table if row.startswith("| `data/")]) == 12
