"""Logs: JSON lines, rotated, 0600 under the data folder, and no personal data in any line, even
at DEBUG, after known names have gone through every flow."""

from __future__ import annotations

import json
import logging
import stat
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import keyring
import platformdirs
import pytest
from keyring.backends import fail

from hubdesk import logs
from hubdesk.cli import main
from hubdesk.domain.catalogue import ContactChannel, Need, Outcome, SignOutBy, VisitReason
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import Role
from hubdesk.domain.staff import StaffRole
from hubdesk.security.pins import PinParams
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.erasure import ErasureService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
from hubdesk.services.passes import PassService
from hubdesk.services.retention import RetentionService
from hubdesk.services.staff import StaffService, WrongPinError
from hubdesk.services.stores import data_dir
from hubdesk.services.subject_access import SubjectAccessService
from hubdesk.services.visits import SignIn, VisitService

NAMES = ("Zebedee", "Quixote-Ångström", "Ångström", "Xanthippe", "Quillfeather")
OTHER_PERSONAL = ("NE6 2AB", "0191 496 0123", "zq@example.org", "sleep regression", "Dr Ngozi")


@pytest.fixture
def quiet_root():
    """Put the root logger back as it was (configure_logging changes it)."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _lines(folder: Path) -> list[str]:
    return [
        line
        for path in sorted(folder.glob("hubdesk.log*"))
        for line in path.read_text().splitlines()
    ]


def test_the_log_file_is_under_the_data_folder_by_default(monkeypatch):
    monkeypatch.delenv("HUBDESK_LOG_DIR", raising=False)
    assert logs.default_log_dir() == data_dir() / "logs"
    assert logs.default_log_dir().parent == platformdirs.user_data_path("hubdesk", appauthor=False)


def test_log_files_are_0600_in_a_0700_folder_even_after_rotation(tmp_path, quiet_root, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    folder = tmp_path / "logs"
    path = logs.configure_logging(log_dir=folder)
    assert path == folder / "hubdesk.log"
    log = logging.getLogger("hubdesk.test")
    for i in range(200):
        log.info("event %d", i, extra={"count": i})
    files = sorted(folder.iterdir())
    assert len(files) > 2  # rotated
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
    record = json.loads(path.read_text().splitlines()[-1])
    assert record["level"] == "info"
    assert record["logger"] == "hubdesk.test"
    assert record["msg"].startswith("event ")
    assert isinstance(record["count"], int)


def test_a_log_file_left_world_readable_is_made_private(tmp_path, quiet_root):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    (folder / "hubdesk.log").write_text("")
    (folder / "hubdesk.log").chmod(0o644)
    logs.configure_logging(log_dir=folder)
    assert stat.S_IMODE((folder / "hubdesk.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_the_formatter_drops_unknown_fields_redacts_text_arguments_and_exception_messages():
    formatter = logs.JsonFormatter()
    record = logging.LogRecord(
        "hubdesk.x",
        logging.WARNING,
        __file__,
        1,
        "saw %s, %d, %s",
        ("Zebedee", 3, "KeyError"),
        None,
    )
    record.name_of_child = "Zebedee"
    record.family_id = uuid.UUID(int=5)
    record.field = "Zebedee"  # an allowed key with a value that is not a code
    record.state = "wrong_pin"
    record.code = "adults[0].first_name"
    out = json.loads(formatter.format(record))
    assert out["msg"] == "saw [redacted], 3, KeyError"
    assert "name_of_child" not in out
    assert out["family_id"] == str(uuid.UUID(int=5))
    assert out["field"] == "[redacted]"
    assert out["state"] == "wrong_pin"
    assert out["code"] == "adults[0].first_name"
    try:
        raise ValueError("Zebedee Quixote-Ångström is not valid")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    out = json.loads(formatter.format(record))
    assert out["exc"] == "ValueError"
    assert "Zebedee" not in json.dumps(out)


def _every_flow(store, clock, identity, tmp_path):
    """Known names through register, edit, sign in and out, contacts, passes, search, staff,
    failing validations, export, erasure and retention."""
    kiosk = identity.actor()
    staff = StaffService(store, clock, pin_params=PinParams(memory_cost=8, iterations=1, lanes=1))
    admin_id = staff.add(None, name="Xanthippe Quillfeather", role=StaffRole.ADMIN, pin="4821")
    admin = staff.sign_in(identity, admin_id, "4821")
    with pytest.raises(WrongPinError):
        staff.sign_in(identity, admin_id, "0000")
    reception_id = staff.add(
        admin, name="Quixote-Ångström Desk", role=StaffRole.RECEPTION, pin="5555"
    )
    reception = staff.sign_in(identity, reception_id, "5555")
    families = FamilyService(store, clock)
    family = FamilyIn(
        adults=(AdultIn("Zebedee", "Quixote-Ångström", Role.FATHER),),
        children=(ChildIn("Xanthippe", date(2021, 2, 3), last_name="Quixote-Ångström"),),
        postcode="ne6 2ab",
        phone="0191 496 0123",
        email="zq@example.org",
        notes="sleep regression",
        consent=True,
    )
    done = families.register(kiosk, family)
    with pytest.raises(ValidationError):
        families.register(kiosk, replace(family, postcode="Zebedee Quixote-Ångström"))
    with pytest.raises(ValidationError):
        families.register(
            kiosk, replace(family, adults=(AdultIn("Zebedee" * 20, "Quixote-Ångström"),))
        )
    with pytest.raises(ValidationError):
        families.register(reception, replace(family, email="Zebedee Quixote-Ångström"))
    families.edit(
        reception,
        done.family_id,
        replace(
            family,
            adults=(AdultIn("Zebedee", "Quixote-Ångström", Role.FATHER, id=done.member_ids[0]),),
            children=(ChildIn("Xanthippe", date(2021, 2, 3), id=done.member_ids[1]),),
        ),
    )
    issued = PassService(store, clock).issue(reception, done.family_id)
    PassService(store, clock).find_by_scan(kiosk, issued.qr_payload)
    with pytest.raises(ValidationError):
        PassService(store, clock).find_by_scan(kiosk, "Zebedee Quixote-Ångström")
    visits = VisitService(store, clock)
    signed = visits.sign_in(
        kiosk,
        SignIn(VisitReason.HERE_TO_HELP, family_id=done.family_id, member_ids=done.member_ids),
    )
    visits.who_is_in(identity.hub_id)
    visits.signed_in_here_today(kiosk)
    visits.sign_out(kiosk, signed.visit_id, SignOutBy.FAMILY)
    with pytest.raises(ValidationError):
        visits.sign_in(kiosk, SignIn(VisitReason.HERE_TO_HELP, postcode="Zebedee"))
    contacts = ContactService(store, clock)
    contacts.log(
        reception,
        ContactIn(
            ContactChannel.PHONE,
            (Need.PARENTING,),
            (Outcome.REFERRAL,),
            family_id=done.family_id,
            referred_to="Dr Ngozi for Zebedee",
            notes="Zebedee Quixote-Ångström: sleep regression",
        ),
    )
    with pytest.raises(ValidationError):
        contacts.log(
            reception,
            ContactIn(
                ContactChannel.PHONE,
                (Need.PARENTING,),
                (Outcome.REFERRAL,),
                notes="Zebedee Quixote-Ångström",
            ),
        )
    assert families.search(reception, "Quixote")
    assert families.search(reception, "Ångström")
    families.details(reception, done.family_id)
    SubjectAccessService(store, clock).export(admin, done.family_id, tmp_path / "sar.pdf")
    second = families.register(kiosk, replace(family, notes="Quillfeather second"))
    ErasureService(store, clock).erase(admin, done.family_id)
    clock.advance(timedelta(days=900))
    RetentionService(store, clock).run(kiosk)
    return second


def _assert_clean(text: str, where: str) -> None:
    for value in NAMES + OTHER_PERSONAL:
        assert value not in text, f"{value!r} found in {where}"
        assert value.casefold() not in text.casefold(), f"{value!r} (any case) found in {where}"


def test_known_names_through_every_flow_never_reach_a_log_line(
    store, clock, identity, tmp_path, caplog, quiet_root, monkeypatch
):
    folder = tmp_path / "logs"
    logs.configure_logging(verbose=True, log_dir=folder)
    caplog.set_level(logging.DEBUG)
    _every_flow(store, clock, identity, tmp_path)
    # and the command line, at DEBUG (-v), on a store of its own
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("HUBDESK_LOG_DIR", str(folder))
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "correct horse battery")
    path = tmp_path / "cli.db"
    init = ["init", "--store", str(path), "--hub-name", "Quillfeather Hub", "--hub-code", "qh"]
    place = ["--site-name", "Zebedee Hall", "--device-name", "Desk", "--device-kind", "desk"]
    assert main(["-v", *init, *place, "--no-keyring"]) == 0
    monkeypatch.setenv("HUBDESK_NEW_PIN", "4821")
    assert (
        main(["-v", "staff", "add", "--store", str(path), "--name", "Xanthippe", "--role", "admin"])
        == 0
    )
    assert (
        main(["-v", "staff", "add", "--store", str(path), "--name", "Zebedee", "--role", "admin"])
        == 2
    )
    assert main(["-v", "audit", "verify", "--store", str(path)]) == 0
    assert main(["-v", "retention", "run", "--store", str(path)]) == 0

    lines = _lines(folder)
    assert lines, "nothing was logged: the test would prove nothing"
    for line in lines:
        json.loads(line)  # every line is one JSON object
        _assert_clean(line, "the log file")
    assert caplog.records
    for record in caplog.records:
        _assert_clean(record.getMessage(), f"record {record.name}")
        _assert_clean(str(vars(record)), f"record {record.name} fields")
    _assert_clean(caplog.text, "caplog")
