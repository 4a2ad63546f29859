"""The segments new to a machine are imported as one step: all of them, or none of them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_sync_support import add_org_with_consultation, dump, dump_all, fresh_db

from clusterdesk.store.models import Consultation
from clusterdesk.store.sync_models import SyncLog
from clusterdesk.sync import central_import, sync_central
from clusterdesk.sync import central_segments as cs


def _notes(db) -> list[str]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT notes FROM consultations").scalars())


def _three_segments(tmp_path: Path) -> Path:
    central = tmp_path / "central.cdsync"
    for i in range(3):
        db = fresh_db(tmp_path / f"laptop-{i}.db")
        add_org_with_consultation(db, f"Ферма {i}", notes=f"visit {i}")
        sync_central(db, central)
    assert [s.kind for s in cs.read_index(central).segments] == ["base", "delta", "delta"]
    return central


def test_a_failure_in_the_third_segment_leaves_nothing_of_the_first_two(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    central = _three_segments(tmp_path)
    late = fresh_db(tmp_path / "late.db")
    add_org_with_consultation(late, "Своя ферма", notes="my own")
    before, file_before = dump_all(late), central.read_bytes()
    real, calls = central_import.apply_all, []

    def dies_in_the_third(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        real(*args, **kwargs)  # the third segment's rows are written, then the sync dies
        if len(calls) == 3:
            raise OSError(5, "the disk went away")

    monkeypatch.setattr(central_import, "apply_all", dies_in_the_third)
    with pytest.raises(OSError):
        sync_central(late, central)
    assert len(calls) == 3
    assert dump_all(late) == before            # nothing of segments 1 and 2 either
    with late.engine.connect() as conn:
        logged = conn.execute(sa.select(SyncLog.__table__.c.direction)).scalars().all()
    assert "import" not in logged
    assert central.read_bytes() == file_before  # and nothing written to the file
    monkeypatch.setattr(central_import, "apply_all", real)
    summary = sync_central(late, central)
    assert summary.segments_read == 3 and summary.imported.new == 6
    assert _notes(late) == ["my own", "visit 0", "visit 1", "visit 2"]


def test_several_segments_are_one_commit_with_one_log_entry_each(tmp_path: Path) -> None:
    central = _three_segments(tmp_path)
    late = fresh_db(tmp_path / "late.db")
    summary = sync_central(late, central)
    assert summary.segments_read == 3 and not summary.refused
    with late.engine.connect() as conn:
        rows = conn.execute(sa.select(SyncLog.__table__.c.bundle_id).where(
            SyncLog.__table__.c.direction == "import")).scalars().all()
    assert sorted(rows) == sorted(s.bundle for s in cs.read_index(central).segments[:3])
    again = sync_central(late, central)
    assert again.imported.already_imported and again.segments_read == 0


def test_a_later_segment_may_refer_to_a_record_of_an_earlier_one(tmp_path: Path) -> None:
    central = tmp_path / "central.cdsync"
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _cons = add_org_with_consultation(a, "Ферма", notes="first visit")
    sync_central(a, central)
    sync_central(b, central)
    with b.session() as s:  # b visits a's organization: its segment refers to a's record
        s.add(Consultation(date=dt.date(2016, 8, 1), organization_uuid=org,
                           notes="second visit"))
    sync_central(b, central)
    late = fresh_db(tmp_path / "late.db")
    summary = sync_central(late, central)
    assert summary.segments_read == 2 and not summary.refused
    assert _notes(late) == ["first visit", "second visit"]


def test_a_conflict_already_in_the_file_is_taken_as_it_is_not_stamped_and_sent_again(
        tmp_path: Path) -> None:
    """Three laptops edit the same consultation, in turn. The second keeps the first's edit
    as a conflict and sends it; the third finds the same conflict while it merges, and takes
    the second's copy from the file instead of sending its own: it sends only the conflict
    that is new (the second's edit, lost to its own)."""
    central = tmp_path / "central.cdsync"
    a, b, c = (fresh_db(tmp_path / f"{n}.db") for n in "abc")
    _org, cons = add_org_with_consultation(a, "Ферма", notes="first visit")
    for db in (a, b, c):
        sync_central(db, central)
    for db, notes in ((a, "Әсем called back"), (b, "Қанат called back"),
                      (c, "Іңкәр called back")):
        with db.session() as s:
            s.get(Consultation, cons).notes = notes
    sync_central(a, central)
    sync_central(b, central)
    summary = sync_central(c, central)
    assert summary.exported.counts["sync_conflicts"] == 1
    assert summary.imported.conflicts == 1
    with c.engine.connect() as conn:
        kept = conn.exec_driver_sql(
            "SELECT loser_fields, device_id FROM sync_conflicts ORDER BY loser_hlc").all()
    assert [(json.loads(f)["notes"], d) for f, d in kept] == [
        ("Әсем called back", b.device_id), ("Қанат called back", c.device_id)]
    for db in (a, b, c, a, b):
        sync_central(db, central)
    assert dump(a) == dump(b) == dump(c)
    assert _notes(a) == ["Іңкәр called back"]
