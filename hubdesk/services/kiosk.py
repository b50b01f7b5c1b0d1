"""The kiosk's own use cases: what it shows about its hub (name, site, privacy notice, logo, the
rooms a family can name), and the flows that must be one transaction.

Registering a household, issuing its first pass and signing it in is one unit of work: if any
step is refused, nothing of it is written (no half-registered family). The same holds for a
returning family that adds a new baby as it signs in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.clock import Clock
from hubdesk.domain.staff import Permission
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.families import ChildIn, FamilyIn, FamilyService
from hubdesk.services.passes import IssuedPass, PassService
from hubdesk.services.visits import SignedIn, SignIn, VisitService
from hubdesk.storage.engine import Store
from hubdesk.storage.models import Blob, Hub, Site

LOGO_BLOB = "hub_logo"


@dataclass(frozen=True)
class KioskProfile:
    hub_name: str
    site_name: str
    privacy_notice: str  # the hub's own notice; empty means "use the standard wording"
    privacy_notice_version: int
    logo_png: bytes | None
    rooms: tuple[str, ...] = ()  # where a family asking to speak to someone can say they are
    retention_months: int = 24  # how long a registered family's details are kept


@dataclass(frozen=True)
class RegisteredAndIn:
    """A new household, its first pass, and its sign-in: all committed together."""

    family_id: uuid.UUID
    issued: IssuedPass
    signed_in: SignedIn


def site_rooms(text: str | None) -> tuple[str, ...]:
    """The rooms of a site as the desk stores them: one per line, blanks dropped."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


class KioskService(Service):
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        super().__init__(store, clock)
        self.families = FamilyService(store, self.clock)
        self.passes = PassService(store, self.clock)
        self.visits = VisitService(store, self.clock)

    def profile(self, actor: Actor) -> KioskProfile:
        with self.store.read() as session:
            hub = session.get(Hub, actor.hub_id)
            site = session.get(Site, actor.site_id)
            logo = session.get(Blob, LOGO_BLOB)
            return KioskProfile(
                hub_name=hub.name if hub else "",
                site_name=site.name if site else "",
                privacy_notice=hub.privacy_notice if hub else "",
                privacy_notice_version=hub.privacy_notice_version if hub else 1,
                logo_png=bytes(logo.data) if logo else None,
                rooms=site_rooms(site.rooms if site else None),
                retention_months=hub.retention_months if hub else 24,
            )

    def register_and_sign_in(
        self,
        actor: Actor,
        family: FamilyIn,
        reason: VisitReason,
        activity_id: uuid.UUID | None = None,
        first_time: bool | None = None,
    ) -> RegisteredAndIn:
        """Register the household, issue its first pass and sign everyone in, as one
        transaction: committed durably before this returns, or not at all."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        with self.store.write():
            registered = self.families.register(actor, family)
            issued = self.passes.issue(actor, registered.family_id)
            signed_in = self.visits.sign_in(
                actor,
                SignIn(
                    reason=reason,
                    family_id=registered.family_id,
                    member_ids=registered.member_ids,
                    activity_id=activity_id,
                    first_time=first_time,
                ),
            )
        return RegisteredAndIn(registered.family_id, issued, signed_in)

    def sign_in_household(
        self, actor: Actor, request: SignIn, new_children: tuple[ChildIn, ...] = ()
    ) -> SignedIn:
        """Sign a returning family in; children it adds on the way (a new baby) join the
        family, flagged for staff to check, and are signed in with it. One transaction."""
        check(actor, Permission.SIGN_IN_OUT, kiosk_ok=True)
        if request.family_id is None:
            return self.visits.sign_in(actor, request)
        with self.store.write():
            if new_children:
                added = self.families.add_children_at_kiosk(actor, request.family_id, new_children)
                request = replace(request, member_ids=(*request.member_ids, *added))
            # a refusal here (the family is in already, say) takes the new children back out
            return self.visits.sign_in(actor, request)
