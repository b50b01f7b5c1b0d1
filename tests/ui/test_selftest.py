"""`hubdesk selftest`: in-process against the real kiosk, and as a command (exit codes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hubdesk.cli.selftest import selftest
from hubdesk.services.setup import SetupService
from hubdesk.services.stores import unlock_store
from hubdesk.services.visits import VisitService

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_signs_a_visit_in_through_the_kiosk(qapp: Any, tmp_path: Path) -> None:
    summary = selftest(tmp_path, timeout=30)
    assert "party of 1" in summary
    assert "integrity ok" in summary
    # the store it made is a real one: it opens again and the visit is there
    store = unlock_store(tmp_path / "selftest.db")
    try:
        identity = SetupService(store).identity()
        assert identity.demo
        assert len(VisitService(store).who_is_in(identity.hub_id)) == 1
    finally:
        store.close()


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubdesk", "selftest", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_command_exits_0_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "hubdesk.toml"
    config.write_text('[branding]\nname = "Northshire"\nprimary = "#ffd700"\n', encoding="utf-8")
    result = _run("--keep", str(tmp_path / "kept"), env={"HUBDESK_CONFIG": str(config)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("hubdesk selftest: ok (")
    assert f"fleet config {config}" in lines[0]
    assert (tmp_path / "kept" / "selftest.db").exists()


def test_the_command_fails_with_a_reason(tmp_path: Path) -> None:
    empty = tmp_path / "no-resources"
    empty.mkdir()
    result = _run(env={"HUBDESK_RESOURCES": str(empty)})
    assert result.returncode == 1
    assert "hubdesk selftest: FAILED at build kiosk" in result.stderr
    bad = tmp_path / "hubdesk.toml"
    bad.write_text('mode = "tablet"\n', encoding="utf-8")
    result = _run(env={"HUBDESK_CONFIG": str(bad)})
    assert result.returncode == 1
    assert "FAILED at fleet config: ValidationError: mode:" in result.stderr
    kept = tmp_path / "kept"
    kept.mkdir()
    result = _run("--keep", str(kept))
    assert result.returncode == 1
    assert "FAILED at make folder" in result.stderr
