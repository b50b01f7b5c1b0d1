from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.postcode import Postcode, parse_optional_postcode, validate_district


@pytest.mark.parametrize(
    ("typed", "normal", "district", "sector"),
    [
        ("SW1A 1AA", "SW1A 1AA", "SW1A", "SW1A 1"),  # AA9A 9AA
        ("sw1a1aa", "SW1A 1AA", "SW1A", "SW1A 1"),
        ("  sw1a   1aa ", "SW1A 1AA", "SW1A", "SW1A 1"),
        ("M1 1AE", "M1 1AE", "M1", "M1 1"),  # A9 9AA
        ("B33 8TH", "B33 8TH", "B33", "B33 8"),  # A99 9AA
        ("CR2 6XH", "CR2 6XH", "CR2", "CR2 6"),  # AA9 9AA
        ("DN55 1PT", "DN55 1PT", "DN55", "DN55 1"),  # AA99 9AA
        ("W1A 0AX", "W1A 0AX", "W1A", "W1A 0"),  # A9A 9AA
        ("EC1A 1BB", "EC1A 1BB", "EC1A", "EC1A 1"),
        ("ne1\t4xf", "NE1 4XF", "NE1", "NE1 4"),
        ("GIR 0AA", "GIR 0AA", "GIR", "GIR 0"),
        ("gir0aa", "GIR 0AA", "GIR", "GIR 0"),
    ],
)
def test_valid_postcodes(typed, normal, district, sector):
    code = Postcode.parse(typed)
    assert str(code) == normal
    assert code.district == district
    assert code.sector == sector


@pytest.mark.parametrize(
    "bad",
    [
        "SW1A",  # district only
        "1AA",
        "SW1A 1A",
        "SW1A 1AAA",
        "QA1 1AA",  # Q never first
        "VA1 1AA",
        "XA1 1AA",
        "AI1 1AA",  # I never second
        "AJ1 1AA",
        "AZ1 1AA",
        "A1I 1AA",  # I not third in A9A
        "AA1C 1AA",  # C not fourth in AA9A
        "SW1A 1CA",  # C I K M O V never in the inward letters
        "SW1A 1AI",
        "SW1A 1KA",
        "SW1A 1AM",
        "SW1A 1OA",
        "SW1A 1AV",
        "BFPO 12345",  # BFPO numbers have at most four digits
        "ASCN 1ZZ",  # overseas territory
        "SW1A-1AA",
        "SW1A 1ÀA",
        "ＳＷ１Ａ １ＡＡ",  # full-width forms are not ASCII postcodes
        "12345",
        "SW1A 1AA; DROP TABLE",
        "S" * 5000,
    ],
)
def test_invalid_postcodes_refused_naming_field(bad):
    with pytest.raises(ValidationError) as err:
        Postcode.parse(bad, "site_postcode")
    assert (err.value.field, err.value.code) == ("site_postcode", "invalid_postcode")
    assert bad not in str(err.value)


@pytest.mark.parametrize(
    ("value", "code"),
    [("", "required"), ("   ", "required"), (None, "not_text"), (123, "not_text")],
)
def test_required_and_type(value, code):
    with pytest.raises(ValidationError) as err:
        Postcode.parse(value)
    assert (err.value.field, err.value.code) == ("postcode", code)


def test_optional_postcode():
    assert parse_optional_postcode(None) is None
    assert parse_optional_postcode("  ") is None
    assert str(parse_optional_postcode("ne6 2ab")) == "NE6 2AB"
    with pytest.raises(ValidationError):
        parse_optional_postcode("nope")


def test_validate_district():
    assert validate_district(" sw1a ") == "SW1A"
    assert validate_district("ne6") == "NE6"
    assert validate_district("GIR") == "GIR"
    for bad in ("SW1A 1AA", "Q1", "", "BFPO1", 12):
        with pytest.raises(ValidationError) as err:
            validate_district(bad)  # type: ignore[arg-type]
        assert err.value.field == "postcode_district"


# --- properties -----------------------------------------------------------------------------

_FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ"
_SECOND = "ABCDEFGHKLMNOPQRSTUVWXY"
_THIRD_A9A = "ABCDEFGHJKPSTUW"
_FOURTH_AA9A = "ABEHMNPRVWXY"
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_d = st.sampled_from("0123456789")


def _l(alphabet: str) -> st.SearchStrategy[str]:
    return st.sampled_from(alphabet)


outward = st.one_of(
    st.tuples(_l(_FIRST), _d).map("".join),
    st.tuples(_l(_FIRST), _d, _d).map("".join),
    st.tuples(_l(_FIRST), _l(_SECOND), _d).map("".join),
    st.tuples(_l(_FIRST), _l(_SECOND), _d, _d).map("".join),
    st.tuples(_l(_FIRST), _d, _l(_THIRD_A9A)).map("".join),
    st.tuples(_l(_FIRST), _l(_SECOND), _d, _l(_FOURTH_AA9A)).map("".join),
)
inward = st.tuples(_d, _l(_INWARD_LETTERS), _l(_INWARD_LETTERS)).map("".join)
spaces = st.text(alphabet=" \t", max_size=3)


@given(outward, inward, spaces, spaces, spaces, st.booleans())
def test_every_well_formed_postcode_parses_and_normalises(out, inw, pre, mid, post, lower):
    typed = f"{pre}{out}{mid}{inw}{post}"
    if lower:
        typed = typed.lower()
    code = Postcode.parse(typed)
    assert (code.outward, code.inward) == (out, inw)
    assert str(code) == f"{out} {inw}"
    assert code.district == out
    assert validate_district(code.district) == out


@given(outward, inward)
def test_normal_form_is_a_fixed_point(out, inw):
    once = str(Postcode.parse(out + inw))
    assert str(Postcode.parse(once)) == once
    assert re.fullmatch(r"[A-Z0-9]{2,4} [0-9][A-Z]{2}", once)
    assert len(once) <= 8


@given(st.text(max_size=20))
def test_anything_else_is_refused_cleanly_or_normalised(value):
    try:
        code = Postcode.parse(value)
    except ValidationError as err:
        refusal = (err.field, err.code)
    else:
        refusal = None
    if refusal is not None:
        assert refusal[0] == "postcode"
        assert refusal[1] in {"required", "invalid_postcode"}
        return
    text = str(code)
    assert text == text.upper()
    assert "".join(value.split()).upper() == text.replace(" ", "")


@given(outward, st.sampled_from("CIKMOV"), _l(_INWARD_LETTERS), _d)
def test_forbidden_inward_letters_refused(out, bad, good, digit):
    for inw in (f"{digit}{bad}{good}", f"{digit}{good}{bad}"):
        with pytest.raises(ValidationError):
            Postcode.parse(out + inw)


def test_bfpo_addresses_are_postcodes_whose_district_is_bfpo():
    from hubdesk.domain.postcode import Postcode, validate_district

    for typed in ("BFPO 1234", "bfpo1234", " BFPO  57 "):
        code = Postcode.parse(typed)
        assert code.is_bfpo
        assert code.district == "BFPO"
    assert str(Postcode.parse("bfpo 57")) == "BFPO 57"
    assert validate_district("bfpo") == "BFPO"
    for bad in ("BFPO", "BFPO 0", "BFPO 12345", "BFPO A1"):
        with pytest.raises(ValidationError):
            Postcode.parse(bad)
