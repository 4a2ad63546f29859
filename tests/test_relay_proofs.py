"""A colleague's change relayed through another consultant keeps its author's proof.

Aigerim's consultation reaches head office through Bolat (central file, then Bolat's stick).
Bolat cannot alter it — not even keeping Aigerim's stamp and signing the file himself — yet
his own later edit of one field, and the same-BIN merge his machine applied, travel fine.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_sync_files import rewrite
from test_sync_support import add_org_with_consultation, fresh_db, valid_bins
from test_trust import _enrolled, _file, _plain_copy

from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import authenticity, import_file, sealing, sync_central, trust
from clusterdesk.sync import keys as devkeys


@pytest.fixture
def world(tmp_path: Path):  # noqa: ANN201
    ho = fresh_db(tmp_path / "ho.db")
    trust.create(ho, "Кластеры 2017")
    a = _enrolled(tmp_path, "aigerim", ho)
    b = _enrolled(tmp_path, "bolat", ho)
    central = tmp_path / "central.cdsync"
    sync_central(ho, central)
    for db in (a, b, ho):
        trust.accept(db, trust.load(ho).document(), "programme.json")
    return ho, a, b, central


def _consultation(db, uuid: str) -> Consultation | None:  # noqa: ANN001
    with db.session() as s:
        c = s.get(Consultation, uuid)
        if c is not None:
            s.expunge(c)
        return c


def _relayed_to_head_office(world, tmp_path: Path, name: str):  # noqa: ANN001, ANN202
    ho, a, b, central = world
    sync_central(a, central)
    sync_central(b, central)        # Bolat now holds Aigerim's records
    return _file(b, tmp_path, name, all_records=True)  # …and hands head office his stick


def test_a_colleagues_change_relayed_arrives_with_its_proof(world, tmp_path: Path) -> None:
    ho, a, b, _ = world
    _org, cons = add_org_with_consultation(a, "ТОО «Шұғыла»", notes="Aigerim's notes")
    summary = import_file(ho, _relayed_to_head_office(world, tmp_path, "b1"))
    assert not summary.refused, summary.refused
    assert _consultation(ho, cons).notes == "Aigerim's notes"


def test_a_relay_that_alters_a_colleagues_change_is_refused(world, tmp_path: Path) -> None:
    ho, a, b, _ = world
    _org, cons = add_org_with_consultation(a, "ТОО «Құрылыс»", notes="Aigerim's notes")
    add_org_with_consultation(b, "ТОО «Bolat's own»", notes="Bolat's notes")
    sealed = _relayed_to_head_office(world, tmp_path, "b2")
    plain = _plain_copy(ho, sealed, tmp_path / "plain.zip")
    member = "records/consultations.jsonl"
    with zipfile.ZipFile(plain) as zf:
        lines = zf.read(member).decode().splitlines()
    for i, text in enumerate(lines):
        rec = json.loads(text)
        if rec["uuid"] == cons:
            assert rec["device"] == a.device_id and rec.get("proofs")
            rec["fields"]["notes"] = "nothing was agreed"  # Aigerim's stamp kept
            lines[i] = json.dumps(rec, ensure_ascii=False)
    body = ("\n".join(lines) + "\n").encode()
    forged = rewrite(plain, tmp_path / "forged.zip",
                     change=lambda n, data: body if n == member else data)
    with zipfile.ZipFile(forged) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["signature.json"] = sealing.signature_member(devkeys.existing(b.device_id),
                                                         members["manifest.json"])
    with zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    authenticity.set_require_encryption(ho, False)
    summary = import_file(ho, forged)
    assert any("no valid proof" in r and cons[:8] in r for r in summary.refused), \
        summary.refused
    assert _consultation(ho, cons) is None            # the altered consultation did not land
    with ho.session() as s:                           # Bolat's own records did
        assert s.scalars(sa.select(Consultation.notes)).all() == ["Bolat's notes"]


def test_a_relay_may_edit_one_field_on_top_and_both_changes_travel(world,
                                                                   tmp_path: Path) -> None:
    ho, a, b, central = world
    _org, cons = add_org_with_consultation(a, "ТОО «Өрнек»", notes="Aigerim's notes")
    with a.session() as s:
        s.get(Consultation, cons).outcome = "agreed to export"
    sync_central(a, central)
    sync_central(b, central)
    with b.session() as s:
        s.get(Consultation, cons).notes = "Bolat added the due date"
    summary = import_file(ho, _file(b, tmp_path, "b3", all_records=True))
    assert not summary.refused, summary.refused
    got = _consultation(ho, cons)
    assert got.notes == "Bolat added the due date" and got.outcome == "agreed to export"


def test_a_merge_the_relay_applied_travels_as_written(world, tmp_path: Path) -> None:
    ho, a, b, central = world
    bin_ = valid_bins(1, start=900)[0]
    org_a, cons_a = add_org_with_consultation(a, "ТОО «Әлем»", bin_=bin_)
    org_b, cons_b = add_org_with_consultation(b, "ТОО «Алем»", bin_=bin_)
    sync_central(a, central)
    sync_central(b, central)         # Bolat's machine merges the two: one BIN
    summary = import_file(ho, _file(b, tmp_path, "b4", all_records=True))
    assert not summary.refused, summary.refused
    with ho.session() as s:
        live = s.scalars(sa.select(Organization.uuid).where(
            Organization.bin == bin_, Organization.deleted.is_(False))).all()
        assert len(live) == 1        # head office derives the same merge
        assert {s.get(Consultation, c).organization_uuid for c in (cons_a, cons_b)} == {live[0]}


def test_proofs_keep_what_each_stamp_covered(world, tmp_path: Path) -> None:
    """The digest of a replaced field group is noted in the relay's kept proof."""
    ho, a, b, central = world
    _org, cons = add_org_with_consultation(a, "ТОО «Ұлы дала»", notes="first")
    sync_central(a, central)
    sync_central(b, central)
    with b.session() as s:
        s.get(Consultation, cons).notes = "second"
    with b.engine.connect() as conn:
        gone = conn.exec_driver_sql(
            "SELECT gone FROM sync_proofs WHERE uuid = ?", (cons,)).scalar()
    assert "notes" in json.loads(gone)
    digest = hashlib.sha256  # the digests are of the values, not the values themselves
    assert "first" not in gone and digest
