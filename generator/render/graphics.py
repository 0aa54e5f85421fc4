"""Pictures generated at build time, each with its words for readers who do not see it: the
who's-who of an explainer's parties and the status board of its negotiation issues. (Its history is
the dated list itself, drawn as a timeline: render/explainer.py's eras.)

They are plain HTML and inline SVG with the site's colours (no script), so they print, scale and
follow the light and dark schemes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from .. import models
from ..pages import Link
from .as_of import Registry
from .labels import NOT_THERE, ROLE_LABELS, STATUS_LABELS, STATUSES, involvement, status_style

WIDTH = 400  # the who's-who's width in SVG units: narrow, so that its text stays legible on a phone
DOTS_PER_ROW = 20


@dataclass(frozen=True)
class BoardItem:
    issue: models.NegotiationIssue
    latest: models.StatusAsOf
    label: str
    icon: str
    address: str
    style: Markup  # its colours (labels.STATUSES)


@dataclass
class Graphics:
    who: Markup = field(default_factory=Markup)
    board: list[BoardItem] = field(default_factory=list)


def of(explainer: models.Explainer, registry: Registry, graphic: str | None, contents: dict[str, Link]) -> Graphics:
    """The graphic a page of the explainer shows (pages.py's `graphic`), where its data has one."""
    if graphic == "whos-who" and explainer.attendance:
        return Graphics(who=whos_who(explainer, registry))
    if graphic == "board" and explainer.issues:
        return Graphics(board=board(explainer.issues, contents["issues"]))
    return Graphics()


def board(issues: list[models.NegotiationIssue], page: Link) -> list[BoardItem]:
    return [
        BoardItem(
            issue,
            latest,
            STATUS_LABELS[latest.status],
            STATUSES[latest.status].icon,  # told by its words and its shape, never by colour alone
            page.at(issue.id),
            status_style(latest.status),  # from the table of statuses, not from data
        )
        for issue in issues
        for latest in [issue.statuses[-1]]
    ]


def whos_who(explainer: models.Explainer, registry: Registry) -> Markup:
    """The parties at a glance, in groups: those there (or involved), those absent, and those the sources
    do not place, absent parties leading where there are any, since absence is then the news. Each party
    has its name, its role and count in words, a dot per person the sources count (filled where named,
    dashed where the total is not given) and the names of those named: readable without its caption."""
    words = involvement(explainer)
    groups = [
        (words.absent, [p for p in explainer.attendance if p.role == "absent"]),
        (words.present, [p for p in explainer.attendance if p.role not in NOT_THERE]),
        (words.unreported, [p for p in explainer.attendance if p.role == "not-reported"]),
    ]
    rows, summary, drawn, y = [], [], set(), 0
    for heading, parties in [(heading, parties) for heading, parties in groups if parties]:
        rows.append(f'<text x="0" y="{y + 14}" class="whos-who__group">{escape(heading.upper())}</text>')
        y += 26
        for party in parties:
            named = [registry.name(member.person) for member in party.members]
            marks, part_summary = _party_marks(party, len(named))
            names = f"; named: {', '.join(named)}" if named else ""
            summary.append(f"{heading}: {party.name}: {part_summary}{names}.")
            drawn |= set(marks)
            role = ROLE_LABELS[party.role]
            line = " \u00b7 ".join(filter(None, [role, _counted(party, len(named))]))
            rows.append(
                f'<g class="whos-who__party{" whos-who__party--absent" if party.role in NOT_THERE else ""}" '
                f'transform="translate(0 {y})">'
                f'<text x="0" y="16" class="whos-who__name">{escape(party.name)}</text>'
                f'<text x="0" y="34" class="whos-who__role">{escape(line)}</text>'
            )
            for number, mark in enumerate(marks):
                cx, cy = 8 + (number % DOTS_PER_ROW) * 19, 52 + (number // DOTS_PER_ROW) * 19
                dashed = ' stroke-dasharray="3 2"' if mark in ("untold", "unreported") else ""
                kind = "named" if mark == "named" else "unnamed"
                rows.append(f'<circle cx="{cx}" cy="{cy}" r="7" class="whos-who__{kind}"{dashed}/>')
            bottom = 52 + ((len(marks) - 1) // DOTS_PER_ROW) * 19 + 8
            for number, text in enumerate(_lines(named)):
                rows.append(
                    f'<text x="0" y="{bottom + 18 * (number + 1)}" class="whos-who__names">{escape(text)}</text>'
                )
            rows.append("</g>")
            y += bottom + 18 * len(_lines(named)) + 22
    legend = "; ".join(meaning for mark, meaning in LEGEND.items() if mark in drawn)
    return Markup(
        '<figure class="whos-who">\n'
        f'<svg viewBox="0 0 {WIDTH} {y}" width="{WIDTH}" height="{y}" role="img" aria-labelledby="whos-who-title">'
        f'<title id="whos-who-title">{words.graphic}: {escape(" ".join(summary))}</title>' + "".join(rows) + "</svg>\n"
        f"<figcaption>{escape(legend[:1].upper() + legend[1:])}.</figcaption>\n</figure>"
    )


def _party_marks(party: models.Party, named: int) -> tuple[list[str], str]:
    """The dots of a party, and what they say in words."""
    if party.role in NOT_THERE:
        return ["unreported"], ROLE_LABELS[party.role].lower()
    counted = party.size or named + (party.unnamed or 0)
    marks = ["named"] * named + ["unnamed"] * (counted - named) + ([] if party.size else ["untold"])
    role = ROLE_LABELS[party.role].lower()
    said = role if role not in party.name.lower() else ""  # "Russia, the host", not "Russia, the host: host"
    return marks, ", ".join(filter(None, [said, _counted(party, named)])) or role


NAMES_PER_LINE = 46  # characters of names on a line of the who's-who, which is as wide as a phone


def _lines(names: list[str]) -> list[str]:
    """The names, comma-separated, in lines that fit the picture's width."""
    lines: list[str] = []
    for name in names:
        if lines and len(lines[-1]) + len(name) + 2 <= NAMES_PER_LINE:
            lines[-1] += f", {name}"
        else:
            lines[-1:] = [f"{lines[-1]},"] if lines else []
            lines.append(name)
    return lines


# What each kind of mark means, in the order the caption explains them (only those drawn).
LEGEND = {
    "named": "a filled dot for each person named",
    "unnamed": "an open dot for each one counted but not named",
    "untold": "a dashed dot where the total is not given",
    "unreported": "a dashed dot for a party the sources do not place",
}


def _counted(party: models.Party, named: int) -> str:
    """'14 members, 1 named'; '5 named, 1 more counted, total not given'; nothing for a party not there."""
    if party.role in NOT_THERE:
        return ""
    if party.size:
        noun = "member" if party.size == 1 else "members"
        return f"{party.size} {noun}, {named} named" if named else f"{party.size} {noun}, none named"
    counted = [f"{named} named"] if named else []
    counted += [f"{party.unnamed} more counted"] if party.unnamed else []
    return ", ".join([*counted, "total not given"]) if counted else "number not given"
