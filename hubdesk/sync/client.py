"""HTTP client for the central service (requests). One `CentralClient` per engine.

Every call has a connect and a read timeout. TLS certificates are always verified (a CA bundle
path can be given for a council's own CA); plain http is refused except to a loopback address,
which tests and a service on the same machine use. Failures come out as three kinds:

* `OfflineError`: no connection, a timeout, a connection dropped mid-request. Try again later.
* `RetryLaterError`: the service said 429 or 5xx; `retry_after` is its Retry-After, if any.
* `RefusedError`: a 4xx with a machine-readable `reason` (revoked device, bad code, ...).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests
import urllib3.exceptions

from hubdesk.sync.protocol import (
    AUTH_SCHEME,
    HEADER_DEVICE_TIME,
    PROTOCOL_VERSION,
    EventStatus,
    ProtocolError,
    PulledEvent,
    WireEvent,
    check_url,
    dumps,
    gzip_json,
    parse_pulled_event,
    push_body,
)

DEFAULT_TIMEOUT = (5.0, 30.0)  # (connect, read) seconds


class SyncTransportError(Exception):
    """Base of what the client raises."""


class OfflineError(SyncTransportError):
    """The service could not be reached, or the connection failed part way."""


class RetryLaterError(SyncTransportError):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(f"service busy or failing (HTTP {status})")
        self.status = status
        self.retry_after = retry_after


class RefusedError(SyncTransportError):
    def __init__(self, status: int, reason: str, message: str = "") -> None:
        super().__init__(f"refused by the service (HTTP {status}, {reason})")
        self.status = status
        self.reason = reason
        self.message = message

    @property
    def credential_problem(self) -> bool:
        return self.status in (401, 403)


@dataclass
class PushOutcome:
    """What the service said about each event of a batch, by event id."""

    statuses: dict[uuid.UUID, tuple[EventStatus, str | None]]
    server_time: datetime | None


def _time(value: object) -> datetime | None:
    """The service's clock from a reply, if it said it properly."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return when if when.tzinfo is not None else None


@dataclass
class PullPage:
    events: list[PulledEvent]
    next_cursor: int
    more: bool
    bad: int = 0  # events in the page that did not parse (skipped)
    server_time: datetime | None = None


@dataclass
class WireStats:
    """Bytes of request and response bodies as they crossed the wire (compressed)."""

    requests: int = 0
    sent: int = 0
    received: int = 0
    by_path: dict[str, int] = field(default_factory=dict)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    from datetime import UTC

    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class CentralClient:
    """Talks to one central service as one device (or anonymously, to enrol)."""

    def __init__(
        self,
        base_url: str,
        credential: str | None = None,
        *,
        ca_bundle: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = check_url(base_url)
        self.credential = credential
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_bundle if ca_bundle else True
        self.session.headers["User-Agent"] = f"hubdesk-sync/{PROTOCOL_VERSION}"
        self.session.headers["Accept-Encoding"] = "gzip"
        self.stats = WireStats()

    def close(self) -> None:
        self.session.close()

    def _request(
        self,
        method: str,
        path: str,
        *,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> Any:
        all_headers = dict(headers or {})
        if auth:
            if not self.credential:
                raise RefusedError(401, "not_enrolled", "this device is not enrolled")
            all_headers["Authorization"] = f"{AUTH_SCHEME} {self.credential}"
        try:
            response = self.session.request(
                method,
                self.base_url + path,
                data=data,
                headers=all_headers,
                params=params,
                timeout=self.timeout,
                stream=True,
            )
            raw = response.raw.read(decode_content=False) if response.raw is not None else b""
            wire_len = len(raw)
            response.close()
            content = _decode(raw, response.headers.get("Content-Encoding"))
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise OfflineError(type(exc).__name__) from None
        except requests.RequestException as exc:
            raise OfflineError(type(exc).__name__) from None
        except (OSError, urllib3.exceptions.HTTPError) as exc:
            raise OfflineError(type(exc).__name__) from None
        self.stats.requests += 1
        self.stats.sent += len(data or b"")
        self.stats.received += wire_len
        self.stats.by_path[path] = self.stats.by_path.get(path, 0) + len(data or b"") + wire_len
        status = response.status_code
        if status == 429 or status >= 500:
            raise RetryLaterError(status, _retry_after(response.headers.get("Retry-After")))
        try:
            body = _json(content)
        except ValueError:
            if status >= 400:
                raise RefusedError(status, "unknown", "no error body") from None
            raise RetryLaterError(status, None) from None  # a garbled success: try again
        if status >= 400:
            error = body.get("error", {}) if isinstance(body, dict) else {}
            reason = error.get("reason") if isinstance(error, dict) else None
            message = error.get("message", "") if isinstance(error, dict) else ""
            raise RefusedError(status, str(reason or "unknown"), str(message))
        return body

    # -- calls --------------------------------------------------------------------------------

    def push(self, events: list[WireEvent], sent_at: datetime) -> PushOutcome:
        """Send a batch. Returns each event's status; every event not listed was accepted."""
        payload = gzip_json(push_body(events, sent_at))
        body = self._request(
            "POST",
            "/v1/events",
            data=payload,
            headers={
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
                HEADER_DEVICE_TIME: sent_at.isoformat(),
            },
        )
        statuses: dict[uuid.UUID, tuple[EventStatus, str | None]] = {
            e.event_id: (EventStatus.ACCEPTED, None) for e in events
        }
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list):
            raise RetryLaterError(200, None)
        for item in results:
            try:
                event_id = uuid.UUID(str(item["id"]))
                status = EventStatus(item["status"])
            except (KeyError, TypeError, ValueError):
                continue  # an event the service could not even name: the batch did not send it
            if event_id in statuses:
                reason, field = item.get("reason"), item.get("field")
                why = f"{reason} ({str(field)[:40]})" if reason and field else reason
                statuses[event_id] = (status, why)
        return PushOutcome(statuses, _time(body.get("server_time")))

    def pull(self, after: int, limit: int, *, skip_device: uuid.UUID | None = None) -> PullPage:
        """The hub's events after `after`. Events sent by `skip_device` (this device's own) are
        dropped before they are parsed; the cursor still moves past them."""
        body = self._request("GET", "/v1/events", params={"after": after, "limit": limit})
        if not isinstance(body, dict) or not isinstance(body.get("events"), list):
            raise RetryLaterError(200, None)
        events: list[PulledEvent] = []
        bad = 0
        top = after
        own = str(skip_device) if skip_device else None
        for item in body["events"]:
            if isinstance(item, dict):
                n = item.get("n")
                if isinstance(n, int) and n > top:
                    top = n
                if own is not None and item.get("d") == own:
                    continue
            try:
                events.append(parse_pulled_event(item))
            except ProtocolError:
                bad += 1
        next_cursor = body.get("next")
        if not isinstance(next_cursor, int):
            next_cursor = top
        return PullPage(
            events, next_cursor, bool(body.get("more")), bad, _time(body.get("server_time"))
        )

    def enrol(
        self,
        code: str,
        *,
        device_name: str,
        device_kind: str,
        device_id: uuid.UUID | None = None,
        hub_id: uuid.UUID | None = None,
        request_key: str | None = None,
    ) -> dict[str, Any]:
        request = {
            "v": PROTOCOL_VERSION,
            "code": code,
            "device_name": device_name,
            "device_kind": device_kind,
            "device_id": str(device_id) if device_id else None,
            "hub_id": str(hub_id) if hub_id else None,
            "request_key": request_key,
        }
        body = self._request(
            "POST",
            "/v1/enrol",
            data=dumps(request),
            headers={"Content-Type": "application/json"},
            auth=False,
        )
        return dict(body)

    def get_hub_key_blob(self) -> str | None:
        body = self._request("GET", "/v1/hub-key")
        blob = body.get("blob") if isinstance(body, dict) else None
        return blob if isinstance(blob, str) else None

    def put_hub_key_blob(self, blob: str) -> None:
        self._request(
            "PUT",
            "/v1/hub-key",
            data=dumps({"blob": blob}),
            headers={"Content-Type": "application/json"},
        )


def _decode(raw: bytes, encoding: str | None) -> bytes:
    if encoding and encoding.strip().lower() == "gzip":
        import gzip
        import zlib

        try:
            return gzip.decompress(raw)
        except (OSError, EOFError, zlib.error):
            raise OfflineError("garbled compressed response") from None
    return raw


def _json(content: bytes) -> Any:
    import json

    return json.loads(content)
