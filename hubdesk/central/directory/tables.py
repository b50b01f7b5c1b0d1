"""The directory's projection in the central store (migration c0016)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.central.base import CentralBase


class DirectorySession(CentralBase):
    """A session of a hub's timetable with its public offer (the latest change by clock stamp
    wins); only the `public` ones are published. No personal field exists: who booked or came is
    never part of it."""

    __tablename__ = "directory_sessions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the activity's id
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(30))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(Text)
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    cost_pence: Mapped[int] = mapped_column(Integer, default=0)
    booking: Mapped[bool] = mapped_column(Boolean, default=False)
    access: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    updated_at: Mapped[datetime]
    hlc: Mapped[str | None] = mapped_column(String(60))
    # iCalendar SEQUENCE: how often its time, place, name or cancellation changed once published
    sequence: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_directory_sessions_hub_start", "hub_id", "starts_at"),
        Index("ix_directory_sessions_site_start", "site_id", "starts_at"),
    )
