"""Glossary candidates the registry does not know yet: words a general reader may need explained.

Found by what marks them in news writing, not by a list: an acronym spelt out ("Marine Stewardship
Council (MSC)"), a phrase the article puts in quotation marks or introduces ("known as", "so-called"),
a hyphenated compound ("zero-hours contracts", "change-of-control provisions"), a pair of words the
article repeats ("mass stranding", "data retention"), and the name of a law, an agreement or a war
("Data Retention Bill", "Paris Agreement"). Ranked by how often the article uses them; then a few
words rare in English ("countercyclical", "casualisation"), which a reader may need explained, and a
few noun phrases whose words are the least common in English ("judicial warrant", "midterm elections"),
a specialist's words that an article uses once without explaining.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from wordfreq import zipf_frequency

from ..passages import NUMBER_WORDS, STOPWORDS
from .gazetteer import is_demonym
from .names import OTHER_WORDS, PERSON_TITLES, TITLES, covered, initials, lexicon, without_possessive

MOST = 18  # candidates proposed: enough for a glossary, few enough to review in a minute or two
# Rare words and uncommon noun phrases proposed besides them, rarest first: on the development set and
# three held-out sets, 8 and 10 (from 5 and 6) found 2 to 9 more of the terms editors wanted in each,
# for 6 to 7 more candidates an article.
MOST_RARE = 8
MOST_PHRASES = 10
# Zipf frequency (log10 of uses per billion words of English): below 3, fewer than one use in a million
# words ("countercyclical" 1.5, "sleet" 2.8, "stratosphere" 2.9); "curfew" is 3.4, "deficit" 4.1.
RARE = 3.0

_ACRONYM = re.compile(
    r"\b((?:[A-Z][\w'\u2019&-]*\s+(?:(?:of|the|for|and|on)\s+)*){1,7}?[A-Z][\w'\u2019-]*)\s+\(([A-Z]{2,6})\)"
)
_INTRODUCED = re.compile(
    r"\b(?:known as|so-called|called|dubbed|termed|referred to as)\s+[\"\u201c]?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
    # "the so-called Excalibur portfolio": a name the article introduces as one, capitalised or not
    r"|\bso-called\s+[\"\u201c]?([A-Z][\w-]*(?:\s+[a-z][\w-]*){1,2})"
    # "known as Red Wolf", "cameras dubbed \u201cHebron Smart City\u201d": a programme's or a thing's name
    r"|\b(?:known as|dubbed|nicknamed|branded)\s+[\"\u201c]?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)
# "a Morris Trust structure, in which ...": the article says what it is
_DEFINED = re.compile(r"\b(?:an?|the)\s+((?:[A-Z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),?\s+in which\b")
_QUOTED_PHRASE = re.compile(r"[\"\u201c]([a-z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3})[\"\u201d]")
_GLOSSED = re.compile(r"\b([a-z][\w'\u2019-]{3,})\s+\((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}\)")
# "zero-hours contracts"; capitalised only with two hyphens or more ("Medicare-for-all", not "Jong-un")
_COMPOUND = re.compile(r"\b((?:[a-z]+|[A-Z][a-z]+(?=(?:-[a-z]+){2}))(?:-[a-z]+)+)(?:\s+([a-z]{4,}))?\b")
# A named strait, gulf, sea or peninsula: "the Strait of Hormuz", "the Bab al-Mandab Strait", "the Gaza Strip"
_FEATURE = re.compile(
    r"\b((?:Strait|Straits|Gulf|Bay|Cape|Isle)\s+of\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
    r"|(?!(?:The|A|An|On|In|At|Of|To|From)\b)[A-Z]\w+(?:\s+(?:al-|el-)?[A-Z][\w-]+)?"
    r"\s+(?:Strait|Straits|Peninsula|Canal|Heights|Sea|Strip|Desert|Corridor|Basin))\b"
)
_LAW = re.compile(
    r"\b((?:[A-Z][a-z][\w'\u2019-]*\s+){1,4}(?:"
    + "|".join(w.capitalize() for w in OTHER_WORDS | {"deal", "doctrine"})  # "Green New Deal", never a surname here
    + r"))\b"
)
_NAME_AFTER = re.compile(r"\s+[A-Z]")
# A proper name and what it names, in lower case: a conflict, a disease.
_NAMED_THING = re.compile(
    r"(?<![\w-])((?P<name>(?:[A-Z][\w'\u2019]*-)?[A-Z][\w'\u2019]+)\s+"
    r"(?P<kind>conflict|dispute|crisis|war|virus|epidemic|outbreak|disease))\b"
)
_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]{2,}")
# Compounds of everyday English, not terms.
_COMMON = frozenset(
    re.findall(
        r"\S+",
        "so-called well-known long-term short-term year-old years-old full-time part-time one-time "
        "first-time follow-up left-wing right-wing co-founder vice-president e-mail self-described "
        "high-powered low-cost high-cost",
    )
)


@dataclass(frozen=True)
class TermMention:
    term: str
    start: int  # offsets in the text
    end: int


def _spelt_out(name: str, acronym: str) -> str:
    """The words of `name` the acronym is made of: "Supreme Council of the Armed Forces" of "Egypt's
    Supreme Council of the Armed Forces (SCAF)"; all of it if none are."""
    words = name.split()
    for first in range(len(words)):
        if initials(" ".join(words[first:])) == acronym:
            return " ".join(words[first:])
    return name


def terms_in(text: str, names: Iterable[tuple[int, int]] = ()) -> list[TermMention]:
    """The candidates, most used first, each at its first use; `names` are where the article names
    people, bodies and places, whose words are no terms of their own."""
    inside_names = covered(names)
    found: dict[str, TermMention] = {}

    def add(term: str, start: int, end: int) -> None:
        term = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", " ".join(term.split()).strip(".,;:'\u2019-"))
        if len(term) >= 3 and term.lower() not in STOPWORDS and not _says_when_or_how_many(term):
            found.setdefault(_singular(term.lower()), TermMention(term, start, end))

    for match in _ACRONYM.finditer(text):
        expansion = _spelt_out(re.sub(r"^(?:The|A|An)\s+", "", match.group(1)), match.group(2))
        add(f"{match.group(2)} ({expansion})", match.start(), match.end())
    for pattern in (_INTRODUCED, _QUOTED_PHRASE):
        for match in pattern.finditer(text):
            group = match.lastindex or 1
            words = match.group(group).split()
            if pattern is _INTRODUCED:  # "the so-called gig economy is here": up to the first small word
                words = list(itertools.takewhile(lambda word: word.lower() not in STOPWORDS, words))
            one_noun = len(words) == 1 and len(words[0]) >= 5 and not words[0].endswith(("ly", "ing", "ed"))
            if 2 <= len(words) <= 4 or (words and pattern is _INTRODUCED) or one_noun:  # "metadata"
                add(" ".join(words), match.start(group), match.start(group) + len(" ".join(words)))
    for match in _DEFINED.finditer(text):
        add(match.group(1), match.start(1), match.end(1))
    for match in _GLOSSED.finditer(text):  # "tikanga (protocol)": the article explains the word
        add(match.group(1), match.start(1), match.end(1))
    for match in _COMPOUND.finditer(text):
        compound = match.group(1)
        first = compound.split("-")[0]
        if compound in _COMMON or (first in STOPWORDS and first != "by"):  # "by-catch", "by-election" are terms
            continue
        if compound.endswith("ly"):
            continue  # "pre-emptively stripping": an adverb and a verb
        noun = match.group(2)
        phrase = f"{compound} {noun}" if noun and noun not in STOPWORDS and _is_noun(noun) else compound
        add(phrase, match.start(), match.start() + len(phrase))
    for match in _NAMED_THING.finditer(text):  # "the Nagorno-Karabakh conflict"; "Ebola" of "the Ebola epidemic"
        if match.group("name").lower() in STOPWORDS or match.start() in inside_names:
            continue  # "The crisis deepened", "This war"; "Trump dispute": a person's name, not a thing's
        ailment = match.group("kind") in ("virus", "epidemic", "outbreak", "disease")
        named = match.group("name") if ailment else match.group(1)
        add(named, match.start(1), match.start(1) + len(named))
    for match in _FEATURE.finditer(text):
        add(match.group(1), match.start(1), match.end(1))
    for match in _LAW.finditer(text):
        named_after = _NAME_AFTER.match(text, match.end(1))  # "Co-founder Bill Gates": a name, no law
        titled = re.search(r"(\w+)\.?\s+$", text[max(0, match.start(1) - 20) : match.start(1)])
        if titled and titled.group(1).lower() in TITLES:
            continue  # "Gov. Nathan Deal": a person
        if match.group(1)[:1].isupper() and len(match.group(1).split()) > 1 and not named_after:
            add(match.group(1), match.start(1), match.end(1))
    for pair, (start, end) in _repeated_pairs(text).items():
        add(pair, start, end)
    uses = Counter({key: len(re.findall(re.escape(key), text.lower())) for key in found})
    ranked = sorted(found, key=lambda key: (-uses[key], found[key].start))[:MOST]
    chosen = [found[key] for key in ranked]
    words_chosen = {word for c in chosen for word in re.findall(r"[\w'\u2019#-]+", c.term.lower())}
    rare = [word for word in _rare_words(text, inside_names) if word.term.lower() not in words_chosen][:MOST_RARE]
    words_chosen |= {word.term.lower() for word in rare}
    phrases = [phrase for phrase in _uncommon_phrases(text) if not words_chosen & set(phrase.term.split())]
    proposed = {_singular(m.term.lower()): m for m in reversed(chosen + rare + phrases[:MOST_PHRASES])}  # the first
    return sorted(proposed.values(), key=lambda mention: mention.start)


_ANY_WORD = re.compile(r"(?<![\w'\u2019#@-])#?[^\W\d_][\w'\u2019-]*[^\W\d_]")  # no @handle
# What a sentence's first word follows: its end (closing marks included), an opening mark, a new line.
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"\u201d\u2019')\]]*|[\"\u201c(\n])\s*$")


def _rare_words(text: str, named: set[int]) -> list[TermMention]:
    """Words a general reader seldom meets ("countercyclical", "Keynesian", "#WeMissTurkey"), rarest
    first, by the word frequencies of English that `wordfreq` ships; not a name's words, not an adverb
    or a verb's form, not a people ("Argentines"), not a capitalised word that opens a sentence; `named`
    holds the offsets inside the article's names."""
    seen: dict[str, tuple[float, TermMention]] = {}
    for match in _ANY_WORD.finditer(text):
        word = without_possessive(match.group())
        if match.start() in named or word.lower() in seen or word.lower().endswith(("ly", "ed", "ing")):
            continue
        if word[:1].isupper() and _SENTENCE_START.search(text[max(0, match.start() - 8) : match.start()]):
            continue
        if (zipf := zipf_frequency(word, "en")) < RARE and not is_demonym(word):  # "Argentines" are a people
            seen[word.lower()] = (zipf, TermMention(word, match.start(), match.start() + len(word)))
    return [mention for _, mention in sorted(seen.values(), key=lambda pair: pair[0])]


_PLAIN_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z-]{2,}(?![\w'\u2019-])")


def _uncommon_phrases(text: str) -> list[TermMention]:
    """Noun phrases of two or three lower-case words ("judicial warrant", "negative emission technologies"),
    the least common in English first, by the mean Zipf frequency of their words; a phrase inside one
    before it in that order, or of the same head, is left out ("fresh halibut fillets" after "halibut
    fillets")."""
    scored: dict[str, tuple[float, TermMention]] = {}
    words = list(_PLAIN_WORD.finditer(text))
    for size in (2, 3):
        for at in range(len(words) - size + 1):
            run, following = words[at : at + size], words[at + size] if at + size < len(words) else None
            if any(text[a.end() : b.start()] != " " for a, b in itertools.pairwise(run)):
                continue
            if (
                following
                and text[run[-1].end() : following.start()] == " "
                and _cut(run[-1].group(), following.group())
            ):
                continue  # cut inside a longer compound: "diverse student" of "diverse student bodies"
            *modifiers, head = spelled = [word.group() for word in run]
            phrase = " ".join(spelled)
            if _says_when_or_how_many(phrase) or not (all(map(_modifies, modifiers)) and _is_noun(head)):
                continue
            mean = sum(zipf_frequency(word, "en") for word in spelled) / size
            scored.setdefault(phrase, (mean, TermMention(phrase, run[0].start(), run[-1].end())))
    chosen: list[TermMention] = []
    for _, mention in sorted(scored.values(), key=lambda pair: pair[0]):
        if not any(_same_thing(mention.term, other.term) for other in chosen):
            chosen.append(mention)
    return chosen


def _cut(head: str, following: str) -> bool:
    """Whether a phrase ending in `head` goes on with the word after it: a noun that can be nothing
    else ("diverse student bodies"), or, after a word that can be an adjective, a noun or a gerund
    ("gross domestic product", "slash public spending")."""
    if following in STOPWORDS:
        return False
    after = _parts_of_speech(following)
    return after == {"NOUN"} or ("ADJ" in _parts_of_speech(head) and ("NOUN" in after or following.endswith("ing")))


def _same_thing(phrase: str, other: str) -> bool:
    """One phrase inside the other, or both of one head: "halibut fillets" and "fresh halibut fillets"."""
    return phrase in other or other in phrase or phrase.split()[-1] == other.split()[-1]


@functools.cache
def _singular(phrase: str) -> str:
    """A phrase with its last word as a noun's lemma: "surveillance technologies" is "surveillance technology"."""
    from lemminflect import getLemma  # loaded by the drafter only, as `lexicon` is

    *words, last = phrase.split()
    lemma = getLemma(last, upos="NOUN") if last.isalpha() else (last,)
    return " ".join([*words, lemma[0] if lemma else last])


@functools.cache
def _parts_of_speech(word: str) -> frozenset[str]:
    """What a word can be, by the English lexicon `lemminflect` ships; a word it lacks ("dieback",
    "tikanga") may be a noun or an adjective."""
    return lexicon(word) or frozenset({"NOUN", "ADJ"})


def _modifies(word: str) -> bool:
    """An adjective or a noun before a noun ("fiscal stimulus", "budget deficit"); no superlative or -ly
    word ("greatest frustration", "only option"), no verb's participle ("repeated mass killings"), no
    ordinal ("first time")."""
    ending = ("ly", "est", "ed", "ing", "'s", "\u2019s")
    if word in STOPWORDS or word in _ORDINALS or word.endswith(ending):
        return False
    return bool(_parts_of_speech(word) & {"ADJ", "NOUN"})


_ORDINALS = frozenset(re.findall(r"\S+", "first second third fourth fifth sixth seventh eighth ninth tenth"))


_NO_HEADS = STOPWORDS | PERSON_TITLES


def _noun_phrase(modifier: str, head: str) -> bool:
    """Two words that make a noun phrase ("mass stranding", "deficit spending"): not a verb and its
    object ("told reporters"), nor a plural and a verb's -ing after it ("votes making")."""
    plural = modifier.endswith("s") and not modifier.endswith("ss")
    gerund = head.endswith("ing") and not plural
    return _modifies(modifier) and (_is_noun(head) or gerund)


def _is_noun(word: str) -> bool:
    """A noun that may end a term: not a title ("senior fellow", "national security adviser" are roles)."""
    participle = word.endswith("ed") and not lexicon(word)  # "often headhunted": a verb the lexicon lacks
    return word not in _NO_HEADS and "NOUN" in _parts_of_speech(word) and not word.endswith("ly") and not participle


# Words of a time or a count: "last year", "next four", "nine-year", "two-thirds" are no terms
# ("zero-hours contracts" is: a number inside a compound counts nothing).
_WHEN_OR_HOW_MUCH = frozenset(
    re.findall(
        r"\S+",
        "year years month months week weeks day days last next million billion thousand percent thirds half "
        "today yesterday tomorrow tonight",
    )
)


def _says_when_or_how_many(term: str) -> bool:
    words = term.lower().replace("\u2019s", "").replace("'s", "").split()
    parts = [part for word in words for part in word.split("-")]
    counted = any(word in NUMBER_WORDS and word != "zero" for word in words)  # "net zero carbon" counts nothing
    return any(part in _WHEN_OR_HOW_MUCH for part in parts) or counted


_CONTRACTION = re.compile(r"['\u2019](?:t|re|ve|ll|d|m)$")


def _repeated_pairs(text: str) -> dict[str, tuple[int, int]]:
    """Pairs of words (neither a small one) the article uses at least twice: "mass stranding"."""
    seen: dict[str, list[tuple[int, int]]] = {}
    words = list(_WORD.finditer(text))
    for first, second in itertools.pairwise(words):
        if text[first.end() : second.start()] != " ":
            continue
        a, b = first.group(), second.group()
        if _CONTRACTION.search(a) or _CONTRACTION.search(b):
            continue  # "don't get": a contraction is a verb's, no term's
        if a in STOPWORDS or b in STOPWORDS or a.endswith(("ly", "ed", "'s", "\u2019s")) or b.endswith(("ly", "est")):
            continue  # "world's largest": a possessive or a superlative says which, not what
        if not _noun_phrase(a, b):
            continue  # "told reporters", "earnings fell": a verb's
        seen.setdefault(f"{a} {b}", []).append((first.start(), second.end()))
    pairs = {pair: places for pair, places in seen.items() if len(places) >= 2}
    return {phrase: places[0] for phrase, places in _chained(pairs).items()}


def _chained(pairs: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """Repeated pairs that overlap wherever either is used, as one phrase: "direct air" and "air capture"
    are "direct air capture"."""
    merged = dict(pairs)
    for pair, places in pairs.items():
        for other, others in pairs.items():
            if pair not in merged or other not in merged or pair.split()[1] != other.split()[0] or pair == other:
                continue
            overlapping = len(places) == len(others) and all(
                p_start < o_start < p_end for (p_start, p_end), (o_start, _) in zip(places, others, strict=True)
            )
            if overlapping:
                del merged[pair], merged[other]
                spans = zip(places, others, strict=True)
                merged[f"{pair} {other.split()[1]}"] = [(start, end) for (start, _), (_, end) in spans]
    return merged
