"""However a page of search results is read — collecting the index's hits or walking the sort
column and testing each row — the user sees the same rows in the same order."""

import pytest

from clusterdesk.services import list_query, lists, organizations
from clusterdesk.store.models import Organization

NAMES = ["ТОО «Құрылыс Сервис»", "ТОО «Шұғыла Құрылыс»", "ИП «Ёлкин»", "ТОО «Жаңақала»",
         "ТОО «Қала»", "АО «Өнеркәсіп Һолдинг»", "Kazakh Invest LLP", "ТОО «Ақ_жол»",
         "ТОО «Береке-Құрылыс»", "ТОО «ҚҰРЫЛЫСШЫ»"]


@pytest.fixture
def named(db):
    with db.session() as s:
        for name in NAMES:
            organizations.save(s, Organization(name=name))
    return db


def _read(db, term: str, dense: bool) -> list[str]:
    query = lists.ListQuery(search=term, sort="name", descending=True)
    with db.session() as s:
        return [r[1] for r in lists.page(s, lists.ORGANIZATIONS, query, 0, 50,
                                         hits=10**6 if dense else None)]


@pytest.mark.parametrize("term", ["курылыс", "Qurylys", "рылыс", "тоо", "тоо кала", "ак_ж",
                                  "елкин", "invest", "ТОО бер", "зззз"])
def test_organizations_dense_and_sparse_pages_hold_the_same_names(named, term, monkeypatch):
    sparse = _read(named, term, dense=False)
    monkeypatch.setattr(list_query, "DENSE_HITS", 0)
    assert _read(named, term, dense=True) == sparse


def test_a_walked_page_finds_every_spelling_in_kazakh_order(named, monkeypatch):
    monkeypatch.setattr(list_query, "DENSE_HITS", 0)
    assert _read(named, "курылыс", dense=True) == [
        "ТОО «Шұғыла Құрылыс»", "ТОО «ҚҰРЫЛЫСШЫ»", "ТОО «Құрылыс Сервис»",
        "ТОО «Береке-Құрылыс»"]
