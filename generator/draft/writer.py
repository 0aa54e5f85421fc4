"""A draft written out: as a draft explainer in YAML (the explainer model's own field names, a
FILL IN placeholder wherever an editor must write), or as JSON for tools. Ordering is fixed, so
two runs on the same sources give the same bytes."""

from __future__ import annotations

import json
from typing import Any

from ..kinds import EXPLAINERS
from ..models import PLACEHOLDER, PartialDate
from ..models.claims import MAX_QUOTE_WORDS
from ..passages import SourceIndex
from ..schema import schema_line
from ..validate import slugify
from ..yaml_writer import Commented, dump
from .candidates import Candidate, Cite, Draft

SECTIONS = ("people", "organisations", "terms", "issues", "figures", "timeline", "quotations")
BY_ID = {"people", "organisations", "terms"}  # the others in the order the sources give them


def fill_in(what: str) -> str:
    return f"{PLACEHOLDER}: {what}"


def _cites(cites: list[Cite]) -> list[dict[str, str]]:
    return [{"source": cite.source, "quote": " ".join(cite.quote.split())} for cite in cites]


def _ordered(group: dict[str, Candidate]) -> list[Candidate]:
    return [group[key] for key in sorted(group)]


def _by_date(group: dict[str, Candidate]) -> list[Candidate]:
    return sorted(group.values(), key=lambda c: (_date_of(c), c.key))


def _date_of(candidate: Candidate) -> PartialDate:
    date = candidate.fields["date"]
    assert isinstance(date, PartialDate)
    return date


def _section(value: Any) -> Commented:
    """A section of the draft, after a blank line."""
    return Commented(value, ("",))


def draft_yaml(draft: Draft, command: str) -> str:
    first = draft.sources[0]
    data: dict[str, Any] = {
        "title": fill_in("the headline of the explainer"),
        "summary": {
            "text": fill_in("the claim, saying no more than its quotes"),
            "cite": _cites([Cite(first, _first_sentence(draft))]),
        },
    }
    event = draft.event
    if event is not None:
        where = event.fields.get("where")
        data["event"] = {
            "kind": fill_in("meeting, agreement, announcement, ruling, election or other"),
            "what": fill_in("what happened"),
            "where": " ".join(str(where).split()) if where else fill_in("the place"),
            "date": _date_of(event).written(),
            "cite": _cites(event.cite),
        }
    data |= {
        "as_of": draft.published.form,
        "published": fill_in("YYYY-MM-DD, YYYY-MM or YYYY"),
        "sources": list(draft.sources),
        "figures": _section([_figure(figure) for figure in draft.figures.values()]),  # as the sources give them
        "attendance": _section(_attendance(draft)),
        "timeline": _section([_event(event) for event in _by_date(draft.timeline)]),
        "issues": _section([_issue(issue, draft.published) for issue in draft.issues.values()]),
        "quotes": _section([_quote(number, q) for number, q in enumerate(draft.quotations.values(), 1)]),
        "glossary": _section(sorted(draft.terms)),  # new terms too: each a proposed record below
    }
    proposed = _proposed(draft)
    if proposed:
        data["proposed_records"] = Commented(
            proposed,
            (
                "",
                "Names and terms the registry does not know: delete those not to keep, correct the others.",
                "`python -m generator draft accept SLUG` writes each one left into data/people/,",
                "data/organisations/ or data/glossary/, and moves this file into data/explainers/.",
            ),
        )
    header = [
        schema_line(EXPLAINERS).removeprefix("# "),
        f"A draft written by `{command}`. Drafts are never published.",
        "Review every candidate below: keep it, correct it or delete it, and replace each FILL IN.",
        "Preview it under ./run serve; then `python -m generator draft accept SLUG` publishes it to",
        "data/explainers/, where every check applies to it.",
    ]
    return dump(data, header)


def _figure(figure: Candidate) -> dict[str, Any]:
    qualifier = figure.fields["qualifier"]
    return {
        "value": figure.fields["value"],
        **({"qualifier": qualifier} if qualifier else {}),
        "label": " ".join(str(figure.fields["label"]).split()),
        "cite": _cites(figure.cite),
    }


def _event(event: Candidate) -> dict[str, Any]:
    status = event.fields["status"]
    return {
        "date": _date_of(event).written(),
        **({"status": status} if status != "happened" else {}),
        "title": event.fields["title"] or fill_in("a short title"),
        "text": fill_in("what happened, saying no more than its quotes"),
        "cite": _cites(event.cite),
    }


def _issue(issue: Candidate, published: PartialDate) -> dict[str, Any]:
    """An issue, condition or demand at stake, as the article words it, with who demands or commits
    to it where the sentence names them: the editor titles it."""
    text = " ".join(str(issue.fields["text"]).split())
    party = issue.fields["party"]
    return {
        "id": issue.fields["id"],
        "title": fill_in("a short title"),
        "description": fill_in(f"what is at stake; the source says: {text}"),
        "cite": _cites(issue.cite),
        "statuses": [
            {
                "status": fill_in(
                    "for talks: agreed, draft-agreement, slow-progress, stalled or not-started; for a condition "
                    "or a commitment: committed, under-review, met, not-met or disputed"
                ),
                "as_of": published.form,
                "cite": _cites(issue.cite),
            }
        ],
        **({"positions": [_position(issue, text)]} if party else {}),
    }


def _position(issue: Candidate, text: str) -> dict[str, Any]:
    """Who the sentence says demands or commits to the issue, with their position to fill in."""
    return {
        "party": issue.fields["party"],
        "text": fill_in(f"what {issue.fields['party_name']} wants or commits to; the source says: {text}"),
        "cite": _cites(issue.cite),
    }


def _quote(number: int, quotation: Candidate) -> dict[str, Any]:
    speaker = quotation.fields["speaker"]
    return {
        "id": f"{slugify(str(speaker or 'quote'))}-{number}",
        "speaker": speaker if speaker else fill_in("the id of who said it"),
        "words": " ".join(str(quotation.fields["words"]).split()),
        "context": fill_in("when and where it was said"),
        "cite": _cites(quotation.cite),
    }


def _first_sentence(draft: Draft) -> str:
    """The article's first sentence (its lede's news), within the words a quote may have."""
    sentences = SourceIndex(draft.texts[draft.sources[0]]).sentences()
    first = sentences[0].text if sentences else draft.texts[draft.sources[0]].strip()
    return " ".join(first.split()[:MAX_QUOTE_WORDS])


ROLES = (
    "at a meeting: host, delegation, participants, signatory, mediator, observer, witness, absent or not-reported; "
    "otherwise: decided, subject, responded, affected or candidate"
)


def _attendance(draft: Draft) -> list[dict[str, Any]]:
    """Each organisation found, as a party; each person found, as a member of one party to sort."""
    parties: list[dict[str, Any]] = []
    for organisation in _ordered(draft.organisations):
        record = organisation.fields["id"]
        parties.append(
            {
                "id": record,
                "name": " ".join(str(organisation.fields["name"]).split()),
                "role": fill_in(ROLES),
                **({} if organisation.fields["new"] else {"organisation": record}),
                "description": fill_in("who they are in this event"),
                "cite": _cites(organisation.cite),
            }
        )
    if draft.people:
        people = _ordered(draft.people)
        parties.append(
            {
                "id": "people-named",
                "name": fill_in("the group these people belong to; split them into parties"),
                "role": fill_in(ROLES),
                "description": fill_in("who they are"),
                "cite": _cites(people[0].cite[:1]),
                "members": [
                    {
                        "person": person.fields["id"],
                        "role": " ".join(str(role).split())
                        if (role := person.fields["role"])
                        else fill_in("what this person was or did at the event"),
                        "cite": _cites(person.cite),
                    }
                    for person in people
                ],
            }
        )
    return parties


def _as_sentence(role: str) -> str:
    """A role the article gives, as the record's statement: "the world's largest online retailer" is
    "The world's largest online retailer." (its citation holds those words)."""
    words = " ".join(role.split()).rstrip(",;:. ")
    return f"{words[:1].upper()}{words[1:]}."


def _proposed(draft: Draft) -> list[dict[str, Any]]:
    """Names the registry does not know, as records to create (and to delete from this file)."""
    new = [(kind, c) for kind in ("people", "organisations") for c in _ordered(getattr(draft, kind)) if c.fields["new"]]
    records: list[dict[str, Any]] = []
    for kind, candidate in new:
        role = candidate.fields["role"]
        said = _as_sentence(str(role)) if role else fill_in("who they are")
        records.append(
            {
                ("organisation" if kind == "organisations" else "person"): candidate.fields["id"],
                "name": " ".join(str(candidate.fields["name"]).split()),
                **({"aliases": aliases} if (aliases := candidate.fields.get("aliases")) else {}),
                "statements": [{"text": said, "cite": _cites(candidate.cite)}],
            }
        )
    for candidate in _ordered(draft.terms):
        if candidate.fields.get("new"):
            definition = fill_in("what it means, saying no more than its quotes")
            records.append(
                {
                    "term": candidate.fields["id"],
                    "name": str(candidate.fields["term"]),
                    "definitions": [{"text": definition, "cite": _cites(candidate.cite)}],
                }
            )
    return records


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
            item[name] = value.form  # as the draft writes it: "2019-05", "mid-1990s"
            item["inferred"] = value.inferred
        else:
            item[name] = value
    item["cite"] = [{"source": cite.source, "quote": cite.quote} for cite in candidate.cite]
    return item
