"""Sync files imported into a PostgreSQL database give what they give on SQLite, record for
record; refused files are refused the same way; two analysts importing at the same moment
both succeed and lose nothing; a PostgreSQL device converges with SQLite laptops.

Runs on the throwaway server of ``.ci/pg-server`` (``pg_url`` / ``pg_db``, skipped without it).
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import threading
import zipfile
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sync_files import edit_first_line, rewrite
from test_sync_support import add_org_with_consultation, fresh_db, valid_bins

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import Database, open_database
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.store.sync_models import SyncHeld, SyncLog, SyncVersion
from clusterdesk.sync import check, export_changes, import_file, sync_central
from clusterdesk.sync import format as fmt

BINS = valid_bins(6, start=700)
LOCAL = "<this database>"


def canonical(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every travelling record (typed values, the local arrival number left out) and every
    version vector. Records this database made itself (conflicts and merges it found) carry
    its own device id and clock: named ``LOCAL`` so two databases can be compared."""
    own = set(db.own_device_ids)
    out: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in fmt.table_order():
            rows = []
            for row in conn.execute(sa.select(table)).mappings():
                d = {k: v for k, v in row.items() if k != "seq"}
                if d["device_id"] in own:
                    d["hlc"] = d["device_id"] = LOCAL
                for key in ("winner_device_id", "loser_device_id"):
                    if d.get(key) in own:
                        d[key] = LOCAL
                rows.append(d)
            out[table.name] = sorted(rows, key=lambda d: d["uuid"])
        sv = SyncVersion.__table__
        out["sync_versions"] = sorted(
            ({"table": r.table_name, "uuid": r.uuid, "seen": r.seen}
             for r in conn.execute(sa.select(sv))), key=lambda d: (d["table"], d["uuid"]))
    return out


def _counts(summary: Any) -> tuple:
    return (summary.new, summary.updated, summary.unchanged, summary.conflicts,
            summary.merged, summary.held, summary.per_table, summary.refused,
            len(summary.refused_merges))


def _orgs(db: Database, n: int, prefix: str, bins: list[str] = ()) -> list[str]:
    with db.session() as s:
        orgs = [Organization(name=f"{prefix} {i}", bin=bins[i] if i < len(bins) else "",
                             region_code="39", employees=i) for i in range(n)]
        s.add_all(orgs)
        s.flush()
        s.add_all([Consultation(date=dt.date(2017, 3, 1), organization_uuid=o.uuid,
                                notes=f"визит {o.name}") for o in orgs[: n // 2]])
        return [o.uuid for o in orgs]


def _edit(db: Database, uuids: list[str], **values: Any) -> None:
    with db.session() as s:
        for u in uuids:
            org = s.get(Organization, u)
            for k, v in values.items():
                setattr(org, k, v)


def _file(db: Database, folder: Path, name: str, **kw: Any) -> Path:
    path = folder / f"{name}.cdsync"
    export_changes(db, path, **kw)
    return path


@pytest.fixture(scope="module")
def field_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Files of three laptops: new records (one file over an apply batch of 2,000), edits
    of the same fields on two laptops (conflicts), a BIN entered twice (a merge), a deletion
    of an organization another laptop still visits (an orphan), a delete-while-edited."""
    root = tmp_path_factory.mktemp("field")
    a, b, c = (fresh_db(root / f"{n}.db") for n in "abc")
    try:
        orgs = _orgs(a, 40, "ТОО «Қостанай Нан»", BINS[:3])
        files = [_file(a, root, "a1")]
        import_file(b, files[0])
        _edit(b, orgs[3:8], phone="+7 701 000")
        _edit(b, orgs[8:10], deleted=True)
        files.append(_file(b, root, "b1"))
        _edit(a, orgs[3:8], phone="+7 777 111", employees=99)
        _edit(a, orgs[9:10], address="көше 5")
        with a.session() as s:
            s.add(Consultation(date=dt.date(2017, 4, 2), organization_uuid=orgs[8]))
        files.append(_file(a, root, "a2"))
        _orgs(c, 2100, "Өнім", BINS[3:6])
        with c.session() as s:  # the same BIN as a's first organization
            s.add(Organization(name="Қостанай Нан (дубль)", bin=BINS[0], region_code="39"))
        files.append(_file(c, root, "c1"))
        import_file(c, files[1])
        _edit(c, orgs[20:25], name="Сүт")
        files.append(_file(c, root, "c2"))
        return files
    finally:
        for db in (a, b, c):
            db.close()


def test_a_set_of_files_gives_the_same_records_on_postgresql_as_on_sqlite(
        field_files: list[Path], pg_db: Database, tmp_path: Path) -> None:
    lite = open_database(tmp_path / "ho.db")
    try:
        got = {name: [_counts(import_file(db, f)) for f in field_files]
               for name, db in (("sqlite", lite), ("postgresql", pg_db))}
        assert got["sqlite"] == got["postgresql"]
        assert sum(c[3] for c in got["sqlite"]) >= 5 and sum(c[4] for c in got["sqlite"]) >= 1
        same_on_sqlite = canonical(lite)
        assert len(same_on_sqlite["organizations"]) > 2100
        assert canonical(pg_db) == same_on_sqlite
        # a second pass changes nothing on either
        again = [import_file(pg_db, f) for f in field_files]
        assert all(s.already_imported for s in again)
    finally:
        lite.close()


def _refusals(db: Database, files: dict[str, Path]) -> dict[str, str]:
    out = {}
    for name, path in files.items():
        try:
            import_file(db, path)
            out[name] = "imported"
        except ClusterDeskError as exc:
            out[name] = str(exc).replace(str(path), "FILE")
    return out


def test_bad_files_are_refused_the_same_way_and_leave_nothing(
        field_files: list[Path], pg_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "BATCH", 500)  # 2,100 organizations: five check batches
    src = field_files[3]
    member = fmt.member_name("consultations")
    orgs = fmt.member_name("organizations")
    first_org = zipfile.ZipFile(src).read(orgs).splitlines()[0]

    def twice(name: str, body: bytes) -> bytes:  # the first record again, in the last batch
        return body + first_org + b"\n" if name == orgs else body

    def one_more(man: dict) -> None:
        man["counts"]["organizations"] += 1
        man["members"][orgs]["records"] += 1

    def dangling(obj: dict) -> None:
        obj["fields"]["organization_uuid"] = "00000000-0000-4000-8000-000000000001"

    files = {
        "checksum": rewrite(src, tmp_path / "sum.cdsync", fix_checksums=False,
                            change=lambda n, b: b.replace("Өнім".encode(), "Өнiм".encode())),
        "twice": rewrite(src, tmp_path / "twice.cdsync", change=twice, manifest=one_more),
        "dangling": rewrite(src, tmp_path / "ref.cdsync",
                            change=edit_first_line(member, dangling)),
        "good": src,
    }
    lite = open_database(tmp_path / "ho.db")
    try:
        on_sqlite = _refusals(lite, files)
        on_pg = _refusals(pg_db, files)
        assert on_pg == on_sqlite
        assert list(on_pg.values()).count("imported") == 1
        assert "appears twice" in on_pg["twice"] and "neither in this file" in on_pg["dangling"]
        assert canonical(pg_db) == canonical(lite)
        with pg_db.engine.connect() as conn:  # the refused files left no trace, not even TEMP
            assert conn.execute(sa.select(sa.func.count()).select_from(
                SyncLog.__table__)).scalar() == 1
            assert not conn.execute(sa.text(
                "SELECT 1 FROM pg_tables WHERE tablename LIKE 'sync_in%%' "
                "OR tablename LIKE 'sync_stage%%'")).first()
    finally:
        lite.close()


def _two_laptop_files(root: Path) -> tuple[Path, Path]:
    """Two consultants' files that meet: the same organizations edited on both (conflicts),
    one BIN entered on both (a merge), a few hundred records each."""
    a, b = fresh_db(root / "la.db"), fresh_db(root / "lb.db")
    try:
        shared = _orgs(a, 30, "Жиһаз", BINS[:1])
        import_file(b, _file(a, root, "seed", all_records=True))
        _edit(a, shared[:10], phone="+7 7142 1")
        _edit(b, shared[:10], phone="+7 7142 2", name="Жиһаз-Б")
        _orgs(a, 300, "Нан")
        _orgs(b, 300, "Сүт", BINS[1:2])
        with a.session() as s:
            s.add(Organization(name="Қайта", bin=BINS[1], region_code="39"))
        return _file(a, root, "fa", all_records=True), _file(b, root, "fb", all_records=True)
    finally:
        a.close()
        b.close()


def _concurrently(url: str, files: list[Path]) -> list[Any]:
    """Each file imported by its own analyst (own program, own connection), all starting
    at the same moment."""
    dbs = [open_database(url) for _ in files]
    start = threading.Barrier(len(files))
    results: list[Any] = [None] * len(files)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = import_file(dbs[i], files[i])
        except Exception as exc:  # noqa: BLE001 - reported by the test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(files))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for db in dbs:
        db.close()
    return results


def test_two_analysts_import_at_the_same_moment_and_nothing_is_lost(
        pg_url: str, pg_db: Database, tmp_path: Path) -> None:
    fa, fb = _two_laptop_files(tmp_path)
    open_database(pg_url).close()  # migrated once, before the analysts start
    results = _concurrently(pg_url, [fa, fb])
    assert [type(r).__name__ for r in results] == ["ImportSummary", "ImportSummary"], results
    assert not any(r.already_imported for r in results)
    for f in (fa, fb):  # the same files one after the other, into another database
        import_file(pg_db, f)
    together = open_database(pg_url)
    try:
        assert canonical(together) == canonical(pg_db)
        with together.engine.connect() as conn:
            open_conflicts = conn.execute(sa.text(
                "SELECT count(*) FROM sync_conflicts WHERE NOT resolved")).scalar()
            live = conn.execute(sa.text(
                "SELECT count(*) FROM organizations WHERE NOT deleted")).scalar()
        assert open_conflicts >= 10 and live == 30 + 300 + 300  # one BIN twice: merged
    finally:
        together.close()


def test_the_same_file_imported_twice_at_once_is_imported_once(
        pg_url: str, tmp_path: Path) -> None:
    fa, _fb = _two_laptop_files(tmp_path)
    open_database(pg_url).close()
    results = _concurrently(pg_url, [fa, fa])
    assert sorted(r.already_imported for r in results) == [False, True], results
    db = open_database(pg_url)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(
                SyncLog.__table__)).scalar() == 1
            assert conn.execute(sa.select(sa.func.count()).select_from(
                SyncHeld.__table__)).scalar() == 0
    finally:
        db.close()


def test_head_office_on_postgresql_exports_and_syncs_the_central_file(
        pg_db: Database, tmp_path: Path) -> None:
    lap = fresh_db(tmp_path / "lap.db")
    try:
        org, _cons = add_org_with_consultation(lap, "Ферма", BINS[0])
        central = tmp_path / "central.cdsync"
        sync_central(lap, central)
        assert sync_central(pg_db, central).imported.new == 2
        _edit(pg_db, [org], phone="+7 7142 99")
        sync_central(pg_db, central)
        sync_central(lap, central)
        with lap.session() as s:
            assert s.get(Organization, org).phone == "+7 7142 99"
        back = _file(pg_db, tmp_path, "ho", all_records=True)
        assert import_file(fresh_db(tmp_path / "new.db"), back).new == 2
    finally:
        lap.close()


# -- the convergence property with one device on PostgreSQL ---------------------------------

def _pg_world(data: st.DataObject, root: Path, url: str):  # noqa: ANN202
    from test_sync_convergence import World, _skew

    n = data.draw(st.integers(2, 4), label="devices")
    skews = data.draw(st.lists(st.sampled_from([0, 3_600_000, -7_200_000]), min_size=n,
                               max_size=n), label="clock skews")
    w = World(root, n, skews)
    w.dbs[1].close()
    w.dbs[1] = open_database(url)  # device 1 is head office's server
    _skew(w.dbs[1], skews[1])
    return w


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_devices_converge_with_one_on_postgresql(data: st.DataObject) -> None:
    from pg_fixtures import create_database, database_url, drop_database
    from test_sync_convergence import OPS, _check_nothing_lost, _step

    name = create_database()
    root = Path(tempfile.mkdtemp(prefix="cd-sync-pg-"))
    w = None
    try:
        w = _pg_world(data, root, database_url(name))
        ops = [op for op in OPS if op != "clone"]  # a server is not copied as a file
        for op in data.draw(st.lists(st.sampled_from(ops), min_size=4, max_size=16),
                            label="ops"):
            _step(w, data, op)
        for _round in range(4):
            for i in data.draw(st.permutations(range(len(w.dbs))), label="sync order"):
                sync_central(w.dbs[i], w.central)
            dumps = [_comparable(db) for db in w.dbs]
            if _round >= 1 and all(d == dumps[0] for d in dumps[1:]):
                break
        first = _comparable(w.dbs[0])
        for db in w.dbs[1:]:
            assert _comparable(db) == first, "\n".join(w.log)
        _check_nothing_lost(w)
    finally:
        for db in (w.dbs if w else []):
            db.close()
        shutil.rmtree(root, ignore_errors=True)
        drop_database(name)


def _comparable(db: Database) -> dict[str, list[dict[str, Any]]]:
    """The travelling records only, exactly (each device's stamps are its own)."""
    with db.engine.connect() as conn:
        return {t.name: sorted(({k: v for k, v in r.items() if k != "seq"} for r in
                                conn.execute(sa.select(t)).mappings()),
                               key=lambda d: d["uuid"]) for t in fmt.table_order()}


@pytest.fixture(autouse=True)
def _server(request: pytest.FixtureRequest) -> None:
    """Every test here needs the server (the property test asks for it by hand)."""
    request.getfixturevalue("pg_server")


# -- a programme: head office on PostgreSQL judges files as on SQLite -----------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def programme(request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201
    """Head office (an SQLite file, then a PostgreSQL database) and an enrolled consultant."""
    from clusterdesk.sync import authenticity, trust

    ho = request.getfixturevalue("pg_db") if request.param == "postgresql" else (
        fresh_db(tmp_path / "ho.db"))
    trust.create(ho, "Кластеры 2017")
    authenticity.set_require_encryption(ho, True)
    consultant = fresh_db(tmp_path / "aigerim.db")
    enrol(ho, consultant)
    yield ho, consultant
    consultant.close()
    if request.param == "sqlite":
        ho.close()


def enrol(ho: Database, db: Database, role: str = "consultant") -> None:
    from clusterdesk.sync import trust

    trust.accept(db, trust.load(ho).document(), "programme.json",
                 fingerprint=trust.load(ho).head_office.fingerprint)
    card = trust.device_card(db)
    trust.enrol(ho, card, role, card["fingerprint"])
    trust.accept(db, trust.load(ho).document(), "programme.json")


def test_unknown_device_and_tampered_files_are_refused_by_head_office(
        programme: tuple[Database, Database], tmp_path: Path) -> None:
    from clusterdesk.sync import trust

    ho, consultant = programme
    stranger = fresh_db(tmp_path / "stranger.db")
    try:
        trust.accept(stranger, trust.load(ho).document(), "p.json",
                     fingerprint=trust.load(ho).head_office.fingerprint)
        add_org_with_consultation(stranger, "Чужая")
        before = canonical(ho)
        with pytest.raises(ClusterDeskError, match="has not enrolled"):
            import_file(ho, _file(stranger, tmp_path, "s1"))
        add_org_with_consultation(consultant, "Ферма")
        sealed = _file(consultant, tmp_path, "a1")
        cut = tmp_path / "cut.cdsync"
        cut.write_bytes(sealed.read_bytes()[:-40])
        with pytest.raises(ClusterDeskError):
            import_file(ho, cut)
        assert canonical(ho) == before
        assert import_file(ho, sealed).new == 2
    finally:
        stranger.close()


def test_a_consultant_may_not_select_on_either_database(
        programme: tuple[Database, Database], tmp_path: Path) -> None:
    from clusterdesk.store.models import Application, Initiative, SelectionRound

    ho, consultant = programme
    with ho.session() as s:  # the round and the application are head office's
        rnd = SelectionRound(name="2017", announced_on=dt.date(2017, 4, 10),
                             deadline=dt.date(2017, 6, 8))
        ini = Initiative(name="Молочный кластер", sector_key="food", region_code="11")
        s.add_all([rnd, ini])
        s.flush()
        app = Application(round_uuid=rnd.uuid, initiative_uuid=ini.uuid, status="submitted")
        s.add(app)
        s.flush()
        app_uuid = app.uuid
    import_file(consultant, _file(ho, tmp_path, "ho1"))
    with consultant.session() as s:
        s.get(Application, app_uuid).status = "selected"
    add_org_with_consultation(consultant, "Новая ферма")
    summary = import_file(ho, _file(consultant, tmp_path, "a1"))
    assert summary.refused and "may not" in str(summary)
    assert summary.new == 2  # the rest of the file was applied
    with ho.session() as s:
        assert s.get(Application, app_uuid).status == "submitted"
