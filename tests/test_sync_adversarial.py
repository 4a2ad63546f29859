"""Sync tried as an adversarial head office would: wrong clocks, relays, concurrent field
edits, cloned databases, merge orders and hand-built fields. Nothing lost, nothing forged."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_sync_files import edit_first_line, rewrite
from test_sync_support import add_org_with_consultation, dump, fresh_db, valid_bins

from clusterdesk.domain.hlc import HybridClock, Stamp
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import (
    export_changes,
    import_file,
    list_conflicts,
    resolve_conflict,
    undo_resolution,
    unexported_count,
)
from clusterdesk.sync import format as fmt

ORGS = "records/organizations.jsonl"
YEAR_2999_MS = 32_503_680_000_000


def _org(db, uuid: str) -> Organization:  # noqa: ANN001
    with db.session() as s:
        return s.get(Organization, uuid)


def _edit(db, uuid: str, **values) -> None:  # noqa: ANN001, ANN003
    with db.session() as s:
        org = s.get(Organization, uuid)
        for k, v in values.items():
            setattr(org, k, v)


def _send(src, dst, tmp: Path, name: str, **kw):  # noqa: ANN001, ANN003, ANN202
    path = tmp / f"{name}.cdsync"
    export_changes(src, path, **kw)
    return import_file(dst, path)


# -- clocks ---------------------------------------------------------------------------------

def test_a_counter_at_its_maximum_never_makes_a_stamp_unreadable(tmp_path: Path) -> None:
    clock = HybridClock(Stamp(1_500_000_000_000, 999_999), now_ms=lambda: 1_400_000_000_000)
    nxt = clock.tick()
    assert Stamp.parse(str(nxt)) == nxt > Stamp(1_500_000_000_000, 999_999)
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _ = add_org_with_consultation(src, "Ферма")
    path = tmp_path / "max.cdsync"
    export_changes(src, path)
    stamp = f"{clock.wall_ms() + 1000:015d}-999999"
    bad = rewrite(path, tmp_path / "max2.cdsync",
                  change=edit_first_line(ORGS, lambda r: r.update(hlc=stamp)))
    import_file(dst, bad)
    dst.close()
    again = open_database(dst.path)  # opens, and its next stamp is readable and later
    _edit(again, org, phone="+7 7142 50 10 10")
    assert _org(again, org).hlc > stamp
    again.close()


def test_unreadable_stored_clock_does_not_stop_the_database_opening(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    org, _ = add_org_with_consultation(db, "Ферма")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE local_state SET value = '0001-99' WHERE key = 'hlc'")
    db.close()
    again = open_database(db.path)
    assert again.clock.last.millis > 0  # rebuilt from the records
    _edit(again, org, phone="1")
    again.close()


def test_a_record_from_the_year_2999_is_held_not_applied(tmp_path: Path) -> None:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _ = add_org_with_consultation(src, "Ферма")
    _send(src, dst, tmp_path, "first")
    _edit(src, org, name="Ферма 2999")
    path = tmp_path / "future.cdsync"
    export_changes(src, path)
    future = rewrite(path, tmp_path / "future2.cdsync", change=edit_first_line(
        ORGS, lambda r: r.update(hlc=f"{YEAR_2999_MS:015d}-000000")))
    before_clock = dst.clock.last
    summary = import_file(dst, future)
    assert summary.held >= 1
    assert "held back" in str(summary) and "years ahead" in str(summary)
    assert _org(dst, org).name == "Ферма"           # not applied
    assert dst.clock.last.millis < YEAR_2999_MS     # the clock was not dragged along
    assert dst.clock.last >= before_clock
    with dst.engine.connect() as conn:
        held = conn.exec_driver_sql("SELECT line FROM sync_held").all()
    assert any(json.loads(row[0])["fields"]["name"] == "Ферма 2999" for row in held)  # kept
    _edit(dst, org, phone="+7 7142 1")             # a later edit still stamps normally
    assert _org(dst, org).hlc[:4] == "0017"


# -- relays ---------------------------------------------------------------------------------

def test_relay_delivers_every_version_whatever_order_it_arrived_in(tmp_path: Path) -> None:
    a, b, ho = (fresh_db(tmp_path / f"{n}.db") for n in ("a", "b", "ho"))
    org1, _ = add_org_with_consultation(a, "Первая")
    f1 = tmp_path / "a1.cdsync"
    export_changes(a, f1, recipient="consultant-b")
    org2, _ = add_org_with_consultation(a, "Вторая")
    f2 = tmp_path / "a2.cdsync"
    export_changes(a, f2, recipient="consultant-b")
    import_file(b, f2)
    export_changes(b, tmp_path / "b1.cdsync")        # incremental, to head office
    import_file(b, f1)                                 # the older file arrives later
    assert unexported_count(b) == 0                    # B made nothing itself
    export_changes(b, tmp_path / "b2.cdsync")
    for name in ("b1", "b2"):
        import_file(ho, tmp_path / f"{name}.cdsync")
    assert _org(ho, org1) is not None and _org(ho, org2) is not None


def test_a_file_claiming_this_computers_own_device_is_refused(tmp_path: Path) -> None:
    a = fresh_db(tmp_path / "a.db")
    add_org_with_consultation(a, "Ферма")
    path = tmp_path / "me.cdsync"
    export_changes(a, path)
    forged = rewrite(path, tmp_path / "forged.cdsync",
                     manifest=lambda m: m.update(bundle_id="0" * 8 + m["bundle_id"][8:]))
    with pytest.raises(ClusterDeskError, match="claims to come from this computer"):
        import_file(a, forged)


def test_a_file_named_head_office_never_marks_local_changes_sent(tmp_path: Path) -> None:
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(b, "Моя")
    add_org_with_consultation(a, "Чужая")
    path = tmp_path / "ho.cdsync"
    export_changes(a, path)
    forged = rewrite(path, tmp_path / "ho2.cdsync",
                     manifest=lambda m: m.update(device_id="head-office"))
    with pytest.raises(ClusterDeskError, match="device_id"):
        import_file(b, forged)
    import_file(b, path)
    assert unexported_count(b) == 2


# -- field by field -------------------------------------------------------------------------

def test_concurrent_edits_of_different_fields_both_survive(tmp_path: Path) -> None:
    ho, laptop = fresh_db(tmp_path / "ho.db"), fresh_db(tmp_path / "laptop.db")
    org, _ = add_org_with_consultation(laptop, "Ферма")
    _send(laptop, ho, tmp_path, "seed")
    _edit(ho, org, employees=48)
    _edit(laptop, org, phone="+7 7142 50 10 10")
    _send(ho, laptop, tmp_path, "ho")
    _send(laptop, ho, tmp_path, "laptop")
    for db in (ho, laptop):
        o = _org(db, org)
        assert (o.employees, o.phone) == (48, "+7 7142 50 10 10")
        assert list_conflicts(db) == []
    with ho.engine.connect() as conn:  # the import's change is in head office's history
        rows = conn.exec_driver_sql(
            "SELECT field, after, source FROM change_history WHERE record_uuid = ? "
            "AND field = 'phone'", (org,)).all()
    assert any(r.source == "import" and "7142" in str(r.after) for r in rows), rows
    assert dump(ho, ["organizations"]) == dump(laptop, ["organizations"])


def test_same_field_conflict_keeps_the_loser_and_resolving_touches_nothing_else(
        tmp_path: Path) -> None:
    ho, laptop = fresh_db(tmp_path / "ho.db"), fresh_db(tmp_path / "laptop.db")
    org, _ = add_org_with_consultation(laptop, "Ферма")
    _send(laptop, ho, tmp_path, "seed")
    _edit(ho, org, employees=48)
    _edit(laptop, org, employees=12, phone="+7 701 111 22 33")
    _send(laptop, ho, tmp_path, "laptop")
    conflicts = list_conflicts(ho)
    assert len(conflicts) == 1 and [f.name for f in conflicts[0].fields] == ["employees"]
    winner = _org(ho, org).employees
    loser = conflicts[0].fields[0].other
    assert {winner, loser} == {48, 12}
    _edit(ho, org, email="farm@mail.kz")               # an edit after the conflict
    resolve_conflict(ho, conflicts[0].uuid, keep="other")
    o = _org(ho, org)
    assert (o.employees, o.phone, o.email) == (loser, "+7 701 111 22 33", "farm@mail.kz")
    undo_resolution(ho, conflicts[0].uuid)
    assert _org(ho, org).employees == winner and len(list_conflicts(ho)) == 1


def test_a_cloned_database_becomes_a_new_device_and_keeps_conflicts(tmp_path: Path) -> None:
    a = fresh_db(tmp_path / "a.db")
    org, _ = add_org_with_consultation(a, "Ферма")
    a.engine.dispose()
    shutil.copy(a.path, tmp_path / "copy.db")
    b = open_database(tmp_path / "copy.db")
    assert b.device_id != a.device_id
    _edit(a, org, employees=5)
    _edit(b, org, employees=7)
    _send(b, a, tmp_path, "clone")
    assert len(list_conflicts(a)) == 1


# -- merges and deletions -------------------------------------------------------------------

def test_merge_records_the_rule_refuses_are_not_applied(tmp_path: Path) -> None:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    bins = valid_bins(2)
    o1, _ = add_org_with_consultation(src, "Первая", bins[0])
    o2, _ = add_org_with_consultation(src, "Вторая", bins[1])
    path = tmp_path / "m.cdsync"
    export_changes(src, path)
    merge = {"table": "org_merges", "uuid": fmt.derived_uuid("merge", o2),
             "hlc": "001500000000000-000000", "device": src.device_id, "deleted": False,
             "fields": {"loser_uuid": o2, "survivor_uuid": o1, "reason": "bin", "bin": bins[0]}}

    def add_merge(name: str, body: bytes) -> bytes:
        return body + (json.dumps(merge) + "\n").encode() if name.endswith(
            "org_merges.jsonl") else body

    bad = rewrite(path, tmp_path / "m2.cdsync", change=add_merge,
                  manifest=lambda m: m["counts"].update(org_merges=1))
    summary = import_file(dst, bad)
    assert summary.refused_merges and "not the same valid BIN" in str(summary)
    assert not _org(dst, o2).deleted


def test_deleting_an_organization_another_laptop_still_uses_is_a_conflict(
        tmp_path: Path) -> None:
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _ = add_org_with_consultation(a, "Ферма")
    _send(a, b, tmp_path, "seed")
    _edit(a, org, deleted=True)
    with b.session() as s:
        s.add(Consultation(date=dt.date(2016, 9, 1), organization_uuid=org))
    _send(b, a, tmp_path, "b")
    _send(a, b, tmp_path, "a")
    for db in (a, b):
        kinds = {c.kind for c in list_conflicts(db)}
        assert "orphan" in kinds
    orphan = next(c for c in list_conflicts(a) if c.kind == "orphan")
    resolve_conflict(a, orphan.uuid, keep="other")
    assert not _org(a, org).deleted


# -- every field checked --------------------------------------------------------------------

@pytest.mark.parametrize(("edit", "expect"), [
    (lambda r: r["fields"].update(employees=float("nan")), "not a number"),
    (lambda r: r["fields"].update(employees=10**30), "outside the range"),
    (lambda r: r.update(uuid=r["uuid"].upper()), "not written the way"),
    (lambda r: r["fields"].update(consultants={"a": 1}), "must be a list"),
    (lambda r: r["fields"].update(consultants=["not-a-uuid"]), "must be a uuid"),
    (lambda r: r["fields"].update(consultants=[[[[[[[[[["deep"]]]]]]]]]]), "must be a uuid"),
    (lambda r: r.update(stamps={"001900000000000-000000 x": ["name"]}), "stamps|uuid"),
])
def test_hostile_fields_are_refused_with_a_sentence(tmp_path: Path, edit, expect) -> None:  # noqa: ANN001
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp_path / "ok.cdsync"
    export_changes(src, path)
    member = "records/consultations.jsonl" if "consultants" in repr(edit.__code__.co_consts) \
        else ORGS
    bad = rewrite(path, tmp_path / "bad.cdsync", change=edit_first_line(member, edit))
    before = dump(dst)
    with pytest.raises(ClusterDeskError, match=expect):
        import_file(dst, bad)
    assert dump(dst) == before


def test_a_line_nested_thousands_deep_gets_a_sentence(tmp_path: Path) -> None:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp_path / "ok.cdsync"
    export_changes(src, path)
    deep = ("[" * 200 + "]" * 200 + "\n").encode()
    bad = rewrite(path, tmp_path / "bad.cdsync",
                  change=lambda name, body: deep + body if name == ORGS else body,
                  manifest=lambda m: m["counts"].update(organizations=2))
    with pytest.raises(ClusterDeskError, match="nested too deeply"):
        import_file(dst, bad)


@pytest.mark.parametrize(("manifest", "expect"), [
    (lambda m: m.update(schema_version=0), "below 1"),
    (lambda m: m["tables"].remove("consultations"), "not the records of a table"),
    (lambda m: m["counts"].update(consultations=-1), "not a number"),
])
def test_manifests_that_hide_members_are_refused(tmp_path: Path, manifest, expect) -> None:  # noqa: ANN001
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp_path / "ok.cdsync"
    export_changes(src, path)
    with pytest.raises(ClusterDeskError, match=expect):
        import_file(dst, rewrite(path, tmp_path / "bad.cdsync", manifest=manifest))


def test_members_are_deflated(tmp_path: Path) -> None:
    import zipfile

    src = fresh_db(tmp_path / "a.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp_path / "ok.cdsync"
    export_changes(src, path)
    with zipfile.ZipFile(path) as zf:
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_DEFLATED}
    with src.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(
            Organization.__table__)).scalar() == 1


def test_a_record_held_for_a_clock_a_day_ahead_is_applied_once_time_catches_up(
        tmp_path: Path) -> None:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _ = add_org_with_consultation(src, "Ферма")
    _send(src, dst, tmp_path, "first")
    real = src.clock.wall_ms
    ahead = 30 * 3_600_000
    src.clock = HybridClock(src.clock.last, now_ms=lambda: real() + ahead)
    _edit(src, org, name="Ферма завтра")
    assert _send(src, dst, tmp_path, "ahead").held == 1
    assert _org(dst, org).name == "Ферма"
    real_dst = dst.clock.wall_ms
    dst.clock = HybridClock(dst.clock.last, now_ms=lambda: real_dst() + ahead)
    other = fresh_db(tmp_path / "c.db")
    add_org_with_consultation(other, "Другая")
    summary = _send(other, dst, tmp_path, "later")
    assert summary.released == 1 and _org(dst, org).name == "Ферма завтра"


def test_an_export_from_a_computer_whose_clock_went_back_says_so(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    add_org_with_consultation(db, "Ферма")
    real = db.clock.wall_ms
    db.clock = HybridClock(db.clock.last, now_ms=lambda: real() - 5 * 86_400_000)
    summary = export_changes(db, tmp_path / "out.cdsync")
    assert summary.warnings and "behind changes this database already holds" in str(summary)
