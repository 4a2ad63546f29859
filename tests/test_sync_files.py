"""Sync files: round trip, re-import, and every kind of bad file refused with the DB unchanged."""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from test_sync_support import add_org_with_consultation, dump, dump_all, fresh_db, valid_bins

from clusterdesk.cli.main import main
from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import export_changes, import_file
from clusterdesk.sync import format as fmt

ORGS = "records/organizations.jsonl"
CONS = "records/consultations.jsonl"


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    src = fresh_db(tmp_path / "src.db")
    add_org_with_consultation(src, "ТОО «Қостанай Нан»", valid_bins(1)[0])
    add_org_with_consultation(src, "Молочный двор", notes="интерес высокий")
    path = tmp_path / "good.cdsync"
    export_changes(src, path)
    src.close()
    return path


def rewrite(src: Path, dst: Path, *, change: Callable[[str, bytes], bytes | None] | None = None,
            manifest: Callable[[dict], None] | None = None, fix_checksums: bool = True,
            extra: dict[str, bytes] | None = None) -> Path:
    """Copy a sync file changing members (None drops one) and the manifest."""
    with zipfile.ZipFile(src) as zin:
        data = {n: zin.read(n) for n in zin.namelist()}
    man = json.loads(data.pop(fmt.MANIFEST))
    out: dict[str, bytes] = {}
    for name, body in data.items():
        new = change(name, body) if change else body
        if new is None:
            continue
        out[name] = new
        if fix_checksums and name in man["members"]:
            man["members"][name]["sha256"] = hashlib.sha256(new).hexdigest()
            man["members"][name]["size"] = len(new)
    if manifest:
        manifest(man)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, body in {**out, **(extra or {})}.items():
            zout.writestr(name, body)
        zout.writestr(fmt.MANIFEST, json.dumps(man))
    return dst


def edit_first_line(member: str, edit: Callable[[dict], None],
                    ascii_only: bool = False) -> Callable[[str, bytes], bytes]:
    """Change the first line of ``member`` (``ascii_only``: written with \\u escapes, as an
    ASCII-only writer does; a lone surrogate then becomes "\\ud800")."""
    def change(name: str, body: bytes) -> bytes:
        if name != member:
            return body
        lines = body.decode().splitlines()
        rec = json.loads(lines[0])
        edit(rec)
        lines[0] = json.dumps(rec, ensure_ascii=ascii_only)
        return ("\n".join(lines) + "\n").encode()
    return change


def test_round_trip_and_reimport_changes_nothing(good_file: Path, tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "dst.db")
    first = import_file(db, good_file)
    assert (first.new, first.updated, first.conflicts) == (4, 0, 0)
    before = dump(db)
    again = import_file(db, good_file)
    assert again.already_imported and "already imported" in str(again)
    assert dump(db) == before
    with db.engine.connect() as conn:
        names = sorted(conn.exec_driver_sql("SELECT name FROM organizations").scalars())
    assert names == ["Молочный двор", "ТОО «Қостанай Нан»"]


def test_demo_programme_travels_whole(demo_db, tmp_path: Path) -> None:
    """Every travelling table (whatever issues added) goes through a full export unchanged."""
    path = tmp_path / "all.cdsync"
    summary = export_changes(demo_db, path, all_records=True)
    assert summary.counts["organizations"] >= 264
    target = fresh_db(tmp_path / "copy.db")
    result = import_file(target, path)
    assert result.new == summary.total
    assert dump(target) == dump(demo_db)


def test_incremental_export_has_only_new_changes(tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "a.db")
    add_org_with_consultation(db, "Первое")
    assert export_changes(db, tmp_path / "1.cdsync").total == 2
    assert export_changes(db, tmp_path / "2.cdsync").total == 0
    add_org_with_consultation(db, "Второе")
    assert export_changes(db, tmp_path / "3.cdsync").total == 2
    assert export_changes(db, tmp_path / "4.cdsync", all_records=True).total == 4
    assert not list(tmp_path.glob(".*.tmp"))


def _bad_cases(good: Path, tmp: Path) -> dict[str, tuple[Path, str]]:
    raw = good.read_bytes()
    cases: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, expect: str) -> None:
        p = tmp / f"{name}.cdsync"
        p.write_bytes(data)
        cases[name] = (p, expect)

    put("empty", b"", "empty")
    put("not_zip", "Отчёт о поездке\n".encode() * 50, "not a zip")
    put("truncated", raw[: len(raw) * 2 // 3], "damaged or incomplete")
    with zipfile.ZipFile(good) as zf:
        info = zf.getinfo(ORGS)
    flipped = bytearray(raw)
    pos = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    flipped[pos] ^= 0x55
    put("changed_byte", bytes(flipped), "damaged")
    cases["missing_member"] = (rewrite(good, tmp / "missing.cdsync",
                                       change=lambda n, b: None if n == CONS else b),
                               "is missing")
    cases["wrong_checksum"] = (rewrite(
        good, tmp / "checksum.cdsync", fix_checksums=False,
        change=edit_first_line(ORGS, lambda r: r["fields"].update(name="Подмена"))),
        "checksum")
    cases["invalid_json"] = (rewrite(
        good, tmp / "json.cdsync",
        change=lambda n, b: b + b'{"table": "organizations", \n' if n == ORGS else b),
        "not valid JSON")
    cases["wrong_type"] = (rewrite(
        good, tmp / "type.cdsync",
        change=edit_first_line(ORGS, lambda r: r["fields"].update(employees="много"))),
        "'employees' must be a whole number")
    cases["bad_bin"] = (rewrite(
        good, tmp / "bin.cdsync",
        change=edit_first_line(ORGS, lambda r: r["fields"].update(bin="123456789012"))),
        "BIN 123456789012")
    cases["missing_reference"] = (rewrite(
        good, tmp / "ref.cdsync",
        change=edit_first_line(CONS, lambda r: r["fields"].update(
            organization_uuid=str(uuid.uuid4())))),
        "neither in this file nor in the database")
    cases["newer_format"] = (rewrite(
        good, tmp / "newer.cdsync",
        manifest=lambda m: m.update(format_version=fmt.FORMAT_VERSION + 1, app_version="9.4")),
        "made by a newer ClusterDesk 9.4")
    cases["newer_schema"] = (rewrite(
        good, tmp / "schema.cdsync",
        manifest=lambda m: m.update(schema_version=999, app_version="3.1")),
        "made by a newer ClusterDesk 3.1")
    cases["path_traversal"] = (rewrite(good, tmp / "trav.cdsync",
                                       extra={"../../evil.txt": b"x"}), "unsafe entry name")
    cases["absolute_path"] = (rewrite(good, tmp / "abs.cdsync",
                                      extra={"/etc/evil.txt": b"x"}), "unsafe entry name")
    cases["zip_bomb"] = (rewrite(good, tmp / "bomb.cdsync",
                                 change=lambda n, b: b + b" " * 5_000_000 if n == CONS else b),
                         "zip bomb")
    return cases


def test_bad_files_are_refused_and_change_nothing(good_file: Path, tmp_path: Path) -> None:
    db = fresh_db(tmp_path / "dst.db")
    add_org_with_consultation(db, "Уже было")
    before = dump_all(db)
    cases = _bad_cases(good_file, tmp_path)
    for name, (path, expect) in cases.items():
        with pytest.raises(ClusterDeskError) as err:
            import_file(db, path)
        assert expect in str(err.value), f"{name}: {err.value}"
        assert "\n" not in str(err.value)
    assert dump_all(db) == before
    assert import_file(db, good_file).new == 4  # the good file still goes in afterwards


def test_over_large_entry_is_refused_before_unpacking(good_file: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db = fresh_db(tmp_path / "dst.db")
    before = dump_all(db)
    monkeypatch.setattr(fmt, "MAX_MEMBER_BYTES", 100)
    with pytest.raises(ClusterDeskError, match="more than the limit"):
        import_file(db, good_file)
    assert dump_all(db) == before


def test_cli_export_import_and_errors(good_file: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    for p in (a, b):
        fresh_db(p).close()
    assert main(["--db", str(a), "import", str(good_file)]) == 0
    assert "4 new" in capsys.readouterr().out
    out_file = tmp_path / "from-a.cdsync"
    assert main(["--db", str(a), "export", str(out_file), "--all"]) == 0
    assert "4 records (all records)" in capsys.readouterr().out
    assert main(["--db", str(b), "import", str(out_file)]) == 0
    assert main(["--db", str(b), "import", str(out_file)]) == 0
    assert "already imported" in capsys.readouterr().out
    (tmp_path / "junk.cdsync").write_bytes(b"hello")
    assert main(["--db", str(b), "import", str(tmp_path / "junk.cdsync")]) == 2
    err = capsys.readouterr().err
    assert "not a zip archive" in err and "Traceback" not in err
    assert main(["--db", str(b), "sync-status"]) == 0
    assert "unexported changes: 0" in capsys.readouterr().out


def test_cancel_from_progress_changes_nothing(tmp_path: Path) -> None:
    from clusterdesk.sync import SyncCancelledError

    src = fresh_db(tmp_path / "src.db")
    for i in range(300):
        add_org_with_consultation(src, f"Цех {i}")
    path = tmp_path / "all.cdsync"
    calls: list[tuple[int, int]] = []
    export_changes(src, path, all_records=True, progress=lambda d, t: calls.append((d, t)) or True)
    assert calls[-1] == (600, 600)
    with pytest.raises(SyncCancelledError):
        export_changes(src, tmp_path / "x.cdsync", all_records=True, progress=lambda d, t: False)
    assert not (tmp_path / "x.cdsync").exists()
    db = fresh_db(tmp_path / "dst.db")
    before = dump_all(db)
    with pytest.raises(SyncCancelledError, match="not changed"):
        import_file(db, path, progress=lambda done, total: done < total * 0.75)
    assert dump_all(db) == before
    assert import_file(db, path).new == 600
