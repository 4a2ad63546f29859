"""``clusterdesk list … --format csv|xlsx|json -o``: the window's exports for scripts."""

from __future__ import annotations

import csv
import json

import openpyxl
import pytest

from clusterdesk.cli.main import main


@pytest.fixture
def demo_db(any_demo_db):
    """Every test here runs on the demo in an SQLite file and in a PostgreSQL database."""
    return any_demo_db


def test_filtered_consultations_to_csv_xlsx_and_json(demo_db, tmp_path, capsys, monkeypatch):
    db = demo_db.location  # the file, or the server URL
    demo_db.close()
    args = ["--db", db, "list", "consultations", "--filter", "region=35",
            "--filter", "date_from=2016-01-01", "--filter", "date_to=2016-12-31"]
    monkeypatch.setenv("CLUSTERDESK_LANG", "ru")
    assert main(args + ["--format", "csv", "--all-fields", "-o", str(tmp_path / "k.csv")]) == 0
    rows = list(csv.reader((tmp_path / "k.csv").read_text("utf-8-sig").splitlines(),
                           delimiter=";"))
    assert "Notes" in rows[0] and rows[1][0].endswith(".2016")
    assert main(args + ["--format", "xlsx", "-o", str(tmp_path / "k.xlsx")]) == 0
    ws = openpyxl.load_workbook(tmp_path / "k.xlsx").active
    assert ws.max_row == len(rows) and ws.cell(2, 1).is_date
    capsys.readouterr()
    assert main(args + ["--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == len(rows) - 1 and {d["region"] for d in data} == \
        {"Карагандинская область"}
    assert main(["--db", db, "list", "consultations", "--filter", "nope=1",
                 "--format", "json"]) != 0
