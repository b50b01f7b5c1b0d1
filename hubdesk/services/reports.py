"""The front desk's reports, on top of `hubdesk.measures` (the same definitions the central
dashboard uses; docs/measures.md says what each one counts).

Visits carry their own counts (adults by role, children by age band, SEND, new or returning), so
a report never joins people: one GROUP BY over the visits in the period (index `ix_visits_in`)
gives every count by reason, site and local day, and one more gives reach (distinct families).
Days are UK local days (Europe/London), so a visit at 23:30 UTC in summer counts on the next day.
The desk shows its own hub's counts in full; exports that leave the hub suppress small counts.
"""

from __future__ import annotations

import base64
import hmac
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from hubdesk.domain.catalogue import BookingStatus, ContactChannel
from hubdesk.domain.people import AgeBand, Role
from hubdesk.measures import (
    ContactCounts,
    ContactDim,
    ContactTable,
    Counts,
    Dim,
    FollowUps,
    Period,
    Reach,
    ReachArea,
    Scope,
    VisitTable,
    by_channel,
    contact_counts,
    contact_total,
    counts,
    follow_ups,
    reach,
    read_contact_counts,
    read_grouped,
    read_one,
    time_keys,
)
from hubdesk.measures.disclosure import Protector, Unrounded, fingerprints_of
from hubdesk.measures.localtime import HUB_TZ, day_bounds, last_twelve_months
from hubdesk.measures.localtime import MAX_DAYS as MAX_DAYS
from hubdesk.measures.voice import VoiceReport, VoiceTable, voice_report
from hubdesk.services import places
from hubdesk.services.base import Service
from hubdesk.storage import meta
from hubdesk.storage.models import (
    VISIT_ROLLUP,
    Activity,
    Booking,
    Contact,
    Hub,
    PostcodeArea,
    Site,
    Visit,
    VoiceQuestion,
    VoiceResponse,
)

REPORT_STEPS = 5  # queries in hub_report, for a progress bar
VISITS = VisitTable(Visit.__table__, VISIT_ROLLUP)  # type: ignore[arg-type]
CONTACTS = ContactTable(Contact.__table__)  # type: ignore[arg-type]
VOICE = VoiceTable(VoiceResponse.__table__)  # type: ignore[arg-type]


@dataclass(frozen=True)
class FootfallSummary:
    start: date
    end: date  # inclusive
    site_id: uuid.UUID | None
    visits: int
    people: int
    adults_by_role: dict[Role, int]
    children_by_band: dict[AgeBand, int]
    send_children: int
    fathers: int  # adults whose role is father
    male_carers: int  # carers, grandparents and others who said they are male
    distinct_families: int  # registered families seen (anonymous parties are not counted)
    new_visits: int  # first visit of the party to this hub
    returning_visits: int
    anonymous_visits: int  # parties not signed in as a registered family
    by_reason: dict[str, int] = field(default_factory=dict)  # visits
    by_site: dict[uuid.UUID, int] = field(default_factory=dict)  # visits
    by_day: dict[date, int] = field(default_factory=dict)  # visits, every day of the period
    counts: Counts = field(default_factory=Counts)  # every footfall count of the period
    reach: Reach = field(default_factory=Reach)  # families, children reached, new/returning
    people_by_day: dict[date, int] = field(default_factory=dict)

    @property
    def adults(self) -> int:
        return sum(self.adults_by_role.values())

    @property
    def children(self) -> int:
        return sum(self.children_by_band.values())

    @property
    def fathers_and_male_carers(self) -> int:
        return self.fathers + self.male_carers


@dataclass(frozen=True)
class Row:
    """One line of a breakdown table: a key, its label, and its counts."""

    key: Any
    label: str
    counts: Counts


@dataclass(frozen=True)
class ProgrammeAttendance:
    """Bookings and attendance of one programme over the period.

    Filled in by `ReportService._programme_attendance` from the bookings; the programme
    table then shows its columns (`report_tables.PROGRAMME_ATTENDANCE`). None for every
    programme when no session of the period was booked."""

    booked: int = 0  # people booked into the programme's sessions
    attended: int = 0  # of them, marked as come on the register
    no_shows: int = 0  # booked and not come


@dataclass(frozen=True)
class Programme:
    """A repeating activity on the timetable: the sessions of one name and kind at one site
    (the timetable repeats a session by copying its week, so the copies share these)."""

    key: tuple[uuid.UUID, str, str]  # (site id, kind, name folded to lower case)
    name: str
    kind: str  # an ActivityKind code; the ui turns it into words
    site_id: uuid.UUID
    site_name: str
    first: date | None  # the first and last session in the period (UK local days)
    last: date | None
    sessions: int  # sessions on the timetable in the period (cancelled ones not counted)
    sessions_with_visits: int
    counts: Counts  # visits signed in to its sessions in the period
    activity_ids: tuple[uuid.UUID, ...] = ()
    attendance: ProgrammeAttendance | None = None  # see ProgrammeAttendance


@dataclass(frozen=True)
class SessionRow:
    """One session of the timetable in the period, dated, with the visits signed in to it."""

    activity_id: uuid.UUID
    day: date
    starts: str  # local time, "10:00"
    programme: str
    kind: str
    site_name: str
    cancelled: bool
    counts: Counts


@dataclass(frozen=True)
class HubReport:
    """Everything the desk's reports screen shows for a period (plain data, for a worker)."""

    summary: FootfallSummary
    hub_name: str
    site_name: str | None
    by_week: list[Row]
    by_month: list[Row]
    by_hour: list[Row]
    by_weekday: list[Row]
    by_reason: list[Row]
    by_activity: list[Row]
    by_site: list[Row]
    by_district: list[Row]
    by_ward: list[Row]
    by_lsoa: list[Row]
    by_decile: list[Row]
    by_reach_area: list[Row]
    reach_districts: tuple[str, ...]
    contacts: ContactCounts
    contacts_by_channel: dict[ContactChannel | str, int]
    follow_ups: FollowUps
    # the finest groups the tables above add up from, for disclosure control (`published`)
    by_day: list[Row] = field(default_factory=list)  # every day, every count
    by_kind: list[Row] = field(default_factory=list)  # key (reason, site, activity)
    by_area: list[Row] = field(default_factory=list)  # key (district, ward, LSOA, decile, area)
    reach_prints: dict[str, int] = field(default_factory=dict)  # disclosure.fingerprints_of
    period_start: date | None = None
    period_end: date | None = None
    hub_id: uuid.UUID | None = None
    published: bool = False  # rounded for publishing beyond the hub (`ReportService.published`)
    by_programme: list[Programme] = field(default_factory=list)
    by_session: list[SessionRow] = field(default_factory=list)
    postcodes_loaded: int = 0  # 1 when the device has a postcode lookup (0: no ward, LSOA, decile)
    ward_names: dict[str, str] = field(default_factory=dict)  # ward code -> name (lookup)
    # family voice (issue 23): answers to "how was today?" and the hub's questions, by version
    voice: VoiceReport | None = None
    voice_questions: list[VoiceQuestionView] = field(default_factory=list)
    voice_names: dict[Any, str] = field(default_factory=dict)  # site and session names


@dataclass(frozen=True)
class VoiceQuestionView:
    """A question the hub asked after the faces: its version and place, its code and the
    administrator's own words (language -> words; empty: the standard words)."""

    version: int
    position: int
    code: str
    wording: dict[str, str]


class ReportService(Service):
    def footfall(
        self,
        hub_id: uuid.UUID,
        start: date,
        end: date,
        site_id: uuid.UUID | None = None,
    ) -> FootfallSummary:
        """Footfall for the local days `start` to `end` inclusive, for the hub or one site."""
        period = Period(start, end)
        scope = Scope.of(hub_id, site_id)
        dims = (Dim.REASON, Dim.SITE, Dim.DAY)
        with self.store.read() as session:
            grouped = read_grouped(
                session.execute(counts(VISITS, period, scope, *dims)), dims, Counts
            )
            seen = read_one(session.execute(reach(VISITS, period, scope)), Reach)
        return _summary(period, site_id, grouped, seen)

    def hub_report(
        self,
        hub_id: uuid.UUID,
        start: date,
        end: date,
        site_id: uuid.UUID | None = None,
        *,
        on_step: Callable[[int, int], None] | None = None,
    ) -> HubReport:
        """Everything the reports screen shows. Runs on a worker thread (no Qt here).

        `on_step(done, of)` is called before each of the REPORT_STEPS queries; it may raise to
        stop the report (a cancelled export)."""
        period = Period(start, end)
        scope = Scope.of(hub_id, site_id)
        counter = iter(range(REPORT_STEPS))

        def step() -> None:
            if on_step is not None:
                on_step(next(counter), REPORT_STEPS)

        # One query by (reason, site, local day, activity) gives the day, week, month, weekday,
        # reason, site and activity tables (counts add up); one by area columns gives district,
        # ward, LSOA, decile and reach area; one by hour; one for reach; two for contacts (by
        # channel, which adds up to the total; follow-ups).
        base_dims = (Dim.REASON, Dim.SITE, Dim.DAY, Dim.ACTIVITY)
        area_dims = (Dim.DISTRICT, Dim.WARD, Dim.LSOA, Dim.DECILE, Dim.REACH_AREA)
        with self.store.read() as session:
            hub = session.get(Hub, hub_id)
            reach_districts = _districts(hub.reach_districts if hub else "")
            areas = {hub_id: reach_districts}
            sites = {
                s.id: s.name for s in session.scalars(select(Site).where(Site.hub_id == hub_id))
            }
            step()
            base = read_grouped(
                session.execute(counts(VISITS, period, scope, *base_dims)), base_dims, Counts
            )
            step()
            reach_row = session.execute(reach(VISITS, period, scope, fingerprints=True)).first()
            seen = Reach.from_row(reach_row._mapping) if reach_row is not None else Reach()
            prints = fingerprints_of(reach_row._mapping) if reach_row is not None else {}
            step()
            by_area = read_grouped(
                session.execute(counts(VISITS, period, scope, *area_dims, areas=areas)),
                area_dims,
                Counts,
            )
            step()
            by_hour = read_grouped(
                session.execute(counts(VISITS, period, scope, Dim.HOUR)), (Dim.HOUR,), Counts
            )
            activity_ids = {k[3] for k in base if k[3] is not None}
            lo, _ = day_bounds(start)
            _, hi = day_bounds(end)
            held = select(Activity).where(
                Activity.hub_id == hub_id, Activity.starts_at >= lo, Activity.starts_at < hi
            )
            if site_id is not None:
                held = held.where(Activity.site_id == site_id)
            timetable = {a.id: a for a in session.scalars(held)}
            missing = activity_ids - timetable.keys()
            if missing:
                timetable.update(
                    (a.id, a)
                    for a in session.scalars(select(Activity).where(Activity.id.in_(missing)))
                )
            activities = {a.id: a.name for a in timetable.values()}
            # whether a lookup is loaded (one row is enough: a whole ONSPD is millions) and
            # the names of the wards this report counts
            lookup_rows = int(
                session.scalar(select(func.count()).select_from(
                    select(PostcodeArea.postcode).limit(1).subquery()
                )) or 0
            )  # fmt: skip
            wards = sorted({k[1] for k in by_area if k[1] is not None})
            # the wards' postcodes are in the report's districts (indexed: no whole-table scan)
            districts = sorted({k[0] for k in by_area if k[0] is not None})
            ward_names = (
                {
                    code: name
                    for code, name in session.execute(
                        select(PostcodeArea.ward_code, PostcodeArea.ward_name)
                        .where(
                            PostcodeArea.district.in_(districts),
                            PostcodeArea.ward_code.in_(wards),
                            PostcodeArea.ward_name.is_not(None),
                        )
                        .distinct()
                    )
                    if code and name
                }
                if lookup_rows and wards
                else {}
            )
            attendance = self._programme_attendance(session, timetable, period)
            step()
            contact_groups = read_contact_counts(
                session.execute(contact_counts(CONTACTS, period, scope, ContactDim.CHANNEL)),
                (ContactDim.CHANNEL,),
            )
            contacts_total = contact_total(contact_groups)  # the channels add up
            follow = FollowUps.from_row(
                session.execute(follow_ups(CONTACTS, period, scope, self.today())).one()._mapping
            )
        summary = _summary(period, site_id, _fold(base, lambda k: k[:3]), seen)

        def timed(dim: Dim, key: Callable[[date], Any]) -> list[Row]:
            got = _fold(base, lambda k: key(k[2]))
            return [
                Row(k, _time_label(dim, k), got.get(k, Counts())) for k in time_keys(dim, period)
            ]

        def grouped(
            source: dict[tuple[Any, ...], Counts], index: int, labels: dict[Any, str] | None = None
        ) -> list[Row]:
            got = _fold(source, lambda k: k[index])
            out = [Row(k, (labels or {}).get(k, _plain(k)), c) for k, c in got.items()]
            out.sort(key=lambda r: (-r.counts.visits, r.label))
            return out

        by_activity_counts = _fold(base, lambda k: k[3])
        voice = self.voice(hub_id, start, end, site_id)
        with self.store.read() as session:
            voice_questions = [
                VoiceQuestionView(
                    q.version, q.position, q.code,
                    {lang: getattr(q, f"text_{lang}") for lang in ("en", "pl", "ro", "ur", "ar")
                     if getattr(q, f"text_{lang}")},
                )
                for q in session.scalars(
                    select(VoiceQuestion)
                    .where(VoiceQuestion.hub_id == hub_id)
                    .order_by(VoiceQuestion.version, VoiceQuestion.position)
                )
            ]  # fmt: skip
        sessions = _sessions(timetable, by_activity_counts, sites)
        programmes = _programmes(sessions, sites, timetable, attendance)
        return HubReport(
            summary=summary,
            hub_name=hub.name if hub else "",
            site_name=sites.get(site_id) if site_id else None,
            by_week=timed(Dim.WEEK, lambda d: d - timedelta(days=d.weekday())),
            by_month=timed(Dim.MONTH, lambda d: d.replace(day=1)),
            by_hour=[
                Row(h, _time_label(Dim.HOUR, h), by_hour.get((h,), Counts()))
                for h in time_keys(Dim.HOUR, period)
            ],
            by_weekday=timed(Dim.WEEKDAY, lambda d: d.isoweekday()),
            by_reason=grouped(base, 0),
            by_activity=grouped(base, 3, activities),
            by_site=grouped(base, 1, sites),
            by_district=grouped(by_area, 0),
            by_ward=grouped(by_area, 1),
            by_lsoa=grouped(by_area, 2),
            by_decile=grouped(by_area, 3),
            by_reach_area=grouped(by_area, 4),
            reach_districts=tuple(sorted(reach_districts)),
            contacts=contacts_total,
            contacts_by_channel=by_channel(contact_groups),
            follow_ups=follow,
            by_day=timed(Dim.DAY, lambda d: d),
            by_kind=[Row(k, "", c) for k, c in _fold(base, lambda k: (k[0], k[1], k[3])).items()],
            by_area=[Row(k, "", c) for k, c in by_area.items()],
            reach_prints=prints,
            period_start=start,
            period_end=end,
            hub_id=hub_id,
            by_programme=programmes,
            by_session=sessions,
            postcodes_loaded=lookup_rows,
            ward_names=ward_names,
            voice=voice,
            voice_questions=voice_questions,
            voice_names={**sites, **activities},
        )

    def _programme_attendance(
        self, session: Any, timetable: dict[uuid.UUID, Activity], period: Period
    ) -> dict[tuple[uuid.UUID, str, str], ProgrammeAttendance]:
        """Bookings, attendance and no-shows by programme (`programme_key`) over `period`, in
        people: booked (holding a place: booked, offered or came), came (marked on the
        register), no-shows (booked and not come once the session ended). Sessions starting in
        the period and not cancelled; empty when none of them has a booking, so a hub that does
        not book shows no booking columns. Counts only: no one is named."""
        lo, _ = day_bounds(period.start)
        _, hi = day_bounds(period.end)
        held = [a for a in timetable.values() if not a.cancelled and lo <= a.starts_at < hi]
        ids = [a.id for a in held]
        found: list[Any] = []
        for chunk in range(0, len(ids), 500):
            found += session.execute(
                select(Booking.activity_id, Booking.status, Booking.people).where(
                    Booking.activity_id.in_(ids[chunk : chunk + 500]),
                    Booking.status.in_(places.HOLDING),
                )
            ).all()
        if not found:
            return {}
        tally = {programme_key(a.site_id, a.kind, a.name): [0, 0, 0] for a in held}
        now = self.now()
        for activity_id, status, people in found:
            a = timetable[activity_id]
            counts = tally[programme_key(a.site_id, a.kind, a.name)]
            counts[0] += people
            if status == BookingStatus.CAME.value:
                counts[1] += people
            elif a.ends_at <= now:
                counts[2] += people
        return {key: ProgrammeAttendance(*c) for key, c in tally.items()}

    def voice(
        self,
        hub_id: uuid.UUID,
        start: date,
        end: date,
        site_id: uuid.UUID | None = None,
        *,
        published: bool = False,
    ) -> VoiceReport:
        """Family voice for the local days `start` to `end` (docs/measures.md, "Family voice"):
        in full for the hub's own desk, or `published` (rounded by the hub's disclosure key, as
        every figure that leaves the hub). Runs on a worker thread."""
        period = Period(start, end)
        scope = Scope.of(hub_id, site_id)
        p = Protector(self._disclosure_secret()) if published else Unrounded()
        with self.store.read() as session:
            return voice_report(session, VOICE, period, scope, p)

    def published(self, report: HubReport) -> HubReport:
        """The report as it may leave the hub (an export or the board pack "for sharing"):
        every count rounded at random to a multiple of 5 by the hub's disclosure key, tables
        that must add up controlled to add up (hubdesk.measures.disclosure; docs/measures.md,
        "Disclosure control"). The same report published again gives the same figures. Runs on
        a worker thread."""
        shared = publish(report, Protector(self._disclosure_secret()))
        if report.voice is None or report.published or report.hub_id is None:
            return shared
        # family voice is published from its own atoms (hub, month, question version)
        assert report.period_start is not None
        assert report.period_end is not None
        voice = self.voice(
            report.hub_id, report.period_start, report.period_end, report.summary.site_id,
            published=True,
        )  # fmt: skip
        return replace(
            shared,
            voice=voice,
            voice_questions=report.voice_questions,
            voice_names=report.voice_names,
        )

    def _disclosure_secret(self) -> bytes:
        """The key of the rounding: made from the hub key, which every device of the hub holds,
        so that any of them publishes the same figures for the same report; a store with no
        hub key yet (not enrolled) makes a random one of its own."""
        with self.store.read() as session:
            hub_key = meta.get(session, meta.HUB_KEY)
            own = meta.get(session, meta.DISCLOSURE_KEY)
        if hub_key:
            return hmac.new(base64.b64decode(hub_key), b"hubdesk disclosure 1", "sha256").digest()
        if own:
            return bytes.fromhex(own)
        with self.store.write() as session:
            own = meta.get(session, meta.DISCLOSURE_KEY)
            if not own:
                own = secrets.token_hex(32)
                meta.put(session, meta.DISCLOSURE_KEY, own)
        return bytes.fromhex(own)

    def sites(self, hub_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """The hub's sites (id, name), for the report's site filter."""
        with self.store.read() as session:
            return [
                (s.id, s.name)
                for s in session.scalars(
                    select(Site).where(Site.hub_id == hub_id).order_by(Site.name)
                )
            ]


PRESETS = ("this_month", "last_month", "this_fy", "last_fy", "q1", "q2", "q3", "q4",
           "last_12_months")  # fmt: skip


def financial_year_start(day: date) -> date:
    """1 April of the UK financial year (April to March) that `day` is in."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def preset_period(name: str, today: date) -> tuple[date, date]:
    """The whole period a preset names, as of `today` (the screen cuts the end at today):
    this or last month; this or last financial year (1 April to 31 March); Q1 (April-June) to
    Q4 (January-March) of this financial year; the last twelve months (this month and the
    eleven before)."""
    first = today.replace(day=1)
    fy = financial_year_start(today)
    if name == "this_month":
        return first, _month_end(first)
    if name == "last_month":
        last = (first - timedelta(days=1)).replace(day=1)
        return last, _month_end(last)
    if name == "this_fy":
        return fy, date(fy.year + 1, 3, 31)
    if name == "last_fy":
        return date(fy.year - 1, 4, 1), date(fy.year, 3, 31)
    if name in ("q1", "q2", "q3", "q4"):
        q = int(name[1]) - 1
        month = 4 + 3 * q
        start = date(fy.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
        end_first = date(start.year + (start.month + 1) // 12, (start.month + 1) % 12 + 1, 1)
        return start, _month_end(end_first)
    if name == "last_12_months":
        year = last_twelve_months(today)
        return year.start, year.end
    raise ValueError(f"unknown preset {name!r}")


def _local(at: Any) -> Any:
    """A stored instant as UK local time (stored instants are UTC, naive or not)."""
    from datetime import UTC

    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(HUB_TZ)


def _sessions(
    timetable: dict[uuid.UUID, Activity],
    by_activity: dict[Any, Counts],
    sites: dict[uuid.UUID, str],
) -> list[SessionRow]:
    """Every session of the period, dated, in time order, with its visits."""
    out = []
    for a in timetable.values():
        local = _local(a.starts_at)
        out.append(
            SessionRow(
                activity_id=a.id,
                day=local.date(),
                starts=local.strftime("%H:%M"),
                programme=a.name,
                kind=a.kind,
                site_name=sites.get(a.site_id, ""),
                cancelled=bool(a.cancelled),
                counts=by_activity.get(a.id, Counts()),
            )
        )
    out.sort(key=lambda r: (r.day, r.starts, r.programme))
    return out


def programme_key(site_id: uuid.UUID, kind: str, name: str) -> tuple[uuid.UUID, str, str]:
    return (site_id, kind, " ".join(name.split()).casefold())


def _programmes(
    sessions: list[SessionRow],
    sites: dict[uuid.UUID, str],
    timetable: dict[uuid.UUID, Activity],
    attendance: dict[tuple[uuid.UUID, str, str], ProgrammeAttendance] | None = None,
) -> list[Programme]:
    """Sessions grouped into programmes (one row each), busiest first."""
    groups: dict[tuple[uuid.UUID, str, str], list[SessionRow]] = {}
    for s in sessions:
        a = timetable[s.activity_id]
        groups.setdefault(programme_key(a.site_id, a.kind, a.name), []).append(s)
    out = []
    for key, rows in groups.items():
        held = [r for r in rows if not r.cancelled]
        days = [r.day for r in held] or [r.day for r in rows]
        total = Counts()
        for r in rows:
            total = total + r.counts
        out.append(
            Programme(
                key=key,
                name=rows[0].programme,
                kind=rows[0].kind,
                site_id=key[0],
                site_name=sites.get(key[0], ""),
                first=min(days) if days else None,
                last=max(days) if days else None,
                sessions=len(held),
                sessions_with_visits=sum(1 for r in rows if r.counts.visits),
                counts=total,
                activity_ids=tuple(r.activity_id for r in rows),
                attendance=(attendance or {}).get(key),
            )
        )
    out.sort(key=lambda p: (-p.counts.visits, p.name.casefold(), p.site_name))
    return out


def _fold(
    grouped: dict[tuple[Any, ...], Counts], key: Callable[[tuple[Any, ...]], Any]
) -> dict[Any, Counts]:
    """Add up counts of finer groups into coarser ones (counts are sums, so this is exact)."""
    out: dict[Any, Counts] = {}
    for k, c in grouped.items():
        new = key(k)
        out[new] = out[new] + c if new in out else c
    return out


def _districts(text: str) -> frozenset[str]:
    return frozenset(p.strip().upper() for p in text.replace(",", " ").split() if p.strip())


NOT_KNOWN = "Not known"  # the label of a group with no key (the ui translates it)


def _plain(key: Any) -> str:
    return NOT_KNOWN if key is None else str(key)


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _time_label(dim: Dim, key: Any) -> str:
    if dim is Dim.HOUR:
        return f"{int(key):02d}:00"
    if dim is Dim.WEEKDAY:
        return WEEKDAYS[int(key) - 1]
    if dim is Dim.MONTH:
        return key.strftime("%b %Y")  # type: ignore[no-any-return]
    return key.isoformat()  # type: ignore[no-any-return]


def _summary(
    period: Period,
    site_id: uuid.UUID | None,
    grouped: dict[tuple[Any, ...], Counts],
    seen: Reach,
) -> FootfallSummary:
    total = Counts()
    by_reason: dict[str, int] = {}
    by_site: dict[uuid.UUID, int] = {}
    by_day: dict[date, int] = dict.fromkeys(period.days, 0)
    people_by_day: dict[date, int] = dict.fromkeys(period.days, 0)
    for (reason, site, day), c in grouped.items():
        total = total + c
        by_reason[reason] = by_reason.get(reason, 0) + c.visits
        by_site[site] = by_site.get(site, 0) + c.visits
        by_day[day] = by_day.get(day, 0) + c.visits
        people_by_day[day] = people_by_day.get(day, 0) + c.people
    return FootfallSummary(
        start=period.start,
        end=period.end,
        site_id=site_id,
        visits=total.visits,
        people=total.people,
        adults_by_role=total.adults_by_role,
        children_by_band=total.children_by_band,
        send_children=total.send_children,
        fathers=total.fathers,
        male_carers=total.male_carers,
        distinct_families=seen.families,
        new_visits=total.new_visits,
        returning_visits=total.returning_visits,
        anonymous_visits=total.anonymous_visits,
        by_reason=by_reason,
        by_site=by_site,
        by_day=by_day,
        counts=total,
        reach=seen,
        people_by_day=people_by_day,
    )


__all__ = [
    "MAX_DAYS",
    "FootfallSummary",
    "HubReport",
    "ReachArea",
    "ReportService",
    "Row",
]


def publish(report: HubReport, p: Protector) -> HubReport:
    """`report` with every count rounded for publishing (see `ReportService.published`).

    The report's finest groups are the atoms: each day, each (reason, site, activity), each
    area of the party's postcode, each hour, each rounded together to add up to the period's
    rounded total; every table is the sum of its atoms (weeks, months and weekdays of the days;
    reasons, sites and activities of the kinds; districts, wards, LSOAs, deciles and reach areas
    of the areas), so no table can be taken from another to undo the rounding. Reach is rounded
    on its own, keyed by the families it counts."""
    if report.published:
        return report
    key = ("desk", str(report.hub_id), report.period_start, report.period_end,
           report.site_name)  # fmt: skip
    total = p.counts(report.summary.counts, "total", *key)

    def atoms(rows: list[Row], family: str) -> dict[Any, Counts]:
        return p.breakdown({r.key: r.counts for r in rows}, total, family, *key)

    days = atoms(report.by_day, "day")
    kinds = atoms(report.by_kind, "kind")
    areas = atoms(report.by_area, "area")
    hours = atoms(report.by_hour, "hour")

    def folded(cells: dict[Any, Counts], key_of: Callable[[Any], Any]) -> dict[Any, Counts]:
        out: dict[Any, Counts] = {}
        for k, c in cells.items():
            group = key_of(k)
            out[group] = out[group] + c if group in out else c
        return out

    def same_rows(rows: list[Row], got: dict[Any, Counts]) -> list[Row]:
        return [Row(r.key, r.label, got.get(r.key, Counts())) for r in rows]

    def ranked(rows: list[Row], got: dict[Any, Counts]) -> list[Row]:
        out = same_rows(rows, got)
        out.sort(key=lambda r: (-r.counts.visits, r.label))  # by published figures only
        return out

    reach_shown = p.reach(report.summary.reach, report.reach_prints)
    s = report.summary
    by_day = {r.key: days.get(r.key, Counts()) for r in report.by_day}
    summary = FootfallSummary(
        start=s.start,
        end=s.end,
        site_id=s.site_id,
        visits=total.visits,
        people=total.people,
        adults_by_role=total.adults_by_role,
        children_by_band=total.children_by_band,
        send_children=total.send_children,
        fathers=total.fathers,
        male_carers=total.male_carers,
        distinct_families=reach_shown.families,
        new_visits=total.new_visits,
        returning_visits=total.returning_visits,
        anonymous_visits=total.anonymous_visits,
        by_reason={str(k): c.visits for k, c in folded(kinds, lambda k: k[0]).items()},
        by_site={k: c.visits for k, c in folded(kinds, lambda k: k[1]).items()},
        by_day={d: c.visits for d, c in by_day.items()},
        counts=total,
        reach=reach_shown,
        people_by_day={d: c.people for d, c in by_day.items()},
    )
    contacts = report.contacts
    shown = p.one(contacts.contacts, "contacts", *key)
    channels = p.family(
        {str(k): v for k, v in report.contacts_by_channel.items()}, shown, "channel", *key
    )
    follow = report.follow_ups
    due = p.one(follow.due, "follow_ups_due", *key)
    parts = ("done_on_time", "done_late", "overdue", "open")
    split = p.family({k: getattr(follow, k) for k in parts}, due, "follow_ups", *key)
    by_activity = folded(kinds, lambda k: k[2])
    sessions = [
        SessionRow(r.activity_id, r.day, r.starts, r.programme, r.kind, r.site_name, r.cancelled,
                   by_activity.get(r.activity_id, Counts()))
        for r in report.by_session
    ]  # fmt: skip
    programmes = []
    for prog in report.by_programme:
        c = Counts()
        for a in prog.activity_ids:
            c = c + by_activity.get(a, Counts())
        att = prog.attendance
        if att is not None:
            att = ProgrammeAttendance(
                *(p.one(v, "programme", name, prog.key, *key)
                  for name, v in (("booked", att.booked), ("attended", att.attended),
                                  ("no_shows", att.no_shows)))
            )  # fmt: skip
        programmes.append(replace(prog, counts=c, attendance=att))
    programmes.sort(key=lambda x: (-x.counts.visits, x.name.casefold(), x.site_name))
    return HubReport(
        summary=summary,
        hub_name=report.hub_name,
        site_name=report.site_name,
        by_week=same_rows(report.by_week, folded(days, lambda d: d - timedelta(days=d.weekday()))),
        by_month=same_rows(report.by_month, folded(days, lambda d: d.replace(day=1))),
        by_hour=same_rows(report.by_hour, hours),
        by_weekday=same_rows(report.by_weekday, folded(days, lambda d: d.isoweekday())),
        by_reason=ranked(report.by_reason, folded(kinds, lambda k: k[0])),
        by_activity=ranked(report.by_activity, folded(kinds, lambda k: k[2])),
        by_site=ranked(report.by_site, folded(kinds, lambda k: k[1])),
        by_district=ranked(report.by_district, folded(areas, lambda k: k[0])),
        by_ward=ranked(report.by_ward, folded(areas, lambda k: k[1])),
        by_lsoa=ranked(report.by_lsoa, folded(areas, lambda k: k[2])),
        by_decile=ranked(report.by_decile, folded(areas, lambda k: k[3])),
        by_reach_area=ranked(report.by_reach_area, folded(areas, lambda k: k[4])),
        reach_districts=report.reach_districts,
        contacts=ContactCounts(
            shown,
            {n: p.one(v, "need", n.value, *key) for n, v in contacts.by_need.items()},
            {o: p.one(v, "outcome", o.value, *key) for o, v in contacts.by_outcome.items()},
        ),
        contacts_by_channel={k: channels[str(k)] for k in report.contacts_by_channel},
        follow_ups=FollowUps(due=due, **split),
        by_day=same_rows(report.by_day, days),
        by_kind=same_rows(report.by_kind, kinds),
        by_area=same_rows(report.by_area, areas),
        reach_prints=report.reach_prints,
        period_start=report.period_start,
        period_end=report.period_end,
        hub_id=report.hub_id,
        published=True,
        by_programme=programmes,
        by_session=sessions,
        postcodes_loaded=report.postcodes_loaded,
        ward_names=report.ward_names,
    )
