from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.text import (
    NAME_MAX,
    NOTE_MAX,
    SHORT_TEXT_MAX,
    bounded_int,
    clean_name,
    clean_text,
    require_text,
)


def refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    return err.value


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Amira  ", "Amira"),
        ("Mary   Jane", "Mary Jane"),
        ("Mary\tJane", "Mary Jane"),
        ("Ame\u0301lie", "Amélie"),  # decomposed é becomes one code point (NFC)
        ("O'Neil-Smith", "O'Neil-Smith"),
        ("Nguyễn Thị", "Nguyễn Thị"),
        ("张伟", "张伟"),
        ("Zoë 👶🏽", "Zoë 👶🏽"),
        ("👨‍👩‍👧", "👨‍👩‍👧"),  # zero-width joiners inside an emoji sequence are kept
        ("مريم", "مريم"),
        ("\u200fمريم\u200f", "\u200fمريم\u200f"),  # right-to-left marks around RTL text kept
        ("שָׁלוֹם", unicodedata.normalize("NFC", "שָׁלוֹם")),
    ],
)
def test_clean_text_normalises(raw, clean):
    assert clean_text(raw, "f") == clean


def test_result_is_nfc():
    assert unicodedata.is_normalized("NFC", clean_text("e\u0301" * 5, "f"))


@pytest.mark.parametrize("blank", [None, "", "   ", "\t", "\u200b", "\u200f\u200e", "\ufeff "])
def test_blank_is_none_or_required(blank):
    assert clean_text(blank, "f") is None
    err = refused(clean_text, blank, "nickname", required=True)
    assert (err.field, err.code) == ("nickname", "required")


@pytest.mark.parametrize(
    "bad",
    [
        "a\x00b",
        "bell\x07",
        "esc\x1b[31m",
        "del\x7f",
        "c1\x85",
        "\ud800",  # a lone surrogate
        "private\ue000",
        "unassigned\U000e0fff",
    ],
)
def test_control_and_odd_characters_refused(bad):
    err = refused(clean_text, bad, "notes", multiline=True)
    assert (err.field, err.code) == ("notes", "bad_character")
    assert bad not in str(err)  # the message never repeats the value


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_line_breaks(sep):
    err = refused(clean_text, f"one{sep}two", "name")
    assert (err.field, err.code) == ("name", "line_break")
    assert clean_text(f" one {sep}  two  ", "notes", multiline=True) == "one\ntwo"


def test_long_strings():
    assert clean_text("x" * SHORT_TEXT_MAX, "f") == "x" * SHORT_TEXT_MAX
    err = refused(clean_text, "x" * (SHORT_TEXT_MAX + 1), "f")
    assert err.code == "too_long"
    five_thousand = "a" * 5000
    assert refused(clean_text, five_thousand, "notes", max_len=NOTE_MAX).code == "too_long"
    ok = ("word " * 1000).strip()  # 4,999 characters over many words
    assert clean_text(ok, "notes", max_len=5000, multiline=True) == ok
    # length is counted after trimming and NFC
    assert clean_text("  " + "é" * 10 + "  ", "f", max_len=10) == "é" * 10
    assert clean_text("e\u0301" * 10, "f", max_len=10) == "é" * 10
    assert refused(clean_text, "👶🏽" * 3000, "notes", max_len=NOTE_MAX).code == "too_long"


def test_not_text():
    assert refused(clean_text, 42, "age").code == "not_text"
    assert refused(clean_text, b"bytes", "f").code == "not_text"


def test_require_text():
    assert require_text(" x ", "f") == "x"
    assert refused(require_text, "", "hub_name").field == "hub_name"


def test_clean_name():
    assert clean_name("  Ana  María ", "first_name") == "Ana María"
    assert clean_name(None, "last_name", required=False) is None
    assert refused(clean_name, None, "first_name").code == "required"
    assert refused(clean_name, "123", "first_name").code == "no_letters"
    assert refused(clean_name, "👶", "first_name").code == "no_letters"
    assert refused(clean_name, "---", "first_name").code == "no_letters"
    assert clean_name("x" * NAME_MAX, "first_name") == "x" * NAME_MAX
    assert refused(clean_name, "x" * (NAME_MAX + 1), "first_name").code == "too_long"
    assert refused(clean_name, "Ann\nLee", "first_name").code == "line_break"


@given(st.text(max_size=300))
def test_clean_text_never_crashes_and_output_is_clean(value):
    try:
        out = clean_text(value, "f", max_len=300, multiline=True)
    except ValidationError as err:
        field = err.field
    else:
        field = None
    if field is not None:
        assert field == "f"
        return
    if out is None:
        return
    assert out == out.strip()
    assert unicodedata.is_normalized("NFC", out)
    assert "\t" not in out
    assert "  " not in out
    assert len(out) <= 300
    assert all(unicodedata.category(c) not in ("Cc", "Cs", "Co", "Cn") or c == "\n" for c in out)
    assert clean_text(out, "f", max_len=300, multiline=True) == out  # idempotent


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (True, "not_a_number"),
        ("3", "not_a_number"),
        (2.0, "not_a_number"),
        (-1, "out_of_range"),
        (11, "out_of_range"),
    ],
)
def test_bounded_int_refuses(value, code):
    err = refused(bounded_int, value, "count", low=0, high=10)
    assert (err.field, err.code) == ("count", code)


def test_bounded_int_bounds_inclusive():
    assert bounded_int(0, "n", low=0, high=10) == 0
    assert bounded_int(10, "n", low=0, high=10) == 10
