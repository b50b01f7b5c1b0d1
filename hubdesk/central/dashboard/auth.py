"""Dashboard sign-in: users from `dashboard_users` (scrypt hashes, `hubdesk central create-user`),
a signed session cookie (HMAC-SHA256; HttpOnly, SameSite=Strict, Secure behind HTTPS), CSRF
tokens on every form post, and a brake on password guessing.

The signing key is random per service process unless one is given, so a restart signs everyone
out; that is acceptable for a dashboard and keeps the key off disk.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from hubdesk.central.admin import hash_password, verify_password
from hubdesk.central.models import DashboardUser
from hubdesk.central.store import CentralStore

COOKIE = "hubdesk_dash"
LOGIN_CSRF_COOKIE = "hubdesk_dash_login"
SESSION_SECONDS = 8 * 3600
MAX_FAILURES = 5  # per username, then a pause
LOCK_SECONDS = 15 * 60
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))  # same work for unknown usernames


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


@dataclass(frozen=True)
class DashUser:
    id: uuid.UUID
    username: str
    role: str


class Sessions:
    def __init__(self, key: bytes | None = None, lifetime_s: int = SESSION_SECONDS) -> None:
        self._key = key or secrets.token_bytes(32)
        self.lifetime_s = lifetime_s
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def _sign(self, text: str) -> str:
        return _b64(hmac.new(self._key, text.encode(), hashlib.sha256).digest())

    def issue(self, user_id: uuid.UUID, now: float | None = None) -> str:
        expires = int((now or time.time()) + self.lifetime_s)
        payload = f"{user_id.hex}.{expires}.{secrets.token_hex(8)}"
        return f"{payload}.{self._sign(payload)}"

    def read(self, cookie: str | None, now: float | None = None) -> uuid.UUID | None:
        """The user id of a valid, unexpired session cookie; None otherwise."""
        if not cookie or len(cookie) > 200:
            return None
        payload, _, sig = cookie.rpartition(".")
        if not payload or not hmac.compare_digest(sig, self._sign(payload)):
            return None
        user_hex, expires, _nonce = [*payload.split("."), "", "", ""][:3]
        try:
            if int(expires) < (now or time.time()):
                return None
            return uuid.UUID(hex=user_hex)
        except ValueError:
            return None

    def csrf_token(self, cookie: str) -> str:
        """The token a signed-in form carries: bound to the session, useless without it."""
        return self._sign("csrf:" + cookie)[:32]

    def check_csrf(self, cookie: str | None, token: str | None) -> bool:
        return bool(cookie and token) and hmac.compare_digest(
            self.csrf_token(cookie or ""), token or ""
        )

    # -- password guessing ---------------------------------------------------------------------

    def locked(self, username: str) -> bool:
        with self._lock:
            count, since = self._failures.get(username, (0, 0.0))
            if count >= MAX_FAILURES and time.monotonic() - since < LOCK_SECONDS:
                return True
            if count >= MAX_FAILURES:
                self._failures.pop(username, None)
            return False

    def failed(self, username: str) -> None:
        with self._lock:
            count, since = self._failures.get(username, (0, time.monotonic()))
            self._failures[username] = (count + 1, time.monotonic() if count == 0 else since)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username, None)


def check_password(store: CentralStore, username: str, password: str) -> DashUser | None:
    """The user, if the name and password match an enabled dashboard user."""
    name = username.strip().lower()[:60]
    with store.read() as session:
        user = session.scalar(select(DashboardUser).where(DashboardUser.username == name))
        stored = user.password_hash if user is not None else _DUMMY_HASH
        ok = verify_password(password[:200], stored)
        if user is None or not ok or user.disabled_at is not None:
            return None
        return DashUser(user.id, user.username, user.role)


def load_user(store: CentralStore, user_id: uuid.UUID) -> DashUser | None:
    with store.read() as session:
        user = session.get(DashboardUser, user_id)
        if user is None or user.disabled_at is not None:
            return None
        return DashUser(user.id, user.username, user.role)
