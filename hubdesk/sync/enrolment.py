"""Enrolling a device with the central service, and getting the hub key onto it.

`enrol` redeems a single-use enrolment code (typed, or the text of its QR code) and keeps what the
service hands back: the device credential (keyring, else the encrypted store), the service URL,
and, on a fresh store, the hub and its sites so the device can be used at once.

The hub key never comes from the service alone. A device gets it one of three ways:
* it is the hub's first device: a new key is made here and, given the hub passphrase, wrapped with
  it and left on the service as an opaque blob for the hub's other devices;
* the hub passphrase unwraps the blob the service keeps for the hub;
* the hub-key transfer text (a QR code shown on an enrolled device) plus the hub passphrase.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import DeviceKind, SiteKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.ids import uuid7
from hubdesk.domain.text import require_text
from hubdesk.security import sealing
from hubdesk.security.keys import KdfParams
from hubdesk.storage import meta, outbox
from hubdesk.storage.engine import Store
from hubdesk.storage.models import Device, Hub, Site
from hubdesk.sync import config
from hubdesk.sync.client import CentralClient, RefusedError
from hubdesk.sync.protocol import ProtocolError, check_url, parse_enrol_text

# store_meta: "<device id> <request key>" of an enrolment not yet answered (see `enrol`)
ENROL_PENDING = "sync.enrol_pending"


@dataclass(frozen=True)
class EnrolResult:
    device_id: uuid.UUID
    hub_id: uuid.UUID
    hub_name: str
    site_id: uuid.UUID
    hub_key_source: str | None  # "new", "passphrase", "transfer", "existing" or None (none yet)
    credential_in_keyring: bool


def enrol(
    store: Store,
    code_or_qr: str,
    *,
    url: str | None = None,
    device_name: str,
    device_kind: DeviceKind | str,
    hub_passphrase: str | None = None,
    hub_key_transfer: str | None = None,
    ca_bundle: str | None = None,
    use_keyring: bool = True,
    now: datetime | None = None,
    hub_kdf: KdfParams | None = None,
) -> EnrolResult:
    """Enrol this store's device. Raises RefusedError (bad, used or expired code; wrong hub),
    OfflineError, or ValidationError (no URL, not https)."""
    try:
        code, qr_url = parse_enrol_text(code_or_qr)
    except ProtocolError:
        raise ValidationError(
            "code", "not_a_code", "is not an enrolment code or the text of its QR code"
        ) from None
    base = url or qr_url
    if not base:
        raise ValidationError("url", "required", "give the central service's address")
    base = check_url(base)
    kind = DeviceKind(device_kind)
    device_name = require_text(device_name, "device_name", max_len=120)
    with store.write() as session:
        held_device = meta.get(session, meta.DEVICE_ID)
        held_hub = meta.get(session, meta.HUB_ID)
        held_key = meta.get(session, config.HUB_KEY)
        # The device id and a random request key are kept before the first try: if the reply is
        # lost, the next try sends the same two and the service hands the same device back
        # (with a fresh credential) instead of refusing the code as used.
        pending = (meta.get(session, ENROL_PENDING) or "").split()
        if len(pending) == 2 and (held_device is None or pending[0] == held_device):
            device_text, request_key = pending
        else:
            device_text = held_device or str(uuid7())
            request_key = secrets.token_urlsafe(24)
            meta.put(session, ENROL_PENDING, f"{device_text} {request_key}")
    device_id = uuid.UUID(device_text)
    client = CentralClient(base, ca_bundle=ca_bundle)
    try:
        answer = client.enrol(
            code,
            device_name=device_name,
            device_kind=kind.value,
            device_id=device_id,
            hub_id=uuid.UUID(held_hub) if held_hub else None,
            request_key=request_key,
        )
        hub_id = uuid.UUID(answer["hub_id"])
        client.credential = str(answer["credential"])
        when = datetime.fromisoformat(answer["hub_created_at"])
        sites = answer.get("sites") or []
        site_id = _site_for(answer)
        with store.write() as session:
            if held_device is None:
                _adopt_hub(session, answer, hub_id, site_id, sites, when)
                device = Device(
                    id=device_id,
                    hub_id=hub_id,
                    site_id=site_id,
                    name=device_name[:120],
                    kind=kind.value,
                    created_at=now or when,
                )
                session.add(device)
                outbox.record(session, device, "upsert", now or when)
                meta.put(session, meta.HUB_ID, str(hub_id))
                meta.put(session, meta.SITE_ID, str(site_id))
                meta.put(session, meta.DEVICE_ID, str(device_id))
                meta.put(session, meta.DEVICE_KIND, kind.value)
                meta.put(session, meta.DEMO, "0")
            else:
                site_id = uuid.UUID(meta.get(session, meta.SITE_ID) or str(site_id))
            meta.put(session, config.URL, base)
            meta.put(session, config.CA_BUNDLE, ca_bundle or "")
            in_keyring = config.save_credential(
                session, device_id, client.credential, use_keyring=use_keyring
            )
            meta.put(session, ENROL_PENDING, "")
        source = "existing" if held_key else None
        if hub_key_transfer or hub_passphrase or not held_key:
            source = (
                _get_hub_key(
                    store,
                    client,
                    blob=answer.get("hub_key_blob"),
                    hub_passphrase=hub_passphrase,
                    transfer=hub_key_transfer,
                    held=held_key is not None,
                    kdf=hub_kdf or sealing.DEFAULT_KDF,
                )
                or source
            )
    finally:
        client.close()
    return EnrolResult(device_id, hub_id, str(answer["hub_name"]), site_id, source, in_keyring)


def _site_for(answer: dict[str, object]) -> uuid.UUID:
    chosen = answer.get("site_id")
    if chosen:
        return uuid.UUID(str(chosen))
    sites = answer.get("sites") or []
    assert isinstance(sites, list)
    hubs = [s for s in sites if isinstance(s, dict) and s.get("kind") == SiteKind.HUB.value]
    first = (hubs or sites or [None])[0]
    if isinstance(first, dict):
        return uuid.UUID(str(first["id"]))
    return uuid7()  # the hub has no site yet: this device makes one (below)


def _adopt_hub(
    session: Session,
    answer: dict[str, object],
    hub_id: uuid.UUID,
    site_id: uuid.UUID,
    sites: list[dict[str, object]],
    when: datetime,
) -> None:
    """Give a fresh store the hub and sites the service knows (footfall fields only; the hub's
    own records, with newer `updated_at`, replace them on the first pull)."""
    if session.get(Hub, hub_id) is None:
        session.add(
            Hub(
                id=hub_id,
                name=str(answer["hub_name"])[:120],
                code=str(answer["hub_code"])[:20],
                retention_months=24,
                privacy_notice="",
                privacy_notice_version=1,
                reach_districts="",
                created_at=when,
                updated_at=when,
            )
        )
        session.flush()
    known = {uuid.UUID(str(s["id"])) for s in sites}
    for s in sites:
        sid = uuid.UUID(str(s["id"]))
        if session.get(Site, sid) is None:
            kind = str(s.get("kind") or SiteKind.HUB.value)
            session.add(
                Site(
                    id=sid,
                    hub_id=hub_id,
                    name=str(s["name"])[:120],
                    kind=kind if kind in {k.value for k in SiteKind} else SiteKind.HUB.value,
                    postcode=(str(s["postcode"]) if s.get("postcode") else None),
                    active=True,
                    created_at=when,
                    updated_at=when,
                )
            )
    if site_id not in known:
        site = Site(
            id=site_id,
            hub_id=hub_id,
            name=str(answer["hub_name"])[:120],
            kind=SiteKind.HUB.value,
            postcode=None,
            active=True,
            created_at=when,
            updated_at=when,
        )
        session.add(site)
        outbox.record(session, site, "upsert", when)
    session.flush()


def _get_hub_key(
    store: Store,
    client: CentralClient,
    *,
    blob: object,
    hub_passphrase: str | None,
    transfer: str | None,
    held: bool,
    kdf: KdfParams,
) -> str | None:
    if transfer:
        if not hub_passphrase:
            raise ValidationError("hub_passphrase", "required", "is needed to read the transfer")
        config.set_hub_key(store, sealing.parse_hub_key_transfer(transfer, hub_passphrase))
        return "transfer"
    if isinstance(blob, str) and blob:
        if not hub_passphrase:
            return None  # enrolled; the key waits for the hub passphrase (`adopt_hub_key`)
        config.set_hub_key(store, sealing.unwrap_hub_key(blob, hub_passphrase))
        return "passphrase"
    if held:
        if hub_passphrase:
            key = config.load(store).hub_key
            assert key is not None
            _offer_blob(store, client, key, hub_passphrase, kdf)
        return "existing"
    # The hub's first device: a new hub key.
    key = sealing.new_hub_key()
    if hub_passphrase:
        return _offer_blob(store, client, key, hub_passphrase, kdf, fresh=True)
    config.set_hub_key(store, key)
    return "new"


def _offer_blob(
    store: Store,
    client: CentralClient,
    key: bytes,
    passphrase: str,
    kdf: KdfParams,
    *,
    fresh: bool = False,
) -> str:
    blob = sealing.wrap_hub_key(key, passphrase, kdf)
    try:
        client.put_hub_key_blob(blob)
    except RefusedError as exc:
        if exc.reason != "hub_key_already_set":
            raise
        # Another device of the hub got there first: use its key, not ours.
        theirs = client.get_hub_key_blob()
        assert theirs is not None
        config.set_hub_key(store, sealing.unwrap_hub_key(theirs, passphrase))
        return "passphrase"
    if fresh:
        config.set_hub_key(store, key)
        return "new"
    return "existing"


def adopt_hub_key(
    store: Store,
    *,
    hub_passphrase: str,
    transfer: str | None = None,
    ca_bundle: str | None = None,
) -> str:
    """Get the hub key onto an enrolled device after the fact (from the transfer text, or from
    the blob the service keeps, with the hub passphrase). Returns how it came."""
    if transfer:
        config.set_hub_key(store, sealing.parse_hub_key_transfer(transfer, hub_passphrase))
        return "transfer"
    cfg = config.load(store)
    if not cfg.url or not cfg.credential:
        raise ValidationError("device", "not_enrolled", "is not enrolled with a central service")
    client = CentralClient(cfg.url, cfg.credential, ca_bundle=ca_bundle or cfg.ca_bundle)
    try:
        blob = client.get_hub_key_blob()
    finally:
        client.close()
    if not blob:
        raise ValidationError("hub_key", "not_on_service", "no device of this hub has shared it")
    config.set_hub_key(store, sealing.unwrap_hub_key(blob, hub_passphrase))
    return "passphrase"
