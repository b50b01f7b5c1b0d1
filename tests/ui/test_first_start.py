"""An installed app on a PC where nothing is set up opens the first-run wizard, never the demo
store (whose key lies beside it: real families typed into it would not be protected), and when
the wizard is done it opens what the PC was set up as. The demo opens only when asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hubdesk.cli import common, main
from hubdesk.domain.catalogue import DeviceKind
from hubdesk.services import stores
from hubdesk.services.setup import SetupService
from hubdesk.ui import app as ui_app
from hubdesk.ui.desk import desk_window
from hubdesk.ui.setup import first_run_wizard
from hubdesk.ui.setup.first_run_wizard import SetupOutcome


@pytest.fixture
def fresh_pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """No fleet config, no store of this user's, no demo store; the app's windows recorded."""
    own = tmp_path / "data" / "hubdesk.db"
    demo = tmp_path / "demo" / "hubdesk-demo.db"
    monkeypatch.setattr(common, "default_store_path", lambda: own)
    monkeypatch.setattr(common, "demo_store_path", lambda: demo)
    monkeypatch.setattr(stores, "demo_store_path", lambda: demo)
    import hubdesk.cli.app as cli_app

    monkeypatch.setattr(cli_app, "demo_store_path", lambda: demo)
    monkeypatch.delenv("HUBDESK_STORE", raising=False)
    monkeypatch.delenv("HUBDESK_DEMO", raising=False)
    empty = tmp_path / "empty.toml"
    empty.write_text("")
    monkeypatch.setenv("HUBDESK_CONFIG", str(empty))
    seen: dict[str, Any] = {"own": own, "demo": demo, "wizard": [], "opened": []}

    def desk(store: Any, identity: Any, **kwargs: Any) -> int:
        seen["opened"].append(("desk", identity.kind))
        return 0

    def kiosk(store: Any, identity: Any, **kwargs: Any) -> int:
        seen["opened"].append(("kiosk", identity.kind))
        return 0

    monkeypatch.setattr(desk_window, "run_desk", desk)
    monkeypatch.setattr(ui_app, "run_kiosk", kiosk)

    def built(path: Path) -> None:
        raise AssertionError(f"the demo store was built at {path}")

    import hubdesk.services.demo as demo_module

    monkeypatch.setattr(demo_module, "build_demo_store", built)
    return seen


def _wizard_sets_up(
    seen: dict[str, Any], store: Any, clock: Any, kind: DeviceKind, monkeypatch: Any
) -> None:
    def wizard(app: Any, *, config: Any = None, store_path: Path | None = None) -> Any:
        seen["wizard"].append(store_path)
        identity = SetupService(store, clock).initialise(
            hub_name="Riverside Family Hub",
            hub_code="RIV",
            site_name="Riverside Library",
            device_name="Reception 1",
            device_kind=kind,
        )
        return SetupOutcome(store, identity, "code", False, None, "Riverside Family Hub")

    monkeypatch.setattr(first_run_wizard, "run_first_run_wizard", wizard)


@pytest.mark.parametrize(
    ("command", "kind", "opened"),
    [
        ("desk", DeviceKind.DESK, "desk"),
        ("desk", DeviceKind.OUTREACH, "desk"),
        ("kiosk", DeviceKind.KIOSK, "kiosk"),
        ("desk", DeviceKind.KIOSK, "kiosk"),  # set up as a kiosk: the kiosk opens
    ],
)
def test_nothing_set_up_opens_the_wizard_then_what_was_set_up(
    fresh_pc, qapp, store, clock, monkeypatch, command, kind, opened
):
    _wizard_sets_up(fresh_pc, store, clock, kind, monkeypatch)
    assert main([command, "--windowed"]) == 0
    assert fresh_pc["wizard"] == [fresh_pc["own"]]  # this user's own store, not the demo's
    assert fresh_pc["opened"] == [(opened, kind)]
    assert not fresh_pc["demo"].exists()


def test_the_wizard_cancelled_opens_nothing(fresh_pc, qapp, monkeypatch):
    monkeypatch.setattr(
        first_run_wizard,
        "run_first_run_wizard",
        lambda app, **kw: fresh_pc["wizard"].append(kw["store_path"]),
    )
    assert main(["desk", "--windowed"]) == 1
    assert fresh_pc["wizard"] == [fresh_pc["own"]]
    assert fresh_pc["opened"] == []
    assert not fresh_pc["demo"].exists()


def test_the_demo_opens_only_when_asked_for(fresh_pc, qapp, monkeypatch):
    monkeypatch.setattr(
        first_run_wizard, "run_first_run_wizard", lambda app, **kw: pytest.fail("no wizard")
    )
    for argv, env in ((["desk", "--windowed", "--demo"], None), (["desk", "--windowed"], "1")):
        if env:
            monkeypatch.setenv("HUBDESK_DEMO", env)
        with pytest.raises(AssertionError, match="the demo store was built at"):
            main(argv)
