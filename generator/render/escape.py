"""Text from data made safe inside generated Markdown (and the HTML it becomes)."""

from __future__ import annotations

import functools
import html
import re
from typing import Any

from markupsafe import Markup

_ESCAPED = re.compile(r"[\\`*_{}\[\]<>#|&!~^=$]")
_LIST_MARKER = re.compile(r"^(\d+)([.)])|^([-+])")


def md_text(value: Any) -> str:
    """Plain text made inert in Markdown, on one line: special characters become character references."""
    if isinstance(value, Markup):
        return str(value)
    return escape(" ".join(str(value).split()))


@functools.lru_cache(maxsize=1 << 16)  # the same names, labels and quotes recur on page after page
def escape(text: str) -> str:
    """Markdown and HTML special characters of `text` as numeric character references."""
    text = _ESCAPED.sub(lambda match: f"&#{ord(match.group())};", text)
    # A leading '-', '+' or '1.' would start a list wherever the text begins a line.
    return _LIST_MARKER.sub(lambda m: (m.group(1) or "") + f"&#{ord(m.group(2) or m.group(3))};", text)


def html_attribute(value: Any) -> str:
    return html.escape(" ".join(str(value).split()), quote=True)


def shorten(text: str, limit: int = 160) -> str:
    """Text cut at a word to at most `limit` characters, with an ellipsis where it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
