"""The public offer over HTTP: read-only, without sign-in, nothing personal.

- `/openreferral/...`: the Open Referral UK API (the profile's OpenAPI description): `/`,
  `/services` (paged, with its filters), `/services/{id}`, `/service_at_locations` (paged, the
  same filters and `postcode`), `/service_at_locations/{id}`,
  `/taxonomies`, `/taxonomy_terms` (none published: empty pages) and their `{id}`s.
- `/calendar/hubs/{hub_id}.ics`, `/calendar/sites/{site_id}.ics`: the iCalendar feeds.

Every request reads the projection afresh, so what a desk changed is published as soon as its
event has reached the service. `clock` is the service's (tests pass a fixed one).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query
from fastapi.responses import JSONResponse, Response

from hubdesk.central.directory import calendar, oruk, queries
from hubdesk.central.store import CentralStore

ORUK_PREFIX = "/openreferral"
CALENDAR_PREFIX = "/calendar"
AHEAD = timedelta(days=366)  # how far ahead the directory and the feeds publish
FEED_BEHIND = timedelta(days=28)  # how far back a feed keeps sessions (a family's recent week)
# public, read-only: any directory or web page may read it; caches may keep it a few minutes
HEADERS = {"Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300"}


def _json(body: dict[str, Any], status: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=HEADERS)


def _bad(exc: oruk.BadQueryError) -> JSONResponse:
    return _json({"error": {"reason": "invalid_request", "message": str(exc)}}, 400)


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise HTTPException(404, "not found") from None


@dataclass(frozen=True)
class _Asked:
    """The profile's filters as a listing was asked for them, read by `filters()`."""

    search: str | None
    page: int | None
    per_page: int | None
    taxonomy: bool
    minimum_age: float | None
    maximum_age: float | None
    start_time: str | None
    end_time: str | None
    day: str | None

    def filters(self, **more: Any) -> oruk.Filters:
        """The filters, or BadQueryError naming the parameter it cannot read."""
        return oruk.Filters(
            search=self.search,
            taxonomy=self.taxonomy,
            minimum_age=self.minimum_age,
            maximum_age=self.maximum_age,
            start_time=oruk.parse_time(self.start_time, "start_time"),
            end_time=oruk.parse_time(self.end_time, "end_time"),
            day=oruk.parse_day(self.day),
            **more,
        )


def _asked(
    search: str | None = Query(None, max_length=200),
    page: int | None = None,
    per_page: int | None = None,
    taxonomy_term_id: str | None = Query(None, max_length=64),
    taxonomy_id: str | None = Query(None, max_length=64),
    minimum_age: float | None = None,
    maximum_age: float | None = None,
    start_time: str | None = Query(None, max_length=16),
    end_time: str | None = Query(None, max_length=16),
    day: str | None = Query(None, max_length=16),
) -> _Asked:
    """The query parameters every listing of the profile takes."""
    return _Asked(
        search, page, per_page, bool(taxonomy_term_id or taxonomy_id), minimum_age, maximum_age,
        start_time, end_time, day,
    )  # fmt: skip


def mount_directory(
    app: FastAPI, store: CentralStore, clock: Callable[[], datetime] | None = None
) -> None:
    """Add the directory's routes to the service's app."""
    now_of = clock or (lambda: datetime.now(UTC))
    app.include_router(_oruk_router(store, now_of))
    app.include_router(_calendar_router(store, now_of))


def _services(store: CentralStore, now: datetime) -> list[oruk.Service]:
    with store.read() as session:
        return oruk.group(queries.public_sessions(session, since=now, until=now + AHEAD))


def _oruk_router(store: CentralStore, now_of: Callable[[], datetime]) -> APIRouter:
    router = APIRouter(prefix=ORUK_PREFIX, include_in_schema=False)

    @router.get("/")
    def about() -> JSONResponse:
        return _json(oruk.meta())

    @router.get("/services")
    def services(
        asked: _Asked = Depends(_asked),  # noqa: B008 - FastAPI's way
        organization_id: str | None = Query(None, max_length=64),
    ) -> JSONResponse:
        now = now_of()
        try:
            filters = asked.filters(organization_id=organization_id)
            found = [s for s in _services(store, now) if oruk.matches(s, filters, now)]
            return _json(
                oruk.page([oruk.listed(s, now) for s in found], asked.page, asked.per_page)
            )
        except oruk.BadQueryError as exc:
            return _bad(exc)

    @router.get("/services/{service_id}")
    def service(service_id: str) -> JSONResponse:
        now = now_of()
        for s in _services(store, now):
            if s.id == service_id:
                return _json(oruk.full(s, now))
        raise HTTPException(404, "no such service")

    @router.get("/service_at_locations")
    def service_at_locations(
        asked: _Asked = Depends(_asked),  # noqa: B008 - FastAPI's way
        postcode: str | None = Query(None, max_length=16),
        proximity: str | None = Query(None, max_length=16),
    ) -> JSONResponse:
        """The profile's listing of service-at-locations, with their one-to-one fields."""
        now = now_of()
        try:
            if proximity is not None:
                raise oruk.BadQueryError(
                    "proximity", "is not offered: the service keeps no coordinates"
                )
            filters = asked.filters(postcode_district=oruk.parse_postcode_district(postcode))
            found = [
                item
                for s in _services(store, now)
                for item in oruk.service_at_locations(s, filters, now)
            ]
            return _json(oruk.page(found, asked.page, asked.per_page))
        except oruk.BadQueryError as exc:
            return _bad(exc)

    @router.get("/service_at_locations/{sal_id}")
    def service_at_location(sal_id: str) -> JSONResponse:
        """The profile answers with the fully nested service of that service-at-location."""
        now = now_of()
        for s in _services(store, now):
            doc = oruk.full(s, now)
            if any(sal["id"] == sal_id for sal in doc["service_at_locations"]):
                return _json(doc)
        raise HTTPException(404, "no such service at location")

    @router.get("/taxonomies")
    def taxonomies(page: int | None = None, per_page: int | None = None) -> JSONResponse:
        try:
            return _json(oruk.page([], page, per_page))  # none published
        except oruk.BadQueryError as exc:
            return _bad(exc)

    @router.get("/taxonomy_terms")
    def taxonomy_terms(page: int | None = None, per_page: int | None = None) -> JSONResponse:
        try:
            return _json(oruk.page([], page, per_page))  # none published
        except oruk.BadQueryError as exc:
            return _bad(exc)

    @router.get("/taxonomies/{taxonomy_id}")
    def taxonomy(taxonomy_id: str) -> JSONResponse:
        raise HTTPException(404, "no taxonomy is published")

    @router.get("/taxonomy_terms/{term_id}")
    def taxonomy_term(term_id: str) -> JSONResponse:
        raise HTTPException(404, "no taxonomy term is published")

    return router


def _calendar_router(store: CentralStore, now_of: Callable[[], datetime]) -> APIRouter:
    router = APIRouter(prefix=CALENDAR_PREFIX, include_in_schema=False)

    def ics(body: bytes) -> Response:
        return Response(body, media_type="text/calendar; charset=utf-8", headers=HEADERS)

    @router.get("/hubs/{hub_ref}.ics")
    def hub_feed(hub_ref: str) -> Response:
        now = now_of()
        hub_id = _uuid(hub_ref)
        with store.read() as session:
            hub = queries.find_hub(session, hub_id)
            if hub is None:
                raise HTTPException(404, "no such hub")
            found = queries.public_sessions(
                session, since=now - FEED_BEHIND, until=now + AHEAD, hub_id=hub_id
            )
        return ics(calendar.feed(f"{hub.name}: what's on", found, now))

    @router.get("/sites/{site_ref}.ics")
    def site_feed(site_ref: str) -> Response:
        now = now_of()
        site_id = _uuid(site_ref)
        with store.read() as session:
            known = queries.find_site(session, site_id)
            if known is None:
                raise HTTPException(404, "no such site")
            hub, place = known
            found = queries.public_sessions(
                session, since=now - FEED_BEHIND, until=now + AHEAD, site_id=site_id
            )
        return ics(calendar.feed(f"{place.name} ({hub.name}): what's on", found, now))

    return router
