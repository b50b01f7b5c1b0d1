"""Where stores live, and creating, unlocking and re-keying them.

A device store is unlocked, in order, by: the demo key (demo stores only), the OS keyring (for
unattended start), or a passphrase or recovery code a person types. It never falls back to a
plaintext key file: with no keyring and no passphrase, `unlock_store` raises PassphraseNeededError
and the app asks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from hubdesk.domain.errors import DomainError
from hubdesk.security import keys
from hubdesk.storage.engine import Store, StoreLockedError, make_engine, open_store, rekey_store

log = logging.getLogger(__name__)

APP_NAME = "hubdesk"


class PassphraseNeededError(DomainError):
    """No unattended key opens this store: ask for the passphrase or the recovery code."""

    def __init__(self) -> None:
        super().__init__("this store needs its passphrase (or recovery code) to open")


def data_dir() -> Path:
    """The per-user folder for stores, keys and logs (e.g. ~/.local/share/hubdesk)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_store_path() -> Path:
    return data_dir() / "hubdesk.db"


def demo_store_path() -> Path:
    """The embedded default store the app opens when given none: clearly a demo."""
    return data_dir() / "demo" / "hubdesk-demo.db"


@dataclass(frozen=True)
class CreatedStore:
    store: Store
    recovery_code: str | None  # show once, then forget
    used_keyring: bool


def create_store(
    path: Path,
    *,
    passphrase: str | None,
    demo: bool = False,
    use_keyring: bool = True,
    kdf: keys.KdfParams | None = None,
) -> CreatedStore:
    """Make a new encrypted store with a fresh random data key wrapped three ways."""
    path = Path(path)
    if path.exists() or keys.has_keys(path):
        from hubdesk.domain.errors import ValidationError

        raise ValidationError("store", "exists", "a store already exists there")
    path.parent.mkdir(parents=True, exist_ok=True)
    setup = keys.setup_keys(
        path,
        passphrase=passphrase,
        use_keyring=use_keyring,
        demo=demo,
        kdf=kdf or keys.KdfParams(),
    )
    store = open_store(path, setup.data_key)
    return CreatedStore(store, setup.recovery_code, setup.used_keyring)


def unlock_store(
    path: Path, *, passphrase: str | None = None, recovery_code: str | None = None
) -> Store:
    """Open an existing store with whatever unlocks it; finish or undo an interrupted rotation.

    Raises PassphraseNeededError when nothing unattended opens it and no secret was given,
    WrongSecretError for a wrong passphrase or recovery code, StoreTooNewError for a store
    from a newer hubdesk.
    """
    path = Path(path)
    candidates = keys.candidate_keys(path, passphrase=passphrase, recovery_code=recovery_code)
    if not candidates:
        raise PassphraseNeededError
    key = _first_key_that_opens(path, candidates)
    if keys.rotation_pending(path):
        if key == candidates[0] and len(candidates) > 1:
            keys.finish_rotation(path, key)  # the re-key had happened
        elif len(candidates) > 1:
            keys.abort_rotation(path)  # it had not: the old key still stands
    return open_store(path, key)


def _first_key_that_opens(path: Path, candidates: list[bytes]) -> bytes:
    for key in candidates:
        try:
            make_engine(path, key, pool_size=1).dispose()
        except StoreLockedError:
            continue
        return key
    raise StoreLockedError(path)


def rotate_key(path: Path, passphrase: str, kdf: keys.KdfParams | None = None) -> str:
    """Re-encrypt the store under a new data key. Returns the new recovery code (show once).

    The store must not be open elsewhere. Safe against a crash at any step: see keys.py.
    """
    path = Path(path)
    old_key = _first_key_that_opens(path, keys.candidate_keys(path, passphrase=passphrase))
    setup = keys.begin_rotation(path, old_key, passphrase, kdf or keys.KdfParams())
    rekey_store(path, old_key, setup.data_key)
    keys.finish_rotation(path, setup.data_key)
    log.info("store key rotated")
    assert setup.recovery_code is not None
    return setup.recovery_code


def change_passphrase(
    path: Path,
    *,
    new_passphrase: str,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    kdf: keys.KdfParams | None = None,
) -> None:
    """Set a new admin passphrase, proving knowledge of the old one or of the recovery code."""
    path = Path(path)
    key = _first_key_that_opens(
        path, keys.candidate_keys(path, passphrase=passphrase, recovery_code=recovery_code)
    )
    keys.change_passphrase(path, key, new_passphrase, kdf or keys.KdfParams())
