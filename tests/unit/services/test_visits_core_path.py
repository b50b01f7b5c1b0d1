"""Sign-in and sign-out write with Core, not ORM objects: the rows, the outbox bodies and the
checks must be exactly what the ORM path gave (the sync engine cannot tell them apart)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.catalogue import SignOutBy, SiteKind, VisitReason
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.services.base import HUB_TZ, Actor
from hubdesk.services.families import FamilyService
from hubdesk.services.setup import SetupService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store
from hubdesk.storage.models import Device, Hub, OutboxEvent, Site, Visit, VisitMember
from hubdesk.storage.snapshots import apply_snapshot, row_values, snapshot, snapshot_values

from .conftest import khan_family

PARTY = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1, AgeBand.B5_11: 1})


@pytest.fixture
def visits(store, clock):
    return VisitService(store, clock)


def _events(store, visit_id):
    with store.read() as session:
        return list(
            session.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.entity_id == visit_id)
                .order_by(OutboxEvent.seq)
            )
        )


def _orm_snapshot(store, visit_id):
    """snapshot() of the visit as the ORM loads it from the store."""
    with store.read() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return snapshot(visit)


def _assert_body_is_orm_snapshot(store, event):
    entity, footfall, personal = _orm_snapshot(store, event.entity_id)
    assert event.entity == entity == "visit"
    # the change's clock stamp travels last in the footfall (storage/outbox.py); the record's
    # latest is kept beside it
    stamp = event.body["footfall"]["hlc"]
    footfall["hlc"] = stamp
    with store.read() as session:
        from hubdesk.storage.sync_models import RecordClock

        latest = session.get(RecordClock, event.entity_id).hlc
    assert stamp <= latest
    assert event.body == {"footfall": footfall, "personal": personal}
    # the same JSON text too: same keys in the same order, same encoding
    orm_json = json.dumps({"footfall": footfall, "personal": personal})
    assert json.dumps(event.body) == orm_json


def test_anonymous_sign_in_body_is_the_orm_snapshot(store, visits, kiosk, identity, clock):
    done = visits.sign_in(
        kiosk, SignIn(VisitReason.JUST_VISITING, party=PARTY, postcode="ne1 4xf", first_time=True)
    )
    (event,) = _events(store, done.visit_id)
    assert (event.op, event.state, event.attempts) == ("signed_in", "pending", 0)
    assert event.occurred_at == clock.now()
    _assert_body_is_orm_snapshot(store, event)
    assert event.body["personal"] == {"names": None, "member_ids": []}
    with store.read() as session:
        visit = session.get(Visit, done.visit_id)
        assert visit is not None
        assert visit.signed_in_at == visit.updated_at == clock.now()
        assert (visit.hub_id, visit.site_id, visit.device_id) == (
            identity.hub_id,
            identity.site_id,
            identity.device_id,
        )
        assert (visit.people, visit.adults_mother, visit.children_0_1, visit.children_5_11) == (
            3,
            1,
            1,
            1,
        )
        assert (visit.adults_father, visit.children_2_4, visit.send_children) == (0, 0, 0)
        assert (visit.postcode_district, visit.is_new, visit.first_time_any_hub) == (
            "NE1",
            True,
            True,
        )
        assert visit.signed_out_at is None
        assert visit.family_id is None
        # one statement stamps the device
        device = session.get(Device, identity.device_id)
        assert device is not None
        assert device.last_seen_at == clock.now()


def test_family_sign_in_body_is_the_orm_snapshot(store, clock, visits, kiosk, reception):
    fam = FamilyService(store, clock).register(reception, khan_family())
    ticked = tuple(reversed(fam.member_ids[:3]))  # order ticked must not matter to the body
    done = visits.sign_in(
        kiosk, SignIn(VisitReason.HERE_TO_HELP, family_id=fam.family_id, member_ids=ticked)
    )
    (event,) = _events(store, done.visit_id)
    _assert_body_is_orm_snapshot(store, event)
    assert event.body["personal"]["member_ids"] == sorted(str(m) for m in ticked)
    assert event.body["personal"]["names"]
    with store.read() as session:
        held = set(
            session.scalars(
                select(VisitMember.member_id).where(VisitMember.visit_id == done.visit_id)
            )
        )
        assert held == set(ticked)


def test_sign_in_with_a_clock_not_in_utc_stores_and_sends_utc(store, identity, kiosk):
    local = datetime(2026, 6, 16, 10, 30, tzinfo=HUB_TZ)  # BST: 09:30 UTC

    class LocalClock:
        def now(self) -> datetime:
            return local

    visits = VisitService(store, LocalClock())
    done = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=PARTY))
    assert done.signed_in_at is local
    (event,) = _events(store, done.visit_id)
    _assert_body_is_orm_snapshot(store, event)
    assert event.body["footfall"]["signed_in_at"] == "2026-06-16T09:30:00+00:00"


def test_sign_out_body_is_the_orm_snapshot_and_twice_is_harmless(
    store, clock, visits, kiosk, reception
):
    fam = FamilyService(store, clock).register(reception, khan_family())
    done = visits.sign_in(
        kiosk, SignIn(VisitReason.OTHER, family_id=fam.family_id, member_ids=fam.member_ids[:2])
    )
    clock.advance(timedelta(hours=1))
    out_at = clock.now()
    visits.sign_out(kiosk, done.visit_id)
    clock.advance(timedelta(minutes=5))
    visits.sign_out(reception, done.visit_id, SignOutBy.STAFF)  # the first time stands
    signed_in, signed_out = _events(store, done.visit_id)
    assert (signed_in.op, signed_out.op) == ("signed_in", "signed_out")
    _assert_body_is_orm_snapshot(store, signed_out)
    assert signed_out.body["footfall"]["signed_out_at"] == out_at.isoformat()
    assert signed_out.body["footfall"]["signed_out_by"] == "family"
    assert signed_out.body["personal"]["member_ids"] == sorted(str(m) for m in fam.member_ids[:2])
    with store.read() as session:
        visit = session.get(Visit, done.visit_id)
        assert visit is not None
        assert (visit.signed_out_at, visit.updated_at, visit.signed_out_by) == (
            out_at,
            out_at,
            "family",
        )


def test_sign_out_of_another_hubs_or_unknown_visit_writes_nothing(store, visits, kiosk, unchanged):
    done = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=PARTY))
    elsewhere = Actor(kiosk.device_id, uuid.uuid4(), kiosk.site_id)
    with unchanged(Visit), pytest.raises(ValidationError) as err:
        visits.sign_out(elsewhere, done.visit_id)
    assert (err.value.field, err.value.code) == ("visit", "unknown_visit")
    with unchanged(Visit), pytest.raises(ValidationError) as err:
        visits.sign_out(kiosk, uuid.uuid4())
    assert (err.value.field, err.value.code) == ("visit", "unknown_visit")
    (event,) = _events(store, done.visit_id)
    assert event.op == "signed_in"


def test_remembered_site_is_still_checked_against_the_hub(
    store, clock, visits, kiosk, manager, unchanged
):
    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=PARTY))  # the site is now remembered
    other_hub = Actor(kiosk.device_id, uuid.uuid4(), kiosk.site_id)
    nowhere = kiosk.at_site(uuid.uuid4())
    for actor in (other_hub, nowhere, other_hub):
        with unchanged(Visit), pytest.raises(ValidationError) as err:
            visits.sign_in(actor, SignIn(VisitReason.OTHER, party=PARTY))
        assert (err.value.field, err.value.code) == ("site", "unknown_site")
    # a site added after the service first looked is found on the miss
    school = SetupService(store, clock).add_site(manager, name="School", kind=SiteKind.SCHOOL)
    done = visits.sign_in(kiosk.at_site(school.id), SignIn(VisitReason.OTHER, party=PARTY))
    with store.read() as session:
        visit = session.get(Visit, done.visit_id)
        assert visit is not None
        assert visit.site_id == school.id
        assert session.get(Site, school.id) is not None
    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=PARTY))  # and the first still works


def test_core_body_applies_on_another_store_as_the_same_row(store, visits, kiosk, tmp_path):
    """Another device applying the event (as the sync engine does) holds the same visit."""
    done = visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=PARTY, postcode="NE6 2AB"))
    (event,) = _events(store, done.visit_id)
    with store.read() as session:
        hub, site = session.get(Hub, kiosk.hub_id), session.get(Site, kiosk.site_id)
        parents = [snapshot(hub), snapshot(site)]  # type: ignore[arg-type]
    other = open_store(tmp_path / "other.db", bytes(32))
    try:
        with other.write() as session:
            for entity, footfall, personal in parents:
                apply_snapshot(session, entity, footfall, personal)
            body = event.body
            assert apply_snapshot(session, "visit", body["footfall"], body["personal"])
        assert _orm_snapshot(other, done.visit_id) == _orm_snapshot(store, done.visit_id)
    finally:
        other.close()


def test_row_values_fills_defaults_and_refuses_unknown_columns():
    now = datetime(2026, 6, 16, 9, 30, tzinfo=UTC)
    row = row_values(Visit, {"id": uuid.uuid4(), "people": 1, "signed_in_at": now})
    assert list(row)[:3] == ["id", "hub_id", "site_id"]
    assert row["adults_mother"] == 0
    assert row["children_20_25"] == 0
    assert row["hub_id"] is None
    assert row["names"] is None
    footfall, personal = snapshot_values("visit", row)
    assert "names" in personal
    assert "names" not in footfall
    assert personal["member_ids"] == []
    with pytest.raises(KeyError):
        row_values(Visit, {"id": uuid.uuid4(), "nonsense": 1})


def test_kiosk_hot_path_statements(store, visits, kiosk):
    """An anonymous sign-in at a known site: one INSERT each for the visit and its event, one
    UPDATE for the device, the clock's stamp (the store's clock and the visit's stamp, two
    upserts), no reads of members, devices or sites, and of the visits only the day's open ones
    of this device (for a free sign-out number), through the open-visits index."""
    import re

    from sqlalchemy import event

    visits.sign_in(kiosk, SignIn(VisitReason.OTHER, party=PARTY))  # the site is now remembered
    seen: list[str] = []

    def _before(conn, cursor, statement, params, context, many):  # type: ignore[no-untyped-def]
        seen.append(" ".join(statement.split()).lower())

    event.listen(store.engine, "before_cursor_execute", _before)
    try:
        visits.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party=PARTY, postcode="NE1 4XF"))
    finally:
        event.remove(store.engine, "before_cursor_execute", _before)
    writes = sorted(" ".join(s.split()[:3]) for s in seen if not s.startswith(("select", "begin")))
    assert writes == [
        "insert into outbox",
        "insert into record_clocks",
        "insert into store_meta",
        "insert into visits",
        "update devices set",
    ]
    read = {
        t for s in seen if s.startswith("select") for t in re.findall(r"(?:from|join) (\w+)", s)
    }
    # the postcode's ward and LSOA, the clock's last stamp, and the device's open visits
    assert read == {"postcode_areas", "store_meta", "visits"}
    [open_visits] = [s for s in seen if s.startswith("select") and " from visits" in s]
    with store.read() as session:
        plan = session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + open_visits.replace("?", "NULL")
        )
        assert "ix_visits_open" in " ".join(str(row[-1]) for row in plan)
