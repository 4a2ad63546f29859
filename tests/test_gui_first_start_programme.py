"""First start on a new laptop from head office's programme file (issue 14, item 1): the
consultant opens the file, compares head office's fingerprint, chooses themselves among the
people it carries, and the laptop is in the programme with their name and region."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import isolate_settings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from clusterdesk.cli.main import main as cli_main
from clusterdesk.errors import ClusterDeskError
from clusterdesk.gui import i18n
from clusterdesk.gui.first_run import FirstRunDialog
from clusterdesk.services import people
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Consultant
from clusterdesk.sync import programme_file, trust

REGION = "75"  # Almaty city


@pytest.fixture
def head_office(tmp_path: Path):  # noqa: ANN201
    """Head office's database: a programme and two consultants registered there."""
    ho = open_database(tmp_path / "ho.db")
    trust.create(ho, "Кластеры 2017")
    with ho.session() as s:
        a = people.save(s, Consultant(name="Айгерім Сәтбаева", region_code=REGION,
                                             organization="Қазақстан филиалы",
                                             phone="+7 701 111 22 33"))
        people.save(s, Consultant(name="Болат Нұрланов", region_code=""))
        ho.aigerim = a.uuid
    yield ho
    ho.close()


@pytest.fixture
def dialog(qtbot, qapp, tmp_path, db, monkeypatch):  # noqa: ANN001, ANN201
    from clusterdesk.gui.app import configure

    configure(qapp)
    isolate_settings(tmp_path)
    i18n.install("en")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(
        text) or QMessageBox.StandardButton.Ok)
    d = FirstRunDialog(db, None)
    d.warnings = warnings
    qtbot.addWidget(d)
    d.show()
    return d


def _ok(d: FirstRunDialog):  # noqa: ANN202
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_programme_file_joins_and_names_the_consultant(dialog, head_office, db, qtbot,
                                                           tmp_path):
    path = tmp_path / "programme.json"
    assert programme_file.write(head_office, path) == 2
    assert dialog.load_programme(str(path))
    assert dialog.programme_box.isVisible()
    assert "Кластеры 2017" in dialog.programme_box.title()
    names = [dialog.existing.itemText(i) for i in range(dialog.existing.count())]
    assert "Айгерім Сәтбаева" in names and "Болат Нұрланов" in names
    dialog.existing.setCurrentIndex(dialog.existing.findData(head_office.aigerim))
    assert dialog.name.text() == "Айгерім Сәтбаева"  # head office's record, shown
    assert dialog.region.currentData() == REGION and dialog.phone.text() == "+7 701 111 22 33"
    ho_fp = trust.load(head_office).head_office.fingerprint
    assert dialog.fingerprint.text() == ho_fp  # shown, to compare with what is read out
    assert not _ok(dialog).isEnabled()  # not compared yet
    dialog.confirm.setChecked(True)
    _ok(dialog).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert trust.load(db).name == "Кластеры 2017"
    with db.session() as s:
        me = people.current(s)
        assert (me.uuid, me.name, me.region_code) == (head_office.aigerim, "Айгерім Сәтбаева",
                                                      REGION)


def test_a_file_made_for_one_consultant_has_them_chosen(dialog, head_office, db, tmp_path,
                                                        capsys):
    path = tmp_path / "aigerim.json"
    assert cli_main(["--db", str(head_office.path), "trust", "programme", str(path),
                     "--person", head_office.aigerim]) == 0
    assert "1 people" in capsys.readouterr().out
    assert dialog.load_programme(str(path))
    assert dialog.existing.currentData() == head_office.aigerim
    assert dialog.name.text() == "Айгерім Сәтбаева" and not dialog.name.isEnabled()


def test_a_wrong_or_altered_file_is_refused_in_one_sentence(dialog, head_office, db, tmp_path):
    not_programme = tmp_path / "notes.json"
    not_programme.write_text('{"kind": "something else"}', encoding="utf-8")
    text_file = tmp_path / "letter.txt"
    text_file.write_text("Здравствуйте!", encoding="utf-8")
    good = tmp_path / "programme.json"
    programme_file.write(head_office, good)
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["people"][0]["region_code"] = "11"  # someone moved a consultant's region
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["body"]["programme"] = "Другая программа"  # the signed list itself changed
    renamed = tmp_path / "renamed.json"
    renamed.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    for path in (not_programme, text_file, altered, renamed):
        assert not dialog.load_programme(str(path))
    assert len(dialog.warnings) == 4
    assert all(w.count(".") <= 2 and "\n" not in w for w in dialog.warnings)  # one sentence
    assert "not a ClusterDesk programme file" in dialog.warnings[0]
    assert "not a ClusterDesk programme file" in dialog.warnings[1]
    assert "changed after head office wrote it" in dialog.warnings[2]
    assert "changed after head office wrote it" in dialog.warnings[3]
    assert dialog.offer is None and not dialog.programme_box.isVisible()
    assert trust.load(db) is None


def test_the_refusal_reads_in_kazakh(dialog, tmp_path):
    i18n.install("kk")
    path = tmp_path / "letter.txt"
    path.write_text("—", encoding="utf-8")
    assert not dialog.load_programme(str(path))
    assert "ClusterDesk" in dialog.warnings[0] and "programme file" not in dialog.warnings[0]
    assert any(ch in dialog.warnings[0] for ch in "әғқңөұүһі")


def test_joining_checks_the_fingerprint_like_the_command_line(head_office, db, tmp_path):
    path = tmp_path / "programme.json"
    programme_file.write(head_office, path)
    offer = programme_file.read(path)
    with pytest.raises(ClusterDeskError) as refused:
        programme_file.join(db, offer, "0000 0000 0000 0000 0000")  # misheard on the phone
    assert refused.value.code == "programme.fingerprint" and trust.load(db) is None
    programme_file.join(db, offer, offer.fingerprint.lower().replace(" ", ""))
    programme_file.join(db, offer, offer.fingerprint)  # the same file again: nothing changes
    assert trust.load(db).name == "Кластеры 2017"


def test_someone_the_file_does_not_name_joins_and_introduces_themselves(dialog, head_office, db,
                                                                        qtbot, tmp_path):
    path = tmp_path / "programme.json"
    programme_file.write(head_office, path)
    assert dialog.load_programme(str(path))
    dialog.existing.setCurrentIndex(dialog.existing.findData(head_office.aigerim))
    dialog.existing.setCurrentIndex(0)  # not her after all: "— I am new here —"
    assert dialog.name.isEnabled() and dialog.name.text() == ""  # her details are not kept
    assert dialog.region.currentData() is None
    dialog.name.setText("Дана Омарова")
    dialog.confirm.setChecked(True)
    _ok(dialog).click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert trust.load(db).name == "Кластеры 2017"
    with db.session() as s:
        me = people.current(s)
        assert me.name == "Дана Омарова" and me.uuid != head_office.aigerim
