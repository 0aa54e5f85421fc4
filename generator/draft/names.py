"""Names in a source: those the registry knows (by name, alias or a spelling variant) and new ones,
with the role the sentence gives them.

Spellings are compared by a key that ignores case, diacritics, hyphens and spaces, how a run of
vowels is spelt and doubled letters: al-Qaida, Al Qaeda and al-Qa'ida share one; so do Mohammad
and Muhammad. Acronyms (US, U.S., NATO) are compared by their capitals only, and only in capitals.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from nameparser.config import CONSTANTS
from wordfreq import zipf_frequency

from ..passages import STOPWORDS

TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
JOINS = {" ", "-", ".", ". "}  # what may stand between two words of one name ("U.S.", "al-Qaida")
MAX_WORDS = 6

MONTHS = frozenset(
    re.findall(
        r"\S+",
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
        "Christmas Easter Thanksgiving Ramadan Diwali Hanukkah Eid",  # times of the year: no one's, no body's
    )
)
# A month's short form before a day ("Jan. 3", "Nov 8"): a date, where "Jan Egeland" is a name.
_DAY_OF_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+[0-3]?\d\b")
# Words before a name that say who the person is; they are the role, not the name.
PERSON_TITLES = frozenset(
    re.findall(
        r"\S+",
        "president ex-president vice prime minister foreign defence defense interior finance secretary "
        "mullah mr mrs ms dr sheikh king queen prince princess general gen colonel col lt captain commander "
        "senator sen rep representative governor mayor ambassador envoy chancellor chief deputy judge justice "
        "pope cardinal bishop imam ayatollah emir sultan emperor empress tsar czar shah former ex acting spokesman "
        "spokeswoman spokesperson "
        "state mp lawmaker skipper fellow chairman chairwoman chairperson chair founder analyst economist elect "
        "designate superintendent congressman congresswoman councilman councilwoman councillor councilor "
        "assemblyman assemblywoman alderman ceo cfo cio coo cto cmo vp svp evp",
    )
)
# nameparser's titles ("ceo", "professor"), but not its words of everyday English, which say nothing
# of a person before a name ("his", "the way to his election victory") or open a thing's ("Air Force One").
NOT_TITLES = frozenset(
    re.findall(
        r"\S+",
        "air her his me most business family field first group high information law national police political "
        "right social special states united us",
    )
)
# A title of several people: "Justices Ruth Bader Ginsburg and Elena Kagan", "Sens. Jeff Merkley and ..."
PLURAL_TITLES = frozenset(
    re.findall(
        r"\S+",
        "justices judges senators sens. reps. representatives governors mayors ministers generals presidents "
        "ambassadors lawmakers professors drs.",
    )
)
# A party before a name is its title too ("Democrat Andrew Gillum"), but not before one word alone
# ("Republican People's Party").
TITLES = (
    PERSON_TITLES | frozenset(title.lower() for title in CONSTANTS.titles) - NOT_TITLES | {"democrat", "republican"}
)
# A name ending in one of these is a place, not a person or an organisation.
PLACE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "province city district region county river mountains valley street square airport island islands "
        "strait straits canal "
        "sea ocean gulf bay lake desert border harbour harbor beach coast peninsula park avenue boulevard "
        "allee strasse straße platz",
    )
)
ORGANISATION_WORDS = frozenset(
    re.findall(
        r"\S+",
        "ministry council party union organization organisation army government committee agency bank front "
        "administration movement forces court parliament assembly group institute university company corporation "
        "commission networks holdings industries partners systems technologies enterprises "
        "communications resources motors pharmaceuticals laboratories labs studios associates airlines airways "
        "services solutions ventures investments "
        "office department association league federation alliance fund foundation service police network "
        "news radio times post mission coalition brigade inc corp co ltd llc plc institution center centre research "
        "market markets club trust board bureau authority administration society academy school college hospital "
        "museum press media airlines bank exchange partners capital holdings labs laboratory senate congress house "
        "tribunal navy guard republicans democrats conservatives labor labour greens nations brotherhood "
        "confederation caucus cabinet secretariat directorate inspectorate militia junta politburo legislature "
        "motors dynamics airways railways industries technologies pharmaceuticals fc corps chamber "
        "conference legislatures defenders magazine newspaper journal contractors cargo logistics freight shipping "
        "energy petroleum insurance restaurant panel patrol",
    )
)
# Bodies a single capitalised word names ("the Senate", "Labor"), unlike "the Committee" or "the Court".
INSTITUTIONS = frozenset(
    re.findall(
        r"\S+",
        "congress senate parliament pentagon kremlin treasury labor labour democrats republicans ombudsman army navy",
    )
)
BODY_WORDS = ORGANISATION_WORDS | INSTITUTIONS  # a word of a body's name: "Treasury", "Securities ... Commission"
# A name ending in one of these is an event, a law, a day or a product: neither a person nor a body.
OTHER_WORDS = frozenset(
    re.findall(
        r"\S+",
        "day act bill law agreement accord treaty convention protocol war depression crisis revolution "
        "amendment award awards prize cup games olympics festival republican democrat",
    )
)
# Nouns of a body, standing before its name ("whale rescue group Project Jonah", "the brokerage
# D.A. Davidson") or as its apposition.
BODY_NOUNS = frozenset(
    re.findall(
        r"\S+",
        "group company firm chain brokerage startup start-up charity organisation organization agency network "
        "retailer bank fund brand magazine newspaper website site engine platform operator carrier maker "
        "manufacturer outlet broadcaster station channel app service subsidiary unit division club team "
        "body tribe iwi union party supermarket grocer system provider conglomerate accelerator incubator "
        "airline insurer lender automaker carmaker chipmaker nonprofit distributor wholesaler supplier label",
    )
)


# After "X and Y", a noun that makes them one body: "The Post and Courier newspaper" (not "the Apple
# and Google app stores", "the ABC and NBC network").
ONE_BODY_NOUNS = frozenset(
    {"newspaper", "magazine", "company", "firm", "group", "chain", "brokerage", "charity", "retailer", "bank"}
)
# What "One" counts before a comma when it is no one: "One year later, Tom Harris ...".
_TIMES = frozenset(
    re.findall(r"\S+", "year month week day hour time summer winter spring autumn fall morning afternoon evening night")
)


def _words_of(run: list[Token]) -> str:
    return " ".join(word.text for word in run)


# Endings of a noun that names someone by what they do or are: "economist", "historian", "fisherman".
PERSON_ENDINGS = ("ist", "ian", "man", "woman", "person")


def head_of(role: str) -> str:
    """The noun a role is about, before what it goes on to say: "group" of "the group that brought
    the lawsuits", "company" of "a company based in Seattle"."""
    words = re.split(r"\s(?:of|for|at|in|with|from|to|on|that|which|who|whose)\s", role.lower())[0].split()
    return words[-1] if words else ""


CONNECTORS = frozenset({"al", "el", "bin", "ibn", "de", "van", "von", "da", "del", "der", "ul"})
# Words that open a sentence before a group of people ("Senior Afghan politicians met...") or before
# what it says ("However Occupy said..."): never a name's.
OPENERS = frozenset(
    re.findall(
        r"\S+",
        "senior top several many key local western eastern northern southern leading rival hardline however "
        "meanwhile yesterday today tomorrow earlier later instead still separately overall finally nevertheless "
        "moreover furthermore besides indeed thus hence now then already eventually ultimately",
    )
)
# Letters after a name that say what the person is: "John Cooper QC", "Diane Abbott MP".
POSTNOMINALS = frozenset(re.findall(r"\S+", "QC KC MP MEP MSP MLA MPP OBE MBE CBE KBE DBE PhD"))  # "Jr." is the name's
# The second part of a hyphenated given name written in lower case ("Kim Jong-un", "Park Geun-hye",
# "Moon Jae-in"), but not what follows a name's hyphen as a word of its own ("U.S.-led", "Trump-era").
_SYLLABLE = re.compile(r"[a-z]{2,4}")  # "Ban Ki-moon", "Roh Moo-hyun"
_AFTER_A_HYPHEN = frozenset(
    re.findall(
        r"\S+",
        "led run era old new age day end out off set use way ish based like wide long free held made born only area "
        "ally",
    )
)


def _words(text: str) -> list[str]:
    return text.split(" ")


@functools.lru_cache(maxsize=1 << 16)  # the same words are keyed again for every source and sentence
def name_key(name: str) -> str:
    """The spelling-insensitive key of a name (see the module's docstring)."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    letters = re.sub(r"^(?:the|The)\s+", "", letters)
    letters = without_possessive(letters)
    bare = re.sub(r"[^A-Za-z0-9]", "", letters)
    if len(bare) >= 2 and bare.isupper() and bare.isalpha():
        return "#" + bare  # an acronym
    key = re.sub(r"[aeiouy]+", "a", bare.lower())
    return re.sub(r"(.)\1+", r"\1", key)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A name as it stands in the source, and the records it may refer to (none: a new name)."""

    start: int
    end: int
    text: str
    key: str
    records: tuple[tuple[str, str], ...]  # (folder, id) of each registry record it matches
    title: str = ""  # title words written before the name ("Foreign Minister")
    refers: str = ""  # for a surname alone, the full new name it stands for ("Pompeo": "Mike Pompeo")

    @property
    def full_name(self) -> str:
        return self.refers or self.text


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _joined(text: str, words: list[Token], first: int, last: int) -> bool:
    return all(text[words[i].end : words[i + 1].start] in JOINS for i in range(first, last))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def find_registry(text: str, names: dict[str, set[tuple[str, str]]], any_case: bool = False) -> list[Mention]:
    """Every mention of a registry name in the text, longest first, none overlapping.

    `names` maps name keys to records. Unless `any_case`, a name must start with a capital (or a
    connector such as al- before one), so that the word "us" is not the United States.
    """
    words = tokens(text)
    found: list[Mention] = []
    i = 0
    while i < len(words):
        for last in range(min(len(words), i + MAX_WORDS) - 1, i - 1, -1):
            if not _joined(text, words, i, last):
                continue
            span = text[words[i].start : words[last].end]
            key = name_key(span)
            if key not in names or not (any_case or _name_like(words[i].text, words[last].text)):
                continue
            if text[words[last].end : words[last].end + 1] == "$":
                continue  # "US$1 billion": a currency, not the country
            first = i + 1 if words[i].text in ("The", "the") and last > i else i  # the key leaves "the" out
            span = text[words[first].start : words[last].end]
            found.append(Mention(words[first].start, words[last].end, span, key, tuple(sorted(names[key]))))
            i = last
            break
        i += 1
    return found


def _name_like(first: str, last: str) -> bool:
    return _capitalised(first) or (first.lower() in CONNECTORS and _capitalised(last))


def covered(spans: Iterable[tuple[int, int]]) -> set[int]:
    """Every offset inside one of `spans`, so that whether a word is inside a name is one look-up
    (a 10,000-word article names a thousand things)."""
    return {at for start, end in spans for at in range(start, end)}


def find_new(text: str, known: list[Mention], sentence_starts: set[int]) -> list[Mention]:
    """Sequences of capitalised words that the registry does not know: names to propose.

    A name may hold initials ("C. Eugene Steuerle") and, inside an organisation's name, "of", "for"
    or "and" ("University and College Union"); a possessive ends it ("Parata's tribe"). Title words
    are left out of the name (and kept as its title); a sequence ending in a word of a place
    (Province, River) is left out; one word alone counts only after a title.
    """
    taken = covered((m.start, m.end) for m in known)
    words = [w for w in tokens(text) if w.start not in taken]
    found: list[Mention] = []
    run: list[Token] = []
    for at, word in enumerate([*words, None]):
        following = words[at + 1] if at + 1 < len(words) else None
        continues = (
            word is not None
            and bool(run)
            and (not _possessive(run[-1].text) or _office_of(run[-1].text, word.text))
            and _joined_tokens(text, run[-1], word)
            and (not of_a_date(text, word.start, word.text) or _surname_month(text, word))
            and (
                _capitalised(word.text)
                or (word.text == "police" and _policed(text, run))  # "Kenosha police", "Hong Kong police"
                or (word.text == "department" and run[-1].text == "police")  # "the Dallas police department"
                or word.text.lower() in CONNECTORS
                or _given_name_syllable(text, run, word)
                or (
                    word.text in INSIDE
                    and not (word.text == "on" and len(run) == 1 and run[0].text in _MEMBERS)  # "Democrat on the"
                    and following is not None
                    and (
                        _capitalised(following.text)
                        or (word.text != "and" and _article_before_name(text, words, at + 1))
                    )
                    and _joined_tokens(text, word, following)
                )
                or (  # "Council of Canadians with Disabilities": "with" inside a body's name
                    word.text == "with"
                    and following is not None
                    and _capitalised(following.text)
                    and "of" in {w.text for w in run}
                    and is_organisation_name(_words_of(run))
                    and _joined_tokens(text, word, following)
                )
                or (  # "Committee for a Responsible Federal Budget", "Church of the Holy Cross"
                    word.text in ARTICLES
                    and run[-1].text in ("of", "for", "on")
                    and following is not None
                    and _capitalised(following.text)
                    and _joined_tokens(text, word, following)
                )
            )
        )
        if continues and word is not None:
            run.append(word)
            continue
        found += _new_names(text, run, sentence_starts)
        run = (
            [word]
            if word is not None
            and _capitalised(word.text)
            and not of_a_date(text, word.start, word.text)
            and not _PREFIXED.search(text, max(0, word.start - 6), word.start)  # "anti-Batchelder Twitter user"
            else []
        )
    found = [name for mention in found for name in _named_apart(text, mention)]
    bodies = _bodies_before_titles(text, found)
    in_bodies = covered((body.start, body.end) for body in bodies)  # "Reserve" of "Federal Reserve Bank of ..."
    surnames = [name for name in _surnames(text, words, found, sentence_starts) if name.start not in in_bodies]
    found += bodies
    return sorted(_titled_surnames(found) + surnames, key=lambda mention: mention.start)


# The titles a body gives its people: "Tesla CEO Elon Musk", "Bloc Quebecois Leader Gilles Duceppe".
MEMBERS_TITLES = frozenset(
    re.findall(
        r"\S+",
        "leader chair chairman chairwoman chairperson ceo mp mps spokesman spokeswoman founder president governor "
        "director commissioner cfo cio coo cto cmo vp svp evp",
    )
)


def _named_apart(text: str, mention: Mention) -> list[Mention]:
    """Two bodies joined by "and" ("Federal Reserve and Commerce Department data"), where the article also
    names the first alone, and the second is a department ("Commerce Department"); else the mention as it is
    ("Food and Drug Administration", "House Oversight and Government Reform Committee")."""
    first, joint, second = mention.text.partition(" and ")
    alone = re.search(rf"\b{re.escape(first)}\b(?!\s+(?:and\s+)?[A-Z])", text) if joint else None
    department = re.fullmatch(r"[A-Z][\w-]+ (?:Department|Ministry)", second) is not None
    if alone is None or len(first.split()) < 2 or not department:
        return [mention]
    if set(first.split()) & INSIDE:
        return [mention]  # "the Department of Health and Human Services": "and" goes on with what "of" began
    at = mention.start + len(first) + len(joint)
    return [
        Mention(mention.start, mention.start + len(first), first, name_key(first), (), mention.title),
        Mention(at, mention.end, second, name_key(second), ()),
    ]


def _bodies_before_titles(text: str, found: list[Mention]) -> list[Mention]:
    """The body named before the title of one of its people ("Tesla" of "Tesla CEO Elon Musk"): a name
    whose last word is a body's or no word of everyday English ("Senate Majority Leader", "White House
    Press Secretary", "Finance Minister" name no body)."""
    bodies = []
    names = {mention.text.split()[0] for mention in found}  # "Microsoft" of "Microsoft Corp": named already
    for mention in found:
        at = text.rfind(mention.title, 0, mention.start) if mention.title else -1
        words = list(TOKEN.finditer(mention.title))
        # the last title word: "Federal" may open a title, but "Federal Reserve Bank of Kansas City President"
        first = max((n for n, word in enumerate(words) if word.group().lower() in TITLES), default=0)
        if at < 0 or first == 0 or words[first].group().lower() not in MEMBERS_TITLES | EXPERTS:
            continue
        named = words[:first]
        named = named[_modifiers([word.group() for word in named]) :]
        if not named:
            continue
        last = named[-1].group()
        spelt = [Token(at + word.start(), at + word.end(), word.group()) for word in named]  # "Bank of England"
        if not all(_capitalised(word.text) or word.text in INSIDE for word in spelt):
            continue
        if a_people(mention.title[: named[-1].end()]):
            continue  # "Uzbek President", "Tory MP"
        if last.lower() not in BODY_WORDS and _common_noun(last) and not _body_shaped(spelt):
            continue  # but "Federal Reserve Bank of Kansas City"
        if len(spelt) == 1 and not last.isupper() and last.lower() in BODY_WORDS:
            continue  # "Communications Director": a title's word, no body
        name = mention.title[named[0].start() : named[-1].end()]
        if name in names or a_place(name):
            continue  # "Hollywood Director Steven Spielberg"
        if words[first].group().lower() in EXPERTS and len(spelt) == 1 and of_a_school(last):
            continue  # "Democratic strategist Joe Trippi", "Reagan economist Arthur Laffer": a side, not a firm
        bodies.append(Mention(at + named[0].start(), at + named[-1].end(), name, name_key(name), ()))
    return bodies


def _modifiers(words: list[str]) -> int:
    """How many words before a body's name say what its person is or was ("Former Fed Chairman", "Ex-FBI
    Director"), not the body's name ("Senior Executives Association President")."""
    at = 0
    while (
        at < len(words)
        and (words[at].lower() in MODIFIERS or words[at][:3].lower() == "ex-")
        and not (len(words) - at > 2 and _a_plural(words[at + 1]))
    ):
        at += 1
    return at


_PREFIXED = re.compile(r"\b(?:anti|pro|non|ex|post|pre)-$", re.IGNORECASE)
# A party's members, named on a committee: "the top Democrat on the House Oversight Committee"
_MEMBERS = frozenset({"Democrat", "Democrats", "Republican", "Republicans", "Member", "Members"})


def _a_plural(word: str) -> bool:
    """A capitalised plural noun: "Executives", "Citizens" (not "FBI", "Fed" nor "White")."""
    return word[:1].isupper() and word[1:].islower() and word.endswith("s") and bool(lexicon(word.lower()))


# Words before a body's name that say what its person is or was: "Former FBI Director", "Acting CDC Director"
MODIFIERS = frozenset(
    re.findall(
        r"\S+",
        "former ex deputy acting assistant interim new outgoing incoming veteran longtime retired then associate "
        "senior executive vice",
    )
)


def a_place(name: str) -> bool:
    from .gazetteer import is_place  # which imports this module

    return is_place(name)


# Titles of someone whose firm may stand before them ("Piper Jaffray analyst"), or their side or school.
EXPERTS = frozenset({"analyst", "economist", "strategist"})


def of_a_school(word: str) -> bool:
    """A side or a school, not a firm: a party's or a people's word, an adjective, a given name or a name
    as often written as a leader's ("Reagan", "Obama")."""
    from .gazetteer import a_given_name  # which imports this module

    return (
        a_people(word)
        or word.lower() in {"democratic", "republican", "conservative", "liberal", "labour"}
        or "ADJ" in lexicon(word.lower())
        or a_given_name(word)
        or zipf_frequency(word, "en") >= KNOWN_NAME
    )


KNOWN_NAME = 3.8  # Zipf: "Reagan" 4.0, "Obama" 4.9; firms before an analyst: "Jaffray" 2.2, "Wedbush" 1.7


def a_people(name: str) -> bool:
    """A people or a party's nickname before a title: "Uzbek President", "Tory MP"."""
    from .gazetteer import is_demonym  # which imports this module

    return is_demonym(name) or name.lower() in PARTY_NICKNAMES


PARTY_NICKNAMES = frozenset({"tory", "tories", "labour", "lib dem", "grit", "dem", "gop"})


def _policed(text: str, run: list[Token]) -> bool:
    """Whether the words before "police" name where it polices: not an outlet ("told CNN police arrived")
    nor a kind ("Riot police", "State police")."""
    told = re.search(r"\btold\s+$", text[max(0, run[0].start - 6) : run[0].start])
    return len(run) <= 3 and not told and not any(w.text.isupper() or _common_noun(w.text) for w in run)


@functools.cache
def lexicon(word: str) -> frozenset[str]:
    """What a word can be ("NOUN", "VERB", ...) by the English lexicon `lemminflect` ships: nothing for a
    word it lacks ("Jim", "McGuinty")."""
    from lemminflect import getAllLemmas  # loaded by the drafter only: its lexicon takes a moment to read

    return frozenset(getAllLemmas(word))


@functools.cache
def _common_noun(word: str) -> bool:
    """A noun or adjective of everyday English ("majority", "press"), which a company's name may also be
    ("Apple"); not "Google", "Microsoft" or "Tesla"."""
    return zipf_frequency(word, "en") >= COMMON_NOUN and bool({"NOUN", "ADJ"} & lexicon(word.lower()))


COMMON_NOUN = 4.0  # Zipf: "majority" 4.9, "press" 5.2; "Tesla" 3.8


def of_a_date(text: str, start: int, word: str) -> bool:
    """Whether the word at `start` names a time: a month, a day, a holiday, "Jan" of "Jan. 3"."""
    return word in MONTHS or _DAY_OF_MONTH.match(text, start) is not None


def _surname_month(text: str, word: Token) -> bool:
    """A month's name that is a family name after a given name ("Theresa May"), not a date ("May 5")."""
    return word.text in ("May", "June", "April", "August") and not re.match(r"\W{0,2}\s*\d", text[word.end :])


def _given_name_syllable(text: str, run: list[Token], word: Token) -> bool:
    """Whether `word` ends a hyphenated given name after a family name: "un" of "Kim Jong-un"."""
    return (
        len(run) >= 2
        and text[run[-1].end : word.start] == "-"
        and _capitalised(run[-1].text)
        and len(run[-1].text) <= 5
        and _SYLLABLE.fullmatch(word.text) is not None
        and word.text not in _AFTER_A_HYPHEN
    )


SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def family_name(name: str) -> str:
    """The word of a name that stands for it alone: its last ("Pompeo" of "Mike Pompeo"), or its first
    before a hyphenated given name ("Kim" of "Kim Jong-un", "Park" of "Park Geun-hye")."""
    words: list[str] = re.findall(r"[\w'\u2019-]+", name)
    if len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-1]  # "Kennedy" of "Robert F. Kennedy Jr."
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]+-[a-z]{2,4}", words[-1]):
        return words[0]
    return words[-1] if words else ""


def _titled_surnames(names: list[Mention]) -> list[Mention]:
    """'Mr Obama' after 'Barack Obama': the surname stands for the full name given before; so does a
    hyphenated one alone ("Dinh-Zarr says" after "Bella Dinh-Zarr"), and a family name of two words ("Black
    Elk said" after "Linda Black Elk")."""
    full: dict[str, str] = {}
    kept = []
    for mention in sorted(names, key=lambda m: m.start):
        words = mention.text.split()
        if len(words) == 1 and (mention.title or "-" in words[0]) and words[0] in full:
            mention = replace(mention, refers=full[words[0]])
        elif len(words) == 2 and mention.text in full and not is_organisation_name(mention.text):
            mention = replace(mention, refers=full[mention.text])  # "Black Elk said" after "Linda Black Elk"
        elif len(words) > 1:
            full.setdefault(words[-1], mention.text)
            if len(words) > 2:
                full.setdefault(" ".join(words[-2:]), mention.text)
        kept.append(mention)
    return kept


# Small words inside an organisation's name: "Department of Conservation", "Committee for ...".
INSIDE = frozenset({"of", "for", "and", "on", "&"})
ARTICLES = frozenset({"a", "an", "the"})  # after one of INSIDE: "Committee for a Responsible Federal Budget"


def _office_of(owner: str, word: str) -> bool:
    """A possessive inside a body's name: "Cook County Sheriff's Office", "Children's Hospital"."""
    whose = without_possessive(owner).lower()
    return (whose in TITLES or whose in _WHOSE) and word.lower() in BODY_WORDS


_WHOSE = frozenset({"children", "women", "men", "people", "workers", "veterans", "sheriff", "attorney", "prosecutor"})


def _possessive(word: str) -> bool:
    return without_possessive(word) != word


def without_possessive(name: str) -> str:
    """'Turkey's' is 'Turkey', 'Parata\u2019s' is 'Parata'."""
    return name[:-2] if name.endswith(("'s", "\u2019s")) else name


def _surnames(text: str, text_words: list[Token], names: list[Mention], sentence_starts: set[int]) -> list[Mention]:
    """A new name's last word standing alone after it ("Pompeo" after "Mike Pompeo"): the same name;
    but not where that word opens a quotation, or a sentence in which it says nothing, and the
    article also writes it in lower case ("\u201cGaming is ...\u201d" after "Microsoft Gaming"; "Brown
    said" after "Gordon Brown" still is)."""
    from .gazetteer import is_demonym  # which imports this module

    common = {word.text for word in text_words if word.text.islower()}
    full: dict[str, Mention] = {}
    first: dict[str, Mention] = {}
    for mention in sorted(names, key=lambda m: m.start):  # the first full name a surname follows
        words = mention.text.split()
        # "Wikipedia" after "Turkish Wikipedia" is no surname, nor "Ghana" after "Electoral Commission of Ghana"
        if len(words) > 1 and not is_demonym(words[0]) and not INSIDE & set(words):
            full.setdefault(family_name(mention.text), mention)
            if words[-1].lower() not in ORGANISATION_WORDS:  # "Kyiv said" is not of the Kyiv Post
                first.setdefault(words[0], mention)
    inside = covered((m.start, m.end) for m in names)

    def first_name_speaking(word: Token, bare: str) -> bool:
        """A name's first word alone before a verb of saying: "Geng said" after "Geng Shuang", whose
        family name comes first, or "Kisha said" after "Kisha Rivera"."""
        return bare in first and bare not in full and _SPEAKS.match(text, word.end) is not None

    def capitalised_as_a_first_word(word: Token) -> bool:
        if word.text.lower() not in common:
            return False
        if text[max(0, word.start - 1) : word.start] in ('"', "\u201c", "\u2018"):
            return True  # "\u201cGaming is ...\u201d"
        speaks = _SPEAKS.match(text[word.end : word.end + 12])
        return word.start in sentence_starts and not speaks  # "Brown said" is still Gordon Brown

    def a_place_after_the(word: Token) -> bool:
        """ "the Midwest" after "the Upper Midwest": a surname after "the" names someone only before a noun
        of theirs ("the Obama administration")."""
        if not re.search(r"\b[Tt]he\s+$", text[max(0, word.start - 5) : word.start]):
            return False
        after = re.match(r"(?:['\u2019]s)?\s+([a-z]+)", text[word.end : word.end + 30])
        return after is None or "NOUN" not in lexicon(after.group(1))

    found = []
    for w in text_words:
        bare = without_possessive(w.text)  # "Shafiq's qualification" too
        named = full.get(bare) or (first[bare] if first_name_speaking(w, bare) else None)
        if named and named.start < w.start and w.start not in inside and not capitalised_as_a_first_word(w):
            if a_place_after_the(w):
                continue
            found.append(Mention(w.start, w.start + len(bare), bare, name_key(bare), (), refers=named.text))
    return found


_SPEAKS = re.compile(r"\s+(?:said|says|told|added|wrote|asked|argued)\b")  # right after a name


def _joined_tokens(text: str, before: Token, after: Token) -> bool:
    between = text[before.end : after.start]
    abbreviated = _initial(before.text) or before.text.lower() in ABBREVIATED_TITLES
    initials = between == "." and _initial(before.text) and _capitalised(after.text)
    # "Simon & Schuster", "Alabama A&M University"
    firm = between in (" & ", "&") and _capitalised(before.text) and _capitalised(after.text)
    return between in {" ", "-"} or (between == ". " and abbreviated) or initials or firm  # "D.A. Davidson"


# Words of a department in a title ("Director of Product Management"), which no given name is.
DEPARTMENT_WORDS = frozenset(
    re.findall(
        r"\S+",
        "management product products marketing sales engineering communications operations research policy "
        "affairs development strategy technology design content programming finance legal relations resources "
        "partnerships services security intelligence customer experience personnel player data science markets "
        "emerging insights analytics",
    )
)


# Titles written with a full stop: "Mr. Trump", "Gen. Miller" (the stop does not end the name).
ABBREVIATED_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "lt", "col", "gov", "prof", "st", "rev", "fr", "jr", "sr"}
)


def _new_names(text: str, run: list[Token], sentence_starts: set[int]) -> list[Mention]:
    """The name of a run of words; one that holds "of" or "and" but is no organisation's, cut there."""
    # "American Federation of Government Employees President J. David Cox Sr.": a body, then one of its people
    titled_at = next(
        (
            at
            for at, word in enumerate(run)
            if at > 1 and word.text.lower() in MEMBERS_TITLES and _capitalised(word.text)
        ),
        None,
    )
    if (
        titled_at is not None
        and len(run) - titled_at > 2
        and any(word.text in INSIDE for word in run[:titled_at])
        and is_organisation_name(_words_of(run[:titled_at]))
    ):
        body = run[_modifiers([word.text for word in run[:titled_at]]) : titled_at]  # "Outgoing Bank of England"
        return _new_names(text, body, sentence_starts) + _new_names(text, run[titled_at:], sentence_starts)
    if not any(word.text in INSIDE for word in run):
        return [mention] if (mention := _new_name(text, run, sentence_starts)) else []
    whole = _new_name(text, run, sentence_starts)
    joint = next(at for at, word in enumerate(run) if word.text in INSIDE)
    titled = run[joint].text == "of" and joint > 0 and run[joint - 1].text.lower() in TITLES
    if titled and len(run) - joint - 2 >= 2 and not any(word.text in INSIDE for word in run[joint + 1 :]):
        # "Superintendent of Education Cade Brumley", "Secretary of State Mike Pompeo": a title, then the name;
        # "Director of Product Management Joe Ambeault": a department of several words
        after = joint + 2
        while len(run) - after > 2 and run[after].text.lower() in DEPARTMENT_WORDS:
            after += 1
        named = _new_name(text, run[after:], sentence_starts)
        if named:
            title = text[run[0].start : run[after - 1].end]
            return [Mention(named.start, named.end, named.text, named.key, (), f"{title} {named.title}".strip())]
    joined = [at for at, word in enumerate(run) if word.text in ("and", "&")]
    # "Department of Conservation", "University and College Union" and "Joint Committee on
    # Intelligence and Security" are one name each; "News Corporation and Fairfax" two: a name
    # complete before its "and" (two words or more, ending in a body's word) ends there.
    before = [word.text for word in run[: joined[0]]] if joined else []
    # but not a body's "for", "of" or "on" before it: "Center for Infectious Disease Research and Policy" is one
    inside_a_body = bool(before) and before[0].lower() in BODY_WORDS and bool(set(before) & {"of", "for", "on"})
    complete = len(before) > 1 and before[-1].lower() in ORGANISATION_WORDS and not inside_a_body
    kind_before = re.search(r"\b([a-z]+)\s+$", text[max(0, run[0].start - 30) : run[0].start])
    called_a_body = whole is not None and (
        head_of(apposition(text, whole.end)) in BODY_NOUNS  # ", the group that"
        or (kind_before is not None and kind_before.group(1) in BODY_NOUNS)  # "the group People for the ..."
        or spelt_out(whole.text, text, whole.end)  # "Action on Smoking and Health (ASH)"
    )
    kind_after = re.match(r"\s+([a-z]+)\b", text[whole.end : whole.end + 30]) if whole else None
    if whole and kind_after and kind_after.group(1) in ONE_BODY_NOUNS:
        return [whole]  # "The Post and Courier newspaper": one body, though "Post" could end a name
    from .gazetteer import country_of, persons_shaped  # which imports this module

    # A body's word before "of", "for" or "on" ("Department of Conservation"), not only after it
    # ("Mohamed Morsi of Muslim Brotherhood" is two names).
    ahead = run if run[joint].text in ("and", "&") else run[:joint]
    # "Ricky Schroder and MyPillow Inc.", "Morgan Stanley and Goldman Sachs": two names of two words or
    # more, where "Procter and Gamble" and "University and College Union" are one
    first = [word for word in run[:joint] if word.text.lower() not in ("the", "a", "an")]
    # "House Oversight and Government Reform Committee": one body's name, as its last word says, where the
    # words before "and" name no one
    one_body = run[-1].text.lower() in ORGANISATION_WORDS and not persons_shaped(_words_of(first))
    two_names = (
        run[joint].text in ("and", "&")
        and len(first) >= 2
        and not is_organisation_name(_words_of(first))
        and not all(lexicon(word.text.lower()) for word in first)  # "National Oceanic and Atmospheric Administration"
        and not one_body
    )
    # "Princeton and Yale Law School", "Harvard and University of North Carolina": a name, then a body
    # named whole, where "Food and Drug Administration" and "Procter and Gamble" are one
    second = run[joint + 1 :]
    # "Democrats and Republicans": two bodies a word each names
    two_names = two_names or (
        run[joint].text == "and"
        and len(first) == 1
        and len(second) == 1
        and first[0].text.lower() in INSTITUTIONS
        and second[0].text.lower() in INSTITUTIONS
    )
    two_names = two_names or (
        run[joint].text == "and"
        and len(first) == 1
        and not lexicon(first[0].text.lower())
        and first[0].text.lower() not in BODY_WORDS
        and (second[0].text.lower() in BODY_WORDS or (len(second) > 2 and not lexicon(second[0].text.lower())))
        and is_organisation_name(_words_of(second))  # not "Franklin and Marshall College"
    )
    of_a_body = not two_names and is_organisation_name(_words_of(ahead))
    # "Navy Secretary Ray Mabus and Gen. James Amos": a title after "and" starts a second name
    titled_after = any(at + 3 < len(run) and run[at + 1].text.lower() in TITLES for at in joined)
    if whole and (of_a_body or called_a_body or country_of(whole.text)) and not complete and not titled_after:
        return [whole]  # "Department of Conservation", "Republic of Ghana"
    parts: list[list[Token]] = [[]]
    for word in run:
        if word.text in INSIDE:
            parts.append([])
        else:
            parts[-1].append(word)
    found = [mention for part in parts if (mention := _new_name(text, part, sentence_starts))]
    last_joint = [word.text for word in run if word.text in INSIDE][-1]
    if complete and last_joint in ("and", "&") and len(parts[-1]) == 1 and parts[-1][0].text.lower() not in STOPWORDS:
        alone = parts[-1][0]  # "News Corporation and Fairfax": a body beside a body
        found.append(Mention(alone.start, alone.end, alone.text, name_key(alone.text), ()))
    return found


def initials(name: str) -> str:
    """The initials of a name's capitalised words: "NTSB" of "National Transportation Safety Board"."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def spelt_out(name: str, text: str, end: int) -> str:
    """The acronym in brackets after a name ending at `end` of `text`, where it is made of the name's
    initials ("ASH" of "Action on Smoking and Health (ASH)"), or where the name is a body's (its ticker:
    "American Airlines (AAL)"); else ""."""
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym is None:
        return ""
    ticker = is_organisation_name(name) and not _of_places(acronym.group(1))  # "The Green Party (UK)": a country
    return acronym.group(1) if acronym.group(1) == initials(name) or ticker else ""


def _opener(word: str, rest: str) -> bool:
    """A word that opens a sentence before a name, never one of it: "However", "Meanwhile", and a
    common word in -ing that is only a verb ("Explaining Beijing's changed position, ..."), but not
    "Reading" (a town too), "Sterling", "Beijing" or the "Bowling" of "Bowling Green State University"."""
    lower = word.lower()
    return lower in STOPWORDS | CONNECTORS | OPENERS or (
        lower.endswith("ing")
        and zipf_frequency(lower, "en") >= COMMON_VERB
        and _only_a_verb(lower)
        and not is_organisation_name(rest)
    )


COMMON_VERB = 4.0  # Zipf: "explaining" 4.2, "speaking" 4.9; surnames "Manning" 3.9, "Fleming" 3.6


def _only_a_verb(word: str) -> bool:
    return lexicon(word) == {"VERB"}


def _new_name(text: str, run: list[Token], sentence_starts: set[int]) -> Mention | None:
    opens_sentence = (
        run
        and run[0].start in sentence_starts
        and _opener(run[0].text, _words_of(run[1:]))
        # but "Senior Executives Association President Bill Valdez": an adjective of a body's name
        and not (len(run) > 2 and _a_plural(run[1].text) and is_organisation_name(_words_of(run)))
    )
    article = run and run[0].text in ("The", "A", "An") and not (len(run) > 1 and text[run[0].end] == ".")  # "A.G."
    if opens_sentence or article:  # "WASHINGTON (AP) — The Supreme Court"
        run = run[1:]
    if len(run) > 1 and run[0].text in ("NGO", "NGOs"):
        run = run[1:]  # "the NGO Front Line Defenders": what the body is, then its name
    if len(run) > 2 and run[-1].text in ("Poll", "Survey"):
        run = run[:-1]  # "the Wall Street Journal Poll": the body's
    # Up to the last title word is the title: "Communications Minister Malcolm Turnbull". Before a
    # single word, only a person's title ("President Obama"; "Federal Reserve" is no one's name).
    last_title = max(
        (at for at, word in enumerate(run[:-1]) if word.text.lower() in TITLES | PLURAL_TITLES), default=-1
    )
    # "Bank of England Governor Mark Carney": a body, the title of one of its people, then a person
    of_a_body = last_title > 0 and _body_shaped(run[:last_title]) and _persons_shaped(run[last_title + 1 :])
    short_title = last_title == len(run) - 2 and run[last_title].text.lower() not in PERSON_TITLES
    if not of_a_body and (short_title or _body_shaped(run)):
        last_title = -1  # "Department of Defense": a body's name, though "Defense" may open a title
    titles, run = run[: last_title + 1], run[last_title + 1 :]
    while run and (run[-1].text.lower() in CONNECTORS or run[-1].text in INSIDE):
        run.pop()
    if len(run) > 2 and run[-1].text in POSTNOMINALS:  # "John Cooper QC": the letters say who he is
        titles, run = titles or [run[-1]], run[:-1]
    while run and run[0].text in INSIDE:
        run = run[1:]
    if len(run) > 1 and run[-1].text.lower() in MEMBERS_TITLES and is_organisation_name(_words_of(run[:-1])):
        return _new_name(text, run[:-1], sentence_starts)  # "Jim Cantrell, Vector Space Systems CEO": the body
    if (
        run
        and run[-1].text.lower() in TITLES
        and not _body_shaped(run)
        and not (len(run) > 2 and run[-1].text in SUFFIXES)
    ):
        return None  # "Afghan President": a title, before a name or instead of one; but "J. David Cox Sr."
    if not run or (run[-1].text.lower() in PLACE_WORDS and not _body_shaped(run)):  # but "Bank of Kansas City"
        return None
    if any(
        w.text.lower() in STOPWORDS
        and w.text not in INSIDE | ARTICLES | {"with"}
        and not _initial(w.text)
        and text[w.start - 1] != "-"
        for w in run  # but "in" of "Moon Jae-in"
    ):
        return None
    alone = without_possessive(run[0].text) if run else ""
    titled = _LOWER_CASE_TITLE.search(text, max(0, run[0].start - 30), run[0].start) if len(run) == 1 else None
    if titled and titled.group(1) in PERSON_TITLES - TITLE_MODIFIERS and not titles and not alone.isupper():
        end = run[0].end - (2 if _possessive(run[0].text) else 0)  # "Japan's emperor Hirohito's speech"
        return Mention(run[0].start, end, text[run[0].start : end], name_key(alone), (), titled.group(1))
    if len(run) == 1 and not titles and not alone.isupper() and alone.lower() not in INSTITUTIONS:  # "the OSCE's"
        return None
    if run[0].start in sentence_starts and len(run) == 1 and run[0].text.lower() not in INSTITUTIONS:
        return None  # but "Labour said", "Congress passed"
    end = run[-1].end - (2 if _possessive(run[-1].text) else 0)
    span = text[run[0].start : end]
    title = text[titles[0].start : titles[-1].end] if titles else ""
    return Mention(run[0].start, end, span, name_key(span), (), title)


# A title in lower case after a possessive, before one name: "Japan's emperor Hirohito"; not "the judge
# Trump appointed", where the name opens a clause of its own
_LOWER_CASE_TITLE = re.compile(r"\w['\u2019]s\s+([a-z]+)\s+$")
# Words of a title that say which or what kind, never who: the modifiers before a body's name ("former",
# "acting", "vice"), the words of an office ("foreign", "finance") and abbreviations.
TITLE_MODIFIERS = MODIFIERS | frozenset(
    re.findall(
        r"\S+",
        "prime foreign defence defense interior finance state chief elect designate fellow "
        "mr mrs ms dr gen col lt sen rep",
    )
)


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper() and word != "I"  # "A" of "D.A. Davidson" is no article


def _article_before_name(text: str, words: list[Token], at: int) -> bool:
    """Whether words[at] is "a" or "the" just before a capitalised word."""
    if at + 1 >= len(words) or words[at].text not in ARTICLES:
        return False
    return _capitalised(words[at + 1].text) and _joined_tokens(text, words[at], words[at + 1])


def _persons_shaped(run: list[Token]) -> bool:
    """Two capitalised words or more, none of them a body's, a place's or a joining word: "Thomas M. Hoenig"."""
    words = [word.text for word in run]
    return (
        len(words) >= 2
        and all(_capitalised(word) and word not in INSIDE for word in words)
        and not {word.lower() for word in words} & (ORGANISATION_WORDS | PLACE_WORDS)
    )


def _body_shaped(run: list[Token]) -> bool:
    """A body's name, however many title words it holds: it ends in a body's word ("Urban-Brookings
    Tax Policy Center"), or a body's word is followed by "of", "on" or "for" ("Department of
    Defense", "Joint Committee on Intelligence and Security")."""
    words = [without_possessive(word.text).lower() for word in run]  # "the British Medical Association's"
    inside = next((at for at, word in enumerate(words) if word in INSIDE - {"and", "&"}), None)
    if inside is not None:  # not "Executive Director of the Wikimedia Foundation": a title of a body
        return inside > 0 and words[inside - 1] in ORGANISATION_WORDS
    return bool(words) and (words[-1] in ORGANISATION_WORDS or (len(words) > 2 and words[-1] in LONG_NAMES_WORDS))


# Words that end a body's name of three words or more ("the Federal Reserve System", "the Israeli Defense
# Force"), not of two ("John Force", "the Solar System")
LONG_NAMES_WORDS = frozenset({"system", "force"})


# Endings of a street's or a square's name written as one word: "Petersallee", "Nachtigalplatz".
_STREET_ENDINGS = ("strasse", "straße", "allee", "platz", "gasse")


def is_street(name: str) -> bool:
    words = name.replace("-", " ").split()
    joint = words.index("of") if "of" in words else 0
    if joint and words[joint - 1].lower() in ORGANISATION_WORDS:
        return False  # "the Federal Reserve Bank of Kansas City": a body of a place
    # one word alone names no street or place: "Square, a company that ..."
    return len(words) > 1 and (words[-1].lower() in PLACE_WORDS or words[-1].lower().endswith(_STREET_ENDINGS))


def is_other_name(name: str) -> bool:
    """A law, an agreement, a war ("World War II"), a day, a ship ("USS Higgins"): a name, but of neither
    a person nor a body."""
    words = name.split()
    if len(words) > 1 and re.fullmatch(r"[IVX]+|\d+", words[-1]):
        words = words[:-1]
    return bool(words) and (without_possessive(words[-1]).lower() in OTHER_WORDS or words[0] in SHIPS)


SHIPS = frozenset({"USS", "HMS", "HMAS", "HMCS", "HMNZS", "RFA"})  # "the destroyer USS Higgins"


# Capitals that name no body: a time zone, a measure, a post.
NOT_BODIES = frozenset(
    re.findall(
        r"\S+",
        "GMT UTC EST EDT PST PDT BST CET GDP CEO CFO COO HIV AIDS USD EUR GBP SUV SUVS ATM DNA RNA GPS PDF URL USB LED "
        "IPO ETF VAT GST NFT CCTV ICU CPI PPE IVF MRI COVID PTSD ADHD LGBT LGBTQ FAQ DIY GHG UAV",
    )
)


# A congregation's name ends in its house of worship: "Emanuel African Methodist Episcopal Church", but
# two words may be a person's ("Charlotte Church", "Frank Temple").
CONGREGATIONS = frozenset({"church", "mosque", "synagogue", "temple", "cathedral", "chapel", "parish", "diocese"})


def _of_places(name: str) -> bool:
    """Whether a name is a country's, or each side of its "&" is one ("Trinidad & Tobago")."""
    from .gazetteer import country_of  # which imports this module

    sides = name.split("&")
    return bool(country_of(name.replace("&", "and"))) or all(country_of(side.strip()) for side in sides)


def is_organisation_name(name: str) -> bool:
    words = without_possessive(name).replace("-", " ").split()  # "the Food and Drug Administration's"
    acronym = len(words) == 1 and name.isupper() and name.isalpha() and len(name) > 2 and name not in NOT_BODIES
    congregation = len(words) >= 3 and words[-1].lower() in CONGREGATIONS
    firm = "&" in words and not _of_places(name)  # "Simon & Schuster", not "Trinidad & Tobago"
    international = len(words) > 1 and words[-1].lower() == "international"  # not "International Space Station"
    long_named = len(words) > 2 and words[-1].lower() in LONG_NAMES_WORDS  # "the Federal Reserve System"
    return (
        any(word.lower() in BODY_WORDS for word in words)
        or acronym
        or congregation
        or firm
        or international
        or long_named
    )


def apposition(sentence: str, end: int) -> str:
    """What the sentence says a name is, in the words right after it: ", the world's largest online
    retailer"."""
    after = re.match(
        r"(?:\.com)?(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|plc)\.?)?"  # "Amazon.com Inc., the ...": its legal name first
        r",\s+((?:the|a|an|another|one of)\s+(?:[^,;.:\"\u201c\u201d]|\.(?=\w|\s+[a-z]))+)",
        sentence[end:],
    )
    phrase = after.group(1).strip() if after else ""
    # "According to Amnesty International, the services are overwhelmed": a clause, not what the name is
    clause = _FINITE.search(phrase)
    return "" if clause and not re.search(r"\b(?:that|which|who|whose)\b", phrase[: clause.start()]) else phrase


_FINITE = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|should|must|do|does|did)\s")


_DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne(?!\s+of\b)|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]hat|[Tt]his"
    r"|[A-Z][\w.-]*['\u2019]s)\s+"
)  # "That man, Mark Hughes,"
_UP_TO_COMMA = re.compile(r"[^,;:\"\u201c\u201d]{1,60},")


def _role_ahead(before: str) -> str:
    """The words from a determiner to the comma just before a name, the longest of six words or fewer
    in its clause: "the head of the group," of "met the head of the group, Jo Smith"; "Yahoo's chief
    executive," of "want to stick with Yahoo's chief executive, Marissa Mayer"."""
    if not before.endswith(","):
        return ""
    clause = re.split(r"[,;:]", before[-120:-1])[-1] + ","
    for determiner in _DETERMINER.finditer(clause):
        role = clause[determiner.start() : -1]
        if _UP_TO_COMMA.fullmatch(clause, determiner.end()) and len(role.split()) <= ROLE_WORDS:
            counted = re.match(r"(?:[Aa]nother|[Oo]ne)\s+", role)  # "One witness, Felicia Sanders": a witness
            if counted and role.split()[1].lower() in _TIMES:
                return ""  # "One year later, Tom Harris", "One summer, ..."
            return role[counted.end() :] if counted else role
    # without a determiner, a short clause of its own: "Spanish Roman Catholic priest, Miguel Pajares"
    words = clause[:-1].split()  # a noun of a person last, no small word first ("For years, Jane Doe")
    head = words[-1].lower() if words else ""
    personal = head in TITLES or head.endswith(PERSON_ENDINGS)
    if (
        0 < len(words) <= 5
        and personal
        and words[0].lower() not in STOPWORDS
        and not re.search(r"[\"\u201c\u201d()]", clause)
    ):
        return " ".join(words)
    return ""


ROLE_WORDS = 8
# Words before a title that are none of it: "despite President Donald Trump's efforts".
_NOT_OF_A_ROLE = frozenset(
    re.findall(r"\S+", "despite against amid among toward towards unlike like via versus per whereas while")
)
ROLE_REACH = 300  # characters


def role_in(sentence: str, start: int, end: int) -> str:
    """The role a sentence gives the name at [start, end): its apposition (", the ambassador to
    Pakistan") or the words of a title or function just before it ("Foreign Minister", "lawmaker")."""
    offset = max(0, start - ROLE_REACH)  # a role stands near its name: a long sentence is not read whole
    sentence, start, end = sentence[offset : end + ROLE_REACH], start - offset, end - offset
    after = apposition(sentence, end)
    if after:
        return after
    # ", chairman of the Council of Economic Advisers", ", senior Treasury strategist at CRT Capital"
    titled = re.match(
        r",\s+((?:[A-Za-z][\w-]*\s+){0,3}?(?P<job>[A-Za-z][\w-]*)\s+(?:of|at|for)\s+[^,;:\"]+)", sentence[end:]
    )
    job = titled.group("job") if titled else ""
    titles = titled.group(1).split()[:4] if titled else []
    if titled and (any(word in TITLES for word in titles) or (job.islower() and job.endswith(PERSON_ENDINGS))):
        return titled.group(1).strip().rstrip(".")
    before = sentence[:start].rstrip()
    ahead = _role_ahead(before)
    if ahead:
        return ahead  # "the Taliban's political chief, Mullah Abdul Ghani Baradar", "Yahoo's chief executive, ..."
    words: list[str] = []
    written = before.split(" ")
    for at in range(len(written) - 1, -1, -1):
        bare = written[at].strip("\"'\u201c\u201d")
        title_of = bare == "of" and words and at > 0 and _capitalised(written[at - 1])  # "Secretary of State"
        if not title_of and (
            not bare
            or bare[-1] in ",;:.()"
            or bare in ("-", "\u2013", "\u2014")  # "BUENOS AIRES, Nov 19 (Reuters) - Radical libertarian"
            or bare.lower() in STOPWORDS | _NOT_OF_A_ROLE
            or bare.lower().endswith(("ing", "ed"))
        ):
            break
        words.insert(0, bare)
        if len(words) == 4:
            break
    return " ".join(words)
