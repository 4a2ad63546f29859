"""Bulk jobs read the database without its memory map: pages read through the map count as
the program's memory, so an import or ANALYZE of a 600 MB file showed 620 MB used (the
benchmark's import peak RSS, limit 250 MB) where 165 MB are needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_sync_support import add_org_with_consultation, fresh_db

from clusterdesk.store import database
from clusterdesk.sync import dialects, export_changes, import_file


def _mapped(raw) -> int:  # noqa: ANN001
    return raw.execute("PRAGMA main.mmap_size").fetchall()[0][0]


def test_unmapped_turns_the_map_off_and_back_on(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA main.mmap_size = 268435456").fetchall()
        with database.unmapped(raw):
            assert _mapped(raw) == 0
        assert _mapped(raw) == 268435456
        with pytest.raises(RuntimeError), database.unmapped(raw):
            raise RuntimeError("a failed job")
        assert _mapped(raw) == 268435456  # restored after a failure too
        with dialects.import_session(conn, 32768):
            assert _mapped(raw) == 0
        assert _mapped(raw) == 268435456


def test_imports_and_analyze_read_without_the_map(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = database.unmapped

    def watching(raw):  # noqa: ANN001, ANN202
        seen.append(id(raw))
        return real(raw)

    source = fresh_db(tmp_path / "source.db")
    add_org_with_consultation(source, "ТОО «Алем»")
    export_changes(source, tmp_path / "all.cdsync", all_records=True)
    target = fresh_db(tmp_path / "target.db")
    # watched from here: the first ``fresh_db`` of a run also builds (and ANALYZEs) the
    # template database the others are copied from
    monkeypatch.setattr(database, "unmapped", watching)
    import_file(target, tmp_path / "all.cdsync")
    assert len(seen) == 1
    target.analyze()
    assert len(seen) == 2
