"""Links in prose: the first mention of a person, organisation or glossary term on a page
links to its page or entry; a term's link shows its definition as a tooltip. Where each name
links to, and with what tooltip, the page decides (an explainer links only what it may show)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from ..dataset import Dataset
from ..kinds import ENTITIES, GLOSSARY
from .escape import escape


@dataclass(frozen=True)
class Target:
    """A record a name in prose refers to."""

    id: str
    kind: str  # the folder of data/ it comes from: people, organisations or glossary


@dataclass(frozen=True)
class Destination:
    """Where a mention links to from one page, and what its link shows on hover and focus."""

    url: str
    tooltip: str = ""


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


class Vocabulary:
    """Every name to look for in prose, site-wide, compiled once."""

    def __init__(self, names: dict[str, Target], terms: dict[str, Target]):
        self.names = names  # a name as written -> its target (names are matched case-sensitively)
        self.terms = terms  # a term, alias or plural in lower case -> its target (matched in any case)
        pattern = _trie_pattern({name.lower() for name in (*names, *terms)}) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)

    def target(self, found: str) -> Target | None:
        return self.names.get(found) or self.terms.get(found.lower())


def _trie_pattern(words: set[str]) -> str:
    """One regular expression matching any of `words`, longest first, shared prefixes factored out.

    An alternation of every name tries each of them at each position of the text, so its cost
    grows with the registry; this one follows a single path of letters.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return pattern(trie)


@dataclass
class Mentions:
    """One page's links: `destination` says where a target links from this page (None: not here)."""

    vocabulary: Vocabulary
    destination: Callable[[Target], Destination | None]
    linked: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # every id mentioned on the page, linked or not
    tooltips: bool = True

    def prose(self, text: str, itself: str | None = None) -> Markup:
        """Text escaped for Markdown and HTML, with its first mentions of known names (but `itself`) made into links."""
        text = " ".join(str(text).split())
        out: list[str] = []
        last = 0
        for match in self.vocabulary.pattern.finditer(text):
            target = self.vocabulary.target(match.group())
            to = self.destination(target) if target else None
            if target is None or to is None or target.id == itself:
                continue  # a name's letters in the wrong case, or a term this page's glossary lacks
            self.seen.add(target.id)
            if target.id in self.linked:
                continue
            self.linked.add(target.id)
            out.append(escape(text[last : match.start()]))
            title = f' title="{html.escape(to.tooltip, quote=True)}"' if self.tooltips and to.tooltip else ""
            out.append(f'<a href="{to.url}"{title}>{escape(match.group())}</a>')
            last = match.end()
        out.append(escape(text[last:]))
        return Markup("".join(out))


def site_vocabulary(dataset: Dataset) -> Vocabulary:
    """Every person's and organisation's name and alias, every term, alias and plural."""
    names: dict[str, Target] = {}
    terms: dict[str, Target] = {}
    for kind in ENTITIES:
        for entity_id, record in dataset.of(kind).items():
            for name in (record.model.name, *record.model.aliases):
                names.setdefault(name, Target(entity_id, kind.folder))
    for term_id, term in dataset.of(GLOSSARY).items():
        for name in (term.model.term, *term.model.aliases):
            for form in (name, plural(name)):
                terms.setdefault(form.lower(), Target(term_id, GLOSSARY.folder))
    return Vocabulary(names, terms)
