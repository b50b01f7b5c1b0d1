"""Why a store cannot be used: raised by `engine.py` (opening) and `migrate.py` (upgrading)."""

from __future__ import annotations

from pathlib import Path

from hubdesk.domain.errors import DomainError


class StoreError(DomainError):
    """The store cannot be used (locked, damaged, too new)."""


class StoreLockedError(StoreError):
    """The key does not open this store."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(
            "cannot unlock this store: the key is wrong, or the file is not a hubdesk store"
            + (f" ({path.name})" if path else "")
        )


class StoreTooNewError(StoreError):
    """The store was written by a newer hubdesk; opening it could damage it."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"this store was made by a newer version of hubdesk (schema {revision}); "
            "install that version or newer to open it"
        )
        self.revision = revision
