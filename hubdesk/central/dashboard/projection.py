"""Keeping the dashboard's projections up to date, inside the ingest transaction.

Called by `hubdesk.central.service._ingest_once` after its own projection of visits (with their
areas: ward, LSOA, deprivation decile) and sites, with the events just stored. Adds what the
dashboard needs beyond that: Here to Help contacts and hubs' reach areas. The hub is always the
authenticated device's, never a field of the event.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.central.dashboard.tables import (
    CentralContact,
    CentralHubArea,
    CentralVoiceQuestion,
    CentralVoiceResponse,
)
from hubdesk.domain import hlc
from hubdesk.domain.catalogue import Face, VisitReason, VoiceAnswer, VoiceQuestionCode, VoiceSource
from hubdesk.sync.protocol import WireEvent

CODES = re.compile(r"^[a-z_ ]{0,200}$")


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo is not None else None


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _codes(value: Any) -> str:
    return value if isinstance(value, str) and CODES.match(value) else ""


def _order(e: WireEvent) -> str:
    return hlc.order_key(e.footfall.get("hlc"), _dt(e.footfall.get("updated_at")) or e.occurred_at)


def _newest(events: Sequence[WireEvent], entity: str) -> dict[uuid.UUID, WireEvent]:
    """The latest change (by clock stamp) to each record of `entity` among `events`."""
    out: dict[uuid.UUID, WireEvent] = {}
    for e in events:
        if e.entity != entity:
            continue
        held = out.get(e.entity_id)
        if held is None or _order(e) >= _order(held):
            out[e.entity_id] = e
    return out


def project_dashboard(session: Session, hub_id: uuid.UUID, events: Sequence[WireEvent]) -> None:
    """Bring the dashboard's projections up to date with `events` (already stored): the latest
    change by clock stamp wins, never by a device's wall clock alone."""
    contacts = _newest(events, "contact")
    if contacts:
        held = {
            c.id: c
            for c in session.scalars(
                select(CentralContact).where(CentralContact.id.in_(list(contacts)))
            )
        }
        for contact_id, e in contacts.items():
            f = e.footfall
            updated = _dt(f.get("updated_at")) or e.occurred_at
            minutes = f.get("minutes_spent")
            values_c: dict[str, Any] = {
                "hub_id": hub_id,
                "site_id": _uuid(f.get("site_id")) or hub_id,
                "family_id": _uuid(f.get("family_id")),
                "channel": str(f.get("channel", ""))[:20],
                "needs": _codes(f.get("needs")),
                "outcomes": _codes(f.get("outcomes")),
                "minutes_spent": minutes
                if isinstance(minutes, int) and 0 <= minutes < 10_000
                else 0,
                "follow_up_due": _day(f.get("follow_up_due")),
                "follow_up_done_at": _dt(f.get("follow_up_done_at")),
                "contacted_at": _dt(f.get("contacted_at")) or e.occurred_at,
                "updated_at": updated,
                "event_id": e.event_id,
                "hlc": _order(e),
            }
            current = held.get(contact_id)
            if current is None:
                session.add(CentralContact(id=contact_id, **values_c))
            elif current.hub_id == hub_id and values_c["hlc"] >= hlc.order_key(
                current.hlc, current.updated_at
            ):
                for name, value in values_c.items():
                    setattr(current, name, value)
    _project_voice(session, hub_id, events)
    for entity_id, e in _newest(events, "hub").items():
        if entity_id != hub_id:
            continue
        f = e.footfall
        updated = _dt(f.get("updated_at")) or e.occurred_at
        order = _order(e)
        districts = " ".join(
            d
            for d in str(f.get("reach_districts") or "").upper().replace(",", " ").split()
            if re.match(r"^[A-Z0-9]{2,4}$", d)
        )
        area = session.get(CentralHubArea, hub_id)
        if area is None:
            session.add(
                CentralHubArea(
                    hub_id=hub_id, reach_districts=districts, updated_at=updated, hlc=order
                )
            )
        elif order >= hlc.order_key(area.hlc, area.updated_at):
            area.reach_districts = districts
            area.updated_at = updated
            area.hlc = order
    session.flush()


def _one_of(value: Any, allowed: type[Any]) -> str | None:
    codes = {str(v.value) for v in allowed}
    return value if isinstance(value, str) and value in codes else None


def _int_in(value: Any, low: int, high: int) -> int | None:
    return value if type(value) is int and low <= value <= high else None


def _project_voice(session: Session, hub_id: uuid.UUID, events: Sequence[WireEvent]) -> None:
    """Family voice (issue 23): the hub's questions and the anonymous answers. The protocol
    checked every field already; what cannot be read is dropped, never guessed."""
    faces = {int(f) for f in Face}
    for entity_id, e in _newest(events, "voice_response").items():
        f = e.footfall
        day = _day(f.get("day"))
        reason = _one_of(f.get("reason"), VisitReason)
        if day is None or reason is None:
            continue
        rating = f.get("rating")
        values_r: dict[str, Any] = {
            "hub_id": hub_id,
            "site_id": _uuid(f.get("site_id")) or hub_id,
            "day": day,
            "activity_id": _uuid(f.get("activity_id")),
            "reason": reason,
            "source": _one_of(f.get("source"), VoiceSource) or VoiceSource.KIOSK.value,
            "rating": rating if type(rating) is int and rating in faces else None,
            "question_version": _int_in(f.get("question_version"), 1, 100_000),
            "answer_1": _one_of(f.get("answer_1"), VoiceAnswer),
            "answer_2": _one_of(f.get("answer_2"), VoiceAnswer),
            "updated_at": _dt(f.get("updated_at")) or e.occurred_at,
            "hlc": _order(e),
        }
        _upsert(session, CentralVoiceResponse, entity_id, hub_id, values_r)
    for entity_id, e in _newest(events, "voice_question").items():
        f = e.footfall
        version = _int_in(f.get("version"), 1, 100_000)
        position = _int_in(f.get("position"), 1, 2)
        code = _one_of(f.get("code"), VoiceQuestionCode)
        if version is None or position is None or code is None:
            continue
        values_q: dict[str, Any] = {
            "hub_id": hub_id,
            "version": version,
            "position": position,
            "code": code,
            "text_en": str(f.get("text_en") or "")[:160],
            "retired_at": _dt(f.get("retired_at")),
            "updated_at": _dt(f.get("updated_at")) or e.occurred_at,
            "hlc": _order(e),
        }
        _upsert(session, CentralVoiceQuestion, entity_id, hub_id, values_q)


def _upsert(
    session: Session, model: Any, entity_id: uuid.UUID, hub_id: uuid.UUID, values: dict[str, Any]
) -> None:
    """Insert, or update if this change is not older than the one held (by clock stamp)."""
    current = session.get(model, entity_id)
    if current is None:
        session.add(model(id=entity_id, **values))
    elif current.hub_id == hub_id and values["hlc"] >= hlc.order_key(
        current.hlc, current.updated_at
    ):
        for name, value in values.items():
            setattr(current, name, value)
