"""Previews for `./run serve` only, never for `mkdocs build`: each draft (and, while it has
problems, each explainer that fails the checks) as a page of its own, read from its YAML as written.

A preview shows the explainer's parts in reading order, every item still to fill in as a link to
its line of the file (shown beside it, numbered), and each stored source's text with every passage
the file cites highlighted, so that an editor sees at a glance which paragraphs are not yet used.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..drafts import DRAFTS
from ..kinds import EXPLAINERS, SOURCES
from ..models import PLACEHOLDER
from ..nodes import children, mappings_under, scalar, sequence
from ..pages import PREVIEWS
from ..problems import Problem
from ..quotes import pattern_of
from .escape import md_text
from .navigation import NavItem

PREVIEW = f"{PREVIEWS}/{{slug}}.md"
FILE = f"{PREVIEWS}/{{slug}}-file.md"
PROBLEMS = f"{PREVIEWS}/problems.md"
# The explainer's parts, in the order its pages read, with the heading the preview gives each.
SECTIONS = {
    "summary": "Summary",
    "event": "The event",
    "figures": "Key figures",
    "attendance": "Who attended or is involved",
    "timeline": "History",
    "negotiation": "What is at stake",
    "issues": "Issues",
    "quotes": "Quotations",
    "reactions": "Reactions",
    "glossary": "Glossary",
    "proposed_records": "Proposed records (draft accept writes those you keep)",
}
# The field that names an item of a list, in the order it is looked for.
NAMING = ("title", "label", "name", "words", "text", "what", "person", "organisation", "term", "id")


@dataclass(frozen=True)
class Preview:
    slug: str
    shown: str  # the file, as editors name it: data/drafts/SLUG.yml
    what: str  # "draft" or "explainer with problems"


def previews(root: Path, problems: Iterable[Problem] = ()) -> tuple[dict[str, str | bytes], list[NavItem]]:
    """The preview pages of every draft and of every explainer with a problem, and their navigation."""
    problems = list(problems)
    found = [
        Preview(path.stem, f"data/{DRAFTS}/{path.name}", "draft")
        for path in sorted((root / "data" / DRAFTS).glob("*.yml"))
    ]
    failing = sorted({p.path for p in problems if p.path.startswith(f"data/{EXPLAINERS.folder}/")})
    found += [Preview(Path(shown).stem, shown, "explainer with problems") for shown in failing]
    pages: dict[str, str | bytes] = {}
    entries: list[NavItem] = []
    if problems:
        pages[PROBLEMS] = _problems_page(problems, {p.shown: p.slug for p in found})
        entries.append({"Problems to fix": PROBLEMS})
    for preview in found:
        text = (root / preview.shown).read_text(encoding="utf-8", errors="replace")
        pages[PREVIEW.format(slug=preview.slug)] = _preview_page(root, preview, text)
        pages[FILE.format(slug=preview.slug)] = _file_page(preview, text)
        entries.append({f"{preview.slug} ({preview.what})": PREVIEW.format(slug=preview.slug)})
    return pages, ([{"Previews (never published)": entries}] if entries else [])


def _front(title: str) -> str:
    return f'---\ntitle: "{md_text(title)}"\nrobots: noindex\n---\n\n'


def _preview_page(root: Path, preview: Preview, text: str) -> str:
    file_page = f"{preview.slug}-file.md"
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return (
            _front(f"Preview: {preview.slug}")
            + f"# Preview of {md_text(preview.shown)}\n\n"
            + f"The file does not parse: {_at(file_page, preview.shown, line)} {md_text(str(error).splitlines()[0])}\n"
        )
    open_items = [number for number, line in enumerate(text.splitlines(), 1) if PLACEHOLDER in line]
    fields = children(node)
    title = scalar(fields.get("title"))
    out = [
        _front(f"Preview: {title if title and PLACEHOLDER not in title else preview.slug}"),
        f"# {md_text(title) if title and PLACEHOLDER not in title else md_text(preview.slug)}\n\n",
        f'<p class="preview-note">Preview of {html.escape(preview.shown)}, a {preview.what}: never published. '
        f"{len(open_items)} item{'s' if len(open_items) != 1 else ''} left to fill in, each linked to its "
        f'line of <a href="../{preview.slug}-file/">the file</a>.</p>\n\n',
    ]
    if title and PLACEHOLDER in title:
        out.append(f"- {_open(file_page, preview.shown, fields['title'])}\n\n")
    for key, heading in SECTIONS.items():
        value = fields.get(key)
        if value is None or (isinstance(value, yaml.SequenceNode) and not value.value):
            continue
        out.append(f"## {heading}\n\n")
        out.extend(_items(value, file_page, preview.shown))
        out.append("\n")
    sources = [scalar(item) for item in sequence(fields.get("sources"))]
    quotes = _quotes(node)
    for source_id in [s for s in sources if s]:
        out.append(_source_section(root, source_id, quotes.get(source_id, [])))
    return "".join(out)


def _items(node: yaml.Node, file_page: str, shown: str) -> list[str]:
    """A section as a list: each item's naming field first, then its other fields and its quotes."""
    if isinstance(node, yaml.ScalarNode):
        return [f"- {_value(node, file_page, shown)}\n"]
    if isinstance(node, yaml.MappingNode):
        return [_item(node, file_page, shown, "")]
    return [_item(item, file_page, shown, "") if isinstance(item, yaml.MappingNode) else
            f"- {_value(item, file_page, shown)}\n" for item in sequence(node)]  # fmt: skip


def _item(node: yaml.MappingNode, file_page: str, shown: str, indent: str) -> str:
    fields = children(node)
    name = next((field for field in NAMING if isinstance(fields.get(field), yaml.ScalarNode)), None)
    lines = [f"{indent}- {_value(fields[name], file_page, shown) if name else ''}\n"]
    for key, value in fields.items():
        if key == name:
            continue
        if key == "cite":
            for cite in sequence(value):
                quote = scalar(children(cite).get("quote"))
                source = scalar(children(cite).get("source"))
                mark = " (to review: picked by a tool)" if scalar(children(cite).get("review")) == "true" else ""
                if quote:
                    lines.append(f"{indent}    - <q>{md_text(quote)}</q> ({md_text(source or '?')}){md_text(mark)}\n")
        elif isinstance(value, yaml.ScalarNode):
            lines.append(f"{indent}    - {md_text(key)}: {_value(value, file_page, shown)}\n")
        elif isinstance(value, yaml.MappingNode):
            lines.append(f"{indent}    - {md_text(key)}:\n")
            lines.append(_item(value, file_page, shown, indent + "        "))
        else:
            for element in sequence(value):
                if isinstance(element, yaml.MappingNode):
                    lines.append(_item(element, file_page, shown, indent + "    "))
                else:
                    lines.append(f"{indent}    - {md_text(key)}: {_value(element, file_page, shown)}\n")
    return "".join(lines)


def _value(node: yaml.Node, file_page: str, shown: str) -> str:
    value = scalar(node)
    if value is None:
        return ""
    return _open(file_page, shown, node) if PLACEHOLDER in value else md_text(value)


def _open(file_page: str, shown: str, node: yaml.Node) -> str:
    """An item to fill in: what it asks for, and a link to its line."""
    asked = md_text(scalar(node) or "")
    return f'<span class="preview-open">{asked}</span> {_at(file_page, shown, node.start_mark.line + 1)}'


def _at(file_page: str, shown: str, line: int) -> str:
    return f"[{md_text(shown)}:{line}]({file_page}#L{line})"


def _quotes(node: yaml.Node | None) -> dict[str, list[str]]:
    """Every quote the file cites, by source."""
    found: dict[str, list[str]] = {}
    for mapping in mappings_under(node):
        said = children(mapping)
        source, quote = scalar(said.get("source")), scalar(said.get("quote"))
        if source and quote and PLACEHOLDER not in quote:
            found.setdefault(source, []).append(quote)
    return found


def _source_section(root: Path, source_id: str, quotes: list[str]) -> str:
    """The stored text, a paragraph at a time, each cited passage marked; the paragraphs no quote
    comes from are marked as not yet used."""
    path = root / "data" / SOURCES.folder / f"{source_id}.txt"
    if not path.is_file():
        return f"## The source {md_text(source_id)}\n\nNo stored text: add it with python -m generator source add.\n\n"
    paragraphs = [p for p in path.read_text(encoding="utf-8", errors="replace").split("\n") if p.strip()]
    shown, used = [], 0
    for number, paragraph in enumerate(paragraphs, 1):
        spans = _cited_spans(paragraph, quotes)
        used += bool(spans)
        marked, at = [], 0
        for start, end in spans:
            marked += [html.escape(paragraph[at:start]), f"<mark>{html.escape(paragraph[start:end])}</mark>"]
            at = end
        marked.append(html.escape(paragraph[at:]))
        label = "" if spans else '<span class="preview-source__label">Not yet cited: </span>'
        kind = "preview-source__cited" if spans else "preview-source__unused"
        shown.append(f'<p class="{kind}" id="{source_id}-p{number}">{label}{"".join(marked)}</p>')
    return (
        f"## The source {md_text(source_id)}\n\n"
        f"{used} of {len(paragraphs)} paragraphs cited; each cited passage is highlighted.\n\n"
        f'<div class="preview-source">\n{"".join(shown)}\n</div>\n\n'
    )


def _cited_spans(paragraph: str, quotes: list[str]) -> list[tuple[int, int]]:
    """Where the paragraph holds each quote (spaces and quotation marks as the checks compare them), merged."""
    spans = [
        (match.start(), match.end())
        for quote in quotes
        if quote.split()
        for match in pattern_of(quote).finditer(paragraph)
    ]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _file_page(preview: Preview, text: str) -> str:
    """The file as written, its lines numbered and each one an anchor; lines to fill in marked."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        kind = "preview-file__line preview-file__line--open" if PLACEHOLDER in line else "preview-file__line"
        rows.append(f'<span class="{kind}" id="L{number}"><a href="#L{number}">{number}</a>{html.escape(line)}</span>')
    return (
        _front(f"File: {preview.shown}")
        + f"# {md_text(preview.shown)}\n\n"
        + f'<pre class="preview-file">{chr(10).join(rows)}</pre>\n'
    )


def _problems_page(problems: list[Problem], previewed: dict[str, str]) -> str:
    lines = [_front("Problems to fix"), "# Problems to fix\n\n"]
    lines.append(
        "The data has problems, so the pages were not rebuilt: the site shows the last good build. "
        "Each problem, where it is:\n\n"
    )
    for problem in problems:
        slug = previewed.get(problem.path)
        where = f"{md_text(problem.path)}:{problem.line}"
        place = f"[{where}]({slug}-file.md#L{problem.line})" if slug else where
        hint = f" ({md_text(problem.hint)})" if problem.hint else ""
        lines.append(f"- {place}: {md_text(problem.message)}{hint}\n")
    return "".join(lines)
