"""Undo that the database refuses (a BIN taken meanwhile), an organization added to an
initiative twice, participants counted once, and "Mark done" undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from clusterdesk.errors import ClusterDeskError, ValidationError
from clusterdesk.services import editing, lists, next_steps, records, stats
from clusterdesk.services.list_query import ListQuery, page
from clusterdesk.store.models import (
    Consultation,
    Contact,
    Initiative,
    Membership,
    Organization,
    SelectionRound,
)


def _org_with_bin(s) -> Organization:  # noqa: ANN001
    return s.scalars(select(Organization).where(~Organization.deleted, Organization.bin != "")
                     .order_by(Organization.name_key)).first()


def _same_bin_again(s, bin_: str) -> str:  # noqa: ANN001
    """A new organization with ``bin_`` (allowed: the one holding it is deleted)."""
    new = Organization(name="ТОО «Новая с тем же БИН»", bin=bin_)
    s.add(new)
    s.flush()
    return new.uuid


def _initiative_and_outsider(s) -> tuple[Initiative, Organization]:  # noqa: ANN001
    ini = s.scalars(select(Initiative).where(~Initiative.deleted).order_by(Initiative.name)).first()
    org = s.scalars(select(Organization).where(~Organization.deleted, ~Organization.uuid.in_(
        select(Membership.organization_uuid).where(Membership.initiative_uuid == ini.uuid)))
        .order_by(Organization.name_key)).first()
    return ini, org


# ---- services ------------------------------------------------------------------------------

def test_an_organization_whose_bin_is_taken_is_not_brought_back(demo_db):
    with demo_db.session() as s:
        org = _org_with_bin(s)
        uuid, bin_, name = org.uuid, org.bin, org.name
        records.set_deleted(s, Organization, uuid)
    with demo_db.session() as s:
        other = _same_bin_again(s, bin_)
    with demo_db.session() as s, pytest.raises(ClusterDeskError) as caught:
        records.set_deleted(s, Organization, uuid, False)
    assert caught.value.code == "undo.bin_taken"
    assert caught.value.params["other"] == "ТОО «Новая с тем же БИН»"
    assert caught.value.params["uuid"] == other and name in str(caught.value)
    with demo_db.session() as s:
        assert s.get(Organization, uuid).deleted
        records.set_deleted(s, Organization, other)  # the obstacle gone, it comes back
    with demo_db.session() as s:
        assert not records.set_deleted(s, Organization, uuid, False).deleted


def test_a_round_or_membership_taken_again_is_not_brought_back(demo_db):
    with demo_db.session() as s:
        rnd = s.scalars(select(SelectionRound).where(~SelectionRound.deleted)).first()
        rnd_uuid, rnd_name = rnd.uuid, rnd.name
        records.set_deleted(s, SelectionRound, rnd_uuid)
        s.add(SelectionRound(name=rnd_name, announced_on=rnd.announced_on,
                             deadline=rnd.deadline))
        ini, org = _initiative_and_outsider(s)
        ini_uuid, org_uuid = ini.uuid, org.uuid
        first = editing.add_member(s, ini_uuid, org_uuid, "participant")
        s.flush()
        records.set_deleted(s, Membership, first.uuid)
        editing.add_member(s, ini_uuid, org_uuid, "participant")  # removed, then added again
        first_uuid = first.uuid
    for model, uuid, code in ((SelectionRound, rnd_uuid, "undo.round_name_taken"),
                              (Membership, first_uuid, "undo.member_again")):
        with demo_db.session() as s, pytest.raises(ClusterDeskError) as caught:
            records.set_deleted(s, model, uuid, False)
        assert caught.value.code == code


def test_an_organization_is_added_to_an_initiative_once(demo_db):
    with demo_db.session() as s:
        ini, org = _initiative_and_outsider(s)
        ini_uuid, org_uuid, name = ini.uuid, org.uuid, org.name
        editing.add_member(s, ini_uuid, org_uuid, "participant", dt.date(2017, 3, 1))
    with demo_db.session() as s, pytest.raises(ValidationError) as caught:
        editing.add_member(s, ini_uuid, org_uuid, "support")
    assert caught.value.code == "member.duplicate" and caught.value.field == "organization"
    assert name in str(caught.value) and "2017-03-01" in str(caught.value)
    with demo_db.session() as s:  # after leaving, it may join again
        m = s.scalars(select(Membership).where(Membership.organization_uuid == org_uuid,
                                               Membership.initiative_uuid == ini_uuid)).one()
        m.left_on = dt.date(2018, 1, 1)
    with demo_db.session() as s:
        editing.add_member(s, ini_uuid, org_uuid, "participant", dt.date(2018, 6, 1))
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Membership).where(
            Membership.organization_uuid == org_uuid, Membership.initiative_uuid == ini_uuid,
            ~Membership.deleted)) == 2


def test_two_memberships_of_one_organization_count_once(demo_db):
    """As two consultants' sync files may bring: the same organization added on each."""
    with demo_db.session() as s:
        ini, org = _initiative_and_outsider(s)
        ini_uuid = ini.uuid
        today = dt.date.today()
        before = stats.participants(s, [ini_uuid], today).get(ini_uuid, 0)
        for _ in range(2):
            s.add(Membership(initiative_uuid=ini_uuid, organization_uuid=org.uuid,
                             role="participant", joined_on=dt.date(2017, 1, 1)))
    with demo_db.session() as s:
        assert stats.participants(s, [ini_uuid], today)[ini_uuid] == before + 1
        rows = page(s, lists.INITIATIVES, ListQuery(), 0, 10_000)
        members = [c.key for c in lists.INITIATIVES.columns].index("members")
        row = next(r for r in rows if r[0] == ini_uuid)
        assert row[1 + members] == before + 1


# ---- the window ----------------------------------------------------------------------------

def _wait_written(qtbot) -> None:  # noqa: ANN001
    from clusterdesk.gui import gateway

    qtbot.waitUntil(lambda: not gateway.busy(), timeout=10_000)


def test_undo_of_a_delete_refused_keeps_the_step_done(window, qtbot):
    page = window.show_page("organizations")
    with window.db.session() as s:
        org = _org_with_bin(s)
        uuid, bin_ = org.uuid, org.bin
    page.search.setText(bin_)  # the list shows it (it is read page by page)
    qtbot.waitUntil(lambda: page.model.row_of(uuid) is not None, timeout=10_000)
    page.view.selectRow(page.model.row_of(uuid))
    window.delete_selected()
    _wait_written(qtbot)
    with window.db.session() as s:
        assert s.get(Organization, uuid).deleted
        _same_bin_again(s, bin_)
    stack = window.undo_stack
    assert (stack.index(), stack.canUndo()) == (1, True)
    stack.undo()
    qtbot.waitUntil(lambda: bool(window.warnings), timeout=10_000)
    _wait_written(qtbot)
    assert "cannot be brought back" in window.warnings[-1] and bin_ in window.warnings[-1]
    assert "IntegrityError" not in window.warnings[-1]
    assert (stack.index(), stack.canUndo(), stack.canRedo()) == (1, True, False)
    with window.db.session() as s:
        assert s.get(Organization, uuid).deleted
        assert s.scalar(select(func.count()).select_from(Organization).where(
            Organization.bin == bin_, ~Organization.deleted)) == 1
        newer = s.scalars(select(Organization.uuid).where(Organization.bin == bin_,
                                                          ~Organization.deleted)).one()
        records.set_deleted(s, Organization, newer)
    stack.undo()  # the obstacle gone, the same step is undone
    _wait_written(qtbot)
    assert (stack.index(), stack.canRedo()) == (0, True)
    with window.db.session() as s:
        assert not s.get(Organization, uuid).deleted


def test_mark_done_is_undone_with_ctrl_z(window, qtbot):
    from PySide6.QtCore import Qt

    page = window.show_page("next_steps")
    total = page.model.rowCount()
    page.view.selectRow(0)
    uuid = page.selected_uuid()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 1, timeout=10_000)
    with window.db.session() as s:
        assert s.get(Consultation, uuid).next_step_done_on == dt.date.today()
    page.view.setFocus()
    window.ui.menuEdit.aboutToShow.emit()
    assert "Mark done" in window.undo_action.text() and window.undo_action.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=10_000)
    with window.db.session() as s:
        assert s.get(Consultation, uuid).next_step_done_on is None
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 1, timeout=10_000)
    with window.db.session() as s:
        assert next_steps.open_count(s) == total - 1


def test_a_delete_pushed_from_an_editor_is_undone_in_the_window(window, qtbot):
    """What "Remove contact" of the organization editor is to call (see gui.undo)."""
    from clusterdesk.gui import undo
    from clusterdesk.gui.editors.organization import OrganizationEditor

    with window.db.session() as s:
        contact = s.scalars(select(Contact).where(~Contact.deleted)).first()
        uuid, org = contact.uuid, contact.organization_uuid
    editor = OrganizationEditor(window.db, org, window)
    qtbot.addWidget(editor)
    undo.push_delete(editor, window.db, Contact, uuid, "Remove contact")
    _wait_written(qtbot)
    with window.db.session() as s:
        assert s.get(Contact, uuid).deleted
    assert window.undo_stack.undoText() == "Remove contact"
    window.undo_stack.undo()
    _wait_written(qtbot)
    with window.db.session() as s:
        assert not s.get(Contact, uuid).deleted


def test_remove_contact_asks_first_and_is_undone_in_the_window(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clusterdesk.gui.editors.organization import OrganizationEditor

    with window.db.session() as s:
        contact = s.scalars(select(Contact).where(~Contact.deleted)).first()
        uuid, org = contact.uuid, contact.organization_uuid
    editor = OrganizationEditor(window.db, org, window)
    qtbot.addWidget(editor)
    view = editor.ui.contactsView
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    row = next(r for r in range(view.model().rowCount())
               if editor._contacts.uuid_at(r) == uuid)
    view.selectRow(row)
    asked = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or answer)
    editor._remove_contact()          # "No": nothing removed
    with window.db.session() as s:
        assert not s.get(Contact, uuid).deleted
    answer = QMessageBox.StandardButton.Yes
    editor._remove_contact()
    _wait_written(qtbot)
    with window.db.session() as s:
        assert s.get(Contact, uuid).deleted
    assert len(asked) == 2 and "Undo" in asked[0]
    window.undo_stack.undo()
    _wait_written(qtbot)
    with window.db.session() as s:
        assert not s.get(Contact, uuid).deleted
