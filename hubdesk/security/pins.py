"""Staff PINs: Argon2id hashes in the PHC string format, and the back-off after wrong PINs.

A hash looks like ``$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`` (base64 without padding), the
format argon2-cffi and libsodium also read, so the cost can be raised later: `needs_rehash` tells
the caller to re-hash on the next successful sign-in. A PIN is short, so the hash is memory-hard
and the lock-out (`lockout_delay`) does the rest.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.staff import validate_pin

SALT_LENGTH = 16
HASH_LENGTH = 32
FREE_ATTEMPTS = 4
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)

_PHC = re.compile(
    r"\$argon2id\$v=19\$m=(?P<m>[0-9]{1,7}),t=(?P<t>[0-9]{1,2}),p=(?P<p>[0-9]{1,2})"
    r"\$(?P<salt>[A-Za-z0-9+/]{11,88})\$(?P<hash>[A-Za-z0-9+/]{22,88})"
)


@dataclass(frozen=True)
class PinParams:
    """Argon2id cost for PINs (the OWASP minimum for Argon2id). Tests pass cheaper ones."""

    memory_cost: int = 19456  # KiB
    iterations: int = 2
    lanes: int = 1

    def __post_init__(self) -> None:
        ok = (
            1 <= self.iterations <= 16
            and 1 <= self.lanes <= 16
            and 8 * self.lanes <= self.memory_cost <= 1024 * 1024
        )
        if not ok:
            raise ValidationError("pin_params", "out_of_range", "Argon2id parameters out of range")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _derive(pin: str, salt: bytes, params: PinParams, length: int) -> bytes:
    return Argon2id(
        salt=salt,
        length=length,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_cost,
    ).derive(pin.encode("ascii"))


def hash_pin(pin: str, params: PinParams = PinParams()) -> str:
    """The PHC string for `pin` (ValidationError field "pin" unless it is 4 to 12 digits)."""
    validate_pin(pin)
    salt = secrets.token_bytes(SALT_LENGTH)
    digest = _derive(pin, salt, params, HASH_LENGTH)
    return (
        f"$argon2id$v=19$m={params.memory_cost},t={params.iterations},p={params.lanes}"
        f"${_b64(salt)}${_b64(digest)}"
    )


def _parse(encoded: str) -> tuple[PinParams, bytes, bytes]:
    match = _PHC.fullmatch(encoded) if isinstance(encoded, str) else None
    if match is None:
        raise ValidationError("pin_hash", "bad_hash", "is not an Argon2id PIN hash")
    try:
        params = PinParams(int(match["m"]), int(match["t"]), int(match["p"]))
        salt, digest = _unb64(match["salt"]), _unb64(match["hash"])
    except (ValidationError, binascii.Error):
        raise ValidationError("pin_hash", "bad_hash", "is not an Argon2id PIN hash") from None
    if len(salt) < 8 or len(digest) < 16:
        raise ValidationError("pin_hash", "bad_hash", "is not an Argon2id PIN hash")
    return params, salt, digest


def verify_pin(pin: str, encoded: str) -> bool:
    """True if `pin` matches the stored hash. A PIN that is not 4-12 digits is simply wrong.

    ValidationError(field "pin_hash") if `encoded` is not a hash this module could have made.
    """
    params, salt, digest = _parse(encoded)
    try:
        validate_pin(pin)
    except ValidationError:
        return False
    return hmac.compare_digest(_derive(pin, salt, params, len(digest)), digest)


def needs_rehash(encoded: str, params: PinParams = PinParams()) -> bool:
    """True if the hash was made with other parameters than `params` (re-hash after sign-in)."""
    stored, salt, digest = _parse(encoded)
    return stored != params or len(salt) != SALT_LENGTH or len(digest) != HASH_LENGTH


def lockout_delay(failed_attempts: int) -> timedelta:
    """How long to refuse PINs after `failed_attempts` wrong ones in a row.

    Nothing for the first 4; then 30 s, doubling with each further failure, at most an hour.
    """
    if not isinstance(failed_attempts, int) or failed_attempts < 0:
        raise ValidationError("failed_attempts", "out_of_range", "must be 0 or more")
    if failed_attempts <= FREE_ATTEMPTS:
        return timedelta(0)
    doublings = min(failed_attempts - FREE_ATTEMPTS - 1, 16)  # 30 s * 2**7 > 1 h already
    return min(FIRST_DELAY * (1 << doublings), MAX_DELAY)
