"""`hubdesk audit verify`, `retention run`, `family export`, `family erase`, `export-open` and
`caller export` / `caller erase`,
driven as an administrator would, secrets through the environment."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select, text

from hubdesk.cli import main
from hubdesk.services.families import FamilyService
from hubdesk.services.setup import SetupService
from hubdesk.services.stores import unlock_store
from hubdesk.storage.models import AuditEntry, Family

from .conftest import family_in

pytestmark = pytest.mark.usefixtures("cheap_kdf")  # not a test of the KDF

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def cli_store(tmp_path, monkeypatch) -> tuple[Path, str]:
    """A store made by `hubdesk init`, an administrator, and one registered family."""
    path = tmp_path / "desk.db"
    monkeypatch.setenv("HUBDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("HUBDESK_LOG_DIR", str(tmp_path / "logs"))
    init = ["init", "--store", str(path), "--hub-name", "Riverside", "--hub-code", "riv"]
    place = ["--site-name", "Riverside", "--device-name", "Desk", "--device-kind", "desk"]
    assert main([*init, *place, "--no-keyring"]) == 0
    monkeypatch.setenv("HUBDESK_NEW_PIN", "4821")
    assert main(["staff", "add", "--store", str(path), "--name", "Ada", "--role", "admin"]) == 0
    monkeypatch.setenv("HUBDESK_PIN", "4821")
    store = unlock_store(path, passphrase=PASSPHRASE)
    try:
        identity = SetupService(store).identity()
        done = FamilyService(store).register(
            identity.actor(), family_in("Zebedee", "Quixote-Ångström")
        )
    finally:
        store.close()
    return path, str(done.family_id)


def test_audit_verify_says_intact_then_names_the_broken_entry(cli_store, capsys):
    path, _ = cli_store
    assert main(["audit", "verify", "--store", str(path)]) == 0
    assert "intact" in capsys.readouterr().out
    store = unlock_store(path, passphrase=PASSPHRASE)
    try:
        with store.write() as session:
            seq = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).first()
            session.execute(text("UPDATE audit_log SET action='x' WHERE seq=:s"), {"s": seq})
    finally:
        store.close()
    assert main(["audit", "verify", "--store", str(path)]) == 3
    assert f"BROKEN at entry {seq}" in capsys.readouterr().out


def test_family_export_prints_the_password_then_export_open(
    cli_store, tmp_path, monkeypatch, capsys
):
    path, family_id = cli_store
    out = tmp_path / "exports" / "sar.pdf"
    argv = ["family", "export", "--store", str(path), "--family", family_id, "--as", "Ada"]
    assert main([*argv, "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert b"Zebedee" not in out.read_bytes()
    printed = capsys.readouterr().out
    password = next(
        line.split(": ", 1)[1] for line in printed.splitlines() if line.startswith("Password: ")
    )
    assert password.encode() not in out.read_bytes()
    monkeypatch.setenv("HUBDESK_EXPORT_PASSPHRASE", "k7re-9ntf-3wyd-hra4")
    assert main(["export-open", str(out), "--out", str(tmp_path / "opened")]) == 1
    assert not (tmp_path / "opened").exists() or not any((tmp_path / "opened").iterdir())
    monkeypatch.setenv("HUBDESK_EXPORT_PASSPHRASE", password)
    assert main(["export-open", str(out), "--out", str(tmp_path / "opened")]) == 0
    data = json.loads((tmp_path / "opened" / "subject-access.json").read_text())
    assert data["members"][0]["first_name"] == "Zebedee"
    assert (tmp_path / "opened" / "subject-access.pdf").read_bytes().startswith(b"%PDF-")


def test_family_export_needs_the_right_pin(cli_store, tmp_path, monkeypatch, capsys):
    path, family_id = cli_store
    monkeypatch.setenv("HUBDESK_PIN", "9999")
    out = tmp_path / "sar.pdf"
    argv = ["family", "export", "--store", str(path), "--family", family_id, "--as", "Ada"]
    assert main([*argv, "--out", str(out)]) == 1
    assert not out.exists()


def test_family_erase_needs_yes_and_then_erases(cli_store, capsys):
    path, family_id = cli_store
    argv = ["family", "erase", "--store", str(path), "--family", family_id, "--as", "Ada"]
    assert main(argv) == 2
    assert "--yes" in capsys.readouterr().err
    assert main([*argv, "--yes"]) == 0
    assert "Erased: 1 family" in capsys.readouterr().out
    store = unlock_store(path, passphrase=PASSPHRASE)
    try:
        with store.read() as session:
            family = session.get(Family, __import__("uuid").UUID(family_id))
            assert family.erased_at is not None
            assert family.postcode is None
    finally:
        store.close()


def test_retention_run(cli_store, capsys):
    path, _ = cli_store
    assert main(["retention", "run", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert "0 families erased" in out
    assert "24 months" in out


def _log_caller(path: Path) -> None:
    from hubdesk.domain.catalogue import ContactChannel, Need
    from hubdesk.domain.staff import StaffRole
    from hubdesk.services.base import Actor
    from hubdesk.services.contacts import ContactIn, ContactService

    store = unlock_store(path, passphrase=PASSPHRASE)
    try:
        identity = SetupService(store).identity()
        desk = Actor(
            identity.device_id,
            identity.hub_id,
            identity.site_id,
            __import__("uuid").uuid4(),
            StaffRole.RECEPTION,
        )
        ContactService(store).log(
            desk,
            ContactIn(
                ContactChannel.PHONE,
                (Need.FOOD,),
                caller_name="Yusuf Demir",
                caller_phone="0191 496 0555",
            ),
        )
    finally:
        store.close()


def test_caller_export_prints_the_password_once_and_export_open_opens_it(
    cli_store, tmp_path, monkeypatch, capsys
):
    path, _ = cli_store
    _log_caller(path)
    out = tmp_path / "exports"
    argv = ["caller", "export", "--store", str(path), "--phone", "0191 4960555", "--as", "Ada"]
    assert main([*argv, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 contact)" in printed
    (written,) = out.iterdir()
    assert written.name.startswith("subject-access-caller-")
    assert written.suffix == ".pdf"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert b"Yusuf" not in written.read_bytes()
    passwords = [line for line in printed.splitlines() if line.startswith("Password: ")]
    assert len(passwords) == 1
    password = passwords[0].split(": ", 1)[1]
    assert password.encode() not in written.read_bytes()
    monkeypatch.setenv("HUBDESK_EXPORT_PASSPHRASE", password)
    assert main(["export-open", str(written), "--out", str(tmp_path / "opened")]) == 0
    data = json.loads((tmp_path / "opened" / "subject-access.json").read_text())
    assert [c["caller_name"] for c in data["contacts"]] == ["Yusuf Demir"]
    # by the name too; a caller nobody logged is an error, and no file
    assert main([*argv[:4], "--name", "yusuf demir", "--as", "Ada", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main([*argv[:4], "--name", "Nobody", "--as", "Ada", "--out", str(tmp_path / "n")]) != 0
    assert not (tmp_path / "n").exists()


def test_caller_erase_needs_yes_and_then_erases_the_name_and_number(cli_store, capsys):
    from hubdesk.storage.models import Contact

    path, _ = cli_store
    _log_caller(path)
    argv = ["caller", "erase", "--store", str(path), "--phone", "01914960555", "--as", "Ada"]
    assert main(argv) == 2
    assert "--yes" in capsys.readouterr().err
    assert main([*argv, "--yes"]) == 0
    assert "from 1 contact (" in capsys.readouterr().out
    store = unlock_store(path, passphrase=PASSPHRASE)
    try:
        with store.read() as session:
            contact = session.scalars(select(Contact)).one()
            assert (contact.caller_name, contact.caller_phone) == (None, None)
    finally:
        store.close()
