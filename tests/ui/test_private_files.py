"""Every file the desk writes with personal data is user-only (0600) from its first byte: the
pass card PDF, the roll call PDF, the report exports (CSV, XLSX, PDF) and the subject access PDF.

Each writer runs with a umask of 0, under which a file opened by name without a mode would be
readable by everyone (0666), and with os.chmod made to fail, so "create, then chmod" cannot pass:
the only way to end at 0600 is to create the file with that mode (os.open with 0o600)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hubdesk.security.files import create_private_file, private_output
from hubdesk.ui.desk.roll_call_pdf import write_roll_call_pdf
from hubdesk.ui.kiosk.pass_printer import PassCard, print_pass_card
from hubdesk.ui.reports.exports import CancelToken, write_csv, write_xlsx
from hubdesk.ui.reports.report_tables import Table
from hubdesk.ui.reports.summary_pdf import write_summary_pdf


@pytest.fixture
def open_umask(monkeypatch):
    old = os.umask(0)

    def no_chmod(*args, **kwargs):
        raise AssertionError("a file made readable first and restricted after")

    monkeypatch.setattr(os, "chmod", no_chmod)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _only_the_file(folder: Path, name: str) -> None:
    # no temporary file left behind, readable or not
    assert sorted(p.name for p in folder.iterdir()) == [name]


TABLES = [Table("Visits by day", ["Day", "Visits"], [["Mon 7 Dec 2026", 3], ["=cmd", 0]])]


@pytest.mark.parametrize(
    "kind",
    ["pass_card", "roll_call", "csv", "xlsx", "summary_pdf"],
)
def test_each_kind_of_file_is_user_only(kind, tmp_path, qapp, open_umask):
    folder = tmp_path / "out"
    folder.mkdir()
    token = CancelToken()
    path = (
        folder
        / {
            "pass_card": "pass-card.pdf",
            "roll_call": "roll-call.pdf",
            "csv": "report.csv",
            "xlsx": "report.xlsx",
            "summary_pdf": "summary.pdf",
        }[kind]
    )
    if kind == "pass_card":
        card = PassCard("hubdesk:p:token", "ABCD-EFGH-J", "Riverside Family Hub", "Scan me")
        assert print_pass_card(card, pdf_path=path) == "pdf"
    elif kind == "roll_call":
        write_roll_call_pdf("<h1>Fire roll call</h1><p>Amira, Zara</p>", path)
    elif kind == "csv":
        write_csv(path, TABLES, token)
    elif kind == "xlsx":
        write_xlsx(path, TABLES, token)
    else:
        write_summary_pdf("<h1>Summary</h1>", path, token)
    assert path.stat().st_size > 0
    assert _mode(path) == 0o600
    _only_the_file(folder, path.name)


def test_a_private_file_is_0600_from_creation_and_replaces_atomically(tmp_path, open_umask):
    made = create_private_file(tmp_path / "a")
    assert _mode(made) == 0o600
    with pytest.raises(FileExistsError):  # never an existing file (a planted link, say)
        create_private_file(made)
    target = tmp_path / "report.csv"
    target.write_text("old")
    seen = []
    with private_output(target) as tmp:
        seen.append(_mode(tmp))  # before a single byte is written
        tmp.write_text("new")
        assert target.read_text() == "old"  # a reader sees the old file until the end
    assert seen == [0o600]
    assert target.read_text() == "new"
    assert _mode(target) == 0o600

    def fail_half_way() -> None:
        with private_output(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_half_way()
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "report.csv"]
