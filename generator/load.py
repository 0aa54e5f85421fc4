"""Stage 1, load: read YAML data files into plain Python values, keeping positions.

PyYAML (with libyaml's C parser where present) only composes the node tree here; we build the
values ourselves, so no tag can construct an object, duplicate keys are caught, alias expansion
is bounded and every value keeps the line and column it came from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from .problems import DataError, Problem

_PLAIN = ""  # the tag of a scalar without an explicit one: _scalar gives it its YAML 1.2 type


class _Loader(yaml.CSafeLoader):  # libyaml's C parser: PyYAML's wheels include it
    """Composes nodes only; their values are built by _Builder, so PyYAML's tag resolution is skipped."""

    _TAGS: ClassVar[dict[type, str]] = {
        yaml.ScalarNode: _PLAIN,
        yaml.SequenceNode: "tag:yaml.org,2002:seq",
        yaml.MappingNode: "tag:yaml.org,2002:map",
    }

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return self._TAGS[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


MAX_FILE_BYTES = 512 * 1024
MAX_TEXT_BYTES = 5_000_000  # a source's stored text: a 10,000-word article takes 60 KB
MAX_NODES = 20_000  # values built from one file, counting each alias expansion again

Location = tuple[int, int]  # 1-based line and column
DataPath = tuple[str | int, ...]

_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
} | {_PLAIN}
# YAML 1.2 core schema, so that `no`, `on` or `1_000` stay text as an editor meant them.
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")


@dataclass
class Document:
    """One data file: its values and where each value (and each mapping key) stands.

    The positions are worked out from the file's text only when a problem needs one: most files
    have none, and a table of every value's position took more memory than the values.
    """

    path: str  # relative to the project root, as shown to editors
    data: Any
    digest: str = ""  # of the file's bytes: what later stages key their caches on
    text: str = field(default="", repr=False)
    _positions: _Positions | None = field(default=None, init=False, repr=False, compare=False)

    def _located(self) -> _Positions:
        if self._positions is None:
            positions = _Positions()
            node = yaml.compose(self.text, Loader=_Loader)
            if node is not None:  # the same walk as when the file was loaded, now noting positions
                _Builder(self.path, positions)._value(node, ())
            self._positions = positions
        return self._positions

    def locate(self, where: DataPath, *, key: bool = False) -> Location:
        """The position of a value (or its key); the nearest enclosing one if it is missing."""
        where, positions = tuple(where), self._located()
        while True:
            table = positions.keys if key and where in positions.keys else positions.values
            if where in table:
                return table[where]
            if not where:
                return (1, 1)
            where = where[:-1]
            key = False

    def problem(self, where: DataPath, message: str, hint: str = "", *, key: bool = False) -> Problem:
        line, column = self.locate(where, key=key)
        return Problem(self.path, line, column, message, hint)


@dataclass
class _Positions:
    values: dict[DataPath, Location] = field(default_factory=dict)
    keys: dict[DataPath, Location] = field(default_factory=dict)


def load_file(path: Path, root: Path) -> Document:
    """Load one YAML file; raise DataError with located problems if it cannot be read."""
    shown = path.relative_to(root).as_posix()
    raw = read_data(path, shown)
    text = decode_text(raw, shown)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise DataError([_syntax_problem(shown, error)]) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow: it carries no mark
        before = text[: error.position]
        line, column = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        hint = "delete it: it is invisible, and often comes with pasted text"
        raise _problem(
            shown, f"the character U+{error.character:04X} is not allowed here", hint, line, column
        ) from None
    except yaml.YAMLError as error:  # pragma: no cover - unmarked errors are rare
        raise _problem(shown, f"not valid YAML: {error}") from None
    if node is None:
        raise _problem(shown, "file is empty", "fill in the fields, or delete the file if it is not needed")
    return Document(shown, _Builder(shown).build(node, ()), hashlib.sha1(raw).hexdigest(), text)


def read_data(path: Path, shown: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """A data file's bytes. A link, a device or an oversized file is a problem and is not read: a
    link in a pull request could otherwise publish a file of the machine that builds the site."""
    if path.is_symlink() or not path.is_file():
        raise _problem(shown, "is a link or a special file, not a file of text", "replace it with the file itself")
    if (size := path.stat().st_size) > limit:
        raise _problem(shown, f"file is too large ({size:,} bytes)", f"this kind of file is limited to {limit:,} bytes")
    with path.open("rb") as file:
        return file.read(limit)


def _problem(shown: str, message: str, hint: str = "", line: int = 1, column: int = 1) -> DataError:
    return DataError([Problem(shown, line, column, message, hint)])


def decode_text(raw: bytes, shown: str) -> str:
    """UTF-8 text without a byte-order mark; bytes that are not UTF-8 are a problem at their place."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise _problem(
            shown, "file is not valid UTF-8 text", "save the file with UTF-8 encoding", line, column
        ) from None
    return text.removeprefix("\ufeff")


_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "a colon followed by a space starts a new field",
        "put the whole value in double quotes if it contains ': '",
    ),
    "cannot start any token": (
        "a character here cannot start a value",
        "indent with spaces, not tabs; quote values that start with @ or `",
    ),
    "could not find expected ':'": (
        "a line here is neither a field nor a list item",
        "write 'field: value', or quote a value that spans lines",
    ),
    "did not find expected key": (
        "the indentation here does not line up with the fields around it",
        "align each field with its siblings, using spaces",
    ),
    "did not find expected '-' indicator": (
        "a list item here does not line up with the others",
        "start each list item with '- ' at the same indentation",
    ),
    "found undefined alias": (
        "an alias (*name) refers to no anchor (&name)",
        "define the anchor first, or write the value out",
    ),
    "found unexpected end of stream": ("the file ends inside a quoted value", "close the quotes"),
    "found unknown escape character": (
        "a backslash in double quotes starts an unknown escape",
        "use single quotes, or write \\\\ for a backslash",
    ),
    "expected a single document": (
        "the file holds more than one YAML document",
        "remove the '---' line: one file holds one document",
    ),
    "found duplicate anchor": ("the same anchor name is defined twice", "give each anchor its own name"),
}


def _syntax_problem(shown: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    detail = f"{error.context or ''} {error.problem or ''}"
    for needle, (message, hint) in _SYNTAX_HINTS.items():
        if needle in detail:
            return Problem(shown, line, column, f"YAML syntax: {message}", hint)
    return Problem(
        shown,
        line,
        column,
        f"YAML syntax: {(error.problem or 'invalid YAML').strip()}",
        "check indentation and quoting on this line and the one above",
    )


class _Builder:
    def __init__(self, shown: str, positions: _Positions | None = None):
        self.shown = shown
        self.positions = positions  # noted only when a problem needs them (Document.locate)
        self.budget = MAX_NODES
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, where: DataPath) -> Any:
        value = self._value(node, where)
        if self.problems:
            raise DataError(self.problems)
        return value

    def _at(self, node: yaml.Node) -> Location:
        return (node.start_mark.line + 1, node.start_mark.column + 1)

    def _fail(self, node: yaml.Node, message: str, hint: str) -> None:
        line, column = self._at(node)
        self.problems.append(Problem(self.shown, line, column, message, hint))

    def _value(self, node: yaml.Node, where: DataPath) -> Any:
        self.budget -= 1
        if self.budget < 0:
            if self.budget == -1:
                self._fail(
                    node,
                    "too many values (aliases expand beyond the limit)",
                    f"a data file may hold at most {MAX_NODES:,} values; remove the aliases",
                )
            return None
        if self.positions is not None:
            self.positions.values.setdefault(where, self._at(node))
        if node.tag not in _STANDARD_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            self._fail(
                node,
                f"YAML tag '{tag}' is not allowed",
                "remove the tag: data files hold plain text, numbers, lists and fields",
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, where)
        if isinstance(node, yaml.SequenceNode):
            return [self._value(item, (*where, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, where: DataPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        key_nodes: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._fail(key_node, "a field name must be plain text", "write 'name: value' with a simple name")
                continue
            key = str(key_node.value)
            if key in result:
                first = self._at(key_nodes[key])
                self._fail(
                    key_node,
                    f"field '{key}' appears twice in the same place",
                    f"it was first set on line {first[0]}; keep one of them",
                )
                continue
            key_nodes[key] = key_node
            if self.positions is not None:
                self.positions.keys[(*where, key)] = self._at(key_node)
            result[key] = self._value(value_node, (*where, key))
        return result


def _scalar(node: yaml.ScalarNode) -> Any:
    text = node.value
    if node.style or node.tag == "tag:yaml.org,2002:str":  # quoted, block or explicitly text
        return text
    if _NULL.match(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text
