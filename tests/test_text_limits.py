"""No text is saved longer than its column holds, because a sync would refuse the whole file.

Found by a registry row with a 404-letter name: SQLite stored it, the consultant's next
export carried it, and head office refused the file ("the record field 'name' is 404
characters long; at most 300 fit; nothing was imported"). Now the row is refused with its
reason, and every other save says which field is too long before anything is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_sync_support import fresh_db

from clusterdesk.errors import ValidationError
from clusterdesk.services import organizations
from clusterdesk.services import registry_import as ri
from clusterdesk.services.record_forms import save_fields
from clusterdesk.store.models import Contact, Organization
from clusterdesk.sync import export_changes, import_file


def test_a_registry_row_too_long_is_refused_and_the_rest_travels(tmp_path: Path) -> None:
    laptop, office = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "ho.db")
    csv = tmp_path / "registry.csv"
    csv.write_text("Наименование;БИН;Регион;Контакт;Должность\n"
                   f"ТОО {'Ә' * 400};;Қостанай облысы;;\n"
                   "ТОО «Ақсу»;;Қостанай облысы;Әсем;" + "директор " * 30 + "\n"
                   "ТОО «Жетісу»;;Қостанай облысы;Бауыржан;директор\n", encoding="utf-8")
    summary = ri.apply(laptop, csv)
    assert summary.imported == 1
    reasons = {r.number: [str(p) for p in r.problems] for r in summary.refused}
    assert any("404 characters long; at most 300 fit" in p for p in reasons[2]), reasons
    assert any(p.startswith("position") and "at most 200" in p for p in reasons[3]), reasons
    export_changes(laptop, tmp_path / "a.cdsync")
    assert import_file(office, tmp_path / "a.cdsync").new == 2  # the organization, its contact


def test_an_editor_save_names_the_field(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    with pytest.raises(ValidationError) as err, db.session() as s:
        save_fields(s, Organization, None, {"name": "ТОО «Ұлан»", "address": "көше " * 80},
                    organizations.save)
    assert err.value.field == "address" and err.value.params["limit"] == 300
    with db.session() as s:
        assert s.query(Organization).count() == 0


def test_every_other_writer_meets_the_check_before_the_flush(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    with db.session() as s:
        org = Organization(name="ТОО «Ұлан»")
        s.add(org)
        s.flush()
        uuid = org.uuid
    with pytest.raises(ValidationError, match="phone: is 51 characters long"), \
            db.session() as s:
        s.add(Contact(organization_uuid=uuid, name="Әсем", phone="7" * 51))
    with db.session() as s:
        assert s.query(Contact).count() == 0


def test_a_long_name_still_sorts(tmp_path: Path) -> None:
    """A folded letter may become two (ß, ligatures): the sort key keeps what fits."""
    db = fresh_db(tmp_path / "a.db")
    with db.session() as s:
        s.add(Organization(name="ß" * 300))
    with db.session() as s:
        org = s.query(Organization).one()
        assert len(org.name) == 300 and len(org.name_key) == 300


@pytest.mark.parametrize("fields", [
    {"region_code": "Қостанай"}, {"region_code": "00"}, {"region_recorded_code": "98"}])
def test_a_region_that_is_not_one_is_named(tmp_path: Path, fields: dict) -> None:
    """The window offers only known regions; any other caller gets the field named, not a
    raw foreign-key error (found by the same one-field-at-a-time fuzzing)."""
    db = fresh_db(tmp_path / "a.db")
    with pytest.raises(ValidationError) as err, db.session() as s:
        save_fields(s, Organization, None, {"name": "ТОО «Ұлан»", **fields}, organizations.save)
    assert err.value.field == "region" and "is not a region" in str(err.value)


def test_no_region_is_no_region(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    with db.session() as s:
        uuid = save_fields(s, Organization, None, {"name": "ТОО «Ұлан»", "region_code": ""},
                           organizations.save)
    with db.session() as s:
        assert s.get(Organization, uuid).region_code is None


def test_the_organization_editor_stops_typing_where_a_save_would_refuse(make_window, db,  # noqa: ANN001
                                                                         qtbot) -> None:
    from clusterdesk.gui.editors.organization import OrganizationEditor

    window = make_window(db)
    editor = OrganizationEditor(db, None, window)
    qtbot.addWidget(editor)
    assert editor.ui.address.maxLength() == 300
    assert editor.ui.legalForm.maxLength() == 40
    assert editor.ui.phone.maxLength() == 50
    assert editor.ui.bin.maxLength() > 12  # "9901 4000 0385": the save removes the spaces
    editor.ui.address.setText("к" * 400)
    assert len(editor.ui.address.text()) == 300


def test_the_dialogs_outside_the_editors_stop_typing_too(make_window, db, qtbot) -> None:  # noqa: ANN001
    from clusterdesk.gui.first_run import FirstRunDialog
    from clusterdesk.gui.quick_organization import QuickOrganizationDialog
    from clusterdesk.gui.rounds_page import RoundDialog

    window = make_window(db)
    quick = QuickOrganizationDialog(db, "", lambda _u: None, window)
    first = FirstRunDialog(db, window)
    round_ = RoundDialog(db, None, window)
    for dialog in (quick, first, round_):
        qtbot.addWidget(dialog)
    quick.name.setText("Қ" * 400)
    assert len(quick.name.text()) == 300
    assert quick.bin.maxLength() > 12                    # spaces are removed at the save
    assert (first.name.maxLength(), first.phone.maxLength()) == (200, 50)
    assert round_.name.maxLength() == 100
