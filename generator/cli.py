"""The command line: `python -m generator COMMAND`, each command with its own --help."""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import github
from .build import build, check
from .cite import cite
from .drafts import review_list
from .fill import fill
from .kinds import BY_NOUN
from .models import ID_PATTERN
from .problems import DataError, UsageError
from .scaffold import scaffold
from .schema import json_schemas

if TYPE_CHECKING:
    from .draft.accept import Accepted


AUTHOR_PACKAGES = "requirements/author.txt"


@contextmanager
def _authoring() -> Iterator[None]:
    """Where an authoring command imports its modules: their packages (source add's extraction, the
    drafter's name and country data) are not installed to build the site, and their absence is one line."""
    try:
        yield
    except ModuleNotFoundError as error:
        raise UsageError(
            f"this command needs the authoring packages ({error.name} is not installed): run it as "
            f"./run generator COMMAND ..., which installs them, or .venv/bin/python -m pip install -r {AUTHOR_PACKAGES}"
        ) from None


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except DataError as error:  # an editor's mistake: located lines, never a traceback
        github.report(error.problems)
        print(error, file=sys.stderr)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", file=sys.stderr)
        return 1
    except UsageError as error:  # a command given what it cannot use: one line, never a traceback
        print(f"error: {error}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Build explainer pages from data/.")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    root = argparse.ArgumentParser(add_help=False)
    root.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")

    def command(
        name: str, run: Callable[[argparse.Namespace], int], summary: str, group: Any = commands
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(name, parents=[root], help=summary, description=summary)
        sub.set_defaults(command=run, parser=sub)
        return sub

    command("build", _build, "check the data and write the pages into docs/ (mkdocs build runs this itself)")
    command("check", _check, "check every data file and report every problem; write nothing")
    command("schema", _schema, "write the JSON Schemas of the data files into schema/")
    new = command("new", _new, "start a data file with a placeholder for every field to fill in")
    new.add_argument("kind", choices=sorted(noun for noun, kind in BY_NOUN.items() if kind.scaffold))
    new.add_argument("id", help="its id: lower-case words joined by hyphens, e.g. abdul-ghani-baradar")
    quote = command("cite", _cite, "propose the passages of a stored source that support a claim, as cite: YAML")
    quote.add_argument("source", nargs="?", help="the id of a stored source, e.g. rferl-2019-05-28")
    quote.add_argument("claim", nargs="?", help="the words of the claim, in quotes")
    quote.add_argument(
        "--fill",
        type=Path,
        metavar="FILE",
        help="instead: give every claim of FILE that cites nothing its best passage, marked review: true",
    )
    quote.add_argument("-n", type=int, default=3, choices=range(1, 11), metavar="N", help="how many (default 3)")
    quote.add_argument("--json", action="store_true", help="print JSON for tools instead of YAML")
    draft = command(
        "draft",
        _draft,
        "write a draft explainer into data/drafts/ from stored sources, for review; `draft accept SLUG` then "
        "writes its kept records into the registry and moves it to data/explainers/",
    )
    draft.add_argument("sources", nargs="+", metavar="SOURCE", help="the ids of stored sources (or: accept SLUG)")
    draft.add_argument("--slug", help="the draft's file name: data/drafts/SLUG.yml")
    draft.add_argument("--json", action="store_true", help="print the candidates as JSON for tools")
    draft.add_argument("--force", action="store_true", help="replace an existing draft of that slug")
    source = commands.add_parser("source", help="import an article into data/sources/", description=SOURCE_HELP)
    actions = source.add_subparsers(title="actions", required=True, metavar="ACTION")
    add = command("add", _source_add, "write data/sources/ID.txt and ID.yml from a saved page or a text", actions)
    add.add_argument("id", help="the source's id: lower-case words joined by hyphens, e.g. rferl-2019-05-28")
    given = add.add_mutually_exclusive_group(required=True)
    given.add_argument(
        "--html", type=Path, metavar="FILE", help="a saved web page of the article (read, never fetched)"
    )
    given.add_argument("--text", type=Path, metavar="FILE", help="the article as text: a paragraph per line or block")
    add.add_argument("--url", help="the article's web address (needed with --text; else the page's own)")
    add.add_argument("--archived", metavar="URL", help="a web archive's copy of the page")
    add.add_argument("--outlet", metavar="NAME", help="the outlet's name (needed with --text; else the page's)")
    add.add_argument("--published", metavar="DATE", help="YYYY-MM-DD, YYYY-MM or YYYY (needed with --text)")
    add.add_argument("--force", action="store_true", help="replace the source's files if they exist")
    return parser


SOURCE_HELP = """import an article into data/sources/: its text in ID.txt (a paragraph per line) and its record in
ID.yml; then review what it reports and run python -m generator check"""


def _build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    result = build(args.root.resolve())
    print(
        f"{len(result.pages)} pages, {result.citations} citations verified; "
        f"{len(result.written)} written, {len(result.deleted)} deleted in {time.perf_counter() - started:.2f} s"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    root = args.root.resolve()
    _report("Drafts (never published; they do not fail the check):", review_list(root))
    with suppress(ModuleNotFoundError):  # an authoring aid: a build's environment lacks its packages
        from .draft.ambiguity import registry_report

        _report("Names that may link to the wrong record:", registry_report(root))
    dataset = check(root)
    files = sum(len(records) for records in dataset.records.values())
    print(f"{files} data files, {dataset.citations} citations verified in {time.perf_counter() - started:.2f} s")
    return 0


def _schema(args: argparse.Namespace) -> int:
    folder = args.root / "schema"
    folder.mkdir(exist_ok=True)
    schemas = json_schemas()
    for name, content in schemas.items():
        (folder / name).write_text(content, encoding="utf-8")
    print(f"wrote {len(schemas)} schemas to schema/")
    return 0


def _cite(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    if args.fill is not None:
        if args.source or args.claim:
            raise UsageError("give either --fill FILE or a source and a claim, not both")
        return _fill(root, args.fill)
    if not (args.source and args.claim):
        raise UsageError('cite needs a source and a claim: python -m generator cite SOURCE "words of the claim"')
    print(cite(root, args.source, args.claim, args.n, args.json), end="")
    return 0


def _fill(root: Path, file: Path) -> int:
    path = file if file.is_absolute() else Path.cwd() / file
    if not file.is_absolute() and not (path.is_file() and path.resolve().is_relative_to(root)):
        path = root / file  # a path inside the project, given from elsewhere with --root
    if not path.resolve().is_relative_to(root) or not path.is_file():
        raise UsageError(f"{file} is not a data file of this project (looked in {root.name}/data/)")
    result = fill(root, path.resolve())
    shown = path.resolve().relative_to(root).as_posix()
    if result.filled:
        path.write_text(result.text, encoding="utf-8")
    print(f"{shown}: {len(result.filled)} claim{'s' if len(result.filled) != 1 else ''} given a citation to review")
    for item in result.filled:
        print(f'  {shown}:{item.line}: {item.source}: "{item.quote}"')
    for line, claim in result.unfound:
        print(f"  {shown}:{line}: no passage of its sources shares a word with: {claim}")
    if result.filled:
        print("Read each against its claim and delete its 'review: true'; check fails until every mark is gone.")
    return 0


def _draft(args: argparse.Namespace) -> int:
    if args.sources[0] == "accept":
        if len(args.sources) != 2 or args.slug:
            raise UsageError("draft accept takes one slug: python -m generator draft accept SLUG")
        with _authoring():
            from .draft.accept import accept
        return _accept(accept(args.root.resolve(), args.sources[1]), args.root.resolve())
    if not args.slug:
        raise UsageError("draft needs --slug: python -m generator draft SOURCE --slug SLUG")
    with _authoring():  # the drafter reads its lexicon only when it needs it
        from .draft import write_draft

        written = write_draft(args.root.resolve(), args.sources, args.slug, args.force)
    shown = written.path.relative_to(args.root.resolve()).as_posix()
    if args.json:
        print(written.json, end="")
        _report("Names that may link to the wrong record:", written.ambiguities, sys.stderr)
        return 0
    items = written.yaml.count("FILL IN")
    print(
        f"wrote {shown}: {written.candidates} candidates, {items} places to fill in; review it (./run serve previews "
        f"it), then python -m generator draft accept {args.slug}"
    )
    _report("Names that may link to the wrong record:", written.ambiguities)
    return 0


def _accept(accepted: Accepted, root: Path) -> int:
    shown = accepted.explainer.relative_to(root).as_posix()
    print(f"wrote {shown}")
    for path in accepted.records:
        print(f"wrote {path.relative_to(root).as_posix()} (a new record)")
    for path in accepted.dated:
        print(f"added to {path.relative_to(root).as_posix()} a statement for the explainer's date, to fill in")
    count = len(accepted.left)
    _report(f"Left to fill in or review ({count}; python -m generator check lists them too):", accepted.left)
    uncited = [
        f"python -m generator cite --fill {path.relative_to(root).as_posix()}  ({number} claim{'s' * (number > 1)})"
        for path, number in accepted.uncited.items()
    ]
    _report("Claims that cite nothing yet: give each its best passage, to review, with", uncited)
    if not count and not uncited:
        print("Nothing left to fill in: run python -m generator check, then build")
    return 0


def _report(heading: str, lines: list[str], stream: TextIO | None = None) -> None:
    if lines:
        print(heading, *(f"  {line}" for line in lines), sep="\n", file=stream or sys.stdout)


def _new(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.parser
    if not re.fullmatch(ID_PATTERN, args.id):
        parser.error(f"'{args.id}' is not a valid id: use lower-case words joined by hyphens")
    try:
        path = scaffold(args.root, BY_NOUN[args.kind], args.id)
    except FileExistsError as error:
        parser.error(f"{Path(error.args[0]).relative_to(args.root)} already exists")
    print(f"wrote {path.relative_to(args.root)}: replace each FILL IN, then run python -m generator check")
    return 0


def _source_add(args: argparse.Namespace) -> int:
    with _authoring():
        from . import importer
    given = importer.Given(args.url, args.archived, args.outlet, args.published)
    if args.text and not (args.url and args.outlet and args.published):
        raise UsageError("--text needs --url, --outlet and --published: a text file does not give them")
    importer.check_given(given)
    imported = importer.add(args.root, args.id, args.html or args.text, args.html is not None, given, args.force)
    paragraphs = imported.text.count("\n")
    words = len(imported.text.split())
    print(f"wrote data/sources/{args.id}.txt ({paragraphs} paragraphs, {words} words) and data/sources/{args.id}.yml")
    for finding in imported.findings:
        print(f"look at: {finding}")
    return 0
