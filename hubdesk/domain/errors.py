"""The errors the core raises. The UI turns their codes into words; logs get codes, never values."""

from __future__ import annotations


class DomainError(Exception):
    """Base class for every error hubdesk raises on purpose."""


class ValidationError(DomainError, ValueError):
    """A value was refused. `field` names what was wrong, `code` says why (machine-readable).

    The message is plain English for logs and the CLI; it never repeats the bad value itself, so it
    is safe to log even when the value was somebody's name.
    """

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message


class NotFoundError(DomainError, LookupError):
    """The thing asked for is not there (or is not visible to this hub)."""

    def __init__(self, what: str, ident: object = None) -> None:
        super().__init__(f"{what} not found" if ident is None else f"{what} {ident} not found")
        self.what = what


class PermissionDeniedError(DomainError, PermissionError):
    """The signed-in staff member's role does not allow this action."""

    def __init__(self, action: str, role: str | None) -> None:
        super().__init__(f"role {role or 'none'} may not {action}")
        self.action = action
        self.role = role


class LockedOutError(DomainError):
    """Too many wrong PINs: the account is locked until `until` (an aware datetime)."""

    def __init__(self, until: object) -> None:
        super().__init__(f"locked until {until}")
        self.until = until
