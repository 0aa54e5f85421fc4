"""Links in prose: the first mention of a person, organisation or glossary term on a page
links to its page or entry, with a short description as its tooltip."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from markupsafe import Markup

from .markdown_text import escape


@dataclass(frozen=True)
class Target:
    id: str
    url: str
    tooltip: str


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


@dataclass
class Mentions:
    """The names to look for on one page, what each links to, and what was linked already."""

    names: dict[str, Target]  # a name as written -> its target (names are matched case-sensitively)
    terms: dict[str, Target]  # a term or alias in lower case -> its target (matched in any case)
    linked: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # every id mentioned on the page, linked or not

    def __post_init__(self) -> None:
        alternatives = sorted(set(self.names) | set(self.terms), key=len, reverse=True)
        pattern = "|".join(re.escape(name) for name in alternatives) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)

    def _target(self, found: str) -> Target | None:
        return self.names.get(found) or self.terms.get(found.lower())

    def prose(self, text: str) -> Markup:
        """Text escaped for Markdown, with its first mentions of known names made into links."""
        text = " ".join(str(text).split())
        out, last = [], 0
        for match in self._pattern.finditer(text):
            target = self._target(match.group())
            if target is None:
                continue  # matched a name's letters in the wrong case
            self.seen.add(target.id)
            if target.id in self.linked:
                continue
            self.linked.add(target.id)
            out.append(escape(text[last:match.start()]))
            title = html.escape(target.tooltip, quote=True).replace("\\", "&#92;")
            out.append(f'[{escape(match.group())}]({target.url} "{title}")')
            last = match.end()
        out.append(escape(text[last:]))
        return Markup("".join(out))
