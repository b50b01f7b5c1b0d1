"""Retention: what is due is erased or anonymised, footfall stays, every run is audited and the
erasure goes out through the outbox. Time moves with a FakeClock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.services.hub_settings import HubSettingsService
from hubdesk.services.retention import (
    RetentionService,
    daily_retention_job,
    months_before,
)
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import audit
from hubdesk.storage.models import Contact, Family, FamilyPass, Member, Visit, VisitMember

from .conftest import make_household
from .helpers import audit_actions, footfall_of_visits, outbox_events, store_text


def test_months_before_clamps_to_the_end_of_shorter_months():
    at = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
    assert months_before(at, 1) == datetime(2026, 2, 28, 12, 0, tzinfo=UTC)
    assert months_before(at, 24) == datetime(2024, 3, 31, 12, 0, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 13) == datetime(
        2024, 12, 15, tzinfo=UTC
    )


def test_a_run_erases_families_past_the_period_and_keeps_the_footfall(
    store, clock, reception, admin, kiosk
):
    old = make_household(store, clock, reception, "Quentin", "Oldfield")
    clock.advance(timedelta(days=400))
    recent = make_household(store, clock, reception, "Rosalind", "Newbury")
    footfall_before = footfall_of_visits(store)
    clock.advance(timedelta(days=400))  # 800 days after the old family's last sign of life

    report = RetentionService(store, clock).run(kiosk)

    assert report.retention_months == 24
    assert report.erased.families == 1
    assert report.erased.members == 2
    assert report.erased.visits == 2
    assert report.erased.contacts == 1
    with store.read() as session:
        gone = session.get(Family, old.family_id)
        assert gone.erased_at == clock.now()
        assert (gone.postcode, gone.phone, gone.email, gone.notes) == (None,) * 4
        for member in gone.members:
            assert member.first_name == ""
            assert member.last_name is None
            assert member.date_of_birth is None
            assert member.removed
        assert session.get(FamilyPass, old.pass_id).revoked_at == clock.now()
        for visit_id in old.visit_ids:
            assert session.get(Visit, visit_id).names is None
        assert not session.scalars(
            select(VisitMember).where(VisitMember.visit_id.in_(old.visit_ids))
        ).all()
        contact = session.get(Contact, old.contact_id)
        assert (contact.notes, contact.referred_to) == (None, None)
        assert contact.needs == "parenting"  # codes stay for the statistics
        kept = session.get(Family, recent.family_id)
        assert kept.erased_at is None
        assert kept.postcode == "NE6 2AB"
    # the footfall every report counts is exactly as it was
    assert footfall_of_visits(store) == footfall_before
    text = store_text(store)
    assert "Oldfield" not in text
    assert "Quentin" not in text
    assert "Newbury" in text


def test_each_run_is_in_the_audit_log_even_when_nothing_is_due(store, clock, reception, kiosk):
    make_household(store, clock, reception, "Quentin", "Oldfield")
    service = RetentionService(store, clock)
    service.run(kiosk)
    clock.advance(timedelta(days=800))
    service.run(kiosk)
    runs = [detail for action, detail in audit_actions(store) if action == "retention.run"]
    assert [r["families"] for r in runs] == [0, 1]
    assert runs[1]["retention_months"] == 24
    with store.read() as session:
        assert audit.verify(session).ok


def test_the_erasure_rows_are_in_the_outbox(store, clock, reception, kiosk):
    old = make_household(store, clock, reception, "Quentin", "Oldfield")
    clock.advance(timedelta(days=800))
    RetentionService(store, clock).run(kiosk)
    erased = outbox_events(store, "erased")
    by_entity = {}
    for event in erased:
        by_entity.setdefault(event.entity, set()).add(str(event.entity_id))
    assert by_entity["family"] == {str(old.family_id)}
    assert by_entity["member"] == {str(m) for m in old.member_ids}
    assert by_entity["visit"] == {str(v) for v in old.visit_ids}
    assert by_entity["contact"] == {str(old.contact_id)}
    assert by_entity["pass"] == {str(old.pass_id)}
    family_event = next(e for e in erased if e.entity == "family")
    assert family_event.body["footfall"]["erased_at"] is not None
    assert family_event.body["personal"]["postcode"] is None
    # no event still waiting to go out carries the family's name in the clear
    for event in outbox_events(store):
        assert "Oldfield" not in str(event.body.get("personal"))
        assert "Quentin" not in str(event.body.get("personal"))


def test_a_visit_or_a_contact_within_the_period_keeps_the_family(store, clock, reception, kiosk):
    old = make_household(store, clock, reception, "Quentin", "Oldfield")
    clock.advance(timedelta(days=700))
    VisitService(store, clock).sign_in(
        reception,
        SignIn(VisitReason.HERE_TO_HELP, family_id=old.family_id, member_ids=old.member_ids[:1]),
    )
    clock.advance(timedelta(days=100))
    report = RetentionService(store, clock).run(kiosk)
    assert report.erased.families == 0
    # but the first names on visits older than the period are cleared
    assert report.visits_anonymised == 2
    with store.read() as session:
        assert session.get(Family, old.family_id).erased_at is None
        assert all(session.get(Visit, v).names is None for v in old.visit_ids)


def test_the_hub_sets_the_period(store, clock, reception, admin, kiosk):
    make_household(store, clock, reception, "Quentin", "Oldfield")
    HubSettingsService(store, clock).set_retention_months(admin, 6)
    clock.advance(timedelta(days=150))
    assert RetentionService(store, clock).run(kiosk).erased.families == 0
    clock.advance(timedelta(days=40))
    assert RetentionService(store, clock).run(kiosk).erased.families == 1
    with pytest.raises(ValidationError) as err:
        HubSettingsService(store, clock).set_retention_months(admin, 0)
    assert err.value.field == "retention_months"
    with pytest.raises(PermissionDeniedError):
        HubSettingsService(store, clock).set_retention_months(reception, 12)


def test_only_an_administrator_or_the_device_job_may_run_it(store, clock, reception, manager):
    with pytest.raises(PermissionDeniedError):
        RetentionService(store, clock).run(reception)
    with pytest.raises(PermissionDeniedError):
        RetentionService(store, clock).run(manager)


def test_the_daily_job_runs_once_a_hub_day(store, clock, identity, reception):
    make_household(store, clock, reception, "Quentin", "Oldfield")
    clock.advance(timedelta(days=800))
    first = daily_retention_job(store, clock)
    assert first is not None
    assert first.erased.families == 1
    clock.advance(timedelta(hours=3))
    assert daily_retention_job(store, clock) is None
    clock.advance(timedelta(days=1))
    again = daily_retention_job(store, clock)
    assert again is not None
    assert again.erased.families == 0


def test_small_batches_erase_everything_due(store, clock, reception, kiosk, count):
    for i in range(5):
        make_household(store, clock, reception, f"Person{chr(65 + i)}", "Batchley")
    clock.advance(timedelta(days=800))
    report = RetentionService(store, clock, batch=2).run(kiosk)
    assert report.erased.families == 5
    batches = [a for a, _ in audit_actions(store) if a == "retention.erased"]
    assert len(batches) == 3
    with store.read() as session:
        assert all(f.erased_at is not None for f in session.scalars(select(Family)))
        assert all(m.first_name == "" for m in session.scalars(select(Member)))


def test_old_pre_migration_copies_of_the_store_are_removed(store, clock, kiosk):
    folder = store.path.parent
    old = folder / f"{store.path.name}.before-0002-20260401T120000Z.bak"
    recent = folder / f"{store.path.name}.before-0003-20260610T120000Z.bak"
    unrelated = folder / "notes.bak"
    for path in (old, recent, unrelated):
        path.write_bytes(b"encrypted copy")
    report = RetentionService(store, clock).run(kiosk)
    assert report.backups_removed == 1
    assert not old.exists()
    assert recent.exists()
    assert unrelated.exists()
    runs = [d for a, d in audit_actions(store) if a == "retention.run"]
    assert runs[-1]["backups_removed"] == 1


def test_staff_who_left_before_the_period_lose_their_name(store, clock, identity, kiosk, admin):
    from hubdesk.domain.staff import StaffRole
    from hubdesk.services.staff import StaffService
    from hubdesk.storage.models import Staff

    from .test_staff_lockout import CHEAP

    staff = StaffService(store, clock, pin_params=CHEAP)
    first = staff.add(None, name="Ada Lovelace", role=StaffRole.ADMIN, pin="482193")
    boss = staff.sign_in(identity, first, "482193")
    gone = staff.add(boss, name="Quentin Leftearly", role=StaffRole.RECEPTION, pin="5555")
    staying = staff.add(boss, name="Rosalind Stays", role=StaffRole.RECEPTION, pin="6666")
    staff.deactivate(boss, gone)
    clock.advance(timedelta(days=800))
    report = RetentionService(store, clock).run(kiosk)
    assert report.staff_anonymised == 1
    with store.read() as session:
        assert session.get(Staff, gone).name == "(former staff)"
        assert session.get(Staff, staying).name == "Rosalind Stays"
    assert "Leftearly" not in store_text(store).replace("(former staff)", "")
    assert [e.entity for e in outbox_events(store, "erased")] == ["staff"]


def test_an_unregistered_callers_name_and_number_go_after_the_period(
    store, clock, reception, kiosk
):
    from hubdesk.domain.catalogue import ContactChannel, Need
    from hubdesk.services.contacts import ContactIn, ContactService

    contacts = ContactService(store, clock)
    old = contacts.log(
        reception,
        ContactIn(
            ContactChannel.PHONE,
            (Need.FOOD,),
            caller_name="Quentin Oldfield",
            caller_phone="0191 496 0000",
        ),
    )
    clock.advance(timedelta(days=800))
    recent = contacts.log(
        reception,
        ContactIn(ContactChannel.PHONE, (Need.FOOD,), caller_phone="0191 496 0001"),
    )
    report = RetentionService(store, clock).run(kiosk)
    assert report.contacts_anonymised == 1
    with store.read() as session:
        gone = session.get(Contact, old)
        assert (gone.caller_name, gone.caller_phone) == (None, None)
        assert gone.needs == Need.FOOD.value  # the counts survive
        assert session.get(Contact, recent).caller_phone == "0191 496 0001"
        for event in outbox_events(store):
            assert "Oldfield" not in str(event.body.get("personal"))
