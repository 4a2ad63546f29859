"""The window of a consultant's day (issue 14): first start, People, next steps, keyboard,
backups, the user guide, and every window inside a 1024×768 screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gui_helpers import type_text
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from clusterdesk.gui.first_run import FirstRunDialog, needs_asking
from clusterdesk.gui.main_window import PAGES
from clusterdesk.services import backups, people
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Consultant, Consultation


def test_first_start_on_an_empty_database_asks_who_works_here(make_window, db, qtbot):
    window = make_window(db)
    assert needs_asking(db)
    dialog = FirstRunDialog(db, window)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a name is needed
    type_text(dialog.name, "Әлия Сәрсенова")
    type_text(dialog.phone, "+7 701 111 22 33")
    dialog.region.setCurrentIndex(dialog.region.findData("39"))
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not needs_asking(db)
    with db.session() as s:
        me = people.current(s)
        assert (me.name, me.region_code, me.role) == ("Әлия Сәрсенова", "39", "consultant")
    people_page = window.show_page("people")
    assert people_page.model.rowCount() == 1
    assert "Әлия Сәрсенова" in people_page.me_label.text()
    from clusterdesk.gui.editors.consultation import ConsultationEditor

    editor = ConsultationEditor(db, None, window)  # a new consultation names me at once
    qtbot.addWidget(editor)
    assert editor.fields()["consultants"] == [me.uuid]
    editor.reject()


def test_next_steps_overdue_first_and_gone_once_marked_done(window, qtbot):
    page = window.show_page("next_steps")
    total = page.model.rowCount()
    assert total > 0
    due_col = [c.key for c in page.spec.columns].index("due")
    first = page.model.index(0, due_col).data()
    assert "overdue" in page.overdue_label.text()
    with window.db.session() as s:
        dues = [d for (d,) in s.execute(select(Consultation.next_step_due).where(
            Consultation.next_steps != "", Consultation.next_step_done_on.is_(None),
            ~Consultation.deleted))]
    from clusterdesk.gui import formats

    assert first == formats.date_text(min(d for d in dues if d))
    page.view.selectRow(0)
    uuid = page.selected_uuid()
    with window.db.session() as s:
        stamp = s.get(Consultation, uuid).hlc
    assert page.done_button.isEnabled()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 1)
    with window.db.session() as s:
        assert s.get(Consultation, uuid).next_step_done_on == dt.date.today()
        done = s.get(Consultation, uuid)  # stamped newer: the change travels with sync
        assert done.hlc > stamp
        assert not any("next_step_done_on" in f for f in (done.field_stamps or {}).values())
    consultant = page._filters["consultant"]
    consultant.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.model.rowCount() < total - 1)


def test_ctrl_digits_reach_the_pages_and_the_search_box_leads_to_the_results(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = [p[0] for p in PAGES]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == keys[2] == "organizations"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "next_steps"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page("organizations")
    page.search.setFocus()
    type_text(page.search, "курылыс")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    assert "Құрылыс" in page.model.index(page.view.currentIndex().row(), 0).data()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert not page.view.hasFocus()  # Tab leaves the table


def test_undo_follows_the_focus(window, qtbot):
    page = window.show_page("organizations")
    page.search.setFocus()
    type_text(page.search, "abc")
    window.ui.menuEdit.aboutToShow.emit()  # the user opens the Edit menu
    assert "typing" in window.undo_action.text() and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert page.search.text() == ""
    page.view.setFocus()
    window.ui.menuEdit.aboutToShow.emit()
    assert "typing" not in window.undo_action.text()  # records again


def test_backup_and_restore_round_trip(window, qtbot, monkeypatch, tmp_path):
    db = window.db
    target = backups.backup_now(db.path)
    assert target.parent == db.path.parent / "backups"
    with db.session() as s:
        s.add(Consultant(name="Жаңа Адам"))  # changed after the backup
    restored = backups.restore(target, db.path)
    assert restored != db.path and db.path.exists()
    again = open_database(restored)
    with again.session() as s:
        assert s.scalar(select(Consultant).where(Consultant.name == "Жаңа Адам")) is None
    again.close()
    with db.session() as s:  # the current database was left as it was
        assert s.scalar(select(Consultant.name).where(Consultant.name == "Жаңа Адам"))
    made = backups.rolling(db.path, 3)
    assert made is None  # one today already
    old = [backups.backup_now(db.path, dt.datetime.now() - dt.timedelta(days=d))
           for d in (10, 11, 12)]
    backups.rolling(db.path, 3)  # three days of backups kept: today, 10 and 11 days ago
    assert not old[2].exists() and old[1].exists() and target.exists()
    # from the menu: Restore… opens the copy as a new file, never over the current one
    switched = []
    window.database_change_requested.connect(switched.append)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(target), ""))
    window.consultant_day.backups.restore()
    assert switched and switched[0] != db.path and switched[0].exists()


def test_f1_opens_the_guide_in_the_window_language(window, qtbot):
    from clusterdesk.gui.help import HelpDialog, sections

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, HelpDialog) and w.isVisible())
    assert guide.topics.count() == 6
    assert [a for a, _t in sections(guide.text.toHtml())] or guide.text.toPlainText()
    assert "consultation" in guide.text.toPlainText().lower()
    guide.close()


def _programme_file() -> Path:
    """Head office's programme file with two people, as a consultant receives it."""
    import tempfile

    from clusterdesk.sync import programme_file, trust

    folder = Path(tempfile.mkdtemp())
    ho = open_database(folder / "ho.db")
    trust.create(ho, "Кластеры 2017")
    with ho.session() as s:
        s.add(Consultant(name="Айгерім Сәтбаева", region_code="75"))
        s.add(Consultant(name="Болат Нұрланов"))
    programme_file.write(ho, folder / "programme.json")
    ho.close()
    return folder / "programme.json"


def _windows(window):  # noqa: ANN001, ANN202
    from clusterdesk.gui.editors.consultation import ConsultationEditor
    from clusterdesk.gui.editors.initiative import InitiativeEditor
    from clusterdesk.gui.editors.organization import OrganizationEditor
    from clusterdesk.gui.editors.person import PersonEditor
    from clusterdesk.gui.editors.trip import TripEditor
    from clusterdesk.gui.help import HelpDialog
    from clusterdesk.gui.quick_organization import QuickOrganizationDialog
    from clusterdesk.gui.window_keys import ShortcutsDialog

    db = window.db
    yield window
    for cls in (OrganizationEditor, ConsultationEditor, TripEditor, InitiativeEditor,
                PersonEditor):
        yield cls(db, None, window)
    yield QuickOrganizationDialog(db, "", lambda _u: None, window)
    yield FirstRunDialog(db, window)
    first = FirstRunDialog(db, window)
    assert first.load_programme(str(_programme_file()))  # the head office's file's part shown
    yield first
    from clusterdesk.gui.rounds_page import RoundDialog

    yield RoundDialog(db, None, window)
    yield ShortcutsDialog(window)
    yield HelpDialog(window)
    from clusterdesk.gui.application_editor import ApplicationEditor
    from clusterdesk.gui.diagnostic_wizard import DiagnosticWizard
    from clusterdesk.store.models import Application

    with db.session() as s:
        app_uuid = s.scalars(select(Application.uuid).limit(1)).one()
    yield ApplicationEditor(db, app_uuid, window)
    yield DiagnosticWizard(db, None, window)
    from clusterdesk.gui.dialogs import AboutDialog, SettingsDialog

    yield SettingsDialog(db, window)
    yield AboutDialog(db, window)


def test_every_window_fits_a_1024_by_768_screen(make_window, demo_db, qtbot, monkeypatch):
    from PySide6.QtGui import QScreen

    free = QRect(0, 0, 1024, 768 - 40)  # a taskbar takes the rest
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: free)
    window = make_window(demo_db)
    for key, _label, _filters in PAGES:  # every page, the widest filter bars included
        window.show_page(key)
        assert window.minimumSizeHint().width() <= free.width(), key
    for w in _windows(window):  # as they open: each keeps itself inside the screen
        w.show()
        qtbot.waitExposed(w)
        size = w.frameGeometry()
        assert size.width() <= free.width() and size.height() <= free.height(), \
            f"{type(w).__name__} is {size.width()}×{size.height()}"
        if isinstance(w, QDialog):
            w.done(0)


def test_marking_done_by_mistake_can_be_reopened_from_the_service(demo_db):
    from clusterdesk.services import next_steps

    with demo_db.session() as s:
        uuid = s.scalars(select(Consultation.uuid).where(Consultation.next_steps != "")
                         .limit(1)).one()
        before = next_steps.open_count(s)
        next_steps.mark_done(s, uuid)
    with demo_db.session() as s:
        assert next_steps.open_count(s) == before - 1
        next_steps.reopen(s, uuid)
    with demo_db.session() as s:
        assert next_steps.open_count(s) == before


def test_a_person_is_created_from_the_people_page(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    page = window.show_page("people")
    before = page.model.rowCount()

    def fill() -> None:
        editor = QApplication.activeModalWidget()
        type_text(editor.name, "Нұрлан Әбенов")
        editor.region.setCurrentIndex(editor.region.findData("39"))
        editor._save_button.click()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_relation_tables_in_editors_give_the_name_the_room(window, qtbot):
    from clusterdesk.gui.editors.trip import TripEditor
    from clusterdesk.store.models import Trip

    with window.db.session() as s:
        trip = s.scalars(select(Trip.uuid).limit(1)).one()
    editor = TripEditor(window.db, trip, window)
    qtbot.addWidget(editor)
    editor.show()
    view = editor.ui.consultationsView
    header = view.horizontalHeader()
    org = [c.key for c in view.model().spec.columns].index("organization")
    assert header.sectionSize(org) >= 280  # «ТОО «Береке Гостевой дом»» reads whole
    assert header.sectionSize(org) == max(header.sectionSize(i) for i in range(header.count())
                                          if not view.isColumnHidden(i) and
                                          i != header.count() - 1)
    editor.reject()


def test_finish_confirms_selects_and_offers_the_report_and_completed_opens_read_only(
        window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QWizard
    from test_gui_diagnostics import INITIATIVE, _click, _page, _wizard

    from clusterdesk.gui.diagnostic_flow import REOPEN, PrintOffer
    from clusterdesk.services.history import record_history
    from clusterdesk.store.diagnostic_models import Diagnostic, DiagnosticStatus

    page = _page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wiz = _wizard(qtbot)
    combo = wiz.session_page.initiative
    combo.setCurrentIndex(combo.findText(INITIATIVE))
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    for box in wiz.currentPage().boxes:
        if box.input.spin is None:
            box.input.group.button(0).setChecked(True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    wiz.accept()  # Finish: asked, and "No" keeps the wizard open
    assert asked and "Complete this diagnostic?" in asked[0] and wiz.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    completed = []
    wiz.completed.connect(completed.append)
    wiz.accept()
    qtbot.waitUntil(lambda: bool(completed))
    uuid = completed[0]
    qtbot.waitUntil(lambda: page.findChild(PrintOffer) is not None)
    offer = page.findChild(PrintOffer)
    qtbot.waitUntil(offer.isVisible)
    assert page.selected_uuid() == uuid  # the new diagnostic is selected below the offer

    from clusterdesk.gui.diagnostics_page import open_wizard

    again = open_wizard(window.db, uuid, window)
    qtbot.waitUntil(again.isVisible)
    again.next()
    first_box = again.currentPage().boxes[0] if hasattr(again.currentPage(), "boxes") else None
    assert again.button(REOPEN).isVisible()
    assert not again.button(QWizard.WizardButton.FinishButton).isEnabled()
    if first_box is not None and first_box.input.group is not None:
        assert not first_box.input.group.button(0).isEnabled()  # read-only
    qtbot.mouseClick(again.button(REOPEN), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.complete)
    with window.db.session() as s:
        assert s.get(Diagnostic, uuid).status == DiagnosticStatus.DRAFT
        changes = record_history(s, "diagnostics", uuid).changes
        assert any(c.field == "status" and c.after == "draft" for c in changes)
    assert again.button(QWizard.WizardButton.FinishButton).isEnabled()
    again.reject()
