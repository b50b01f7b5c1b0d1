"""Who is in a party: adults by their relationship to the children, children by age band."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.text import bounded_int

MAX_ADULTS = 12
MAX_CHILDREN = 20


class Role(enum.StrEnum):
    """An adult's relationship to the children they come with."""

    MOTHER = "mother"
    FATHER = "father"
    CARER = "carer"
    GRANDPARENT = "grandparent"
    OTHER = "other"


class Gender(enum.StrEnum):
    """Optional; asked only so that "fathers and male carers" can be counted."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class AgeBand(enum.StrEnum):
    """Children's age bands, worked out from date of birth on the day of the visit.

    20-25 is only for young people with SEND: Family Hubs serve 0-19, or up to 25 with SEND.
    """

    B0_1 = "0-1"
    B2_4 = "2-4"
    B5_11 = "5-11"
    B12_16 = "12-16"
    B17_19 = "17-19"
    B20_25 = "20-25"

    @property
    def column(self) -> str:
        """The footfall column that counts this band (`children_0_1`, ...)."""
        return "children_" + self.value.replace("-", "_")

    @classmethod
    def for_age(cls, years: int, *, send: bool, field: str = "age") -> AgeBand:
        """The band for a child of `years`; refuses ages a Family Hub does not serve."""
        if years < 0:
            raise ValidationError(field, "in_future", "cannot be in the future")
        if years <= 1:
            return cls.B0_1
        if years <= 4:
            return cls.B2_4
        if years <= 11:
            return cls.B5_11
        if years <= 16:
            return cls.B12_16
        if years <= 19:
            return cls.B17_19
        if years <= 25 and send:
            return cls.B20_25
        if years <= 25:
            raise ValidationError(
                field, "over_19_without_send", "over 19 is only for young people with SEND"
            )
        raise ValidationError(field, "too_old", "must be 25 or under")


def age_on(dob: date, day: date) -> int:
    """Whole years of age on `day`."""
    years = day.year - dob.year
    if (day.month, day.day) < (dob.month, dob.day):
        years -= 1
    return years


def validate_child_dob(dob: date, today: date, *, send: bool, field: str = "date_of_birth") -> date:
    """A child's date of birth: not in the future, not more than 25 years ago (19 without SEND)."""
    if not isinstance(dob, date):
        raise ValidationError(field, "not_a_date", "must be a date")
    if dob > today:
        raise ValidationError(field, "in_future", "cannot be in the future")
    AgeBand.for_age(age_on(dob, today), send=send, field=field)
    return dob


@dataclass(frozen=True, slots=True)
class ChildInParty:
    """One child in a party: an age band, and whether they have SEND."""

    band: AgeBand
    send: bool = False


@dataclass(frozen=True, slots=True)
class Party:
    """The people signing in together. Anonymous parties carry only counts and bands."""

    adults: tuple[Role, ...] = ()
    children: tuple[ChildInParty, ...] = ()
    male_carers: int = 0  # carers, grandparents or others who said they are male
    extra: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        bounded_int(len(self.adults), "adults", low=0, high=MAX_ADULTS)
        bounded_int(len(self.children), "children", low=0, high=MAX_CHILDREN)
        if not self.adults and not self.children:
            raise ValidationError("party", "empty", "must include at least one person")
        non_parent = sum(1 for r in self.adults if r not in (Role.MOTHER, Role.FATHER))
        bounded_int(self.male_carers, "male_carers", low=0, high=non_parent)
        for child in self.children:
            if child.band is AgeBand.B20_25 and not child.send:
                raise ValidationError("children", "over_19_without_send", "20-25 needs SEND")

    @property
    def people(self) -> int:
        """Footfall: everybody in the party."""
        return len(self.adults) + len(self.children)

    def count_role(self, role: Role) -> int:
        return sum(1 for r in self.adults if r is role)

    def count_band(self, band: AgeBand) -> int:
        return sum(1 for c in self.children if c.band is band)

    @property
    def send_children(self) -> int:
        return sum(1 for c in self.children if c.send)

    @classmethod
    def from_counts(
        cls,
        roles: dict[Role, int],
        bands: dict[AgeBand, int],
        *,
        send: dict[AgeBand, int] | None = None,
        male_carers: int = 0,
    ) -> Party:
        """Build a party from counts, as the kiosk's steppers give them."""
        adults: list[Role] = []
        for role, n in roles.items():
            try:
                known_role = Role(role)
            except ValueError:
                raise ValidationError("adults", "unknown_role", "is not a role") from None
            adults.extend([known_role] * bounded_int(n, f"adults.{role}", low=0, high=MAX_ADULTS))
        children: list[ChildInParty] = []
        send = send or {}
        for band in send:
            if band not in bands:
                raise ValidationError(f"send.{band}", "out_of_range", "more SEND than children")
        for band, n in bands.items():
            try:
                known_band = AgeBand(band)
            except ValueError:
                raise ValidationError("children", "unknown_band", "is not an age band") from None
            n = bounded_int(n, f"children.{band}", low=0, high=MAX_CHILDREN)
            s = bounded_int(send.get(band, 0), f"send.{band}", low=0, high=n)
            children.extend(ChildInParty(known_band, i < s) for i in range(n))
        return cls(tuple(adults), tuple(children), male_carers)
