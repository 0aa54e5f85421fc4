"""What is left to review in the drafts under data/drafts/: every line still holding a FILL IN.

`check` prints it; it never makes `check` fail, since drafts are not published.
"""

from __future__ import annotations

from pathlib import Path

from .models import PLACEHOLDER

DRAFTS = "drafts"


def review_list(root: Path) -> list[str]:
    """For each draft with open items: a heading line, then one line per item, with its line number."""
    lines: list[str] = []
    folder = root / "data" / DRAFTS
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        shown = path.relative_to(root).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            lines.append(f"{shown}: not UTF-8 text; save it with UTF-8 encoding")
            continue
        open_items = [
            (number, line.strip())
            for number, line in enumerate(text.splitlines(), 1)
            if PLACEHOLDER in line and not line.lstrip().startswith("#")
        ]
        if open_items:
            count = len(open_items)
            lines.append(f"{shown}: {count} item{'s' if count != 1 else ''} left to review")
            lines += [f"  {shown}:{number}: {line}" for number, line in open_items]
    return lines
