"""Time to an interactive kiosk screen, against a bare PySide6 window started the same way.

    python bench/startup.py [--runs 9] [--bundle dist/hubdesk/hubdesk] [--no-bare-bundle]

Each subject is a fresh process, timed from spawn until it prints the start-up probe's marker
(HUBDESK_FIRST_PAINT, see hubdesk/ui/startup_probe.py) at the first paint of its first screen,
after which it quits on its own:

* kiosk (bundle):   `dist/hubdesk/hubdesk selftest --startup STORE`, the PyInstaller one-folder
                    bundle opening the kiosk on an existing store (unlock, migrations check,
                    services, every kiosk page built, theme, translations) up to the welcome page;
* kiosk (source):   the same through `python -m hubdesk`;
* bare (python):    `python -c` of a QApplication and one QWidget, shown;
* bare (bundle):    that same script frozen by PyInstaller (one folder), built once into
                    bench/out/bare-bundle/ (skipped with --no-bare-bundle or without PyInstaller).

One warm-up run of each is dropped (a cold disk cache measures the disk, not the app); then the
subjects take turns, N runs each, and the median is printed with its ratio to the bare windows.
QT_QPA_PLATFORM is offscreen unless set (run under `xvfb-run` with QT_QPA_PLATFORM=xcb for a real
X server). Aim: the bundle's kiosk under 2 s and within 3x of the bare bundle.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
MARKER = "HUBDESK_FIRST_PAINT"

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.objectName() == "welcomePage":
            print("HUBDESK_FIRST_PAINT welcomePage", flush=True)
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
window = QWidget()
window.setObjectName("welcomePage")
QVBoxLayout(window).addWidget(QLabel("Welcome"))
window.resize(1280, 800)
window.show()
app.exec()
"""


def timed_run(cmd: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from spawn to the marker line. Raises if it never comes."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=OUT
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.startswith(MARKER):
                elapsed = time.perf_counter() - started
                proc.wait(timeout=timeout)
                return elapsed
        raise RuntimeError(f"no {MARKER} from {cmd[0]} (exit {proc.wait()})")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def build_bare_bundle(python: str) -> Path | None:
    """PyInstaller one-folder build of BARE, cached in bench/out/bare-bundle/."""
    target = OUT / "bare-bundle" / "dist" / "bare" / "bare"
    if target.exists():
        return target
    if subprocess.run([python, "-c", "import PyInstaller"], check=False).returncode != 0:
        return None
    work = OUT / "bare-bundle"
    work.mkdir(parents=True, exist_ok=True)
    script = work / "bare.py"
    script.write_text(BARE, encoding="utf-8")
    print("building the bare bundle once (PyInstaller)...", file=sys.stderr)
    subprocess.run(
        [
            python, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", "bare",
            "--log-level", "WARN", "--distpath", str(work / "dist"),
            "--workpath", str(work / "build"), "--specpath", str(work), str(script),
        ],
        check=True,
    )  # fmt: skip
    return target if target.exists() else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "hubdesk" / "hubdesk")
    parser.add_argument("--no-bare-bundle", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    env = {**os.environ, "HUBDESK_STARTUP_PROBE": "exit"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

    subjects: dict[str, list[str]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="hubdesk-bench-startup-"))
    try:
        store_dir = tmp / "store"
        maker = [str(args.bundle)] if args.bundle.exists() else [python, "-m", "hubdesk"]
        subprocess.run(
            [*maker, "selftest", "--keep", str(store_dir)],
            check=True, env={**env, "HUBDESK_STARTUP_PROBE": ""}, cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        store = str(store_dir / "selftest.db")
        if args.bundle.exists():
            subjects["kiosk (bundle)"] = [str(args.bundle), "selftest", "--startup", store]
        else:
            print(f"no bundle at {args.bundle}: run scripts/build-bundle.sh", file=sys.stderr)
        src_env_cmd = [python, "-m", "hubdesk", "selftest", "--startup", store]
        subjects["kiosk (source)"] = src_env_cmd
        bare_py = tmp / "bare.py"
        bare_py.write_text(BARE, encoding="utf-8")
        subjects["bare (python)"] = [python, str(bare_py)]
        if not args.no_bare_bundle:
            bare_bundle = build_bare_bundle(python)
            if bare_bundle is not None:
                subjects["bare (bundle)"] = [str(bare_bundle)]

        source_env = {**env, "PYTHONPATH": str(ROOT)}
        times: dict[str, list[float]] = {name: [] for name in subjects}
        for cmd in subjects.values():  # warm-up, dropped
            timed_run(cmd, source_env)
        for _ in range(args.runs):
            for name, cmd in subjects.items():
                times[name].append(timed_run(cmd, source_env))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    medians = {name: statistics.median(values) for name, values in times.items()}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"start-up to first paint, median of {args.runs} runs "
        f"(platform {env['QT_QPA_PLATFORM']}, {os.cpu_count()} cores, load {load:.2f})"
    )
    print(f"{'subject':<16} {'median':>8} {'min':>8} {'max':>8}  vs bare python  vs bare bundle")
    for name, values in times.items():
        med = medians[name]
        vs_py = med / medians["bare (python)"]
        vs_bb = f"{med / medians['bare (bundle)']:.2f}x" if "bare (bundle)" in medians else "-"
        print(
            f"{name:<16} {med:>7.3f}s {min(values):>7.3f}s {max(values):>7.3f}s"
            f"  {vs_py:>13.2f}x  {vs_bb:>13}"
        )
    if "kiosk (bundle)" in medians:
        kiosk = medians["kiosk (bundle)"]
        base = medians.get("bare (bundle)", medians["bare (python)"])
        verdict = "met" if kiosk < 2.0 and kiosk / base <= 3.0 else "NOT met"
        print(f"aim (bundle kiosk < 2 s and <= 3x the bare window): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
