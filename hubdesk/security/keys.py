"""The data key of an encrypted SQLCipher store, and the three ways it is kept.

A data key is 32 random bytes that SQLCipher uses raw. It is never written to disk in the clear
(except for a store set up as a demo). Instead it is wrapped three ways, and the wraps live in a
JSON key file beside the store, ``<store>.keys.json`` (mode 0600, written atomically):

* the **OS keyring** (service ``hubdesk``, user name = the key file's ``store_id``), so the app can
  start unattended; the key file records whether an entry was made;
* an **admin passphrase** (at least 10 characters): Argon2id turns it into a key-encryption key that
  wraps the data key with AES-256-GCM;
* a **recovery code** shown once at set-up (26 Crockford base32 characters, 128 bits), wrapped the
  same way.

Key file format (version 1)::

    {"format": "hubdesk-keys", "version": 1, "store_id": "<uuid4>", "demo": false,
     "keyring": true,
     "current": <generation>,          # the key the database is (or was) encrypted with
     "pending": <generation> | null}   # during a rotation: the key it is being re-keyed to
    <generation> = {"key_id": "<16 hex: HMAC-SHA256(key, label), a fingerprint, not the key>",
                    "wraps": {"passphrase": <wrap>, "recovery": <wrap>,
                              "recovery-next": <wrap>}}   # last one only during a rotation
    <wrap> = {"kdf": "argon2id", "iterations": 3, "lanes": 4, "memory_cost": 65536,
              "salt": "<b64, 16 bytes>", "cipher": "aes-256-gcm", "nonce": "<b64, 12 bytes>",
              "ciphertext": "<b64, 48 bytes>"}

The associated data of every wrap is ``hubdesk/key-wrap/v1|<store_id>|<slot>|<key_id>``, so a wrap
cannot be moved to another store, slot or generation. A demo store has ``"demo": true``, its raw key
in ``"demo_key"`` (base64) and no wraps.

**Rotation and candidate keys.** `begin_rotation` makes a new key and recovery code and writes the
key file with the new generation under ``"pending"`` *before* the caller re-keys the database
(``PRAGMA rekey``); the old generation stays under ``"current"``, and is also wrapped with the new
recovery code (slot ``recovery-next``), so both recovery codes open it. `finish_rotation` promotes
``pending`` after the re-key. If the process dies in between, the database holds either key, so
every unlock has a ``*_candidates`` form returning the keys the secret opens, **newest first**::

    for key in keys.candidate_keys(store, passphrase=p):   # or recovery_code=..., or neither
        if database_opens_with(key): break
    # then, if keys.rotation_pending(store): finish the re-key to the newest key and call
    # keys.finish_rotation(store), or call keys.abort_rotation(store) if it opened with the old one.

The single-key forms (`unlock_with_passphrase` and so on) return the newest candidate. The
passphrase opens both generations during a rotation (`begin_rotation` checks it); the old recovery
code opens only the old key, the new one opens both. The keyring holds the new key under
``<store_id>:pending`` until `finish_rotation` moves it to ``<store_id>``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from hubdesk.domain.errors import DomainError, ValidationError
from hubdesk.security.files import write_private_file
from hubdesk.security.passes import (
    crockford_decode,
    crockford_encode,
    is_crockford,
    normalise_crockford,
)

_log = logging.getLogger(__name__)

KEY_LENGTH = 32
SALT_LENGTH = 16
NONCE_LENGTH = 12
PASSPHRASE_MIN = 10
PASSPHRASE_MAX = 1024
RECOVERY_CODE_LENGTH = 26
RECOVERY_CODE_GROUPS = (5, 5, 5, 5, 6)
KEYRING_SERVICE = "hubdesk"
KEY_FILE_FORMAT = "hubdesk-keys"
KEY_FILE_VERSION = 1

SLOT_PASSPHRASE = "passphrase"  # noqa: S105 - a slot name, not a secret
SLOT_RECOVERY = "recovery"
SLOT_RECOVERY_NEXT = "recovery-next"


class WrongSecretError(DomainError):
    """The passphrase, recovery code or key given does not open this store's key."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The defaults are for real stores; tests pass cheaper ones."""

    iterations: int = 3
    lanes: int = 4
    memory_cost: int = 65536  # KiB

    def __post_init__(self) -> None:
        ok = (
            isinstance(self.iterations, int)
            and isinstance(self.lanes, int)
            and isinstance(self.memory_cost, int)
            and 1 <= self.iterations <= 64
            and 1 <= self.lanes <= 64
            and 8 * self.lanes <= self.memory_cost <= 4 * 1024 * 1024
        )
        if not ok:
            raise ValidationError("kdf", "out_of_range", "Argon2id parameters out of range")


@dataclass(frozen=True)
class KeySetup:
    """The outcome of `setup_keys` or `begin_rotation`. Show `recovery_code` once, then drop it."""

    data_key: bytes
    recovery_code: str | None
    used_keyring: bool

    def __repr__(self) -> str:  # keep secrets out of logs and tracebacks
        return f"KeySetup(data_key=..., recovery_code=..., used_keyring={self.used_keyring})"


# --- Wrapping primitives (also used by hubdesk.security.sealing) --------------------------------


def derive_kek(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    """A 32-byte key-encryption key from a passphrase or code (NFC-normalised) and a salt."""
    material = unicodedata.normalize("NFC", secret).encode("utf-8")
    return Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_cost,
    ).derive(material)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise _bad_file()
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _bad_file() from None
    if length is not None and len(data) != length:
        raise _bad_file()
    return data


@dataclass(frozen=True)
class _Wrap:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def make(cls, data_key: bytes, secret: str, aad: bytes, kdf: KdfParams) -> _Wrap:
        salt = secrets.token_bytes(SALT_LENGTH)
        nonce = secrets.token_bytes(NONCE_LENGTH)
        ciphertext = AESGCM(derive_kek(secret, salt, kdf)).encrypt(nonce, data_key, aad)
        return cls(kdf, salt, nonce, ciphertext)

    def open(self, secret: str, aad: bytes) -> bytes | None:
        kek = derive_kek(secret, self.salt, self.kdf)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.ciphertext, aad)
        except InvalidTag:
            return None

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "iterations": self.kdf.iterations,
            "lanes": self.kdf.lanes,
            "memory_cost": self.kdf.memory_cost,
            "salt": _b64(self.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, raw: object) -> _Wrap:
        if not isinstance(raw, dict) or raw.get("kdf") != "argon2id":
            raise _bad_file()
        if raw.get("cipher") != "aes-256-gcm":
            raise _bad_file()
        try:
            kdf = KdfParams(raw["iterations"], raw["lanes"], raw["memory_cost"])
        except (KeyError, ValidationError):
            raise _bad_file() from None
        return cls(
            kdf,
            _unb64(raw.get("salt"), SALT_LENGTH),
            _unb64(raw.get("nonce"), NONCE_LENGTH),
            _unb64(raw.get("ciphertext"), KEY_LENGTH + 16),
        )


# --- The key file -------------------------------------------------------------------------------


def key_id(data_key: bytes) -> str:
    """A short public fingerprint of a data key (HMAC, so it reveals nothing about the key)."""
    return hmac.new(data_key, b"hubdesk key id v1", hashlib.sha256).hexdigest()[:16]


@dataclass
class _Generation:
    key_id: str
    wraps: dict[str, _Wrap] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"key_id": self.key_id, "wraps": {k: w.to_json() for k, w in self.wraps.items()}}

    @classmethod
    def from_json(cls, raw: object) -> _Generation:
        if not isinstance(raw, dict) or not isinstance(raw.get("key_id"), str):
            raise _bad_file()
        wraps = raw.get("wraps")
        if not isinstance(wraps, dict):
            raise _bad_file()
        return cls(raw["key_id"], {str(k): _Wrap.from_json(v) for k, v in wraps.items()})


@dataclass
class _KeyFile:
    store_id: str
    current: _Generation
    pending: _Generation | None = None
    keyring: bool = False
    demo_key: bytes | None = None

    def aad(self, slot: str, generation: _Generation) -> bytes:
        return f"hubdesk/key-wrap/v1|{self.store_id}|{slot}|{generation.key_id}".encode()

    def generations(self) -> list[_Generation]:
        """Newest first."""
        return [self.current] if self.pending is None else [self.pending, self.current]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "store_id": self.store_id,
            "demo": self.demo_key is not None,
            "keyring": self.keyring,
            "current": self.current.to_json(),
            "pending": None if self.pending is None else self.pending.to_json(),
        }
        if self.demo_key is not None:
            out["demo_key"] = _b64(self.demo_key)
        return out

    @classmethod
    def from_json(cls, raw: object) -> _KeyFile:
        if not isinstance(raw, dict) or raw.get("format") != KEY_FILE_FORMAT:
            raise _bad_file()
        if raw.get("version") != KEY_FILE_VERSION:
            raise ValidationError(
                "store", "key_file_too_new", "key file is from a newer version of hubdesk"
            )
        store_id = raw.get("store_id")
        if not isinstance(store_id, str) or not store_id:
            raise _bad_file()
        pending = raw.get("pending")
        demo_key = _unb64(raw.get("demo_key"), KEY_LENGTH) if raw.get("demo") is True else None
        return cls(
            store_id=store_id,
            current=_Generation.from_json(raw.get("current")),
            pending=None if pending is None else _Generation.from_json(pending),
            keyring=raw.get("keyring") is True,
            demo_key=demo_key,
        )


def _bad_file() -> ValidationError:
    return ValidationError("store", "bad_key_file", "key file is damaged or not a hubdesk key file")


def key_file_path(store_path: Path) -> Path:
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + ".keys.json")


def has_keys(store_path: Path) -> bool:
    return key_file_path(store_path).is_file()


def _load(store_path: Path) -> _KeyFile:
    path = key_file_path(store_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError("store", "no_key_file", "store has no key file") from None
    except (OSError, UnicodeDecodeError):
        raise _bad_file() from None
    try:
        raw = json.loads(text)
    except ValueError:
        raise _bad_file() from None
    return _KeyFile.from_json(raw)


def _save(store_path: Path, key_file: _KeyFile) -> None:
    data = json.dumps(key_file.to_json(), indent=2, sort_keys=True) + "\n"
    write_private_file(key_file_path(store_path), data.encode("utf-8"))


def store_id(store_path: Path) -> str:
    """The store's random id (also its keyring user name)."""
    return _load(store_path).store_id


def is_demo(store_path: Path) -> bool:
    return _load(store_path).demo_key is not None


def rotation_pending(store_path: Path) -> bool:
    """True between `begin_rotation` and `finish_rotation` (or `abort_rotation`)."""
    return _load(store_path).pending is not None


# --- Secrets people type ------------------------------------------------------------------------


def validate_passphrase(passphrase: str | None, field_name: str = "passphrase") -> str:
    if passphrase is None or (isinstance(passphrase, str) and not passphrase):
        raise ValidationError(field_name, "required", "is required")
    if not isinstance(passphrase, str):
        raise ValidationError(field_name, "not_text", "must be text")
    length = len(unicodedata.normalize("NFC", passphrase))
    if length < PASSPHRASE_MIN:
        raise ValidationError(
            field_name, "too_short", f"must be at least {PASSPHRASE_MIN} characters"
        )
    if length > PASSPHRASE_MAX:
        raise ValidationError(
            field_name, "too_long", f"must be at most {PASSPHRASE_MAX} characters"
        )
    return passphrase


def new_recovery_code() -> str:
    """128 random bits as 26 Crockford characters, grouped for printing."""
    return format_recovery_code(crockford_encode(secrets.randbits(128), RECOVERY_CODE_LENGTH))


def format_recovery_code(code: str) -> str:
    norm = normalise_recovery_code(code)
    parts, start = [], 0
    for size in RECOVERY_CODE_GROUPS:
        parts.append(norm[start : start + size])
        start += size
    return "-".join(parts)


def normalise_recovery_code(code: str) -> str:
    """The 26 canonical characters: any case, spaces and hyphens ignored, O→0, I/L→1.

    ValidationError(field "recovery_code") if it cannot be a recovery code.
    """
    if not isinstance(code, str) or len(code) > 200:
        raise ValidationError("recovery_code", "bad_length", "must be 26 characters")
    norm = normalise_crockford(code, drop="-‐‑–—_.")
    if len(norm) != RECOVERY_CODE_LENGTH:
        raise ValidationError("recovery_code", "bad_length", "must be 26 characters")
    if not is_crockford(norm) or crockford_decode(norm) >> 128:
        raise ValidationError(
            "recovery_code", "bad_character", "has a character that cannot be in it"
        )
    return norm


# --- Keyring ------------------------------------------------------------------------------------


def _keyring_backend() -> Any | None:
    """The OS keyring backend, or None when there is none (the `fail` backend, or errors)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring install must not stop the app starting
        _log.warning("keyring unavailable (%s)", type(exc).__name__)
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return backend


def _keyring_get(user: str) -> bytes | None:
    backend = _keyring_backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, user)
    except Exception as exc:  # KeyringError, or a D-Bus/OS error from a backend
        _log.warning("keyring read failed (%s)", type(exc).__name__)
        return None
    if not isinstance(value, str):
        return None
    try:
        key = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return key if len(key) == KEY_LENGTH else None


def _keyring_set(user: str, data_key: bytes) -> bool:
    backend = _keyring_backend()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, user, _b64(data_key))
    except Exception as exc:
        _log.warning("keyring write failed (%s)", type(exc).__name__)
        return False
    # Some backends accept a write they cannot keep; only count it if it reads back.
    stored = _keyring_get(user)
    return stored is not None and hmac.compare_digest(stored, data_key)


def _keyring_delete(user: str) -> None:
    backend = _keyring_backend()
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, user)
    except Exception as exc:  # PasswordDeleteError when there is no entry: nothing to do
        _log.debug("keyring delete skipped (%s)", type(exc).__name__)


def _pending_user(kf: _KeyFile) -> str:
    return f"{kf.store_id}:pending"


def store_keyring_entry(store_path: Path, data_key: bytes) -> bool:
    """Keep `data_key` in the OS keyring for unattended start. False if there is no keyring.

    WrongSecretError if `data_key` is not one of this store's keys.
    """
    kf = _load(store_path)
    if kf.demo_key is not None:
        return False
    generation = _generation_for(kf, data_key)
    user = _pending_user(kf) if generation is kf.pending else kf.store_id
    if not _keyring_set(user, data_key):
        return False
    if not kf.keyring:
        kf.keyring = True
        _save(store_path, kf)
    return True


def forget_keyring_entry(store_path: Path) -> None:
    """Remove this store's keyring entries; from now on it needs the passphrase to open."""
    kf = _load(store_path)
    _keyring_delete(kf.store_id)
    _keyring_delete(_pending_user(kf))
    if kf.keyring:
        kf.keyring = False
        _save(store_path, kf)


# --- Set-up and unlock --------------------------------------------------------------------------


def _check_key(data_key: bytes) -> None:
    if not isinstance(data_key, bytes) or len(data_key) != KEY_LENGTH:
        raise ValidationError("data_key", "bad_length", "must be 32 bytes")


def _generation_for(kf: _KeyFile, data_key: bytes) -> _Generation:
    _check_key(data_key)
    kid = key_id(data_key)
    for generation in kf.generations():
        if hmac.compare_digest(generation.key_id, kid):
            return generation
    raise WrongSecretError("the key given is not a key of this store")


def setup_keys(
    store_path: Path,
    *,
    passphrase: str | None,
    use_keyring: bool = True,
    demo: bool = False,
    kdf: KdfParams = KdfParams(),
) -> KeySetup:
    """Make a store's data key and its key file. Refuses if the store already has a key file.

    A passphrase is required unless `demo`; a demo store keeps its key in the clear and gets no
    passphrase, recovery code or keyring entry.
    """
    if has_keys(store_path):
        raise ValidationError("store", "already_set_up", "store already has a key file")
    if demo:
        if passphrase is not None:
            raise ValidationError("passphrase", "not_for_demo", "a demo store has no passphrase")
    else:
        validate_passphrase(passphrase)
    data_key = secrets.token_bytes(KEY_LENGTH)
    kf = _KeyFile(store_id=str(uuid.uuid4()), current=_Generation(key_id(data_key)))
    if demo:
        kf.demo_key = data_key
        _save(store_path, kf)
        return KeySetup(data_key, None, used_keyring=False)

    assert passphrase is not None
    code = new_recovery_code()
    _add_wraps(kf, kf.current, data_key, passphrase, code, kdf)
    # The key file first: a keyring entry without a key file would be an orphan.
    _save(store_path, kf)
    if use_keyring and _keyring_set(kf.store_id, data_key):
        kf.keyring = True
        _save(store_path, kf)
    return KeySetup(data_key, code, used_keyring=kf.keyring)


def _add_wraps(
    kf: _KeyFile,
    generation: _Generation,
    data_key: bytes,
    passphrase: str,
    recovery_code: str,
    kdf: KdfParams,
) -> None:
    code = normalise_recovery_code(recovery_code)
    for slot, secret in ((SLOT_PASSPHRASE, passphrase), (SLOT_RECOVERY, code)):
        generation.wraps[slot] = _Wrap.make(data_key, secret, kf.aad(slot, generation), kdf)


def _open_slots(kf: _KeyFile, secret: str, slots: tuple[str, ...]) -> list[bytes]:
    found: list[bytes] = []
    for generation in kf.generations():
        for slot in slots:
            wrap = generation.wraps.get(slot)
            if wrap is None:
                continue
            key = wrap.open(secret, kf.aad(slot, generation))
            if key is not None and hmac.compare_digest(key_id(key), generation.key_id):
                found.append(key)
                break
    return found


def _refuse_demo(kf: _KeyFile) -> None:
    if kf.demo_key is not None:
        raise ValidationError("store", "demo_store", "a demo store has no passphrase or code")


def unattended_candidates(store_path: Path) -> list[bytes]:
    """Keys available without a person: the demo key, or keyring entries. Newest first."""
    kf = _load(store_path)
    if kf.demo_key is not None:
        return [kf.demo_key]
    if not kf.keyring:
        return []
    entries = [k for k in (_keyring_get(_pending_user(kf)), _keyring_get(kf.store_id)) if k]
    found: list[bytes] = []
    for generation in kf.generations():
        for key in entries:
            if hmac.compare_digest(key_id(key), generation.key_id):
                found.append(key)
                break
    return found


def unlock_unattended(store_path: Path) -> bytes | None:
    """The demo key or the keyring's key (the newest, during a rotation); None if neither."""
    found = unattended_candidates(store_path)
    return found[0] if found else None


def unlock_candidates_with_passphrase(store_path: Path, passphrase: str) -> list[bytes]:
    """Every key the passphrase opens, newest first. WrongSecretError if it opens none."""
    kf = _load(store_path)
    _refuse_demo(kf)
    if not isinstance(passphrase, str) or not passphrase:
        raise ValidationError("passphrase", "required", "is required")
    found = _open_slots(kf, passphrase, (SLOT_PASSPHRASE,))
    if not found:
        raise WrongSecretError("wrong passphrase: it does not open this store")
    return found


def unlock_with_passphrase(store_path: Path, passphrase: str) -> bytes:
    return unlock_candidates_with_passphrase(store_path, passphrase)[0]


def unlock_candidates_with_recovery_code(store_path: Path, code: str) -> list[bytes]:
    """Every key the recovery code opens, newest first. WrongSecretError if it opens none."""
    kf = _load(store_path)
    _refuse_demo(kf)
    norm = normalise_recovery_code(code)
    found = _open_slots(kf, norm, (SLOT_RECOVERY, SLOT_RECOVERY_NEXT))
    if not found:
        raise WrongSecretError("wrong recovery code: it does not open this store")
    return found


def unlock_with_recovery_code(store_path: Path, code: str) -> bytes:
    return unlock_candidates_with_recovery_code(store_path, code)[0]


def candidate_keys(
    store_path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> list[bytes]:
    """The keys to try opening the database with, newest first.

    With a passphrase or a recovery code (not both), the keys it opens (WrongSecretError if none);
    with neither, the unattended keys (possibly an empty list).
    """
    if passphrase is not None and recovery_code is not None:
        raise ValidationError("passphrase", "both_given", "give a passphrase or a code, not both")
    if passphrase is not None:
        return unlock_candidates_with_passphrase(store_path, passphrase)
    if recovery_code is not None:
        return unlock_candidates_with_recovery_code(store_path, recovery_code)
    return unattended_candidates(store_path)


# --- Changes ------------------------------------------------------------------------------------


def _refuse_pending(kf: _KeyFile) -> None:
    if kf.pending is not None:
        raise ValidationError("store", "rotation_pending", "finish or abort the key rotation first")


def change_passphrase(
    store_path: Path,
    data_key: bytes,
    new_passphrase: str,
    kdf: KdfParams = KdfParams(),
) -> None:
    """Re-wrap the current key with a new passphrase. The recovery code is unchanged."""
    validate_passphrase(new_passphrase)
    kf = _load(store_path)
    _refuse_demo(kf)
    _refuse_pending(kf)
    generation = _generation_for(kf, data_key)
    generation.wraps[SLOT_PASSPHRASE] = _Wrap.make(
        data_key, new_passphrase, kf.aad(SLOT_PASSPHRASE, generation), kdf
    )
    _save(store_path, kf)


def begin_rotation(
    store_path: Path,
    old_key: bytes,
    passphrase: str,
    kdf: KdfParams = KdfParams(),
) -> KeySetup:
    """Make a new data key and recovery code and record them as pending, before the re-key.

    `passphrase` must be the store's passphrase (it is checked, so that it opens both keys while
    the rotation is under way). After this returns, re-key the database to `data_key`, then call
    `finish_rotation`. Show the new recovery code: the old one stops working at the re-key.
    """
    kf = _load(store_path)
    _refuse_demo(kf)
    _refuse_pending(kf)
    if _generation_for(kf, old_key) is not kf.current:
        raise WrongSecretError("the key given is not this store's current key")
    if not isinstance(passphrase, str) or not _open_slots(kf, passphrase, (SLOT_PASSPHRASE,)):
        raise WrongSecretError("wrong passphrase: it does not open this store")

    new_key = secrets.token_bytes(KEY_LENGTH)
    code = new_recovery_code()
    pending = _Generation(key_id(new_key))
    _add_wraps(kf, pending, new_key, passphrase, code, kdf)
    kf.pending = pending
    kf.current.wraps[SLOT_RECOVERY_NEXT] = _Wrap.make(
        old_key, normalise_recovery_code(code), kf.aad(SLOT_RECOVERY_NEXT, kf.current), kdf
    )
    _save(store_path, kf)  # both generations are on disk before anyone touches the database
    used_keyring = kf.keyring and _keyring_set(_pending_user(kf), new_key)
    return KeySetup(new_key, code, used_keyring=used_keyring)


def finish_rotation(store_path: Path, new_key: bytes | None = None) -> None:
    """Drop the old key's wraps once the database is re-keyed, and move the keyring entry.

    `new_key` is optional: without it the keyring entry is moved from the pending entry made by
    `begin_rotation`, if there is one. ValidationError(field "store", code "no_rotation") if no
    rotation is under way.
    """
    kf = _load(store_path)
    if kf.pending is None:
        raise ValidationError("store", "no_rotation", "no key rotation is under way")
    pending = kf.pending
    if new_key is None:
        new_key = _keyring_get(_pending_user(kf)) if kf.keyring else None
    elif _generation_for(kf, new_key) is not pending:
        raise WrongSecretError("the key given is not the store's new key")
    if kf.keyring:
        # Main entry first: a crash after this leaves both entries holding the new key.
        ok = new_key is not None and key_id(new_key) == pending.key_id
        kf.keyring = ok and new_key is not None and _keyring_set(kf.store_id, new_key)
        if not kf.keyring:
            _keyring_delete(kf.store_id)  # it holds the old key, which opens nothing now
    pending.wraps.pop(SLOT_RECOVERY_NEXT, None)
    kf.current, kf.pending = pending, None
    _save(store_path, kf)
    _keyring_delete(_pending_user(kf))


def abort_rotation(store_path: Path) -> None:
    """Forget a pending rotation (the database was never re-keyed). Its recovery code is void."""
    kf = _load(store_path)
    if kf.pending is None:
        raise ValidationError("store", "no_rotation", "no key rotation is under way")
    kf.pending = None
    kf.current.wraps.pop(SLOT_RECOVERY_NEXT, None)
    _save(store_path, kf)
    _keyring_delete(_pending_user(kf))
