"""The applications page, editor and ranking driven through their widgets, on the demo data."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clusterdesk.gui.application_dialogs import NewApplicationDialog
from clusterdesk.gui.application_editor import ApplicationEditor
from clusterdesk.gui.application_participants import column_of
from clusterdesk.gui.applications_page import ApplicationsPage
from clusterdesk.services import applications as svc

POULTRY = "Птицеводческий кластер Павлодарской области"  # the demo has no application for it


@pytest.fixture(autouse=True)
def _quiet_information(make_window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)


def _draft(window, qtbot) -> ApplicationEditor:
    dialog = NewApplicationDialog(window.db, window)
    qtbot.addWidget(dialog)
    combo = dialog.ui.initiative
    combo.setCurrentIndex(combo.findText(POULTRY))
    assert dialog.ui.round.currentText() == "2017"
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.uuid is not None)  # drafted off the GUI thread
    editor = ApplicationEditor(window.db, dialog.uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_page_lists_the_21_applications_and_the_round(window):
    page = window.show_page("applications")
    assert isinstance(page, ApplicationsPage)
    assert page.model.rowCount() == 21
    combo = page._filters["round"]
    combo.setCurrentIndex(combo.findText("2017"))
    assert page.model.rowCount() == 21
    status = page._filters["status"]
    status.setCurrentIndex(status.findData("rejected"))
    assert page.model.rowCount() == 3


def test_draft_from_an_initiative_is_checked_fixed_saved_and_printed(window, qtbot, tmp_path,
                                                                      monkeypatch):
    editor = _draft(window, qtbot)
    problems = editor.problem_texts()
    contact = "The required field “Contact person (name, position, phone, e-mail)” in " \
              "section “General information on the cluster” is empty."
    assert contact in problems
    assert any("has not signed the cooperation agreement" in p for p in problems)
    # prefilled from the records
    assert editor.field_widgets["general.cluster_name"].text() == POULTRY
    assert editor.participants.rowCount() == 5  # the initiative's members
    assert any(p.startswith("The cluster has 5 participants") for p in problems)

    # clicking the problem moves the focus to the field it names
    row = problems.index(contact)
    item = editor.ui.problemsList.item(row)
    editor.ui.problemsList.itemClicked.emit(item)
    field = editor.field_widgets["general.contact_person"]
    assert editor.ui.tabs.currentWidget() is editor.ui.sectionsTab
    qtbot.waitUntil(field.hasFocus)
    type_text(field, "Иванова Әлия, директор, +7 (7182) 55-01-02")
    qtbot.waitUntil(lambda: contact not in editor.problem_texts(), timeout=3000)
    assert len(editor.problem_texts()) == len(problems) - 1

    # a participant problem points at the participant's row and column
    unsigned = next(i for i, p in enumerate(editor.problems) if p.kind == "signed_agreement_each")
    editor.ui.problemsList.itemClicked.emit(editor.ui.problemsList.item(unsigned))
    current = editor.ui.participantsView.currentIndex()
    assert editor.ui.tabs.currentWidget() is editor.ui.participantsTab
    assert current.column() == column_of("agreement_signed")
    assert current.row() == editor.problems[unsigned].ref - 1
    before = len(editor.problem_texts())
    editor.participants.setData(current, Qt.CheckState.Checked.value,
                                Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: len(editor.problem_texts()) == before - 1, timeout=3000)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty)
    with window.db.session() as s:
        app = svc.get_application(s, editor.uuid)
        assert app.fields["general"]["contact_person"].startswith("Иванова Әлия")
        assert app.participants[current.row()]["agreement_signed"] is True
        stored = [p.text for p in svc.check(s, editor.uuid, "en")]
    assert contact not in stored

    # print: the check runs again; the PDF carries the watermark while problems remain
    target = tmp_path / "application.pdf"
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    editor.ui.printLanguage.setCurrentIndex(editor.ui.printLanguage.findData("en"))
    assert editor.print_pdf() == target
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=10000)  # written off the thread
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert editor.problems
    assert "DRAFT" in text and "does not meet requirements" in text
    assert "Иванова Әлия" in text
    editor.close()


def test_attachment_file_is_chosen_with_a_dialog(window, qtbot, tmp_path, monkeypatch):
    editor = _draft(window, qtbot)
    missing = "The required attachment “Letter of support from the local executive body " \
              "(akimat)” is missing."
    assert missing in editor.problem_texts()
    letter = tmp_path / "akimat.pdf"
    letter.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(letter), ""))
    check, file, choose = editor.attachment_widgets["akimat_letter"]
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert check.isChecked() and file.text() == str(letter)
    qtbot.waitUntil(lambda: missing not in editor.problem_texts(), timeout=3000)


def test_submitted_application_is_registered_or_rejected_with_history(window, qtbot):
    editor = _draft(window, qtbot)
    qtbot.mouseClick(editor.ui.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status.value == "submitted")
    assert editor.ui.register.isVisible() and not editor.ui.submit.isVisible()
    qtbot.mouseClick(editor.ui.register, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status.value == "rejected")  # the draft still has its problems
    history = editor.ui.historyTable
    assert history.rowCount() == 3  # drafted, submitted, rejected
    assert history.item(2, 1).text() == "Submitted → Rejected"
    assert "contact person" in history.item(2, 3).text().lower()
    assert history.item(2, 2).text() == window.db.device_name  # no consultant chosen


def test_ranking_shows_the_2017_round_with_6_selected(window):
    page = window.show_page("applications")
    page.tabs.setCurrentWidget(page.ranking)
    ranking = page.ranking
    assert ranking.round.currentText() == "2017"
    assert ranking.model.rowCount() == 21
    assert ranking.selected_count() == 6
    model = ranking.model
    assert model.index(0, 0).data() == "1"
    assert model.index(0, 5).data() == "yes"
    assert model.index(6, 5).data() == "no"
    places = [model.index(r, 0).data() for r in range(21)]
    assert places.count("11=") == 2  # two applications share place 11
    assert "6 selected" in ranking.summary.text()
    assert not ranking.apply_button.isEnabled()  # already applied in the demo


def test_a_tie_on_the_cut_is_shown_and_decided_before_applying(window, qtbot):
    from clusterdesk.domain.enums import ApplicationStatus as S

    with window.db.session() as s:
        rows = svc.round_ranking(s, "2017")
        for r in rows:
            if r.status in ("selected", "not_selected"):
                svc.get_application(s, r.uuid).status = S.EVALUATED  # undo the decision
        seventh = next(r for r in rows if r.rank == 7)
        evaluators = {x.evaluator for x in svc.scores_of(s, seventh.uuid)}
        points = {"critical_mass": 15, "competitiveness": 15, "cooperation": 11,
                  "strategy": 15, "governance": 11, "knowledge": 7}  # 74, as place 6
        for name in evaluators:
            svc.record_scores(s, seventh.uuid, name, points)
    page = window.show_page("applications")
    page.refresh()
    ranking = page.ranking
    model = ranking.model
    tied = [i for i, r in enumerate(model.rows) if r.tie]
    assert len(tied) == 2 and {model.index(i, 0).data() for i in tied} == {"6="}
    assert ranking.selected_count() == 5  # the program does not pick one of the tied
    assert "Decide the tie" in ranking.summary.text()
    assert model.index(tied[0], 6).data().startswith("Tied on the last place")
    flags = model.flags(model.index(tied[1], 5))
    assert flags & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(model.index(tied[1], 5), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert ranking.selected_count() == 6
    chosen = model.rows[tied[1]].uuid
    qtbot.mouseClick(ranking.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ranking.model.decided)  # applied off the GUI thread
    with window.db.session() as s:
        final = svc.round_ranking(s, "2017")
    assert sum(1 for r in final if r.status == "selected") == 6
    assert next(r for r in final if r.uuid == chosen).status == "selected"
    assert not ranking.apply_button.isEnabled()


def test_a_consultants_window_offers_no_head_office_decisions(make_window, demo_db, qtbot,
                                                              tmp_path):
    """In a programme, only head office's devices register, reject, evaluate and select."""
    from test_sync_support import fresh_db

    from clusterdesk.sync import trust

    ho = fresh_db(tmp_path / "ho.db")
    trust.create(ho, "Кластеры 2017")
    trust.accept(demo_db, trust.load(ho).document(), "p.json",
                 fingerprint=trust.load(ho).head_office.fingerprint)
    card = trust.device_card(demo_db)
    trust.enrol(ho, card, "consultant", card["fingerprint"])
    trust.accept(demo_db, trust.load(ho).document(), "p.json")
    window = make_window(demo_db)
    editor = _draft(window, qtbot)
    qtbot.mouseClick(editor.ui.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status.value == "submitted")
    assert not editor.ui.register.isVisible() and not editor.ui.reject.isVisible()
    assert not editor.ui.recordPoints.isEnabled()
    assert editor.ui.returnToDraft.isVisible()  # the consultant's own step stays
