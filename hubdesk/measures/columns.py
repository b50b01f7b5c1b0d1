"""The standard footfall columns: the names every visits and contacts table the measures read
carries (`tables.py` checks a table has them; `rollup.py` defines its roll-ups from them)."""

from __future__ import annotations

from hubdesk.domain.people import AgeBand, Role

ROLE_COLUMNS: tuple[str, ...] = tuple(f"adults_{role.value}" for role in Role)
BAND_COLUMNS: tuple[str, ...] = tuple(band.column for band in AgeBand)
VISIT_COLUMNS: tuple[str, ...] = (
    "hub_id",
    "site_id",
    "family_id",
    "activity_id",
    "reason",
    "signed_in_at",
    "postcode_district",
    "is_new",
    *ROLE_COLUMNS,
    "male_carers",
    *BAND_COLUMNS,
    "send_children",
    "people",
)
GEOGRAPHY_COLUMNS: tuple[str, ...] = ("ward_code", "lsoa_code", "imd_decile")
CONTACT_COLUMNS: tuple[str, ...] = (
    "hub_id",
    "site_id",
    "channel",
    "needs",
    "outcomes",
    "follow_up_due",
    "follow_up_done_at",
    "contacted_at",
)
