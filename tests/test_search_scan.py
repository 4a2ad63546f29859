"""A search with very many hits tests each row's stored search text (migration 0012) instead
of collecting the hits from the indexes: both must find exactly the same consultations, for
every text and every way a word is typed."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from clusterdesk.domain.text import holds_words, search_fold
from clusterdesk.services import lists, organizations
from clusterdesk.store.database import Database, open_database
from clusterdesk.store.models import Consultation, Organization

WORDS = ["Құрылыс", "экспорт", "соглашение", "Шұғыла", "ёмкость", "Өскемен", "ТОО", "ЖШС",
         "agro", "Qazaq", "сүт", "Ірімшік", "пром-парк", "№5", "A-1", "ку", "дiирмен", "Ақ_жол",
         "Ұлытау", "(Береке)", "shugyla", "Ёлка", "кластер", "ИП", "Һ"]
_DB: dict[str, Database] = {}


def _db(folder: Path) -> Database:
    """One database of 120 consultations with random texts, shared by the examples."""
    if "db" not in _DB:
        rng = random.Random(7)
        db = open_database(folder / "scan.db")
        with db.session() as s:
            orgs = [organizations.save(s, Organization(name=" ".join(rng.sample(WORDS, 2))))
                    for _ in range(12)]
            s.flush()
            for i in range(120):
                s.add(Consultation(organization_uuid=orgs[i % 12].uuid,
                                   date=dt.date(2025, 1 + i % 12, 1 + i % 28),
                                   topics=" ".join(rng.sample(WORDS, 2)),
                                   notes=" ".join(rng.choices(WORDS, k=4)), consultants=[]))
        _DB["db"] = db
    return _DB["db"]


@pytest.fixture(scope="module")
def scan_db(tmp_path_factory) -> Database:  # noqa: ANN001
    yield _db(tmp_path_factory.mktemp("scan"))
    _DB.pop("db").close()


def _found(db: Database, typed: str, hits: int) -> list[str]:
    query = lists.ListQuery(search=typed, sort="date")
    with db.session() as s:
        return [r[0] for r in lists.page(s, lists.CONSULTATIONS, query, 0, 500, hits=hits)]


_TYPED = st.one_of(
    st.sampled_from(WORDS).flatmap(lambda w: st.tuples(
        st.integers(0, max(0, len(w) - 1)), st.integers(1, 8)).map(
            lambda ab: w[ab[0]:ab[0] + ab[1]])),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=2).map(" ".join),
    st.text(alphabet="аәгғкқоөуұүиіеёхһ shugyla-", min_size=1, max_size=6),
)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=_TYPED)
@example(typed="қ_")  # the underscore separates words, as in the word index
@example(typed="ак_жол")
def test_rows_tested_on_their_stored_text_are_the_indexes_hits(scan_db, typed):
    assert _found(scan_db, typed, 10**9) == _found(scan_db, typed, 0)


def test_the_stored_text_follows_edits_renames_and_deletions(scan_db):
    with scan_db.session() as s:
        c = s.query(Consultation).first()
        c.notes = "Жаңа келісім"
        org = s.get(Organization, c.organization_uuid)
        org.name = "ТОО «Ләззат»"
    with scan_db.session() as s:
        s.execute(text("DELETE FROM consultations WHERE rowid = "
                       "(SELECT max(rowid) FROM consultations)"))
    with scan_db.engine.connect() as conn:
        def texts(table: str) -> dict:
            return dict(conn.exec_driver_sql(f"SELECT id, text FROM {table}").all())

        assert texts("consultations_search_text") == texts("consultations_search_source")
        for fts in ("consultations_infix_fts", "consultations_words_fts"):
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
    assert _found(scan_db, "лаззат", 10**9) == _found(scan_db, "лаззат", 0) != []
    assert _found(scan_db, "келисим", 10**9) == [c.uuid]


@pytest.mark.parametrize(("stored", "words", "held"), [
    ("тоо «шугыла» экспорт", "кспорт", True),
    ("тоо «шугыла» экспорт", "сп", False),       # two letters: at a word's start only
    ("ак_жол", "жо", True),                       # _ separates words, as in the word index
    ("№5 пром-парк", "па", True),
    ("Емкость", search_fold("ёмкость"), True),    # the stored text's case is folded here
    (None, "а", False),
])
def test_holds_words_matches_as_the_indexes_do(stored, words, held):
    assert holds_words(stored, words) is held
