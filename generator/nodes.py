"""A data file read as YAML nodes, which keep where each value stands: for what edits a file line by
line (`cite --fill`, `draft accept`) and for the draft preview, which links each item to its line.
Loading a file into values, with its checks, is load.py's."""

from __future__ import annotations

from collections.abc import Iterator

import yaml


def children(node: yaml.Node | None) -> dict[str, yaml.Node]:
    """A mapping's values by key; nothing for any other node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {key.value: value for key, value in node.value if isinstance(key, yaml.ScalarNode)}


def scalar(node: yaml.Node | None) -> str | None:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def sequence(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


def mappings_under(node: yaml.Node | None) -> Iterator[yaml.MappingNode]:
    """Every mapping inside the node, itself included, outermost first."""
    if isinstance(node, yaml.MappingNode):
        yield node
        for _, value in node.value:
            yield from mappings_under(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from mappings_under(item)


def scalars_under(node: yaml.Node | None) -> Iterator[str]:
    """Every value written inside the node (keys left out), in the file's order."""
    if isinstance(node, yaml.ScalarNode):
        yield str(node.value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from scalars_under(item)
    elif isinstance(node, yaml.MappingNode):
        for _, value in node.value:
            yield from scalars_under(value)


def end_line(node: yaml.Node, lines: list[str], *, trimmed: bool = True) -> int:
    """The line (0-based) after the node's last line: where to insert after it, or where its lines end.
    `trimmed`: before the blank and comment lines that follow it."""
    mark = node.end_mark  # where the next token starts: its line holds nothing of this node before it
    before = lines[mark.line][: mark.column] if mark.line < len(lines) else ""
    end = min(mark.line + (1 if before.strip(" -") else 0), len(lines))
    while (
        trimmed
        and end - 1 > node.start_mark.line
        and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#"))
    ):
        end -= 1
    return end
