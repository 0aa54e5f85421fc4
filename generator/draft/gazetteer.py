"""What a capitalised name is, from lists kept by others and shipped inside their packages (nothing
is downloaded): countries with their other names and demonyms (countryinfo), states, provinces and
regions (pycountry's ISO 3166-2). (The titles written before a name, from nameparser, are in names.py.)

A country named in an article is proposed as an organisation (its government acts for it: "the
Sudanese government" is Sudan); a state or province is a place, never a person.
"""

from __future__ import annotations

import functools
import re

import pycountry
from countryinfo import all_countries

from .names import name_key

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
        for written in [name, *(info.get("altSpellings") or [])]:
            if isinstance(written, str) and (not _CODES.fullmatch(written) or written in _KEPT_CODES):
                names.setdefault(name_key(written), name)
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym:
            demonyms.setdefault(name_key(demonym), name)
    return names, demonyms


@functools.cache
def places() -> frozenset[str]:
    """Name keys of states, provinces and regions (ISO 3166-2)."""
    return frozenset(name_key(subdivision.name) for subdivision in pycountry.subdivisions)


def country_of(name: str) -> str | None:
    """The country a name is, or stands for: 'Sudan', 'Turkey's', 'the Sudanese government'."""
    names, demonyms = countries()
    bare = _bare(name)
    words = bare.split()
    if len(words) > 1 and words[-1].lower() in GOVERNMENT:
        adjective = name_key(" ".join(words[:-1]))
        return names.get(adjective) or demonyms.get(adjective)
    return names.get(name_key(bare))


def is_demonym(name: str) -> bool:
    """'Sudanese', 'New Zealanders', 'African-American': people of a country or a continent, not a
    government and not a person."""
    _, demonyms = countries()
    bare = _bare(name)
    parts = [bare, *bare.split("-")] if "-" in bare else [bare]
    return any(
        name_key(part) in demonyms or name_key(part.removesuffix("s")) in demonyms or part in CONTINENTS.values()
        for part in parts
    )


def is_place(name: str) -> bool:
    """A state, province or region, a continent, or one of their parts ('South Taranaki')."""
    bare = _bare(name)
    first, _, rest = bare.partition(" ")
    if first in COMPASS and rest:
        bare = rest
    return name_key(bare) in places() or bare in CONTINENTS


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


def _bare(name: str) -> str:
    return re.sub(r"['\u2019]s$", "", name.removeprefix("the ").removeprefix("The "))
