"""Erasure on request, notices and consent, and the audit chain under tampering."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import FamilyService
from hubdesk.services.hub_settings import HubSettingsService, notice_digest
from hubdesk.services.passes import PassService
from hubdesk.storage import audit
from hubdesk.storage.models import AuditEntry, Family, Member, OutboxEvent, Visit

from .conftest import family_in, make_household
from .helpers import audit_actions, footfall_of_visits, outbox_events, store_text

# --- erasure on request ---------------------------------------------------------------------


def test_erasure_on_request_blanks_the_family_and_keeps_footfall(store, clock, reception, admin):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    other = make_household(store, clock, reception, "Philippa", "Otherton")
    footfall = footfall_of_visits(store)
    clock.advance(timedelta(minutes=5))
    counts = ErasureService(store, clock).erase(admin, ours.family_id)
    assert (counts.families, counts.members, counts.visits, counts.contacts, counts.passes) == (
        1,
        2,
        2,
        1,
        1,
    )
    assert footfall_of_visits(store) == footfall
    text_now = store_text(store)
    for gone in ("Zebedee", "Quixote", "Ångström", "Health visitor for Zeb"):
        assert gone not in text_now
    assert "Philippa" in text_now
    with store.read() as session:
        family = session.get(Family, ours.family_id)
        assert family.erased_at == clock.now()
        assert session.get(Family, other.family_id).erased_at is None
    # the pass no longer opens anything, and the family cannot be found or used
    with pytest.raises(ValidationError):
        FamilyService(store, clock).household_for_kiosk(reception, ours.family_id)
    assert FamilyService(store, clock).search(reception, "Zebedee") == []


def test_erasure_is_audited_and_goes_out_through_sync(store, clock, reception, admin):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    ErasureService(store, clock).erase(admin, ours.family_id)
    entries = [(a, d) for a, d in audit_actions(store) if a == "family.erased"]
    assert len(entries) == 1
    detail = entries[0][1]
    assert detail["reason"] == "request"
    assert detail["members"] == 2
    # the audit entry names nothing: only codes and counts
    assert "Zebedee" not in str(detail)
    erased = outbox_events(store, "erased")
    assert {e.entity for e in erased} == {"family", "member", "pass", "visit", "contact"}
    assert all(e.state == "pending" for e in erased)
    with store.read() as session:
        assert audit.verify(session).ok


def test_sent_events_are_pruned_and_pending_ones_lose_their_clear_personal_part(
    store, clock, reception, admin
):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    with store.write() as session:
        # pretend the first few events already reached the central service
        first = session.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.entity.in_(["family", "member"]))
            .order_by(OutboxEvent.seq)
            .limit(3)
        ).all()
        assert len(first) == 3
        for event in first:
            event.state = "sent"
        sent_ids = {e.event_id for e in first}
    counts = ErasureService(store, clock).erase(admin, ours.family_id)
    assert counts.outbox_pruned == 3
    remaining = outbox_events(store)
    assert not sent_ids & {e.event_id for e in remaining}
    for event in remaining:
        assert "Zebedee" not in str(event.body)
        assert "Ångström" not in str(event.body)


def test_only_an_administrator_erases_and_bad_requests_write_nothing(
    store, clock, reception, manager, admin, count
):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    service = ErasureService(store, clock)
    before = (count(AuditEntry), count(OutboxEvent))
    with pytest.raises(PermissionDeniedError):
        service.erase(manager, ours.family_id)
    with pytest.raises(PermissionDeniedError):
        service.erase(reception, ours.family_id)
    with pytest.raises(ValidationError) as err:
        service.erase(admin, uuid.uuid4())
    assert err.value.field == "family"
    with pytest.raises(ValidationError):
        service.erase(admin, "not an id")  # type: ignore[arg-type]
    assert (count(AuditEntry), count(OutboxEvent)) == before
    service.erase(admin, ours.family_id)
    with pytest.raises(ValidationError):  # twice: already erased
        service.erase(admin, ours.family_id)


def test_erasing_a_family_erases_the_duplicates_merged_into_it(
    store, clock, reception, manager, admin
):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    dup = make_household(store, clock, reception, "Zeb", "Quixoteish", postcode="NE1 4XF")
    FamilyService(store, clock).merge(manager, ours.family_id, dup.family_id)
    with pytest.raises(ValidationError) as err:
        ErasureService(store, clock).erase(admin, dup.family_id)
    assert err.value.code == "merged"
    counts = ErasureService(store, clock).erase(admin, ours.family_id)
    assert counts.families == 2
    assert counts.members == 4
    assert "Quixoteish" not in store_text(store)
    assert "NE1 4XF" not in str([f.postcode for f in _all(store, Family)])


def test_an_erased_familys_pass_is_refused_at_the_kiosk(store, clock, reception, admin, kiosk):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    with store.read() as session:
        from hubdesk.storage.models import FamilyPass

        token = session.get(FamilyPass, ours.pass_id).token
    ErasureService(store, clock).erase(admin, ours.family_id)
    with pytest.raises(ValidationError) as err:
        PassService(store, clock).find_by_scan(kiosk, token)
    assert err.value.field == "pass"


def _all(store, model):
    with store.read() as session:
        return list(session.scalars(select(model)))


def test_visit_rows_survive_erasure(store, clock, reception, admin):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    ErasureService(store, clock).erase(admin, ours.family_id)
    visits = [v for v in _all(store, Visit) if v.id in ours.visit_ids]
    assert len(visits) == 2
    assert all(v.family_id == ours.family_id for v in visits)  # pseudonymous id: reach still counts
    assert all(v.people == 2 for v in visits)
    assert all(m.first_name == "" for m in _all(store, Member) if m.family_id == ours.family_id)


# --- notices and consent --------------------------------------------------------------------


def test_a_changed_notice_asks_returning_families_again_until_they_agree(
    store, clock, kiosk, admin
):
    families = FamilyService(store, clock)
    done = families.register(kiosk, family_in("Zebedee", "Quixote-Ångström"))
    assert families.household_for_kiosk(kiosk, done.family_id).needs_consent is False
    settings = HubSettingsService(store, clock)
    version = settings.set_privacy_notice(admin, "We now share footfall with the council.")
    assert version == 2
    assert families.household_for_kiosk(kiosk, done.family_id).needs_consent is True
    clock.advance(timedelta(days=3))
    families.record_consent(kiosk, done.family_id)
    assert families.household_for_kiosk(kiosk, done.family_id).needs_consent is False
    with store.read() as session:
        family = session.get(Family, done.family_id)
        assert family.consent_notice_version == 2
        assert family.consent_at == clock.now()
    # the same words again is not a new version
    assert settings.set_privacy_notice(admin, "We now share footfall with the council.") == 2
    assert families.household_for_kiosk(kiosk, done.family_id).needs_consent is False


def test_a_family_that_never_agreed_needs_consent(store, clock, kiosk, reception):
    families = FamilyService(store, clock)
    done = families.register(reception, family_in("Zebedee", "Quixote-Ångström", consent=False))
    assert families.household_for_kiosk(kiosk, done.family_id).needs_consent is True


def test_notice_changes_are_audited_with_a_digest_and_need_an_administrator(
    store, clock, admin, manager, count
):
    settings = HubSettingsService(store, clock)
    before = count(AuditEntry)
    with pytest.raises(PermissionDeniedError):
        settings.set_privacy_notice(manager, "Anything")
    with pytest.raises(ValidationError) as err:
        settings.set_privacy_notice(admin, "x" * 20_001)
    assert err.value.field == "privacy_notice"
    assert count(AuditEntry) == before
    settings.set_privacy_notice(admin, "Version two words.")
    changes = [d for a, d in audit_actions(store) if a == "privacy.notice_changed"]
    assert changes == [{"version": 2, "sha256": notice_digest("Version two words.")}]
    assert settings.privacy(admin).notice == "Version two words."
    events = [e for e in outbox_events(store) if e.entity == "hub"]
    assert events[-1].body["footfall"]["privacy_notice_version"] == 2


# --- the audit chain ------------------------------------------------------------------------


def test_verify_names_the_first_broken_link_after_tampering_with_raw_sql(
    store, clock, reception, admin
):
    make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    ErasureService(store, clock).erase(admin, _all(store, Family)[0].id)
    with store.read() as session:
        report = audit.verify(session)
    assert report.ok
    assert report.entries >= 4
    seqs = [e.seq for e in _all(store, AuditEntry)]
    target, later = seqs[1], seqs[3]
    with store.write() as session:
        session.execute(
            text("UPDATE audit_log SET detail = :d WHERE seq = :s"),
            {"d": '{"members":99}', "s": later},
        )
        session.execute(
            text("UPDATE audit_log SET action = 'family.viewed' WHERE seq = :s"), {"s": target}
        )
    with store.read() as session:
        assert audit.verify(session).first_broken_seq == target


def test_verify_notices_a_deleted_entry(store, clock, reception):
    make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    seqs = [e.seq for e in _all(store, AuditEntry)]
    with store.write() as session:
        session.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": seqs[1]})
    with store.read() as session:
        assert audit.verify(session).first_broken_seq == seqs[2]


# --- the store's own settings ----------------------------------------------------------------


def test_the_store_overwrites_deleted_data(store):
    with store.engine.connect() as conn:
        # SQLCipher's memory security stays OFF (docs/privacy.md, "Keys": ON made report queries
        # spend seconds in the kernel); SQLCipher wipes its own key material either way
        assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() in (0, "0")
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() in (1, "1")
