"""The dashboard's figures: the measures of `hubdesk.measures` over the central tables.

Plain functions over a `CentralStore`, returning plain data; the routes format them, always
through `hubdesk.measures.suppress` (counts under 5 show as "<5" beyond the hub's own desk).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Table, func, select

from hubdesk.central.dashboard.tables import CentralContact, CentralHubArea, CentralPostcodeArea
from hubdesk.central.models import VISIT_ROLLUP, CentralHub, CentralSite, CentralVisit
from hubdesk.central.store import CentralStore
from hubdesk.measures import (
    ContactCounts,
    ContactDim,
    ContactTable,
    Counts,
    Dim,
    FollowUps,
    Period,
    Reach,
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

VISITS = VisitTable(CentralVisit.__table__, VISIT_ROLLUP)  # type: ignore[arg-type]
CONTACTS = ContactTable(CentralContact.__table__)  # type: ignore[arg-type]


def visits_table() -> Table:
    return CentralVisit.__table__  # type: ignore[return-value]


@dataclass(frozen=True)
class HubRef:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class Overview:
    counts: Counts
    reach: Reach
    contacts: ContactCounts
    contacts_by_channel: dict[Any, int]
    follow_ups: FollowUps
    by_reason: dict[str, Counts]
    by_hour: list[tuple[int, Counts]]
    by_month: list[tuple[date, Counts]]


@dataclass(frozen=True)
class HubRow:
    hub: HubRef
    counts: Counts
    reach: Reach
    outside: int  # visits from outside the hub's reach area
    with_district: int  # visits that gave a postcode district (the base for `outside`)
    reach_districts: str


@dataclass(frozen=True)
class AreaRow:
    key: Any
    label: str
    counts: Counts
    reach: Reach = field(default_factory=Reach)


def fold(grouped: dict[tuple[Any, ...], Counts], index: int) -> dict[tuple[Any, ...], Counts]:
    """Add up the counts of finer groups by one of their keys (counts are sums: exact)."""
    out: dict[tuple[Any, ...], Counts] = {}
    for key, c in grouped.items():
        k = (key[index],)
        out[k] = out[k] + c if k in out else c
    return out


def hubs(store: CentralStore) -> list[HubRef]:
    with store.read() as session:
        rows = session.execute(
            select(CentralHub.id, CentralHub.code, CentralHub.name).order_by(CentralHub.code)
        )
        return [HubRef(*r) for r in rows]


def reach_areas(store: CentralStore) -> dict[uuid.UUID, tuple[str, ...]]:
    with store.read() as session:
        return {
            hub_id: tuple(text.split())
            for hub_id, text in session.execute(
                select(CentralHubArea.hub_id, CentralHubArea.reach_districts)
            )
        }


def scope_of(hub_ids: Iterable[uuid.UUID] | None) -> Scope:
    ids = frozenset(hub_ids) if hub_ids else None
    return Scope(hub_ids=ids)


def overview(store: CentralStore, period: Period, scope: Scope, today: date) -> Overview:
    with store.read() as session:
        total = read_one(session.execute(counts(VISITS, period, scope)), Counts)
        seen = read_one(store.read_grouped_by_family(session, reach(VISITS, period, scope)), Reach)
        # one scan for the reason and month tables (counts add up), one for the hours
        by_reason_month = read_grouped(
            session.execute(counts(VISITS, period, scope, Dim.REASON, Dim.MONTH)),
            (Dim.REASON, Dim.MONTH),
            Counts,
        )
        reasons = fold(by_reason_month, 0)
        months = fold(by_reason_month, 1)
        hours = read_grouped(
            session.execute(counts(VISITS, period, scope, Dim.HOUR)), (Dim.HOUR,), Counts
        )
        channels = read_contact_counts(
            session.execute(contact_counts(CONTACTS, period, scope, ContactDim.CHANNEL)),
            (ContactDim.CHANNEL,),
        )
        follow = FollowUps.from_row(
            session.execute(follow_ups(CONTACTS, period, scope, today)).one()._mapping
        )
    return Overview(
        counts=total,
        reach=seen,
        contacts=contact_total(channels),  # the channels add up
        contacts_by_channel=by_channel(channels),
        follow_ups=follow,
        by_reason={k[0]: v for k, v in sorted(reasons.items(), key=lambda kv: -kv[1].visits)},
        by_hour=[(h, hours.get((h,), Counts())) for h in time_keys(Dim.HOUR, period)],
        by_month=[(m, months.get((m,), Counts())) for m in time_keys(Dim.MONTH, period)],
    )


def hub_comparison(store: CentralStore, period: Period, scope: Scope) -> list[HubRow]:
    areas = reach_areas(store)
    with store.read() as session:
        by_family = store.read_grouped_by_family(session, reach(VISITS, period, scope, Dim.HUB))
        reach_hub = read_grouped(by_family, (Dim.HUB,), Reach)
        where = read_grouped(
            session.execute(counts(VISITS, period, scope, Dim.HUB, Dim.REACH_AREA, areas=areas)),
            (Dim.HUB, Dim.REACH_AREA),
            Counts,
        )
    by_hub = fold(where, 0)  # every visit is in exactly one reach-area group
    out = []
    for hub in hubs(store):
        if scope.hub_ids is not None and hub.id not in scope.hub_ids:
            continue
        c = by_hub.get((hub.id,), Counts())
        outside = where.get((hub.id, "outside"), Counts()).visits
        inside = where.get((hub.id, "inside"), Counts()).visits
        out.append(
            HubRow(
                hub=hub,
                counts=c,
                reach=reach_hub.get((hub.id,), Reach()),
                outside=outside,
                with_district=inside + outside,
                reach_districts=" ".join(areas.get(hub.id, ())),
            )
        )
    return out


def trend(
    store: CentralStore, period: Period, scope: Scope, grain: Dim
) -> tuple[list[Any], list[HubRef], dict[tuple[uuid.UUID, Any], Counts]]:
    """(time keys, hubs, {(hub, key): Counts}) for a trend chart and table."""
    with store.read() as session:
        got = read_grouped(
            session.execute(counts(VISITS, period, scope, Dim.HUB, grain)),
            (Dim.HUB, grain),
            Counts,
        )
    shown = [h for h in hubs(store) if scope.hub_ids is None or h.id in scope.hub_ids]
    return time_keys(grain, period), shown, got


def areas(store: CentralStore, period: Period, scope: Scope, dim: Dim) -> list[AreaRow]:
    """Counts and reach by postcode district, ward, LSOA or deprivation decile."""
    with store.read() as session:
        got = read_grouped(session.execute(counts(VISITS, period, scope, dim)), (dim,), Counts)
        by_family = store.read_grouped_by_family(session, reach(VISITS, period, scope, dim))
        seen = read_grouped(by_family, (dim,), Reach)
        names: dict[Any, str] = {}
        if dim is Dim.WARD:
            names = {
                code: name
                for code, name in session.execute(
                    select(CentralPostcodeArea.ward_code, func.max(CentralPostcodeArea.ward_name))
                    .where(CentralPostcodeArea.ward_name.is_not(None))
                    .group_by(CentralPostcodeArea.ward_code)
                )
                if code and name
            }
    rows = []
    for (key,), c in got.items():
        if key is None:
            label = "(not known)"
        elif dim is Dim.DECILE:
            label = f"decile {key}" + (" (most deprived)" if key == 1 else "")
        else:
            label = f"{key} {names[key]}" if key in names else str(key)
        rows.append(AreaRow(key, label, c, seen.get((key,), Reach())))
    if dim is Dim.DECILE:
        rows.sort(key=lambda r: (r.key is None, r.key or 0))
    else:
        rows.sort(key=lambda r: (r.key is None, -r.counts.visits, r.label))
    return rows


def site_names(store: CentralStore) -> dict[uuid.UUID, str]:
    with store.read() as session:
        return {i: n for i, n in session.execute(select(CentralSite.id, CentralSite.name))}
