"""Several analysts on one PostgreSQL database, each with a database role of their own.

Every analyst saves under the database's one device id (that is what travels in sync), so
the person is what tells them apart: a conflict names the other analyst, the history names
each, and no two analysts' saves ever carry the same clock stamp. A viewer's role (SELECT
only) is told plainly that it may only read, and the window offers it no editing.
"""

from __future__ import annotations

import os
import uuid as uuidlib
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from clusterdesk.domain.edit_merge import MINE
from clusterdesk.domain.hlc import HybridClock, Stamp
from clusterdesk.errors import ClusterDeskError, localized
from clusterdesk.services import organizations, people
from clusterdesk.services.concurrent_edit import EditBase, EditConflict, version_of
from clusterdesk.services.history import record_history
from clusterdesk.services.record_forms import save_fields
from clusterdesk.store.database import Database, open_database
from clusterdesk.store.models import Consultant, LocalState, Organization

FORM = ("name", "phone", "address")
ANALYST_GRANTS = (
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}")
VIEWER_GRANTS = ("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",)


class Roles:
    """Login roles made for one test on the throwaway server (dropped afterwards)."""

    def __init__(self, owner: Database) -> None:
        self.owner, self.names, self.opened = owner, [], []

    def make(self, kind: str, grants: tuple[str, ...]) -> str:
        name = f"cdt_{kind}_{os.getpid()}_{uuidlib.uuid4().hex[:6]}"
        with self.owner.engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
            for sql in grants:
                conn.exec_driver_sql(sql.format(role=name))
        self.names.append(name)
        return name

    def open(self, role: str) -> Database:
        url = make_url(self.owner.location).set(username=role)
        db = open_database(url.render_as_string(hide_password=False))
        self.opened.append(db)
        return db

    def drop(self) -> None:
        for db in self.opened:
            db.close()
        if self.names:
            with self.owner.engine.begin() as conn:
                names = ", ".join(self.names)
                conn.exec_driver_sql(f"DROP OWNED BY {names}")
                conn.exec_driver_sql(f"DROP ROLE {names}")


@pytest.fixture
def roles(pg_db: Database, request: pytest.FixtureRequest) -> Iterator[Roles]:
    made = Roles(pg_db)
    yield made
    if "make_window" not in request.fixturenames:  # a window outlives its test and reads on
        made.drop()  # (as its database does, see pg_fixtures): its roles stay on the server


def _person(db: Database, name: str) -> str:
    with db.session() as s:
        return people.save(s, Consultant(name=name, role="head_office")).uuid


def _org(db: Database) -> str:
    with db.session() as s:
        org = organizations.save(s, Organization(
            name="ТОО «Агро»", phone="+7 701 000 00 00", address="Костанай"))
        s.flush()
        return org.uuid


class Editor:
    """An editor as the window has it: the version loaded, the form, a save."""

    def __init__(self, db: Database, uuid: str) -> None:
        self.db, self.uuid = db, uuid
        with db.session() as s:
            org = s.get(Organization, uuid)
            self.base = EditBase(version_of(org), {f: getattr(org, f) for f in FORM})
        self.form = dict(self.base.form)

    def save(self, fields: dict | None = None, base: EditBase | None = None) -> str:
        with self.db.session() as s:
            return save_fields(s, Organization, self.uuid, fields or self.form,
                               organizations.save, base or self.base)


def _analysts(roles: Roles) -> tuple[Database, Database]:
    anna = roles.open(roles.make("anna", ANALYST_GRANTS))
    bek = roles.open(roles.make("bek", ANALYST_GRANTS))
    return anna, bek


def test_each_analyst_is_their_own_person_on_one_database(pg_db, roles):
    anna, bek = _analysts(roles)
    assert anna.device_id == bek.device_id == pg_db.device_id  # one device in the sync
    assert (anna.role, bek.role) != (None, None) and anna.role != bek.role
    anna.set_consultant(_person(pg_db, "Анна Иванова"), "Анна Иванова")
    bek_uuid = _person(pg_db, "Бек Сапаров")
    with bek.session() as s:
        assert people.current(s) is None  # a new analyst is asked once, like a new laptop
        people.set_current(s, bek_uuid)
    for db, name in ((anna, "Анна Иванова"), (bek, "Бек Сапаров")):
        with db.session() as s:
            assert people.current(s).name == name
    with pg_db.session() as s:  # the database's owner chose nobody
        assert people.current(s) is None


def test_the_conflict_names_the_other_analyst_and_the_history_names_each(pg_db, roles):
    anna, bek = _analysts(roles)
    anna.set_consultant(_person(pg_db, "Анна Иванова"), "Анна Иванова")
    bek.set_consultant(_person(pg_db, "Бек Сапаров"), "Бек Сапаров")
    uuid = _org(pg_db)
    a, b = Editor(anna, uuid), Editor(bek, uuid)
    b.form["name"] = "ТОО «Агро-Бек»"
    b.save()
    a.form["name"] = "ТОО «Агро-Анна»"
    a.form["phone"] = "+7 701 111 11 11"
    with pytest.raises(EditConflict) as caught:
        a.save()
    assert caught.value.author.actor == "Бек Сапаров"
    assert "Бек Сапаров" in str(caught.value) and "Анна" not in str(caught.value)
    fields, base = caught.value.merged_base({"name": MINE})
    a.save(fields, base)
    b2 = Editor(bek, uuid)
    b2.form["name"] = "ТОО «Агро-Бек-2»"
    with pytest.raises(EditConflict) as caught:  # the other way round: Bek is told of Anna
        b2.save(base=b.base)
    assert caught.value.author.actor == "Анна Иванова"
    with pg_db.session() as s:
        history = record_history(s, "organizations", uuid)
    changes = history.changes
    last = {f.field: f.actor for f in history.fields}  # each field's last change: by whom
    assert last["name"] == last["phone"] == "Анна Иванова" and last["address"] == pg_db.role
    by_field = {(c.field, c.after): c.actor for c in changes}
    assert by_field[("name", "ТОО «Агро-Бек»")] == "Бек Сапаров"
    assert by_field[("name", "ТОО «Агро-Анна»")] == "Анна Иванова"
    assert by_field[("phone", "+7 701 111 11 11")] == "Анна Иванова"
    assert {c.device_id for c in changes} == {pg_db.device_id}
    stamps = [c.when for c in changes if c.field == "name"]
    assert len(set(stamps)) == len(stamps)


def test_an_analyst_without_a_person_is_named_by_their_database_role(pg_db, roles):
    anna, bek = _analysts(roles)
    uuid = _org(pg_db)
    a, b = Editor(anna, uuid), Editor(bek, uuid)
    b.form["address"] = "Астана"
    b.save()
    a.form["address"] = "Алматы"
    with pytest.raises(EditConflict) as caught:
        a.save()
    assert caught.value.author.actor == bek.role
    with pg_db.session() as s:
        actors = {c.actor for c in record_history(s, "organizations", uuid).changes}
    assert bek.role in actors and pg_db.role in actors  # the owner created it


def test_two_analysts_in_the_same_millisecond_never_make_equal_stamps(pg_db, roles):
    anna, bek = _analysts(roles)
    frozen = 1_900_000_000_000  # both computers' clocks read exactly the same time
    for db in (anna, bek):
        db.clock = HybridClock(db.clock.last, now_ms=lambda: frozen)
    made = []
    for db in (anna, bek, anna, bek, bek, anna):
        uuid = _org(db)
        with pg_db.session() as s:
            org = s.get(Organization, uuid)
            made.append((org.hlc, org.device_id))
    assert len(set(made)) == len(made)  # (stamp, device) orders sync's merge: never a tie
    assert [h for h, _ in made] == sorted(h for h, _ in made)  # and never goes backwards
    assert all(Stamp.parse(h).millis == frozen for h, _ in made)
    with pg_db.session() as s:
        assert s.get(LocalState, "hlc").value == made[-1][0]


def test_a_viewers_save_says_their_role_may_only_read(pg_db, roles):
    uuid = _org(pg_db)
    viewer_role = roles.make("viewer", VIEWER_GRANTS)
    viewer = roles.open(viewer_role)
    analyst = roles.open(roles.make("analyst", ANALYST_GRANTS))
    assert viewer.read_only and not analyst.read_only and not pg_db.read_only
    with pytest.raises(ClusterDeskError) as caught, viewer.session() as s:
        organizations.save(s, Organization(name="ТОО «Көрермен»"))
    assert caught.value.code == "db.role_reads_only"
    assert viewer_role in str(caught.value) and "may only read" in str(caught.value)
    for lang in ("ru", "kk"):
        text = localized(caught.value, lang)
        assert viewer_role in text and text != str(caught.value), lang
    editor = Editor(viewer, uuid)  # an edit: the row lock of the save is refused first
    editor.form["name"] = "ТОО «Агро-Көрермен»"
    with pytest.raises(ClusterDeskError) as caught:
        editor.save()
    assert caught.value.code == "db.role_reads_only"
    with viewer.session() as s:  # nothing was written, and reading goes on
        assert s.get(Organization, uuid).name == "ТОО «Агро»"


def test_a_role_lacking_one_right_is_told_what_was_refused(pg_db, roles):
    role = roles.make("partial", ANALYST_GRANTS)
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql(f"REVOKE INSERT, UPDATE ON consultants FROM {role}")
    partial = roles.open(role)
    assert not partial.read_only  # it saves organizations
    _org(partial)
    with pytest.raises(ClusterDeskError) as caught, partial.session() as s:
        people.save(s, Consultant(name="Дина"))
    assert caught.value.code == "db.role_may_not_change"
    assert role in str(caught.value) and "consultants" in str(caught.value)


def test_the_window_of_a_viewer_offers_no_editing(pg_db, roles, make_window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from clusterdesk.gui import first_run
    from clusterdesk.gui.editors.organization import OrganizationEditor

    uuid = _org(pg_db)
    viewer_role = roles.make("viewer", VIEWER_GRANTS)
    viewer = roles.open(viewer_role)
    assert not first_run.needs_asking(viewer)  # it could not store the answer
    window = make_window(viewer)
    page = window.show_page("organizations")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)
    ui = window.ui
    assert not ui.actionNewRecord.isEnabled() and not ui.actionNewConsultation.isEnabled()
    assert not ui.actionDelete.isEnabled()
    editor = OrganizationEditor(viewer, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert viewer_role in save.toolTip() and "may only read" in save.toolTip()
    editor.close()
    assert not window.warnings  # opening and looking around asked the server for no write


def test_two_windows_on_one_sqlite_file_never_make_equal_stamps(tmp_path):
    first = open_database(tmp_path / "office.db")
    second = open_database(tmp_path / "office.db")  # another window or process on the file
    try:
        frozen = first.clock.wall_ms() + 60_000
        for db in (first, second):
            db.clock = HybridClock(db.clock.last, now_ms=lambda: frozen)
        made = []
        for db in (first, second, second, first):
            uuid = _org(db)
            with first.session() as s:
                made.append(s.get(Organization, uuid).hlc)
        assert made == sorted(set(made))
    finally:
        second.close()
        first.close()


def test_the_editors_question_names_the_analyst_who_saved_meanwhile(pg_db, roles, make_window,
                                                                    qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from clusterdesk.gui import gateway
    from clusterdesk.gui.edit_conflict_dialog import EditConflictDialog
    from clusterdesk.gui.editors.organization import OrganizationEditor

    anna, bek = _analysts(roles)
    anna.set_consultant(_person(pg_db, "Анна Иванова"), "Анна Иванова")
    bek.set_consultant(_person(pg_db, "Бек Сапаров"), "Бек Сапаров")
    uuid = _org(pg_db)
    window = make_window(anna)
    monkeypatch.setattr(QMessageBox, "question",  # "reload?": No, Anna keeps typing
                        lambda *a, **k: QMessageBox.StandardButton.No)
    editor = OrganizationEditor(anna, uuid, window)
    qtbot.addWidget(editor)
    editor.show()
    other = Editor(bek, uuid)
    other.form["name"] = "ТОО «Агро-Бек»"
    other.save()
    editor.ui.name.setText("ТОО «Агро-Анна»")
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditConflictDialog):
            QTimer.singleShot(20, answer)
            return
        seen["heading"] = dialog.findChild(QLabel, "heading").text()
        dialog.choose("name", "mine")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    editor.save()
    qtbot.waitUntil(lambda: "heading" in seen and not editor.saving and not gateway.busy(),
                    timeout=20000)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=20000)
    assert "Бек Сапаров" in seen["heading"] and "Анна" not in seen["heading"]
    with pg_db.session() as s:
        assert s.get(Organization, uuid).name == "ТОО «Агро-Анна»"
