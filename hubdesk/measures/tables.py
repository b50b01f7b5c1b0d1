"""Which tables the measures read: anything with the standard footfall columns.

The device's `visits` and the central service's `central_visits` share these columns, and so do
the device's `contacts` and the service's `central_contacts`. The measures take the Table, so the
desk and the dashboard run the same definitions.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Table

from hubdesk.measures.columns import CONTACT_COLUMNS, GEOGRAPHY_COLUMNS, VISIT_COLUMNS

if TYPE_CHECKING:
    from hubdesk.measures.rollup import Rollup


def _check(table: Table, names: Iterable[str]) -> None:
    missing = [n for n in names if n not in table.c]
    if missing:
        raise ValueError(f"table {table.name} lacks footfall columns: {', '.join(missing)}")


class VisitTable:
    """A table of visits with the footfall columns (and, optionally, the area columns)."""

    def __init__(self, table: Table, rollup: Rollup | None = None) -> None:
        _check(table, VISIT_COLUMNS)
        self.table = table
        self.rollup = rollup  # daily roll-ups the measures read where they can
        self.c = table.c
        self.has_geography = all(n in table.c for n in GEOGRAPHY_COLUMNS)

    def col(self, name: str) -> ColumnElement[Any]:
        return self.table.c[name]


class ContactTable:
    """A table of Here to Help contacts with the footfall columns."""

    def __init__(self, table: Table) -> None:
        _check(table, CONTACT_COLUMNS)
        self.table = table
        self.c = table.c


@dataclass(frozen=True)
class Scope:
    """Which hubs and sites: None means all of them (the store or service holds)."""

    hub_ids: frozenset[uuid.UUID] | None = None
    site_ids: frozenset[uuid.UUID] | None = None

    @classmethod
    def of(cls, hub_id: uuid.UUID | None = None, site_id: uuid.UUID | None = None) -> Scope:
        return cls(
            frozenset({hub_id}) if hub_id is not None else None,
            frozenset({site_id}) if site_id is not None else None,
        )

    def where(
        self, hub_col: ColumnElement[Any], site_col: ColumnElement[Any] | None = None
    ) -> list[ColumnElement[bool]]:
        """The conditions on a table's hub and site columns; a table with no site column
        (`site_col` None) can only serve a scope of whole hubs."""
        out: list[ColumnElement[bool]] = []
        for ids, col in ((self.hub_ids, hub_col), (self.site_ids, site_col)):
            if ids is None:
                continue
            if col is None:
                raise ValueError("a scope of sites needs a table with a site column")
            if len(ids) == 1:
                out.append(col == next(iter(ids)))
            else:
                out.append(col.in_(sorted(ids)))
        return out
