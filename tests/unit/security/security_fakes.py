"""Test doubles for the security tests (imported by conftest.py and the tests)."""

from __future__ import annotations

import keyring.backend
import keyring.errors

from hubdesk.security.keys import KdfParams

# The cheapest Argon2id parameters allowed: the structure is tested, not the cost.
CHEAP_KDF = KdfParams(iterations=1, lanes=1, memory_cost=8)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An OS keyring stand-in: a dict. `broken` makes every call fail like a locked keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}
        self.broken = False

    def _check(self) -> None:
        if self.broken:
            raise keyring.errors.KeyringError("locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("no such entry")
        del self.entries[(service, username)]
