"""`python -m generator cite SOURCE "words of a claim"`: the passages of a stored source that
support a claim, printed as `cite:` YAML ready to paste (or JSON, for tools)."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

from .kinds import SOURCES
from .passages import Passage, SourceIndex, best_passages
from .problems import UsageError
from .yaml_writer import Commented, dump


def source_ids(root: Path) -> list[str]:
    """The ids of the stored sources: those with both their .yml and their .txt."""
    folder = root / "data" / SOURCES.folder
    return sorted(path.stem for path in folder.glob("*.yml") if path.with_suffix(".txt").is_file())


def load_source(root: Path, source_id: str) -> SourceIndex:
    """The index of a stored source's text; an unknown id names the closest known ones."""
    known = source_ids(root)
    if source_id not in known:
        close = difflib.get_close_matches(source_id, known, n=3, cutoff=0.4) or known[:5]
        hint = f"known sources closest to it: {', '.join(close)}" if close else "there are no stored sources yet"
        raise UsageError(f"unknown source '{source_id}' ({hint})")
    try:
        text = (root / "data" / SOURCES.folder / f"{source_id}.txt").read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"data/sources/{source_id}.txt is not UTF-8 text: save it with UTF-8 encoding") from None
    return SourceIndex(text)


def cite_yaml(source_id: str, passages: list[Passage]) -> str:
    """The passages as a `cite:` list to paste under a claim, best first, each with its rank."""
    if not passages:
        return dump({"cite": Commented([], ("no passage of the source shares a word with the claim",))})
    ranked = [
        Commented(
            {"source": source_id, "quote": " ".join(passage.text.split())}, (_ranked(rank, len(passages), passage),)
        )
        for rank, passage in enumerate(passages, 1)
    ]
    return dump({"cite": ranked})


def _ranked(rank: int, of: int, passage: Passage) -> str:
    return f"{rank} of {of}: carries {passage.coverage:.0%} of the claim's words in {passage.words} words"


def cite_json(source_id: str, passages: list[Passage]) -> str:
    items = [
        {"rank": rank, "coverage": p.coverage, "words": p.words, "source": source_id, "quote": p.text}
        for rank, p in enumerate(passages, 1)
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def cite(root: Path, source_id: str, claim: str, n: int = 3, as_json: bool = False) -> str:
    if not claim.split():
        raise UsageError("the claim is empty: give its words in quotes")
    passages = best_passages(load_source(root, source_id), claim, n)
    return cite_json(source_id, passages) if as_json else cite_yaml(source_id, passages)
