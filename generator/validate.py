"""Stage 2, validate: turn loaded documents into typed models, with located, plain messages."""

from __future__ import annotations

import difflib
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from . import models
from .load import Document, load_file
from .problems import DataError, Problem, did_you_mean

M = TypeVar("M", bound=BaseModel)

# Folder under data/ -> the model of each file in it.
KINDS: dict[str, type[BaseModel]] = {
    "sources": models.Source,
    "organisations": models.Organisation,
    "people": models.Person,
    "glossary": models.Term,
    "explainers": models.Explainer,
}


@dataclass(frozen=True)
class Record(Generic[M]):
    id: str
    model: M
    document: Document


@dataclass
class Dataset:
    """Everything under data/ that loaded and validated, by kind and id."""

    sources: dict[str, Record[models.Source]] = field(default_factory=dict)
    organisations: dict[str, Record[models.Organisation]] = field(default_factory=dict)
    people: dict[str, Record[models.Person]] = field(default_factory=dict)
    glossary: dict[str, Record[models.Term]] = field(default_factory=dict)
    explainers: dict[str, Record[models.Explainer]] = field(default_factory=dict)
    source_texts: dict[str, str] = field(default_factory=dict)
    # Ids of files that exist but failed; references to them are not reported again.
    broken: dict[str, set[str]] = field(default_factory=dict)

    def known(self, kind: str) -> set[str]:
        return set(getattr(self, kind)) | self.broken.get(kind, set())


def load_dataset(root: Path, reuse: dict | None = None) -> tuple[Dataset, list[Problem]]:
    """Load and validate every data file; return what is valid and every problem found.

    `reuse` (kept by the caller between builds) holds the records of files already validated: a
    file whose bytes did not change is not parsed again. Records are never changed once made.
    """
    dataset = Dataset()
    problems: list[Problem] = []
    data = root / "data"
    if not data.is_dir():
        raise DataError(
            [Problem("data", 1, 1, "the data folder is missing", "run the command from the project's top folder")]
        )
    for kind, model in KINDS.items():
        folder = data / kind
        for path in sorted(folder.iterdir()) if folder.is_dir() else []:
            shown = path.relative_to(root).as_posix()
            if path.suffix == ".yaml":
                problems.append(Problem(shown, 1, 1, "data files end in .yml", f"rename it to {path.stem}.yml"))
                continue
            if path.suffix != ".yml" or path.name.startswith("."):
                continue
            if not re.fullmatch(models.ID_PATTERN, path.stem):
                problems.append(
                    Problem(
                        shown,
                        1,
                        1,
                        f"'{path.stem}' is not a valid file name",
                        f"use lower-case words joined by hyphens, e.g. '{slugify(path.stem)}.yml'",
                    )
                )
                continue
            dataset.broken.setdefault(kind, set()).add(path.stem)
            try:
                record = _validated(path, root, model, reuse)
            except DataError as error:
                problems.extend(error.problems)
                continue
            getattr(dataset, kind)[path.stem] = record
            dataset.broken[kind].discard(path.stem)
    problems.extend(_load_source_texts(dataset, root))
    return dataset, problems


def _validated(path: Path, root: Path, model: type[BaseModel], reuse: dict | None) -> Record:
    """The file's record; raise DataError with its located problems."""
    key = (path.resolve(), root.resolve(), model)
    raw = path.read_bytes() if reuse is not None else None
    if reuse is not None and key in reuse and reuse[key][0] == raw:
        return reuse[key][1]
    document = load_file(path, root)
    try:
        record = Record(path.stem, model.model_validate(document.data), document)
    except ValidationError as error:
        raise DataError(located_problems(error, document, model)) from None
    if reuse is not None:
        reuse[key] = (raw, record)
    return record


def _load_source_texts(dataset: Dataset, root: Path) -> list[Problem]:
    problems = []
    for source_id, record in dataset.sources.items():
        text_path = root / "data" / "sources" / f"{source_id}.txt"
        if not text_path.is_file():
            problems.append(
                record.document.problem(
                    (),
                    f"the stored text of source '{source_id}' is missing",
                    f"save the article's text as data/sources/{source_id}.txt",
                )
            )
            continue
        try:
            dataset.source_texts[source_id] = text_path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(
                Problem(
                    text_path.relative_to(root).as_posix(),
                    1,
                    1,
                    "file is not valid UTF-8 text",
                    "save the file with UTF-8 encoding",
                )
            )
    return problems


def slugify(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "name"


def located_problems(error: ValidationError, document: Document, model: type[BaseModel]) -> list[Problem]:
    """Map each pydantic error to a problem at the line and column of the value it is about."""
    problems: dict[tuple, Problem] = {}
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


def _misspelt(missing: tuple, errors: list) -> bool:
    """Whether a missing field's name is close to an unknown field given beside it."""
    unknown = [
        item["loc"][-1]
        for item in errors
        if item["type"] == "extra_forbidden" and tuple(item["loc"][:-1]) == missing[:-1]
    ]
    return bool(difflib.get_close_matches(missing[-1], unknown, n=1, cutoff=0.6))


def _data_path(data: Any, loc: tuple) -> tuple:
    """The longest prefix of a pydantic location that exists in the loaded data."""
    path: list = []
    for part in loc:
        in_mapping = isinstance(data, dict) and isinstance(part, str) and part in data
        if in_mapping or (isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)):
            data = data[part]
        else:
            break
        path.append(part)
    return tuple(path)


def _explain(item: dict, where: tuple, model: type[BaseModel]) -> tuple[str, str]:
    kind, value, ctx = item["type"], item.get("input"), item.get("ctx", {})
    names = [part for part in where if isinstance(part, str)]
    name = names[-1] if names else "this file"
    owner = _model_at(model, where[:-1]) if kind in ("missing", "extra_forbidden") else None
    if kind == "missing":
        return f"missing required field '{name}'", f"add '{name}:' to this group of fields"
    if kind == "extra_forbidden":
        allowed = list(owner.model_fields) if owner else []
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


def _model_at(model: type[BaseModel], where: tuple) -> type[BaseModel] | None:
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
