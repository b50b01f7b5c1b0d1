"""Footfall measures over a visits table: one definition each, as SQLAlchemy Core queries.

Definitions are in docs/measures.md. Every builder returns a `Select`; the caller runs it on its
own connection (the desk's encrypted store, the central service's SQLite or PostgreSQL) and reads
the rows with the `read_*` helpers here, which do no I/O.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FunctionElement,
    Integer,
    Select,
    Table,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles

from hubdesk.domain.people import AgeBand, Role
from hubdesk.measures import rollup
from hubdesk.measures.columns import BAND_COLUMNS
from hubdesk.measures.localtime import (
    Grain,
    Period,
    add_months,
    as_date,
    date_bucket,
    local_bucket,
)
from hubdesk.measures.tables import Scope, VisitTable


class Dim(enum.StrEnum):
    """What a breakdown groups by."""

    HUB = "hub"
    SITE = "site"
    REASON = "reason"
    ACTIVITY = "activity"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    HOUR = "hour"
    WEEKDAY = "weekday"
    DISTRICT = "district"
    WARD = "ward"
    LSOA = "lsoa"
    DECILE = "decile"
    REACH_AREA = "reach_area"  # inside / outside / no_district / no_area (see reach_areas)


class ReachArea(enum.StrEnum):
    INSIDE = "inside"  # the party's postcode district is one the hub is allocated
    OUTSIDE = "outside"  # it is not
    NO_DISTRICT = "no_district"  # the party gave no postcode
    NO_AREA = "no_area"  # the hub has no reach area set


_TIME_DIMS = {
    Dim.DAY: Grain.DAY,
    Dim.WEEK: Grain.WEEK,
    Dim.MONTH: Grain.MONTH,
    Dim.HOUR: Grain.HOUR,
    Dim.WEEKDAY: Grain.WEEKDAY,
}
_COLUMN_DIMS = {
    Dim.HUB: "hub_id",
    Dim.SITE: "site_id",
    Dim.REASON: "reason",
    Dim.ACTIVITY: "activity_id",
    Dim.DISTRICT: "postcode_district",
    Dim.WARD: "ward_code",
    Dim.LSOA: "lsoa_code",
    Dim.DECILE: "imd_decile",
}


def _where(v: VisitTable, period: Period, scope: Scope) -> list[ColumnElement[bool]]:
    lo, hi = period.bounds
    at = v.c.signed_in_at
    return [at >= lo, at < hi, *scope.where(v.c.hub_id, v.c.site_id)]


def reach_area_expr(v: VisitTable, areas: Mapping[uuid.UUID, Iterable[str]]) -> ColumnElement[Any]:
    """Inside or outside the visit's hub's reach area (its allocated postcode districts)."""
    return reach_area_of(v.c.hub_id, v.c.postcode_district, areas)


def reach_area_of(
    hub: ColumnElement[Any],
    district: ColumnElement[Any],
    areas: Mapping[uuid.UUID, Iterable[str]],
) -> ColumnElement[Any]:
    with_area = {h: sorted({d.upper() for d in ds}) for h, ds in areas.items() if ds}
    if not with_area:
        return case((district.is_(None), ReachArea.NO_DISTRICT.value), else_=ReachArea.NO_AREA)
    inside = or_(*(and_(hub == h, district.in_(ds)) for h, ds in with_area.items()))
    return case(
        (district.is_(None), literal(ReachArea.NO_DISTRICT.value)),
        (hub.not_in(sorted(with_area)), literal(ReachArea.NO_AREA.value)),
        (inside, literal(ReachArea.INSIDE.value)),
        else_=literal(ReachArea.OUTSIDE.value),
    )


def dim_expr(
    v: VisitTable,
    dim: Dim,
    period: Period,
    areas: Mapping[uuid.UUID, Iterable[str]] | None = None,
) -> ColumnElement[Any]:
    if dim in _TIME_DIMS:
        lo, hi = period.bounds
        return local_bucket(_TIME_DIMS[dim], v.c.signed_in_at, lo, hi).label(dim.value)
    if dim is Dim.REACH_AREA:
        return reach_area_expr(v, areas or {}).label(dim.value)
    name = _COLUMN_DIMS[dim]
    if name not in v.c:
        raise ValueError(f"table {v.table.name} has no {name} column")
    return v.c[name].label(dim.value)


def footfall_sums(v: VisitTable) -> list[ColumnElement[Any]]:
    """The aggregate columns of a footfall count over visits, labelled as `Counts` fields: the
    sum of what each visit adds (`rollup.visit_terms`, the one definition)."""
    terms = rollup.visit_terms({c.name: c for c in v.table.c})
    return [_sum(terms[name]).label(name) for name in rollup.COUNT_COLUMNS]


def _sum(col: ColumnElement[Any]) -> ColumnElement[int]:
    return func.coalesce(func.sum(col), 0)


def _count_if(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return _sum(case((cond, 1), else_=0))


def counts(
    v: VisitTable,
    period: Period,
    scope: Scope,
    *dims: Dim,
    areas: Mapping[uuid.UUID, Iterable[str]] | None = None,
) -> Select[Any]:
    """Footfall counts (visits, people, by role and band, new/returning, ...) grouped by `dims`
    (none: one row of totals). From the roll-ups where the table has them and one holds every
    breakdown asked for (its per-month twin for the whole months of the period when no
    breakdown needs days); from the visits otherwise (the same numbers: tests compare)."""
    if Dim.REACH_AREA in dims:
        return _by_reach_area(v, period, scope, dims, areas)
    if v.rollup is not None:
        for table, allowed in _count_tables(v.rollup):
            if set(dims) <= allowed:
                months = v.rollup.months_of(table)
                if months is not None and not set(dims) & _DAILY_DIMS:
                    return _monthly_counts(table, months, period, scope, dims, areas)
                keys = [_rollup_dim(table, d, areas) for d in dims]
                sums = [_sum(table.c[n]).label(n) for n in rollup.COUNT_COLUMNS]
                query = select(*keys, *sums).where(*_rollup_where(table, period, scope))
                return query.group_by(*keys) if keys else query
    keys = [dim_expr(v, d, period, areas) for d in dims]
    query = select(*keys, *footfall_sums(v)).where(*_where(v, period, scope))
    if keys:
        query = query.group_by(*keys)
    return query


def _by_reach_area(
    v: VisitTable,
    period: Period,
    scope: Scope,
    dims: Sequence[Dim],
    areas: Mapping[uuid.UUID, Iterable[str]] | None,
) -> Select[Any]:
    """Counts by reach area: first by hub and postcode district (and the other breakdowns), then
    each group put inside or outside its hub's area. The test runs once per group instead of
    once per row: for a county's hundred hubs it is a hundred comparisons."""
    rest = [d for d in dims if d is not Dim.REACH_AREA]
    extra = [d for d in (Dim.HUB, Dim.DISTRICT) if d not in rest]
    inner = counts(v, period, scope, *rest, *extra, areas=areas).subquery("by_district")
    where = reach_area_of(inner.c[Dim.HUB.value], inner.c[Dim.DISTRICT.value], areas or {})
    keys = [where.label(d.value) if d is Dim.REACH_AREA else inner.c[d.value] for d in dims]
    query = select(*keys, *(_sum(inner.c[n]).label(n) for n in rollup.COUNT_COLUMNS))
    return query.group_by(*keys)


def reach(
    v: VisitTable,
    period: Period,
    scope: Scope,
    *dims: Dim,
    areas: Mapping[uuid.UUID, Iterable[str]] | None = None,
    fingerprints: bool = False,
) -> Select[Any]:
    """Distinct registered families seen, and what follows from them, grouped by `dims`.

    Per family in each group: its visits, the most children it brought on one visit (in all
    and per band), whether any of its visits was its first at the hub, whether a father or male
    carer came. Anonymous parties have no identity and are not in reach. From the family
    roll-ups where the table has them and they hold the breakdowns asked for: over a year of
    whole months (or 365 days, see `_year_of`), for whole hubs, by hub, by area or none, the
    family years (`_year_reach`); over six or more whole months, for whole hubs, the six-month
    windows (`_window_parts`); else the months and days.

    `fingerprints`: also, for each measure, a number made from the ids of the families it counts
    (`fp_families`, `fp_new_families`, ...: sums of `record_key`), which is the same whenever the
    same families are counted: disclosure control keys its rounding by them
    (hubdesk.measures.disclosure)."""
    year = _year_of(v.rollup, period, scope, dims)
    if v.rollup is not None and year is not None:
        return _year_reach(v, period, scope, dims, areas, year, fingerprints)
    return _reach(v, period, scope, dims, areas, fingerprints)


def _reach(
    v: VisitTable,
    period: Period,
    scope: Scope,
    dims: Sequence[Dim],
    areas: Mapping[uuid.UUID, Iterable[str]] | None,
    fingerprints: bool = False,
) -> Select[Any]:
    long = None
    if v.rollup is not None and set(dims) <= _WINDOW_DIMS and scope.site_ids is None:
        long = _window_parts(v.rollup, period)
    if v.rollup is not None and long is not None:
        f = _window_source(v.rollup, long, scope, dims, areas).c
        per_family = _per_family([f[d.value] for d in dims], f.family_id, func.sum(f.visits), f, [])
    elif v.rollup is not None and set(dims) <= _AREA_DIMS:
        f = _family_source(v.rollup, period, scope, dims, areas).c
        per_family = _per_family([f[d.value] for d in dims], f.family_id, func.sum(f.visits), f, [])
    else:
        terms = rollup.family_terms({c.name: c for c in v.table.c})
        per_family = _per_family(
            [dim_expr(v, d, period, areas) for d in dims],
            v.c.family_id,
            func.count(),
            terms,
            [*_where(v, period, scope), v.c.family_id.is_not(None)],
        )
    p = per_family.c
    return _reach_sums([p[d.value] for d in dims], p, p.n, fingerprints)


def _reach_sums(
    keys: Sequence[ColumnElement[Any]], p: Any, n: ColumnElement[int], fingerprints: bool = False
) -> Select[Any]:
    """The `Reach` columns over one row per family (its visits `n`, its maxima in `p`), by
    `keys`; with `fingerprints`, each measure's fingerprint too (see `reach`)."""
    prints: list[ColumnElement[Any]] = []
    if fingerprints:
        k = record_key(p.family_id)
        prints = [
            _sum(k).label("fp_families"),
            _sum(p.kids * k).label("fp_children"),
            *(_sum(p[name] * k).label(f"fp_{name}") for name in BAND_COLUMNS),
            _sum(case((p.new > 0, k), else_=0)).label("fp_new_families"),
            _sum(case((n >= 2, k), else_=0)).label("fp_reattending_families"),
            _sum(case((p.father > 0, k), else_=0)).label("fp_families_with_father"),
        ]
    query = select(
        *keys,
        func.count().label("families"),
        _sum(p.kids).label("children"),
        *(_sum(p[name]).label(name) for name in BAND_COLUMNS),
        _sum(p.new).label("new_families"),
        _count_if(n >= 2).label("reattending_families"),
        _sum(p.father).label("families_with_father"),
        *prints,
    )
    return query.group_by(*keys) if keys else query


class record_key(FunctionElement[int]):  # noqa: N801 (an SQL function, named as one)
    """A number made from a family id: its last 7 hex digits (28 of the random bits a UUID
    holds), the same on SQLite (ids kept as 32 hex digits) and PostgreSQL (uuid)."""

    type = Integer()
    inherit_cache = True
    name = "hd_record_key"


@compiles(record_key, "postgresql")
def _record_key_pg(element: record_key, compiler: Any, **kw: Any) -> str:
    (arg,) = list(element.clauses)
    raw = f"uuid_send({compiler.process(arg, **kw)})"
    # the same last 7 hex digits, read as bytes (no text conversion: this runs for every family
    # row of a reach query, once for each fingerprint)
    return (
        f"((get_byte({raw}, 12) & 15) * 16777216 + get_byte({raw}, 13) * 65536 "
        f"+ get_byte({raw}, 14) * 256 + get_byte({raw}, 15))"
    )


@compiles(record_key)
def _record_key_sqlite(element: record_key, compiler: Any, **kw: Any) -> str:
    (arg,) = list(element.clauses)
    text = compiler.process(arg, **kw)
    digits = [
        f"(instr('0123456789abcdef', lower(substr({text}, {26 + i}, 1))) - 1) * {16 ** (6 - i)}"
        for i in range(7)
    ]
    return "(" + " + ".join(digits) + ")"


def _year_of(
    r: rollup.Rollup | None, period: Period, scope: Scope, dims: Sequence[Dim]
) -> date | None:
    """The 1st that starts the family year `period` is, when reach can read it: None otherwise.
    The period may end inside the year's last month (cut short, say at today) and start inside
    the month before the year (365 days to today: those first days are read from the family
    days, see `_year_reach`)."""
    if r is None or r.family_years is None or scope.site_ids is not None:
        return None
    if not set(dims) <= _WINDOW_DIMS:  # what the years hold: no site, no days
        return None
    first = period.start if period.start.day == 1 else _next_month(period.start)
    if add_months(first, rollup.YEAR_MONTHS - 1) != period.end.replace(day=1):
        return None
    return first


def _year_reach(
    v: VisitTable,
    period: Period,
    scope: Scope,
    dims: Sequence[Dim],
    areas: Mapping[uuid.UUID, Iterable[str]] | None,
    first: date,
    fingerprints: bool = False,
) -> Select[Any]:
    """Reach over the family year from the 1st `first`. A row marked ALONE is its family's only
    one that year, so it is the family's row in any breakdown and for any hubs: those are summed
    as they are. The others (a family seen at two hubs, or from two areas) are grouped by family
    in each group first, so that such a family counts once.

    When the period starts inside the month before the year (365 days to today), the family-day
    rows of those first days are grouped by family with all the year's rows: a family seen in
    those days has its visits and maxima from both, and most of a county's families come in any
    three weeks, so setting the ALONE rows of the others apart saves nothing (measured: it costs
    a look-up of every row's family among those days' instead).

    When the period stops short of the year's end (the last twelve months to today), the year
    holds the same families exactly when no family came after the period ended and before the
    month did: that is asked in the query itself, and if one did, the period is read as any
    other (`_reach`). Both are summed, the branch not taken giving nothing."""
    assert v.rollup is not None
    assert v.rollup.family_years is not None
    y = v.rollup.family_years
    days = v.rollup.families
    keys = [_rollup_dim(y, d, areas) for d in dims]
    where = [y.c.day == first, *scope.where(y.c.hub_id)]
    alone = y.c[rollup.ALONE] == 1
    year_rows = select(*keys, y.c.family_id, y.c.visits, *_maxima(y.c)).where(*where)
    if period.start < first:  # the period's first days, before the year: group every row
        lo = [days.c.day >= period.start, days.c.day < first, *scope.where(days.c.hub_id)]
        head_keys = [_rollup_dim(days, d, areas) for d in dims]
        head_rows = select(*head_keys, days.c.family_id, days.c.visits, *_maxima(days.c))
        g = union_all(year_rows, head_rows.where(*lo)).subquery("year_family_rows").c
        p = _per_family([g[d.value] for d in dims], g.family_id, func.sum(g.visits), g, []).c
    else:  # the ALONE rows as they are, the others grouped by family
        g = year_rows.where(~alone).subquery("year_family_rows").c
        f = _per_family([g[d.value] for d in dims], g.family_id, func.sum(g.visits), g, []).c
        grouped = select(*(f[d.value] for d in dims), f.family_id, f.n, *_maxima(f))
        alone_rows = select(*keys, y.c.family_id, y.c.visits.label("n"), *_maxima(y.c)).where(
            *where, alone
        )
        p = union_all(alone_rows, grouped).subquery("year_rows").c
    year = _reach_sums([p[d.value] for d in dims], p, p.n, fingerprints)
    end = add_months(first, rollup.YEAR_MONTHS) - timedelta(days=1)
    if period.end == end:
        return year
    after = (
        select(literal(1))
        .where(days.c.day > period.end, days.c.day <= end, *scope.where(days.c.hub_id))
        .exists()
    )
    every_day = _reach(v, period, scope, dims, areas, fingerprints)
    both = union_all(_only_if(year, ~after), _only_if(every_day, after))
    sums_rows = both.subquery("reach_rows")
    outer = [sums_rows.c[d.value] for d in dims]
    sums = [_sum(c).label(c.name) for c in sums_rows.c if c.name not in {d.value for d in dims}]
    query = select(*outer, *sums)
    return query.group_by(*outer) if outer else query


# more rows than any breakdown has: the LIMIT of a branch taken (`_only_if`)
_ALL_ROWS = 2**31 - 1


def _only_if(query: Select[Any], cond: ColumnElement[bool]) -> Select[Any]:
    """The rows of `query` when `cond` holds, else none; `cond` reads none of `query`'s rows (an
    EXISTS). Asked as a LIMIT of 0 or all, which SQLite and PostgreSQL both check before `query`
    runs: in a WHERE, SQLite tested it on each row `query` gave, after grouping them all (the
    branch not taken doubled the time of reach over the last twelve months)."""
    rows = query.subquery("branch")
    taken = select(*rows.c).limit(case((cond, _ALL_ROWS), else_=0)).subquery("taken")
    return select(*taken.c)


# what a family row holds as maxima (`rollup.FAMILY_COLUMNS` but `visits`)
_MAXIMA = ("kids", *BAND_COLUMNS, "new", "father")


def _maxima(c: Any) -> list[ColumnElement[Any]]:
    return [c[m] for m in _MAXIMA]


def _per_family(
    keys: Sequence[ColumnElement[Any]],
    family_id: ColumnElement[Any],
    n: ColumnElement[int],
    values: Any,
    where: Sequence[ColumnElement[bool]],
) -> Any:
    """One row per family in each group: its visits `n`, and the most of each of its `values`
    (`FAMILY_COLUMNS` but `visits`: per visit from the visits, per day or month from a roll-up)."""
    return (
        select(*keys, family_id, n.label("n"), *(func.max(values[m]).label(m) for m in _MAXIMA))
        .where(*where)
        .group_by(*keys, family_id)
        .subquery("per_family")
    )


# -- the roll-ups ------------------------------------------------------------------------------

_DAY_DIMS = frozenset(
    {Dim.HUB, Dim.SITE, Dim.REASON, Dim.ACTIVITY, Dim.DAY, Dim.WEEK, Dim.MONTH, Dim.WEEKDAY}
)
_HOUR_DIMS = frozenset(
    {Dim.HUB, Dim.SITE, Dim.DAY, Dim.WEEK, Dim.MONTH, Dim.WEEKDAY, Dim.HOUR}
)  # fmt: skip
_AREA_DIMS = frozenset(
    {Dim.HUB, Dim.SITE, Dim.DAY, Dim.WEEK, Dim.MONTH, Dim.WEEKDAY, Dim.DISTRICT, Dim.WARD,
     Dim.LSOA, Dim.DECILE, Dim.REACH_AREA}
)  # fmt: skip
_ROLLUP_KEYS = {
    Dim.HUB: "hub_id",
    Dim.SITE: "site_id",
    Dim.REASON: "reason",
    Dim.ACTIVITY: "activity_id",
    Dim.HOUR: "hour",
    Dim.DISTRICT: "postcode_district",
    Dim.WARD: "ward_code",
    Dim.LSOA: "lsoa_code",
    Dim.DECILE: "imd_decile",
}


def _count_tables(r: rollup.Rollup) -> list[tuple[Table, frozenset[Dim]]]:
    """The count roll-ups and the breakdowns each holds, smallest first."""
    out = [(r.days, _DAY_DIMS)]
    if r.hours is not None:
        out.append((r.hours, _HOUR_DIMS))
    return [*out, (r.areas, _AREA_DIMS)]


def _rollup_where(
    table: Table, period: Period, scope: Scope, lo: date | None = None, hi: date | None = None
) -> list[ColumnElement[bool]]:
    day = table.c.day
    lo = period.start if lo is None else lo
    hi = period.end if hi is None else hi
    # one day (or month): an equality, so that the rows of a hub come out in key order
    days = [day == lo] if lo == hi else [day >= lo, day <= hi]
    return [*days, *scope.where(table.c.hub_id, table.c.site_id)]


# the breakdowns that need a day: not in the per-month roll-ups
_DAILY_DIMS = frozenset({Dim.DAY, Dim.WEEK, Dim.WEEKDAY})
# what the family windows hold: no site, no days (see `_window_parts`)
_WINDOW_DIMS = frozenset(
    {Dim.HUB, Dim.DISTRICT, Dim.WARD, Dim.LSOA, Dim.DECILE, Dim.REACH_AREA}
)  # fmt: skip
_MONTHLY_DIMS = frozenset(
    {Dim.HUB, Dim.SITE, Dim.MONTH, Dim.DISTRICT, Dim.WARD, Dim.LSOA, Dim.DECILE, Dim.REACH_AREA}
)


def _monthly_counts(
    days: Table,
    months: Table,
    period: Period,
    scope: Scope,
    dims: Sequence[Dim],
    areas: Mapping[uuid.UUID, Iterable[str]] | None,
) -> Select[Any]:
    """Counts with no breakdown by day: the whole local months of the period from the per-month
    roll-up, the days at its ragged ends from the daily one, added up."""
    selects = []
    for monthly, lo, hi in _family_parts(period, True):
        table = months if monthly else days
        if monthly:  # the month rows hold the 1st of their month
            hi = hi.replace(day=1)
        keys = [_rollup_dim(table, d, areas) for d in dims]
        sums = [table.c[n] for n in rollup.COUNT_COLUMNS]
        where = _rollup_where(table, period, scope, lo, hi)
        selects.append(select(*keys, *sums).where(*where))
    rows = (selects[0] if len(selects) == 1 else union_all(*selects)).subquery("count_rows")
    outer = [rows.c[d.value] for d in dims]
    query = select(*outer, *(_sum(rows.c[n]).label(n) for n in rollup.COUNT_COLUMNS))
    return query.group_by(*outer) if outer else query


def _family_parts(period: Period, monthly: bool) -> list[tuple[bool, date, date]]:
    """Where reach (and the area counts) read each stretch of the period: whole local months from
    the month roll-up (when no breakdown needs days), the ragged ends from the day roll-up.
    [(monthly, first day, last day)]; for the monthly part, the 1sts of its months."""
    if not monthly:
        return [(False, period.start, period.end)]
    first = period.start if period.start.day == 1 else _next_month(period.start)
    after = _next_month(period.end)
    last = after if after - timedelta(days=1) == period.end else period.end.replace(day=1)
    # whole months: [first, last) as 1sts of months; `last` is the 1st after the last whole one
    if first >= last:
        return [(False, period.start, period.end)]
    parts = [(True, first, last - timedelta(days=1))]
    if period.start < first:
        parts.append((False, period.start, first - timedelta(days=1)))
    if last <= period.end:
        parts.append((False, last, period.end))
    return parts


def _next_month(day: date) -> date:
    return add_months(day.replace(day=1), 1)


def _family_source(
    r: rollup.Rollup,
    period: Period,
    scope: Scope,
    dims: Sequence[Dim],
    areas: Mapping[uuid.UUID, Iterable[str]] | None,
) -> Any:
    """The family rows (per day or per month) covering `period`, with the breakdown keys."""
    selects = []
    for monthly, lo, hi in _family_parts(period, set(dims) <= _MONTHLY_DIMS):
        table = r.family_table(monthly)
        if monthly:  # the family-month rows hold the 1st of their month
            hi = hi.replace(day=1)
        keys = [_rollup_dim(table, d, areas) for d in dims]
        values = [table.c[name] for name in rollup.FAMILY_COLUMNS]
        selects.append(
            select(*keys, table.c.family_id, *values).where(
                *_rollup_where(table, period, scope, lo, hi)
            )
        )
    if len(selects) == 1:
        return selects[0].subquery("family_rows")
    return union_all(*selects).subquery("family_rows")


def _window_parts(r: rollup.Rollup, period: Period) -> list[tuple[str, date, date]] | None:
    """How reach over a long period reads the family windows: [(what, first, last)], where
    `what` is "window" (the window starting at the 1st `first`), "months" (family-month rows,
    1sts), "minus" (family-month rows whose visits are taken back: months that two windows
    share) or "days" (family-day rows at the ragged ends). None when the period holds fewer
    whole months than a window, or the store keeps no windows: read as before."""
    size = rollup.WINDOW_MONTHS
    parts = _family_parts(period, True)
    whole = [(lo, hi.replace(day=1)) for monthly, lo, hi in parts if monthly]
    if r.family_windows is None or not whole:
        return None
    first, last = whole[0]
    months = _months(first, last)
    if months < size:
        return None
    out = [("days", lo, hi) for monthly, lo, hi in parts if not monthly]
    start = first
    while _months(start, last) >= size:
        out.append(("window", start, start))
        start = add_months(start, size)
    rest = _months(start, last)
    if 0 < rest <= size - rest:  # a few months left: read them
        out.append(("months", start, last))
    elif rest:  # most of a window left: the window ending with the period, less what it shares
        overlap = add_months(last, 1 - size)
        out.append(("window", overlap, overlap))
        out.append(("minus", overlap, add_months(start, -1)))
    return out


def _months(first: date, last: date) -> int:
    """How many months from the 1st `first` to the 1st `last`, both counted (0 if none)."""
    return max(0, (last.year - first.year) * 12 + last.month - first.month + 1)


def _window_source(
    r: rollup.Rollup,
    parts: list[tuple[str, date, date]],
    scope: Scope,
    dims: Sequence[Dim],
    areas: Mapping[uuid.UUID, Iterable[str]] | None,
) -> Any:
    """The family rows of a long period: its windows, the months and days outside them, and the
    months two windows share with their visits negated, so that the visits add up exactly (the
    maxima are the same however often a month is read)."""
    assert r.family_windows is not None
    selects = []
    for what, lo, hi in parts:
        table = {"window": r.family_windows, "days": r.families}.get(what, r.family_months)
        keys = [_rollup_dim(table, d, areas) for d in dims]
        values: Sequence[ColumnElement[Any]] = [table.c[n] for n in rollup.FAMILY_COLUMNS]
        if what == "minus":
            values = [(-table.c.visits).label("visits")] + [
                literal(0, Integer).label(n) for n in rollup.FAMILY_COLUMNS[1:]
            ]
        if what == "window":  # no site column: `reach` reads windows only for whole hubs
            where = [table.c.day == lo, *scope.where(table.c.hub_id)]
        else:
            where = _rollup_where(table, Period(lo, hi), scope)
        selects.append(select(*keys, table.c.family_id, *values).where(*where))
    return union_all(*selects).subquery("family_rows")


def _rollup_dim(
    table: Table, dim: Dim, areas: Mapping[uuid.UUID, Iterable[str]] | None
) -> ColumnElement[Any]:
    if dim in (Dim.DAY, Dim.WEEK, Dim.MONTH, Dim.WEEKDAY):
        return date_bucket(_TIME_DIMS[dim], table.c.day).label(dim.value)
    if dim is Dim.REACH_AREA:
        district = rollup.key_column(table, "postcode_district")
        return reach_area_of(table.c.hub_id, district, areas or {}).label(dim.value)
    return rollup.key_column(table, _ROLLUP_KEYS[dim]).label(dim.value)


# -- reading rows (no I/O) -------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Footfall counts over some visits."""

    visits: int = 0
    people: int = 0
    adults_mother: int = 0
    adults_father: int = 0
    adults_carer: int = 0
    adults_grandparent: int = 0
    adults_other: int = 0
    male_carers: int = 0
    children_0_1: int = 0
    children_2_4: int = 0
    children_5_11: int = 0
    children_12_16: int = 0
    children_17_19: int = 0
    children_20_25: int = 0
    send_children: int = 0
    new_visits: int = 0
    returning_visits: int = 0
    anonymous_visits: int = 0
    visits_with_father: int = 0

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> Counts:
        return cls(**{f.name: int(row[f.name] or 0) for f in fields(cls)})

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    @property
    def adults_by_role(self) -> dict[Role, int]:
        return {role: int(getattr(self, f"adults_{role.value}")) for role in Role}

    @property
    def children_by_band(self) -> dict[AgeBand, int]:
        return {band: int(getattr(self, band.column)) for band in AgeBand}

    @property
    def adults(self) -> int:
        return sum(self.adults_by_role.values())

    @property
    def children(self) -> int:
        return sum(self.children_by_band.values())

    @property
    def fathers(self) -> int:
        return self.adults_father

    @property
    def fathers_and_male_carers(self) -> int:
        return self.adults_father + self.male_carers

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Reach:
    """Distinct registered families seen, and the children they brought (see docs/measures.md)."""

    families: int = 0
    children: int = 0
    children_0_1: int = 0
    children_2_4: int = 0
    children_5_11: int = 0
    children_12_16: int = 0
    children_17_19: int = 0
    children_20_25: int = 0
    new_families: int = 0
    reattending_families: int = 0
    families_with_father: int = 0

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> Reach:
        return cls(**{f.name: int(row[f.name] or 0) for f in fields(cls)})

    @property
    def returning_families(self) -> int:
        return self.families - self.new_families

    @property
    def children_by_band(self) -> dict[AgeBand, int]:
        return {band: int(getattr(self, band.column)) for band in AgeBand}

    def as_dict(self) -> dict[str, int]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["returning_families"] = self.returning_families
        return out


def key_value(dim: Dim, value: Any) -> Any:
    """A group key from either backend as a Python value (dates, ints, UUIDs, strings)."""
    if value is None:
        return None
    if dim in (Dim.DAY, Dim.WEEK, Dim.MONTH):
        return as_date(value)
    if dim in (Dim.HOUR, Dim.WEEKDAY, Dim.DECILE):
        return int(value)
    if dim in (Dim.HUB, Dim.SITE, Dim.ACTIVITY):
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    return str(value)


def read_grouped(
    rows: Iterable[Any], dims: Sequence[Dim], reader: type[Counts] | type[Reach]
) -> dict[tuple[Any, ...], Any]:
    """{(key, ...): Counts or Reach} from the rows of `counts(...)` or `reach(...)`.

    Keys are summed together when two backend values map to one Python key."""
    out: dict[tuple[Any, ...], Any] = {}
    for row in rows:
        m = row._mapping
        key = tuple(key_value(d, m[d.value]) for d in dims)
        value = reader.from_row(m)
        if key in out and isinstance(value, Counts):
            value = out[key] + value
        out[key] = value
    return out


def read_one(rows: Iterable[Any], reader: type[Counts] | type[Reach]) -> Any:
    for row in rows:
        return reader.from_row(row._mapping)
    return reader()


def time_keys(dim: Dim, period: Period) -> list[Any]:
    """Every key a time breakdown of `period` has, in order."""
    if dim is Dim.DAY:
        return list(period.days)
    if dim is Dim.WEEK:
        return sorted({d.fromordinal(d.toordinal() - d.weekday()) for d in period.days})
    if dim is Dim.MONTH:
        return sorted({date(d.year, d.month, 1) for d in period.days})
    if dim is Dim.HOUR:
        return list(range(24))
    if dim is Dim.WEEKDAY:
        return list(range(1, 8))
    raise ValueError(f"{dim} is not a time breakdown")
