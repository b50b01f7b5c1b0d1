"""The audit log: append-only and hash-chained, so a changed or deleted entry is detectable.

Entries hold codes, ids and counts, never names or other personal data.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.storage.models import AuditEntry

GENESIS = "0" * 64


def _digest(
    prev: str,
    at: datetime,
    staff: uuid.UUID | None,
    device: uuid.UUID | None,
    action: str,
    subject_type: str | None,
    subject_id: str | None,
    detail: str,
) -> str:
    canonical = json.dumps(
        [
            prev,
            at.isoformat(),
            str(staff) if staff else None,
            str(device) if device else None,
            action,
            subject_type,
            subject_id,
            detail,
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    action: str,
    staff_id: uuid.UUID | None = None,
    device_id: uuid.UUID | None = None,
    subject_type: str | None = None,
    subject_id: object = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an entry chained to the last one. Runs inside the caller's transaction."""
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    prev = last or GENESIS
    detail_text = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
    sid = None if subject_id is None else str(subject_id)
    entry = AuditEntry(
        at=at,
        staff_id=staff_id,
        device_id=device_id,
        action=action,
        subject_type=subject_type,
        subject_id=sid,
        detail=detail_text,
        prev_hash=prev,
        hash=_digest(prev, at, staff_id, device_id, action, subject_type, sid, detail_text),
    )
    session.add(entry)
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_seq: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_seq is None


def verify(session: Session) -> ChainReport:
    """Walk the chain; name the first entry whose link or hash does not match."""
    prev = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        count += 1
        expected = _digest(
            prev,
            entry.at,
            entry.staff_id,
            entry.device_id,
            entry.action,
            entry.subject_type,
            entry.subject_id,
            entry.detail,
        )
        if entry.prev_hash != prev or entry.hash != expected:
            return ChainReport(count, entry.seq)
        prev = entry.hash
    return ChainReport(count, None)
