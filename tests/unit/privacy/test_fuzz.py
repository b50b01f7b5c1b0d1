# ruff: noqa: PT017  (accept-or-refuse: the refusal is inspected where it happens)
"""Fuzzing, with hypothesis, every parser on the device that takes outside input: QR payloads and
scanner keystrokes, postcodes and names, the family and contact forms, and the postcode-lookup CSV
import. Each must either accept the input or refuse it with a ValidationError naming a field, never
crash otherwise, and never leave a half-written record (row counts unchanged on refusal)."""

from __future__ import annotations

import csv
import io
import string
import unicodedata
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hubdesk.domain.catalogue import ContactChannel, Need, Outcome
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import Gender, Role
from hubdesk.domain.postcode import Postcode
from hubdesk.domain.text import NAME_MAX, clean_name, clean_text
from hubdesk.measures.postcodes import ParsedLookup, parse_lookup
from hubdesk.security.passes import (
    QR_PREFIX,
    SHORT_CODE_LENGTH,
    TOKEN_LENGTH,
    format_short_code,
    new_pass,
    parse_scan,
    qr_payload,
)
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.postcodes import PostcodeService
from hubdesk.storage.models import (
    AuditEntry,
    Base,
    Contact,
    Family,
    FamilyPass,
    Member,
    OutboxEvent,
    PostcodeArea,
    Visit,
)

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ROWS = (Family, Member, FamilyPass, Visit, Contact, OutboxEvent, AuditEntry, PostcodeArea)

# Text from everywhere: control characters, combining marks, right-to-left, surrogates excluded
# (a str from Qt or the scanner never holds one), very long runs.
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["", " ", "\x00", "\u202e", "a\u0301", "ＡＢ", "\r\n", "Zebedee" * 50]
)
crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _snapshot(count: Callable[[type[Base]], int]) -> tuple[int, ...]:
    return tuple(count(m) for m in ROWS)


# --- QR payloads and scanner keystrokes ---------------------------------------------------------


def _scan_input() -> st.SearchStrategy[str]:
    token_like = st.text(alphabet=crockford + "ioluIOLU-_ ", min_size=0, max_size=40)
    return st.one_of(
        any_text,
        token_like.map(lambda t: QR_PREFIX + t),
        token_like.map(lambda t: QR_PREFIX.lower() + t),
        # a scanner typing on a keyboard with another layout shifts the prefix's colons
        token_like.map(lambda t: QR_PREFIX.replace(":", ";") + t),
        st.text(alphabet=crockford + "-", min_size=8, max_size=14),
        st.builds(lambda c: qr_payload(c.token), st.just(None).map(lambda _: new_pass())),
    )


@FUZZ
@given(text=_scan_input())
def test_parse_scan_accepts_or_refuses_naming_the_pass(text):
    try:
        lookup = parse_scan(text)
    except ValidationError as exc:
        assert exc.field == "pass"
        return
    assert lookup.kind in ("token", "short_code")
    expected = TOKEN_LENGTH if lookup.kind == "token" else SHORT_CODE_LENGTH
    assert len(lookup.value) == expected
    assert set(lookup.value) <= set(crockford)


@FUZZ
@given(st.data())
def test_a_real_pass_survives_scanner_noise(data):
    creds = new_pass()
    noisy = data.draw(st.sampled_from([str.lower, str.upper, lambda s: f"  {s}\r\n"]))
    assert parse_scan(noisy(qr_payload(creds.token))).value == creds.token
    assert parse_scan(noisy(format_short_code(creds.short_code))).value == creds.short_code


# --- postcodes and names -------------------------------------------------------------------------


@FUZZ
@given(text=any_text | st.text(alphabet=string.ascii_letters + string.digits + " ", max_size=10))
def test_postcode_parse_accepts_or_refuses_and_is_idempotent(text):
    try:
        code = Postcode.parse(text)
    except ValidationError as exc:
        assert exc.field == "postcode"
        return
    again = Postcode.parse(str(code))
    assert again == code
    assert str(code) == str(code).upper()
    assert str(code).isascii()
    assert len(str(code).replace(" ", "")) <= 7


@FUZZ
@given(text=any_text)
def test_names_and_free_text_are_clean_or_refused(text):
    for fn, limit in (
        (lambda v: clean_name(v, "first_name"), NAME_MAX),
        (lambda v: clean_text(v, "notes", max_len=2000, multiline=True), 2000),
    ):
        try:
            out = fn(text)
        except ValidationError as exc:
            assert exc.field in ("first_name", "notes")
            assert text not in exc.message or not text.strip()  # never echoes the value
            continue
        if out is None:
            continue
        assert out == unicodedata.normalize("NFC", out)
        assert out == out.strip()
        assert len(out) <= limit


# --- the family and contact forms ----------------------------------------------------------------


def mostly(good: st.SearchStrategy[object], bad: st.SearchStrategy[object], weight: int = 12):
    """`good` about `weight` times in `weight + 1`, else `bad`, so that refusals of later fields
    and the successful path are both reached."""
    return st.sampled_from([True] * weight + [False]).flatmap(lambda ok: good if ok else bad)


def _family() -> st.SearchStrategy[FamilyIn]:
    valid_name = st.sampled_from(["Zebedee", "Quixote-Ångström", "O'Neill", "Łukasz", "Zoë", "Li"])
    name = mostly(
        valid_name | st.text(alphabet=string.ascii_letters, min_size=1, max_size=12), any_text, 25
    )
    maybe = st.none() | name
    adult = st.builds(
        AdultIn,
        first_name=name,
        last_name=maybe,
        role=mostly(st.sampled_from(list(Role)), st.just("stepmother"), 20),
        gender=mostly(st.none() | st.sampled_from(list(Gender)), st.just("x"), 20),
    )
    child = st.builds(
        ChildIn,
        first_name=name,
        date_of_birth=mostly(
            st.dates(date(2005, 1, 1), date(2026, 6, 1)),
            st.dates(date(1990, 1, 1), date(2030, 1, 1)),
            8,
        ),
        send=st.booleans(),
        last_name=maybe,
    )
    return st.builds(
        FamilyIn,
        adults=st.lists(adult, max_size=3).map(tuple) | st.lists(adult, max_size=7).map(tuple),
        children=st.lists(child, max_size=4).map(tuple) | st.lists(child, max_size=13).map(tuple),
        postcode=mostly(
            st.none() | st.sampled_from(["ne6 2ab", "SW1A1AA", "GIR 0AA"]), any_text, 4
        ),
        phone=mostly(
            st.none() | st.sampled_from(["0191 496 0000", "+44 7700 900123"]), any_text, 4
        ),
        email=mostly(st.none() | st.just("a@b.org"), any_text, 4),
        notes=st.none() | any_text,
        consent=mostly(st.just(True), st.just(False), 4),
    )


@pytest.fixture
def fam(store, clock):
    return FamilyService(store, clock)


@FUZZ
@given(family=_family(), as_kiosk=st.booleans())
def test_register_with_any_text_accepts_or_refuses_with_nothing_written(
    family, as_kiosk, fam, kiosk, reception, count
):
    before = _snapshot(count)
    try:
        done = fam.register(kiosk if as_kiosk else reception, family)
    except ValidationError as exc:
        event(f"refused: {exc.field.split('[')[0]} {exc.code}")
        assert exc.field
        assert _snapshot(count) == before
        return
    event("registered")
    after = _snapshot(count)
    people = len(family.adults) + len(family.children)
    assert after[0] == before[0] + 1
    assert after[1] == before[1] + people
    assert after[ROWS.index(OutboxEvent)] == before[ROWS.index(OutboxEvent)] + 1 + people
    assert len(done.member_ids) == people


def _contact() -> st.SearchStrategy[ContactIn]:
    text = st.none() | any_text
    return st.builds(
        ContactIn,
        channel=mostly(st.sampled_from(list(ContactChannel)), st.just("pigeon"), 20),
        needs=mostly(
            st.lists(st.sampled_from(list(Need)), min_size=1, max_size=4).map(tuple),
            st.lists(st.sampled_from(list(Need)) | st.just("x"), max_size=4).map(tuple)
            | st.just("parenting"),
            6,
        ),
        outcomes=st.lists(st.sampled_from(list(Outcome)), max_size=3).map(tuple),
        referred_to=mostly(st.just("Health visitor"), text, 3),
        signposted_to=mostly(st.just("Food bank"), text, 3),
        notes=text,
        minutes_spent=mostly(st.integers(0, 600), st.integers(-5, 700), 6),
        follow_up_due=st.none() | st.dates(date(2026, 1, 1), date(2027, 1, 1)),
    )


@FUZZ
@given(contact=_contact())
def test_contact_log_with_any_text_accepts_or_refuses_with_nothing_written(
    contact, store, clock, reception, count
):
    before = _snapshot(count)
    try:
        ContactService(store, clock).log(reception, contact)
    except ValidationError as exc:
        event(f"refused: {exc.field}")
        assert exc.field
        assert _snapshot(count) == before
        return
    event("logged")
    after = _snapshot(count)
    assert after[ROWS.index(Contact)] == before[ROWS.index(Contact)] + 1
    assert after[ROWS.index(OutboxEvent)] == before[ROWS.index(OutboxEvent)] + 1


# --- the postcode-lookup CSV import --------------------------------------------------------------


def _csv() -> st.SearchStrategy[str]:
    header = mostly(
        st.just(["pcds", "osward", "lsoa21", "imd_decile", "ward name"])
        | st.permutations(["pcds", "osward", "lsoa21", "imd_decile", "ward name"]),
        st.lists(
            st.sampled_from(["pcds", "osward", "lsoa21", "imd_decile", "ward name", "x"])
            | any_text,
            max_size=6,
        ),
        3,
    )
    cell = mostly(
        st.sampled_from(["NE6 2AB", "sw1a1aa", "E05001234", "E01012345", "7", "11", ""]),
        any_text,
        3,
    )
    good_row = st.tuples(
        st.sampled_from(["NE6 2AB", "sw1a1aa", "GIR 0AA", "M1 1AE", "b33 8th"]),
        st.sampled_from(["E05001234", "W05000001", ""]),
        st.sampled_from(["E01012345", ""]),
        st.sampled_from(["1", "10", "5", ""]),
        st.sampled_from(["Byker", "", "Ward Ångström"]),
    ).map(list)
    rows = st.lists(
        mostly(good_row, st.lists(cell, min_size=4, max_size=6) | st.lists(cell, max_size=7), 3),
        max_size=8,
    )

    def render(parts: tuple[list[str], list[list[str]]]) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(parts[0])
        writer.writerows(parts[1])
        return out.getvalue()

    return st.tuples(header, rows).map(render) | any_text


@FUZZ
@given(text=_csv())
def test_postcode_lookup_import_accepts_or_refuses_with_nothing_half_written(
    text, store, clock, count
):
    try:
        parsed = parse_lookup(io.StringIO(text, newline=""))
    except ValidationError as exc:
        assert exc.field in ("file", "header")
        return
    except csv.Error:
        # the csv module's own refusal (a NUL byte, a field over its size limit)
        pytest.fail("csv.Error escaped parse_lookup: it should be a ValidationError")
    assert isinstance(parsed, ParsedLookup)
    event(f"parsed: {'rows' if parsed.rows else 'no rows'}")
    for row in parsed.rows:
        assert Postcode.parse(row.postcode).district == row.district
        assert row.imd_decile is None or 1 <= row.imd_decile <= 10
    before = _snapshot(count)
    result = PostcodeService(store, clock).import_lookup(parsed)
    assert result.imported == len(parsed.rows)
    assert count(PostcodeArea) == len(parsed.rows)
    assert count(AuditEntry) == before[ROWS.index(AuditEntry)] + 1
