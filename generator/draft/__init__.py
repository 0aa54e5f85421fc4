"""`python -m generator draft SOURCE... --slug SLUG`: a draft explainer, written to data/drafts/,
with every candidate found in the sources and the exact words each rests on. Drafts are never
published: the build reads only the folders of the record kinds, and data/drafts/ is none of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..drafts import DRAFTS
from ..models import ID_PATTERN
from ..problems import UsageError
from .ambiguity import report
from .candidates import collect
from .writer import draft_json, draft_yaml


@dataclass(frozen=True)
class Written:
    path: Path
    yaml: str
    json: str
    ambiguities: list[str]
    candidates: int


def write_draft(root: Path, sources: list[str], slug: str, force: bool = False) -> Written:
    """Collect the candidates of `sources`, write data/drafts/SLUG.yml and return what was written."""
    if not re.fullmatch(ID_PATTERN, slug):
        raise UsageError(f"'{slug}' is not a valid slug: use lower-case words joined by hyphens")
    path = root / "data" / DRAFTS / f"{slug}.yml"
    if path.exists() and not force:
        raise UsageError(f"data/{DRAFTS}/{slug}.yml already exists (--force replaces it)")
    draft = collect(root, list(dict.fromkeys(sources)))
    command = f"python -m generator draft {' '.join(draft.sources)} --slug {slug}"
    text = draft_yaml(draft, command)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    ambiguities = report(draft.texts, draft.mentions, draft.aliases, draft.registry)
    count = sum(
        len(group)
        for group in (
            draft.people,
            draft.organisations,
            draft.terms,
            draft.issues,
            draft.figures,
            draft.timeline,
            draft.quotations,
        )
    )
    return Written(path, text, draft_json(draft), ambiguities, count)
