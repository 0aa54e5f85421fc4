"""The "How to edit" page: every file kind and field, described from the models' JSON Schemas."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from markupsafe import Markup

from .models import ID_PATTERN
from .scaffold import SCAFFOLDS
from .schema import SCHEMA_FILES, json_schemas

KIND_TITLES = {
    "sources": "Sources",
    "organisations": "Organisations",
    "people": "People",
    "glossary": "Glossary terms",
    "explainers": "Explainers",
}


@dataclass
class FieldRow:
    name: str
    required: str
    what: str


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
    commands = {folder: command for command, (folder, _) in SCAFFOLDS.items()}
    kinds = []
    for folder, schema_file in SCHEMA_FILES.items():
        schema = json.loads(schemas[schema_file])
        defs = schema.get("$defs", {})
        kind = FileKind(
            KIND_TITLES[folder],
            f"data/{folder}/",
            f"schema/{schema_file}",
            schema.get("description", ""),
            _rows(schema),
        )
        kind.groups = [
            FieldTable(name, definition.get("description", ""), _rows(definition))
            for name, definition in sorted(defs.items())
        ]
        if folder in commands:
            kind.command = commands[folder]
            kind.example = Markup(SCAFFOLDS[kind.command][1].replace("{source}", "rferl-2019-05-28"))
        kinds.append(kind)
    return kinds


def _rows(schema: dict) -> list[FieldRow]:
    required = set(schema.get("required", []))
    return [
        FieldRow(name, "yes" if name in required else "no", _what(prop))
        for name, prop in schema.get("properties", {}).items()
    ]


def _what(prop: dict) -> str:
    kind = _kind(prop)
    options = [prop, *prop.get("anyOf", [])]
    description = next((option["description"] for option in options if "description" in option), "")
    if not description or kind.startswith("a date"):
        return kind
    return f"{kind}. {description}"


def _kind(prop: dict) -> str:
    if "$ref" in prop:
        return f"a group of fields: {prop['$ref'].rsplit('/', 1)[-1]} (below)"
    if "anyOf" in prop:
        options = [option for option in prop["anyOf"] if option.get("type") != "null"]
        if any("pattern" in option and r"\d{4}" in option["pattern"] for option in options):
            return "a date: YYYY, YYYY-MM or YYYY-MM-DD (its form gives its precision)"
        return " or ".join(_kind(option) for option in options)
    if "enum" in prop:
        return "one of: " + ", ".join(str(value) for value in prop["enum"])
    if "const" in prop:
        return str(prop["const"])
    kind = prop.get("type")
    if kind == "array":
        return "a list of " + _plural(_kind(prop.get("items", {})))
    if kind == "string":
        return "an id (lower-case words joined by hyphens)" if prop.get("pattern") == ID_PATTERN else "text"
    return {"integer": "a whole number", "number": "a number", "boolean": "true or false"}.get(kind, "a value")


def _plural(kind: str) -> str:
    for single, plural in (("a group of fields", "groups of fields"), ("an id", "ids"), ("text", "texts")):
        if kind.startswith(single):
            return plural + kind[len(single) :]
    return kind
