"""Subject access: everything this device holds about a family, as one PDF the family can open.

**What is in it.** The family record and every member (including members taken off the family),
families merged into it, every pass, every visit (the site and activity names, who came), every
"Here to Help" contact, the consent record with the words of the notice agreed to (when this device
has them), and the changes made to any of those records. Nothing about any other family: visits and
contacts are selected by the family's own ids, and staff are not named (their names are theirs).
The PDF says it all in plain words, in sections a family recognises ("Who is in your family",
"Your visits", ...); the same data, complete and machine-readable, is attached inside the PDF as
``subject-access.json`` (the right to data portability). The readable part is written on a
`Document`: the desk passes its Qt writer (every script); the command line uses TextDocument.

**An unregistered caller** (someone who phoned or came in without registering, leaving a name and
a number to call back on the contact) is found by that number or name (`collect_caller`);
`export_caller` writes the same kind of PDF for them: the details they gave and each contact.

**How it is protected.** The PDF is encrypted with AES-256 (the PDF 2.0 standard security
handler, revision 6) under a password made for this export by `new_password`: 16 lower-case
letters and digits in four groups, with no characters that look or sound alike, so it can be read
out on the phone or copied from the screen. Any PDF reader (Adobe, Edge, Chrome, Firefox, Preview,
Evince) asks for it and opens the file; nothing opens it without. The password is returned to the
member of staff once, to hand over another way than the file; it is not stored anywhere (not in
the file, the database, the audit log or a log). The file is written atomically and user-only
(0600 from its first byte, hubdesk.security.files), by default into a user-only (0700) ``exports``
folder in the data directory. The PDF is made with pypdf (BSD-3-Clause, pure Python; its AES is
`cryptography`'s).

Exports made by earlier versions (``.hdx``: a zip under Argon2id + AES-256-GCM) still open with
`hubdesk export-open`, which opens the PDF ones too."""

from __future__ import annotations

import base64
import io
import json
import os
import secrets
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.clock import Clock
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import Permission
from hubdesk.security.files import write_private_file
from hubdesk.security.keys import KdfParams, WrongSecretError, derive_kek, validate_passphrase
from hubdesk.services.base import HUB_TZ, Actor, Service, check
from hubdesk.services.contacts import caller_contacts
from hubdesk.services.families import live_family
from hubdesk.services.hub_settings import notice_text
from hubdesk.services.pdf import TextDocument
from hubdesk.storage.engine import Store
from hubdesk.storage.models import (
    Activity,
    AuditEntry,
    Base,
    Booking,
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
    # shown to staff once, to hand over separately; never written anywhere (nor in a repr)
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class CallerExportResult:
    path: Path
    contacts: int
    # shown to staff once, to hand over separately; never written anywhere (nor in a repr)
    password: str = field(default="", repr=False)


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
    bookings = session.scalars(
        select(Booking).where(Booking.family_id.in_(family_ids)).order_by(Booking.created_at)
    ).all()
    booking_rows = []
    for booking in bookings:
        row = _row(booking)
        activity = session.get(Activity, booking.activity_id)
        if activity is not None:
            row["activity_name"] = activity.name
            row["activity_starts_at"] = _value(activity.starts_at)
            row["site_name"] = site_names.get(activity.site_id)
        booking_rows.append(row)
    subject_ids = {
        str(x)
        for x in (
            *family_ids,
            *member_ids,
            *(p.id for p in passes),
            *(v.id for v in visits),
            *(c.id for c in contacts),
            *(b.id for b in bookings),
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
        "bookings": booking_rows,
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

# English words for the codes stored in the record (the export is for the family, not for staff:
# no code such as ``child_development`` appears in the PDF; the JSON keeps the codes).
_ROLES = {
    "mother": "mum",
    "father": "dad",
    "carer": "carer",
    "grandparent": "grandparent",
    "other": "adult",
}
_GENDERS = {"female": "female", "male": "male", "other": "another gender"}
_REASONS = {
    "activity": "a session",
    "here_to_help": "Here to Help",
    "health_visitor": "to see the health visitor",
    "appointment": "an appointment",
    "just_visiting": "a visit",
    "other": "another reason",
}
_CHANNELS = {
    "in_person": "In person",
    "phone": "Phone call",
    "email": "Email",
    "online_request": "Online request",
}
_NEEDS = {
    "housing": "housing",
    "money": "money",
    "food": "food",
    "parenting": "parenting",
    "child_development": "child development",
    "send": "special educational needs and disabilities (SEND)",
    "mental_health": "mental health",
    "domestic_abuse": "domestic abuse",
    "health": "health",
    "education": "education",
    "other": "something else",
}
_OUTCOMES = {
    "advice": "advice given",
    "signposted": "signposted to another service",
    "referral": "referred to another service",
    "booked_group": "booked into a group",
    "early_help_request": "request for early help",
}
_BOOKING_STATUS = {
    "booked": "booked",
    "waiting": "on the waiting list",
    "offered": "offered a place",
    "came": "came",
    "cancelled": "cancelled",
}
_SIGNED_OUT_BY = {
    "family": "signed out at the kiosk",
    "staff": "signed out by staff",
    "closing": "signed out when the hub closed",
}


def _words(codes: str | None, names: dict[str, str]) -> str:
    return ", ".join(names.get(code, code.replace("_", " ")) for code in (codes or "").split())


def _when(value: str | None) -> str:
    """An ISO instant or date from the JSON as words: "Saturday 5 December 2026, 14:05" (UK)."""
    if not value:
        return ""
    try:
        if "T" not in value:
            day = date.fromisoformat(value)
            return f"{day:%A} {day.day} {day:%B %Y}"
        at = datetime.fromisoformat(value)
    except ValueError:
        return value
    if at.tzinfo is not None:
        at = at.astimezone(HUB_TZ)
    return f"{at:%A} {at.day} {at:%B %Y}, {at:%H:%M}"


def _age_on(born: str | None, on: str) -> str:
    if not born:
        return ""
    try:
        birth, today = date.fromisoformat(born), datetime.fromisoformat(on).date()
    except ValueError:
        return ""
    years = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    return f"{years} {'year' if years == 1 else 'years'} old"


def _person(member: dict[str, Any], generated_at: str) -> tuple[str, str]:
    name = " ".join(x for x in (member.get("first_name"), member.get("last_name")) if x)
    facts: list[str] = []
    if member.get("is_child"):
        facts.append("child")
        if member.get("date_of_birth"):
            facts.append(f"born {_when(member['date_of_birth'])}")
            age = _age_on(member["date_of_birth"], generated_at)
            if age:
                facts.append(age)
    else:
        facts.append(_ROLES.get(member.get("role") or "other", "adult"))
    if member.get("gender"):
        facts.append(_GENDERS.get(member["gender"], member["gender"]))
    if member.get("send"):
        facts.append("special educational needs and disabilities (SEND)")
    if member.get("removed"):
        facts.append("taken off the family (kept until the record is erased)")
    return name or "(no name)", ", ".join(facts)


_ACTIONS = {
    "family.registered": "Family registered",
    "family.updated": "Family details changed",
    "family.merged": "Another record joined to this one",
    "family.exported": "A copy of this record was made for you",
    "pass.issued": "Pass issued",
    "pass.revoked": "Pass cancelled",
    "contact.logged": "Help and advice recorded",
    "contact.updated": "Help and advice record corrected",
    "visit.signed_in": "Signed in",
    "visit.signed_out": "Signed out",
}


def _action(code: str) -> str:
    if code in _ACTIONS:
        return _ACTIONS[code]
    subject, _, verb = code.partition(".")
    return f"{subject.capitalize()} {verb.replace('_', ' ')}".strip()


class Document(Protocol):
    """What `render_pdf` writes on: `TextDocument` (services/pdf.py: no dependency, Windows-1252
    only), or the desk's Qt writer (hubdesk/ui/desk/subject_access_pdf.py), whose fonts hold every
    script a family's name may be written in (Arabic, Urdu, Polish, Romanian ...)."""

    def title(self, text: str) -> None: ...
    def heading(self, text: str) -> None: ...
    def paragraph(self, text: str) -> None: ...
    def field(self, label: str, value: object) -> None: ...
    def render(self) -> bytes: ...


def render_pdf(data: dict[str, Any], doc: Document | None = None) -> bytes:
    """The record in plain words, in sections a family recognises (English for now), on `doc`
    (default: a TextDocument)."""
    doc = doc if doc is not None else TextDocument()
    _introduction(doc, data)
    _family_section(doc, data["family"], data["members"], data["generated_at"])
    _merged_families_section(doc, data["merged_families"])
    _consent_section(doc, data["consent"])
    _passes_section(doc, data["passes"])
    _visits_section(doc, data["visits"])
    _contacts_section(doc, data["contacts"], "Help and advice you asked us for")
    _bookings_section(doc, data.get("bookings", []))
    doc.heading(f"Changes made to your record ({len(data['audit'])})")
    doc.paragraph("Every time staff or the kiosk changed your record, when, and what was done.")
    for a in data["audit"]:
        doc.field(_when(a["at"]), _action(a["action"]))
    return doc.render()


def _introduction(doc: Document, data: dict[str, Any]) -> None:
    """The title, why the record was made, and where the copy for computers is."""
    doc.title(f"Information {data['hub']['name']} holds about your family")
    doc.paragraph(
        f"Made on {_when(data['generated_at'])} because you asked to see the information we hold "
        "about you (a subject access request). It lists everything this hub's sign-in system "
        "holds about your family, in the sections below."
    )
    doc.paragraph(
        f"A copy for computers is attached inside this PDF as {JSON_NAME} (open your PDF "
        "reader's attachments panel to save it)."
    )


def _family_section(
    doc: Document, family: dict[str, Any], members: list[dict[str, Any]], generated: str
) -> None:
    """Who is in the family (current members first, then removed ones) and how to reach it."""
    doc.heading("Who is in your family")
    current = [m for m in members if not m.get("removed")]
    removed = [m for m in members if m.get("removed")]
    for member in current + removed:
        doc.field(*_person(member, generated))
    doc.heading("How we can reach you")
    doc.field("Postcode", family.get("postcode") or "none given")
    doc.field("Phone", family.get("phone") or "none given")
    doc.field("Email", family.get("email") or "none given")
    if family.get("notes"):
        doc.field("Notes staff wrote about your family", family["notes"])
    doc.field("First registered", _when(family.get("created_at")))
    doc.field("Last visit", _when(family.get("last_visit_at")) or "none yet")
    doc.field("Our reference for your family", family.get("id"))


def _merged_families_section(doc: Document, merged: list[dict[str, Any]]) -> None:
    """The records merged into this one, if any."""
    if not merged:
        return
    doc.heading("Other records joined to yours")
    doc.paragraph("Your family was registered more than once; these records were joined to yours.")
    for f in merged:
        doc.field("Reference", f.get("id"))
        for label, key in (("Postcode", "postcode"), ("Phone", "phone"), ("Email", "email")):
            if f.get(key):
                doc.field(f"  {label}", f.get(key))
        if f.get("notes"):
            doc.field("  Notes", f.get("notes"))


def _consent_section(doc: Document, consent: dict[str, Any]) -> None:
    doc.heading("Your agreement to our privacy notice")
    if consent["notice_version"] is None:
        doc.paragraph("We have no record of you agreeing to a privacy notice.")
        return
    doc.field("You agreed on", _when(consent["agreed_at"]))
    doc.field("Version of the notice", consent["notice_version"])
    if consent.get("notice_text"):
        doc.field("What it said", consent["notice_text"])


def _passes_section(doc: Document, passes: list[dict[str, Any]]) -> None:
    doc.heading("Your passes")
    if not passes:
        doc.paragraph("No pass has been issued.")
    for p in passes:
        state = f"cancelled {_when(p['revoked_at'])}" if p.get("revoked_at") else "in use"
        doc.field(f"Pass {p.get('short_code')}", f"issued {_when(p.get('issued_at'))}, {state}")


def _visits_section(doc: Document, visits: list[dict[str, Any]]) -> None:
    """Each visit: where, what for, who came, and how and when they signed out."""
    doc.heading(f"Your visits ({len(visits)})")
    if not visits:
        doc.paragraph("No visits are recorded.")
    for v in visits:
        what = v.get("activity_name") or _REASONS.get(v.get("reason") or "", v.get("reason"))
        people = v.get("people")
        who = f"{people} {'person' if people == 1 else 'people'}"
        if v.get("names"):
            who += f" ({v['names']})"
        parts = [f"at {v.get('site_name') or 'the hub'} for {what}", who]
        if v.get("signed_out_at"):
            out = datetime.fromisoformat(v["signed_out_at"]).astimezone(HUB_TZ)
            how = _SIGNED_OUT_BY.get(v.get("signed_out_by") or "", "signed out")
            parts.append(f"{how} at {out:%H:%M}")
        doc.field(_when(v["signed_in_at"]), ", ".join(parts))


def _bookings_section(doc: Document, bookings: list[dict[str, Any]]) -> None:
    """Each booking: the session, the places and where it stands."""
    doc.heading(f"Your bookings ({len(bookings)})")
    for b in bookings:
        what = b.get("activity_name") or "a session"
        where = f", {b['site_name']}" if b.get("site_name") else ""
        people = b.get("people")
        places = f"{people} place" + ("" if people == 1 else "s")
        status = _BOOKING_STATUS.get(b.get("status") or "", b.get("status") or "")
        doc.field(
            _when(b.get("activity_starts_at") or b["created_at"]),
            f"{what}{where}: {places}, {status}",
        )
        if b.get("override_reason"):
            doc.field("  Booked beyond the places because", b.get("override_reason"))


def _contacts_section(doc: Document, contacts: list[dict[str, Any]], heading: str) -> None:
    """The "Here to Help" contacts in plain words (a family's, or an unregistered caller's)."""
    doc.heading(f"{heading} ({len(contacts)})")
    if not contacts:
        doc.paragraph("None is recorded.")
    for c in contacts:
        channel = _CHANNELS.get(c.get("channel") or "", c.get("channel"))
        doc.field(_when(c["contacted_at"]), f"{channel}, {c.get('site_name') or 'the hub'}")
        doc.field("  What it was about", _words(c.get("needs"), _NEEDS))
        if c.get("outcomes"):
            doc.field("  What we did", _words(c.get("outcomes"), _OUTCOMES))
        if c.get("referred_to"):
            doc.field("  Referred to", c.get("referred_to"))
        if c.get("signposted_to"):
            doc.field("  Told about", c.get("signposted_to"))
        if c.get("caller_name") or c.get("caller_phone"):
            caller = ", ".join(x for x in (c.get("caller_name"), c.get("caller_phone")) if x)
            doc.field("  Caller", caller)
        if c.get("notes"):
            doc.field("  Notes", c.get("notes"))
        if c.get("follow_up_due"):
            done = " (done)" if c.get("follow_up_done_at") else ""
            doc.field("  We said we would follow up by", _when(c["follow_up_due"]) + done)


def render_caller_pdf(data: dict[str, Any], doc: Document | None = None) -> bytes:
    """What is held about an unregistered caller (`collect_caller`'s dict) in plain words, on
    `doc` (default: a TextDocument): the name and number they gave, then each contact."""
    doc = doc if doc is not None else TextDocument()
    doc.title(f"Information {data['hub']['name']} holds about you")
    doc.paragraph(
        f"Made on {_when(data['generated_at'])} because you asked to see the information we "
        "hold about you (a subject access request). You are not registered with the hub as a "
        "family: what we hold is the name and number you gave when you contacted us, and what "
        "each contact was about."
    )
    doc.paragraph(
        f"A copy for computers is attached inside this PDF as {JSON_NAME} (open your PDF "
        "reader's attachments panel to save it)."
    )
    contacts = data["contacts"]
    doc.heading("The details you gave us")
    names = sorted({c["caller_name"] for c in contacts if c.get("caller_name")})
    phones = sorted({c["caller_phone"] for c in contacts if c.get("caller_phone")})
    doc.field("Name", ", ".join(names) or "none given")
    doc.field("Number to call you back", ", ".join(phones) or "none given")
    _contacts_section(doc, contacts, "Your contacts with us")
    doc.heading(f"Changes made to these records ({len(data['audit'])})")
    doc.paragraph("Every time staff changed these records, when, and what was done.")
    for a in data["audit"]:
        doc.field(_when(a["at"]), _action(a["action"]))
    return doc.render()


# --- the password-protected PDF ---------------------------------------------------------------

# Letters and digits that cannot be mistaken for one another when read aloud or copied from a
# screen: no 0/o, 1/l/i, 5/s, 2/z, 8/b, 6/b, 9/g/q, u/v, and lower case only.
PASSWORD_ALPHABET = "acdefhjkmnprtwxy3479"  # noqa: S105 - the letters, not a password
PASSWORD_GROUPS = 4
PASSWORD_GROUP_LENGTH = 4


def new_password() -> str:
    """A fresh password such as ``k7re-9ntf-3wyd-hra4``: 16 characters from 20 (69 bits)."""
    groups = (
        "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_GROUP_LENGTH))
        for _ in range(PASSWORD_GROUPS)
    )
    return "-".join(groups)


def protect_pdf(pdf: bytes, attachments: dict[str, bytes], password: str) -> bytes:
    """`pdf` with `attachments` embedded, encrypted with AES-256 (PDF 2.0 security handler,
    revision 6) under `password`. The owner password is random and thrown away, so no one can
    lift the protection without the password; printing and copying stay allowed for the family.
    The password itself is never in the file (only the standard salted SHA-256 check values)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.pdf_header = "%PDF-2.0"  # AES-256 (revision 6) is PDF 2.0's security handler
    for name, data in attachments.items():
        writer.add_attachment(name, data)
    writer.encrypt(
        user_password=password, owner_password=secrets.token_urlsafe(32), algorithm="AES-256"
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def open_pdf_export(blob: bytes, password: str) -> dict[str, bytes]:
    """The readable PDF (no longer protected) and the attached JSON of a PDF export.
    WrongSecretError for a wrong password, ValidationError("file", ...) for another file."""
    try:
        reader = PdfReader(io.BytesIO(blob))
    except (PyPdfError, ValueError):
        raise _bad_file() from None
    if not reader.is_encrypted or not isinstance(password, str) or not password:
        if not reader.is_encrypted:
            raise _bad_file()
        raise WrongSecretError("the password does not open this export")
    if not reader.decrypt(password):
        raise WrongSecretError("the password does not open this export")
    attached = reader.attachments.get(JSON_NAME)
    if not attached:
        raise _bad_file()
    writer = PdfWriter(clone_from=reader)
    out = io.BytesIO()
    writer.write(out)
    return {PDF_NAME: out.getvalue(), JSON_NAME: attached[0]}


# --- exports made by earlier versions (.hdx: a zip under Argon2id + AES-256-GCM) --------------
# New exports are PDFs (above); these files still open with `hubdesk export-open`. Format 1:
#   b"HUBDESK-SAR\x00" + u32 big-endian header length + header (JSON) + AES-GCM ciphertext
#   header = {"format": "hubdesk-subject-access", "version": 1, "kdf": "argon2id", "iterations",
#             "lanes", "memory_cost", "salt": "<b64>", "cipher": "aes-256-gcm", "nonce": "<b64>"}
# The associated data is the magic and the header bytes, so neither can be altered unnoticed.


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
    """The files inside an export (a PDF export or an older .hdx one): the readable PDF and the
    JSON. WrongSecretError for a wrong password (or a changed file), ValidationError("file", ...)
    for something that is not an export at all."""
    if isinstance(blob, bytes) and blob.startswith(b"%PDF-"):
        return open_pdf_export(blob, passphrase)
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
    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        super().__init__(store, clock)

    def collect(self, actor: Actor, family_id: uuid.UUID) -> dict[str, Any]:
        """Everything held about the family, as a dict (no file written). Needs ADMINISTER."""
        check(actor, Permission.ADMINISTER)
        with self.store.read() as session:
            return collect(session, live_family(session, actor.hub_id, family_id), self.now())

    def export(
        self,
        actor: Actor,
        family_id: uuid.UUID,
        path: Path,
        document: Callable[[], Document] | None = None,
    ) -> ExportResult:
        """Write the family's record to `path` (created 0600) as a PDF protected with a new
        password, with the JSON attached inside, and record the export in the audit log (counts
        only). The password is in the result only: hand it to the family separately.

        `document` makes what the readable record is written on (default: TextDocument; the desk
        passes its Qt writer, which prints every script). Raises ValidationError("family", ...)
        for a family not held here.
        """
        check(actor, Permission.ADMINISTER)
        if not isinstance(family_id, uuid.UUID):
            raise ValidationError("family", "not_an_id", "is not a family id")
        now = self.now()
        with self.store.read() as session:
            family = live_family(session, actor.hub_id, family_id)
            data = collect(session, family, now)
        machine_readable = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode()
        password = new_password()
        readable = render_pdf(data, document() if document is not None else None)
        blob = protect_pdf(readable, {JSON_NAME: machine_readable}, password)
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
            password,
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
        data = self._collect_caller(actor, name, phone)
        with self.store.write() as session:
            self._audit(
                session,
                actor,
                "caller.subject_access",
                "hub",
                actor.hub_id,
                contacts=len(data["contacts"]),
            )
        return data

    def export_caller(
        self,
        actor: Actor,
        *,
        name: str | None = None,
        phone: str | None = None,
        out_dir: Path,
        document: Callable[[], Document] | None = None,
    ) -> CallerExportResult:
        """Write what is held about an unregistered caller (as `collect_caller`) into `out_dir`
        (made user-only if new) as ``subject-access-caller-<day>-<ref>.pdf``: the contacts in
        plain words, protected with a new password, the JSON attached inside, the file 0600.
        The file name holds neither the name nor the number. The export is audited
        (``caller.exported``, counts only); the password is in the result only.

        Needs ADMINISTER. Raises ValidationError("caller", ...) when neither the name nor the
        number is given, or no contact has them."""
        check(actor, Permission.ADMINISTER)
        data = self._collect_caller(actor, name, phone)
        if not data["contacts"]:
            raise ValidationError("caller", "unknown_caller", "no contact has these details")
        machine_readable = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode()
        password = new_password()
        readable = render_caller_pdf(data, document() if document is not None else None)
        blob = protect_pdf(readable, {JSON_NAME: machine_readable}, password)
        day = datetime.fromisoformat(data["generated_at"]).astimezone(HUB_TZ).strftime("%Y%m%d")
        ref = data["contacts"][0]["id"][:8]  # the first contact's id: names no one
        folder = Path(out_dir)
        if not folder.exists():
            private_folder(folder)
        path = folder / f"subject-access-caller-{day}-{ref}.pdf"
        write_private_file(path, blob)
        with self.store.write() as session:
            self._audit(
                session,
                actor,
                "caller.exported",
                "hub",
                actor.hub_id,
                contacts=len(data["contacts"]),
            )
        return CallerExportResult(path, len(data["contacts"]), password)

    def _collect_caller(self, actor: Actor, name: str | None, phone: str | None) -> dict[str, Any]:
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
        return {
            "format": FORMAT,
            "version": VERSION,
            "generated_at": now.isoformat(),
            "hub": {"id": str(hub.id), "name": hub.name, "code": hub.code},
            "caller": {"name": name, "phone": phone},
            "contacts": rows,
            "audit": audit_rows,
        }
