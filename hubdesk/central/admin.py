"""Administrator actions on the central service: hubs, sites, enrolment codes, devices, users.

Plain functions over a `CentralStore`; `hubdesk.central.cli` is their command-line face.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from hubdesk.central.models import (
    CentralDevice,
    CentralEvent,
    CentralHub,
    CentralSite,
    DashboardUser,
    EnrolmentCode,
    EntityHub,
)
from hubdesk.central.service import skew_flagged, utcnow
from hubdesk.central.store import CentralStore
from hubdesk.domain.catalogue import SiteKind
from hubdesk.domain.errors import NotFoundError, ValidationError
from hubdesk.domain.text import require_text
from hubdesk.sync.protocol import enrol_qr_text, format_code, secret_hash

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12  # 60 bits; single use and short-lived
USER_ROLES = ("viewer", "manager", "admin")


@dataclass(frozen=True)
class HubInfo:
    id: uuid.UUID
    name: str
    code: str


def create_hub(
    store: CentralStore, name: str, code: str, *, hub_id: uuid.UUID | None = None
) -> HubInfo:
    clean = require_text(name, "name")
    short = require_text(code, "code", max_len=20).upper()
    with store.write() as session:
        if session.scalar(select(CentralHub).where(CentralHub.code == short)) is not None:
            raise ValidationError("code", "taken", "is already used by another hub")
        hub = CentralHub(id=hub_id or uuid.uuid4(), name=clean, code=short, created_at=utcnow())
        if session.get(EntityHub, hub.id) is not None:
            raise ValidationError("id", "taken", "is already a record of a hub")
        session.add(hub)
        session.add(EntityHub(entity_id=hub.id, entity="hub", hub_id=hub.id))
        return HubInfo(hub.id, hub.name, hub.code)


def find_hub(store: CentralStore, ref: str) -> HubInfo:
    """A hub by its code or id."""
    with store.read() as session:
        hub = session.scalar(select(CentralHub).where(CentralHub.code == ref.strip().upper()))
        if hub is None:
            try:
                hub = session.get(CentralHub, uuid.UUID(ref))
            except ValueError:
                hub = None
        if hub is None:
            raise NotFoundError("hub")
        return HubInfo(hub.id, hub.name, hub.code)


def list_hubs(store: CentralStore) -> list[HubInfo]:
    with store.read() as session:
        return [
            HubInfo(h.id, h.name, h.code)
            for h in session.scalars(select(CentralHub).order_by(CentralHub.code))
        ]


@dataclass(frozen=True)
class SiteInfo:
    id: uuid.UUID
    hub_id: uuid.UUID
    name: str
    kind: str
    postcode: str | None


def create_site(
    store: CentralStore,
    hub_ref: str,
    name: str,
    *,
    kind: str = "hub",
    postcode: str | None = None,
    site_id: uuid.UUID | None = None,
) -> SiteInfo:
    hub = find_hub(store, hub_ref)
    clean = require_text(name, "name")
    if kind not in {k.value for k in SiteKind}:
        raise ValidationError("kind", "unknown_kind", "is not a kind of site")
    from hubdesk.domain.postcode import parse_optional_postcode

    code = parse_optional_postcode(postcode, "postcode")
    with store.write() as session:
        site = CentralSite(
            id=site_id or uuid.uuid4(),
            hub_id=hub.id,
            name=clean,
            kind=kind,
            postcode=str(code) if code else None,
            active=True,
            updated_at=utcnow(),
        )
        if session.get(EntityHub, site.id) is not None:
            raise ValidationError("id", "taken", "is already a record of a hub")
        session.add(site)
        session.add(EntityHub(entity_id=site.id, entity="site", hub_id=hub.id))
        return SiteInfo(site.id, hub.id, site.name, site.kind, site.postcode)


@dataclass(frozen=True)
class EnrolmentCodeInfo:
    code: str  # shown once; only its hash is stored
    hub_id: uuid.UUID
    site_id: uuid.UUID | None
    expires_at: datetime
    qr_text: str

    @property
    def formatted(self) -> str:
        return format_code(self.code)


def create_enrolment_code(
    store: CentralStore,
    hub_ref: str,
    *,
    url: str,
    site_id: uuid.UUID | None = None,
    valid_for: timedelta = timedelta(hours=24),
    now: datetime | None = None,
) -> EnrolmentCodeInfo:
    """A single-use code a device enrols with; its QR text also carries the service URL."""
    hub = find_hub(store, hub_ref)
    now = now or utcnow()
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    with store.write() as session:
        if site_id is not None:
            site = session.get(CentralSite, site_id)
            if site is None or site.hub_id != hub.id:
                raise ValidationError("site", "unknown_site", "is not a site of this hub")
        session.add(
            EnrolmentCode(
                code_hash=secret_hash(code),
                hub_id=hub.id,
                site_id=site_id,
                created_at=now,
                expires_at=now + valid_for,
            )
        )
    return EnrolmentCodeInfo(code, hub.id, site_id, now + valid_for, enrol_qr_text(url, code))


def qr_ascii(text: str) -> str:
    """The QR code of `text` drawn with characters, for a terminal."""
    import qrcode

    qr = qrcode.QRCode(border=1)
    qr.add_data(text)
    qr.make(fit=True)
    out = io.StringIO()
    qr.print_ascii(out=out, invert=True)
    return out.getvalue()


def qr_png(text: str, box_size: int = 8) -> bytes:
    from hubdesk.security.passes import render_qr_png

    return render_qr_png(text, box_size=box_size)


@dataclass(frozen=True)
class DeviceInfo:
    id: uuid.UUID
    hub_code: str
    name: str
    kind: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None
    last_seq: int
    events: int
    clock_skew_s: float | None

    @property
    def clock_flagged(self) -> bool:
        """The device's clock was more than 2 minutes off at its last push."""
        return skew_flagged(self.clock_skew_s)


def list_devices(store: CentralStore, hub_ref: str | None = None) -> list[DeviceInfo]:
    hub = find_hub(store, hub_ref) if hub_ref else None
    with store.read() as session:
        counts = dict(
            session.execute(
                select(CentralEvent.device_id, func.count()).group_by(CentralEvent.device_id)
            ).all()
        )
        query = (
            select(CentralDevice, CentralHub.code)
            .join(CentralHub, CentralHub.id == CentralDevice.hub_id)
            .order_by(CentralHub.code, CentralDevice.enrolled_at)
        )
        if hub is not None:
            query = query.where(CentralDevice.hub_id == hub.id)
        return [
            DeviceInfo(
                d.id,
                code,
                d.name,
                d.kind,
                d.enrolled_at,
                d.revoked_at,
                d.last_seen_at,
                d.last_seq,
                int(counts.get(d.id, 0)),
                d.clock_skew_s,
            )
            for d, code in session.execute(query).all()
        ]


def revoke_device(store: CentralStore, device_id: uuid.UUID) -> None:
    """Refuse this device's credential from now on (its events already stored stay)."""
    with store.write() as session:
        device = session.get(CentralDevice, device_id)
        if device is None:
            raise NotFoundError("device", device_id)
        if device.revoked_at is None:
            device.revoked_at = utcnow()


# -- dashboard users --------------------------------------------------------------------------

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${b64(salt).decode()}${b64(digest).decode()}"  # noqa: E501


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    got = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), dklen=32, n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(got, base64.b64decode(digest))


def create_user(store: CentralStore, username: str, password: str, *, role: str = "viewer") -> None:
    name = require_text(username, "username", max_len=60).lower()
    if len(password) < 12:
        raise ValidationError("password", "too_short", "must be at least 12 characters")
    if role not in USER_ROLES:
        raise ValidationError("role", "unknown_role", "is not a dashboard role")
    with store.write() as session:
        if session.scalar(select(DashboardUser).where(DashboardUser.username == name)):
            raise ValidationError("username", "taken", "is already a dashboard user")
        session.add(
            DashboardUser(
                id=uuid.uuid4(),
                username=name,
                password_hash=hash_password(password),
                role=role,
                created_at=utcnow(),
            )
        )
