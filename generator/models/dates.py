"""Dates as precise as the sources make them: a decade or a part of one, a year, a month or a day;
and, where the editors worked a part of it out (a year the article does not state), the reason."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema


class Precision(StrEnum):
    decade = "decade"
    year = "year"
    month = "month"
    day = "day"


class DecadePart(StrEnum):
    """Which years of a decade a date gives: all of them, or its early, middle or late years."""

    whole = "whole"
    early = "early"
    mid = "mid"
    late = "late"


# The years of the decade each part covers, counted from its first: early 0-3, mid 4-6, late 7-9.
PART_YEARS = {DecadePart.whole: (0, 9), DecadePart.early: (0, 3), DecadePart.mid: (4, 6), DecadePart.late: (7, 9)}
# How each is written: "1990s", "early 1990s", "mid-1990s", "late 1990s".
_PART_WORDS = {DecadePart.whole: "", DecadePart.early: "early ", DecadePart.mid: "mid-", DecadePart.late: "late "}
_DECADE = r"(?:early |mid-|late )?\d{3}0s"
_DATE_FORMS = {
    Precision.decade: _DECADE,
    Precision.year: r"\d{4}",
    Precision.month: r"\d{4}-\d{2}",
    Precision.day: r"\d{4}-\d{2}-\d{2}",
}
FORM_HINT = (
    "a date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-28), "
    "or a decade as 1990s, early 1990s, mid-1990s or late 1990s"
)
# A decade as people write it, right or wrong: "the mid 1990s", "Early-1990s", "1990's", "1995s".
_LOOSE_DECADE = re.compile(r"(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]*)?(?P<year>\d{4})['\u2019]?s", re.IGNORECASE)


@dataclass(frozen=True)
class PartialDate:
    """A date known to a decade (or a part of one), a year, a month or a day; the form it is
    written in says which. A decade's `year` is its first: the mid-1990s are 1990 and `mid`."""

    year: int
    month: int = 0
    day: int = 0
    # Why the editors give this date where the source does not state all of it; None when it does.
    inferred: str | None = field(default=None, compare=False)
    # For a decade, which of its years; None for a year, a month or a day.
    decade: DecadePart | None = None

    def __post_init__(self) -> None:
        if self.decade is not None and (self.year % 10 or self.month or self.day):
            raise ValueError(f"a decade is given by its first year and no month or day, not {self.year}")

    @property
    def precision(self) -> Precision:
        if self.decade is not None:
            return Precision.decade
        return Precision.day if self.day else Precision.month if self.month else Precision.year

    @property
    def iso(self) -> str:
        """ISO 8601: the date, or for a decade the interval of its years ("1990/1993" for the early 1990s)."""
        if self.decade is not None:
            return f"{self.earliest.year:04d}/{self.latest.year:04d}"
        return "-".join(f"{part:0{width}d}" for part, width in ((self.year, 4), (self.month, 2), (self.day, 2)) if part)

    @property
    def form(self) -> str:
        """The date as an editor writes it: "2019-05-28", "1989", "mid-1990s"."""
        if self.decade is not None:
            return f"{_PART_WORDS[self.decade]}{self.year:04d}s"
        return self.iso

    @property
    def earliest(self) -> date:
        if self.decade is not None:
            return date(self.year + PART_YEARS[self.decade][0], 1, 1)
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        if self.decade is not None:
            return date(self.year + PART_YEARS[self.decade][1], 12, 31)
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def words(self, alone: bool = False) -> str:
        """The date in the reader's words: "28 May 2019", "May 2019", "1989"; a decade as written,
        after "the" as a sentence needs it ("as of the mid-1990s"), or `alone` without ("mid-1990s")."""
        if self.decade is not None:
            return self.form if alone else f"the {self.form}"
        if self.precision is Precision.day:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.precision is Precision.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def __str__(self) -> str:
        return self.words()

    def _key(self) -> tuple[date, int]:
        """Date order: the earliest first; of two that begin together, the wider (a decade before its
        early years, a year before its months, a month before its days)."""
        return (self.earliest, -self.latest.toordinal())

    def __lt__(self, other: PartialDate) -> bool:
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        return self._key() >= other._key()

    def written(self) -> str | dict[str, str]:
        """The date as an editor writes it: its form, or the form with the reason it was inferred."""
        return {"date": self.form, "inferred": self.inferred} if self.inferred else self.form

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dict):
            return cls._parse_inferred(value)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip().endswith(("s", "S")):
            return cls._parse_decade(value.strip())
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
            raise ValueError(FORM_HINT)
        parts = [int(part) for part in value.strip().split("-")]
        year, month, day = ([*parts, 0, 0])[:3]
        if year < 1:
            raise ValueError("year 0 does not exist: years run from 0001")
        if len(parts) > 1 and not 1 <= month <= 12:
            raise ValueError(f"month {month} does not exist (months run from 01 to 12)")
        if len(parts) > 2 and not 1 <= day <= calendar.monthrange(year, month)[1]:
            last = calendar.monthrange(year, month)[1]
            raise ValueError(f"{value.strip()} does not exist: {calendar.month_name[month]} {year} has {last} days")
        return cls(year, month, day)

    @classmethod
    def _parse_decade(cls, value: str) -> PartialDate:
        """A decade written 1990s, early 1990s, mid-1990s or late 1990s; near misses with the right form."""
        loose = _LOOSE_DECADE.fullmatch(value)
        if loose is None:
            raise ValueError(FORM_HINT)
        first = int(loose["year"]) // 10 * 10
        if first < 10:
            raise ValueError("year 0 does not exist: decades run from the 0010s")
        decade = cls(first, decade=DecadePart(loose["part"].lower()) if loose["part"] else DecadePart.whole)
        if int(loose["year"]) != first:
            raise ValueError(
                f"'{value}' is not a decade: a decade is written with its first year ({_forms(first)}), "
                f"a single year without the s ({loose['year']})"
            )
        if value != decade.form:
            raise ValueError(f"a decade is written {_forms(first)}: write '{value}' as {decade.form}")
        return decade

    @classmethod
    def _parse_inferred(cls, value: dict[Any, Any]) -> PartialDate:
        if set(value) != {"date", "inferred"}:
            raise ValueError("an inferred date has two fields, 'date' and 'inferred' (why the editors give that date)")
        reason = value["inferred"]
        if not isinstance(reason, str) or not reason.split():
            raise ValueError("'inferred' says, in words, why the editors give this date")
        parsed = cls.parse(value["date"])
        if parsed.inferred:
            raise ValueError(
                "an inferred date's 'date' is written YYYY, YYYY-MM or YYYY-MM-DD, or as a decade (1990s, mid-1990s)"
            )
        return replace(parsed, inferred=" ".join(reason.split()))


def _forms(first: int) -> str:
    """A decade's written forms: "1990s, early 1990s, mid-1990s or late 1990s"."""
    *forms, last = (PartialDate(first, decade=part).form for part in DecadePart)
    return f"{', '.join(forms)} or {last}"


# The written forms, described where a field's own description replaces the date's (below).
_FORMS = {
    "type": "string",
    "pattern": "^" + "$|^".join(_DATE_FORMS.values()) + "$",
    "description": "YYYY, YYYY-MM or YYYY-MM-DD, or a decade: 1990s, early 1990s, mid-1990s or late 1990s.",
}
DateValue = Annotated[
    PartialDate,
    PlainValidator(PartialDate.parse),
    PlainSerializer(PartialDate.written),
    WithJsonSchema(
        {
            "anyOf": [
                _FORMS,
                {"type": "integer", "minimum": 1, "maximum": 9999},
                {
                    "type": "object",
                    "properties": {
                        "date": _FORMS,
                        "inferred": {
                            "type": "string",
                            "description": "Why the editors give this date.",
                            "examples": ['The article, of 28 May 2019, says "last year".'],
                        },
                    },
                    "required": ["date", "inferred"],
                    "additionalProperties": False,
                },
            ],
            "description": "A date; its form gives its precision: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day), "
            "or a decade or part of one: 1990s, early 1990s, mid-1990s or late 1990s. "
            "Where the source does not state all of it, write {date: ..., inferred: why}.",
            "examples": ["2019-05-28", "2019-05", "1989", "mid-1990s"],
        }
    ),
]
