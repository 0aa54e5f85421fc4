"""How values of the data are put in words on a page: presentation, kept out of the models."""

from __future__ import annotations

from markupsafe import Markup

from .. import models
from .escape import md_text

STATUS_LABELS = {
    "agreed": "Agreed",
    "draft-agreement": "Draft agreement reached",
    "slow-progress": "Slow progress",
    "stalled": "Stalled",
    "not-started": "Not yet negotiated",
}


def status_badge(issue: models.NegotiationIssue) -> Markup:
    label = md_text(STATUS_LABELS[issue.status])
    return Markup(f'<span class="status status--{issue.status}">{label}</span>')


def figure_value(figure: models.Figure) -> str:
    number = f"{figure.value:,}"
    return f"{figure.qualifier} {number}" if figure.qualifier else number


def party_heading(party: models.Party) -> str:
    return f"Not a party to the talks: {party.name}" if party.role == "absent" else party.name
