"""The hub key: personal fields leave a device only sealed with it; central never holds it.

`seal` encrypts an event's personal fields with AES-256-GCM under the hub key, bound to the event's
id (the associated data), so a sealed blob cannot be moved onto another event. The output is
URL-safe base64 (with padding) of ``0x01 || nonce (12) || ciphertext+tag``; 0x01 is the format
version.

Devices of one hub share the hub key directly, never through the central service alone: an admin
shows `hub_key_transfer_text` as a QR code on one device and scans it on the other, and both sides
know the hub passphrase. The blob (URL-safe base64 without padding) is::

    0x01 || memory_cost (4, big-endian KiB) || iterations (1) || lanes (1) || salt (16)
         || nonce (12) || AES-256-GCM(Argon2id(passphrase, salt), hub key, aad) (48)

with associated data ``b"hubdesk/hub-key/v1" || the header before the nonce``. Because the blob may
come from anywhere, its Argon2id cost is capped (256 MiB, 10 iterations, 16 lanes) before use.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import struct
import uuid
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hubdesk.domain.errors import DomainError, ValidationError
from hubdesk.security.keys import KdfParams, WrongSecretError, derive_kek, validate_passphrase

HUB_KEY_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
SEAL_VERSION = b"\x01"
WRAP_VERSION = 1
TRANSFER_PREFIX = "HUBDESK:K1:"
MAX_TRANSFER_LENGTH = 1000
MAX_SEALED_LENGTH = 4 * 1024 * 1024

DEFAULT_KDF = KdfParams()

_WRAP_HEADER = struct.Struct(">BIBB")  # version, memory_cost, iterations, lanes
_SALT_LENGTH = 16
_WRAP_AAD = b"hubdesk/hub-key/v1"
_WRAP_LENGTH = _WRAP_HEADER.size + _SALT_LENGTH + NONCE_LENGTH + HUB_KEY_LENGTH + TAG_LENGTH
_MAX_WRAP_MEMORY = 256 * 1024  # KiB
_MAX_WRAP_ITERATIONS = 10
_MAX_WRAP_LANES = 16


class SealError(DomainError):
    """Sealed data does not open: wrong hub key, wrong event, damaged or tampered with."""


def new_hub_key() -> bytes:
    return secrets.token_bytes(HUB_KEY_LENGTH)


def _check_hub_key(hub_key: bytes) -> None:
    if not isinstance(hub_key, bytes) or len(hub_key) != HUB_KEY_LENGTH:
        raise ValidationError("hub_key", "bad_length", "must be 32 bytes")


def _check_event_id(event_id: uuid.UUID) -> None:
    if not isinstance(event_id, uuid.UUID):
        raise ValidationError("event_id", "not_uuid", "must be a UUID")


def seal(hub_key: bytes, event_id: uuid.UUID, fields: dict[str, Any]) -> str:
    """Encrypt `fields` (JSON-able, string keys) for `event_id` under the hub key."""
    _check_hub_key(hub_key)
    _check_event_id(event_id)
    if not isinstance(fields, dict) or not all(isinstance(k, str) for k in fields):
        raise ValidationError("fields", "not_json", "must be a mapping with text keys")
    try:
        plain = json.dumps(
            fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")
    except (TypeError, ValueError):
        raise ValidationError("fields", "not_json", "must be JSON-serialisable") from None
    nonce = secrets.token_bytes(NONCE_LENGTH)
    sealed = AESGCM(hub_key).encrypt(nonce, plain, event_id.bytes)
    return base64.urlsafe_b64encode(SEAL_VERSION + nonce + sealed).decode("ascii")


def open_sealed(hub_key: bytes, event_id: uuid.UUID, sealed: str) -> dict[str, Any]:
    """The fields sealed for `event_id`. SealError if they do not open with this key and event."""
    _check_hub_key(hub_key)
    _check_event_id(event_id)
    if not isinstance(sealed, str) or len(sealed) > MAX_SEALED_LENGTH:
        raise SealError("sealed data is damaged")
    try:
        raw = base64.urlsafe_b64decode(sealed.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise SealError("sealed data is damaged") from None
    if len(raw) < 1 + NONCE_LENGTH + TAG_LENGTH:
        raise SealError("sealed data is damaged")
    if raw[:1] != SEAL_VERSION:
        raise SealError("sealed data has an unknown format version")
    nonce, body = raw[1 : 1 + NONCE_LENGTH], raw[1 + NONCE_LENGTH :]
    try:
        plain = AESGCM(hub_key).decrypt(nonce, body, event_id.bytes)
    except InvalidTag:
        raise SealError(
            "sealed data does not open: wrong hub key, wrong event, or tampered with"
        ) from None
    try:
        fields = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SealError("sealed data is damaged") from None
    if not isinstance(fields, dict):
        raise SealError("sealed data is damaged")
    return fields


# --- Moving the hub key between a hub's devices -------------------------------------------------


def wrap_hub_key(
    hub_key: bytes,
    hub_passphrase: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> str:
    """The hub key encrypted under the hub passphrase, as a compact string (see module doc)."""
    _check_hub_key(hub_key)
    validate_passphrase(hub_passphrase, "hub_passphrase")
    if (
        kdf.memory_cost > _MAX_WRAP_MEMORY
        or kdf.iterations > _MAX_WRAP_ITERATIONS
        or kdf.lanes > _MAX_WRAP_LANES
    ):
        raise ValidationError("kdf", "out_of_range", "too costly for a hub-key transfer")
    salt = secrets.token_bytes(_SALT_LENGTH)
    header = _WRAP_HEADER.pack(WRAP_VERSION, kdf.memory_cost, kdf.iterations, kdf.lanes) + salt
    nonce = secrets.token_bytes(NONCE_LENGTH)
    body = AESGCM(derive_kek(hub_passphrase, salt, kdf)).encrypt(nonce, hub_key, _WRAP_AAD + header)
    return base64.urlsafe_b64encode(header + nonce + body).decode("ascii").rstrip("=")


def _bad_transfer() -> ValidationError:
    return ValidationError("hub_key_transfer", "bad_blob", "is not a hubdesk hub-key transfer")


def unwrap_hub_key(blob: str, hub_passphrase: str) -> bytes:
    """The hub key from `wrap_hub_key`'s blob. WrongSecretError if the passphrase is wrong."""
    if not isinstance(blob, str) or len(blob) > MAX_TRANSFER_LENGTH:
        raise _bad_transfer()
    if not isinstance(hub_passphrase, str) or not hub_passphrase:
        raise ValidationError("hub_passphrase", "required", "is required")
    try:
        raw = base64.urlsafe_b64decode((blob + "=" * (-len(blob) % 4)).encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _bad_transfer() from None
    if len(raw) != _WRAP_LENGTH:
        raise _bad_transfer()
    version, memory_cost, iterations, lanes = _WRAP_HEADER.unpack_from(raw)
    if (
        version != WRAP_VERSION
        or memory_cost > _MAX_WRAP_MEMORY
        or iterations > _MAX_WRAP_ITERATIONS
        or lanes > _MAX_WRAP_LANES
    ):
        raise _bad_transfer()
    try:
        kdf = KdfParams(iterations=iterations, lanes=lanes, memory_cost=memory_cost)
    except ValidationError:
        raise _bad_transfer() from None
    header_end = _WRAP_HEADER.size + _SALT_LENGTH
    header, salt = raw[:header_end], raw[_WRAP_HEADER.size : header_end]
    nonce, body = raw[header_end : header_end + NONCE_LENGTH], raw[header_end + NONCE_LENGTH :]
    try:
        return AESGCM(derive_kek(hub_passphrase, salt, kdf)).decrypt(
            nonce, body, _WRAP_AAD + header
        )
    except InvalidTag:
        raise WrongSecretError("wrong hub passphrase (or the transfer code is damaged)") from None


def hub_key_transfer_text(
    hub_key: bytes,
    hub_passphrase: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> str:
    """Text for a QR code that moves the hub key to another device of the hub."""
    return TRANSFER_PREFIX + wrap_hub_key(hub_key, hub_passphrase, kdf)


def parse_hub_key_transfer(text: str, hub_passphrase: str) -> bytes:
    """The hub key from a scanned or pasted transfer text (whitespace and prefix case ignored)."""
    if not isinstance(text, str) or len(text) > MAX_TRANSFER_LENGTH:
        raise _bad_transfer()
    compact = "".join(text.split())
    if compact[: len(TRANSFER_PREFIX)].upper() != TRANSFER_PREFIX:
        raise ValidationError(
            "hub_key_transfer", "not_a_hub_key_transfer", "is not a hubdesk hub-key transfer"
        )
    return unwrap_hub_key(compact[len(TRANSFER_PREFIX) :], hub_passphrase)
