"""Figures in a sentence: a number (in digits or words), its qualifier as the data model names it
("about", "at least", ...) and what it counts: the noun phrase after it ("14,000 troops",
"a 23,000-strong NATO-led mission", "at least 23 members of the security forces")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..passages import NUMBER_WORDS, STOPWORDS
from .dates import MONTH_NAMES

QUALIFIERS = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "at least": "at least",
    "a minimum of": "at least",
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "under": "fewer than",
    "up to": "up to",
    "as many as": "up to",
    "almost": "almost",
    "nearly": "nearly",
}
MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
# What a number counts when it is a span of time, an order or a part of a date: not a figure.
NOT_COUNTED = frozenset(
    re.findall(
        r"\S+",
        "year years month months week weeks day days decade decades hour hours minute minutes century "
        "centuries percent per am pm time times",
    )
)
# Small words that may join what a number counts to what it is of, where the label is still short.
LINKS = frozenset({"to", "for", "in", "on", "at", "from", "by", "with"})
# Words that end what a number counts: "13,000 within 135 days" counts nothing named.
NOT_A_LABEL = frozenset(
    re.findall(r"\S+", "within across among amid since toward towards despite including per via than like")
)
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in {"zero", "one"}), key=len, reverse=True))
_QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
FIGURE = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?"
    r"(?:(?P<currency>(?:US|A|C|NZ|HK)?\$|\u00a3|\u20ac)|(?<![\w,.$/-]))"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{_WORDS}))(?![\w,/]|\.\d)"
    r"(?:\s+(?P<multiplier>thousand|million|billion|trillion))?"
    r"(?:\s*(?P<percent>%|percent\b|per cent\b))?"
    r"(?:-(?P<suffix>member|strong|person|man|seat|point))?",
    re.IGNORECASE,
)
CURRENCIES = {"$": "dollars", "US$": "US dollars", "A$": "Australian dollars", "C$": "Canadian dollars"}
CURRENCIES |= {"NZ$": "New Zealand dollars", "HK$": "Hong Kong dollars", "\u00a3": "pounds", "\u20ac": "euros"}


@dataclass(frozen=True)
class FigureMention:
    value: int | float
    qualifier: str | None
    label: str  # what is counted
    phrase: str  # as written, from the qualifier (or the number) to the end of the label
    start: int
    end: int


def figures_in(sentence: str, dates: list[tuple[int, int]]) -> list[FigureMention]:
    """Every figure of the sentence that is not part of one of its `dates` (offsets)."""
    found = []
    for match in FIGURE.finditer(sentence):
        start = match.start("number")
        if any(s <= start < e for s, e in dates) or _after_month(sentence[:start]):
            continue  # a day of a month: "the September 11 attacks" names a date, it counts nothing
        value = _value(match.group("number"), match.group("multiplier"))
        measured = match.group("currency") or match.group("percent")
        year_like = 1500 <= (value or 0) <= 2100 and float(value or 0).is_integer() and "," not in match["number"]
        if value is None or (year_like and not measured):
            continue  # a year, counted with the dates
        label, label_end = _label(match)
        if measured:
            label, label_end = _measured(match, sentence, label, label_end)
        if not label:
            continue
        qualifier = QUALIFIERS.get(match.group("qualifier").lower()) if match.group("qualifier") else None
        begin = match.start("qualifier") if qualifier else start
        found.append(FigureMention(value, qualifier, label, sentence[begin:label_end], begin, label_end))
    return found


def _measured(match: re.Match[str], sentence: str, after: str, end: int) -> tuple[str, int]:
    """What an amount of money or a percentage is of: the words after it ("$4.8 billion sale",
    "13 percent of government spending"), or, where they say nothing, the words before it ("retail
    sales, which totaled $726 billion")."""
    unit = CURRENCIES.get(match.group("currency") or "", "percent")
    if match.group("percent"):
        of = re.match(r"\s+of\s+((?:[A-Za-z][\w'\u2019-]*\s*){1,6})", sentence[match.end() :])
        words = _noun_words(of.group(1).split()) if of else []
        if words:
            return f"percent of {' '.join(words)}", match.end() + of.end(1) if of else end
    each = re.match(r"\s+(?:a|an|per|each)\s+([a-z]+)\b", sentence[match.end() :])
    if each:
        return f"{unit} per {each.group(1)}", match.end() + each.end()
    if after and after.split()[0].lower() not in TIME_WORDS:
        return f"{unit}: {after}", end
    before = re.split(r"[,;:(\u2014]", sentence[: match.start()])
    for segment in reversed(before[-2:]):
        words = _noun_words(segment.split()[-6:])
        if words:
            return f"{unit}: {' '.join(words[-4:])}", end
    return "", end


TIME_WORDS = {"next", "last", "this", "a", "an", "per", "each", "every"}


def _noun_words(words: list[str]) -> list[str]:
    """The words of a phrase that say what something is: no small words, verbs or times."""
    kept = []
    for word in words:
        bare = word.strip(".,;:'\u2019\"")
        lower = bare.lower()
        if not bare or lower in STOPWORDS or lower in NOT_COUNTED or lower in TIME_WORDS or lower in MODALS:
            continue
        if lower.endswith("ed") and len(lower) > 4:
            continue
        kept.append(bare)
    return kept


MODALS = {"will", "would", "could", "should", "may", "might", "must", "can", "invest", "hit", "eat", "up"}


def _after_month(before: str) -> bool:
    word = re.search(r"([A-Za-z]+)\.?\s+$", before)
    return word is not None and word[1][:1].isupper() and word[1].lower() in MONTH_NAMES


def _value(number: str, multiplier: str | None) -> int | float | None:
    digits = NUMBER_WORDS.get(number.lower(), number).replace(",", "")
    try:
        value = float(digits) * MULTIPLIERS.get((multiplier or "").lower(), 1)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def _label(match: re.Match[str]) -> tuple[str, int]:
    """What the number counts, and where that ends in the sentence."""
    words: list[str] = []
    end = match.end()
    offset = match.end()
    rest = re.match(r"(?:[\s-]+[\w.'\u2019-]+){0,8}", match.string[offset:])
    of_taken = False
    for word in re.finditer(r"[\w.'\u2019-]+", rest.group() if rest else ""):
        text = word.group().strip("-")
        text = text if "." in text[:-1] else text.rstrip(".")
        lower = text.lower()
        if lower in {"of", "the"} and words and not of_taken:
            words.append(text)
            of_taken = lower == "the" or of_taken
            continue
        if lower in LINKS and words and len(words) < 3 and not of_taken:  # "sale to Verizon", "troops in Afghanistan"
            words.append(text)
            of_taken = True
            continue
        if (
            lower in STOPWORDS
            or lower in NOT_A_LABEL
            or (lower in NOT_COUNTED and not words)
            or (lower.endswith("ing") and words)
        ):
            break
        if match.string[offset + word.start() - 1 : offset + word.start()] in {",", ";", ":"}:
            break
        words.append(text)
        end = offset + word.end() - (len(word.group()) - len(word.group().rstrip(".")))
        if len(words) >= 6:
            break
    while words and words[-1].lower() in {"of", "the"}:
        words.pop()
    if not words or words[0].lower() in NOT_COUNTED:
        return "", end
    suffix = (match.group("suffix") or "").lower()
    label = " ".join(words)
    if suffix == "member":
        label = f"members of the {label}"
    elif suffix and suffix != "strong":
        label = f"{suffix}s: {label}"
    return label, end
