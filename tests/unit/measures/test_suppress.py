from __future__ import annotations

import pytest

from hubdesk.measures import SUPPRESSED, is_suppressed, rate, shown, suppress


@pytest.mark.parametrize(("n", "text"), [(0, "<5"), (1, "<5"), (4, "<5"), (5, "5"), (1234, "1234")])
def test_counts_under_five_are_suppressed(n: int, text: str) -> None:
    assert suppress(n) == text
    assert is_suppressed(n) == (text == SUPPRESSED)


def test_the_desk_shows_its_own_counts_in_full() -> None:
    assert shown(3, suppressed=False) == "3"
    assert shown(3, suppressed=True) == "<5"


def test_rates_never_reveal_a_small_count() -> None:
    assert rate(3, 40) == "<5"
    assert rate(6, 4) == "-"
    assert rate(10, 40) == "25%"
    assert rate(3, 40, suppressed=False) == "8%"
    assert rate(1, 0) == "-"
