"""Lists on PostgreSQL: the same rows, counts and order as on SQLite, searched from indexes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from clusterdesk.services import lists, stats
from clusterdesk.services.list_query import ListQuery, count, page

TERMS = ["құрылыс", "КУРЫЛЫС", "ТОО ақ", "агро", "а", "ке", "Shymkent", "Өмір", "омир",
         "ип ос", "семинар", "визит агро", "кластер", "qazaq", "ПРОГРАММ", "кл раз", "9301"]


def _rows(db, spec, query):  # noqa: ANN001, ANN202
    with db.session() as s:
        total = count(s, spec, query)
        capped = count(s, spec, query, cap=50)
        return total, capped, [r[0] for r in page(s, spec, query, 0, 60, total=total)]


@pytest.mark.parametrize("name", ["organizations", "consultations", "next_steps",
                                  "initiatives", "diagnostics", "people", "contacts"])
def test_a_list_shows_the_same_rows_in_the_same_order_on_both(name, demo_db, pg_demo_db):
    spec = lists.LISTS[name]
    for term in ["", *TERMS]:
        query = ListQuery(search=term)
        assert _rows(demo_db, spec, query) == _rows(pg_demo_db, spec, query), (name, term)
    for sort in (c.key for c in spec.columns):
        query = ListQuery(sort=sort, descending=True)
        assert _rows(demo_db, spec, query) == _rows(pg_demo_db, spec, query), (name, sort)


def test_a_search_is_answered_from_the_trigram_and_full_text_indexes(pg_demo_db):
    spec = lists.LISTS["consultations"]
    with pg_demo_db.session() as s:
        # the demo is small enough to scan, or to walk a primary key and filter
        s.execute(text("SET LOCAL enable_seqscan = off"))
        s.execute(text("SET LOCAL enable_indexscan = off"))
        for term, index in (("құрылыс", "ix_organizations_folded_trgm"),
                            ("құрылыс", "ix_consultations_folded_trgm"),
                            ("ке", "ix_consultations_folded_words")):
            stmt = spec.search(term)
            sql = str(select(spec.model.uuid).where(stmt).compile(
                s.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = "\n".join(r[0] for r in s.execute(text("EXPLAIN " + sql)))
            assert index in plan, (term, plan)


def test_stats_are_the_same_on_both(demo_db, pg_demo_db):
    def figures(db):  # noqa: ANN001, ANN202
        with db.session() as s:
            return json.loads(json.dumps(stats.programme_stats(s), default=str))

    assert figures(demo_db) == figures(pg_demo_db)


@pytest.mark.parametrize("name", ["organizations", "consultations"])
def test_a_search_found_in_most_rows_reads_the_same_page_either_way(name, demo_db, pg_demo_db):
    spec = lists.LISTS[name]
    for term in ["құрылыс", "кластер", "ТОО ақ", "Shymkent", "ке"]:
        query = ListQuery(search=term)
        pages = []
        for db in (demo_db, pg_demo_db):
            with db.session() as s:  # as if tens of thousands matched: walked row by row
                pages.append([r[0] for r in page(s, spec, query, 0, 60, hits=10 ** 6)])
        assert pages[0] == pages[1], (name, term)
