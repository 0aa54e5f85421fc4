"""The numbers a quote states, as the figure check reads them."""

from __future__ import annotations

import pytest

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
