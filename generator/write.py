"""Stage 5, write: put generated pages into the docs tree, touching only what changed."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from .pages import GENERATED, OnDisk


def write_pages(
    pages: Mapping[str, str | bytes | OnDisk],
    docs: Path,
    owned: tuple[str, ...] = GENERATED,
    previous: set[str] | None = None,
) -> tuple[list[str], list[str]]:
    """Write changed pages (text, or bytes for pictures) and delete stale generated ones under `owned`;
    return (written, deleted). A page ON_DISK is in docs/ as this process last wrote it. `previous`, the
    pages this process last wrote (`mkdocs serve` keeps them), spares walking the tree again: at 1,000
    explainers, 13,000 files."""
    written, deleted = [], []
    for relative, content in sorted(pages.items()):
        if isinstance(content, OnDisk):
            continue
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
