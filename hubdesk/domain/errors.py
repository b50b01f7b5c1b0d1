"""The errors the core raises. The UI turns their codes into words; logs get codes, never values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


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


class CombinedValidationError(ValidationError):
    """Several values refused at once, so that a form can show every problem beside its field.

    It is also a ValidationError about the first of them, so code that handles one error at a
    time keeps working.
    """

    def __init__(self, errors: list[ValidationError]) -> None:
        if not errors:
            raise ValueError("CombinedValidationError needs at least one error")
        first = errors[0]
        super().__init__(first.field, first.code, first.message)
        self.errors: tuple[ValidationError, ...] = tuple(errors)


def every_error(exc: ValidationError) -> tuple[ValidationError, ...]:
    """The errors inside `exc`: all of them for CombinedValidationError, else `exc` alone."""
    return exc.errors if isinstance(exc, CombinedValidationError) else (exc,)


class Problems:
    """Collects the CombinedValidationError of several checks, then raises them all together.

    `value = problems.check(clean_name, text, "adults[0].first_name")` returns the checked value,
    or None after recording the error; `problems.raise_if_any()` raises CombinedValidationError.
    """

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        try:
            return func(*args, **kwargs)
        except CombinedValidationError as exc:
            self.errors.extend(exc.errors)
        except ValidationError as exc:
            self.errors.append(exc)
        return None

    def add(self, error: ValidationError) -> None:
        self.errors.append(error)

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise CombinedValidationError(self.errors)
