"""CI does not stay green by skipping the PostgreSQL tests (issue 21: without PostgreSQL, CI
skipped the 21 PostgreSQL tests and stayed green)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.sync import support

ROOT = Path(__file__).resolve().parents[2]


def test_a_postgresql_test_fails_in_ci_when_the_server_is_missing(monkeypatch):
    monkeypatch.delenv(support.REQUIRE_POSTGRES, raising=False)
    with pytest.raises(pytest.skip.Exception):
        support.no_postgres()
    monkeypatch.setenv(support.REQUIRE_POSTGRES, "1")
    with pytest.raises(pytest.fail.Exception, match="CI requires it"):
        support.no_postgres()
    assert not support.postgres_available("postgresql+psycopg://postgres@127.0.0.1:1/test")


def test_ci_run_stops_when_postgresql_cannot_be_started(tmp_path):
    """.ci/run with a server that never answers: it says so and fails before any test runs."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("pg_isready", "pg_ctlcluster"):
        stub = bin_dir / tool
        stub.write_text("#!/bin/sh\nexit 2\n")
        stub.chmod(0o755)
    ran = subprocess.run(
        ["bash", str(ROOT / ".ci" / "run")],
        env={**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin", "CI_PG_WAIT_S": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ran.returncode == 1
    assert "PostgreSQL at 127.0.0.1:5432 cannot be started" in ran.stderr
    assert "== ruff" not in ran.stdout  # the test command never started
