from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.security.passes import QR_PREFIX, parse_scan
from hubdesk.services.passes import PassService
from hubdesk.storage.models import AuditEntry, Family, FamilyPass, OutboxEvent

from .conftest import khan_family


@pytest.fixture
def passes(store, clock):
    return PassService(store, clock)


@pytest.fixture
def fam(families, kiosk):
    return families.register(kiosk, khan_family())


def test_kiosk_issues_first_pass_and_scan_finds_household(store, passes, kiosk, fam, count):
    before = count(OutboxEvent)
    issued = passes.issue(kiosk, fam.family_id)
    assert count(OutboxEvent) == before + 1
    assert issued.qr_payload == QR_PREFIX + issued.token
    assert len(issued.short_code) == 11
    assert issued.short_code[4] == issued.short_code[9] == "-"
    with store.read() as session:
        row = session.get(FamilyPass, issued.pass_id)
        assert row.short_code == issued.short_code.replace("-", "")  # stored compact
        assert row.token == issued.token
    for text in (
        issued.qr_payload,
        issued.qr_payload + "\r\n",
        issued.short_code,
        issued.short_code.lower(),
    ):
        house = passes.find_by_scan(kiosk, text)
        assert house.family_id == fam.family_id
        assert [m.first_name for m in house.members] == ["Amira", "Omar", "Zara", "Yusuf"]
    assert issued.token not in repr(issued)
    assert issued.short_code not in repr(issued)


def test_kiosk_cannot_replace_an_existing_pass(passes, kiosk, fam, unchanged):
    passes.issue(kiosk, fam.family_id)
    with unchanged(FamilyPass), pytest.raises(ValidationError) as err:
        passes.issue(kiosk, fam.family_id)
    assert (err.value.field, err.value.code) == ("pass", "already_issued")


def test_reissue_revokes_previous_and_old_scan_is_refused(
    store, passes, kiosk, reception, fam, clock, count
):
    first = passes.issue(kiosk, fam.family_id)
    clock.advance(timedelta(days=3))
    before = count(OutboxEvent)
    second = passes.issue(reception, fam.family_id)
    assert count(OutboxEvent) == before + 2  # old revoked, new issued
    assert second.token != first.token
    with pytest.raises(ValidationError) as err:
        passes.find_by_scan(kiosk, first.qr_payload)
    assert (err.value.field, err.value.code) == ("pass", "revoked")
    assert passes.find_by_scan(kiosk, second.short_code).family_id == fam.family_id
    assert passes.current(reception, fam.family_id) == second
    with store.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "pass.issued")).one()
        assert second.token not in entry.detail
        assert second.short_code.replace("-", "") not in entry.detail


def test_revoke(passes, kiosk, reception, fam, count):
    issued = passes.issue(kiosk, fam.family_id)
    passes.revoke(reception, issued.pass_id)
    assert passes.current(reception, fam.family_id) is None
    with pytest.raises(ValidationError) as err:
        passes.find_by_scan(kiosk, issued.short_code)
    assert err.value.code == "revoked"
    before = count(OutboxEvent)
    passes.revoke(reception, issued.pass_id)  # again: harmless
    assert count(OutboxEvent) == before
    with pytest.raises(ValidationError) as err:
        passes.revoke(reception, uuid.uuid4())
    assert (err.value.field, err.value.code) == ("pass", "unknown_pass")


def test_unknown_and_malformed_scans(passes, kiosk):
    with pytest.raises(ValidationError) as err:
        passes.find_by_scan(kiosk, "ABCD-EFGH-" + "0")
    assert err.value.field == "pass"
    # a well-formed code no family holds
    code = "ABCDEFGH"
    from hubdesk.security.passes import luhn32_check_character

    with pytest.raises(ValidationError) as err:
        passes.find_by_scan(kiosk, code + luhn32_check_character(code))
    assert (err.value.field, err.value.code) == ("pass", "unknown_pass")
    with pytest.raises(ValidationError) as err:
        passes.find_by_scan(kiosk, "https://example.org")
    assert (err.value.field, err.value.code) == ("pass", "not_our_pass")


def test_erased_family_pass_is_unknown(store, passes, kiosk, fam, clock):
    issued = passes.issue(kiosk, fam.family_id)
    with store.write() as session:
        session.get(Family, fam.family_id).erased_at = clock.now()
    with pytest.raises(ValidationError) as err:
        passes.find_by_scan(kiosk, issued.qr_payload)
    assert err.value.code == "unknown_pass"


def test_permissions(passes, kiosk, fam, unchanged):
    issued = passes.issue(kiosk, fam.family_id)
    with pytest.raises(PermissionDeniedError):
        passes.current(kiosk, fam.family_id)
    with unchanged(FamilyPass), pytest.raises(PermissionDeniedError):
        passes.revoke(kiosk, issued.pass_id)


def test_issue_for_unknown_family_writes_nothing(passes, reception, unchanged):
    with unchanged(FamilyPass), pytest.raises(ValidationError) as err:
        passes.issue(reception, uuid.uuid4())
    assert err.value.field == "family"


def test_scan_alternative_keyboard_layout(passes, kiosk, fam):
    issued = passes.issue(kiosk, fam.family_id)
    # a German keyboard turns ':' into 'Ö' and swaps Y and Z
    swapped = issued.token.translate(str.maketrans("YZ", "ZY"))
    typed = "HUBDESKÖP1Ö" + swapped
    lookup = parse_scan(typed)
    assert lookup.kind == "token"
    assert passes.find_by_scan(kiosk, typed).family_id == fam.family_id
