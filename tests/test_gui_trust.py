"""Trust set up in the window: head office enrols a consultant from a card file (fingerprint
shown) and revokes it, a consultant joins a programme from its file, a file from an unknown
device is enrolled from the Sync page, a resolution is undone, and the roles show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from test_sync_support import add_org_with_consultation, fresh_db

from clusterdesk import sync
from clusterdesk.gui import gateway
from clusterdesk.gui.trust_dialogs import EnrolDialog, JoinDialog
from clusterdesk.gui.trust_page import TrustPage
from clusterdesk.store.models import Organization
from clusterdesk.sync import enrolment, trust

WAIT = 30000


def _settle(qtbot, page) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not gateway.busy(), timeout=WAIT)
    qtbot.waitUntil(lambda: not getattr(page, "loading", False)
                    and not getattr(page, "writing", False), timeout=WAIT)
    qtbot.waitUntil(lambda: not gateway.busy(), timeout=WAIT)
    QApplication.processEvents()


def _trust_page(window, qtbot) -> TrustPage:  # noqa: ANN001
    page = window.show_page("trust")
    assert isinstance(page, TrustPage)
    _settle(qtbot, page)
    return page


def _confirming(monkeypatch, cls, seen: list[str], role: str = "") -> None:  # noqa: ANN001
    """The user compares the fingerprint shown with the one read out, ticks, presses OK."""
    def exec_(dialog) -> int:  # noqa: ANN001
        seen.append(dialog.fingerprint.text())
        assert not dialog.ok.isEnabled()  # nothing is accepted before the user confirms
        dialog.confirm.setChecked(True)
        if role:
            dialog.role.setCurrentIndex(dialog.role.findData(role))
        return 1
    monkeypatch.setattr(cls, "exec", exec_)


def _open_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    ho = fresh_db(tmp_path / "ho.db")
    enrolment.create_programme(ho, "Кластеры 2017")
    yield ho
    ho.close()


def test_head_office_enrols_a_consultant_from_a_card_and_revokes_it(
        make_window, office, tmp_path, qtbot, monkeypatch):
    laptop = fresh_db(tmp_path / "aigerim.db")
    card = tmp_path / "aigerim.cdcard"
    enrolment.write_card(laptop, card)
    fingerprint = trust.my_keys(laptop).fingerprint
    page = _trust_page(make_window(office), qtbot)
    assert page.fingerprint.text() == trust.my_keys(office).fingerprint
    assert "head office" in page.identity.text()
    assert page.enrol_button.isVisible() and page.join_button.isHidden()
    assert page.require.isChecked()  # a new programme refuses unencrypted files
    assert page.devices_model.rowCount() == 1

    seen: list[str] = []
    _confirming(monkeypatch, EnrolDialog, seen, role="consultant")
    _open_file(monkeypatch, card)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.devices_model.rowCount() == 2, timeout=WAIT)
    _settle(qtbot, page)
    assert seen == [fingerprint]  # the card's fingerprint was shown to compare
    row = next(r for r, d in enumerate(page.devices_model.keys)
               if d.device_id == laptop.device_id)
    cells = [page.devices_model.index(row, c).data() for c in range(4)]
    assert cells[1:3] == ["consultant", fingerprint] and cells[3].startswith("enrolled")
    assert "enrolled as consultant" in page.summary.text()
    assert trust.load(office).devices[laptop.device_id].role == "consultant"

    page.devices_view.selectRow(row)
    assert page.revoke_button.isEnabled()
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)  # the question: Yes
    qtbot.waitUntil(lambda: page.devices_model.index(row, 3).data() == "revoked",
                    timeout=WAIT)
    assert trust.load(office).devices[laptop.device_id].revoked
    assert not page.revoke_button.isEnabled()
    laptop.close()


def test_a_consultant_joins_a_programme_and_saves_the_card(make_window, office, db, tmp_path,
                                                           qtbot, monkeypatch):
    programme = tmp_path / "programme.cdprogramme"
    enrolment.write_programme_file(office, programme)
    page = _trust_page(make_window(db), qtbot)
    assert "Not in a programme" in page.identity.text()
    assert page.join_button.isVisible() and page.create_button.isVisible()
    assert page.office_group.isHidden()

    seen: list[str] = []
    _confirming(monkeypatch, JoinDialog, seen)
    _open_file(monkeypatch, programme)
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.summary.text().startswith("Joined"), timeout=WAIT)
    _settle(qtbot, page)
    assert seen == [trust.load(office).head_office.fingerprint]
    assert trust.load(db).name == "Кластеры 2017"
    assert "not enrolled yet" in page.identity.text()
    assert page.card_button.isVisible()
    assert page.join_button.text() == "Load a newer programme &file…"  # not joined twice
    assert page.enrol_button.isHidden()  # only head office enrols

    card = tmp_path / "me.cdcard"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(card), ""))
    qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(card.exists, timeout=WAIT)
    _settle(qtbot, page)
    assert trust.my_keys(db).fingerprint in page.summary.text()
    dev = enrolment.enrol_from_file(office, card, "consultant",
                                    trust.my_keys(db).fingerprint)
    assert dev.device_id == db.device_id


def test_a_file_from_an_unknown_device_is_enrolled_from_the_sync_page(
        make_window, office, tmp_path, qtbot, monkeypatch):
    stranger = fresh_db(tmp_path / "bolat.db")
    trust.accept(stranger, trust.load(office).document(), "p.json",
                 fingerprint=trust.load(office).head_office.fingerprint)
    add_org_with_consultation(stranger, "ТОО «Жаңа Өріс»")
    path = tmp_path / "bolat.cdsync"
    sync.export_changes(stranger, path)
    window = make_window(office)
    page = window.show_page("sync")
    seen: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(
        text) or QMessageBox.StandardButton.Yes)
    _confirming(monkeypatch, EnrolDialog, seen, role="consultant")
    page.import_files([path])
    qtbot.waitUntil(lambda: trust.load(office).devices.get(stranger.device_id) is not None,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: "new: " in page.ui.summaryLabel.text(), timeout=WAIT)
    _settle(qtbot, page)
    assert "has not enrolled" in asked[0] and trust.my_keys(stranger).fingerprint in asked[0]
    assert seen == [trust.my_keys(stranger).fingerprint]
    with office.session() as s:
        assert s.query(Organization).filter_by(name="ТОО «Жаңа Өріс»").count() == 1
    assert window.warnings == []  # offered, not shown as a failure
    stranger.close()


def test_undo_resolution_puts_the_fields_back_in_the_list(make_window, demo_db, db, qtbot,
                                                          tmp_path):
    first = tmp_path / "first.cdsync"
    sync.export_changes(demo_db, first, all_records=True)
    sync.import_file(db, first)
    with demo_db.session() as s:
        uuid = s.query(Organization.uuid).filter(~Organization.deleted).order_by(
            Organization.name).first()[0]
    for database, phone in ((demo_db, "+7 701 111 11 11"), (db, "+7 702 222 22 22")):
        with database.session() as s:
            s.get(Organization, uuid).phone = phone
    back = tmp_path / "back.cdsync"
    sync.export_changes(db, back)
    sync.import_file(demo_db, back)
    window = make_window(demo_db)
    page = window.show_page("sync")
    _settle(qtbot, page)
    assert page.conflicts_model.rowCount() == 1
    qtbot.mouseClick(page.ui.keepOtherButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 0, timeout=WAIT)
    _settle(qtbot, page)
    assert not page.undo_button.isEnabled()

    page.show_resolved.setChecked(True)  # the resolved ones are listed on demand
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1, timeout=WAIT)
    _settle(qtbot, page)
    page.ui.conflictsView.selectRow(0)
    assert page.conflicts_model.index(0, 5).data() == "resolved: other version kept"
    assert page.undo_button.isEnabled() and not page.ui.keepOtherButton.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "undone" in page.ui.summaryLabel.text(), timeout=WAIT)
    page.show_resolved.setChecked(False)
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1, timeout=WAIT)
    _settle(qtbot, page)
    assert page.conflicts_model.index(0, 5).data() == "open"
    page.ui.conflictsView.selectRow(0)
    fields = page.fields_model
    assert fields.index(0, 0).data() == "Phone"
    assert fields.index(0, 1).data() == "+7 702 222 22 22"  # this version is back
    assert fields.index(0, 2).data() == "+7 701 111 11 11"
    assert page.ui.keepOtherButton.isEnabled()
    with demo_db.session() as s:
        assert s.get(Organization, uuid).phone == "+7 702 222 22 22"


def _member(office, tmp_path: Path, name: str, role: str):  # noqa: ANN001, ANN202
    member = fresh_db(tmp_path / f"{name}.db")
    trust.accept(member, trust.load(office).document(), "p.json",
                 fingerprint=trust.load(office).head_office.fingerprint)
    card = trust.device_card(member)
    trust.enrol(office, card, role, card["fingerprint"])
    trust.accept(member, trust.load(office).document(), "p.json")
    return member


def test_an_analysts_window_changes_nothing(make_window, office, tmp_path, qtbot):
    analyst = _member(office, tmp_path, "analyst", "analyst")
    org, _ = add_org_with_consultation(analyst, "ТОО «Оқу»")
    window = make_window(analyst)
    page = _trust_page(window, qtbot)
    assert "analyst" in page.identity.text()
    window.show_page("organizations")
    window._update_actions()
    assert not window.ui.actionNewConsultation.isEnabled()
    assert not window.ui.actionNewRecord.isEnabled()
    assert not window.registry_action.isEnabled()
    orgs = window.page("organizations")
    qtbot.waitUntil(lambda: orgs.model.rowCount() == 1, timeout=WAIT)
    orgs.view.selectRow(0)
    assert not window.ui.actionDelete.isEnabled()
    from clusterdesk.gui.editors.organization import OrganizationEditor

    editor = OrganizationEditor(analyst, org, window)
    qtbot.addWidget(editor)
    QApplication.processEvents()
    assert not editor._save_button.isEnabled()
    assert not editor.ui.addContact.isEnabled()
    sync_page = window.show_page("sync")
    _settle(qtbot, sync_page)
    assert sync_page.ui.mergeButton.isHidden()  # manual merges are head office's
    assert not sync_page.ui.keepOtherButton.isEnabled()
    analyst.close()


def test_a_consultants_window_offers_no_head_office_decision(make_window, office, tmp_path,
                                                            qtbot):
    laptop = _member(office, tmp_path, "laptop", "consultant")
    window = make_window(laptop)
    window.show_page("organizations")
    window._update_actions()
    assert window.ui.actionNewConsultation.isEnabled()  # a consultant records consultations
    apps = window.show_page("applications")
    for button in (apps.register_button, apps.reject_button, apps.evaluate_button):
        assert button.isHidden()
    assert apps.new_button.isEnabled()
    monitoring = window.show_page("monitoring")
    _settle(qtbot, monitoring)
    assert monitoring.record.isHidden()  # the monitoring area is head office's
    sync_page = window.show_page("sync")
    _settle(qtbot, sync_page)
    assert sync_page.ui.mergeButton.isHidden()
    laptop.close()


def test_head_office_and_a_consultant_set_up_from_files_in_the_window(
        make_window, tmp_path, qtbot, monkeypatch):
    """From two empty databases to an encrypted file applied at head office, with nothing
    but the two windows and the files they write (programme file, device card, sync file)."""
    from clusterdesk.gui.trust_dialogs import ProgrammeNameDialog
    from clusterdesk.sync import authenticity, sealing

    ho, laptop = fresh_db(tmp_path / "ho.db"), fresh_db(tmp_path / "laptop.db")
    office = _trust_page(make_window(ho), qtbot)

    def name_it(dialog) -> int:  # noqa: ANN001
        dialog.name.setText("Кластеры 2017")
        return 1
    monkeypatch.setattr(ProgrammeNameDialog, "exec", name_it)
    qtbot.mouseClick(office.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: office.export_button.isVisible(), timeout=WAIT)
    programme = tmp_path / "programme.cdprogramme"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(programme), ""))
    qtbot.mouseClick(office.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(programme.exists, timeout=WAIT)
    _settle(qtbot, office)

    consultant = _trust_page(make_window(laptop), qtbot)
    _confirming(monkeypatch, JoinDialog, [])
    _open_file(monkeypatch, programme)
    qtbot.mouseClick(consultant.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: consultant.summary.text().startswith("Joined"), timeout=WAIT)
    _settle(qtbot, consultant)
    card = tmp_path / "laptop.cdcard"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(card), ""))
    qtbot.mouseClick(consultant.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(card.exists, timeout=WAIT)
    _settle(qtbot, consultant)

    _confirming(monkeypatch, EnrolDialog, [], role="consultant")
    _open_file(monkeypatch, card)
    qtbot.mouseClick(office.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: office.devices_model.rowCount() == 2, timeout=WAIT)
    _settle(qtbot, office)

    add_org_with_consultation(laptop, "ТОО «Қостанай Нан»")
    sent = tmp_path / "laptop.cdsync"
    sync.export_changes(laptop, sent)  # what the consultant's Sync page writes
    assert sent.read_bytes().startswith(sealing.MAGIC)  # encrypted on the stick
    assert "Қостанай".encode() not in sent.read_bytes()
    office_sync = office.window().show_page("sync")
    office_sync.import_files([sent])
    qtbot.waitUntil(lambda: "new: " in office_sync.ui.summaryLabel.text(), timeout=WAIT)
    with ho.session() as s:
        assert s.query(Organization).filter_by(name="ТОО «Қостанай Нан»").count() == 1

    assert office.require.isChecked()  # head office refuses unencrypted files...
    office.window().show_page("trust")
    office.require.click()  # ...until told otherwise
    qtbot.waitUntil(lambda: not authenticity.require_encryption(ho), timeout=WAIT)
    _settle(qtbot, office)
    laptop.close()
    ho.close()


def test_head_office_rotates_its_key_from_the_page(make_window, office, qtbot):
    page = _trust_page(make_window(office), qtbot)
    old = page.fingerprint.text()
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)  # the question: Yes
    qtbot.waitUntil(lambda: page.fingerprint.text() != old, timeout=WAIT)
    _settle(qtbot, page)
    new = trust.load(office).head_office.fingerprint
    assert page.fingerprint.text() == new and new in page.summary.text()
    assert trust.load(office).body["previous_head_office_key"]  # the old key vouches
