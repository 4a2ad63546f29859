"""A version cannot claim to have seen what came after it.

Found by a review: ``seen`` (which versions a record's writer had merged) is not signed; a
relay that added to it a stamp of device B later than the record's own made B's concurrent
value vanish at the receiver, neither current nor kept as a conflict. An honest writer's
clock passes every version it merges, so such an entry is dropped on arrival.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from test_sync_files import edit_first_line, rewrite
from test_sync_support import add_org_with_consultation, fresh_db

from clusterdesk.store.database import open_database
from clusterdesk.store.models import Organization
from clusterdesk.sync import export_changes, import_file
from clusterdesk.sync.records import earlier_seen

ORGS = "records/organizations.jsonl"


def _losing_values(db) -> list[str]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT loser_fields FROM sync_conflicts")]


def test_a_seen_stamp_after_the_records_own_does_not_hide_a_conflict(tmp_path: Path) -> None:
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _ = add_org_with_consultation(a, "Ферма «Береке»")
    export_changes(a, tmp_path / "0.cdsync")
    import_file(b, tmp_path / "0.cdsync")
    with b.session() as s:
        s.get(Organization, org).phone = "+7 701 000 0002"   # B first
    time.sleep(0.02)
    with a.session() as s:
        s.get(Organization, org).phone = "+7 701 000 0001"   # A later: A's value wins
    export_changes(a, tmp_path / "a.cdsync")
    b.engine.dispose()
    shutil.copy(b.path, tmp_path / "b2.db")
    b2 = open_database(tmp_path / "b2.db")

    def forge(r: dict) -> None:
        later = int(r["hlc"][:15]) + 60_000
        r["seen"] = {**(r.get("seen") or {}), b.device_id: f"{later:015d}-000000"}

    forged = rewrite(tmp_path / "a.cdsync", tmp_path / "forged.cdsync",
                     change=edit_first_line(ORGS, forge))
    assert import_file(b, tmp_path / "a.cdsync").conflicts == 1     # the honest file
    assert import_file(b2, forged).conflicts == 1                   # and the forged one
    assert any("000 0002" in v for v in _losing_values(b2))
    with b2.session() as s:
        assert s.get(Organization, org).phone == "+7 701 000 0001"


def test_honest_seen_entries_are_kept() -> None:
    own = ("001491985800000-000005", "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb")
    seen = {"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa": "001491985800000-000004",
            "cccccccc-cccc-4ccc-8ccc-cccccccccccc": "001491985800000-000005"}
    assert earlier_seen("organizations", seen, *own) == {
        "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa": "001491985800000-000004"}
    assert earlier_seen("sync_conflicts", seen, *own) == seen
