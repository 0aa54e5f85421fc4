"""Command line: `python -m generator build|check`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .build import build
from .problems import DataError
from .schema import json_schemas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Build explainer pages from data/.")
    parser.add_argument("command", choices=["build", "check", "schema"],
                        help="build: check the data and write the pages into docs/; check: only check; "
                             "schema: write the JSON Schemas of the data files into schema/")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    args = parser.parse_args(argv)
    if args.command == "schema":
        folder = args.root / "schema"
        folder.mkdir(exist_ok=True)
        for name, content in json_schemas().items():
            (folder / name).write_text(content, encoding="utf-8")
        print(f"wrote {len(json_schemas())} schemas to schema/")
        return 0
    started = time.perf_counter()
    try:
        result = build(args.root.resolve(), write=args.command == "build")
    except DataError as error:
        print(error, file=sys.stderr)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    summary = f"{len(result.pages)} pages, {result.citations} citations verified in {seconds:.2f} s"
    if args.command == "build":
        summary += f"; {len(result.written)} written, {len(result.deleted)} deleted"
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
