"""The central service's own tables (SQLite or PostgreSQL). Footfall only: personal fields arrive
sealed with a hub key the service never holds, and are stored as opaque text."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.central.base import BigId
from hubdesk.central.base import CentralBase as CentralBase
from hubdesk.central.base import UTCDateTime as UTCDateTime
from hubdesk.central.dashboard import tables as dashboard_tables  # noqa: F401  (registers them)
from hubdesk.central.directory import tables as directory_tables  # noqa: F401  (registers them)
from hubdesk.measures import rollup


class CentralHub(CentralBase):
    __tablename__ = "hubs"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    created_at: Mapped[datetime]
    # The hub key wrapped by the hub passphrase (opaque here: the service cannot open it).
    hub_key_blob: Mapped[str | None] = mapped_column(Text)


class CentralSite(CentralBase):
    """A hub building or outreach point: name, kind and postcode district (footfall only)."""

    __tablename__ = "sites"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime]
    # clock stamp of the change it was last set from (migration c0012; null: by updated_at)
    hlc: Mapped[str | None] = mapped_column(String(60))


class CentralDevice(CentralBase):
    __tablename__ = "devices"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    credential_hash: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # device clock minus service clock, seconds, at the last push that said its time
    clock_skew_s: Mapped[float | None] = mapped_column(Float)


class EntityHub(CentralBase):
    """Which hub a record belongs to (migration c0010): the hub an administrator made it in
    (hubs, sites, enrolled devices), else the hub of the first event that was about it. Every
    later event about the record, or naming it in a footfall field, must come from that hub."""

    __tablename__ = "entity_hubs"
    entity_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid())


class EnrolmentCode(CentralBase):
    __tablename__ = "enrolment_codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"), index=True)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    # SHA-256 of the random key the enrolling device sent: a retry after a lost reply shows it
    # again to get the same device back (migration c0011)
    request_hash: Mapped[str | None] = mapped_column(String(64))


class CentralEvent(CentralBase):
    """Every event once (unique event_id). `id` is the pull cursor: monotonic in commit order."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("devices.id"))
    device_seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    op: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime]
    received_at: Mapped[datetime]
    footfall: Mapped[dict[str, Any]]
    sealed: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_events_hub_id_id", "hub_id", "id"),
        Index("ix_events_device_seq", "device_id", "device_seq"),
        # every earlier event about a record, when an erasure of it arrives
        Index("ix_events_entity_op", "entity_id", "op"),
    )


class CentralVisit(CentralBase):
    """The footfall projection of visit events (the latest change by clock stamp wins; the
    earliest sign-in and sign-out stay), for the dashboard."""

    __tablename__ = "central_visits"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid(), index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    family_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())  # pseudonymous
    activity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    reason: Mapped[str] = mapped_column(String(20))
    signed_in_at: Mapped[datetime] = mapped_column(index=True)
    signed_out_at: Mapped[datetime | None]
    postcode_district: Mapped[str | None] = mapped_column(String(4))
    is_new: Mapped[bool | None] = mapped_column(Boolean)
    first_time_any_hub: Mapped[bool | None] = mapped_column(Boolean)
    adults_mother: Mapped[int] = mapped_column(Integer, default=0)
    adults_father: Mapped[int] = mapped_column(Integer, default=0)
    adults_carer: Mapped[int] = mapped_column(Integer, default=0)
    adults_grandparent: Mapped[int] = mapped_column(Integer, default=0)
    adults_other: Mapped[int] = mapped_column(Integer, default=0)
    male_carers: Mapped[int] = mapped_column(Integer, default=0)
    children_0_1: Mapped[int] = mapped_column(Integer, default=0)
    children_2_4: Mapped[int] = mapped_column(Integer, default=0)
    children_5_11: Mapped[int] = mapped_column(Integer, default=0)
    children_12_16: Mapped[int] = mapped_column(Integer, default=0)
    children_17_19: Mapped[int] = mapped_column(Integer, default=0)
    children_20_25: Mapped[int] = mapped_column(Integer, default=0)
    send_children: Mapped[int] = mapped_column(Integer, default=0)
    people: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid())  # the event this row was last set from
    # areas of the party's postcode (set by hubdesk.central.dashboard.projection; migration c0002)
    ward_code: Mapped[str | None] = mapped_column(String(9))
    lsoa_code: Mapped[str | None] = mapped_column(String(9))
    imd_decile: Mapped[int | None] = mapped_column(Integer)
    # clock stamp of the change it was last set from (migration c0012; null: by updated_at)
    hlc: Mapped[str | None] = mapped_column(String(60))

    __table_args__ = (
        Index("ix_central_visits_hub_in", "hub_id", "signed_in_at"),
        # the roll-up triggers find a family's visits of a day when one of them changes (c0004)
        Index("ix_central_visits_family", "family_id", "signed_in_at"),
    )


# Roll-ups of the visits for the dashboard, kept by triggers (hubdesk.measures.rollup;
# migrations c0004-c0009): central_visit_days, _visit_months, _visit_hours, _visit_hour_months,
# _visit_areas, _visit_area_months, _family_days, _family_months, _family_windows, _family_years.
VISIT_ROLLUP = rollup.define(
    CentralBase.metadata,
    CentralVisit.__table__,  # type: ignore[arg-type]
    prefix="central_",
    years=True,  # the dashboard's default period: the last twelve months
)

VISIT_COUNT_COLUMNS: tuple[str, ...] = (
    "adults_mother",
    "adults_father",
    "adults_carer",
    "adults_grandparent",
    "adults_other",
    "male_carers",
    "children_0_1",
    "children_2_4",
    "children_5_11",
    "children_12_16",
    "children_17_19",
    "children_20_25",
    "send_children",
    "people",
)


class DashboardUser(CentralBase):
    """Someone who may sign in to the dashboard (a later issue builds the dashboard itself)."""

    __tablename__ = "dashboard_users"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    disabled_at: Mapped[datetime | None]


class ServiceSecret(CentralBase):
    """Secrets the service makes for itself (migration c0013): `disclosure`, the key of the
    dashboard's rounding (hubdesk.measures.disclosure). Never shown, never leaves the database."""

    __tablename__ = "service_secrets"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


class DashboardSession(CentralBase):
    """A signed-in dashboard user (migration c0011). The cookie holds a random token; only its
    SHA-256 is kept. Signing out deletes the row; an idle or expired one is refused and deleted."""

    __tablename__ = "dashboard_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid(), index=True)
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    expires_at: Mapped[datetime]
