"""`python -m generator draft accept SLUG`: a reviewed draft becomes an explainer.

Every proposed record the editor kept is written into the registry with its cited statement; an
existing record the explainer refers to, but which says nothing known on the explainer's date, gets
a dated statement to fill in (else its name would go unlinked); the draft moves to
data/explainers/ without its proposals (no git needed). What is left to fill in is listed, located.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .. import chronology, models
from ..cite import load_source
from ..dataset import load_dataset
from ..drafts import DRAFTS
from ..fields import walk
from ..fill import fill
from ..kinds import EXPLAINERS, GLOSSARY, ORGANISATIONS, PEOPLE, REGISTRY, Kind
from ..load import load_file
from ..nodes import children, end_line, sequence
from ..passages import best_passages
from ..problems import DataError, UsageError
from ..schema import schema_line
from ..yaml_writer import dump

PROPOSED = "proposed_records"
# A proposed record's key naming its kind, as the draft writes it.
PROPOSED_KINDS: dict[str, Kind[Any]] = {"person": PEOPLE, "organisation": ORGANISATIONS, "term": GLOSSARY}
REGISTRY_FOLDERS = {kind.folder: kind for kind in REGISTRY}


@dataclass
class Accepted:
    explainer: Path
    records: list[Path] = field(default_factory=list)  # written new
    dated: list[Path] = field(default_factory=list)  # existing records given a statement for the explainer's date
    left: list[str] = field(default_factory=list)  # "file:line: text" of each FILL IN or review mark left
    uncited: dict[Path, int] = field(default_factory=dict)  # claims each file's cite --fill would cite


def accept(root: Path, slug: str) -> Accepted:
    draft = root / "data" / DRAFTS / f"{slug}.yml"
    shown = f"data/{DRAFTS}/{slug}.yml"
    target = root / "data" / EXPLAINERS.folder / f"{slug}.yml"
    if not draft.is_file():
        raise UsageError(f"there is no {shown}: write it with python -m generator draft SOURCE --slug {slug}")
    if target.exists():
        raise UsageError(f"data/{EXPLAINERS.folder}/{slug}.yml already exists: give the draft another slug")
    try:
        data = load_file(draft, root).data
    except DataError as error:
        first = error.problems[0]
        raise UsageError(
            f"{shown} no longer parses: line {first.line}: {first.message}; fix it and accept again"
        ) from None
    if not isinstance(data, dict):
        raise UsageError(f"{shown} holds no explainer: write it again with python -m generator draft")
    records = [_record(item, shown) for item in data.get(PROPOSED) or []]
    for kind, record_id, _ in records:
        if (root / "data" / kind.folder / f"{record_id}.yml").exists():
            raise UsageError(
                f"data/{kind.folder}/{record_id}.yml already exists: in {shown}, delete its proposed record to use "
                "the existing one, or give it another id (and its uses)"
            )
    accepted = Accepted(target)
    for kind, record_id, fields in records:
        path = root / "data" / kind.folder / f"{record_id}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{schema_line(kind)}\n{dump(fields)}", encoding="utf-8")
        accepted.records.append(path)
    text = draft.read_text(encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_as_explainer(text), encoding="utf-8")
    draft.unlink()
    new = {(kind.folder, record_id) for kind, record_id, _ in records}
    accepted.dated = _dated_statements(root, data, new)
    written = [target, *accepted.records, *accepted.dated]
    accepted.left = [line for path in written for line in _left(root, path)]
    accepted.uncited = {path: count for path in written if (count := _uncited(root, path))}
    return accepted


def _record(item: Any, shown: str) -> tuple[Kind[Any], str, dict[str, Any]]:
    """A proposed record's kind, id and fields as its own file holds them."""
    if not isinstance(item, dict):
        raise UsageError(f"{shown}: each of {PROPOSED} is a record (person, organisation or term, with its fields)")
    named = [key for key in PROPOSED_KINDS if key in item]
    if len(named) != 1 or not isinstance(item[named[0]], str):
        raise UsageError(f"{shown}: a proposed record names one of person, organisation or term, with its id")
    key = named[0]
    kind, record_id = PROPOSED_KINDS[key], item[key]
    fields = {name: value for name, value in item.items() if name != key}
    if kind is GLOSSARY and "name" in fields:
        fields = {"term": fields.pop("name"), **fields}  # a term's record names it 'term'
    return kind, record_id, fields


def _as_explainer(text: str) -> str:
    """The draft's text without its proposals and its notes for review: an explainer's file."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines = text.splitlines(keepends=True)
    entries = node.value if isinstance(node, yaml.MappingNode) else []
    proposed = next(((key, value) for key, value in entries if key.value == PROPOSED), None)
    if proposed:
        key, value = proposed
        start, end = key.start_mark.line, end_line(value, lines, trimmed=False)
        while start > 0 and (lines[start - 1].lstrip().startswith("#") or not lines[start - 1].strip()):
            start -= 1  # its comment lines, and the blank line before them
        del lines[start:end]
    header = 1 if lines and lines[0].startswith("# yaml-language-server") else 0
    while header < len(lines) and lines[header].startswith("#"):
        del lines[header]  # "A draft written by ...": no longer true
    return "".join(lines).rstrip("\n") + "\n"


def _dated_statements(root: Path, explainer: dict[str, Any], new: set[tuple[str, str]]) -> list[Path]:
    """Existing records the explainer refers to that say nothing known on its date, each given a
    statement to fill in, cited by the passage of the explainer's sources that names it best."""
    try:
        on = models.PartialDate.parse(explainer.get("as_of"))
    except ValueError:
        return []  # check reports the date; without it no statement can be dated
    dataset, _ = load_dataset(root)
    referred: dict[tuple[str, str], None] = {}
    for found in walk(models.Explainer, explainer):
        if found.ref and isinstance(found.value, str):
            for folder in found.ref.kinds:
                if folder in REGISTRY_FOLDERS and dataset.find(REGISTRY_FOLDERS[folder], found.value):
                    referred[(folder, found.value)] = None
    sources = [s for s in explainer.get("sources") or [] if isinstance(s, str)]
    written = []
    for folder, record_id in referred:
        if (folder, record_id) in new:
            continue
        record = dataset.get(REGISTRY_FOLDERS[folder], record_id)
        if chronology.known_on(record.statements, dataset, on):
            continue
        name = record.term if isinstance(record, models.Term) else record.name
        cite = _passage(root, sources, name)
        path = root / "data" / folder / f"{record_id}.yml"
        _append_statement(path, record.STATEMENTS, on, name, cite)
        written.append(path)
    return written


def _passage(root: Path, sources: list[str], name: str) -> tuple[str, str] | None:
    best: tuple[float, str, str] | None = None
    for source_id in sources:
        try:
            index = load_source(root, source_id)
        except UsageError:
            continue
        for passage in best_passages(index, name, 1):
            if best is None or passage.coverage > best[0]:
                best = (passage.coverage, source_id, " ".join(passage.text.split()))
    return (best[1], best[2]) if best else None


def _append_statement(path: Path, key: str, on: models.PartialDate, name: str, cite: tuple[str, str] | None) -> None:
    """A statement at the end of the record's list, in the list's own indentation."""
    text = path.read_text(encoding="utf-8")
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(node, yaml.MappingNode):
        return  # check reports a record that is not one
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    items = children(node)[key]
    indent = " " * max(0, sequence(items)[0].start_mark.column - 2) if sequence(items) else "  "
    end = end_line(items, lines)
    said = f"{models.PLACEHOLDER}: what the sources say of {name} as of {on.iso}, saying no more than its quotes"
    added = [f"{indent}- text: {json.dumps(said, ensure_ascii=False)}\n"]
    if cite:
        added += [
            f"{indent}  cite:\n",
            f"{indent}    - source: {cite[0]}\n",
            f"{indent}      quote: {json.dumps(cite[1], ensure_ascii=False)}\n",
            f"{indent}      review: true  # picked by draft accept: read it against the text, then delete this line\n",
        ]
    lines[end:end] = added
    path.write_text("".join(lines), encoding="utf-8")


def _uncited(root: Path, path: Path) -> int:
    """How many claims of the file cite nothing yet."""
    try:
        result = fill(root, path)
    except UsageError:
        return 0  # nothing cite --fill could do: check names each claim
    return len(result.filled) + len(result.unfound)


def _left(root: Path, path: Path) -> list[str]:
    shown = path.relative_to(root).as_posix()
    return [
        f"{shown}:{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if (models.PLACEHOLDER in line or "review: true" in line) and not line.lstrip().startswith("#")
    ]
