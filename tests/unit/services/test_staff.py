from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from hubdesk.domain.errors import LockedOutError, PermissionDeniedError, ValidationError
from hubdesk.domain.staff import StaffRole
from hubdesk.security.pins import lockout_delay
from hubdesk.services.base import Actor
from hubdesk.services.staff import StaffService, WrongPinError
from hubdesk.storage import audit
from hubdesk.storage.models import AuditEntry, OutboxEvent, Staff

from .conftest import CHEAP_PINS


@pytest.fixture
def staff(store, clock):
    return StaffService(store, clock, pin_params=CHEAP_PINS)


@pytest.fixture
def admin(staff, identity):
    sid = staff.add(None, name="Ada Admin", role=StaffRole.ADMIN, pin="2468")
    return staff.sign_in(identity, sid, "2468")


def _audit_rows(store, action):
    with store.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)
            )
        )


def test_first_admin_without_actor_then_never_again(staff, identity, unchanged, count):
    sid = staff.add(None, name="Ada Admin", role=StaffRole.ADMIN, pin="2468")
    assert count(OutboxEvent) >= 1
    assert [(s.id, s.name, s.role, s.active) for s in staff.list(identity.hub_id)] == [
        (sid, "Ada Admin", StaffRole.ADMIN, True)
    ]
    with unchanged(Staff), pytest.raises(ValidationError) as err:
        staff.add(None, name="Sneaky", role=StaffRole.ADMIN, pin="1111")
    assert err.value.field == "actor"


def test_first_staff_must_be_admin(staff, identity, unchanged):
    with unchanged(Staff), pytest.raises(ValidationError) as err:
        staff.add(None, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    assert (err.value.field, err.value.code) == ("role", "first_must_be_admin")


def test_pin_is_hashed_and_never_logged(store, staff, admin):
    sid = staff.add(admin, name="Rita Reception", role=StaffRole.RECEPTION, pin="975310")
    with store.read() as session:
        row = session.get(Staff, sid)
        assert "975310" not in row.pin_hash
        assert row.pin_hash.startswith("$argon2id$")
        for entry in session.scalars(select(AuditEntry)):
            assert "975310" not in entry.detail
            assert "Rita" not in entry.detail
        assert audit.verify(session).ok


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"name": "  "}, "name", "required"),
        ({"name": "n" * 61}, "name", "too_long"),
        ({"role": "boss"}, "role", "unknown_role"),
        ({"pin": "12a4"}, "pin", "not_digits"),
        ({"pin": "123"}, "pin", "bad_length"),
        ({"pin": "1" * 13}, "pin", "bad_length"),
        ({"pin": "١٢٣٤"}, "pin", "not_digits"),  # Arabic-Indic digits are not ASCII digits
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(staff, admin, unchanged, kwargs, field, code):
    args = {"name": "Rita", "role": StaffRole.RECEPTION, "pin": "1234", **kwargs}
    with unchanged(Staff), pytest.raises(ValidationError) as err:
        staff.add(admin, **args)
    assert (err.value.field, err.value.code) == (field, code)


def test_who_may_manage_staff(staff, admin, identity, outreach, kiosk, unchanged):
    mid = staff.add(admin, name="Mo Manager", role=StaffRole.MANAGER, pin="1357")
    manager = staff.sign_in(identity, mid, "1357")
    staff.add(manager, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    with unchanged(Staff), pytest.raises(PermissionDeniedError):
        staff.add(outreach, name="Otto", role=StaffRole.OUTREACH, pin="1234")
    with unchanged(Staff), pytest.raises(PermissionDeniedError):
        staff.add(kiosk, name="Kay", role=StaffRole.RECEPTION, pin="1234")
    # a manager may not make an administrator (that would be giving themselves more power)
    with unchanged(Staff), pytest.raises(PermissionDeniedError):
        staff.add(manager, name="Eve", role=StaffRole.ADMIN, pin="1234")


def test_sign_in_returns_actor_and_audits(store, staff, admin, identity):
    sid = staff.add(admin, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    actor = staff.sign_in(identity, sid, "1234")
    assert actor == Actor(
        identity.device_id, identity.hub_id, identity.site_id, sid, StaffRole.RECEPTION
    )
    last = _audit_rows(store, "staff.sign_in")[-1]
    assert json.loads(last.detail)["outcome"] == "ok"
    assert last.staff_id == sid


def test_wrong_pins_lock_out_with_growing_delay(store, staff, admin, identity, clock):
    sid = staff.add(admin, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    outbox_before = len(_audit_rows(store, "staff.sign_in"))
    lefts = []
    for _ in range(4):
        with pytest.raises(WrongPinError) as err:
            staff.sign_in(identity, sid, "0000")
        lefts.append(err.value.attempts_left)
        assert err.value.locked_until is None
    assert lefts == [4, 3, 2, 1]
    # the fifth wrong PIN starts a lockout
    with pytest.raises(WrongPinError) as err:
        staff.sign_in(identity, sid, "0000")
    first_delay = lockout_delay(5)
    assert first_delay > timedelta(0)
    assert err.value.attempts_left == 0
    assert err.value.locked_until == clock.now() + first_delay
    # while locked even the right PIN is refused, and the count does not move
    with pytest.raises(LockedOutError) as locked:
        staff.sign_in(identity, sid, "1234")
    assert locked.value.until == clock.now() + first_delay
    # when it ends, another wrong PIN locks for longer
    clock.advance(first_delay)
    with pytest.raises(WrongPinError) as err:
        staff.sign_in(identity, sid, "0000")
    second = err.value.locked_until - clock.now()
    assert second == lockout_delay(6)
    assert second > first_delay
    clock.advance(second + timedelta(seconds=1))
    # the right PIN works again and resets the count
    staff.sign_in(identity, sid, "1234")
    with store.read() as session:
        row = session.get(Staff, sid)
        assert (row.failed_attempts, row.locked_until) == (0, None)
    with pytest.raises(WrongPinError) as err:
        staff.sign_in(identity, sid, "0000")
    assert err.value.attempts_left == 4
    outcomes = [
        json.loads(e.detail)["outcome"] for e in _audit_rows(store, "staff.sign_in")[outbox_before:]
    ]
    assert outcomes == ["wrong_pin"] * 5 + ["locked", "wrong_pin", "ok", "wrong_pin"]
    for entry in _audit_rows(store, "staff.sign_in"):
        assert "0000" not in entry.detail
        assert "1234" not in entry.detail


def test_failed_attempts_do_not_sync(store, staff, admin, identity, count):
    sid = staff.add(admin, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    before = count(OutboxEvent)
    with pytest.raises(WrongPinError):
        staff.sign_in(identity, sid, "9999")
    staff.sign_in(identity, sid, "1234")
    assert count(OutboxEvent) == before


def test_inactive_and_unknown_staff_refused(store, staff, admin, identity):
    sid = staff.add(admin, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    staff.deactivate(admin, sid)
    with pytest.raises(ValidationError) as err:
        staff.sign_in(identity, sid, "1234")
    assert (err.value.field, err.value.code) == ("staff", "inactive")
    with pytest.raises(ValidationError) as err:
        staff.sign_in(identity, uuid.uuid4(), "1234")
    assert err.value.code == "unknown_staff"
    outcomes = [json.loads(e.detail)["outcome"] for e in _audit_rows(store, "staff.sign_in")]
    assert outcomes[-2:] == ["inactive", "unknown_staff"]
    assert [s.active for s in staff.list(identity.hub_id) if s.id == sid] == [False]


def test_change_pin_self_or_manager(store, staff, admin, identity, unchanged, clock):
    rid = staff.add(admin, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    oid = staff.add(admin, name="Otto", role=StaffRole.OUTREACH, pin="4321")
    rita = staff.sign_in(identity, rid, "1234")
    staff.change_pin(rita, rid, "5555")
    with pytest.raises(WrongPinError):
        staff.sign_in(identity, rid, "1234")
    rita = staff.sign_in(identity, rid, "5555")
    with unchanged(Staff), pytest.raises(PermissionDeniedError):
        staff.change_pin(rita, oid, "0000")
    with unchanged(Staff), pytest.raises(ValidationError) as err:
        staff.change_pin(rita, rid, "12")
    assert err.value.field == "new_pin"
    # a manager resets a locked-out colleague's PIN, which clears the lockout
    for _ in range(5):
        with pytest.raises(WrongPinError):
            staff.sign_in(identity, oid, "0000")
    with pytest.raises(LockedOutError):
        staff.sign_in(identity, oid, "4321")
    staff.change_pin(admin, oid, "8642")
    assert staff.sign_in(identity, oid, "8642").staff_id == oid
    assert len(_audit_rows(store, "staff.pin_changed")) == 2


def test_manager_cannot_touch_an_admin(staff, admin, identity, unchanged):
    mid = staff.add(admin, name="Mo", role=StaffRole.MANAGER, pin="1357")
    mo = staff.sign_in(identity, mid, "1357")
    with unchanged(Staff), pytest.raises(PermissionDeniedError):
        staff.change_pin(mo, admin.staff_id, "0000")
    with unchanged(Staff), pytest.raises(PermissionDeniedError):
        staff.deactivate(mo, admin.staff_id)


def test_deactivate_rules(staff, admin, identity, outreach, unchanged, count):
    rid = staff.add(admin, name="Rita", role=StaffRole.RECEPTION, pin="1234")
    with unchanged(Staff), pytest.raises(PermissionDeniedError):
        staff.deactivate(outreach, rid)
    with unchanged(Staff), pytest.raises(ValidationError) as err:
        staff.deactivate(admin, admin.staff_id)
    assert err.value.code == "self"
    second = staff.add(admin, name="Bea", role=StaffRole.ADMIN, pin="9753")
    bea = staff.sign_in(identity, second, "9753")
    staff.deactivate(bea, admin.staff_id)  # two admins: one may go
    with unchanged(Staff), pytest.raises(ValidationError) as err:
        staff.deactivate(admin, second)  # (Ada's actor object outlives her account here)
    assert err.value.code == "last_admin"
    before = count(OutboxEvent)
    staff.deactivate(bea, rid)
    staff.deactivate(bea, rid)  # harmless
    assert count(OutboxEvent) == before + 1
    with pytest.raises(ValidationError):
        staff.deactivate(bea, uuid.uuid4())
