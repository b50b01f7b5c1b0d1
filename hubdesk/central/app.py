"""The central service over HTTP (FastAPI). Protocol version 1: docs/sync-protocol.md.

Every refusal is a 4xx with `{"error": {"reason": <machine-readable>, "message": <English>}}`;
bad input never produces a 5xx. Request bodies are size-limited before they are read in full,
and each device has a token-bucket rate limit (429 with Retry-After).
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from hubdesk.central import service
from hubdesk.central.dashboard.routes import mount_dashboard
from hubdesk.central.directory.routes import mount_directory
from hubdesk.central.service import AuthedDevice, ServiceError
from hubdesk.central.store import CentralStore
from hubdesk.domain.errors import ValidationError
from hubdesk.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    HEADER_DEVICE_TIME,
    MAX_BATCH_EVENTS,
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    EventStatus,
    ProtocolError,
    Reason,
    check_version,
    dumps,
    gunzip_limited,
    loads,
    parse_time,
    pulled_event_to_wire,
)

# -- pydantic models (the OpenAPI description) ------------------------------------------------


class ErrorDetail(BaseModel):
    reason: str = Field(description="machine-readable reason, see docs/sync-protocol.md")
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class WireEventModel(BaseModel):
    """One event as it travels (short keys keep batches small)."""

    id: uuid.UUID = Field(description="event id (UUIDv7), unique for ever")
    seq: int = Field(description="the device's own sequence number of this event", gt=0)
    e: str = Field(description="entity: hub, site, family, member, pass, visit, ...")
    k: uuid.UUID = Field(description="the entity's id")
    op: str
    at: datetime = Field(description="when it happened, by the device's clock")
    f: dict[str, Any] = Field(description="footfall fields (readable by the service)")
    p: str | None = Field(description="personal fields sealed with the hub key (opaque)")


class PushRequest(BaseModel):
    """Sent gzip-compressed (`Content-Encoding: gzip`)."""

    v: Literal[1]
    sent_at: datetime | None = Field(None, description="device clock when sending")
    events: list[WireEventModel] = Field(max_length=MAX_BATCH_EVENTS)


class EventResultModel(BaseModel):
    id: str
    status: Literal["duplicate", "conflict", "rejected"]
    reason: str | None = None
    field: str | None = Field(
        None, description="where a rejected event is wrong: `f.<name>` a footfall field"
    )


class PushResponse(BaseModel):
    v: int = PROTOCOL_VERSION
    accepted: int = Field(description="events stored now")
    duplicates: int = Field(description="events stored before, identical: success too")
    results: list[EventResultModel] = Field(
        description="every event that was not accepted, with its status; the rest were accepted"
    )
    server_time: datetime


class PulledEventModel(WireEventModel):
    n: int = Field(description="server id: the cursor")
    d: uuid.UUID = Field(description="device that sent it")


class PullResponse(BaseModel):
    v: int = PROTOCOL_VERSION
    events: list[PulledEventModel]
    next: int = Field(description="cursor to send as `after` next time")
    more: bool
    server_time: datetime | None = Field(
        None, description="the service's clock: a device compares its own (clock skew)"
    )


class EnrolRequest(BaseModel):
    v: Literal[1] = 1
    code: str = Field(max_length=64)
    device_name: str = Field(min_length=1, max_length=120)
    device_kind: Literal["kiosk", "desk", "outreach"]
    device_id: uuid.UUID | None = None
    hub_id: uuid.UUID | None = Field(None, description="the store's hub, if already set up")
    request_key: str | None = Field(
        None,
        min_length=16,
        max_length=64,
        description="a random secret the device keeps until it has its credential: the same "
        "device id and key again retry an enrolment whose reply was lost",
    )


class SiteModel(BaseModel):
    id: uuid.UUID
    name: str
    kind: str
    postcode: str | None


class EnrolResponse(BaseModel):
    v: int = PROTOCOL_VERSION
    device_id: uuid.UUID
    credential: str = Field(description="bearer credential; shown once, keep it secret")
    hub_id: uuid.UUID
    hub_name: str
    hub_code: str
    hub_created_at: datetime
    site_id: uuid.UUID | None
    sites: list[SiteModel]
    hub_key_blob: str | None


class HubKeyBlob(BaseModel):
    blob: str | None = Field(None, max_length=4096)


class Health(BaseModel):
    status: str
    protocol: int
    server_time: datetime


# -- limits -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = MAX_BODY_BYTES  # the push (compressed)
    small_body_bytes: int = 16 << 10  # every other request: enrolment, hub key, dashboard forms
    rate_per_s: float = 20.0  # requests per second per device, sustained
    burst: float = 60.0


class BodyLimit:
    """ASGI middleware: every request body is read here, up to a limit for its path, before the
    app sees it; a larger one is refused with 413 whatever the route does. The push may be
    `max_body_bytes` (compressed); anything else `small_body_bytes`."""

    def __init__(self, app: Any, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    def limit_for(self, path: str) -> int:
        return self.limits.max_body_bytes if path == "/v1/events" else self.limits.small_body_bytes

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                text = value.decode("latin-1").strip()
                if not text.isdigit():
                    await _refuse(send, 400, Reason.INVALID_REQUEST, "bad Content-Length")
                    return
                if int(text) > limit:
                    await _refuse(send, 413, Reason.TOO_LARGE, "request body too large")
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _refuse(send, 413, Reason.TOO_LARGE, "request body too large")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                passed: dict[str, Any] = await receive()  # waiting for a disconnect: pass it on
                return passed
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _refuse(send: Any, status: int, reason: Reason, message: str) -> None:
    payload = dumps({"error": {"reason": reason.value, "message": message}})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class RateLimiter:
    """A token bucket per key. In memory: one service process is the expected deployment."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 if allowed, else the seconds to wait before a token is there."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate


def _error(
    status: int, reason: str, message: str, headers: dict[str, str] | None = None
) -> Response:
    return JSONResponse(
        {"error": {"reason": reason, "message": message}}, status_code=status, headers=headers
    )


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody},
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    413: {"model": ErrorBody},
    429: {"model": ErrorBody},
}


def create_app(
    store: CentralStore,
    limits: Limits | None = None,
    clock: Callable[[], datetime] | None = None,
) -> FastAPI:
    """The ASGI app over `store` (already migrated). `clock` is the public directory's now
    (hubdesk.central.directory; tests pass a fixed one)."""
    limits = limits or Limits()
    limiter = RateLimiter(limits.rate_per_s, limits.burst)
    app = FastAPI(
        title="hubdesk central",
        version=f"{PROTOCOL_VERSION}",
        description="Sync protocol for hubdesk devices. See docs/sync-protocol.md.",
    )
    app.add_middleware(GZipMiddleware, minimum_size=512)
    app.add_middleware(BodyLimit, limits=limits)  # outermost: before anything reads a body
    app.state.store = store

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> Response:
        return _error(exc.status, exc.reason.value, exc.message)

    @app.exception_handler(ProtocolError)
    async def _protocol_error(_request: Request, exc: ProtocolError) -> Response:
        status = 413 if exc.reason is Reason.TOO_LARGE else 400
        message = f"{exc.field}: {exc}" if exc.field else str(exc)
        return _error(status, exc.reason.value, message)

    @app.exception_handler(ValidationError)
    async def _domain_error(_request: Request, exc: ValidationError) -> Response:
        return _error(400, Reason.INVALID_REQUEST.value, f"{exc.field}: {exc.message}")

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> Response:
        where = ", ".join(
            ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            for error in exc.errors()[:3]
        )
        message = "the request does not match the schema" + (f" ({where})" if where else "")
        return _error(422, Reason.INVALID_REQUEST.value, message)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        reason = {404: Reason.NOT_FOUND, 405: Reason.METHOD_NOT_ALLOWED}.get(
            exc.status_code, Reason.INVALID_REQUEST
        )
        return _error(exc.status_code, reason.value, str(exc.detail))

    class _RateLimitedError(Exception):
        def __init__(self, wait: float) -> None:
            self.wait = wait

    async def device_of(request: Request) -> AuthedDevice:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer":
            token = ""
        device = await run_in_threadpool(service.authenticate, store, token.strip() or None)
        wait = limiter.take(str(device.id))
        if wait > 0:
            raise _RateLimitedError(wait)
        return device

    @app.exception_handler(_RateLimitedError)
    async def _rate_limited(_request: Request, exc: _RateLimitedError) -> Response:
        return _error(
            429,
            Reason.RATE_LIMITED.value,
            "too many requests from this device",
            {"Retry-After": str(max(1, math.ceil(exc.wait)))},
        )

    async def read_body(request: Request, limit: int) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                raise ProtocolError(Reason.INVALID_REQUEST, "bad Content-Length")
            if int(declared) > limit:
                raise ProtocolError(Reason.TOO_LARGE, "request body too large")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise ProtocolError(Reason.TOO_LARGE, "request body too large")
            chunks.append(chunk)
        return b"".join(chunks)

    @app.get("/v1/health", response_model=Health)
    def health() -> Health:
        return Health(status="ok", protocol=PROTOCOL_VERSION, server_time=service.utcnow())

    @app.post(
        "/v1/events",
        response_model=PushResponse,
        responses=ERRORS,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/PushRequest"},
                    }
                },
                "description": "gzip-compressed JSON (Content-Encoding: gzip); plain JSON too",
            }
        },
    )
    async def push(request: Request) -> Response:
        device = await device_of(request)
        raw = await read_body(request, limits.max_body_bytes)
        encoding = request.headers.get("content-encoding", "identity").strip().lower()
        if encoding == "gzip":
            raw = gunzip_limited(raw)
        elif encoding not in ("identity", ""):
            raise ProtocolError(Reason.BAD_ENCODING, "unsupported Content-Encoding")
        body = loads(raw)
        check_version(body)
        events = body.get("events")
        if not isinstance(events, list):
            raise ProtocolError(Reason.INVALID_REQUEST, "events is a list")
        if len(events) > MAX_BATCH_EVENTS:
            raise ProtocolError(Reason.TOO_MANY_EVENTS, "too many events in one batch")
        device_time = None
        stamp = request.headers.get(HEADER_DEVICE_TIME) or body.get("sent_at")
        if stamp is not None:
            try:
                device_time = parse_time(stamp)
            except ProtocolError:
                device_time = None
        result = await run_in_threadpool(
            service.ingest, store, device, events, device_time=device_time
        )
        accepted = result.count(EventStatus.ACCEPTED)
        duplicates = result.count(EventStatus.DUPLICATE)
        payload = {
            "v": PROTOCOL_VERSION,
            "accepted": accepted,
            "duplicates": duplicates,
            "results": [
                {"id": r.event_id, "status": r.status.value, "reason": r.reason}
                | ({"field": r.field} if r.field else {})
                for r in result.results
                if r.status is not EventStatus.ACCEPTED
            ],
            "server_time": service.utcnow().isoformat(),
        }
        return Response(dumps(payload), media_type="application/json")

    @app.get("/v1/events", response_model=PullResponse, responses=ERRORS)
    async def pull(
        request: Request,
        after: int = Query(0, ge=0, le=2**62),
        limit: int = Query(DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT),
    ) -> Response:
        device = await device_of(request)
        events, more = await run_in_threadpool(service.pull, store, device, after, limit)
        payload = {
            "v": PROTOCOL_VERSION,
            "events": [pulled_event_to_wire(s.server_id, s.device_id, s.event) for s in events],
            "next": events[-1].server_id if events else after,
            "more": more,
            "server_time": service.utcnow().isoformat(),
        }
        return Response(dumps(payload), media_type="application/json")

    @app.post("/v1/enrol", response_model=EnrolResponse, responses=ERRORS)
    async def enrol(request: EnrolRequest, http: Request) -> EnrolResponse:
        # Codes are 60 random bits and single use; this only keeps a flood of guesses cheap.
        wait = limiter.take("enrol:" + (http.client.host if http.client else "?"))
        if wait > 0:
            raise _RateLimitedError(wait)
        done = await run_in_threadpool(
            lambda: service.enrol(
                store,
                request.code,
                device_name=request.device_name,
                device_kind=request.device_kind,
                device_id=request.device_id,
                hub_id=request.hub_id,
                request_key=request.request_key,
            )
        )
        return EnrolResponse(
            device_id=done.device_id,
            credential=done.credential,
            hub_id=done.hub_id,
            hub_name=done.hub_name,
            hub_code=done.hub_code,
            hub_created_at=done.hub_created_at,
            site_id=done.site_id,
            sites=[
                SiteModel(id=s.id, name=s.name, kind=s.kind, postcode=s.postcode)
                for s in done.sites
            ],
            hub_key_blob=done.hub_key_blob,
        )

    @app.get("/v1/hub-key", response_model=HubKeyBlob, responses=ERRORS)
    async def get_hub_key(request: Request) -> HubKeyBlob:
        device = await device_of(request)
        blob = await run_in_threadpool(service.get_hub_key_blob, store, device)
        return HubKeyBlob(blob=blob)

    @app.put(
        "/v1/hub-key", response_model=HubKeyBlob, responses={**ERRORS, 409: {"model": ErrorBody}}
    )
    async def put_hub_key(request: Request, body: HubKeyBlob) -> HubKeyBlob:
        device = await device_of(request)
        if not body.blob:
            raise ProtocolError(Reason.INVALID_REQUEST, "blob is required")
        await run_in_threadpool(service.put_hub_key_blob, store, device, body.blob)
        return body

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            spec = get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=app.routes,
            )  # fmt: skip
            # The push body is read by hand (it is gzip-compressed), so add its schema here.
            schema = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = spec.setdefault("components", {}).setdefault("schemas", {})
            components.update(schema.pop("$defs", {}))
            components["PushRequest"] = schema
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    mount_dashboard(app, store)  # the council's dashboard, under /dashboard
    mount_directory(app, store, clock)  # the public offer: /openreferral, /calendar
    return app
