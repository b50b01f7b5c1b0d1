"""Daily roll-ups of a visits table, kept by the database itself, read by the measures.

A report over a month or a year should not have to group every visit of the period: on an
encrypted store a GROUP BY over 85,000 visits takes most of a second. So beside each visits table
(the device's `visits`, the service's `central_visits`) the store keeps nine roll-up tables (the
service ten), one row per combination of what the reports break down by, per UK local day or
month (or window of months):

- `<prefix>visit_days`:   hub, site, day, reason, activity  -> summed footfall counts
- `<prefix>visit_months`: the same per local month (its `day` is the 1st), so that a year's
                          counts read twelve months of rows, plus the days at its ragged ends
- `<prefix>visit_hours`:  hub, site, day, local hour -> the same sums (the hour is only ever
                          asked for on its own: keeping it out of `visit_days` makes that ten
                          times smaller, and a year's trend reads it)
- `<prefix>visit_hour_months`: the same per local month
- `<prefix>visit_areas`:  hub, site, day, postcode district, ward, LSOA, decile -> the same sums
- `<prefix>visit_area_months`: the same per local month
- `<prefix>family_days`:  hub, site, day, family, district, ward, LSOA, decile -> that family's
                          visits that day and the most children (in all and per band) it brought
                          on one of them, whether one was its first, whether a father came
- `<prefix>family_months`: the same per local month (its `day` is the 1st), so that reach over
                          a few months reads a row per family and month
- `<prefix>family_windows`: hub, family, areas, and a window of WINDOW_MONTHS local months
                          starting at every month -> the same over the window, with no site,
                          so that reach over a year reads about two rows per family
- `<prefix>family_years`: hub, family, areas, and a year of local months starting at every
                          month -> the same over the year, with no site, and ALONE: whether
                          the row is its family's only one that year. Reach over exactly that
                          year, for whole hubs, sums the rows marked alone as they are and
                          groups only the others by family. Only where `define` is asked for
                          it (the service's dashboard, whose default period is the last twelve
                          months)

Database triggers (generated here, for SQLite and PostgreSQL) keep them equal to the visits
table inside the same transaction as every insert, update and delete, whichever code wrote it:
a sign-in, a pulled event, the service's ingest, a merge, retention or erasure. `rebuild` makes
them again from the visits (migrations, repairs, bulk loads).

There is one definition of each count: `visit_terms` (what one visit adds to each count) and
`family_terms` (what one visit says about its family) are used by the raw measures in
`footfall.py`, by the triggers and by `rebuild`, so the roll-ups cannot count differently from
the visits. Tests compare the two on generated data.

Missing keys are stored as sentinels ('' for text, 0 for the decile, the nil UUID), because a
primary key cannot hold NULL; `key_column` turns them back into NULL for the measures.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Uuid,
    case,
    event,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql import Select
from sqlalchemy.types import TypeEngine

from hubdesk.measures.columns import (
    BAND_COLUMNS,
    GEOGRAPHY_COLUMNS,
    ROLE_COLUMNS,
    VISIT_COLUMNS,
)
from hubdesk.measures.localtime import local_day_hour, month_start, plus_months

NIL = uuid.UUID(int=0)

# what the counts tables sum: the fields of `footfall.Counts`, in its order
COUNT_COLUMNS: tuple[str, ...] = (
    "visits",
    "people",
    *ROLE_COLUMNS,
    "male_carers",
    *BAND_COLUMNS,
    "send_children",
    "new_visits",
    "returning_visits",
    "anonymous_visits",
    "visits_with_father",
)
# what a family-day row keeps: visits are summed, the rest are maxima
FAMILY_COLUMNS: tuple[str, ...] = ("visits", "kids", *BAND_COLUMNS, "new", "father")

DAY_KEYS: tuple[str, ...] = ("hub_id", "site_id", "day", "reason", "activity_id")
HOUR_KEYS: tuple[str, ...] = ("hub_id", "site_id", "day", "hour")
# the first layout of `visit_days` (migrations 0005 and c0004), hour and all, with no
# `visit_hours`: what those migrations install and what 0006 and c0005 go back to on a downgrade
FIRST_DAY_KEYS: tuple[str, ...] = ("hub_id", "site_id", "day", "hour", "reason", "activity_id")
AREA_KEYS: tuple[str, ...] = (
    "hub_id",
    "site_id",
    "day",
    "postcode_district",
    "ward_code",
    "lsoa_code",
    "imd_decile",
)
FAMILY_KEYS: tuple[str, ...] = (
    "hub_id",
    "site_id",
    "day",
    "family_id",
    "postcode_district",
    "ward_code",
    "lsoa_code",
    "imd_decile",
)
# a family window: a family's visits over WINDOW_MONTHS local months from the 1st in `day`, for
# reach over long periods (see `Rollup.family_windows`); the family keys less the site
WINDOW_MONTHS = 6
WINDOW_KEYS: tuple[str, ...] = tuple(k for k in FAMILY_KEYS if k != "site_id")
# a family year: a family's visits at its hub from each area over YEAR_MONTHS local months from
# the 1st in `day`, with no site (see `Rollup.family_years`): the window's keys, and whether the
# row is its family's only one that year (ALONE)
YEAR_MONTHS = 12
YEAR_KEYS: tuple[str, ...] = WINDOW_KEYS
ALONE = "alone"
# the family years as migration c0008 made them: one row per hub and family, no area, no ALONE
FIRST_YEAR_KEYS: tuple[str, ...] = ("hub_id", "day", "family_id")
# a visit's columns that move it between roll-up rows or change what it adds
WATCHED: tuple[str, ...] = (*VISIT_COLUMNS, *GEOGRAPHY_COLUMNS)
# sentinels for missing keys (primary keys cannot hold NULL)
_SENTINELS: dict[str, object] = {
    "activity_id": NIL,
    "family_id": NIL,
    "postcode_district": "",
    "ward_code": "",
    "lsoa_code": "",
    "imd_decile": 0,
}
_KEY_TYPES: dict[str, TypeEngine[Any]] = {
    "hub_id": Uuid(),
    "site_id": Uuid(),
    "activity_id": Uuid(),
    "family_id": Uuid(),
    "day": Date(),
    "hour": Integer(),
    "reason": String(20),
    "postcode_district": String(4),
    "ward_code": String(9),
    "lsoa_code": String(9),
    "imd_decile": Integer(),
}


@dataclass(frozen=True)
class Counted:
    """A roll-up of the footfall counts: its table, its keys, and whether its `day` is the 1st
    of a local month rather than a day."""

    table: Table
    keys: tuple[str, ...]
    monthly: bool = False


@dataclass(frozen=True)
class Rollup:
    """The roll-up tables of one visits table."""

    visits: Table  # the table rolled up
    counted: tuple[Counted, ...]  # the count tables
    families: Table
    family_months: Table  # the same as `families`, one row per local month ("day" is its 1st)
    # one row per family, area and window of WINDOW_MONTHS local months starting at every month
    # ("day" is the 1st of its first month): no site, so reach over a long period for whole
    # hubs reads about two rows per family. None in the layouts before it.
    family_windows: Table | None = None
    # one row per hub, family and area for each year of local months starting at every month
    # ("day" is the 1st of its first month), marked ALONE when it is its family's only row that
    # year: reach over exactly that year for whole hubs sums those rows as they are and groups
    # only the others by family. Only on the service (`define(..., years=True)`); None
    # elsewhere.
    family_years: Table | None = None
    year_keys: tuple[str, ...] = YEAR_KEYS  # FIRST_YEAR_KEYS in migration c0008's layout

    @property
    def days(self) -> Table:
        return self.counted[0].table

    @property
    def hours(self) -> Table | None:
        return self._find(HOUR_KEYS, monthly=False)

    def months_of(self, table: Table) -> Table | None:
        """The per-month twin of a daily count table (None in the layouts without it)."""
        keys = next(c.keys for c in self.counted if c.table is table and not c.monthly)
        return self._find(keys, monthly=True)

    @property
    def areas(self) -> Table:
        found = self._find(AREA_KEYS, monthly=False)
        assert found is not None
        return found

    def _find(self, keys: tuple[str, ...], *, monthly: bool) -> Table | None:
        return next((c.table for c in self.counted if (c.keys, c.monthly) == (keys, monthly)), None)

    @property
    def windowed(self) -> list[tuple[Table, tuple[str, ...], int]]:
        """The tables kept per window of months from every month: (table, keys, months)."""
        out = []
        if self.family_windows is not None:
            out.append((self.family_windows, WINDOW_KEYS, WINDOW_MONTHS))
        if self.family_years is not None:
            out.append((self.family_years, self.year_keys, YEAR_MONTHS))
        return out

    @property
    def tables(self) -> tuple[Table, ...]:
        windows = tuple(table for table, _, _ in self.windowed)
        return (*(c.table for c in self.counted), self.families, self.family_months, *windows)

    def family_table(self, monthly: bool) -> Table:
        return self.family_months if monthly else self.families


def _key_columns(names: Sequence[str]) -> list[Column[Any]]:
    return [Column(n, _KEY_TYPES[n], nullable=False) for n in names]


def _table(
    metadata: MetaData,
    name: str,
    keys: Sequence[str],
    values: Sequence[str],
    *,
    first: bool,
    covering: bool = False,
) -> Table:
    # The primary key leads with the hub (the desk reads its own) and the day (a period is a
    # range of days); in a family table the family comes next, so one month's rows of a hub
    # come out in family order and reach groups them as they stream, with no sort. On SQLite
    # the rows live in the key's own B-tree (WITHOUT ROWID): one tree to keep per upsert
    # instead of a table and its key index, and a period is read in order without a lookup
    # per row. `first`: the layout of migrations 0005/c0004 (a rowid table, the family after
    # the site). `covering` (a family table): the day's index is by day and family and, on
    # PostgreSQL, holds every column too, so that a day's rows are read from the index alone,
    # in family order, instead of from all over the table.
    rest = [k for k in keys if k not in ("hub_id", "day")]
    if "family_id" in rest and not first:
        rest = ["family_id", *(k for k in rest if k != "family_id")]
    return Table(
        name,
        metadata,
        *_key_columns(keys),
        *(Column(v, Integer, nullable=False, server_default="0") for v in values),
        PrimaryKeyConstraint("hub_id", "day", *rest),
        # the service's dashboard reads every hub's rows of a period
        Index(
            f"ix_{name}_day",
            *(["day", "family_id"] if covering else ["day"]),
            postgresql_include=[n for n in (*keys, *values) if n not in ("day", "family_id")]
            if covering
            else [],
        ),
        sqlite_with_rowid=first,
    )


def define(metadata: MetaData, visits: Table, prefix: str = "", *, years: bool = False) -> Rollup:
    """The roll-up tables of `visits`, named `<prefix>visit_days` and so on, on `metadata`;
    `years`: with `family_years` too.

    Migrations create them with `install`; a `metadata.create_all` (benchmarks) also gets the
    triggers, through an after-create hook."""
    r = _define(metadata, visits, prefix, DAY_KEYS, layout=5, years=years)

    def after_create(target: MetaData, connection: Connection, **kw: object) -> None:
        if visits.name in target.tables:
            add_triggers(connection, r)

    event.listen(metadata, "after_create", after_create)
    return r


def first_layout(visits: Table, prefix: str = "") -> Rollup:
    """The roll-ups as migrations 0005 and c0004 made them: `visit_days` keyed by the hour too,
    no `visit_hours`, rowid tables, the family after the site in the family tables' keys. Only
    migrations use it."""
    return _define(MetaData(), visits, prefix, FIRST_DAY_KEYS, layout=1)


def second_layout(visits: Table, prefix: str = "") -> Rollup:
    """The roll-ups as migrations 0006 and c0005 made them: no family windows. Only migrations
    use it."""
    return _define(MetaData(), visits, prefix, DAY_KEYS, layout=2)


def third_layout(visits: Table, prefix: str = "") -> Rollup:
    """The roll-ups as migrations 0007 and c0006 made them: no per-month twins of `visit_days`
    and `visit_hours`. Only migrations use it."""
    return _define(MetaData(), visits, prefix, DAY_KEYS, layout=3)


def fourth_layout(visits: Table, prefix: str = "") -> Rollup:
    """The roll-ups as migrations 0009 and c0007 made them: no family years (the device keeps
    this layout). Only migrations use it."""
    return _define(MetaData(), visits, prefix, DAY_KEYS, layout=4)


def fifth_layout(visits: Table, prefix: str = "") -> Rollup:
    """The roll-ups as migration c0008 made them on the service: family years of one row per
    hub and family, no area, no ALONE. Only migrations use it."""
    return _define(MetaData(), visits, prefix, DAY_KEYS, layout=4, years=True)


def _define(
    metadata: MetaData,
    visits: Table,
    prefix: str,
    day_keys: tuple[str, ...],
    *,
    layout: int,
    years: bool = False,
) -> Rollup:
    first = layout == 1
    year_keys = YEAR_KEYS if layout >= 5 else FIRST_YEAR_KEYS
    year_values = (*FAMILY_COLUMNS, ALONE) if layout >= 5 else FAMILY_COLUMNS

    def table(
        name: str, keys: Sequence[str], values: Sequence[str], *, covering: bool = False
    ) -> Table:
        return _table(metadata, f"{prefix}{name}", keys, values, first=first, covering=covering)

    counted = [Counted(table("visit_days", day_keys, COUNT_COLUMNS), day_keys)]
    if not first:
        counted.append(Counted(table("visit_hours", HOUR_KEYS, COUNT_COLUMNS), HOUR_KEYS))
    counted.append(Counted(table("visit_areas", AREA_KEYS, COUNT_COLUMNS), AREA_KEYS))
    if not first:
        months = table("visit_area_months", AREA_KEYS, COUNT_COLUMNS)
        counted.append(Counted(months, AREA_KEYS, monthly=True))
    if layout >= 4:  # and 5: the same but for the family years
        for name, keys in (("visit_months", DAY_KEYS), ("visit_hour_months", HOUR_KEYS)):
            counted.append(Counted(table(name, keys, COUNT_COLUMNS), keys, monthly=True))
    return Rollup(
        visits=visits,
        counted=tuple(counted),
        families=table("family_days", FAMILY_KEYS, FAMILY_COLUMNS),
        family_months=table("family_months", FAMILY_KEYS, FAMILY_COLUMNS),
        family_windows=(
            table("family_windows", WINDOW_KEYS, FAMILY_COLUMNS) if layout >= 3 else None
        ),
        # a year's rows are read by day from all over the table (a family's row is made when it
        # first comes, and twelve years share each month): 0.5 s from the table, 0.1 s from the
        # index on the bench's county (docs/performance.md)
        family_years=(
            table("family_years", year_keys, year_values, covering=True) if years else None
        ),
        year_keys=year_keys,
    )


# -- one definition of what a visit counts for --------------------------------------------------


def _children(c: Mapping[str, ColumnElement[int]]) -> ColumnElement[int]:
    total: ColumnElement[int] = c[BAND_COLUMNS[0]]
    for name in BAND_COLUMNS[1:]:
        total = total + c[name]
    return total


def father_present(c: Mapping[str, ColumnElement[Any]]) -> ColumnElement[bool]:
    """A father or a male carer came on the visit."""
    return or_(c["adults_father"] > 0, c["male_carers"] > 0)


def _flag(cond: ColumnElement[bool]) -> ColumnElement[int]:
    return case((cond, 1), else_=0)


def visit_terms(c: Mapping[str, ColumnElement[Any]]) -> dict[str, ColumnElement[int]]:
    """What one visit (its columns `c`) adds to each count of `COUNT_COLUMNS`."""
    ints: Mapping[str, ColumnElement[int]] = c
    return {
        "visits": literal(1, Integer),
        "people": ints["people"],
        **{name: ints[name] for name in ROLE_COLUMNS},
        "male_carers": ints["male_carers"],
        **{name: ints[name] for name in BAND_COLUMNS},
        "send_children": ints["send_children"],
        "new_visits": _flag(c["is_new"].is_(True)),
        "returning_visits": _flag(c["is_new"].is_(False)),
        "anonymous_visits": _flag(c["family_id"].is_(None)),
        "visits_with_father": _flag(father_present(c)),
    }


def family_terms(c: Mapping[str, ColumnElement[Any]]) -> dict[str, ColumnElement[int]]:
    """What one visit of a registered family says about it, for reach (see `FAMILY_COLUMNS`:
    `visits` is summed, the others are maxima)."""
    ints: Mapping[str, ColumnElement[int]] = c
    return {
        "visits": literal(1, Integer),
        "kids": _children(ints),
        **{name: ints[name] for name in BAND_COLUMNS},
        "new": _flag(c["is_new"].is_(True)),
        "father": _flag(father_present(c)),
    }


def key_terms(
    c: Mapping[str, ColumnElement[Any]], names: Sequence[str], *, monthly: bool = False
) -> dict[str, ColumnElement[Any]]:
    """The roll-up key of one visit: its local day (`monthly`: the 1st of its local month) and
    hour, missing keys as sentinels."""
    day, hour = local_day_hour(c["signed_in_at"])
    if monthly:
        day = month_start(day)
    out: dict[str, ColumnElement[Any]] = {}
    for name in names:
        if name == "day":
            out[name] = day
        elif name == "hour":
            out[name] = hour
        elif name in _SENTINELS:
            out[name] = func.coalesce(c[name], literal(_SENTINELS[name], _KEY_TYPES[name]))
        else:
            out[name] = c[name]
    return out


def key_column(table: Table, name: str) -> ColumnElement[Any]:
    """A roll-up key column as the measures see it: NULL where the visit had none."""
    col = table.c[name]
    if name in _SENTINELS:
        return func.nullif(col, literal(_SENTINELS[name], _KEY_TYPES[name]))
    return col


# -- rebuilding from the visits ---------------------------------------------------------------


def _source(visits: Table) -> dict[str, ColumnElement[Any]]:
    return {c.name: c for c in visits.c}


def rebuild_selects(r: Rollup) -> list[tuple[Table, Select[Any]]]:
    """For each roll-up table, the SELECT over the visits that gives its rows."""
    c = _source(r.visits)
    out: list[tuple[Table, Select[Any]]] = []
    for counted in r.counted:
        keys = counted.keys
        k = key_terms(c, keys, monthly=counted.monthly)
        terms = visit_terms(c)
        query = select(
            *(k[n].label(n) for n in keys), *(func.sum(terms[n]).label(n) for n in COUNT_COLUMNS)
        ).group_by(*k.values())
        out.append((counted.table, query))
    for monthly in (False, True):
        out.append((r.family_table(monthly), _family_select(c, monthly)))
    for table, keys, size in r.windowed:
        query = _window_select(r.family_months, keys, size)
        if ALONE in table.c:
            query = _alone_select(query)
        out.append((table, query))
    return out


def _alone_select(query: Select[Any]) -> Select[Any]:
    """The family-year rows of `query` marked ALONE when they are their family's only row that
    year (at any hub, from any area)."""
    rows = query.subquery("year_rows")
    others = func.count().over(partition_by=[rows.c.day, rows.c.family_id])
    return select(*rows.c, case((others == 1, 1), else_=0).label(ALONE))


def _window_select(months: Table, keys: Sequence[str], size: int) -> Select[Any]:
    """Windows of `size` months (keyed by `keys`) from the family-month rows (filled before
    them, from the visits): each month's rows count in the windows that start at it and at the
    `size` - 1 months before."""
    m = months.c
    kept = [m[n] for n in keys if n != "day"]
    rows = union_all(
        *(
            select(*kept, plus_months(m.day, -back).label("day"), *_values(m))
            for back in range(size)
        )
    ).subquery("month_rows")
    w = rows.c
    return select(
        *(w[n] for n in keys),
        *((func.sum if n == "visits" else func.max)(w[n]).label(n) for n in FAMILY_COLUMNS),
    ).group_by(*(w[n] for n in keys))


def _values(c: Any) -> list[ColumnElement[Any]]:
    return [c[n] for n in FAMILY_COLUMNS]


def _family_select(c: Mapping[str, ColumnElement[Any]], monthly: bool) -> Select[Any]:
    k = key_terms(c, FAMILY_KEYS, monthly=monthly)
    terms = family_terms(c)
    return (
        select(
            *(k[n].label(n) for n in FAMILY_KEYS),
            *((func.sum if n == "visits" else func.max)(terms[n]).label(n) for n in FAMILY_COLUMNS),
        )
        .where(c["family_id"].is_not(None))
        .group_by(*k.values())
    )


def rebuild(conn: Connection, r: Rollup, only: Sequence[Table] | None = None) -> None:
    """Empty the roll-ups (or `only` these) and make them again from the visits (in the caller's
    transaction)."""
    for table, query in rebuild_selects(r):
        if only is not None and table not in only:
            continue
        conn.execute(table.delete())
        conn.execute(table.insert().from_select([c.name for c in query.selected_columns], query))


# -- triggers ----------------------------------------------------------------------------------


def _sql(expr: ColumnElement[Any], dialect: Dialect) -> str:
    return str(expr.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _row(visits: Table, alias: str) -> dict[str, ColumnElement[Any]]:
    """NEW.x / OLD.x as typed columns, to build trigger SQL with the same expressions."""
    return {c.name: literal_column(f"{alias}.{c.name}", c.type) for c in visits.c}


class _TriggerSQL:
    """Trigger statements as text. Everything spliced in is a table or column name defined in
    this module or SQL compiled by SQLAlchemy from constants (literal binds): no input reaches
    it, hence the `noqa: S608` marks below."""

    def __init__(self, r: Rollup, dialect: Dialect) -> None:
        self.r = r
        self.d = dialect
        self.pg = dialect.name == "postgresql"

    def sql(self, expr: ColumnElement[Any]) -> str:
        return _sql(expr, self.d)

    def add_counts(self, counted: Counted, alias: str) -> str:
        table, keys = counted.table, counted.keys
        c = _row(self.r.visits, alias)
        k = key_terms(c, keys, monthly=counted.monthly)
        terms = visit_terms(c)
        names = [*keys, *COUNT_COLUMNS]
        values = [self.sql(k[n]) for n in keys] + [self.sql(terms[n]) for n in COUNT_COLUMNS]
        sets = ", ".join(f"{n} = {table.name}.{n} + excluded.{n}" for n in COUNT_COLUMNS)
        return (
            f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {', '.join(values)} "
            f"WHERE 1 = 1 ON CONFLICT ({self._pk(table)}) DO UPDATE SET {sets}"
        )

    def sub_counts(self, counted: Counted, alias: str) -> list[str]:
        table, keys = counted.table, counted.keys
        c = _row(self.r.visits, alias)
        k = key_terms(c, keys, monthly=counted.monthly)
        terms = visit_terms(c)
        where = " AND ".join(f"{n} = {self.sql(k[n])}" for n in keys)
        sets = ", ".join(f"{n} = {n} - ({self.sql(terms[n])})" for n in COUNT_COLUMNS)
        return [
            f"UPDATE {table.name} SET {sets} WHERE {where}",  # noqa: S608
            f"DELETE FROM {table.name} WHERE {where} AND visits <= 0",  # noqa: S608
        ]

    def add_family(self, alias: str, monthly: bool) -> str:
        table = self.r.family_table(monthly)
        c = _row(self.r.visits, alias)
        k = key_terms(c, FAMILY_KEYS, monthly=monthly)
        terms = family_terms(c)
        names = [*FAMILY_KEYS, *FAMILY_COLUMNS]
        values = [self.sql(k[n]) for n in FAMILY_KEYS] + [
            self.sql(terms[n]) for n in FAMILY_COLUMNS
        ]
        return self._merge_family(table, names, values, alias)

    def _merge_family(self, table: Table, names: list[str], values: list[str], alias: str) -> str:
        """Upsert one family row: visits added, the rest the greater."""
        greatest = "greatest" if self.pg else "max"
        sets = ", ".join(
            f"{n} = {table.name}.{n} + excluded.{n}"
            if n == "visits"
            else f"{n} = {greatest}({table.name}.{n}, excluded.{n})"
            for n in FAMILY_COLUMNS
        )
        return (
            f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {', '.join(values)} "
            f"WHERE {alias}.family_id IS NOT NULL "
            f"ON CONFLICT ({self._pk(table)}) DO UPDATE SET {sets}"
        )

    def _window_starts(self, alias: str, size: int) -> list[ColumnElement[Any]]:
        """The 1sts of the months whose windows of `size` months hold `alias`'s visit: its month
        and those before."""
        day, _ = local_day_hour(_row(self.r.visits, alias)["signed_in_at"])
        first = month_start(day)
        return [plus_months(first, -back) for back in range(size)]

    def add_windows(self, alias: str) -> list[str]:
        c = _row(self.r.visits, alias)
        terms = family_terms(c)
        out = []
        for table, keys, size in self.r.windowed:
            k = key_terms(c, keys)
            names = [*keys, *FAMILY_COLUMNS]
            for start in self._window_starts(alias, size):
                values = [self.sql(start if n == "day" else k[n]) for n in keys]
                values += [self.sql(terms[n]) for n in FAMILY_COLUMNS]
                out.append(self._merge_family(table, names, values, alias))
            out += self._mark_alone(alias, table, size)
        return out

    def _mark_alone(self, alias: str, table: Table, size: int) -> list[str]:
        """Set ALONE again on `alias`'s family's rows in the years that hold its month (after
        they were added to or made again): 1 where the row is the family's only one that year.
        Only the rows whose mark changes are written."""
        if ALONE not in table.c:
            return []
        days = ", ".join(self.sql(start) for start in self._window_starts(alias, size))
        t = table.name
        alone = (
            f"CASE WHEN (SELECT count(*) FROM {t} AS o WHERE o.day = {t}.day "  # noqa: S608
            f"AND o.family_id = {t}.family_id) = 1 THEN 1 ELSE 0 END"
        )
        return [
            f"UPDATE {t} SET {ALONE} = {alone} WHERE {t}.family_id = {alias}.family_id "  # noqa: S608
            f"AND {t}.day IN ({days}) AND {t}.{ALONE} <> {alone}"
        ]

    def redo_windows(self, alias: str) -> list[str]:
        """Make `alias`'s family's windows that hold its month again from the family-month rows
        (already made again), reading each month by key."""
        out = []
        for table, keys, size in self.r.windowed:
            out += self._redo_window(alias, table, keys, size)
            out += self._mark_alone(alias, table, size)
        return out

    def _redo_window(self, alias: str, table: Table, keys: Sequence[str], size: int) -> list[str]:
        months = self.r.family_months.name
        names = ", ".join([*keys, *FAMILY_COLUMNS])
        # every column qualified: in PL/pgSQL a bare `new` is the trigger's row
        values = ", ".join(f"{'sum' if n == 'visits' else 'max'}(m.{n})" for n in FAMILY_COLUMNS)
        family = f"hub_id = {alias}.hub_id AND family_id = {alias}.family_id"
        months_family = f"m.hub_id = {alias}.hub_id AND m.family_id = {alias}.family_id"
        kept = [f"m.{n}" for n in keys if n != "day"]
        out = []
        for start in self._window_starts(alias, size):
            days = ", ".join(self.sql(plus_months(start, k)) for k in range(size))
            first = self.sql(start)
            selected = ", ".join([kept[0], first, *kept[1:]])  # in the keys' order: hub, day, ...
            out += [
                f"DELETE FROM {table.name} WHERE {family} AND day = {first}",  # noqa: S608
                f"INSERT INTO {table.name} ({names}) SELECT {selected}, {values} "  # noqa: S608
                f"FROM {months} AS m WHERE {months_family} AND m.day IN ({days}) "
                f"GROUP BY {', '.join(kept)}",
            ]
        return out

    def redo_family(self, alias: str, monthly: bool) -> list[str]:
        """Make the family-day (or -month) rows of `alias`'s family and day (month) again from
        the visits (a maximum cannot be taken back when a visit leaves)."""
        table = self.r.family_table(monthly)
        c = _row(self.r.visits, alias)
        day, _ = local_day_hour(c["signed_in_at"])
        v = self.r.visits
        query = _family_select(_source(v), monthly)
        v_day, _ = local_day_hour(v.c.signed_in_at)
        if monthly:
            day, v_day = month_start(day), month_start(v_day)
        query = query.where(
            v.c.hub_id == c["hub_id"], v.c.family_id == c["family_id"], v_day == day
        )
        names = ", ".join(col.name for col in query.selected_columns)
        return [
            f"DELETE FROM {table.name} WHERE hub_id = {alias}.hub_id AND "  # noqa: S608
            f"family_id = {alias}.family_id AND day = {self.sql(day)}",
            f"INSERT INTO {table.name} ({names}) {self.sql(query)}",  # type: ignore[arg-type]
        ]

    def _pk(self, table: Table) -> str:
        return ", ".join(c.name for c in table.primary_key.columns)

    # -- set-based, for PostgreSQL's statement-level insert trigger ----------------------------
    # The same upserts as add_all and add_families, over every row a statement inserted (its
    # transition table `NEW_ROWS`), grouped by each roll-up's key first: one upsert a table a
    # statement instead of one a table a row. Counts add up and the family columns are sums and
    # maxima, so grouping first gives the same rows; ALONE is marked after every row is in.

    def _grouped(
        self, table: Table, names: list[str], keys: list[str], values: list[str], where: str
    ) -> str:
        group = ", ".join(str(i) for i in range(1, len(keys) + 1))
        return (
            f"INSERT INTO {table.name} ({', '.join(names)}) "  # noqa: S608
            f"SELECT {', '.join([*keys, *values])} FROM {NEW_ROWS} AS n {where}"
            f"GROUP BY {group} ON CONFLICT ({self._pk(table)}) DO UPDATE SET "
        )

    def add_all_rows(self) -> list[str]:
        out = []
        c = _row(self.r.visits, "n")
        terms = visit_terms(c)
        for counted in self.r.counted:
            table, keys = counted.table, counted.keys
            k = key_terms(c, keys, monthly=counted.monthly)
            head = self._grouped(
                table,
                [*keys, *COUNT_COLUMNS],
                [self.sql(k[n]) for n in keys],
                [f"sum({self.sql(terms[n])})" for n in COUNT_COLUMNS],
                "",
            )
            out.append(
                head + ", ".join(f"{n} = {table.name}.{n} + excluded.{n}" for n in COUNT_COLUMNS)
            )
        return out

    def _family_rows(self, table: Table, keys: list[str], key_sql: list[str]) -> str:
        c = _row(self.r.visits, "n")
        terms = family_terms(c)
        values = [
            f"{'sum' if n == 'visits' else 'max'}({self.sql(terms[n])})" for n in FAMILY_COLUMNS
        ]
        head = self._grouped(
            table, [*keys, *FAMILY_COLUMNS], key_sql, values, "WHERE n.family_id IS NOT NULL "
        )
        return head + ", ".join(
            f"{n} = {table.name}.{n} + excluded.{n}"
            if n == "visits"
            else f"{n} = greatest({table.name}.{n}, excluded.{n})"
            for n in FAMILY_COLUMNS
        )

    def add_families_rows(self) -> list[str]:
        c = _row(self.r.visits, "n")
        out = []
        for monthly in (False, True):
            k = key_terms(c, FAMILY_KEYS, monthly=monthly)
            names = list(FAMILY_KEYS)
            out.append(
                self._family_rows(
                    self.r.family_table(monthly), names, [self.sql(k[n]) for n in names]
                )
            )
        marks = []
        for table, window_keys, size in self.r.windowed:
            k = key_terms(c, window_keys)
            for start in self._window_starts("n", size):
                key_sql = [self.sql(start if n == "day" else k[n]) for n in window_keys]
                out.append(self._family_rows(table, list(window_keys), key_sql))
            marks += self._mark_alone_rows(table, size)
        return out + marks

    def _mark_alone_rows(self, table: Table, size: int) -> list[str]:
        if ALONE not in table.c:
            return []
        t = table.name
        starts = ", ".join(f"({self.sql(start)})" for start in self._window_starts("n", size))
        alone = (
            f"CASE WHEN (SELECT count(*) FROM {t} AS o WHERE o.day = {t}.day "  # noqa: S608
            f"AND o.family_id = {t}.family_id) = 1 THEN 1 ELSE 0 END"
        )
        touched = (
            f"SELECT DISTINCT n.family_id, s.day FROM {NEW_ROWS} AS n "  # noqa: S608
            f"CROSS JOIN LATERAL (VALUES {starts}) AS s(day) WHERE n.family_id IS NOT NULL"
        )
        return [
            f"UPDATE {t} SET {ALONE} = {alone} WHERE ({t}.family_id, {t}.day) IN ({touched}) "  # noqa: S608
            f"AND {t}.{ALONE} <> {alone}"
        ]

    def add_all(self, alias: str) -> list[str]:
        return [self.add_counts(counted, alias) for counted in self.r.counted]

    def add_families(self, alias: str) -> list[str]:
        days_months = [self.add_family(alias, False), self.add_family(alias, True)]
        return [*days_months, *self.add_windows(alias)]

    def redo_families(self, *aliases: str) -> list[str]:
        out = []
        for a in aliases:  # the windows are made from the family-month rows: after them
            out += [*self.redo_family(a, False), *self.redo_family(a, True), *self.redo_windows(a)]
        return out

    def sub_all(self, alias: str) -> list[str]:
        return [s for counted in self.r.counted for s in self.sub_counts(counted, alias)]

    def changed(self) -> str:
        distinct = "IS DISTINCT FROM" if self.pg else "IS NOT"
        return " OR ".join(f"OLD.{n} {distinct} NEW.{n}" for n in WATCHED)


NEW_ROWS = "new_rows"  # PostgreSQL: the rows an INSERT statement added (a transition table)


def trigger_names(r: Rollup) -> list[str]:
    v = r.visits.name
    return [f"{v}_rollup_insert", f"{v}_rollup_update", f"{v}_rollup_delete"]


# the trigger DDL of each layout, by dialect: compiling it (the local-time rule in every
# statement) took most of a new store's migration, and tests make hundreds of stores
_DDL_CACHE: dict[tuple[Any, ...], list[str]] = {}


def _signature(r: Rollup) -> tuple[Any, ...]:
    """What the trigger DDL of `r` depends on: the tables' names, columns and keys."""
    tables = (r.visits, *r.tables)
    return tuple(
        (t.name, tuple((c.name, str(c.type)) for c in t.c), tuple(c.name for c in t.primary_key))
        for t in tables
    ) + tuple((c.table.name, c.keys, c.monthly) for c in r.counted)


def create_triggers(dialect: Dialect, r: Rollup) -> list[str]:
    """The DDL statements that make the database keep `r` up to date."""
    key = (dialect.name, _signature(r))
    if key not in _DDL_CACHE:
        _DDL_CACHE[key] = _create_triggers(dialect, r)
    return list(_DDL_CACHE[key])


def _create_triggers(dialect: Dialect, r: Rollup) -> list[str]:
    t = _TriggerSQL(r, dialect)
    v = r.visits.name
    ins, upd, dele = trigger_names(r)
    if not t.pg:

        def body(statements: list[str]) -> str:
            return "BEGIN\n  " + ";\n  ".join(statements) + ";\nEND"

        return [
            f"CREATE TRIGGER {ins} AFTER INSERT ON {v} FOR EACH ROW "
            + body([*t.add_all("NEW"), *t.add_families("NEW")]),
            # UPDATE OF: SQLite codes the trigger only into UPDATEs that set a watched column,
            # so a sign-out (signed_out_at) never pays for compiling it
            f"CREATE TRIGGER {upd} AFTER UPDATE OF {', '.join(WATCHED)} ON {v} FOR EACH ROW "
            f"WHEN {t.changed()} "
            + body([*t.sub_all("OLD"), *t.add_all("NEW"), *t.redo_families("OLD", "NEW")]),
            f"CREATE TRIGGER {dele} AFTER DELETE ON {v} FOR EACH ROW "
            + body([*t.sub_all("OLD"), *t.redo_families("OLD")]),
        ]
    fn = f"{v}_rollup"

    def block(statements: list[str]) -> str:
        return "".join(f"    {s};\n" for s in statements)

    function = (
        f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  IF TG_OP = 'UPDATE' THEN\n"
        + block([*t.sub_all("OLD"), *t.add_all("NEW"), *t.redo_families("OLD", "NEW")])
        + "  ELSE\n"
        + block([*t.sub_all("OLD"), *t.redo_families("OLD")])
        + "  END IF;\n  RETURN NULL;\nEND\n$$"
    )
    # Inserts are kept a statement at a time: the service's ingest inserts a batch of visits in
    # one statement, and grouping the batch first is one upsert a roll-up table instead of one a
    # visit (measured: docs/performance.md, "Service ingest").
    inserted = (
        f"CREATE OR REPLACE FUNCTION {fn}_insert() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n" + block([*t.add_all_rows(), *t.add_families_rows()]) + "  RETURN NULL;\nEND\n$$"
    )
    return [
        function,
        inserted,
        f"CREATE TRIGGER {ins} AFTER INSERT ON {v} REFERENCING NEW TABLE AS {NEW_ROWS} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {fn}_insert()",
        f"CREATE TRIGGER {upd} AFTER UPDATE OF {', '.join(WATCHED)} ON {v} FOR EACH ROW "
        f"WHEN ({t.changed()}) "
        f"EXECUTE FUNCTION {fn}()",
        f"CREATE TRIGGER {dele} AFTER DELETE ON {v} FOR EACH ROW EXECUTE FUNCTION {fn}()",
    ]


def drop_triggers(dialect: Dialect, r: Rollup) -> list[str]:
    v = r.visits.name
    if dialect.name == "postgresql":
        return [f"DROP TRIGGER IF EXISTS {n} ON {v}" for n in trigger_names(r)] + [
            f"DROP FUNCTION IF EXISTS {v}_rollup()",
            f"DROP FUNCTION IF EXISTS {v}_rollup_insert()",
        ]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in trigger_names(r)]


def remove_triggers(conn: Connection, r: Rollup) -> None:
    """Stop keeping the roll-ups (a bulk load, a downgrade): `install` makes them good again."""
    for statement in drop_triggers(conn.dialect, r):
        conn.exec_driver_sql(statement)


def add_triggers(conn: Connection, r: Rollup) -> None:
    """(Re)create the triggers that keep the roll-ups, replacing any already there."""
    remove_triggers(conn, r)
    for statement in create_triggers(conn.dialect, r):
        conn.exec_driver_sql(statement)


def install(conn: Connection, r: Rollup, only: Sequence[Table] | None = None) -> None:
    """Create the roll-up tables (if missing) and their triggers, and fill them (or `only` these)
    from the visits: what a migration runs."""
    for table in r.tables:
        table.create(conn, checkfirst=True)
    add_triggers(conn, r)
    rebuild(conn, r, only)
    for table in r.tables if only is None else only:
        # the planner's row counts, or it guesses a month is a few rows
        conn.exec_driver_sql(f"ANALYZE {table.name}")


def _layout(table: Table, dialect: Dialect) -> tuple[Any, ...]:
    """What a table's rows look like and how they are stored, on this database."""
    rowid = table.dialect_options["sqlite"]["with_rowid"] if dialect.name == "sqlite" else None
    return (
        tuple(c.name for c in table.c),
        tuple(c.name for c in table.primary_key.columns),
        rowid,
    )


def relayout(conn: Connection, old: Rollup, new: Rollup) -> None:
    """Go from one layout of the roll-ups to another (a migration, either way): the tables whose
    columns, key or storage differ are dropped, made again and filled from the visits."""
    old_layouts = {t.name: _layout(t, conn.dialect) for t in old.tables}
    new_layouts = {t.name: _layout(t, conn.dialect) for t in new.tables}
    remove_triggers(conn, old)
    for table in old.tables:
        if new_layouts.get(table.name) != old_layouts[table.name]:
            table.drop(conn)
    changed = [t for t in new.tables if old_layouts.get(t.name) != new_layouts[t.name]]
    install(conn, new, only=changed)
