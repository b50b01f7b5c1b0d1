"""The postcode lookup on the central service (`hubdesk central postcodes import FILE.csv`): the
same CSV and the same rules as on a device (hubdesk.measures.postcodes)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, insert

from hubdesk.central.dashboard.tables import CentralPostcodeArea
from hubdesk.central.store import CentralStore
from hubdesk.domain.errors import ValidationError
from hubdesk.measures.postcodes import ParsedLookup, parse_lookup

CHUNK = 5000


def import_lookup(store: CentralStore, parsed: ParsedLookup) -> int:
    """Replace the lookup with `parsed.rows` in one transaction; returns how many."""
    with store.write() as session:
        session.execute(delete(CentralPostcodeArea))
        rows = [
            {
                "postcode": r.postcode,
                "district": r.district,
                "ward_code": r.ward_code,
                "ward_name": r.ward_name,
                "lsoa_code": r.lsoa_code,
                "imd_decile": r.imd_decile,
            }
            for r in parsed.rows
        ]
        for i in range(0, len(rows), CHUNK):
            session.execute(insert(CentralPostcodeArea), rows[i : i + CHUNK])
    return len(rows)


def read_csv(path: Path) -> ParsedLookup:
    """Parse a lookup file (UTF-8, with or without a byte-order mark)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return parse_lookup(fh)
    except FileNotFoundError:
        raise ValidationError("file", "not_found", "does not exist") from None
    except UnicodeDecodeError:
        raise ValidationError("file", "not_utf8", "is not UTF-8 text") from None
