"""The `hubdesk` command driven as an IT technician would, secrets given through the environment."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from hubdesk.cli import main

pytestmark = pytest.mark.usefixtures("cheap_kdf")  # not a test of the KDF


@pytest.fixture(autouse=True)
def _no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path, monkeypatch, capsys) -> Path:
    path = tmp_path / "desk.db"
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "correct horse battery")
    code = main(
        [
            "init",
            "--store",
            str(path),
            "--hub-name",
            "Riverside Family Hub",
            "--hub-code",
            "riv",
            "--site-name",
            "Riverside",
            "--site-postcode",
            "ne6 1as",
            "--device-name",
            "Reception PC",
            "--device-kind",
            "desk",
            "--no-keyring",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    match = re.search(r"RECOVERY CODE.*?\n\s*\n\s+(\S+)", out, re.S)
    assert match, out
    path.with_suffix(".recovery").write_text(match.group(1))
    return path


def recovery_code(store: Path) -> str:
    return store.with_suffix(".recovery").read_text()


def test_init_makes_an_encrypted_store_that_stock_sqlite_cannot_read(store):
    assert store.stat().st_mode & 0o777 == 0o600
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(store).execute("SELECT * FROM sqlite_master").fetchall()
    key_file = store.with_name(store.name + ".keys.json")
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert "demo_key" not in key_file.read_text()


def test_info_reports_the_store(store, capsys):
    assert main(["info", "--store", str(store), "--check"]) == 0
    out = capsys.readouterr().out
    assert "desk" in out
    assert "integrity: ok" in out


def test_wrong_passphrase_is_refused_clearly(store, monkeypatch, capsys):
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "not the passphrase")
    assert main(["info", "--store", str(store)]) == 1
    assert "passphrase" in capsys.readouterr().err.lower()


def test_bad_input_names_the_field_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "correct horse battery")
    path = tmp_path / "bad.db"
    code = main(
        [
            "init",
            "--store",
            str(path),
            "--hub-name",
            "Hub",
            "--hub-code",
            "H",
            "--site-name",
            "Site",
            "--site-postcode",
            "not a postcode",
            "--device-name",
            "PC",
            "--device-kind",
            "desk",
            "--no-keyring",
        ]
    )
    assert code == 2
    assert "site_postcode" in capsys.readouterr().err


def test_short_passphrase_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "short")
    path = tmp_path / "s.db"
    code = main(
        [
            "init",
            "--store",
            str(path),
            "--hub-name",
            "Hub",
            "--hub-code",
            "H",
            "--site-name",
            "S",
            "--device-name",
            "PC",
            "--device-kind",
            "desk",
            "--no-keyring",
        ]
    )
    assert code == 2
    assert "passphrase" in capsys.readouterr().err
    assert not path.exists()


def test_staff_first_admin_then_others_need_a_signed_in_admin(store, monkeypatch, capsys):
    monkeypatch.setenv("HUBDESK_NEW_PIN", "4821")
    assert (
        main(["staff", "add", "--store", str(store), "--name", "Sam Jones", "--role", "admin"]) == 0
    )
    monkeypatch.setenv("HUBDESK_NEW_PIN", "5555")
    assert main(["staff", "add", "--store", str(store), "--name", "Jo", "--role", "reception"]) == 2
    assert "as" in capsys.readouterr().err
    monkeypatch.setenv("HUBDESK_PIN", "4821")
    assert (
        main(
            [
                "staff",
                "add",
                "--store",
                str(store),
                "--name",
                "Jo",
                "--role",
                "reception",
                "--as",
                "Sam Jones",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["staff", "list", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "Sam Jones" in out
    assert "reception" in out


def test_recovery_code_sets_a_new_passphrase(store, monkeypatch, capsys):
    monkeypatch.delenv("HUBDESK_PASSPHRASE")
    monkeypatch.setenv("HUBDESK_RECOVERY_CODE", recovery_code(store).lower())
    monkeypatch.setenv("HUBDESK_NEW_PASSPHRASE", "a brand new passphrase")
    assert main(["keys", "unlock-recovery", "--store", str(store)]) == 0
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "a brand new passphrase")
    assert main(["info", "--store", str(store)]) == 0
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "correct horse battery")
    assert main(["info", "--store", str(store)]) == 1


def test_rotation_keeps_rows_and_retires_the_old_recovery_code(store, monkeypatch, capsys):
    monkeypatch.setenv("HUBDESK_NEW_PIN", "4821")
    assert (
        main(["staff", "add", "--store", str(store), "--name", "Sam Jones", "--role", "admin"]) == 0
    )
    old_code = recovery_code(store)
    capsys.readouterr()
    assert main(["keys", "rotate", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    new_code = re.search(r"NEW RECOVERY CODE.*?\n\s*\n\s+(\S+)", out, re.S).group(1)
    assert new_code != old_code
    assert main(["staff", "list", "--store", str(store)]) == 0
    assert "Sam Jones" in capsys.readouterr().out
    monkeypatch.setenv("HUBDESK_RECOVERY_CODE", old_code)
    monkeypatch.setenv("HUBDESK_NEW_PASSPHRASE", "another new passphrase")
    assert main(["keys", "unlock-recovery", "--store", str(store)]) == 1
    monkeypatch.setenv("HUBDESK_RECOVERY_CODE", new_code)
    assert main(["keys", "unlock-recovery", "--store", str(store)]) == 0


def test_report_prints_a_summary(store, capsys):
    assert (
        main(["report", "--store", str(store), "--from", "2026-01-01", "--to", "2026-01-31"]) == 0
    )
    assert "visits (parties):     0" in capsys.readouterr().out


def test_demo_builds_a_small_store_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["demo", "--store", str(path), "--families", "12", "--months", "1"]) == 0
    assert "12 families" in capsys.readouterr().out
    assert main(["demo", "--store", str(path)]) == 1
    assert main(["info", "--store", str(path)]) == 0
    assert "demo" in capsys.readouterr().out


def test_demo_lists_pass_codes_a_newcomer_can_type_at_the_kiosk(tmp_path, capsys):
    from hubdesk.security.passes import parse_scan

    path = tmp_path / "demo.db"
    assert main(["demo", "--store", str(path), "--families", "12", "--months", "1"]) == 0
    capsys.readouterr()
    assert main(["demo", "--store", str(path), "--passes", "3"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert len(lines) == 3
    for line in lines:
        code, *_rest, qr = line.split()
        assert len(code) == len("XXXX-XXXX-C")
        assert parse_scan(code).kind == "short_code"  # a code the kiosk reads
        assert parse_scan(qr).kind == "token"


def test_store_is_chosen_flag_then_demo_if_asked_then_env_then_fleet_config_then_own(
    tmp_path, monkeypatch
):
    import argparse

    from hubdesk.cli import common
    from hubdesk.services import stores

    own = tmp_path / "own.db"
    demo = tmp_path / "demo" / "demo.db"
    monkeypatch.setattr(common, "default_store_path", lambda: own)
    monkeypatch.setattr(common, "demo_store_path", lambda: demo)
    monkeypatch.setattr(stores, "demo_store_path", lambda: demo)
    monkeypatch.delenv("HUBDESK_STORE", raising=False)
    monkeypatch.delenv("HUBDESK_DEMO", raising=False)
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    monkeypatch.setenv("HUBDESK_CONFIG", str(empty))
    args = argparse.Namespace(store=None, demo=False)
    # nothing set up on this PC: this user's own store (not there yet: the wizard makes it),
    # never the demo store, whose key lies beside it
    assert common.store_path(args) == own
    assert not own.exists()
    own.write_bytes(b"")
    assert common.store_path(args) == own
    config = tmp_path / "fleet.toml"
    config.write_text(f'store_path = "{tmp_path / "fleet.db"}"\n')
    monkeypatch.setenv("HUBDESK_CONFIG", str(config))
    assert common.store_path(args) == tmp_path / "fleet.db"
    monkeypatch.setenv("HUBDESK_STORE", str(tmp_path / "env.db"))
    assert common.store_path(args) == tmp_path / "env.db"
    assert common.store_path(argparse.Namespace(store=tmp_path / "flag.db")) == tmp_path / "flag.db"
    # the demo store only when asked for: --demo, or HUBDESK_DEMO=1 (scripts/start.sh)
    assert common.store_path(argparse.Namespace(store=None, demo=True)) == demo
    monkeypatch.setenv("HUBDESK_DEMO", "1")
    assert common.store_path(args) == demo
    assert common.store_path(argparse.Namespace(store=tmp_path / "flag.db")) == tmp_path / "flag.db"


def test_a_command_on_a_pc_with_nothing_set_up_says_how_and_builds_no_demo(
    tmp_path, monkeypatch, capsys
):
    from hubdesk.cli import common
    from hubdesk.services import stores

    own = tmp_path / "own.db"
    demo = tmp_path / "demo" / "demo.db"
    monkeypatch.setattr(common, "default_store_path", lambda: own)
    monkeypatch.setattr(common, "demo_store_path", lambda: demo)
    monkeypatch.setattr(stores, "demo_store_path", lambda: demo)
    monkeypatch.delenv("HUBDESK_STORE", raising=False)
    monkeypatch.delenv("HUBDESK_DEMO", raising=False)
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    monkeypatch.setenv("HUBDESK_CONFIG", str(empty))
    with pytest.raises(SystemExit) as done:
        main(["info"])
    assert "hubdesk setup" in str(done.value.code)
    assert "--demo" in str(done.value.code)
    assert not demo.exists()
    assert not own.exists()


def test_enrol_refuses_foreign_text_with_one_line(store, capsys):
    """Issue 21: `hubdesk enrol` ended in a traceback on a foreign QR text."""
    foreign = (
        "WIFI:S:Cafe Wifi;T:WPA;P:secret;;",
        "https://example.org/some/page",
        "hubdesk-enrol:1:NOT-A-CODE:https://central.example",
        "hubdesk-enrol:1:ABCD-EFGH-JKMN:javascript:alert(1)",
        "\u202e\x00",
    )
    for text in foreign:
        assert main(["enrol", "--store", str(store), "--no-hub-passphrase", text]) == 1
        err = capsys.readouterr().err
        assert err.startswith("hubdesk: "), err
        assert err.count("\n") == 1, err
        assert "Traceback" not in err
