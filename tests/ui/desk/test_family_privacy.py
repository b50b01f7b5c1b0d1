"""Subject access export and erasure from the Families page: administrators only, on the task
runner, checked in the store and on disk afterwards."""

from __future__ import annotations

import json
import re
import shutil
import stat
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.domain.staff import StaffRole
from hubdesk.services.erasure import ErasureService
from hubdesk.services.subject_access import JSON_NAME, open_export
from hubdesk.storage.models import AuditEntry, Family, Member

from .conftest import PINS, click, click_list_item, register, settle, sign_in, type_into
from .test_accessibility import problems_on


def _open_family(qtbot, window, name):  # type: ignore[no-untyped-def]
    window.open_page("families")
    settle(qtbot, window)
    page = window.pages["families"]
    type_into(qtbot, window, page.picker.field, name)
    qtbot.waitUntil(lambda: page.picker.results.count() > 0)
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for(name))
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    return page


def test_administrator_exports_a_pdf_and_is_shown_its_password_once(
    make_desk, staff, qtbot, store, clock, identity, tmp_path
):
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    register(store, clock, identity, "Tom", "Walker", child="Ella")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    page = _open_family(qtbot, window, "Amira")
    panel = page.privacy
    click(qtbot, window, panel.export_button)
    assert panel.export_box.isVisible()
    assert not panel.password_box.isVisible()
    assert problems_on(window) == []  # every control named, every button 48 px or more
    folder = tmp_path / "handover"
    panel.folder.setText(str(folder))  # what "Choose folder…" fills in
    click(qtbot, window, panel.do_export)
    qtbot.waitUntil(lambda: "Saved" in page.message.text(), timeout=10_000)
    files = list(folder.glob("*.pdf"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert str(files[0]) in page.message.text()
    # the password is shown beside the export, not in the message line, and opens the file
    assert panel.password_box.isVisible()
    password = panel.password.text()
    assert re.fullmatch(r"[a-z0-9]{4}(-[a-z0-9]{4}){3}", password)
    assert password not in page.message.text()
    assert password.encode() not in files[0].read_bytes()
    assert problems_on(window) == []
    opened = open_export(files[0].read_bytes(), password)
    data = json.loads(opened[JSON_NAME])
    assert data["family"]["id"] == str(fam.family_id)
    names = {m["first_name"] for m in data["members"]}
    assert names == {"Amira", "Zara"}
    assert "Walker" not in opened[JSON_NAME].decode()
    # copy it for an email to the family's worker, then done: it is gone from the screen
    click(qtbot, window, panel.copy_password)
    assert QGuiApplication.clipboard().text() == password
    click(qtbot, window, panel.password_done)
    assert not panel.password_box.isVisible()
    assert panel.password.text() == ""
    assert QGuiApplication.clipboard().text() != password
    with store.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "family.exported")
        ).one()
        assert password not in (entry.detail or "")


def test_administrator_erases_a_family_after_confirming(
    make_desk, staff, qtbot, store, clock, identity
):
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    keep = register(store, clock, identity, "Tom", "Walker", child="Ella")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    page = _open_family(qtbot, window, "Amira")
    panel = page.privacy
    click(qtbot, window, panel.erase_button)
    assert panel.erase_confirm.isVisible()
    assert problems_on(window) == []
    assert "Amira" in panel.erase_confirm.text.text()  # names the family
    click(qtbot, window, panel.erase_confirm.no)  # changed their mind: nothing happens
    with store.read() as session:
        assert session.get(Family, fam.family_id).erased_at is None
    click(qtbot, window, panel.erase_button)
    click(qtbot, window, panel.erase_confirm.yes)
    qtbot.waitUntil(lambda: "Family erased" in page.message.text(), timeout=10_000)
    assert page.right.currentWidget() is page.hint
    with store.read() as session:
        family = session.get(Family, fam.family_id)
        assert family.erased_at is not None
        assert family.postcode is None
        members = session.scalars(select(Member).where(Member.family_id == fam.family_id)).all()
        assert all(m.first_name != "Amira" and m.first_name != "Zara" for m in members)
        assert session.get(Family, keep.family_id).erased_at is None
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "family.erased")).one()


@pytest.mark.parametrize("role", [StaffRole.MANAGER, StaffRole.RECEPTION])
def test_other_roles_cannot_export_or_erase(make_desk, staff, qtbot, store, clock, identity, role):
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    window = make_desk()
    sign_in(qtbot, window, staff[role], PINS[role])
    page = _open_family(qtbot, window, "Amira")
    assert page.privacy is None
    assert window.findChild(object, "exportFamilyButton") is None
    assert window.findChild(object, "eraseFamilyButton") is None
    with pytest.raises(PermissionDeniedError):
        ErasureService(store, clock).erase(window.session.actor, fam.family_id)


def test_the_family_pdf_prints_every_script_and_opens_only_with_its_password(
    make_desk, staff, qtbot, store, clock, identity, tmp_path
):
    """The desk prints the record with Qt's PDF writer, so an Arabic or Polish name is in the
    family's PDF as written (not as [U+0645] codes), read back by poppler with the password."""
    register(store, clock, identity, "مريم", "Wójcik", child="Łucja", postcode="NE6 9ZZ")
    window = make_desk()
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    page = _open_family(qtbot, window, "NE6 9ZZ")  # typed: the desk's keys are ASCII here
    panel = page.privacy
    click(qtbot, window, panel.export_button)
    panel.folder.setText(str(tmp_path / "handover"))
    click(qtbot, window, panel.do_export)
    qtbot.waitUntil(lambda: panel.password_box.isVisible(), timeout=20_000)
    password = panel.password.text()
    (pdf,) = (tmp_path / "handover").glob("*.pdf")
    assert shutil.which("pdftotext"), "poppler-utils is in scripts/setup.sh"
    shown = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-upw", password, str(pdf), "-"],
        capture_output=True,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    text = unicodedata.normalize("NFC", shown.stdout.decode("utf-8"))
    assert "Wójcik" in text
    assert "Łucja" in text
    # poppler gives Arabic as shaped glyphs (presentation forms) between direction marks
    letters = "".join(
        c for c in unicodedata.normalize("NFKC", text) if c not in "\u202a\u202b\u202c"
    )
    assert "مريم" in letters
    assert "[U+" not in text
    assert "Who is in your family" in text
    refused = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=False)
    assert refused.returncode != 0
    assert "Wójcik".encode() not in pdf.read_bytes()
