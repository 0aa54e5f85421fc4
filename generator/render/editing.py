"""The "How to edit" page: every file kind and field, described from the models' JSON Schemas."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..kinds import KINDS
from ..models import EXAMPLE_SOURCE, ID_PATTERN
from ..scaffold import scaffold_text
from ..schema import json_schemas
from ..yaml_writer import flow


@dataclass
class FieldRow:
    name: str
    required: str
    type: str
    what: str  # what the field holds, in words
    example: str  # a value of it, as YAML on one line


@dataclass
class FieldTable:
    name: str
    description: str
    rows: list[FieldRow]


@dataclass
class FileKind:
    title: str
    folder: str
    schema: str
    description: str
    rows: list[FieldRow]
    groups: list[FieldTable] = field(default_factory=list)
    command: str = ""
    example: Markup = field(default_factory=Markup)


def file_kinds() -> list[FileKind]:
    schemas = json_schemas()
    described = []
    for kind in KINDS:
        schema = json.loads(schemas[kind.schema_file])
        described.append(
            FileKind(
                kind.title,
                f"data/{kind.folder}/",
                f"schema/{kind.schema_file}",
                schema.get("description", ""),
                _rows(schema),
                [
                    FieldTable(name, definition.get("description", ""), _rows(definition))
                    for name, definition in sorted(schema.get("$defs", {}).items())
                ],
                kind.noun if kind.scaffold else "",
                Markup(scaffold_text(kind.model, EXAMPLE_SOURCE)) if kind.scaffold else Markup(""),
            )
        )
    return described


def _rows(schema: dict[str, Any]) -> list[FieldRow]:
    required = set(schema.get("required", []))
    return [
        FieldRow(name, "yes" if name in required else "no", _kind(prop), _what(prop), _example(prop))
        for name, prop in schema.get("properties", {}).items()
    ]


def _what(prop: dict[str, Any]) -> str:
    options = [prop, *prop.get("anyOf", [])]
    description = next((option["description"] for option in options if "description" in option), "")
    return description


def _example(prop: dict[str, Any]) -> str:
    """The field's first example (the field's own, else its type's), as YAML on one line; "" if none."""
    options = [prop, *prop.get("anyOf", [])]
    examples: list[Any] = next((option["examples"] for option in options if option.get("examples")), [])
    return flow(examples[0]) if examples else ""


def _kind(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return f"{prop['$ref'].rsplit('/', 1)[-1]} (below)"
    if "anyOf" in prop:
        options = [option for option in prop["anyOf"] if option.get("type") != "null"]
        if any("pattern" in option and r"\d{4}" in option["pattern"] for option in options):
            return "date"
        return " or ".join(_kind(option) for option in options)
    if "enum" in prop:
        return "one of: " + ", ".join(str(value) for value in prop["enum"])
    if "const" in prop:
        return str(prop["const"])
    kind = prop.get("type")
    if kind == "array":
        return "list of " + _plural(_kind(prop.get("items", {})))
    if kind == "string":
        return "id" if prop.get("pattern") == ID_PATTERN else "text"
    return {"integer": "whole number", "number": "number", "boolean": "true or false"}.get(str(kind), "value")


def _plural(kind: str) -> str:
    return {"id": "ids", "text": "texts"}.get(kind, kind)
