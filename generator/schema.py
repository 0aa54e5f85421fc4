"""JSON Schemas of the data files, generated from the models, for editors' YAML tooling."""

from __future__ import annotations

import json

from pydantic import BaseModel

from . import models
from .kinds import KINDS, Kind


def json_schemas() -> dict[str, str]:
    """Each schema file's name and content: one per kind of record, and data/site.yml's."""
    files: dict[str, type[BaseModel]] = {kind.schema_file: kind.model for kind in KINDS} | {"site.json": models.Site}
    schemas = {}
    for name, model in files.items():
        schema = model.model_json_schema(mode="validation")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schemas[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return schemas


def schema_line(kind: Kind[BaseModel]) -> str:
    """The first line of every data file of this kind."""
    return f"# yaml-language-server: $schema=../../schema/{kind.schema_file}"
