"""Facts about this store kept in `store_meta`: which hub, site and device it is."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hubdesk.storage.models import Meta

HUB_ID = "hub_id"
SITE_ID = "site_id"
DEVICE_ID = "device_id"
DEVICE_KIND = "device_kind"
DEMO = "demo"
HUB_KEY = "sync.hub_key"  # the hub key, base64 (written by hubdesk.sync.config)
DISCLOSURE_KEY = "reports.disclosure_key"  # this store's own, when it has no hub key yet


def get(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return row.value if row else None


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Meta, key)
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value
