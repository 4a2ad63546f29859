"""Sync's own records are what their ids say: a device cannot send a conflict or a merge under
an id its fields do not give, nor have a copy with other losing values stand in for a
conflict this machine finds itself (the user would be shown, and could restore, values the
other device never wrote)."""

from __future__ import annotations

import json
import uuid as _uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_sync_support import add_org_with_consultation, dump_all, fresh_db

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store import field_stamps as fs
from clusterdesk.store.database import Database
from clusterdesk.store.models import Consultation
from clusterdesk.store.sync_models import OrgMerge, SyncConflict
from clusterdesk.sync import export_changes, import_file
from clusterdesk.sync import format as fmt
from clusterdesk.sync.conflict_identity import conflict_uuid, identity_problem, merge_uuid


def _notes_unit() -> tuple[str, ...]:
    table = fmt.tables_by_name()["consultations"]
    names = tuple(c.name for c in fmt.field_columns(table))
    return next(u for u in fs.units("consultations", names) if "notes" in u)


def _forge(db: Database, **row: object) -> None:
    """What a modified program on a signed laptop could write into its own database."""
    with db.session() as s:
        s.add(SyncConflict(**row))


def _conflicts(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        return [(u, json.loads(f), bool(r), d) for u, f, r, d in conn.exec_driver_sql(
            "SELECT uuid, loser_fields, resolved, device_id FROM sync_conflicts").all()]


def test_a_conflict_under_an_id_its_fields_do_not_give_refuses_the_file(tmp_path: Path) -> None:
    sender, receiver = fresh_db(tmp_path / "h.db"), fresh_db(tmp_path / "r.db")
    _org, cons = add_org_with_consultation(sender, "Ферма «Құлагер»")
    _forge(sender, uuid=str(_uuid.uuid4()), table_name="consultations", record_uuid=cons,
           loser_hlc="001700000000000-000000", loser_device_id=str(_uuid.uuid4()),
           loser_fields={"notes": "Ұсыныс жоқ"}, kind="field")
    export_changes(sender, tmp_path / "h.cdsync")
    before = dump_all(receiver)
    with pytest.raises(ClusterDeskError) as err:
        import_file(receiver, tmp_path / "h.cdsync")
    text = str(err.value)
    assert "sync_conflicts" in text and "line 1" in text
    assert "id is not the one its own fields give" in text
    assert dump_all(receiver) == before  # nothing of the file, not even the organization


def test_a_merge_under_an_id_its_fields_do_not_give_refuses_the_file(tmp_path: Path) -> None:
    sender, receiver = fresh_db(tmp_path / "h.db"), fresh_db(tmp_path / "r.db")
    loser, _c = add_org_with_consultation(sender, "ТОО «Әлем»")
    survivor, _c = add_org_with_consultation(sender, "ТОО «Әлем-2»")
    with sender.session() as s:
        s.add(OrgMerge(uuid=merge_uuid(survivor), loser_uuid=loser, survivor_uuid=survivor,
                       reason="bin", bin=""))
    export_changes(sender, tmp_path / "h.cdsync")
    with pytest.raises(ClusterDeskError, match="organization merge record"):
        import_file(receiver, tmp_path / "h.cdsync")


def test_a_copy_with_other_losing_values_gives_way_to_what_this_machine_finds(
        tmp_path: Path) -> None:
    """Laptops A and B edit the same consultation. Before B reads A's file, a third laptop
    sends a conflict under the very id B will derive — A's version of the notes lost —
    but with notes A never wrote, marked resolved. B's own merge finds the conflict: what
    it saw replaces the copy, open again, and travels as B's."""
    a, b, hostile = (fresh_db(tmp_path / f"{n}.db") for n in ("a", "b", "h"))
    _org, cons = add_org_with_consultation(a, "Ферма «Іңкәр»")
    export_changes(a, tmp_path / "start.cdsync", all_records=True)
    import_file(b, tmp_path / "start.cdsync")
    with a.session() as s:
        s.get(Consultation, cons).notes = "Әсем called back"
    with b.session() as s:
        s.get(Consultation, cons).notes = "Қанат called back"  # later: B's version wins
    export_changes(a, tmp_path / "a.cdsync")
    with a.engine.connect() as conn:
        a_hlc = conn.exec_driver_sql("SELECT hlc FROM consultations WHERE uuid = ?",
                                     (cons,)).scalar()
    cid = conflict_uuid("consultations", cons, _notes_unit(), (a_hlc, a.device_id))
    _forge(hostile, uuid=cid, table_name="consultations", record_uuid=cons,
           loser_hlc=a_hlc, loser_device_id=a.device_id, loser_fields={"notes": "forged"},
           kind="field", resolved=True, resolution="kept_current")
    export_changes(hostile, tmp_path / "h.cdsync")
    import_file(b, tmp_path / "h.cdsync")  # its id is right: taken, for now
    assert _conflicts(b) == [(cid, {"notes": "forged"}, True, hostile.device_id)]
    summary = import_file(b, tmp_path / "a.cdsync")
    assert summary.conflicts == 1
    assert _conflicts(b) == [(cid, {"notes": "Әсем called back"}, False, b.device_id)]
    out = export_changes(b, tmp_path / "b.cdsync")
    assert out.counts["sync_conflicts"] == 1


def test_a_copy_that_agrees_is_kept_as_it_came(tmp_path: Path) -> None:
    """The same conflict, found by another machine with the same losing values, is not
    stamped again here (only a copy that says otherwise gives way)."""
    a, b, other = (fresh_db(tmp_path / f"{n}.db") for n in ("a", "b", "o"))
    _org, cons = add_org_with_consultation(a, "Ферма «Ұлытау»")
    export_changes(a, tmp_path / "start.cdsync", all_records=True)
    for db in (b, other):
        import_file(db, tmp_path / "start.cdsync")
    with a.session() as s:
        s.get(Consultation, cons).notes = "Әсем called back"
    export_changes(a, tmp_path / "a.cdsync")
    for db, notes in ((b, "Қанат called back"), (other, "Һәкім called back")):
        with db.session() as s:
            s.get(Consultation, cons).notes = notes
    import_file(other, tmp_path / "a.cdsync")  # other finds A's notes lost
    export_changes(other, tmp_path / "o.cdsync")
    import_file(b, tmp_path / "o.cdsync")  # B: other's notes lost to B's, A's copy arrives
    import_file(b, tmp_path / "a.cdsync")  # B finds A's loss itself: the copy agrees
    mine = [c for c in _conflicts(b) if c[1] == {"notes": "Әсем called back"}]
    assert [c[3] for c in mine] == [other.device_id]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=6))
def test_derived_ids_are_rfc_4122_name_based_ids(parts: list[str]) -> None:
    """Every machine, old or new, must derive the same id for the same facts: the hand-made
    uuid5 gives exactly what Python's ``uuid.uuid5`` gives."""
    assert fmt.derived_uuid(*parts) == str(_uuid.uuid5(fmt.UUID_NAMESPACE, "/".join(parts)))


def test_a_conflict_found_under_any_of_its_groupings_is_accepted() -> None:
    """The check accepts the ids of the table's own group and of the listed or sorted
    field order, and names the first expected id when none matches."""
    record, loser = str(_uuid.uuid4()), ("0001767225600000-0000", str(_uuid.uuid4()))
    values = {"table_name": "consultations", "record_uuid": record, "kind": "field",
              "loser_hlc": loser[0], "loser_device_id": loser[1],
              "loser_fields": {"topics": "a", "notes": "b"}}
    for unit in (("topics", "notes"), ("notes", "topics")):
        assert identity_problem("sync_conflicts", conflict_uuid(
            "consultations", record, unit, loser), values) is None
    why = identity_problem("sync_conflicts", str(_uuid.uuid4()), values)
    assert why is not None and conflict_uuid("consultations", record, ("topics", "notes"),
                                             loser) in why
