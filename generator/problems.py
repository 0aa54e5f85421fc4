"""User-facing problems: a located, plain-language message with a hint.

A `Problem` is something an editor got wrong in a data file. Bugs in the generator stay
ordinary exceptions, so they keep their traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        return f"{self.path}:{self.line}:{self.column}: error: {self.message}{hint}"


class DataError(Exception):
    """One or more problems in the data; raised once, after everything was checked."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(map(str, self.problems)))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A hint naming the nearest valid value, or listing the valid values when few."""
    choices = sorted(set(choices))
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    if not choices:
        return "there is nothing of that kind yet"
    if len(choices) <= 12:
        return "one of: " + ", ".join(choices)
    return f"one of {len(choices)} known values, e.g. " + ", ".join(choices[:5])


class UsageError(Exception):
    """A command given something it cannot use (an unknown source id, a file that exists, a page with no
    article): the one error type of the commands, shown as one line, never a traceback; exit status 2."""
