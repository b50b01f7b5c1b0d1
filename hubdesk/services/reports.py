"""Reports over the footfall columns of visits, worked out by SQL aggregates.

Visits carry their own counts (adults by role, children by age band, SEND, new or returning), so
a report never joins people. For each UK local day of the period one aggregate query sums every
column over that day's visits (a range of index `ix_visits_in`), with conditional sums for each
reason and each site of the hub: no GROUP BY, so SQLite never sorts the rows, and days follow UK
local time (BST/GMT) exactly because each day's bounds come from `day_bounds`. Python adds up one
row per day; each day also lists its distinct family ids (GROUP_CONCAT(DISTINCT)), so the
period's distinct families need no second pass over the visits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, Role
from hubdesk.services.base import Service, day_bounds
from hubdesk.storage.models import Site, Visit

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


_ROLE_COLUMNS = [getattr(Visit, f"adults_{role.value}") for role in Role]
_BAND_COLUMNS = [getattr(Visit, band.column) for band in AgeBand]


def _sum(expr: Any) -> ColumnElement[Any]:
    return func.sum(expr)  # NULL for no rows: read as 0


def _flag(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    # literal 1/0 rather than bound parameters: SQLite evaluates this once per row
    return func.sum(case((condition, literal_column("1")), else_=literal_column("0")))


# The figures summed per day, in this order: visits, people, roles..., bands..., send, male
# carers, new, returning, anonymous; then one count per reason and one per site.
_FIXED = 2 + len(_ROLE_COLUMNS) + len(_BAND_COLUMNS) + 5


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

        reasons = [r.value for r in VisitReason]
        with self.store.read() as session:
            sites = list(
                session.scalars(select(Site.id).where(Site.hub_id == hub_id).order_by(Site.id))
            )
            columns: list[ColumnElement[Any]] = [
                func.count(),
                _sum(Visit.people),
                *(_sum(c) for c in _ROLE_COLUMNS),
                *(_sum(c) for c in _BAND_COLUMNS),
                _sum(Visit.send_children),
                _sum(Visit.male_carers),
                _flag(Visit.is_new.is_(True)),
                _flag(Visit.is_new.is_(False)),
                _flag(Visit.family_id.is_(None)),
                *(_flag(Visit.reason == r) for r in reasons),
                *(_flag(Visit.site_id == s) for s in sites),
                # the day's families, so the period's distinct families need no second pass
                func.group_concat(Visit.family_id.distinct()),
            ]
            totals = [0] * (len(columns) - 1)
            families: set[str] = set()
            by_day: dict[date, int] = {}
            day = start
            while day <= end:
                lo, hi = day_bounds(day)
                row = session.execute(
                    select(*columns).where(*self._where(hub_id, lo, hi, site_id))
                ).one()
                *figures, seen = row
                for i, value in enumerate(figures):
                    totals[i] += int(value or 0)
                if seen:
                    families.update(str(seen).split(","))
                by_day[day] = int(row[0])
                day += timedelta(days=1)
            lo, _ = day_bounds(start)
            _, hi = day_bounds(end)
            visits = totals[0]
            by_reason = {
                r: n
                for r, n in zip(reasons, totals[_FIXED : _FIXED + len(reasons)], strict=True)
                if n
            }
            by_site = {
                s: n for s, n in zip(sites, totals[_FIXED + len(reasons) :], strict=True) if n
            }
            if sum(by_reason.values()) != visits:  # a reason this version does not know
                by_reason = self._grouped(session, Visit.reason, hub_id, lo, hi, site_id)
            if sum(by_site.values()) != visits:  # a site not (yet) in this store
                by_site = self._grouped(session, Visit.site_id, hub_id, lo, hi, site_id)

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
            distinct_families=len(families),
            new_visits=new_visits,
            returning_visits=returning,
            anonymous_visits=anonymous,
            by_reason=by_reason,
            by_site=by_site,
            by_day=by_day,
        )

    def _grouped(
        self,
        session: Session,
        column: Any,
        hub_id: uuid.UUID,
        lo: datetime,
        hi: datetime,
        site_id: uuid.UUID | None,
    ) -> dict[Any, int]:
        query = (
            select(column, func.count())
            .where(*self._where(hub_id, lo, hi, site_id))
            .group_by(column)
        )
        return {key: int(n) for key, n in session.execute(query)}

    @staticmethod
    def _where(
        hub_id: uuid.UUID, lo: datetime, hi: datetime, site_id: uuid.UUID | None
    ) -> list[ColumnElement[bool]]:
        where = [Visit.signed_in_at >= lo, Visit.signed_in_at < hi, Visit.hub_id == hub_id]
        if site_id is not None:
            where.append(Visit.site_id == site_id)
        return where
