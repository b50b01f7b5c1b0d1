"""The public offer as Open Referral UK (the UK profile of HSDS 3.0) documents.

A *service* is a hub's group of public sessions of one name ("Stay and Play" at Riverside): its
schedules are the sessions to come, one schedule each, at the service's locations (the hub's
sites and outreach points); the *organization* is the hub. What describes the service (its
description, ages, cost, booking, accessibility, contact) is that of its latest-changed session.

Only the fields below are ever written, each one a property of the profile's compiled schemas
(service.json, service_list.json); ids are UUIDs, derived ones stable (uuid5) so a directory
that harvests twice sees the same records.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

from hubdesk.central.directory.queries import PublicSession
from hubdesk.domain.catalogue import SiteKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.postcode import Postcode, parse_optional_postcode, validate_district
from hubdesk.measures.localtime import HUB_TZ

# Derived ids (services, service-at-locations, contacts, cost options, accessibility) are uuid5s
# in this namespace, of the records they come from.
NAMESPACE = uuid.UUID("5f0c6a52-3b1e-4d8e-9a57-8a1f3c2d7e11")
PROFILE_URL = "https://github.com/openreferral/uk-profile"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/openapi.json"
HSDS_VERSION = "3.0"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 500
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

SITE_WORDS = {
    SiteKind.HUB.value: "Family hub",
    SiteKind.FIRE_STATION.value: "Outreach point at a fire station",
    SiteKind.MILITARY_BASE.value: "Outreach point at a military base",
    SiteKind.SCHOOL.value: "Outreach point at a school",
    SiteKind.COMMUNITY_VENUE.value: "Outreach point at a community venue",
}


def _derived(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def service_id_of(hub_id: uuid.UUID, name: str) -> str:
    return _derived("service", hub_id, name.casefold())


@dataclass
class Service:
    """A hub's public sessions of one name, upcoming first."""

    id: str
    sessions: list[PublicSession] = field(default_factory=list)

    @property
    def latest(self) -> PublicSession:
        """The session whose offer describes the service: the latest changed."""
        return max(self.sessions, key=lambda s: (s.hlc, s.updated_at.isoformat(), str(s.id)))

    @property
    def on(self) -> list[PublicSession]:
        return [s for s in self.sessions if not s.cancelled]


def group(sessions: Iterable[PublicSession]) -> list[Service]:
    """Sessions grouped into services, by hub and name (case apart), ordered by name then id."""
    out: dict[str, Service] = {}
    for s in sessions:
        sid = service_id_of(s.hub.id, s.name)
        out.setdefault(sid, Service(sid)).sessions.append(s)
    return sorted(out.values(), key=lambda v: (v.latest.name.casefold(), v.id))


def _local(at: datetime) -> datetime:
    return at.astimezone(HUB_TZ)


def _hhmm(at: datetime) -> str:
    return _local(at).strftime("%H:%M")


def _when(s: PublicSession) -> str:
    start = _local(s.starts_at)
    return f"{start:%A} {start.day} {start:%B %Y}, {_hhmm(s.starts_at)} to {_hhmm(s.ends_at)}"


def _organization(s: PublicSession, *, listed: bool) -> dict[str, Any]:
    org: dict[str, Any] = {
        "id": str(s.hub.id),
        "name": s.hub.name,
        "description": f"{s.hub.name}: a family hub, with its sites and outreach points.",
    }
    if not listed and s.email:
        org["email"] = s.email
    return org


def _one_to_one(service: Service, now: datetime) -> dict[str, Any]:
    """The service's one-to-one fields (what the profile's listing carries)."""
    s = service.latest
    doc: dict[str, Any] = {
        "id": service.id,
        "name": s.name,
        "status": "active" if any(x.ends_at > now for x in service.on) else "temporarily closed",
        "organization_id": str(s.hub.id),
        "last_modified": max(x.updated_at for x in service.sessions).isoformat(),
    }
    if s.description:
        doc["description"] = s.description
    if s.email:
        doc["email"] = s.email
    if s.min_age is not None:
        doc["minimum_age"] = s.min_age
    if s.max_age is not None:
        doc["maximum_age"] = s.max_age
    doc["fees"] = s.fees
    cancelled = [x for x in service.sessions if x.cancelled and x.starts_at > now]
    if cancelled:
        doc["alert"] = "Cancelled: " + "; ".join(
            f"{_when(x)} at {x.place.name}" for x in cancelled[:5]
        )
    return doc


def listed(service: Service, now: datetime) -> dict[str, Any]:
    """An item of `GET /services` (service_list.json)."""
    doc = _one_to_one(service, now)
    doc["organization"] = _organization(service.latest, listed=True)
    return doc


def full(service: Service, now: datetime) -> dict[str, Any]:
    """`GET /services/{id}`: the fully nested service (service.json)."""
    s = service.latest
    doc = _one_to_one(service, now)
    doc["organization"] = _organization(s, listed=False)
    places = _places(service)
    sal_of = {pid: _derived("sal", service.id, pid) for pid in places}
    doc["service_at_locations"] = [
        _service_at_location(service.id, sal_of[pid], x) for pid, x in places.items()
    ]
    doc["schedules"] = [
        _schedule(service.id, sal_of[x.place.id], x) for x in service.on if x.ends_at > now
    ]
    doc["cost_options"] = [
        {
            "id": _derived("cost", service.id),
            "service_id": service.id,
            "option": "Free" if s.cost_pence == 0 else "Per session",
            "amount": s.cost_pence / 100,
            "amount_description": s.fees,
        }
    ]
    if s.contact:
        doc["contacts"] = [
            {
                "id": _derived("contact", service.id),
                "service_id": service.id,
                "name": s.contact,
                "title": "Hub contact",
            }
        ]
    return doc


def _places(service: Service) -> dict[uuid.UUID, PublicSession]:
    """Where the service runs, by place (ordered by its name): the latest changed session at
    each place describes the service there."""
    places: dict[uuid.UUID, PublicSession] = {}
    for x in sorted(service.sessions, key=lambda x: (x.hlc, x.updated_at.isoformat())):
        places[x.place.id] = x
    return dict(sorted(places.items(), key=lambda p: (p[1].place.name, str(p[0]))))


def service_at_locations(service: Service, f: Filters, now: datetime) -> list[dict[str, Any]]:
    """Items of `GET /service_at_locations`: the one-to-one fields of each place where the
    service runs that the filters keep (the filters of `matches`, and `postcode`: a place in the
    same postcode district, since the service keeps no coordinates or service areas)."""
    if not matches(service, f, now):
        return []
    out = []
    for pid, x in _places(service).items():
        if f.postcode_district is not None:
            place = parse_optional_postcode(x.place.postcode) if x.place.postcode else None
            if place is None or place.district != f.postcode_district:
                continue
        out.append(
            {
                "id": _derived("sal", service.id, pid),
                "service_id": service.id,
                "location_id": str(pid),
            }
        )
    return out


def parse_postcode_district(value: str | None) -> str | None:
    """The `postcode` filter: a full postcode or a district, down to its district."""
    if value is None or not value.strip():
        return None
    try:
        return Postcode.parse(value).district
    except ValidationError:
        try:
            return validate_district(value)
        except ValidationError:
            raise BadQueryError("postcode", "is not a UK postcode or postcode district") from None


def _service_at_location(service_id: str, sal_id: str, s: PublicSession) -> dict[str, Any]:
    location: dict[str, Any] = {
        "id": str(s.place.id),
        "location_type": "physical",
        "name": s.place.name,
        "description": SITE_WORDS.get(s.place.kind, "Outreach point")
        + (f", postcode {s.place.postcode}" if s.place.postcode else ""),
    }
    if s.place.postcode:
        location["external_identifier"] = s.place.postcode
        location["external_identifier_type"] = "postcode"
    if s.access:
        location["accessibility"] = [
            {
                "id": _derived("access", sal_id),
                "location_id": str(s.place.id),
                "description": s.access,
            }
        ]
    return {"id": sal_id, "service_id": service_id, "location_id": str(s.place.id),
            "location": location}  # fmt: skip


def _schedule(service_id: str, sal_id: str, s: PublicSession) -> dict[str, Any]:
    start = _local(s.starts_at)
    return {
        "id": str(s.id),
        "service_id": service_id,
        "service_at_location_id": sal_id,
        "valid_from": start.date().isoformat(),
        "valid_to": start.date().isoformat(),
        "dtstart": start.strftime("%Y%m%dT%H%M%S"),
        "byday": DAYS[start.weekday()],
        "opens_at": _hhmm(s.starts_at),
        "closes_at": _hhmm(s.ends_at),
        "description": f"{_when(s)} at {s.place.name}",
        "attending_type": "in_person",
        "notes": s.booking_words,
    }


# -- filters and paging ------------------------------------------------------------------------


class BadQueryError(ValueError):
    """A query parameter the API cannot read: (parameter, message)."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter


def parse_time(value: str | None, parameter: str) -> time | None:
    if value is None or value == "":
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise BadQueryError(parameter, "is a time of day such as 09:30") from None


def parse_day(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    text = value.strip().lower()
    if text.upper() in DAYS:
        return text.upper()
    if text in DAY_NAMES:
        return DAYS[DAY_NAMES.index(text)]
    raise BadQueryError("day", "is a day of the week: MO, TU ... SU, or its name")


@dataclass(frozen=True)
class Filters:
    search: str | None = None
    taxonomy: bool = False  # a taxonomy term or taxonomy was asked for: none is published
    minimum_age: float | None = None
    maximum_age: float | None = None
    start_time: time | None = None
    end_time: time | None = None
    day: str | None = None
    organization_id: str | None = None
    postcode_district: str | None = None  # service-at-locations only


def matches(service: Service, f: Filters, now: datetime) -> bool:
    s = service.latest
    if f.taxonomy:
        return False
    if f.organization_id is not None and str(s.hub.id) != f.organization_id:
        return False
    if f.search:
        words = f.search.casefold().split()
        text = f"{s.name} {s.description or ''} {s.hub.name}".casefold()
        if not all(w in text for w in words):
            return False
    if f.minimum_age is not None and (s.min_age is None or s.min_age < f.minimum_age):
        return False
    if f.maximum_age is not None and (s.max_age is None or s.max_age > f.maximum_age):
        return False
    if f.start_time is None and f.end_time is None and f.day is None:
        return True
    for x in service.on:
        if x.ends_at <= now:
            continue
        start, end = _local(x.starts_at), _local(x.ends_at)
        if f.start_time is not None and start.time() < f.start_time:
            continue
        if f.end_time is not None and end.time() > f.end_time:
            continue
        if f.day is not None and DAYS[start.weekday()] != f.day:
            continue
        return True
    return False


def page(items: list[dict[str, Any]], number: int | None, per_page: int | None) -> dict[str, Any]:
    """The profile's Page: `contents` and the paging fields. Page numbers start at 1."""
    size = DEFAULT_PER_PAGE if per_page is None else per_page
    if not 1 <= size <= MAX_PER_PAGE:
        raise BadQueryError("per_page", f"is between 1 and {MAX_PER_PAGE}")
    at = 1 if number is None else number
    if at < 1:
        raise BadQueryError("page", "starts at 1")
    total_pages = max(1, math.ceil(len(items) / size))
    contents = items[(at - 1) * size : at * size]
    return {
        "total_items": len(items),
        "total_pages": total_pages,
        "page_number": at,
        "size": len(contents),
        "first_page": at == 1,
        "last_page": at >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def meta() -> dict[str, Any]:
    """`GET /`: the API's relation to HSDS."""
    return {"version": HSDS_VERSION, "profile": PROFILE_URL, "openapi_url": OPENAPI_URL}
