"""The dashboard's own projections in the central store (migration c0002)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.central.base import CentralBase


class CentralContact(CentralBase):
    """The footfall projection of Here to Help contacts (the latest change by clock stamp wins).
    The notes and who was referred where are personal and stay sealed in the event."""

    __tablename__ = "central_contacts"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    family_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())  # pseudonymous
    channel: Mapped[str] = mapped_column(String(20))
    needs: Mapped[str] = mapped_column(String(200))
    outcomes: Mapped[str] = mapped_column(String(200))
    minutes_spent: Mapped[int] = mapped_column(Integer, default=0)
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_done_at: Mapped[datetime | None]
    contacted_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    # clock stamp of the change it was last set from (migration c0012; null: by updated_at)
    hlc: Mapped[str | None] = mapped_column(String(60))

    __table_args__ = (Index("ix_central_contacts_hub_at", "hub_id", "contacted_at"),)


class CentralHubArea(CentralBase):
    """A hub's reach area: the postcode districts the council's map allocates to it (from the
    hub's own record, `Hub.reach_districts` on the device)."""

    __tablename__ = "central_hub_areas"
    hub_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    reach_districts: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]
    hlc: Mapped[str | None] = mapped_column(String(60))  # as the contacts' (c0012)


class CentralPostcodeArea(CentralBase):
    """The council's postcode lookup on the service (`hubdesk central postcodes import`), for
    ward names and for checking the areas devices send."""

    __tablename__ = "central_postcode_areas"
    postcode: Mapped[str] = mapped_column(String(8), primary_key=True)
    district: Mapped[str] = mapped_column(String(4), index=True)
    ward_code: Mapped[str | None] = mapped_column(String(9))
    ward_name: Mapped[str | None] = mapped_column(String(120))
    lsoa_code: Mapped[str | None] = mapped_column(String(9))
    imd_decile: Mapped[int | None] = mapped_column(Integer)


class CentralVoiceQuestion(CentralBase):
    """The projection of hubs' family voice questions (migration c0015): the words of each
    version, so the dashboard can show what was asked (the latest change by clock stamp wins)."""

    __tablename__ = "central_voice_questions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid(), index=True)
    version: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    text_en: Mapped[str] = mapped_column(String(160), default="")
    retired_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    hlc: Mapped[str | None] = mapped_column(String(60))


class CentralVoiceResponse(CentralBase):
    """The projection of families' anonymous answers to "how was today?" (migration c0015):
    site, local day, activity or reason, where given, face and answers; no family or visit."""

    __tablename__ = "central_voice_responses"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    day: Mapped[date] = mapped_column(Date)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    reason: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(10))
    rating: Mapped[int | None] = mapped_column(Integer)
    question_version: Mapped[int | None] = mapped_column(Integer)
    answer_1: Mapped[str | None] = mapped_column(String(10))
    answer_2: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[datetime]
    hlc: Mapped[str | None] = mapped_column(String(60))

    __table_args__ = (Index("ix_central_voice_responses_hub_day", "hub_id", "day"),)
