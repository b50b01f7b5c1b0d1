"""Footfall measures over a visits table: one definition each, as SQLAlchemy Core queries.

Definitions are in docs/measures.md. Every builder returns a `Select`; the caller runs it on its
own connection (the desk's encrypted store, the central service's SQLite or PostgreSQL) and reads
the rows with the `read_*` helpers here, which do no I/O.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select

from hubdesk.domain.people import AgeBand, Role
from hubdesk.measures.localtime import Grain, Period, as_date, local_bucket
from hubdesk.measures.tables import BAND_COLUMNS, ROLE_COLUMNS, Scope, VisitTable


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
    district = v.c.postcode_district
    with_area = {hub: sorted({d.upper() for d in ds}) for hub, ds in areas.items() if ds}
    if not with_area:
        return case((district.is_(None), ReachArea.NO_DISTRICT.value), else_=ReachArea.NO_AREA)
    inside = or_(*(and_(v.c.hub_id == hub, district.in_(ds)) for hub, ds in with_area.items()))
    return case(
        (district.is_(None), literal(ReachArea.NO_DISTRICT.value)),
        (v.c.hub_id.not_in(sorted(with_area)), literal(ReachArea.NO_AREA.value)),
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


def _children(v: VisitTable) -> ColumnElement[int]:
    total: ColumnElement[int] = v.c[BAND_COLUMNS[0]]
    for name in BAND_COLUMNS[1:]:
        total = total + v.c[name]
    return total


def _father_present(v: VisitTable) -> ColumnElement[bool]:
    return or_(v.c.adults_father > 0, v.c.male_carers > 0)


def _count_if(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _sum(col: ColumnElement[Any]) -> ColumnElement[int]:
    return func.coalesce(func.sum(col), 0)


def footfall_sums(v: VisitTable) -> list[ColumnElement[Any]]:
    """The aggregate columns of a footfall count, labelled as `Counts` fields."""
    return [
        func.count().label("visits"),
        _sum(v.c.people).label("people"),
        *(_sum(v.c[name]).label(name) for name in ROLE_COLUMNS),
        _sum(v.c.male_carers).label("male_carers"),
        *(_sum(v.c[name]).label(name) for name in BAND_COLUMNS),
        _sum(v.c.send_children).label("send_children"),
        _count_if(v.c.is_new.is_(True)).label("new_visits"),
        _count_if(v.c.is_new.is_(False)).label("returning_visits"),
        _count_if(v.c.family_id.is_(None)).label("anonymous_visits"),
        _count_if(_father_present(v)).label("visits_with_father"),
    ]


def counts(
    v: VisitTable,
    period: Period,
    scope: Scope,
    *dims: Dim,
    areas: Mapping[uuid.UUID, Iterable[str]] | None = None,
) -> Select[Any]:
    """Footfall counts (visits, people, by role and band, new/returning, ...) grouped by `dims`
    (none: one row of totals)."""
    keys = [dim_expr(v, d, period, areas) for d in dims]
    query = select(*keys, *footfall_sums(v)).where(*_where(v, period, scope))
    if keys:
        query = query.group_by(*keys)
    return query


def reach(
    v: VisitTable,
    period: Period,
    scope: Scope,
    *dims: Dim,
    areas: Mapping[uuid.UUID, Iterable[str]] | None = None,
) -> Select[Any]:
    """Distinct registered families seen, and what follows from them, grouped by `dims`.

    Per family in each group: its visits, the most children it brought on one visit (in all
    and per band), whether any of its visits was its first at the hub, whether a father or male
    carer came. Anonymous parties have no identity and are not in reach.
    """
    keys = [dim_expr(v, d, period, areas) for d in dims]
    per_family = (
        select(
            *keys,
            v.c.family_id,
            func.count().label("n"),
            func.max(_children(v)).label("kids"),
            *(func.max(v.c[name]).label(name) for name in BAND_COLUMNS),
            func.max(case((v.c.is_new.is_(True), 1), else_=0)).label("new"),
            func.max(case((_father_present(v), 1), else_=0)).label("father"),
        )
        .where(*_where(v, period, scope), v.c.family_id.is_not(None))
        .group_by(*keys, v.c.family_id)
        .subquery("per_family")
    )
    f = per_family.c
    outer_keys = [f[d.value] for d in dims]
    query = select(
        *outer_keys,
        func.count().label("families"),
        _sum(f.kids).label("children"),
        *(_sum(f[name]).label(name) for name in BAND_COLUMNS),
        _sum(f.new).label("new_families"),
        _count_if(f.n >= 2).label("reattending_families"),
        _sum(f.father).label("families_with_father"),
    )
    if outer_keys:
        query = query.group_by(*outer_keys)
    return query


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

    @property
    def registered_visits(self) -> int:
        return self.visits - self.anonymous_visits

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


@dataclass(frozen=True)
class Series:
    """A count per key in order, every key of the period present (zeros filled in)."""

    keys: list[Any]
    values: list[int]
    labels: dict[Any, str] = field(default_factory=dict)


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
