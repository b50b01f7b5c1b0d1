"""Staff roles and what each may do. Checked in the services, not only by hidden buttons."""

from __future__ import annotations

import enum

from hubdesk.domain.errors import PermissionDeniedError, ValidationError


class StaffRole(enum.StrEnum):
    RECEPTION = "reception"
    OUTREACH = "outreach"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(enum.StrEnum):
    SIGN_IN_OUT = "sign_in_out"  # sign people in or out on their behalf
    CLOSE_DAY = "close_day"  # sign everyone out at closing
    VIEW_FAMILIES = "view_families"
    EDIT_FAMILIES = "edit_families"
    MERGE_FAMILIES = "merge_families"
    MANAGE_PASSES = "manage_passes"
    LOG_CONTACTS = "log_contacts"
    MANAGE_TIMETABLE = "manage_timetable"
    RUN_OUTREACH = "run_outreach"
    VIEW_REPORTS = "view_reports"
    MANAGE_STAFF = "manage_staff"
    ADMINISTER = "administer"  # hub settings, keys, retention, subject access and erasure


_BASE = {
    Permission.SIGN_IN_OUT,
    Permission.CLOSE_DAY,
    Permission.VIEW_FAMILIES,
    Permission.EDIT_FAMILIES,
    Permission.MANAGE_PASSES,
    Permission.LOG_CONTACTS,
}

GRANTS: dict[StaffRole, frozenset[Permission]] = {
    StaffRole.RECEPTION: frozenset(_BASE | {Permission.MANAGE_TIMETABLE}),
    StaffRole.OUTREACH: frozenset(_BASE | {Permission.RUN_OUTREACH}),
    StaffRole.MANAGER: frozenset(set(Permission) - {Permission.ADMINISTER}),
    StaffRole.ADMIN: frozenset(Permission),
}


def may(role: StaffRole | None, permission: Permission) -> bool:
    return role is not None and permission in GRANTS[role]


def require(role: StaffRole | None, permission: Permission) -> None:
    """Raise PermissionDeniedError unless `role` grants `permission`."""
    if not may(role, permission):
        raise PermissionDeniedError(permission.value, role.value if role else None)


PIN_MIN = 4
PIN_MAX = 12


def validate_pin(pin: str, field: str = "pin") -> str:
    """A staff PIN: 4 to 12 digits."""
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        raise ValidationError(field, "not_digits", "must be digits only")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise ValidationError(field, "bad_length", f"must be {PIN_MIN} to {PIN_MAX} digits")
    return pin
