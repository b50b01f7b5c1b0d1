"""Helpers for the service tests: row counts (to prove nothing was written) and a few families."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from hubdesk.domain.people import Role
from hubdesk.security.pins import PinParams
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.storage.engine import Store
from hubdesk.storage.models import AuditEntry, Base, OutboxEvent

CHEAP_PINS = PinParams(memory_cost=8, iterations=1, lanes=1)


@pytest.fixture
def count(store: Store) -> Callable[[type[Base]], int]:
    """count(Model) -> rows in its table."""

    def _count(model: type[Base]) -> int:
        with store.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return _count


@pytest.fixture
def unchanged(count: Callable[[type[Base]], int]) -> Callable[..., object]:
    """with unchanged(Model, ...): the block writes no row to those tables, the outbox or audit."""
    import contextlib

    @contextlib.contextmanager
    def _unchanged(*models: type[Base]):  # type: ignore[no-untyped-def]
        tables = (*models, OutboxEvent, AuditEntry)
        before = [count(m) for m in tables]
        yield
        assert [count(m) for m in tables] == before

    return _unchanged


def khan_family(**changes: object) -> FamilyIn:
    """Amira Khan (mother), Omar (father, male) and two children: 3 and 8 on 16 June 2026."""
    base = FamilyIn(
        adults=(
            AdultIn("Amira", "Khan", Role.MOTHER),
            AdultIn("Omar", "Khan", Role.FATHER),
        ),
        children=(
            ChildIn("Zara", date(2023, 1, 10), last_name="Khan"),
            ChildIn("Yusuf", date(2018, 3, 2), last_name="Khan"),
        ),
        postcode="ne6 2ab",
        phone="0191 123 4567",
        email="amira@example.org",
        consent=True,
    )
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def families(store, clock) -> FamilyService:  # type: ignore[no-untyped-def]
    return FamilyService(store, clock)
