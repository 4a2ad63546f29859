"""The merge rule, conflicts kept and resolved, BIN duplicates, look-alikes, status."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from test_sync_support import add_org_with_consultation, dump, fresh_db, valid_bins

from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import (
    duplicate_candidates,
    export_changes,
    import_file,
    list_conflicts,
    merge_organizations,
    resolve_conflict,
    sync_status,
    unexported_count,
)


def _exchange(a, b, tmp: Path, tag: str) -> None:
    export_changes(a, tmp / f"{tag}-a.cdsync", all_records=True)
    export_changes(b, tmp / f"{tag}-b.cdsync", all_records=True)
    import_file(b, tmp / f"{tag}-a.cdsync")
    import_file(a, tmp / f"{tag}-b.cdsync")


def _rename(db, uuid: str, name: str) -> None:
    with db.session() as s:
        s.get(Organization, uuid).name = name


def test_concurrent_edits_keep_the_loser_and_resolve(tmp_path: Path) -> None:
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _ = add_org_with_consultation(a, "Агрофирма")
    _exchange(a, b, tmp_path, "1")
    _rename(a, org, "Агрофирма Береке")
    _rename(b, org, "АФ «Береке»")
    _exchange(a, b, tmp_path, "2")
    _exchange(a, b, tmp_path, "2b")  # both detected it; their records meet once more
    assert dump(a) == dump(b)
    conflicts = list_conflicts(a)
    assert len(conflicts) == 1 and list_conflicts(b)[0].uuid == conflicts[0].uuid
    c = conflicts[0]
    (diff,) = c.changed_fields[:1]
    assert {diff.current, diff.other} == {"Агрофирма Береке", "АФ «Береке»"}
    loser_name = diff.other
    resolve_conflict(b, c.uuid, keep="other")
    assert list_conflicts(b) == []
    _exchange(a, b, tmp_path, "3")
    with a.session() as s:
        assert s.get(Organization, org).name == loser_name
    assert list_conflicts(a) == [] and dump(a) == dump(b)


def test_sequential_edits_are_not_conflicts(tmp_path: Path) -> None:
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org, _ = add_org_with_consultation(a, "Мебель-Алматы")
    _exchange(a, b, tmp_path, "1")
    _rename(b, org, "Мебель Алматы")          # head office corrects the name
    _exchange(a, b, tmp_path, "2")
    _rename(a, org, "Мебель Алматы ТОО")      # the consultant edits on top of it
    _exchange(a, b, tmp_path, "3")
    assert list_conflicts(a) == [] and list_conflicts(b) == []
    assert dump(a) == dump(b)


def test_delete_travels_and_concurrent_edit_is_kept(tmp_path: Path) -> None:
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    _, cons = add_org_with_consultation(a, "Фарм Шымкент")
    _exchange(a, b, tmp_path, "1")
    with a.session() as s:
        s.get(Consultation, cons).deleted = True
    with b.session() as s:
        s.get(Consultation, cons).notes = "договорились о встрече"
    _exchange(a, b, tmp_path, "2")
    _exchange(a, b, tmp_path, "2b")
    assert dump(a) == dump(b)
    (c,) = list_conflicts(a)
    assert c.table == "consultations"
    assert {c.current_deleted, c.other_deleted} == {True, False}


def test_same_bin_on_two_laptops_merges_into_one(tmp_path: Path) -> None:
    a, b, c = (fresh_db(tmp_path / f"{n}.db") for n in "abc")
    bin_ = valid_bins(1)[0]
    org_a, cons_a = add_org_with_consultation(a, "ТОО Береке", bin_)
    org_b, cons_b = add_org_with_consultation(b, "Береке ЖШС", bin_)
    survivor = min(org_a, org_b)
    export_changes(a, tmp_path / "a.cdsync")
    export_changes(b, tmp_path / "b.cdsync")
    first = import_file(c, tmp_path / "b.cdsync")
    second = import_file(c, tmp_path / "a.cdsync")
    assert first.merged + second.merged == 1
    import_file(a, tmp_path / "b.cdsync")
    import_file(b, tmp_path / "a.cdsync")
    for db in (a, b, c):
        with db.session() as s:
            live = s.scalars(sa.select(Organization).where(
                Organization.bin == bin_, Organization.deleted.is_(False))).all()
            assert [o.uuid for o in live] == [survivor]
            orgs = {s.get(Consultation, u).organization_uuid for u in (cons_a, cons_b)}
            assert orgs == {survivor}
    _exchange(a, c, tmp_path, "x")
    _exchange(b, c, tmp_path, "y")
    _exchange(a, c, tmp_path, "z")
    assert dump(a) == dump(b) == dump(c)


def test_look_alikes_are_offered_and_merged_by_hand(tmp_path: Path) -> None:
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    org1, _ = add_org_with_consultation(a, "ТОО «Қостанай Диірмен»")
    org2, cons2 = add_org_with_consultation(a, "Костанай Диирмен")
    add_org_with_consultation(a, "Совсем другое предприятие")
    org4, _ = add_org_with_consultation(a, "Қостанай диірмен ЖШС")
    pairs = {frozenset((c.uuid_a, c.uuid_b)) for c in duplicate_candidates(a)}
    assert frozenset((org1, org4)) in pairs
    assert all(len(p & {org1, org4, org2}) == 2 for p in pairs)
    export_changes(a, tmp_path / "before.cdsync")
    import_file(b, tmp_path / "before.cdsync")
    merge_organizations(a, org2, org1)
    with a.session() as s:
        assert s.get(Organization, org2).deleted
        assert s.get(Consultation, cons2).organization_uuid == org1
    export_changes(a, tmp_path / "merge.cdsync")
    import_file(b, tmp_path / "merge.cdsync")
    with b.session() as s:
        assert s.get(Consultation, cons2).organization_uuid == org1
    assert all(org2 not in (c.uuid_a, c.uuid_b) for c in duplicate_candidates(b))


def test_status_counts_unexported_changes(tmp_path: Path) -> None:
    a = fresh_db(tmp_path / "a.db")
    assert unexported_count(a) == 0
    add_org_with_consultation(a, "Туризм Алматы")
    status = sync_status(a)
    assert status.unexported == 2 and status.oldest_unexported_at is not None
    assert not status.warn_on_close()
    export_changes(a, tmp_path / "x.cdsync")
    assert unexported_count(a) == 0
    assert [p.key for p in sync_status(a).peers] == ["head-office"]
