"""Command line: `python -m generator build|check`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .build import build
from .problems import DataError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Build explainer pages from data/.")
    parser.add_argument("command", choices=["build", "check"],
                        help="build: check the data and write the pages into docs/; check: only check")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    args = parser.parse_args(argv)
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
