"""Subject access: the export holds everything about the family and nothing about others, the PDF
is a real PDF, the file is 0600 and encrypted, and only the right passphrase opens it."""

from __future__ import annotations

import json
import stat
from datetime import timedelta

import pytest

from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.security.keys import KdfParams, WrongSecretError
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import FamilyService
from hubdesk.services.hub_settings import HubSettingsService
from hubdesk.services.pdf import TextDocument, to_winansi
from hubdesk.services.subject_access import (
    JSON_NAME,
    PDF_NAME,
    SubjectAccessService,
    open_export,
    write_opened,
)
from hubdesk.storage.models import AuditEntry

from .conftest import make_household
from .helpers import audit_actions
from .pdfcheck import check_pdf, poppler_text

CHEAP = KdfParams(iterations=1, lanes=1, memory_cost=64)
PASSPHRASE = "bluebell meadow 42"


@pytest.fixture
def two_families(store, clock, reception):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström", "NE6 2AB")
    clock.advance(timedelta(hours=1))
    theirs = make_household(store, clock, reception, "Philippa", "Otherton", "SR1 3QD")
    return ours, theirs


@pytest.fixture
def sar(store, clock):
    return SubjectAccessService(store, clock, kdf=CHEAP)


def test_the_export_holds_everything_about_the_family_and_nothing_about_others(
    two_families, sar, admin, tmp_path, store
):
    ours, theirs = two_families
    path = tmp_path / "out" / "sar.hdx"
    result = sar.export(admin, ours.family_id, path, PASSPHRASE)
    assert result.visits == 2
    assert result.contacts == 1
    files = open_export(path.read_bytes(), PASSPHRASE)
    assert set(files) == {JSON_NAME, PDF_NAME}
    data = json.loads(files[JSON_NAME])
    assert data["family"]["id"] == str(ours.family_id)
    assert data["family"]["postcode"] == "NE6 2AB"
    assert data["family"]["phone"] == "0191 496 0000"
    assert data["family"]["notes"] == "Notes about Zebedee Quixote-Ångström"
    assert {m["id"] for m in data["members"]} == {str(m) for m in ours.member_ids}
    assert {m["last_name"] for m in data["members"]} == {"Quixote-Ångström"}
    assert [m["date_of_birth"] for m in data["members"] if m["is_child"]] == ["2022-05-01"]
    assert {v["id"] for v in data["visits"]} == {str(v) for v in ours.visit_ids}
    assert all(v["names"] == "Zebedee, Zebedeeina" for v in data["visits"])
    assert all(
        sorted(v["members_ticked"]) == sorted(map(str, ours.member_ids)) for v in data["visits"]
    )
    assert [c["id"] for c in data["contacts"]] == [str(ours.contact_id)]
    assert data["contacts"][0]["notes"] == "Zebedee Quixote-Ångström asked about sleep"
    assert data["contacts"][0]["referred_to"] == "Health visitor for Zebedee"
    assert [p["id"] for p in data["passes"]] == [str(ours.pass_id)]
    assert data["consent"]["notice_version"] == 1
    actions = {a["action"] for a in data["audit"]}
    assert {"family.registered", "pass.issued", "contact.logged"} <= actions
    # nothing about the other family, anywhere in either file
    whole = files[JSON_NAME].decode() + "\n".join(check_pdf(files[PDF_NAME]))
    for value in ("Philippa", "Otherton", "SR1 3QD", str(theirs.family_id), str(theirs.contact_id)):
        assert value not in whole
    for visit in theirs.visit_ids:
        assert str(visit) not in whole


def test_the_pdf_is_a_valid_pdf_that_shows_the_family(two_families, sar, admin, tmp_path):
    ours, _ = two_families
    path = tmp_path / "sar.hdx"
    sar.export(admin, ours.family_id, path, PASSPHRASE)
    written = write_opened(open_export(path.read_bytes(), PASSPHRASE), tmp_path / "opened")
    pdf = next(p for p in written if p.name == PDF_NAME)
    lines = check_pdf(pdf.read_bytes())
    shown = "\n".join(lines)
    assert "Zebedee Quixote-Ångström" in shown
    assert "NE6 2AB" in shown
    assert "Health visitor for Zebedee" in shown
    text = poppler_text(pdf)
    if text is not None:  # poppler installed: an independent reader agrees
        assert "Quixote-Ångström" in text
        assert "Information held about you" in text


def test_the_export_file_is_0600_encrypted_and_only_the_right_passphrase_opens_it(
    two_families, sar, admin, tmp_path
):
    ours, _ = two_families
    path = tmp_path / "sar.hdx"
    sar.export(admin, ours.family_id, path, PASSPHRASE)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    blob = path.read_bytes()
    for clear in (b"Zebedee", "Ångström".encode(), b"NE6 2AB", b"%PDF", b"subject-access.json"):
        assert clear not in blob
    with pytest.raises(WrongSecretError):
        open_export(blob, "bluebell meadow 43")
    with pytest.raises(WrongSecretError):
        open_export(blob, "")
    # a flipped byte anywhere (header or body) is refused, not half-read
    for index in (20, len(blob) - 5):
        tampered = bytearray(blob)
        tampered[index] ^= 1
        with pytest.raises((WrongSecretError, ValidationError)):
            open_export(bytes(tampered), PASSPHRASE)
    with pytest.raises(ValidationError) as err:
        open_export(b"%PDF-1.4 not an export", PASSPHRASE)
    assert err.value.field == "file"
    opened = write_opened(open_export(blob, PASSPHRASE), tmp_path / "opened")
    assert stat.S_IMODE((tmp_path / "opened").stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in opened)


def test_export_needs_an_administrator_a_real_family_and_a_long_passphrase(
    two_families, sar, admin, manager, tmp_path, count
):
    ours, _ = two_families
    path = tmp_path / "sar.hdx"
    before = count(AuditEntry)
    with pytest.raises(PermissionDeniedError):
        sar.export(manager, ours.family_id, path, PASSPHRASE)
    with pytest.raises(ValidationError) as err:
        sar.export(admin, ours.family_id, path, "short")
    assert err.value.field == "passphrase"
    import uuid

    with pytest.raises(ValidationError) as err:
        sar.export(admin, uuid.uuid4(), path, PASSPHRASE)
    assert err.value.field == "family"
    assert not path.exists()
    assert count(AuditEntry) == before


def test_the_export_is_in_the_audit_log(two_families, sar, admin, tmp_path, store):
    ours, _ = two_families
    sar.export(admin, ours.family_id, tmp_path / "sar.hdx", PASSPHRASE)
    exported = [d for a, d in audit_actions(store) if a == "family.exported"]
    assert exported == [{"members": 2, "visits": 2, "contacts": 1}]


def test_the_export_shows_the_notice_wording_agreed_to(
    store, clock, two_families, sar, admin, tmp_path
):
    ours, _ = two_families
    settings = HubSettingsService(store, clock)
    settings.set_privacy_notice(admin, "We keep your details for two years.")
    FamilyService(store, clock).record_consent(admin, ours.family_id)
    settings.set_privacy_notice(admin, "We keep your details for three years.")
    data = sar.collect(admin, ours.family_id)
    assert data["consent"]["notice_version"] == 2
    assert data["consent"]["current_notice_version"] == 3
    assert data["consent"]["notice_text"] == "We keep your details for two years."


def test_a_merged_duplicate_is_part_of_the_export(store, clock, reception, admin, manager, sar):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström")
    dup = make_household(store, clock, reception, "Zeb", "Quixote")
    FamilyService(store, clock).merge(manager, ours.family_id, dup.family_id)
    data = sar.collect(admin, ours.family_id)
    assert [f["id"] for f in data["merged_families"]] == [str(dup.family_id)]
    assert len(data["visits"]) == 4
    assert str(dup.family_id) in {a["detail"].get("duplicate") for a in data["audit"]}


def test_an_erased_family_cannot_be_exported(two_families, store, clock, sar, admin, tmp_path):
    ours, _ = two_families
    ErasureService(store, clock).erase(admin, ours.family_id)
    with pytest.raises(ValidationError):
        sar.export(admin, ours.family_id, tmp_path / "x.hdx", PASSPHRASE)


def test_the_pdf_writer_wraps_long_text_over_pages_and_escapes_what_it_must():
    doc = TextDocument()
    doc.title("A (long) report \\ with brackets")
    for i in range(200):
        doc.field(f"Line {i}", "word " * 40)
    doc.field("Polish", "Łukasz Żółć")
    doc.field("Arabic", "مريم")
    lines = check_pdf(doc.render())
    assert lines[0] == "A (long) report \\ with brackets"
    assert any("Lukasz Zólc" in line for line in lines)
    assert any("[U+0645]" in line for line in lines)
    assert max(len(line) for line in lines) < 120
    assert to_winansi("Ångström") == "Ångström".encode("cp1252")
