"""SQLAlchemy 2 models of the local store.

Every record a user creates has a client UUIDv7 primary key, so devices never collide and sync can
store each event once. Footfall columns (counts by role and age band, postcode district, new or
returning) live on the visit row itself so that reports never have to join people.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hubdesk.domain.people import AgeBand
from hubdesk.measures import rollup
from hubdesk.storage import sync_models as sync_models  # (registers the sync tables)
from hubdesk.storage.base import Base as Base


class Meta(Base):
    """Key/value facts about this store: which device it is, its hub, its sequence counter."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Hub(Base):
    __tablename__ = "hubs"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    retention_months: Mapped[int] = mapped_column(Integer, default=24)
    privacy_notice: Mapped[str] = mapped_column(Text, default="")
    privacy_notice_version: Mapped[int] = mapped_column(Integer, default=1)
    # postcode districts this hub is allocated on the council's map ("is it the hub people use?")
    reach_districts: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Site(Base):
    """Where sign-ins happen: the hub building or an outreach point."""

    __tablename__ = "sites"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # rooms a family can say they will be in when they ask to speak to someone, one per line
    rooms: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"), index=True)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    # freshest data this store holds from the device (for the roll call's "how fresh" stamp)
    last_seen_at: Mapped[datetime | None]


class Family(Base):
    __tablename__ = "families"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"), index=True)
    postcode: Mapped[str | None] = mapped_column(String(8))
    postcode_district: Mapped[str | None] = mapped_column(String(4))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)
    consent_notice_version: Mapped[int | None] = mapped_column(Integer)
    consent_at: Mapped[datetime | None]
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    last_visit_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]
    # a baby the family is expecting (not a member: no figure counts it until it is born)
    due_date: Mapped[date | None] = mapped_column(Date)
    # the staff member who recorded consent at the desk (None: at the kiosk)
    consent_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    members: Mapped[list[Member]] = relationship(
        back_populates="family", order_by="Member.position", cascade="all, delete-orphan"
    )
    passes: Mapped[list[FamilyPass]] = relationship(back_populates="family")


class Member(Base):
    """A person in a family: an adult (with a role) or a child (with a date of birth)."""

    __tablename__ = "members"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("families.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_child: Mapped[bool] = mapped_column(Boolean)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str | None] = mapped_column(String(60))
    role: Mapped[str | None] = mapped_column(String(20))  # adults only
    gender: Mapped[str | None] = mapped_column(String(10))
    date_of_birth: Mapped[date | None] = mapped_column(Date)  # children only
    send: Mapped[bool] = mapped_column(Boolean, default=False)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    # added by the family at the kiosk (a new baby, say): staff check it at the desk
    to_confirm: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    family: Mapped[Family] = relationship(back_populates="members")


class FamilyPass(Base):
    """A QR pass. The token and short code carry no personal data."""

    __tablename__ = "passes"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("families.id"), index=True)
    token: Mapped[str] = mapped_column(String(40), unique=True)
    short_code: Mapped[str] = mapped_column(String(12), unique=True)
    issued_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    family: Mapped[Family] = relationship(back_populates="passes")


class Activity(Base):
    """One session on the timetable (a stay and play on Tuesday 10:00-11:30 at a site)."""

    __tablename__ = "activities"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(30))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int | None] = mapped_column(Integer)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # The hub's public offer (migration 0015_public_offer): a session staff mark public is
    # published by the central service (Open Referral UK directory, iCalendar feeds) with what a
    # directory needs. None of it is personal: it travels in clear (docs/sync-protocol.md).
    public: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    offer_description: Mapped[str | None] = mapped_column(Text)
    offer_min_age: Mapped[int | None] = mapped_column(Integer)  # years
    offer_max_age: Mapped[int | None] = mapped_column(Integer)  # years
    offer_cost_pence: Mapped[int | None] = mapped_column(Integer)  # None or 0: free
    offer_booking: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    offer_access: Mapped[str | None] = mapped_column(Text)  # accessibility notes
    offer_contact: Mapped[str | None] = mapped_column(String(120))  # a hub contact, one line
    offer_email: Mapped[str | None] = mapped_column(String(254))  # the hub's, not a person's

    __table_args__ = (Index("ix_activities_site_start", "site_id", "starts_at"),)


# The footfall columns for children, one per age band, in band order.
CHILD_COLUMNS: tuple[str, ...] = tuple(band.column for band in AgeBand)
ADULT_COLUMNS: tuple[str, ...] = (
    "adults_mother",
    "adults_father",
    "adults_carer",
    "adults_grandparent",
    "adults_other",
)


class Visit(Base):
    """A party signing in at a site. Counts are footfall; `family_id` is null when anonymous."""

    __tablename__ = "visits"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    family_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("families.id"), index=True)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activities.id"), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    signed_in_at: Mapped[datetime]
    signed_out_at: Mapped[datetime | None]
    signed_out_by: Mapped[str | None] = mapped_column(String(10))
    postcode_district: Mapped[str | None] = mapped_column(String(4))
    is_new: Mapped[bool | None] = mapped_column(Boolean)  # first time at this hub; None = not said
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
    people: Mapped[int] = mapped_column(Integer)
    # areas of the party's full postcode from the council's postcode lookup, filled at sign-in
    # (footfall: wards and LSOAs are areas of ~1,500 people; see docs/measures.md)
    ward_code: Mapped[str | None] = mapped_column(String(9))
    lsoa_code: Mapped[str | None] = mapped_column(String(9))
    imd_decile: Mapped[int | None] = mapped_column(Integer)
    # first names of who is here, for the roll call (personal: sealed when synced)
    names: Mapped[str | None] = mapped_column(Text)
    # the number shown on the kiosk's "you are signed in" screen, tapped to sign out; unique
    # among the device's open visits of the day; device-local (never synced)
    leave_code: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_visits_site_in", "site_id", "signed_in_at"),
        Index("ix_visits_in", "signed_in_at"),
        # "who is in now": open visits only, so it stays fast however many visits there are
        Index(
            "ix_visits_open",
            "hub_id",
            "signed_in_at",
            sqlite_where=text("signed_out_at IS NULL"),
            postgresql_where=text("signed_out_at IS NULL"),
        ),
    )


# Roll-ups of the visits for the reports, kept by triggers (hubdesk.measures.rollup;
# migrations 0005-0007, 0009): visit_days, visit_months, visit_hours, visit_hour_months,
# visit_areas, visit_area_months, family_days, family_months, family_windows.
VISIT_ROLLUP = rollup.define(Base.metadata, Visit.__table__)  # type: ignore[arg-type]


class VisitMember(Base):
    """Which registered family members were ticked as here on a visit."""

    __tablename__ = "visit_members"
    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visits.id"), primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), primary_key=True)


class Contact(Base):
    """A "Here to Help" contact: a walk-in, phone call, email or online request for early help."""

    __tablename__ = "contacts"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    family_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("families.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    channel: Mapped[str] = mapped_column(String(20))
    needs: Mapped[str] = mapped_column(String(200))  # space-separated Need codes
    outcomes: Mapped[str] = mapped_column(String(200))  # space-separated Outcome codes
    referred_to: Mapped[str | None] = mapped_column(String(120))
    signposted_to: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    minutes_spent: Mapped[int] = mapped_column(Integer, default=0)
    follow_up_due: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done_at: Mapped[datetime | None]
    contacted_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]
    # Here to Help as a work queue (migration 0013_help_queue): who is to do the follow-up (a
    # staff id, footfall like `staff_id`), and an unregistered caller's name and number to call
    # back (personal: sealed when synced, erased, in subject access and under retention).
    assigned_staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    caller_name: Mapped[str | None] = mapped_column(String(120))
    caller_phone: Mapped[str | None] = mapped_column(String(40))

    # The reports read a period's contacts of a hub from these alone, in key order (migration
    # 0008): through `contacted_at`'s own index each contact cost a lookup in the table, most of
    # them page-cache misses (docs/performance.md, "Measured choices").
    __table_args__ = (
        Index("ix_contacts_report", "hub_id", "contacted_at", "site_id", "channel", "needs",
              "outcomes"),
        Index("ix_contacts_follow_ups", "hub_id", "follow_up_due", "follow_up_done_at",
              "site_id"),
    )  # fmt: skip


class PostcodeArea(Base):
    """The council's postcode lookup (a subset of the ONS postcode directory): which ward and
    LSOA a postcode is in, and the LSOA's deprivation decile. Loaded by `hubdesk postcodes`."""

    __tablename__ = "postcode_areas"
    postcode: Mapped[str] = mapped_column(String(8), primary_key=True)  # "AA9A 9AA"
    district: Mapped[str] = mapped_column(String(4), index=True)
    ward_code: Mapped[str | None] = mapped_column(String(9))
    ward_name: Mapped[str | None] = mapped_column(String(120))
    lsoa_code: Mapped[str | None] = mapped_column(String(9))
    imd_decile: Mapped[int | None] = mapped_column(Integer)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"))
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class AuditEntry(Base):
    """Append-only, hash-chained: each entry carries the hash of the one before."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    action: Mapped[str] = mapped_column(String(60))
    subject_type: Mapped[str | None] = mapped_column(String(30))
    subject_id: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="{}")  # codes and counts, never personal data
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class OutboxEvent(Base):
    """An event waiting to be pushed to the central service.

    Written in the same transaction as the record it describes. `body` holds `footfall` (fields the
    central service may read) and `personal` (fields sealed with the hub key before they leave).
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    op: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime]
    body: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending|sent|quarantined
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None]

    # AUTOINCREMENT: `seq` is also the per-device sequence the protocol carries, so it must never
    # be reused after sent rows are pruned.
    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"), {"sqlite_autoincrement": True})


class Alert(Base):
    """A quiet alert from a kiosk to the front desk ("I'd like a private word with someone").

    Synced to the hub's other devices so the desk sees what a separate kiosk raised. It holds
    no personal data: where, when, and whether staff have seen it. The desk reads new alerts in
    arrival order by SQLite's rowid, so an alert that arrives late through sync is not missed.
    """

    __tablename__ = "alerts"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    kind: Mapped[str] = mapped_column(String(20))
    raised_at: Mapped[datetime]
    room: Mapped[str | None] = mapped_column(String(120))  # where the family said they will be
    # the kiosk could not get the alert to the desk in time and told the family to come to the
    # front desk instead: a desk that receives it later must not send staff to the room
    withdrawn_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class Blob(Base):
    """Small binary settings the store keeps for itself (e.g. the hub's logo)."""

    __tablename__ = "blobs"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Booking(Base):
    """A family's booking of places at a session on the timetable (issue 20): separate from
    attendance. A booking puts no one on the roll call; marking it "came" on the day signs the
    family in (a visit, `visit_id`). `status`: booked, waiting (on the waiting list), offered (a
    freed place is held for it until staff confirm or pass it on), came, cancelled. A no-show is a
    booked or offered booking whose session has ended. `member_ids` (who comes, space-separated
    ids) and `override_reason` (why staff booked beyond capacity) are personal: sealed in sync,
    blanked by erasure."""

    __tablename__ = "bookings"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"))
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id"), index=True)
    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("families.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    people: Mapped[int] = mapped_column(Integer)
    member_ids: Mapped[str | None] = mapped_column(Text)
    over_capacity: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str | None] = mapped_column(Text)
    offered_at: Mapped[datetime | None]
    came_at: Mapped[datetime | None]
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class VoiceQuestion(Base):
    """One of the hub's follow-up questions after the faces (issue 23), in a numbered version of
    the hub's set. Changing the set makes a new version (the old questions are retired, never
    edited), so answers are compared only with answers to the same words. `code` is a
    `VoiceQuestionCode`; `text_<lang>` is the administrator's wording in each kiosk language
    (empty: the kiosk's own words for the code). Not personal: synced as footfall."""

    __tablename__ = "voice_questions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)  # 1 or 2
    code: Mapped[str] = mapped_column(String(20))
    text_en: Mapped[str] = mapped_column(String(160), default="")
    text_pl: Mapped[str] = mapped_column(String(160), default="")
    text_ro: Mapped[str] = mapped_column(String(160), default="")
    text_ur: Mapped[str] = mapped_column(String(160), default="")
    text_ar: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class VoiceResponse(Base):
    """A family's answer to "how was today?" (issue 23): anonymous. No family, visit or member
    id and no free text; the site, the local day (not the time), the activity or reason of the
    visit, where it was given, the face (1-4) and the answers to the hub's questions of
    `question_version` (`answer_1`, `answer_2`: `VoiceAnswer` codes). One row per visit: the
    kiosk keeps the row's id while the family is on the screen, so taps change it (the last tap
    wins) instead of adding rows."""

    __tablename__ = "voice_responses"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hubs.id"))
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    day: Mapped[date] = mapped_column(Date)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    reason: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(10))
    rating: Mapped[int | None] = mapped_column(Integer)
    question_version: Mapped[int | None] = mapped_column(Integer)
    answer_1: Mapped[str | None] = mapped_column(String(10))
    answer_2: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[datetime]

    __table_args__ = (Index("ix_voice_responses_hub_day", "hub_id", "day", "site_id"),)


class FamilyMerge(Base):
    """A merge of two family records, with what it changed so that it can be undone exactly.

    Device-local: the records the merge changed sync as usual. `undo` holds the earlier values of
    the fields the merge changed (personal data: erased with either family).
    """

    __tablename__ = "family_merges"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    keep_id: Mapped[uuid.UUID] = mapped_column(Uuid(), index=True)
    duplicate_id: Mapped[uuid.UUID] = mapped_column(Uuid(), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    merged_at: Mapped[datetime]
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    undo: Mapped[dict[str, Any]]


class FamilyNotDuplicate(Base):
    """Two records staff said are not one family: left off the list of likely duplicates.
    Device-local; `a_id` sorts before `b_id`."""

    __tablename__ = "family_not_duplicates"
    a_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    b_id: Mapped[uuid.UUID] = mapped_column(Uuid(), primary_key=True)
    hub_id: Mapped[uuid.UUID] = mapped_column(Uuid())
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid())
    at: Mapped[datetime]
