"""Stage 3, link (continued): what a claim's own quotes contradict.

A quote found in its source can still fail the claim beside it: a figure of 2,000 whose quote says
"more than 200", a date of 1996 whose quote says "In 1997", a text that already says "according to
X" while `according_to` names X (the page would say it twice). Each is located, with a hint, and
all are reported in one run.
"""

from __future__ import annotations

import functools
import re
import typing
from collections.abc import Callable, Iterator, Sequence

from pydantic import BaseModel

from . import chronology, models
from .dataset import Dataset, Record
from .kinds import ENTITIES, GLOSSARY, SOURCES
from .load import DataPath, Document
from .passages import NUMBER_WORDS
from .problems import Problem
from .render.labels import voice_name

_SCALE_WORDS = {"hundred", "thousand", "dozen"}
_WORDS = {word: int(value) for word, value in NUMBER_WORDS.items() if word not in _SCALE_WORDS}  # zero to ninety
Verified = Callable[[list[models.Citation]], list[models.Citation]]  # the citations whose quotes are in their source
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DIGITS = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(hundred|thousand|million|billion)\b)?")


def numbers(text: str) -> set[float]:
    """Every number the text states, in digits ("23,000", "1.5 million") or in words ("fourteen",
    "two hundred", "a thousand"); "14-member" states 14."""
    found: set[float] = set()
    for match in _DIGITS.finditer(text):
        whole, fraction, scale = match.groups()
        value = float(whole.replace(",", "") + (fraction or ""))
        found |= {value, value * _SCALES[scale]} if scale else {value}
    return found | set(_in_words(re.findall(r"[a-z]+", text.lower())))


def _in_words(words: Sequence[str]) -> Iterator[float]:
    total, current, last = 0, 0, ""  # last: the kind of the previous number word, "" outside a number
    for index, word in enumerate([*words, ""]):
        after = words[index + 1] if index + 1 < len(words) else ""
        if word in _WORDS or (word == "a" and after in _SCALES and not last):
            value = _WORDS.get(word, 1)
            if last == "scale" or (last == "tens" and value < 10):
                current += value  # "two hundred fifty", "twenty-three"
            else:
                if last:
                    yield float(total + current)  # two numbers side by side
                total, current = 0, value
            last = "tens" if 20 <= value < 100 else "unit"
        elif word in _SCALES and last:
            if _SCALES[word] == 100:
                current *= 100
            else:
                total, current = total + current * _SCALES[word], 0
            last = "scale"
        elif last:
            yield float(total + current)
            total, current, last = 0, 0, ""


def check(dataset: Dataset) -> list[Problem]:
    """Every statement or definition of the registry that says 'according to' whom it names (an
    explainer's claims: `check_explainer`)."""
    return [
        problem
        for kind in (*ENTITIES, GLOSSARY)
        for record in dataset.of(kind).values()
        for problem in _attributions(dataset, record.document, record.model)
    ]


def check_explainer(
    record: Record[models.Explainer], dataset: Dataset, holds: Callable[[str, str], bool]
) -> list[Problem]:
    """Every figure, date and attribution of an explainer that its own quotes contradict; `holds` says
    whether a source holds a quote (a quote not in its source is reported as such, and not read here)."""

    def found(cites: list[models.Citation]) -> list[models.Citation]:
        return [cite for cite in cites if holds(cite.source, cite.quote)]

    problems = _figures(record.document, record.model, found)
    problems += _years(dataset, record.document, record.model, found)
    return problems + _attributions(dataset, record.document, record.model)


def _figures(document: Document, explainer: models.Explainer, found: Verified) -> list[Problem]:
    return [
        document.problem(
            ("figures", index, "value"),
            f"the figure {_number(figure.value)} is not stated in any of its quotes",
            f"its quotes give {_listed(quoted)}: correct the figure, or cite the words that state it"
            if quoted
            else "cite the words that state the number",
        )
        for index, figure in enumerate(explainer.figures)
        if (cites := found(figure.cite))
        and float(figure.value) not in (quoted := set().union(*(numbers(cite.quote) for cite in cites)))
    ]


def _number(value: float) -> str:
    return f"{value:,}" if float(value) != int(value) else f"{int(value):,}"


def _listed(values: set[float]) -> str:
    return ", ".join(_number(value) for value in sorted(values))


def _years(dataset: Dataset, document: Document, explainer: models.Explainer, found: Verified) -> list[Problem]:
    """A date's year is in one of its quotes, is marked inferred, or is the year its source was
    published (an article's "on Friday" or "in May" is dated by the article itself)."""
    dated: list[tuple[DataPath, models.PartialDate, list[models.Citation]]] = [
        (("event", "date"), explainer.event.date, explainer.event.cite)
    ]
    dated += [(("timeline", index, "date"), event.date, event.cite) for index, event in enumerate(explainer.timeline)]
    problems = []
    for where, when, cited in dated:
        cites = found(cited)
        if not cites or when.inferred or chronology.stated(when, cites) or chronology.dated_by(dataset, when, cites):
            continue
        quoted = [str(year) for year in sorted(chronology.quoted_years(cites))]
        quoted += [decade.form for decade in sorted(chronology.quoted_decades(cites))]
        decade = when.precision is models.Precision.decade
        problems.append(
            document.problem(
                where,
                (f"the decade '{when.form}' is" if decade else f"the year {when.year} is")
                + " not in any of this date's quotes"
                + (f", which give {', '.join(quoted)}" if quoted else ""),
                f"correct the date, cite the words that give its {'decade' if decade else 'year'}, or write "
                f"{{date: {when.form}, inferred: why the editors give that {'decade' if decade else 'year'}}}",
            )
        )
    return problems


def _attributions(dataset: Dataset, document: Document, model: BaseModel) -> list[Problem]:
    """A text that already says 'according to' whom its `according_to` names: the page would say it twice."""
    problems = []
    for where, claim in _attributed(model):
        voice = str(claim.according_to)  # type: ignore[attr-defined]
        field = next(name for name in ("text", "description", "label") if name in type(claim).model_fields)
        text: str = getattr(claim, field)
        said = re.search(r"\baccording to\b[^.;]*", text, re.IGNORECASE)
        if said and any(name.lower() in said.group().lower() for name in _names(dataset, voice)):
            problems.append(
                document.problem(
                    (*where, field),
                    f"the text says '{said.group().strip()}', and 'according_to' names {voice_name(dataset, voice)}",
                    "delete the words 'according to ...' from the text: the page writes them from 'according_to'",
                )
            )
    return problems


def _attributed(model: BaseModel, where: DataPath = ()) -> Iterator[tuple[DataPath, BaseModel]]:
    """Every group of fields inside `model` that names who says so."""
    if getattr(model, "according_to", None):
        yield where, model
    for name in _nested(type(model)):
        value = getattr(model, name)
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            if isinstance(item, BaseModel):
                yield from _attributed(item, (*where, name) if index is None else (*where, name, index))


@functools.cache
def _nested(model_type: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model type that may hold a model naming who says so, by their types: the walk
    skips texts, dates, ids and citations, most of a record (at 1,000 explainers, 1.3 s a build)."""
    return tuple(
        name
        for name, info in model_type.model_fields.items()
        if any("according_to" in inner.model_fields or _nested(inner) for inner in _models_in(info.annotation))
    )


def _models_in(annotation: object) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _models_in(argument)


def _names(dataset: Dataset, voice: str) -> list[str]:
    """The ways a text may name a voice: an outlet and its short name, or a name, its aliases and surname."""
    source = dataset.find(SOURCES, voice)
    if source:
        return [source.outlet, *([source.outlet_short] if source.outlet_short else [])]
    kind = next((kind for kind in ENTITIES if voice in dataset.of(kind)), None)
    if kind is None:
        return []
    entity = dataset.get(kind, voice)
    names = [entity.name, *entity.aliases]
    return names + ([entity.name.split()[-1]] if isinstance(entity, models.Person) else [])
