from __future__ import annotations

import base64
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import DomainError, ValidationError
from hubdesk.security.keys import KdfParams, WrongSecretError
from hubdesk.security.sealing import (
    SealError,
    hub_key_transfer_text,
    new_hub_key,
    open_sealed,
    parse_hub_key_transfer,
    seal,
    unwrap_hub_key,
    wrap_hub_key,
)
from tests.unit.security.security_fakes import CHEAP_KDF

HUB_PASS = "hub passphrase 2026"
FIELDS = {"name": "Siân O'Neill", "postcode": "CF10 1AA", "notes": None, "children": 2}


def test_new_hub_key() -> None:
    key = new_hub_key()
    assert len(key) == 32
    assert new_hub_key() != key


def test_seal_round_trip() -> None:
    key, event = new_hub_key(), uuid.uuid4()
    sealed = seal(key, event, FIELDS)
    assert open_sealed(key, event, sealed) == FIELDS
    raw = base64.urlsafe_b64decode(sealed)
    assert raw[0] == 1
    assert len(raw) >= 1 + 12 + 16
    assert b"Neill" not in raw
    assert "Neill" not in sealed
    assert set(sealed) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=")


def test_seal_is_randomised() -> None:
    key, event = new_hub_key(), uuid.uuid4()
    assert seal(key, event, FIELDS) != seal(key, event, FIELDS)


def test_seal_is_canonical_json() -> None:
    # Key order does not matter: the same fields open to the same dict.
    key, event = new_hub_key(), uuid.uuid4()
    a = seal(key, event, {"b": 1, "a": 2})
    assert open_sealed(key, event, a) == {"a": 2, "b": 1}
    assert len(a) == len(seal(key, event, {"a": 2, "b": 1}))


def test_wrong_key_and_wrong_event() -> None:
    key, event = new_hub_key(), uuid.uuid4()
    sealed = seal(key, event, FIELDS)
    with pytest.raises(SealError, match="does not open") as err:
        open_sealed(new_hub_key(), event, sealed)
    assert isinstance(err.value, DomainError)
    assert "Neill" not in str(err.value)
    with pytest.raises(SealError):
        open_sealed(key, uuid.uuid4(), sealed)


def test_tampering_detected() -> None:
    key, event = new_hub_key(), uuid.uuid4()
    raw = bytearray(base64.urlsafe_b64decode(seal(key, event, FIELDS)))
    for i in (1, 13, len(raw) - 1):  # nonce, ciphertext, tag
        changed = bytearray(raw)
        changed[i] ^= 0x01
        with pytest.raises(SealError):
            open_sealed(key, event, base64.urlsafe_b64encode(bytes(changed)).decode())
    version = bytearray(raw)
    version[0] = 2
    with pytest.raises(SealError, match="version"):
        open_sealed(key, event, base64.urlsafe_b64encode(bytes(version)).decode())


@pytest.mark.parametrize("sealed", ["", "AQ==", "!!!not base64", "ü", "A" * 10, None])
def test_damaged_sealed(sealed: str) -> None:
    with pytest.raises(SealError):
        open_sealed(new_hub_key(), uuid.uuid4(), sealed)


def test_sealed_non_object_refused() -> None:
    # Correctly encrypted, but not a JSON object: refused rather than returned.
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key, event = new_hub_key(), uuid.uuid4()
    nonce = secrets.token_bytes(12)
    for plain in (b"[1, 2]", b"\xff\xfe", b"not json"):
        body = AESGCM(key).encrypt(nonce, plain, event.bytes)
        sealed = base64.urlsafe_b64encode(b"\x01" + nonce + body).decode()
        with pytest.raises(SealError, match="damaged"):
            open_sealed(key, event, sealed)


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((b"short", uuid.uuid4(), {}), "hub_key"),
        ((new_hub_key(), "not-a-uuid", {}), "event_id"),
        ((new_hub_key(), uuid.uuid4(), {"x": object()}), "fields"),
        ((new_hub_key(), uuid.uuid4(), {"x": float("nan")}), "fields"),
        ((new_hub_key(), uuid.uuid4(), {1: "x"}), "fields"),
        ((new_hub_key(), uuid.uuid4(), ["x"]), "fields"),
    ],
)
def test_seal_refuses_bad_input(args: tuple[object, object, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        seal(*args)  # type: ignore[arg-type]
    assert err.value.field == field


def test_open_sealed_refuses_bad_key() -> None:
    with pytest.raises(ValidationError) as err:
        open_sealed(b"x" * 31, uuid.uuid4(), "AA")
    assert err.value.field == "hub_key"


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=10,
)


@settings(max_examples=50)
@given(st.dictionaries(st.text(), json_values, max_size=6))
def test_seal_round_trip_property(fields: dict[str, object]) -> None:
    key, event = new_hub_key(), uuid.uuid4()
    assert open_sealed(key, event, seal(key, event, fields)) == fields


# --- Hub-key transfer ---------------------------------------------------------------------------


def test_wrap_and_unwrap_hub_key() -> None:
    key = new_hub_key()
    blob = wrap_hub_key(key, HUB_PASS, CHEAP_KDF)
    assert "=" not in blob
    assert len(blob) < 120
    assert unwrap_hub_key(blob, HUB_PASS) == key
    with pytest.raises(WrongSecretError, match="wrong hub passphrase") as err:
        unwrap_hub_key(blob, "not the hub passphrase")
    assert HUB_PASS not in str(err.value)


def test_wrap_uses_default_kdf_when_not_told() -> None:
    key = new_hub_key()
    blob = wrap_hub_key(key, HUB_PASS)
    raw = base64.urlsafe_b64decode(blob + "=" * (-len(blob) % 4))
    assert raw[:7] == b"\x01" + (65536).to_bytes(4, "big") + bytes([3, 4])
    assert unwrap_hub_key(blob, HUB_PASS) == key


def test_wrap_refusals() -> None:
    with pytest.raises(ValidationError) as err:
        wrap_hub_key(new_hub_key(), "short", CHEAP_KDF)
    assert err.value.field == "hub_passphrase"
    with pytest.raises(ValidationError) as err:
        wrap_hub_key(b"short", HUB_PASS, CHEAP_KDF)
    assert err.value.field == "hub_key"
    with pytest.raises(ValidationError) as err:
        wrap_hub_key(new_hub_key(), HUB_PASS, KdfParams(memory_cost=1024 * 1024))
    assert err.value.field == "kdf"


def _blob_with(raw_change: dict[int, int]) -> str:
    """A fresh blob with some bytes XOR-ed (so each one really changes)."""
    blob = wrap_hub_key(new_hub_key(), HUB_PASS, CHEAP_KDF)
    raw = bytearray(base64.urlsafe_b64decode(blob + "=" * (-len(blob) % 4)))
    for index, value in raw_change.items():
        raw[index] ^= value
    return base64.urlsafe_b64encode(bytes(raw)).decode().rstrip("=")


def test_unwrap_refuses_costly_or_damaged_blobs() -> None:
    # Memory cost raised to ~4 GiB by a hostile QR code: refused before any Argon2 work.
    for bad in (_blob_with({1: 0xFF}), _blob_with({0: 2}), _blob_with({5: 99}), "AAAA", "!!", ""):
        with pytest.raises(ValidationError) as err:
            unwrap_hub_key(bad, HUB_PASS)
        assert err.value.field == "hub_key_transfer"
    with pytest.raises(ValidationError):
        unwrap_hub_key("A" * 2000, HUB_PASS)
    with pytest.raises(ValidationError) as err:
        unwrap_hub_key(_blob_with({}), "")
    assert err.value.field == "hub_passphrase"


def test_unwrap_detects_tampered_salt_and_ciphertext() -> None:
    for index in (8, 30, 60):
        blob = _blob_with({index: 0x01})
        with pytest.raises((WrongSecretError, ValidationError)):
            unwrap_hub_key(blob, HUB_PASS)


def test_transfer_text_round_trip() -> None:
    key = new_hub_key()
    text = hub_key_transfer_text(key, HUB_PASS, CHEAP_KDF)
    assert text.startswith("HUBDESK:K1:")
    assert parse_hub_key_transfer(text, HUB_PASS) == key
    assert parse_hub_key_transfer("  hubdesk:k1:" + text[11:] + "\r\n", HUB_PASS) == key
    with pytest.raises(WrongSecretError):
        parse_hub_key_transfer(text, "wrong hub passphrase")


@pytest.mark.parametrize(
    "text", ["", "HUBDESK:P1:0123456789ABCDEFGHJKMNPQRS", "https://example.org", "K1:abc"]
)
def test_parse_transfer_refuses_other_text(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_hub_key_transfer(text, HUB_PASS)
    assert (err.value.field, err.value.code) == ("hub_key_transfer", "not_a_hub_key_transfer")


def test_parse_transfer_refuses_huge_text() -> None:
    with pytest.raises(ValidationError) as err:
        parse_hub_key_transfer("HUBDESK:K1:" + "A" * 5000, HUB_PASS)
    assert err.value.field == "hub_key_transfer"
