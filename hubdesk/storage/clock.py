"""This store's hybrid logical clock (hubdesk.domain.hlc) and the stamp each record was last set
from (`record_clocks`), inside the caller's transaction.

Core statements on the session's connection, not ORM objects: stamping runs on the kiosk's
sign-in path. The clock's latest stamp is kept in `store_meta` under `HLC_KEY`, with the node (a
random id made at the store's first change) in it; the write transaction (BEGIN IMMEDIATE) makes
ticks of one store strictly increasing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hubdesk.domain import hlc
from hubdesk.storage.models import Meta
from hubdesk.storage.sync_models import RecordClock

HLC_KEY = "sync.hlc"

_META = cast("Table", Meta.__table__)
_CLOCKS = cast("Table", RecordClock.__table__)
_GET_LAST = select(_META.c.value).where(_META.c.key == HLC_KEY)
_PUT_LAST = (
    sqlite_insert(_META)
    .values(key=HLC_KEY, value=bindparam("value"))
    .on_conflict_do_update(index_elements=[_META.c.key], set_={"value": bindparam("value")})
)
_GET_RECORD = select(_CLOCKS.c.hlc).where(_CLOCKS.c.entity_id == bindparam("entity_id"))
_PUT_RECORD = (
    sqlite_insert(_CLOCKS)
    .values(entity_id=bindparam("entity_id"), hlc=bindparam("hlc"))
    .on_conflict_do_update(index_elements=[_CLOCKS.c.entity_id], set_={"hlc": bindparam("hlc")})
)


def _last(session: Session) -> hlc.Stamp | None:
    text = session.connection().execute(_GET_LAST).scalar()
    try:
        return hlc.Stamp.parse(text) if text else None
    except ValueError:
        return None


def stamp_change(session: Session, entity_id: uuid.UUID, now: datetime) -> str:
    """Tick the clock for a change this device makes to the record `entity_id` now, remember the
    stamp as the record's, and return it (it travels in the event's footfall as `hlc`)."""
    last = _last(session)
    stamp = hlc.tick(last, now, last.node if last else hlc.new_node())
    conn = session.connection()
    conn.execute(_PUT_LAST, {"value": stamp.text})
    conn.execute(_PUT_RECORD, {"entity_id": entity_id, "hlc": stamp.text})
    return stamp.text


def observe(session: Session, stamps: Iterable[object], now: datetime) -> None:
    """Move the clock past the latest of `stamps` (other devices' changes just applied), so that
    whatever this device changes next sorts after them."""
    seen = [hlc.Stamp.parse(s) for s in stamps if isinstance(s, str) and _is_stamp(s)]
    if not seen:
        return
    last = _last(session)
    moved = hlc.observe(last, max(seen), now, last.node if last else hlc.new_node())
    session.connection().execute(_PUT_LAST, {"value": moved.text})


def _is_stamp(text: str) -> bool:
    try:
        hlc.Stamp.parse(text)
    except ValueError:
        return False
    return True


def record_order(session: Session, entity_id: uuid.UUID, updated_at: datetime | None) -> str:
    """The order key of the change the held record `entity_id` was last set from."""
    held = session.connection().execute(_GET_RECORD, {"entity_id": entity_id}).scalar()
    return hlc.order_key(held, updated_at)


def set_record_order(session: Session, entity_id: uuid.UUID, key: str) -> None:
    session.connection().execute(_PUT_RECORD, {"entity_id": entity_id, "hlc": key})


def latest(session: Session) -> str | None:
    """The clock's latest stamp (for tests and support)."""
    stamp = _last(session)
    return stamp.text if stamp else None
