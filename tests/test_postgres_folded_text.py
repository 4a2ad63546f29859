"""PostgreSQL keeps each organization's and consultation's folded search text (migrations 0010,
0013) whichever way a row is written: an import writes it, folded as the typed text is; an
editor's save, a rename or a copied database get it from the server. A name is then found
however it is typed, right after the write."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from test_postgres_store import NAMES
from test_sync_support import fresh_db

from clusterdesk.domain.text import search_fold
from clusterdesk.services import lists
from clusterdesk.services.list_query import ListQuery, count
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.store.pg_folded import pg_folded
from clusterdesk.sync import export_changes, import_file


def _folded(db, table):  # noqa: ANN001, ANN202
    with db.engine.connect() as conn:
        return dict(conn.execute(sa.text(f"SELECT uuid, search_folded FROM {table}")).all())


def _add(db, names):  # noqa: ANN001, ANN202
    with db.session() as s:
        orgs = [Organization(name=n, region_code="39") for n in names]
        s.add_all(orgs)
        s.flush()
        s.add_all([Consultation(date=dt.date(2024, 3, 1), organization_uuid=o.uuid,
                                topics=o.name, notes=f"Визит {i}", outcome="Жақсы")
                   for i, o in enumerate(orgs)])
        return [o.uuid for o in orgs]


def _found(db, key, term):  # noqa: ANN001, ANN202
    with db.session() as s:
        return count(s, lists.LISTS[key], ListQuery(search=term))


def test_a_saved_or_renamed_record_is_folded_by_the_server_as_python_folds(pg_db):
    uuids = _add(pg_db, NAMES)
    assert _folded(pg_db, "organizations") == {
        u: search_fold(n) for u, n in zip(uuids, NAMES, strict=True)}
    with pg_db.session() as s:
        consultations = {c.uuid: {"topics": c.topics, "notes": c.notes, "outcome": c.outcome}
                         for c in s.scalars(sa.select(Consultation))}
    assert _folded(pg_db, "consultations") == {
        u: pg_folded("consultations", v) for u, v in consultations.items()}

    with pg_db.session() as s:
        s.get(Organization, uuids[0]).name = "Құрылыс Shygys"
    assert _folded(pg_db, "organizations")[uuids[0]] == search_fold("Құрылыс Shygys")
    assert _found(pg_db, "organizations", "курылыс шыгыс") == 1


def test_an_imported_file_finds_its_names_however_typed(pg_db, tmp_path):
    laptop = fresh_db(tmp_path / "laptop.db")
    _add(laptop, ["ТОО «Құрылыс-2020»", "ЖШС «Ақжол»", "Kökşetau Agro"])
    export_changes(laptop, tmp_path / "laptop.cdsync")
    laptop.close()
    import_file(pg_db, tmp_path / "laptop.cdsync")
    assert _found(pg_db, "organizations", "курылыс") == 1
    assert _found(pg_db, "organizations", "акжол") == 1
    assert _found(pg_db, "consultations", "кокшетау") == 1
    assert _found(pg_db, "consultations", "жаксы") == 3
    with pg_db.session() as s:
        names = dict(s.execute(sa.select(Organization.uuid, Organization.name)).all())
    assert _folded(pg_db, "organizations") == {u: search_fold(n) for u, n in names.items()}

    # a later file renaming one (an update, not an insert): the folded text follows it
    laptop = open_database(tmp_path / "laptop.db")
    with laptop.session() as s:
        org = s.scalars(sa.select(Organization).where(Organization.name == "ЖШС «Ақжол»")).one()
        org.name = "ЖШС «Ақтөбе Жол»"
    export_changes(laptop, tmp_path / "later.cdsync")
    laptop.close()
    import_file(pg_db, tmp_path / "later.cdsync")
    assert _found(pg_db, "organizations", "акжол") == 0
    assert _found(pg_db, "organizations", "актобе") == 1
    assert _found(pg_db, "consultations", "актобе") == 1
