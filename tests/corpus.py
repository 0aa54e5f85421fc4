"""A synthetic newsroom of N explainers, for measuring how the build scales.

    .venv/bin/python -m tests.corpus N TARGET_DIR

Writes into TARGET_DIR (new or empty) a complete project: the files of this working tree that git
tracks or would track (so uncommitted template and theme changes are measured too), except data/,
tests/, bench/, .git, .venv, node_modules and site/; then a synthetic data/:

- Explainer 0 is the reference explainer, data/explainers/moscow-talks-2019.yml, as it is, with
  its source and the reference registry (10 people, 7 organisations, 17 glossary terms).
- Explainers 1..N-1 have exactly the reference explainer's shape: 4 parties (host, delegation,
  participants, absent) with 7 members, 6 figures, 13 timeline events, 4 issues with 4 positions,
  4 quotations, 17 glossary terms, 118 citations. Each has its own source (ID-source.yml, whose
  .txt is a copy of the reference article, so every quotation verifies), a unique slug and title,
  and its own `as_of` date: the dates are spread evenly over 1995-2024 and dealt out at random.
  All its dates are moved by as many years as its `as_of` is from 2019; the event and issue dates
  are its `as_of`.
- People, organisations and glossary terms come from shared pools that grow with the square root
  of N (r = sqrt(N) - 1): people 10 + 8r, organisations 7 + 3r, terms 17 + 6r; at N = 1, 10, 100,
  1000 that is 10/27/82/255 people, 7/13/34/98 organisations and 17/30/71/201 terms. The reference
  records come first in each pool and the synthetic ones (made-up names; their citations are
  copies of the reference records' citations of the reference article) after them. Each
  explainer draws its 7 people, 3 organisations and 17 terms without replacement with Zipf
  weights 1/rank, from `random.Random(N)`, so the same N always gives the same corpus and a few
  popular people appear in a large share of the explainers. The names of the reference people,
  organisations, terms and city in the explainer's prose are replaced with the drawn ones, so
  the pages link to them as they would; quotations and cited words are never changed.

For N <= 100 the corpus is checked with `python -m generator check --root TARGET_DIR` before this
exits (a failure is an error); pass --no-check to skip, --check to force it for larger N.
"""

from __future__ import annotations

import argparse
import copy
import math
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.load import load_file  # noqa: E402  (the project's own loader: YAML 1.2 values)

EXCLUDED = {"data", "tests", "bench", ".git", ".venv", "node_modules", "site"}
REFERENCE = "moscow-talks-2019"
REFERENCE_SOURCE = "rferl-2019-05-28"
REFERENCE_YEAR = 2019
# The registry's statements need a source known to every explainer, the earliest included: a copy
# of the reference article dated before them all. Each reference record gets an earlier statement
# citing it, so an explainer dated before 2019 shows that one, and the reference explainer its own.
REGISTRY_SOURCE = "registry-archive-1995"
REGISTRY_SOURCE_DATE = "1995-01-01"
FIRST_DAY, LAST_DAY = date(1995, 1, 1), date(2024, 12, 31)
CHECK_UP_TO = 100

# Keys whose values are prose an editor writes (names in them are replaced); never quotes or words.
PROSE = {
    "title",
    "text",
    "description",
    "role",
    "name",
    "note",
    "context",
    "what",
    "where",
    "label",
    "caveat",
    "era",
    "topics",
}
CITIES = [
    "Doha",
    "Geneva",
    "Oslo",
    "Tashkent",
    "Istanbul",
    "Vienna",
    "Astana",
    "Islamabad",
    "Tehran",
    "Beijing",
    "Berlin",
    "Nairobi",
    "Addis Ababa",
    "Helsinki",
    "Baku",
    "Muscat",
    "Jeddah",
    "Cairo",
    "Ankara",
    "Dushanbe",
    "Ashgabat",
    "Bishkek",
    "New Delhi",
    "Kabul",
    "Moscow",
]
ORGANISATION_KINDS = ["Front", "Alliance", "Council", "Movement", "Union", "Party", "Commission", "League"]
TERM_KINDS = ["accord", "doctrine", "corridor", "framework", "protocol", "roadmap", "mandate", "truce"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def pool_sizes(n: int) -> dict[str, int]:
    """How many people, organisations and terms a newsroom with n explainers has."""
    r = math.sqrt(max(n, 1)) - 1
    return {"people": 10 + round(8 * r), "organisations": 7 + round(3 * r), "glossary": 17 + round(6 * r)}


def slugify(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def project_files() -> list[str]:
    """The working tree's files that git tracks or would track, outside the excluded folders."""
    listing = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        check=True,
        capture_output=True,
    ).stdout.decode()
    return sorted(
        {
            name
            for name in listing.split("\0")
            if name and name.split("/")[0] not in EXCLUDED and (ROOT / name).is_file()
        }
    )


def copy_project(target: Path) -> int:
    files = project_files()
    for name in files:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, target / name)
        shutil.copymode(ROOT / name, target / name)
    return len(files)


def load(path: Path) -> Any:
    return load_file(path, ROOT).data


def field_of(kind: str) -> str:
    """Where a registry record keeps what it says: a term's definitions, anyone else's statements."""
    return "definitions" if kind == "glossary" else "statements"


def archived(statement: dict) -> dict:
    """The same statement, its quotes cited from the registry's early copy of the reference article."""
    copied = copy.deepcopy(statement)
    for cite in copied.get("cite", []):
        cite["source"] = REGISTRY_SOURCE
    return copied


def dump(path: Path, kind: str, data: dict) -> None:
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    path.write_text(f"# yaml-language-server: $schema=../../schema/{kind}.json\n{text}", encoding="utf-8")


class Names:
    """Made-up, pronounceable, unique words for names."""

    def __init__(self, rng: random.Random, taken: set[str]):
        self.rng, self.taken = rng, {word.lower() for word in taken}

    def word(self) -> str:
        onsets, vowels, codas = "bdfgklmnprstvz", "aeiou", ["", "n", "r", "l", "sh", "m"]
        while True:
            syllables = [self.rng.choice(onsets) + self.rng.choice(vowels) for _ in range(self.rng.randint(2, 3))]
            word = ("".join(syllables) + self.rng.choice(codas)).capitalize()
            if word.lower() not in self.taken:
                self.taken.add(word.lower())
                return word


def weighted_sample(rng: random.Random, pool: list[str], k: int) -> list[str]:
    """k distinct ids, drawn with Zipf weights 1/rank (Efraimidis-Spirakis keys)."""
    keyed = sorted(((rng.random() ** (rank + 1), item) for rank, item in enumerate(pool)), reverse=True)
    return [item for _, item in keyed[:k]]


def shift_date(value: Any, years: int) -> Any:
    """A date as written (YYYY, YYYY-MM, YYYY-MM-DD; int or text) moved by whole years, same form."""
    text = str(value)
    year = int(text[:4]) + years
    if len(text) == 10 and text[5:] == "02-29" and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
        text = text[:8] + "28"
    shifted = f"{year:04d}{text[4:]}"
    return year if isinstance(value, int) else shifted


class Corpus:
    def __init__(self, n: int, target: Path):
        self.n, self.target, self.rng = n, target, random.Random(n)
        self.data = target / "data"
        self.reference = load(ROOT / "data" / "explainers" / f"{REFERENCE}.yml")
        self.ref_records = {
            kind: {path.stem: load(path) for path in sorted((ROOT / "data" / kind).glob("*.yml"))}
            for kind in ("people", "organisations", "glossary")
        }
        self.records = copy.deepcopy(self.ref_records)
        self.pools = {kind: list(records) for kind, records in self.records.items()}
        self.counts: Counter = Counter()
        self.uses: dict[str, Counter] = {kind: Counter() for kind in self.pools}

    # The shared registries.

    def grow_pools(self) -> None:
        sizes = pool_sizes(self.n)
        taken = {
            name
            for records in self.records.values()
            for record in records.values()
            for name in (record.get("name") or record.get("term"), *record.get("aliases", []))
        }
        names = Names(self.rng, taken | set(CITIES))
        ids = {record_id for records in self.records.values() for record_id in records}

        def new_id(text: str) -> str:
            record_id = slugify(text)
            while record_id in ids:
                record_id += "-x"
            ids.add(record_id)
            return record_id

        ref_orgs, ref_people, ref_terms = (
            list(self.ref_records[kind].values()) for kind in ("organisations", "people", "glossary")
        )
        while len(self.pools["organisations"]) < sizes["organisations"]:
            word = names.word()
            name = f"{word} {self.rng.choice(ORGANISATION_KINDS)}"
            model = ref_orgs[len(self.pools["organisations"]) % len(ref_orgs)]
            text = (
                f"A body that sends delegates to regional talks; the {name} is often represented at peace conferences."
            )
            statement = archived({"text": text, "cite": model["statements"][0]["cite"]})
            self._add("organisations", new_id(name), {"name": name, "aliases": [word], "statements": [statement]})
        while len(self.pools["people"]) < sizes["people"]:
            first, last = names.word(), names.word()
            name = f"{first} {last}"
            model = ref_people[len(self.pools["people"]) % len(ref_people)]
            affiliation = self.rng.choice(self.pools["organisations"]) if self.rng.random() < 0.7 else None
            record: dict[str, Any] = {"name": name, "aliases": [last]}
            if affiliation:
                record["affiliation"] = affiliation
                org = self.records["organisations"][affiliation]["name"]
                text = f"A negotiator for the {org}, present at several rounds of talks."
            else:
                text = "An independent politician who has attended several rounds of talks."
            record["statements"] = [archived({"text": text, "cite": model["statements"][0]["cite"]})]
            self._add("people", new_id(name), record)
        while len(self.pools["glossary"]) < sizes["glossary"]:
            word = names.word()
            term = f"{word} {self.rng.choice(TERM_KINDS)}"
            model = ref_terms[len(self.pools["glossary"]) % len(ref_terms)]
            record = {"term": term.capitalize()}
            if self.rng.random() < 0.5:
                record["aliases"] = [f"{word} agreement"]
            record["related"] = self.rng.sample(self.pools["glossary"], 2)
            text = (
                f"An arrangement named after the town of {word}, discussed at several rounds of talks and "
                "invoked by the parties' negotiators."
            )
            definition = model["definitions"][0]
            definition = (
                {"text": text, "editorial": True}
                if definition.get("editorial")
                else archived({"text": text, "cite": definition["cite"]})
            )
            record["definitions"] = [definition]
            self._add("glossary", new_id(term), record)

    def _add(self, kind: str, record_id: str, record: dict) -> None:
        self.records[kind][record_id] = record
        self.pools[kind].append(record_id)

    # The explainers.

    def as_of_dates(self) -> list[date]:
        """n distinct dates, spread over the years and dealt out at random; the reference keeps its own."""
        span = (LAST_DAY - FIRST_DAY).days
        reference = date.fromisoformat(str(self.reference["as_of"]))
        dates, step = [], span / max(self.n - 1, 1)
        for index in range(self.n - 1):
            day = FIRST_DAY + timedelta(days=round(index * step))
            dates.append(day + timedelta(days=1) if day == reference else day)
        assert len(set(dates)) == len(dates), "more explainers than days in the date range"
        self.rng.shuffle(dates)
        return [reference, *dates]

    def explainer(self, index: int, as_of: date) -> tuple[str, dict, dict]:
        """A synthetic explainer (slug, data, its source's data) in the reference's shape."""
        ref = self.reference
        ref_people = list(
            dict.fromkeys(
                [member["person"] for party in ref["attendance"] for member in party.get("members", [])]
                + [party["leader"] for party in ref["attendance"] if party.get("leader")]
                + [quote["speaker"] for quote in ref["quotes"]]
            )
        )
        ref_orgs = list(
            dict.fromkeys(
                [party["organisation"] for party in ref["attendance"] if party.get("organisation")]
                + [p["party"] for issue in ref["issues"] for p in issue.get("positions", [])]
            )
        )
        people = weighted_sample(self.rng, self.pools["people"], len(ref_people))
        orgs = weighted_sample(self.rng, self.pools["organisations"], len(ref_orgs))
        terms = weighted_sample(self.rng, self.pools["glossary"], len(ref["glossary"]))
        maps = {
            "people": dict(zip(ref_people, people, strict=False)),
            "organisations": dict(zip(ref_orgs, orgs, strict=False)),
            "glossary": dict(zip(ref["glossary"], terms, strict=False)),
        }
        for kind, chosen in (("people", people), ("organisations", orgs), ("glossary", terms)):
            self.uses[kind].update(chosen)
        # The key an id stands under says which registry it belongs to ('party' may be either).
        by_key = {
            "person": ("people",),
            "leader": ("people",),
            "speaker": ("people",),
            "organisation": ("organisations",),
            "party": ("organisations", "people"),
            "glossary": ("glossary",),
        }
        city = self.rng.choice(CITIES[:-1])

        # Whole years, so that dates keep their form; one more where the reference's day of the year
        # comes after this explainer's: nothing in it may have happened after its as_of date.
        ref_as_of = date.fromisoformat(str(ref["as_of"]))
        year_shift = as_of.year - REFERENCE_YEAR - ((as_of.month, as_of.day) < (ref_as_of.month, ref_as_of.day))
        # Prose: each reference name (or alias) -> the drawn record's name; the longest names first.
        names: dict[str, str] = {}
        for kind, key in (("people", "name"), ("organisations", "name"), ("glossary", "term")):
            for ref_id, new_id in maps[kind].items():
                old, new = self.ref_records[kind][ref_id], self.records[kind][new_id]
                names.setdefault(old[key], new[key])
                for alias in old.get("aliases", []):
                    short = kind == "people" and " " not in alias and new.get("aliases")
                    names.setdefault(alias, new["aliases"][0] if short else new[key])
        names.setdefault("Moscow", city)
        names.setdefault(str(REFERENCE_YEAR), str(REFERENCE_YEAR + year_shift))  # the year its dates moved to
        pattern = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)) + r")(?![\w-])"
        )

        delegation = self.records["organisations"][maps["organisations"][ref_orgs[1]]]["name"]
        title = f"The {city} talks with the {delegation}, {MONTHS[as_of.month - 1]} {as_of.year}"
        slug = f"{slugify(city)}-talks-{as_of.year}-{index:04d}"
        source_id = f"{slug}-source"

        # Its quotes keep the reference's years, so a moved date says it was worked out (check requires it).
        moved = f"A synthetic explainer: the reference's date moved by {year_shift} years."

        # Moved, or kept where its source is dated in another year than the reference's: either way its
        # year is not the quotes' nor the source's own, so the date says it was worked out.
        worked_out = bool(year_shift) or as_of.year != REFERENCE_YEAR

        def transform(value: Any, key: str | None = None) -> Any:
            if key == "date" and worked_out:
                written = value["date"] if isinstance(value, dict) else value
                return {"date": shift_date(written, year_shift), "inferred": moved}
            if isinstance(value, dict):
                return {k: transform(v, k) for k, v in value.items()}
            if isinstance(value, list):
                return [transform(item, key) for item in value]
            for kind in by_key.get(key, ()):
                if value in maps[kind]:
                    return maps[kind][value]
            if key == "source":
                return source_id
            if key == "sources":
                return source_id
            if key == "date":
                return shift_date(value, year_shift)
            if key in PROSE and isinstance(value, str):
                return pattern.sub(lambda match: names[match.group(1)], value)
            return value

        data = transform(ref)
        data["title"] = title
        data["as_of"] = data["event"]["date"] = data["published"] = as_of.isoformat()
        for issue in data["issues"]:
            for status in issue["statuses"]:
                status["as_of"] = as_of.isoformat()
        ref_source = load(ROOT / "data" / "sources" / f"{REFERENCE_SOURCE}.yml")
        source = {
            "outlet": ref_source["outlet"],
            "outlet_short": ref_source["outlet_short"],
            "url": f"https://news.example.org/{as_of.year}/{slug}.html",
            "published": as_of.isoformat(),
        }
        return slug, data, source

    def write(self) -> dict[str, int]:
        for kind in ("explainers", "sources", "people", "organisations", "glossary"):
            (self.data / kind).mkdir(parents=True, exist_ok=True)
        self.grow_pools()
        reference_text = (ROOT / "data" / "sources" / f"{REFERENCE_SOURCE}.txt").read_text(encoding="utf-8")
        for suffix in ("yml", "txt"):
            shutil.copyfile(
                ROOT / "data" / "sources" / f"{REFERENCE_SOURCE}.{suffix}",
                self.data / "sources" / f"{REFERENCE_SOURCE}.{suffix}",
            )
        self.counts["sources"] += 1
        registry_source = {
            **load(ROOT / "data" / "sources" / f"{REFERENCE_SOURCE}.yml"),
            "published": REGISTRY_SOURCE_DATE,
        }
        registry_source.pop("note", None)
        dump(self.data / "sources" / f"{REGISTRY_SOURCE}.yml", "source", registry_source)
        (self.data / "sources" / f"{REGISTRY_SOURCE}.txt").write_text(reference_text, encoding="utf-8")
        self.counts["sources"] += 1
        dates = self.as_of_dates()
        shutil.copyfile(
            ROOT / "data" / "explainers" / f"{REFERENCE}.yml", self.data / "explainers" / f"{REFERENCE}.yml"
        )
        self.counts["explainers"] += 1
        self._count_reference_uses()
        slugs = {REFERENCE}
        for index in range(1, self.n):
            slug, data, source = self.explainer(index, dates[index])
            assert slug not in slugs, slug
            slugs.add(slug)
            dump(self.data / "explainers" / f"{slug}.yml", "explainer", data)
            dump(self.data / "sources" / f"{slug}-source.yml", "source", source)
            (self.data / "sources" / f"{slug}-source.txt").write_text(reference_text, encoding="utf-8")
            self.counts["explainers"] += 1
            self.counts["sources"] += 1
        schema = {"people": "person", "organisations": "organisation", "glossary": "term"}
        for kind, records in self.records.items():
            for record_id, record in records.items():
                if record_id in self.ref_records[kind]:
                    statements = record[field_of(kind)]
                    if not statements[0].get("editorial"):  # the editors' words hold at any date already
                        record = {**record, field_of(kind): [archived(statements[0]), *statements]}
                dump(self.data / kind / f"{record_id}.yml", schema[kind], record)
                self.counts[kind] += 1
        return dict(self.counts)

    def _count_reference_uses(self) -> None:
        ref = self.reference
        self.uses["people"].update(
            {m["person"] for party in ref["attendance"] for m in party.get("members", [])}
            | {q["speaker"] for q in ref["quotes"]}
        )
        self.uses["organisations"].update(
            {party["organisation"] for party in ref["attendance"] if party.get("organisation")}
        )
        self.uses["glossary"].update(ref["glossary"])

    def reuse(self) -> dict[str, dict[str, int]]:
        """For each registry: its size, how many of its records are used, and in how many explainers
        the most used and the median used record appear."""
        summary = {}
        for kind, uses in self.uses.items():
            counts = sorted(uses.values(), reverse=True)
            summary[kind] = {
                "pool": len(self.pools[kind]),
                "used": len(counts),
                "top": counts[0] if counts else 0,
                "median": counts[len(counts) // 2] if counts else 0,
            }
        return summary


def check(target: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--root", str(target)],
        cwd=target,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    if result.returncode != 0:
        raise SystemExit(f"generated corpus fails `python -m generator check`:\n{result.stdout}{result.stderr[-4000:]}")


def generate(n: int, target: Path, *, run_check: bool | None = None, quiet: bool = False) -> dict:
    """Write the project and its corpus of n explainers into target; return what was written."""
    if n < 1:
        raise SystemExit("N must be at least 1")
    target.mkdir(parents=True, exist_ok=True)
    if any(target.iterdir()):
        raise SystemExit(f"{target} is not empty")
    project = copy_project(target)
    corpus = Corpus(n, target)
    counts = {"project_files": project, **corpus.write()}
    counts["source_texts"] = counts["sources"]
    reuse = corpus.reuse()
    if run_check if run_check is not None else n <= CHECK_UP_TO:
        check(target)
        checked = True
    else:
        checked = False
    if not quiet:
        written = ", ".join(f"{count} {kind}" for kind, count in counts.items())
        print(f"wrote into {target}: {written}")
        for kind, figures in reuse.items():
            print(
                f"  {kind}: pool {figures['pool']}, {figures['used']} used; the most used is in "
                f"{figures['top']} of {n} explainers, the median used one in {figures['median']}"
            )
        print("  python -m generator check: " + ("passed" if checked else "not run (N > 100; pass --check)"))
    return {"counts": counts, "reuse": reuse, "checked": checked}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many explainers")
    parser.add_argument("target", type=Path, help="a new or empty folder")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", dest="run_check", action="store_true", default=None, help="check at any N")
    group.add_argument("--no-check", dest="run_check", action="store_false", help="do not check")
    args = parser.parse_args(argv)
    generate(args.n, args.target.resolve(), run_check=args.run_check)


if __name__ == "__main__":
    main()
