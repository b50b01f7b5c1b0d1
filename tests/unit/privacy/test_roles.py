"""Role checks live in the service layer: each privacy use case, and the family data around it,
refuses a role that may not do it, whatever the UI shows, and writes nothing when it refuses."""

from __future__ import annotations

import pytest

from hubdesk.domain.catalogue import ContactChannel, Need
from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.domain.staff import Permission, StaffRole, may
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import FamilyService
from hubdesk.services.hub_settings import HubSettingsService
from hubdesk.services.retention import RetentionService
from hubdesk.services.subject_access import SubjectAccessService
from hubdesk.storage.models import AuditEntry, Family, OutboxEvent

from .conftest import make_household

CALLER = "0191 496 0123"
ROLES = ("kiosk", "reception", "outreach", "manager", "admin")


def _cases(store, clock, family_id, tmp_path):
    sar = SubjectAccessService(store, clock)
    settings = HubSettingsService(store, clock)
    return {
        "export": (
            Permission.ADMINISTER,
            lambda a: sar.export(a, family_id, tmp_path / "x.pdf"),
        ),
        "collect": (Permission.ADMINISTER, lambda a: sar.collect(a, family_id)),
        "erase": (
            Permission.ADMINISTER,
            lambda a: ErasureService(store, clock).erase(a, family_id),
        ),
        "collect_caller": (Permission.ADMINISTER, lambda a: sar.collect_caller(a, phone=CALLER)),
        "erase_caller": (
            Permission.ADMINISTER,
            lambda a: ErasureService(store, clock).erase_caller(a, phone=CALLER),
        ),
        "notice": (Permission.ADMINISTER, lambda a: settings.set_privacy_notice(a, "New words.")),
        "retention_months": (Permission.ADMINISTER, lambda a: settings.set_retention_months(a, 36)),
        "due_count": (Permission.ADMINISTER, lambda a: RetentionService(store, clock).due_count(a)),
        "details": (
            Permission.VIEW_FAMILIES,
            lambda a: FamilyService(store, clock).details(a, family_id),
        ),
        "search": (
            Permission.VIEW_FAMILIES,
            lambda a: FamilyService(store, clock).search(a, "Zeb"),
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "export",
        "collect",
        "erase",
        "collect_caller",
        "erase_caller",
        "notice",
        "retention_months",
        "due_count",
        "details",
        "search",
    ],
)
@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_do_only_what_it_is_granted(
    request, store, clock, reception, tmp_path, count, case, role
):
    household = make_household(store, clock, reception, "Zebedee", "Quixote")
    ContactService(store, clock).log(  # an unregistered caller, for the caller cases
        reception, ContactIn(ContactChannel.PHONE, (Need.FOOD,), caller_phone=CALLER)
    )
    actor = request.getfixturevalue(role)
    permission, call = _cases(store, clock, household.family_id, tmp_path)[case]
    allowed = role != "kiosk" and may(StaffRole(role), permission)
    before = (count(AuditEntry), count(OutboxEvent), count(Family))
    if allowed:
        call(actor)
    else:
        with pytest.raises(PermissionDeniedError):
            call(actor)
        assert (count(AuditEntry), count(OutboxEvent), count(Family)) == before
        assert not (tmp_path / "x.hdx").exists()
    # only administrators may do the privacy work; managers may not
    if permission is Permission.ADMINISTER:
        assert allowed == (role == "admin")
