"""`draft` on the reference article, compared with the hand-made reference explainer.

    python -m bench.draft

For people and organisations, the reference is every registry record the explainer refers to by
id or names in its own words (its quotes of the source left out); for timeline dates, the dates
of its timeline; for figures, their values; for quotations, the words of its quotes (a draft's
quotation counts when one holds the other, or they share half their words). Prints a table of
recall and precision, and the time the draft took. No assertions.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from generator.draft import write_draft
from generator.quotes import normalise

ROOT = Path(__file__).resolve().parent.parent
SLUG = "moscow-talks-2019"
SOURCE = "rferl-2019-05-28"


def strings(node: Any, skip: str = "quote") -> Iterator[str]:
    """Every string of a data file but those under `skip`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key != skip:
                yield from strings(value, skip)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item, skip)
    elif isinstance(node, str | int):
        yield str(node)


def named(reference: dict[str, Any], folder: str) -> set[str]:
    """The records of `folder` the explainer refers to by id or names in its own words."""
    values = list(strings(reference))
    prose = "\n".join(values)
    found = set()
    for path in sorted((ROOT / "data" / folder).glob("*.yml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        names = [record["name"], *record.get("aliases", [])]
        if path.stem in values or any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", prose) for n in names):
            found.add(path.stem)
    return found


def words_match(a: str, b: str) -> bool:
    a, b = normalise(a).lower(), normalise(b).lower()
    if a in b or b in a:
        return True
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def same_figure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same value, and labels sharing a word of three letters or more."""
    words = [set(re.findall(r"\w{3,}", str(f["label"]).lower())) for f in (a, b)]
    return bool(a["value"] == b["value"] and words[0] & words[1])


def scores(found: list[Any], wanted: list[Any], same: Any = lambda a, b: a == b) -> tuple[str, str, str]:
    hits_recall = sum(any(same(f, w) for f in found) for w in wanted)
    hits_precision = sum(any(same(f, w) for w in wanted) for f in found)
    recall = f"{hits_recall}/{len(wanted)} = {hits_recall / len(wanted):.2f}" if wanted else "-"
    precision = f"{hits_precision}/{len(found)} = {hits_precision / len(found):.2f}" if found else "-"
    return recall, precision, f"{len(found)}"


def main() -> None:
    reference = yaml.safe_load((ROOT / "data" / "explainers" / f"{SLUG}.yml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(ROOT / "data", root / "data")
        started = time.perf_counter()
        written = write_draft(root, [SOURCE], "bench")
        elapsed = time.perf_counter() - started
        # The same article twelve times over: about 10,000 words, to see how the time grows.
        text = (root / "data" / "sources" / f"{SOURCE}.txt").read_text(encoding="utf-8")
        (root / "data" / "sources" / "long.txt").write_text(f"{text}\n" * 12, encoding="utf-8")
        shutil.copy(root / "data" / "sources" / f"{SOURCE}.yml", root / "data" / "sources" / "long.yml")
        started = time.perf_counter()
        write_draft(root, ["long"], "long")
        elapsed_long = time.perf_counter() - started
    draft = json.loads(written.json)
    rows = {
        "people": scores([p["id"] for p in draft["people"]], sorted(named(reference, "people"))),
        "organisations": scores([o["id"] for o in draft["organisations"]], sorted(named(reference, "organisations"))),
        "timeline dates": scores(
            sorted({t["date"] for t in draft["timeline"]}),
            sorted(
                {str(e["date"]["date"] if isinstance(e["date"], dict) else e["date"]) for e in reference["timeline"]}
            ),
        ),
        "figures (value, and a word of the label)": scores(draft["figures"], reference["figures"], same_figure),
        "quotations": scores(
            [q["words"] for q in draft["quotations"]], [q["words"] for q in reference["quotes"]], words_match
        ),
        "glossary terms": scores([t["id"] for t in draft["terms"]], reference["glossary"]),
    }
    print("| candidates | recall | precision | proposed |")
    print("|---|---|---|---|")
    for name, (recall, precision, count) in rows.items():
        print(f"| {name} | {recall} | {precision} | {count} |")
    print(f"\npeople proposed: {', '.join(p['id'] for p in draft['people'])}")
    print(f"organisations proposed: {', '.join(o['id'] for o in draft['organisations'])}")
    print(f"draft of the article repeated to {len((text + ' ').split()) * 12:,} words in {elapsed_long * 1000:.0f} ms")
    print(f"draft of one article ({len(normalise(written.yaml))} characters written) in {elapsed * 1000:.0f} ms")
    if written.ambiguities:
        print("ambiguity report:", *written.ambiguities, sep="\n  ")


if __name__ == "__main__":
    main()
