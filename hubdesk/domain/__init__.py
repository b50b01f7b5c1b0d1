"""Values and rules: no I/O, no Qt, no database.

Everything a family, a receptionist or the sync protocol types in passes through here first, so
bad input is refused with a `ValidationError` that names the field before anything is written.
"""

from __future__ import annotations

from hubdesk.domain.errors import (
    DomainError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)

__all__ = ["DomainError", "NotFoundError", "PermissionDeniedError", "ValidationError"]
