from __future__ import annotations

import uuid

import pytest

from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.domain.staff import GRANTS, Permission, StaffRole, may, require, validate_pin
from hubdesk.services.base import Actor, check

P = Permission

EXPECTED = {
    StaffRole.RECEPTION: {
        P.SIGN_IN_OUT, P.CLOSE_DAY, P.VIEW_FAMILIES, P.EDIT_FAMILIES, P.MANAGE_PASSES,
        P.LOG_CONTACTS, P.MANAGE_TIMETABLE,
    },
    StaffRole.OUTREACH: {
        P.SIGN_IN_OUT, P.CLOSE_DAY, P.VIEW_FAMILIES, P.EDIT_FAMILIES, P.MANAGE_PASSES,
        P.LOG_CONTACTS, P.RUN_OUTREACH,
    },
    StaffRole.MANAGER: set(Permission) - {P.ADMINISTER},
    StaffRole.ADMIN: set(Permission),
}  # fmt: skip


@pytest.mark.parametrize("role", list(StaffRole))
@pytest.mark.parametrize("permission", list(Permission))
def test_grant_table(role, permission):
    expected = permission in EXPECTED[role]
    assert may(role, permission) is expected
    if expected:
        require(role, permission)
    else:
        with pytest.raises(PermissionDeniedError) as err:
            require(role, permission)
        assert (err.value.action, err.value.role) == (permission.value, role.value)


def test_every_role_has_a_grant_entry():
    assert set(GRANTS) == set(StaffRole)


@pytest.mark.parametrize(
    ("role", "permission"),
    [
        (StaffRole.OUTREACH, P.MANAGE_STAFF),
        (StaffRole.OUTREACH, P.MANAGE_TIMETABLE),
        (StaffRole.RECEPTION, P.MERGE_FAMILIES),
        (StaffRole.RECEPTION, P.VIEW_REPORTS),
        (StaffRole.RECEPTION, P.RUN_OUTREACH),
        (StaffRole.MANAGER, P.ADMINISTER),
    ],
)
def test_notable_refusals(role, permission):
    assert not may(role, permission)


def test_no_role_may_nothing():
    for permission in Permission:
        assert not may(None, permission)
        with pytest.raises(PermissionDeniedError) as err:
            require(None, permission)
        assert err.value.role is None


def test_kiosk_actor_only_where_allowed():
    kiosk = Actor(uuid.uuid4(), uuid.uuid4(), uuid.uuid4())
    assert kiosk.is_kiosk
    check(kiosk, P.SIGN_IN_OUT, kiosk_ok=True)
    for permission in Permission:
        with pytest.raises(PermissionDeniedError):
            check(kiosk, permission)


def test_staff_actor_checked_by_role_even_where_kiosk_ok():
    outreach = Actor(uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), StaffRole.OUTREACH)
    check(outreach, P.RUN_OUTREACH)
    with pytest.raises(PermissionDeniedError):
        check(outreach, P.MANAGE_STAFF, kiosk_ok=True)


@pytest.mark.parametrize("pin", ["0000", "1234", "123456789012", "000000"])
def test_valid_pins(pin):
    assert validate_pin(pin) == pin


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("123", "bad_length"),
        ("1234567890123", "bad_length"),
        ("", "not_digits"),
        ("12 34", "not_digits"),
        ("12a4", "not_digits"),
        ("١٢٣٤", "not_digits"),  # Arabic-Indic digits
        ("１２３４", "not_digits"),  # full-width digits
        ("²²²²", "not_digits"),  # superscripts are isdigit() but not ASCII
        (1234, "not_digits"),
        (None, "not_digits"),
    ],
)
def test_invalid_pins(pin, code):
    with pytest.raises(ValidationError) as err:
        validate_pin(pin, "new_pin")
    assert (err.value.field, err.value.code) == ("new_pin", code)
    assert str(pin) not in err.value.message or pin in ("", None)
