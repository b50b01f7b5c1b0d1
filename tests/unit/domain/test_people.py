from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import (
    MAX_ADULTS,
    MAX_CHILDREN,
    AgeBand,
    ChildInParty,
    Party,
    Role,
    age_on,
    validate_child_dob,
)

TODAY = date(2026, 6, 16)


# --- age ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dob", "day", "years"),
    [
        (date(2020, 6, 16), date(2026, 6, 16), 6),  # birthday today
        (date(2020, 6, 17), date(2026, 6, 16), 5),  # birthday tomorrow
        (date(2020, 2, 29), date(2026, 2, 28), 5),  # leap-day birthday, not yet
        (date(2020, 2, 29), date(2026, 3, 1), 6),
        (date(2020, 2, 29), date(2024, 2, 29), 4),
        (date(2026, 6, 16), date(2026, 6, 16), 0),
        (date(2025, 12, 31), date(2026, 1, 1), 0),
    ],
)
def test_age_on(dob, day, years):
    assert age_on(dob, day) == years


# --- bands ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("years", "band"),
    [
        (0, AgeBand.B0_1),
        (1, AgeBand.B0_1),
        (2, AgeBand.B2_4),
        (4, AgeBand.B2_4),
        (5, AgeBand.B5_11),
        (11, AgeBand.B5_11),
        (12, AgeBand.B12_16),
        (16, AgeBand.B12_16),
        (17, AgeBand.B17_19),
        (19, AgeBand.B17_19),
    ],
)
def test_band_edges(years, band):
    assert AgeBand.for_age(years, send=False) is band
    assert AgeBand.for_age(years, send=True) is band  # SEND does not change a band under 20


@pytest.mark.parametrize("years", [20, 23, 25])
def test_20_to_25_only_with_send(years):
    assert AgeBand.for_age(years, send=True) is AgeBand.B20_25
    with pytest.raises(ValidationError) as err:
        AgeBand.for_age(years, send=False, field="children[0].date_of_birth")
    assert (err.value.field, err.value.code) == (
        "children[0].date_of_birth",
        "over_19_without_send",
    )


@pytest.mark.parametrize(("years", "code"), [(26, "too_old"), (90, "too_old"), (-1, "in_future")])
def test_ages_out_of_service(years, code):
    for send in (False, True):
        with pytest.raises(ValidationError) as err:
            AgeBand.for_age(years, send=send)
        assert err.value.code == code


def test_band_columns_match_visit_columns():
    from hubdesk.storage.models import CHILD_COLUMNS, Visit

    assert [b.column for b in AgeBand] == list(CHILD_COLUMNS)
    for column in CHILD_COLUMNS:
        assert hasattr(Visit, column)
    assert AgeBand.B20_25.column == "children_20_25"


@given(st.integers(min_value=0, max_value=25), st.booleans())
def test_bands_are_ordered_by_age(years, send):
    bands = list(AgeBand)
    try:
        band = AgeBand.for_age(years, send=send)
    except ValidationError:
        assert years >= 20
        assert not send
        return
    if years < 25:
        try:
            older = AgeBand.for_age(years + 1, send=send)
        except ValidationError:
            return
        assert bands.index(older) >= bands.index(band)


# --- dates of birth -------------------------------------------------------------------------


def test_dob_today_and_19_years_ago_accepted():
    assert validate_child_dob(TODAY, TODAY, send=False) == TODAY
    nineteen = date(2006, 6, 17)  # 19 today, 20 tomorrow
    assert validate_child_dob(nineteen, TODAY, send=False) == nineteen


def test_dob_future_refused():
    with pytest.raises(ValidationError) as err:
        validate_child_dob(TODAY + timedelta(days=1), TODAY, send=True)
    assert (err.value.field, err.value.code) == ("date_of_birth", "in_future")


def test_dob_over_19_needs_send_and_25_is_the_limit():
    twenty = date(2006, 6, 16)  # 20 today
    with pytest.raises(ValidationError) as err:
        validate_child_dob(twenty, TODAY, send=False)
    assert err.value.code == "over_19_without_send"
    assert validate_child_dob(twenty, TODAY, send=True) == twenty
    twenty_five = date(2000, 6, 17)  # 25 until tomorrow
    assert validate_child_dob(twenty_five, TODAY, send=True) == twenty_five
    twenty_six = date(2000, 6, 16)
    with pytest.raises(ValidationError) as err:
        validate_child_dob(twenty_six, TODAY, send=True)
    assert err.value.code == "too_old"


@pytest.mark.parametrize("bad", ["2020-01-01", None, 20200101])
def test_dob_not_a_date(bad):
    with pytest.raises(ValidationError) as err:
        validate_child_dob(bad, TODAY, send=False, field="dob")
    assert (err.value.field, err.value.code) == ("dob", "not_a_date")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.booleans())
def test_dob_rule_matches_age(dob, send):
    years = age_on(dob, TODAY)
    ok = dob <= TODAY and (years <= 19 or (send and years <= 25))
    try:
        validate_child_dob(dob, TODAY, send=send)
    except ValidationError as err:
        refused_field = err.field
    else:
        refused_field = None
    assert (refused_field is None) == ok
    if refused_field is not None:
        assert refused_field == "date_of_birth"


# --- parties --------------------------------------------------------------------------------


def test_party_counts():
    party = Party.from_counts(
        {Role.MOTHER: 1, Role.GRANDPARENT: 2},
        {AgeBand.B0_1: 1, AgeBand.B5_11: 2, AgeBand.B20_25: 1},
        send={AgeBand.B5_11: 1, AgeBand.B20_25: 1},
        male_carers=1,
    )
    assert party.people == 7
    assert party.count_role(Role.GRANDPARENT) == 2
    assert party.count_role(Role.FATHER) == 0
    assert party.count_band(AgeBand.B5_11) == 2
    assert party.send_children == 2
    assert party.male_carers == 1


def test_party_only_adults_or_only_children():
    assert Party((Role.FATHER,)).people == 1
    assert Party(children=(ChildInParty(AgeBand.B12_16),)).people == 1


def _err(fn, *args, **kwargs):
    with pytest.raises(ValidationError) as err:
        fn(*args, **kwargs)
    return err.value.field, err.value.code


def test_party_bounds():
    assert _err(Party) == ("party", "empty")
    assert _err(Party.from_counts, {}, {}) == ("party", "empty")
    assert Party(tuple([Role.OTHER] * MAX_ADULTS)).people == MAX_ADULTS
    assert _err(Party, tuple([Role.OTHER] * (MAX_ADULTS + 1))) == ("adults", "out_of_range")
    kids = tuple([ChildInParty(AgeBand.B2_4)] * MAX_CHILDREN)
    assert Party(children=kids).people == MAX_CHILDREN
    assert _err(Party, (), (*kids, ChildInParty(AgeBand.B2_4))) == ("children", "out_of_range")
    assert _err(Party.from_counts, {Role.MOTHER: 13}, {}) == ("adults.mother", "out_of_range")
    assert _err(Party.from_counts, {Role.MOTHER: -1}, {}) == ("adults.mother", "out_of_range")
    assert _err(Party.from_counts, {Role.MOTHER: "2"}, {}) == ("adults.mother", "not_a_number")
    assert _err(Party.from_counts, {}, {AgeBand.B0_1: 21}) == ("children.0-1", "out_of_range")
    assert _err(Party.from_counts, {}, {AgeBand.B0_1: 1}, send={AgeBand.B0_1: 2}) == (
        "send.0-1",
        "out_of_range",
    )


def test_male_carers_only_among_carers_grandparents_and_others():
    assert Party((Role.CARER, Role.OTHER), male_carers=2).male_carers == 2
    assert _err(Party, (Role.CARER,), (), 2) == ("male_carers", "out_of_range")
    assert _err(Party, (Role.FATHER, Role.MOTHER), (), 1) == ("male_carers", "out_of_range")
    assert _err(Party, (Role.CARER,), (), -1) == ("male_carers", "out_of_range")


def test_20_to_25_child_in_party_needs_send():
    assert _err(Party, (), (ChildInParty(AgeBand.B20_25, send=False),)) == (
        "children",
        "over_19_without_send",
    )
    assert _err(Party.from_counts, {}, {AgeBand.B20_25: 1}) == ("children", "over_19_without_send")
    assert Party((), (ChildInParty(AgeBand.B20_25, send=True),)).send_children == 1


def test_unknown_role_or_band_refused():
    assert _err(Party.from_counts, {"uncle": 1}, {}) == ("adults", "unknown_role")
    assert _err(Party.from_counts, {}, {"3-5": 1}) == ("children", "unknown_band")
    # SEND counted for a band with no children would silently vanish: refused
    assert _err(Party.from_counts, {Role.MOTHER: 1}, {}, send={AgeBand.B2_4: 1}) == (
        "send.2-4",
        "out_of_range",
    )


@given(
    st.dictionaries(st.sampled_from(list(Role)), st.integers(0, 2), max_size=5),
    st.dictionaries(st.sampled_from(list(AgeBand)[:-1]), st.integers(0, 4), max_size=5),
)
def test_from_counts_round_trips(roles, bands):
    if not any(roles.values()) and not any(bands.values()):
        return
    party = Party.from_counts(roles, bands)
    for role in Role:
        assert party.count_role(role) == roles.get(role, 0)
    for band in AgeBand:
        assert party.count_band(band) == bands.get(band, 0)
    assert party.people == sum(roles.values()) + sum(bands.values())
