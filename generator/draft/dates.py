"""Dates in a sentence: "September 11, 2001", "May 28", "in November", "in 1989", "last year",
"the 1990s", "the 100th anniversary". Where the sentence leaves out the year, it is worked out
from the article's date and marked as inferred, with the reason, as the data model writes it."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..models import PartialDate
from ..models.dates import DecadePart, Precision
from ..passages import NUMBER_WORDS
from .gazetteer import a_given_name
from .quotations import QUOTED

MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTH_NAMES |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTH_NAMES["sept"] = 9
_MONTHS = "|".join(sorted((m.capitalize() for m in MONTH_NAMES), key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTHS})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_COUNTS = {word: int(value) for word, value in NUMBER_WORDS.items() if 1 <= int(value) <= 10}  # one to ten
_COUNT = "|".join(_COUNTS)
_WEEKDAY = "|".join(calendar.day_name)
# Whether a sentence speaks of what is to come: a month it names without a year is then the next one.
FUTURE = re.compile(
    # "due to be held", not "due to a brief illness"
    r"\b(?:due(?!\s+to\s+(?:a|an|the|his|her|its|their|our|this|that|these|those|some|lack|poor|bad|heavy)\b)"
    r"|will|won['\u2019]t|would|scheduled to|(?<!\bthan )(?<!\bas )(?<!\bbeen )expected (?:to|on|by|in|later|next)"
    r"|set to|upcoming|next)\b",
    re.IGNORECASE,
)
# What only may be to come: "By Tuesday, the rain should move inland"; but not "for indicating in late
# June that the retirement age should be raised", where the date is of what was done
_MAY_COME = re.compile(
    r"\b(?:(?:should|must)(?!\s+(?:not\s+)?have\b)|(?:is|are)\s+(?:likely|forecast|projected)\s+to)\b", re.IGNORECASE
)
_DONE_IN = re.compile(r"\b\w+(?:ed|ing)\s+(?:(?:in|on)\s+)?$")

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("month-day-year", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
        ("day-month-year", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
        ("month-year", rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
        # "the September 11 attacks" names an event of a year the sentence does not give: not a date
        # "12/15/15", "15/12/2015": only where the day is over 12, so that the order is plain
        (
            "numeric",
            rf"(?:\b(?:{_WEEKDAY}),?\s+)?(?<![\d/.])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)"
            r"/(?P<numeric_year>(?:19|20)?\d\d)(?![\d/])",
        ),
        # "on Monday, Dec. 14": the year in which that day is a Monday
        ("weekday-month-day", rf"\b(?P<weekday>{_WEEKDAY}),?\s+{_MONTH}\s+{_DAY}\b(?!,?\s*\d)"),
        ("weekday-day-month", rf"\b(?P<weekday>{_WEEKDAY}),?\s+{_DAY}\s+{_MONTH}(?!,?\s*\d)"),
        # "on August 6 and 9": two days of a month (not "on May 3 and 14 others were held": a count)
        (
            "month-days",
            rf"\b{_MONTH}\s+{_DAY}\s+and\s+(?P<other>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"
            r"(?=\s*(?:[,.;:)\u2014]|$))",
        ),
        ("month-day", rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*\d|\s+(?:attacks?|bombings?|attackers))"),
        ("day-month", rf"\b{_DAY}\s+{_MONTH}\b"),
        # "the 1990s", "the mid-1990s", "Early 2000s": the decade, or its part, as the sentence gives it
        ("decade", r"\b(?:the\s+)?(?P<part>(?i:early|mid|late)-?\s*)?(?P<year>1[5-9][1-9]0|20\d0)s\b"),
        # "by Christmas 2012", "Christmas Eve of 2012": its day
        ("christmas", r"\bChristmas(?:\s+(?P<eve>Day|Eve))?(?:\s+of)?\s+(?P<year>1[5-9]\d\d|20\d\d)\b"),
        # "2008-9", "2017-18": a span of two years, both of them
        ("year-span", rf"(?<![\d,.$-]){_YEAR}[-\u2013](?P<to>\d{{1,2}})\b(?!-)"),
        # "(1858-1947)", "1757–1857": a span of years, from one to the other; not "1500-2000 people"
        (
            "year-range",
            rf"(?<![\d,.$-]){_YEAR}[-\u2013](?P<to>1[5-9]\d\d|20\d\d)\b(?!-)"
            r"(?!\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children|police|staff|personnel)\b)",
        ),
        # "the '80s", "early ’90s": a decade, the latest of that name by the article's date
        ("short-decade", r"(?P<part>\b(?i:early|mid|late)-?\s*)?['\u2018\u2019](?P<tens>\d)0s\b"),
        ("year", rf"(?<![\d,.$-]){_YEAR}(?!\d|,\d|-\w)"),
        ("year", rf"\b(?i:early|mid|late)-{_YEAR}(?!\d|,\d|-\w)"),  # "in mid-2013": the year
        ("relative-year", r"\b(?P<rel>(?i:last|this|next))\s+year\b"),
        # "due in Q4", "Q1 2011", "the third quarter of 2012": the year (not "the fourth quarter" of a game)
        ("quarter", rf"\bQ(?P<q>[1-4])(?:\s+(?:of\s+)?{_YEAR})?\b"),
        ("quarter", rf"\bthe\s+(?:first|second|third|fourth)\s+quarter\s+of\s+{_YEAR}\b"),
        # "by the end of the century", "by the middle of this century": of what is to come only
        ("century", r"\b(?i:by|before|until|at|around)\s+the\s+(?P<part>end|middle)\s+of\s+(?:the|this)\s+century\b"),
        # "signed this summer": the article's year; "by the new year": the next 1 January; "before Christmas": December
        ("season", r"\b(?P<rel>(?i:this|last|next))\s+(?:summer|spring|autumn|fall|winter)\b"),
        ("new-year", r"\b(?:by|before|until|from|after|in)\s+(?:the\s+)?[Nn]ew\s+[Yy]ear\b(?!['\u2019]s\s+[Ee]ve)"),
        ("christmas", r"\b(?:by|before|until|at|over|after)\s+Christmas\b"),
        # "has ruled ... for the last 13 years": since the year that many years before the article
        ("for-the-last", rf"\bfor\s+the\s+(?:last|past)\s+(?P<n>\d+|(?i:{_COUNT}))\s+years\b"),
        ("relative-month", r"\b(?P<rel>(?i:last|this|next))\s+month\b"),
        ("relative-week", r"\b(?P<rel>(?i:last|this|next))\s+week(?:end)?\b"),
        ("recent-months", r"\bin\s+recent\s+months\b"),
        ("today", r"\b(?:[Tt]oday|[Ee]arlier today|[Tt]his (?:morning|afternoon|evening))\b"),
        # "checked in last night"; not "the last night of the Proms", "his last night in office"
        (
            "yesterday",
            r"(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bour )(?<!\bmy )(?<!\bon )"
            r"\b(?P<rel>[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night)\b(?!\s+(?:of|in|at)\b)",
        ),
        # "nine months ago", "two years ago"; "over the next four years", "within a decade", "in a fortnight"
        ("ago", rf"\b(?P<n>\d+|(?i:{_COUNT}|a|an))\s+(?P<unit>years?|months?|weeks?|decades?)\s+ago\b"),
        # "a few weeks ago": about three weeks before the article, its month
        ("ago", r"\b(?P<n>(?i:a few|several))\s+(?P<unit>weeks)\s+ago\b"),
        # "with just 18 months left in power": the time that remains, counted from the article's date
        ("left", rf"\b(?P<n>\d+|(?i:{_COUNT}))\s+(?P<unit>years?|months?|weeks?)\s+(?:left|remaining|to go)\b"),
        (
            "ahead",
            rf"\b(?i:over\s+the\s+next|in\s+the\s+next|within|in|for)\s+(?:the\s+next\s+)?"
            rf"(?P<n>\d+|(?i:{_COUNT})|a)\s+(?P<unit>years?|decades?|fortnight)\b",
        ),
        ("anniversary", r"\b(?P<n>\d+)(?:st|nd|rd|th)\s+anniversary\b"),
        ("years-ago", r"\b(?P<n>\d+)\s+years\s+ago\b"),
        (
            "weekday",
            r"\b(?i:on|last|this|next|by|late|early)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        ),
        # "found more bodies Thursday", "said Friday": a weekday alone, but not in a name ("Good Friday")
        (
            "weekday",
            r"(?:^|(?<=[\w,;:(]\s))(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+[A-Z])",
        ),
        # "in October", and at a sentence's opening "In May, she played ..."
        (
            "month",
            rf"\b(?:(?i:in|by|since|until|from|during|early|late|mid-?|last|next|this)|for|of|and|or)\s+{_MONTH}\b"
            # but Theresa May: "In May's view", "Until May resigned"
            r"(?<!May(?=['\u2019]s\b))(?<!May(?=\s(?:resigned|took|said|told|won|lost|became|was|had|has)\b))",
        ),
        # "until after December", "through March"; not "before May said" (a name)
        ("month", rf"\b(?:after|before|through|till)\s+(?!May\b){_MONTH}\b(?!\s+\d)"),
        # "in the November election", "after the March primary", "during a July speech"
        (
            "month",
            rf"\b(?:in|by|since|until|after|before|during|at|from|of|on)\s+(?:the|a|an|his|her|its|their)\s+(?!May\b){_MONTH}\s+"
            r"(?=[a-z]{3,})(?!(?:on|for|of)\b)",
        ),
        # A sentence that opens on a month: "November marked the beginning of the season" ("May" may be a verb)
        ("month", rf"^(?!May\b){_MONTH}\b(?!\s+\d)"),
    )
)


# "the 1800s", "the early 1900s": a century, which no date here can be
_CENTURY = re.compile(r"\b(?:(?i:early|mid|late)-?\s*)?1[5-9]00s\b")
OPENING_WORDS = 6  # words before a date in a sentence's opening phrase ("In a notification on")
_SAID_THEN = re.compile(r",?\s+(?:[\w'\u2019-]+\s+){1,6}?(?:said|told|announced|warned|promised|pledged|vowed)\b")
_DONE_ON = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?!(?:scheduled|expected|planned|slated|set)\b)[a-z]{3,}ed\s+(?:on\s+)?$"
)
_SAID_ON = re.compile(
    r"\b(?:said|says|(?:did|didn't|did not)\s+say|told|announced|added|stated|confirmed)\s+(?:on\s+)?$"
)


@dataclass(frozen=True)
class DateMention:
    date: PartialDate
    phrase: str  # as written
    start: int  # offsets in the sentence
    end: int
    future: bool  # the sentence speaks of something due or planned

    @property
    def inferred(self) -> bool:
        return self.date.inferred is not None

    @property
    def in_full(self) -> bool:
        """A day the article gives with its month and year: "August 15, 1945"."""
        return bool(self.date.day) and not self.inferred


def dates_in(sentence: str, published: PartialDate, day_named: PartialDate | None = None) -> list[DateMention]:
    """Every date the sentence gives, in the order written; none counted twice. `day_named`: the last day
    named in full, with its year, before the sentence in its paragraph."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = [century.span() for century in _CENTURY.finditer(sentence)]
    # what someone says of the future is not the sentence's tense ('"We will stand ...," he said during a
    # July speech'), but it is for a date inside their words
    quoted = [m.span() for m in QUOTED.finditer(sentence)]
    future_anywhere = bool(FUTURE.search(sentence) or _MAY_COME.search(sentence))
    said_outside = QUOTED.sub(" ", sentence)
    certain = bool(FUTURE.search(said_outside))
    future_outside = certain or bool(_MAY_COME.search(said_outside))
    for name, pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if name == "decade" and re.search(r"\bsince\s+$", sentence[: match.start()]):
                taken.append((match.start(), match.end()))
                continue  # "on the list since the 1990s": how long something has lasted, no event
            future = future_anywhere if any(s <= match.start() < e for s, e in quoted) else future_outside
            # "approved in February ... will add": the month of what was done, not of what will be
            past = name == "month" and bool(
                re.search(
                    r"(?<!\bbe )(?<!\bbeen )\b(?:\w+ed|said|told|met|began|saw|won|lost)\s+(?:in|on)\s+$",
                    sentence[: match.start() + 3],
                )
            )
            past = past or (name == "month" and not certain and _DONE_IN.search(sentence[: match.start()]) is not None)
            # "In June, the company said it would cut jobs", "In a notification on March 25, the government
            # announced ... that it would": what was said then, in the sentence's opening phrase
            opening = sentence[: match.start()]
            past = past or (
                (name == "month" or opening.strip() != "")
                and "," not in opening
                and len(opening.split()) <= OPENING_WORDS
                and not FUTURE.search(opening)
                and _SAID_THEN.match(sentence, match.end()) is not None
            )
            # "this past Sunday"; but "Saturday is the 75th anniversary": the one to come
            past = past or (
                name == "weekday" and re.search(r"\bpast\s+$", sentence[: match.start("weekday")]) is not None
            )
            coming = (  # a sentence opening on "Saturday is ...", not "The shooting Saturday is the deadliest"
                name == "weekday"
                and match.start() == 0
                and re.match(r"\s+(?:is|marks)\b", sentence[match.end() :]) is not None
            )
            # "Gates did not say Thursday whether the review will ...": the day of saying, not of what will be
            past = past or (name == "weekday" and _SAID_ON.search(sentence, 0, match.start("weekday")) is not None)
            # "released Monday a list of posts that will be cut": the day of what was done
            past = past or (name == "weekday" and _DONE_ON.search(sentence, 0, match.start("weekday")) is not None)
            dates = _dates(name, match, published, (future or coming) and not past)
            if dates:
                taken.append((match.start(), match.end()))
            found += [DateMention(date, match.group(), match.start(), match.end(), future) for date in dates]
    found.sort(key=lambda mention: mention.start)
    return found if _NOW.search(sentence) else _in_the_year_named(found, published, day_named)


def _in_the_year_named(
    found: list[DateMention], published: PartialDate, named: PartialDate | None
) -> list[DateMention]:
    """A day told without its year ("on August 6") within a month of a day of an earlier year that its
    paragraph named in full ("on August 15, 1945"), of what was done: that year's, as a reader takes it,
    not the article's. Not a day months away ("born on March 3, 1940 ... died on July 30"), nor in a
    sentence of the present ("This year, the ceremony on August 6": see dates_in)."""
    dated = []
    for mention in found:
        day = mention.date
        if mention.in_full:
            named = day
        elif _near_a_day_of_before(mention, named, published):
            assert named is not None
            reason = f'The article says "{mention.phrase}" with no year, within a month of {named}, named before it.'
            mention = replace(mention, date=PartialDate(named.year, day.month, day.day, reason))
        dated.append(mention)
    return dated


NEAR = 31  # days
_NOW = re.compile(r"\b(?i:this\s+(?:year|month|week)|last\s+(?:year|month)|recently|now|today|currently)\b")


def _near_a_day_of_before(mention: DateMention, named: PartialDate | None, published: PartialDate) -> bool:
    day = mention.date
    if not day.day or named is None or named.year >= published.year or mention.future or not _yearless(mention):
        return False
    try:
        return abs((date(named.year, day.month, day.day) - named.earliest).days) <= NEAR
    except ValueError:
        return False  # "February 29" of a year that has none


_YEARLESS = re.compile(rf"(?:{_MONTHS})\.?\s+\d\d?\w*(?:\s+and\s+\d\d?\w*)?|\d\d?\w*\s+(?:{_MONTHS})\.?")


def _yearless(mention: DateMention) -> bool:
    """A day and month alone, whose year the article's date gave (not a weekday's, nor a count of days)."""
    return _YEARLESS.fullmatch(mention.phrase) is not None


# Days counted from the day the article named last: "arrested the next day", "died two days later".
_DAYS_ON = re.compile(
    rf"\b(?i:the)\s+(?P<way>next|following|previous)\s+day\b"
    rf"|(?<![\d,.])\b(?P<n>(?i:a|one)|\d+|(?i:{_COUNT}))\s+days?\s+(?P<when>later|earlier)\b"
)


def days_on(sentence: str, day: PartialDate, taken: list[DateMention]) -> list[DateMention]:
    """The dates a sentence counts in days from the last day the article named before them: one
    earlier in the sentence, else `day`; none where the sentence gives the date itself ("the following
    day, Nov. 24")."""
    found = []
    for match in _DAYS_ON.finditer(sentence):
        if any(d.start < match.end() and match.start() < d.end for d in taken):
            continue
        if any(match.end() <= d.start <= match.end() + 3 for d in taken):
            continue  # "the following day, Nov. 24": dated already
        earlier = [d.date for d in taken if d.date.day and d.end <= match.start()]
        day = earlier[-1] if earlier else day
        count = match.group("n") or "1"
        days = int(count) if count.isdigit() else _COUNTS.get(count.lower(), 1)
        if match.group("way") == "previous" or match.group("when") == "earlier":
            days = -days
        on = date(day.year, day.month or 1, day.day or 1) + timedelta(days=days)
        reason = f'The article says "{match.group()}", counting from {day}, the last day it named before.'
        found.append(DateMention(PartialDate(on.year, on.month, on.day, reason), match.group(), *match.span(), False))
    return found


_A_LIFE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w'\u2019-]+\s*\($")


def _dates(name: str, match: re.Match[str], published: PartialDate, future: bool) -> list[PartialDate]:
    groups = match.groupdict()
    said = f'The article, of {published}, says "{" ".join(match.group().split())}"'
    if name == "numeric":
        return _numeric(groups, published)
    if name in ("weekday-month-day", "weekday-day-month"):
        return _year_of_weekday(groups, published, said)
    if name == "month-days":
        one = _date("month-day" if not groups.get("year") else "month-day-year", match, published, future)
        other = one and _other_day(one, int(groups["other"]))
        return [one, other] if one and other else []
    if name == "year-span":
        first = int(groups["year"])
        last = int(str(first)[: 4 - len(groups["to"])] + groups["to"])
        return [PartialDate(first), PartialDate(last)] if 0 < last - first <= 10 else []
    if name == "year-range":
        first, last = int(groups["year"]), int(groups["to"])
        life = _A_LIFE.search(match.string[: match.start()])  # "Jane Austen (1775-1817)": no event of its years
        if first >= last or (life and a_given_name(life.group(1))):
            return []
        return [PartialDate(first), PartialDate(last)]
    if name == "short-decade":
        decade = published.year // 100 * 100 + 10 * int(groups["tens"])
        decade -= 100 if decade > published.year else 0
        part = (groups.get("part") or "").strip(" -").lower()
        reason = f"{said}: the latest decade of that name by then."
        return [PartialDate(decade, inferred=reason, decade=DecadePart(part) if part else DecadePart.whole)]
    if name == "relative-month":
        shift = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
        return [_months_from(published, shift, f"{said}.")] if published.month else []
    if name == "relative-week":
        if published.precision is not Precision.day:
            return []
        # a week counts from the article's day; a weekend from the next Saturday ("last weekend": the one gone)
        start = published.earliest
        if match.group().lower().endswith("weekend"):
            start += timedelta(days=(5 - start.weekday()) % 7)
        day = start + timedelta(weeks={"last": -1, "this": 0, "next": 1}[groups["rel"].lower()])
        return [PartialDate(day.year, day.month, 0, f"{said}: the week's month.")]
    if name == "today":
        return [PartialDate(published.year, published.month, published.day, f"{said}.")] if published.day else []
    if name == "yesterday":
        if published.precision is not Precision.day:
            return []
        day = published.earliest + timedelta(days=1 if groups["rel"].lower() == "tomorrow" else -1)
        return [
            PartialDate(
                day.year, day.month, day.day, f"{said}: the day {'before' if day < published.earliest else 'after'} it."
            )
        ]
    if name == "recent-months":
        return [PartialDate(published.year, 0, 0, f"{said}: the year of the article.")]
    looking_back = name == "ahead" and not future and re.match(r"(?i)(?:in|for)\s+(?!the\s+next)", match.group())
    if looking_back and _LOOKING_BACK.search(match.string[max(0, match.start() - 60) : match.start()]):
        return []  # "the biggest drop in four years", "for the first time in a decade"
    if looking_back and match.group().lower().startswith("for"):
        return []  # "has been whacking moles for 20 years": how long, not when (but "won't ... for two years")
    if name in ("ago", "ahead", "left"):
        count = groups["n"].lower()
        n = int(count) if count.isdigit() else _COUNTS.get(count, 1)
        unit = groups["unit"].lower().rstrip("s")
        sign = -1 if name == "ago" else 1
        if count in ("a few", "several") and published.precision is Precision.day:
            about = published.earliest - timedelta(weeks=3)
            return [PartialDate(about.year, about.month, 0, f"{said}: about three weeks before it, in that month.")]
        if unit == "decade" and name == "ago":  # "four decades ago": the decade, no year more precise than that
            decade = (published.year - 10 * n) // 10 * 10
            reason = f"{said}: {10 * n} years before {published.year}, in that decade."
            return [PartialDate(decade, 0, 0, reason, decade=DecadePart.whole)]
        if unit == "month" and published.month:
            return [_months_from(published, sign * n, f"{said}.")]
        if unit == "week" or unit == "fortnight":
            if published.precision is not Precision.day:
                return []
            day = published.earliest + timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))
            return [PartialDate(day.year, day.month, day.day, f"{said}.")]
        years = n * (10 if unit == "decade" else 1)
        return [PartialDate(published.year + sign * years, 0, 0, f"{said}: {years} years from {published.year}.")]
    date = _date(name, match, published, future)
    return [date] if date else []


# Before "in four years": a record or a first, measured over the years before the article.
_LOOKING_BACK = re.compile(
    r"\b(?:first\s+time|record|biggest|largest|highest|lowest|smallest|worst|best|fastest|slowest"
    r"|longest|shortest|strongest|weakest|deadliest|sharpest|steepest|greatest)\b[^,;.]*$",
    re.IGNORECASE,
)


def _months_from(published: PartialDate, shift: int, reason: str) -> PartialDate:
    months = published.year * 12 + published.month - 1 + shift
    return PartialDate(months // 12, months % 12 + 1, 0, reason)


def _date(name: str, match: re.Match[str], published: PartialDate, future: bool) -> PartialDate | None:
    groups = match.groupdict()
    month = MONTH_NAMES.get((groups.get("month") or "").lower().rstrip("."), 0)
    day = int(groups["day"]) if groups.get("day") else 0
    year = int(groups["year"]) if groups.get("year") else 0
    said = f'The article, of {published}, says "{" ".join(match.group().split())}"'
    try:
        if name in {"month-day-year", "day-month-year", "month-year", "year"}:
            return PartialDate.parse(_iso(year, month, day))
        if name == "decade":  # stated as it is: "the mid-1990s" is the mid-1990s, inferred from nothing
            part = (groups.get("part") or "").strip(" -").lower()
            return PartialDate(year, decade=DecadePart(part) if part else DecadePart.whole)
        if name in {"month-day", "day-month", "month"}:
            coming = _coming_year(published, month, day) if not future and name != "month" else None
            soon = coming is not None
            # "since last December", said in December: the December before, not this one
            strictly = re.match(r"(?i)(?:last|next)\s", match.group())
            future = future or match.group().lower().startswith("next")
            inferred = coming if coming is not None else _year_of(month, published, future, strictly=bool(strictly))
            which = "next" if future or soon else "latest"
            reason = f"{said}; the {which} {calendar.month_name[month]} {'after' if which == 'next' else 'before'} it"
            reason += f" was in {inferred}"
            if inferred == published.year and month == published.month:
                reason = f"{said}; the month of its publication"
            parsed = PartialDate.parse(_iso(inferred, month, day))
            return PartialDate(parsed.year, parsed.month, parsed.day, f"{reason}.")
        if name == "weekday":
            alone = match.start("weekday") == match.start()
            if alone and _NAMED_DAY.search(match.string[: match.start()]):
                return None  # "Good Friday", "Super Tuesday": a name; but "mourning Braugher Tuesday night"
            not_today = re.match(r"(?i)(?:next|last)\s", match.group()) is not None  # never the article's own day
            return _weekday(list(calendar.day_name).index(groups["weekday"]), published, future, said, not_today)
        if name == "century":  # said of what is to come: "will rise ... by the end of the century"
            year = published.year // 100 * 100 + (100 if groups["part"].lower() == "end" else 50)
            return PartialDate(year, 0, 0, f"{said}: {year}.") if future and year > published.year else None
        if name == "quarter" and year:
            return PartialDate(year)
        if name == "quarter":  # the next such quarter if spoken of as to come, else the latest
            quarter, now = int(groups["q"]), (published.month + 2) // 3
            if not now:
                return None
            shift = (1 if future and quarter < now else 0) - (1 if not future and quarter > now else 0)
            which = {-1: "the year before it", 0: "its year", 1: "the year after it"}[shift]
            return PartialDate(published.year + shift, 0, 0, f"{said}: quarter {quarter} of {which}.")
        if name in ("relative-year", "season"):
            shift = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
            which = {-1: "before", 0: "of", 1: "after"}[shift]
            return PartialDate(published.year + shift, 0, 0, f"{said}: the year {which} it.")
        # In January and February, a new year or a Christmas not spoken of as to come is the one just gone.
        just_gone = not future and 0 < published.month <= 2
        if name == "new-year":
            year = published.year if just_gone else published.year + 1
            return PartialDate(year, 1, 1, f"{said}: the 1 January {'before' if just_gone else 'after'} it.")
        if name == "christmas" and groups.get("year"):
            return PartialDate(int(groups["year"]), 12, 24 if groups.get("eve") == "Eve" else 25)
        if name == "christmas":
            year = published.year - 1 if just_gone else published.year + (1 if _past_christmas(published) else 0)
            return PartialDate(year, 12, 0, f"{said}: the December of {year}.")
        if name == "for-the-last":
            count = groups["n"].lower()
            years = int(count) if count.isdigit() else _COUNTS.get(count, 0)
            if not 0 < years < 200:
                return None  # "for the past 3000 years": history, not a date
            return PartialDate(published.year - years, 0, 0, f"{said}: {years} years before {published.year}.")
        if name in {"anniversary", "years-ago"}:
            years = int(groups["n"])
            if not 0 < years < published.year:
                return None
            return PartialDate(published.year - years, 0, 0, f"{said}: {years} years before {published.year}.")
    except ValueError:  # "February 30": not a date
        return None
    return None


_NAMED_DAY = re.compile(
    r"\b(?:Good|Holy|Easter|Palm|Ash|Shrove|Maundy|Black|Cyber|Super|Bloody|Blue|Giving|Small Business|Whit|Low"
    r"|Fat|Bowl|Remembrance|Mothering|Trinity|Derby|Selection"
    r"|Orange|Pink|Red|White|Green|Mad)\s+$"
)


def _past_christmas(published: PartialDate) -> bool:
    return published.month == 12 and published.day > 25


def _weekday(
    weekday: int, published: PartialDate, future: bool, said: str, strictly: bool = False
) -> PartialDate | None:
    """The day a weekday names: the latest on or before the article's day, or the next if it is to come;
    `strictly` ("next Saturday" said on a Saturday), never the article's own day."""
    if published.precision is not Precision.day:
        return None
    day = published.earliest
    shift = (weekday - day.weekday()) % 7 if future else -((day.weekday() - weekday) % 7)
    if strictly and not shift:
        shift = 7 if future else -7
    found = day + timedelta(days=shift)
    which = "next" if future else "latest"
    where = "after" if future else "on or before"
    return PartialDate(
        found.year, found.month, found.day, f"{said}; the {which} {calendar.day_name[weekday]} {where} it."
    )


def _other_day(first: PartialDate, day: int) -> PartialDate | None:
    try:
        date(first.year, first.month, day)
    except ValueError:
        return None
    return PartialDate(first.year, first.month, day, first.inferred) if day > first.day else None


def _iso(year: int, month: int, day: int) -> str:
    return "-".join(f"{part:0{width}d}" for part, width in ((year, 4), (month, 2), (day, 2)) if part)


# Days after the article that a day it names without a year may be: "would take office on Dec. 10" in an
# article of 20 November is three weeks ahead, not eleven months back (a newsroom gives the year of a
# date outside the current one).
SOON = 45


def _coming_year(published: PartialDate, month: int, day: int) -> int | None:
    """The year of the day to come within SOON days of the article's own day ("January 20th" in an article
    of 22 December: the next year's); None where it is not that near, or the article's day is not known."""
    if published.precision is not Precision.day:
        return None
    for year in (published.year, published.year + 1):
        try:
            if 1 <= (date(year, month, day) - published.earliest).days <= SOON:
                return year
        except ValueError:
            return None
    return None


def _numeric(groups: dict[str, str], published: PartialDate) -> list[PartialDate]:
    first, second, year = int(groups["first"]), int(groups["second"]), int(groups["numeric_year"])
    if (first > 12) == (second > 12):
        return []  # "5/6/2019": the 5th of June or the 6th of May, as the outlet writes it
    day, month = (first, second) if first > 12 else (second, first)
    if year < 100:  # "15": this century's, unless that is more than a year after the article
        year += 2000 if 2000 + year <= published.year + 1 else 1900
    try:
        date(year, month, day)
    except ValueError:
        return []  # "2/30/16": no such day
    return [PartialDate(year, month, day)]


def _year_of_weekday(groups: dict[str, str], published: PartialDate, said: str) -> list[PartialDate]:
    """A day named with its weekday and no year: of the years around the article's, the nearest in which
    it falls on that weekday ("Monday, Dec. 14", in an article of December 2016, is 14 December 2015)."""
    month, day = MONTH_NAMES[groups["month"].lower().rstrip(".")], int(groups["day"])
    weekday = list(calendar.day_name).index(groups["weekday"])
    years = (published.year, published.year - 1, published.year + 1)
    year = next((y for y in years if _weekday_of(y, month, day) == weekday), None)
    if year is None:
        return []
    named = f"{day} {calendar.month_name[month]}"
    reason = f"{said}; the nearest year in which {named} was a {groups['weekday']} is {year}."
    return [PartialDate(year, month, day, reason)]


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None  # "Feb. 29" of a year that has none


def _year_of(month: int, published: PartialDate, future: bool, *, strictly: bool = False) -> int:
    """The year of a month named without one: the latest before the article, or the next if it is to
    come; `strictly`, never the article's own month ("last December", said in December)."""
    now = published.month or (1 if future else 12)
    if future:
        return published.year if month > now or (month == now and not strictly) else published.year + 1
    return published.year if month < now or (month == now and not strictly) else published.year - 1


# Where a clause ends, for a title: punctuation, a dash, or a conjunction that opens a new clause
_CLAUSE_BREAK = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d{3})|[;:()\u2014\u2013\"\u201c\u201d]|\s-\s|\b(?:but|while|whereas|when|after|before)\s|\b(?<!much\s)(?<!many\s)(?<!well\s)"
    r"as(?!\s+(?:much|many|well)\b)\s)\s*"  # not "as much as 6%", "as well as"
)
# Words that lead into a clause or a date rather than say what happened
_LEAD = re.compile(
    r"^(?:(?:and|but|so|then|yet|also|after|before|when|while|since|as|with|just|only|even|that|which)\s+)+",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"(?:^|\s+)(?:in|on|by|since|until|from|during|at|of|for)$", re.IGNORECASE)
_DANGLING = re.compile(
    r"\s+(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|his|her|its|their|that|which|was|were|is|are|has|had|have|be|been)$",
    re.IGNORECASE,
)
TITLE_WORDS = 12


TITLE_REACH = 300  # characters on each side of a date that its title may come from


def event_title(sentence: str, mention: DateMention) -> str | None:
    """A title for the event a date is given for, in the sentence's own words: the clause that holds the
    date, without the date and the words that lead into it ("After nine churchgoers were killed in South
    Carolina in June, ..." is "Nine churchgoers were killed in South Carolina"); the next clause where the
    date's own is nothing else ("Nine months ago, the president seemed ..."). None where no clause says
    anything of three words or more."""
    before = sentence[max(0, mention.start - TITLE_REACH) : mention.start]  # a clause, not a whole long sentence
    after = re.sub(r"^['\u2019]s\b", "", sentence[mention.end : mention.end + TITLE_REACH])  # "last year's tax bill"
    before = _PREPOSITION.sub("", before.rstrip())
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    end_match = _CLAUSE_BREAK.search(after)
    end = end_match.start() if end_match else len(after)
    clause = f"{before[start:]} {after[:end]}"
    if len(_words(clause)) < 3 and end_match:  # the date was a clause of its own: what follows says what happened
        rest = after[end_match.end() :]
        following = _CLAUSE_BREAK.search(rest)
        clause = rest[: following.start() if following else len(rest)]
    words = _words(clause)
    if len(words) < 3:
        return None
    title = " ".join(words[:TITLE_WORDS])
    while (shorter := _DANGLING.sub("", title)) != title:
        title = shorter
    return title[0].upper() + title[1:] if len(title.split()) >= 3 else None


def _words(clause: str) -> list[str]:
    return _LEAD.sub("", " ".join(clause.replace("\u2019", "'").split()).strip(" .!?'-\u2013\u2014")).split()
