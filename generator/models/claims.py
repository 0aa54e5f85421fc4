"""Claims and where they come from: citations (a stored source and its exact words), who says so,
statements that hold as of a date, and editors' notes."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

from .base import EXAMPLE_SOURCE, Model, SourceId, Text, VoiceId
from .dates import DateValue

MAX_QUOTE_WORDS = 80  # a quotation, not a reprint: the longest of the reference explainer has 44 words


def _quotable(quote: str) -> str:
    # A word or two is found almost anywhere, so it would vouch for any claim; a long passage
    # republishes the article rather than supporting one claim.
    words = len(quote.split())
    if words < 3:
        raise ValueError("needs at least three words of the source, enough to point at one passage")
    if words > MAX_QUOTE_WORDS:
        raise ValueError(
            f"is {words} words long: quote only the words that support the claim, at most {MAX_QUOTE_WORDS}"
        )
    return quote


class Citation(Model):
    """Where a claim comes from: a stored source and the exact words in it that support it."""

    source: SourceId = Field(description="The id of the source in data/sources/ that the words are taken from.")
    quote: Annotated[Text, AfterValidator(_quotable)] = Field(
        description="Three to 80 words copied exactly from the source's stored text.",
        examples=["the 14-member Taliban delegation"],
    )
    review: bool = Field(
        False,
        exclude=True,  # never published: check refuses a citation still marked
        description="Set by `python -m generator cite --fill`, which picked this passage: read it against the "
        "claim and delete the mark. `check` fails while a mark is left, so nothing unread is published.",
        examples=[True],
    )


# A citation of the reference explainer, as an example of a list of citations.
EXAMPLE_CITES = [{"source": EXAMPLE_SOURCE, "quote": "the 14-member Taliban delegation"}]
Cites = Annotated[
    list[Citation],
    Field(
        min_length=1,
        description="The citations that support it, at least one: each a source and the exact words of it that say so.",
        examples=[EXAMPLE_CITES],
    ),
]
According = Field(
    None,
    description="Who says so, where the claim is someone's judgment or account rather than established fact: "
    "the id of a source (its outlet says so), a person or an organisation. Pages write 'according to ...' "
    "from it: do not write those words in the text as well.",
    examples=[EXAMPLE_SOURCE],
)


class Claim(Model):
    """A sentence of the explainer, the citations that support it, and who says so."""

    text: Text = Field(
        description="The claim, saying no more than its quotes.",
        examples=["Russia also called for the complete withdrawal of international forces."],
    )
    cite: Cites
    according_to: VoiceId | None = According


class Note(Model):
    """An editors' note: their reasoning about the sources, or a fact from outside them (unsourced)."""

    text: Text = Field(
        description="The note, in the editors' words.",
        examples=["The article does not say when the summit was canceled."],
    )
    unsourced: bool = Field(
        False,
        description="True when the note states a fact that no stored source supports; pages say so.",
        examples=[True],
    )


def _note_from_text(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


NoteValue = Annotated[Note, BeforeValidator(_note_from_text, json_schema_input_type=str | Note)]


class Statement(Model):
    """What the collection says of a person, organisation or term, as of a date.

    An explainer shows the newest statement known on its own "as of" date, never a later one: a
    statement is known from the publication of the newest source it cites (or its own date, for the
    editors' words), and holds from its `as_of` date, which is that publication date unless given.
    """

    text: Text = Field(
        description="The statement, saying no more than its quotes.", examples=["Russia's Foreign Minister."]
    )
    cite: list[Citation] = Field(
        default_factory=list,
        description="Its citations; none for the editors' words.",
        examples=[[{"source": EXAMPLE_SOURCE, "quote": "Foreign Minister Sergei Lavrov spoke"}]],
    )
    as_of: DateValue | None = Field(
        None,
        description="The date it holds as of; by default the publication date of its newest source. Give it "
        "only where a later article reports how things stood earlier.",
        examples=["2019-05-28"],
    )
    according_to: VoiceId | None = According
    editorial: bool = Field(
        False,
        description="True for the editors' own words (a definition no source gives), which cite nothing.",
        examples=[True],
    )

    @model_validator(mode="after")
    def _sourced_or_editorial(self) -> Statement:
        if self.editorial and self.cite:
            raise ValueError("the editors' own words cite nothing: remove 'cite' or 'editorial'")
        if not self.editorial and not self.cite:
            raise ValueError("a statement needs 'cite', or 'editorial: true' if it is the editors' own words")
        return self


Statements = Annotated[
    list[Statement],
    Field(
        min_length=1,
        description="What the sources say, each as of a date, oldest first.",
        examples=[
            [
                {
                    "text": "Russia's Foreign Minister.",
                    "cite": [{"source": EXAMPLE_SOURCE, "quote": "Foreign Minister Sergei Lavrov spoke"}],
                }
            ]
        ],
    ),
]
