"""Full-text search stays in step with the tables, also after bulk writes."""

import datetime as dt
import importlib

import pytest
from sqlalchemy import select, text

from clusterdesk.domain.text import FOLD_PAIRS
from clusterdesk.services import demo, lists, organizations, records
from clusterdesk.store.fts import insert_triggers_paused
from clusterdesk.store.models import Consultation, Organization


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


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


# ---- consultations: folded, inside words, one index with the organization's name (0009) ----

def _consultation(s, org_uuid: str, day: int, topics: str = "", notes: str = "") -> Consultation:
    c = Consultation(organization_uuid=org_uuid, date=dt.date(2025, 3, day), topics=topics,
                     notes=notes, consultants=[])
    s.add(c)
    s.flush()
    return c


@pytest.fixture
def met(db):
    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Шұғыла»"))
        other = organizations.save(s, Organization(name="ТОО «Береке»"))
        s.flush()
        _consultation(s, org.uuid, 1, "Экспортный потенциал",
                      "Обсудили соглашение о поставках в Өскемен")
        _consultation(s, other.uuid, 2, "Кадры", "Ёмкость рынка")
    return db


def _met(db, term: str) -> list[str]:
    query = lists.ListQuery(search=term, sort="date")
    with db.session() as s:
        return [r[2] for r in lists.page(s, lists.CONSULTATIONS, query, 0, 50)]


@pytest.mark.parametrize(("typed", "found"), [
    ("кспорт", ["ТОО «Шұғыла»"]),       # inside a word of the topics
    ("глашен", ["ТОО «Шұғыла»"]),       # inside a word of the notes
    ("оскемен", ["ТОО «Шұғыла»"]),      # Ө typed as О
    ("Shugyla", ["ТОО «Шұғыла»"]),      # the organization's name in Latin
    ("емкость", ["ТОО «Береке»"]),      # ё = е
    ("эк", ["ТОО «Шұғыла»"]),           # two letters: a word's start
    ("сп", []),                         # ... and not inside one
    ("тоо", ["ТОО «Шұғыла»", "ТОО «Береке»"]),
    ("шугыла поставк", ["ТОО «Шұғыла»"]),
    ("зззз", []),
])
def test_consultations_are_found_however_a_word_is_typed(met, typed, found):
    assert _met(met, typed) == found


def test_a_renamed_organization_edited_notes_and_deletions_follow_in_consultations(met):
    with met.session() as s:
        org = s.scalars(select(Organization).where(Organization.name == "ТОО «Шұғыла»")).one()
        org.name = "ТОО «Ләззат»"
    assert _met(met, "шугыла") == [] and _met(met, "лаззат") == ["ТОО «Ләззат»"]
    with met.session() as s:
        c = s.scalars(select(Consultation).where(Consultation.topics == "Кадры")).one()
        c.notes = "Сертификация продукции"
    assert _met(met, "емкость") == [] and _met(met, "тификац") == ["ТОО «Береке»"]
    with met.session() as s:
        records.set_deleted(s, Consultation, c.uuid)
    assert _met(met, "тификац") == []
    with met.session() as s:  # a purge leaves the index too
        s.execute(text("DELETE FROM consultations WHERE uuid = :u"), {"u": c.uuid})
    assert _met(met, "тоо") == ["ТОО «Ләззат»"]


def test_bulk_consultations_are_found_and_the_quick_count_agrees(met):
    with met.session() as s:
        org = s.scalars(select(Organization).where(Organization.name == "ТОО «Береке»")).one()
        conn = s.connection()
        with insert_triggers_paused(conn):
            conn.execute(Consultation.__table__.insert(), [
                {"uuid": f"bulk-{i}", "device_id": "d", "hlc": "", "seq": 0,
                 "organization_uuid": org.uuid, "date": dt.date(2025, 4, 1 + i % 28),
                 "topics": "Логистика", "consultants": []} for i in range(30)])
    with met.session() as s:
        q = lists.ListQuery(search="гисти")
        assert lists.count(s, lists.CONSULTATIONS, q) == 30
        assert lists.count(s, lists.CONSULTATIONS, q, cap=10) == 10
        assert lists.count(s, lists.CONSULTATIONS, lists.ListQuery(search="береке")) == 31


def test_a_page_of_hits_is_the_same_read_every_way(met):
    """Sorted hits, the date index walked against the hits, and rows tested on their stored
    search text (the three ways ``list_query.page`` reads a page, by how many rows match)."""
    with met.session() as s:
        org = s.scalars(select(Organization).where(Organization.name == "ТОО «Береке»")).one()
        for day in range(1, 29):
            _consultation(s, org.uuid, day, "Логистика" if day % 3 else "Кадры")
    for typed in ("логист", "ло", "береке лог"):
        query = lists.ListQuery(search=typed, sort="date", descending=True)
        with met.session() as s:
            pages = [lists.page(s, lists.CONSULTATIONS, query, 3, 7, hits=hits)
                     for hits in (0, 5000, 10**9)]  # sorted, walked, scanned
        assert pages[0] == pages[1] == pages[2] and len(pages[0]) == 7, typed
        assert [r[1] for r in pages[0]] == sorted((r[1] for r in pages[0]), reverse=True)


def test_the_consultation_index_folds_as_the_program_does():
    migration = importlib.import_module(
        "clusterdesk.store.migrations.versions.0009_trigram_search")
    assert migration.PAIRS == FOLD_PAIRS, "folding changed: add a migration that rebuilds"
