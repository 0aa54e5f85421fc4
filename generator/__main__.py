"""Command line: `python -m generator build|check`."""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from . import github
from .build import build, check, count_citations
from .models import ID_PATTERN
from .problems import DataError
from .scaffold import SCAFFOLDS, scaffold
from .schema import json_schemas
from .validate import KINDS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Build explainer pages from data/.")
    parser.add_argument(
        "command",
        choices=["build", "check", "schema", "new"],
        help="build: check the data and write the pages into docs/; check: only check; "
        "schema: write the JSON Schemas of the data files into schema/; "
        "new KIND ID: start a data file",
    )
    parser.add_argument("kind", nargs="?", choices=sorted(SCAFFOLDS), help="with new: the kind of file")
    parser.add_argument("id", nargs="?", help="with new: its id, lower-case words joined by hyphens")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    args = parser.parse_args(argv)
    if args.command == "new":
        return _new(parser, args)
    if args.kind or args.id:
        parser.error(f"'{args.command}' takes no KIND or ID")
    if args.command == "schema":
        folder = args.root / "schema"
        folder.mkdir(exist_ok=True)
        for name, content in json_schemas().items():
            (folder / name).write_text(content, encoding="utf-8")
        print(f"wrote {len(json_schemas())} schemas to schema/")
        return 0
    started = time.perf_counter()
    root = args.root.resolve()
    try:
        if args.command == "check":  # everything a build checks, without rendering
            dataset = check(root)
            files = sum(len(getattr(dataset, kind)) for kind in KINDS)
            summary = f"{files} data files, {count_citations(dataset)} citations verified"
        else:
            result = build(root)
            summary = (
                f"{len(result.pages)} pages, {result.citations} citations verified; "
                f"{len(result.written)} written, {len(result.deleted)} deleted"
            )
    except DataError as error:
        github.report(error.problems)
        print(error, file=sys.stderr)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", file=sys.stderr)
        return 1
    print(f"{summary} in {time.perf_counter() - started:.2f} s")
    return 0


def _new(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if not args.kind or not args.id:
        parser.error("new needs a KIND and an ID, e.g. new person abdul-ghani-baradar")
    if not re.fullmatch(ID_PATTERN, args.id):
        parser.error(f"'{args.id}' is not a valid id: use lower-case words joined by hyphens")
    try:
        path = scaffold(args.root, args.kind, args.id)
    except FileExistsError as error:
        parser.error(f"{Path(error.args[0]).relative_to(args.root)} already exists")
    print(f"wrote {path.relative_to(args.root)}: replace each FILL IN, then run python -m generator check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
