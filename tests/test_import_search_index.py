"""A first import that merges two organizations keeps the search indexes sound.

A first import builds the search indexes once at the end; a same-BIN merge in that import
renames the surviving organization, and the index of its consultations must not be touched
half-built (FTS5 then reports the database as damaged and the import fails).
"""

from __future__ import annotations

from pathlib import Path

from test_sync_support import add_org_with_consultation, fresh_db, valid_bins

from clusterdesk.sync import export_changes, import_file


def _fts_sound(db) -> list[str]:  # noqa: ANN001
    bad = []
    with db.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")]
        for name in names:
            try:
                conn.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES('integrity-check')")
            except Exception as exc:  # noqa: BLE001 - the failure is the finding
                bad.append(f"{name}: {exc}")
    return bad


def test_a_merge_that_renames_the_survivor_in_a_first_import(tmp_path: Path) -> None:
    bin_ = valid_bins(1, start=700)[0]
    first = fresh_db(tmp_path / "first.db")
    add_org_with_consultation(first, "ТОО «Алем»", bin_=bin_, notes="first")
    second = fresh_db(tmp_path / "second.db")  # the same enterprise, entered later elsewhere
    add_org_with_consultation(second, "ТОО «Әлем Құрылыс»", bin_=bin_, notes="second")
    export_changes(first, tmp_path / "first.cdsync", all_records=True)
    assert import_file(second, tmp_path / "first.cdsync").merged == 1
    path = tmp_path / "all.cdsync"
    export_changes(second, path, all_records=True)
    fresh = fresh_db(tmp_path / "fresh.db")
    import_file(fresh, path)
    assert _fts_sound(fresh) == []
    with fresh.engine.connect() as conn:  # both consultations found by the survivor's name
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM consultations_infix_fts WHERE consultations_infix_fts "
            "MATCH '\"курылыс\"'").scalar()
    assert hits == 2
    with fresh.engine.connect() as conn:
        live = conn.exec_driver_sql(
            "SELECT name FROM organizations WHERE deleted = 0").scalars().all()
    assert live == ["ТОО «Әлем Құрылыс»"]  # the survivor took the newer name
    with fresh.engine.connect() as conn:  # the stored folded names (0014) rebuilt with them
        stored, source = (dict(conn.exec_driver_sql(f"SELECT id, text FROM {t}").all())
                          for t in ("organizations_search_text", "organizations_search_source"))
    assert stored == source and "тоо «алем курылыс»" in stored.values()


def test_while_an_index_is_built_at_the_end_no_trigger_writes_into_it(tmp_path: Path) -> None:
    """A first import pauses every trigger that keeps the index, wherever it is declared."""
    import sqlalchemy as sa

    from clusterdesk.store.models import Consultation
    from clusterdesk.sync.write_plan import WritePlan

    db = fresh_db(tmp_path / "empty.db")
    with db.engine.begin() as conn:
        plan = WritePlan(conn, Consultation.__table__)
        assert plan.paused, "a first import builds the consultations' index at the end"
        left = conn.execute(sa.text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
            "(sql LIKE '%consultations%fts%' OR sql LIKE '%consultations_search_text%')")
        ).scalars().all()
        assert left == []
        plan.resume()
        back = conn.execute(sa.text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
            "name LIKE 'consultations_search_text_org%'")).scalar()
        assert back >= 2  # the organization-side triggers are back
