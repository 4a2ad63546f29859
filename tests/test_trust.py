"""Trust between devices: signed and encrypted files, enrolment, roles per change, relays.

Head office and two consultants are set up from files only (programme file, device cards);
each hostile case gives one clear sentence and leaves the database as the rules say.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_sync_files import rewrite
from test_sync_support import add_org_with_consultation, dump, fresh_db

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.application_models import EvaluationScore
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Application, Initiative, Organization, SelectionRound
from clusterdesk.sync import authenticity, export_changes, import_file, sealing, sync_central, trust
from clusterdesk.sync import keys as devkeys


def _enrolled(tmp: Path, name: str, ho, role: str = "consultant"):  # noqa: ANN001, ANN202
    db = fresh_db(tmp / f"{name}.db")
    trust.accept(db, trust.load(ho).document(), "programme.json",
                 fingerprint=trust.load(ho).head_office.fingerprint)
    card = json.loads(json.dumps(trust.device_card(db)))
    trust.enrol(ho, card, role, card["fingerprint"])
    trust.accept(db, trust.load(ho).document(), "programme.json")
    return db


@pytest.fixture
def programme(tmp_path: Path):  # noqa: ANN201
    ho = fresh_db(tmp_path / "ho.db")
    trust.create(ho, "Кластеры 2017")
    authenticity.set_require_encryption(ho, True)
    a = _enrolled(tmp_path, "aigerim", ho)
    b = _enrolled(tmp_path, "bolat", ho)
    return ho, a, b


def _file(db, tmp: Path, name: str, **kw) -> Path:  # noqa: ANN001, ANN003
    path = tmp / f"{name}.cdsync"
    export_changes(db, path, **kw)
    return path


def _plain_copy(db, sealed: Path, target: Path) -> Path:  # noqa: ANN001
    """The archive inside an encrypted file (what an attacker holding a key would edit)."""
    keys = devkeys.existing(db.device_id)
    sealing.unseal(sealed, target, db.device_id, keys.box)
    return target


def test_files_are_signed_and_encrypted_nothing_readable_on_the_stick(programme,
                                                                      tmp_path: Path) -> None:
    ho, a, _b = programme
    add_org_with_consultation(a, "ТОО «Қостанай Нан»", notes="+7 7142 50 10 10 Иванов")
    path = _file(a, tmp_path, "a1")
    raw = path.read_bytes()
    assert raw.startswith(sealing.MAGIC)
    assert "Қостанай".encode() not in raw and b"7142" not in raw and not zipfile.is_zipfile(path)
    summary = import_file(ho, path)
    assert summary.new == 2 and not summary.refused


def test_tampered_member_or_manifest_and_a_foreign_signature_are_refused(
        programme, tmp_path: Path) -> None:
    ho, a, b = programme
    authenticity.set_require_encryption(ho, False)
    add_org_with_consultation(a, "Ферма")
    plain = _plain_copy(ho, _file(a, tmp_path, "a1"), tmp_path / "plain.cdsync")

    def edit(name: str, body: bytes) -> bytes:
        return body.replace("Ферма".encode(), "Фирма".encode())

    tampered = rewrite(plain, tmp_path / "t1.cdsync", change=edit,
                       extra={"signature.json": zipfile.ZipFile(plain).read("signature.json")})
    before = dump(ho)
    with pytest.raises(ClusterDeskError, match="signature does not verify"):
        import_file(ho, tampered)
    forged_sig = json.dumps({"device_id": a.device_id, "signature": devkeys.b64(
        devkeys.existing(b.device_id).sign(b"whatever"))}).encode()
    other = rewrite(plain, tmp_path / "t2.cdsync", extra={"signature.json": forged_sig})
    with pytest.raises(ClusterDeskError, match="signature does not verify"):
        import_file(ho, other)
    assert dump(ho) == before


def test_unknown_revoked_and_re_enrolled_devices(programme, tmp_path: Path) -> None:
    ho, a, _b = programme
    stranger = fresh_db(tmp_path / "stranger.db")
    trust.accept(stranger, trust.load(ho).document(), "p.json",
                 fingerprint=trust.load(ho).head_office.fingerprint)
    add_org_with_consultation(stranger, "Чужая")
    with pytest.raises(ClusterDeskError, match="has not enrolled"):
        import_file(ho, _file(stranger, tmp_path, "s1"))
    trust.revoke(ho, a.device_id)
    add_org_with_consultation(a, "Ферма")
    with pytest.raises(ClusterDeskError, match="revoked"):
        import_file(ho, _file(a, tmp_path, "a1"))
    card = trust.device_card(a)
    trust.enrol(ho, card, "consultant", card["fingerprint"])
    assert import_file(ho, _file(a, tmp_path, "a2", all_records=True)).new >= 2


def test_a_replayed_file_changes_nothing(programme, tmp_path: Path) -> None:
    ho, a, _b = programme
    org, _ = add_org_with_consultation(a, "Ферма")
    first = _file(a, tmp_path, "a1")
    import_file(ho, first)
    with a.session() as s:
        s.get(Organization, org).phone = "+7 701"
    import_file(ho, _file(a, tmp_path, "a2"))
    before = dump(ho)
    copy = tmp_path / "replay.cdsync"
    shutil.copy(first, copy)
    assert import_file(ho, copy).already_imported
    assert dump(ho) == before


def _application(db) -> str:  # noqa: ANN001
    with db.session() as s:
        rnd = SelectionRound(name="2017", announced_on=dt.date(2017, 4, 10),
                             deadline=dt.date(2017, 6, 8))
        ini = Initiative(name="Молочный кластер", sector_key="food", region_code="11")
        s.add_all([rnd, ini])
        s.flush()
        app = Application(round_uuid=rnd.uuid, initiative_uuid=ini.uuid, status="submitted")
        s.add(app)
        s.flush()
        return app.uuid


def test_a_consultant_cannot_register_evaluate_or_select(programme, tmp_path: Path) -> None:
    ho, a, _b = programme
    import_file(a, _file(ho, tmp_path, "ho0"))
    app = _application(ho)                   # the round is head office's
    import_file(a, _file(ho, tmp_path, "ho1"))
    with a.session() as s:
        s.get(Application, app).status = "selected"
        s.get(Application, app).total = 120.0
        s.add(EvaluationScore(application_uuid=app, evaluator="x", criterion_id="mass",
                              points=99.0))
    add_org_with_consultation(a, "Новая ферма")
    summary = import_file(ho, _file(a, tmp_path, "a1"))
    assert len(summary.refused) >= 2 and "may not" in str(summary)
    with ho.session() as s:
        assert s.get(Application, app).status == "submitted"
        assert s.get(Application, app).total is None
        assert s.scalars(sa.select(EvaluationScore)).all() == []
    assert summary.new >= 2                   # the rest of the file was applied


def test_head_office_decisions_travel_through_a_relay_unaltered(programme,
                                                                tmp_path: Path) -> None:
    ho, a, b = programme
    central = tmp_path / "central.cdsync"
    app = _application(ho)
    with ho.session() as s:
        s.get(Application, app).status = "registered"
    sync_central(ho, central)
    sync_central(a, central)
    sync_central(b, central)
    with b.session() as s:
        assert s.get(Application, app).status == "registered"  # relayed with its proof
    # a relay that alters head office's decision (keeping head office's stamp) is caught
    authenticity.set_require_encryption(ho, False)
    plain = _plain_copy(a, _file(a, tmp_path, "a-all", all_records=True), tmp_path / "p.zip")
    with zipfile.ZipFile(plain) as zf:
        lines = zf.read("records/applications.jsonl").decode().splitlines()
    rec = json.loads(lines[0])
    assert rec["device"] == ho.device_id and rec.get("proofs")
    rec["fields"]["status"] = "selected"
    lines[0] = json.dumps(rec, ensure_ascii=False)
    body = ("\n".join(lines) + "\n").encode()
    relay_keys = devkeys.existing(a.device_id)

    def resign(man: dict) -> None:
        man["members"]["records/applications.jsonl"]["sha256"] = \
            hashlib.sha256(body).hexdigest()

    forged = rewrite(plain, tmp_path / "forged.cdsync",
                     change=lambda n, b: body if n == "records/applications.jsonl" else b,
                     manifest=resign)
    with zipfile.ZipFile(forged) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["signature.json"] = sealing.signature_member(relay_keys, members["manifest.json"])
    with zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    fresh = fresh_db(tmp_path / "fresh.db")
    trust.accept(fresh, trust.load(ho).document(), "p",
                 fingerprint=trust.load(ho).head_office.fingerprint)
    summary = import_file(fresh, forged)
    assert any("no valid proof" in r for r in summary.refused), summary.refused
    with fresh.session() as s:
        assert s.get(Application, app) is None       # the altered decision did not land
    assert summary.new > 0                           # everything else did


def test_decryption_with_the_wrong_key_and_plain_files_where_encryption_is_required(
        programme, tmp_path: Path) -> None:
    ho, a, b = programme
    add_org_with_consultation(a, "Ферма")
    to_ho = _file(a, tmp_path, "a1")
    with pytest.raises(ClusterDeskError, match="encrypted for other computers"):
        import_file(b, to_ho)                 # a colleague cannot read it
    plain = _plain_copy(ho, to_ho, tmp_path / "plain.cdsync")
    with pytest.raises(ClusterDeskError, match="not encrypted"):
        import_file(ho, plain)


def test_a_copied_database_is_a_new_device_without_the_private_key(programme,
                                                                   tmp_path: Path) -> None:
    _ho, a, _b = programme
    a.engine.dispose()
    shutil.copy(a.path, tmp_path / "copy.db")
    copy = open_database(tmp_path / "copy.db")
    assert copy.device_id != a.device_id
    assert devkeys.existing(copy.device_id) is None   # the key did not come along
    assert trust.my_keys(copy).fingerprint != trust.my_keys(a).fingerprint
    key_file = devkeys.keys_dir() / f"{a.device_id}.key"
    assert key_file.stat().st_mode & 0o077 == 0        # owner-only


@pytest.mark.parametrize("edit", [
    lambda c: c.update(device_id={"a": 1}),
    lambda c: c.update(device_id="LAPTOP-1"),
    lambda c: c.update(device_id=c["device_id"].upper()),
    lambda c: c.update(name=["Айгерим"]),
    lambda c: c.update(name="Айгерім\n" * 40),
    lambda c: c.update(name="Ә" * 201),
    lambda c: c.update(former_ids="0badc0de"),
    lambda c: c.update(former_ids=[{"x": 1}]),
])
def test_a_card_with_fields_no_clusterdesk_writes_is_refused(tmp_path: Path, edit) -> None:  # noqa: ANN001
    """A card goes into the device list every machine shows and checks files against: its
    ids must be uuids and its name a short line (found by rewriting one field at a time:
    a dict as the device id stopped enrolment on a raw TypeError)."""
    ho = fresh_db(tmp_path / "ho.db")
    trust.create(ho, "Кластеры 2017")
    newcomer = fresh_db(tmp_path / "n.db")
    card = json.loads(json.dumps(trust.device_card(newcomer)))
    edit(card)
    with pytest.raises(ClusterDeskError) as err:
        trust.enrol(ho, card, "consultant", card["fingerprint"])
    assert err.value.code == "trust.not_card"
    assert len(trust.load(ho).devices) == 1  # head office only


def test_a_card_as_clusterdesk_writes_it_is_enrolled(tmp_path: Path) -> None:
    ho = fresh_db(tmp_path / "ho.db")
    trust.create(ho, "Кластеры 2017")
    newcomer = fresh_db(tmp_path / "n.db")
    newcomer.set_device_name("Ноутбук Әсем (Қостанай)")
    card = json.loads(json.dumps(trust.device_card(newcomer)))
    dev = trust.enrol(ho, card, "consultant", card["fingerprint"])
    assert dev.name == "Ноутбук Әсем (Қостанай)"
