"""What is at stake in an article: the issues of a negotiation, the conditions of a deal, demands,
commitments and sticking points, one candidate per item of a list.

Found by the words that introduce them ("called for", "in return ... will", "on condition that",
"agreed to", "trying to find agreement on ...: a; b; c"), never from a list of topics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MOST = 12  # candidates proposed

_TRIGGER = re.compile(
    r"\b(?:called for|calls for|call for|demand(?:s|ed)?|insist(?:s|ed|ing)? (?:on|that)|in return|"
    r"on condition that|agreed to|agree to|commit(?:s|ted)? to|pledged? to|promised? to|"
    r"(?:find|reach|reached) (?:an )?agreement on|sticking points?|at stake|conditions?|"
    r"would have to|must|wants?|seeks?|rejected|opposes|refused to|"
    r"plans? to|planning to|proposes? to|proposed to|vow(?:s|ed)? to|aims? to|intends? to|threaten(?:s|ed)? to)\b",
    re.IGNORECASE,
)


# A clause that says why or when, not what is at stake: "in a bid to stop children vaping".
_PURPOSE = re.compile(
    r"(?:in\s+a\s+bid|in\s+order|in\s+an\s+effort|so\s+as|as\s+part\s+of|amid|after|before|while)\b", re.I
)


# Where an item stops saying what is at stake and starts saying when or how it came about ("an
# agreement on migration after almost 10 hours of chaotic talks").
_CIRCUMSTANCE = re.compile(r"(?<!\bthe)\s+(?:after|amid|following|despite|during)\s")  # not "the following changes"
# A piece between commas that is no item of a list: an attribution, an aside, an example.
_NO_ITEM = re.compile(
    r"(?:[Aa]s\s+well\s+as|[Ii]ncluding|[Ss]uch\s+as|[Rr]eferring|which|who|whose|where|when|[Aa]\s+day|[Tt]he\s+day)"
    r"\b(?!-)"  # not "WHO reform", "when-issued bonds"
    r"|(?:\S+\s+){0,5}(?:said|says|told|reported)(?:\s+\S+){0,2}$",  # "Pyongyang's official news agency said Friday"
)
_ATTRIBUTED = re.compile(r",?[\"\u201d],?\s+(?:\S+\s+){0,7}(?:said|says|told|added)\b.*$")
# "166,248 rejected ballots": an adjective, not a refusal.
_AN_ADJECTIVE = re.compile(r"(?:\d|\b(?:the|a|an|of))\s+$", re.I)


def _an_adjective(trigger: re.Match[str]) -> bool:
    before = trigger.string[max(0, trigger.start() - 6) : trigger.start()]
    return trigger.group().lower() == "rejected" and _AN_ADJECTIVE.search(before) is not None


@dataclass(frozen=True)
class IssueMention:
    text: str  # the item, as the article words it
    start: int  # offsets in the sentence
    end: int
    trigger: int  # where the words that put it at stake start ("called for", "in return")


def issues_in(sentence: str) -> list[IssueMention]:
    """The items a sentence puts at stake, each as the article words it; none without a trigger."""
    trigger = next((m for m in _TRIGGER.finditer(sentence) if not _an_adjective(m)), None)
    if trigger is None:
        return []
    rest_at = trigger.end()
    colon = sentence.find(":", rest_at)
    if colon != -1:
        rest_at = colon + 1
    rest = sentence[rest_at:].rstrip(' ."\u201d')
    if ";" in rest:
        parts = re.split(r";\s+(?:and\s+)?", rest)
    else:  # "improve access, stop supporting rebels, cease the bombing and cooperate"
        parts = re.split(r",\s+(?:and\s+)?", rest)
        if len(parts) > 1 and " and " in parts[-1]:
            parts[-1:] = parts[-1].rsplit(" and ", 1)
    items: list[IssueMention] = []
    at = 0
    for part in parts:
        found = rest.find(part, at)
        at = found + len(part)
        if circumstance := _CIRCUMSTANCE.search(part):
            part = part[: circumstance.start()]
        if attributed := _ATTRIBUTED.search(part):  # "... by casualised staff,” Grady said"
            part = part[: attributed.start()]
        words = part.split()
        if 2 <= len(words) <= 30 and not _PURPOSE.match(part.strip()) and not _NO_ITEM.match(part.strip()):
            start = rest_at + found
            items.append(IssueMention(part.strip(" ,;:"), start, start + len(part), trigger.start()))
    if len(items) == 1 and colon == -1 and len(items[0].text.split()) < 4:
        return []  # "wants it": too little to be an issue
    return items
