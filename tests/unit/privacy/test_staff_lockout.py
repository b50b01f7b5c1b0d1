"""Staff PINs: the lockout is kept in the store (a restart does not clear it), grows with each
failure up to its cap, and a wrong PIN never reaches the audit log or the outbox."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hubdesk.domain.errors import LockedOutError
from hubdesk.domain.staff import StaffRole
from hubdesk.security.pins import MAX_DELAY, PinParams, lockout_delay
from hubdesk.services.setup import SetupService
from hubdesk.services.staff import StaffService, WrongPinError
from hubdesk.storage.engine import open_store

from .helpers import outbox_events, store_text

CHEAP = PinParams(memory_cost=8, iterations=1, lanes=1)


def test_a_lockout_survives_closing_and_reopening_the_store(
    store, store_path, store_key, clock, identity
):
    staff = StaffService(store, clock, pin_params=CHEAP)
    sid = staff.add(None, name="Ada", role=StaffRole.ADMIN, pin="482193")
    for _ in range(5):
        with pytest.raises(WrongPinError):
            staff.sign_in(identity, sid, "000000")
    store.close()
    reopened = open_store(store_path, store_key)
    try:
        again = StaffService(reopened, clock, pin_params=CHEAP)
        ident = SetupService(reopened, clock).identity()
        with pytest.raises(LockedOutError) as locked:
            again.sign_in(ident, sid, "482193")
        assert locked.value.until == clock.now() + lockout_delay(5)
        clock.advance(lockout_delay(5))
        assert again.sign_in(ident, sid, "482193").staff_id == sid
    finally:
        reopened.close()


def test_the_back_off_grows_to_its_cap_and_no_pin_is_written_anywhere(store, clock, identity):
    staff = StaffService(store, clock, pin_params=CHEAP)
    sid = staff.add(None, name="Ada", role=StaffRole.ADMIN, pin="482193")
    delays = []
    for _ in range(16):
        with pytest.raises(WrongPinError) as err:
            staff.sign_in(identity, sid, "135792")
        if err.value.locked_until is not None:
            delays.append(err.value.locked_until - clock.now())
            clock.advance(err.value.locked_until - clock.now())
    assert delays == sorted(delays)
    assert delays[0] == timedelta(seconds=30)
    assert delays[-1] == MAX_DELAY
    assert "135792" not in store_text(store)
    assert "482193" not in store_text(store)
    assert all("135792" not in str(e.body) for e in outbox_events(store))
