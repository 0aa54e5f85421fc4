"""`draft` measured on the development set: saved news pages and what an editor wants from each.

    python -m bench.draft [--articles DIR] [--devset DIR] [--verbose]

Each file of bench/devset/ is written by hand, once, from one article: its people (with their
short forms), organisations, terms, issues, dated events, figures and quotations with their
speakers (bench/devset/README.md). The article is imported as an editor would (`source add` on
the saved page, from --articles, by default the shared folder beside the project; the reference
article is the stored source), drafted, and the draft compared with the file. Prints recall and
precision per category over the whole set, each article's time, and the time of two long ones: the
reference article twelve times over, and the same words as one sentence with no full stop.
`--devset` names another folder of annotations in the same form (a set held out from tuning, kept
outside the project); an annotation's `file` may then be a text, with its `outlet` and `url`.
A measurement: no assertions.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator import importer
from generator.draft import write_draft
from generator.draft.names import name_key
from generator.quotes import normalise
from generator.validate import slugify

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "bench" / "devset"
ARTICLES = ROOT.parent / "shared" / "articles"
REFERENCE = "rferl-2019-05-28"
CATEGORIES = ("people", "organisations", "terms", "issues", "dated events", "figures", "quotations", "speakers")


@dataclass
class Tally:
    wanted: int = 0
    found_wanted: int = 0  # of the wanted, how many the draft has
    proposed: int = 0
    proposed_right: int = 0  # of the proposed, how many are wanted
    long_labels: int = 0  # of the figures proposed, those whose label has three words or more
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, found: list[Any], wanted: list[Any], same: Callable[[Any, Any], bool], show: Callable[[Any], str]):
        hits = [any(same(f, w) for f in found) for w in wanted]
        right = [any(same(f, w) for w in wanted) for f in found]
        self.wanted += len(wanted)
        self.found_wanted += sum(hits)
        self.proposed += len(found)
        self.proposed_right += sum(right)
        self.missed += [show(w) for w, hit in zip(wanted, hits, strict=True) if not hit]
        self.wrong += [show(f) for f, ok in zip(found, right, strict=True) if not ok]

    def row(self, name: str) -> str:
        return f"| {name} | {_ratio(self.found_wanted, self.wanted)} | {_ratio(self.proposed_right, self.proposed)} |"


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.2f}" if whole else "-"


def names_of(item: dict[str, Any]) -> set[str]:
    return {name_key(name) for name in [item["name"], *item.get("also", [])] if name}


def same_name(found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return bool({name_key(found["name"]), name_key(found["id"].replace("-", " "))} & names_of(wanted))


def same_term(found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """One inside the other, hyphens as spaces ("cease-fire" is "cease fire"), or the same letters ("ceasefire")."""
    a = normalise(str(found.get("term") or found["id"])).lower().replace("-", " ")
    b = normalise(wanted["term"]).lower().replace("-", " ")
    return a in b or b in a or a.replace(" ", "") == b.replace(" ", "")


def same_issue(found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return words_match(found.get("text", ""), wanted["quote"])


def same_date(found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """The same date; for a decade ("the mid-2000s", annotated by its first year), the decade or any
    part or year of it ("mid-2000s", "2005")."""
    if wanted.get("precision") == "decade":
        year = re.search(r"\d{4}", str(found["date"]))
        return bool(year) and year.group()[:3] == str(wanted["date"])[:3]
    return str(found["date"]) == str(wanted["date"])


def same_figure(found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return float(found["value"]) == float(wanted["value"])


def words_match(a: str, b: str) -> bool:
    a, b = normalise(a).lower(), normalise(b).lower()
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    # two words at least in common: "re-orient" is not "we're discussing curriculum" for their "re"
    return len(wa & wb) >= max(2, 0.5 * min(len(wa), len(wb)))


def overlap(a: str, b: str) -> float:
    wa, wb = (set(re.findall(r"\w+", normalise(x).lower())) for x in (a, b))
    return len(wa & wb) / max(1, len(wa | wb))


def same_quotation(found: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return words_match(found["words"], wanted["words"])


def right_speaker(found: dict[str, Any], wanted: dict[str, Any], people: list[dict[str, Any]]) -> bool:
    """Whether the draft's speaker (an id) is the wanted one (a name of the annotation)."""
    if not wanted.get("speaker") or not found.get("speaker"):
        return not wanted.get("speaker") and not found.get("speaker")
    speaker = name_key(str(found["speaker"]).replace("-", " "))
    wanted_names = {name_key(wanted["speaker"])}
    written = {wanted["speaker"]}
    for named in people:
        if name_key(named["name"]) in wanted_names:
            wanted_names |= names_of(named)
            written |= {named["name"], *named.get("also", [])}
    return speaker in wanted_names or found["speaker"] in {slugify(name) for name in written}  # "ucea" is UCEA


def imported(root: Path, annotation: dict[str, Any], articles: Path) -> str:
    """The source id of the annotation's article in `root`, imported from its saved page."""
    source_id = re.sub(r"[^a-z0-9]+", "-", Path(annotation["file"]).stem.lower()).strip("-")
    if (root / "data" / "sources" / f"{source_id}.txt").exists():
        return source_id
    file = articles / annotation["file"]
    html = file.suffix.lower() in (".html", ".htm", ".mhtml")
    # A text needs what a page would give: its address (the annotation's, or a stand-in) and its outlet.
    url = None if html else annotation.get("url") or f"https://example.org/{source_id}"
    given = importer.Given(url, None, None if html else annotation["outlet"], str(annotation["published"]))
    importer.add(root, source_id, file, html, given, force=True)
    return source_id


def measure(annotation: dict[str, Any], draft: dict[str, Any], tallies: dict[str, Tally]) -> None:
    people = annotation["people"]
    tallies["people"].add(draft["people"], people, same_name, lambda p: p["name"])
    tallies["organisations"].add(draft["organisations"], annotation["organisations"], same_name, lambda o: o["name"])
    tallies["terms"].add(draft["terms"], annotation["terms"], same_term, lambda t: t.get("term") or t["id"])
    tallies["issues"].add(
        draft.get("issues", []), annotation["issues"], same_issue, lambda i: i.get("issue") or i.get("text", "")
    )
    dates = [{"date": d} for d in sorted({t["date"] for t in draft["timeline"]})]
    wanted_dates = list({str(e["date"]): e for e in annotation["events"]}.values())
    tallies["dated events"].add(dates, wanted_dates, same_date, lambda d: d["date"])
    tallies["figures"].add(draft["figures"], annotation["figures"], same_figure, lambda f: f"{f['value']}")
    tallies["figures"].long_labels += sum(len(str(f["label"]).split()) >= 3 for f in draft["figures"])
    quotations = annotation["quotations"]
    tallies["quotations"].add(draft["quotations"], quotations, same_quotation, lambda q: q["words"][:60])
    # Of the quotations found, those with the right speaker: each wanted one with the found one closest to it.
    pairs = [
        (max(matching, key=lambda f: overlap(f["words"], w["words"])), w)
        for w in quotations
        if (matching := [f for f in draft["quotations"] if same_quotation(f, w)])
    ]
    speakers = tallies["speakers"]
    speakers.wanted += len(pairs)
    named = people + annotation["organisations"]
    speakers.found_wanted += sum(right_speaker(f, w, named) for f, w in pairs)
    speakers.missed += [f"{w['speaker']} ({f.get('speaker')})" for f, w in pairs if not right_speaker(f, w, named)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="the folder of the saved pages")
    parser.add_argument(
        "--devset",
        type=Path,
        default=DEVSET,
        help="the folder of the annotations (another set, held out, measures it too)",
    )
    parser.add_argument("--verbose", action="store_true", help="list what each category missed and got wrong")
    args = parser.parse_args()
    tallies = {name: Tally() for name in CATEGORIES}
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(ROOT / "data", root / "data")
        for path in sorted(args.devset.glob("*.yml")):
            annotation = yaml.safe_load(path.read_text(encoding="utf-8"))
            source_id = imported(root, annotation, args.articles)
            started = time.perf_counter()
            written = write_draft(root, [source_id], "bench", force=True)
            timings.append((path.stem, time.perf_counter() - started, len(written.yaml)))
            measure(annotation, json.loads(written.json), tallies)
        # The reference article twelve times over: about 10,000 words, to see how the time grows.
        text = (root / "data" / "sources" / f"{REFERENCE}.txt").read_text(encoding="utf-8")
        (root / "data" / "sources" / "long.txt").write_text(f"{text}\n" * 12, encoding="utf-8")
        shutil.copy(root / "data" / "sources" / f"{REFERENCE}.yml", root / "data" / "sources" / "long.yml")
        started = time.perf_counter()
        write_draft(root, ["long"], "long")
        long_words, long_seconds = len(text.split()) * 12, time.perf_counter() - started
        # The same words with no full stop and no line break: one sentence, the worst case of a rule
        # that reads the words before or after each name.
        run_on = " ".join([text.replace(".", "").replace("\n", " ")] * 12)
        (root / "data" / "sources" / "run-on.txt").write_text(run_on, encoding="utf-8")
        shutil.copy(root / "data" / "sources" / f"{REFERENCE}.yml", root / "data" / "sources" / "run-on.yml")
        started = time.perf_counter()
        write_draft(root, ["run-on"], "run-on")
        run_on_seconds = time.perf_counter() - started
    print(f"{'Development set' if args.devset == DEVSET else args.devset.name}: {len(timings)} articles\n")
    print("| category | recall | precision |")
    print("|---|---|---|")
    for name, tally in tallies.items():
        print(tally.row(name) if name != "speakers" else tally.row("speakers (of the quotations found)"))
    print()
    figures = tallies["figures"]
    print(f"figure labels of three words or more: {_ratio(figures.long_labels, figures.proposed)}\n")
    for name, seconds, _ in timings:
        print(f"{name}: drafted in {seconds * 1000:.0f} ms")
    print(f"the reference article repeated to {long_words:,} words: drafted in {long_seconds * 1000:.0f} ms")
    print(f"the same without full stops or line breaks, one sentence: drafted in {run_on_seconds * 1000:.0f} ms")
    if args.verbose:
        for name, tally in tallies.items():
            print(f"\n{name}: missed {tally.missed}\n{name}: wrong {tally.wrong}")


if __name__ == "__main__":
    main()
