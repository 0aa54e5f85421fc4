"""The numbers a quote states, as the figure check reads them."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from generator.corroborate import numbers


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("the 14-member Taliban delegation", {14}),
        ("more than 200 people", {200}),
        ("about 14,000 troops", {14_000}),
        ("Two women were present", {2}),
        ("twenty-three were killed", {23}),
        ("two hundred fifty", {250}),
        ("a thousand miles", {1_000}),
        ("1.5 million people", {1.5, 1_500_000}),
        ("nearly 20 years of sanctions", {20}),
        ("a nine-year war", {9}),
        ("a six-month review period", {6}),
        ("the leader, a former minister", set()),
    ],
)
def test_numbers_in_digits_and_words(text, stated):
    assert numbers(text) == stated


def test_the_attribution_walk_reaches_every_model_that_names_who_says_so():
    """The check of 'according to' skips the fields whose types hold no such model: every model type
    with an 'according_to' field, anywhere inside a record, must still be reached."""
    from generator.corroborate import _models_in, _nested
    from generator.kinds import KINDS

    def every(model_type: type[BaseModel]) -> set[type[BaseModel]]:
        inner = {m for info in model_type.model_fields.values() for m in _models_in(info.annotation)}
        return {model_type} | set().union(*map(every, inner))

    def walked(model_type: type[BaseModel]) -> set[type[BaseModel]]:
        fields = model_type.model_fields
        inner = {m for name in _nested(model_type) for m in _models_in(fields[name].annotation)}
        return {model_type} | set().union(*map(walked, inner))

    reached = 0
    for kind in KINDS:
        attributed = {m for m in every(kind.model) if "according_to" in m.model_fields}
        assert attributed <= walked(kind.model), kind.model
        reached += len(attributed)
    assert reached >= 5  # the explainer's texts, figures, events, parties and statements at least
