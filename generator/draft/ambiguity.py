"""What may link a name to the wrong record: names no record has, names two records share, and
aliases that a source also uses as a place ("in Doha") or that are also common words.

Found generically, from the registry and the text, never from a list of known cases.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..drafts import DRAFTS
from ..kinds import SOURCES
from ..passages import STOPWORDS, split_sentences
from .names import Mention, find_new, name_key

# A name written in one of these positions is a place here: "in Doha", "to Doha", "Doha, Qatar".
PLACE_BEFORE = r"\b(?:in|to|from|at|near|outside|around|into|via|across)\s+"
PLACE_AFTER = r",\s+[A-Z][a-z]+\b"


def shared_aliases(aliases: dict[tuple[str, str], list[str]], names: dict[str, set[tuple[str, str]]]) -> list[str]:
    """Names (by spelling key) that two or more records answer to."""
    lines = []
    for key, records in sorted(names.items()):
        if len(records) > 1:
            written = sorted({a for r in records for a in aliases.get(r, []) if name_key(a) == key}) or [key]
            owners = ", ".join(f"{folder}/{record}" for folder, record in sorted(records))
            lines.append(f"the name '{written[0]}' belongs to more than one record: {owners}")
    return lines


def alias_problems(text: str, aliases: dict[tuple[str, str], list[str]]) -> list[str]:
    """Aliases the text uses as a place, and aliases that are also common words."""
    places, lowered = _alias_patterns(tuple((key, tuple(names)) for key, names in sorted(aliases.items())))
    used_as_place: dict[str, str] = {}  # alias -> the words that place it
    for found in places.finditer(text) if places else ():
        alias = found.group("before") or found.group("after")
        if not re.match(r"(?:in|to|from|at)\s+the\b", found.group(), re.IGNORECASE):
            used_as_place.setdefault(alias, found.group())
    in_lower_case = {found.group() for found in lowered.finditer(text)} if lowered else set()
    lines = []
    for (folder, record), names in sorted(aliases.items()):
        for alias in names:
            if alias in used_as_place:
                lines.append(
                    f"the alias '{alias}' of {folder}/{record} is used as a place here ('{used_as_place[alias]}'): "
                    "a link from it would point at the wrong thing"
                )
            if alias.lower() in STOPWORDS or (alias != alias.lower() and alias.lower() in in_lower_case):
                lines.append(f"the alias '{alias}' of {folder}/{record} is also a common word ('{alias.lower()}')")
    return lines


@functools.lru_cache(maxsize=4)
def _alias_patterns(
    aliases: tuple[tuple[tuple[str, str], tuple[str, ...]], ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """One pattern for every alias written as a place, one for every alias written in lower case:
    a source is read twice, not twice per alias."""
    names = sorted({alias for _, written in aliases for alias in written}, key=len, reverse=True)
    if not names:
        return None, None
    either = "|".join(re.escape(name) for name in names)
    places = re.compile(rf"{PLACE_BEFORE}(?P<before>{either})\b(?!['\u2019-])|\b(?P<after>{either}){PLACE_AFTER}")
    lowered = "|".join(re.escape(name.lower()) for name in names if name != name.lower())
    return places, re.compile(rf"(?<![\w-])(?:{lowered})(?![\w-])") if lowered else None


def unmatched(mentions: list[Mention]) -> list[str]:
    """Names the registry does not know, and names that match more than one record."""
    lines = []
    new = sorted({m.full_name for m in mentions if not m.records})
    if new:
        lines.append(f"{len(new)} name{'s match' if len(new) != 1 else ' matches'} no record: {', '.join(new)}")
    for text in sorted({m.text for m in mentions if len(m.records) > 1}):
        owners = next(m.records for m in mentions if m.text == text)
        lines.append(f"'{text}' matches more than one record: {', '.join(f'{f}/{r}' for f, r in owners)}")
    return lines


def report(
    texts: dict[str, str],
    mentions: dict[str, list[Mention]],
    aliases: dict[tuple[str, str], list[str]],
    names: dict[str, set[tuple[str, str]]],
) -> list[str]:
    """The whole ambiguity report: registry-wide lines first, then each source's."""
    lines = shared_aliases(aliases, names)
    for source in sorted(texts):
        lines += [f"{source}: {line}" for line in alias_problems(texts[source], aliases)]
        lines += [f"{source}: {line}" for line in unmatched(mentions.get(source, []))]
    return lines


def registry_report(root: Path) -> list[str]:
    """The report over the whole registry and every stored source, as `check` prints it.

    Names no record has are listed only for the sources of drafts: in a published explainer's
    source they are names the editors chose not to link, and listing them on every check is noise.
    """
    from .candidates import registry_names  # the registry is read the way a draft reads it

    registry = registry_names(root)
    folder = root / "data" / SOURCES.folder
    texts = {path.stem: path.read_text(encoding="utf-8", errors="replace") for path in sorted(folder.glob("*.txt"))}
    drafted = draft_sources(root)
    mentions = {}
    for source, text in texts.items():
        known = registry.find(text)
        starts = {sentence.start for sentence in split_sentences(text)}
        mentions[source] = known + (find_new(text, known, starts) if source in drafted else [])
    return report(texts, mentions, registry.aliases, registry.names)


def draft_sources(root: Path) -> set[str]:
    """The sources the drafts under data/drafts/ are written from (their `sources:` line)."""
    found: set[str] = set()
    for path in sorted((root / "data" / DRAFTS).glob("*.yml")):
        line = re.search(r"^sources:\s*\[([^\]]*)\]", path.read_text(encoding="utf-8", errors="replace"), re.M)
        found.update(part.strip() for part in (line.group(1).split(",") if line else []))
    return found
