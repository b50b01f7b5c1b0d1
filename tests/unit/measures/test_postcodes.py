"""The postcode lookup: a generated ONSPD-style CSV with malformed rows (reported by line and
field, skipped; the rest imported), and sign-ins that take their areas from it."""

from __future__ import annotations

import random
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from hubdesk.cli import main
from hubdesk.domain.catalogue import VisitReason
from hubdesk.domain.clock import FakeClock
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.people import AgeBand, ChildInParty, Party, Role
from hubdesk.measures.postcodes import parse_lookup
from hubdesk.services.base import Actor
from hubdesk.services.postcodes import PostcodeService
from hubdesk.services.stores import unlock_store
from hubdesk.services.visits import SignIn, VisitService
from hubdesk.storage.engine import Store
from hubdesk.storage.models import PostcodeArea, Visit

LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def generated_csv(n: int, seed: int = 3) -> tuple[list[str], list[str]]:
    """(lines, the good postcodes): ONSPD column names, extra columns, and bad rows among them."""
    rng = random.Random(seed)
    lines = ["pcd,pcds,dointr,osward,lsoa21,IMD Decile,oslaua"]
    good: list[str] = []
    for i in range(n):
        unit = f"{rng.randrange(10)}{rng.choice(LETTERS)}{rng.choice(LETTERS)}"
        pc = f"NE{rng.randrange(1, 40)} {unit}"
        if pc in good:
            continue
        good.append(pc)
        ward = f"E05{rng.randrange(10**6):06d}01"[:9]
        lsoa = f"E01{rng.randrange(10**6):06d}"
        lines.append(f"{pc.replace(' ', '')},{pc},202001,{ward},{lsoa},{i % 10 + 1},E08000021")
    return lines, good


BAD = [
    ("ZZ1 1ZZ9,ZZ9 9ZZZ,202001,E05000001,E01000001,3,E08000021", "postcode"),  # not a postcode
    ("NE1 1AA,NE1 1AA,202001,X05000001,E01000001,3,E08000021", "ward_code"),
    ("NE1 1AB,NE1 1AB,202001,E05000001,E0100001,3,E08000021", "lsoa_code"),
    ("NE1 1AD,NE1 1AD,202001,E05000001,E01000001,11,E08000021", "imd_decile"),
    ("NE1 1AE,NE1 1AE,202001", "row"),  # too few fields
]


def with_bad_rows(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    out = list(lines)
    where: dict[int, str] = {}
    for i, (text, _field) in enumerate(BAD):
        at = 3 + i * 7
        out.insert(at, text)
    # a repeat of the first good postcode, at the end
    out.append(out[1])
    for n, text in enumerate(out, start=1):
        for bad, field in BAD:
            if text == bad:
                where[n] = field
    where[len(out)] = "postcode"
    return out, where


def test_parse_reports_bad_rows_by_line_and_field() -> None:
    lines, good = generated_csv(60)
    lines, where = with_bad_rows(lines)
    parsed = parse_lookup(lines)
    assert {p.line: p.field for p in parsed.problems} == where
    assert [r.postcode for r in parsed.rows] == good
    assert parsed.problems[-1].code == "duplicate"
    row = parsed.rows[0]
    assert row.district == good[0].split()[0]
    assert row.ward_code is not None
    assert row.imd_decile == 1


@pytest.mark.parametrize(
    ("header", "code"),
    [("name,ward", "no_postcode"), ("pcds,oslaua", "no_areas")],
)
def test_a_file_without_the_columns_is_refused(header: str, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_lookup([header, "x,y"])
    assert err.value.field == "header"
    assert err.value.code == code


def test_other_header_spellings_are_accepted() -> None:
    parsed = parse_lookup(
        [
            "\ufeffPostcode,WD24CD,WD24NM,LSOA11CD,imd_decile",
            "ne1 4xf,E05001101,Monument,E01008201,",
        ]
    )
    assert parsed.problems == []
    (row,) = parsed.rows
    assert row.postcode == "NE1 4XF"
    assert row.ward_name == "Monument"
    assert row.imd_decile is None


@pytest.fixture
def cli_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("HUBDESK_PASSPHRASE", "correct horse battery")
    path = tmp_path / "desk.db"
    args = ["init", "--store", str(path), "--hub-name", "Riverside", "--hub-code", "riv"]
    args += ["--site-name", "Riverside", "--device-name", "Desk", "--device-kind", "desk"]
    assert main([*args, "--no-keyring"]) == 0
    yield path
    keyring.set_keyring(previous)


def test_import_command_skips_bad_rows_and_imports_the_rest(
    cli_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines, good = generated_csv(200)
    lines, where = with_bad_rows(lines)
    csv_path = tmp_path / "onspd-subset.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["postcodes", "import", str(csv_path), "--store", str(cli_store)]) == 0
    out, err = capsys.readouterr()
    assert f"Imported {len(good)} postcodes; skipped {len(where)} malformed rows." in out
    for line, field in where.items():
        assert f"line {line}: {field}:" in err
    store = unlock_store(cli_store, passphrase="correct horse battery")
    try:
        with store.read() as session:
            held = set(session.scalars(select(PostcodeArea.postcode)))
        assert held == set(good)
        # a second import replaces the first
        (tmp_path / "small.csv").write_text("pcds,osward\nNE1 4XF,E05001101\n")
        assert PostcodeService(store).count() == len(good)
    finally:
        store.close()
    assert (
        main(["postcodes", "import", str(tmp_path / "small.csv"), "--store", str(cli_store)]) == 0
    )
    store = unlock_store(cli_store, passphrase="correct horse battery")
    try:
        assert PostcodeService(store).count() == 1
    finally:
        store.close()


def test_sign_in_takes_the_areas_of_a_full_postcode(
    store: Store, clock: FakeClock, kiosk: Actor
) -> None:
    PostcodeService(store, clock).import_lookup(
        parse_lookup(["pcds,osward,lsoa21,imd decile", "NE1 4XF,E05001101,E01008201,2"])
    )
    visits = VisitService(store, clock)
    party = Party((Role.MOTHER,), (ChildInParty(AgeBand.B0_1, False),), 0)
    known = visits.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party, postcode="ne14xf"))
    unknown = visits.sign_in(kiosk, SignIn(VisitReason.JUST_VISITING, party, postcode="NE6 1AS"))
    with store.read() as session:
        a = session.get(Visit, known.visit_id)
        b = session.get(Visit, unknown.visit_id)
        assert a is not None
        assert b is not None
        assert (a.postcode_district, a.ward_code, a.lsoa_code, a.imd_decile) == (
            "NE1",
            "E05001101",
            "E01008201",
            2,
        )
        assert (b.postcode_district, b.ward_code, b.imd_decile) == ("NE6", None, None)
