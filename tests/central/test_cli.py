"""`hubdesk central ...` admin commands, and `hubdesk enrol` / `hubdesk sync` on a device."""

from __future__ import annotations

import argparse
import re

from hubdesk.central import cli as central_cli
from hubdesk.central.store import CentralStore
from hubdesk.storage.engine import open_store
from hubdesk.sync import cli as sync_cli
from tests.sync.support import LiveServer


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hubdesk")
    sub = p.add_subparsers(dest="command")
    central_cli.add_parser(sub)
    sync_cli.add_parser(sub)
    return p


def call(argv, capsys):
    args = parser().parse_args(argv)
    code = args.run(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_admin_commands_then_a_device_enrols_and_syncs(tmp_path, capsys, monkeypatch):
    db = f"sqlite:///{tmp_path / 'central.db'}"
    base = ["central", "--database-url", db]
    code, out, _ = call([*base, "create-hub", "Riverside Family Hub", "riv"], capsys)
    assert code == 0
    assert out.startswith("hub RIV ")
    code, out, _ = call([*base, "create-site", "RIV", "Riverside", "--postcode", "ne1 4xf"],
                        capsys)  # fmt: skip
    assert code == 0
    code, _, err = call([*base, "create-site", "NOPE", "x"], capsys)
    assert code == 1
    assert "hub not found" in err

    store = CentralStore(db)
    server = LiveServer(store)
    try:
        png = tmp_path / "enrol.png"
        code, out, _ = call(
            [*base, "enrolment-code", "RIV", "--url", server.url, "--png", str(png)], capsys
        )
        assert code == 0
        assert png.read_bytes().startswith(b"\x89PNG")
        assert png.stat().st_mode & 0o077 == 0
        typed = re.search(r"Enrolment code: (\S+)", out).group(1)
        code, _, err = call([*base, "enrolment-code", "RIV", "--url", "http://central.example"],
                            capsys)  # fmt: skip
        assert code == 1
        assert "https" in err

        device_store = open_store(tmp_path / "dev" / "s.db", b"d" * 32)
        monkeypatch.setenv(sync_cli.HUB_PASSPHRASE_ENV, "correct horse battery staple")
        args = parser().parse_args(["enrol", typed, "--url", server.url, "--name", "Desk 1"])
        args.open_store = lambda _a: open_store(tmp_path / "dev" / "s.db", b"d" * 32)
        device_store.close()
        assert args.run(args) == 0
        out = capsys.readouterr().out
        device_id = re.search(r"device (\S+) of", out).group(1)
        assert "Hub key: new." in out

        args = parser().parse_args(["sync", "--once"])
        args.open_store = lambda _a: open_store(tmp_path / "dev" / "s.db", b"d" * 32)
        assert args.run(args) == 0
        assert "online; waiting 0" in capsys.readouterr().out

        code, out, _ = call([*base, "devices"], capsys)
        assert device_id in out
        assert "Desk 1" in out
        code, out, _ = call([*base, "revoke-device", device_id], capsys)
        assert code == 0
        code, out, _ = call([*base, "devices", "--hub", "RIV"], capsys)
        assert "revoked" in out

        args = parser().parse_args(["sync", "--once"])
        args.open_store = lambda _a: open_store(tmp_path / "dev" / "s.db", b"d" * 32)
        assert args.run(args) == 1
        assert "device_revoked" in capsys.readouterr().out
    finally:
        server.stop()
        store.close()

    monkeypatch.setenv(central_cli.PASSWORD_ENV, "a long enough password")
    code, out, _ = call([*base, "create-user", "Alice", "--role", "manager"], capsys)
    assert code == 0
    assert "alice (manager)" in out
    code, out, _ = call([*base, "migrate"], capsys)
    assert re.search(r"schema at c\d{4}", out)  # the head revision
