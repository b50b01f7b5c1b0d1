"""Subject access export and erasure from the Families page: administrators only, on the task
runner, checked in the store and on disk afterwards."""

from __future__ import annotations

import dataclasses
import json
import stat

import pytest
from sqlalchemy import select

from hubdesk.domain.errors import PermissionDeniedError
from hubdesk.domain.staff import StaffRole
from hubdesk.security.keys import KdfParams
from hubdesk.services.erasure import ErasureService
from hubdesk.services.subject_access import JSON_NAME, SubjectAccessService, open_export
from hubdesk.storage.models import AuditEntry, Family, Member

from .conftest import PINS, click, click_list_item, register, settle, sign_in, type_into
from .test_accessibility import problems_on

PASSPHRASE = "correct horse battery"


def _open_family(qtbot, window, name):  # type: ignore[no-untyped-def]
    window.open_page("families")
    settle(qtbot, window)
    page = window.pages["families"]
    type_into(qtbot, window, page.picker.field, name)
    qtbot.waitUntil(lambda: page.picker.results.count() > 0)
    click_list_item(qtbot, window, page.picker.results, page.picker.item_for(name))
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.view)
    return page


def _cheap_exports(window, store, clock):  # type: ignore[no-untyped-def]
    # the real Argon2id costs 64 MiB and a second per export; the test needs the flow, not that
    window.ctx.services = dataclasses.replace(
        window.ctx.services,
        subject_access=SubjectAccessService(store, clock, kdf=KdfParams(1, 1, 64)),
    )


def test_administrator_exports_everything_we_hold(
    make_desk, staff, qtbot, store, clock, identity, tmp_path
):
    fam = register(store, clock, identity, "Amira", "Khan", child="Zara")
    register(store, clock, identity, "Tom", "Walker", child="Ella")
    window = make_desk()
    _cheap_exports(window, store, clock)
    sign_in(qtbot, window, staff[StaffRole.ADMIN], PINS[StaffRole.ADMIN])
    page = _open_family(qtbot, window, "Amira")
    panel = page.privacy
    click(qtbot, window, panel.export_button)
    assert panel.export_box.isVisible()
    assert problems_on(window) == []  # every control named, every button 48 px or more
    folder = tmp_path / "handover"
    panel.folder.setText(str(folder))  # what "Choose folder…" fills in
    # two different passphrases: refused, nothing written
    type_into(qtbot, window, panel.passphrase, PASSPHRASE)
    type_into(qtbot, window, panel.passphrase_again, PASSPHRASE + "x")
    click(qtbot, window, panel.do_export)
    assert "not the same" in page.message.text()
    assert panel.passphrase.text() == ""
    assert not folder.exists()
    type_into(qtbot, window, panel.passphrase, PASSPHRASE)
    type_into(qtbot, window, panel.passphrase_again, PASSPHRASE)
    click(qtbot, window, panel.do_export)
    qtbot.waitUntil(lambda: "Exported to" in page.message.text(), timeout=10_000)
    files = list(folder.glob("*.hdx"))
    assert len(files) == 1
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert str(files[0]) in page.message.text()
    opened = open_export(files[0].read_bytes(), PASSPHRASE)
    data = json.loads(opened[JSON_NAME])
    assert data["family"]["id"] == str(fam.family_id)
    names = {m["first_name"] for m in data["members"]}
    assert names == {"Amira", "Zara"}
    assert "Walker" not in opened[JSON_NAME].decode()
    assert panel.passphrase.text() == ""
    assert panel.passphrase_again.text() == ""
    with store.read() as session:
        assert session.scalars(
            select(AuditEntry).where(AuditEntry.action == "family.exported")
        ).one()


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
