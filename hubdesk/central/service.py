"""What the central service does, without HTTP: authenticate a device, enrol one, ingest a pushed
batch, serve a pull page, keep the hub-key blob. `hubdesk.central.app` puts HTTP in front.

Every function takes the store and returns plain data; errors are `ServiceError(status, reason)`.
"""

from __future__ import annotations

import functools
import hmac
import logging
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hubdesk.central.dashboard.projection import project_dashboard
from hubdesk.central.directory.projection import project_directory
from hubdesk.central.models import (
    VISIT_COUNT_COLUMNS,
    CentralDevice,
    CentralEvent,
    CentralHub,
    CentralSite,
    CentralVisit,
    EnrolmentCode,
    EntityHub,
    UTCDateTime,
)
from hubdesk.central.store import CentralStore
from hubdesk.domain import hlc
from hubdesk.domain.catalogue import DeviceKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.text import require_text
from hubdesk.sync.protocol import (
    CLOCK_SKEW_LIMIT_S,
    EventStatus,
    ProtocolError,
    Reason,
    WireEvent,
    footfall_with_id,
    make_credential,
    normalise_code,
    parse_event,
    secret_hash,
    split_credential,
)

log = logging.getLogger(__name__)


class ServiceError(Exception):
    """A refusal with an HTTP status and a machine-readable reason."""

    def __init__(self, status: int, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason
        self.message = message


def utcnow() -> datetime:
    return datetime.now(UTC)


LAST_SEEN_EVERY = timedelta(seconds=60)


@dataclass(frozen=True)
class AuthedDevice:
    id: uuid.UUID
    hub_id: uuid.UUID


def authenticate(store: CentralStore, token: str | None) -> AuthedDevice:
    """The device a credential belongs to; ServiceError 401 (unknown, bad) or 403 (revoked)."""
    if not token:
        raise ServiceError(401, Reason.BAD_CREDENTIAL, "a device credential is required")
    try:
        device_id, secret = split_credential(token)
    except ProtocolError:
        raise ServiceError(401, Reason.BAD_CREDENTIAL, "malformed device credential") from None
    with store.read() as session:
        device = session.get(CentralDevice, device_id)
        if device is None:
            raise ServiceError(401, Reason.UNKNOWN_DEVICE, "unknown device")
        if not hmac.compare_digest(device.credential_hash, secret_hash(secret)):
            raise ServiceError(401, Reason.BAD_CREDENTIAL, "wrong device credential")
        if device.revoked_at is not None:
            raise ServiceError(403, Reason.DEVICE_REVOKED, "this device has been revoked")
        authed = AuthedDevice(device.id, device.hub_id)
        seen = device.last_seen_at
    now = utcnow()
    if seen is None or now - seen > LAST_SEEN_EVERY:
        # "last seen" after any request (a device that only pulls, too), written at most once a
        # LAST_SEEN_EVERY per device so that polling devices do not make a write each
        with store.write() as session:
            session.execute(
                update(CentralDevice).where(CentralDevice.id == authed.id).values(last_seen_at=now)
            )
    return authed


# -- enrolment --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteView:
    id: uuid.UUID
    name: str
    kind: str
    postcode: str | None


@dataclass(frozen=True)
class Enrolled:
    device_id: uuid.UUID
    credential: str
    hub_id: uuid.UUID
    hub_name: str
    hub_code: str
    hub_created_at: datetime
    site_id: uuid.UUID | None
    sites: list[SiteView]
    hub_key_blob: str | None


def enrol(
    store: CentralStore,
    code_text: str,
    *,
    device_name: str,
    device_kind: str,
    device_id: uuid.UUID | None = None,
    hub_id: uuid.UUID | None = None,
    request_key: str | None = None,
    now: datetime | None = None,
) -> Enrolled:
    """Redeem a single-use enrolment code: register the device, hand back its credential.

    Safe to retry after a lost reply: a request naming the device the code enrolled, with the
    same `request_key` (a random secret the device made and kept before its first try), gets
    that device again with a fresh credential while the code is still in date, instead of
    `code_used`; so a lost reply never leaves a device the service knows and the device does not.
    """
    now = now or utcnow()
    name = require_text(device_name, "device_name", max_len=120)
    if device_kind not in {k.value for k in DeviceKind}:
        raise ValidationError("device_kind", "unknown_kind", "is not a kind of device")
    try:
        code = normalise_code(code_text)
    except ProtocolError:
        raise ServiceError(400, Reason.CODE_UNKNOWN, "not an enrolment code") from None
    secret = secrets.token_urlsafe(32)
    key_hash = secret_hash(request_key) if request_key else None
    with store.write() as session:
        row = session.scalar(
            select(EnrolmentCode)
            .where(EnrolmentCode.code_hash == secret_hash(code))
            .with_for_update()  # two devices racing for one code: the second waits, then fails
        )
        if row is None:
            raise ServiceError(400, Reason.CODE_UNKNOWN, "unknown enrolment code")
        retry = (
            row.used_at is not None
            and device_id is not None
            and row.used_by == device_id
            and key_hash is not None
            and row.request_hash is not None
            and hmac.compare_digest(row.request_hash, key_hash)
        )
        if row.used_at is not None and not retry:
            raise ServiceError(400, Reason.CODE_USED, "this enrolment code has been used")
        if row.expires_at <= now:
            raise ServiceError(400, Reason.CODE_EXPIRED, "this enrolment code has expired")
        hub = session.get(CentralHub, row.hub_id)
        assert hub is not None
        if hub_id is not None and hub_id != hub.id:
            raise ServiceError(
                409, Reason.HUB_MISMATCH, "this device's store belongs to another hub"
            )
        new_id = device_id or uuid.uuid4()
        held = session.get(CentralDevice, new_id)
        claim = session.get(EntityHub, new_id)
        if (held is not None and held.hub_id != hub.id) or (
            claim is not None and (claim.hub_id != hub.id or claim.entity != "device")
        ):
            raise ServiceError(409, Reason.DEVICE_EXISTS, "a device with this id is enrolled")
        if held is not None:
            # Enrolled again with a fresh code from an administrator (after a revocation, or a
            # lost credential), or the same code retried: a new credential; the old one stops
            # working.
            held.credential_hash = secret_hash(secret)
            held.revoked_at = None
            held.name = name
        else:
            session.add(
                CentralDevice(
                    id=new_id,
                    hub_id=hub.id,
                    name=name,
                    kind=device_kind,
                    credential_hash=secret_hash(secret),
                    enrolled_at=now,
                    last_seq=0,
                )
            )
        if claim is None:
            session.add(EntityHub(entity_id=new_id, entity="device", hub_id=hub.id))
        if not retry:
            row.used_at = now
            row.used_by = new_id
            row.request_hash = key_hash
        sites = [
            SiteView(s.id, s.name, s.kind, s.postcode)
            for s in session.scalars(
                select(CentralSite).where(CentralSite.hub_id == hub.id).order_by(CentralSite.name)
            )
        ]
        return Enrolled(
            device_id=new_id,
            credential=make_credential(new_id, secret),
            hub_id=hub.id,
            hub_name=hub.name,
            hub_code=hub.code,
            hub_created_at=hub.created_at,
            site_id=row.site_id,
            sites=sites,
            hub_key_blob=hub.hub_key_blob,
        )


def get_hub_key_blob(store: CentralStore, device: AuthedDevice) -> str | None:
    with store.read() as session:
        hub = session.get(CentralHub, device.hub_id)
        return hub.hub_key_blob if hub else None


def put_hub_key_blob(store: CentralStore, device: AuthedDevice, blob: str) -> None:
    """Set the hub's wrapped key once; the same blob again is fine, a different one is refused."""
    with store.write() as session:
        hub = session.get(CentralHub, device.hub_id)
        assert hub is not None
        if hub.hub_key_blob is not None and hub.hub_key_blob != blob:
            raise ServiceError(409, Reason.HUB_KEY_SET, "this hub already has a key")
        hub.hub_key_blob = blob


# -- push -------------------------------------------------------------------------------------


@dataclass
class EventResult:
    event_id: str
    status: EventStatus
    reason: str | None = None
    field: str | None = None  # where a rejected event is wrong (`f.reason`, `at`, ...)


@dataclass
class IngestResult:
    results: list[EventResult] = field(default_factory=list)

    def count(self, status: EventStatus) -> int:
        return sum(1 for r in self.results if r.status is status)


def ingest(
    store: CentralStore,
    device: AuthedDevice,
    raw_events: list[Any],
    *,
    device_time: datetime | None = None,
    now: datetime | None = None,
) -> IngestResult:
    """Store a pushed batch: each event once, committed before this returns.

    Bad events are refused one by one; the others are stored. Two requests carrying the same
    event at the same moment cannot both store it: the unique constraint refuses the second
    transaction, which is then retried and finds the first one's row (a duplicate).
    """
    for attempt in range(4):
        try:
            return _ingest_once(store, device, raw_events, device_time, now or utcnow())
        except IntegrityError:
            if attempt == 3:
                raise
    raise AssertionError("unreachable")


def _ingest_once(
    store: CentralStore,
    device: AuthedDevice,
    raw_events: list[Any],
    device_time: datetime | None,
    now: datetime,
) -> IngestResult:
    result = IngestResult()
    parsed: list[tuple[int, WireEvent, str]] = []
    seen: set[uuid.UUID] = set()
    for index, raw in enumerate(raw_events):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        label = raw_id if isinstance(raw_id, str) and len(raw_id) <= 36 else f"#{index}"
        try:
            event = parse_event(raw)
            hub_field = event.footfall.get("hub_id")
            if hub_field is not None and hub_field != str(device.hub_id):
                raise ProtocolError(Reason.WRONG_HUB, "event names another hub", "f.hub_id")
            if event.event_id in seen:
                raise ProtocolError(Reason.DUPLICATE_IN_BATCH, "event twice in one batch")
        except ProtocolError as exc:
            result.results.append(
                EventResult(label, EventStatus.REJECTED, exc.reason.value, exc.field)
            )
            continue
        seen.add(event.event_id)
        parsed.append((len(result.results), event, event.body_hash()))
        result.results.append(EventResult(label, EventStatus.ACCEPTED))  # the id as sent

    with store.write(ordered=True) as session:
        existing: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
        ids = [e.event_id for _, e, _ in parsed]
        for chunk in range(0, len(ids), 500):
            for event_id, body_hash, owner in session.execute(
                select(CentralEvent.event_id, CentralEvent.body_hash, CentralEvent.device_id).where(
                    CentralEvent.event_id.in_(ids[chunk : chunk + 500])
                )
            ):
                existing[event_id] = (body_hash, owner)
        new = [e for _, e, _ in parsed if e.event_id not in existing]
        refs = {e.event_id: _references(e) for e in new}
        owners = _owners(session, new, refs)
        rows: list[dict[str, Any]] = []
        fresh: list[WireEvent] = []
        claims: dict[uuid.UUID, str] = {}
        for index, event, body_hash in parsed:
            held = existing.get(event.event_id)
            if held is not None:
                same = held[0] == body_hash and held[1] == device.id
                result.results[index] = EventResult(
                    str(event.event_id),
                    EventStatus.DUPLICATE if same else EventStatus.CONFLICT,
                    None if same else Reason.CONFLICT.value,
                )
                continue
            refused = _trespass(event, refs[event.event_id], device.hub_id, owners, claims)
            if refused is not None:
                result.results[index] = EventResult(
                    str(event.event_id), EventStatus.CONFLICT, refused.value
                )
                log.warning(
                    "central: event refused",
                    extra={"code": refused.value, "hub_id": device.hub_id,
                           "device_id": device.id, "event_id": event.event_id},
                )  # fmt: skip
                continue
            if event.entity_id not in owners and event.entity_id not in claims:
                claims[event.entity_id] = event.entity
            rows.append(
                {
                    "event_id": event.event_id,
                    "hub_id": device.hub_id,
                    "device_id": device.id,
                    "device_seq": event.seq,
                    "entity": event.entity,
                    "entity_id": event.entity_id,
                    "op": event.op,
                    "occurred_at": event.occurred_at,
                    "received_at": now,
                    "footfall": footfall_with_id(event.footfall, event.entity_id),
                    "sealed": event.sealed,
                    "body_hash": body_hash,
                }
            )
            fresh.append(event)
        if claims:
            _insert_many(
                session,
                ENTITY_HUBS,
                [{"entity_id": k, "entity": e, "hub_id": device.hub_id} for k, e in claims.items()],
            )
        if rows:
            if store.is_sqlite:
                _insert_many(session, EVENTS, rows)
            else:  # the driver's pipeline beat one unnested statement here (docs/performance.md)
                session.execute(insert(EVENTS), rows)
            _project(session, device, fresh)
            project_dashboard(session, device.hub_id, fresh)
            project_directory(session, device.hub_id, fresh)
            _forget_erased(session, device.hub_id, fresh)
        values: dict[str, Any] = {"last_seen_at": now}
        if device_time is not None:
            values["clock_skew_s"] = (device_time - now).total_seconds()
        if fresh:
            top = max(e.seq for e in fresh)
            row = session.get(CentralDevice, device.id)
            if row is not None and top > row.last_seq:
                values["last_seq"] = top
        session.execute(update(CentralDevice).where(CentralDevice.id == device.id).values(values))
    return result


# Footfall fields that name another record by id: each must be a record of the device's own hub.
# `hub_id` is checked on its own (it must be the device's hub); `id` is the record itself.
def _references(event: WireEvent) -> list[uuid.UUID]:
    out = []
    for name, value in event.footfall.items():
        if name.endswith("_id") and name != "hub_id" and type(value) is str:
            ref = _uuid_of(value[:64])
            if ref is not None:
                out.append(ref)
    return out


def _owners(
    session: Session, events: list[WireEvent], refs: dict[uuid.UUID, list[uuid.UUID]]
) -> dict[uuid.UUID, tuple[str, uuid.UUID]]:
    """{record id: (entity, hub)} for every record `events` are about or name (`refs`: the
    records each event names, by event id)."""
    wanted = {e.entity_id for e in events}
    for event in events:
        wanted.update(refs[event.event_id])
    out: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
    for chunk in _chunks(sorted(wanted), 500):
        for entity_id, entity, hub_id in session.execute(
            select(ENTITY_HUBS.c.entity_id, ENTITY_HUBS.c.entity, ENTITY_HUBS.c.hub_id).where(
                ENTITY_HUBS.c.entity_id.in_(chunk)
            )
        ):
            out[entity_id] = (entity, hub_id)
    return out


def _trespass(
    event: WireEvent,
    refs: list[uuid.UUID],
    hub_id: uuid.UUID,
    owners: dict[uuid.UUID, tuple[str, uuid.UUID]],
    claims: dict[uuid.UUID, str],
) -> Reason | None:
    """Why `event` may not be stored for a device of `hub_id`, if it may not: it is about a
    record of another hub, or names one (WRONG_HUB); or its id is a record of another kind
    (CONFLICT). Records nobody has claimed yet are this hub's from now on."""
    if event.entity == "hub" and event.entity_id != hub_id:
        return Reason.WRONG_HUB  # a device's hub is the only hub record it may send
    held = owners.get(event.entity_id)
    if held is not None:
        if held[1] != hub_id:
            return Reason.WRONG_HUB
        if held[0] != event.entity:
            return Reason.CONFLICT
    elif claims.get(event.entity_id, event.entity) != event.entity:
        return Reason.CONFLICT
    for ref in refs:
        owner = owners.get(ref)
        if owner is not None and owner[1] != hub_id:
            return Reason.WRONG_HUB
    return None


ERASED_OP = "erased"  # the op a device gives the events of an erasure (services/erasure.py)


def _forget_erased(session: Session, hub_id: uuid.UUID, fresh: list[WireEvent]) -> None:
    """Drop the sealed personal part of every event about an erased record.

    When a record's erasure arrives, the sealed parts of its earlier events go (the service
    cannot read them, but a device of the hub pulling from the start could). An older event
    that arrives after the erasure, from a device that had not heard of it, is stored without
    its sealed part too. The footfall fields stay: counts survive erasure.
    """
    erased = {e.entity_id for e in fresh if e.op == ERASED_OP}
    late = {e.entity_id for e in fresh if e.op != ERASED_OP and e.sealed is not None} - erased
    for chunk in _chunks(sorted(late), 500):
        erased.update(
            session.scalars(
                select(EVENTS.c.entity_id)
                .where(EVENTS.c.entity_id.in_(chunk), EVENTS.c.op == ERASED_OP)
                .distinct()
            )
        )
    for chunk in _chunks(sorted(erased), 500):
        session.execute(
            update(EVENTS)
            .where(
                EVENTS.c.hub_id == hub_id,
                EVENTS.c.entity_id.in_(chunk),
                EVENTS.c.op != ERASED_OP,
                EVENTS.c.sealed.is_not(None),
            )
            .values(sealed=None)
        )


def _parse_dt(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
        return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def _as_uuid(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    return _uuid_of(str(value)[:64])


@functools.lru_cache(maxsize=4096)
def _uuid_of(text: str) -> uuid.UUID | None:
    """Site and device ids repeat across a batch: parse each once."""
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _as_int(value: Any) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100_000
    return value if ok else 0


def _decile(value: Any) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10
    return value if ok else None


def _as_bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


VISITS = CentralVisit.metadata.tables["central_visits"]
EVENTS = CentralEvent.metadata.tables["events"]
ENTITY_HUBS = EntityHub.metadata.tables["entity_hubs"]


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _visit_values(device: AuthedDevice, event: WireEvent) -> dict[str, Any]:
    f = event.footfall
    values: dict[str, Any] = {
        "hub_id": device.hub_id,
        "site_id": _as_uuid(f.get("site_id")) or device.hub_id,
        "device_id": _as_uuid(f.get("device_id")) or device.id,
        "family_id": _as_uuid(f.get("family_id")),
        "activity_id": _as_uuid(f.get("activity_id")),
        "reason": _text(f.get("reason"), 20) or "",
        "signed_in_at": _parse_dt(f.get("signed_in_at")) or event.occurred_at,
        "signed_out_at": _parse_dt(f.get("signed_out_at")),
        "postcode_district": _text(f.get("postcode_district"), 4),
        "is_new": _as_bool(f.get("is_new")),
        "first_time_any_hub": _as_bool(f.get("first_time_any_hub")),
        "updated_at": _parse_dt(f.get("updated_at")) or event.occurred_at,
        "event_id": event.event_id,
        # areas of the party's postcode (checked by protocol.check_footfall)
        "ward_code": f.get("ward_code") if isinstance(f.get("ward_code"), str) else None,
        "lsoa_code": f.get("lsoa_code") if isinstance(f.get("lsoa_code"), str) else None,
        "imd_decile": _decile(f.get("imd_decile")),
    }
    for column in VISIT_COUNT_COLUMNS:
        values[column] = _as_int(f.get(column))
    return values


def _text(value: Any, limit: int) -> str | None:
    if value is None or value == "":
        return None
    return str(value)[:limit]


@functools.lru_cache(maxsize=256)
def _processor(kind: Any, dialect: Any) -> Any:
    return kind.bind_processor(dialect)


def _insert_many(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert a batch of rows. On PostgreSQL as one statement (the rows passed as one array a
    column and unnested): the driver sends one statement instead of one a row, and a visits
    batch reaches the roll-ups' statement trigger together (migration c0014). Measured:
    docs/performance.md ("Service ingest")."""
    dialect = session.get_bind().dialect
    names = list(rows[0])
    if dialect.name == "sqlite":
        # each value through its column type's own bind processing (exactly what SQLAlchemy
        # would send), without SQLAlchemy's per-row parameter work: most of the Python time
        # of a batch's inserts (measured, docs/performance.md)
        by_column = []
        for name in names:
            values = [row.get(name) for row in rows]
            process = _processor(table.c[name].type, dialect)
            by_column.append([process(v) for v in values] if process else values)
        marks = ", ".join("?" * len(names))
        session.connection().exec_driver_sql(
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})",  # noqa: S608
            list(zip(*by_column, strict=True)),
        )
        return
    if dialect.name != "postgresql":
        session.execute(insert(table), rows)
        return
    columns = [table.c[name] for name in names]
    arrays: dict[str, list[Any]] = {}
    for column in columns:
        values = [row.get(column.name) for row in rows]
        if isinstance(column.type, UTCDateTime):  # what its bind processing does, for an array
            values = [v.astimezone(UTC).replace(tzinfo=None) if v is not None else None
                      for v in values]  # fmt: skip
        arrays[f"a_{column.name}"] = values
    casts = ", ".join(f"CAST(:a_{c.name} AS {c.type.compile(dialect=dialect)}[])" for c in columns)
    session.execute(
        text(f"INSERT INTO {table.name} ({', '.join(names)}) SELECT * FROM unnest({casts})"),  # noqa: S608
        arrays,
    )


def order_of(event: WireEvent) -> str:
    """Where a change sorts among the changes to its record: its clock stamp (`hlc`), or, from an
    app version without stamps, its `updated_at` (hubdesk.domain.hlc.order_key)."""
    return hlc.order_key(
        event.footfall.get("hlc"), _parse_dt(event.footfall.get("updated_at")) or event.occurred_at
    )


def _latest(events: list[WireEvent], entity: str) -> dict[uuid.UUID, list[WireEvent]]:
    """The changes to each record of `entity` in a batch, latest (by clock stamp) last."""
    out: dict[uuid.UUID, list[WireEvent]] = {}
    for event in events:
        if event.entity == entity:
            out.setdefault(event.entity_id, []).append(event)
    for changes in out.values():
        if len(changes) > 1:  # most records change once in a batch: nothing to order
            changes.sort(key=order_of)
    return out


def _earliest(*values: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def _project(session: Session, device: AuthedDevice, events: list[WireEvent]) -> None:
    """Keep the footfall projections (sites, visits) up to date: the latest change by clock stamp
    wins, never by a device's wall clock alone; a visit keeps its earliest sign-in and, once
    signed out, stays out, whatever order the changes come in (docs/sync-protocol.md, "Order")."""
    visits = _latest(events, "visit")
    if visits:
        # Core, not ORM objects: this runs for every visit event, on the ingest path.
        held: dict[uuid.UUID, Any] = {}
        for chunk in _chunks(list(visits), 500):
            rows = session.execute(
                select(
                    VISITS.c.id, VISITS.c.hlc, VISITS.c.updated_at, VISITS.c.signed_in_at,
                    VISITS.c.signed_out_at,
                ).where(VISITS.c.id.in_(chunk))
            )  # fmt: skip
            held.update({row.id: row for row in rows})
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for visit_id, changes in visits.items():
            values = _visit_values(device, changes[-1])
            values["hlc"] = order_of(changes[-1])
            came = [_visit_values(device, c) for c in changes[:-1]]
            signed_in = _earliest(values["signed_in_at"], *(v["signed_in_at"] for v in came))
            signed_out = _earliest(values["signed_out_at"], *(v["signed_out_at"] for v in came))
            current = held.get(visit_id)
            if current is None:
                inserts.append(
                    {"id": visit_id, **values, "signed_in_at": signed_in,
                     "signed_out_at": signed_out}
                )  # fmt: skip
                continue
            held_order = hlc.order_key(current.hlc, current.updated_at)
            signed_in = _earliest(signed_in, current.signed_in_at)
            signed_out = _earliest(signed_out, current.signed_out_at)
            if values["hlc"] < held_order:  # older changes: only the sign-in and sign-out merge
                if (signed_in, signed_out) != (current.signed_in_at, current.signed_out_at):
                    session.execute(
                        update(VISITS)
                        .where(VISITS.c.id == visit_id)
                        .values(signed_in_at=signed_in, signed_out_at=signed_out)
                    )
                continue
            updates.append(
                {"b_id": visit_id, **values, "signed_in_at": signed_in, "signed_out_at": signed_out}
            )
        if inserts:
            _insert_many(session, VISITS, inserts)
        if updates:
            session.execute(update(VISITS).where(VISITS.c.id == bindparam("b_id")), updates)
    for site_id, changes in _latest(events, "site").items():
        event = changes[-1]
        f = event.footfall
        site_values: dict[str, Any] = {
            "name": str(f.get("name", ""))[:120],
            "kind": str(f.get("kind", ""))[:20],
            "postcode": str(f["postcode"])[:8] if f.get("postcode") else None,
            "active": f.get("active") is not False,
            "updated_at": _parse_dt(f.get("updated_at")) or event.occurred_at,
            "hlc": order_of(event),
        }
        current_site = session.get(CentralSite, site_id)
        if current_site is None:
            session.add(CentralSite(id=site_id, hub_id=device.hub_id, **site_values))
        elif current_site.hub_id == device.hub_id and site_values["hlc"] >= hlc.order_key(
            current_site.hlc, current_site.updated_at
        ):
            for name, value in site_values.items():
                setattr(current_site, name, value)
    session.flush()


# -- pull -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredEvent:
    server_id: int
    device_id: uuid.UUID
    event: WireEvent


def pull(
    store: CentralStore, device: AuthedDevice, after: int, limit: int
) -> tuple[list[StoredEvent], bool]:
    """The hub's events with server id above `after`, oldest first; and whether more follow."""
    with store.read() as session:
        rows = session.execute(
            select(CentralEvent)
            .where(CentralEvent.hub_id == device.hub_id, CentralEvent.id > after)
            .order_by(CentralEvent.id)
            .limit(limit + 1)
        ).scalars()
        out = [
            StoredEvent(
                r.id,
                r.device_id,
                WireEvent(
                    r.event_id,
                    r.device_seq,
                    r.entity,
                    r.entity_id,
                    r.op,
                    r.occurred_at,
                    r.footfall,
                    r.sealed,
                ),
            )
            for r in rows
        ]
    return out[:limit], len(out) > limit


def skew_flagged(skew_s: float | None) -> bool:
    return skew_s is not None and abs(skew_s) > CLOCK_SKEW_LIMIT_S
