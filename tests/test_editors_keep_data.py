"""Editors save what they loaded when a field is not touched, and the save path refuses
values the rules do not allow (whatever window or caller brings them)."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from clusterdesk.errors import ValidationError
from clusterdesk.gui.editors.consultation import ConsultationEditor
from clusterdesk.gui.editors.initiative import InitiativeEditor
from clusterdesk.gui.editors.organization import OrganizationEditor
from clusterdesk.gui.editors.person import PersonEditor
from clusterdesk.services import editing, people, records
from clusterdesk.services.organizations import save as save_organization
from clusterdesk.services.record_forms import save_fields
from clusterdesk.store.models import Consultant, Consultation, Initiative, Organization, Trip


def _open(qtbot, editor):  # noqa: ANN001, ANN202
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _save(qtbot, editor) -> None:  # noqa: ANN001
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=5000)


# ---- numbers: 0 is a value, "—" is unknown, an untouched field saves what was stored ----

def test_an_untouched_number_saves_exactly_what_was_stored(window, qtbot) -> None:
    with window.db.session() as s:
        org = s.scalars(select(Organization).where(Organization.export_share == 0)).first()
        org.revenue_mln_kzt, org.employees = 12.345, None  # more decimals than the box shows
        uuid = org.uuid
    editor = _open(qtbot, OrganizationEditor(window.db, uuid, window))
    assert editor.ui.exportShare.text() != editor.ui.exportShare.specialValueText()  # "0,0"
    assert editor.ui.employees.text() == "—"
    type_text(editor.ui.phone, "1")
    _save(qtbot, editor)
    with window.db.session() as s:
        org = s.get(Organization, uuid)
        assert (org.export_share, org.revenue_mln_kzt, org.employees) == (0, 12.345, None)


def test_a_number_set_to_dash_is_unknown_and_a_typed_zero_is_zero(window, qtbot) -> None:
    with window.db.session() as s:
        org = s.scalars(select(Organization).where(Organization.export_share > 0)).first()
        uuid = org.uuid
    editor = _open(qtbot, OrganizationEditor(window.db, uuid, window))
    editor.ui.exportShare.setValue(editor.ui.exportShare.minimum())
    assert editor.ui.exportShare.text() == "—"
    editor.ui.employees.setValue(0)
    _save(qtbot, editor)
    with window.db.session() as s:
        org = s.get(Organization, uuid)
        assert org.export_share is None and org.employees == 0


def test_sixty_organizations_saved_unchanged_but_the_phone(window, qtbot) -> None:
    cols = ("employees", "revenue_mln_kzt", "export_share", "size_class", "sector_key",
            "region_code", "region_recorded_code", "legal_form", "oked", "kind")
    with window.db.session() as s:
        orgs = s.scalars(records.live(Organization).limit(60)).all()
        before = {o.uuid: [getattr(o, c) for c in cols] for o in orgs}
    for uuid in before:
        editor = _open(qtbot, OrganizationEditor(window.db, uuid, window))
        type_text(editor.ui.phone, "1")
        _save(qtbot, editor)
    with window.db.session() as s:
        after = {u: [getattr(s.get(Organization, u), c) for c in cols] for u in before}
    assert after == before


# ---- a deleted trip: shown, marked, kept ----

def _consultation_on_a_trip(db):  # noqa: ANN001, ANN202
    with db.session() as s:
        c = s.scalars(records.live(Consultation).where(Consultation.trip_uuid.is_not(None))
                      ).first()
        return c.uuid, c.trip_uuid


def test_a_deleted_trip_stays_linked_when_its_consultation_is_saved(window, qtbot) -> None:
    cu, trip = _consultation_on_a_trip(window.db)
    with window.db.session() as s:
        records.set_deleted(s, Trip, trip)
    editor = _open(qtbot, ConsultationEditor(window.db, cu, window))
    assert editor.ui.trip.currentData() == trip
    assert "(deleted)" in editor.ui.trip.currentText()
    type_text(editor.ui.topics, " (уточнено)")
    _save(qtbot, editor)
    with window.db.session() as s:
        assert s.get(Consultation, cu).trip_uuid == trip
        assert "(уточнено)" in s.get(Consultation, cu).topics


def test_another_trip_can_be_chosen_instead_of_the_deleted_one(window, qtbot) -> None:
    cu, trip = _consultation_on_a_trip(window.db)
    with window.db.session() as s:
        records.set_deleted(s, Trip, trip)
    editor = _open(qtbot, ConsultationEditor(window.db, cu, window))
    editor.ui.trip.setCurrentIndex(0)  # no trip
    _save(qtbot, editor)
    with window.db.session() as s:
        assert s.get(Consultation, cu).trip_uuid is None


def test_a_new_consultation_cannot_be_put_on_a_deleted_trip(window) -> None:
    cu, trip = _consultation_on_a_trip(window.db)
    with window.db.session() as s:
        records.set_deleted(s, Trip, trip)
        c = s.get(Consultation, cu)
        fields = dict(date=c.date, trip_uuid=trip, organization_uuid=c.organization_uuid)
    with pytest.raises(ValidationError) as err, window.db.session() as s:
        save_fields(s, Consultation, None, fields)
    assert err.value.field == "trip" and err.value.reason.code == "trip_gone"


def test_a_region_no_longer_offered_is_kept(window, qtbot) -> None:
    with window.db.session() as s:
        ini = s.scalars(records.live(Initiative)).first()
        ini.region_code = "51"  # South Kazakhstan, before 2018: not among today's
        person = s.scalars(records.live(Consultant)).first()
        person.region_code = "51"
        iu, pu = ini.uuid, person.uuid
    for editor in (InitiativeEditor(window.db, iu, window), PersonEditor(window.db, pu, window)):
        _open(qtbot, editor)
        _save(qtbot, editor)
    with window.db.session() as s:
        assert s.get(Initiative, iu).region_code == "51"
        assert s.get(Consultant, pu).region_code == "51"


# ---- consultation dates: within the trip (a day either side), never after today ----

def _new_on_a_trip(window, qtbot):  # noqa: ANN001, ANN202
    cu, trip_uuid = _consultation_on_a_trip(window.db)
    with window.db.session() as s:
        trip, org = s.get(Trip, trip_uuid), s.get(Consultation, cu).organization_uuid
        dates = trip.start_date, trip.end_date
    editor = _open(qtbot, ConsultationEditor(window.db, None, window, organization_uuid=org))
    editor.ui.trip.setCurrentIndex(editor.ui.trip.findData(trip_uuid))
    return editor, dates


def test_a_future_or_off_trip_date_is_shown_and_refused(window, qtbot) -> None:
    editor, (start, end) = _new_on_a_trip(window, qtbot)
    editor.ui.date.setDate(QDate(2031, 1, 1))
    assert "in the future" in editor.ui.dateError.text()
    assert not editor._save_button.isEnabled()
    editor.ui.date.setDate(QDate(end + dt.timedelta(days=5)))
    assert "outside the trip" in editor.ui.dateError.text()
    editor.save()  # the save path refuses it too
    qtbot.waitUntil(lambda: bool(window.warnings), timeout=5000)
    assert "outside the trip" in window.warnings[-1] and editor.isVisible()
    editor.ui.date.setDate(QDate(start - dt.timedelta(days=1)))  # arrived the evening before
    assert not editor.ui.dateError.isVisible()
    _save(qtbot, editor)


@pytest.mark.parametrize("day, code", [
    (dt.date.today() + dt.timedelta(days=1), "consultation.future"),
    (dt.date(2031, 1, 1), "consultation.future"),
    (dt.date(2015, 1, 1), "consultation.outside_trip")])
def test_the_service_refuses_a_date_the_rules_do_not_allow(window, day, code) -> None:
    cu, trip = _consultation_on_a_trip(window.db)
    with window.db.session() as s:
        org = s.get(Consultation, cu).organization_uuid
    with pytest.raises(ValidationError) as err, window.db.session() as s:
        editing.save(s, Consultation(date=day, trip_uuid=trip, organization_uuid=org))
    assert err.value.field == "date" and err.value.reason.code == code


# ---- OKED and e-mail: the shipped classifier, the same e-mail rule everywhere ----

@pytest.mark.parametrize("oked, code", [("хлеб??", "oked.format"), ("10.611", "oked.format"),
                                        ("1O.61", "oked.format")])
def test_an_oked_not_of_the_classifier_is_refused(db, oked, code) -> None:
    with pytest.raises(ValidationError) as err, db.session() as s:
        save_fields(s, Organization, None, {"name": "ТОО «Нан»", "oked": oked},
                    save_organization)
    assert err.value.field == "OKED" and err.value.reason.code == code


@pytest.mark.parametrize("oked", ["10.61", "10.71", "55", "20.30", "10.61.1", "", "84.11",
                                  "85.42"])
def test_an_oked_of_the_classifier_or_under_it_is_accepted(db, oked) -> None:
    with db.session() as s:
        save_fields(s, Organization, None, {"name": "ТОО «Нан»", "oked": oked},
                    save_organization)


def test_the_organization_editor_shows_a_bad_oked(window, qtbot) -> None:
    editor = _open(qtbot, OrganizationEditor(window.db, None, window))
    type_text(editor.ui.name, "ТОО «Қазақ Өнім»")
    type_text(editor.ui.oked, "хлеб??")
    assert editor.okedError.isVisible() and "OKED" in editor.okedError.text()
    assert not editor._save_button.isEnabled()
    editor.ui.oked.clear()
    type_text(editor.ui.oked, "10.61")
    assert not editor.okedError.isVisible() and editor._save_button.isEnabled()


def test_a_person_e_mail_is_checked_like_a_contact_one(window, qtbot) -> None:
    editor = _open(qtbot, PersonEditor(window.db, None, window))
    type_text(editor.name, "Әсел Қайратқызы")
    type_text(editor.email, "не почта")
    assert editor.emailError.isVisible() and not editor._save_button.isEnabled()
    with pytest.raises(ValidationError) as err, window.db.session() as s:
        people.save(s, Consultant(name="Әсел Қайратқызы", email="не почта"))
    assert err.value.field == "e-mail"
    editor.email.clear()
    type_text(editor.email, "asel@qazindustry.kz")
    _save(qtbot, editor)


def test_a_new_consultation_on_a_past_trip_takes_a_day_of_it() -> None:
    import datetime as dt

    from clusterdesk.domain.validators import consultation_date_problem, date_on_trip

    start, end, today = dt.date(2017, 5, 10), dt.date(2017, 5, 14), dt.date(2026, 12, 3)
    moved = date_on_trip(today, start, end, today)
    assert moved == dt.date(2017, 5, 15)  # the day after, as notes typed up at home allow
    assert consultation_date_problem(moved, start, end, today) is None
    assert date_on_trip(dt.date(2017, 5, 12), start, end, today) == dt.date(2017, 5, 12)
    assert date_on_trip(dt.date(2016, 1, 1), start, end, today) == dt.date(2017, 5, 9)


def test_a_consultation_of_an_organization_deleted_since_can_still_be_saved(db) -> None:
    import datetime as dt

    from clusterdesk.services import editing, records

    with db.session() as s:
        org = Organization(name="ТОО «Өрнек»")
        s.add(org)
        s.flush()
        c = Consultation(date=dt.date(2017, 5, 1), organization_uuid=org.uuid, notes="бірінші")
        s.add(c)
        s.flush()
        org_uuid, uuid = org.uuid, c.uuid
    with db.session() as s:
        records.set_deleted(s, Organization, org_uuid)
    with db.session() as s:
        c = s.get(Consultation, uuid)
        c.notes = "екінші"          # the link unchanged: saved
        editing.save(s, c)
    with pytest.raises(ValidationError) as err, db.session() as s:
        editing.save(s, Consultation(date=dt.date(2017, 5, 2), organization_uuid=org_uuid))
    assert err.value.field == "organization"   # a new one cannot be put on it
