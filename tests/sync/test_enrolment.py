"""Getting the hub key onto a device: new on the first device, by the hub passphrase from the
service's opaque blob, or by the transfer text; never from the service alone."""

from __future__ import annotations

from typing import ClassVar

import pytest

from hubdesk.central import admin
from hubdesk.central.models import CentralHub
from hubdesk.domain.catalogue import DeviceKind, VisitReason
from hubdesk.domain.people import AgeBand, Party, Role
from hubdesk.security import sealing
from hubdesk.security.keys import WrongSecretError
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage import meta
from hubdesk.storage.engine import open_store
from hubdesk.sync import config
from hubdesk.sync.engine import SyncEngine
from hubdesk.sync.enrolment import adopt_hub_key, enrol
from tests.sync.support import CHEAP_KDF, FAST, HUB_PASSPHRASE, make_device, make_hub

PARTY = Party.from_counts({Role.MOTHER: 1}, {AgeBand.B0_1: 1})


def fresh_store(tmp_path, name):
    return open_store(tmp_path / name / "s.db", bytes([len(name)]) * 32)


def test_hub_key_by_passphrase_or_transfer_and_never_from_the_service(tmp_path, central_db, live,
                                                                      clock):  # fmt: skip
    make_hub(central_db)
    first = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    key = config.load(first.store).hub_key
    assert key is not None
    with central_db.read() as session:
        blob = session.query(CentralHub).one().hub_key_blob
    assert blob
    assert key not in blob.encode()
    assert sealing.unwrap_hub_key(blob, HUB_PASSPHRASE) == key  # only with the passphrase

    # No passphrase given: enrolled, but no hub key, so nothing syncs yet.
    store = fresh_store(tmp_path, "late")
    code = admin.create_enrolment_code(central_db, "RIV", url=live.url)
    done = enrol(store, code.qr_text, device_name="late", device_kind=DeviceKind.DESK,
                 use_keyring=False)  # fmt: skip
    assert done.hub_key_source is None
    engine = SyncEngine(store, settings=FAST)
    assert engine.run_once().problem == "no_hub_key"
    with pytest.raises(WrongSecretError):
        adopt_hub_key(store, hub_passphrase="not the passphrase at all")
    assert adopt_hub_key(store, hub_passphrase=HUB_PASSPHRASE) == "passphrase"
    assert config.load(store).hub_key == key
    assert engine.run_once().ok  # the running engine picks up the key it was waiting for

    # The transfer text shown on an enrolled device.
    text = sealing.hub_key_transfer_text(key, HUB_PASSPHRASE, CHEAP_KDF)
    other = fresh_store(tmp_path, "transfer")
    code = admin.create_enrolment_code(central_db, "RIV", url=live.url)
    done = enrol(other, code.code, url=live.url, device_name="outreach",
                 device_kind=DeviceKind.OUTREACH, hub_passphrase=HUB_PASSPHRASE,
                 hub_key_transfer=text, use_keyring=False)  # fmt: skip
    assert done.hub_key_source == "transfer"
    assert config.load(other).hub_key == key

    # A visit from the first device opens on the others.
    visit = VisitService(first.store, clock).sign_in(
        first.actor, SignIn(VisitReason.JUST_VISITING, party=PARTY)
    )
    assert first.engine.run_once().ok
    assert SyncEngine(other, settings=FAST).run_once().ok
    seen = VisitService(other, clock).who_is_in(first.hub_id)
    assert [v.visit_id for v in seen] == [visit.visit_id]


def test_a_fresh_store_is_set_up_from_the_enrolment(tmp_path, central_db, live):
    hub = make_hub(central_db)
    store = fresh_store(tmp_path, "fresh")
    code = admin.create_enrolment_code(central_db, "RIV", url=live.url)
    done = enrol(store, code.qr_text, device_name="kiosk", device_kind="kiosk",
                 hub_passphrase=HUB_PASSPHRASE, use_keyring=False, hub_kdf=CHEAP_KDF)  # fmt: skip
    assert done.hub_id == hub.id
    with store.read() as session:
        assert meta.get(session, meta.HUB_ID) == str(hub.id)
        assert meta.get(session, meta.DEVICE_ID) == str(done.device_id)
        assert meta.get(session, meta.SITE_ID) == str(done.site_id)
        assert meta.get(session, config.CREDENTIAL)  # no keyring here: the encrypted store
    sites = admin.list_devices(central_db, "RIV")
    assert [d.id for d in sites] == [done.device_id]


def test_a_hub_without_sites_gets_one_from_its_first_device(tmp_path, central_db, live, clock):
    make_hub(central_db, site=False)
    device = make_device(tmp_path, central_db, live.url, "RIV", clock=clock)
    assert device.engine.run_once().ok
    from hubdesk.central.models import CentralSite

    with central_db.read() as session:
        sites = session.query(CentralSite).all()
    assert [s.id for s in sites] == [device.site_id]


def test_plain_http_is_refused_except_on_loopback(tmp_path, central_db, live):
    from hubdesk.domain.errors import ValidationError

    make_hub(central_db)
    store = fresh_store(tmp_path, "http")
    with pytest.raises(ValidationError) as refused:
        enrol(store, "ABCD-EFGH-JKMN", url="http://central.example.org", device_name="x",
              device_kind="kiosk", use_keyring=False)  # fmt: skip
    assert refused.value.code == "not_https"


def test_the_credential_goes_to_the_keyring_when_there_is_one(tmp_path, central_db, live):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        entries: ClassVar[dict] = {}

        def get_password(self, service, username):
            return self.entries.get((service, username))

        def set_password(self, service, username, password):
            self.entries[(service, username)] = password

        def delete_password(self, service, username):
            self.entries.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        make_hub(central_db)
        store = fresh_store(tmp_path, "keyring")
        code = admin.create_enrolment_code(central_db, "RIV", url=live.url)
        done = enrol(store, code.qr_text, device_name="desk", device_kind="desk",
                     hub_passphrase=HUB_PASSPHRASE, hub_kdf=CHEAP_KDF)  # fmt: skip
        assert done.credential_in_keyring
        held = Memory.entries[("hubdesk-device", str(done.device_id))]
        assert held.startswith(f"hd1.{done.device_id}.")
        with store.read() as session:
            assert not meta.get(session, config.CREDENTIAL)  # not in the store as well
        assert config.load(store).credential == held
        assert SyncEngine(store, settings=FAST).run_once().ok
    finally:
        keyring.set_keyring(before)
