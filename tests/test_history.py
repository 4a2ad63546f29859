"""Every change traceable: who changed a field, when, on which device, and what it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_sync_support import add_org_with_consultation, fresh_db

from clusterdesk.services import history
from clusterdesk.store.history import CREATED, import_rows, record_import
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import export_changes, import_file


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


def _changes(db, table, uuid):
    with db.session() as s:
        return history.record_history(s, table, uuid)


def test_an_edit_keeps_the_value_before_with_the_device_and_time(tmp_path: Path):
    a = fresh_db(tmp_path / "a.db")
    a.set_device_name("Ноутбук Алии")
    a.set_consultant("c-1", "Әлия Сейітова")
    org, _ = add_org_with_consultation(a, "ТОО «Іле Кирпич»")
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    with a.session() as s:
        o = s.get(Organization, org)
        o.phone, o.employees = "+7 727 250 00 00", 120
    got = _changes(a, "organizations", org)
    by_field = {c.field: c for c in got.changes}
    assert set(by_field) == {CREATED, "phone", "employees"}
    phone = by_field["phone"]
    assert (phone.before, phone.after) == ("", "+7 727 250 00 00")
    assert phone.device == "Ноутбук Алии" and phone.actor == "Әлия Сейітова"
    assert phone.source == "edit" and phone.when >= before
    assert got.changes[0].field in ("phone", "employees")  # newest first
    stamps = {f.field: f for f in got.fields}
    assert stamps["phone"].device == "Ноутбук Алии"


def test_a_record_edited_on_two_devices_tells_each_field_its_device(tmp_path: Path):
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    a.set_device_name("laptop-A")
    b.set_device_name("head-office")
    _org, cons = add_org_with_consultation(a, "Агрофирма", notes="first visit")
    with a.session() as s:
        s.get(Consultation, cons).notes = "first visit; agreed to a second meeting"
    export_changes(a, tmp_path / "a.cdsync", all_records=True)
    import_file(b, tmp_path / "a.cdsync")
    with b.session() as s:
        s.get(Consultation, cons).outcome = "Готовы участвовать"
    got = _changes(b, "consultations", cons)
    stamps = {f.field: f for f in got.fields}
    assert stamps["notes"].device == "laptop-A"  # travelled with the record's field stamps
    assert stamps["outcome"].device == "head-office"
    mine = [c for c in got.changes if c.field == "outcome"]
    assert mine and mine[0].before == "" and mine[0].device == "head-office"


def test_what_an_import_applied_is_recorded_with_the_senders_stamp(db):
    stamps = {"name": ("0001234567890-0000-x", "dev-A"), "phone": ("0001234567891-0000-x",
                                                                     "dev-B")}
    rows = list(import_rows("organizations", "u1", {"name": "Old", "phone": "1", "bin": ""},
                            {"name": "New", "phone": "1", "bin": ""}, stamps, "bundle-9"))
    assert [(r["field"], r["before"], r["after"], r["device_id"]) for r in rows] == [
        ("name", "Old", "New", "dev-A")]
    assert rows[0]["source"] == "import" and rows[0]["bundle_id"] == "bundle-9"
    with db.engine.begin() as conn:
        assert record_import(conn, "organizations", "u2", None, {"name": "X"}, stamps) == 1
    with db.session() as s:
        created = history.record_history(s, "organizations", "u2").changes
    assert [c.field for c in created] == [CREATED] and created[0].device_id == "dev-B"


def test_the_window_shows_the_history_of_the_selected_record(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from clusterdesk.gui.history_view import HistoryDialog

    page = window.show_page("organizations")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.view.selectRow(0)
    uuid = page.selected_uuid()
    with window.db.session() as s:
        s.get(Organization, uuid).phone = "+7 701 000 00 01"
    window.history_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, HistoryDialog) and w.uuid == uuid and w.isVisible())
    qtbot.waitUntil(lambda: dialog.data is not None and bool(dialog.data.changes))
    table = dialog.tabs.widget(0)
    texts = [table.item(0, c).text() for c in range(table.columnCount())]
    assert texts[3] == "Phone" and texts[5] == "+7 701 000 00 01"
    assert texts[1] == window.db.device_name and texts[6] == "edited here"
    fields = dialog.tabs.widget(1)
    assert fields.rowCount() > 5  # every field's last change, from the stamps that travel
    dialog.close()


def test_the_command_line_prints_the_history_of_a_record(tmp_path: Path, capsys):
    import json

    from clusterdesk.cli.main import main

    a = fresh_db(tmp_path / "a.db")
    a.set_device_name("laptop-A")
    org, _ = add_org_with_consultation(a, "Агрофирма")
    with a.session() as s:
        s.get(Organization, org).name = "Агрофирма Береке"
    a.close()
    assert main(["--db", str(tmp_path / "a.db"), "history", org, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    renamed = [c for c in data["changes"] if c["field"] == "name"]
    assert renamed[0]["before"] == "Агрофирма" and renamed[0]["after"] == "Агрофирма Береке"
    assert renamed[0]["device"] == "laptop-A"
    assert main(["--db", str(tmp_path / "a.db"), "history", "no-such-id"]) != 0


def test_every_editor_of_a_saved_record_opens_its_history(window, qtbot):
    from PySide6.QtWidgets import QApplication, QPushButton

    from clusterdesk.gui.editors.organization import OrganizationEditor
    from clusterdesk.gui.history_view import HistoryDialog

    page = window.show_page("organizations")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    uuid = page.model.uuid_at(0)
    editor = OrganizationEditor(window.db, uuid, window)
    qtbot.addWidget(editor)
    button = editor.findChild(QPushButton, "historyButton")
    assert button is not None and button.text() == "&History…"
    button.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, HistoryDialog) and w.uuid == uuid and w.isVisible())
    qtbot.waitUntil(lambda: dialog.data is not None)
    assert dialog.tabs.widget(1).rowCount() > 5
    dialog.close()
    assert OrganizationEditor(window.db, None, window).findChild(
        QPushButton, "historyButton") is None  # a new record has no history yet
