"""The reports' period presets: UK financial years run 1 April to 31 March, and its quarters
are April-June, July-September, October-December and January-March."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from hubdesk.services.reports import PRESETS, financial_year_start, preset_period


@pytest.mark.parametrize(
    ("today", "fy"),
    [
        (date(2026, 4, 1), date(2026, 4, 1)),  # the first day of a year
        (date(2026, 3, 31), date(2025, 4, 1)),  # the last day of the one before
        (date(2027, 1, 15), date(2026, 4, 1)),
        (date(2026, 12, 31), date(2026, 4, 1)),
    ],
)
def test_the_financial_year_starts_on_1_april(today, fy):
    assert financial_year_start(today) == fy
    assert preset_period("this_fy", today) == (fy, date(fy.year + 1, 3, 31))
    assert preset_period("last_fy", today) == (date(fy.year - 1, 4, 1), date(fy.year, 3, 31))


def test_quarters_of_this_financial_year():
    today = date(2027, 2, 10)  # in Q4 of 2026/27
    assert preset_period("q1", today) == (date(2026, 4, 1), date(2026, 6, 30))
    assert preset_period("q2", today) == (date(2026, 7, 1), date(2026, 9, 30))
    assert preset_period("q3", today) == (date(2026, 10, 1), date(2026, 12, 31))
    assert preset_period("q4", today) == (date(2027, 1, 1), date(2027, 3, 31))
    # the quarters cover the year, day after day
    quarters = [preset_period(q, today) for q in ("q1", "q2", "q3", "q4")]
    assert quarters[0][0] == preset_period("this_fy", today)[0]
    assert quarters[-1][1] == preset_period("this_fy", today)[1]
    for (_, end), (start, _) in itertools.pairwise(quarters):
        assert (start - end).days == 1


def test_months_and_the_last_twelve():
    today = date(2028, 3, 1)  # a leap year
    assert preset_period("this_month", today) == (date(2028, 3, 1), date(2028, 3, 31))
    assert preset_period("last_month", today) == (date(2028, 2, 1), date(2028, 2, 29))
    assert preset_period("last_12_months", today) == (date(2027, 4, 1), today)
    assert preset_period("last_month", date(2027, 1, 5)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_every_preset_is_known_and_others_are_refused():
    for code in PRESETS:
        start, end = preset_period(code, date(2026, 12, 7))
        assert start <= end
    with pytest.raises(ValueError, match="unknown preset"):
        preset_period("q5", date(2026, 12, 7))
