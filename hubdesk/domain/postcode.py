"""UK postcodes: validated against the national format and normalised to "AA9A 9AA".

The rules follow the format in the ONS postcode directory user guide: an outward code of one or two
letters, a digit, and an optional digit or letter; then an inward code of a digit and two letters
(never C, I, K, M, O or V). BFPO and overseas-territory codes are refused: hubs are in the UK.
GIR 0AA (Girobank) is accepted because it is real.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hubdesk.domain.errors import ValidationError

_OUTWARD = (
    r"(?:[A-PR-UWYZ][0-9]{1,2}"  # A9, A99
    r"|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"  # AA9, AA99
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]"  # A9A
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"  # AA9A
)
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_FULL = re.compile(rf"^(?P<outward>{_OUTWARD})(?P<inward>{_INWARD})$")
_DISTRICT = re.compile(rf"^{_OUTWARD}$")


@dataclass(frozen=True, slots=True)
class Postcode:
    """A valid, normalised UK postcode."""

    outward: str
    inward: str

    @classmethod
    def parse(cls, value: str, field: str = "postcode") -> Postcode:
        """Parse what somebody typed ("sw1a1aa", " SW1A  1AA ") or refuse it naming `field`."""
        if not isinstance(value, str):
            raise ValidationError(field, "not_text", "must be text")
        compact = "".join(value.split()).upper()
        if not compact:
            raise ValidationError(field, "required", "is required")
        if len(compact) > 8:
            raise ValidationError(field, "invalid_postcode", "is not a UK postcode")
        if compact == "GIR0AA":
            return cls("GIR", "0AA")
        match = _FULL.match(compact)
        if match is None:
            raise ValidationError(field, "invalid_postcode", "is not a UK postcode")
        return cls(match["outward"], match["inward"])

    @property
    def district(self) -> str:
        """The postcode district (outward code), e.g. "SW1A": the only part that leaves a hub."""
        return self.outward

    @property
    def sector(self) -> str:
        """The postcode sector, e.g. "SW1A 1"."""
        return f"{self.outward} {self.inward[0]}"

    def __str__(self) -> str:
        return f"{self.outward} {self.inward}"


def parse_optional_postcode(value: str | None, field: str = "postcode") -> Postcode | None:
    """A postcode that may be left blank."""
    if value is None or not value.strip():
        return None
    return Postcode.parse(value, field)


def validate_district(value: str, field: str = "postcode_district") -> str:
    """A postcode district on its own (as footfall carries it), normalised to upper case."""
    compact = "".join(value.split()).upper() if isinstance(value, str) else ""
    if not _DISTRICT.match(compact) and compact != "GIR":
        raise ValidationError(field, "invalid_district", "is not a UK postcode district")
    return compact
