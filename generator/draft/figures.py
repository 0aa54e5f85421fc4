"""Figures in a sentence: a number (in digits or words), its qualifier as the data model names it
("about", "at least", ...) and what it counts: the noun phrase after it ("14,000 troops",
"a 23,000-strong NATO-led mission", "at least 23 members of the security forces")."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from ..passages import NUMBER_WORDS, STOPWORDS
from .dates import MONTH_NAMES
from .gazetteer import country_of, is_place
from .names import PERSON_ENDINGS, covered, lexicon

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
    "above": "more than",
    "below": "fewer than",
    "up to": "up to",
    "as many as": "up to",
    "almost": "almost",
    "nearly": "nearly",
}
MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
# As many newsrooms write them after a sum of money: "$400bn", "\u00a33m", "\u20ac1.2tn".
MULTIPLIERS |= {"bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
MULTIPLIERS |= {"m": 1_000_000, "mn": 1_000_000}
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
    re.findall(
        r"\S+",
        "within across among amid since toward towards despite including per via than like while whilst whereas "
        "yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday respectively",
    )
)
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in {"zero", "one"}), key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_QUALIFIER = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
FIGURE = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?"
    r"(?:(?P<currency>(?:US|A|C|NZ|HK)?\$|\u00a3|\u20ac)|(?<![\w,.$/:-]))"  # not "4:55 a.m."
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:(?:{_TENS})-(?:{_UNITS_WORDS}))|(?i:{_WORDS})"
    r"|(?-i:(?:[Hh]alf\s+an?|(?<![Hh]alf\s)(?<!\bof\s)[Aa]n?)(?=\s+(?:thousand|million|billion|trillion)\s)))"
    # a word right after the number, but "1.5million", "80percent", "$400bn"; a list's comma ("132, 81 and
    # 79 seats", which _listed reads), but not a clause's ("$5,000, including a $250 voucher")
    r"(?!(?!(?:thousand|million|billion|trillion|percent|bn|b|tn|trn|mn|m|bps?|[kmgt]b)\b)[\w/]|,\s*\d|,\w|:\d|\.\d"
    r"|-(?:\d|half|third|quarter|fifth|tenth|one|two|three|four|five|six|seven|eight|nine\b))"
    r"(?:(?:\s+|-)?(?P<multiplier>thousand|million|billion|trillion)|\s?(?P<abbreviated>bn|mn|tn|trn)\b|(?P<short>b|m)\b)?"
    r"(?:\s*(?P<percent>%|percent\b|per cent\b))?"
    r"(?:(?P<attached>bps?|[kmgt]b)\b|(?P<cents>\u00a2))?"  # "25bp", "1TB", "99\u00a2"
    r"(?:\s*(?P<degrees>\u00b0\s*(?:Fahrenheit|Celsius|F|C)?\b|\u00b0|\s+degrees\s+(?:Fahrenheit|Celsius)\b))?"
    r"(?:-(?P<suffix>member|strong|person|man|seat|point|year|month|week|day|hour|minute)(?!-old))?",
    re.IGNORECASE,
)
ATTACHED = {"bp": "basis points", "bps": "basis points", "kb": "kilobytes", "mb": "megabytes", "gb": "gigabytes"}
ATTACHED |= {"tb": "terabytes"}
CURRENCIES = {"$": "dollars", "US$": "US dollars", "A$": "Australian dollars", "C$": "Canadian dollars"}
CURRENCIES |= {"NZ$": "New Zealand dollars", "HK$": "Hong Kong dollars", "\u00a3": "pounds", "\u20ac": "euros"}
UNITS = frozenset({"", "percent", *CURRENCIES.values()})


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
    found: list[FigureMention] = _ratios(sentence) + _to_one(sentence) + _votes(sentence) + _hours_and_minutes(sentence)
    taken = [(ratio.start, ratio.end) for ratio in found]
    for match in FIGURE.finditer(sentence):
        start = match.start("number")
        if any(s <= start < e for s, e in taken) or _age_of_someone(sentence, match.end()):
            continue  # "a 53-year-old economist": an age says who someone is, it counts nothing
        if _HOUR.match(sentence, match.end()):
            continue  # "at 3 a.m.": a time of day
        if died := _age_at_death(match):
            found.append(died)
            continue
        if _AGES.search(sentence[max(0, start - 40) : start]):
            continue  # "between the ages of 25 and 54", "aged 18 to 24": ages, not a count
        dated = any(s <= start < e for s, e in dates) and not _LEFT.match(sentence, match.end())
        if dated or _after_month(sentence[max(0, start - 16) : start]):
            continue  # a day of a month: "the September 11 attacks" names a date, it counts nothing
        abbreviated = match.group("abbreviated") or match.group("short")  # "$400bn", "$400 bn", "$2B", "\u00a33m"
        if abbreviated and not match.group("currency"):
            continue  # "a 3m wall": metres, not millions
        value = _value(match.group("number"), match.group("multiplier") or abbreviated)
        if value is not None and match.group("cents"):
            value = float(Decimal(str(value)) / 100)  # "99\u00a2": in dollars
        measured = match.group("currency") or match.group("percent") or match.group("degrees")
        measured = measured or match.group("attached") or match.group("cents")
        year_like = 1500 <= (value or 0) <= 2100 and float(value or 0).is_integer() and "," not in match["number"]
        if value is None or (year_like and not measured):
            continue  # a year, counted with the dates
        if _not_counting(match):
            continue
        label, label_end = _label(match)
        if measured:
            label, label_end = _measured(match, sentence, label, label_end)
        if not label and found and _LINKING_VERB.match(sentence, match.end()):
            # "69,000 academic staff were on atypical contracts, while 6,500 were on zero-hours contracts"
            counted = _counted(found[-1].label)
            if counted not in UNITS:
                label, label_end = _told_more(counted, sentence, match.end())
                label = label if label != counted else ""
        whole = None if label else _OF_WHOLE.match(sentence, match.end())
        if whole and (of_all := FIGURE.match(sentence, whole.end())):
            # "38 of 257 seats in the lower house": what the whole counts, the part is of it
            counted, counted_end = _label(of_all)
            label, label_end = _told_more(counted, sentence, counted_end)
            label = f"of {of_all.group('number')} {label}" if label else ""
        before = sentence[max(0, match.start() - TALLY_REACH) : match.start()]
        tally = None if label else _TALLY.search(before) or _TALLY_PUT.search(before)
        if tally:  # "the death toll from the earthquake rose above 21,000"
            label = " ".join(tally.group(1).split())
        named = _named_before(sentence, match) if not label and not measured else None
        if named:  # "an ACT score of 17": the label, then the number, which ends the figure
            label, begin = named
        elif not label and not measured:
            label = _what_was_done(sentence, match, value)
        if not label:
            continue
        qualifier = QUALIFIERS.get(match.group("qualifier").lower()) if match.group("qualifier") else None
        if not named:
            label, label_end = _grown(label, sentence, label_end, match.start())
            begin = match.start("qualifier") if qualifier else start
        found.append(FigureMention(value, qualifier, label, sentence[begin:label_end], begin, label_end))
    found = _listed(sentence, found, dates)
    found += _ranges(sentence, found, dates)
    found += _magnitudes(sentence, [(f.start, f.end) for f in found])
    found += _vague(sentence, [(f.start, f.end) for f in found])
    found += _fractions(sentence, [(f.start, f.end) for f in found])
    found += _a_span(sentence)
    found += _ranks(sentence, [(f.start, f.end) for f in found])
    return found + _multiples(sentence, [(f.start, f.end) for f in found])


# "at No. 26", "shot to No. 8"; not "Rule No. 1" (a name) nor "No. 10 Downing Street" (an address)
_RANK = re.compile(r"(?<=\s)No\.\s?(?P<rank>\d{1,4})\b(?![.,]\d|\s+[A-Z])")
_WORD_BEFORE = re.compile(r"(?<!\S)[a-z]+\s+$")


def _ranks(sentence: str, taken: list[tuple[int, int]]) -> list[FigureMention]:
    """A place in a ranking: "made its debut at No. 26 on the New York Times best-seller list", "This year
    she shot to No. 8", labelled by what the ranking is, or else by the clause it ends."""
    found = []
    for match in _RANK.finditer(sentence):
        if any(s < match.end() and match.start() < e for s, e in taken) or not _WORD_BEFORE.search(
            sentence[: match.start()]
        ):
            continue  # "the No. 2 carrier" counts carriers; "Rule No. 1" names a rule
        label, end = _told_more("rank", sentence, match.end())
        if label == "rank":
            clause = re.split(r"[,;:(\u2014\u201c\u201d\"]", sentence[: match.start()])[-1].split()
            label = f"rank: {' '.join(clause[-6:])}"
        found.append(
            FigureMention(float(match["rank"]), None, label, sentence[match.start() : end], match.start(), end)
        )
    return found


# Numbers listed before the one that says what they count: "132, 81 and 79 seats".
_A_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_LISTED = re.compile(rf"(?<![\w.,])(?P<number>{_A_NUMBER})(?=(?:,\s*(?:{_A_NUMBER}))*,?\s+(?:and|or)\s+\d)")
_REST_OF_LIST = re.compile(r"[\s,\d.]*(?:\b(?:and|or)\b)?[\s,\d.]*")


def _listed(sentence: str, found: list[FigureMention], dates: list[tuple[int, int]]) -> list[FigureMention]:
    """The figures of a list that only its last names, each with the last one's label; not years,
    days of a month or ages ("Between 2010 and 2015", "May 5 and 6", "the ages of 25 and 54")."""
    listed = []
    taken = covered([(f.start, f.end) for f in found] + dates)
    found = sorted(found, key=lambda figure: figure.start)
    starts = [figure.start for figure in found]
    for match in _LISTED.finditer(sentence):
        value = _value(match.group("number"), None)
        year_like = value is not None and 1500 <= value <= 2100 and "," not in match.group()
        before = sentence[max(0, match.start() - 40) : match.start()]
        if match.start() in taken or year_like or _AGES.search(before) or _after_month(before[-16:]):
            continue
        at = bisect_right(starts, match.end())  # the next figure; the list must run on to it
        last = found[at] if at < len(found) else None
        if last is not None and value is not None and _REST_OF_LIST.fullmatch(sentence, match.end(), last.start):
            listed.append(
                FigureMention(value, None, last.label, sentence[match.start() : last.end], match.start(), last.end)
            )
    return sorted(found + listed, key=lambda figure: figure.start)


# An earthquake's magnitude: "the magnitude-5.8 quake", "a magnitude 7.8 earthquake", "of magnitude 6.2"
_MAGNITUDE = re.compile(
    r"\b[Mm]agnitude[- ](?P<value>\d(?:\.\d)?)\b(?:\s+(?P<what>earthquake|quake|tremor|aftershock)s?\b)?"
)


def _magnitudes(sentence: str, taken: list[tuple[int, int]]) -> list[FigureMention]:
    found = []
    for match in _MAGNITUDE.finditer(sentence):
        if not any(s <= match.start("value") < e for s, e in taken):
            label = f"magnitude of the {match.group('what') or 'earthquake'}"
            found.append(FigureMention(float(match.group("value")), None, label, match.group(), *match.span()))
    return found


# A range: "2 to 4 inches", "25-30 degrees", "45-50 million people", "from $327 million in 2016 to
# roughly $116.8 million"; not a score ("a 6-3 vote", "a 3-1 win"), whose ends count different things.
_CURRENCY_SIGNS = "$\u00a3\u20ac"
_RANGE = re.compile(
    rf"(?<![\w,.$/:-])[{_CURRENCY_SIGNS}]?(?P<low>{_A_NUMBER})(?:\s*(?:%|percent\b|per cent\b))?"
    rf"(?:\s*[-\u2013]\s*|\s+to\s+)[{_CURRENCY_SIGNS}]?(?P<high>{_A_NUMBER})(?![\d.]*[-/]\d|-year)"
    r"(?!\s+(?:vote|votes|decision|ruling|majority|margin|split|win|victory|defeat|loss|lead|score|[a-z]+-[a-z]+)\b)"
    rf"|\bfrom\s+[{_CURRENCY_SIGNS}]?(?P<from>{_A_NUMBER})[^,;:.\d]{{0,30}}?\d*[^,;:.\d]{{0,10}}?\s+to\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?[{_CURRENCY_SIGNS}]?(?P<to>{_A_NUMBER})"
)
# What the high end of a range counts, right after it: "inches", "percent", "million people", "degrees"
_COUNTED_AFTER = re.compile(
    r"(?:\s*-?\s*(?:thousand|million|billion|trillion)\b)?\s*(?:%|(?!(?:in|on|at|to|for|by|of|last|this|next|and|or|"
    r"the|a|an|with|from|after|before|against|over|under|per)\b)[a-z]{3,})",
    re.IGNORECASE,
)
_MULTIPLIED = re.compile(r"\s*-?\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
# "bn", "m" and the rest of MULTIPLIERS' short forms, after a sum of money
_ABBREVIATED = re.compile(
    rf"\s?({'|'.join(sorted((w for w in MULTIPLIERS if len(w) <= 3), key=len, reverse=True))})\b", re.IGNORECASE
)


def _ranges(sentence: str, found: list[FigureMention], dates: list[tuple[int, int]]) -> list[FigureMention]:
    """The end of a range that says nothing of what it counts, with the other end's label (and its
    multiplier: "45-50 million" is from 45 million); not years ("2017-18") or ages ("aged 18 to 24")."""
    ranged: list[FigureMention] = []
    for match in _RANGE.finditer(sentence):
        low, high = ("low", "high") if match.group("low") else ("from", "to")
        ends = [match.start(low), match.start(high)]
        values = [_value(match.group(low), None), _value(match.group(high), None)]
        years = all(v is not None and 1500 <= v <= 2100 and float(v).is_integer() for v in values)
        if years or any(s <= end < e for s, e in dates for end in ends) or _AGES.search(sentence[: ends[0]]):
            continue
        counted = _COUNTED_AFTER.match(sentence, match.end(high)) if low == "low" else None
        word = counted.group().split()[-1].lower() if counted else ""
        # "between $2 to $18", "$5-10.": amounts, whatever follows; not "paid $500 to 12 of the victims"
        money = match.group()[:1] in _CURRENCY_SIGNS and (
            sentence[match.start(high) - 1] in _CURRENCY_SIGNS
            or re.match(r"\s*(?:[,.;:)]|$)", sentence[match.end(high) :]) is not None
            or _ABBREVIATED.match(sentence, match.end(high)) is not None  # "$300-350bn"
        )
        if (
            low == "low"
            and not money
            and (not counted or (word != "%" and lexicon(word) and "NOUN" not in lexicon(word)))
        ):
            continue  # "voted 51-49 on Tuesday", "won 2-1 at", "grades 6 to 12 attend": no count of a thing
        figures = [next((f for f in found + ranged if f.start <= end < f.end or f.start == end), None) for end in ends]
        if figures[1] is None and low == "low":  # "25-30 degrees": the high end, read without the low
            # with the low end's currency sign: "$300-350bn" is of dollars at both ends
            sign = match.group()[0] if money and sentence[ends[1] - 1] not in _CURRENCY_SIGNS else ""
            masked = sentence[: ends[0]] + " " * (ends[1] - ends[0] - len(sign)) + sign + sentence[ends[1] :]
            figures[1] = next((f for f in figures_in(masked, dates) if f.start == ends[1]), None)
            ranged += [figures[1]] if figures[1] else []
        known = figures[0] or figures[1]
        for at, (end, figure) in enumerate(zip(ends, figures, strict=True)):
            if figure is not None or known is None or values[at] is None:
                continue
            # "45-50 million", "to $116.8 million", "$300-350bn"
            after = match.end(high)
            times = _MULTIPLIED.match(sentence, after) or (money and _ABBREVIATED.match(sentence, after))
            value = _value(match.group(low if at == 0 else high), times.group(1) if times else None)
            phrase_end = max(end + len(match.group(low if at == 0 else high)), known.end)
            if value is not None:
                ranged.append(FigureMention(value, None, known.label, sentence[end:phrase_end], end, phrase_end))
    return ranged


# A number the article gives in words of many ("dozens of submissions", "hundreds of thousands of
# students"), as the least it says: at least two dozen, more than a hundred, a thousand.
VAGUE = {
    "tens of thousands": (10_000, "more than"),
    "hundreds of thousands": (100_000, "more than"),
    "tens of millions": (10_000_000, "more than"),
    "hundreds of millions": (100_000_000, "more than"),
    "billions": (1_000_000_000, "more than"),
    "tens of billions": (10_000_000_000, "more than"),
    "hundreds of billions": (100_000_000_000, "more than"),
    "hundreds": (100, "more than"),
    "thousands": (1_000, "more than"),
    "millions": (1_000_000, "more than"),
    "dozens": (24, "at least"),
}
_VAGUE = re.compile(
    rf"\b(?P<amount>(?i:{'|'.join(sorted(VAGUE, key=len, reverse=True))}))"
    r"(?:\s+of\s+(?:the\s+)?(?P<counted>[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,2})"
    r"|(?<=\bin the tens of thousands)|(?<=\bin the hundreds of thousands)|(?<=\bin the thousands)"
    r"|(?<=\bin the millions))"  # "it's in the tens of thousands"
)


def _vague(sentence: str, taken: list[tuple[int, int]]) -> list[FigureMention]:
    found = []
    for match in _VAGUE.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        words: list[str] = []
        for word in (match.group("counted") or "").split():
            if word.lower() in STOPWORDS or word.lower() in NOT_A_LABEL:
                break
            words.append(word)
        if match.group("counted") and not words:
            continue
        if words and words[0].lower() in {*MULTIPLIERS, "millions", "billions", "trillions", *VAGUE, *NOT_COUNTED}:
            continue  # "hundreds of millions of dollars", "thousands of years old": no count of its own
        if words:
            label, end = _grown(" ".join(words), sentence, match.start("counted") + len(" ".join(words)), match.start())
        else:  # "the number that have been killed by gun violence ... is in the tens of thousands"
            label, end = _clause_before(sentence, match), match.end()
        if not label:
            continue
        value, qualifier = VAGUE[" ".join(match.group("amount").lower().split())]
        found.append(FigureMention(value, qualifier, label, sentence[match.start() : end], match.start(), end))
    return found


def _grown(label: str, sentence: str, end: int, number_at: int) -> tuple[str, int]:
    """A label grown by what the sentence goes on to say of it, then, still too short to tell, by the
    clause before the number."""
    label, end = _told_more(label, sentence, end)
    if len(label.split()) < SHORT and ":" not in label:
        label = _with_what_before(label, sentence[:number_at])
    return label, end


# A verb of what was done right before a number that no noun follows, then where or when
_DONE_TO = re.compile(r"\b([a-z]+)\s+$")
_WHERE_OR_WHEN = re.compile(r"\s*(?:[,.;]|(?:in|across|since|during|over|at|on|by|last|this)\b)")


# "a minimum high school GPA of 3.25", "an ACT score of 17", "a population of 3 million": the nearest
# article or possessive before the number, then up to five words, then "of"
_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+")
_MEASURE_OF = re.compile(r"((?:[A-Za-z][\w'\u2019-]*\s+){0,4}[A-Za-z][\w-]*)\s+of\s+$")
# What may follow the number of such a measure: the sentence's or a clause's end, "or above", "and ..."
_NOTHING_AFTER = re.compile(r"\s*(?:[,.;:)\u2014]|$|(?:or|and|but|in|on|at|for|by|with|from|when|after)\b)")
_ORDINAL = re.compile(r"(?i:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th|[a-z]+est|last|latest|final|next)")


def _named_before(sentence: str, match: re.Match[str]) -> tuple[str, int] | None:
    """What a number that nothing follows is the measure of, named before it ("minimum high school GPA"),
    and where the figure begins; not a name ("the Group of 20", "the Rule of 72")."""
    if not _NOTHING_AFTER.match(sentence, match.end()):
        return None  # "a game of 90 minutes": what follows says what it counts
    before = sentence[: match.start()]
    for determiner in reversed(list(_DETERMINER.finditer(before, max(0, match.start() - 80)))):
        measure = _MEASURE_OF.fullmatch(before, determiner.end())
        if measure:
            words = measure.group(1).split()
            if any(word.lower() in _NO_MEASURE for word in words):
                return None
            if _ORDINAL.fullmatch(words[-1]) or words[-1].istitle():
                return None  # "the first of 3": which one; "the Group of 20": a name
            return " ".join(words), determiner.start()
    return None


def _what_was_done(sentence: str, match: re.Match[str], value: float | None) -> str:
    """What a number in figures right after a verb counts: what the clause did ("The latest Ebola outbreak
    has killed 3,338 in Guinea", "The iMac sold about 2 million in its first 12 months"); "" for a number
    under a hundred ("finished 2 in Brazil", "turned 81") or in words ("opened two in 2020", which says of
    what the article counted before)."""
    in_figures = (match.group("number")[:1].isdigit() and (value or 0) >= 100) or match.group("multiplier")
    done = _DONE_TO.search(sentence[: match.start()]) if in_figures else None
    if not done or not _WHERE_OR_WHEN.match(sentence, match.end()) or not lexicon(done.group(1).lower()) >= {"VERB"}:
        return ""
    clause = re.split(r"[,;:(\u2014\u201c\u201d\"]|\b(?:and|or|but)\b", sentence[: match.start()])[-1]
    label = " ".join(_noun_words(clause.split(), with_verbs=True)[-5:])
    return label if len(label.split()) >= 2 else ""


def _clause_before(sentence: str, match: re.Match[str]) -> str:
    """What a number closing a clause counts, from the clause's words: "number killed gun violence"."""
    clause = re.split(r"[;:(\u2014\u201c\u201d\"]|\b(?:and|or|but)\b", sentence[: match.start()])[-1]
    words = _noun_words(clause.split(), with_verbs=True)[-5:]
    return " ".join(words) if len(words) >= SHORT else ""


PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
PARTS |= {"tenth": 10, "tenths": 10}
FRACTION = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?\b(?:(?P<count>a|one|two|three|four)[\s-])?"
    rf"(?P<part>{'|'.join(PARTS)})\b(?![\s-](?:time|year|century|day|way|hour))",
    re.IGNORECASE,
)


def _fractions(sentence: str, taken: list[tuple[int, int]]) -> list[FigureMention]:
    """'two-thirds of the total research staff', 'about one-tenth of what the government will pay':
    a share of something, with what it is of; 'half' on its own says too little to be proposed."""
    found = []
    for match in FRACTION.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken) or re.search(r"\band\s+$", sentence[: match.start()]):
            continue  # "two and a half years" is a number of its own
        if match.group("count") is None and match.group("part").lower() != "half":
            continue  # "the third quarter", "a fifth": an order, not a share
        count = (match.group("count") or "a").lower()
        value = round(int(NUMBER_WORDS.get(count, "1")) / PARTS[match.group("part").lower()], 3)
        label, end = _told_more("share", sentence, match.end())
        if label == "share" or not label.startswith("share of"):
            continue
        qualifier = QUALIFIERS.get(match.group("qualifier").lower()) if match.group("qualifier") else None
        found.append(FigureMention(value, qualifier, label, sentence[match.start() : end], match.start(), end))
    return found


_NUMBER = rf"(?:\d+|(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}))"
# "two in five Argentines live in poverty", "one out of every four voters": a share, of what follows.
RATIO = re.compile(
    rf"(?<![\w.,-])(?P<part>{_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{_NUMBER})\s+(?P<of>[^,;:.()\u2014]+)"
)


def _ratios(sentence: str) -> list[FigureMention]:
    found = []
    for match in RATIO.finditer(sentence):
        part, whole = (int(NUMBER_WORDS.get(n.lower(), n)) for n in (match.group("part"), match.group("whole")))
        said = match.group("of").split()[:LONGEST]
        named = re.search(r"\b(?:the|a|an)\s+$", sentence[: match.start()], re.IGNORECASE)  # "the 1 in 10 rule"
        dated = 1500 <= whole <= 2100  # "two in 2020 and five in 2021"
        if 0 < part < whole and said and not named and not dated:
            label = f"share of {' '.join(said)}"
            end = match.start("of") + len(" ".join(said))
            found.append(
                FigureMention(round(part / whole, 3), None, label, sentence[match.start() : end], match.start(), end)
            )
    return found


# "a 34-to-1 leverage ratio", "leverage rose from 18 to 1 to over 25 to 1": a ratio to one, its first number.
TO_ONE = re.compile(
    r"(?P<qualifier>\b(?:over|more than|about|nearly|as high as|up to)\s+)?(?<![\w.,-])(?P<n>\d+(?:\.\d+)?)"
    r"(?:-to-|\s+to\s+)1(?![\w.,-]*\d)"
)
_RATIO_WORDS = re.compile(r"\b(?:ratio|leverage|odds)s?\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|percentage|points?|times)\b", re.IGNORECASE)
_SCORED = re.compile(r"\b(?:passed|beat|beats|won|wins|lost|loses|lead|leads|led|defeated|trail|trails|score)\b", re.I)
# "The committee voted 9 to 1", "the Senate voted 51-49": the votes for and against.
_TALLIED = r"(?P<for>\d{1,3}(?:,\d{3})*)\s*(?:-|\u2013|to)\s*(?P<against>\d{1,3}(?:,\d{3})*)\b"
# "voted 9 to 1", "confirmed by a vote of 53-36", "by 330 votes to 231", "lost by a 6-3 vote", "in its 5-4
# decision", "the court's 6-3 ruling"; not a majority of seats ("a 51-49 majority") nor a game's decision
# ("dropped a 4-3 decision to the Red Sox")
VOTES = (
    re.compile(rf"\bvoted\s+(?:unanimously,?\s+)?{_TALLIED}(?!\s+times)"),
    re.compile(rf"\bby\s+a\s+vote\s+of\s+{_TALLIED}"),
    re.compile(r"\bby\s+(?P<for>\d{1,3}(?:,\d{3})*)\s+votes?\s+to\s+(?P<against>\d{1,3}(?:,\d{3})*)\b"),
    re.compile(
        r"(?<!\bwon )(?<!\bwin )(?<!\bwins )(?<!\bdropped )(?<!\bearned )(?<!\blost )(?<!\btook )(?<!\bsuffered )"
        rf"\b(?:a|its|their|(?i:the)\s+\w+['\u2019]s)\s+{_TALLIED}\s+(?:vote|decision|ruling)\b(?!\s+(?:to|over|against)\b)"
    ),
)
# What a vote of the first number was against: "rejected the amendment by a vote of 53-47"
_VOTED_DOWN = re.compile(r"\b(?:rejected|defeated|voted\s+down|blocked|struck\s+down|threw\s+out)\b|\bagainst\s*$")


def _to_one(sentence: str) -> list[FigureMention]:
    """Ratios to one, where the sentence says what they measure ("leverage", "a ratio"); not a vote."""
    found = []
    voted = any(votes.search(sentence) for votes in VOTES)
    for match in TO_ONE.finditer(sentence):
        if _UNIT_AFTER.match(sentence, match.end()) or re.search(r"(?<!\d)\d{1,3}\s+to\s+$", sentence[: match.start()]):
            continue  # "from 3 to 1 percent": a range; "from 1 to 4 to 1 to 8": one to four
        if _SCORED.search(sentence[max(0, match.start() - 60) : match.start()]):
            continue  # "passed 99 to 1", "beat the Red Sox 4 to 1": a tally or a score
        after = _noun_words(sentence[match.end() :].split()[:3])
        said = " ".join(after) if after and _RATIO_WORDS.search(" ".join(after)) else ""
        # what it measures, named just before it: "the average leverage ... rose from 18 to 1"
        measure = _RATIO_WORDS.search(sentence, max(0, match.start() - 200), match.start())
        if not said and measure and not voted:
            said = " ".join(_noun_words(sentence[: measure.end()].split()[-3:]))
        if said:
            qualifier = (match.group("qualifier") or "").strip().lower()
            label = f"to 1 {said}" if said == " ".join(after) else f"to 1: {said}"
            value = _value(match.group("n"), None)
            if value is not None:
                kind = "up to" if qualifier == "as high as" else QUALIFIERS.get(qualifier)
                found.append(FigureMention(value, kind, label, sentence[match.start() : match.end()], *match.span()))
    return found


# A span of time told by its unit alone, as long as something lasted: "after nearly a decade of fighting",
# "for half a century", "each level takes about a half hour" (not "a decade ago", "60 miles an hour").
A_SPAN = re.compile(
    r"(?:\b(?P<qualifier>nearly|almost|more than|about|roughly)\s+)?"
    r"\b(?P<count>half\s+an?|an?\s+half|an?|one)\s+(?P<unit>decade|century|hour)\b"
    # "Orbital Sciences took a year to return to flight": a year, a month, a week or a day, spent
    r"|\b(?:took|takes|take|taking|spent|spend|lasted|lasts)\s+(?P<spent>an?|one)\s+(?P<spent_unit>year|month|week|day)\b"
    r"(?!\s+off\b)",  # not "took a day off"
    re.I,
)
SPANS = {
    "decade": (10, "years"),
    "century": (100, "years"),
    "hour": (1, "hours"),
    "year": (1, "years"),
    "month": (1, "months"),
    "week": (1, "weeks"),
    "day": (1, "days"),
}
# Before "an hour", what makes it a rate: "60 miles an hour", "$15 an hour", "twice an hour".
_A_RATE = re.compile(
    r"(?i)(?:\d|\b(?:miles|kilometres|kilometers|km|dollars|euros|pounds|cents|times|once|twice|per))\s+$"
)


def _a_span(sentence: str) -> list[FigureMention]:
    found = []
    for match in A_SPAN.finditer(sentence):
        before = sentence[: match.start()]
        if _NOT_A_SPAN.match(sentence, match.end()) or _TIME_FRAME.search(before) or _A_RATE.search(before):
            continue
        a_frame = re.search(r"(?i)\b(?:in|than|since)\s+(?:over\s+)?$", before)
        if a_frame or re.match(r"\s+and\s+a\s+half\b", sentence[match.end() :]):
            continue  # "the lowest in over a decade", "a decade and a half"
        value, unit = SPANS[(match.group("unit") or match.group("spent_unit")).lower()]
        label, end = _span_label(unit, sentence, match.start(), match.end())
        qualifier = QUALIFIERS.get((match.group("qualifier") or "").lower())
        if label:
            half = "half" in (match.group("count") or "").lower()
            amount = value / 2 if half else value
            number = int(amount) if float(amount).is_integer() else amount
            found.append(FigureMention(number, qualifier, label, sentence[match.start() : end], match.start(), end))
    return found


_HOURS_AND_MINUTES = re.compile(
    rf"(?:\b(?P<qualifier>{_QUALIFIER})\s+)?\b(?P<hours>\d+|[a-z]+)\s+hours?\s+and\s+(?P<minutes>\d+|[a-z]+)\s+minutes?\b",
    re.I,
)


def _hours_and_minutes(sentence: str) -> list[FigureMention]:
    """A span of hours and minutes as one figure, in minutes: "5 hours and 9 minutes of TV a day" is 309."""
    found = []
    for match in _HOURS_AND_MINUTES.finditer(sentence):
        hours, minutes = (_value(match.group(part), None) for part in ("hours", "minutes"))
        if isinstance(hours, int) and isinstance(minutes, int):
            label, end = _duration(match, "minutes", match.end())
            if label:
                qualifier, begin = QUALIFIERS.get((match.group("qualifier") or "").lower()), match.start()
                found.append(FigureMention(hours * 60 + minutes, qualifier, label, sentence[begin:end], begin, end))
    return found


def _votes(sentence: str) -> list[FigureMention]:
    """The votes for and against of "voted 9 to 1" or "a 6-3 vote", of the body that voted."""
    found = []
    for match in (match for votes in VOTES for match in votes.finditer(sentence)):
        who = _noun_words(sentence[: match.start()].split()[-4:])
        if who and (is_place(who[-1]) or country_of(who[-1])):
            continue  # "Ohio voted 53-47 for Trump": a state's shares, in percent
        of = f": {' '.join(who)}" if who else ""
        down = _VOTED_DOWN.search(sentence[: match.start()]) or re.match(r"\s+against\b", sentence[match.end() :])
        names = ("votes against", "votes for") if down else ("votes for", "votes against")
        for side, name in zip(("for", "against"), names, strict=True):
            votes = int(match.group(side).replace(",", ""))
            found.append(FigureMention(votes, None, f"{name}{of}", match.group(), match.start(), match.end()))
    return found


MULTIPLES = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "quadruple": 4}
# "double the number in 2017", "twice as many", "are expected to triple", "sales doubled": a multiple of
# something; not "a double standard" or "met twice" (a count of times).
MULTIPLE = re.compile(
    r"\b(?P<word>(?:doubl|tripl|trebl|quadrupl)(?:e[ds]?|ing)|twice)\b"
    r"(?=\s+(?:the|its|their|that|as)\b|\s+(?:in|over|to|since|from|by|within)\s|\s*[,.;:)]|$)",
    re.IGNORECASE,
)


def _multiples(sentence: str, taken: list[tuple[int, int]]) -> list[FigureMention]:
    """A multiple in words, with what it multiplies: the phrase after it ("times the number in
    2017"), or the nouns of the clause before it ("times: annual interest payments national debt")."""
    found = []
    for match in MULTIPLE.finditer(sentence):
        word = match.group("word").lower()
        after = _COMPARES.match(sentence, match.end())
        if any(s <= match.start() < e for s, e in taken) or (word == "twice" and not after):
            continue
        value = next(value for stem, value in MULTIPLES.items() if word.startswith(stem[:5]))
        if after:
            label, end = f"times {' '.join(after.group(1).split())}", match.end() + len(after.group(0).rstrip())
        else:
            label, end = _with_what_before("times", sentence[: match.start()]), match.end()
        if len(label.split()) >= SHORT:
            found.append(FigureMention(value, None, label, sentence[match.start() : end], match.start(), end))
    return found


# What a multiple is of: "the number in 2017", "as many as in 2019", up to the end of its clause.
_COMPARES = re.compile(r"\s+((?:the|its|their|as)\s+[^,;:.()\u2014]{3,60}?)\s*(?=[,;:.()\u2014]|$)")


_AGE = re.compile(r"[\s-]+(?:year|month|week)s?[\s-]+old\b((?:\s+[A-Za-z][\w-]*){0,3})")
# Who an age is of: kin, a job, a people, or nobody named ("the 25-year-old said").
PEOPLE_NOUNS = frozenset(
    re.findall(
        r"\S+",
        "man woman boy girl child son daughter mother father wife husband brother sister grandmother grandfather "
        "student driver worker teacher soldier officer player resident citizen immigrant migrant victim suspect "
        "patient pilot farmer fisherman nurse doctor journalist activist protester passenger tourist singer actor "
        "actress artist refugee survivor",
    )
)
# Words that make "a ... of 3" who or which, not a measure: "a father of two", "a man of 45", "a family of
# five", "one of 3" (_named_before)
_NO_MEASURE = (
    STOPWORDS
    | NOT_A_LABEL
    | frozenset(NUMBER_WORDS)
    | PEOPLE_NOUNS
    | frozenset(
        re.findall(r"\S+", "men women children parent grandparent family winner veteran member one group couple rest")
    )
)
SAID_OF_SOMEONE = frozenset({"said", "says", "told", "was", "is", "who", "has", "had"})  # "the 25-year-old said"


def _age_of_someone(sentence: str, end: int) -> bool:
    """Whether the number ending at `end` is a person's age ("his 22-year-old son", "a 53-year-old
    economist", "the 25-year-old said"), not a thing's ("his 106-year-old halibut schooner", a figure)."""
    age = _AGE.match(sentence, end)
    if age is None:
        return False
    words = [word.lower() for word in age.group(1).split()]
    return not words or any(word in PEOPLE_NOUNS | SAID_OF_SOMEONE or word.endswith(PERSON_ENDINGS) for word in words)


_HOUR = re.compile(r"\s*(?:a\.?m\b|p\.?m\b|o['\u2019]clock|:\d)", re.IGNORECASE)  # "died at 3 a.m."
# "died at age 61", "died on Sunday at 88", "passed away aged 94", "dies at 83,"
_DIED_AT = re.compile(
    r"\b(?:died|dies|passed away)\s+(?:(?:on|in)\s+\w+\s+)?"
    r"(?:(?P<age>at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)|at\s+)$",
    re.IGNORECASE,
)
_AN_AGE_ENDS = re.compile(
    r"\s*(?:[,.;]|$|\s+(?:on|in|after|following|from|of)\b(?!\s+the\s+(?:morning|afternoon|evening|night)))"
)
_NOT_YEARS = re.compile(r"\s+(?:months?|weeks?|days?|hours?)\b", re.IGNORECASE)  # "died at 18 months old"
# Ages, not counts: "aged 18 to 24", "between the ages of 25 and 54", "adults 18 to 24", "voters 65 and older".
_AGES = re.compile(
    r"(?:\bage[ds]?\s+(?:of\s+)?(?:between\s+)?|\b(?:adults|people|men|women|voters|children|teens|teenagers|users"
    r"|viewers|consumers|respondents|Americans)\s+)(?:\d+\s*(?:and|to|-|\u2013)\s*)?$",
    re.IGNORECASE,
)


def _age_at_death(match: re.Match[str]) -> FigureMention | None:
    """How old someone was at death ("died at age 61"), in an obituary the figure a reader looks for; not
    "died at 12 hospitals", "died at 18 months old" or "died at 40 percent"."""
    sentence, start, end = match.string, match.start("number"), match.end()
    died = _DIED_AT.search(sentence[max(0, start - 40) : start])
    measured = match.group("currency") or match.group("percent") or match.group("degrees") or match.group("suffix")
    if died is None or measured or not match.group("number").isdigit() or _NOT_YEARS.match(sentence, end):
        return None
    if not (died.group("age") or _AN_AGE_ENDS.match(sentence, end)):
        return None
    begin = start - len(died.group())
    return FigureMention(int(match.group("number")), None, "years of age at death", sentence[begin:end], begin, end)


# A number that a subject before it counts: "the death toll from the earthquake rose above", "the number
# of migrants reached"; up to its verb.
_TALLY = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:death\s+)?(?:toll|number|total|tally|count)(?:\s+(?:of|from|in)\s+[^,;:.]{1,80}?)?)"
    r"(?:\s+(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|reached|reaches|stood|stands|hit|hits|passed|topped|exceeded|was|is)"
    r"|,\s+(?:it|that)(?:['\u2019]s|\s+is|\s+was))"  # "the number of Americans killed since 9/11, it's less than 100"
    r"(?:\s+to|\s+at)?\s+(?:\w+\s+){0,2}$"
)
# "Officials put the confirmed death toll at 612 and climbing."
_TALLY_PUT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates)\s+(?:the|its|their)\s+"
    r"((?:[a-z]+\s+)?(?:death\s+)?(?:toll|number|total|tally|count)(?:\s+(?:of|from|in)\s+[^,;:.]{1,80}?)?)\s+at\s+$"
)
TALLY_REACH = 160  # characters
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?=\d)")
_LINKING_VERB = re.compile(r"\s+(?:were|was|are|is)\b")


def _counted(label: str) -> str:
    """The things a label counts, without what it says of them: "academic staff" of "academic staff on
    atypical contracts"."""
    return _SAID_OF.split(label, maxsplit=1)[0]


def _with_what_before(label: str, before: str) -> str:
    """A short label with the nouns of the clause before the number: "vessels" of "the broader
    Washington-based halibut fleet numbers about 100 vessels" is "vessels: broader Washington-based
    halibut fleet numbers", which a reader can tell from other vessels."""
    clauses = re.split(r"[,;:(\u2014\u201c\u201d\"]|\b(?:and|or|but)\b", before)
    for clause in (clauses[-1].split(), " ".join(clauses[-2:]).split()):  # "at US Airways Express, which tallied"
        clause = [word for word in clause if word not in label.split()]  # not "Prices rose: Prices rose"
        words = _noun_words(clause)[-4:]
        if len(label.split()) + len(words) < SHORT:  # "candidates: Brown faced", "people: cyclone killed"
            words = _noun_words(clause, with_verbs=True)[-4:]
        if len(label.split()) + len(words) >= SHORT:
            return f"{label}: {' '.join(words)}"
    return label


def _not_counting(match: re.Match[str]) -> bool:
    """A number word that names rather than counts: "Ninety Mile Beach", "the two brands" (ones
    already counted)."""
    number, sentence = match.group("number"), match.string
    if not number.replace(" ", "").isalpha() or number.split()[-1].lower() in ("a", "an"):
        return False  # "a million", "half a million"
    if match.group("currency") or match.group("percent"):
        return False
    named = number[0].isupper() and match.start("number") > 0 and re.match(r"\s+[A-Z]", sentence[match.end() :])
    referred = NUMBER_WORDS[number.lower()].isdigit() and int(NUMBER_WORDS[number.lower()]) < 10
    # "the eight years of", "the five-minute walk"
    after = match.start("suffix") - 1 if match.group("suffix") else match.end()
    span = re.match(r"[\s-]+(?:year|month|week|day|decade|hour|minute)", sentence[after:])
    return bool(named) or (referred and not span and re.search(r"\bthe\s+$", sentence[: match.start()]) is not None)


def _measured(match: re.Match[str], sentence: str, after: str, end: int) -> tuple[str, int]:
    """What an amount of money or a percentage is of: the words after it ("$4.8 billion sale",
    "13 percent of government spending"), or, where they say nothing, the words before it ("retail
    sales, which totaled $726 billion")."""
    unit = _unit(match)
    compared = _COMPARED.match(sentence, match.end())
    if compared and len(compared.group(1).split()) < LONGEST:  # "50 percent more than in 2017"
        return f"{unit} {' '.join(compared.group(1).split())}", compared.end(1)
    if match.group("percent"):
        of = re.match(r"\s+of\s+((?:(?!(?:and|or|but)\b)[A-Za-z][\w'\u2019-]*\s*){1,6})", sentence[match.end() :])
        words = _noun_words(of.group(1).split()) if of else []
        if words:
            return f"percent of {' '.join(words)}", match.end() + of.end(1) if of else end
    each = re.match(r"\s+(?:a|an|per|each)\s+([a-z]+)\b", sentence[match.end() :])
    if each:
        return f"{unit} per {each.group(1)}", match.end() + each.end()
    lone_verb = len(after.split()) == 1 and _participle(after.lower())  # "2 percent compared with ..."
    first = after.split()[0].lower() if after else ""
    if after and first not in TIME_WORDS and lexicon(first) != {"ADV"} and not lone_verb:  # "3 percent recently"
        return f"{unit}: {after}", end
    grown, grown_end = (unit, end) if lone_verb else _told_more(unit, sentence, match.end())  # "$10 billion in cash"
    if grown != unit:
        return grown, grown_end
    before = re.split(r"[,;:()\u2014]", sentence[: match.start()])
    for segment in reversed(before[-2:]):
        words = _noun_words(segment.split()[-6:])
        if words:
            return f"{unit}: {' '.join(words[-4:])}", end
    return "", end


# A comparison, up to the end of its clause: "more than in 2017", "higher than a year earlier".
_COMPARED = re.compile(
    r"\s+((?:more|less|fewer|higher|lower|greater|larger|smaller|bigger)\s+than\s+[^,;:.()\u2014]+?)\s*(?=[,;:.()\u2014]|$)"
)
TIME_WORDS = {"next", "last", "this", "a", "an", "per", "each", "every", "a.m", "p.m"}  # "at 5 p.m." says when
SHORT = 3  # words: a label shorter says too little ("people", "pilot whales")
LONGEST = 8  # words: a label longer is a sentence
_TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s'\u2019-]")
PREPOSITIONS = frozenset(
    re.findall(r"\S+", "in on at from for of with by to since under over across into through during against between")
)
_SAID_OF = re.compile(r"\s(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s|:")  # where a label goes on to say more
# "who were killed", "have been": the words between a noun and what is said of it.
_LINKING = re.compile(
    r"\s+(?:(?:who|that|which)\s+)?(?:(?:were|was|are|is|have|has|had)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
)
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "what"})
QUOTE_MARKS = frozenset('"\u201c\u201d')
_CLAUSE_END = frozenset({"and", "but", "or", "which", "who", "that", "because", "while", "as", "so", "than"})


def _told_more(label: str, sentence: str, end: int) -> tuple[str, int]:
    """A label of one or two words grown by what the sentence goes on to say of it: "churchgoers
    were killed in South Carolina" counts "churchgoers killed in South Carolina", "5,000 incidents
    recorded since 1840" counts "incidents recorded since 1840". Only a participle or a preposition
    may follow ("women present" aside, a verb of its own starts a new clause), up to a comma."""
    if len(label.split()) >= SHORT:
        return label, end
    linking = _LINKING.match(sentence, end)
    start = linking.end() if linking else end
    rest = sentence[start : start + 100]  # a comma, then one word
    participle = re.match(r",\s+(?=[a-z]+\b)", rest)  # "335,000 articles, written by volunteers"
    if participle and _participle(rest[participle.end() :].split(maxsplit=1)[0]):
        start += participle.end()
    # Read lazily: a label stops within LONGEST words, however long the sentence runs on.
    words = (w for w in _TOKEN.finditer(sentence, start) if w.group() not in QUOTE_MARKS)
    first = next(words, None)
    if first is None or not _says_of(first.group()):
        return label, end
    kept: list[re.Match[str]] = []
    for word in itertools.chain([first], words):
        text = word.group()
        lower = text.lower()
        if re.search(r"\d", text):  # "votes making 53.85%": another figure, not what this one counts
            while kept and kept[-1].group().lower().endswith(("ing", "ed")):
                kept.pop()
            break
        ends = not re.match(r"[\w'\u2019-]", text) or lower in _CLAUSE_END or lower in STOPWORDS - PREPOSITIONS
        if ends and lower not in DETERMINERS:
            break
        kept.append(word)
        if len(label.split()) + len(kept) >= LONGEST:
            break
    while kept and (kept[-1].group().lower() in PREPOSITIONS | DETERMINERS):
        kept.pop()
    said = [w.group().lower() for w in kept if w.group().lower() not in PREPOSITIONS | DETERMINERS]
    when = MONTH_NAMES.keys() | TIME_WORDS | NOT_COUNTED | NOT_A_LABEL  # "in 2017", "on Friday"
    if not any(w not in when and not w.isdigit() for w in said):
        return label, end  # "$726 billion in 2017": a date says nothing of what is counted
    return f"{label} {' '.join(w.group() for w in kept)}", kept[-1].end()


def _says_of(word: str) -> bool:
    """Whether a word can begin what is said of a noun: "killed", "beaching", "in", "present"."""
    lower = word.lower()
    gerund = lower.endswith("ing") and len(lower) > 4
    return lower in PREPOSITIONS or lower == "present" or gerund or _participle(lower)


IRREGULAR_PARTICIPLES = frozenset(
    re.findall(
        r"\S+",
        "written taken given known held made paid sold built left kept found thrown shown grown drawn seen done "
        "gone sent spent lost won brought bought caught taught fought told struck cut put set shut hurt run "
        "begun chosen frozen stolen broken spoken driven hidden risen fallen beaten born borne worn torn sworn "
        "dealt meant felt heard led fed bred fled hit laid",
    )
)


def _participle(word: str) -> bool:
    return word in IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


def _noun_words(words: list[str], with_verbs: bool = False) -> list[str]:
    """The words of a phrase that say what something is: no small words, verbs (unless asked for) or times."""
    kept = []
    for word in words:
        bare = word.strip(".,;:'\u2019\"")
        lower = bare.lower()
        if (
            not bare
            or re.search(rf"[\d{_CURRENCY_SIGNS}]", bare)
            or lower in MULTIPLIERS
            or lower in STOPWORDS
            or lower in NOT_COUNTED
            or lower in TIME_WORDS
            or lower in MODALS
            or lower in NUMBER_WORDS
            or lower in ("later", "earlier", "ago")
            or lexicon(lower) == {"ADV"}  # "nearly", "recently"
        ):
            continue
        if lower.endswith("ed") and len(lower) > 4 and not with_verbs:
            continue
        kept.append(bare)
    return kept


MODALS = {"will", "would", "could", "should", "may", "might", "must", "can", "invest", "hit", "eat", "up"}


def _after_month(before: str) -> bool:
    word = re.search(r"([A-Za-z]+)\.?\s+$", before)
    return word is not None and word[1][:1].isupper() and word[1].lower() in MONTH_NAMES


def _unit(match: re.Match[str]) -> str:
    """What a measured number is in: a currency's name, "percent", or degrees of a scale."""
    if match.group("degrees"):
        scale = re.search(r"Fahrenheit|Celsius|F|C", match.group("degrees"))
        scales = {"F": "degrees Fahrenheit", "C": "degrees Celsius"}
        return scales.get(scale.group()[0], "degrees") if scale else "degrees"
    if match.group("attached"):
        return ATTACHED[match.group("attached").lower()]
    return "dollars" if match.group("cents") else CURRENCIES.get(match.group("currency") or "", "percent")


def _value(number: str, multiplier: str | None) -> int | float | None:
    tens, _, units = number.lower().partition("-")  # "twenty-five"
    if number.lower() in ("a", "an"):
        number = "1"  # "a million"
    elif number.lower().startswith("half"):
        number = "0.5"  # "half a million"
    if units and tens in NUMBER_WORDS and units in NUMBER_WORDS:
        number = str(int(NUMBER_WORDS[tens]) + int(NUMBER_WORDS[units]))
    digits = NUMBER_WORDS.get(number.lower(), number).replace(",", "")
    try:
        # exact: 4.1 million is 4100000, not 4099999.9999999995
        value = Decimal(digits) * MULTIPLIERS.get((multiplier or "").lower(), 1)
    except ArithmeticError:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


DURATIONS = {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours", "decade": "decades"}
DURATIONS |= {"minute": "minutes"}
DURATIONS |= {plural: plural for plural in DURATIONS.values()}
# After a span of time, words that make it a date or an age, not a figure: "two years ago".
# "18 months left in power": a date (when the term ends) and a figure (how long is left).
_LEFT = re.compile(r"\s+(?:year|month|week|day)s?\s+left\b")
_NOT_A_SPAN = re.compile(r"\s+(?:ago|later|earlier|old|older|younger|before|after|from now|since)\b")


# "in two years", "in the past three years": when, not how long something lasts ("during the eight
# years of his presidency" is how long).
_TIME_FRAME = re.compile(r"\b(?:in|within)\s+$|\b(?:in|within|over|during)\s+the\s+(?:past|last|next|coming|first)\s+$")


def _duration(match: re.Match[str], unit: str, unit_end: int) -> tuple[str, int]:
    """A span of time as a figure, with what it is of: "eight years of his presidency", or the
    words before it ("store metadata for two years"); none where it dates something instead."""
    sentence = match.string
    spans_another = (match.group("qualifier") or "").lower() == "over"  # "$300 billion over two years"
    if spans_another or _NOT_A_SPAN.match(sentence, unit_end) or _TIME_FRAME.search(sentence[: match.start()]):
        return "", unit_end
    return _span_label(unit, sentence, match.start(), unit_end)


def _span_label(unit: str, sentence: str, start: int, unit_end: int) -> tuple[str, int]:
    """What a span of time starting at `start` is of: what the sentence goes on to say ("eight years of his
    presidency"), or the words before it ("store metadata for two years"); "" where neither says."""
    label, label_end = _told_more(unit, sentence, unit_end)
    if label != unit:
        return label, label_end
    before = re.split(r"[,;:(\u2014\u201c\u201d\"]", sentence[:start])[-1]
    words = _noun_words(before.split()[-6:])
    return (f"{unit}: {' '.join(words[-4:])}", unit_end) if words else ("", unit_end)


def _label(match: re.Match[str]) -> tuple[str, int]:
    """What the number counts, and where that ends in the sentence."""
    times = re.match(
        r"\s+times\s+(?:the|as)\s+[a-z][\w'\u2019-]*(?:\s+(?:of\s+)?(?:the\s+)?[a-z][\w'\u2019-]*){0,3}",
        match.string[match.end() :],
    )
    if times and not match.group("percent") and not match.group("currency"):  # "six times the value of the cash"
        return " ".join(times.group().split()), match.end() + times.end()
    span = re.match(r"\s+(year|month|week|day|hour|minute|decade)s?\b", match.string[match.end() :])
    if span and not match.group("suffix") and not match.group("percent"):
        return _duration(match, DURATIONS[span.group(1)], match.end() + span.end())
    words: list[str] = []
    end = match.end()
    offset = match.end()
    rest = re.match(r"(?:[\s-]+[\w.'\u2019-]+){0,8}", match.string[offset:])
    of_taken = False
    for word in re.finditer(r"[\w.'\u2019-]+", rest.group() if rest else ""):
        text = word.group().strip("-")
        text = text if "." in text[:-1] else text.rstrip(".")
        lower = text.lower()
        if lower in {"such", "other"} and not words:  # "300 such Prime promotions"
            continue
        if re.search(r"\d", text):  # another number: "people aged 18 to 24" counts people
            while words and words[-1].lower().endswith(("ed", "ing")):
                words.pop()
            break
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
    while words and words[-1].lower() in {"of", "the"} | LINKS:  # "seats in" of "seats in the lower house"
        words.pop()
    suffix = (match.group("suffix") or "").lower()
    if suffix in DURATIONS:  # "a six-month review period", not "the 10-year Treasury note" (a name)
        if re.match(r"\s+[A-Z]", match.string[match.end() :]):
            return "", end
        if not re.search(
            r"\b(?:an?|the|its|their|his|her)\s+(?:\w+\s+)?$", match.string[: match.start()], re.IGNORECASE
        ):
            return "", end  # "four-year colleges": a kind of college, not a span of time
        return (f"{suffix}s: {' '.join(words)}", end) if words else ("", end)
    if words and words[0].lower() in ("year-old", "years-old") and len(words) > 1:
        return f"years old: {' '.join(words[1:])}", end  # "his 106-year-old halibut schooner"
    if not words or words[0].lower() in NOT_COUNTED:
        return "", end
    label = " ".join(words)
    if suffix == "member":
        label = f"members of the {label}"
    elif suffix and suffix != "strong":
        label = f"{suffix}s: {label}"
    return label, end
