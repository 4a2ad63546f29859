"""An organization search reads its rows three ways (migration 0014): from the indexes and
sorted, led by a two-letter word start with the other words tested on the stored folded name,
or walking the names testing each stored name. A user must get the same organizations every
way, and exactly those whose name holds every word typed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from clusterdesk.domain.text import holds_words, search_fold
from clusterdesk.services import lists, organizations
from clusterdesk.services.search_fold import folded_words
from clusterdesk.store.database import Database, open_database
from clusterdesk.store.models import Organization

WORDS = ["ТОО", "Алтын", "Алма", "Құрылыс", "Шұғыла", "ЖШС", "ал-Фараби", "«Ақ_жол»", "Береке",
         "agro", "Ёлка", "Өскемен", "ИП", "ТООМЕН", "(Алатау)", "№5", "салт", "Диірмен"]


@pytest.fixture(scope="module")
def org_db(tmp_path_factory) -> Database:  # noqa: ANN001
    rng = random.Random(11)
    db = open_database(Path(tmp_path_factory.mktemp("orgs")) / "orgs.db")
    with db.session() as s:
        for _ in range(150):
            organizations.save(s, Organization(name=" ".join(rng.sample(WORDS, 3))))
    yield db
    db.close()


def _found(db: Database, typed: str, hits: int) -> list[str]:
    # sorted by BIN: no ranking of whole words, so every way must give the same order
    query = lists.ListQuery(search=typed, sort="bin")
    with db.session() as s:
        return [r[0] for r in lists.page(s, lists.ORGANIZATIONS, query, 0, 500, hits=hits)]


def _expected(db: Database, typed: str) -> set[str]:
    words = " ".join(folded_words(typed))
    with db.session() as s:
        return {o.uuid for o in s.query(Organization).filter(~Organization.deleted)
                if holds_words(search_fold(o.name), words)}


_TYPED = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=2).map(
        lambda ws: " ".join(w[: len(w) // 2 + 1] for w in ws)),
    st.lists(st.sampled_from(["тоо", "ТОО", "ал", "Ал", "а", "алт", "ку", "шу", "салт", "ақ"]),
             min_size=1, max_size=3).map(" ".join),
    st.text(alphabet="аәлткқоөуұүиі shugyla-_", min_size=1, max_size=7),
)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=_TYPED)
@example(typed="ТОО Ал")  # a two-letter word start leads, «тоо» is tested on the stored name
@example(typed="ТОО А")
@example(typed="ал тоо")
@example(typed="Ақ_жо")
def test_every_way_of_reading_finds_the_names_holding_every_word(org_db, typed):
    if not folded_words(typed):
        return
    sorted_page = _found(org_db, typed, 0)
    assert _found(org_db, typed, 10**9) == sorted_page  # each stored name walked
    assert set(sorted_page) == _expected(org_db, typed)


def test_the_stored_name_follows_inserts_renames_and_deletions(org_db):
    with org_db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Ләззат»"))
        s.flush()
        uuid = org.uuid
    assert _found(org_db, "ТОО Ла", 0) == _found(org_db, "ТОО Ла", 10**9) == [uuid]
    with org_db.session() as s:
        s.get(Organization, uuid).name = "ТОО «Жаңа»"
    assert _found(org_db, "ТОО Ла", 0) == _found(org_db, "ТОО Ла", 10**9) == []
    assert _found(org_db, "ТОО Жа", 0) == [uuid]
    with org_db.session() as s:
        s.execute(text("DELETE FROM organizations WHERE uuid = :u"), {"u": uuid})
    with org_db.engine.connect() as conn:
        def texts(table: str) -> dict:
            return dict(conn.exec_driver_sql(f"SELECT id, text FROM {table}").all())

        assert texts("organizations_search_text") == texts("organizations_search_source")
    assert _found(org_db, "ТОО Жа", 0) == []
