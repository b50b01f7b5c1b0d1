"""Reports over the footfall columns of visits, worked out by SQL aggregates.

Visits carry their own counts (adults by role, children by age band, SEND, new or returning), so
a report never joins people: one GROUP BY over the visits in the period (index `ix_visits_in`)
gives every figure by reason, site and local day, and Python only adds up those few groups.
Days are UK local days (Europe/London), so a visit at 23:30 UTC in summer counts on the next day.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, Role
from hubdesk.services.base import HUB_TZ, Service, day_bounds
from hubdesk.storage.models import Visit

MAX_DAYS = 3700  # ten years and a bit


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

    @property
    def adults(self) -> int:
        return sum(self.adults_by_role.values())

    @property
    def children(self) -> int:
        return sum(self.children_by_band.values())

    @property
    def fathers_and_male_carers(self) -> int:
        return self.fathers + self.male_carers


# the summed columns, in the order of the SELECT
_ROLE_COLUMNS = {role: getattr(Visit, f"adults_{role.value}") for role in Role}
_BAND_COLUMNS = {band: getattr(Visit, band.column) for band in AgeBand}


def _offset_seconds(day: date) -> tuple[int, int]:
    """UTC offset (seconds) of UK local time at the start and at the end of `day`."""
    start, end = day_bounds(day)
    a = start.astimezone(HUB_TZ).utcoffset() or timedelta(0)
    b = (end - timedelta(microseconds=1)).astimezone(HUB_TZ).utcoffset() or timedelta(0)
    return int(a.total_seconds()), int(b.total_seconds())


def _segments(start: date, end: date) -> list[tuple[date, date, int | None]]:
    """Runs of days with one UTC offset all day: (first, last, offset seconds). A day when the
    clocks change is a run of its own with offset None (its visits all fall on that day)."""
    out: list[tuple[date, date, int | None]] = []
    day = start
    while day <= end:
        a, b = _offset_seconds(day)
        offset = a if a == b else None
        if out and offset is not None and out[-1][2] == offset:
            first, _, _ = out[-1]
            out[-1] = (first, day, offset)
        else:
            out.append((day, day, offset))
        day += timedelta(days=1)
    return out


def _local_day_expr(start: date, end: date) -> ColumnElement[Any]:
    """SQL for the UK local date of `signed_in_at`, valid for visits from `start` to `end`.

    SQLite's date() knows no time zones, so the period is cut into runs of days with one UTC
    offset, and a CASE on `signed_in_at` picks the run: one pass over the rows, whatever the
    clock changes in the period. A day the clocks change on is named outright.
    """
    whens: list[tuple[ColumnElement[bool], ColumnElement[Any]]] = []
    segments = _segments(start, end)
    for first, last, offset in segments:
        _, seg_end = day_bounds(last)
        if offset is None:
            expr: ColumnElement[Any] = literal(first.isoformat())
        else:
            expr = func.date(Visit.signed_in_at, f"{offset:+d} seconds")
        if len(segments) == 1:
            return expr
        whens.append((Visit.signed_in_at < seg_end, expr))
    return case(*whens[:-1], else_=whens[-1][1])


class ReportService(Service):
    def footfall(
        self,
        hub_id: uuid.UUID,
        start: date,
        end: date,
        site_id: uuid.UUID | None = None,
    ) -> FootfallSummary:
        """Footfall for the local days `start` to `end` inclusive, for the hub or one site."""
        for name, value in (("start", start), ("end", end)):
            if isinstance(value, datetime) or not isinstance(value, date):
                raise ValidationError(name, "not_a_date", "must be a date")
        if end < start:
            raise ValidationError("end", "before_start", "must not be before the start")
        if (end - start).days >= MAX_DAYS:
            raise ValidationError("end", "too_long", "the period is too long")

        sums: list[ColumnElement[Any]] = [
            func.count(),
            func.coalesce(func.sum(Visit.people), 0),
            *(func.coalesce(func.sum(c), 0) for c in _ROLE_COLUMNS.values()),
            *(func.coalesce(func.sum(c), 0) for c in _BAND_COLUMNS.values()),
            func.coalesce(func.sum(Visit.send_children), 0),
            func.coalesce(func.sum(Visit.male_carers), 0),
            func.coalesce(func.sum(case((Visit.is_new.is_(True), 1), else_=0)), 0),
            func.coalesce(func.sum(case((Visit.is_new.is_(False), 1), else_=0)), 0),
            func.coalesce(func.sum(case((Visit.family_id.is_(None), 1), else_=0)), 0),
        ]
        totals = [0] * len(sums)
        by_reason: dict[str, int] = {}
        by_site: dict[uuid.UUID, int] = {}
        by_day: dict[date, int] = {}
        d = start
        while d <= end:
            by_day[d] = 0
            d += timedelta(days=1)

        lo, _ = day_bounds(start)
        _, hi = day_bounds(end)
        day_expr = _local_day_expr(start, end)
        query = (
            select(Visit.reason, Visit.site_id, day_expr.label("day"), *sums)
            .where(*self._where(hub_id, lo, hi, site_id))
            .group_by(Visit.reason, Visit.site_id, day_expr)
        )
        with self.store.read() as session:
            for row in session.execute(query):
                reason, site, day_text = row[0], row[1], row[2]
                values = row[3:]
                for i, v in enumerate(values):
                    totals[i] += int(v or 0)
                n = int(values[0])
                by_reason[reason] = by_reason.get(reason, 0) + n
                by_site[site] = by_site.get(site, 0) + n
                day_value = date.fromisoformat(str(day_text))
                by_day[day_value] = by_day.get(day_value, 0) + n
            distinct = self._distinct_families(session, hub_id, lo, hi, site_id)

        it = iter(totals)
        visits = next(it)
        people = next(it)
        roles = {role: next(it) for role in Role}
        bands = {band: next(it) for band in AgeBand}
        send_children = next(it)
        male_carers = next(it)
        new_visits = next(it)
        returning = next(it)
        anonymous = next(it)
        return FootfallSummary(
            start=start,
            end=end,
            site_id=site_id,
            visits=visits,
            people=people,
            adults_by_role=roles,
            children_by_band=bands,
            send_children=send_children,
            fathers=roles[Role.FATHER],
            male_carers=male_carers,
            distinct_families=distinct,
            new_visits=new_visits,
            returning_visits=returning,
            anonymous_visits=anonymous,
            by_reason=by_reason,
            by_site=by_site,
            by_day=by_day,
        )

    @staticmethod
    def _where(
        hub_id: uuid.UUID, lo: datetime, hi: datetime, site_id: uuid.UUID | None
    ) -> list[ColumnElement[bool]]:
        where = [Visit.signed_in_at >= lo, Visit.signed_in_at < hi, Visit.hub_id == hub_id]
        if site_id is not None:
            where.append(Visit.site_id == site_id)
        return where

    def _distinct_families(
        self,
        session: Session,
        hub_id: uuid.UUID,
        lo: datetime,
        hi: datetime,
        site_id: uuid.UUID | None,
    ) -> int:
        query = select(func.count(func.distinct(Visit.family_id))).where(
            *self._where(hub_id, lo, hi, site_id), Visit.family_id.is_not(None)
        )
        return int(session.scalar(query) or 0)
