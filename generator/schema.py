"""JSON Schemas of the data files, generated from the models, for editors' YAML tooling."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue

from . import models
from .kinds import KINDS, Kind


class _Generator(GenerateJsonSchema):
    """Pydantic's JSON Schema, but with each example's fields in the order editors write them (pydantic
    sorts every key but a model's properties alphabetically, examples' keys included)."""

    def sort(self, value: JsonSchemaValue, parent_key: str | None = None) -> JsonSchemaValue:
        sorted_value: JsonSchemaValue = _sorted(value, parent_key)
        return sorted_value


def _sorted(value: Any, parent_key: str | None) -> Any:
    if isinstance(value, dict):
        keys = list(value) if parent_key in ("properties", "default") else sorted(value)
        return {key: value[key] if key == "examples" else _sorted(value[key], key) for key in keys}
    if isinstance(value, list):
        return [_sorted(item, parent_key) for item in value]
    return value


def json_schemas() -> dict[str, str]:
    """Each schema file's name and content: one per kind of record, and data/site.yml's."""
    files: dict[str, type[BaseModel]] = {kind.schema_file: kind.model for kind in KINDS} | {"site.json": models.Site}
    schemas = {}
    for name, model in files.items():
        schema = model.model_json_schema(mode="validation", schema_generator=_Generator)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schemas[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return schemas


def schema_line(kind: Kind[BaseModel]) -> str:
    """The first line of every data file of this kind."""
    return f"# yaml-language-server: $schema=../../schema/{kind.schema_file}"
