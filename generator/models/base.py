"""What every model shares: strictness, plain text, web addresses, ids and references."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

PLACEHOLDER = "FILL IN"
PLACEHOLDER_LEFT = "still holds its placeholder"


class Model(BaseModel):
    """Unknown keys are errors; values are not coerced (a number is not text); records never change."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _clean_text(value: str) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValueError("must not be empty")
    if cleaned.startswith(PLACEHOLDER):
        raise ValueError(PLACEHOLDER_LEFT)
    return cleaned


def _check_url(value: str) -> str:
    if value.strip().startswith(PLACEHOLDER):
        raise ValueError(PLACEHOLDER_LEFT)
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("must be a web address starting with https:// or http://")
    if any(char.isspace() or char in '<>"' for char in value.strip()):
        raise ValueError("a web address cannot contain spaces, quotes or angle brackets")
    return value.strip()


def indefinite(noun: str) -> str:
    """'a person', 'an organisation'."""
    return ("an " if noun[0] in "aeiou" else "a ") + noun


@dataclass(frozen=True)
class Ref:
    """Marks an id field as a reference to a record of the given kinds (folders of data/)."""

    noun: str
    kinds: tuple[str, ...]

    def field(self, example: str) -> Any:
        """The id field's pattern, description and an example, which fields may override."""
        where = " or ".join(f"data/{kind}/" for kind in self.kinds)
        return Field(
            pattern=ID_PATTERN, description=f"The id of {indefinite(self.noun)} in {where}.", examples=[example]
        )


_SOURCE = Ref("source", ("sources",))
_PERSON = Ref("person", ("people",))
_ORGANISATION = Ref("organisation", ("organisations",))
_ENTITY = Ref("person or organisation", ("people", "organisations"))
# Who says something: an outlet (through one of its articles or documents), a person or an organisation.
_VOICE = Ref("source, person or organisation", ("sources", "people", "organisations"))
_TERM = Ref("glossary term", ("glossary",))

# Examples, from the reference explainer's files, for editors' tools and the How to edit page.
EXAMPLE_SOURCE = "rferl-2019-05-28"

Text = Annotated[str, AfterValidator(_clean_text)]
Id = Annotated[str, Field(pattern=ID_PATTERN, description="Lower-case words joined by hyphens.")]
Url = Annotated[str, AfterValidator(_check_url), Field(description="An http(s) web address.")]
SourceId = Annotated[str, _SOURCE.field(EXAMPLE_SOURCE), _SOURCE]
PersonId = Annotated[str, _PERSON.field("abdul-ghani-baradar"), _PERSON]
OrganisationId = Annotated[str, _ORGANISATION.field("taliban"), _ORGANISATION]
EntityId = Annotated[str, _ENTITY.field("russia"), _ENTITY]
VoiceId = Annotated[str, _VOICE.field(EXAMPLE_SOURCE), _VOICE]
TermId = Annotated[str, _TERM.field("ceasefire"), _TERM]
