"""What the kiosk shows about its hub: the name, the site, the privacy notice and the logo."""

from __future__ import annotations

from dataclasses import dataclass

from hubdesk.services.base import Actor, Service
from hubdesk.storage.models import Blob, Hub, Site

LOGO_BLOB = "hub_logo"


@dataclass(frozen=True)
class KioskProfile:
    hub_name: str
    site_name: str
    privacy_notice: str  # the hub's own notice; empty means "use the standard wording"
    privacy_notice_version: int
    logo_png: bytes | None


class KioskService(Service):
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
            )
