"""What a device keeps to sync: the service URL, its credential, the hub key and its pull cursor.

All of it lives in the device's own SQLCipher-encrypted store (`store_meta`), except the device
credential, which goes into the OS keyring (service "hubdesk-device") when there is a working one
and falls back to the encrypted store otherwise. The hub key never leaves the device in the clear.
"""

from __future__ import annotations

import base64
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from hubdesk.storage import meta
from hubdesk.storage.engine import Store

log = logging.getLogger(__name__)

KEYRING_SERVICE = "hubdesk-device"

URL = "sync.url"
CA_BUNDLE = "sync.ca_bundle"
CURSOR = "sync.cursor"
HUB_KEY = meta.HUB_KEY
CREDENTIAL = "sync.credential"  # only when the keyring could not take it
CREDENTIAL_IN_KEYRING = "sync.credential_in_keyring"
LAST_SUCCESS = "sync.last_success_at"


@dataclass(frozen=True)
class SyncConfig:
    url: str | None
    ca_bundle: str | None
    credential: str | None
    hub_key: bytes | None
    hub_id: uuid.UUID | None
    device_id: uuid.UUID | None

    @property
    def enrolled(self) -> bool:
        return bool(self.url and self.credential)


def _keyring() -> object | None:
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # pragma: no cover - keyring is a dependency, but be safe
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return backend


def save_credential(
    session: Session, device_id: uuid.UUID, credential: str, *, use_keyring: bool = True
) -> bool:
    """Keep the credential; returns True if it went into the keyring."""
    backend = _keyring() if use_keyring else None
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, str(device_id), credential)  # type: ignore[attr-defined]
        except Exception:
            log.warning("keyring refused the device credential; keeping it in the store")
        else:
            meta.put(session, CREDENTIAL_IN_KEYRING, "1")
            meta.put(session, CREDENTIAL, "")
            return True
    meta.put(session, CREDENTIAL_IN_KEYRING, "0")
    meta.put(session, CREDENTIAL, credential)
    return False


def _load_credential(session: Session, device_id: uuid.UUID | None) -> str | None:
    if meta.get(session, CREDENTIAL_IN_KEYRING) == "1" and device_id is not None:
        backend = _keyring()
        if backend is None:
            return None
        try:
            value = backend.get_password(KEYRING_SERVICE, str(device_id))  # type: ignore[attr-defined]
        except Exception:
            return None
        return value if isinstance(value, str) else None
    return meta.get(session, CREDENTIAL) or None


def url(store: Store) -> str | None:
    """The central service's address, if the store syncs: without reading the credential (which
    may ask the OS keyring), for the apps deciding at start-up what to show and start."""
    with store.read() as session:
        return meta.get(session, URL) or None


def load(store: Store) -> SyncConfig:
    with store.read() as session:
        hub = meta.get(session, meta.HUB_ID)
        device = meta.get(session, meta.DEVICE_ID)
        device_id = uuid.UUID(device) if device else None
        key_text = meta.get(session, HUB_KEY)
        return SyncConfig(
            url=meta.get(session, URL) or None,
            ca_bundle=meta.get(session, CA_BUNDLE) or None,
            credential=_load_credential(session, device_id),
            hub_key=base64.b64decode(key_text) if key_text else None,
            hub_id=uuid.UUID(hub) if hub else None,
            device_id=device_id,
        )


def save_hub_key(session: Session, hub_key: bytes) -> None:
    meta.put(session, HUB_KEY, base64.b64encode(hub_key).decode())


def set_hub_key(store: Store, hub_key: bytes) -> None:
    with store.write() as session:
        save_hub_key(session, hub_key)


def set_url(store: Store, url: str, ca_bundle: str | None = None) -> None:
    with store.write() as session:
        meta.put(session, URL, url)
        meta.put(session, CA_BUNDLE, ca_bundle or "")


def get_cursor(session: Session) -> int:
    value = meta.get(session, CURSOR)
    return int(value) if value else 0


def put_cursor(session: Session, cursor: int) -> None:
    meta.put(session, CURSOR, str(cursor))
