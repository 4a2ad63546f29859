"""Finding a name however it is typed: Russian keyboard, ё, Latin, inside words (issue 14)."""

import datetime as dt
import importlib
import json

import pytest
from sqlalchemy import select, text

from clusterdesk.cli.main import main
from clusterdesk.domain.text import FOLD_PAIRS, search_fold
from clusterdesk.services import lists, organizations
from clusterdesk.store.fts import insert_triggers_paused
from clusterdesk.store.models import Consultation, Organization


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


NAMES = ["ТОО «Құрылыс Сервис»", "ТОО «Шұғыла»", "ИП «Ёлкин»", "ТОО «Жаңақала»",
         "ТОО «Қала»", "АО «Өнеркәсіп Һолдинг»", "ТОО «Ақтөбе Іңкар»", "Kazakh Invest LLP"]


@pytest.fixture
def named(db):
    with db.session() as s:
        for name in NAMES:
            organizations.save(s, Organization(name=name))
    return db


def _names(db, term: str, spec=lists.ORGANIZATIONS, column: str = "name") -> list[str]:
    query = lists.ListQuery(search=term, sort=spec.default_sort)
    at = 1 + [c.key for c in spec.columns].index(column)
    with db.session() as s:
        return [row[at] for row in lists.page(s, spec, query, 0, 50)]


@pytest.mark.parametrize(("typed", "found"), [
    ("курылыс", "ТОО «Құрылыс Сервис»"),   # Қ and Ұ typed on a Russian keyboard
    ("шуғыла", "ТОО «Шұғыла»"),
    ("ШУГЫЛА", "ТОО «Шұғыла»"),
    ("елкин", "ИП «Ёлкин»"),               # ё = е
    ("ёлкин", "ИП «Ёлкин»"),
    ("онеркасип холдинг", "АО «Өнеркәсіп Һолдинг»"),
    ("актобе инкар", "ТОО «Ақтөбе Іңкар»"),
    ("Qurylys", "ТОО «Құрылыс Сервис»"),   # Kazakh Latin
    ("Kurylys", "ТОО «Құрылыс Сервис»"),   # informal Latin
    ("Shugyla", "ТОО «Шұғыла»"),
    ("Aqtöbe", "ТОО «Ақтөбе Іңкар»"),
    ("рылы", "ТОО «Құрылыс Сервис»"),      # inside a word
    ("ервис", "ТОО «Құрылыс Сервис»"),
    ("invest", "Kazakh Invest LLP"),
])
def test_a_name_is_found_however_it_is_typed(named, typed, found):
    assert found in _names(named, typed)


def test_only_the_names_typed_are_found(named):
    assert _names(named, "курылыс") == ["ТОО «Құрылыс Сервис»"]
    assert _names(named, "ку") == ["ТОО «Құрылыс Сервис»"]  # two letters: a word's start
    assert _names(named, "зззз") == []


def test_whole_words_are_listed_before_matches_inside_words(named):
    # alphabetically «Жаңақала» comes before «Қала»; the exact word still comes first
    assert _names(named, "кала") == ["ТОО «Қала»", "ТОО «Жаңақала»"]
    query = lists.ListQuery(search="кала", sort="name", descending=True)
    with named.session() as s:  # a sort the user chose is kept as it is
        assert [r[1] for r in lists.page(s, lists.ORGANIZATIONS, query, 0, 9)] == [
            "ТОО «Қала»", "ТОО «Жаңақала»"]
        assert lists.count(s, lists.ORGANIZATIONS, lists.ListQuery(search="кала")) == 2


def test_renames_deletes_and_bulk_writes_follow_the_folded_index(named):
    with named.session() as s:
        org = s.scalars(select(Organization).where(Organization.name == "ТОО «Шұғыла»")).one()
        org.name = "ТОО «Ләззат»"
    assert _names(named, "шугыла") == [] and _names(named, "лаззат") == ["ТОО «Ләззат»"]
    with named.session() as s:  # a row removed for good (a purge) leaves the index too
        s.execute(text("DELETE FROM organizations WHERE uuid = :u"), {"u": org.uuid})
    assert _names(named, "лаззат") == []
    with named.session() as s:
        conn = s.connection()
        with insert_triggers_paused(conn):
            conn.execute(Organization.__table__.insert(), [
                {"uuid": "bulk-1", "device_id": "d", "hlc": "", "name": "ТОО «Үміт Құс»",
                 "name_key": "", "kind": "enterprise"}])
    assert _names(named, "умит кус") == ["ТОО «Үміт Құс»"]
    with named.session() as s:
        organizations.save(s, Organization(name="ТОО «Ғарыш»"))  # the triggers came back
    assert _names(named, "гарыш") == ["ТОО «Ғарыш»"]


def test_the_database_folds_exactly_as_the_program_does(named):
    migration = importlib.import_module(
        "clusterdesk.store.migrations.versions.0007_consultant_day")
    assert migration.PAIRS == FOLD_PAIRS, "folding changed: add a migration that rebuilds"
    folded = ("SELECT o.name, f.name FROM organizations o JOIN organizations_folded f "
              "ON f.id = o.rowid") if named.dialect == "sqlite" else \
        "SELECT name, search_fold(name) FROM organizations"  # migration 0010's function
    with named.session() as s:
        rows = s.execute(text(folded)).all()
    assert len(rows) == len(NAMES)
    assert all(search_fold(name) == folded.casefold() for name, folded in rows)


def test_consultations_are_found_by_their_organization_typed_on_a_russian_keyboard(named):
    with named.session() as s:
        org = s.scalars(select(Organization).where(Organization.name.like("%Құрылыс%"))).one()
        s.add(Consultation(organization_uuid=org.uuid, date=dt.date.today(),
                           consultants=[]))
    assert _names(named, "курылыс", lists.CONSULTATIONS, "organization") == [
        "ТОО «Құрылыс Сервис»"]


def test_small_lists_fold_too(db):
    from clusterdesk.store.models import Trip

    with db.session() as s:
        s.add(Trip(title="Шығыс Қазақстан, 2-тур", start_date=dt.date(2025, 3, 1), round=2,
                   end_date=dt.date(2025, 3, 5), region_codes=[]))
    assert _names(db, "шыгыс казак", lists.TRIPS, "title") == ["Шығыс Қазақстан, 2-тур"]
    assert _names(db, "Shygys", lists.TRIPS, "title") == ["Шығыс Қазақстан, 2-тур"]


def test_command_line_list_searches_the_same_way(named, capsys):
    named.close()
    assert main(["--db", named.location, "list", "organizations", "--search", "курылыс",
                 "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["ТОО «Құрылыс Сервис»"]
    assert main(["--db", named.location, "list", "organizations", "--search", "кала"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:2] == ["uuid", "name"]
    assert [line.split("\t")[1] for line in lines[1:]] == ["ТОО «Қала»", "ТОО «Жаңақала»"]


def test_an_untouched_consultation_says_interest_was_not_asked_and_old_values_stay(db):
    from clusterdesk.domain.enums import Interest

    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО «Сынақ»"))
        s.flush()
        fresh = Consultation(organization_uuid=org.uuid, date=dt.date.today(),
                             consultants=[])
        old = Consultation(organization_uuid=org.uuid, date=dt.date.today(),
                           consultants=[], interest=Interest.NONE)
        s.add_all([fresh, old])
    with db.session() as s:
        assert s.get(Consultation, fresh.uuid).interest is Interest.NOT_ASKED
        assert s.get(Consultation, old.uuid).interest is Interest.NONE
        with pytest.raises(Exception, match="(?i)check"):
            s.execute(text("UPDATE consultations SET interest = 'bogus'"))

