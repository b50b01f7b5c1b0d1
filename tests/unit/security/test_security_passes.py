from __future__ import annotations

import hashlib
import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.security import passes
from hubdesk.security.passes import (
    CROCKFORD_ALPHABET,
    PassLookup,
    crockford_decode,
    crockford_encode,
    format_short_code,
    luhn32_check_character,
    new_pass,
    parse_scan,
    qr_payload,
    render_qr_png,
    token_digest,
)

TOKEN = "0123456789ABCDEFGHJKMNPQRS"
TOKEN_YZ = "1YZ3456789ABCDEFGHJKMNPQRS"


def short(data: str) -> str:
    return data + luhn32_check_character(data)


# --- Crockford helpers --------------------------------------------------------------------------


def test_crockford_round_trip() -> None:
    assert crockford_encode(0, 3) == "000"
    assert crockford_encode(31, 2) == "0Z"
    assert crockford_decode("0Z") == 31
    with pytest.raises(ValueError, match="fit"):
        crockford_encode(32**2, 2)
    with pytest.raises(ValueError, match="Crockford"):
        crockford_decode("U")


@given(st.integers(min_value=0, max_value=2**128 - 1))
def test_crockford_encode_decode_property(value: int) -> None:
    assert crockford_decode(crockford_encode(value, 26)) == value


def test_luhn_detects_every_single_substitution() -> None:
    data = "7K3M9QZX"
    check = luhn32_check_character(data)
    for i in range(len(data)):
        for c in CROCKFORD_ALPHABET:
            if c != data[i]:
                changed = data[:i] + c + data[i + 1 :]
                assert luhn32_check_character(changed) != check


# --- new_pass and friends -----------------------------------------------------------------------


def test_new_pass_shape_and_uniqueness() -> None:
    made = [new_pass() for _ in range(200)]
    for cred in made:
        assert len(cred.token) == 26
        assert cred.token[0] in "01234567"
        assert set(cred.token) <= set(CROCKFORD_ALPHABET)
        assert len(cred.short_code) == 9
        assert luhn32_check_character(cred.short_code[:8]) == cred.short_code[8]
        assert cred.token not in repr(cred)
    assert len({c.token for c in made}) == 200
    assert len({c.short_code for c in made}) == 200


def test_format_short_code() -> None:
    code = short("ABCD1234")
    assert format_short_code(code) == f"ABCD-1234-{code[-1]}"
    assert format_short_code(format_short_code(code).lower()) == format_short_code(code)
    with pytest.raises(ValidationError) as err:
        format_short_code("ABC")
    assert err.value.field == "short_code"


def test_qr_payload_and_digest() -> None:
    assert qr_payload(TOKEN) == "HUBDESK:P1:" + TOKEN
    assert qr_payload(TOKEN.lower()) == "HUBDESK:P1:" + TOKEN
    assert token_digest(TOKEN) == hashlib.sha256(TOKEN.encode()).hexdigest()
    assert token_digest(TOKEN.lower()) == token_digest(TOKEN)
    for bad in ["", "X" * 26, "8" + TOKEN[1:], TOKEN + "0", "U" * 26]:
        with pytest.raises(ValidationError) as err:
            qr_payload(bad)
        assert err.value.field == "token"
        with pytest.raises(ValidationError):
            token_digest(bad)


# --- parse_scan ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "HUBDESK:P1:" + TOKEN,
        "HUBDESK:P1:" + TOKEN + "\r\n",
        "HUBDESK:P1:" + TOKEN + "\t",
        "  hubdesk:p1:" + TOKEN.lower() + "\n",
        "HUBDESK : P1 : " + TOKEN[:10] + " " + TOKEN[10:],
        "ＨＵＢＤＥＳＫ：Ｐ１：" + TOKEN,  # full-width, as an IME may type it
        "HUBDESKÑP1Ñ" + TOKEN,  # Spanish layout
        "HUBDESKØP1Ø" + TOKEN,  # Norwegian
    ],
)
def test_parse_scan_payloads(text: str) -> None:
    assert parse_scan(text) == PassLookup("token", TOKEN)


def test_parse_scan_qwertz_swaps_y_and_z() -> None:
    typed = "HUBDESKÉP1É" + TOKEN_YZ.translate(str.maketrans("YZ", "ZY"))
    assert parse_scan(typed) == PassLookup("token", TOKEN_YZ)


def test_parse_scan_ambiguous_layout_gives_alternatives() -> None:
    typed = "hubdeskÖp1Ö" + TOKEN_YZ.lower()
    lookup = parse_scan(typed)
    swapped = TOKEN_YZ.translate(str.maketrans("YZ", "ZY"))
    assert lookup == PassLookup("token", swapped, (TOKEN_YZ,))
    # Without Y or Z the readings agree, so there is nothing else to try.
    assert parse_scan("HUBDESKÖP1Ö" + TOKEN) == PassLookup("token", TOKEN)


def test_parse_scan_azerty() -> None:
    # What a US-layout scanner types into a French AZERTY PC for "HUBDESK:P1:" + token.
    intended = "0AQZWM5" + TOKEN[7:]
    us_to_azerty = {
        "1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_",
        "9": "ç", "0": "à", "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?", ":": "M",
    }  # fmt: skip
    typed = "".join(us_to_azerty.get(c, c) for c in "HUBDESK:P1:" + intended)
    assert typed.startswith("HUBDESKMP&M")
    assert parse_scan(typed) == PassLookup("token", intended)
    assert parse_scan(typed.upper() + "\r\n") == PassLookup("token", intended)


@pytest.mark.parametrize("sep", ["-", " ", "", "  -  ", "–"])
def test_parse_scan_short_codes(sep: str) -> None:
    code = short("AB0D1234")
    typed = f"{code[:4]}{sep}{code[4:8]}{sep}{code[8]}"
    assert parse_scan(typed) == PassLookup("short_code", code)
    assert parse_scan(typed.lower()) == PassLookup("short_code", code)


def test_parse_scan_short_code_confusables() -> None:
    code = short("1B0D1110")
    typed = "lbOd-iLIo-" + code[-1].lower()
    assert parse_scan(typed) == PassLookup("short_code", code)


def test_parse_scan_wrong_check_character() -> None:
    code = short("AB0D1234")
    wrong = code[:8] + ("0" if code[8] != "0" else "1")
    with pytest.raises(ValidationError) as err:
        parse_scan(wrong)
    assert (err.value.field, err.value.code) == ("pass", "bad_check_character")
    swapped = code[1] + code[0] + code[2:]
    with pytest.raises(ValidationError, match="check character"):
        parse_scan(swapped)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        (" \r\n\t", "empty"),
        ("https://example.org/pass/123", "not_our_pass"),
        ("WIFI:S:hub;T:WPA;P:secret;;", "not_our_pass"),
        ("HUBDESK:K1:abcdef", "not_our_pass"),
        (TOKEN, "not_our_pass"),
        ("ABCD-1234", "not_our_pass"),
        ("ABCD-U234-5", "not_our_pass"),
        ("HUBDESK:P1:", "bad_token"),
        ("HUBDESK:P1:" + TOKEN + "0", "bad_token"),
        ("HUBDESK:P1:8" + TOKEN[1:], "bad_token"),
        ("HUBDESK:P1:" + TOKEN[:-1] + "U", "bad_token"),
        ("A" * 201, "too_long"),
        ("HUBDESK:P1:" + TOKEN + " " * 190, "too_long"),
    ],
)
def test_parse_scan_refuses(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_scan(text)
    assert (err.value.field, err.value.code) == ("pass", code)
    assert text.strip() == "" or text.strip() not in str(err.value)


def test_parse_scan_non_string() -> None:
    with pytest.raises(ValidationError):
        parse_scan(None)  # type: ignore[arg-type]


def _outcome(text: str) -> PassLookup | ValidationError:
    """The lookup, or the ValidationError; any other exception escapes and fails the test."""
    try:
        return parse_scan(text)
    except ValidationError as err:
        return err


@given(st.text(max_size=250))
def test_parse_scan_never_crashes(text: str) -> None:
    outcome = _outcome(text)
    if isinstance(outcome, ValidationError):
        assert outcome.field == "pass"
    else:
        assert outcome.kind in {"token", "short_code"}


@given(st.text(alphabet="HUBDESK:P1ÖÉÑ&M0123456789ABCDEFGHJKMNPQRSTVWXYZ \r\n-", max_size=60))
def test_parse_scan_never_crashes_near_misses(text: str) -> None:
    outcome = _outcome(text)
    assert not isinstance(outcome, ValidationError) or outcome.field == "pass"


def _mangle(draw: st.DrawFn, text: str) -> str:
    out = []
    for c in text:
        out.append(c.lower() if draw(st.booleans()) else c)
        out.append(draw(st.sampled_from(["", "", "", " ", "-", "  "])))
    return "".join(out)


@st.composite
def typed_short_codes(draw: st.DrawFn) -> tuple[str, str]:
    data = draw(st.text(alphabet=CROCKFORD_ALPHABET, min_size=8, max_size=8))
    code = short(data)
    typed = _mangle(draw, code)
    ws = draw(st.sampled_from(["", " ", "\t", "\r\n", "\n"]))
    return code, ws + typed + ws


@given(typed_short_codes())
def test_parse_scan_round_trips_short_codes(pair: tuple[str, str]) -> None:
    code, typed = pair
    assert parse_scan(typed) == PassLookup("short_code", code)


@st.composite
def scanned_payloads(draw: st.DrawFn) -> tuple[str, str]:
    token = crockford_encode(draw(st.integers(min_value=0, max_value=2**128 - 1)), 26)
    payload = qr_payload(token)
    if draw(st.booleans()):
        payload = payload.lower()
    ws = st.sampled_from(["", " ", "\t", "\r", "\n"])
    spaced = "".join(c + draw(ws) for c in payload)
    return token, draw(ws) + spaced + draw(st.sampled_from(["", "\r", "\r\n", "\n", "\t"]))


@given(scanned_payloads())
def test_parse_scan_round_trips_payloads(pair: tuple[str, str]) -> None:
    token, typed = pair
    lookup = parse_scan(typed)
    assert lookup.kind == "token"
    assert lookup.value == token
    assert lookup.alternatives == ()


# --- render_qr_png ------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> dict[bytes, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks: dict[bytes, bytes] = {}
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        chunks[kind] = body
        pos += 12 + length
    return chunks


def test_render_qr_png_is_a_valid_png() -> None:
    png = render_qr_png(qr_payload(TOKEN), box_size=3)
    chunks = _png_chunks(png)
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert width == height
    assert (depth, colour) == (1, 0)
    assert width % 3 == 0
    modules = width // 3
    assert modules >= 21 + 8  # version 1 plus the quiet zone
    raw = zlib.decompress(chunks[b"IDAT"])
    row_bytes = 1 + (width + 7) // 8
    assert len(raw) == row_bytes * height
    # Quiet zone is white (bit 1), the finder pattern's corner is black (bit 0).
    first_row = raw[1:row_bytes]
    assert first_row[0] == 0xFF
    finder_row = raw[row_bytes * 4 * 3 + 1 :][: row_bytes - 1]
    first_dark_pixel = 4 * 3
    assert not (finder_row[first_dark_pixel // 8] >> (7 - first_dark_pixel % 8)) & 1


def test_render_qr_png_default_size_and_checks() -> None:
    small = render_qr_png("HUBDESK:P1:" + TOKEN, box_size=1)
    big = render_qr_png("HUBDESK:P1:" + TOKEN)
    w_small = struct.unpack(">I", _png_chunks(small)[b"IHDR"][:4])[0]
    w_big = struct.unpack(">I", _png_chunks(big)[b"IHDR"][:4])[0]
    assert w_big == 10 * w_small
    with pytest.raises(ValidationError) as err:
        render_qr_png("x", box_size=0)
    assert err.value.field == "box_size"
    with pytest.raises(ValidationError) as err:
        render_qr_png("")
    assert err.value.field == "payload"


def test_module_has_no_pil_dependency() -> None:
    assert "PIL" not in passes.__dict__
