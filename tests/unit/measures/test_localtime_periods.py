"""The named periods the desk and the dashboard offer."""

from __future__ import annotations

from datetime import date, timedelta

from hubdesk.measures import last_twelve_months


def test_the_last_twelve_months_are_this_month_and_the_eleven_before() -> None:
    """Every day of three years: the period starts on a 1st, ends today and holds twelve
    calendar months, this one included (subtracting 335 days gave thirteen in half the months)."""
    day = date(2026, 1, 1)
    while day < date(2029, 1, 1):
        year = last_twelve_months(day)
        months = {(d.year, d.month) for d in (year.start, year.end)}
        span = (year.end.year - year.start.year) * 12 + year.end.month - year.start.month + 1
        assert year.start.day == 1, day
        assert year.end == day
        assert span == 12, (day, year)
        assert (day.year - 1, day.month) not in months, day
        day += timedelta(days=1)
