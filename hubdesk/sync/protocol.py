"""The sync wire format, version 1 (docs/sync-protocol.md is the prose version of this file).

Shared by the device (`hubdesk.sync.client`, `hubdesk.sync.engine`) and the central service
(`hubdesk.central`), so it is plain Python: no storage, no HTTP library, no pydantic.

A pushed event on the wire (short keys keep batches small; the batch is gzip-compressed JSON)::

    {"id": "<event uuid>", "seq": <device sequence>, "e": "<entity>", "k": "<entity uuid>",
     "op": "<op>", "at": "<occurred_at, ISO 8601 with offset>", "f": {<footfall fields>},
     "p": "<sealed personal fields>" | null}

The footfall object omits `id` (it is `k`); receivers put it back (`footfall_with_id`).
"""

from __future__ import annotations

import enum
import gzip
import hashlib
import ipaddress
import json
import math
import re
import unicodedata
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from hubdesk.domain.catalogue import (
    ActivityKind,
    BookingStatus,
    ContactChannel,
    DeviceKind,
    Face,
    Need,
    Outcome,
    SignOutBy,
    SiteKind,
    VisitReason,
    VoiceAnswer,
    VoiceQuestionCode,
    VoiceSource,
)
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.offer import (
    OFFER_ACCESS_MAX,
    OFFER_AGE_MAX,
    OFFER_COST_MAX_PENCE,
    OFFER_DESCRIPTION_MAX,
)
from hubdesk.domain.postcode import Postcode, validate_district
from hubdesk.domain.staff import StaffRole

PROTOCOL_VERSION = 1

# Limits. The service enforces them; the client keeps under them.
MAX_BATCH_EVENTS = 500
MAX_BODY_BYTES = 1 << 20  # compressed request body
MAX_DECOMPRESSED_BYTES = 16 << 20  # a gzip bomb is refused, not inflated
MAX_EVENT_BYTES = 64 << 10  # one event's footfall plus sealed part, as JSON
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 500
CLOCK_SKEW_LIMIT_S = 120.0

# The entities a device sends (kept equal to hubdesk.storage.snapshots.ENTITIES by a test).
ENTITIES = frozenset(
    {
        "hub",
        "site",
        "device",
        "family",
        "member",
        "pass",
        "visit",
        "contact",
        "activity",
        "staff",
        "alert",
        "booking",
        "voice_question",
        "voice_response",
    }
)
_OP = re.compile(r"^[a-z][a-z_]{0,19}$")
_SEALED = re.compile(r"^[A-Za-z0-9+/=_.:-]{1,65536}$")  # base64 text with a version prefix

AUTH_SCHEME = "Bearer"
CREDENTIAL_PREFIX = "hd1"
ENROL_QR_PREFIX = "hubdesk-enrol:1:"
HEADER_DEVICE_TIME = "X-Hubdesk-Device-Time"


class Reason(enum.StrEnum):
    """Machine-readable reasons, in error bodies (`{"error": {"reason": ...}}`) and per event."""

    # request level
    BAD_CREDENTIAL = "bad_credential"
    UNKNOWN_DEVICE = "unknown_device"
    DEVICE_REVOKED = "device_revoked"
    RATE_LIMITED = "rate_limited"
    TOO_LARGE = "too_large"
    BAD_ENCODING = "bad_encoding"
    INVALID_REQUEST = "invalid_request"
    UNSUPPORTED_VERSION = "unsupported_version"
    TOO_MANY_EVENTS = "too_many_events"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    CODE_UNKNOWN = "code_unknown"
    CODE_EXPIRED = "code_expired"
    CODE_USED = "code_used"
    DEVICE_EXISTS = "device_exists"
    HUB_MISMATCH = "hub_mismatch"
    HUB_KEY_SET = "hub_key_already_set"
    # event level
    BAD_EVENT = "bad_event"
    BAD_EVENT_ID = "bad_event_id"
    UNKNOWN_ENTITY = "unknown_entity"
    BAD_ENTITY_ID = "bad_entity_id"
    BAD_OP = "bad_op"
    BAD_TIME = "bad_time"
    BAD_SEQ = "bad_seq"
    BAD_FOOTFALL = "bad_footfall"
    BAD_SEALED = "bad_sealed"
    EVENT_TOO_LARGE = "event_too_large"
    WRONG_HUB = "wrong_hub"
    DUPLICATE_IN_BATCH = "duplicate_in_batch"
    CONFLICT = "conflict"


class EventStatus(enum.StrEnum):
    ACCEPTED = "accepted"  # stored now
    DUPLICATE = "duplicate"  # stored before, identical body: success
    CONFLICT = "conflict"  # stored before with a different body: refused
    REJECTED = "rejected"  # refused, with a reason


class ProtocolError(ValueError):
    """A message does not follow the protocol. `reason` is a Reason; `field` names where, when
    it is one field (`f.reason`: the footfall field `reason`; `id`, `at`, ...)."""

    def __init__(self, reason: Reason, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.field = field


@dataclass(frozen=True)
class WireEvent:
    """One outbox event as it travels."""

    event_id: uuid.UUID
    seq: int
    entity: str
    entity_id: uuid.UUID
    op: str
    occurred_at: datetime
    footfall: dict[str, Any]
    sealed: str | None

    def to_wire(self) -> dict[str, Any]:
        footfall = dict(self.footfall)
        if footfall.get("id") == str(self.entity_id):
            del footfall["id"]
        return {
            "id": str(self.event_id),
            "seq": self.seq,
            "e": self.entity,
            "k": str(self.entity_id),
            "op": self.op,
            "at": self.occurred_at.isoformat(),
            "f": footfall,
            "p": self.sealed,
        }

    def body_hash(self) -> str:
        """What "the same event" means: a resend must match this exactly."""
        return body_hash(self.seq, self.entity, self.entity_id, self.op, self.occurred_at,
                         self.footfall, self.sealed is not None)  # fmt: skip


def body_hash(
    seq: int,
    entity: str,
    entity_id: uuid.UUID,
    op: str,
    occurred_at: datetime,
    footfall: dict[str, Any],
    sealed: bool,
) -> str:
    """SHA-256 of the event's canonical form. The sealed part counts only by its presence: a
    device seals afresh (a new random nonce) each time it sends, and nobody but the hub's devices
    can compare what is inside, so two sealings of the same fields are the same event."""
    canonical = json.dumps(
        [seq, entity, str(entity_id), op, occurred_at.astimezone(UTC).isoformat(),
         footfall_with_id(footfall, entity_id), sealed],
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )  # fmt: skip
    return hashlib.sha256(canonical.encode()).hexdigest()


def footfall_with_id(footfall: dict[str, Any], entity_id: uuid.UUID) -> dict[str, Any]:
    out = dict(footfall)
    out.setdefault("id", str(entity_id))
    return out


def _uuid(value: Any, reason: Reason) -> uuid.UUID:
    field = {Reason.BAD_EVENT_ID: "id", Reason.BAD_ENTITY_ID: "k"}.get(reason)
    if not isinstance(value, str) or len(value) > 36:
        raise ProtocolError(reason, "not a UUID string", field)
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ProtocolError(reason, "not a UUID string", field) from None


def parse_time(value: Any, reason: Reason = Reason.BAD_TIME, field: str = "at") -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ProtocolError(reason, "not an ISO 8601 time", field)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise ProtocolError(reason, "not an ISO 8601 time", field) from None
    if when.tzinfo is None:
        raise ProtocolError(reason, "a time needs its UTC offset", field)
    try:
        return when.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59-23:59 is past the end of time in UTC
        raise ProtocolError(reason, "time out of range", field) from None


def parse_event(obj: Any, *, strict: bool = True) -> WireEvent:
    """A pushed event from its wire form. Raises ProtocolError with the first problem found,
    naming the field. `strict`: also check every footfall field the service knows against its
    closed list or format (`check_footfall`); a device reading pulled events, which the service
    checked when they came in, skips that."""
    if not isinstance(obj, dict):
        raise ProtocolError(Reason.BAD_EVENT, "an event is an object")
    event_id = _uuid(obj.get("id"), Reason.BAD_EVENT_ID)
    seq = obj.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**62:
        raise ProtocolError(Reason.BAD_SEQ, "seq is a positive integer", "seq")
    entity = obj.get("e")
    # a list or an object here is unhashable: `in` would raise TypeError (found by fuzzing)
    if not isinstance(entity, str) or entity not in ENTITIES:
        raise ProtocolError(Reason.UNKNOWN_ENTITY, "unknown entity", "e")
    entity_id = _uuid(obj.get("k"), Reason.BAD_ENTITY_ID)
    op = obj.get("op")
    if not isinstance(op, str) or not _OP.match(op):
        raise ProtocolError(Reason.BAD_OP, "op is a short lower-case word", "op")
    occurred_at = parse_time(obj.get("at"))
    footfall = obj.get("f")
    if type(footfall) is not dict:
        raise ProtocolError(Reason.BAD_FOOTFALL, "footfall is an object", "f")
    if "id" in footfall and footfall["id"] != str(entity_id):
        raise ProtocolError(Reason.BAD_FOOTFALL, "footfall id differs from the entity id", "f.id")
    size = 0
    for name, value in footfall.items():
        # `type(...) is` rather than isinstance: this loop runs for every field of every event
        if name not in _NAMES_SEEN and (type(name) is not str or not _remember_name(name)):
            raise ProtocolError(
                Reason.BAD_FOOTFALL, "footfall names are lower-case words of at most 40", "f"
            )
        kind = type(value)
        if kind is str:
            if not value.isprintable() and not _text_ok(value):
                raise ProtocolError(
                    Reason.BAD_FOOTFALL,
                    "footfall text holds a control character or is not valid Unicode",
                    f"f.{name}",
                )
            size += len(value)
        elif kind is int:
            if not -(2**62) < value < 2**62:
                raise ProtocolError(Reason.BAD_FOOTFALL, "number out of range", f"f.{name}")
        elif kind is float:
            if not math.isfinite(value):  # 1e999 parses as infinity, which is not JSON
                raise ProtocolError(Reason.BAD_FOOTFALL, "number out of range", f"f.{name}")
        elif kind is not bool and value is not None:
            raise ProtocolError(Reason.BAD_FOOTFALL, "footfall values are scalars", f"f.{name}")
        size += len(name) + 8
    if strict:
        check_footfall(entity, footfall)
    sealed = obj.get("p")
    if sealed is not None and (type(sealed) is not str or not _SEALED.match(sealed)):
        raise ProtocolError(Reason.BAD_SEALED, "sealed part is a string or null", "p")
    if size + len(sealed or "") > MAX_EVENT_BYTES:
        raise ProtocolError(Reason.EVENT_TOO_LARGE, "event too large")
    return WireEvent(event_id, seq, entity, entity_id, op, occurred_at, footfall, sealed)


_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# Field names that passed `_FIELD`: the same few dozen come in every event of a batch, so each
# is matched once (bounded, in case a device sends endless new ones).
_NAMES_SEEN: set[str] = set()


def _remember_name(name: str) -> bool:
    if not _FIELD.match(name):
        return False
    if len(_NAMES_SEEN) < 4096:
        _NAMES_SEEN.add(name)
    return True


def _text_ok(value: str) -> bool:
    """Printable or not (a non-breaking space, a right-to-left mark is "not printable" too),
    footfall text must be valid Unicode (no lone UTF-16 surrogate, which JSON's \\uD800 escape
    can carry) and hold no control character: it is one line of a name or a code."""
    return not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value)


# -- footfall: what each field may hold --------------------------------------------------------
# The service reads footfall fields (projections, the dashboard): each one it knows is checked
# against its closed list or format here, so that a device can never put a value the service's
# tables or reports do not expect. Fields it does not know (a newer device's) pass with the
# general checks above.


def _is_uuid(value: Any) -> bool:
    if type(value) is not str or len(value) > 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _is_time(value: Any) -> bool:
    if type(value) is not str or len(value) > 40:
        return False
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return False
    return when.tzinfo is not None


def _is_day(value: Any) -> bool:
    if type(value) is not str or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _whole(low: int, high: int) -> Any:
    return lambda v: type(v) is int and low <= v <= high


def _one_of(values: Any) -> Any:
    allowed = frozenset(str(v) for v in values)
    return lambda v: type(v) is str and v in allowed


def _one_of_ints(values: Any) -> Any:
    allowed = frozenset(int(v) for v in values)
    return lambda v: type(v) is int and v in allowed


def _codes_of(values: Any) -> Any:
    allowed = frozenset(str(v) for v in values)
    return lambda v: type(v) is str and len(v) <= 200 and set(v.split()) <= allowed


def _text(limit: int) -> Any:
    return lambda v: type(v) is str and len(v) <= limit


def _district(value: Any) -> bool:
    try:
        return bool(validate_district(value) == value)
    except ValidationError:
        return False


def _postcode(value: Any) -> bool:
    try:
        return type(value) is str and str(Postcode.parse(value)) == value
    except ValidationError:
        return False


def _districts(value: Any) -> bool:
    return (
        type(value) is str
        and len(value) <= 2000
        and all(_district(d) for d in value.replace(",", " ").split())
    )


_GSS = re.compile(r"^[EWSN]\d{8}$")
# A hybrid logical clock stamp as it travels (hubdesk.domain.hlc): milliseconds since the epoch
# (13 digits), a counter (5 digits) and the device that made it (32 hex digits).
HLC_PATTERN = re.compile(r"^\d{13}\.\d{5}\.[0-9a-f]{32}$")
_BOOL = lambda v: type(v) is bool  # noqa: E731
_COUNT = _whole(0, 1000)
_UUID = _is_uuid
_TIME = _is_time
_NULLABLE = object()  # marks a rule whose field may also be null

_FIELD_RULES: dict[str, Any] = {
    **dict.fromkeys(
        (
            "id",
            "hub_id",
            "site_id",
            "device_id",
            "family_id",
            "activity_id",
            "staff_id",
            "merged_into_id",
            "assigned_staff_id",
        ),
        _UUID,
    ),
    **dict.fromkeys(
        (
            "created_at",
            "updated_at",
            "signed_in_at",
            "signed_out_at",
            "raised_at",
            "issued_at",
            "revoked_at",
            "starts_at",
            "ends_at",
            "contacted_at",
            "follow_up_done_at",
            "last_visit_at",
            "erased_at",
            "last_seen_at",
            "locked_until",
        ),
        _TIME,
    ),
    **dict.fromkeys(
        (
            "adults_mother",
            "adults_father",
            "adults_carer",
            "adults_grandparent",
            "adults_other",
            "male_carers",
            "children_0_1",
            "children_2_4",
            "children_5_11",
            "children_12_16",
            "children_17_19",
            "children_20_25",
            "send_children",
            "people",
        ),
        _COUNT,
    ),
    **dict.fromkeys(
        ("is_new", "first_time_any_hub", "active", "cancelled", "is_child", "removed"), _BOOL
    ),
    "follow_up_due": _is_day,
    "minutes_spent": _whole(0, 9999),
    "capacity": _whole(0, 100_000),
    "retention_months": _whole(1, 120),
    "privacy_notice_version": _whole(1, 2**31 - 1),
    "failed_attempts": _whole(0, 2**31 - 1),
    "postcode_district": _district,
    "ward_code": lambda v: type(v) is str and bool(_GSS.match(v)),
    "lsoa_code": lambda v: type(v) is str and bool(_GSS.match(v)),
    "imd_decile": _whole(1, 10),
    "name": _text(120),
    "code": _text(20),
    "hlc": lambda v: type(v) is str and bool(HLC_PATTERN.match(v)),
}
_ENTITY_RULES: dict[str, dict[str, Any]] = {
    "visit": {"reason": _one_of(VisitReason), "signed_out_by": _one_of(SignOutBy)},
    "contact": {
        "channel": _one_of(ContactChannel),
        "needs": _codes_of(Need),
        "outcomes": _codes_of(Outcome),
    },
    "site": {"kind": _one_of(SiteKind), "postcode": _postcode},
    "device": {"kind": _one_of(DeviceKind)},
    "activity": {
        "kind": _one_of(ActivityKind),
        # the public offer (migration 0015_public_offer): published by the service's directory
        "public": _BOOL,
        "offer_booking": _BOOL,
        "offer_min_age": _whole(0, OFFER_AGE_MAX),
        "offer_max_age": _whole(0, OFFER_AGE_MAX),
        "offer_cost_pence": _whole(0, OFFER_COST_MAX_PENCE),
        "offer_description": _text(OFFER_DESCRIPTION_MAX),
        "offer_access": _text(OFFER_ACCESS_MAX),
        "offer_contact": _text(120),
        "offer_email": _text(254),
    },
    "staff": {"role": _one_of(StaffRole)},
    "hub": {"reach_districts": _districts},
    "alert": {"kind": _text(20)},
    "booking": {"status": _one_of(BookingStatus)},
    "voice_question": {
        "code": _one_of(VoiceQuestionCode),
        "version": _whole(1, 100_000),
        "position": _whole(1, 2),
        **dict.fromkeys(("text_en", "text_pl", "text_ro", "text_ur", "text_ar"), _text(160)),
        "retired_at": _TIME,
    },
    "voice_response": {
        "day": _is_day,
        "reason": _one_of(VisitReason),
        "source": _one_of(VoiceSource),
        "rating": _one_of_ints(Face),
        "question_version": _whole(1, 100_000),
        "answer_1": _one_of(VoiceAnswer),
        "answer_2": _one_of(VoiceAnswer),
    },
}


def check_footfall(entity: str, footfall: dict[str, Any]) -> None:
    """Every footfall field the service knows holds a value from its closed list or in its
    format; ProtocolError(BAD_FOOTFALL) naming the first that does not."""
    rules = _RULES.get(entity, _FIELD_RULES)
    for name, value in footfall.items():
        rule = rules.get(name)
        if rule is None:
            continue
        if value is None:
            if (entity, name) in _MUST:
                raise ProtocolError(Reason.BAD_FOOTFALL, "field is required", f"f.{name}")
            continue
        if not rule(value):
            raise ProtocolError(Reason.BAD_FOOTFALL, "not a value this field may hold", f"f.{name}")


# every rule of each entity in one table: one look-up a field on the ingest path
_RULES = {entity: {**_FIELD_RULES, **_ENTITY_RULES.get(entity, {})} for entity in ENTITIES}
# (entity, field) that may not be null
_MUST = frozenset(
    {("visit", "people"), ("visit", "reason"), ("visit", "signed_in_at"),
     ("contact", "channel"), ("contact", "contacted_at"),
     ("voice_response", "day"), ("voice_response", "reason"), ("voice_response", "source"),
     ("voice_question", "version"), ("voice_question", "position"), ("voice_question", "code")}
)  # fmt: skip


def pulled_event_to_wire(server_id: int, device_id: uuid.UUID, event: WireEvent) -> dict[str, Any]:
    wire = event.to_wire()
    wire["n"] = server_id
    wire["d"] = str(device_id)
    return wire


@dataclass(frozen=True)
class PulledEvent:
    server_id: int
    device_id: uuid.UUID
    event: WireEvent


def parse_pulled_event(obj: Any) -> PulledEvent:
    if not isinstance(obj, dict):
        raise ProtocolError(Reason.BAD_EVENT, "an event is an object")
    server_id = obj.get("n")
    if not isinstance(server_id, int) or server_id <= 0:
        raise ProtocolError(Reason.BAD_EVENT, "n is a positive integer")
    device_id = _uuid(obj.get("d"), Reason.BAD_EVENT)
    return PulledEvent(server_id, device_id, parse_event(obj, strict=False))


# -- bodies -----------------------------------------------------------------------------------


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def gzip_json(obj: Any, level: int = 6) -> bytes:
    return gzip.compress(dumps(obj), compresslevel=level, mtime=0)


def gunzip_limited(data: bytes, limit: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Inflate a gzip body, refusing (TOO_LARGE) to produce more than `limit` bytes."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise ProtocolError(Reason.BAD_ENCODING, "body is not valid gzip") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise ProtocolError(Reason.TOO_LARGE, "body inflates beyond the limit")
    if not inflater.eof:
        raise ProtocolError(Reason.BAD_ENCODING, "gzip body is truncated")
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def loads(data: bytes) -> Any:
    """JSON in; NaN and Infinity (not JSON) are refused."""
    try:
        return json.loads(data, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise ProtocolError(Reason.BAD_ENCODING, "body is not JSON") from None


def push_body(events: list[WireEvent], sent_at: datetime) -> dict[str, Any]:
    return {
        "v": PROTOCOL_VERSION,
        "sent_at": sent_at.isoformat(),
        "events": [e.to_wire() for e in events],
    }


def check_version(obj: Any) -> None:
    if not isinstance(obj, dict):
        raise ProtocolError(Reason.INVALID_REQUEST, "body is an object")
    if obj.get("v") != PROTOCOL_VERSION:
        raise ProtocolError(Reason.UNSUPPORTED_VERSION, "unsupported protocol version")


# -- credentials and enrolment codes ---------------------------------------------------------


def make_credential(device_id: uuid.UUID, secret: str) -> str:
    return f"{CREDENTIAL_PREFIX}.{device_id}.{secret}"


def split_credential(token: str) -> tuple[uuid.UUID, str]:
    """(device id, secret) of a device credential; ProtocolError(BAD_CREDENTIAL) if malformed."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != CREDENTIAL_PREFIX or not 20 <= len(parts[2]) <= 100:
        raise ProtocolError(Reason.BAD_CREDENTIAL, "malformed credential")
    try:
        return uuid.UUID(parts[1]), parts[2]
    except ValueError:
        raise ProtocolError(Reason.BAD_CREDENTIAL, "malformed credential") from None


def secret_hash(secret: str) -> str:
    """Credentials and enrolment codes are long random strings, so one SHA-256 is enough."""
    return hashlib.sha256(secret.encode()).hexdigest()


_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32


def normalise_code(text: str) -> str:
    """An enrolment code as typed: case, spaces and dashes do not matter; O means 0, I/L mean 1."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if not 8 <= len(cleaned) <= 32 or any(c not in _CODE_ALPHABET for c in cleaned):
        raise ProtocolError(Reason.CODE_UNKNOWN, "not an enrolment code")
    return cleaned


def format_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def enrol_qr_text(url: str, code: str) -> str:
    """What an enrolment QR code holds: the service address and the code."""
    return f"{ENROL_QR_PREFIX}{code}:{url}"


def parse_enrol_text(text: str) -> tuple[str, str | None]:
    """(code, url or None) from a typed code or the text of a scanned enrolment QR code."""
    text = text.strip()
    if text.startswith(ENROL_QR_PREFIX):
        rest = text[len(ENROL_QR_PREFIX) :]
        code, _, url = rest.partition(":")
        return normalise_code(code), (url or None)
    return normalise_code(text), None


class InsecureURLError(ValidationError):
    """http:// to anything but loopback."""

    def __init__(self) -> None:
        super().__init__("url", "not_https", "must be an https:// address")


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "https":
        return url.rstrip("/")
    if parts.scheme == "http":
        host = parts.hostname or ""
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if loopback:
            return url.rstrip("/")
    raise InsecureURLError
