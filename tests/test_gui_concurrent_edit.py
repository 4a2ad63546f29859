"""Two analysts in two windows on one record: the editor shows what changed meanwhile and
saves the merge the user chose; lists follow another process's commits."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from clusterdesk.gui import gateway
from clusterdesk.gui.edit_conflict_dialog import EditConflictDialog
from clusterdesk.gui.editors.organization import OrganizationEditor
from clusterdesk.store.database import Database, open_database
from clusterdesk.store.models import Organization


def _org(db: Database) -> str:
    with db.session() as s:
        org = Organization(name="ТОО «Агро»", legal_form="ТОО", phone="+7 701 000 00 00",
                           email="info@agro.kz", address="Костанай", employees=10)
        s.add(org)
        s.flush()
        return org.uuid


def _other_analyst_saves(db: Database, uuid: str, **values) -> None:  # noqa: ANN003
    other = open_database(db.path)  # another window or process on the same database
    try:
        with other.session() as s:
            org = s.get(Organization, uuid)
            for name, value in values.items():
                setattr(org, name, value)
    finally:
        other.close()


def _stored(db: Database, uuid: str) -> Organization:
    with db.session() as s:
        return s.get(Organization, uuid)


def _editor(window, uuid: str, qtbot, monkeypatch) -> OrganizationEditor:  # noqa: ANN001
    # "reload?" answered No: the analyst keeps typing over the change that arrived
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    editor = OrganizationEditor(window.db, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_the_editor_shows_theirs_and_mine_and_saves_the_chosen_merge(make_window, db, qtbot,
                                                                     monkeypatch):
    window = make_window(db)
    uuid = _org(db)
    editor = _editor(window, uuid, qtbot, monkeypatch)
    _other_analyst_saves(db, uuid, name="ТОО «Агро-Б»", email="b@agro.kz", employees=30)
    editor.ui.name.setText("ТОО «Агро-А»")
    editor.ui.email.setText("a@agro.kz")
    editor.ui.phone.setText("+7 701 111 11 11")
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen["title"] = dialog.windowTitle()
        seen["heading"] = dialog.findChild(QLabel, "heading").text()
        seen["conflicts"] = [c.name for c in dialog.conflict.conflicts]
        seen["theirs"] = dialog.findChild(QLabel, "theirs_name").text()
        seen["mine"] = dialog.findChild(QLabel, "mine_name").text()
        seen["kept"] = dialog.findChild(QLabel, "kept").text()
        dialog.choose("name", "mine")
        dialog.choose("email", "theirs")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    editor.save()
    qtbot.waitUntil(lambda: "conflicts" in seen and not editor.saving and not gateway.busy(),
                    timeout=20000)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=20000)  # saved and closed
    assert seen["title"] == "Changed meanwhile"
    assert db.device_name in seen["heading"]
    assert seen["conflicts"] == ["name", "email"]
    assert seen["theirs"] == "ТОО «Агро-Б»" and seen["mine"] == "ТОО «Агро-А»"
    assert "Employees" in seen["kept"]  # only they changed it: kept, and said so
    org = _stored(db, uuid)
    assert (org.name, org.email, org.phone, org.employees) == (
        "ТОО «Агро-А»", "b@agro.kz", "+7 701 111 11 11", 30)


def test_cancelling_the_merge_saves_nothing_and_keeps_the_form(make_window, db, qtbot,
                                                              monkeypatch):
    window = make_window(db)
    uuid = _org(db)
    editor = _editor(window, uuid, qtbot, monkeypatch)
    _other_analyst_saves(db, uuid, phone="+7 702 000 00 00")
    editor.ui.phone.setText("+7 703 000 00 00")
    shown: list[EditConflictDialog] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, cancel)
            return
        shown.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    editor.save()
    qtbot.waitUntil(lambda: bool(shown) and not editor.saving, timeout=20000)
    assert editor.isVisible() and editor.ui.phone.text() == "+7 703 000 00 00"
    assert _stored(db, uuid).phone == "+7 702 000 00 00"


def test_a_save_after_a_change_to_other_fields_merges_without_asking(make_window, db, qtbot,
                                                                    monkeypatch):
    window = make_window(db)
    uuid = _org(db)
    editor = _editor(window, uuid, qtbot, monkeypatch)
    _other_analyst_saves(db, uuid, address="Рудный")
    editor.ui.website.setText("agro.kz")
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=20000)
    org = _stored(db, uuid)
    assert (org.address, org.website) == ("Рудный", "agro.kz")  # theirs kept, mine written


def test_an_open_list_shows_what_another_process_committed(make_window, db, qtbot):
    from test_change_feed import commit_elsewhere

    window = make_window(db)
    page = window.show_page("organizations")
    qtbot.waitUntil(lambda: not gateway.busy())
    uuid = commit_elsewhere(str(db.path), "ТОО «Запись другого аналитика»")
    qtbot.waitUntil(lambda: page.model.row_of(uuid) is not None, timeout=30000)  # next poll
    assert "ТОО «Запись другого аналитика»" in {
        page.model.index(r, 0).data() for r in range(page.model.rowCount())}


def test_a_list_on_postgresql_shows_another_analysts_commit(pg_db, qtbot, qapp, tmp_path):
    from gui_helpers import isolate_settings
    from test_change_feed import commit_elsewhere

    from clusterdesk.gui.list_page import ListPage
    from clusterdesk.services import lists

    isolate_settings(tmp_path)
    page = ListPage(pg_db, lists.LISTS["organizations"], [])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not gateway.busy())
    uuid = commit_elsewhere(pg_db.engine.url.render_as_string(hide_password=False),
                            "ТОО «Аналитик на сервере»")
    qtbot.waitUntil(lambda: page.model.row_of(uuid) is not None, timeout=30000)  # its NOTIFY


def test_the_application_editor_merges_a_draft_changed_meanwhile(make_window, db, qtbot,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QLineEdit
    from test_applications_service import build

    from clusterdesk.gui.application_editor import ApplicationEditor
    from clusterdesk.services import applications as svc

    window = make_window(db)
    uuid = build(db)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)  # keep my edits
    editor = ApplicationEditor(db, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    key, widget = next((k, w) for k, w in editor.field_widgets.items()
                       if isinstance(w, QLineEdit))
    section, field = key.split(".")
    other = open_database(db.path)
    try:
        with other.session() as s:
            app = svc.get_application(s, uuid)
            app.fields = {**app.fields, section: {**app.fields.get(section, {}),
                                                  field: "Их вариант"}}
    finally:
        other.close()
    widget.setText("Мой вариант")
    editor._edited()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.findChild(QLabel, f"theirs_fields.{section}.{field}").text())
        dialog.choose(f"fields.{section}.{field}", "mine")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    editor.save()
    qtbot.waitUntil(lambda: bool(seen) and not editor.busy and not gateway.busy(),
                    timeout=20000)
    assert seen == ["Их вариант"]
    with db.session() as s:
        assert svc.get_application(s, uuid).fields[section][field] == "Мой вариант"
    assert widget.text() == "Мой вариант"


def test_a_consultation_conflict_names_the_consultants_not_their_ids(make_window, db, qtbot,
                                                                     monkeypatch):
    import datetime as dt

    from clusterdesk.gui.editors.consultation import ConsultationEditor
    from clusterdesk.store.models import Consultant, Consultation

    window = make_window(db)
    org = _org(db)
    with db.session() as s:
        aliya, bolat = Consultant(name="Алия Сарсенова"), Consultant(name="Болат Жақсылықов")
        s.add_all([aliya, bolat])
        s.flush()
        c = Consultation(date=dt.date(2026, 3, 2), organization_uuid=org,
                         consultants=[aliya.uuid], topics="Экспорт")
        s.add(c)
        s.flush()
        uuid, a_id, b_id = c.uuid, aliya.uuid, bolat.uuid
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    editor = ConsultationEditor(db, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    other = open_database(db.path)
    try:
        with other.session() as s:
            s.get(Consultation, uuid).consultants = [b_id]
    finally:
        other.close()
    editor._check_consultants([a_id, b_id])
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen["theirs"] = dialog.findChild(QLabel, "theirs_consultants").text()
        seen["mine"] = dialog.findChild(QLabel, "mine_consultants").text()
        dialog.choose("consultants", "theirs")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    editor.save()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=20000)
    assert seen == {"theirs": "Болат Жақсылықов",
                    "mine": "Алия Сарсенова, Болат Жақсылықов"}
    with db.session() as s:
        assert s.get(Consultation, uuid).consultants == [b_id]  # theirs, as chosen
