"""Dates as people type them: day/month/year, in any of the digits the kiosk's languages use."""

from __future__ import annotations

import re
from datetime import date

from hubdesk.domain.errors import ValidationError

TYPED_DATE_MAX = 20

# Arabic-Indic (Arabic) and Extended Arabic-Indic (Urdu, Persian) digits, as an Arabic or Urdu
# keyboard types them.
_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
# Separators people use between day, month and year, including the Arabic date separator and
# the right-to-left marks a bidi keyboard may leave behind.
_SEPARATORS = re.compile(r"[\s/\-.\u060d\u200e\u200f\u061c]+")


def ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic and Extended Arabic-Indic digits turned into 0-9."""
    return text.translate(_DIGITS)


def parse_typed_date(text: str, field: str = "date_of_birth") -> date:
    """A date typed as day/month/year (/, -, . or spaces between; any kiosk script's digits).

    Raises ValidationError with code "not_a_date" when it cannot be read as day/month/year, and
    "no_such_date" when it can but the day does not exist (31/02/2020).
    """
    if not isinstance(text, str) or len(text) > TYPED_DATE_MAX:
        raise ValidationError(field, "not_a_date", "must be day/month/year")
    parts = [p for p in _SEPARATORS.split(ascii_digits(text).strip()) if p]
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        raise ValidationError(field, "not_a_date", "must be day/month/year")
    day, month, year = (int(p) for p in parts)
    if day > 31 or len(parts[0]) > 2 or len(parts[1]) > 2:
        # 2020-01-01: the year first, not day/month/year
        raise ValidationError(field, "not_a_date", "must be day/month/year")
    if len(parts[2]) <= 2:
        year += 2000
    elif len(parts[2]) != 4:
        raise ValidationError(field, "not_a_date", "must be day/month/year")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, "no_such_date", "is not a date that exists") from None


def format_typed_date(day: date) -> str:
    """The form `parse_typed_date` reads back: dd/mm/yyyy."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
