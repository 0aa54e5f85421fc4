"""Data files written by the generator (`new`, `source add`, `draft`, `cite`), in the style editors
write: block mappings, short lists in brackets, long text folded over several lines, comments
where a value is `Commented`.

What it writes loads back, with the project's own loader, to exactly the values it was given.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

WIDTH = 100
_PLAIN = re.compile(r"[A-Za-z]([\w .,'()/-]*[\w.)])?")  # text a YAML loader reads back as the same text
_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")  # text too: the loader gives dates their written form
_READ_OTHERWISE = {"yes", "no", "on", "off", "y", "n", "true", "false", "null"}  # by YAML 1.1 loaders at least
# Characters written as escapes: those YAML does not allow in a document, and those it reads as line breaks.
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Commented:
    """A value written with comment lines above its entry; an empty comment is a blank line."""

    value: Any
    comments: tuple[str, ...]


def dump(data: dict[str, Any], comments: Iterable[str] = ()) -> str:
    """A YAML document of `data`, after `comments` (each written as a '# ' line)."""
    lines = _comments(comments, 0)
    for key, value in data.items():
        lines += _entry(f"{_key(key)}:", value, 0)
    return "".join(line + "\n" for line in lines)


def _comments(comments: Iterable[str], indent: int) -> list[str]:
    return [f"{' ' * indent}# {comment}" if comment else "" for comment in comments]


def scalar(value: Any) -> str:
    """A value as YAML writes it on one line: plain where that cannot be misread, else double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if (_PLAIN.fullmatch(text) and text.lower() not in _READ_OTHERWISE) or _DATE.fullmatch(text):
        return text
    return _quoted(text)


def _quoted(text: str) -> str:
    """JSON's quoting is YAML's, but for what YAML may not hold as it is: each such character is escaped
    on its own (JSON would write one beyond U+FFFF as two surrogates, which YAML refuses)."""
    return _UNPRINTABLE.sub(_escape, json.dumps(text, ensure_ascii=False))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _key(key: Any) -> str:
    return scalar(key) if isinstance(key, str) else json.dumps(str(key))


def _entry(prefix: str, value: Any, indent: int) -> list[str]:
    """`prefix` ('key:' or '-') and its value, at column `indent`."""
    if isinstance(value, Commented):
        return _comments(value.comments, indent) + _entry(prefix, value.value, indent)
    pad = " " * indent
    inline = _inline(value, WIDTH - indent - len(prefix) - 1)
    if inline is not None:
        return [f"{pad}{prefix} {inline}"]
    if isinstance(value, str):
        return [f"{pad}{prefix} >-", *_folded(value, indent + 2)]
    if isinstance(value, dict):
        children = [line for key, item in value.items() for line in _entry(f"{_key(key)}:", item, indent + 2)]
    else:
        children = [line for item in value for line in _entry("-", item, indent + 2)]
    if prefix == "-":  # a list item's first line goes on its dash
        return [f"{pad}- {children[0].lstrip()}", *children[1:]]
    return [f"{pad}{prefix}", *children]


def _inline(value: Any, room: int) -> str | None:
    """The value on one line, or None where it is written as a block below its key."""
    if isinstance(value, dict | list) and not value:
        return "{}" if isinstance(value, dict) else "[]"
    if isinstance(value, dict):
        return None
    if isinstance(value, list):
        if any(isinstance(item, dict | list | Commented) for item in value):
            return None
        flow = "[" + ", ".join(_flow_item(item) for item in value) + "]"
        return flow if len(flow) <= room else None
    written = scalar(value)
    foldable = isinstance(value, str) and value == " ".join(value.split()) and " " in value
    return None if len(written) > room and foldable else written


def _flow_item(value: Any) -> str:
    """In brackets, a comma or bracket would end a plain item: quote those."""
    written = scalar(value)
    return _quoted(written) if written[0] != '"' and re.search(r"[,\[\]{}]", written) else written


def flow(value: Any) -> str:
    """A value on one line, as it follows its key: text as it is, lists and groups of fields in YAML's
    flow style (`[{source: rferl-2019-05-28, quote: the 14-member Taliban delegation}]`)."""
    return _in_flow(value) if isinstance(value, dict | list) else scalar(value)


def _in_flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flow_item(key)}: {_in_flow(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_in_flow(item) for item in value) + "]"
    return _flow_item(value)


def _folded(text: str, indent: int) -> list[str]:
    """Text folded at single spaces: YAML's folded style reads the lines back joined by spaces."""
    pad = " " * indent
    return textwrap.wrap(
        text, WIDTH - indent, break_long_words=False, break_on_hyphens=False, initial_indent=pad, subsequent_indent=pad
    )
