"""The dashboard's figures: the measures of `hubdesk.measures` over the central tables, published
through disclosure control (hubdesk.measures.disclosure; docs/measures.md, "Disclosure control").

Everything here is published beyond the hubs, so every figure is built the same way:

* the period is whole local months (`publish_period`): no figure is ever asked for a day;
* counts are read per hub and month ("atoms"), each atom rounded at random to a multiple of 5
  (fixed by the service's key), the groups of a breakdown of an atom rounded together so that
  they add up to it; every larger figure (several hubs, several months, all of a breakdown) is
  the sum of its atoms' published values;
* reach (distinct families) is rounded per figure, keyed by the families it counts, and shown
  only for one hub or for all hubs, never for a selection of several (whose differences would
  count the families of one hub).

Plain functions over a `CentralStore`, returning plain data; the routes format them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from hubdesk.central.dashboard.tables import (
    CentralContact,
    CentralHubArea,
    CentralPostcodeArea,
    CentralVoiceQuestion,
    CentralVoiceResponse,
)
from hubdesk.central.models import VISIT_ROLLUP, CentralEvent, CentralHub, CentralSite, CentralVisit
from hubdesk.central.store import CentralStore
from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
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
    contact_counts,
    counts,
    follow_ups,
    reach,
    read_contact_counts,
    read_grouped,
    time_keys,
)
from hubdesk.measures.contacts import read_follow_ups
from hubdesk.measures.disclosure import Protector, Unrounded, add, fingerprints_of
from hubdesk.measures.footfall import key_value
from hubdesk.measures.localtime import add_months
from hubdesk.measures.voice import VoiceReport, VoiceTable, voice_report

VISITS = VisitTable(CentralVisit.__table__, VISIT_ROLLUP)  # type: ignore[arg-type]
CONTACTS = ContactTable(CentralContact.__table__)  # type: ignore[arg-type]
VOICE = VoiceTable(CentralVoiceResponse.__table__)  # type: ignore[arg-type]
VISITS_ONLY = ("visits",)


def publish_period(period: Period, today: date) -> Period:
    """The whole local months `period` touches, from the 1st of its first to the last day of its
    last, and no later than the month of `today` (which is counted to date)."""
    start = period.start.replace(day=1)
    last = min(period.end, today).replace(day=1)
    last = max(last, start)
    return Period(start, add_months(last, 1) - timedelta(days=1))


@dataclass(frozen=True)
class HubRef:
    id: uuid.UUID
    code: str
    name: str


@dataclass(frozen=True)
class Overview:
    counts: Counts
    reach: Reach | None  # None: not published for a selection of several hubs
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
    reach: Reach | None = field(default_factory=Reach)


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


def reach_published(scope: Scope) -> bool:
    """Reach is published for all hubs or for one, never for a selection of several."""
    return scope.hub_ids is None or len(scope.hub_ids) == 1


def protector(store: CentralStore, rounded: bool = True) -> Protector:
    """The service's rounding; `rounded=False` gives the same figures unrounded, which only
    tests use (to hold the dashboard's measures to the desk's)."""
    return Protector(store.disclosure_secret()) if rounded else Unrounded()


# -- atoms ------------------------------------------------------------------------------------

Atom = tuple[uuid.UUID, date]  # (hub, month)


def _atoms(
    session: Any,
    period: Period,
    scope: Scope,
    *dims: Dim,
    areas: Mapping[uuid.UUID, Iterable[str]] | None = None,
) -> dict[tuple[Any, ...], Counts]:
    keys = (Dim.HUB, Dim.MONTH, *dims)
    query = counts(VISITS, period, scope, *keys, areas=areas)
    return read_grouped(session.execute(query), keys, Counts)


def _totals(p: Protector, session: Any, period: Period, scope: Scope) -> dict[Atom, Counts]:
    """Each hub's published counts for each month."""
    return {
        (hub, month): p.counts(c, "hub-month", hub, month)
        for (hub, month), c in _atoms(session, period, scope).items()
    }


def _broken_down(
    p: Protector,
    cells: Mapping[tuple[Any, ...], Counts],
    totals: Mapping[Any, Counts],
    family: str,
    only: tuple[str, ...] | None = None,
) -> dict[tuple[Any, ...], Counts]:
    """Published groups of a breakdown: `cells` keyed (*atom, group), rounded per atom together,
    adding up to the atom's published total."""
    by_atom: dict[tuple[Any, ...], dict[Any, Counts]] = {}
    for key, c in cells.items():
        by_atom.setdefault(key[:-1], {})[key[-1]] = c
    out: dict[tuple[Any, ...], Counts] = {}
    for atom, groups in by_atom.items():
        atom_key = atom if len(atom) > 1 else atom[0]
        kwargs = {"only": only} if only is not None else {}
        rounded = p.breakdown(groups, totals[atom_key], family, *atom, **kwargs)
        for group, c in rounded.items():
            out[(*atom, group)] = c
    return out


def _fold(cells: Mapping[tuple[Any, ...], Counts], index: int) -> dict[Any, Counts]:
    """Published counts added up by one part of their key."""
    groups: dict[Any, list[Counts]] = {}
    for key, c in cells.items():
        groups.setdefault(key[index], []).append(c)
    return {k: add(cs) for k, cs in groups.items()}


def _reach_rows(
    p: Protector, store: CentralStore, session: Any, period: Period, scope: Scope, *dims: Dim
) -> dict[tuple[Any, ...], Reach]:
    """Published reach by `dims`, each figure keyed by the families it counts."""
    query = reach(VISITS, period, scope, *dims, fingerprints=True)
    out: dict[tuple[Any, ...], Reach] = {}
    for row in store.read_grouped_by_family(session, query):
        m = row._mapping
        key = tuple(key_value(d, m[d.value]) for d in dims)
        out[key] = p.reach(Reach.from_row(m), fingerprints_of(m))
    return out


# -- pages ------------------------------------------------------------------------------------


def overview(
    store: CentralStore, period: Period, scope: Scope, today: date, *, rounded: bool = True
) -> Overview:
    p = protector(store, rounded)
    with store.read() as session:
        totals = _totals(p, session, period, scope)
        reasons = _broken_down(p, _atoms(session, period, scope, Dim.REASON), totals, "reason",
                               VISITS_ONLY)  # fmt: skip
        hours = _broken_down(p, _atoms(session, period, scope, Dim.HOUR), totals, "hour",
                             VISITS_ONLY)  # fmt: skip
        seen = None
        if reach_published(scope):
            seen = _reach_rows(p, store, session, period, scope).get((), Reach())
        contacts, channels, follow = _contacts(p, session, period, scope, today)
    by_reason = _fold(reasons, 2)
    by_hour = _fold(hours, 2)
    by_month = _fold(totals, 1)
    return Overview(
        counts=add(totals.values()),
        reach=seen,
        contacts=contacts,
        contacts_by_channel=channels,
        follow_ups=follow,
        by_reason={k: v for k, v in sorted(by_reason.items(), key=lambda kv: (-kv[1].visits,
                                                                               str(kv[0])))},
        by_hour=[(h, by_hour.get(h, Counts())) for h in time_keys(Dim.HOUR, period)],
        by_month=[(m, by_month.get(m, Counts())) for m in time_keys(Dim.MONTH, period)],
    )  # fmt: skip


def _contacts(
    p: Protector, session: Any, period: Period, scope: Scope, today: date
) -> tuple[ContactCounts, dict[Any, int], FollowUps]:
    """Here to Help: contacts per hub and month, their channels rounded together, each need and
    outcome on its own; follow-ups per hub and month due, split (on time, late, overdue, open)
    together."""
    dims = (ContactDim.HUB, ContactDim.MONTH, ContactDim.CHANNEL)
    rows = read_contact_counts(
        session.execute(contact_counts(CONTACTS, period, scope, *dims)), dims
    )
    per_atom: dict[Atom, dict[str, ContactCounts]] = {}
    for (hub, month, channel), c in rows.items():
        per_atom.setdefault((hub, month), {})[str(channel)] = c
    total = 0
    channels: dict[Any, int] = {ch: 0 for ch in ContactChannel}
    needs = {n: 0 for n in Need}
    outcomes = {o: 0 for o in Outcome}
    for (hub, month), by_channel in per_atom.items():
        atom = sum(c.contacts for c in by_channel.values())
        published = p.one(atom, "contacts", hub, month)
        total += published
        cells = {ch: c.contacts for ch, c in by_channel.items()}
        for ch, n in p.family(cells, published, "channel", hub, month).items():
            try:
                name: Any = ContactChannel(ch)
            except ValueError:
                name = ch
            channels[name] = channels.get(name, 0) + n
        for need in Need:
            n = sum(c.by_need.get(need, 0) for c in by_channel.values())
            needs[need] += p.one(n, "need", need.value, hub, month)
        for outcome in Outcome:
            n = sum(c.by_outcome.get(outcome, 0) for c in by_channel.values())
            outcomes[outcome] += p.one(n, "outcome", outcome.value, hub, month)
    fdims = (ContactDim.HUB, ContactDim.MONTH)
    due = read_follow_ups(
        session.execute(follow_ups(CONTACTS, period, scope, today, *fdims)), fdims
    )
    parts = ("done_on_time", "done_late", "overdue", "open")
    follow = {"due": 0, **dict.fromkeys(parts, 0)}
    for (hub, month), f in due.items():
        published = p.one(f.due, "follow_ups_due", hub, month)
        follow["due"] += published
        split = p.family({k: getattr(f, k) for k in parts}, published, "follow_ups", hub, month)
        for k in parts:
            follow[k] += split[k]
    return ContactCounts(total, needs, outcomes), channels, FollowUps(**follow)


def hub_comparison(
    store: CentralStore, period: Period, scope: Scope, *, rounded: bool = True
) -> list[HubRow]:
    areas = reach_areas(store)
    p = protector(store, rounded)
    with store.read() as session:
        totals = _totals(p, session, period, scope)
        # each hub's month inside, outside, without a district (a family of its own: the
        # districts are counted by the areas page)
        where = _broken_down(
            p, _atoms(session, period, scope, Dim.REACH_AREA, areas=areas), totals,
            "reach-area", VISITS_ONLY,
        )  # fmt: skip
        reach_hub = _reach_rows(p, store, session, period, scope, Dim.HUB)
    by_hub: dict[uuid.UUID, Counts] = {}
    for (hub_id, _month), c in totals.items():
        by_hub[hub_id] = by_hub[hub_id] + c if hub_id in by_hub else c
    outside: dict[uuid.UUID, int] = {}
    with_district: dict[uuid.UUID, int] = {}
    for (hub_id, _month, place), c in where.items():
        if place in ("inside", "outside"):
            with_district[hub_id] = with_district.get(hub_id, 0) + c.visits
        if place == "outside":
            outside[hub_id] = outside.get(hub_id, 0) + c.visits
    out = []
    for hub in hubs(store):
        if scope.hub_ids is not None and hub.id not in scope.hub_ids:
            continue
        out.append(
            HubRow(
                hub=hub,
                counts=by_hub.get(hub.id, Counts()),
                reach=reach_hub.get((hub.id,), Reach()),
                outside=outside.get(hub.id, 0),
                with_district=with_district.get(hub.id, 0),
                reach_districts=" ".join(areas.get(hub.id, ())),
            )
        )
    return out


def trend(
    store: CentralStore,
    period: Period,
    scope: Scope,
    grain: Dim = Dim.MONTH,
    *,
    rounded: bool = True,
) -> tuple[list[Any], list[HubRef], dict[tuple[uuid.UUID, Any], Counts]]:
    """(months, hubs, {(hub, month): Counts}) for a trend chart and table. By month only: a
    week cuts across months, and publishing both would let one be taken from the other."""
    if grain is not Dim.MONTH:
        raise ValueError("trends are by month")
    p = protector(store, rounded)
    with store.read() as session:
        got = _totals(p, session, period, scope)
    shown = [h for h in hubs(store) if scope.hub_ids is None or h.id in scope.hub_ids]
    return time_keys(Dim.MONTH, period), shown, dict(got)


def areas(
    store: CentralStore, period: Period, scope: Scope, dim: Dim, *, rounded: bool = True
) -> list[AreaRow]:
    """Counts and reach by postcode district, ward, LSOA or deprivation decile. For all hubs the
    atoms are the county's months (each area's month over every hub, rounded together to the
    county's month); for chosen hubs, each hub's months, added up."""
    p = protector(store, rounded)
    with store.read() as session:
        if scope.hub_ids is None:
            keys = (Dim.MONTH, dim)
            raw = read_grouped(session.execute(counts(VISITS, period, scope, *keys)), keys, Counts)
            month_totals: dict[Any, Counts] = {}
            for (month, _area), c in raw.items():
                month_totals[month] = month_totals[month] + c if month in month_totals else c
            tops = {m: p.counts(c, "all-month", m) for m, c in month_totals.items()}
            got = _fold(_broken_down(p, raw, tops, f"area-{dim.value}-all"), 1)
        else:
            totals = _totals(p, session, period, scope)
            cells = _broken_down(p, _atoms(session, period, scope, dim), totals,
                                 f"area-{dim.value}")  # fmt: skip
            got = _fold(cells, 2)
        seen: dict[tuple[Any, ...], Reach] | None = None
        if reach_published(scope):
            seen = _reach_rows(p, store, session, period, scope, dim)
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
    for key, c in got.items():
        if key is None:
            label = "(not known)"
        elif dim is Dim.DECILE:
            label = f"decile {key}" + (" (most deprived)" if key == 1 else "")
        else:
            label = f"{key} {names[key]}" if key in names else str(key)
        r = (seen or {}).get((key,), Reach()) if seen is not None else None
        rows.append(AreaRow(key, label, c, r))
    if dim is Dim.DECILE:
        rows.sort(key=lambda r: (r.key is None, r.key or 0))
    else:  # by published figures only: an order by the true ones would tell them apart
        rows.sort(key=lambda r: (r.key is None, -r.counts.visits, r.label))
    return rows


def site_names(store: CentralStore) -> dict[uuid.UUID, str]:
    with store.read() as session:
        return {i: n for i, n in session.execute(select(CentralSite.id, CentralSite.name))}


# -- family voice -----------------------------------------------------------------------------


@dataclass(frozen=True)
class VoiceQuestionRef:
    hub_id: uuid.UUID
    version: int
    position: int
    code: str
    text_en: str


def voice(
    store: CentralStore, period: Period, scope: Scope, *, rounded: bool = True
) -> tuple[VoiceReport, list[VoiceQuestionRef]]:
    """Family voice (docs/measures.md, "Family voice"): the same report the desk reads, each
    (hub, month, version of the hub's questions) an atom published by the service's rounding;
    and the words of every question the hubs in scope asked, by version."""
    p = protector(store, rounded)
    with store.read() as session:
        report = voice_report(session, VOICE, period, scope, p)
        q = CentralVoiceQuestion
        query = select(q.hub_id, q.version, q.position, q.code, q.text_en).order_by(
            q.hub_id, q.version, q.position
        )
        if scope.hub_ids is not None:
            query = query.where(q.hub_id.in_(sorted(scope.hub_ids)))
        questions = [VoiceQuestionRef(*row) for row in session.execute(query)]
    return report, questions


def activity_names(store: CentralStore, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of timetabled sessions (from their latest event: the service keeps no table of
    activities), for the family voice page's "by activity"."""
    wanted = sorted({i for i in ids if i is not None})
    out: dict[uuid.UUID, str] = {}
    if not wanted:
        return out
    with store.read() as session:
        rows = session.execute(
            select(CentralEvent.entity_id, CentralEvent.footfall)
            .where(CentralEvent.entity == "activity", CentralEvent.entity_id.in_(wanted))
            .order_by(CentralEvent.id)
        )
        for entity_id, footfall in rows:
            name = footfall.get("name") if isinstance(footfall, dict) else None
            if isinstance(name, str) and name:
                out[entity_id] = name[:120]
    return out
