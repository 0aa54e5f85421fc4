"""`python -m generator new KIND ID`: a new data file with its schema line and a placeholder for
every required field, written from the kind's model (so it follows the model as it changes).

Every placeholder starts with FILL IN, which `check` reports until an editor replaces it.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from . import models
from .kinds import SOURCES, Kind
from .schema import schema_line
from .yaml_writer import dump


def scaffold(root: Path, kind: Kind[BaseModel], new_id: str) -> Path:
    """Write the new file and return its path; refuse to overwrite an existing one."""
    path = root / "data" / kind.folder / f"{new_id}.yml"
    if path.exists():
        raise FileExistsError(path)
    sources = sorted(p.stem for p in (root / "data" / SOURCES.folder).glob("*.yml"))
    source = sources[0] if len(sources) == 1 else "fill-in-a-source-id"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{schema_line(kind)}\n{scaffold_text(kind.model, source)}", encoding="utf-8")
    return path


def scaffold_text(model: type[BaseModel], source: str) -> str:
    """The YAML of a new record of `model`, citing `source`."""
    return dump(_fields(model, source))


def _fields(model: type[BaseModel], source: str) -> dict[str, Any]:
    fields = {name: _value(info.annotation, info, source) for name, info in model.model_fields.items()}
    return {name: value for name, value in fields.items() if value is not None}


def _value(annotation: Any, info: FieldInfo, source: str) -> Any:
    """A field's placeholder, a group of fields, a list; None for an optional field left out."""
    element = _list_element(annotation)
    if element is models.Citation:  # every claim cites: start one citation even where none is required
        return [_fields(element, source)]
    if element is not None:
        if not info.is_required() or not any(getattr(meta, "min_length", 0) for meta in info.metadata):
            return []
        return [source] if _is_source(getattr(element, "__metadata__", ())) else [_fields(element, source)]
    if not info.is_required():
        return None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _fields(annotation, source)
    if _is_source(info.metadata):
        return source
    if annotation is models.PartialDate:
        return f"{models.PLACEHOLDER}: YYYY-MM-DD, YYYY-MM or YYYY"
    return f"{models.PLACEHOLDER}: {_placeholder(info)}"


def _list_element(annotation: Any) -> Any:
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else None


def _is_source(metadata: typing.Iterable[Any]) -> bool:
    """Whether an id field refers to a source."""
    return any(isinstance(meta, models.Ref) and meta.kinds == (SOURCES.folder,) for meta in metadata)


def _placeholder(info: FieldInfo) -> str:
    """What to write, from the field's description: 'The full name.' -> 'the full name'."""
    described = (info.description or "").split(". ")[0].rstrip(".")
    return described[:1].lower() + described[1:]
