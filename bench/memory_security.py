"""What SQLCipher's `cipher_memory_security` costs (a script, not a test).

    python bench/memory_security.py [--samples 400] [--runs 3]

With the setting ON, SQLCipher locks its memory pages and wipes every allocation when it is freed,
so key material and decrypted pages do not linger in freed heap memory. It is process-wide, so each
measurement runs in a child process, OFF and ON interleaved (OFF, ON, OFF, ON, ...) so that load
from other work on the machine falls on both alike. Each child times, on a fresh store:

* visit sign-in commit latency through `VisitService.sign_in` (p50 and p99, --samples sign-ins),
* opening (unlocking) the store, and
* a staff PIN sign-in (`StaffService.sign_in`, real Argon2id cost).

The figures and the decision are in docs/privacy.md ("Keys").
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def child(mode: str, samples: int) -> dict[str, float]:
    import sqlcipher3

    from hubdesk.domain.catalogue import DeviceKind, VisitReason
    from hubdesk.domain.people import Role
    from hubdesk.domain.staff import StaffRole
    from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, FamilyService
    from hubdesk.services.setup import SetupService
    from hubdesk.services.staff import StaffService
    from hubdesk.services.visits import SignIn, VisitService
    from hubdesk.storage.engine import open_store

    probe = sqlcipher3.connect(":memory:")
    probe.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
    probe.execute(f"PRAGMA cipher_memory_security = {mode}")
    state = probe.execute("PRAGMA cipher_memory_security").fetchone()[0]
    assert state == ("1" if mode == "ON" else "0"), state

    key = secrets.token_bytes(32)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        store = open_store(path, key)
        identity = SetupService(store).initialise(
            hub_name="Bench Hub",
            hub_code="BEN",
            site_name="Bench Hub",
            device_name="Kiosk",
            device_kind=DeviceKind.KIOSK,
        )
        kiosk = identity.actor()
        staff = StaffService(store)
        admin_id = staff.add(None, name="Admin", role=StaffRole.ADMIN, pin="482193")
        done = FamilyService(store).register(
            kiosk,
            FamilyIn(
                adults=(AdultIn("Amira", "Khan", Role.MOTHER),),
                children=(ChildIn("Zara", date(2023, 1, 10)),),
                consent=True,
            ),
        )
        visits = VisitService(store)
        request = SignIn(VisitReason.JUST_VISITING, family_id=done.family_id,
                         member_ids=done.member_ids)  # fmt: skip
        for _ in range(20):  # warm up
            visits.sign_in(kiosk, request)
        lat = []
        for _ in range(samples):
            t0 = time.perf_counter_ns()
            visits.sign_in(kiosk, request)
            lat.append(time.perf_counter_ns() - t0)
        pins = []
        for _ in range(5):
            t0 = time.perf_counter_ns()
            staff.sign_in(identity, admin_id, "482193")
            pins.append(time.perf_counter_ns() - t0)
        store.close()
        opens = []
        for _ in range(10):
            t0 = time.perf_counter_ns()
            again = open_store(path, key, backup=False)
            with again.read() as session:
                session.connection().exec_driver_sql("SELECT count(*) FROM visits").scalar()
            opens.append(time.perf_counter_ns() - t0)
            again.close()
    lat.sort()
    return {
        "p50_ms": lat[len(lat) // 2] / 1e6,
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] / 1e6,
        "open_ms": statistics.median(opens) / 1e6,
        "pin_sign_in_ms": statistics.median(pins) / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", choices=["ON", "OFF"])
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.samples)))
        return
    results: dict[str, list[dict[str, float]]] = {"OFF": [], "ON": []}
    for _ in range(args.runs):
        for mode in ("OFF", "ON"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", mode, "--samples", str(args.samples)],
                capture_output=True,
                text=True,
                check=True,
            )
            results[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, load {os.getloadavg()}")
    print(f"{args.runs} runs x {args.samples} sign-ins each, OFF and ON interleaved; medians:")
    summary = {}
    for mode, runs in results.items():
        summary[mode] = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        row = ", ".join(f"{k} {v:.2f}" for k, v in summary[mode].items())
        print(f"  cipher_memory_security={mode}: {row}")
    for k in summary["OFF"]:
        print(f"  ratio ON/OFF {k}: {summary['ON'][k] / summary['OFF'][k]:.2f}x")


if __name__ == "__main__":
    main()
