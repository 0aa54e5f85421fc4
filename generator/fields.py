"""What a model says of each value in a data file: which fields refer to other records, which hold
citations. Read from the models' annotations once per model class, and walked over the values
as loaded (so a file that failed validation is still checked for its references and quotes)."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from . import models
from .load import DataPath


@dataclass(frozen=True)
class Field:
    name: str
    ref: models.Ref | None  # the value is an id of a record of these kinds
    element_ref: models.Ref | None  # each element of the (list) value is
    model: type[BaseModel] | None  # the value is a group of fields of this model
    element_model: type[BaseModel] | None  # each element of the (list) value is


@dataclass(frozen=True)
class Found:
    where: DataPath
    value: Any
    ref: models.Ref | None
    model: type[BaseModel] | None

    def citation(self) -> tuple[str, str] | None:
        """(source, quote) where this value is a citation with both, as text."""
        if self.model is not models.Citation or not isinstance(self.value, dict):
            return None
        source, quote = self.value.get("source"), self.value.get("quote")
        return (source, quote) if isinstance(source, str) and isinstance(quote, str) else None


def walk(model: type[BaseModel], data: Any, where: DataPath = ()) -> Iterator[Found]:
    """Every value inside `data` (a file's values, as loaded) that `model` describes."""
    if not isinstance(data, dict):
        return
    for field in fields(model):
        if field.name not in data:
            continue
        value = data[field.name]
        yield Found((*where, field.name), value, field.ref, field.model)
        if isinstance(value, list):
            for index, element in enumerate(value):
                yield Found((*where, field.name, index), element, field.element_ref, field.element_model)
                if field.element_model:
                    yield from walk(field.element_model, element, (*where, field.name, index))
        elif field.model:
            yield from walk(field.model, value, (*where, field.name))


_FIELDS: dict[type[BaseModel], tuple[Field, ...]] = {}


def fields(model: type[BaseModel]) -> tuple[Field, ...]:
    """Each field of a model class and what it holds, worked out once."""
    if model not in _FIELDS:
        _FIELDS[model] = tuple(
            Field(
                name,
                # pydantic moves a field's own Annotated metadata (such as Ref) out of its annotation
                _ref(typing.Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation),
                _ref(_element(info.annotation)),
                _model(info.annotation),
                _model(_element(info.annotation)),
            )
            for name, info in model.model_fields.items()
        )
    return _FIELDS[model]


def reference_kinds() -> set[tuple[str, ...]]:
    """Every combination of kinds that a reference field of any model may point to."""
    found: set[tuple[str, ...]] = set()
    for model in vars(models).values():
        if isinstance(model, type) and issubclass(model, BaseModel):
            found |= {ref.kinds for field in fields(model) for ref in (field.ref, field.element_ref) if ref}
    return found


def _element(annotation: Any) -> Any:
    """The element type of a list annotation (inside Optional or Annotated), else None."""
    if typing.get_origin(annotation) is list:
        return typing.get_args(annotation)[0]
    for arg in typing.get_args(annotation):
        if typing.get_origin(arg) is list:
            return _element(arg)
    return None


def _ref(annotation: Any) -> models.Ref | None:
    """The Ref marker of an id field's annotation, if it refers to other records."""
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, models.Ref):
            return meta
    if typing.get_origin(annotation) is list:
        return None  # the list's elements are checked one by one
    for arg in typing.get_args(annotation):
        found = _ref(arg)
        if found:
            return found
    return None


def _model(annotation: Any) -> type[BaseModel] | None:
    """The model class of a group of fields (inside Optional or Annotated), else None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) is list:
        return None
    for arg in typing.get_args(annotation):
        found = _model(arg)
        if found:
            return found
    return None
