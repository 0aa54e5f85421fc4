"""`python -m generator cite --fill FILE`: every claim of a data file that cites nothing gets the
best passage of its sources, marked `review: true`, which `check` reports until an editor has read
the passage against the claim and deleted the mark: nothing a tool picked is published unread.

The file is edited line by line, not rewritten: its comments, order and wording stay as they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel

from . import models
from .cite import load_source, source_ids
from .drafts import DRAFTS
from .fields import fields
from .kinds import BY_FOLDER, EXPLAINERS
from .load import read_data
from .nodes import children, end_line, mappings_under, scalar, scalars_under
from .passages import best_passages
from .problems import UsageError

# Where a model keeps the words a citation must support, most telling first.
CLAIM_FIELDS = ("text", "words", "label", "description", "what", "title")


@dataclass(frozen=True)
class Filled:
    line: int  # 1-based, in the file as written
    claim: str
    source: str
    quote: str


@dataclass(frozen=True)
class Result:
    filled: list[Filled]
    unfound: list[tuple[int, str]]  # claims no source has a passage for: (line, claim)
    text: str


def fill(root: Path, path: Path) -> Result:
    """The file's text with a citation added to each claim that has none, and what was added."""
    shown = path.resolve().relative_to(root.resolve()).as_posix() if path.is_absolute() else path.as_posix()
    text = read_data(root / shown, shown).decode("utf-8")
    model = _model_of(shown)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        raise UsageError(f"{shown} is not valid YAML ({error}): run python -m generator check to see where") from None
    if not isinstance(node, yaml.MappingNode):
        raise UsageError(f"{shown} holds no fields: nothing to cite")
    sources = _sources(root, node) or _sources_of_explainers_naming(root, Path(shown).stem)
    if not sources:
        raise UsageError(
            f"{shown} names no stored source to cite, and no explainer names it: add its 'sources' "
            "(python -m generator source add)"
        )
    indexes = {source_id: load_source(root, source_id) for source_id in sources}
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    edits: list[tuple[int, int, list[str]]] = []  # (first line, lines replaced, new lines), 0-based
    filled, unfound = [], []
    for claim_model, mapping, parent in _mappings(model, node):
        gap = _uncited(claim_model, mapping)
        if gap is None:
            continue
        claim = _claim(mapping) or _status_claim(mapping, parent)
        if not claim:
            continue
        found = max(
            (
                (source_id, passage)
                for source_id, index in indexes.items()
                for passage in best_passages(index, claim, 1)
            ),
            key=lambda pair: pair[1].coverage,
            default=None,
        )
        if found is None:
            unfound.append((mapping.start_mark.line + 1, claim))
            continue
        source_id, passage = found
        quote = " ".join(passage.text.split())
        at, replaced = gap if gap[1] else (end_line(mapping, lines), 0)
        indent = " " * mapping.value[0][0].start_mark.column
        edits.append((at, replaced, _cite_lines(indent, source_id, quote)))
        filled.append(Filled(at + 1, claim, source_id, quote))
    for at, replaced, new in sorted(edits, reverse=True):
        lines[at : at + replaced] = new
    return Result(sorted(filled, key=lambda item: item.line), unfound, "".join(lines))


def _model_of(shown: str) -> type[BaseModel]:
    parts = shown.split("/")
    folder = parts[-2] if len(parts) >= 2 else ""
    if folder == DRAFTS:
        return EXPLAINERS.model
    kind = BY_FOLDER.get(folder)
    if kind is None or not shown.endswith(".yml") or folder == "sources":
        raise UsageError(
            f"{shown} is not a data file with claims: give an explainer, a draft or a registry record "
            "(data/explainers/, data/drafts/, data/people/, data/organisations/ or data/glossary/)"
        )
    return kind.model


def _sources(root: Path, node: yaml.MappingNode) -> list[str]:
    """The stored sources to search: the explainer's own list, else every source the file cites."""
    stored = set(source_ids(root))
    listed = children(node).get("sources")
    if isinstance(listed, yaml.SequenceNode):
        return [name for item in listed.value if (name := scalar(item)) in stored]
    cited = {scalar(children(mapping).get("source")) for mapping in mappings_under(node)}
    return sorted(name for name in cited if name in stored)


def _sources_of_explainers_naming(root: Path, record: str) -> list[str]:
    """For a registry record that cites nothing yet: the sources of the explainers and drafts that name it."""
    found: set[str] = set()
    for path in [*(root / "data" / EXPLAINERS.folder).glob("*.yml"), *(root / "data" / DRAFTS).glob("*.yml")]:
        try:
            node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        except (yaml.YAMLError, UnicodeDecodeError):
            continue  # check reports it; another file may still name the record
        if isinstance(node, yaml.MappingNode) and record in scalars_under(node):
            found.update(_sources(root, node))
    return sorted(found)


def _mappings(
    model: type[BaseModel], node: yaml.Node, parent: yaml.MappingNode | None = None
) -> Iterator[tuple[type[BaseModel], yaml.MappingNode, yaml.MappingNode | None]]:
    """Each mapping of the file with the model that describes it and the mapping it is in, outermost first."""
    if not isinstance(node, yaml.MappingNode):
        return
    yield model, node, parent
    values = children(node)
    for field in fields(model):
        child = values.get(field.name)
        if child is None:
            continue
        if field.model:
            yield from _mappings(field.model, child, node)
        if field.element_model and isinstance(child, yaml.SequenceNode):
            for item in child.value:
                yield from _mappings(field.element_model, item, node)


def _uncited(model: type[BaseModel], mapping: yaml.MappingNode) -> tuple[int, int] | None:
    """Where a claim that must cite cites nothing: (line, 1) of an empty `cite:` to replace, (0, 0)
    where it has no `cite` at all; None where it cites, needs no citation or is the editors' words."""
    info = model.model_fields.get("cite")
    if info is None:
        return None
    values = children(mapping)
    if (scalar(values.get("editorial")) or "").lower() == "true":
        return None
    if not info.is_required() and model is not models.Statement:
        return None  # an update's citations are optional: it may add no fact
    cite = values.get("cite")
    if cite is None:
        return (0, 0)
    empty = (isinstance(cite, yaml.SequenceNode) and not cite.value) or scalar(cite) in ("", "~", "null")
    if not empty:
        return None
    key = next(key for key, value in mapping.value if value is cite)
    return (key.start_mark.line, 1)


def _claim(mapping: yaml.MappingNode) -> str:
    values = children(mapping)
    for name in CLAIM_FIELDS:
        words = " ".join((scalar(values.get(name)) or "").split())
        if words:
            if name == "what":  # an event claims where it happened as well as what happened
                words = " ".join(filter(None, [words, scalar(values.get("where"))]))
            return "" if words.startswith(models.PLACEHOLDER) else words
    return ""


def _status_claim(mapping: yaml.MappingNode, parent: yaml.MappingNode | None) -> str:
    """What an issue's status claims, which has no words of its own: the status, of the issue."""
    words = (scalar(children(mapping).get("status")) or "").replace("-", " ")
    return " ".join(filter(None, [words, _claim(parent) if parent else ""]))


def _cite_lines(indent: str, source: str, quote: str) -> list[str]:
    return [
        f"{indent}cite:\n",
        f"{indent}  - source: {source}\n",
        f"{indent}    quote: {json.dumps(quote, ensure_ascii=False)}\n",
        f"{indent}    review: true  # picked by cite --fill: read it against the claim, then delete this line\n",
    ]
