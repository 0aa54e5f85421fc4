"""Quotations in a source and who said them: `"...," X said`, `X said "..."`, `X said that ...
"..."`, `according to X`, and a quotation that follows `X said.` in the next sentence."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wordfreq import zipf_frequency

from ..models.claims import MAX_QUOTE_WORDS
from ..passages import ABBREVIATION
from .gazetteer import a_given_name, is_place, placed
from .names import Mention, name_key

# Closed by a closing mark, or by an opening one typed in its place (“... workers, “ he said).
QUOTED = re.compile(r"[\"\u201c](?P<words>[^\"\u201c\u201d\n]+)(?:[\"\u201d]|\u201c(?=\s+[a-z]))")
# A quotation of several paragraphs: each but the last opens with a quotation mark and never closes it.
RUNS_ON = re.compile(r"[\"\u201c](?P<words>\s*[A-Z0-9][^\"\u201c\u201d\n]+)$")
SPEECH = re.compile(
    r"\b(?:said|says|say|told|added|stated|declared|wrote|writes|asked|warned|insisted|explained|according to"
    r"|called|calls|described|describes|summed up|pointed out|admitted|conceded|acknowledged|argued|noted"
    r"|recalled|claimed|claims|assured|announced|stressed|urged|replied|responded|tweeted|remarked|observed"
    r"|cautioned|predicted|confirmed|promised|vowed|pledged|complained|suggested|countered|interjected|interrupted"
    r"|rejoined|retorted|quipped|joked|exclaimed|testified|lamented|boasted|scoffed|snapped|fired back|shot back"
    r"|emphasi[sz]ed|concluded|adds|tells|explains|warns|insists|argues|saying|telling"
    r"|notes|noting|suggests|suggesting|emphasi[sz]es|stresses|continued(?=:))\b",  # 'She continued: "..."'
    re.IGNORECASE,
)
# "he said", "said she": the speaker is the last person named before the quotation.
# with a word or two between: "he then notes", "she has said", "he later told"
PRONOUN_SAID = re.compile(
    rf"\b(?:he|she)\s+(?:(?:then|later|also|once|again|now|still|just|has|had|would|\w+ly)\s+){{0,2}}{SPEECH.pattern}"
    r"|\b(?:said|says|added)\s+(?:he|she)\b",
    re.IGNORECASE,
)
# A name, then what it is, then the verb: "Charles Schultze, chairman of the Council, once summed up".
_APPOSITION = re.compile(
    r"\.?,(?:[^,;.\"\u201c\u201d]|\.(?=\w|\s)){1,150},\s+(?:\w+ly\s+|once\s+|later\s+|(?:last|this|on)\s+\w+\s+)?$"
)  # "Amazon.com Inc., the world's largest online retailer, last year pledged"; "..., a graduate of the U.S. ..., said"
# Every word capitalised but the small ones, after a word that names a work: a title, not words said.
_TITLE_CASE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:a|an|the|of|for|and|in|on|to|with|at|by)\s+)*[A-Z][\w'\u2019-]*)+"
)
_NAMED = re.compile(
    r"\b(?:named|called|titled|entitled|dubbed|article|book|film|report|project|campaign|programme|program|song"
    r"|movie|series|show|sitcom|drama|miniseries|novel|album|play|documentary|episode|musical|opera|podcast)"
    r"\W*$"
)
# A verb of saying just before a word or two in quotation marks: someone's words ('Trump said they were
# "very good"', 'Hansen called the Paris accord "a fraud"'), where the article names who
_SAID_SO = re.compile(
    r".*\b(?:said|says|described|describes|(called|calls|labelled|labeled|branded|dubbed))\b([^.;:\"\u201c\u201d]*)$"
)
SAID_SO_REACH = 60  # characters between the verb and the words
# Fewer words in quotation marks are a word or two the article borrows ('described the pace as "gradual"');
# three are words someone chose ('Yellen called it a "very modest adjustment"').
MIN_WORDS = 3
WHOLE_SENTENCE = re.compile(r"[A-Z][^\"\u201c\u201d]*\s[^\"\u201c\u201d]*[,.!?]")  # "We are satisfied," Conte said
NEAR = 40  # characters between a name and its verb of speech ("Baradar, said later that")
APPOSITION_REACH = 160  # characters an apposition may put between them (`_APPOSITION`: up to 150 inside its commas)
MAX_NAME = 120  # characters of the longest name
VERB_REACH = 400  # characters around a quotation where its verb of saying may stand
NAMED_AFTER = 30  # characters between a quotation's end and the name of who said it ('," the official, Hikmet Hajiyev')


@dataclass(frozen=True)
class Quotation:
    words: str  # inside the quotation marks, as written (a trailing comma left out)
    start: int  # the passage to cite: from its sentence's start to the end of its attribution
    end: int
    speaker: Mention | None
    words_at: int = 0  # where the words inside the quotation marks start in the source

    def citable(self, text: str) -> tuple[str, list[str]]:
        """The words to show and the passages of `text` (the source) that cite them: the whole
        passage, or, where it is longer than a quote may be, the quotation's opening sentences
        that fit and the attribution beside it ("Baradar said at the meeting")."""
        passage = text[self.start : self.end]
        if len(passage.split()) <= MAX_QUOTE_WORDS:
            return self.words, [passage]
        words = _opening(self.words, MAX_QUOTE_WORDS)
        before = text[self.start : self.words_at].rstrip(' :,"\u201c')
        after = text[self.words_at + len(self.words) : self.end].lstrip(' ,."\u201d')
        attribution = max(before, after, key=lambda piece: len(piece.split()))
        return words, [words, *([attribution] if len(attribution.split()) >= 3 else [])]


def quotations_in(
    paragraph: str,
    offset: int,
    mentions: list[Mention],
    person: Callable[[Mention], bool] = lambda _: True,
    before: Mention | None = None,
    pronoun: Callable[[Mention], str | None] = lambda _: None,
) -> list[Quotation]:
    """Every quotation of a paragraph (starting at `offset` in the source) with its speaker.

    `mentions` are the names found in the whole source, in order, with offsets in the source; `person` says
    which are people's, for a quotation that "he said" or "she added": the last person named before whom
    the article does not call by the other `pronoun`.
    A quotation with no attribution of its own is the last speaker's of the paragraph, or, in a
    paragraph that is nothing but quotation, the speaker of the paragraph `before`.
    """
    found: list[Quotation] = []
    previous: Mention | None = before if _only_quoted(paragraph) else None
    matches = list(QUOTED.finditer(paragraph))
    if runs_on := RUNS_ON.search(paragraph, matches[-1].end() if matches else 0):
        matches.append(runs_on)
    starts = [mention.start for mention in mentions] if matches else []
    quoted = tuple((offset + match.start(), offset + match.end()) for match in matches)
    written = False
    unnamed = False  # the last quotation was said by someone the article does not name ("an Iowa Republican said")
    for match in matches:
        words = match.group("words").strip().rstrip(",")
        said = _said_in_a_sentence(paragraph, match)
        short = len(words.split()) < MIN_WORDS and not said
        verb_before = _SAID_SO.search(paragraph[max(0, match.start() - SAID_SO_REACH) : match.start()])
        # a name given, not words said: 'called "M3,"', 'dubbed "Spiderman"'; or others' words: 'called a
        # "windfall" levy by critics'
        object_said = verb_before.group(2).strip() if verb_before and verb_before.group(1) else None  # naming verb
        passive = re.match(r"[\s,]*(?:\w+\s+)?by\b", paragraph[match.end() :])
        named_so = object_said is not None and (not object_said or words[:1].isupper() or passive is not None)
        if short and (verb_before is None or named_so):
            continue  # a word or two the article borrows; but 'Kise called his client's answers "brilliant."'
        a_work = _NAMED.search(paragraph[max(0, match.start() - 40) : match.start()])
        short_name = len(words.split()) <= MIN_WORDS and not said  # not "Thank God,"
        if _TITLE_CASE.fullmatch(words) and (a_work or short_name):
            continue  # 'the article "The Case for Colonialism"', 'a "Climate Innovation Fund"': a title or a name
        start, end = offset + match.start(), offset + match.end()
        sentence_start = offset + _sentence_start(paragraph, match.start())
        sentence_end = offset + _sentence_end(paragraph, match.end())
        span = (sentence_start, sentence_end)
        speaker = _speaker(paragraph, offset, span, (start, end), mentions, starts, person, quoted)
        outside = paragraph[sentence_start - offset : match.start()] + paragraph[match.end() : sentence_end - offset]
        # a word or two someone named chose, said so: "Trump called Jones "terrible"", "he called Jones "terrible""
        by_pronoun = short and speaker is None and PRONOUN_SAID.search(outside) is not None
        if short and (speaker is None or not person(speaker)) and not by_pronoun:
            continue
        # '"...," the email began': no one the article names, nor a quotation after it in the paragraph
        # with no verb of its own; "she said" is someone's
        written = (
            speaker is None
            and not PRONOUN_SAID.search(outside)
            and (_WRITTEN.search(outside) is not None or (written and not SPEECH.search(outside)))
        )
        if written:
            found.append(Quotation(words, sentence_start, max(sentence_end, end), None, _words_at(match, start)))
            continue
        own_verb = SPEECH.search(outside) is not None  # "she said" too: PRONOUN_SAID holds a verb of SPEECH
        if speaker is None and unnamed and not own_verb:
            # '"Kaine in a blowout," an Iowa Republican predicted. "He has a personality."': theirs again
            found.append(Quotation(words, sentence_start, max(sentence_end, end), None, _words_at(match, start)))
            continue
        if speaker is None and previous is not None and _follows_attribution(paragraph, match.start()):
            speaker = previous
        if speaker is None and (said_so := PRONOUN_SAID.search(outside)):  # the last speaker, or the last named
            fit = (None, "she" if re.search(r"\bshe\b", said_so.group(), re.IGNORECASE) else "he")
            # the subject of its sentence or the one before, named before the pronoun ("Sen. Vance left the
            # meeting between Zelensky and others. He said Zelensky ..."); else the last person named
            said_at = min(start, sentence_start + said_so.start())
            before_it = [m for m in mentions if m.end <= said_at and person(m) and pronoun(m) in fit]
            earlier = offset + _sentence_start(paragraph, max(0, sentence_start - offset - 2))
            subjects = [m for m in before_it if m.start >= sentence_start] or [
                m for m in before_it if earlier <= m.start < sentence_start
            ]
            named = subjects[0] if subjects else (before_it[-1] if before_it else None)
            if (
                named is not None
                and named.start < offset
                and before is not None
                and person(before)
                and pronoun(before) in fit
            ):
                named = before  # who the paragraph before was about, not the last name it held
            fitting = [m for m in (before, named) if m is not None and pronoun(m) in fit]
            fits_previous = previous is not None and pronoun(previous) in fit
            speaker = previous if fits_previous else max(fitting, key=lambda m: m.start, default=None)
        if speaker is None and not own_verb:
            # "The price is 'as low as I've ever seen'": whoever spoke last; or the person the
            # paragraph named before ("Charles Schultze summed it up with a metaphor. '...'")
            speaker = previous or next(
                (
                    m
                    for m in reversed(mentions)
                    if offset <= m.start and m.end <= start and person(m) and not _within(m.start, quoted)
                ),
                None,
            )
        if by_pronoun and (speaker is None or not person(speaker)):
            continue  # the pronoun's person is not known
        named_here = speaker is not None and offset <= speaker.start < sentence_start  # not in an earlier paragraph
        passage_start = speaker.start if speaker is not None and named_here else sentence_start
        passage_start = min(passage_start, start)
        passage_end = max(sentence_end, end)
        found.append(Quotation(words, passage_start, passage_end, speaker, _words_at(match, start)))
        unnamed = speaker is None and own_verb
        previous = None if unnamed else speaker or previous
    return found


def _words_at(match: re.Match[str], start: int) -> int:
    """Where the quoted words begin in the text, after the mark and any space."""
    return start + 1 + len(match.group("words")) - len(match.group("words").lstrip())


# A text that speaks for itself: '"...," the report states', 'the email began'.
_WRITTEN = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:report|email|e-mail|letter|statement|memo|document|filing|ruling|study|survey|note|message|post|tweet"
    r"|complaint|indictment|lawsuit|judgment|notice|text|order)\s+"
    r"(?:said|says|states|stated|began|begins|reads|read|concludes|concluded|continued|continues|added|adds"
    r"|noted|notes|found|finds|warned|warns)\b",
    re.IGNORECASE,
)


def _said_in_a_sentence(paragraph: str, match: re.Match[str]) -> bool:
    """A short quotation that is a whole sentence someone said: '"We are satisfied," Conte told reporters'."""
    attributed = re.match(rf"\s+(?:[A-Z][\w.'\u2019-]*\s+){{0,3}}{SPEECH.pattern}", paragraph[match.end() :])
    return WHOLE_SENTENCE.fullmatch(match.group("words").strip()) is not None and attributed is not None


def _only_quoted(paragraph: str) -> bool:
    """A paragraph that opens with a quotation and names no speaker: the last speaker goes on."""
    outside = RUNS_ON.sub("", QUOTED.sub("", paragraph))
    return paragraph.lstrip().startswith(('"', "\u201c")) and not SPEECH.search(outside)


def _opening(words: str, limit: int) -> str:
    """The quotation's leading whole sentences within `limit` words, or its first `limit` words."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", words)]
    fitting = [end for end in ends if len(words[:end].split()) <= limit]
    if fitting:
        return words[: fitting[-1]]
    return " ".join(words.split()[:limit]) if len(words.split()) > limit else words


def _sentence_start(paragraph: str, at: int) -> int:
    # read two characters on, or a quotation that opens its sentence ('conflict. "Elmar') is not seen to
    before = [
        m.end()
        for m in re.finditer(r"[.!?][\"\u201d]?\s+(?=[\"\u201c]?[A-Z])", paragraph[: at + 2])
        if m.end() <= at and not ABBREVIATION.search(paragraph[: m.start() + 1])
    ]
    return before[-1] if before else 0


def _sentence_end(paragraph: str, at: int) -> int:
    for end in re.finditer(r"[.!?](?=\s+[\"\u201c]?[A-Z]|\s*$)", paragraph[at:]):
        if not ABBREVIATION.search(paragraph[: at + end.end()]):
            return at + end.end()
    return len(paragraph)


def _speaker(
    paragraph: str,
    offset: int,
    sentence: tuple[int, int],
    quote: tuple[int, int],
    mentions: list[Mention],
    starts: list[int],
    person: Callable[[Mention], bool],
    quoted: tuple[tuple[int, int], ...] = (),
) -> Mention | None:
    """The name standing next to a verb of speech in the sentence, outside the quotation (and `quoted`, the
    paragraph's others: '"I have asked the White House ...," he said, "and ..."'); a person's
    before any other ("Mr. Warner, the Virginia Democrat, called it ..."). `starts` are the mentions'
    starts, in order: the names near a verb are a slice of them."""
    best: tuple[bool, int, Mention] | None = None
    # a verb far from the quotation says nothing of it: a run-on sentence is not read whole for each quotation
    reach = (max(sentence[0], quote[0] - VERB_REACH) - offset, min(sentence[1], quote[1] + VERB_REACH) - offset)
    for verb in SPEECH.finditer(paragraph, *reach):
        at, verb_end = offset + verb.start(), offset + verb.end()
        told = verb.group().lower() in ("told", "tells", "telling")  # "a senior official told Reuters": who heard it
        # "called Braugher 'a powerful performer'": who is named, but not "was described by X as"
        named_so = verb.group().lower() in _NAMING and re.match(r"\s+by\b", paragraph[verb.end() :]) is None
        pronoun = re.search(r"\b(?:he|she|they|it)\s+$", paragraph[max(0, verb.start() - 8) : verb.start()], re.I)
        if quote[0] <= at < quote[1] or pronoun:
            continue  # "he called it": the pronoun's person, not the nearest name
        if _A_DOCUMENT.search(paragraph[max(0, verb.start() - 30) : verb.start()]):
            # "the statement emphasizes ..., suggesting": the body whose statement it is, named last before it
            author = next((m for m in reversed(mentions[: bisect_left(starts, at)]) if not person(m)), None)
            if author is not None and not _within(author.start, [quote, *quoted]):
                return author
        subject = next(
            (m for m in mentions[bisect_left(starts, sentence[0]) : bisect_left(starts, at)] if person(m)), None
        )  # the first person the sentence names before the verb
        outside = subject is not None and not _within(subject.start, [quote, *quoted])
        if verb.group().lower() in ("saying", "telling") and outside:
            return subject  # "Ryan ripped President Trump, saying he ...", "..., telling his lawyer to": the subject
        if re.search(r"\band\s+$", paragraph[max(0, verb.start() - 5) : verb.start()]):
            # "Justice Lindblom granted orders against the Occupy London group and said": the subject spoke,
            # named first in the sentence with no verb before it (not "The court sentenced Smith ... and said")
            opening = paragraph[sentence[0] - offset : subject.start - offset] if subject else ""
            if outside and _SUBJECT_AHEAD.fullmatch(opening):
                return subject
        near = mentions[bisect_left(starts, at - APPOSITION_REACH - MAX_NAME) : bisect_right(starts, verb_end + NEAR)]
        for mention in near:
            if not sentence[0] <= mention.start < sentence[1] or _within(mention.start, [quote, *quoted]):
                continue
            if (
                not person(mention)
                and _ONE_OF_ITS.match(paragraph, mention.end - offset)
                and re.search(
                    r"\b(?:an?|one)\s+$", paragraph[max(0, mention.start - offset - 4) : mention.start - offset], re.I
                )
            ):
                continue  # "said a GOP insider": someone unnamed, not the party
            if _SOMEONE_OF.match(paragraph, mention.end - offset):
                continue  # "Elton John's publicist retorted": someone unnamed, not the singer
            distance = at - mention.end if mention.end <= at else mention.start - verb_end
            if mention.start >= verb_end and _CLAUSE_VERB.match(paragraph, mention.end - offset):
                continue  # "the Pentagon chief said the Corps had ...": what was said is of the Corps
            if mention.start >= verb_end and (told or named_so):
                continue  # "told Reuters", "called Braugher 'a powerful performer'": who is told or named
            # "said that key drugs linked to COVID-19 ...", "said, adding that Pence": inside what was said (but a
            # statement "noting that the FOMC is prepared" speaks of its own body)
            reported = re.search(r"\bthat\s+(?:\S+\s+)*$", paragraph[verb_end - offset : mention.start - offset])
            if (
                mention.start >= verb_end
                and reported
                and (_SAYING.fullmatch(verb.group()) or reported.group().count(" ") > 2)
            ):
                continue
            if mention.end <= at and _APPOSITION.search(paragraph[mention.end - offset : at - offset]):
                distance = 0  # the name the apposition is of spoke
            rank = (not person(mention), distance)
            if 0 <= distance <= NEAR and (best is None or rank < best[:2]):
                best = (*rank, mention)
    if best:
        return best[2]
    # where no name stands by a verb of saying: the person named right after the quotation, if a verb of
    # saying follows ('"...," the official, Hikmet Hajiyev, was quoted ... as saying')
    for mention in mentions[bisect_left(starts, quote[1]) : bisect_right(starts, quote[1] + NAMED_AFTER)]:
        between = paragraph[quote[1] - offset : mention.start - offset]
        said = SPEECH.search(paragraph, mention.end - offset, min(sentence[1] - offset, mention.end - offset + 90))
        titled = re.fullmatch(r"[\s,\"\u201d]*(?:[A-Z][a-z]{1,3}\.\s*)?", between)  # '," Rev. Darcy Roake'
        if person(mention) and len(between.split()) <= 3 and ("." not in between or titled) and said:
            return mention
    return None


_SAYING = re.compile(r"(?i)said|says|say|added|adds|adding|saying|told|tells")
# Someone of a person or a body, unnamed: "Elton John's publicist", "the senator's longtime aide"
_SOMEONE_OF = re.compile(
    r"['\u2019]s\s+(?:[a-z]+\s+)?(?:publicist|lawyer|attorney|aide|representatives?|agent|manager|wife|husband|son"
    r"|daughter|mother|father|brother|sister|friend|adviser|advisor|publisher|doctor)\b"
)
# Someone a body's name only places: "a GOP insider", "an Energy Department official" (not its spokesman)
_ONE_OF_ITS = re.compile(
    r"\s+(?:insiders?|sources?|officials?|aides?|strategists?|operatives?|members?|voters?|activists?|lawmakers?"
    r"|delegates?|donors?|staffers?|employees?)\b"
)


# What a body says in a statement, the subject of a verb of saying: "the statement emphasizes"; not a report,
# whose author may be anyone ('"This report is wrong," the report said')
_A_DOCUMENT = re.compile(r"\b[Tt]he\s+(?:statement|announcement|communiqu\u00e9)\s+$")


def _within(at: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


_NAMING = frozenset({"called", "calls", "described", "describes"})
_CLAUSE_VERB = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|must|might|may|can|told|gave|made"
    r"|put|took|built|led|kept|set|left|won|lost|ran|saw|got|sent|brought|became|began|knew|thought|paid|sold"
    r"|(?-i:[a-z]{3,}ed))\b"  # "He said Zelensky provided senators with ...": of Zelensky, said by him
)
# What may open a sentence before its subject: a title or two ("Justice", "Rev."), no verb.
_SUBJECT_AHEAD = re.compile(r"(?:[A-Z][\w.]*\s+){0,3}")


def speaking(paragraph: str, offset: int, mentions: list[Mention]) -> Mention | None:
    """The last name of a paragraph with a verb of speech just after it ("a spokesperson for the
    Universities and Colleges Employers' Association (UCEA) said"): who a later "he said" may be."""
    said: dict[int, Mention] = {}  # by where the verb is: the first name before it, before its apposition's
    for mention in mentions:
        if not offset <= mention.start < offset + len(paragraph):
            continue
        verb = _SAID_AFTER_NAME.match(paragraph, mention.end - offset)
        if verb:
            said.setdefault(verb.end(), mention)
    return said[max(said)] if said else None


# What stands between a name and its verb of speech: a bracket ("(UCEA)"), or an apposition ("John
# Cooper QC, working pro bono for Occupy, said").
_SAID_AFTER_NAME = re.compile(
    rf"\)?(?:\s*\([^)]*\))?(?:\s+(?-i:[A-Z]{{2,4}}))?(?:,[^,;.\"\u201c\u201d]{{1,90}})?,?\s+{SPEECH.pattern}", re.I
)


def _follows_attribution(paragraph: str, at: int) -> bool:
    """Whether the quotation opens right after a sentence ending in a verb of speech ("Lavrov said.")."""
    return bool(re.search(r"\b(?:said|says|added|told \w+)\.\s*$", paragraph[:at]))


# A transcript's turn: a name in capitals, perhaps titled or described, and a colon open the line ("JON
# SIEBEN: It is a shame ...", "SEN. ELIZABETH WARREN: ...", "GARY TUCHMAN, CNN CORRESPONDENT: ...", "INSKEEP: ...").
_TURN = re.compile(
    r"^(?P<title>[A-Z]{2,5}\.[ \t]+)?(?P<label>[A-Z][A-Z'\u2019-]*[A-Z](?:[ \t]+[A-Z][A-Z'\u2019.-]*[A-Z]){0,3})"
    r"(?:,[ \t]+[A-Z][A-Z ,.'\u2019&-]{2,60})?:[ \t]+(?P<said>\S)",
    re.M,
)
# A printed interview's turn: a family name and a colon open the line ("McKelvey: Here's the thing",
# "McKelvey:When I started"), the family name of someone the article names in full ("Jim McKelvey").
_NAMED_TURN = re.compile(
    r"^(?P<label>(?:(?:De|Di|Da|Van|Von|Le|La)[ \t])?[A-Z][a-z'\u2019]+(?:[A-Z][a-z'\u2019]+)*(?:-[A-Z][a-z'\u2019]+)?)"
    r":[ \t]*(?P<said>[^\W\d])",
    re.M,
)
# Words of a label that names a part or a format, not a person: "UNIDENTIFIED MALE:", "THE FACTS:", "KEY MATCHUP:"
_NO_ONES = frozenset(
    re.findall(
        r"\S+",
        "unidentified male female key facts fact check court witness question answer reporter announcer narrator "
        "moderator host anchor crowd audience voice voices chorus caller operator player note update editor "
        "correction clerk prosecutor defense defence",
    )
)


def transcript_turns(text: str) -> list[Mention]:
    """The speakers' names that open a transcript's turns, each where it stands, as the name it stands for:
    a name that opens two turns or more, or that the text also writes as a name ("Jon Sieben"), and in a
    transcript so found, a name that opens one or a family name of one of its speakers ("SIEBEN:"); never a
    place's ("NAVI MUMBAI:" of "in Navi Mumbai"), a part's ("UNIDENTIFIED MALE:") or a label's ("THE FACTS:"),
    nor a line of figures ("JOE BIDEN: 2,473,633 votes")."""
    turns = [turn for turn in _TURN.finditer(text) if not turn.group("said").isdigit() and _a_name(turn.group("label"))]
    # a printed interview's: a family name that opens two answers or more ("Saka: Tormented the left-back"
    # in a list of ratings, "Johnson: the early years" over a section, are one line each)
    named = list(_NAMED_TURN.finditer(text))
    written = {label: _written_as_a_name(text, label) for label in {turn.group("label") for turn in turns + named}}
    answers = Counter(turn.group("label") for turn in named if written[turn.group("label")])  # "Jim McKelvey"
    turns += [turn for turn in named if answers[turn.group("label")] >= 2]
    opened = Counter(turn.group("label") for turn in turns)
    placed_so = {label for label in opened if (name := written[label]) and _a_place(text, name)}
    speakers = {label for label in opened if (opened[label] >= 2 or written[label]) and label not in placed_so}
    if sum(opened[label] for label in speakers) >= 2:  # a transcript: a guest may speak once, by a family name
        families = {label.split()[-1] for label in speakers}
        speakers |= {
            label
            for label in opened
            if label not in placed_so
            and (label in families or not all(_everyday(word) for word in re.split(r"[\s'\u2019.-]+", label)))
        }
    found = []
    for turn in turns:
        label = turn.group("label")
        if label in speakers:
            name = written[label] or " ".join(word.capitalize() for word in label.split())
            found.append(Mention(turn.start("label"), turn.end("label"), label, name_key(name), (), refers=name))
    return found or _answers(text)


# A printed interview labelled "Q:" and "A:": its answers are the person its introduction names first.
_ANSWER = re.compile(r"^A:[ \t]*(?=\S)", re.M)
_QUESTION = re.compile(r"^Q:[ \t]*\S", re.M)
_ASKS = re.compile(r"\b(?:reporter|correspondent|editor|writer|interviewer|host|by|with)\s+$", re.IGNORECASE)
_FULL_NAME = re.compile(r"\b[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z'\u2019-]+\b")


def _answers(text: str) -> list[Mention]:
    answers = list(_ANSWER.finditer(text))
    asked = _QUESTION.search(text)
    if len(answers) < 2 or asked is None:
        return []
    introduction = text[: min(asked.start(), answers[0].start())]
    who = next(
        (
            name.group()
            for name in _FULL_NAME.finditer(introduction)
            if a_given_name(name.group().split()[0]) and not _ASKS.search(introduction, 0, name.start())
        ),
        None,
    )
    if who is None:
        return []
    return [Mention(answer.start(), answer.start() + 1, "A", name_key(who), (), refers=who) for answer in answers]


def _asked(paragraph: str, speaker: Mention) -> bool:
    """A question after a printed interview's answer: the interviewer's, whose label the page leaves out (a
    broadcast transcript's speaker in capitals may ask one in a turn of several paragraphs)."""
    return paragraph.rstrip().endswith("?") and not speaker.text.isupper()


def _named_in_full(text: str, family: str) -> str | None:
    named = re.search(rf"\b[A-Z][\w.'\u2019-]* {re.escape(family)}\b(?!:)", text)
    return named.group() if named else None


def _a_name(label: str) -> bool:
    words = label.lower().replace("\u2019", "'").split()
    return not any(word in _SMALL_WORDS or word.removesuffix("'s") in _NO_ONES for word in words)


_SMALL_WORDS = frozenset({"the", "a", "an", "to", "of", "and", "for", "in", "on", "at", "by", "with"})


def _a_place(text: str, name: str) -> bool:
    """A place's name: known as one, or written elsewhere only as a place ("in Navi Mumbai")."""
    uses = [use.start() for use in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return is_place(name) or (bool(uses) and all(placed(text, at) for at in uses))


def _written_as_a_name(text: str, label: str) -> str | None:
    if not label.isupper():
        return _named_in_full(text, label)  # "McKelvey:" of "Jim McKelvey"
    uses = re.finditer(rf"\b{re.escape(label)}\b", text, re.IGNORECASE)
    return next((use.group() for use in uses if not use.group().isupper()), None)


def _everyday(word: str) -> bool:
    return not word or zipf_frequency(word.lower(), "en") >= EVERYDAY


EVERYDAY = 4.0  # Zipf: "editor" 4.4, "note" 5.0; "Sieben" 2.6, "Bannerman" 2.3


def turn_quotations(text: str, turns: list[Mention]) -> list[Quotation]:
    """Each paragraph of a transcript's turns as a quotation of its speaker: the one a name opens, and those
    after it up to the next label, where a label follows them, they quote no one ("Cole faces up to 30
    years in prison" after the last turn is the article's again) and ask nothing (a printed interview may
    label only its first question)."""
    quotations = []
    ahead = {text.rfind("\n", 0, turn.start) + 1: turn for turn in turns}  # by the line each opens
    paragraphs = text.split("\n")
    starts = list(itertools.accumulate((len(paragraph) + 1 for paragraph in paragraphs), initial=0))
    # a label of a turn found, of a transcript's name in capitals or of a question ("Q:"); not "Correction:"
    # after the last turn
    labelled = [
        bool(_TURN.match(paragraph) or _QUESTION.match(paragraph)) or starts[at] in ahead
        for at, paragraph in enumerate(paragraphs)
    ]
    last_label = max((at for at, label in enumerate(labelled) if label), default=-1)
    speaker: Mention | None = None
    for at, (paragraph, offset) in enumerate(zip(paragraphs, starts, strict=False)):
        if labelled[at]:
            speaker = ahead.get(offset)  # a label that names no one ends the turn before
        elif speaker is not None and (at > last_label or QUOTED.search(paragraph) or _asked(paragraph, speaker)):
            speaker = None  # the article's own words again, or an interviewer's question whose label is left out
        if speaker is not None and paragraph.strip():
            opening = paragraph.index(":", speaker.end - offset) + 1 if labelled[at] else 0  # after "JON SIEBEN:"
            said = paragraph[opening:]
            words_at = offset + opening + len(said) - len(said.lstrip())
            quotations.append(Quotation(said.strip(), offset, offset + len(paragraph), speaker, words_at))
    return quotations
