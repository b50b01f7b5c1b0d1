"""A session's public offer: what a family service directory (Open Referral UK) and a family's
calendar need to know of it. Values and rules only; the timetable service stores them on the
session (services/timetable.py) and the central service publishes them (central/directory/).

Nothing here is personal: the contact is the hub's (a desk, a shared inbox), never a person's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from hubdesk.domain.errors import Problems, ValidationError
from hubdesk.domain.text import SHORT_TEXT_MAX, clean_email, clean_text

OFFER_AGE_MAX = 25  # years: family hubs serve children and young people up to 25 (SEND)
OFFER_COST_MAX_PENCE = 100_000  # £1,000: anything dearer is a typing slip
OFFER_DESCRIPTION_MAX = 1000
OFFER_ACCESS_MAX = 500


@dataclass(frozen=True)
class OfferIn:
    """What staff give for a public session. `cost_pence` 0 is free; ages are whole years."""

    public: bool
    description: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    cost_pence: int = 0
    booking: bool = False
    access: str | None = None
    contact: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Offer:
    """A checked offer, as stored on the session."""

    public: bool
    description: str | None
    min_age: int | None
    max_age: int | None
    cost_pence: int
    booking: bool
    access: str | None
    contact: str | None
    email: str | None


def _age(value: object, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "not_a_number", "must be a whole number of years")
    if not 0 <= value <= OFFER_AGE_MAX:
        raise ValidationError(field, "out_of_range", f"must be between 0 and {OFFER_AGE_MAX}")
    return value


def _cost(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("cost_pence", "not_a_number", "must be an amount in pounds")
    if not 0 <= value <= OFFER_COST_MAX_PENCE:
        raise ValidationError(
            "cost_pence", "out_of_range", f"must be between free and £{OFFER_COST_MAX_PENCE // 100}"
        )
    return value


def _paragraph(value: str | None, field: str, max_len: int) -> str | None:
    """Text a directory shows as one paragraph: line breaks become spaces (a sync event's text
    is one line)."""
    if isinstance(value, str):
        value = " ".join(value.replace("\r", "\n").split("\n"))
    return clean_text(value, field, max_len=max_len)


def check_offer(offer: OfferIn) -> Offer:
    """Every problem at once (CombinedValidationError), each naming its field. A public session
    needs a description and a way to ask about it (a hub contact or email); a private one keeps
    whatever was typed, unchecked for completeness, so unpublishing never loses it."""
    problems = Problems()
    description = problems.check(
        _paragraph, offer.description, "description", OFFER_DESCRIPTION_MAX
    )
    min_age = problems.check(_age, offer.min_age, "min_age")
    max_age = problems.check(_age, offer.max_age, "max_age")
    if min_age is not None and max_age is not None and max_age < min_age:
        problems.add(ValidationError("max_age", "below_min", "must not be below the youngest age"))
    cost = problems.check(_cost, offer.cost_pence)
    access = problems.check(_paragraph, offer.access, "access", OFFER_ACCESS_MAX)
    contact = problems.check(clean_text, offer.contact, "contact", max_len=SHORT_TEXT_MAX)
    email = problems.check(clean_email, offer.email)
    public = offer.public is True
    if (
        public
        and description is None
        and not any(e.field == "description" for e in problems.errors)
    ):
        problems.add(
            ValidationError("description", "required", "is needed before a session is public")
        )
    if (
        public
        and contact is None
        and email is None
        and not any(e.field in ("contact", "email") for e in problems.errors)
    ):
        problems.add(
            ValidationError("contact", "required", "give a hub contact or email to ask about it")
        )
    problems.raise_if_any()
    return Offer(
        public=public,
        description=description,
        min_age=min_age,
        max_age=max_age,
        cost_pence=cost or 0,
        booking=offer.booking is True,
        access=access,
        contact=contact,
        email=email,
    )


def site_calendar_url(service_url: str | None, site_id: object) -> str | None:
    """The address of a site's calendar feed on the central service (central/directory), as a
    phone subscribes to it: `webcal://` for an https service (a phone's calendar then follows
    it, instead of importing the events once). None where nothing syncs."""
    if not service_url or site_id is None:
        return None
    base = service_url.strip().rstrip("/")
    if base.lower().startswith("https://"):
        base = "webcal://" + base[len("https://") :]
    return f"{base}/calendar/sites/{site_id}.ics"
