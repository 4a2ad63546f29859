"""Crash-safe drafts beyond the record editors (issue 14, item 2): the application editor, the
monitoring dialog, selection rounds, the organization created from a consultation, points and
rejection reasons. A killed process offers what was typed back; Esc asks before discarding;
Ctrl+S saves."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from gui_helpers import type_text
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import select
from test_gui_applications import _draft
from test_gui_diagnostics import INITIATIVE, _click, _closed, _page, _wizard
from test_gui_monitoring import open_monitoring

from clusterdesk.gui import drafts
from clusterdesk.gui.application_dialogs import ScoresDialog
from clusterdesk.gui.application_editor import ApplicationEditor
from clusterdesk.gui.quick_organization import QuickOrganizationDialog
from clusterdesk.gui.rounds_page import RoundDialog
from clusterdesk.services import applications as svc
from clusterdesk.store.diagnostic_models import Diagnostic
from clusterdesk.store.models import SelectionRound

ROOT = Path(__file__).resolve().parents[1]
FIELD = "general.cluster_name"
TYPED = " — черновик после сбоя"

CRASH = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {tests!r})
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from gui_helpers import type_text
    app = QApplication([])
    from clusterdesk.gui.app import configure
    configure(app)
    from pathlib import Path
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings!r})
    from clusterdesk.gui import drafts
    from clusterdesk.gui.application_editor import ApplicationEditor
    from clusterdesk.store.database import open_database
    db = open_database(Path({db!r}))
    editor = ApplicationEditor(db, {uuid!r})
    editor.show()
    app.processEvents()
    field = editor.field_widgets[{field!r}]
    field.setFocus()
    field.end(False)
    type_text(field, {typed!r})
    while drafts.load("ApplicationEditor/" + {uuid!r}, str(db.path)) is None:
        app.processEvents()
    sys.stdout.write("draft kept\\n"); sys.stdout.flush()
    os.kill(os.getpid(), 9)  # the battery dies in the middle of the application
""")


def _shown(dialog, qtbot):  # noqa: ANN001, ANN202
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_killed_process_offers_the_application_back(window, qtbot):
    editor = _draft(window, qtbot)
    uuid, before = editor.uuid, editor.field_widgets[FIELD].text()
    editor.close()
    settings_dir = Path(QSettings().fileName()).parent.parent  # the test's own settings
    script = CRASH.format(tests=str(ROOT / "tests"), settings=str(settings_dir),
                          db=str(window.db.path), uuid=uuid, field=FIELD, typed=TYPED)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=180, cwd=ROOT)
    assert "draft kept" in run.stdout, run.stderr[-2000:]
    assert run.returncode == -9

    again = ApplicationEditor(window.db, uuid, window)  # questions are answered Yes
    _shown(again, qtbot)
    qtbot.waitUntil(lambda: again.field_widgets[FIELD].text() == before + TYPED)
    assert again.dirty  # put back, not saved yet
    qtbot.keyClick(again, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    qtbot.waitUntil(lambda: not again.dirty and not again.busy)
    assert drafts.load(f"ApplicationEditor/{uuid}", str(window.db.path)) is None
    with window.db.session() as s:
        stored = svc.snapshot(s, svc.get_application(s, uuid))
    assert stored.fields["general"]["cluster_name"] == before + TYPED


def test_esc_on_an_edited_application_asks_and_discard_drops_the_draft(window, qtbot,
                                                                        monkeypatch):
    editor = _draft(window, qtbot)
    field = editor.field_widgets[FIELD]
    field.setFocus()
    type_text(field, "!")
    key = f"ApplicationEditor/{editor.uuid}"
    qtbot.waitUntil(lambda: drafts.load(key, str(window.db.path)) is not None)
    asked: list[str] = []

    def answer(button):  # noqa: ANN001, ANN202
        return lambda _p, _t, text, *a, **k: asked.append(text) or button

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and editor.isVisible()  # asked; Cancel keeps the form
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert drafts.load(key, str(window.db.path)) is None


def _record_dialog(window, qtbot):  # noqa: ANN001, ANN202
    page = open_monitoring(window, qtbot)
    page.tabs.setCurrentIndex(1)
    page.indicators.selectRow(0)
    page.record.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.windowTitle() == "Record an actual value" and w.isVisible())
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_monitoring_dialog_keeps_what_was_typed(window, qtbot, monkeypatch):
    dialog = _record_dialog(window, qtbot)
    dialog.evidence.setFocus()
    type_text(dialog.evidence, "Письмо акимата № 12")
    qtbot.waitUntil(lambda: drafts.load(dialog.draft.key, str(window.db.path)) is not None)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(
        text) or QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and "Discard" in asked[0] and dialog.isVisible()  # No: keep editing
    key = dialog.draft.key
    dialog.hide()  # the program dies here: no Cancel, no save
    dialog.deleteLater()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    again = _record_dialog(window, qtbot)
    assert again.draft.key == key
    qtbot.waitUntil(lambda: again.evidence.text() == "Письмо акимата № 12")
    again.value.setValue(3)
    qtbot.keyClick(again, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    assert drafts.load(key, str(window.db.path)) is None


def test_a_selection_round_asks_on_esc_and_saves_on_ctrl_s(window, qtbot, monkeypatch):
    dialog = _shown(RoundDialog(window.db, None, window), qtbot)
    dialog.name.setFocus()
    type_text(dialog.name, "Отбор 2018")
    dialog.deadline.setDate(QDate.currentDate().addMonths(3))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(
        text) or QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    qtbot.waitUntil(lambda: drafts.load("RoundDialog/new", str(window.db.path)) is not None)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.saved_uuid is not None)
    assert drafts.load("RoundDialog/new", str(window.db.path)) is None
    with window.db.session() as s:
        assert s.scalar(select(SelectionRound.name).where(
            SelectionRound.uuid == dialog.saved_uuid)) == "Отбор 2018"


def test_the_organization_created_from_a_consultation_is_offered_back(window, qtbot):
    dialog = _shown(QuickOrganizationDialog(window.db, "ТОО «Жаңа»", lambda _u: None, window),
                    qtbot)
    dialog.bin.setFocus()
    type_text(dialog.bin, "0405")
    qtbot.waitUntil(lambda: drafts.load(dialog.draft.key, str(window.db.path)) is not None)
    dialog.hide()  # killed before Save
    again = _shown(QuickOrganizationDialog(window.db, "", lambda _u: None, window), qtbot)
    qtbot.waitUntil(lambda: again.bin.text() == "0405")  # answered Yes: put back
    assert again.name.text() == "ТОО «Жаңа»"


def test_points_being_entered_are_not_lost_to_esc(window, qtbot, monkeypatch):
    editor = _draft(window, qtbot)
    dialog = _shown(ScoresDialog(window.db, editor.template, {}, editor), qtbot)
    spin = next(iter(dialog.points.values()))
    spin.setValue(3)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(
        text) or QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # = OK
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.values()[next(iter(dialog.points))] == 3


def test_a_diagnostic_answer_is_stored_without_pressing_save(window, qtbot):
    page = _page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wiz = _wizard(qtbot)
    combo = wiz.session_page.initiative
    combo.setCurrentIndex(combo.findText(INITIATIVE))
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)  # the draft diagnostic exists
    qtbot.waitUntil(lambda: wiz.uuid is not None and not wiz.saving)
    boxes = {b.question.id: b for b in wiz.currentPage().boxes}
    boxes["mass.members"].input.spin.setValue(18)  # then the lid closes: no Save, no Next

    def stored() -> bool:
        with window.db.session() as s:
            answer = (s.get(Diagnostic, wiz.uuid).answers or {}).get("mass.members") or {}
        return answer.get("value") == 18

    qtbot.waitUntil(stored, timeout=10_000)
    _click(qtbot, wiz, QWizard.WizardButton.CancelButton)
    qtbot.waitUntil(lambda: _closed(wiz))
