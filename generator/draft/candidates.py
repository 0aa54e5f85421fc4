"""Every candidate a draft proposes, found in its sources: people, organisations, glossary terms,
figures, timeline events, quotations and the event itself, each with the exact words it rests on."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from wordfreq import zipf_frequency

from ..cite import load_source
from ..dataset import load_dataset
from ..kinds import GLOSSARY, ORGANISATIONS, PEOPLE, SOURCES
from ..models import PartialDate
from ..passages import MIN_WORDS, NUMBER_WORDS, STOPWORDS, Sentence, SourceIndex
from ..problems import UsageError
from ..render.mentions import plural
from ..validate import slugify
from .dates import dates_in, days_on, event_title
from .figures import figures_in
from .gazetteer import (
    LEGAL_FORM,
    a_city,
    a_family_name,
    a_given_name,
    a_listed_company,
    country_of,
    find_countries,
    is_demonym,
    is_place,
    namesakes_of_places,
    persons_shaped,
    placed,
    pronoun_of_given_name,
    spelling,
)
from .issues import MOST as MOST_ISSUES
from .issues import IssueMention, issues_in
from .names import (
    BODY_NOUNS,
    EXPERTS,
    INSTITUTIONS,
    MEMBERS_TITLES,
    ORGANISATION_WORDS,
    OTHER_WORDS,
    PERSON_ENDINGS,
    PERSON_TITLES,
    PLACE_WORDS,
    PLURAL_TITLES,
    TITLES,
    Mention,
    a_people,
    apposition,
    covered,
    family_name,
    find_new,
    find_registry,
    head_of,
    initials,
    is_organisation_name,
    is_other_name,
    is_street,
    lexicon,
    name_key,
    of_a_date,
    of_a_school,
    role_in,
    spelt_out,
    without_possessive,
)
from .quotations import NEAR as SAID_NEAR
from .quotations import QUOTED, SPEECH, quotations_in, speaking, transcript_turns, turn_quotations
from .terms import terms_in

MAX_CITES = 3  # per candidate: enough to judge it by
CONTEXT_WORDS = 6  # a name is cited with the words around it, up to this many
# "DOHA, Qatar, Feb. 29 (Reuters) -": where the story was filed, and when.
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'-]+[A-Z])(?:,\s+[A-Z][a-z]+)?(?:,\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?))?"
    r"\s*(?:\([^)]*\))?\s*[-\u2013\u2014]+\s"
)


@dataclass(frozen=True)
class Cite:
    source: str
    quote: str


@dataclass
class Candidate:
    """One proposal of the draft, with its citations; `fields` are what it says, by model field name."""

    key: str  # what makes two candidates the same (a record id, a value and label, a date)
    fields: dict[str, object]
    cite: list[Cite] = field(default_factory=list)

    def add(self, cite: Cite) -> None:
        if cite not in self.cite and len(self.cite) < MAX_CITES:
            self.cite.append(cite)


@dataclass
class Draft:
    sources: list[str]
    published: PartialDate  # the newest source's date: the draft's "as of"
    event: Candidate | None = None
    people: dict[str, Candidate] = field(default_factory=dict)
    organisations: dict[str, Candidate] = field(default_factory=dict)
    terms: dict[str, Candidate] = field(default_factory=dict)
    figures: dict[str, Candidate] = field(default_factory=dict)
    timeline: dict[str, Candidate] = field(default_factory=dict)
    quotations: dict[str, Candidate] = field(default_factory=dict)
    issues: dict[str, Candidate] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # every name found, by source
    registry: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # name keys -> records
    aliases: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # record -> its aliases
    texts: dict[str, str] = field(default_factory=dict)


@dataclass
class Registry:
    """What a draft needs of the registry: name keys of people and organisations, their names as
    spelt, name keys of glossary terms (with plurals), aliases by record."""

    names: dict[str, set[tuple[str, str]]]
    spellings: frozenset[str]
    terms: dict[str, set[str]]
    aliases: dict[tuple[str, str], list[str]]

    def find(self, text: str) -> list[Mention]:
        return [
            mention
            for mention in namesakes_of_places(find_registry(text, self.names), self.spellings)
            if not _a_place_there(text, mention)
        ]


def _a_place_there(text: str, mention: Mention) -> bool:
    """A record's name that is a city's or a state's, standing for the place or opening a longer name there:
    "in Washington", "the Washington Post" are not the United States, whose alias "Washington" is."""
    if not (a_city(mention.text) or is_place(mention.text)):
        return False
    return placed(text, mention.start) or re.match(r" [A-Z]", text[mention.end : mention.end + 2]) is not None


def registry_names(root: Path) -> Registry:
    dataset, _ = load_dataset(root)  # what did not load is reported by `check`; a draft uses the rest
    names: dict[str, set[tuple[str, str]]] = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    spellings: set[str] = set()
    for kind in (PEOPLE, ORGANISATIONS):
        for record_id, record in dataset.of(kind).items():
            aliases[(kind.folder, record_id)] = list(record.model.aliases)
            for name in (record.model.name, *record.model.aliases):
                names.setdefault(name_key(name), set()).add((kind.folder, record_id))
                spellings.add(spelling(name))
    terms: dict[str, set[str]] = {}
    for term_id, term in dataset.of(GLOSSARY).items():
        # An alias that is a word of everyday English ("election" of "Presidential election") would
        # propose the term for every article that uses the word.
        for name in (term.model.term, *(alias for alias in term.model.aliases if not _everyday(alias))):
            for form in (name, plural(name)):
                terms.setdefault(name_key(form.lower()), set()).add(term_id)
    return Registry(names, frozenset(spellings), terms, aliases)


def published_of(root: Path, source_id: str) -> PartialDate:
    text = (root / "data" / SOURCES.folder / f"{source_id}.yml").read_text(encoding="utf-8")
    found = re.search(r"^published:\s*['\"]?(\d{4}(?:-\d{2}(?:-\d{2})?)?)", text, re.MULTILINE)
    if not found:
        raise UsageError(f"source '{source_id}' has no published date: add one (python -m generator check says where)")
    return PartialDate.parse(found.group(1))


def outlet_of(root: Path, source_id: str) -> list[str]:
    """The names the source's outlet goes by: its `outlet` and `outlet_short`."""
    text = (root / "data" / SOURCES.folder / f"{source_id}.yml").read_text(encoding="utf-8")
    found = re.finditer(r"^outlet(?:_short)?:[ \t]*(.+?)[ \t]*$", text, re.MULTILINE)
    return [name for match in found if (name := match.group(1).strip("'\"")) and not name.startswith("FILL IN")]


def _uses(text: str, name: str) -> Iterator[re.Match[str]]:
    """Each use of a name as a word of its own: not "Amazon" of "Amazon-owned"."""
    return re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)


def _pair(text: str, name: str) -> bool:
    """Two names joined by a hyphen, each used alone elsewhere: "the Macmillan-Amazon dust-up" is of
    Macmillan and Amazon (where "Hewlett-Packard" is one name)."""
    parts = name.split("-")
    return len(parts) == 2 and " " not in name and all(part[:1].isupper() and _alone(text, part) for part in parts)


def _alone(text: str, word: str) -> bool:
    """Whether the text uses the word as a name of its own: no capitalised word beside it ("Macmillan
    said", not "Hewlett Packard Enterprise" nor "Karl Benz")."""
    for match in _uses(text, word):
        before, after = text[max(0, match.start() - 30) : match.start()], text[match.end() : match.end() + 30]
        if not re.search(r"[A-Z][\w'\u2019-]*\s$", before) and not re.match(r"\s[A-Z]", after):
            return True
    return False


def _outlet_named(text: str, outlets: list[str], taken: list[tuple[int, int]], starts: set[int]) -> list[Mention]:
    """The outlet named in its own article ("a recent Reuters poll"): a body, but not a word opening a
    sentence ("Time is running out", of Time)."""
    inside = covered(taken)
    return [
        Mention(match.start(), match.end(), name, name_key(name), ())
        for name in outlets
        for match in _uses(text, name)
        if match.start() not in inside and match.end() - 1 not in inside and match.start() not in starts
    ]


def collect(root: Path, source_ids: list[str]) -> Draft:
    registry = registry_names(root)
    indexes = {source_id: load_source(root, source_id) for source_id in source_ids}
    dates = {source_id: published_of(root, source_id) for source_id in source_ids}
    draft = Draft(list(source_ids), max(dates.values()), registry=registry.names, aliases=registry.aliases)
    for source_id, index in indexes.items():
        draft.texts[source_id] = index.text
        _from_source(draft, source_id, index, dates[source_id], registry, outlet_of(root, source_id))
    return draft


DAYS_ON_REACH = 3  # paragraphs: "the next day" counts from a day named in its own or the three before


def _from_source(
    draft: Draft,
    source: str,
    index: SourceIndex,
    published: PartialDate,
    registry: Registry,
    outlets: list[str],
) -> None:
    text = index.text
    sentences = index.sentences()
    dateline = DATELINE.match(text)
    glossary = {key: {(GLOSSARY.folder, term_id) for term_id in ids} for key, ids in registry.terms.items()}
    starts = {sentence.start for sentence in sentences}
    known = registry.find(text)
    prose = _without_headings(text)  # a subheading's capitals name no one: "Meta Yet to Explain Meta Outage"
    new = find_new(prose, known, starts)
    new += find_countries(prose, [(m.start, m.end) for m in known + new])
    new += _governing_regions(prose, [(m.start, m.end) for m in known + new])
    new += _offices(prose, [(m.start, m.end) for m in known + new])
    new += _first_named(prose, [(m.start, m.end) for m in known + new])
    new += _recurring(prose, [(m.start, m.end) for m in known + new], starts)
    new += _named_as_bodies(prose, sentences, [(m.start, m.end) for m in known + new])
    new += _outlet_named(prose, outlets, [(m.start, m.end) for m in known + new], starts)
    laws = _laws_acronyms(prose)
    new = [mention for mention in new if not _pair(prose, mention.text) and mention.text not in laws]
    turns = transcript_turns(text)  # "JON SIEBEN: ...": the speaker's name, not words in capitals
    in_turns = covered((turn.start, turn.end) for turn in turns)
    known = [mention for mention in known if mention.start not in in_turns]
    new = [mention for mention in new if mention.start not in in_turns] + turns
    known, new = _administrations(text, known, new)
    known, new = _of_a_country(text, known, new)
    mentions, acronyms = _acronyms(text, _short_forms(sorted(known + new, key=lambda mention: mention.start)))
    draft.mentions[source] = mentions
    # a new name used again by its surname
    surnamed = {
        mention.refers
        for mention in mentions
        if mention.refers and mention.text not in acronyms and not is_organisation_name(mention.refers)
    }
    named_in = [[m for m in mentions if sentence.start <= m.start < sentence.end] for sentence in sentences]
    # A new name the article once calls a body's is a body's wherever it stands, unless it also gives
    # it a person's title ("German Chancellor Angela Merkel" ... "Merkel said it was a good sign").
    titled = {mention.full_name for mention in mentions if mention.title}
    bodies = {
        mention.full_name
        for sentence, inside in zip(sentences, named_in, strict=True)
        for mention in inside
        if not mention.records
        and not mention.refers  # "Dinh-Zarr says it's not yet known": the person named before
        and mention.full_name not in titled
        and _of_a_body(sentence.text, mention.start - sentence.start, mention.end - sentence.start)
    } | set(outlets)
    # "Air Canada", used again and again; not "Air Jordan sales", once
    named = Counter(mention.full_name for mention in mentions if not mention.records)
    bodies |= {name for name, uses in named.items() if uses > 1 and _named_for_a_country(name)}
    last_day: tuple[PartialDate, int] | None = None  # the last day named, and where
    day_named: tuple[PartialDate | None, int] = (None, 0)  # the last day named in full, with its year, and where
    for sentence, inside in zip(sentences, named_in, strict=True):
        cite = Cite(source, sentence.text)
        for mention in inside:
            _person_or_organisation(draft, mention, sentence.text, sentence.start, source, surnamed, bodies)
        for term in find_registry(sentence.text, glossary, True):
            for _, term_id in term.records:
                draft.terms.setdefault(term_id, Candidate(term_id, {"id": term_id})).add(
                    Cite(source, _around(sentence.text, term.start - 0, term.end))
                )
        same_paragraph = text.find("\n", day_named[1], sentence.start) < 0
        found_dates = dates_in(sentence.text, published, day_named[0] if same_paragraph else None)
        day_named = next(((d.date, sentence.start) for d in reversed(found_dates) if d.in_full), day_named)
        if last_day is not None and text.count("\n", last_day[1], sentence.start) <= DAYS_ON_REACH:
            found_dates += days_on(sentence.text, last_day[0], found_dates)
        days = [d.date for d in found_dates if d.date.day]
        last_day = (days[-1], sentence.start) if days else last_day
        for date in found_dates:
            # after the article, or spoken of as to come and not over by then ("expected ... by the end of 2024")
            ahead = date.date.earliest > published.latest or (date.future and date.date.latest >= published.earliest)
            status = (
                "due"
                if re.search(r"\bdue\b|\bdeadline\b", sentence.text)
                else "planned"
                if ahead or re.search(r"\b(?:planned|scheduled)\b", sentence.text)
                else "happened"
            )
            key = f"{date.date.iso} {sentence.text[:60]}"
            fields: dict[str, object] = {
                "date": date.date,
                "phrase": date.phrase,
                "status": status,
                "title": event_title(sentence.text, date),
            }
            draft.timeline.setdefault(key, Candidate(key, fields)).add(cite)
            in_dateline = dateline is not None and sentence.start + date.start < dateline.end()  # its own below
            if draft.event is None and date.date.iso == published.iso and not in_dateline:
                draft.event = Candidate("event", {"date": published, "where": _place(sentence.text, date.end)})
                draft.event.add(cite)
        for issue in issues_in(sentence.text)[: MOST_ISSUES - len(draft.issues)]:
            key = slugify(" ".join(issue.text.split()[:8]))
            quote = _at_least_three(sentence.text, issue.start, issue.end)
            party = _party(draft, inside, sentence, issue)
            fields = {
                "id": key,
                "text": issue.text,
                "party": party and _record_of(party),
                "party_name": party and party.text,
            }
            draft.issues.setdefault(key, Candidate(key, fields)).add(Cite(source, quote))
        for figure in figures_in(sentence.text, [(d.start, d.end) for d in found_dates]):
            key = f"{figure.value} {figure.qualifier} {figure.label}"
            fields = {"value": figure.value, "qualifier": figure.qualifier, "label": figure.label}
            draft.figures.setdefault(key, Candidate(key, fields)).add(
                Cite(source, _at_least_three(sentence.text, figure.start, figure.end))
            )
    _new_terms(draft, source, text, sentences, mentions)

    def person(mention: Mention) -> bool:
        return _record_of(mention) in draft.people

    # Who may speak: not the places, ships, laws or peoples named ("aboard the USS Higgins, the Pentagon
    # chief said")
    parties = [m for m in mentions if m.records or person(m) or not _of_no_one(m.full_name)]  # "Mr. Day"
    parties = sorted(parties + referred(text, parties, person), key=lambda m: m.start)
    called = pronouns(text, [m for m in mentions if person(m)])
    paired = _beside_a_pronoun(text, parties)
    offset = 0
    last: Mention | None = None  # the last speaker, who goes on in a paragraph of quotation alone
    issuer: Mention | None = None  # who last "released a statement"
    turned = {quotation.start: quotation for quotation in turn_quotations(text, turns)}
    issuers: list[Mention] = []
    for paragraph in text.split("\n"):
        # a paragraph of quotation alone, after one that "issued a written statement", is the statement
        before = issuers[-1] if issuers else last
        quotations = quotations_in(paragraph, offset, parties, person, before, lambda m: called.get(_record_of(m)))
        quotations = ([turned[offset]] if offset in turned else []) + quotations
        issued = _ISSUED.search(paragraph)
        issuers = [m for m in parties if offset <= m.start < offset + issued.start()] if issued else []
        # who released it: the name nearest before the verb; a statement named in another paragraph is
        # no one's unless this one names no one else first ("Hours later, the Kremlin responded.")
        if issuers:
            issuer = issuers[-1]
        elif issuer is not None:
            opening = min((q.words_at for q in quotations), default=offset + len(paragraph)) - 1
            issuer = None if any(offset <= m.start < opening for m in parties) else issuer
        if not quotations:  # who the article is now about: whoever spoke here, or the last person named
            # (not one beside a pronoun: "where he and Dorsey are from" is still about him)
            here = [m for m in parties if offset <= m.start < offset + len(paragraph) and person(m)]
            here = [m for m in here if m.start not in paired]
            # or the subject of the last sentence naming anyone ("Sharron Angle, running against Sen. Harry
            # Reid, released an ad"), not the last name in it
            opening = _sentence_opening(text, here[-1].start) if here else 0
            subject = next((m for m in here if m.start >= opening), None)
            last = speaking(paragraph, offset, parties) or subject or last
        stated = False  # a quotation of this paragraph was the statement's: so are those after it
        for quotation in quotations:
            by_statement = issuer is not None and _BY_STATEMENT.search(text, quotation.start, quotation.end) is not None
            if quotation.speaker is None and (by_statement or stated):
                quotation, stated = replace(quotation, speaker=issuer), True  # '"...," the statement read.'
            last = quotation.speaker or last
            speaker = _record_of(quotation.speaker) if quotation.speaker else None
            words, passages = quotation.citable(text)
            key = " ".join(words.split())
            fields = {
                "words": words,
                "speaker": speaker,
                "speaker_name": quotation.speaker.text if quotation.speaker else None,
            }
            candidate = draft.quotations.setdefault(key, Candidate(key, fields))
            for passage in passages:
                candidate.add(Cite(source, passage))
        offset += len(paragraph) + 1
    if dateline and len(dateline.group().split()) >= MIN_WORDS and draft.event is None:
        found = dates_in(dateline.group("date") or "", published)
        where = " ".join(dateline.group("place").title().split())
        draft.event = Candidate("event", {"date": found[0].date if found else published, "where": where})
        draft.event.add(Cite(source, dateline.group().strip(" -\u2013\u2014")))
    if draft.event is None and sentences:
        draft.event = Candidate("event", {"date": published, "where": _place(sentences[0].text, 0)})
        draft.event.add(Cite(source, sentences[0].text))


# "NBC and Universal Television released a statement": what the statement then says is theirs.
_ISSUED = re.compile(
    r"\b(?:released|issued|put out|posted|sent|shared)\s+(?:a|an)\s+(?:joint\s+|written\s+)?statement\b"
)
_BY_STATEMENT = re.compile(r"\b(?:the|that|its|their)\s+statement\s+(?:read|reads|said|says|added|continued)\b")


_HEADING = re.compile(r"^(?:[A-Z]\S*|a|an|the|of|to|in|on|for|and|or|at|by|with|as|is|vs\.?)(?:[ \t]+\S+){2,14}$", re.M)


def _without_headings(text: str) -> str:
    """The text with its subheadings in lower case, offsets kept: a line of three words or more, most of
    them capitalised, with no full stop ("Meta Outage Sparks Surge in Downdetector Reports")."""

    def lowered(line: re.Match[str]) -> str:
        words = line.group().split()
        capitalised = sum(word[:1].isupper() for word in words)
        # a sentence, or a label before what it names ("Analysis: Jon Sopel, BBC News, Washington")
        said = line.group().rstrip()[-1:] in ".!?;,\"\u201d'\u2019)" or ":" in line.group()
        heading = capitalised * 3 >= len(words) * 2 and not said and not line.group().isupper()
        # letter by letter, as "İ" lowers to two characters: the offsets of the names after it must hold
        return "".join(c.lower() if len(c.lower()) == 1 else c for c in line.group()) if heading else line.group()

    works = {quoted.group() for quoted in _QUOTED_TITLE.finditer(text) if _a_work(quoted)}
    return _QUOTED_TITLE.sub(lambda quoted: _lowered_title(quoted, works), _HEADING.sub(lowered, text))


# A title in quotation marks: "Homicide: Life on the Street", 'The Court-Martial of Jackie Robinson'
_QUOTED_TITLE = re.compile(
    r"(?<=[\"\u201c])[A-Z][^\"\u201c\u201d\n]{2,80}?(?=[,.]?[\"\u201d])"
    r"|(?<=\u2018)[A-Z][^\"\u201c\u201d\u2018\n]{2,80}?(?=[,.]?\u2019(?!\w))"  # not the apostrophe of "Don't"
)


def _lowered_title(quoted: re.Match[str], works: set[str]) -> str:
    """A work's title in lower case, offsets kept: its words name no one ("Men of a Certain Age"), wherever
    the article quotes it."""
    if quoted.group() not in works:
        return quoted.group()
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in quoted.group())


def _a_title(words: str) -> bool:
    spelt = re.findall(r"[^\W\d_][\w'\u2019-]*", words)
    long_words = [word for word in spelt if len(word) >= 4]
    capitalised = [word for word in spelt if word[0].isupper()]  # "Men of a Certain Age", not "From now on"
    return 2 <= len(spelt) <= 10 and len(capitalised) >= 2 and all(word[0].isupper() for word in long_words)


# What says a quoted title is a work's: its kind or a part in it just before ("the comedy series",
# "starred in", "an Emmy for"); not a sign's, a slogan's or words said ("Free Brittney Griner")
_WORK_BEFORE = re.compile(
    r"\b(?:series|show|movie|film|book|novel|memoir|album|song|single|play|musical|opera|documentary|podcast"
    r"|program|programme|sitcom|drama|comedy|thriller|episode|miniseries|franchise|game|exhibition|report|study"
    r"|column|essay|article|poem|painting|starred in|starring|role in|role on|appeared in|appearing in"
    r"|(?:Emmy|Oscar|Grammy|Tony|award|prize)s? for)\W{0,3}(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}[\"\u201c\u2018]$",
    re.IGNORECASE,
)


def _a_work(quoted: re.Match[str]) -> bool:
    """A work's title in quotation marks: title case, after what says it is a work, and no words said."""
    before = quoted.string[max(0, quoted.start() - 60) : quoted.start()]
    return _a_title(quoted.group()) and _WORK_BEFORE.search(before) is not None and not _spoken(quoted)


def _spoken(quoted: re.Match[str]) -> bool:
    """Words someone says ('"No, Justice Alito," she said', 'Pelosi replied: "Ask Donald Trump."'), or a sign
    or a chant reads, not a title."""
    before = quoted.string[max(0, quoted.start() - 30) : quoted.start() - 1]
    if before.rstrip().endswith(":") or re.search(r"\b(?:read|reads|chanted|shouted|posted|wrote)\W*$", before):
        return True
    line_end = quoted.string.find("\n", quoted.end()) % (len(quoted.string) + 1)  # its paragraph only
    return SPEECH.search(quoted.string, quoted.end(), min(line_end, quoted.end() + SAID_NEAR)) is not None


_AILMENT = re.compile(r"\s+(?:virus|outbreak|epidemic|pandemic|disease|vaccine|vaccines|strain|infections?)\b")


# A person the article names by a given name alone: "an asylum-seeker named Beatriz", "said Stanley, an
# asylum seeker", "Lorena (not her real name)", "Maria, a 34-year-old mother"
_SOMEONE = (
    r"(?:man|woman|boy|girl|mother|father|mom|dad|wife|husband|son|daughter|grandmother|grandfather|widow"
    r"|teenager|teen|student|worker|resident|migrant|refugee|asylum[- ]seeker|seeker|patient|nurse|driver|farmer"
    r"|soldier|veteran|survivor|victim|neighbou?r|friend)"
)
_FIRST_NAMED = re.compile(
    rf"\b{_SOMEONE}\s+(?:named|identified (?:only )?as)\s+(?P<named>[A-Z][a-z]{{2,}})\b(?!\s+[A-Z])"
    # "said Stanley, an asylum seeker"
    rf"|\bsaid\s+(?P<said>[A-Z][a-z]{{2,}}),\s+(?:an?)\s+(?:[\w-]+\s+){{0,2}}{_SOMEONE}\b"
    r"|\b(?P<alias>[A-Z][a-z]{2,})\s+\((?:not (?:her|his|their) real name|a pseudonym)\)"
    rf"|\b(?P<aged>[A-Z][a-z]{{2,}}),\s+(?:an?)\s+\d{{1,3}}-year-old\s+(?:[\w-]+\s+)?{_SOMEONE}\b"
)


def _first_named(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """People the article names by a given name alone, wherever it uses that name."""
    inside = covered(taken)
    names = {
        name
        for match in _FIRST_NAMED.finditer(text)
        if (name := next(group for group in match.groups() if group))
        and not (is_place(name) or country_of(name) or is_demonym(name) or _everyday(name))
        and name.lower() not in ORGANISATION_WORDS | INSTITUTIONS
        and not lexicon(name.lower())  # "Separately, a 45-year-old man": a word of English, no name
    }
    return [
        Mention(use.start(), use.end(), name, name_key(name), (), refers=name)
        for name in sorted(names)
        for use in re.finditer(rf"\b{name}\b(?!['\u2019-]?\w)", text)
        if use.start() not in inside
    ]


def _recurring(text: str, taken: list[tuple[int, int]], starts: set[int]) -> list[Mention]:
    """One capitalised word used again and again inside sentences, and not as a place ("in
    Seattle"): a body's name, most often a company's ("Yahoo", "Verizon")."""
    # A name's last word stands for the name ("Obama" of "Mr Obama", "Parata" of "Hori Parata"); its
    # first may be a body's own name ("Yahoo" of "Yahoo Japan"); "Wikipedia" of "Turkish Wikipedia" is one.
    named = {
        family_name(text[start:end])
        for start, end in taken
        if (words := re.findall(r"\w+", text[start:end])) and not is_demonym(words[0])
    }
    # and a person's given name ("Tim runs the show" of "Tim Cook"), where no word of the name is a place's
    words_used = Counter(re.findall(r"[\w-]+", text))
    named |= {
        words[0]
        for start, end in taken
        if len(words := text[start:end].split()) in (2, 3)
        and not is_organisation_name(text[start:end])
        and not any(is_place(word) or country_of(word) for word in words)
        and words_used[words[-1]] > 1  # "Cook" alone too; not "Lockheed Martin"
    }
    seen: dict[str, list[re.Match[str]]] = {}
    opening: dict[str, list[re.Match[str]]] = {}  # "Amazon released a statement": counted only with the rest
    inside = covered(taken)
    for match in re.finditer(r"(?<![\w.'\u2019-])[A-Z](?:(?![A-Z])[^\W\d_])+[^\W\d_]*(?:['\u2019]s)?(?![\w-])", text):
        word = without_possessive(match.group())
        if match.start() in inside or of_a_date(text, match.start(), word):
            continue
        # "(See pictures ...)", "(One of the protesters ...)": a bracketed sentence's everyday first word; not
        # "(Rivian, according to ...)", "(Zoox was founded ...)"
        bracketed = text[match.start() - 1 : match.start()] == "(" and _everyday(word)
        opens = match.start() in starts or bracketed
        (opening if opens else seen).setdefault(word, []).append(match)
    found = []
    for word, matches in seen.items():
        places_of = sum(placed(text, m.start()) for m in matches)
        common = (TITLES | STOPWORDS | PLACE_WORDS | ORGANISATION_WORDS | OTHER_WORDS) - INSTITUTIONS  # "Province"
        if len(matches) < 2 or places_of * 2 >= len(matches) or word in named or word.lower() in common:
            continue
        if is_place(word) or a_city(word) or is_demonym(word) or any(_AILMENT.match(text, m.end()) for m in matches):
            continue  # "the Ebola epidemic": a disease, a glossary's term
        if sum(_of_something_else(text, m) for m in matches) * 2 >= len(matches):
            continue  # "the Leeward Islands", "31 degrees Celsius", "Democratic Sen. Chris Murphy"
        uses = sorted(matches + opening.get(word, []), key=lambda m: m.start())
        found += [Mention(m.start(), m.start() + len(word), word, name_key(word), ()) for m in uses]
    return found


# A state or a province acting as a government: "Texas sued", "California, Oregon and Washington have
# argued", "Florida's attorney general"; not "Texas farmers", "in Ohio".
_GOVERNS = re.compile(
    r"(?:['\u2019]s?\s+(?:attorney\s+general|solicitor\s+general|governor|legislature|lawmakers|government"
    r"|officials)\b|\s+(?:(?:has|have|had|also|then|later)\s+)?(?:sued|sues|filed|argued|argues|appealed"
    r"|enacted|banned|bans|legali[sz]ed|outlawed|challenged|joined\s+the\s+(?:suit|lawsuit|case))\b)"
)
_REGION = re.compile(r"(?<![\w.'\u2019-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w-])")
_AND_ANOTHER = re.compile(r"(?:,\s+|,?\s+and\s+)(?=[A-Z])")


def _governing_regions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """States and provinces that sue, legislate or argue, alone or in a list ("Texas and Florida sued")."""
    inside = covered(taken)
    found: list[Mention] = []
    for match in _REGION.finditer(text):
        if match.start() in inside or placed(text, match.start()):
            continue
        region = _region_at(text, match)
        if region is None or not _governs(text, region.end()):
            continue
        found.append(Mention(region.start(), region.end(), region.group(), name_key(region.group()), ()))
    return found


def _region_at(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The state's or province's name at a capitalised word or two: "New York", "Texas" of "Texas Senate"."""
    if is_place(match.group()):
        return match
    one = _CAPITALISED.match(text, match.start())
    return one if one and is_place(one.group()) else None


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def _governs(text: str, end: int) -> bool:
    """Whether what follows a region's name, past the other regions listed with it, is an act of government."""
    at = end
    while (joined := _AND_ANOTHER.match(text, at)) and (other := _REGION.match(text, joined.end())):
        region = _region_at(text, other)
        if region is None:
            return False
        at = region.end()
    return bool(_GOVERNS.match(text, at))


# An office named by its holder, a body of its own: "the solicitor general's office", "the Mayor's Office".
# "the Morton County sheriff's office", "the Baldwin County Sheriff's office" too.
_OFFICE = re.compile(
    r"(?<=\b[Tt]he\s)(?:[A-Za-z]+\s+(?i:general|attorney)|(?:[A-Z][a-z]+\s+){0,2}(?:[A-Za-z]+\s+)?"
    r"(?i:minister|president|mayor|governor|prosecutor|secretary|chancellor|commissioner|ombudsman|coroner|auditor"
    r"|sheriff))['\u2019]s\s+(?i:office)\b"
)


def _offices(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    inside = covered(taken)
    return [
        Mention(found.start(), found.end(), found.group(), name_key(found.group()), ())
        for found in _OFFICE.finditer(text)
        if not any(at in inside for at in range(found.start(), found.end()))
    ]


def _of_something_else(text: str, match: re.Match[str]) -> bool:
    """A word that opens a place's name, follows a measure, or comes before a title: no body's name alone."""
    after = re.match(r"\s+([A-Za-z]+)", text[match.end() : match.end() + 30])
    following = after.group(1).lower() if after else ""
    # "Democratic Sen.", "Majority Leader"; not "Nvidia's chief executive"
    titled = following in PERSON_TITLES | {"leader", "whip"} and after is not None and after.group(1)[0].isupper()
    return following in PLACE_WORDS or titled or text[: match.start()].endswith("degrees ")


# What a body's name may end in that the article may leave out: "the Rhodium Group" ... "Rhodium".
_LEFT_OUT = ("Group", "Holdings", "Company", "Corporation", "Institution", "Foundation")


def _short_forms(mentions: list[Mention]) -> list[Mention]:
    """A body's name used again by its first word ("Rhodium" after "the Rhodium Group", "the Bardo" after
    "the Bardo National Museum"): that body, unless the word is a country's or a place's."""
    longer = {
        words[0]: m.text
        for m in mentions
        if not m.records
        and len(words := m.text.split()) >= 2
        and (m.text.endswith(_LEFT_OUT) or words[-1].lower() in ORGANISATION_WORDS)
        and not (country_of(words[0]) or is_place(words[0]) or is_demonym(words[0]))
    }
    # "Trump" of Donald Trump, or of "President Trump", is not the Trump Organization
    people = {m.refers.split()[-1] for m in mentions if m.refers} | {m.text for m in mentions if m.title}
    longer = {word: name for word, name in longer.items() if word not in people}
    return [
        replace(m, refers=longer[m.text]) if m.text in longer and not m.records and not m.refers else m
        for m in mentions
    ]


def _acronyms(text: str, mentions: list[Mention]) -> tuple[list[Mention], set[str]]:
    """A new name spelt out before its acronym ("National Transportation Safety Board (NTSB)"): each use
    of the acronym stands for the name, which it gives as an alias."""
    spelt = {
        acronym: mention.text
        for mention in mentions
        if not mention.records and (acronym := spelt_out(mention.text, text, mention.end))
    }
    # Without the brackets, a body's name of three capitalised words or more and the acronym of their
    # initials: "the Korean Central News Agency" ... "the KCNA said".
    by_initials = {
        acronym: mention.text
        for mention in mentions
        if not mention.records and is_organisation_name(mention.text) and len(acronym := initials(mention.text)) >= 3
    }
    spelt |= {m.text: by_initials[m.text] for m in mentions if m.text in by_initials and m.text not in spelt}
    folded = [replace(m, refers=spelt[m.text]) if m.text in spelt and not m.records else m for m in mentions]
    return folded, set(spelt)


# "the Obama administration", "the Trump campaign", "Trump's transition team", "Clinton's camp"
_ADMINISTRATION = re.compile(
    r"\b(?P<name>(?:(?!(?:The|A|An|In|On|At|By|For|But|And)\s)[A-Z][\w-]+\s)?[A-Z][\w-]+)(?:['\u2019]s)?"
    r"\s(?P<kind>administration|campaign|transition team|camp)\b"
)


def _of_a_country(text: str, known: list[Mention], new: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A country's name opening a body's ("the U.S. Securities and Exchange Commission", "the U.S.
    Treasury", "China Eastern Airlines"): one new name, not the country and the rest."""
    after = {mention.start: mention for mention in new}
    merged: list[Mention] = []
    for country in known + new:
        joint = re.match(r"\.?\s", text[country.end : country.end + 2])  # "U.S" ". " "Treasury"
        rest = after.get(country.end + joint.end()) if joint else None
        of_a_body = rest is not None and is_organisation_name(rest.text)
        if rest and of_a_body and country_of(country.text) and not country_of(rest.text):
            name = text[country.start : rest.end]
            merged.append(Mention(country.start, rest.end, name, name_key(name), ()))
    gone = {m.start for m in merged} | {m.end for m in merged}
    keep = [m for m in known if m.start not in gone]
    return keep, [m for m in new if m.start not in gone and m.end not in gone] + merged


def _administrations(text: str, known: list[Mention], new: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """ "The Obama administration" and "the Trump campaign" are bodies, not the person they are named after:
    each becomes a new name of its own, in place of the mention of its first word."""
    # a campaign or a camp of someone the article names ("Donald Trump" ... "the Trump campaign"), not "Summer camp"
    surnames = {words[-1] for m in known + new if len(words := m.full_name.split()) > 1}
    found = [
        _named_body(text, match)
        for match in _ADMINISTRATION.finditer(text)
        if match.group("kind") == "administration" or match.group("name").split()[-1] in surnames
    ]
    inside = covered((mention.start, mention.end) for mention in found)
    return [m for m in known if m.start not in inside], [m for m in new if m.start not in inside] + found


def _named_body(text: str, match: re.Match[str]) -> Mention:
    """The body a match of _ADMINISTRATION names, without a title before it: "President Obama's administration"
    is the Obama administration."""
    first = match.group("name").split()[0]
    start = match.start() + (len(first) + 1 if first.lower() in TITLES and first != match.group("name") else 0)
    return Mention(start, match.end(), text[start : match.end()], name_key(text[start : match.end()]), ())


def _new_terms(draft: Draft, source: str, text: str, sentences: list[Sentence], mentions: list[Mention]) -> None:
    """Glossary candidates the registry lacks, each cited by the sentence that uses it first."""
    # Names proposed as people or bodies are not terms; a law's, a war's or a court's may be ("Paris Agreement").
    proposed = {name_key(str(c.fields["name"])) for c in [*draft.people.values(), *draft.organisations.values()]}
    names = {mention.text.lower() for mention in mentions if mention.key in proposed or mention.records}
    known = {name_key(str(candidate.fields.get("term") or term_id)) for term_id, candidate in draft.terms.items()}
    for found in terms_in(text, [(mention.start, mention.end) for mention in mentions]):
        term_id = slugify(found.term)
        if found.term.lower() in names or name_key(found.term) in known or term_id in draft.terms:
            continue
        sentence = next((s for s in sentences if s.start <= found.start < s.end), None)
        if sentence is None:
            continue
        candidate = Candidate(term_id, {"id": term_id, "term": found.term, "new": True})
        candidate.add(Cite(source, _around(sentence.text, found.start - sentence.start, found.end - sentence.start)))
        draft.terms[term_id] = candidate
    # A name used again that is no one's, no body's and no place's ("Medicare", "Ebola", "the Washington
    # Monument", "Tea Party"): a thing a reader may need named and explained
    parties = draft.people.keys() | draft.organisations.keys()
    uses = Counter(m.full_name for m in mentions if not m.records and _record_of(m) not in parties)
    # and a few of those named once ("Ben Gurion Airport", "the Upper Midwest", "CCTV"), the rarest words
    # first; of one word, no word of English and no one's or no place's name
    once = sorted(
        {
            m.full_name
            for m in mentions
            if uses[m.full_name] == 1 and (" " in m.full_name or not _of_someone_or_somewhere(m.full_name))
        },
        key=lambda name: (sum(zipf_frequency(word, "en") for word in name.split()) / len(name.split()), name),
    )[:MOST_NAMED_ONCE]
    for mention in mentions:
        name = mention.full_name
        if (uses[name] < 2 and name not in once) or is_place(name) or a_city(name) or country_of(name):
            continue
        if is_demonym(name.split()[0]):
            continue
        term_id = slugify(name)
        if term_id in draft.terms or name_key(name) in known:
            continue
        sentence = next((s for s in sentences if s.start <= mention.start < s.end), None)
        if sentence is not None:
            draft.terms[term_id] = Candidate(term_id, {"id": term_id, "term": name, "new": True})
            start, end = mention.start - sentence.start, mention.end - sentence.start
            draft.terms[term_id].add(Cite(source, _around(sentence.text, start, end)))
    # A title in quotation marks, not words said ("Homicide: Life on the Street", a campaign's slogan): a reader
    # may need it explained
    for title in _QUOTED_TITLE.finditer(text):
        term_id = slugify(title.group())
        sentence = next((s for s in sentences if s.start <= title.start() < s.end), None)
        if _a_title(title.group()) and not _spoken(title) and term_id not in draft.terms and sentence is not None:
            draft.terms[term_id] = Candidate(term_id, {"id": term_id, "term": title.group(), "new": True})
            start, end = title.start() - sentence.start, title.end() - sentence.start
            draft.terms[term_id].add(Cite(source, _around(sentence.text, start, end)))
    # A public body a general reader may not know ("Press Council", "Office for Students") is a term as well
    # as a body, as the registry's Taliban is: its glossary entry says what it is, its record what it did.
    for body in list(draft.organisations.values()):
        name = str(body.fields["name"])
        known_to_all = name.isupper() and zipf_frequency(name, "en") >= HOUSEHOLD  # "BBC", "FBI": no entry needed
        if body.fields["new"] and PUBLIC_BODY.search(name) and not known_to_all and body.key not in draft.terms:
            draft.terms[body.key] = Candidate(body.key, {"id": body.key, "term": name, "new": True})
            draft.terms[body.key].add(body.cite[0])


# Names used once proposed as terms: on the four sets, with names of one word, ten found 2 more
# than six for 7 more candidates.
MOST_NAMED_ONCE = 10


# Zipf frequency of a household acronym: "BBC" 4.6, "FBI" 4.4, "NATO" 4.0; "ASIO" is 2.4, "UCU" 2.0.
HOUSEHOLD = 4.0
PUBLIC_BODY = re.compile(
    r"\b(?:Union|Council|Commission|Committee|Court|Office|Fund|Tribunal|Agency|Authority|Bureau|Board|Institute"
    r"|Service|Administration|Ministry|Organi[sz]ation|Association|Federation|Coalition|Movement)\b|^[A-Z]{3,6}$"
)


def _party(draft: Draft, named: list[Mention], sentence: Sentence, issue: IssueMention) -> Mention | None:
    """Who demands or commits to an issue: the person or body that is the subject of the words that
    put it at stake ("Russia has called for ...", "the Taliban have long insisted on ..."), or that
    follows them ("In return, Sudan will ..."); none where the sentence does not say so plainly."""
    trigger = sentence.start + issue.trigger
    for mention in reversed(named):
        if _record_of(mention) not in draft.people and _record_of(mention) not in draft.organisations:
            continue
        between = sentence.text[mention.end - sentence.start : issue.trigger]
        governed = _GOVERNED.search(
            sentence.text[max(0, mention.start - sentence.start - 20) : mention.start - sentence.start]
        )
        if mention.end <= trigger and _AUXILIARIES.fullmatch(between) and not governed:
            return mention
        after = sentence.text[issue.trigger : mention.start - sentence.start]
        if mention.start >= trigger and re.fullmatch(r"in return,?\s+(?:the\s+)?", after, re.IGNORECASE):
            return mention
    return None


# Between a subject and its verb, only auxiliaries and adverbs: "Russia has long called for".
_AUXILIARIES = re.compile(
    r"\s*(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|must|should|can|shall|does|do|did|been|"
    r"also|long|again|now|still|already|repeatedly|previously|publicly|formally|reportedly|then|not|never|"
    r"\w+ly)\s+)*"
)
# A name after a preposition is no subject: "pressure on Sudan must", "talks with Russia must".
_GOVERNED = re.compile(r"\b(?:on|with|of|for|from|to|against|by|about|at|in|over|between|among)\s+(?:the\s+)?$", re.I)


def _said_after(sentence: str, start: int, end: int) -> bool:
    """A verb of saying after the name, or what is only said of a person (", who"): but "a graduate
    of the academy at West Point, said" is the apposition's end, and its subject spoke."""
    after = sentence[end:]
    placed_before = re.search(r"\b(?:at|in|near)\s+(?:the\s+)?$", sentence[:start])  # not "a lawyer for X said"
    return SAID_AFTER.match(after) is not None and (
        not placed_before or re.match(r",\s+(?:who\s|\d)", after) is not None
    )


def _of_no_one(name: str) -> bool:
    """A name of neither a person nor a body: a place, a street, a people, a law, a war, a ship."""
    return is_place(name) or is_street(name) or is_demonym(name) or is_other_name(name)


# How an article goes on to call a person, read after each time it names them and before it names another
# ("Prelogar, who grew up in Boise, ... She said"); "her" is left out, as often someone else's object
# ("Biden nominated her"), and so are words inside quotation marks.
_PRONOUN = re.compile(r"\b(?:(he|his|himself)|(she|herself))\b", re.IGNORECASE)
PRONOUN_REACH = 200  # characters after a name
# Someone else a pronoun after a name may stand for: "her son", "the former president"
_SOMEONE_ELSE = re.compile(
    r"\b(?:son|sons|daughter|father|mother|husband|wife|brother|sister|boyfriend|girlfriend|partner|child|man"
    r"|woman|boy|girl)\b",
    re.IGNORECASE,
)


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding `at` opens: after the last full stop that ends no abbreviation ("Sen.")."""
    ends = [m.end() for m in re.finditer(r"[.!?]\s|\n", text[max(0, at - 400) : at])]
    for end in reversed(ends):
        before = text[max(0, at - 400) : max(0, at - 400) + end - 1]
        if not re.search(r"\b[A-Z][a-z]{0,3}\.$", before.rstrip()):
            return max(0, at - 400) + end
    return max(0, at - 400)


def pronouns(text: str, people: list[Mention]) -> dict[str, str]:
    """ "he" or "she" for each person, by record: as their given name says where it does, else as the article
    calls them more often."""
    votes: dict[str, Counter[str]] = {}
    for at, mention in enumerate(people):
        if at and people[at - 1].start >= _sentence_opening(text, mention.start):
            continue  # named after someone else in its sentence: "running against Sen. Harry Reid ... she"
        end = min(people[at + 1].start if at + 1 < len(people) else len(text), mention.end + PRONOUN_REACH)
        found = _PRONOUN.search(window := QUOTED.sub(" ", text[mention.end : end]))
        if found and not _SOMEONE_ELSE.search(window, 0, found.start()):  # "Her son was arrested, and he ..."
            votes.setdefault(_record_of(mention), Counter())["he" if found.group(1) else "she"] += 1
    called = {record: "he" if n["he"] > n["she"] else "she" for record, n in votes.items() if n["he"] != n["she"]}
    # A given name that tells outweighs the pronouns counted, which a short form of another person's name
    # ("President Obama" after "Michelle Obama") or a slip of the article may have added to.
    for mention in people:
        if by_name := pronoun_of_given_name(mention.full_name.split()[0]):
            called[_record_of(mention)] = by_name
    return called


def _beside_a_pronoun(text: str, mentions: list[Mention]) -> set[int]:
    """Where the names joined to a pronoun start ("the city where he and Dorsey are from"): the pronoun is
    someone else, whom a "he" after it most likely goes on to be."""
    return {
        m.start
        for m in mentions
        if re.search(r"\b(?:he|she|him|her)\s+and\s+$", text[max(0, m.start - 9) : m.start], re.IGNORECASE)
        or re.match(r"\s+and\s+(?:he|she|him|her)\b", text[m.end : m.end + 9], re.IGNORECASE)
    }


# "the company said" may be any company's, named so or not ("Whole Foods"): no one body's by its name's end.
_ANY_BODIES = frozenset(
    [
        "company",
        "firm",
        "group",
        "business",
        "corporation",
        "bank",
        "organisation",
        "organization",
        "network",
        "team",
        "club",
    ]
)


def referred(text: str, mentions: list[Mention], person: Callable[[Mention], bool]) -> list[Mention]:
    """Who "the president" or "the hurricane center" is: the last person named before with that title
    ("President Joe Biden"), or the last body whose name ends so ("the National Hurricane Center"), as a
    mention of them where the words stand; for who speaks ('"...," the president said')."""
    records_by_tail: dict[str, set[str]] = {}
    for mention in mentions:
        if person(mention):  # "the president": a title's last word; not "Secretary of State"'s "state"
            title = mention.title.lower().split()[-1:] if mention.title else []
            tails = [word for word in title if word in PERSON_TITLES - {"state", "former", "ex", "acting", "elect"}]
        else:  # "the hurricane center": a body's last two words; "the union" may be any union's
            words = mention.full_name.lower().split()
            tails = [" ".join(words[-2:])] if len(words) > 2 else []
        for tail in tails:
            records_by_tail.setdefault(tail, set()).add(_record_of(mention))
    tails = [t for t in records_by_tail if re.fullmatch(r"[a-z]{3,}(?: [a-z]{3,})?", t) and t not in _ANY_BODIES]
    if not tails:
        return []
    found = []
    # not "the president of the union", "the president-elect"
    # "the US President": a country's name may stand between
    pattern = (
        r"\b[Tt]he\s+(?:(?P<country>[A-Z][\w.]*)\s+)?(?i:("
        + "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True))
        + r"))\b(?!-|\s+of\b)"
    )
    for match in re.finditer(pattern, text):
        if match.group("country") and not country_of(match.group("country")):
            continue
        records = records_by_tail[match.group(2).lower()]
        before = [m for m in mentions if m.end <= match.start() and _record_of(m) in records]
        others = [m for m in mentions if m.start < match.end() and match.start() < m.end and not country_of(m.text)]
        if before and not others:
            found.append(replace(before[-1], start=match.start(), end=match.end()))
    return found


def _record_of(mention: Mention) -> str:
    """The id a mention refers to: its record's, or the id proposed for a new name (as
    `_person_or_organisation` makes it: "Microsoft Corp" is microsoft, "the Sudanese government" sudan)."""
    if len(mention.records) == 1:
        return mention.records[0][1]
    return slugify(_bare_name(country_of(mention.full_name) or mention.full_name))


# A speech verb just after a name or just before it: "Reeves said", "said Mr. Reeves".
# A speech verb after a name, or what is only said of a person: ", who ...", ", 45,".
SAID_AFTER = re.compile(
    r"^(?:,\s+[^,;:\"\u201c\u201d]{1,80},)?"  # "John Cooper QC, working pro bono for Occupy, said"
    r",?\s+(?:also\s+|then\s+)?(?:said|says|told|added|wrote|argued|explained|noted|asked|recalled|tweeted|posted"
    r"|testified)\b"
    r"|^,\s+(?:who\s|(?:both\s+)?\d{1,3},)"  # "Vintila and Bogdan Radu, both 34,"
)
SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|added|according\s+to)\s+(?:[A-Z][\w.]*['\u2019]s\s+)?$"
)  # "said Manitoba's"
# "..., reported Alexandra Olgin of South Carolina Public Radio": a reporter and where she reports for
# (not "Nike reported Air Jordan sales rose")
_REPORTER = re.compile(r"\breported\s+$")
_REPORTS_FOR = re.compile(r"\s+(?:of|from|for)\s|,")


def _kind(mention: Mention, sentence: str, start: int, end: int, surnamed: set[str], bodies: set[str]) -> str | None:
    """What a name the registry does not know is: 'people', 'organisations', or None (a place, a
    demonym, a law or a day, or a name with nothing to say it is a person's: listed, not proposed)."""
    name = mention.full_name
    if re.match(r"\s\d", sentence[end : end + 2]):
        return None  # "France 24", "Channel 4": a name of something else
    if re.fullmatch(r"[DRI]-[A-Z][a-z]+", name):
        return None  # "Rep. Tim Ryan (D-Ohio)": a party and a state
    if country_of(name) or (is_place(name) and _governs(sentence, end)) or _ADMINISTRATION.fullmatch(name):
        return ORGANISATIONS.folder
    titled = bool(mention.title) and mention.title.split()[-1].lower().strip(".") in PERSON_TITLES
    if _of_no_one(name) and not (titled and not is_place(name)):
        return None  # but "Treasury Board President Stockwell Day" is no holiday
    if all(word.lower().strip(".") in TITLES - INSTITUTIONS for word in name.split()):  # "the Army" is a body
        return None  # "Minister", "PM": a title standing for someone named elsewhere
    if name.isupper() and " " not in name:  # "TV" of "a former TV pundit": no one's name is in capitals
        return ORGANISATIONS.folder if is_organisation_name(name) or name in bodies else None
    if _SEAT.search(sentence[max(0, start - 60) : start]):
        return None  # "the Labour MP for Newcastle Central": a seat
    if name.split()[0] in ("Native", "Indigenous", "Aboriginal") and len(name.split()) == 2:
        return None  # "the third Native Hawaiian in Congress": a people
    if is_demonym(name.split()[0]) and not mention.title and not is_organisation_name(name):
        return None  # "Turkish Wikipedia", "Australian Open": no person's name starts with a people's
    alone = len(name.split()) == 1 and not name.isupper() and not mention.title and not mention.refers
    if is_organisation_name(name) or alone or name in bodies or (a_listed_company(name) and not persons_shaped(name)):
        return ORGANISATIONS.folder  # one word with no title: a body's name used again and again ("Yahoo")
    if name.split()[-1].lower() in MEDIA_WORDS or all(word.lower() in NUMBER_WORDS for word in name.split()):
        return None  # "the CNN Web site", "Fios Internet", "Apple TV", "Six Thirty": no one's name
    # a title, but not a people's or a place's name alone ("British Red Cross", "Dallas Ebola patient")
    titled_so = bool(mention.title) and not all(is_demonym(w) or is_place(w) for w in mention.title.split())
    person = (
        titled_so
        or mention.refers
        or name in surnamed
        or _said_after(sentence, start, end)
        or SAID_BEFORE.search(sentence[:start])
        or _TITLES_BEFORE.search(sentence[:start])
        or (_AGED.search(sentence[:start]) and not _modifies_a_noun(sentence[end:]))  # "67-year-old Ruth Smathers"
        or (_TITLED_PAIR.search(sentence[:start]) and not _everyday(name.split()[0]))  # not "Whole Foods"
        or (_REPORTER.search(sentence[:start]) and _REPORTS_FOR.match(sentence, end))
        or _of_a_person(role_in(sentence, start, end))
        or _serves_as(sentence[:start], sentence[end:])
        or persons_shaped(name)  # "explain Zuckerberg, and Reed Hastings, making this list"
        or (_INITIALLED.fullmatch(name) is not None and a_given_name(name.split()[0]))  # "George W. Bush's cabinet"
        or (
            (_of_a_place(sentence[:start], name) or _SOMEONES.search(sentence[:start]))
            and _ends_a_phrase(sentence[end:])
        )
    )
    return PEOPLE.folder if person else None


# A given name, a middle initial and a family name: a person's, whatever the family name also means.
_INITIALLED = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][\w'\u2019-]+")
# The last word of a service's or a product's name, never of a person's.
MEDIA_WORDS = frozenset({"web", "internet", "tv", "online", "mobile", "radio", "app", "website", "wi-fi"})


def _everyday(word: str) -> bool:
    return word.isalpha() and zipf_frequency(word, "en") >= COMMON


COMMON = 4.5  # the Zipf frequency of a word most articles may use: "election" 5.1, "occupation" 4.2


def _laws_acronyms(text: str) -> set[str]:
    """Acronyms a law's or a treaty's name spells out ("the Comprehensive Nuclear Test Ban Treaty (CTBT)"):
    no body's."""
    return {match.group(1) for match in _LAWS_ACRONYM.finditer(text)}


_LAWS_ACRONYM = re.compile(
    r"\b(?:Treaty|Act|Agreement|Accord|Accords|Convention|Protocol|Bill|Law|Pact)\s+\(([A-Z]{2,8})\)"
)


# A place's name may open with these: "Mount Etna", "Fort McMurray", "Lake Chad".
PLACES_FIRST = frozenset(
    re.findall(r"\S+", "mount mt lake fort port cape saint st san santa sierra rio isle glen loch mont monte lago")
)


def _modifies_a_noun(after: str) -> bool:
    """Whether a name stands before a noun it modifies ("the 80-year-old Rolling Stones frontman", "a Walmart
    Supercenter employee"): the next word is in lower case and no verb."""
    following = re.match(r"\s+([a-z]+)\b", after)
    word = following.group(1) if following else ""
    return bool(word) and word not in STOPWORDS and not lexicon(word) & {"VERB", "AUX"}


def _ends_a_phrase(after: str) -> bool:
    """Whether a name ends its phrase, not modifies a noun after it ("the funeral of Manchester United
    legend Bobby Charlton", "Israel's Kfar Aza kibbutz"): the next word is no noun that is never a verb."""
    following = re.match(r"\s+([a-z]+)\b", after)
    return following is None or lexicon(following.group(1)) != {"NOUN"}


def _named_for_a_country(name: str) -> bool:
    """A body named for its country ("Air Canada", "Statistics Canada", "Air France"), not a region of it
    ("Western Australia", "Atlantic Canada", "Northern Ireland")."""
    first, _, rest = name.partition(" ")
    return (
        bool(rest)
        and bool(lexicon(first.lower()))  # "Air", "Bell", "Statistics"; not "Jim Jordan"
        and first.lower() not in PLACE_WORDS  # "Lake Chad"
        and len(rest.split()) <= 2
        and country_of(rest) is not None
        and first.lower() not in REGIONS
        and not is_demonym(first)
        and first.lower() not in TITLES
    )


REGIONS = frozenset(
    re.findall(
        r"\S+",
        "north south east west northern southern eastern western central upper lower greater atlantic pacific "
        "rural urban old new modern ancient mainland continental metropolitan inner outer coastal northeast "
        "northwest southeast southwest far deep",
    )
)


# What only a person has: "the deaths of George Floyd", "the killing of Ahmaud Arbery".
_SOMEONES = re.compile(r"\b(?:death|deaths|killing|killings|murder|funeral|widow|assassination|kidnapping)\s+of\s+$")
_PLACE_OWNER = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*){0,2}?)(?:['\u2019]s|(?<=s)['\u2019])\s+$")
# A person's title, their name and "and": "Congressman Paul Ryan and Newt Gingrich"
_TITLED_PAIR = re.compile(
    r"\b(?i:" + "|".join(sorted(PERSON_TITLES - {"former", "ex", "acting", "state", "elect", "deputy"})) + r")\.?\s+"
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}and\s+$"
)
# A title of several people before their names: "Justices Ruth Bader Ginsburg and Elena Kagan", "judges
# Brett Kavanaugh and Ketanji Brown Jackson", "Sens. Jeff Merkley, Chris Murphy and ..."
_AGED = re.compile(r"\b\d{1,3}-year-old\s+$")
_TITLES_BEFORE = re.compile(
    r"\b(?i:" + "|".join(re.escape(title) for title in sorted(PLURAL_TITLES)) + r")\s+"
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:,\s+and\s+|,\s+|\s+and\s+)){0,4}$"
)


def _of_a_place(before: str, name: str) -> bool:
    """A name of two or three words after a place's or an acronym's possessive: "Ontario's Dalton
    McGuinty", "CNN's Ana Cabrera". Not a
    company's ("Japan's Toyota Motor", "South Korea's Samsung Electronics"), whose last word is a word of
    everyday English."""
    owner = _PLACE_OWNER.search(before)
    words = name.split()
    return (
        owner is not None
        # "Japan's Fukushima Daiichi"; but a given name may be a place's too ("American Airlines' Kent Powell")
        and not any(
            (is_place(word) and not (at == 0 and a_given_name(word))) or country_of(word)
            for at, word in enumerate(words)
        )
        and words[0].lower().rstrip(".") not in PLACES_FIRST  # "Italy's Mount Etna"
        and (
            is_place(owner.group(1))
            or country_of(owner.group(1)) is not None
            or owner.group(1).isupper()
            # "American Airlines' Kent Powell"; not "Alphabet Inc's Google DeepMind", a unit or a product
            or (is_organisation_name(owner.group(1)) and not LEGAL_FORM.search(owner.group(1)))
        )
        and len(words) in (2, 3)
        and not is_organisation_name(name)
        # a word of everyday English ("Motor"), not a frequent family name the lexicon does not know ("Powell")
        and not (zipf_frequency(words[-1], "en") >= EVERYDAY and lexicon(words[-1].lower()))
    )


EVERYDAY = 3.5  # the Zipf frequency of a word of everyday English ("motor" 4.3, "electronics" 4.0; "McGuinty" 1.9)


# "Bobby Kotick will continue to serve as chief executive": a post that someone holds.
_AS_A_POST = re.compile(
    r"^[^,.;:]{0,40}?\b(?:serve|serves|served|remain|remains|remained|stay|stays|become|becomes|became)\s+as\s+(?:the\s+|its\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)"
)


# "Jawaharlal Nehru as Congress President gave the call": a person in a post, where the name opens its clause
# (not "She joined Goldman Sachs as Vice President", "the party chose Northern Ireland as ...")
_AS_TITLED = re.compile(r"\s+as\s+(?:the\s+|its\s+|a\s+|an\s+)?((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][a-z]+)\b")
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:(\u2014]|\b(?:when|while|and|but|after|before|since|with|then|until))\s*$", re.I)


def _serves_as(before: str, after: str) -> bool:
    """A post the name holds: "... who served as a senator", "when Jawaharlal Nehru as Congress President"."""
    post = _AS_A_POST.match(after) or (_AS_TITLED.match(after) if _CLAUSE_OPENS.search(before[-30:]) else None)
    return post is not None and any(word.lower() in TITLES for word in post.group(1).split())


_SEAT = re.compile(
    r"\b(?:MPs?|[Mm]embers?|[Ss]enators?|[Rr]epresentatives?|[Cc]ongress(?:wo)?man|MEPs?)\s+for\s+(?:the\s+)?$"
)


_NAME_BEFORE = r"[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*)*"
BODY_PLURALS = frozenset(
    noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    for noun in BODY_NOUNS
    | {"giant", "university", "studio", "publisher", "competitor", "rival", "partner", "client", "advertiser"}
    | {"sponsor"}
    if noun not in ("body", "tribe", "iwi", "team", "unit", "site", "app", "service")
)
# "Amazon-owned Whole Foods", "British Columbia-based Carbon Engineering"; what is bought or held
# ("had bought Google or Facebook", "stakes in Alibaba Group and Yahoo Japan"); where someone works
# ("an economist at Harvard", "a senior fellow at the Brookings Institution").
_BODY_BEFORE = re.compile(
    r"-(?:based|owned|backed|run|controlled)\s+(?:the\s+)?$"
    r"|\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|(?:acquisition|takeover|purchase)\s+of"
    rf"|stakes?\s+in)\s+(?:{_NAME_BEFORE}\s*(?:,|\bor\b|\band\b|\binstead\s+of\b)\s+)*$"
    # bodies of a kind, listed: "companies such as Cisco, Symantec, and Proofpoint", "companies producing
    # surveillance systems, like Elbit, Candiru, and Rafael", "the two companies that make them: Motorola and ..."
    rf"|\b(?i:{'|'.join(sorted(BODY_PLURALS))})(?:\s+[a-z][\w-]*){{0,4}}(?:\s*,?\s+(?:such\s+as|like|including)|:)\s+"
    rf"(?:{_NAME_BEFORE}\s*(?:,(?:\s+(?:and|or)\b)?|\bor\b|\band\b)\s+)*$"
    # counted, then named: "Two location firms, Fysical and SafeGraph, mapped ..."
    rf"|\b(?i:two|three|four|five|six|several)(?:\s+[a-z][\w-]*)?\s+(?i:companies|firms|banks|lenders|insurers|retailers"
    r"|manufacturers|makers|start-?ups|brands|agencies|airlines|automakers),\s+"
    rf"(?:{_NAME_BEFORE}\s*(?:,(?:\s+(?:and|or)\b)?|\band\b)\s+)*$"
)
NEAR = 200  # characters around a name that say what it is
# Someone who works somewhere: "an economist at Harvard", not "the disaster at Grenfell".
JOBS = frozenset(
    re.findall(
        r"\S+",
        "director professor lecturer researcher economist analyst officer manager engineer lawyer partner "
        "executive scientist editor reporter correspondent student worker employee fellow official trader "
        "banker consultant adviser advisor strategist chairman chairwoman founder president head chief member",
    )
)


def _a_job(word: str) -> bool:
    return word in JOBS or word.endswith(PERSON_ENDINGS)


# A source of figures or findings: "according to Nielsen", "Forrester forecasts"; a person so cited is
# named in full first, so a word named once is a body's name.
_SOURCED_BY = re.compile(r"\b(?i:according)\s+to\s+$")
_SOURCE_SAYS = re.compile(r"^\s+(?:estimates|estimated|forecasts|forecast|says|predicts|predicted|reports|reported)\b")
_LISTED_WITH = re.compile(r"^(?:,\s+[A-Z][^\W_]*)*,?\s+(?:and|or)\s+[A-Z][^\W_]*")  # ", Hulu and Twitter"
# What is said of a body asked by a reporter, and of a person, named in full elsewhere: "Hulu declined to comment"
_DECLINED = re.compile(r"^,?\s+(?:declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond|reply|return))\b")
# What a business does, said of a name: "Comcast sold", "Verizon launched"
_ACTS_AS_A_BODY = re.compile(
    r"^\s+(?:sells|sold|makes|offers|offered|launched|launches|unveiled|owns|owned|bought|acquired|introduced)\b"
)
_STUDIED_AT = re.compile(
    r"\b(?:(?:studied|studying|graduated|graduating|enrolled|trained|teaches|taught)\s+(?:at|from)|joined|joins)"
    r"\s+(?:the\s+)?$"
)
_WORKS_AT = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?P<who>[a-z]+)\s+at\s+(?:the\s+)?$")
# "Whole Foods said it", "Amazon shares"; with "a" or "the" before the name, its people: "the Labour
# MP", "a Google spokesman", "a Reuters reporter".
_BODY_AFTER = re.compile(
    r"^(?:['\u2019]s?)?\s+(?:(?:said|says|announced|added)\s+(?:it|its)\b|(?:stores|shares|brand)\b)"
)
# Its kind after it: "Turkey's Anatolia news agency", "the Tasnim news agency", "the Labour party", "Maxim magazine".
_KIND_AFTER = re.compile(
    r"^\s+(?:state[- ]run\s+|official\s+)?(?:news\s+agency|newspaper|daily|broadcaster|television|channel|party"
    r"|magazine|website|network|studio|tribe)\b"  # "the Standing Rock Sioux tribe"
)
# One of its people named after it: "Bloc Quebecois Leader Gilles Duceppe".
_MEMBER_AFTER = re.compile(rf"^\s+(?i:{'|'.join(sorted(MEMBERS_TITLES))})\s+[A-Z]")
# Its expert named after it: "Piper Jaffray analyst Gene Munster"; not "Democratic strategist Joe Trippi"
_EXPERT_AFTER = re.compile(rf"^\s+(?i:{'|'.join(sorted(EXPERTS))})\s+[A-Z]")
# What a business does, said of it: "Sense360, which focuses on the restaurant industry", "Eagle Alpha,
# which sells data to financial firms"
_DOES_BUSINESS = re.compile(
    r"^,\s+which\s+(?:also\s+)?(?:sells|focuses|invests|lends|acquired|bought|dominate|dominates|specializes"
    r"|specialises)\b"
)
_ITS_PEOPLE = re.compile(
    r"^\s+(?:spokes(?:man|woman|person)|executives?|officials?|employees?|engineers?|lawyers?|analysts?|MPs?"
    r"|lawmakers?|board|shareholders|investors|researchers?|scientists?|reporters?|correspondents?|CEO|chief"
    r"|boss|(?:co-?)?founder|chairman)\b"
)


def _of_a_body(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence says the name at [start, end) is a body's: a body's noun just before it
    or as its apposition, a place or owner it is "-based" in, "it" after its verb of saying, a verb
    of buying or holding it, someone working at it, its people after it, or its acronym."""
    role = head_of(role_in(sentence, start, end))
    before, after = sentence[max(0, start - NEAR) : start], sentence[end : end + NEAR]  # what is said nearby
    works_at = _WORKS_AT.search(before)
    return bool(
        role in BODY_NOUNS
        or _BODY_BEFORE.search(before)
        or _BODY_AFTER.match(after)
        or _KIND_AFTER.match(after)
        or (_DOES_BUSINESS.match(after) and not is_place(sentence[start:end]))
        or (_MEMBER_AFTER.match(after) and not a_people(sentence[start:end]))
        or (_EXPERT_AFTER.match(after) and not of_a_school(sentence[start:end].split()[-1]))
        or (works_at and _a_job(works_at.group("who")))
        or _STUDIED_AT.search(before) is not None  # "studied at Juilliard"
        or (
            re.search(r"\b(?:[Aa]n?|[Tt]he)\s+(?!(?:former|late|then|ex)\b)(?:[a-z]+\s+)?$", before)
            and _ITS_PEOPLE.match(after)
        )
        or spelt_out(sentence[start:end], sentence, end)  # "Action on Smoking and Health (ASH)"
    )


# One word standing alone, capitalised or led by digits ("Mozilla", "1010data"), and the
# capitalised word just before one, joined to it by a space only.
_ONE_WORD = re.compile(r"(?<![\w.'\u2019&-])(?:[A-Z][^\W_]*|\d+[^\W\d_][^\W_]*)(?![\w&-])")
_WORD_BEFORE = re.compile(r"(?<!\S)([A-Z][\w.'\u2019-]*)\s$")


def _named_as_bodies(text: str, sentences: list[Sentence], taken: list[tuple[int, int]]) -> list[Mention]:
    """A word named once that its sentence says is a body's ("the search engine Mozilla", "an
    economist at Harvard", "had bought Google or Facebook", "the Labour MP"); a name used again is
    found by `_recurring`, one of two words or more by `find_new`."""
    inside = covered(taken)
    surnames = {words[-1] for start, end in taken if (words := text[start:end].split())}  # "a Starmer spokesman"
    written_small = set(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text))
    # Capitalised after a word inside a sentence, and never written small: a name wherever it stands ("Google",
    # "Apple"), a sentence's first word too; not a quotation's first word ('"Experts estimated ...," he said')
    names = {
        word
        for sentence in sentences
        for match in _ONE_WORD.finditer(sentence.text)
        if _AFTER_A_WORD.search(sentence.text, max(0, match.start() - 3), match.start())
        and (word := without_possessive(match.group())).lower() not in written_small
    }
    found = []
    for sentence in sentences:
        for match in _ONE_WORD.finditer(sentence.text):
            start, end = match.span()
            word = without_possessive(match.group())
            if (
                sentence.start + start in inside
                or (start == 0 and word not in names)
                or word in surnames
                or of_a_date(sentence.text, start, word)
            ):
                continue
            if word.lower() in STOPWORDS | TITLES:
                continue
            after, before = sentence.text[end:], _WORD_BEFORE.search(sentence.text[max(0, start - 60) : start])
            owner = before and before.group(1).endswith(("'s", "\u2019s"))  # "Turkey's Anadolu news agency"
            if len(word) == 1 or (before and before.group(1) not in ("A", "An", "The") and not owner):
                continue  # an initial ("D.A. Davidson"), a word of a longer name
            if re.match(r"\.\w|\s[A-Z]", after) and not _ITS_PEOPLE.match(after):
                continue  # but "the Labour MP"
            # "according to Nielsen", but not "according to Sarah, a nurse" nor '"Experts estimated ..."'
            everyday = _everyday(word) and word not in names
            sourced = (_SOURCED_BY.search(sentence.text[:start]) or _SOURCE_SAYS.match(after)) and not (
                everyday or a_given_name(word)
            )
            listed = _LISTED_WITH.match(after)  # "Google, Hulu and Twitter declined to comment"
            declined = _DECLINED.match(after[listed.end() if listed else 0 :]) and not (
                everyday or a_given_name(word) or a_family_name(word)
            )
            if (
                sourced
                or declined
                or _acts_as_a_body(sentence.text, start, word)
                or _of_a_body(sentence.text, start, start + len(word))
                or (a_listed_company(word) and not re.search(r"\b[Tt]he\s+$", sentence.text[:start]))  # "the Amazon"
                or _owns_something(sentence.text, start, word)
            ):
                at = sentence.start + start
                found.append(Mention(at, at + len(word), word, name_key(word), ()))
    return found


_AFTER_A_WORD = re.compile(r"[\w,;]\s+$")  # inside a sentence, not after its start, a quotation mark or a bracket
# A possessive, then what is had: "Google's recent parsing", "Capcom's 1990 platformer", "Hamas' surprise attack".
_OWNS = re.compile(r"['\u2019]s?\s+(?:\d{4}\s+)?[a-z]")


def _owns_something(sentence: str, start: int, word: str) -> bool:
    """A name no list knows, owning something: a body's, where it is no place's, people's or person's."""
    return bool(_OWNS.match(sentence, start + len(word))) and not (_of_someone_or_somewhere(word) or word[0].isdigit())


def _of_someone_or_somewhere(word: str) -> bool:
    """A word of English, or a person's, a place's, a people's or a country's name: no body's name alone."""
    return (
        _everyday(word)
        or bool(lexicon(word.lower()))
        or a_given_name(word)
        or a_family_name(word)
        or is_place(word)
        or a_city(word)
        or is_demonym(word)
        or country_of(word) is not None
    )


def _acts_as_a_body(sentence: str, start: int, word: str) -> bool:
    """A name no list knows, doing what a business does: "Comcast sold", "Verizon launched"; not a place,
    a people, a person's name or a thing ("the Wii sold"). ("Made by Nintendo" and "cities like Seattle",
    "a novel by Tolstoy" read alike.)"""
    before, after = sentence[:start], sentence[start + len(word) :]
    if not _ACTS_AS_A_BODY.match(after):
        return False
    return not (
        _of_someone_or_somewhere(word)  # "Fisher sold bonds", "Seattle launched"
        or re.search(r"\b[Tt]he\s+$", before)
        or word.rstrip("s").isupper()  # "NGOs"
        or word[0].isdigit()
        or placed(sentence, start)
    )


def _of_a_person(role: str) -> bool:
    """Whether a role names what a person is or does: a title, or a noun of someone who does
    something ("lawmaker", "analyst", "fisherman", "director"), not "a charity" or "the giant tree"."""
    return any(
        (word.lower() in TITLES and not is_demonym(word))  # "the British Red Cross": no title
        or word.lower() in PERSON_NOUNS  # "the head of Microsoft Gaming", "the Virginia Democrat"
        # not "for", "under", nor a capitalised word of a body's name ("the Canadian Transportation Agency")
        or (word.islower() and word.endswith(("er", "or", *PERSON_ENDINGS)) and word not in STOPWORDS)
        for word in re.findall(r"[A-Za-z]+", role)
    )


# Nouns of a person that no ending shows.
PERSON_NOUNS = frozenset(
    re.findall(
        r"\S+",
        "head boss democrat republican candidate nominee member official aide citizen native veteran counsel "
        "attorney wife husband son daughter mother father brother sister widow friend colleague rival ally critic "
        "victim survivor witness priest nun monk rabbi nurse pilot child girl boy student resident agent "
        "correspondent opponent claimant defendant applicant migrant immigrant participant consultant accountant "
        "assistant servant tenant lieutenant sergeant regent counterpart teammate",
    )
)


def _persons_role(role: str) -> str:
    """A role as a person's: words that say what someone is ("the chairman of the talks"), not a body's
    noun ("According to the commission, Morsi won") nor what stands before a name in a sentence
    ("most voters there support Netanyahu's stance", "on their ICC plans, Indyk said")."""
    head = head_of(role)
    return "" if head in BODY_NOUNS or head in ORGANISATION_WORDS or not _of_a_person(role) else role


def _bodys_role(sentence: str, end: int) -> str:
    """What the sentence says a body is, in an apposition that describes it; not the next names of a
    list ("France, the Netherlands and Spain")."""
    said = apposition(sentence, end)
    words = [word for word in said.split()[1:] if word.lower() not in STOPWORDS]
    return "" if words and all(word[:1].isupper() for word in words) else said


def _person_or_organisation(
    draft: Draft, mention: Mention, sentence: str, offset: int, source: str, surnamed: set[str], bodies: set[str]
) -> None:
    start, end = mention.start - offset, mention.end - offset
    kind = PEOPLE.folder if mention.records else _kind(mention, sentence, start, end, surnamed, bodies)
    if kind is None:
        return
    people = PEOPLE.folder in {folder for folder, _ in mention.records} or kind == PEOPLE.folder
    role = (_persons_role(role_in(sentence, start, end)) or mention.title) if people else _bodys_role(sentence, end)
    if mention.records:
        for folder, record_id in mention.records:
            group = draft.people if folder == PEOPLE.folder else draft.organisations
            candidate = group.setdefault(
                record_id,
                Candidate(
                    record_id,
                    {
                        "id": record_id,
                        "name": mention.text,
                        "new": False,
                        "role": role or None,
                        "ambiguous": len(mention.records) > 1,
                    },
                ),
            )
            if role and not candidate.fields["role"]:
                candidate.fields["role"] = role
            candidate.add(Cite(source, _with_role(sentence, start, end, role)))
        return
    name = country_of(mention.full_name) or mention.full_name
    new_id = _record_of(mention)
    group = draft.people if people else draft.organisations
    known = (PEOPLE.folder if people else ORGANISATIONS.folder, new_id) in draft.aliases  # a record by another name
    candidate = group.setdefault(
        new_id,
        Candidate(new_id, {"id": new_id, "name": name, "new": not known, "role": role or None, "ambiguous": False}),
    )
    if role and not candidate.fields["role"]:
        candidate.fields["role"] = role
    if mention.refers and mention.text.isupper() and mention.text not in name.split():  # "NTSB"
        aliases = candidate.fields.setdefault("aliases", [])
        if isinstance(aliases, list) and mention.text not in aliases:
            aliases.append(mention.text)
    candidate.add(Cite(source, _with_role(sentence, start, end, role)))


def _bare_name(name: str) -> str:
    """A name as its record's id is made: "The Wikimedia Foundation" is the Wikimedia Foundation's,
    "Microsoft Corp" and "Amazon.com Inc." are Microsoft's and Amazon's."""
    bare = LEGAL_FORM.sub("", re.sub(r"^[Tt]he\s+", "", name)).strip()
    return bare or name


def _with_role(sentence: str, start: int, end: int, role: str) -> str:
    """The name with the words giving its role, if they stand next to it; else the name in context."""
    if role:
        at = sentence.find(role)
        if at >= 0:
            return _at_least_three(sentence, min(at, start), max(at + len(role), end))
    return _around(sentence, start, end)


def _around(sentence: str, start: int, end: int) -> str:
    return _at_least_three(sentence, start, end, CONTEXT_WORDS)


GROWTH = 200  # characters a cited name or figure may grow by on each side: far more than `wanted` words
_WORD = re.compile(r"\S+")


def _at_least_three(sentence: str, start: int, end: int, wanted: int = MIN_WORDS) -> str:
    """The words of sentence[start:end], grown by whole words to `wanted` (or the sentence)."""
    low = sentence.rfind(" ", 0, max(0, start - GROWTH)) + 1  # the words near it, not the whole of a long sentence
    high = sentence.find(" ", end + GROWTH)
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence, low, high if high >= 0 else len(sentence))]
    first = next((i for i, (s, e) in enumerate(words) if e > start), 0)
    last = next((i for i, (s, e) in reversed(list(enumerate(words))) if s < end), len(words) - 1)
    while last - first + 1 < wanted and (first > 0 or last < len(words) - 1):
        if last < len(words) - 1 and (first == 0 or (last - first) % 2 == 0):
            last += 1
        else:
            first -= 1
    piece = sentence[words[first][0] : words[last][1]]
    return piece.strip(",;:()") if len(piece.strip(",;:()").split()) >= MIN_WORDS else piece


def _place(sentence: str, after: int) -> str | None:
    """The place a sentence puts its event in: the first "in X" (a capitalised name) after `after`."""
    found = re.search(r"\b(?:in|at)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)", sentence[after:]) or re.search(
        r"\b(?:in|at)\s+((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)", sentence
    )
    return found.group(1) if found else None
