"""Exports read back as Excel would: openpyxl for .xlsx (cell types), csv for CSV."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from clusterdesk.services import export_fields, lists, table_export
from clusterdesk.services.lists import ListQuery
from clusterdesk.store.models import Consultation, Organization


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


HOSTILE = ["=1+2", "+77011234567", "-5", "@SUM(A1)", "\tTab", "=HYPERLINK(\"http://x\")"]


def _fmt(kind: str, value: object) -> object:
    return getattr(value, "value", value)


@pytest.fixture
def hostile_db(db):
    with db.session() as s:
        for i, name in enumerate(HOSTILE):
            org = Organization(name=name, bin="", address=f"ул. Абая, {i}", oked="23.32",
                               email=f"o{i}@mail.kz", employees=10 * i, revenue_mln_kzt=1.5 * i)
            s.add(org)
            s.flush()
            s.add(Consultation(date=dt.date(2016, 7, 11), organization_uuid=org.uuid,
                               topics="=cmd|' /C calc'!A0"))
    return db


def _export(db, name, path, style=None, full=True):
    spec = lists.LISTS[name]
    if full:
        spec = export_fields.full_spec(spec)
    headers = [c.header for c in spec.columns]
    return table_export.export(db, spec, ListQuery(sort=spec.default_sort), path, headers,
                               _fmt, style=style, title="Организации")


def test_formula_looking_names_stay_text_in_xlsx(hostile_db, tmp_path):
    path = tmp_path / "orgs.xlsx"
    assert _export(hostile_db, "organizations", path) == len(HOSTILE)
    ws = openpyxl.load_workbook(path).active
    names = {ws.cell(r, 1).value for r in range(2, ws.max_row + 1)}
    assert names == set(HOSTILE)
    for r in range(2, ws.max_row + 1):
        assert ws.cell(r, 1).data_type == "s"  # a string cell, not a formula ("f")


def test_xlsx_is_named_filtered_frozen_typed_and_has_every_field(hostile_db, tmp_path):
    path = tmp_path / "orgs.xlsx"
    _export(hostile_db, "organizations", path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Организации"]
    ws = book.active
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    headers = [c.value for c in ws[1]]
    for wanted in ("Address", "E-mail", "OKED", "Size", "Revenue, mln KZT", "Employees"):
        assert wanted in headers
    rows = [dict(zip(headers, (c.value for c in row), strict=True))
            for row in ws.iter_rows(min_row=2)]
    by_name = {r["Name"]: r for r in rows}
    assert by_name["-5"]["Address"] == "ул. Абая, 2"
    assert by_name["-5"]["Employees"] == 20 and isinstance(by_name["-5"]["Employees"], int)
    assert by_name["-5"]["Revenue, mln KZT"] == 3.0
    assert ws.column_dimensions["A"].width > 8


def test_dates_are_date_cells_with_a_date_format(hostile_db, tmp_path):
    path = tmp_path / "cons.xlsx"
    _export(hostile_db, "consultations", path, style=table_export.style_for("ru"))
    ws = openpyxl.load_workbook(path).active
    cell = ws.cell(2, 1)
    assert cell.is_date and cell.value.date() == dt.date(2016, 7, 11)
    assert cell.number_format == "dd.mm.yyyy"
    topics = [c.value for c in ws[2]][[c.value for c in ws[1]].index("Topics")]
    assert topics == "=cmd|' /C calc'!A0"


def test_csv_has_bom_locale_separator_and_neutralised_formulas(hostile_db, tmp_path):
    path = tmp_path / "orgs.csv"
    _export(hostile_db, "organizations", path, style=table_export.style_for("ru"))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows[0]) > 7  # ";" really separates the columns
    names = [r[0] for r in rows[1:]]
    assert "'=1+2" in names and "'@SUM(A1)" in names and "'-5" in names
    assert not any(n.startswith(("=", "+", "-", "@", "\t")) for n in names)
    revenue = rows[0].index("Revenue, mln KZT")
    assert "1,5" in [r[revenue] for r in rows[1:]]  # Russian decimal comma


def test_csv_in_english_uses_commas_and_iso_dates(hostile_db, tmp_path):
    path = tmp_path / "cons.csv"
    _export(hostile_db, "consultations", path, style=table_export.style_for("en"))
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    assert rows[1][0] == "2016-07-11"
    semi = tmp_path / "semi.csv"
    _export(hostile_db, "consultations", semi, style=table_export.style_for("en", ";"))
    assert len(next(csv.reader(semi.read_text("utf-8-sig").splitlines(), delimiter=";"))) > 5


def test_visible_columns_only_when_asked(hostile_db, tmp_path):
    path = tmp_path / "orgs.xlsx"
    _export(hostile_db, "organizations", path, full=False)
    headers = [c.value for c in openpyxl.load_workbook(path).active[1]]
    assert headers == [c.header for c in lists.ORGANIZATIONS.columns]


def test_several_lists_in_one_workbook(hostile_db, tmp_path):
    path = tmp_path / "book.xlsx"
    sheets = [table_export.Sheet(title, export_fields.full_spec(lists.LISTS[name]),
                                 ListQuery(), [c.header for c in export_fields.full_spec(
                                     lists.LISTS[name]).columns])
              for title, name in (("Организации", "organizations"),
                                  ("Консультации", "consultations"),
                                  ("Участники: кластеры", "members"))]
    assert table_export.export_sheets(hostile_db, sheets, path, _fmt) == 2 * len(HOSTILE)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Организации", "Консультации", "Участники  кластеры"]
    assert book["Консультации"].max_row == len(HOSTILE) + 1


def test_every_field_of_every_list_is_exported_or_explained():
    for name, spec in lists.LISTS.items():
        full = export_fields.full_spec(spec)
        shown = {c.expr.property.columns[0].name for c in full.columns
                 if getattr(c.expr, "class_", None) is spec.model}
        fields = {c.name for c in spec.model.__table__.columns}
        left = fields - shown - export_fields.SYNC_FIELDS - export_fields.NOT_EXPORTED[name]
        assert not left, (name, left)


def test_csv_keeps_codes_as_text_for_excel(tmp_path):
    """A BIN with a leading zero, a 12-digit BIN, an OKED 20.30: Excel would make numbers
    (or, in a Russian locale, dates) of them."""
    from clusterdesk.services.table_export import csv_cell, style_for

    style = style_for("ru")
    assert csv_cell("030840803841", "text", style) == '="030840803841"'
    assert csv_cell("20.30", "text", style) == '="20.30"'
    assert csv_cell("ТОО «Береке»", "text", style) == "ТОО «Береке»"
    assert csv_cell(12.5, "number", style) == "12,5"
    assert csv_cell("=1+2", "text", style) == "'=1+2"
    import dataclasses

    tsv = dataclasses.replace(style, delimiter="\t", for_excel=False)  # the CLI's TSV
    assert csv_cell("030840803841", "text", tsv) == "030840803841"
