"""A laptop whose clock read the year 2999: once the date is right, its changes reach head office.

Before, head office held them back (rightly), and the laptop's clock, which never goes back,
kept stamping every later edit after them too: "correct that computer's clock and sync again"
changed nothing. Now the consultant re-dates them (telling today's date), the next file
carries them with in-range stamps and signed afresh, and head office drops the versions it
held from that laptop.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_relay_proofs import world  # noqa: F401 - the fixture
from test_sync_files import rewrite
from test_sync_support import add_org_with_consultation, fresh_db

from clusterdesk.domain.hlc import HybridClock
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import export_changes, import_file, sync_central
from clusterdesk.sync.reader import SyncFileError
from clusterdesk.sync.redate import future_own_changes, redate

YEAR_2999_MS = 32_503_680_000_000


def _org(db, uuid: str) -> Organization:  # noqa: ANN001
    with db.session() as s:
        org = s.get(Organization, uuid)
        s.expunge(org)
        return org


def _edit(db, uuid: str, **values) -> None:  # noqa: ANN001, ANN003
    with db.session() as s:
        org = s.get(Organization, uuid)
        for k, v in values.items():
            setattr(org, k, v)


def _held(db) -> int:  # noqa: ANN001
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM sync_held").scalar()


def _in_2999(db) -> None:  # noqa: ANN001
    db.clock = HybridClock(db.clock.last, now_ms=lambda: YEAR_2999_MS)


def _today(db) -> dt.date:  # noqa: ANN001
    return dt.datetime.fromtimestamp(db.clock.wall_ms() / 1000, dt.UTC).date()


def _send(src, dst, tmp: Path, name: str):  # noqa: ANN001, ANN202
    path = tmp / f"{name}.cdsync"
    export_changes(src, path)
    return import_file(dst, path)


@pytest.fixture
def laptop_of_2999(tmp_path: Path):  # noqa: ANN201
    """A laptop whose clock read 2999 for two edits; its date is now corrected (reopened)."""
    laptop, office = fresh_db(tmp_path / "laptop.db"), fresh_db(tmp_path / "office.db")
    org, cons = add_org_with_consultation(laptop, "Ферма")
    _send(laptop, office, tmp_path, "first")
    _in_2999(laptop)
    _edit(laptop, org, name="Ферма «Береке»")
    add_org_with_consultation(laptop, "Жаңа ферма")
    first = _send(laptop, office, tmp_path, "future")
    assert first.held >= 3 and _org(office, org).name == "Ферма"
    laptop.close()
    laptop = open_database(tmp_path / "laptop.db")  # the clock is right again
    yield laptop, office, org
    laptop.close()
    office.close()


def test_correcting_the_clock_alone_does_not_help(laptop_of_2999, tmp_path: Path) -> None:
    laptop, office, org = laptop_of_2999
    _edit(laptop, org, phone="+7 7172 55 01 02")
    assert _org(laptop, org).hlc.startswith("032503")       # still stamped in 2999
    found = future_own_changes(laptop)
    assert found is not None and found.count >= 3
    assert "re-date" in str(export_changes(laptop, tmp_path / "still.cdsync"))


def test_redated_changes_reach_head_office_and_replace_what_it_held(
        laptop_of_2999, tmp_path: Path) -> None:
    laptop, office, org = laptop_of_2999
    summary = redate(laptop, _today(laptop))
    assert summary.count >= 3 and summary.newest.startswith("032503")
    assert future_own_changes(laptop) is None
    assert _org(laptop, org).name == "Ферма «Береке»"            # values untouched
    assert _org(laptop, org).hlc < f"{laptop.clock.wall_ms() + 1:015d}"
    _edit(laptop, org, phone="+7 7172 55 01 02")                # the clock went back too
    assert _org(laptop, org).hlc[:4] == "0017"
    result = _send(laptop, office, tmp_path, "redated")
    assert result.held == 0 and result.withdrawn >= 3, str(result)
    assert "dated them again" in str(result)
    assert _held(office) == 0
    got = _org(office, org)
    assert (got.name, got.phone) == ("Ферма «Береке»", "+7 7172 55 01 02")
    with office.session() as s:
        names = set(s.scalars(sa.select(Organization.name)))
        assert "Жаңа ферма" in names
        assert s.scalar(sa.select(sa.func.count()).select_from(Consultation)) == 2
    # head office's own later edit wins over the laptop's older one, as it should
    _edit(office, org, phone="+7 7172 00 00 00")
    assert _org(office, org).phone == "+7 7172 00 00 00"


def test_redate_needs_todays_date_as_the_computer_reads_it(laptop_of_2999) -> None:
    laptop, _office, org = laptop_of_2999
    before = _org(laptop, org).hlc
    with pytest.raises(ClusterDeskError, match="nothing was re-dated"):
        redate(laptop, _today(laptop) - dt.timedelta(days=400))
    assert _org(laptop, org).hlc == before
    laptop.clock = HybridClock(laptop.clock.last, now_ms=lambda: 946_684_800_000)  # 2000
    with pytest.raises(ClusterDeskError, match="before the programme began"):
        redate(laptop, dt.date(2000, 1, 1))
    assert _org(laptop, org).hlc == before


def test_another_window_on_the_same_database_goes_back_too(laptop_of_2999, tmp_path: Path
                                                           ) -> None:
    laptop, _office, org = laptop_of_2999
    other = open_database(tmp_path / "laptop.db")  # a second window, opened before
    try:
        assert other.clock.last.millis >= YEAR_2999_MS
        redate(laptop, _today(laptop))
        _edit(other, org, phone="+7 1")
        assert _org(other, org).hlc[:4] == "0017"
        assert future_own_changes(other) is None
    finally:
        other.close()


def test_nothing_to_redate_changes_nothing(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    org, _ = add_org_with_consultation(db, "Ферма")
    before = _org(db, org).hlc
    assert future_own_changes(db) is None
    assert redate(db, _today(db)).count == 0
    assert _org(db, org).hlc == before


@pytest.mark.parametrize("withdrawn, expect", [
    ("all", "not a list"),
    ([["0", "1"]], "not two clock stamps"),
    ([["032503680000000-000000", "001700000000000-000000"]], "ends before it begins"),
    ([["032503680000000-000000"]] * 3, "not two clock stamps"),
    ([["001700000000000-000000", "032503680000000-000000"]] * 21, "at most 20"),
])
def test_a_manifest_with_a_bad_withdrawn_span_is_refused(tmp_path: Path, withdrawn, expect
                                                         ) -> None:  # noqa: ANN001
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp_path / "out.cdsync"
    export_changes(src, path)

    bad = rewrite(path, tmp_path / "bad.cdsync",
                  manifest=lambda m: m.update(withdrawn=withdrawn))
    with pytest.raises(SyncFileError, match=expect):
        import_file(dst, bad)
    with dst.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Organization)) == 0


def test_a_device_cannot_withdraw_what_another_device_sent(laptop_of_2999, tmp_path: Path
                                                           ) -> None:
    _laptop, office, _org_uuid = laptop_of_2999
    held = _held(office)
    stranger = fresh_db(tmp_path / "c.db")
    add_org_with_consultation(stranger, "Бөтен")
    path = tmp_path / "s.cdsync"
    export_changes(stranger, path)

    everything = [["000000000000000-000000", "999999999999999-999999"]]
    result = import_file(office, rewrite(path, tmp_path / "s2.cdsync",
                                         manifest=lambda m: m.update(withdrawn=everything)))
    assert result.withdrawn == 0 and _held(office) == held


def test_signed_redated_changes_through_the_central_file(world, tmp_path: Path  # noqa: F811
                                                         ) -> None:  # noqa: ANN001
    ho, a, _b, central = world
    org, _ = add_org_with_consultation(a, "Ферма")
    sync_central(a, central)
    sync_central(ho, central)
    _in_2999(a)
    _edit(a, org, name="Ферма 2999")
    sync_central(a, central)
    first = sync_central(ho, central).imported
    assert first is not None and first.held >= 1 and _org(ho, org).name == "Ферма"
    a.clock = HybridClock(a.clock.last)  # the date set right
    assert redate(a, _today(a)).count >= 1
    sync_central(a, central)
    result = sync_central(ho, central).imported
    assert result is not None and not result.refused, result.refused
    assert result.withdrawn >= 1
    assert _org(ho, org).name == "Ферма 2999" and _held(ho) == 0


def test_the_command_line_says_what_it_would_redate_and_does_it_with_todays_date(
        tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from clusterdesk.cli.main import main

    path = tmp_path / "laptop.db"
    db = fresh_db(path)
    org, _ = add_org_with_consultation(db, "Ферма")
    _in_2999(db)
    _edit(db, org, name="Ферма 2999")
    today = dt.datetime.now(dt.UTC).date()
    db.close()
    assert main(["--db", str(path), "sync-status"]) == 0
    assert "stamped ahead of its clock: 1" in capsys.readouterr().out
    assert main(["--db", str(path), "redate"]) == 0
    assert "--today" in capsys.readouterr().out
    assert main(["--db", str(path), "redate", "--today", "1999-01-01"]) != 0
    assert "nothing was re-dated" in capsys.readouterr().err
    assert main(["--db", str(path), "redate", "--today", "3 December"]) != 0
    assert "is not a date" in capsys.readouterr().err
    assert main(["--db", str(path), "redate", "--today", today.isoformat()]) == 0
    assert "1 change dated again" in capsys.readouterr().out
    assert main(["--db", str(path), "redate"]) == 0
    assert "nothing to re-date" in capsys.readouterr().out


def test_head_office_on_postgresql_redates_its_own_changes(pg_db, tmp_path: Path) -> None:  # noqa: ANN001
    laptop = fresh_db(tmp_path / "laptop.db")
    org, _ = add_org_with_consultation(pg_db, "Ферма")
    _send(pg_db, laptop, tmp_path, "first")
    real = pg_db.clock
    _in_2999(pg_db)
    _edit(pg_db, org, name="Ферма «Береке»")
    assert _send(pg_db, laptop, tmp_path, "future").held >= 1
    pg_db.clock = HybridClock(pg_db.clock.last, now_ms=real.wall_ms, epoch=real.epoch)
    assert redate(pg_db, _today(pg_db)).count >= 1
    assert future_own_changes(pg_db) is None
    result = _send(pg_db, laptop, tmp_path, "again")
    assert result.withdrawn >= 1 and _held(laptop) == 0, str(result)
    assert _org(laptop, org).name == "Ферма «Береке»"
    laptop.close()


def test_held_versions_are_bounded_per_device_and_the_rest_refused(tmp_path: Path,
                                                                   monkeypatch) -> None:  # noqa: ANN001
    from clusterdesk.sync import hold
    from clusterdesk.sync.held_list import discard_held, held_records

    monkeypatch.setattr(hold, "max_held_per_device", lambda: 3)
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    _in_2999(src)
    for i in range(5):
        add_org_with_consultation(src, f"Ферма {i}")     # an organization and its visit
    summary = _send(src, dst, tmp_path, "many")
    assert summary.held == 3 and _held(dst) == 3
    assert len(summary.refused) == 7, summary.refused   # 10 versions: 3 held, 7 refused
    assert all("would be held back" in r or "refused" in r for r in summary.refused)
    assert "are held back here already" in str(summary)
    with dst.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Organization)) == 0
    total, rows = held_records(dst)
    assert total == 3 and discard_held(dst, [r.id for r in rows]) == 3
    _edit(src, _org_uuid_named(src, "Ферма 4"), phone="+7 4")
    assert _send(src, dst, tmp_path, "after").held >= 1   # room again once discarded


def _org_uuid_named(db, name: str) -> str:  # noqa: ANN001
    with db.session() as s:
        return s.scalar(sa.select(Organization.uuid).where(Organization.name == name))


def test_a_receiver_whose_clock_went_back_says_its_own_clock_is_wrong(tmp_path: Path) -> None:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(dst, "Офис")             # the receiver's own changes: today
    earlier = fresh_db(tmp_path / "e.db")
    add_org_with_consultation(earlier, "Ертеректегі")
    _send(earlier, dst, tmp_path, "earlier")           # and a colleague's, stored here today
    real = dst.clock
    year_2020 = 1_577_836_800_000
    dst.clock = HybridClock(dst.clock.last, now_ms=lambda: year_2020, epoch=real.epoch)
    add_org_with_consultation(src, "Ферма")
    summary = _send(src, dst, tmp_path, "to-reset")
    assert summary.held >= 2 and summary.clock_behind
    assert "this computer's clock reads 2020-01-01" in str(summary), str(summary)
    assert "correct that computer's clock" not in str(summary)
    dst.clock = HybridClock(dst.clock.last, now_ms=real.wall_ms, epoch=real.epoch)  # set right
    other = fresh_db(tmp_path / "c.db")
    add_org_with_consultation(other, "Басқа")
    later = _send(other, dst, tmp_path, "later")
    assert later.released >= 2 and not later.clock_behind and _held(dst) == 0


def test_no_redating_when_it_is_this_computers_clock_that_went_back(tmp_path: Path) -> None:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(src, "Ферма")
    _send(src, dst, tmp_path, "today")                  # others' changes, stored here
    org, _ = add_org_with_consultation(dst, "Офис")      # and its own
    real = dst.clock
    dst.clock = HybridClock(dst.clock.last, now_ms=lambda: 1_577_836_800_000, epoch=real.epoch)
    found = future_own_changes(dst)
    assert found is not None and found.foreign_newest     # not only its own look "ahead"
    before = _org(dst, org).hlc
    with pytest.raises(ClusterDeskError, match="its clock is behind now"):
        redate(dst, dt.date(2020, 1, 1))
    assert _org(dst, org).hlc == before


def test_a_laptop_whose_own_changes_are_ahead_still_names_the_senders_clock(
        laptop_of_2999, tmp_path: Path) -> None:
    laptop, _office, _org_uuid = laptop_of_2999
    ahead = fresh_db(tmp_path / "ahead.db")
    _in_2999(ahead)
    add_org_with_consultation(ahead, "Алдағы")
    summary = _send(ahead, laptop, tmp_path, "from-ahead")
    assert summary.held >= 2 and not summary.clock_behind, str(summary)
    assert "years ahead" in str(summary)
