"""Text fields: NFC-normalised, trimmed, whitespace folded, control characters refused, bounded."""

from __future__ import annotations

import re
import unicodedata

from hubdesk.domain.errors import ValidationError

NAME_MAX = 60
SHORT_TEXT_MAX = 120
NOTE_MAX = 2000
EMAIL_MAX = 254

# Bidi controls and zero-width characters are allowed inside names written right to left, but a
# string made only of them is as empty as "".
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"}


def clean_text(
    value: str | None,
    field: str,
    *,
    max_len: int = SHORT_TEXT_MAX,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """Return `value` NFC-normalised and trimmed, or None when empty and not required.

    Refuses (with a ValidationError naming `field`) text that is too long, contains control
    characters, or is empty when required. Line breaks are kept only when `multiline`.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "not_text", "must be text")
    text = unicodedata.normalize("NFC", value)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not multiline and len(lines) > 1:
        raise ValidationError(field, "line_break", "must be on one line")
    cleaned_lines = []
    for line in lines:
        for ch in line:
            if ch == "\t":
                continue
            if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
                raise ValidationError(
                    field, "bad_character", "contains a character that is not allowed"
                )
        cleaned_lines.append(" ".join(line.replace("\t", " ").split()))
    text = "\n".join(cleaned_lines).strip()
    if not text.strip("".join(_INVISIBLE)):
        text = ""
    if not text:
        if required:
            raise ValidationError(field, "required", "is required")
        return None
    if len(text) > max_len:
        raise ValidationError(field, "too_long", f"must be at most {max_len} characters")
    return text


def require_text(value: str | None, field: str, *, max_len: int = SHORT_TEXT_MAX) -> str:
    """`clean_text` for a field that must be filled in."""
    cleaned = clean_text(value, field, max_len=max_len, required=True)
    assert cleaned is not None
    return cleaned


def clean_name(value: str | None, field: str, *, required: bool = True) -> str | None:
    """A person's name: one line, at most NAME_MAX characters, must contain a letter."""
    name = clean_text(value, field, max_len=NAME_MAX, required=required)
    if name is not None and not any(unicodedata.category(ch).startswith("L") for ch in name):
        raise ValidationError(field, "no_letters", "must contain at least one letter")
    return name


def bounded_int(value: object, field: str, *, low: int, high: int) -> int:
    """An integer in [low, high]; bools and strings are refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "not_a_number", "must be a whole number")
    if value < low or value > high:
        raise ValidationError(field, "out_of_range", f"must be between {low} and {high}")
    return value


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def clean_email(value: str | None, field: str = "email") -> str | None:
    """An email address that may be left blank: cleaned text with an @ and a dotted domain."""
    text = clean_text(value, field, max_len=EMAIL_MAX)
    if text is None:
        return None
    if not _EMAIL.match(text):
        raise ValidationError(field, "invalid_email", "is not an email address")
    return text
