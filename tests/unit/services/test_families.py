from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from hubdesk.domain.catalogue import ContactChannel, Need, VisitReason
from hubdesk.domain.errors import PermissionDeniedError, ValidationError
from hubdesk.domain.people import AgeBand, Gender, Role
from hubdesk.services.contacts import ContactIn, ContactService
from hubdesk.services.families import AdultIn, ChildIn, FamilyIn, family_label
from hubdesk.services.passes import PassService
from hubdesk.services.visits import AlreadyInError, SignIn, VisitService
from hubdesk.storage import audit
from hubdesk.storage.models import (
    AuditEntry,
    Contact,
    Family,
    FamilyPass,
    Hub,
    Member,
    OutboxEvent,
    Visit,
)

from .conftest import khan_family


def _events(store, entity=None):
    with store.read() as session:
        q = select(OutboxEvent).order_by(OutboxEvent.seq)
        if entity:
            q = q.where(OutboxEvent.entity == entity)
        return list(session.scalars(q))


# --- register ---------------------------------------------------------------------------------


def test_register_writes_family_members_outbox_and_consent(store, families, kiosk, clock):
    before = len(_events(store))
    done = families.register(kiosk, khan_family())
    assert len(done.member_ids) == 4
    with store.read() as session:
        fam = session.get(Family, done.family_id)
        assert fam.postcode == "NE6 2AB"
        assert fam.postcode_district == "NE6"
        assert fam.consent_notice_version == 1
        assert fam.consent_at == clock.now()
        names = [(m.first_name, m.is_child, m.position) for m in fam.members]
    assert names == [("Amira", False, 0), ("Omar", False, 1), ("Zara", True, 2), ("Yusuf", True, 3)]
    events = _events(store)[before:]
    assert sorted(e.entity for e in events) == ["family"] + ["member"] * 4
    # personal fields only in the sealed part
    fam_event = next(e for e in events if e.entity == "family")
    assert "postcode" in fam_event.body["personal"]
    assert "postcode" not in fam_event.body["footfall"]


def test_register_only_children_is_allowed(families, reception):
    done = families.register(
        reception, FamilyIn(adults=(), children=(ChildIn("Mo", date(2020, 1, 1)),))
    )
    assert len(done.member_ids) == 1


def test_staff_register_without_consent_leaves_it_unrecorded(store, families, reception):
    done = families.register(reception, khan_family(consent=False))
    with store.read() as session:
        assert session.get(Family, done.family_id).consent_notice_version is None
    assert families.household_for_kiosk(reception, done.family_id).needs_consent


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"adults": (), "children": ()}, "family", "empty"),
        ({"adults": (AdultIn(""),)}, "adults[0].first_name", "required"),
        ({"adults": (AdultIn("   \u200b"),)}, "adults[0].first_name", "required"),
        ({"adults": (AdultIn("1234"),)}, "adults[0].first_name", "no_letters"),
        ({"adults": (AdultIn("A" * 61),)}, "adults[0].first_name", "too_long"),
        ({"adults": (AdultIn("Ann\x07"),)}, "adults[0].first_name", "bad_character"),
        ({"adults": (AdultIn("Ann", "Lee\nX"),)}, "adults[0].last_name", "line_break"),
        ({"adults": (AdultIn("Ann", role="queen"),)}, "adults[0].role", "unknown_role"),
        ({"adults": (AdultIn("Ann", gender="x"),)}, "adults[0].gender", "unknown_gender"),
        ({"adults": tuple(AdultIn("A") for _ in range(13))}, "adults", "out_of_range"),
        (
            {"children": tuple(ChildIn("C", date(2020, 1, 1)) for _ in range(21))},
            "children",
            "out_of_range",
        ),
        (
            {"children": (ChildIn("Kid", date(2026, 6, 17)),)},
            "children[0].date_of_birth",
            "in_future",
        ),
        (
            {"children": (ChildIn("Kid", date(2005, 1, 1)),)},
            "children[0].date_of_birth",
            "over_19_without_send",
        ),
        (
            {"children": (ChildIn("Kid", date(2000, 1, 1), send=True),)},
            "children[0].date_of_birth",
            "too_old",
        ),
        ({"children": (ChildIn("Kid", "2020-01-01"),)}, "children[0].date_of_birth", "not_a_date"),
        ({"postcode": "NE6 2CI"}, "postcode", "invalid_postcode"),
        ({"phone": "call me"}, "phone", "invalid_phone"),
        ({"phone": "123"}, "phone", "invalid_phone"),
        ({"email": "amira.example.org"}, "email", "invalid_email"),
        ({"notes": "x" * 2001}, "notes", "too_long"),
        ({"notes": "bad\x00"}, "notes", "bad_character"),
    ],
)
def test_register_refuses_bad_input_and_writes_nothing(
    families, reception, unchanged, change, field, code
):
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.register(reception, khan_family(**change))
    assert (err.value.field, err.value.code) == (field, code)


def test_register_keeps_multiline_notes_and_cleans_names(store, families, reception):
    done = families.register(
        reception,
        khan_family(
            adults=(AdultIn("  Ame\u0301lie   ", "  O'Neil  "),),  # decomposed é
            notes="line one\r\nline two",
        ),
    )
    with store.read() as session:
        fam = session.get(Family, done.family_id)
        assert fam.notes == "line one\nline two"
        assert fam.members[0].first_name == "Amélie"
        assert fam.members[0].last_name == "O'Neil"


def test_kiosk_register_needs_consent(families, kiosk, unchanged):
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.register(kiosk, khan_family(consent=False))
    assert err.value.field == "consent"


def test_register_refuses_member_ids(families, reception, unchanged):
    import uuid

    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.register(reception, khan_family(adults=(AdultIn("A", id=uuid.uuid4()),)))
    assert err.value.field == "members"


def test_register_audits_staff_only_with_ids(store, families, reception, kiosk, count):
    families.register(kiosk, khan_family())
    assert count(AuditEntry) == 0
    families.register(reception, khan_family())
    with store.read() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert entry.action == "family.registered"
        assert "Khan" not in entry.detail
        assert "NE6" not in entry.detail
        assert audit.verify(session).ok


# --- kiosk view and consent -------------------------------------------------------------------


def test_household_for_kiosk_shows_first_names_only(families, kiosk):
    done = families.register(kiosk, khan_family())
    house = families.household_for_kiosk(kiosk, done.family_id)
    assert [m.first_name for m in house.members] == ["Amira", "Omar", "Zara", "Yusuf"]
    assert [m.is_child for m in house.members] == [False, False, True, True]
    assert not house.needs_consent
    text = repr(house)
    assert "Khan" not in text
    assert "NE6" not in text
    assert "0191" not in text


def test_new_privacy_notice_needs_consent_again(store, families, kiosk, clock, count):
    done = families.register(kiosk, khan_family())
    with store.write() as session:
        session.execute(update(Hub).values(privacy_notice_version=2))
    assert families.household_for_kiosk(kiosk, done.family_id).needs_consent
    clock.advance(timedelta(days=1))
    before = count(OutboxEvent)
    families.record_consent(kiosk, done.family_id)
    assert count(OutboxEvent) == before + 1
    assert not families.household_for_kiosk(kiosk, done.family_id).needs_consent
    with store.read() as session:
        fam = session.get(Family, done.family_id)
        assert (fam.consent_notice_version, fam.consent_at) == (2, clock.now())


def test_household_unknown_or_erased_family(store, families, kiosk, clock):
    import uuid

    with pytest.raises(ValidationError) as err:
        families.household_for_kiosk(kiosk, uuid.uuid4())
    assert err.value.code == "unknown_family"
    done = families.register(kiosk, khan_family())
    with store.write() as session:
        session.get(Family, done.family_id).erased_at = clock.now()
    with pytest.raises(ValidationError):
        families.household_for_kiosk(kiosk, done.family_id)


# --- edit -------------------------------------------------------------------------------------


def test_edit_matches_members_by_id_removes_and_adds(store, families, reception, clock):
    done = families.register(reception, khan_family())
    amira, omar, zara, yusuf = done.member_ids
    before = len(_events(store))
    clock.advance(timedelta(hours=1))
    families.edit(
        reception,
        done.family_id,
        khan_family(
            adults=(AdultIn("Amira", "Khan-Ali", Role.MOTHER, id=amira),),
            children=(
                ChildIn("Zara", date(2023, 1, 10), last_name="Khan", id=zara),
                ChildIn("Yusuf", date(2018, 3, 2), last_name="Khan", id=yusuf),
                ChildIn("Baby", date(2026, 5, 1)),
            ),
            postcode="NE1 4XF",
        ),
    )
    with store.read() as session:
        fam = session.get(Family, done.family_id)
        assert fam.postcode_district == "NE1"
        rows = {m.first_name: m for m in fam.members}
        assert rows["Omar"].removed  # kept, not deleted
        assert rows["Amira"].last_name == "Khan-Ali"
        assert not rows["Baby"].removed
        assert session.get(Member, omar) is not None
    changed = _events(store)[before:]
    # family + Amira (renamed) + Omar (removed) + Baby (new) + Zara, Yusuf (positions moved)
    assert sorted(e.entity for e in changed).count("member") == 5
    house = families.household_for_kiosk(reception, done.family_id)
    assert [m.first_name for m in house.members] == ["Amira", "Zara", "Yusuf", "Baby"]


def test_edit_unchanged_members_not_sent_again(store, families, reception):
    done = families.register(reception, khan_family())
    a, o, z, y = done.member_ids
    before = len(_events(store))
    families.edit(
        reception,
        done.family_id,
        khan_family(
            adults=(
                AdultIn("Amira", "Khan", Role.MOTHER, id=a),
                AdultIn("Omar", "Khan", Role.FATHER, id=o),
            ),
            children=(
                ChildIn("Zara", date(2023, 1, 10), last_name="Khan", id=z),
                ChildIn("Yusuf", date(2018, 3, 2), last_name="Khan", id=y),
            ),
            phone=None,
        ),
    )
    assert [e.entity for e in _events(store)[before:]] == ["family"]


def test_edit_refuses_member_of_another_family_and_writes_nothing(families, reception, unchanged):
    one = families.register(reception, khan_family())
    two = families.register(reception, khan_family())
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.edit(
            reception, one.family_id, khan_family(adults=(AdultIn("X", id=two.member_ids[0]),))
        )
    assert (err.value.field, err.value.code) == ("adults[0].id", "not_in_family")


def test_edit_refuses_child_id_given_as_adult(families, reception, unchanged):
    one = families.register(reception, khan_family())
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.edit(
            reception, one.family_id, khan_family(adults=(AdultIn("X", id=one.member_ids[2]),))
        )
    assert err.value.code == "not_in_family"


def test_edit_refuses_bad_value_and_kiosk(families, reception, kiosk, unchanged):
    one = families.register(reception, khan_family())
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.edit(reception, one.family_id, khan_family(email="no"))
    assert err.value.field == "email"
    with unchanged(Family, Member), pytest.raises(PermissionDeniedError):
        families.edit(kiosk, one.family_id, khan_family())


# --- search -----------------------------------------------------------------------------------


@pytest.fixture
def three(families, reception, clock):
    khan = families.register(reception, khan_family())
    ozturk = families.register(
        reception,
        FamilyIn(
            adults=(AdultIn("Özlem", "Öztürk", Role.MOTHER),),
            children=(ChildIn("İpek", date(2024, 2, 2)),),
            postcode="NE1 4XF",
        ),
    )
    smith = families.register(
        reception,
        FamilyIn(adults=(AdultIn("John", "Smith", Role.FATHER, Gender.MALE),), postcode="SW1A 1AA"),
    )
    return khan, ozturk, smith


def _ids(results):
    return {r.family_id for r in results}


def test_search_by_names_case_insensitive(families, reception, three):
    khan, ozturk, smith = three
    assert _ids(families.search(reception, "amira")) == {khan.family_id}
    assert _ids(families.search(reception, "KHAN")) == {khan.family_id}
    assert _ids(families.search(reception, "yus")) == {khan.family_id}  # a child's name
    assert _ids(families.search(reception, "özlem")) == {ozturk.family_id}
    assert _ids(families.search(reception, "ÖZTÜRK")) == {ozturk.family_id}
    assert _ids(families.search(reception, "John Smith")) == {smith.family_id}
    assert families.search(reception, "nobody") == []


def test_search_by_full_and_partial_postcode(families, reception, three):
    khan, ozturk, smith = three
    assert _ids(families.search(reception, "ne6 2ab")) == {khan.family_id}
    assert _ids(families.search(reception, "NE1")) == {ozturk.family_id}
    assert _ids(families.search(reception, "sw1a")) == {smith.family_id}


def test_search_by_pass_short_code(families, reception, three):
    khan, *_ = three
    issued = PassService(families.store, families.clock).issue(reception, khan.family_id)
    assert _ids(families.search(reception, issued.short_code)) == {khan.family_id}
    assert _ids(families.search(reception, issued.short_code.replace("-", "").lower())) == {
        khan.family_id
    }


def test_search_summary_label_and_order(families, reception, three, kiosk, clock):
    khan, ozturk, _smith = three
    clock.advance(timedelta(minutes=5))
    VisitService(families.store, clock).sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=ozturk.family_id, member_ids=ozturk.member_ids),
    )
    results = families.search(reception, "n")  # Amira KhaN, JohN, ÖzleM? no: Khan, John
    labels = {r.family_id: r.label for r in families.search(reception, "k")}
    assert labels[khan.family_id] == "Amira Khan + 1 adult + 2 children"
    assert labels[ozturk.family_id] == "Özlem Öztürk + 1 child"
    all_results = families.search(reception, "e")
    assert all_results[0].family_id == ozturk.family_id  # visited: first
    assert all_results[0].last_visit_at == clock.now()
    assert "İpek" in all_results[0].member_names
    assert results


def test_search_excludes_erased_and_merged(store, families, reception, manager, three, clock):
    khan, _ozturk, smith = three
    dup = families.register(reception, khan_family())
    families.merge(manager, khan.family_id, dup.family_id)
    with store.write() as session:
        session.get(Family, smith.family_id).erased_at = clock.now()
    assert _ids(families.search(reception, "khan")) == {khan.family_id}
    assert families.search(reception, "smith") == []


def test_search_refusals(families, reception, kiosk, three):
    with pytest.raises(PermissionDeniedError):
        families.search(kiosk, "khan")
    with pytest.raises(ValidationError) as err:
        families.search(reception, "  ")
    assert err.value.field == "query"
    with pytest.raises(ValidationError) as err:
        families.search(reception, "khan", limit=0)
    assert err.value.field == "limit"


def test_search_limit(families, reception):
    for _ in range(5):
        families.register(reception, khan_family())
    assert len(families.search(reception, "khan", limit=3)) == 3


# --- details ----------------------------------------------------------------------------------


def test_details_has_members_passes_visits_contacts(store, families, reception, kiosk, clock):
    done = families.register(reception, khan_family(notes="Prefers Urdu"))
    issued = PassService(store, clock).issue(reception, done.family_id)
    VisitService(store, clock).sign_in(
        kiosk,
        SignIn(VisitReason.HERE_TO_HELP, family_id=done.family_id, member_ids=done.member_ids[:3]),
    )
    ContactService(store, clock).log(
        reception, ContactIn(ContactChannel.PHONE, (Need.HOUSING,), family_id=done.family_id)
    )
    d = families.details(reception, done.family_id)
    assert d.label == "Amira Khan + 1 adult + 2 children"
    assert [m.age_band for m in d.members] == [None, None, AgeBand.B2_4, AgeBand.B5_11]
    assert d.members[1].role is Role.FATHER
    assert (d.postcode, d.phone, d.email, d.notes) == (
        "NE6 2AB",
        "0191 123 4567",
        "amira@example.org",
        "Prefers Urdu",
    )
    assert [p.short_code for p in d.passes] == [issued.short_code]
    assert len(d.visits) == 1
    assert d.visits[0].people == 3
    assert d.visits[0].site_name == "Riverside Family Hub"
    assert d.visits[0].reason is VisitReason.HERE_TO_HELP
    assert [c.needs for c in d.contacts] == [(Need.HOUSING,)]
    with pytest.raises(PermissionDeniedError):
        families.details(kiosk, done.family_id)


# --- merge ------------------------------------------------------------------------------------


def test_merge_moves_everything_and_records_it(store, families, reception, manager, kiosk, clock):
    keep = families.register(reception, khan_family(phone=None, email=None))
    dup = families.register(
        reception,
        FamilyIn(
            adults=(AdultIn("Amira", "Khan", Role.MOTHER),),
            children=(ChildIn("Sami", date(2025, 1, 1)),),
            phone="07700 900123",
        ),
    )
    passes = PassService(store, clock)
    dup_pass = passes.issue(reception, dup.family_id)
    visits = VisitService(store, clock)
    v = visits.sign_in(
        kiosk, SignIn(VisitReason.JUST_VISITING, family_id=dup.family_id, member_ids=dup.member_ids)
    )
    ContactService(store, clock).log(
        reception, ContactIn(ContactChannel.PHONE, (Need.FOOD,), family_id=dup.family_id)
    )
    before = len(_events(store))
    clock.advance(timedelta(hours=1))
    families.merge(manager, keep.family_id, dup.family_id)

    with store.read() as session:
        d = session.get(Family, dup.family_id)
        k = session.get(Family, keep.family_id)
        assert d.merged_into_id == keep.family_id
        assert session.get(Visit, v.visit_id).family_id == keep.family_id
        assert session.scalars(select(Contact.family_id)).all() == [keep.family_id]
        assert session.get(FamilyPass, dup_pass.pass_id).family_id == keep.family_id
        assert k.phone == "07700 900123"  # blank filled from the duplicate
        assert k.last_visit_at == v.signed_in_at
        assert len(k.members) == 6
        assert [m.position for m in k.members] == list(range(6))
        # the duplicate's Amira Khan is the kept record's Amira Khan: one person, not two
        assert [m.first_name for m in k.members if not m.removed].count("Amira") == 1
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "families.merged")
        ).one()
        assert json.loads(entry.detail)["visits"] == 1
    changed = _events(store)[before:]
    kinds = sorted(e.entity for e in changed)
    assert kinds == sorted(["visit", "contact", "pass", "member", "member", "family", "family"])
    # the duplicate's pass now opens the kept household, and the old id follows the merge
    house = passes.find_by_scan(kiosk, dup_pass.qr_payload)
    assert house.family_id == keep.family_id
    assert families.household_for_kiosk(kiosk, dup.family_id).family_id == keep.family_id
    assert len(families.details(reception, keep.family_id).visits) == 1
    # the merged family is in the building once, as the kept family
    with pytest.raises(AlreadyInError):
        visits.sign_in(
            kiosk,
            SignIn(VisitReason.JUST_VISITING, family_id=keep.family_id, member_ids=keep.member_ids),
        )
    # once out, signing in with the old id lands on the kept family, as a returning visit
    visits.sign_out(kiosk, v.visit_id)
    again = visits.sign_in(
        kiosk,
        SignIn(VisitReason.JUST_VISITING, family_id=dup.family_id, member_ids=keep.member_ids[:1]),
    )
    assert again.is_new is False


def test_merge_refusals_write_nothing(families, reception, manager, unchanged):
    import uuid

    a = families.register(reception, khan_family())
    b = families.register(reception, khan_family())
    with unchanged(Family, Member), pytest.raises(PermissionDeniedError):
        families.merge(reception, a.family_id, b.family_id)
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.merge(manager, a.family_id, a.family_id)
    assert err.value.field == "duplicate"
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.merge(manager, a.family_id, uuid.uuid4())
    assert (err.value.field, err.value.code) == ("duplicate", "unknown_family")
    families.merge(manager, a.family_id, b.family_id)
    with unchanged(Family, Member), pytest.raises(ValidationError) as err:
        families.merge(manager, b.family_id, a.family_id)
    assert (err.value.field, err.value.code) == ("keep", "merged")


def test_merge_repoints_earlier_merges(store, families, reception, manager):
    a = families.register(reception, khan_family())
    b = families.register(reception, khan_family())
    c = families.register(reception, khan_family())
    families.merge(manager, b.family_id, c.family_id)
    families.merge(manager, a.family_id, b.family_id)
    with store.read() as session:
        assert session.get(Family, c.family_id).merged_into_id == a.family_id


def test_family_label_edge_cases():
    def m(first, last=None, child=False, removed=False):
        return Member(first_name=first, last_name=last, is_child=child, removed=removed)

    assert family_label([]) == ""
    assert family_label([m("Mo", child=True), m("Li", child=True)]) == "Mo + 1 child"
    assert family_label([m("A", "B"), m("C", removed=True)]) == "A B"
    assert family_label([m("A"), m("C"), m("D")]) == "A + 2 adults"


def test_register_with_replace_helper_keeps_defaults():
    fam = replace(khan_family(), notes=None)
    assert fam.consent is True
