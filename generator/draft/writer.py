"""A draft written out: as a draft explainer in YAML (the explainer model's own field names, a
FILL IN placeholder wherever an editor must write), or as JSON for tools. Ordering is fixed, so
two runs on the same sources give the same bytes."""

from __future__ import annotations

import json
from typing import Any

from ..cite import quoted
from ..kinds import EXPLAINERS
from ..models import PLACEHOLDER, PartialDate
from ..schema import schema_line
from ..validate import slugify
from .candidates import Candidate, Cite, Draft

SECTIONS = ("people", "organisations", "terms", "figures", "timeline", "quotations")
BY_ID = {"people", "organisations", "terms"}  # the others in the order the sources give them


def fill_in(what: str) -> str:
    return quoted(f"{PLACEHOLDER}: {what}")


def _date(date: PartialDate) -> str:
    written = date.written()
    if isinstance(written, str):
        return written
    return "{date: " + written["date"] + ", inferred: " + quoted(written["inferred"]) + "}"


def _cites(cites: list[Cite], indent: str) -> list[str]:
    lines = [f"{indent}cite:"]
    for cite in cites:
        lines += [f"{indent}  - source: {cite.source}", f"{indent}    quote: {quoted(cite.quote)}"]
    return lines


def _ordered(group: dict[str, Candidate]) -> list[Candidate]:
    return [group[key] for key in sorted(group)]


def _by_date(group: dict[str, Candidate]) -> list[Candidate]:
    return sorted(group.values(), key=lambda c: (_date_of(c), c.key))


def _date_of(candidate: Candidate) -> PartialDate:
    date = candidate.fields["date"]
    assert isinstance(date, PartialDate)
    return date


def draft_yaml(draft: Draft, command: str) -> str:
    first = draft.sources[0]
    lines = [
        schema_line(EXPLAINERS),
        f"# A draft written by `{command}`. Drafts are never published.",
        "# Review every candidate below: keep it, correct it or delete it, and replace each FILL IN.",
        "# Then move this file into data/explainers/, where every check applies to it.",
        f"title: {fill_in('the headline of the explainer')}",
        "summary:",
        f"  text: {fill_in('the claim, saying no more than its quotes')}",
        *_cites([Cite(first, _first_sentence(draft))], "  "),
    ]
    event = draft.event
    if event is not None:
        where = event.fields.get("where")
        lines += [
            "event:",
            f"  what: {fill_in('what happened')}",
            f"  where: {quoted(str(where)) if where else fill_in('the place')}",
            f"  date: {_date(_date_of(event))}",
            *_cites(event.cite, "  "),
        ]
    lines += [
        f"as_of: {draft.published.iso}",
        f"published: {fill_in('YYYY-MM-DD, YYYY-MM or YYYY')}",
        f"sources: [{', '.join(draft.sources)}]",
        "",
        "figures:" + ("" if draft.figures else " []"),
    ]
    for figure in draft.figures.values():  # in the order the sources give them
        lines.append(f"  - value: {figure.fields['value']}")
        if figure.fields["qualifier"]:
            lines.append(f"    qualifier: {figure.fields['qualifier']}")
        lines += [f"    label: {quoted(str(figure.fields['label']))}", *_cites(figure.cite, "    ")]
    lines += ["", *_attendance(draft), "", "timeline:" + ("" if draft.timeline else " []")]
    for event in _by_date(draft.timeline):
        lines.append(f"  - date: {_date(_date_of(event))}")
        if event.fields["status"] != "happened":
            lines.append(f"    status: {event.fields['status']}")
        lines += [
            f"    title: {fill_in('a short title')}",
            f"    text: {fill_in('what happened, saying no more than its quotes')}",
            *_cites(event.cite, "    "),
        ]
    lines += ["", "quotes:" + ("" if draft.quotations else " []")]
    for number, quotation in enumerate(draft.quotations.values(), 1):
        speaker = quotation.fields["speaker"]
        lines += [
            f"  - id: {slugify(str(speaker or 'quote'))}-{number}",
            f"    speaker: {speaker if speaker else fill_in('the id of who said it')}",
            f"    words: {quoted(str(quotation.fields['words']))}",
            f"    context: {fill_in('when and where it was said')}",
            *_cites(quotation.cite, "    "),
        ]
    lines += ["", f"glossary: [{', '.join(sorted(draft.terms))}]", *_proposed(draft)]
    return "\n".join(lines) + "\n"


def _first_sentence(draft: Draft) -> str:
    text = draft.texts[draft.sources[0]]
    return text.split("\n", 1)[0].strip() or text.strip()


def _attendance(draft: Draft) -> list[str]:
    """Each organisation found, as a party; each person found, as a member of one party to sort."""
    lines = ["attendance:" + ("" if draft.people or draft.organisations else " []")]
    for organisation in _ordered(draft.organisations):
        record = organisation.fields["id"]
        lines += [
            f"  - id: {record}",
            f"    name: {quoted(str(organisation.fields['name']))}",
            f"    role: {fill_in('host, delegation, participants, signatory, mediator, ... or not-reported')}",
        ]
        if not organisation.fields["new"]:
            lines.append(f"    organisation: {record}")
        lines += [f"    description: {fill_in('who they are at the event')}", *_cites(organisation.cite, "    ")]
    if draft.people:
        lines += [
            "  - id: people-named",
            f"    name: {fill_in('the group these people belong to; split them into parties')}",
            f"    role: {fill_in('host, delegation, participants, ... or not-reported')}",
            f"    description: {fill_in('who they are')}",
            *_cites(next(iter(_ordered(draft.people))).cite[:1], "    "),
            "    members:",
        ]
        for person in _ordered(draft.people):
            role = person.fields["role"]
            lines += [
                f"      - person: {person.fields['id']}",
                f"        role: {quoted(str(role)) if role else fill_in('what this person was or did at the event')}",
                *_cites(person.cite, "        "),
            ]
    return lines


def _proposed(draft: Draft) -> list[str]:
    """Names the registry does not know, as records to create (and to delete from this file)."""
    new = [(kind, c) for kind in ("people", "organisations") for c in _ordered(getattr(draft, kind)) if c.fields["new"]]
    if not new:
        return []
    lines = [
        "",
        "# Names the registry does not know. For each one to keep, run",
        "# `python -m generator new person ID` (or organisation) and copy its statement there;",
        "# then delete this section: an explainer has no such field.",
        "proposed_records:",
    ]
    for kind, candidate in new:
        role = candidate.fields["role"]
        lines += [
            f"  - {kind[:-1] if kind == 'organisations' else 'person'}: {candidate.fields['id']}",
            f"    name: {quoted(str(candidate.fields['name']))}",
            "    statements:",
            f"      - text: {fill_in(f'who they are; the source says: {role}' if role else 'who they are')}",
            *_cites(candidate.cite, "        "),
        ]
    return lines


def draft_json(draft: Draft) -> str:
    """The candidates as `{"people": [...], ..., "quotations": [...]}`, each item with its `cite` list."""
    out: dict[str, list[dict[str, Any]]] = {}
    for section in SECTIONS:
        group: dict[str, Candidate] = getattr(draft, section)
        items = (
            _by_date(group) if section == "timeline" else _ordered(group) if section in BY_ID else list(group.values())
        )
        out[section] = [_item(candidate) for candidate in items]
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def _item(candidate: Candidate) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for name, value in candidate.fields.items():
        if isinstance(value, PartialDate):
            item[name] = value.iso
            item["inferred"] = value.inferred
        else:
            item[name] = value
    item["cite"] = [{"source": cite.source, "quote": cite.quote} for cite in candidate.cite]
    return item
