from __future__ import annotations

import base64
import json
import logging
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import DomainError, ValidationError
from hubdesk.security import keys
from hubdesk.security.keys import (
    KdfParams,
    WrongSecretError,
    begin_rotation,
    candidate_keys,
    change_passphrase,
    finish_rotation,
    forget_keyring_entry,
    format_recovery_code,
    has_keys,
    key_file_path,
    new_recovery_code,
    normalise_recovery_code,
    setup_keys,
    store_keyring_entry,
    unlock_unattended,
    unlock_with_passphrase,
    unlock_with_recovery_code,
)
from hubdesk.security.passes import crockford_encode
from tests.unit.security.security_fakes import CHEAP_KDF, MemoryKeyring

PASS = "correct horse battery"
NEW_PASS = "another long passphrase"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "hub.db"


def raw_file(store: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(key_file_path(store).read_text())
    return data


def assert_key_not_in_file(store: Path, data_key: bytes) -> None:
    text = key_file_path(store).read_text()
    for form in (
        base64.b64encode(data_key).decode(),
        base64.urlsafe_b64encode(data_key).decode(),
        data_key.hex(),
        data_key.hex().upper(),
    ):
        assert form not in text


# --- Paths and set-up ---------------------------------------------------------------------------


def test_key_file_path(tmp_path: Path) -> None:
    assert key_file_path(tmp_path / "hub.db") == tmp_path / "hub.db.keys.json"
    assert not has_keys(tmp_path / "hub.db")


def test_setup_with_keyring(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert len(setup.data_key) == 32
    assert setup.used_keyring
    assert setup.recovery_code is not None
    assert has_keys(store)
    data = raw_file(store)
    assert data["keyring"] is True
    assert data["demo"] is False
    assert data["pending"] is None
    assert ("hubdesk", data["store_id"]) in memory_keyring.entries
    assert unlock_unattended(store) == setup.data_key
    assert_key_not_in_file(store, setup.data_key)
    assert "data_key=..." in repr(setup)
    assert setup.recovery_code not in repr(setup)
    if os.name == "posix":
        assert stat.S_IMODE(key_file_path(store).stat().st_mode) == 0o600


def test_setup_without_keyring(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert not setup.used_keyring
    assert raw_file(store)["keyring"] is False
    assert unlock_unattended(store) is None
    assert unlock_with_passphrase(store, PASS) == setup.data_key


def test_setup_declining_keyring(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup = setup_keys(store, passphrase=PASS, use_keyring=False, kdf=CHEAP_KDF)
    assert not setup.used_keyring
    assert memory_keyring.entries == {}
    assert unlock_unattended(store) is None


def test_setup_with_broken_keyring_logs_no_secret(
    store: Path, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    memory_keyring.broken = True
    with caplog.at_level(logging.DEBUG):
        setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert not setup.used_keyring
    assert "KeyringError" in caplog.text
    assert PASS not in caplog.text
    assert base64.b64encode(setup.data_key).decode() not in caplog.text
    assert unlock_unattended(store) is None


def test_setup_records_kdf_params(store: Path, no_keyring: None) -> None:
    kdf = KdfParams(iterations=2, lanes=2, memory_cost=64)
    setup_keys(store, passphrase=PASS, kdf=kdf)
    wrap = raw_file(store)["current"]["wraps"]["passphrase"]  # type: ignore[index]
    assert (wrap["iterations"], wrap["lanes"], wrap["memory_cost"]) == (2, 2, 64)
    assert wrap["kdf"] == "argon2id"
    assert wrap["cipher"] == "aes-256-gcm"


def test_default_kdf_params() -> None:
    assert KdfParams() == KdfParams(iterations=3, lanes=4, memory_cost=65536)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"iterations": 0},
        {"lanes": 0},
        {"memory_cost": 7, "lanes": 1},
        {"memory_cost": 16, "lanes": 4},
        {"memory_cost": 10**9},
    ],
)
def test_kdf_params_refused(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as err:
        KdfParams(**kwargs)
    assert err.value.field == "kdf"


@pytest.mark.parametrize(
    ("passphrase", "code"), [(None, "required"), ("", "required"), ("short", "too_short")]
)
def test_setup_refuses_bad_passphrase(
    store: Path, no_keyring: None, passphrase: str | None, code: str
) -> None:
    with pytest.raises(ValidationError) as err:
        setup_keys(store, passphrase=passphrase, kdf=CHEAP_KDF)
    assert (err.value.field, err.value.code) == ("passphrase", code)
    assert not has_keys(store)


def test_setup_refuses_existing_key_file(store: Path, no_keyring: None) -> None:
    first = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    with pytest.raises(ValidationError) as err:
        setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert (err.value.field, err.value.code) == ("store", "already_set_up")
    assert unlock_with_passphrase(store, PASS) == first.data_key


def test_passphrase_is_nfc_normalised(store: Path, no_keyring: None) -> None:
    composed = "caf\u00e9 au lait, s'il vous plaît"
    decomposed = "cafe\u0301 au lait, s'il vous plaît"
    setup = setup_keys(store, passphrase=composed, kdf=CHEAP_KDF)
    assert unlock_with_passphrase(store, decomposed) == setup.data_key


# --- Demo store ---------------------------------------------------------------------------------


def test_demo_store(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup = setup_keys(store, passphrase=None, demo=True)
    assert setup.recovery_code is None
    assert not setup.used_keyring
    assert memory_keyring.entries == {}
    data = raw_file(store)
    assert data["demo"] is True
    assert base64.b64decode(data["demo_key"]) == setup.data_key  # type: ignore[arg-type]
    assert keys.is_demo(store)
    assert unlock_unattended(store) == setup.data_key
    with pytest.raises(ValidationError) as err:
        unlock_with_passphrase(store, PASS)
    assert err.value.code == "demo_store"
    with pytest.raises(ValidationError):
        begin_rotation(store, setup.data_key, PASS, CHEAP_KDF)
    with pytest.raises(ValidationError):
        change_passphrase(store, setup.data_key, NEW_PASS, CHEAP_KDF)
    assert store_keyring_entry(store, setup.data_key) is False


def test_demo_refuses_passphrase(store: Path) -> None:
    with pytest.raises(ValidationError) as err:
        setup_keys(store, passphrase=PASS, demo=True)
    assert (err.value.field, err.value.code) == ("passphrase", "not_for_demo")


def test_only_demo_stores_hold_a_clear_key(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert "demo_key" not in raw_file(store)
    assert not keys.is_demo(store)
    assert_key_not_in_file(store, setup.data_key)


# --- Unlocking ----------------------------------------------------------------------------------


def test_wrong_passphrase(store: Path, no_keyring: None) -> None:
    setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    with pytest.raises(WrongSecretError, match="wrong passphrase") as err:
        unlock_with_passphrase(store, "not the passphrase")
    assert isinstance(err.value, DomainError)
    assert "not the passphrase" not in str(err.value)
    with pytest.raises(ValidationError) as verr:
        unlock_with_passphrase(store, "")
    assert verr.value.field == "passphrase"


def test_recovery_code_unlocks(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    code = setup.recovery_code
    assert code is not None
    assert unlock_with_recovery_code(store, code) == setup.data_key
    messy = " " + code.lower().replace("-", " ").replace("0", "o").replace("1", "l") + "\n"
    assert unlock_with_recovery_code(store, messy) == setup.data_key


def test_wrong_recovery_code(store: Path, no_keyring: None) -> None:
    setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    other = new_recovery_code()
    with pytest.raises(WrongSecretError, match="wrong recovery code") as err:
        unlock_with_recovery_code(store, other)
    assert normalise_recovery_code(other) not in str(err.value)
    with pytest.raises(ValidationError) as verr:
        unlock_with_recovery_code(store, "ABC")
    assert (verr.value.field, verr.value.code) == ("recovery_code", "bad_length")


def test_passphrase_does_not_open_recovery_slot(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert setup.recovery_code is not None
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(store, normalise_recovery_code(setup.recovery_code))


def test_candidate_keys_dispatch(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert setup.recovery_code is not None
    assert candidate_keys(store) == [setup.data_key]
    assert candidate_keys(store, passphrase=PASS) == [setup.data_key]
    assert candidate_keys(store, recovery_code=setup.recovery_code) == [setup.data_key]
    with pytest.raises(ValidationError):
        candidate_keys(store, passphrase=PASS, recovery_code=setup.recovery_code)


def test_unlock_without_key_file(store: Path) -> None:
    with pytest.raises(ValidationError) as err:
        unlock_unattended(store)
    assert (err.value.field, err.value.code) == ("store", "no_key_file")


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"format": "something-else"}',
        '{"format": "hubdesk-keys", "version": 1}',
        '{"format": "hubdesk-keys", "version": 1, "store_id": "x", "current": {"key_id": "a"}}',
        '{"format": "hubdesk-keys", "version": 1, "store_id": "x", "demo": true,'
        ' "current": {"key_id": "a", "wraps": {}}, "demo_key": "short"}',
    ],
)
def test_damaged_key_file(store: Path, content: str) -> None:
    key_file_path(store).write_text(content)
    with pytest.raises(ValidationError) as err:
        unlock_unattended(store)
    assert (err.value.field, err.value.code) == ("store", "bad_key_file")


def test_damaged_wrap(store: Path, no_keyring: None) -> None:
    setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    data = raw_file(store)
    data["current"]["wraps"]["passphrase"]["nonce"] = "!!"  # type: ignore[index]
    key_file_path(store).write_text(json.dumps(data))
    with pytest.raises(ValidationError, match="damaged"):
        unlock_with_passphrase(store, PASS)


def test_newer_key_file_refused(store: Path, no_keyring: None) -> None:
    setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    data = raw_file(store)
    data["version"] = 2
    key_file_path(store).write_text(json.dumps(data))
    with pytest.raises(ValidationError) as err:
        unlock_with_passphrase(store, PASS)
    assert err.value.code == "key_file_too_new"


def test_wraps_are_bound_to_store_and_slot(tmp_path: Path, no_keyring: None) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    setup_keys(a, passphrase=PASS, kdf=CHEAP_KDF)
    setup_keys(b, passphrase=PASS, kdf=CHEAP_KDF)
    data_a, data_b = raw_file(a), raw_file(b)
    # Another store's wrap, same passphrase: refused because the store id is in the AAD.
    data_b["current"]["wraps"]["passphrase"] = data_a["current"]["wraps"]["passphrase"]  # type: ignore[index]
    data_b["current"]["key_id"] = data_a["current"]["key_id"]  # type: ignore[index]
    key_file_path(b).write_text(json.dumps(data_b))
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(b, PASS)


def test_wrap_aad_binds_slot() -> None:
    data_key = os.urandom(32)
    wrap = keys._Wrap.make(data_key, PASS, b"store|passphrase|id", CHEAP_KDF)
    assert wrap.open(PASS, b"store|passphrase|id") == data_key
    assert wrap.open(PASS, b"store|recovery|id") is None
    assert wrap.open("wrong passphrase", b"store|passphrase|id") is None


def test_keyring_entry_with_garbage_is_ignored(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    sid = keys.store_id(store)
    for garbage in [
        "not base64!",
        base64.b64encode(b"short").decode(),
        base64.b64encode(bytes(32)).decode(),
    ]:
        memory_keyring.entries[("hubdesk", sid)] = garbage
        assert unlock_unattended(store) is None


# --- Keyring entries ----------------------------------------------------------------------------


def test_store_and_forget_keyring_entry(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup = setup_keys(store, passphrase=PASS, use_keyring=False, kdf=CHEAP_KDF)
    assert unlock_unattended(store) is None
    assert store_keyring_entry(store, setup.data_key) is True
    assert raw_file(store)["keyring"] is True
    assert unlock_unattended(store) == setup.data_key
    forget_keyring_entry(store)
    assert raw_file(store)["keyring"] is False
    assert memory_keyring.entries == {}
    assert unlock_unattended(store) is None
    forget_keyring_entry(store)  # twice is fine


def test_store_keyring_entry_refuses_wrong_key(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup_keys(store, passphrase=PASS, use_keyring=False, kdf=CHEAP_KDF)
    with pytest.raises(WrongSecretError):
        store_keyring_entry(store, os.urandom(32))
    with pytest.raises(ValidationError) as err:
        store_keyring_entry(store, b"short")
    assert err.value.field == "data_key"


def test_store_keyring_entry_without_keyring(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert store_keyring_entry(store, setup.data_key) is False
    assert raw_file(store)["keyring"] is False
    forget_keyring_entry(store)


def test_keyring_disappearing_later(store: Path, memory_keyring: MemoryKeyring) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    memory_keyring.broken = True
    assert unlock_unattended(store) is None
    assert unlock_with_passphrase(store, PASS) == setup.data_key


# --- Changing the passphrase --------------------------------------------------------------------


def test_change_passphrase(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert setup.recovery_code is not None
    change_passphrase(store, setup.data_key, NEW_PASS, CHEAP_KDF)
    assert unlock_with_passphrase(store, NEW_PASS) == setup.data_key
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(store, PASS)
    assert unlock_with_recovery_code(store, setup.recovery_code) == setup.data_key


def test_change_passphrase_refusals(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    with pytest.raises(ValidationError) as err:
        change_passphrase(store, setup.data_key, "short", CHEAP_KDF)
    assert err.value.field == "passphrase"
    with pytest.raises(WrongSecretError):
        change_passphrase(store, os.urandom(32), NEW_PASS, CHEAP_KDF)
    assert unlock_with_passphrase(store, PASS) == setup.data_key


# --- Rotation -----------------------------------------------------------------------------------


class FakeDatabase:
    """Stands in for the SQLCipher file: it opens with exactly one key."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def open_with(self, candidates: list[bytes]) -> bytes | None:
        return next((k for k in candidates if k == self.key), None)


@pytest.fixture
def rotating(store: Path, memory_keyring: MemoryKeyring) -> tuple[Path, bytes, str]:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    assert setup.recovery_code is not None
    return store, setup.data_key, setup.recovery_code


def test_rotation_happy_path(
    rotating: tuple[Path, bytes, str], memory_keyring: MemoryKeyring
) -> None:
    store, old_key, old_code = rotating
    new = begin_rotation(store, old_key, PASS, CHEAP_KDF)
    assert new.data_key != old_key
    assert new.recovery_code is not None
    assert new.recovery_code != old_code
    assert new.used_keyring
    assert keys.rotation_pending(store)
    assert_key_not_in_file(store, new.data_key)
    finish_rotation(store)
    assert not keys.rotation_pending(store)
    assert unlock_with_passphrase(store, PASS) == new.data_key
    assert unlock_with_recovery_code(store, new.recovery_code) == new.data_key
    assert unlock_unattended(store) == new.data_key
    with pytest.raises(WrongSecretError):
        unlock_with_recovery_code(store, old_code)
    sid = keys.store_id(store)
    assert set(memory_keyring.entries) == {("hubdesk", sid)}
    assert "recovery-next" not in raw_file(store)["current"]["wraps"]  # type: ignore[index]


def test_rotation_interrupted_before_rekey(rotating: tuple[Path, bytes, str]) -> None:
    store, old_key, old_code = rotating
    new = begin_rotation(store, old_key, PASS, CHEAP_KDF)
    assert new.recovery_code is not None
    db = FakeDatabase(old_key)  # the process died before PRAGMA rekey
    assert candidate_keys(store, passphrase=PASS) == [new.data_key, old_key]
    assert db.open_with(candidate_keys(store, passphrase=PASS)) == old_key
    assert db.open_with(candidate_keys(store, recovery_code=old_code)) == old_key
    assert db.open_with(candidate_keys(store, recovery_code=new.recovery_code)) == old_key
    assert candidate_keys(store) == [new.data_key, old_key]
    assert db.open_with(candidate_keys(store)) == old_key
    # Recovery: give up on this rotation; the old key is all there is again.
    keys.abort_rotation(store)
    assert not keys.rotation_pending(store)
    assert candidate_keys(store) == [old_key]
    assert unlock_with_recovery_code(store, old_code) == old_key
    with pytest.raises(WrongSecretError):
        unlock_with_recovery_code(store, new.recovery_code)
    with pytest.raises(ValidationError):
        keys.abort_rotation(store)


def test_rotation_interrupted_after_rekey(rotating: tuple[Path, bytes, str]) -> None:
    store, old_key, _old_code = rotating
    new = begin_rotation(store, old_key, PASS, CHEAP_KDF)
    assert new.recovery_code is not None
    db = FakeDatabase(new.data_key)  # re-keyed, then died before finish_rotation
    assert db.open_with(candidate_keys(store, passphrase=PASS)) == new.data_key
    assert db.open_with(candidate_keys(store, recovery_code=new.recovery_code)) == new.data_key
    assert db.open_with(candidate_keys(store)) == new.data_key
    assert unlock_with_passphrase(store, PASS) == new.data_key  # newest first
    finish_rotation(store)
    assert db.open_with(candidate_keys(store)) == new.data_key
    assert db.open_with(candidate_keys(store, passphrase=PASS)) == new.data_key


def test_rotation_interrupted_inside_begin(
    rotating: tuple[Path, bytes, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, old_key, old_code = rotating
    before = key_file_path(store).read_bytes()

    def crash(*args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(keys, "write_private_file", crash)
    with pytest.raises(OSError, match="power cut"):
        begin_rotation(store, old_key, PASS, CHEAP_KDF)
    monkeypatch.undo()
    assert key_file_path(store).read_bytes() == before
    assert unlock_with_passphrase(store, PASS) == old_key
    assert unlock_with_recovery_code(store, old_code) == old_key
    assert unlock_unattended(store) == old_key


def test_rotation_interrupted_inside_finish(
    rotating: tuple[Path, bytes, str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    store, old_key, _ = rotating
    new = begin_rotation(store, old_key, PASS, CHEAP_KDF)
    db = FakeDatabase(new.data_key)

    def crash(*args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(keys, "write_private_file", crash)
    with pytest.raises(OSError, match="power cut"):
        finish_rotation(store)  # keyring main entry already moved, key file not yet written
    monkeypatch.undo()
    assert keys.rotation_pending(store)
    assert db.open_with(candidate_keys(store)) == new.data_key
    assert db.open_with(candidate_keys(store, passphrase=PASS)) == new.data_key
    finish_rotation(store)
    assert unlock_unattended(store) == new.data_key
    assert set(memory_keyring.entries) == {("hubdesk", keys.store_id(store))}


def test_rotation_without_keyring(store: Path, no_keyring: None) -> None:
    setup = setup_keys(store, passphrase=PASS, kdf=CHEAP_KDF)
    new = begin_rotation(store, setup.data_key, PASS, CHEAP_KDF)
    assert not new.used_keyring
    assert candidate_keys(store) == []
    finish_rotation(store)
    assert unlock_with_passphrase(store, PASS) == new.data_key


def test_finish_rotation_with_explicit_key(
    rotating: tuple[Path, bytes, str], memory_keyring: MemoryKeyring
) -> None:
    store, old_key, _ = rotating
    new = begin_rotation(store, old_key, PASS, CHEAP_KDF)
    del memory_keyring.entries[("hubdesk", keys.store_id(store) + ":pending")]
    with pytest.raises(WrongSecretError):
        finish_rotation(store, old_key)
    finish_rotation(store, new.data_key)
    assert unlock_unattended(store) == new.data_key


def test_finish_rotation_without_pending_keyring_entry_drops_stale_entry(
    rotating: tuple[Path, bytes, str], memory_keyring: MemoryKeyring
) -> None:
    store, old_key, _ = rotating
    new = begin_rotation(store, old_key, PASS, CHEAP_KDF)
    del memory_keyring.entries[("hubdesk", keys.store_id(store) + ":pending")]
    finish_rotation(store)
    assert memory_keyring.entries == {}
    assert raw_file(store)["keyring"] is False
    assert unlock_unattended(store) is None
    assert unlock_with_passphrase(store, PASS) == new.data_key


def test_rotation_refusals(rotating: tuple[Path, bytes, str]) -> None:
    store, old_key, _ = rotating
    with pytest.raises(WrongSecretError):
        begin_rotation(store, old_key, "wrong passphrase!", CHEAP_KDF)
    with pytest.raises(WrongSecretError):
        begin_rotation(store, os.urandom(32), PASS, CHEAP_KDF)
    with pytest.raises(ValidationError) as err:
        finish_rotation(store)
    assert err.value.code == "no_rotation"
    new = begin_rotation(store, old_key, PASS, CHEAP_KDF)
    with pytest.raises(ValidationError) as err:
        begin_rotation(store, old_key, PASS, CHEAP_KDF)
    assert err.value.code == "rotation_pending"
    with pytest.raises(ValidationError) as err:
        change_passphrase(store, old_key, NEW_PASS, CHEAP_KDF)
    assert err.value.code == "rotation_pending"
    # A key of either generation may go into the keyring while the rotation is pending.
    assert store_keyring_entry(store, new.data_key)
    assert store_keyring_entry(store, old_key)


def test_two_rotations_in_a_row(rotating: tuple[Path, bytes, str]) -> None:
    store, key1, _ = rotating
    key2 = begin_rotation(store, key1, PASS, CHEAP_KDF).data_key
    finish_rotation(store)
    third = begin_rotation(store, key2, PASS, CHEAP_KDF)
    with pytest.raises(ValidationError):
        begin_rotation(store, key1, PASS, CHEAP_KDF)
    finish_rotation(store)
    assert third.recovery_code is not None
    assert unlock_with_recovery_code(store, third.recovery_code) == third.data_key
    assert len({key1, key2, third.data_key}) == 3


# --- Recovery codes -----------------------------------------------------------------------------


def test_recovery_code_shape() -> None:
    code = new_recovery_code()
    assert [len(g) for g in code.split("-")] == [5, 5, 5, 5, 6]
    assert format_recovery_code(code) == code
    assert len({new_recovery_code() for _ in range(100)}) == 100


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "bad_length"),
        ("0" * 25, "bad_length"),
        ("0" * 27, "bad_length"),
        ("U" + "0" * 25, "bad_character"),
        ("8" + "0" * 25, "bad_character"),  # over 128 bits
        ("0" * 300, "bad_length"),
    ],
)
def test_recovery_code_refused(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise_recovery_code(text)
    assert (err.value.field, err.value.code) == ("recovery_code", code)


@st.composite
def mangled_codes(draw: st.DrawFn) -> tuple[str, str]:
    value = draw(st.integers(min_value=0, max_value=2**128 - 1))
    canonical = crockford_encode(value, 26)
    confusions = {"0": "0Oo", "1": "1IiLl"}
    out = []
    for c in canonical:
        choices = confusions.get(c, c + c.lower())
        out.append(draw(st.sampled_from(list(choices))))
        out.append(draw(st.sampled_from(["", "", " ", "-", " - "])))
    return canonical, "".join(out)


@given(mangled_codes())
def test_recovery_code_normalisation_property(pair: tuple[str, str]) -> None:
    canonical, typed = pair
    assert normalise_recovery_code(typed) == canonical


@settings(max_examples=200)
@given(st.text(max_size=60))
def test_recovery_code_normalisation_never_crashes(text: str) -> None:
    try:
        norm = normalise_recovery_code(text)
    except ValidationError as err:
        failure: ValidationError | None = err
    else:
        failure = None
        assert len(norm) == 26
    assert failure is None or failure.field == "recovery_code"
