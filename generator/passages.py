"""Passages of a source that support a claim: the shortest spans of whole words that carry the
claim's content words, ranked by how much of the claim they carry, then by brevity.

A `SourceIndex` is built once per source text (its words, their stems and its sentences); each
claim then costs a scan of the positions of its own words only.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

MIN_WORDS = 3  # a quote of fewer words is rejected by the checks (models.claims)
MAX_WORDS = 60  # a passage longer than this is no longer a quote but a paragraph
BREVITY = 0.01  # the share of a claim that one more word of passage must carry to be worth it

WORD = re.compile(r"[^\W_]+(?:[-'\u2019.,/][^\W_]+)*", re.UNICODE)

STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves s t also said says say""",
    )
)

NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        re.findall(
            r"\S+",
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen twenty",
        )
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}
NUMBER_WORDS |= {"hundred": "100", "thousand": "1000", "dozen": "12"}

_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 16)
def word_keys(word: str) -> tuple[str, ...]:
    """What a word of the text counts as: the stems of its parts, numbers as digits, no stopwords."""
    keys = []
    for part in re.split(r"[-/]", word.lower().replace("\u2019", "'")):
        part = part.removesuffix("'s").strip(".,'")
        if not part or part in STOPWORDS:
            continue
        number = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th|s)?", part)
        if number:
            keys.append(number.group(1).replace(",", ""))
        elif part in NUMBER_WORDS:
            keys.append(NUMBER_WORDS[part])
        elif len(part) > 1 or part.isdigit():
            keys.append(str(_STEMMER.stemWord(part)))
    return tuple(keys)


@dataclass(frozen=True)
class Word:
    start: int  # character offsets in the source text
    end: int
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # exactly as in the source


@dataclass(frozen=True)
class Passage:
    text: str  # exactly as in the source, so the quote checks accept it
    first: int  # its first and last words, by their position in the source
    last: int
    coverage: float  # the share of the claim's content (weighted by rarity) it carries, 0 to 1

    @property
    def words(self) -> int:
        return self.last - self.first + 1


# A full stop after these does not end a sentence: "U.S. officials", "Mr. Smith", "on Dec. 10".
# A full stop that ends no sentence: after initials ("D.A."), a title ("Mr.", "Rev.") or a month ("Dec.").
ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Prof|Rev|Fr|Jr|Sr|No|Vol)\.$"
    r"|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$"
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9])|\n")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a text, with their offsets; a line break always ends one."""
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.end()
        if boundary.group() != "\n" and ABBREVIATION.search(text[start : boundary.start()]):
            continue
        _add(sentences, text, start, end)
        start = end
    _add(sentences, text, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    stripped = text[start:end]
    lead = len(stripped) - len(stripped.lstrip())
    body = stripped.strip()
    if body:
        sentences.append(Sentence(start + lead, start + lead + len(body), body))


class SourceIndex:
    """One source text, split into words and sentences once, for any number of claims."""

    def __init__(self, text: str):
        self.text = text
        self.words = [Word(m.start(), m.end(), word_keys(m.group())) for m in WORD.finditer(text)]
        self.positions: dict[str, list[int]] = defaultdict(list)
        for index, word in enumerate(self.words):
            for key in word.keys:
                self.positions[key].append(index)
        self._sentences = split_sentences(text)
        # Which paragraph each word is in: a passage never runs over a line break.
        self.breaks = _paragraphs(text, self.words)
        self._weights: dict[str, float] = {}

    def sentences(self) -> list[Sentence]:
        return list(self._sentences)

    def weight(self, key: str) -> float:
        """Rare words say more about which passage is meant than common ones."""
        if key not in self._weights:
            self._weights[key] = 1.0 + math.log((1 + len(self.words)) / (1 + len(self.positions.get(key, ()))))
        return self._weights[key]

    def span(self, first: int, last: int) -> str:
        return self.text[self.words[first].start : self.words[last].end]


def _paragraphs(text: str, words: list[Word]) -> list[int]:
    """The number of the paragraph (line) each word is in."""
    starts = [match.end() for match in re.finditer("\n", text)]
    numbers: list[int] = []
    paragraph = 0
    for word in words:
        while paragraph < len(starts) and starts[paragraph] <= word.start:
            paragraph += 1
        numbers.append(paragraph)
    return numbers


def claim_keys(claim: str) -> list[str]:
    """The content words of a claim, stemmed, each once, in order."""
    return list(dict.fromkeys(key for match in WORD.finditer(claim) for key in word_keys(match.group())))


def best_passages(index: SourceIndex, claim: str, n: int = 3) -> list[Passage]:
    """The `n` best passages of the source for the claim, best first, none overlapping another."""
    keys = [key for key in claim_keys(claim) if key in index.positions]
    total = sum(index.weight(key) for key in claim_keys(claim)) or 1.0
    hits = sorted((position, key) for key in keys for position in index.positions[key])
    candidates: dict[tuple[int, int], float] = {}
    for i, (first, _) in enumerate(hits):
        carried: set[str] = set()
        weight = 0.0
        for last, key in hits[i:]:
            if last - first >= MAX_WORDS or index.breaks[last] != index.breaks[first]:
                break
            if key in carried:
                continue
            carried.add(key)
            weight += index.weight(key)
            candidates[(first, last)] = weight
    ranked = sorted(
        (-round(weight / total - BREVITY * (last - first), 3), last - first, first, last)
        for (first, last), weight in candidates.items()
    )
    chosen: list[Passage] = []
    for _, _, found_first, found_last in ranked:
        coverage = round(candidates[(found_first, found_last)] / total, 2)
        if chosen and coverage < ALTERNATIVE * chosen[0].coverage:
            break  # no alternative of the same quality: better none than a fragment
        first, last = _clause(index, *_at_least_three(index, found_first, found_last, set(keys)))
        text = quoted_span(index, first, last)
        if any((first <= p.last and p.first <= last) or p.text == text for p in chosen):
            continue  # overlapping, or the same words where the source repeats a paragraph
        chosen.append(Passage(text, first, last, coverage))
        if len(chosen) == n:
            break
    return chosen


def _clause(index: SourceIndex, first: int, last: int) -> tuple[int, int]:
    """The passage grown to the clause around it, where that is near: from the comma, semicolon or
    sentence start before it to the one after it, so that it never starts or ends mid-phrase or
    inside a name ("Sudan, cease the bombing" is not "South Sudan, cease the bombing"). A quotation
    inside the clause is part of it ('said it was "distressing" not to have made progress'), unless
    taking it whole would leave a quotation mark open: then its marks end the clause."""
    start, end = _grown(index, first, last, _CLAUSE_END)
    if _balanced(quoted_span(index, start, end)):
        return start, end
    start, end = _grown(index, first, last, _CLAUSE_OR_QUOTE_END)
    # The words found hold a mark themselves ('called it a "deal with the devil'): on to the one closing it
    closing = end
    while not _balanced(quoted_span(index, start, closing)) and closing - end < CLAUSE_REACH:
        if closing + 1 >= len(index.words) or index.breaks[closing + 1] != index.breaks[end]:
            return start, end
        closing += 1
    return start, closing


def _grown(index: SourceIndex, first: int, last: int, clause_end: re.Pattern[str]) -> tuple[int, int]:
    words = index.words

    def ends(at: int) -> bool:  # whether a clause ends between word `at` and the next
        gap = index.text[words[at].end : words[at + 1].start]
        if gap.startswith(".") and ABBREVIATION.search(index.text[words[at].start : words[at].end + 1]):
            gap = gap[1:]  # "U.S." or "Mr.": the full stop ends no clause
        return bool(clause_end.search(gap))

    start, end = first, last
    while start > 0 and first - start < CLAUSE_REACH and index.breaks[start - 1] == index.breaks[first]:
        if ends(start - 1):
            break
        start -= 1
    else:
        if start > 0 and index.breaks[start - 1] == index.breaks[first]:
            start = first  # the clause starts too far back: keep the words found
    while end + 1 < len(words) and end - last < CLAUSE_REACH and index.breaks[end + 1] == index.breaks[last]:
        if ends(end):
            break
        end += 1
    else:
        if end + 1 < len(words) and index.breaks[end + 1] == index.breaks[last]:
            end = last
    if end - start + 1 > MAX_WORDS:
        return first, last
    return start, end


_CLOSING_MARK = re.compile(r'[,.!?;:]?["\u201d]')  # 'killings".' or 'a betrayal,"'


def quoted_span(index: SourceIndex, first: int, last: int) -> str:
    """The words from `first` to `last`, with a quotation mark just outside them where it closes or
    opens a quotation they hold ('the issue "even in the face of mass killings"')."""
    text = index.span(first, last)
    begin, stop = index.words[first].start, index.words[last].end
    closing = _CLOSING_MARK.match(index.text, stop)
    if not _balanced(text) and closing:
        text += closing.group()
    if not _balanced(text) and begin > 0 and index.text[begin - 1] in _QUOTE_MARKS:
        text = index.text[begin - 1] + text
    return text


def _balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")


_QUOTE_MARKS = '"\u201c\u201d'
CLAUSE_REACH = 25  # words a passage may grow by, each way, to reach its clause's ends
ALTERNATIVE = 0.3  # an alternative passage carries at least this share of what the best one does
_CLAUSE_END = re.compile(r"[,;:.!?()\u2014\u2013]|\s[-\u2013\u2014]\s")
_CLAUSE_OR_QUOTE_END = re.compile(f"{_CLAUSE_END.pattern}|[{_QUOTE_MARKS}]")


def _at_least_three(index: SourceIndex, first: int, last: int, keys: set[str]) -> tuple[int, int]:
    """The span grown to three words: towards a word of the claim if one is beside it, else to the right."""
    while last - first + 1 < MIN_WORDS and (last + 1 < len(index.words) or first > 0):
        left_helps = first > 0 and bool(keys.intersection(index.words[first - 1].keys))
        right_helps = last + 1 < len(index.words) and bool(keys.intersection(index.words[last + 1].keys))
        if last + 1 < len(index.words) and (right_helps or not left_helps):
            last += 1
        else:
            first -= 1
    return first, last
