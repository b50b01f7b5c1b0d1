"""Here to Help contact measures over a contacts table (device `contacts`, service
`central_contacts`): by channel, need and outcome, and follow-ups done on time."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, String, case, func, literal, select

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.measures.localtime import (
    Grain,
    Period,
    as_date,
    date_bucket,
    day_bounds,
    local_bucket,
)
from hubdesk.measures.tables import ContactTable, Scope


class ContactDim(enum.StrEnum):
    HUB = "hub"
    SITE = "site"
    CHANNEL = "channel"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


_GRAINS = {ContactDim.DAY: Grain.DAY, ContactDim.WEEK: Grain.WEEK, ContactDim.MONTH: Grain.MONTH}
_COLS = {ContactDim.HUB: "hub_id", ContactDim.SITE: "site_id", ContactDim.CHANNEL: "channel"}


def _has_code(column: ColumnElement[Any], code: str) -> ColumnElement[bool]:
    """`column` (space-separated codes) holds `code` as a whole word."""
    padded = literal(" ", String) + column + literal(" ", String)
    return padded.contains(f" {code} ", autoescape=True)


def _count_if(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return _sum_if(cond, 1)


def contact_counts(c: ContactTable, period: Period, scope: Scope, *dims: ContactDim) -> Select[Any]:
    """Contacts made on the local days of `period` (by `contacted_at`): how many, and how many
    named each need and each outcome (a contact may name several), grouped by `dims`.

    The contacts are counted by their needs and outcomes as written first: a hub's contacts name
    a few dozen combinations, so each code is looked for in those, not in every contact."""
    lo, hi = period.bounds
    keys: list[ColumnElement[Any]] = []
    for d in dims:
        if d in _GRAINS:
            keys.append(local_bucket(_GRAINS[d], c.c.contacted_at, lo, hi).label(d.value))
        else:
            keys.append(c.c[_COLS[d]].label(d.value))
    written = (
        select(*keys, c.c.needs, c.c.outcomes, func.count().label("n"))
        .where(c.c.contacted_at >= lo, c.c.contacted_at < hi, *scope.where(c.c.hub_id, c.c.site_id))
        .group_by(*keys, c.c.needs, c.c.outcomes)
        .subquery("written")
    )
    w = written.c
    outer = [w[d.value] for d in dims]
    query = select(
        *outer,
        func.coalesce(func.sum(w.n), 0).label("contacts"),
        *(_sum_if(_has_code(w.needs, n.value), w.n).label(f"need_{n.value}") for n in Need),
        *(
            _sum_if(_has_code(w.outcomes, o.value), w.n).label(f"outcome_{o.value}")
            for o in Outcome
        ),
    )
    if outer:
        query = query.group_by(*outer)
    return query


def _sum_if(cond: ColumnElement[bool], n: ColumnElement[int] | int) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((cond, n), else_=0)), 0)


def follow_ups(
    c: ContactTable, period: Period, scope: Scope, today: date, *dims: ContactDim
) -> Select[Any]:
    """Follow-ups due on the days of `period`: done on time (on or before the due day, UK local
    date of `follow_up_done_at`), done late, not done and overdue (due before `today`), not done
    and not yet due; grouped by `dims` (hub, and the month or day they are due), if any."""
    due = c.c.follow_up_due
    done = c.c.follow_up_done_at
    # done_at may be any time from the contact to today: cover a year either side
    lo = day_bounds(period.start - timedelta(days=366))[0]
    hi = day_bounds(max(period.end, today) + timedelta(days=366))[1]
    done_day = local_bucket(Grain.DAY, done, lo, hi)
    columns: list[ColumnElement[Any]] = [
        func.count().label("due"),
        _count_if(done.is_not(None) & (done_day <= due)).label("done_on_time"),
        _count_if(done.is_not(None) & (done_day > due)).label("done_late"),
        _count_if(done.is_(None) & (due < today)).label("overdue"),
        _count_if(done.is_(None) & (due >= today)).label("open"),
    ]
    keys: list[ColumnElement[Any]] = []
    for d in dims:
        if d in _GRAINS:
            keys.append(date_bucket(_GRAINS[d], due).label(d.value))
        else:
            keys.append(c.c[_COLS[d]].label(d.value))
    query = select(*keys, *columns).where(
        due.is_not(None),
        due >= period.start,
        due <= period.end,
        *scope.where(c.c.hub_id, c.c.site_id),
    )
    return query.group_by(*keys) if keys else query


@dataclass(frozen=True)
class ContactCounts:
    contacts: int = 0
    by_need: dict[Need, int] = field(default_factory=dict)
    by_outcome: dict[Outcome, int] = field(default_factory=dict)

    @classmethod
    def from_row(cls, m: Mapping[Any, Any]) -> ContactCounts:
        return cls(
            contacts=int(m["contacts"] or 0),
            by_need={n: int(m[f"need_{n.value}"] or 0) for n in Need},
            by_outcome={o: int(m[f"outcome_{o.value}"] or 0) for o in Outcome},
        )

    @classmethod
    def zero(cls) -> ContactCounts:
        return cls(0, {n: 0 for n in Need}, {o: 0 for o in Outcome})

    def __add__(self, other: ContactCounts) -> ContactCounts:
        return ContactCounts(
            self.contacts + other.contacts,
            {n: self.by_need.get(n, 0) + other.by_need.get(n, 0) for n in Need},
            {o: self.by_outcome.get(o, 0) + other.by_outcome.get(o, 0) for o in Outcome},
        )


def total(grouped: Mapping[tuple[Any, ...], ContactCounts]) -> ContactCounts:
    """All the contacts of grouped counts (every count adds up: a contact is in one group)."""
    return sum(grouped.values(), ContactCounts.zero())


@dataclass(frozen=True)
class FollowUps:
    due: int = 0
    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    open: int = 0

    @classmethod
    def from_row(cls, m: Mapping[Any, Any]) -> FollowUps:
        return cls(
            **{k: int(m[k] or 0) for k in ("due", "done_on_time", "done_late", "overdue", "open")}
        )


def read_follow_ups(
    rows: Iterable[Any], dims: tuple[ContactDim, ...] = ()
) -> dict[tuple[Any, ...], FollowUps]:
    out: dict[tuple[Any, ...], FollowUps] = {}
    for row in rows:
        m = row._mapping
        key = tuple(as_date(m[d.value]) if d in _GRAINS else m[d.value] for d in dims)
        out[key] = FollowUps.from_row(m)
    return out


def read_contact_counts(
    rows: Iterable[Any], dims: tuple[ContactDim, ...] = ()
) -> dict[tuple[Any, ...], ContactCounts]:
    out: dict[tuple[Any, ...], ContactCounts] = {}
    for row in rows:
        m = row._mapping
        key = tuple(as_date(m[d.value]) if d in _GRAINS else m[d.value] for d in dims)
        out[key] = ContactCounts.from_row(m)
    return out


def by_channel(grouped: Mapping[tuple[Any, ...], ContactCounts]) -> dict[ContactChannel | str, int]:
    """{channel: contacts} from `contact_counts(..., ContactDim.CHANNEL)` rows read."""
    out: dict[ContactChannel | str, int] = {ch: 0 for ch in ContactChannel}
    for (channel, *_), value in grouped.items():
        try:
            name: ContactChannel | str = ContactChannel(channel)
        except ValueError:
            name = str(channel)
        out[name] = out.get(name, 0) + value.contacts
    return out
