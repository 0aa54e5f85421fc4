"""`python -m generator new KIND ID`: a new data file with its schema line and placeholders.

Every placeholder starts with FILL IN, which `check` reports until an editor replaces it.
"""

from __future__ import annotations

from pathlib import Path

from .schema import schema_line

_CITE = """cite:
  - source: {source}
    quote: "FILL IN: words copied exactly from the source"
"""

SCAFFOLDS = {
    "person": (
        "people",
        """name: "FILL IN: full name"
aliases: []
description: "FILL IN: who they are, in one sentence the source supports"
"""
        + _CITE,
    ),
    "organisation": (
        "organisations",
        """name: "FILL IN: name"
aliases: []
description: "FILL IN: what it is, in one sentence the source supports"
"""
        + _CITE,
    ),
    "term": (
        "glossary",
        """term: "FILL IN: the term as readers see it"
aliases: []
definition: "FILL IN: one or two sentences the source supports"
related: []
"""
        + _CITE,
    ),
    "explainer": (
        "explainers",
        """title: "FILL IN: headline of the explainer"
summary:
  text: "FILL IN: one paragraph: what happened, who was involved, why it matters"
  cite:
    - source: {source}
      quote: "FILL IN: words copied exactly from the source"
event:
  what: "FILL IN: what happened"
  where: "FILL IN: place"
  date: "FILL IN: YYYY-MM-DD, YYYY-MM or YYYY"
  cite:
    - source: {source}
      quote: "FILL IN: words copied exactly from the source"
as_of: "FILL IN: YYYY-MM-DD"
sources: [{source}]
topics: []
figures: []
attendance: []
timeline: []
issues: []
quotes: []
glossary: []
""",
    ),
}


def scaffold(root: Path, kind: str, new_id: str) -> Path:
    """Write the new file and return its path; refuse to overwrite an existing one."""
    folder, body = SCAFFOLDS[kind]
    path = root / "data" / folder / f"{new_id}.yml"
    if path.exists():
        raise FileExistsError(path)
    sources = sorted(p.stem for p in (root / "data" / "sources").glob("*.yml"))
    source = sources[0] if len(sources) == 1 else "fill-in-a-source-id"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{schema_line(folder)}\n" + body.replace("{source}", source), encoding="utf-8")
    return path
