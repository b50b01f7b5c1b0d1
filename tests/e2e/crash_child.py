"""Child process for test_crash_sign_in.py: sign anonymous visits in as fast as possible.

Usage: HUBDESK_TEST_KEY=<64 hex> python tests/e2e/crash_child.py <store path>

Prints "ready" once the store is open, then each visit id on its own line, flushed, only after
`VisitService.sign_in` has returned (i.e. after the commit). The parent kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.services.setup import SetupService
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import open_store


def main() -> None:
    key = bytes.fromhex(os.environ["HUBDESK_TEST_KEY"])
    store = open_store(Path(sys.argv[1]), key)
    actor = SetupService(store).identity().actor()
    visits = VisitService(store)
    request = SignIn(
        VisitReason.JUST_VISITING,
        party=Party((Role.MOTHER,), (ChildInParty(AgeBand.B0_1), ChildInParty(AgeBand.B5_11))),
        postcode="NE1 4XF",
    )
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    while True:
        done = visits.sign_in(actor, request)
        out.write(f"{done.visit_id}\n")
        out.flush()


if __name__ == "__main__":
    main()
