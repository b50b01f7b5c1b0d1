"""Helpers for the privacy tests: an administrator, row counts, and a household with history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome, VisitReason
from hubdesk.domain.people import Gender, Role
from hubdesk.domain.staff import StaffRole
from hubdesk.services.base import Actor
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.passes import PassService
from hubdesk.services.setup import DeviceIdentity
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import Store
from hubdesk.storage.models import Base
from tests.sync.support import central_db, live  # noqa: F401  (fixtures for the sync tests)


@pytest.fixture
def admin(identity: DeviceIdentity) -> Actor:
    return Actor(
        identity.device_id, identity.hub_id, identity.site_id, uuid.uuid4(), StaffRole.ADMIN
    )


@pytest.fixture
def count(store: Store) -> Callable[[type[Base]], int]:
    def _count(model: type[Base]) -> int:
        with store.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return _count


@dataclass(frozen=True)
class Household:
    family_id: uuid.UUID
    member_ids: tuple[uuid.UUID, ...]
    visit_ids: tuple[uuid.UUID, ...]
    contact_id: uuid.UUID
    pass_id: uuid.UUID


def family_in(first: str, last: str, postcode: str = "NE6 2AB", **extra: object) -> FamilyIn:
    fields: dict[str, object] = {
        "adults": (AdultIn(first, last, Role.FATHER, Gender.MALE),),
        "children": (ChildIn(f"{first}ina", date(2022, 5, 1), send=True, last_name=last),),
        "postcode": postcode,
        "phone": "0191 496 0000",
        "email": "family@example.org",
        "notes": f"Notes about {first} {last}",
        "consent": True,
    }
    fields.update(extra)
    return FamilyIn(**fields)  # type: ignore[arg-type]


def make_household(
    store: Store, clock: object, reception: Actor, first: str, last: str, postcode: str = "NE6 2AB"
) -> Household:
    """Register a family, issue a pass, sign them in and out twice, log a contact with notes."""
    families = FamilyService(store, clock)  # type: ignore[arg-type]
    done = families.register(reception, family_in(first, last, postcode))
    issued = PassService(store, clock).issue(reception, done.family_id)  # type: ignore[arg-type]
    visits = VisitService(store, clock)  # type: ignore[arg-type]
    ids = []
    for _ in range(2):
        signed = visits.sign_in(
            reception,
            SignIn(VisitReason.HERE_TO_HELP, family_id=done.family_id, member_ids=done.member_ids),
        )
        visits.sign_out(reception, signed.visit_id)
        ids.append(signed.visit_id)
    contact = ContactService(store, clock).log(  # type: ignore[arg-type]
        reception,
        ContactIn(
            ContactChannel.IN_PERSON,
            (Need.PARENTING,),
            (Outcome.REFERRAL,),
            family_id=done.family_id,
            referred_to=f"Health visitor for {first}",
            notes=f"{first} {last} asked about sleep",
        ),
    )
    return Household(done.family_id, done.member_ids, tuple(ids), contact, issued.pass_id)
