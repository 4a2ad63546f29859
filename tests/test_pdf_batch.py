"""A batch of reports on every core: the same files as one after another (apart from the
moment they were made), in the same order, and cancellable."""

import os
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from clusterdesk.reports import batch
from clusterdesk.reports.diagnostic import render_batch
from clusterdesk.services.report_data import diagnostic_reports
from clusterdesk.store.diagnostic_models import Diagnostic

# What differs between two renderings of the same report: when it was made.
_STAMPS = [
    (rb"/(CreationDate|ModDate) \(D:[0-9+\-Z']+\)", rb"/\1 (D:stamp)"),
    (rb"/ID\s*\[<[0-9a-fA-F]{32}><[0-9a-fA-F]{32}>\]", rb"/ID [stamp]"),
    (rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]+<", rb"<xmp:\1>stamp<"),
]


def _without_stamps(pdf: bytes) -> bytes:
    for pattern, stamp in _STAMPS:
        pdf, found = re.subn(pattern, stamp, pdf)
        assert found, f"no {pattern!r} in the report: the comparison would mean nothing"
    return pdf


@pytest.fixture(scope="module")
def uuids(demo_db_file):
    from clusterdesk.store.database import open_database

    db = open_database(demo_db_file)
    with db.session() as s:
        found = list(s.scalars(select(Diagnostic.uuid).order_by(Diagnostic.date).limit(8)))
    db.close()
    assert len(found) == 8
    return found


def test_two_processes_write_the_same_reports_as_one(demo_db, uuids, tmp_path: Path):
    alone = render_batch(diagnostic_reports(demo_db, uuids), 8, tmp_path / "alone", "kk",
                         workers=1)
    shared = render_batch(diagnostic_reports(demo_db, uuids), 8, tmp_path / "shared", "kk",
                          workers=2)
    assert [p.name for p in shared] == [p.name for p in alone]  # same names, same order
    assert len(set(alone)) == 8
    for one, other in zip(alone, shared, strict=True):
        assert _without_stamps(one.read_bytes()) == _without_stamps(other.read_bytes()), one.name


def _pid(item: int, lang: str) -> bytes:
    return f"{item} {lang} {os.getpid()}".encode()


def test_the_batch_runs_in_worker_processes_in_order_and_stops_when_asked(tmp_path: Path):
    def write(item: int, data: bytes) -> Path:
        path = tmp_path / f"{item:02}.txt"
        path.write_bytes(data)
        return path

    written = batch.render_files(range(12), 12, _pid, "ru", write, workers=2)
    lines = [p.read_text().split() for p in written]
    assert [int(n) for n, _lang, _pid in lines] == list(range(12))
    pids = {int(pid) for _n, _lang, pid in lines}
    assert len(pids) == 2 and os.getpid() not in pids
    for p in written:
        p.unlink()
    stopped = batch.render_files(range(12), 12, _pid, "ru", write, workers=2,
                                 progress=lambda done, total: done < 5)
    assert len(stopped) == 5 and len(list(tmp_path.iterdir())) == 5


def test_reports_sent_in_chunks_come_back_in_order_and_stop_when_asked(tmp_path: Path):
    def write(item: int, data: bytes) -> Path:
        path = tmp_path / f"{item:02}.txt"
        path.write_bytes(data)
        return path

    assert batch.chunk_size(40, 2) == 4
    written = batch.render_files(range(40), 40, _pid, "kk", write, workers=2)
    assert [int(p.read_text().split()[0]) for p in written] == list(range(40))
    for p in written:
        p.unlink()
    stopped = batch.render_files(range(40), 40, _pid, "kk", write, workers=2,
                                 progress=lambda done, total: done < 7)  # within a chunk
    assert len(stopped) == 7 and len(list(tmp_path.iterdir())) == 7


def test_a_small_batch_is_rendered_here():
    assert batch.workers_for(3) == 1
    assert batch.workers_for(264, 2) == 2
    assert batch.chunk_size(8, 2) == 1  # each worker still gets several
