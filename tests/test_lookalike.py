"""Look-alikes that mean it: distinctive words decide, common words do not, and each pair
says why it is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_sync_support import fresh_db

from clusterdesk.domain.lookalike import compare
from clusterdesk.store.models import Organization
from clusterdesk.sync import duplicate_candidates
from clusterdesk.sync.merges import name_key


@pytest.mark.parametrize(("a", "b", "low", "high"), [
    ("ТОО «Іле Кирпич»", "ТОО «Есіл-Кирпич»", 0.0, 0.7),   # two rivers, two companies
    ("ТОО «Береке Агро»", "Береке-Агро ТОО", 1.0, 1.0),
    ("ТОО «Алатау Строй»", "ТОО «Алатау-Строй Сервис»", 0.95, 1.0),
    ("ТОО «Кирпич Групп»", "ТОО «Кирпич-Групп Плюс»", 0.0, 0.8),  # nothing distinctive
    ("ТОО «Сарыарка Кирпич»", "ТОО «Сарыарқа Кірпіш»", 1.0, 1.0),  # typed on another keyboard
])
def test_distinctive_words_decide(a, b, low, high):
    score = compare(name_key(a), name_key(b)).score
    assert low <= score <= high


def test_the_same_phone_makes_a_pair_likely_and_says_so():
    like = compare(name_key("ТОО «Іле Кирпич»"), name_key("ИП Иле-Кирпич-Строй"),
                   "+7 (727) 250-00-01", "8 727 250 00 01")
    assert like.score >= 0.95
    assert ("same_phone", {"phone": "+7 (727) 250-00-01"}) in like.reasons


def test_the_finder_offers_the_real_duplicate_not_the_rivers(tmp_path: Path):
    db = fresh_db(tmp_path / "a.db")
    with db.session() as s:
        for name, bin_ in (("ТОО «Іле Кирпич»", "050540000012"), ("ТОО «Есіл-Кирпич»", ""),
                           ("ТОО «Береке Агро»", ""), ("Береке-Агро ТОО", "")):
            s.add(Organization(name=name, bin=bin_, region_code="19"))
    found = {(c.name_a, c.name_b): c for c in duplicate_candidates(db)}
    names = {frozenset(k) for k in found}
    assert frozenset({"ТОО «Береке Агро»", "Береке-Агро ТОО"}) in names
    assert frozenset({"ТОО «Іле Кирпич»", "ТОО «Есіл-Кирпич»"}) not in names
    (pair,) = [c for c in found.values() if "Береке" in c.name_a]
    assert pair.reasons and pair.reasons[0][0] == "same_name"


def test_the_window_says_why_a_pair_is_shown(qapp):
    from clusterdesk.gui import i18n, labels
    from clusterdesk.gui.sync_tables import DuplicatesModel
    from clusterdesk.sync import DuplicateCandidate

    i18n.install("ru")
    try:
        like = compare(name_key("ТОО «Алатау Строй»"), name_key("ТОО «Алатау-Строй Сервис»"))
        model = DuplicatesModel()
        model.load([DuplicateCandidate("a", "ТОО «Алатау Строй»", "b", "ТОО «Алатау-Строй»",
                                       "19", like.score, like.reasons)])
        why = model.index(0, 4).data()
        assert "алатау" in why and "Строй".casefold() in why.casefold()
        assert why == labels.lookalike_reasons(like.reasons) and "distinctive" not in why
    finally:
        i18n.install("en")
