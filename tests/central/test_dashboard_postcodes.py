"""`hubdesk central postcodes import`: the same CSV rules as on a device; ward names show on the
dashboard's area table."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from hubdesk.central.dashboard import queries
from hubdesk.central.dashboard.tables import CentralPostcodeArea
from hubdesk.cli import main
from hubdesk.measures import Dim, Period, Scope
from tests.central.dashboard_data import load_central
from tests.unit.measures import dataset as ds
from tests.unit.measures.test_postcodes import generated_csv, with_bad_rows


def test_central_import_skips_bad_rows_and_names_wards(central_db, tmp_path, capsys):
    lines, good = generated_csv(150, seed=5)
    lines, where = with_bad_rows(lines)
    lines.append("NE1 4XF,NE1 4XF,202001,E05001101,E01008201,2,E08000021")
    path = tmp_path / "lookup.csv"
    path.write_text("\n".join(lines) + "\n")
    url = str(central_db.engine.url.render_as_string(hide_password=False))
    code = main(["central", "--database-url", url, "postcodes", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 0
    assert f"Imported {len(good) + 1} postcodes; skipped {len(where)}" in out
    for line, field in where.items():
        assert f"line {line}: {field}:" in err
    with central_db.read() as session:
        assert (
            session.scalar(select(func.count()).select_from(CentralPostcodeArea)) == len(good) + 1
        )
    # ward names, where the lookup has them, label the area table
    (tmp_path / "names.csv").write_text("pcds,osward,wd24nm\nNE1 4XF,E05001101,Monument\n")
    assert main(["central", "--database-url", url, "postcodes", "import",
                 str(tmp_path / "names.csv")]) == 0  # fmt: skip
    data = ds.build(uuid.uuid4(), (uuid.uuid4(), uuid.uuid4()))
    load_central(central_db, data)
    rows = queries.areas(central_db, Period(ds.START, ds.END), Scope(), Dim.WARD)
    assert "E05001101 Monument" in {r.label for r in rows}
