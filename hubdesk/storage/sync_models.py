"""Local tables the sync engine keeps beside the outbox (migration 0002)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.storage.base import Base


class SyncParked(Base):
    """A pulled event that could not be applied yet: its parent record has not arrived (foreign
    key), or its sealed part did not open. Retried at every pull; the cursor moves on regardless,
    so one bad event never holds up the rest."""

    __tablename__ = "sync_parked"
    server_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"),
                                           primary_key=True, autoincrement=False)  # fmt: skip
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid(), unique=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    op: Mapped[str] = mapped_column(String(20))
    seq: Mapped[int] = mapped_column(BigInteger)
    occurred_at: Mapped[datetime]
    footfall: Mapped[dict[str, Any]]
    sealed: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    parked_at: Mapped[datetime]


class RecordClock(Base):
    """The clock stamp of the change each record was last set from (migration 0010_hlc): this
    device's own change, or another device's it applied. A pulled change is applied only if its
    stamp sorts after this one (hubdesk.domain.hlc), whatever the devices' wall clocks say. A
    record with no row here was last written by an app version from before stamps: its
    `updated_at` stands in (`hlc.legacy`)."""

    __tablename__ = "record_clocks"
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(60))
