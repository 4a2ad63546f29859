"""The apply pass takes the records its check pass decoded (a small file), or reads a large
file again: both give the same database, and a file that holds more lines than its manifest
counts is refused without its lines being kept in memory."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from test_sync_files import rewrite
from test_sync_support import add_org_with_consultation, dump, dump_all, fresh_db, valid_bins

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import check, export_changes, import_file

CONS = "records/consultations.jsonl"


def _files(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Head office's database, and two files from a laptop: its first records, then edits
    (conflicting with an edit made at head office meanwhile) and new records."""
    laptop = fresh_db(tmp_path / "laptop.db")
    org, cons = add_org_with_consultation(laptop, "ТОО «Қостанай Нан»", valid_bins(1)[0])
    with laptop.session() as s:
        for i in range(30):
            s.add(Consultation(date=dt.date(2017, 3, 1 + i % 28), organization_uuid=org,
                               notes=f"Кеңес № {i}"))
    export_changes(laptop, tmp_path / "first.cdsync")
    head = fresh_db(tmp_path / "head.db")
    import_file(head, tmp_path / "first.cdsync")
    with head.session() as s:
        s.get(Organization, org).phone = "+7 701 000 0001"
    with laptop.session() as s:
        s.get(Organization, org).phone = "+7 701 000 0002"
        s.get(Consultation, cons).notes = "Өзгерді"
        for i in range(10):
            s.add(Consultation(date=dt.date(2017, 5, 1 + i), organization_uuid=org,
                               notes=f"Жаңа {i}"))
    export_changes(laptop, tmp_path / "second.cdsync")
    head.close()
    laptop.close()
    return tmp_path / "head.db", tmp_path / "first.cdsync", tmp_path / "second.cdsync"


def test_kept_and_read_again_give_the_same_database(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    head, _first, second = _files(tmp_path)
    shutil.copy(head, tmp_path / "again.db")
    kept = open_database(head)
    summary_kept = import_file(kept, second)
    monkeypatch.setattr(check, "KEEP_RECORDS", 0)  # as for a file too large to keep
    again = open_database(tmp_path / "again.db")
    summary_again = import_file(again, second)
    assert (summary_kept.new, summary_kept.updated, summary_kept.conflicts) == (
        summary_again.new, summary_again.updated, summary_again.conflicts) == (10, 2, 1)
    travelling = [t for t in dump(kept) if t != "sync_conflicts"]
    assert dump(kept, travelling) == dump(again, travelling)
    assert _conflicts(kept) == _conflicts(again) != []  # (each stamped when it was found)


def _conflicts(db) -> list[tuple]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT uuid, record_uuid, loser_hlc, loser_device_id, loser_fields, winner_hlc "
            "FROM sync_conflicts ORDER BY uuid")]


def test_the_check_pass_keeps_only_a_small_file(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _head, first, _second = _files(tmp_path)
    seen: list[object] = []
    real = check.check_bundle

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(real(*args, **kwargs))
        return seen[-1]

    from clusterdesk.sync import importer
    monkeypatch.setattr(importer, "check_bundle", spy)
    import_file(fresh_db(tmp_path / "a.db"), first)
    assert seen[-1] is not None
    assert sum(map(len, seen[-1].values())) == 32  # every record, decoded once
    monkeypatch.setattr(check, "KEEP_RECORDS", 31)
    import_file(fresh_db(tmp_path / "b.db"), first)
    assert seen[-1] is None


def test_more_lines_than_the_manifest_counts_is_refused(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile file whose manifest counts few records and whose member holds many: the
    check pass stops keeping lines past the limit, and the file is refused whole."""
    _head, first, _second = _files(tmp_path)
    monkeypatch.setattr(check, "KEEP_RECORDS", 5)

    def fewer(man: dict) -> None:
        man["counts"]["consultations"] = 3
    bad = rewrite(first, tmp_path / "bad.cdsync", manifest=fewer)
    db = fresh_db(tmp_path / "dst.db")
    before = dump_all(db)
    with pytest.raises(ClusterDeskError, match="holds 31 records but the manifest says 3"):
        import_file(db, bad)
    assert dump_all(db) == before
