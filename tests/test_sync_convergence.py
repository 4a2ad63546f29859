"""Property: whatever devices do and however files travel, all end with the same data and every
version that lost is in the conflicts list (nothing lost)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sync_support import dump, fresh_db, valid_bins

from clusterdesk.services.organizations import duplicate_of
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import export_changes, import_file, sync_central
from clusterdesk.sync import format as fmt
from clusterdesk.sync.merges import final_targets

BINS = valid_bins(3, start=500)
OPS = ["create_org", "create_org", "edit_org", "delete_org", "create_cons", "edit_cons",
       "delete_cons", "export", "export_all", "import", "import", "central"]


class World:
    """Devices, the files they wrote, and every version users made (with its parent)."""

    def __init__(self, root: Path, n: int) -> None:
        self.root = root
        self.dbs = [fresh_db(root / f"dev{i}.db") for i in range(n)]
        self.files: list[Path] = []
        self.central = root / "central.cdsync"
        # (table, uuid) -> {(hlc, device): (content, parent stamp or None)}
        self.log: list[str] = []
        self.versions: dict[tuple[str, str], dict[tuple[str, str], tuple[str, tuple | None]]] = {}

    def record(self, s, model, obj, parent) -> None:  # noqa: ANN001
        s.flush()
        table = model.__table__
        row = s.connection().execute(sa.select(table).where(
            table.c.uuid == obj.uuid)).mappings().one()
        content = json.dumps([fmt.fields_to_json(table, row), bool(row["deleted"])],
                             sort_keys=True, ensure_ascii=False)
        stamp = (row["hlc"], row["device_id"])
        if stamp != parent:  # an edit that changed nothing makes no new version
            self.versions.setdefault((table.name, obj.uuid), {})[stamp] = (content, parent)
        self.log.append(f"   {table.name} {obj.uuid[:8]} -> {stamp}, parent {parent}")

    def live(self, s, model) -> list:  # noqa: ANN001
        return s.scalars(sa.select(model).where(model.deleted.is_(False))
                         .order_by(model.uuid)).all()


def _step(w: World, data: st.DataObject, op: str) -> None:
    i = data.draw(st.integers(0, len(w.dbs) - 1))
    db = w.dbs[i]
    w.log.append(f"{op} on dev{i} {db.device_id[:6]}")
    if op == "export" or op == "export_all":
        path = w.root / f"f{len(w.files)}.cdsync"
        export_changes(db, path, all_records=op == "export_all")
        w.files.append(path)
        return
    if op == "import":
        if w.files:
            f = data.draw(st.sampled_from(w.files))
            r = import_file(db, f)
            w.log.append(f"   {f.name}: {r}")
        return
    if op == "central":
        w.log.append(f"   {sync_central(db, w.central)}")
        return
    with db.session() as s:
        if op == "create_org":
            bin_ = data.draw(st.sampled_from(BINS + ["", ""]))
            if bin_ and duplicate_of(s, bin_, None) is not None:
                bin_ = ""
            org = Organization(name=data.draw(st.sampled_from(["Нан", "Сүт", "Жиһаз"])),
                               bin=bin_, region_code="39")
            s.add(org)
            w.record(s, Organization, org, None)
            return
        model = Organization if op.endswith("org") else Consultation
        if op == "create_cons":
            orgs = w.live(s, Organization)
            if orgs:
                org = data.draw(st.sampled_from(orgs))
                cons = Consultation(date=dt.date(2016, 7, 1), organization_uuid=org.uuid,
                                    notes="")
                s.add(cons)
                w.record(s, Consultation, cons, None)
            return
        objs = w.live(s, model)
        if not objs:
            return
        obj = data.draw(st.sampled_from(objs))
        parent = (obj.hlc, obj.device_id)
        if op.startswith("delete"):
            obj.deleted = True
        elif model is Organization:
            obj.name = data.draw(st.sampled_from(["Нан", "Сүт", "Жиһаз", "Өнім"]))
        else:
            obj.notes = data.draw(st.sampled_from(["а", "ә", "б"]))
        w.record(s, model, obj, parent)


def _normalized(content: str, merged: dict[str, str], loser_org: bool) -> str:
    fields, deleted = json.loads(content)
    if fields.get("organization_uuid") in merged:
        fields["organization_uuid"] = merged[fields["organization_uuid"]]
    return json.dumps([fields, deleted or loser_org], sort_keys=True, ensure_ascii=False)


def _check_nothing_lost(w: World) -> None:
    db = w.dbs[0]
    with db.engine.connect() as conn:
        merges = final_targets([tuple(r) for r in conn.exec_driver_sql(
            "SELECT loser_uuid, survivor_uuid FROM org_merges WHERE deleted = 0").all()])
        conflicts = conn.exec_driver_sql(
            "SELECT table_name, record_uuid, loser_hlc, loser_device_id, loser_fields, "
            "loser_deleted FROM sync_conflicts").all()
        finals = {}
        for table in ("organizations", "consultations"):
            for uuid, hlc, dev in conn.exec_driver_sql(
                    f"SELECT uuid, hlc, device_id FROM {table}").all():
                finals[(table, uuid)] = (hlc, dev)
    kept: dict[tuple[str, str], set] = {}
    for table, uuid, hlc, dev, fields, deleted in conflicts:
        kept.setdefault((table, uuid), set()).add((hlc, dev))
        kept[(table, uuid)].add(json.dumps([json.loads(fields), bool(deleted)],
                                           sort_keys=True, ensure_ascii=False))
    for key, versions in w.versions.items():
        final = finals[key]
        loser_org = key[0] == "organizations" and key[1] in merges
        chain, node = set(), final
        while node is not None and node not in chain:
            chain.add(node)
            node = versions[node][1] if node in versions else None
        ok = {_normalized(versions[v][0], merges, loser_org) for v in chain if v in versions}
        ok |= {_normalized(c, merges, loser_org) for c in kept.get(key, set())
               if isinstance(c, str)}
        for stamp, (content, _parent) in versions.items():
            if stamp in chain or stamp in kept.get(key, set()):
                continue
            assert _normalized(content, merges, loser_org) in ok, (
                f"version {stamp} of {key} was lost: {content}; final version {final}; "
                "what happened:\n" + "\n".join(w.log))


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_devices_converge_and_nothing_is_lost(data: st.DataObject) -> None:
    root = Path(tempfile.mkdtemp(prefix="cd-sync-conv-"))
    try:
        w = World(root, data.draw(st.integers(2, 5), label="devices"))
        for op in data.draw(st.lists(st.sampled_from(OPS), min_size=4, max_size=18),
                            label="ops"):
            _step(w, data, op)
        for _round in range(2):
            for i in data.draw(st.permutations(range(len(w.dbs))), label="sync order"):
                sync_central(w.dbs[i], w.central)
        first = dump(w.dbs[0])
        for db in w.dbs[1:]:
            assert dump(db) == first
        with w.dbs[0].engine.connect() as conn:
            live_bins = conn.exec_driver_sql(
                "SELECT bin, count(*) FROM organizations WHERE deleted = 0 AND bin != '' "
                "GROUP BY bin").all()
        assert all(n == 1 for _, n in live_bins)
        _check_nothing_lost(w)
    finally:
        for db in getattr(locals().get("w"), "dbs", []):
            db.close()
        shutil.rmtree(root, ignore_errors=True)
