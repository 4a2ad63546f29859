"""Full-text search stays in step with the tables, also after bulk writes."""

from sqlalchemy import select

from clusterdesk.services import demo, lists, organizations, records
from clusterdesk.store.models import Organization


def _found(db, term: str) -> int:
    with db.session() as s:
        return lists.count(s, lists.ORGANIZATIONS, lists.ListQuery(search=term))


def test_search_ignores_case_of_kazakh_and_russian_letters(db):
    with db.session() as s:
        organizations.save(s, Organization(name="ТОО «Қостанай Диірмені»"))
        organizations.save(s, Organization(name="ЖШС «Ұлытау Інжу»"))
    assert _found(db, "ҚОСТАНАЙ") == 1
    assert _found(db, "диірм") == 1
    assert _found(db, "ұлытау інжу") == 1
    assert _found(db, "костанай") == 1  # Қ typed on a Russian keyboard (issue 14)
    assert _found(db, "Инжу") == 1      # І typed as И


def test_renamed_and_deleted_organizations_follow_in_search(db):
    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Самал»"))
    with db.session() as s:
        s.get(Organization, org.uuid).name = "ТОО «Шұғыла»"
    assert _found(db, "Самал") == 0 and _found(db, "Шұғыла") == 1
    with db.session() as s:
        records.set_deleted(s, Organization, org.uuid)
    assert _found(db, "Шұғыла") == 0


def test_bulk_demo_rows_are_searchable_and_triggers_come_back(db):
    demo.generate(db, extra_organizations=300)
    with db.session() as s:  # bulk names end with their number: ТОО «Береке Агро 17»
        bulk = s.scalars(select(Organization.name).where(Organization.name.like("% 17»"))).one()
    assert _found(db, bulk.removeprefix("ТОО «").removesuffix("»")) == 1
    with db.session() as s:
        organizations.save(s, Organization(name="ТОО «Жаңа Өрнек»"))  # after the bulk write
    assert _found(db, "өрнек") == 1
