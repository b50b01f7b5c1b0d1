from __future__ import annotations

import base64
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.security.pins import (
    PinParams,
    hash_pin,
    lockout_delay,
    needs_rehash,
    verify_pin,
)

CHEAP = PinParams(memory_cost=8, iterations=1, lanes=1)


def test_default_params() -> None:
    assert PinParams() == PinParams(memory_cost=19456, iterations=2, lanes=1)


def test_hash_format_and_verify() -> None:
    encoded = hash_pin("1234", CHEAP)
    assert encoded.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    assert "1234" not in encoded.split("$")[-1]
    assert verify_pin("1234", encoded)
    assert not verify_pin("1235", encoded)
    assert not verify_pin("12345", encoded)


def test_default_params_round_trip() -> None:
    encoded = hash_pin("20240101")
    assert "$m=19456,t=2,p=1$" in encoded
    assert verify_pin("20240101", encoded)


def test_salted() -> None:
    assert hash_pin("1234", CHEAP) != hash_pin("1234", CHEAP)


def test_interoperates_with_cryptography_phc() -> None:
    # A hash made by cryptography's own PHC encoder verifies here, and ours verifies there.
    theirs = Argon2id(salt=b"0123456789abcdef", length=32, iterations=1, lanes=1, memory_cost=8)
    encoded = theirs.derive_phc_encoded(b"98765")
    assert verify_pin("98765", encoded)
    ours = hash_pin("98765", CHEAP)
    Argon2id.verify_phc_encoded(b"98765", ours)


@pytest.mark.parametrize("pin", ["", "123", "1234567890123", "12a4", "１２３４", "12 34", "-1234"])
def test_hash_pin_refuses_bad_pins(pin: str) -> None:
    with pytest.raises(ValidationError) as err:
        hash_pin(pin, CHEAP)
    assert err.value.field == "pin"
    assert pin not in err.value.message or pin == ""


def test_verify_with_malformed_pin_is_false() -> None:
    encoded = hash_pin("1234", CHEAP)
    assert not verify_pin("12a4", encoded)
    assert not verify_pin(None, encoded)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "1234",
        "$argon2i$v=19$m=8,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,
        "$argon2id$v=16$m=8,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,
        "$argon2id$v=19$m=4,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,
        "$argon2id$v=19$m=9999999,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,
        "$argon2id$v=19$m=8,t=0,p=1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43,
        "$argon2id$v=19$m=8,t=1,p=1$short$" + "A" * 43,
        "$argon2id$v=19$m=8,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$" + "A" * 43 + "$extra",
        "$argon2id$v=19$m=8,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$A",
    ],
)
def test_verify_refuses_bad_hashes(encoded: str) -> None:
    with pytest.raises(ValidationError) as err:
        verify_pin("1234", encoded)
    assert (err.value.field, err.value.code) == ("pin_hash", "bad_hash")


def test_tampered_hash_does_not_verify() -> None:
    encoded = hash_pin("1234", CHEAP)
    head, digest = encoded.rsplit("$", 1)
    raw = bytearray(base64.b64decode(digest + "=" * (-len(digest) % 4)))
    raw[0] ^= 1
    tampered = head + "$" + base64.b64encode(bytes(raw)).decode().rstrip("=")
    assert not verify_pin("1234", tampered)


def test_needs_rehash() -> None:
    encoded = hash_pin("1234", CHEAP)
    assert not needs_rehash(encoded, CHEAP)
    assert needs_rehash(encoded)
    assert needs_rehash(encoded, PinParams(memory_cost=16, iterations=1, lanes=1))


def test_pin_params_refused() -> None:
    with pytest.raises(ValidationError) as err:
        PinParams(memory_cost=4)
    assert err.value.field == "pin_params"


@settings(max_examples=25, deadline=None)
@given(st.from_regex(r"[0-9]{4,12}", fullmatch=True), st.from_regex(r"[0-9]{4,12}", fullmatch=True))
def test_verify_property(pin: str, other: str) -> None:
    encoded = hash_pin(pin, CHEAP)
    assert verify_pin(pin, encoded)
    assert verify_pin(other, encoded) == (other == pin)


def test_lockout_delay_schedule() -> None:
    assert [lockout_delay(n) for n in range(5)] == [timedelta(0)] * 5
    assert lockout_delay(5) == timedelta(seconds=30)
    assert lockout_delay(6) == timedelta(seconds=60)
    assert lockout_delay(7) == timedelta(seconds=120)
    assert lockout_delay(11) == timedelta(seconds=30 * 64)
    assert lockout_delay(12) == timedelta(hours=1)
    assert lockout_delay(10**9) == timedelta(hours=1)


@given(st.integers(min_value=0, max_value=10**6))
def test_lockout_delay_is_monotonic_and_capped(n: int) -> None:
    assert lockout_delay(n) <= lockout_delay(n + 1) <= timedelta(hours=1)


@pytest.mark.parametrize("n", [-1, 1.5, "3"])
def test_lockout_delay_refuses(n: object) -> None:
    with pytest.raises(ValidationError) as err:
        lockout_delay(n)  # type: ignore[arg-type]
    assert err.value.field == "failed_attempts"
