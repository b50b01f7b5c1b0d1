"""UK local time (Europe/London) in SQL, the same on SQLite and PostgreSQL.

Timestamps are stored as naive UTC on both backends. PostgreSQL converts with its own time-zone
database (`timezone('Europe/London', timezone('UTC', t))`). SQLite knows no zones, so the period
asked for is cut at the instants the clocks change, and a CASE on the timestamp picks the UTC
offset of its run: exact for every row, in one pass, whatever clock changes the period holds.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Integer, String, case, cast, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement

from hubdesk.domain.errors import ValidationError

HUB_TZ = ZoneInfo("Europe/London")
MAX_DAYS = 3700  # ten years and a bit


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants a UK local day starts and ends."""
    start = datetime.combine(day, time.min, HUB_TZ).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time.min, HUB_TZ).astimezone(UTC)
    return start, end


@dataclass(frozen=True)
class Period:
    """UK local days `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, datetime) or not isinstance(value, date):
                raise ValidationError(name, "not_a_date", "must be a date")
        if self.end < self.start:
            raise ValidationError("end", "before_start", "must not be before the start")
        if (self.end - self.start).days >= MAX_DAYS:
            raise ValidationError("end", "too_long", "the period is too long")

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """[lo, hi) in UTC."""
        return day_bounds(self.start)[0], day_bounds(self.end)[1]

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


def _offset(at: datetime) -> int:
    off = at.astimezone(HUB_TZ).utcoffset() or timedelta(0)
    return int(off.total_seconds())


def offset_runs(lo: datetime, hi: datetime) -> list[tuple[datetime, int]]:
    """[(until, offset seconds)] covering [lo, hi): each run ends (exclusive) at `until`.

    UK clocks change on the hour (01:00 UTC), so a day whose offset changes is searched by hour.
    """
    runs: list[tuple[datetime, int]] = []
    current = _offset(lo)
    at = lo
    while at < hi:
        nxt = min(at + timedelta(days=1), hi)
        if _offset(nxt - timedelta(microseconds=1)) != current:
            probe = at
            while probe < nxt and _offset(probe) == current:
                probe += timedelta(hours=1)
            runs.append((probe, current))
            current = _offset(probe)
            at = probe
            continue
        at = nxt
    runs.append((hi, current))
    return runs


class Grain(enum.StrEnum):
    DAY = "day"  # the local date
    WEEK = "week"  # the Monday of the local ISO week
    MONTH = "month"  # the first of the local month
    HOUR = "hour"  # 0-23, local hour of day
    WEEKDAY = "weekday"  # 1 = Monday ... 7 = Sunday


def _sqlite_bucket(grain: Grain, column: ColumnElement[Any], modifier: str) -> ColumnElement[Any]:
    mod = literal(modifier, String)
    if grain is Grain.DAY:
        return func.date(column, mod)
    if grain is Grain.WEEK:
        return func.date(column, mod, literal("-6 days"), literal("weekday 1"))
    if grain is Grain.MONTH:
        return func.strftime(literal("%Y-%m-01"), column, mod)
    if grain is Grain.HOUR:
        return cast(func.strftime(literal("%H"), column, mod), Integer)
    # %w: 0 = Sunday; ISO wants 7
    return (cast(func.strftime(literal("%w"), column, mod), Integer) + 6) % 7 + 1


def _pg_bucket(grain: Grain, column: ColumnElement[Any]) -> ColumnElement[Any]:
    local = func.timezone(literal("Europe/London"), func.timezone(literal("UTC"), column))
    if grain is Grain.DAY:
        return cast(local, Date)
    if grain is Grain.WEEK:
        return cast(func.date_trunc(literal("week"), local), Date)
    if grain is Grain.MONTH:
        return cast(func.date_trunc(literal("month"), local), Date)
    if grain is Grain.HOUR:
        return cast(func.extract("hour", local), Integer)
    return cast(func.extract("isodow", local), Integer)


class _ByDialect(ColumnElement[Any]):
    """One expression for SQLite (and anything else), another for PostgreSQL."""

    inherit_cache = False  # the two branches are the whole statement; compiled per use

    def __init__(self, default: ColumnElement[Any], postgresql: ColumnElement[Any]) -> None:
        self.default = default
        self.postgresql = postgresql
        self.type = default.type

    @property
    def _from_objects(self) -> list[Any]:
        return list(self.default._from_objects)


@compiles(_ByDialect)
def _compile_default(element: _ByDialect, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.default, **kw)


@compiles(_ByDialect, "postgresql")
def _compile_pg(element: _ByDialect, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.postgresql, **kw)


def local_bucket(
    grain: Grain, column: ColumnElement[Any], lo: datetime, hi: datetime
) -> ColumnElement[Any]:
    """The local day/week/month/hour/weekday of UTC `column`, valid for values in [lo, hi)."""
    runs = offset_runs(lo, hi)
    branches = [(until, _sqlite_bucket(grain, column, f"{off:+d} seconds")) for until, off in runs]
    if len(branches) == 1:
        sqlite_expr = branches[0][1]
    else:
        sqlite_expr = case(
            *((column < until, expr) for until, expr in branches[:-1]), else_=branches[-1][1]
        )
    return _ByDialect(sqlite_expr, _pg_bucket(grain, column))


def date_bucket(grain: Grain, day: ColumnElement[Any]) -> ColumnElement[Any]:
    """The week, month or weekday of a column that already holds a UK local date."""
    if grain is Grain.HOUR:
        raise ValueError("a date has no hour")
    if grain is Grain.DAY:
        return day
    if grain is Grain.WEEKDAY:
        pg: ColumnElement[Any] = cast(func.extract("isodow", day), Integer)
    else:
        pg = cast(func.date_trunc(literal(grain.value), day), Date)
    return _ByDialect(_sqlite_bucket(grain, day, "+0 seconds"), pg)


def as_date(value: object) -> date:
    """A bucket value from either backend as a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _sqlite_local(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The UTC-to-UK offset of `column` as a SQLite date modifier, by the UK rule in force since
    1996: summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
    of October (the last Sunday of a month is the first Sunday on or after its 25th). Checked
    against zoneinfo hour by hour in the tests."""
    year = func.substr(column, 1, 4)

    def change(month_day: str) -> ColumnElement[Any]:
        sunday = func.date(year + literal(month_day, String), literal("weekday 0", String))
        return func.datetime(sunday, literal("+1 hours", String))

    summer = (column >= change("-03-25")) & (column < change("-10-25"))
    return case((summer, literal("+1 hours", String)), else_=literal("+0 hours", String))


def local_day_hour(column: ColumnElement[Any]) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """The UK local date and hour (0-23) of UTC `column`, for any value (no period needed): what
    the roll-up tables are keyed by. On SQLite the column must hold SQLAlchemy's text form."""
    modifier = _sqlite_local(column)
    sqlite_day = func.date(column, modifier)
    sqlite_hour = cast(func.strftime(literal("%H", String), column, modifier), Integer)
    return (
        _ByDialect(sqlite_day, _pg_bucket(Grain.DAY, column)),
        _ByDialect(sqlite_hour, _pg_bucket(Grain.HOUR, column)),
    )


def month_start(day: ColumnElement[Any]) -> ColumnElement[Any]:
    """The 1st of the month of a column or expression holding a local date."""
    return _ByDialect(
        func.date(day, literal("start of month", String)),
        cast(func.date_trunc(literal("month"), day), Date),
    )


def plus_months(first: ColumnElement[Any], months: int) -> ColumnElement[Any]:
    """The 1st of the month `months` after (before, if negative) a column or expression holding
    the 1st of a month."""
    if months == 0:
        return first
    return _ByDialect(
        func.date(first, literal(f"{months:+d} months", String)),
        cast(first + func.make_interval(0, months), Date),
    )


def add_months(first: date, months: int) -> date:
    """The 1st of the month `months` after (or before, if negative) the 1st of a month `first`."""
    year, month = divmod(first.year * 12 + first.month - 1 + months, 12)
    return date(year, month + 1, 1)


def last_twelve_months(today: date) -> Period:
    """The last twelve months to `today`: from the 1st of the month eleven months back, so this
    month and the eleven before it (the desk's "Last 12 months" and the dashboard's default)."""
    return Period(add_months(today.replace(day=1), -11), today)
