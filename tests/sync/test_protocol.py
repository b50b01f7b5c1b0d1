"""The wire format on its own: round trips, refusals, codes, limits."""

from __future__ import annotations

import gzip
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.sync import protocol
from hubdesk.sync.protocol import ProtocolError, Reason, WireEvent

# text a footfall field may hold: no control characters, no lone surrogates (which no UTF-8 text
# can hold)
chars = st.characters(exclude_categories=("Cs", "Cc"))
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**61), 2**61),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=chars, max_size=30),
)
footfalls = st.dictionaries(st.from_regex(r"\A[a-z][a-z0-9_]{0,19}\Z"), scalars, max_size=12)


@given(
    footfall=footfalls,
    seq=st.integers(1, 2**40),
    entity=st.sampled_from(sorted(protocol.ENTITIES)),
    minutes=st.integers(-(10**6), 10**6),
    sealed=st.one_of(st.none(), st.text(alphabet="ABCabc012-_=", min_size=1, max_size=50)),
)
def test_an_event_survives_the_wire(footfall, seq, entity, minutes, sealed):
    footfall.pop("id", None)
    at = datetime(2026, 6, 16, tzinfo=UTC) + timedelta(minutes=minutes)
    event = WireEvent(uuid.uuid4(), seq, entity, uuid.uuid4(), "upsert", at, footfall, sealed)
    # the wire format alone: the closed lists of known fields are checked elsewhere
    back = protocol.parse_event(protocol.loads(protocol.dumps(event.to_wire())), strict=False)
    assert back.event_id == event.event_id
    assert back.body_hash() == event.body_hash()
    assert protocol.footfall_with_id(back.footfall, back.entity_id)["id"] == str(event.entity_id)


def test_the_sealed_bytes_do_not_change_the_hash_but_their_presence_does():
    at = datetime(2026, 6, 16, tzinfo=UTC)
    base = WireEvent(uuid.uuid4(), 1, "visit", uuid.uuid4(), "signed_in", at, {"people": 2}, "AQ=")
    other = WireEvent(*[*base.__dict__.values()][:7], "AR=")
    none = WireEvent(*[*base.__dict__.values()][:7], None)
    changed = WireEvent(*[*base.__dict__.values()][:6], {"people": 3}, "AQ=")
    assert base.body_hash() == other.body_hash()
    assert base.body_hash() != none.body_hash()
    assert base.body_hash() != changed.body_hash()


def test_a_gzip_bomb_is_refused_not_inflated():
    bomb = gzip.compress(b"\x00" * (protocol.MAX_DECOMPRESSED_BYTES + 10))
    with pytest.raises(ProtocolError) as refused:
        protocol.gunzip_limited(bomb)
    assert refused.value.reason is Reason.TOO_LARGE
    with pytest.raises(ProtocolError) as truncated:
        protocol.gunzip_limited(gzip.compress(b"{}")[:-5])
    assert truncated.value.reason is Reason.BAD_ENCODING


def test_enrolment_codes_forgive_what_people_mistype():
    code = "0123456789AB"
    assert protocol.normalise_code("o123-4567-89ab") == code
    assert protocol.normalise_code(" 0I23 4567 89AB ") == code
    assert protocol.parse_enrol_text(protocol.enrol_qr_text("https://c.example", code)) == (
        code, "https://c.example",
    )  # fmt: skip
    assert protocol.format_code(code) == "0123-4567-89AB"
    with pytest.raises(ProtocolError):
        protocol.normalise_code("not a code!")


def test_credentials_split_and_refuse_garbage():
    device = uuid.uuid4()
    token = protocol.make_credential(device, "s" * 43)
    assert protocol.split_credential(token) == (device, "s" * 43)
    for bad in ("", "hd1", f"hd2.{device}.{'s' * 43}", f"hd1.nope.{'s' * 43}", f"hd1.{device}.x"):
        with pytest.raises(ProtocolError):
            protocol.split_credential(bad)


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://central.example.org/", True), ("http://127.0.0.1:8000", True),
     ("http://localhost:1", True), ("http://[::1]:80", True), ("http://central.example.org", False),
     ("ftp://127.0.0.1", False), ("central.example.org", False)],
)  # fmt: skip
def test_only_https_or_loopback(url, ok):
    if ok:
        assert protocol.check_url(url) == url.rstrip("/")
    else:
        with pytest.raises(ValidationError):
            protocol.check_url(url)
