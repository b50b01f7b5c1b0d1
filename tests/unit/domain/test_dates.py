"""Dates as people type them at the kiosk and the desk, in every script's digits."""

from __future__ import annotations

from datetime import date

import pytest

from hubdesk.domain.dates import ascii_digits, format_typed_date, parse_typed_date
from hubdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    "typed",
    [
        "14/03/2021",
        "14-3-2021",
        "14.03.21",
        " 14 3 2021 ",
        "١٤/٠٣/٢٠٢١",  # Arabic-Indic digits
        "۱۴/۰۳/۲۰۲۱",  # Extended Arabic-Indic (Urdu) digits
        "\u200f١٤\u200f/٠٣/٢٠٢١",  # with right-to-left marks a bidi keyboard leaves
    ],
)
def test_typed_dates_are_read_in_every_kiosk_script(typed):
    assert parse_typed_date(typed) == date(2021, 3, 14)


def test_an_impossible_date_says_it_does_not_exist():
    for typed in ("31/02/2020", "29/02/2023", "31/04/2021", "0/1/2020", "1/13/2020"):
        with pytest.raises(ValidationError) as err:
            parse_typed_date(typed, "children[0].date_of_birth")
        assert (err.value.field, err.value.code) == ("children[0].date_of_birth", "no_such_date")
    assert parse_typed_date("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize("typed", ["", "14/03", "March 14 2021", "14/03/202", "1/2/3/4", "x" * 21])
def test_what_is_not_a_date_is_refused(typed):
    with pytest.raises(ValidationError) as err:
        parse_typed_date(typed)
    assert err.value.code == "not_a_date"


def test_the_written_form_reads_back():
    assert format_typed_date(date(2021, 3, 4)) == "04/03/2021"
    assert parse_typed_date(format_typed_date(date(2009, 12, 31))) == date(2009, 12, 31)
    assert ascii_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"


def test_the_year_first_is_not_day_month_year():
    for typed in ("2020-01-01", "2020/1/1", "123/1/2020"):
        with pytest.raises(ValidationError) as err:
            parse_typed_date(typed)
        assert err.value.code == "not_a_date"
