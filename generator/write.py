"""Stage 5, write: put generated pages into the docs tree, touching only what changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .pages import GENERATED


def write_pages(
    pages: dict[str, str | bytes],
    docs: Path,
    owned: tuple[str, ...] = GENERATED,
    previous: dict[str, str | bytes] | None = None,
) -> tuple[list[str], list[str]]:
    """Write changed pages (text, or bytes for pictures) and delete stale generated ones under `owned`;
    return (written, deleted). `previous`, the pages as this process last wrote them (`mkdocs serve`
    keeps them), spares reading every file and walking the tree again: at 1,000 explainers, 13,000 files."""
    written, deleted = [], []
    for relative, content in sorted(pages.items()):
        if previous and previous.get(relative) == content and os.path.isfile(os.path.join(docs, relative)):
            continue  # as written last, and still there (an editor may have deleted it)
        target = docs / relative
        data = content.encode("utf-8") if isinstance(content, str) else content
        if target.is_file() and target.read_bytes() == data:
            continue  # unchanged: leave the file (and its mtime) alone, so serve rebuilds little
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".tmp")
        partial.write_bytes(data)
        partial.replace(target)
        written.append(relative)
    if previous:
        gone = [relative for relative in previous if relative not in pages]
        for relative in gone:
            (docs / relative).unlink(missing_ok=True)
            for folder in (docs / relative).parents:  # and the folders it leaves empty
                if folder == docs or any(folder.iterdir()):
                    break
                folder.rmdir()
        return written, sorted(gone)
    for name in owned:
        root = docs / name
        candidates = [root] if root.is_file() else sorted(root.rglob("*")) if root.is_dir() else []
        for path in candidates:
            relative = path.relative_to(docs).as_posix()
            if path.is_file() and relative not in pages:
                path.unlink()
                deleted.append(relative)
        if root.is_dir():
            for folder in [*sorted(root.rglob("*"), reverse=True), root]:
                if folder.is_dir() and not any(folder.iterdir()):
                    folder.rmdir()
    return written, sorted(deleted)


def remove_generated(docs: Path) -> None:
    """Delete every generated page and folder under docs/, leaving it as a fresh clone has it."""
    for owned in GENERATED:
        path = docs / owned
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
