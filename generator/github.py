"""Problems as GitHub Actions annotations (shown on the pull request's changed lines) and as a
job summary (GitHub shows at most 10 annotations per step; the summary lists them all)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from .problems import Problem


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    message = problem.message + (f" ({problem.hint})" if problem.hint else "")
    return (
        f"::error file={_escape_property(problem.path)},line={problem.line},col={problem.column},"
        f"title=Data check::{_escape_data(message)}"
    )


def summary(problems: Sequence[Problem]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")

    rows = [f"| `{cell(p.path)}` | {p.line}:{p.column} | {cell(p.message)} | {cell(p.hint)} |" for p in problems]
    return "\n".join(
        [
            f"### Data check: {len(problems)} problem{'s' if len(problems) != 1 else ''}",
            "",
            "| File | Line:col | Problem | Hint |",
            "|---|---|---|---|",
            *rows,
            "",
        ]
    )


def report(problems: Sequence[Problem]) -> None:
    """On GitHub Actions, print an annotation per problem and add all of them to the job summary."""
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return
    for problem in problems:
        print(annotation(problem))
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        with Path(summary_file).open("a", encoding="utf-8") as out:
            out.write(summary(problems))
