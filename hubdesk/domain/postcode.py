"""UK postcodes: validated against the national format and normalised to "AA9A 9AA".

The rules follow the format in the ONS postcode directory user guide: an outward code of one or two
letters, a digit, and an optional digit or letter; then an inward code of a digit and two letters
(never C, I, K, M, O or V). GIR 0AA (Girobank) is accepted because it is real.

British Forces Post Office addresses ("BFPO 1234") are accepted too: military bases are outreach
points, and a forces family's address is a BFPO number. Its district is "BFPO" alone (the number
names a unit, so it stays with the full postcode on the device). Overseas-territory codes are
refused: hubs are in the UK.
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
_BFPO = re.compile(r"^BFPO(?P<number>[1-9][0-9]{0,3})$")
BFPO = "BFPO"


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
        bfpo = _BFPO.match(compact)
        if bfpo is not None:
            return cls(BFPO, bfpo["number"])
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
        """The postcode sector, e.g. "SW1A 1" (for BFPO, just "BFPO")."""
        if self.is_bfpo:
            return BFPO
        return f"{self.outward} {self.inward[0]}"

    @property
    def is_bfpo(self) -> bool:
        return self.outward == BFPO

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
    if not _DISTRICT.match(compact) and compact not in ("GIR", BFPO):
        raise ValidationError(field, "invalid_district", "is not a UK postcode district")
    return compact
