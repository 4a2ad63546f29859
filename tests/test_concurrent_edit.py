"""Two sessions editing one record: the second save never silently overwrites the first.

Two ``Database`` objects on one file (or one PostgreSQL database) are two analysts (two
windows, two processes); each "editor" loads the record, remembers the version and its form,
and saves through ``record_forms.save_fields`` as the window does.
"""

from __future__ import annotations

import pytest

from clusterdesk.domain.edit_merge import MINE, THEIRS
from clusterdesk.errors import ClusterDeskError
from clusterdesk.services import organizations
from clusterdesk.services.concurrent_edit import EditBase, EditConflict, version_of
from clusterdesk.services.record_forms import save_fields
from clusterdesk.store.database import Database, open_database
from clusterdesk.store.models import Organization

FORM = ("name", "legal_form", "phone", "email", "address", "employees")


def reopen(db: Database) -> Database:
    """The same database opened a second time (a file, or the server's database)."""
    return open_database(db.path if db.path is not None
                         else db.engine.url.render_as_string(hide_password=False))


@pytest.fixture
def two(any_db: Database):
    """The same database opened a second time: another analyst's session (SQLite, then
    PostgreSQL when the test server runs)."""
    other = reopen(any_db)
    yield any_db, other
    other.close()


def _new_org(db: Database) -> str:
    with db.session() as s:
        org = Organization(name="ТОО «Агро»", legal_form="ТОО", phone="+7 701 000 00 00",
                           email="info@agro.kz", address="Костанай", employees=10)
        s.add(org)
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


def _stored(db: Database, uuid: str) -> Organization:
    with db.session() as s:
        return s.get(Organization, uuid)


def test_the_second_save_of_the_same_field_reports_the_conflict_and_writes_nothing(two):
    a_db, b_db = two
    uuid = _new_org(a_db)
    a, b = Editor(a_db, uuid), Editor(b_db, uuid)
    b.form["name"] = "ТОО «Агро-Б»"
    b.save()
    a.form["name"] = "ТОО «Агро-А»"
    a.form["phone"] = "+7 701 111 11 11"
    with pytest.raises(EditConflict) as caught:
        a.save()
    conflict = caught.value
    assert conflict.code == "record.changed_meanwhile"
    assert [c.name for c in conflict.conflicts] == ["name"]
    assert conflict.conflicts[0].theirs["name"] == "ТОО «Агро-Б»"
    assert conflict.conflicts[0].mine["name"] == "ТОО «Агро-А»"
    assert "name" in str(conflict) and b_db.device_name in str(conflict)
    org = _stored(a_db, uuid)
    assert org.name == "ТОО «Агро-Б»"  # not overwritten
    assert org.phone == "+7 701 000 00 00"  # nothing of the refused save was written


def test_fields_changed_on_different_sides_both_survive(two):
    a_db, b_db = two
    uuid = _new_org(a_db)
    a, b = Editor(a_db, uuid), Editor(b_db, uuid)
    b.form["name"] = "ТОО «Агро-Б»"
    b.form["email"] = "b@agro.kz"
    b.save()
    a.form["phone"] = "+7 701 222 22 22"
    a.form["employees"] = 25
    a.save()  # no conflict: a's stale name and e-mail are not written back
    org = _stored(b_db, uuid)
    assert (org.name, org.email) == ("ТОО «Агро-Б»", "b@agro.kz")
    assert (org.phone, org.employees) == ("+7 701 222 22 22", 25)


def test_the_users_choice_per_field_is_saved_as_the_merge(two):
    a_db, b_db = two
    uuid = _new_org(a_db)
    a, b = Editor(a_db, uuid), Editor(b_db, uuid)
    b.form.update(name="ТОО «Агро-Б»", email="b@agro.kz", address="Рудный")
    b.save()
    a.form.update(name="ТОО «Агро-А»", email="a@agro.kz", address="Лисаковск", phone="1")
    with pytest.raises(EditConflict) as caught:
        a.save()
    assert {c.name for c in caught.value.conflicts} == {"name", "email", "address"}
    fields, base = caught.value.merged_base({"name": MINE, "email": THEIRS})  # address: theirs
    a.save(fields, base)
    org = _stored(b_db, uuid)
    assert (org.name, org.email, org.address, org.phone) == (
        "ТОО «Агро-А»", "b@agro.kz", "Рудный", "1")


def test_a_change_landing_between_the_question_and_the_merge_is_asked_about_again(two):
    a_db, b_db = two
    uuid = _new_org(a_db)
    a, b = Editor(a_db, uuid), Editor(b_db, uuid)
    b.form["name"] = "ТОО «Б1»"
    b.save()
    a.form["name"] = "ТОО «А»"
    with pytest.raises(EditConflict) as caught:
        a.save()
    fields, base = caught.value.merged_base({"name": MINE})
    b2 = Editor(b_db, uuid)
    b2.form["name"] = "ТОО «Б2»"
    b2.save()  # while the dialog was open
    with pytest.raises(EditConflict) as again:
        a.save(fields, base)
    assert again.value.conflicts[0].theirs["name"] == "ТОО «Б2»"
    assert _stored(a_db, uuid).name == "ТОО «Б2»"


def test_fields_that_change_together_conflict_as_one(two):
    # sync's field groups hold here too: name and legal form belong together
    a_db, b_db = two
    uuid = _new_org(a_db)
    a, b = Editor(a_db, uuid), Editor(b_db, uuid)
    b.form["legal_form"] = "АО"
    b.save()
    a.form["name"] = "ТОО «Агро-А»"
    with pytest.raises(EditConflict) as caught:
        a.save()
    assert caught.value.conflicts[0].unit[:2] == ("name", "legal_form")


def test_the_same_change_on_both_sides_is_no_conflict(two):
    a_db, b_db = two
    uuid = _new_org(a_db)
    a, b = Editor(a_db, uuid), Editor(b_db, uuid)
    b.form["phone"] = "+7 777 777 77 77"
    b.save()
    a.form["phone"] = "+7 777 777 77 77"
    a.form["employees"] = 12
    a.save()
    org = _stored(a_db, uuid)
    assert (org.phone, org.employees) == ("+7 777 777 77 77", 12)


def test_a_record_deleted_meanwhile_is_not_brought_back_by_a_save(two):
    a_db, b_db = two
    uuid = _new_org(a_db)
    a = Editor(a_db, uuid)
    with b_db.session() as s:
        s.get(Organization, uuid).deleted = True
    a.form["phone"] = "2"
    with pytest.raises(ClusterDeskError) as caught:
        a.save()
    assert caught.value.code == "record.deleted_meanwhile"
    org = _stored(a_db, uuid)
    assert org.deleted and org.phone == "+7 701 000 00 00"


def test_an_unchanged_record_saves_as_before_and_names_who_changed_it(two):
    a_db, b_db = two
    uuid = _new_org(a_db)
    a_db.set_consultant("c-1", "Айгуль Сейтова")  # who works at this database
    a, b = Editor(a_db, uuid), Editor(b_db, uuid)
    a.form["name"] = " ТОО «Агро-А» "
    a.save()  # nobody else changed it: written whole, tidied by the organization's rules
    assert _stored(a_db, uuid).name == "ТОО «Агро-А»"
    b.form["name"] = "ТОО «Агро-Б»"
    with pytest.raises(EditConflict) as caught:
        b.save()
    assert caught.value.author.when is not None
    assert caught.value.author.actor == "Айгуль Сейтова"
    assert "Айгуль Сейтова" in str(caught.value)
    assert caught.value.conflicts[0].theirs["name"] == "ТОО «Агро-А»"


class DraftEditor:
    """The application editor's save: every field of the template, attachments, lines."""

    def __init__(self, db: Database, uuid: str) -> None:
        from clusterdesk.services import applications as svc
        from clusterdesk.services.concurrent_edit import application_version, draft_values

        self.db, self.uuid, self.svc = db, uuid, svc
        with db.session() as s:
            app = svc.get_application(s, uuid)
            version = application_version(app)
            self.fields = {sid: dict(v) for sid, v in (app.fields or {}).items()}
            self.participants = [dict(p) for p in app.participants or []]
            self.attachments = {k: dict(v) for k, v in (app.attachments or {}).items()}
        self.base = EditBase(version, draft_values(self.fields, self.participants,
                                                   self.attachments))

    def save(self) -> None:
        with self.db.session() as s:
            self.svc.update_draft(s, self.uuid, fields=self.fields,
                                  participants=self.participants,
                                  attachments=self.attachments, base=self.base)


def test_two_analysts_editing_one_application_draft(two):
    from test_applications_service import build

    a_db, b_db = two
    uuid = build(a_db)
    a, b = DraftEditor(a_db, uuid), DraftEditor(b_db, uuid)
    section = next(iter(a.fields))
    first, second = list(a.fields[section])[:2]
    b.fields[section][first] = "их значение"
    b.participants[0]["agreement_signed"] = True
    b.save()
    a.fields[section][second] = "моё значение"  # another field: both survive
    a.save()
    c = DraftEditor(a_db, uuid)
    assert c.fields[section][first] == "их значение"
    assert c.fields[section][second] == "моё значение"
    assert c.participants[0]["agreement_signed"] is True  # their line kept
    c.fields[section][second] = "ещё раз моё"
    b2 = DraftEditor(b_db, uuid)
    b2.fields[section][second] = "снова их"
    b2.save()
    with pytest.raises(EditConflict) as caught:
        c.save()
    assert [x.name for x in caught.value.conflicts] == [f"fields.{section}.{second}"]
    assert DraftEditor(a_db, uuid).fields[section][second] == "снова их"


def test_two_analysts_editing_one_selection_round(two):
    import datetime as dt

    from clusterdesk.services import rounds
    from clusterdesk.store.models import SelectionRound

    a_db, b_db = two
    form = {"name": "2027", "announced_on": dt.date(2027, 4, 1), "deadline": dt.date(2027, 6, 1),
            "clusters_to_select": 3, "template_id": "application", "template_version": "2017"}
    with a_db.session() as s:
        uuid = rounds.save_round(s, form).uuid

    def load(db: Database) -> EditBase:
        with db.session() as s:
            return EditBase(version_of(s.get(SelectionRound, uuid)), dict(form))

    a, b = load(a_db), load(b_db)
    with b_db.session() as s:
        rounds.save_round(s, {**form, "clusters_to_select": 5}, uuid, b)
    with a_db.session() as s:  # another field: both kept
        rounds.save_round(s, {**form, "name": "2027 (весна)"}, uuid, a)
    with a_db.session() as s:
        rnd = s.get(SelectionRound, uuid)
        assert (rnd.name, rnd.clusters_to_select) == ("2027 (весна)", 5)
    c = load(a_db)
    with b_db.session() as s:
        rounds.save_round(s, {**form, "name": "2027 (весна)", "clusters_to_select": 4},
                          uuid, load(b_db))
    with pytest.raises(EditConflict) as caught, a_db.session() as s:
        rounds.save_round(s, {**form, "name": "2027 (весна)", "clusters_to_select": 7},
                          uuid, EditBase(c.version, {**form, "name": "2027 (весна)",
                                                     "clusters_to_select": 5}))
    assert [x.name for x in caught.value.conflicts] == ["clusters_to_select"]
