"""Stage 2, validate: pydantic's errors about a loaded document, as located, plain messages.

The models themselves are in models.py; dataset.py validates every file with them."""

from __future__ import annotations

import difflib
import re
import typing
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from . import models
from .load import DataPath, Document
from .problems import Problem, did_you_mean

# Fields of the first version of the data files, and where what they held goes now.
MOVED = {
    "description": ("statements", "what a record says is now a list of dated statements: 'statements:' with '- text:'"),
    "definition": (
        "definitions",
        "a term's definitions are now a list of dated statements: 'definitions:' with '- text:'",
    ),
    "cite": ("statements", "each statement cites its own sources: move 'cite' under its '- text:'"),
    "editorial": ("definitions", "mark the definition itself: 'editorial: true' under its '- text:'"),
    "status": ("statuses", "an issue's status is now a list, one per date: 'statuses:' with '- status:'"),
    "status_as_of": ("statuses", "each status has its own 'as_of': 'statuses:' with '- status:' and 'as_of:'"),
    "status_cite": ("statuses", "each status cites its sources: 'statuses:' with '- status:', 'as_of:' and 'cite:'"),
}
# A draft's section that an explainer has no field for: what to do with it instead.
DRAFT_ONLY = {
    "proposed_records": (
        "it lists the draft's new names and terms: move the file back to data/drafts/ and run "
        "'python -m generator draft accept SLUG', which writes each one into the registry and removes this section"
    ),
}


def slugify(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "name"


def located_problems(error: ValidationError, document: Document, model: type[BaseModel]) -> list[Problem]:
    """Map each pydantic error to a problem at the line and column of the value it is about."""
    problems: dict[DataPath, Problem] = {}
    errors = error.errors(include_url=False)
    for item in errors:
        where = _data_path(document.data, item["loc"])
        if item["type"] == "missing":
            where = (*where, item["loc"][len(where)])
            if _misspelt(where, errors):
                continue  # the unknown field next to it says 'did you mean ...?'
        message, hint = _explain(item, where, model)
        key = item["type"] in ("extra_forbidden",)
        problems.setdefault(where, document.problem(where, message, hint, key=key))
    return list(problems.values())


def _misspelt(missing: DataPath, errors: list[ErrorDetails]) -> bool:
    """Whether a missing field's name is close to an unknown field given beside it."""
    unknown = [
        str(item["loc"][-1])
        for item in errors
        if item["type"] == "extra_forbidden" and tuple(item["loc"][:-1]) == missing[:-1]
    ]
    return bool(difflib.get_close_matches(str(missing[-1]), unknown, n=1, cutoff=0.6))


def _data_path(data: Any, loc: tuple[int | str, ...]) -> DataPath:
    """The longest prefix of a pydantic location that exists in the loaded data."""
    path: list[int | str] = []
    for part in loc:
        in_mapping = isinstance(data, dict) and isinstance(part, str) and part in data
        if in_mapping or (isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)):
            data = data[part]
        else:
            break
        path.append(part)
    return tuple(path)


def _explain(item: ErrorDetails, where: DataPath, model: type[BaseModel]) -> tuple[str, str]:
    kind, value, ctx = item["type"], item.get("input"), item.get("ctx", {})
    names = [part for part in where if isinstance(part, str)]
    name = names[-1] if names else "this file"
    owner = _model_at(model, where[:-1]) if kind in ("missing", "extra_forbidden") else None
    if kind == "missing":
        return f"missing required field '{name}'", f"add '{name}:' to this group of fields"
    if kind == "extra_forbidden":
        allowed = list(owner.model_fields) if owner else []
        moved = MOVED.get(name)
        if moved and moved[0] in allowed:
            return f"unknown field '{name}'", moved[1]
        if name in DRAFT_ONLY and len(where) == 1:
            return f"'{name}' belongs to drafts, not to published data", DRAFT_ONLY[name]
        return f"unknown field '{name}'", did_you_mean(name, allowed)
    if kind in ("enum", "literal_error"):
        allowed = re.findall(r"'([^']*)'", ctx.get("expected", ""))
        close = difflib.get_close_matches(str(value), allowed, n=1, cutoff=0.6)
        return (
            f"'{value}' is not an allowed value of '{name}'",
            (f"did you mean '{close[0]}'? " if close else "") + "allowed: " + ", ".join(allowed),
        )
    if kind == "string_pattern_mismatch":
        return (
            f"'{value}' is not a valid id in '{name}'",
            f"ids are lower-case words joined by hyphens, e.g. '{slugify(str(value))}'",
        )
    if kind == "value_error" and str(ctx.get("error")) == models.PLACEHOLDER_LEFT:
        return f"'{name}' {models.PLACEHOLDER_LEFT}", f"replace '{value}' with real content"
    if kind == "value_error":
        message = str(ctx.get("error", item["msg"]))
        return (f"{name}: {message}" if names else message), ""
    if kind == "too_short":
        return f"'{name}' needs at least one entry", "add an item starting with '- '"
    if kind in ("greater_than", "greater_than_equal"):
        return f"'{name}' must be more than {ctx.get('gt', ctx.get('ge'))}", ""
    expected = _EXPECTED.get(kind)
    if expected:
        return f"'{name}' should be {expected[0]}, not {_describe(value)}", expected[1]
    return f"{name}: {item['msg']}", ""


_EXPECTED = {
    "string_type": ("text", "put the value in double quotes if it is meant as text"),
    "int_type": ("a whole number", "write digits only, without quotes"),
    "int_from_float": ("a whole number", "write digits only, without a decimal point"),
    "float_type": ("a number", "write digits only, without quotes"),
    "bool_type": ("true or false", "write true or false, without quotes"),
    "list_type": ("a list", "write each item on its own line, starting with '- '"),
    "model_type": ("a group of fields", "write 'field: value' lines, indented under it"),
    "dict_type": ("a group of fields", "write 'field: value' lines, indented under it"),
    "model_attributes_type": ("a group of fields", "write 'field: value' lines, indented under it"),
}


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    if isinstance(value, list):
        return "a list"
    return "a group of fields"


def _model_at(model: type[BaseModel], where: DataPath) -> type[BaseModel] | None:
    """The model class that describes the value at a data path inside `model`."""
    current: Any = model
    for part in where:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", {})
        if part not in fields:
            return None
        current = _inner_model(fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """Unwrap list[...], Optional[...] and Annotated[...] down to a model class, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
