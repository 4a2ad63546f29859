"""A consultant's day through the real widgets (issue 14): typing into "—", Esc on a filled
form, Ctrl+S, drafts that survive a killed process, names found however they are typed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from gui_helpers import type_text
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from clusterdesk.domain.enums import Interest
from clusterdesk.domain.form_model import QuestionKind
from clusterdesk.gui import drafts
from clusterdesk.gui.diagnostic_questions import QuestionInput
from clusterdesk.gui.editors.consultation import ConsultationEditor
from clusterdesk.gui.editors.organization import OrganizationEditor
from clusterdesk.store.models import Organization

ROOT = Path(__file__).resolve().parents[1]


def _editor(window, qtbot, cls=OrganizationEditor, *args):
    editor = cls(window.db, None, window, *args)
    qtbot.addWidget(editor)
    editor.show()
    editor.windowHandle().requestActivate()  # as an editor opened from the window would be
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_the_first_digit_typed_into_an_empty_number_field_replaces_the_dash(window, qtbot):
    editor = _editor(window, qtbot)
    for box in (editor.ui.employees, editor.ui.revenue, editor.ui.exportShare):
        assert box.text() == "—"
        box.setFocus()
        qtbot.keyClicks(box, "42")
        assert box.value() == 42, box.objectName()


def test_a_number_question_of_the_wizard_takes_typed_digits(qtbot):
    from clusterdesk.domain.questionnaire import latest_form

    question = next(q for q in latest_form().questions if q.kind is QuestionKind.NUMBER)
    widget = QuestionInput(question, "ru")
    qtbot.addWidget(widget)
    widget.show()
    assert widget.value() is None and widget.spin.text() == "—"
    widget.spin.setFocus()
    qtbot.keyClicks(widget.spin, "12")
    assert widget.value() == 12


def test_esc_on_a_filled_form_asks_and_keeps_it_when_told_so(window, qtbot, monkeypatch):
    editor = _editor(window, qtbot)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # an empty form closes without a question
    assert not editor.isVisible() and asked == []
    editor = _editor(window, qtbot)
    type_text(editor.ui.name, "ТОО «Жаңа Жол»")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and len(asked) == 1 and "Discard" in asked[0]
    qtbot.mouseClick(editor.ui.buttonBox.button(editor.ui.buttonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert editor.isVisible() and len(asked) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_ctrl_s_saves_the_form(window, qtbot):
    editor = _editor(window, qtbot)
    type_text(editor.ui.name, "ТОО «Сақтау Тест»")
    qtbot.keyClick(editor.ui.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible())
    with window.db.session() as s:
        assert s.scalar(select(Organization.name).where(
            Organization.name == "ТОО «Сақтау Тест»")) == "ТОО «Сақтау Тест»"


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
    from clusterdesk.gui.editors.organization import OrganizationEditor
    from clusterdesk.store.database import open_database
    db = open_database(Path({db!r}))
    editor = OrganizationEditor(db, None)
    editor.show()
    app.processEvents()
    type_text(editor.ui.name, "ТОО «Апат Сынағы»")
    type_text(editor.ui.phone, "+7 701 000 00 00")
    while drafts.load(editor.draft_key(), str(db.path)) is None:
        app.processEvents()
    sys.stdout.write("draft kept\\n"); sys.stdout.flush()
    os.kill(os.getpid(), 9)  # the lid closes, the battery dies: nothing is saved
""")


def test_a_killed_process_offers_the_new_organization_back(window, qtbot, tmp_path):
    settings_dir = Path(QSettings().fileName()).parent.parent  # the test's own settings
    script = CRASH.format(tests=str(ROOT / "tests"), settings=str(settings_dir),
                          db=str(window.db.path))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert "draft kept" in run.stdout, run.stderr[-2000:]
    assert run.returncode == -9
    editor = _editor(window, qtbot)  # questions are answered Yes: restore it
    qtbot.waitUntil(lambda: editor.ui.name.text() == "ТОО «Апат Сынағы»")
    assert editor.ui.phone.text() == "+7 701 000 00 00"
    assert editor.has_unsaved_changes()
    editor._save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert drafts.load(editor.draft_key(), str(window.db.path)) is None  # saved: draft gone


def test_a_new_consultation_says_interest_not_asked(window, qtbot):
    editor = _editor(window, qtbot, ConsultationEditor)
    assert editor.ui.interest.currentData() == Interest.NOT_ASKED.value
    assert editor.fields()["interest"] is Interest.NOT_ASKED


def test_the_organization_picker_finds_a_kazakh_name_typed_on_a_russian_keyboard(window, qtbot):
    editor = _editor(window, qtbot, ConsultationEditor)
    type_text(editor.ui.organization, "курылыс")
    popup = editor.ui.organization.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown and all("Құрылыс" in name for name in shown)


def test_the_readiness_index_waits_until_enough_is_answered(window, qtbot):
    from PySide6.QtWidgets import QWizard
    from test_gui_diagnostics import INITIATIVE, _click, _page, _wizard

    page = _page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wiz = _wizard(qtbot)
    combo = wiz.session_page.initiative
    combo.setCurrentIndex(combo.findText(INITIATIVE))
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    boxes = wiz.currentPage().boxes
    for box in boxes:
        if box.input.spin is not None:
            box.input.spin.setValue(box.input.spin.maximum())
        else:
            box.input.group.button(0).setChecked(True)
    answered = len(boxes)
    text = wiz.index_label.text()
    assert "Readiness index:" not in text
    assert f"shown once 70% of the questions are answered ({answered} of 40 so far; " \
           f"{28 - answered} more to answer)" in text
    wiz.reject()


def test_a_consultation_with_a_new_organization_created_inline(window, qtbot):
    from clusterdesk.store.models import Consultation

    editor = _editor(window, qtbot, ConsultationEditor)
    type_text(editor.ui.organization, "ТОО «Жаңа Кәсіп Орны»")
    assert editor.picker.uuid is None and not editor._save_button.isEnabled()
    before = editor.snapshot()
    qtbot.mouseClick(editor.new_org_button, Qt.MouseButton.LeftButton)
    quick = editor.quick_dialog
    qtbot.waitUntil(quick.isVisible)
    assert quick.name.text() == "ТОО «Жаңа Кәсіп Орны»"  # what was typed is kept
    type_text(quick.bin, "12345")
    assert quick.problem.isVisible()
    assert not quick.buttons.button(quick.buttons.StandardButton.Save).isEnabled()
    quick.bin.clear()
    quick.region.setCurrentIndex(quick.region.findData("39"))
    quick.buttons.button(quick.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: editor.picker.uuid is not None)
    assert not quick.isVisible() and editor.isVisible()  # the consultation form stayed open
    assert editor.ui.organization.text() == "ТОО «Жаңа Кәсіп Орны»"
    assert editor.snapshot()["topics"] == before["topics"]
    type_text(editor.ui.topics, "Кластерге кіру шарттары")
    assert editor._save_button.isEnabled()
    editor._save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    with window.db.session() as s:
        org = s.scalars(select(Organization).where(
            Organization.name == "ТОО «Жаңа Кәсіп Орны»")).one()
        assert org.region_code == "39" and org.bin == ""
        cons = s.scalars(select(Consultation).where(
            Consultation.organization_uuid == org.uuid)).one()
        assert cons.topics == "Кластерге кіру шарттары"
    with window.db.session() as s:
        from clusterdesk.services import lists
        found = lists.page(s, lists.ORGANIZATIONS, lists.ListQuery(search="жана касип"), 0, 5)
        assert [r[1] for r in found] == ["ТОО «Жаңа Кәсіп Орны»"]
