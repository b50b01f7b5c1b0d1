"""Subject access: everything this device holds about a family, as JSON and as a readable PDF,
in one encrypted file.

**What is in it.** The family record and every member (including members taken off the family),
families merged into it, every pass, every visit (all columns, the site and activity names, which
members were ticked), every "Here to Help" contact, the consent record with the words of the
notice agreed to (when this device has them), and the audit entries about any of those records
(codes and counts only). Nothing about any other family: visits and contacts are selected by the
family's own ids, and staff are named by id only (their names are theirs).

**How it is protected.** The export holds personal data, so it is never written in the clear.
The standard library has no password-protected archive, so the two files are put in a zip in
memory and the zip is encrypted with AES-256-GCM under a key derived with Argon2id (the same
parameters as the store's passphrase wrap, hubdesk.security.keys) from a passphrase the member of
staff types, at least 10 characters. The file itself is written atomically with mode 0600
(hubdesk.security.files), by default into a user-only (0700) ``exports`` folder in the data
directory. `hubdesk export-open` decrypts it into a new user-only folder. Give the passphrase to the
family by another route than the file (say it on the phone, or hand it over in person).

File format (version 1)::

    b"HUBDESK-SAR\\x00" + u32 big-endian header length + header (JSON) + AES-GCM ciphertext
    header = {"format": "hubdesk-subject-access", "version": 1, "kdf": "argon2id",
              "iterations": .., "lanes": .., "memory_cost": .., "salt": "<b64>",
              "cipher": "aes-256-gcm", "nonce": "<b64>"}

The associated data is the magic and the header bytes, so neither can be altered unnoticed.
"""

from __future__ import annotations

import base64
import io
import json
import os
import secrets
import struct
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.clock import Clock
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import Permission
from hubdesk.security.files import write_private_file
from hubdesk.security.keys import KdfParams, WrongSecretError, derive_kek, validate_passphrase
from hubdesk.services.base import Actor, Service, check
from hubdesk.services.contacts import caller_contacts
from hubdesk.services.families import live_family
from hubdesk.services.hub_settings import notice_text
from hubdesk.services.pdf import TextDocument
from hubdesk.storage.engine import Store
from hubdesk.storage.models import (
    Activity,
    AuditEntry,
    Base,
    Contact,
    Family,
    FamilyPass,
    Hub,
    Site,
    Visit,
    VisitMember,
)

MAGIC = b"HUBDESK-SAR\x00"
FORMAT = "hubdesk-subject-access"
VERSION = 1
JSON_NAME = "subject-access.json"
PDF_NAME = "subject-access.pdf"
SALT_LENGTH = 16
NONCE_LENGTH = 12
HEADER_MAX = 4096


@dataclass(frozen=True)
class ExportResult:
    path: Path
    family_id: uuid.UUID
    members: int
    visits: int
    contacts: int


# --- collecting -------------------------------------------------------------------------------


def _value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _row(row: Base, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    return {
        attr.key: _value(getattr(row, attr.key))
        for attr in inspect(type(row)).column_attrs
        if attr.key not in skip
    }


# Staff-side bookkeeping that is not about the family (and the PIN lockout is not on families).
_FAMILY_SKIP: frozenset[str] = frozenset()


def collect(session: Session, family: Family, generated_at: datetime) -> dict[str, Any]:
    """Everything held about `family` (and the families merged into it), JSON-ready."""
    families = [family]
    frontier = [family.id]
    while frontier:
        merged = session.scalars(select(Family).where(Family.merged_into_id.in_(frontier))).all()
        frontier = [f.id for f in merged if f not in families]
        families.extend(f for f in merged if f not in families)
    family_ids = [f.id for f in families]
    hub = session.get(Hub, family.hub_id)
    assert hub is not None
    members = [m for f in families for m in f.members]
    member_ids = {m.id for m in members}
    passes = session.scalars(
        select(FamilyPass)
        .where(FamilyPass.family_id.in_(family_ids))
        .order_by(FamilyPass.issued_at)
    ).all()
    visits = session.scalars(
        select(Visit).where(Visit.family_id.in_(family_ids)).order_by(Visit.signed_in_at)
    ).all()
    site_names = {s.id: s.name for s in session.scalars(select(Site))}
    visit_rows = []
    for visit in visits:
        row = _row(visit)
        row["site_name"] = site_names.get(visit.site_id)
        if visit.activity_id is not None:
            activity = session.get(Activity, visit.activity_id)
            row["activity_name"] = activity.name if activity else None
        row["members_ticked"] = sorted(
            str(m)
            for m in session.scalars(
                select(VisitMember.member_id).where(VisitMember.visit_id == visit.id)
            )
            if m in member_ids
        )
        visit_rows.append(row)
    contacts = session.scalars(
        select(Contact).where(Contact.family_id.in_(family_ids)).order_by(Contact.contacted_at)
    ).all()
    contact_rows = []
    for contact in contacts:
        row = _row(contact)
        row["site_name"] = site_names.get(contact.site_id)
        contact_rows.append(row)
    subject_ids = {
        str(x)
        for x in (
            *family_ids,
            *member_ids,
            *(p.id for p in passes),
            *(v.id for v in visits),
            *(c.id for c in contacts),
        )
    }
    audit_rows = []
    entries = session.scalars(
        select(AuditEntry)
        .where(
            or_(
                AuditEntry.subject_id.in_(subject_ids),
                # a merge names the duplicate in its detail
                *(AuditEntry.detail.contains(str(fid)) for fid in family_ids),
            )
        )
        .order_by(AuditEntry.seq)
    ).all()
    for entry in entries:
        audit_rows.append(
            {
                "seq": entry.seq,
                "at": _value(entry.at),
                "action": entry.action,
                "subject_type": entry.subject_type,
                "subject_id": entry.subject_id,
                "staff_id": _value(entry.staff_id),
                "device_id": _value(entry.device_id),
                "detail": json.loads(entry.detail or "{}"),
            }
        )
    consent_version = family.consent_notice_version
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": generated_at.isoformat(),
        "hub": {"id": str(hub.id), "name": hub.name, "code": hub.code},
        "family": _row(family, _FAMILY_SKIP),
        "merged_families": [_row(f) for f in families[1:]],
        "members": [_row(m) for m in members],
        "passes": [_row(p) for p in passes],
        "visits": visit_rows,
        "contacts": contact_rows,
        "consent": {
            "notice_version": consent_version,
            "agreed_at": _value(family.consent_at),
            "current_notice_version": hub.privacy_notice_version,
            "notice_text": (
                notice_text(session, hub, consent_version) if consent_version is not None else None
            ),
        },
        "audit": audit_rows,
    }


# --- the readable copy ------------------------------------------------------------------------


def render_pdf(data: dict[str, Any]) -> bytes:
    doc = TextDocument()
    doc.title(f"Information held about you by {data['hub']['name']}")
    doc.paragraph(
        f"Prepared {data['generated_at']} in answer to a subject access request. "
        "It lists everything this hub's sign-in system holds about your family. "
        "The file subject-access.json beside it holds the same information for computers."
    )
    family = data["family"]
    doc.heading("Your family")
    for label, key in (
        ("Family reference", "id"),
        ("Postcode", "postcode"),
        ("Phone", "phone"),
        ("Email", "email"),
        ("Notes", "notes"),
        ("Registered", "created_at"),
        ("Last visit", "last_visit_at"),
    ):
        doc.field(label, family.get(key))
    doc.heading("People")
    for m in data["members"]:
        name = " ".join(x for x in (m.get("first_name"), m.get("last_name")) if x)
        kind = "child" if m.get("is_child") else (m.get("role") or "adult")
        extra = []
        if m.get("date_of_birth"):
            extra.append(f"born {m['date_of_birth']}")
        if m.get("send"):
            extra.append("SEND")
        if m.get("gender"):
            extra.append(str(m["gender"]))
        if m.get("removed"):
            extra.append("no longer listed")
        doc.field(name or "(no name)", ", ".join([kind, *extra]))
    if data["merged_families"]:
        doc.heading("Records joined to yours")
        for f in data["merged_families"]:
            doc.field("Family reference", f.get("id"))
            for label, key in (("Postcode", "postcode"), ("Phone", "phone"), ("Email", "email")):
                if f.get(key):
                    doc.field(f"  {label}", f.get(key))
            if f.get("notes"):
                doc.field("  Notes", f.get("notes"))
    doc.heading("Consent to the privacy notice")
    consent = data["consent"]
    doc.field("Version agreed", consent["notice_version"])
    doc.field("Agreed on", consent["agreed_at"])
    if consent.get("notice_text"):
        doc.field("Wording agreed to", consent["notice_text"])
    doc.heading("Passes")
    for p in data["passes"]:
        state = f"cancelled {p['revoked_at']}" if p.get("revoked_at") else "in use"
        doc.field(f"Pass {p.get('short_code')}", f"issued {p.get('issued_at')}, {state}")
    doc.heading(f"Visits ({len(data['visits'])})")
    for v in data["visits"]:
        where = v.get("site_name") or ""
        what = v.get("activity_name") or v.get("reason")
        names = f"; names: {v['names']}" if v.get("names") else ""
        out = f", out {v['signed_out_at']}" if v.get("signed_out_at") else ""
        doc.field(v["signed_in_at"], f"{where}, {what}, {v.get('people')} people{out}{names}")
    doc.heading(f"Help and advice ({len(data['contacts'])})")
    for c in data["contacts"]:
        doc.field(c["contacted_at"], f"{c.get('channel')} at {c.get('site_name') or ''}")
        doc.field("  Needs", c.get("needs"))
        if c.get("outcomes"):
            doc.field("  Outcomes", c.get("outcomes"))
        if c.get("referred_to"):
            doc.field("  Referred to", c.get("referred_to"))
        if c.get("signposted_to"):
            doc.field("  Signposted to", c.get("signposted_to"))
        if c.get("caller_name") or c.get("caller_phone"):
            caller = ", ".join(x for x in (c.get("caller_name"), c.get("caller_phone")) if x)
            doc.field("  Caller", caller)
        if c.get("notes"):
            doc.field("  Notes", c.get("notes"))
        if c.get("follow_up_due"):
            doc.field("  Follow-up due", c.get("follow_up_due"))
    doc.heading(f"Record of changes ({len(data['audit'])})")
    for a in data["audit"]:
        doc.field(a["at"], a["action"])
    return doc.render()


# --- sealing ----------------------------------------------------------------------------------


def seal_export(files: dict[str, bytes], passphrase: str, kdf: KdfParams) -> bytes:
    """The encrypted export: `files` zipped, then AES-256-GCM under Argon2id(passphrase)."""
    secret = validate_passphrase(passphrase)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    salt = secrets.token_bytes(SALT_LENGTH)
    nonce = secrets.token_bytes(NONCE_LENGTH)
    header = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "kdf": "argon2id",
            "iterations": kdf.iterations,
            "lanes": kdf.lanes,
            "memory_cost": kdf.memory_cost,
            "salt": base64.b64encode(salt).decode("ascii"),
            "cipher": "aes-256-gcm",
            "nonce": base64.b64encode(nonce).decode("ascii"),
        },
        sort_keys=True,
    ).encode()
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    key = derive_kek(secret, salt, kdf)
    return prefix + AESGCM(key).encrypt(nonce, buffer.getvalue(), prefix)


def _bad_file() -> ValidationError:
    return ValidationError("file", "not_an_export", "is not a hubdesk subject access export")


def open_export(blob: bytes, passphrase: str) -> dict[str, bytes]:
    """The files inside an export. WrongSecretError for a wrong passphrase (or a changed file),
    ValidationError("file", ...) for something that is not an export at all."""
    if not isinstance(blob, bytes) or not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 4:
        raise _bad_file()
    (length,) = struct.unpack(">I", blob[len(MAGIC) : len(MAGIC) + 4])
    if not 0 < length <= HEADER_MAX or len(blob) < len(MAGIC) + 4 + length:
        raise _bad_file()
    header_bytes = blob[len(MAGIC) + 4 : len(MAGIC) + 4 + length]
    try:
        header = json.loads(header_bytes)
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise _bad_file()
        kdf = KdfParams(header["iterations"], header["lanes"], header["memory_cost"])
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _bad_file() from None
    if len(salt) != SALT_LENGTH or len(nonce) != NONCE_LENGTH:
        raise _bad_file()
    prefix = blob[: len(MAGIC) + 4 + length]
    if not isinstance(passphrase, str) or not passphrase:
        raise WrongSecretError("the passphrase does not open this export")
    key = derive_kek(passphrase, salt, kdf)
    try:
        plain = AESGCM(key).decrypt(nonce, blob[len(prefix) :], prefix)
    except InvalidTag:
        raise WrongSecretError("the passphrase does not open this export") from None
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def private_folder(path: Path) -> Path:
    """Make `path` (and parents) if needed; the folder itself user-only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name != "nt":
        path.chmod(0o700)
    return path


def write_opened(files: dict[str, bytes], folder: Path) -> list[Path]:
    """Write the opened files into `folder` (made user-only), each 0600. Names are checked so a
    doctored archive cannot write outside the folder."""
    private_folder(folder)
    written = []
    for name, data in files.items():
        if Path(name).name != name or name in ("", ".", ".."):
            raise _bad_file()
        target = folder / name
        write_private_file(target, data)
        written.append(target)
    return written


# --- the use case -----------------------------------------------------------------------------


class SubjectAccessService(Service):
    def __init__(
        self, store: Store, clock: Clock | None = None, *, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(store, clock)
        self._kdf = kdf or KdfParams()

    def collect(self, actor: Actor, family_id: uuid.UUID) -> dict[str, Any]:
        """Everything held about the family, as a dict (no file written). Needs ADMINISTER."""
        check(actor, Permission.ADMINISTER)
        with self.store.read() as session:
            return collect(session, live_family(session, actor.hub_id, family_id), self.now())

    def export(
        self, actor: Actor, family_id: uuid.UUID, path: Path, passphrase: str
    ) -> ExportResult:
        """Write the encrypted export of a family to `path` (0600) and record it in the audit log.

        Raises ValidationError("family", ...) for a family not held here,
        ValidationError("passphrase", ...) for a passphrase under 10 characters.
        """
        check(actor, Permission.ADMINISTER)
        validate_passphrase(passphrase)
        if not isinstance(family_id, uuid.UUID):
            raise ValidationError("family", "not_an_id", "is not a family id")
        now = self.now()
        with self.store.read() as session:
            family = live_family(session, actor.hub_id, family_id)
            data = collect(session, family, now)
        document = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode()
        blob = seal_export({JSON_NAME: document, PDF_NAME: render_pdf(data)}, passphrase, self._kdf)
        path = Path(path)
        if not path.parent.exists():
            private_folder(path.parent)
        write_private_file(path, blob)
        with self.store.write() as session:
            self._audit(
                session,
                actor,
                "family.exported",
                "family",
                data["family"]["id"],
                members=len(data["members"]),
                visits=len(data["visits"]),
                contacts=len(data["contacts"]),
            )
        return ExportResult(
            path,
            uuid.UUID(data["family"]["id"]),
            len(data["members"]),
            len(data["visits"]),
            len(data["contacts"]),
        )

    def collect_caller(
        self, actor: Actor, *, name: str | None = None, phone: str | None = None
    ) -> dict[str, Any]:
        """Everything held about an unregistered caller (someone who phoned or came in without
        registering, who left a name or a number to call back): the contacts of the hub whose
        caller has this number or this name (services/contacts.caller_contacts), every column,
        and the audit entries about them. Needs ADMINISTER. The request is audited (counts only).
        """
        check(actor, Permission.ADMINISTER)
        now = self.now()
        with self.store.read() as session:
            contacts = caller_contacts(session, actor.hub_id, name, phone)
            hub = session.get(Hub, actor.hub_id)
            assert hub is not None
            site_names = {s.id: s.name for s in session.scalars(select(Site))}
            rows = []
            for contact in contacts:
                row = _row(contact)
                row["site_name"] = site_names.get(contact.site_id)
                rows.append(row)
            ids = [str(c.id) for c in contacts]
            audit_rows = [
                {
                    "seq": e.seq,
                    "at": _value(e.at),
                    "action": e.action,
                    "subject_id": e.subject_id,
                    "staff_id": _value(e.staff_id),
                    "detail": json.loads(e.detail or "{}"),
                }
                for e in session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.subject_id.in_(ids))
                    .order_by(AuditEntry.seq)
                )
            ]
        with self.store.write() as session:
            self._audit(
                session, actor, "caller.subject_access", "hub", actor.hub_id, contacts=len(rows)
            )
        return {
            "format": FORMAT,
            "version": VERSION,
            "generated_at": now.isoformat(),
            "hub": {"id": str(hub.id), "name": hub.name, "code": hub.code},
            "caller": {"name": name, "phone": phone},
            "contacts": rows,
            "audit": audit_rows,
        }
