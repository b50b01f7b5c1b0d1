"""Dashboard sign-in: users from `dashboard_users` (scrypt hashes, `hubdesk central create-user`),
sessions kept on the service (`dashboard_sessions`: the cookie holds a random token, HttpOnly,
SameSite=Strict, Secure behind HTTPS), CSRF tokens on every form post, and a brake on password
guessing.

A session ends when its user signs out (the row is deleted, so the cookie is worth nothing from
then on, on any copy of it), after IDLE_SECONDS without a page, or SESSION_SECONDS after sign-in,
whichever comes first.

The brake slows guessing without letting anyone lock a named analyst out: failures are counted
per client address and user name, and per client address over all names. Past FREE_FAILURES a
pair waits, doubling from one second up to MAX_WAIT_SECONDS, before its next try is even checked;
past CLIENT_FREE_FAILURES a client address waits the same way whatever name it tries. A stranger
guessing at an analyst's name from elsewhere slows only themselves: the analyst's own address
has no failures and signs in at once. (Kept in memory: one service process is the deployment.)
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select

from hubdesk.central.admin import hash_password, verify_password
from hubdesk.central.models import DashboardSession, DashboardUser
from hubdesk.central.store import CentralStore

COOKIE = "hubdesk_dash"
LOGIN_CSRF_COOKIE = "hubdesk_dash_login"
SESSION_SECONDS = 8 * 3600  # at most this long after signing in
IDLE_SECONDS = 30 * 60  # and no longer than this without a page
TOUCH_SECONDS = 60  # "last seen" is written at most this often per session
FREE_FAILURES = 5  # per client address and user name, before waits begin
CLIENT_FREE_FAILURES = 20  # per client address, over all names
MAX_WAIT_SECONDS = 15 * 60
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))  # same work for unknown usernames


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class DashUser:
    id: uuid.UUID
    username: str
    role: str


class Sessions:
    """Dashboard sessions in the service's database. Thread-safe (each call one transaction)."""

    def __init__(
        self,
        store: CentralStore,
        *,
        idle_s: int = IDLE_SECONDS,
        lifetime_s: int = SESSION_SECONDS,
    ) -> None:
        self.store = store
        self.idle = timedelta(seconds=idle_s)
        self.lifetime_s = lifetime_s

    def issue(self, user_id: uuid.UUID, now: datetime | None = None) -> str:
        """A new session for `user_id`: the token for the cookie (kept nowhere else)."""
        now = now or datetime.now(UTC)
        token = secrets.token_urlsafe(32)
        with self.store.write() as session:
            # sessions that ended without a sign-out go when their user signs in again
            session.execute(
                delete(DashboardSession).where(
                    DashboardSession.user_id == user_id,
                    (DashboardSession.expires_at <= now)
                    | (DashboardSession.last_seen_at <= now - self.idle),
                )
            )
            session.add(
                DashboardSession(
                    token_hash=_token_hash(token),
                    user_id=user_id,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now + timedelta(seconds=self.lifetime_s),
                )
            )
        return token

    def read(self, cookie: str | None, now: datetime | None = None) -> uuid.UUID | None:
        """The user of a live session; None for no session, a signed-out, idle or expired one
        (which is deleted)."""
        if not cookie or len(cookie) > 100:
            return None
        now = now or datetime.now(UTC)
        key = _token_hash(cookie)
        with self.store.read() as session:
            row = session.get(DashboardSession, key)
            if row is None:
                return None
            user_id, seen, expires = row.user_id, row.last_seen_at, row.expires_at
        if expires <= now or seen <= now - self.idle:
            self.end(cookie)
            return None
        if now - seen >= timedelta(seconds=TOUCH_SECONDS):
            with self.store.write() as session:
                held = session.get(DashboardSession, key)
                if held is not None:
                    held.last_seen_at = now
        return user_id

    def end(self, cookie: str | None) -> None:
        """Sign out: the session is gone, so every copy of its cookie is worthless."""
        if not cookie:
            return
        with self.store.write() as session:
            session.execute(
                delete(DashboardSession).where(DashboardSession.token_hash == _token_hash(cookie))
            )

    @staticmethod
    def csrf_token(cookie: str) -> str:
        """The token a signed-in form carries: derived from the session's own secret token, so
        a page that cannot read the HttpOnly cookie cannot make it."""
        return hashlib.sha256(("csrf:" + cookie).encode()).hexdigest()[:32]

    @classmethod
    def check_csrf(cls, cookie: str | None, token: str | None) -> bool:
        return bool(cookie and token) and hmac.compare_digest(
            cls.csrf_token(cookie or ""), token or ""
        )


class LoginBrake:
    """Counts failed sign-ins and says how long a client must wait before it may try again."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        # key -> (failures, time of the last failure)
        self._failures: dict[tuple[str, str], tuple[int, float]] = {}

    def _now(self) -> float:
        return self._clock()

    @staticmethod
    def _wait_after(failures: int, free: int) -> float:
        if failures < free:
            return 0.0
        return float(min(MAX_WAIT_SECONDS, 2 ** (failures - free)))

    def wait(self, client: str, username: str) -> float:
        """Seconds before `client` may try `username` again (0: now)."""
        now = self._now()
        with self._lock:
            longest = 0.0
            for key, free in (((client, username), FREE_FAILURES),
                              ((client, ""), CLIENT_FREE_FAILURES)):  # fmt: skip
                count, last = self._failures.get(key, (0, now))
                if now - last > MAX_WAIT_SECONDS * 2:  # long quiet: start again
                    self._failures.pop(key, None)
                    continue
                longest = max(longest, last + self._wait_after(count, free) - now)
            return max(0.0, longest)

    def failed(self, client: str, username: str) -> None:
        now = self._now()
        with self._lock:
            for key in ((client, username), (client, "")):
                count, _ = self._failures.get(key, (0, now))
                self._failures[key] = (count + 1, now)

    def succeeded(self, client: str, username: str) -> None:
        with self._lock:
            self._failures.pop((client, username), None)


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
