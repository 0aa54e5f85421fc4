"""JSON Schemas of the data files, generated from the models, for editors' YAML tooling."""

from __future__ import annotations

import json

from .validate import KINDS

# Folder under data/ -> the schema file its files point to on their first line.
SCHEMA_FILES = {
    "sources": "source.json",
    "organisations": "organisation.json",
    "people": "person.json",
    "glossary": "term.json",
    "explainers": "explainer.json",
}


def json_schemas() -> dict[str, str]:
    """Each schema file's name and content."""
    schemas = {}
    for kind, model in KINDS.items():
        schema = model.model_json_schema(mode="validation")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schemas[SCHEMA_FILES[kind]] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return schemas


def schema_line(kind: str) -> str:
    """The first line of every data file of this kind."""
    return f"# yaml-language-server: $schema=../../schema/{SCHEMA_FILES[kind]}"
