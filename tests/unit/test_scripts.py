"""The README's commands as a newcomer meets them: with no screen, `scripts/start.sh` says so
plainly and how to run it, instead of Qt's message about xcb plugins and cursors."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", [[], ["kiosk"], ["desk"], ["setup"]])
def test_start_without_a_screen_says_so_and_how(command):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "start.sh"), *command],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        check=False,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "hubdesk needs a screen" in done.stderr
    assert "xvfb-run" in done.stderr
    assert "xcb" not in done.stderr


def _wait_for_apt(tmp_path: Path, busy_calls: int, **env: str) -> subprocess.CompletedProcess[str]:
    """Run setup.sh's wait_for_apt with a stand-in `pgrep` that reports a running apt for the
    first `busy_calls` checks."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    count = tmp_path / "count"
    count.write_text("0")
    pgrep = bin_dir / "pgrep"
    pgrep.write_text(
        "#!/bin/bash\n"
        f'n=$(cat "{count}"); echo $((n + 1)) > "{count}"\n'
        f'[ "$n" -lt {busy_calls} ] && exit 0 || exit 1\n'
    )
    pgrep.chmod(0o755)
    return subprocess.run(
        ["bash", "-c", f"source {ROOT / 'scripts' / 'apt-wait.sh'}; wait_for_apt; echo done"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", **env},
        check=False,
    )


def test_setup_waits_for_another_package_manager_and_says_so(tmp_path):
    done = _wait_for_apt(tmp_path, busy_calls=3, APT_WAIT_STEP="0.05")
    assert done.returncode == 0
    assert "waiting for another apt/dpkg to finish" in done.stdout
    assert done.stdout.strip().endswith("done")


def test_the_wait_is_bounded(tmp_path):
    done = _wait_for_apt(tmp_path, busy_calls=10_000, APT_WAIT_STEP="0.05", APT_WAIT_SECONDS="0.3")
    assert done.returncode == 0
    assert "still running after 0.3 s; trying anyway" in done.stderr
    assert done.stdout.strip().endswith("done")
