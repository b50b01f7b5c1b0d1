"""Subject access: the export is a PDF protected with AES-256 under a password made for it, which an
independent reader (poppler) opens with the password and refuses without; it holds everything about
the family in plain words and nothing about others, with the JSON attached; the file is 0600."""

from __future__ import annotations

import json
import logging
import re
import shutil
import stat
import subprocess
import uuid
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
    PASSWORD_ALPHABET,
    PDF_NAME,
    SubjectAccessService,
    new_password,
    open_export,
    render_pdf,
    seal_export,
    write_opened,
)
from hubdesk.storage.models import AuditEntry

from .conftest import make_household
from .helpers import audit_actions
from .pdfcheck import check_pdf

CHEAP = KdfParams(iterations=1, lanes=1, memory_cost=64)


def _poppler(tool: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    # poppler-utils is in scripts/setup.sh's system packages: CI has it, so no skipping here
    assert shutil.which(tool), f"{tool} (poppler-utils) is not installed: run scripts/setup.sh"
    return subprocess.run([tool, *args], capture_output=True, check=False, timeout=60)


@pytest.fixture
def two_families(store, clock, reception):
    ours = make_household(store, clock, reception, "Zebedee", "Quixote-Ångström", "NE6 2AB")
    clock.advance(timedelta(hours=1))
    theirs = make_household(store, clock, reception, "Philippa", "Otherton", "SR1 3QD")
    return ours, theirs


@pytest.fixture
def sar(store, clock):
    return SubjectAccessService(store, clock)


def test_poppler_opens_the_pdf_with_its_password_and_refuses_it_without(
    two_families, sar, admin, tmp_path
):
    ours, _ = two_families
    path = tmp_path / "out" / "sar.pdf"
    result = sar.export(
        admin,
        ours.family_id,
        path,
    )
    password = result.password
    blob = path.read_bytes()
    assert blob.startswith(b"%PDF-")
    # nothing readable without the password: not the names, nor the password itself
    for clear in (
        b"Zebedee",
        "Ångström".encode(),
        b"NE6 2AB",
        b"Health visitor",
        password.encode(),
    ):
        assert clear not in blob
    info = _poppler("pdfinfo", "-upw", password, str(path)).stdout.decode()
    assert "algorithm:AES-256" in info, info
    assert "PDF version:     2.0" in info
    # an independent reader, with the password: the family's name and their record in words
    shown = _poppler("pdftotext", "-enc", "UTF-8", "-upw", password, str(path), "-")
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode("utf-8")
    assert "Zebedee Quixote-Ångström" in text
    for section in ("Who is in your family", "Your visits (2)", "Your passes", "Help and advice"):
        assert section in text
    assert "Health visitor for Zebedee" in text
    # and without it, or with a wrong one, it is refused
    for wrong in ([], ["-upw", "k7re-9ntf-3wyd-hra4"], ["-upw", ""]):
        refused = _poppler("pdftotext", *wrong, str(path), "-")
        assert refused.returncode != 0
        assert b"Zebedee" not in refused.stdout
        assert b"password" in refused.stderr.lower()
    # the JSON is attached inside
    listed = _poppler("pdfdetach", "-upw", password, "-list", str(path)).stdout.decode()
    assert JSON_NAME in listed
    saved = tmp_path / "detached.json"
    assert (
        _poppler(
            "pdfdetach", "-upw", password, "-save", "1", "-o", str(saved), str(path)
        ).returncode
        == 0
    )
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["family"]["id"] == str(ours.family_id)
    assert {m["last_name"] for m in data["members"]} == {"Quixote-Ångström"}


def test_the_export_holds_everything_about_the_family_and_nothing_about_others(
    two_families, sar, admin, tmp_path, store
):
    ours, theirs = two_families
    path = tmp_path / "out" / "sar.pdf"
    result = sar.export(admin, ours.family_id, path)
    assert result.visits == 2
    assert result.contacts == 1
    files = open_export(path.read_bytes(), result.password)
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
    whole = files[JSON_NAME].decode() + files[PDF_NAME].decode("latin-1")
    for value in ("Philippa", "Otherton", "SR1 3QD", str(theirs.family_id), str(theirs.contact_id)):
        assert value not in whole
    for visit in theirs.visit_ids:
        assert str(visit) not in whole


def test_the_record_is_in_plain_words_with_no_codes(two_families, sar, admin):
    ours, _ = two_families
    data = sar.collect(admin, ours.family_id)
    shown = "\n".join(check_pdf(render_pdf(data)))
    assert "Zebedee Quixote-Ångström: mum" in shown or "Zebedee Quixote-Ångström:" in shown
    assert "Zebedeeina Quixote-Ångström: child, born Sunday 1 May 2022" in shown
    assert "In person" in shown
    assert "What it was about: parenting" in shown
    assert "What we did: referred to another service" in shown
    assert "for Here to Help" in shown
    assert "Family registered" in shown
    for code in (
        "here_to_help",
        "in_person",
        "family.registered",
        "contact.logged",
        "+00:00",
    ):
        assert code not in shown, code
    # no ISO timestamp ("2026-06-16T09:30"); a bare "T0" can be part of a random pass code
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d", shown), shown


def test_the_aes_comes_from_cryptography_not_a_fallback():
    from pypdf._crypt_providers import crypt_provider

    assert crypt_provider[0] == "cryptography"


def test_the_password_is_easy_to_read_out_and_new_each_time(two_families, sar, admin, tmp_path):
    for ch in "0o1li5s2z8b6gquv":
        assert ch not in PASSWORD_ALPHABET
    made = {new_password() for _ in range(200)}
    assert len(made) == 200
    for password in made:
        groups = password.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4]
        assert set("".join(groups)) <= set(PASSWORD_ALPHABET)
    ours, _ = two_families
    first = sar.export(admin, ours.family_id, tmp_path / "a.pdf").password
    second = sar.export(admin, ours.family_id, tmp_path / "b.pdf").password
    assert first != second
    assert first not in repr(sar.export(admin, ours.family_id, tmp_path / "c.pdf"))


def test_the_export_file_is_0600_and_only_the_right_password_opens_it(
    two_families, sar, admin, tmp_path, caplog, store
):
    caplog.set_level(logging.DEBUG)
    ours, _ = two_families
    path = tmp_path / "sar.pdf"
    password = sar.export(admin, ours.family_id, path).password
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0 or path.parent == tmp_path
    blob = path.read_bytes()
    with pytest.raises(WrongSecretError):
        open_export(blob, "k7re-9ntf-3wyd-hra4")
    with pytest.raises(WrongSecretError):
        open_export(blob, "")
    with pytest.raises(ValidationError) as err:
        open_export(b"%PDF-1.4 not an export", password)
    assert err.value.field == "file"
    opened = write_opened(open_export(blob, password), tmp_path / "opened")
    assert stat.S_IMODE((tmp_path / "opened").stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in opened)
    # the password is nowhere but in the result: not in a log line, not in the audit log
    assert password not in caplog.text
    assert password not in json.dumps(audit_actions(store))


def test_an_export_made_by_an_earlier_version_still_opens(tmp_path):
    files = {JSON_NAME: b"{}", PDF_NAME: b"%PDF-1.4"}
    blob = seal_export(files, "bluebell meadow 42", CHEAP)
    assert open_export(blob, "bluebell meadow 42") == files
    with pytest.raises(WrongSecretError):
        open_export(blob, "bluebell meadow 43")
    tampered = bytearray(blob)
    tampered[-5] ^= 1
    with pytest.raises((WrongSecretError, ValidationError)):
        open_export(bytes(tampered), "bluebell meadow 42")


def test_export_needs_an_administrator_and_a_real_family(
    two_families, sar, admin, manager, tmp_path, count
):
    ours, _ = two_families
    path = tmp_path / "sar.pdf"
    before = count(AuditEntry)
    with pytest.raises(PermissionDeniedError):
        sar.export(manager, ours.family_id, path)
    with pytest.raises(ValidationError) as err:
        sar.export(admin, uuid.uuid4(), path)
    assert err.value.field == "family"
    assert not path.exists()
    assert count(AuditEntry) == before


def test_the_export_is_in_the_audit_log(two_families, sar, admin, tmp_path, store):
    ours, _ = two_families
    sar.export(admin, ours.family_id, tmp_path / "sar.pdf")
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
        sar.export(admin, ours.family_id, tmp_path / "x.pdf")


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


# --- an unregistered caller -------------------------------------------------------------------


def _log_caller(store, clock, reception, name, phone, need):
    from hubdesk.domain.catalogue import ContactChannel
    from hubdesk.services.contacts import ContactIn, ContactService

    return ContactService(store, clock).log(
        reception, ContactIn(ContactChannel.PHONE, (need,), caller_name=name, caller_phone=phone)
    )


def test_a_callers_pdf_opens_with_its_password_and_holds_only_their_contacts(
    store, clock, reception, admin, sar, tmp_path, caplog
):
    from hubdesk.domain.catalogue import Need

    caplog.set_level(logging.DEBUG)
    _log_caller(store, clock, reception, "Yusuf Demir", "0191 496 0555", Need.HOUSING)
    clock.advance(timedelta(days=1))
    _log_caller(store, clock, reception, "Yusuf Demir", "01914960555", Need.FOOD)
    _log_caller(store, clock, reception, "Philippa Otherton", "0191 496 0999", Need.MONEY)
    out_dir = tmp_path / "exports"
    result = sar.export_caller(admin, phone="0191 496 0555", out_dir=out_dir)
    assert result.contacts == 2
    assert result.path.parent == out_dir
    assert result.path.name.startswith("subject-access-caller-")
    assert "Demir" not in result.path.name
    assert "0555" not in result.path.name
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(out_dir.stat().st_mode) == 0o700
    blob = result.path.read_bytes()
    for clear in (b"Yusuf", b"0191 496 0555", result.password.encode()):
        assert clear not in blob
    shown = _poppler("pdftotext", "-enc", "UTF-8", "-upw", result.password, str(result.path), "-")
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode("utf-8")
    assert "Yusuf Demir" in text
    assert "Your contacts with us (2)" in text
    assert "housing" in text
    assert "food" in text
    assert "Philippa" not in text
    assert "money" not in text
    for wrong in ([], ["-upw", "k7re-9ntf-3wyd-hra4"]):
        refused = _poppler("pdftotext", *wrong, str(result.path), "-")
        assert refused.returncode != 0
        assert b"Yusuf" not in refused.stdout
    data = json.loads(open_export(blob, result.password)[JSON_NAME])
    assert [c["caller_name"] for c in data["contacts"]] == ["Yusuf Demir", "Yusuf Demir"]
    # audited with counts only; the password and the caller nowhere in a log
    assert [d for a, d in audit_actions(store) if a == "caller.exported"] == [{"contacts": 2}]
    assert result.password not in caplog.text
    assert "Demir" not in caplog.text
    assert result.password not in json.dumps(audit_actions(store))
    assert "Demir" not in json.dumps(audit_actions(store))
    assert result.password not in repr(result)


def test_a_callers_export_needs_an_administrator_and_a_caller_held_here(
    store, clock, reception, admin, manager, sar, tmp_path, count
):
    from hubdesk.domain.catalogue import Need

    _log_caller(store, clock, reception, "Yusuf Demir", "0191 496 0555", Need.HOUSING)
    before = count(AuditEntry)
    out_dir = tmp_path / "exports"
    with pytest.raises(PermissionDeniedError):
        sar.export_caller(manager, phone="0191 496 0555", out_dir=out_dir)
    with pytest.raises(ValidationError) as err:
        sar.export_caller(admin, name="Nobody Here", out_dir=out_dir)
    assert err.value.field == "caller"
    with pytest.raises(ValidationError):
        sar.export_caller(admin, out_dir=out_dir)
    assert not out_dir.exists()
    assert count(AuditEntry) == before
