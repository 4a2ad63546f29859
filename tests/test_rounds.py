"""Selection rounds: head office creates the next round and edits it; an application names
its round and template in words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from clusterdesk.errors import ValidationError
from clusterdesk.services import applications, rounds
from clusterdesk.store.models import SelectionRound


@pytest.fixture
def demo_db(any_demo_db):
    """Every test here runs on the demo in an SQLite file and in a PostgreSQL database."""
    return any_demo_db


ROUND = {"name": "2019", "announced_on": dt.date(2019, 3, 1), "deadline": dt.date(2019, 5, 31),
         "clusters_to_select": 5, "template_id": "application", "template_version": "2017"}


def test_a_new_round_is_saved_and_can_receive_applications(demo_db):
    with demo_db.session() as s:
        rnd = rounds.save_round(s, ROUND)
        uuid = rnd.uuid
    with demo_db.session() as s:
        listed = rounds.rounds(s)
        assert [r.name for r in listed][:2] == ["2019", "2017"]
        assert listed[0].template.name("ru").startswith("Заявка на участие")
        assert applications.find_round(s, "2019").uuid == uuid


@pytest.mark.parametrize(("change", "field"), [
    ({"name": " "}, "name"), ({"name": "2017"}, "name"),
    ({"deadline": dt.date(2019, 1, 1)}, "deadline"),
    ({"clusters_to_select": -1}, "clusters_to_select"),
    ({"template_version": "1999"}, "template")])
def test_a_round_the_rules_refuse_names_the_field(demo_db, change, field):
    with demo_db.session() as s, pytest.raises(ValidationError) as caught:
        rounds.save_round(s, {**ROUND, **change})
    assert caught.value.field == field
    if field == "deadline":  # dates as every other editor writes them
        assert "01.01.2019" in str(caught.value) and "01.03.2019" in str(caught.value)


def test_editing_the_2017_round_changes_it_in_place(demo_db):
    with demo_db.session() as s:
        row = next(r for r in rounds.rounds(s) if r.name == "2017")
        rounds.save_round(s, {**ROUND, "name": "2017", "clusters_to_select": 7}, row.uuid)
    with demo_db.session() as s:
        assert s.get(SelectionRound, row.uuid).clusters_to_select == 7
        assert len(rounds.rounds(s)) == 1


def test_the_rounds_tab_creates_a_round_through_its_dialog(window, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page = window.show_page("applications")
    view = page.rounds_view
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert "Application to the competitive selection" in view.table.item(0, 4).text()
    dialog = view.new_round()
    qtbot.addWidget(dialog)
    dialog.name.setText("2017")  # taken: refused, next to the field
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "another selection round is named 2017" in dialog.problem.text())
    dialog.name.setText("2019")
    dialog.announced.setDate(QDate(2019, 3, 1))
    dialog.deadline.setDate(QDate(2019, 5, 31))
    dialog.clusters.setValue(5)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=10000)
    assert view.table.item(0, 0).text() == "2019"
    assert view.table.item(0, 2).text() == "31/05/2019"


def test_the_application_header_names_its_template(window, qtbot):
    from clusterdesk.gui.application_editor import ApplicationEditor

    page = window.show_page("applications")
    uuid = page.model.uuid_at(0)
    editor = ApplicationEditor(window.db, uuid, window)
    qtbot.addWidget(editor)
    heading = editor.ui.heading.text()
    assert "Application to the competitive selection of territorial clusters" in heading
    assert "template application" not in heading
