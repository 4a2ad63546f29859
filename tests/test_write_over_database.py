"""No file ClusterDesk writes may take the place of the database it is working on.

Found by a review: ``clusterdesk --db x.db export x.db`` renamed the sync file over the live
database and said nothing; the next start found "not an SQLite file".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clusterdesk import atomic
from clusterdesk.cli.main import main
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Organization


def test_export_to_the_database_itself_is_refused(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db_path = tmp_path / "x.db"
    db = open_database(db_path)
    with db.session() as s:
        s.add(Organization(name="ТОО «Қазына»"))
    db.close()
    assert main(["--db", str(db_path), "export", str(db_path)]) != 0
    assert "is the database ClusterDesk is working on" in capsys.readouterr().err
    db = open_database(db_path)
    with db.session() as s:
        assert s.query(Organization).filter_by(name="ТОО «Қазына»").count() == 1
    db.close()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_no_write_replaces_an_open_database_or_its_journal(tmp_path: Path, suffix: str) -> None:
    db = open_database(tmp_path / "x.db")
    try:
        with pytest.raises(ClusterDeskError) as err, atomic.atomic_write(
                tmp_path / f"x.db{suffix}") as fh:
            fh.write(b"a list")
        assert err.value.code == "file.is_database"
        with atomic.atomic_write(tmp_path / "x.db.csv") as fh:  # a neighbour is fine
            fh.write(b"a list")
    finally:
        db.close()
    with atomic.atomic_write(tmp_path / "other.db") as fh:  # and a closed one's name too
        fh.write(b"x")
    second = open_database(tmp_path / "y.db")
    third = open_database(tmp_path / "y.db")
    second.close()
    with pytest.raises(ClusterDeskError):  # still open once
        atomic.refuse_database(tmp_path / "y.db")
    third.close()
    third.close()  # closing twice does not release another one's protection
    atomic.refuse_database(tmp_path / "y.db")
