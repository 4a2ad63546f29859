"""A stored choice the window's list does not offer is shown and saved as stored, never as the
list's first item: the application's template choices and participants, the diagnostic's
consultant. Driven through real widgets on the demo data."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWizard

from clusterdesk.gui.application_dialogs import NewApplicationDialog
from clusterdesk.gui.application_editor import ApplicationEditor
from clusterdesk.gui.application_participants import column_of
from clusterdesk.gui.diagnostic_wizard import DiagnosticWizard
from clusterdesk.services import applications as svc
from clusterdesk.services import diagnostics, records
from clusterdesk.store.diagnostic_models import Diagnostic
from clusterdesk.store.models import Consultant, Initiative

POULTRY = "Птицеводческий кластер Павлодарской области"  # the demo has no application for it


@pytest.fixture(autouse=True)
def _quiet_information(make_window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def _draft_uuid(window, qtbot) -> str:
    dialog = NewApplicationDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.ui.initiative.setCurrentIndex(dialog.ui.initiative.findText(POULTRY))
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.uuid is not None)  # drafted off the GUI thread
    return dialog.uuid


def _editor(window, qtbot, uuid: str) -> ApplicationEditor:
    editor = ApplicationEditor(window.db, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _save(editor: ApplicationEditor, qtbot) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty and not editor.busy)


def test_a_template_choice_not_offered_is_kept_on_save(window, qtbot):
    uuid = _draft_uuid(window, qtbot)
    with window.db.session() as s:  # e.g. came by sync from a device with another template
        svc.update_draft(s, uuid, fields={"cooperation": {"governance": "consortium"}})
    editor = _editor(window, qtbot, uuid)
    combo = editor.field_widgets["cooperation.governance"]
    assert combo.currentData() == "consortium"
    assert combo.currentText() == "consortium (not in the list)"
    assert not editor.dirty
    type_text(editor.field_widgets["general.contact_person"], "Иванова Әлия, директор")
    assert editor.dirty
    _save(editor, qtbot)
    with window.db.session() as s:
        fields = svc.get_application(s, uuid).fields
        assert fields["cooperation"]["governance"] == "consortium"
        assert fields["general"]["contact_person"] == "Иванова Әлия, директор"
    combo.setCurrentIndex(combo.findData("association"))  # another choice is still taken
    _save(editor, qtbot)
    with window.db.session() as s:
        assert svc.get_application(s, uuid).fields["cooperation"]["governance"] == \
            "association"
    editor.close()


def _open_and_close(editor: ApplicationEditor, qtbot, row: int, key: str) -> QComboBox:
    """Open the cell's combo as a double click does and close it with Enter, unchanged."""
    view = editor.ui.participantsView
    index = editor.participants.index(row, column_of(key))
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    shown = (combo.currentData(), combo.currentText())
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    return shown


def test_participant_choices_not_offered_survive_opening_their_cell(window, qtbot):
    uuid = _draft_uuid(window, qtbot)
    with window.db.session() as s:
        lines = svc.get_application(s, uuid).participants
        lines[0]["region_code"] = "51"  # South Kazakhstan, as filed before 2018
        lines[1]["region_code"] = "99"  # a code this installation does not know
        lines[2]["region_code"] = None  # not given
        lines[3]["kind"] = "cooperative"  # a kind this version does not offer
        lines[4]["role"] = ""
        svc.update_draft(s, uuid, participants=lines)
    editor = _editor(window, qtbot, uuid)
    for row, key, value in ((0, "region_code", "51"), (1, "region_code", "99"),
                            (2, "region_code", ""), (3, "kind", "cooperative"),
                            (4, "role", "")):
        data, _text = _open_and_close(editor, qtbot, row, key)
        assert data == value, (row, key)
    assert editor.participants.lines[0].region_code == "51"
    assert editor.participants.lines[1].region_code == "99"
    assert editor.participants.lines[2].region_code is None
    assert editor.participants.lines[3].kind == "cooperative"
    assert editor.participants.lines[4].role == ""
    assert not editor.dirty  # nothing was changed, so nothing is to save

    # an edit elsewhere saves the table as it stands: the values are the stored ones
    editor.participants.setData(editor.participants.index(0, column_of("name")), "ТОО «Құс»")
    _save(editor, qtbot)
    with window.db.session() as s:
        stored = svc.get_application(s, uuid).participants
    assert [p["region_code"] for p in stored[:3]] == ["51", "99", None]
    assert stored[3]["kind"] == "cooperative" and stored[4]["role"] == ""
    assert stored[0]["name"] == "ТОО «Құс»"

    # choosing another value in the cell still changes it
    view = editor.ui.participantsView
    index = editor.participants.index(1, column_of("region_code"))
    view.edit(index)
    combo = view.indexWidget(index)
    combo.setCurrentIndex(combo.findData("55"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    assert editor.participants.lines[1].region_code == "55"
    assert editor.dirty
    editor.close()


def test_a_diagnostic_keeps_its_deleted_consultant_on_save(window, qtbot):
    with window.db.session() as s:
        initiative = s.query(Initiative).filter(~Initiative.deleted).first().uuid
        consultant = Consultant(name="Сауле Бекова")
        s.add(consultant)
        s.flush()
        kept = consultant.uuid
        uuid = diagnostics.start_diagnostic(s, initiative, consultant_uuid=kept).uuid
    with window.db.session() as s:
        records.set_deleted(s, Consultant, kept)  # left the programme since
    wizard = DiagnosticWizard(window.db, uuid, window)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.session_page.consultant
    assert combo.currentData() == kept
    assert combo.currentText() == "Сауле Бекова (not on the list)"
    type_text(wizard.session_page.attendees, "Асель Нұрова, директор")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CustomButton1),
                     Qt.MouseButton.LeftButton)  # Save draft
    qtbot.waitUntil(lambda: not wizard.saving)
    assert not window.warnings
    with window.db.session() as s:
        stored = s.get(Diagnostic, uuid)
        assert stored.consultant_uuid == kept
        assert stored.attendees == ["Асель Нұрова, директор"]
    combo.setCurrentIndex(0)  # "—": the consultant is taken off on purpose
    wizard.save_draft()
    qtbot.waitUntil(lambda: not wizard.saving)
    with window.db.session() as s:
        assert s.get(Diagnostic, uuid).consultant_uuid is None
    wizard.close()



def test_settings_keep_a_historical_default_region(window, qtbot):
    """The first start may set South Kazakhstan (51, before 2018) as the default region;
    opening Settings and pressing OK must not clear it."""
    from clusterdesk.gui import settings
    from clusterdesk.gui.dialogs import SettingsDialog

    settings.put(settings.DEFAULT_REGION, "51")
    dialog = SettingsDialog(window.db, window)
    qtbot.addWidget(dialog)
    assert dialog.ui.defaultRegion.currentData() == "51"
    dialog.apply()
    assert settings.get(settings.DEFAULT_REGION) == "51"
