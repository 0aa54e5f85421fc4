"""Dates as precise as the sources make them: a year, a month or a day; and, where the editors
worked a part of it out (a year the article does not state), the reason."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, WithJsonSchema


class Precision(StrEnum):
    year = "year"
    month = "month"
    day = "day"


_DATE_FORMS = {Precision.year: r"\d{4}", Precision.month: r"\d{4}-\d{2}", Precision.day: r"\d{4}-\d{2}-\d{2}"}
FORM_HINT = "a date is written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-05-28)"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day; the form it is written in says which."""

    year: int
    month: int = 0
    day: int = 0
    # Why the editors give this date where the source does not state all of it; None when it does.
    inferred: str | None = field(default=None, compare=False)

    @property
    def precision(self) -> Precision:
        return Precision.day if self.day else Precision.month if self.month else Precision.year

    @property
    def iso(self) -> str:
        return "-".join(f"{part:0{width}d}" for part, width in ((self.year, 4), (self.month, 2), (self.day, 2)) if part)

    @property
    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.precision is Precision.day:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        if self.precision is Precision.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def written(self) -> str | dict[str, str]:
        """The date as an editor writes it: its form, or the form with the reason it was inferred."""
        return {"date": self.iso, "inferred": self.inferred} if self.inferred else self.iso

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dict):
            return cls._parse_inferred(value)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
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
    def _parse_inferred(cls, value: dict[Any, Any]) -> PartialDate:
        if set(value) != {"date", "inferred"}:
            raise ValueError("an inferred date has two fields, 'date' and 'inferred' (why the editors give that date)")
        reason = value["inferred"]
        if not isinstance(reason, str) or not reason.split():
            raise ValueError("'inferred' says, in words, why the editors give this date")
        parsed = cls.parse(value["date"])
        if parsed.inferred:
            raise ValueError("an inferred date's 'date' is written YYYY, YYYY-MM or YYYY-MM-DD")
        return cls(parsed.year, parsed.month, parsed.day, " ".join(reason.split()))


_FORMS = {"type": "string", "pattern": "^" + "$|^".join(_DATE_FORMS.values()) + "$"}
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
                        "inferred": {"type": "string", "description": "Why the editors give this date."},
                    },
                    "required": ["date", "inferred"],
                    "additionalProperties": False,
                },
            ],
            "description": "A date; its form gives its precision: YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day). "
            "Where the source does not state all of it, write {date: ..., inferred: why}.",
        }
    ),
]
