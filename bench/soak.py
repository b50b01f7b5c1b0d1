"""Kiosk soak: a week of use without a restart, offscreen (a script, not a test).

    python bench/soak.py [--cycles 5000] [--sample-every 100] [--warmup 500] [--trace]
                         [--json FILE]

Builds the real kiosk (`hubdesk.ui.app.build_kiosk`) on a fresh encrypted store
(`create_store(..., demo=True)`, a generated hub, real clock) and drives it as a family would,
with the same helpers as the kiosk tests (tests/ui/kiosk_checks.py: taps, a scanner's keystrokes,
waiting for the background tasks). Each cycle signs a party in and out again:

- 4 cycles in 5: an anonymous party (mother and a 2-4 year old; every other one taps a postcode
  on the pad) signs in through "no pass", then signs out by tapping its number on the sign-out
  page and "Yes, sign us out";
- 1 cycle in 5: a registered family scans its pass in (household, reason), then scans it again on
  the sign-out page and confirms.

Every --sample-every cycles it records RSS (/proc/self/statm), the bytes SQLite has allocated
(`sqlite3_memory_used`: its page caches), the store's open connections, open file descriptors
(/proc/self/fd), live QObjects under the window, all widgets of the application, Python objects
tracked by the garbage collector, threads, and glibc's heap in use and free (mallinfo2). At the
end it calls malloc_trim(0) and reports RSS again. It reports the sample at the end of the warm-up
(--warmup cycles) against the last one. Aims (issue 9): RSS grows by under 10 MB after warm-up;
file handles do not grow. `--trace` also diffs tracemalloc snapshots (warm-up end vs end) and the
gc type counts, to find what grows.

Qt's event loop is run the way `QTest.qWait` runs it (which also performs deferred deletes, as
the kiosk's own `app.exec()` does).
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))  # kiosk_checks: the tests' own helpers

from PySide6.QtCore import QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hubdesk.domain.catalogue import DeviceKind, VisitReason  # noqa: E402
from hubdesk.domain.clock import SystemClock  # noqa: E402
from hubdesk.domain.people import AgeBand, Role  # noqa: E402
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService  # noqa: E402
from hubdesk.services.passes import PassService  # noqa: E402
from hubdesk.services.setup import SetupService  # noqa: E402
from hubdesk.services.stores import create_store  # noqa: E402

KIOSK_SIZE = (1280, 800)
PAGE = os.sysconf("SC_PAGE_SIZE")


class Bot:
    """The few qtbot methods kiosk_checks uses, on QTest, for use outside pytest."""

    def mouseClick(self, widget: Any, button: Any) -> None:  # noqa: N802 - qtbot's name
        QTest.mouseClick(widget, button)

    def keyClicks(self, widget: Any, text: str) -> None:  # noqa: N802
        QTest.keyClicks(widget, text)

    def keyClick(self, widget: Any, key: Any) -> None:  # noqa: N802
        QTest.keyClick(widget, key)

    def waitUntil(self, cond: Callable[[], Any], timeout: int = 5000) -> None:  # noqa: N802
        deadline = time.monotonic() + timeout / 1000
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not met in time")
            QTest.qWait(2)


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd",
            "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost",
        )
    ]  # fmt: skip


def _libc() -> Any:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        return libc
    except (OSError, AttributeError):  # not glibc 2.33+
        return None


LIBC = _libc()


def malloc_heap() -> tuple[float, float]:
    """glibc's heap, all arenas: MB in use by malloc'd blocks (SQLite, Qt, Python's larger
    objects; not Python's small-object arenas) and MB free inside the heap (fragmentation)."""
    if LIBC is None:
        return (-1.0, -1.0)
    info = LIBC.mallinfo2()
    return (round(info.uordblks / 2**20, 2), round(info.fordblks / 2**20, 2))


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def sqlite_memory_used() -> int:
    """Bytes SQLite (the SQLCipher driver's own library) has allocated: mostly page caches."""
    import sqlcipher3._sqlite3 as driver

    lib = ctypes.CDLL(driver.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return int(lib.sqlite3_memory_used())


def sample(cycle: int, window: Any, started: float, store: Any) -> dict[str, Any]:
    QTest.qWait(0)
    gc.collect()
    return {
        "cycle": cycle,
        "seconds": round(time.monotonic() - started, 1),
        "rss_mb": round(rss_bytes() / 2**20, 2),
        "sqlite_mb": round(sqlite_memory_used() / 2**20, 2),
        "connections": store.engine.pool.checkedin() + store.engine.pool.checkedout(),
        "fds": open_fds(),
        "qobjects": len(window.findChildren(QObject)),
        "widgets": len(QApplication.allWidgets()),
        "gc_objects": len(gc.get_objects()),
        "threads": threading.active_count(),
        "heap_used_mb": malloc_heap()[0],
        "heap_free_mb": malloc_heap()[1],
    }


def type_counts() -> Counter[str]:
    return Counter(type(o).__name__ for o in gc.get_objects())


class Soak:
    def __init__(self, folder: Path) -> None:
        from hubdesk.ui.app import build_kiosk
        from hubdesk.ui.kiosk.context import KioskSettings

        self.app = QApplication.instance() or QApplication([])
        clock = SystemClock()
        created = create_store(
            folder / "store" / "hubdesk.db", passphrase=None, demo=True, use_keyring=False
        )
        self.store = created.store
        identity = SetupService(self.store, clock).initialise(
            hub_name="Soak Family Hub",
            hub_code="SOK",
            site_name="Soak Family Hub",
            device_name="Kiosk",
            device_kind=DeviceKind.KIOSK,
            site_postcode="NE1 4XF",
        )
        actor = identity.actor()
        family = FamilyIn(
            adults=(AdultIn("Amira", "Khan", Role.MOTHER),),
            children=(ChildIn("Zara", date(2023, 1, 10), last_name="Khan"),),
            postcode="NE6 2AB",
            consent=True,
        )
        registered = FamilyService(self.store, clock).register(actor, family)
        self.qr = PassService(self.store, clock).issue(actor, registered.family_id).qr_payload
        settings = KioskSettings(idle_ms=3_600_000, warn_ms=10_000, done_ms=3_600_000)
        self.window = build_kiosk(
            self.app,
            self.store,
            identity,
            clock=clock,
            settings=settings,
            print_to_pdf=folder / "pass.pdf",
        )
        self.window.resize(*KIOSK_SIZE)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.bot = Bot()
        self.settle()

    def settle(self) -> None:
        from kiosk_checks import settle

        settle(self.bot, self.window)

    def tap(self, widget: Any) -> None:
        from kiosk_checks import tap

        tap(self.bot, self.window, widget)

    def scan(self, field: Any, text: str) -> None:
        from kiosk_checks import scan

        scan(self.bot, self.window, field, text, Qt.Key.Key_Return)

    def expect(self, page: Any) -> None:
        self.bot.waitUntil(
            lambda: self.window.current_page() is page and self.window.ctx.tasks.idle, 10_000
        )

    def anonymous_in_and_out(self, n: int) -> None:
        w = self.window
        self.tap(w.welcome.sign_in)
        self.tap(w.pass_question.no_pass)
        self.tap(w.party.role_steppers[Role.MOTHER].plus)
        self.tap(w.party.next)  # the adults, then the children
        self.tap(w.party.band_steppers[AgeBand.B2_4].plus)
        self.tap(w.party.next)
        self.tap(w.reason.reason_tiles[VisitReason.JUST_VISITING])
        if n % 2:
            for ch in "NE6 2AB":  # the postcode pad, as a finger types it
                key = w.about.pad.key_for(ch)
                assert key is not None
                self.tap(key)
        self.tap(w.about.first_no)
        self.tap(w.about.next)
        self.expect(w.privacy)
        self.tap(w.privacy.anonymous)
        self.expect(w.done)
        self.tap(w.done.finish)
        self.expect(w.welcome)
        self.tap(w.welcome.sign_out)
        self.expect(w.sign_out)
        self.bot.waitUntil(lambda: len(w.sign_out.parties) == 1, 10_000)
        self.tap(w.sign_out.parties[0][1])
        self.expect(w.leaving)
        self.tap(w.leaving.yes)
        self.expect(w.done)
        self.tap(w.done.finish)
        self.expect(w.welcome)

    def family_in_and_out(self) -> None:
        w = self.window
        self.scan(w.welcome.scan.field, self.qr)
        self.expect(w.household)
        self.tap(w.household.next)
        self.tap(w.reason.reason_tiles[VisitReason.HEALTH_VISITOR])
        self.expect(w.done)
        self.tap(w.done.finish)
        self.expect(w.welcome)
        self.tap(w.welcome.sign_out)
        self.expect(w.sign_out)
        self.scan(w.sign_out.scan.field, self.qr)
        self.expect(w.leaving)
        self.tap(w.leaving.yes)
        self.expect(w.done)
        self.tap(w.done.finish)
        self.expect(w.welcome)

    def cycle(self, n: int) -> None:
        if n % 5 == 4:
            self.family_in_and_out()
        else:
            self.anonymous_in_and_out(n)

    def close(self) -> None:
        self.bot.waitUntil(lambda: self.window.ctx.tasks.idle, 10_000)
        self.window.allow_close = True
        self.window.close()
        self.store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cycles", type=int, default=5000)
    parser.add_argument("--sample-every", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--max-minutes", type=float, default=60.0, help="stop early after this")
    parser.add_argument("--trace", action="store_true", help="tracemalloc + gc type diff")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    warmup = min(args.warmup, args.cycles)

    with tempfile.TemporaryDirectory(prefix="hubdesk-soak-") as tmp:
        soak = Soak(Path(tmp))
        started = time.monotonic()
        samples = [sample(0, soak.window, started, soak.store)]
        print(json.dumps(samples[-1]), flush=True)
        warm: dict[str, Any] | None = None
        snap = types0 = None
        done = 0
        for n in range(args.cycles):
            soak.cycle(n)
            done = n + 1
            if done % args.sample_every == 0 or done == warmup or done == args.cycles:
                samples.append(sample(done, soak.window, started, soak.store))
                print(json.dumps(samples[-1]), flush=True)
            if done == warmup:
                warm = samples[-1]
                if args.trace:
                    import tracemalloc

                    tracemalloc.start(10)
                    snap = tracemalloc.take_snapshot()
                    types0 = type_counts()
            if time.monotonic() - started > args.max_minutes * 60:
                print(f"stopped after {done} cycles (--max-minutes)", flush=True)
                break
        end = (
            samples[-1]
            if samples[-1]["cycle"] == done
            else sample(done, soak.window, started, soak.store)
        )
        report: dict[str, Any] = {"cycles": done, "warmup": warm, "end": end, "samples": samples}
        if warm is not None:
            report["growth_after_warmup"] = {
                k: round(end[k] - warm[k], 2)
                for k in (
                    "rss_mb",
                    "sqlite_mb",
                    "connections",
                    "fds",
                    "qobjects",
                    "widgets",
                    "gc_objects",
                    "threads",
                    "heap_used_mb",
                    "heap_free_mb",
                )
            }
            per_cycle = (end["seconds"] - warm["seconds"]) / max(1, done - warmup)
            report["ms_per_cycle_after_warmup"] = round(per_cycle * 1000, 1)
        if args.trace and snap is not None and types0 is not None:
            import tracemalloc

            diff = tracemalloc.take_snapshot().compare_to(snap, "lineno")
            report["tracemalloc_top"] = [str(s) for s in diff[:15]]
            grew = type_counts() - types0
            report["gc_types_grown"] = grew.most_common(15)
        if LIBC is not None:  # how much of the RSS was free heap glibc had not given back
            LIBC.malloc_trim(0)
            report["rss_mb_after_malloc_trim"] = round(rss_bytes() / 2**20, 2)
        soak.close()
    print(json.dumps({k: v for k, v in report.items() if k != "samples"}, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
