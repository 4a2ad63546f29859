"""An import into a database that holds consultations indexes the new ones a batch at a time,
folded in Python: the stored search text must be exactly what the views give, the FTS5 indexes
sound and searchable, and the database's own trigger back in place afterwards — also when the
same import edits, deletes or renames around the new rows, and when it fails.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_import_search_index import _fts_sound
from test_sync_support import add_org_with_consultation, fresh_db

from clusterdesk.store.fold_chain import compile_pairs, read_chain, views_of
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import export_changes, import_file
from clusterdesk.sync.search_later import EXPECTED, LaterIndex

NOTES = ["Қазақстан: ӘЛЕМ Құрылыс, Shymkent zhol", "Ёлка Йогурт ÄĞÑÖŪÜŞÇİı", "x-ray yoga KHAN",
         "Встреча с директором по сбыту", "ҒҰҮҺІ ңөұүһі — shch ch sh ya yu"]


def _stored_and_source(db) -> tuple[dict, dict]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return tuple(dict(conn.exec_driver_sql(f"SELECT id, text FROM {t}").all())
                     for t in ("consultations_search_text", "consultations_search_source"))


def _trigger_sql(db) -> str | None:  # noqa: ANN001
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'consultations_search_text_ai'").scalar()


def _hits(db, word: str) -> int:  # noqa: ANN001
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT count(*) FROM consultations_infix_fts WHERE consultations_infix_fts "
            f"MATCH '\"{word}\"'").scalar()


def _pair(tmp_path: Path):  # noqa: ANN202
    """Head office and a laptop that both hold the programme's first organization."""
    head = fresh_db(tmp_path / "head.db")
    org, _cons = add_org_with_consultation(head, "ТОО «Алем»", notes="first visit")
    export_changes(head, tmp_path / "base.cdsync", all_records=True)
    laptop = fresh_db(tmp_path / "laptop.db")
    import_file(laptop, tmp_path / "base.cdsync")
    return head, laptop, org


def test_new_consultations_are_folded_as_the_views_fold_them(tmp_path: Path) -> None:
    head, laptop, org = _pair(tmp_path)
    original = _trigger_sql(head)
    assert " ".join(original.split()) == EXPECTED  # the 0012 trigger this path stands in for
    with laptop.session() as s:
        for i in range(60):
            s.add(Consultation(date=dt.date(2017, 3, 1 + i % 28), organization_uuid=org,
                               notes=f"{NOTES[i % len(NOTES)]} № {i}"))
        other = Organization(name="ИП «Жолдас» Öskemen", region_code="39")
        s.add(other)
        s.flush()
        s.add(Consultation(date=dt.date(2017, 4, 2), organization_uuid=other.uuid,
                           notes="Ұсыныс"))
    export_changes(laptop, tmp_path / "laptop.cdsync")
    summary = import_file(head, tmp_path / "laptop.cdsync")
    assert summary.new >= 62
    stored, source = _stored_and_source(head)
    assert stored == source and len(stored) == 62
    assert _fts_sound(head) == []
    assert _hits(head, "хан") == 12 and _hits(head, "шымкент") == 12  # Latin typed, folded
    assert _hits(head, "жолдас") == 1  # by the new organization's name
    assert _trigger_sql(head) == original  # the database's own trigger, as it was
    with head.engine.connect() as conn:
        left = conn.exec_driver_sql("SELECT name FROM sqlite_temp_master").scalars().all()
    assert [n for n in left if n.startswith("sync_stage_fold")] == []
    with head.session() as s:  # after the import the ordinary trigger indexes a save
        s.add(Consultation(date=dt.date(2017, 5, 5), organization_uuid=org, notes="Қызылорда"))
    assert _hits(head, "кызылорда") == 1
    stored, source = _stored_and_source(head)
    assert stored == source


def test_a_rename_and_an_edit_in_the_same_file_keep_every_row_indexed_once(
        tmp_path: Path) -> None:
    head, laptop, org = _pair(tmp_path)
    with laptop.session() as s:
        new = Consultation(date=dt.date(2017, 3, 1), organization_uuid=org, notes="Сбыт")
        gone = Consultation(date=dt.date(2017, 3, 2), organization_uuid=org, notes="Удалить")
        s.add_all([new, gone])
        s.flush()
        new_uuid = new.uuid
    with laptop.session() as s:  # the laptop renames the organization, edits a new one
        s.get(Organization, org).name = "ТОО «Әлем Құрылыс»"
        s.get(Consultation, new_uuid).notes = "Сбыт и логистика Ақтөбе"
    export_changes(laptop, tmp_path / "laptop.cdsync")
    import_file(head, tmp_path / "laptop.cdsync")
    stored, source = _stored_and_source(head)
    assert stored == source
    assert _fts_sound(head) == []
    assert _hits(head, "курылыс") == 3 and _hits(head, "актобе") == 1
    # a second import of a file that renames back and brings more
    with laptop.session() as s:
        s.get(Organization, org).name = "ТОО «Алем»"
        for i in range(5):
            s.add(Consultation(date=dt.date(2017, 6, 1 + i), organization_uuid=org,
                               notes=f"Повтор {i}"))
    export_changes(laptop, tmp_path / "again.cdsync")
    import_file(head, tmp_path / "again.cdsync")
    stored, source = _stored_and_source(head)
    assert stored == source and _fts_sound(head) == []
    assert _hits(head, "курылыс") == 0 and _hits(head, "алем") == 8


def test_inserts_noted_then_edited_renamed_or_deleted_before_the_flush(tmp_path: Path) -> None:
    """Within one import a later segment may edit, rename around or delete a row inserted by
    an earlier one before it is indexed: each ends up indexed once, as the views say."""
    head, _laptop, org = _pair(tmp_path)
    with head.engine.begin() as conn:
        raw = conn.connection.driver_connection
        later = LaterIndex.start(raw, conn.connection.info, "consultations")
        assert later is not None
        names = [r[1] for r in raw.execute("PRAGMA table_info(consultations)")]
        picks = ", ".join("? AS uuid" if n == "uuid" else "? AS notes" if n == "notes"
                          else n for n in names)
        cols = ", ".join(names)
        for i, notes in enumerate(["Ақтөбе", "Удалить", "Shymkent", "Сбыт"]):
            raw.execute(f"INSERT INTO consultations ({cols}) SELECT {picks} FROM consultations "
                        "LIMIT 1", [f"u-{i}" if n == "uuid" else notes
                                    for n in names if n in ("uuid", "notes")])
        raw.execute("UPDATE consultations SET notes = 'Ақтөбе Құрылыс' WHERE uuid = 'u-0'")
        raw.execute("DELETE FROM consultations WHERE uuid = 'u-1'")
        raw.execute("UPDATE organizations SET name = 'ТОО «Өркен»' WHERE uuid = ?", (org,))
        later.flush()
        raw.execute(f"INSERT INTO consultations ({cols}) SELECT {picks} FROM consultations "
                    "WHERE uuid = 'u-3'", [v for n in names for v in
                                           {"uuid": ["u-9"], "notes": ["Жаңа"]}.get(n, [])])
        later.finish()
    stored, source = _stored_and_source(head)
    assert stored == source and len(stored) == 5
    assert _fts_sound(head) == []
    assert _hits(head, "оркен") == 5 and _hits(head, "курылыс") == 1 and _hits(head, "жана") == 1
    assert _hits(head, "удалить") == 0


def test_a_failed_import_leaves_the_trigger_and_the_index_as_they_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clusterdesk.errors import ClusterDeskError
    from clusterdesk.sync import importer

    monkeypatch.setattr(importer, "BATCH", 100)  # batches written and indexed before the cancel

    head, laptop, org = _pair(tmp_path)
    original = _trigger_sql(head)
    with laptop.session() as s:
        for i in range(600):  # progress is asked every 500 records, of 1,200 steps
            s.add(Consultation(date=dt.date(2017, 3, 1), organization_uuid=org,
                               notes=f"Отменено {i}"))
    export_changes(laptop, tmp_path / "laptop.cdsync")
    seen = []

    def cancel(done: int, total: int) -> bool:
        seen.append(done)
        return done < total // 2 + 1  # past the check pass, inside the apply pass

    with pytest.raises(ClusterDeskError):
        import_file(head, tmp_path / "laptop.cdsync", cancel)
    assert 1000 in seen  # cancelled in the apply pass, after 400 rows were written
    assert _trigger_sql(head) == original
    stored, source = _stored_and_source(head)
    assert stored == source and len(stored) == 1 and _fts_sound(head) == []


def test_a_trigger_not_as_expected_is_left_in_place(tmp_path: Path) -> None:
    head = fresh_db(tmp_path / "head.db")
    with head.engine.begin() as conn:
        raw = conn.connection.driver_connection
        raw.execute("DROP TRIGGER consultations_search_text_ai")
        raw.execute(EXPECTED.replace("BEGIN ", "BEGIN SELECT 1; "))
        assert LaterIndex.start(raw, conn.connection.info, "consultations") is None
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                           "'consultations_search_text_ai'").fetchone()[0] == 1


def test_the_chain_read_back_is_the_views_chain(tmp_path: Path) -> None:
    head = fresh_db(tmp_path / "head.db")
    con = sqlite3.connect(head.engine.url.database)
    views = views_of(con)
    for top, base in (("consultations_search_source", "consultations_folded0"),
                      ("organizations_search_source", None), ("organizations_folded", None)):
        chain = read_chain(views, top, base)
        assert chain is not None and len(chain.pairs) > 50, top
    assert read_chain(views, "consultations_search_source", "no_such_view") is None
    # a view above reading a column the one below does not give: not read (the SQL stays)
    changed = dict(views)
    changed["consultations_search_source"] = views["consultations_search_source"].replace(
        "(text, 'С', 'с')", "(notes, 'С', 'с')")
    assert changed != views
    assert read_chain(changed, "consultations_search_source", "consultations_folded0") is None
    con.close()


ALPHABET = "abchsyzkxAÄӘәКкқЁёй'_ "


@settings(max_examples=150, deadline=None)
@given(pairs=st.lists(st.tuples(st.text(ALPHABET, max_size=3), st.text(ALPHABET, max_size=3)),
                      max_size=12),
       texts=st.lists(st.text(ALPHABET, max_size=30), min_size=1, max_size=5))
def test_the_python_fold_is_sqlites_replace_chain(pairs, texts) -> None:  # noqa: ANN001
    """For any chain of replacements, the compiled fold gives what SQLite's replace() gives."""
    fold = compile_pairs(tuple(pairs))
    expr = "?"
    args: list[str] = []
    for old, new in pairs:
        expr = f"replace({expr}, ?, ?)"
        args += [old, new]
    con = sqlite3.connect(":memory:")
    for text in texts:
        assert fold(text) == con.execute(f"SELECT {expr}", [text, *args]).fetchone()[0]
    assert fold(None) is None


def test_a_first_import_builds_the_same_indexes_from_the_python_fold(tmp_path: Path) -> None:
    """Into an empty database the stored texts and the names' folded indexes are rebuilt at
    the end, folded in Python: what the views give, and what FTS5's own check accepts."""
    from clusterdesk.store.fts import rebuild_statements
    from clusterdesk.sync import search_later

    head = fresh_db(tmp_path / "head.db")
    for i, name in enumerate(["ТОО «Әлем Құрылыс»", "ИП Shymkent Khan", "АО ҒЫЛЫМ-ӨРКЕН"]):
        add_org_with_consultation(head, name, notes=f"{NOTES[i]} Yoga")
    export_changes(head, tmp_path / "all.cdsync", all_records=True)
    fresh = fresh_db(tmp_path / "fresh.db")
    with fresh.engine.connect() as conn:  # the Python fold is what this import uses
        raw = conn.connection.driver_connection
        for name in ("organizations_infix_fts", "organizations_words_fts",
                     "consultations_search_text", "organizations_search_text"):
            plain = rebuild_statements(name)
            info = conn.connection.info
            assert search_later.rebuild_statements(raw, info, name, plain) != plain, name
    import_file(fresh, tmp_path / "all.cdsync")
    assert _fts_sound(fresh) == []
    stored, source = _stored_and_source(fresh)
    assert stored == source and len(stored) == 3
    with fresh.engine.connect() as conn:
        names = dict(conn.exec_driver_sql("SELECT id, name FROM organizations_folded").all())
        texts = dict(conn.exec_driver_sql(
            "SELECT id, text FROM organizations_search_text").all())
        view = dict(conn.exec_driver_sql(
            "SELECT id, text FROM organizations_search_source").all())
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM organizations_infix_fts WHERE organizations_infix_fts "
            "MATCH '\"шымкент\"'").scalar()
        words = conn.exec_driver_sql(
            "SELECT count(*) FROM organizations_words_fts WHERE organizations_words_fts "
            "MATCH 'оркен*'").scalar()
    assert texts == view and len(names) == 3 and found == 1 and words == 1


def _update_trigger_sql(db) -> str | None:  # noqa: ANN001
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'consultations_search_text_au'").scalar()


def test_edits_of_indexed_consultations_are_indexed_at_the_flush(tmp_path: Path) -> None:
    """An import's edits of consultations already indexed: the new text replaces the old in
    both indexes (also when the same file renames the organization or deletes a row), and the
    database's own update trigger is back afterwards."""
    head, laptop, org = _pair(tmp_path)
    original = _update_trigger_sql(head)
    with laptop.session() as s:
        made = [Consultation(date=dt.date(2017, 3, 1 + i), organization_uuid=org,
                             notes=f"Бастапқы {i}") for i in range(6)]
        s.add_all(made)
        s.flush()
        uuids = [c.uuid for c in made]
    export_changes(laptop, tmp_path / "first.cdsync")
    import_file(head, tmp_path / "first.cdsync")
    assert _hits(head, "бастапкы") == 6
    with laptop.session() as s:
        for i, uuid in enumerate(uuids[:4]):
            s.get(Consultation, uuid).notes = f"Өзгерген Шымкент {i}"
        s.get(Consultation, uuids[5]).deleted = True
    export_changes(laptop, tmp_path / "edits.cdsync")
    summary = import_file(head, tmp_path / "edits.cdsync")
    assert summary.updated >= 4
    stored, source = _stored_and_source(head)
    assert stored == source and _fts_sound(head) == []
    # (a tombstone keeps its text in the index: lists leave deleted rows out)
    assert _hits(head, "озгерген") == 4 and _hits(head, "бастапкы") == 2
    assert _update_trigger_sql(head) == original
    with head.session() as s:  # after the import the database's own trigger indexes an edit
        s.get(Consultation, uuids[4]).notes = "Қазан айы"
    assert _hits(head, "казан") == 1 and _hits(head, "бастапкы") == 1
    stored, source = _stored_and_source(head)
    assert stored == source and _fts_sound(head) == []


def _three_indexed(tmp_path: Path, notes: str):  # noqa: ANN202
    """Head office with three indexed consultations of its organization: (db, org, uuids)."""
    head, _laptop, org = _pair(tmp_path)
    with head.session() as s:
        made = [Consultation(date=dt.date(2017, 3, 1 + i), organization_uuid=org,
                             notes=f"{notes} {i}") for i in range(3)]
        s.add_all(made)
        s.flush()
        return head, org, [c.uuid for c in made]


def test_an_edited_row_met_by_a_rename_edit_or_delete_before_the_flush(tmp_path: Path) -> None:
    head, org, uuids = _three_indexed(tmp_path, "Ескі")
    with head.engine.begin() as conn:
        raw = conn.connection.driver_connection
        later = LaterIndex.start(raw, conn.connection.info, "consultations")
        assert later is not None and later.update_sql is not None
        assert later.before_sql is not None
        for uuid in uuids:
            raw.execute("UPDATE consultations SET notes = 'Жаңа мәтін' WHERE uuid = ?", (uuid,))
        raw.execute("UPDATE consultations SET notes = 'Екінші рет' WHERE uuid = ?", (uuids[0],))
        raw.execute("DELETE FROM consultations WHERE uuid = ?", (uuids[1],))
        raw.execute("UPDATE organizations SET name = 'ТОО «Өркен»' WHERE uuid = ?", (org,))
        later.finish()
    stored, source = _stored_and_source(head)
    assert stored == source and len(stored) == 3
    assert _fts_sound(head) == []
    assert _hits(head, "ески") == 0 and _hits(head, "екинши") == 1 and _hits(head, "жана") == 1
    assert _hits(head, "оркен") == 3


def test_edits_and_renames_in_turn_before_the_flush_leave_each_text_indexed_once(
        tmp_path: Path) -> None:
    """An edit, a rename that indexes the edited row again, a second edit of it, another
    rename: the old texts of both indexes go, whichever of them each edit met."""
    head, org, uuids = _three_indexed(tmp_path, "Бірінші")
    edit = "UPDATE consultations SET notes = ? WHERE uuid = ?"
    rename = "UPDATE organizations SET name = ? WHERE uuid = ?"
    with head.engine.begin() as conn:
        raw = conn.connection.driver_connection
        later = LaterIndex.start(raw, conn.connection.info, "consultations")
        assert later is not None and later.before_sql is not None
        raw.execute(edit, ("Екінші мәтін", uuids[0]))
        raw.execute(rename, ("ТОО «Ақжол»", org))     # indexes row 0's new text again
        raw.execute(edit, ("Үшінші мәтін", uuids[0]))  # meets that text: both go
        raw.execute(edit, ("Төртінші", uuids[1]))
        raw.execute(rename, ("ТОО «Нұрлы»", org))
        later.flush()
        raw.execute(edit, ("Бесінші", uuids[2]))
        later.finish()
    stored, source = _stored_and_source(head)
    assert stored == source and _fts_sound(head) == []
    for gone in ("биринши", "екинши", "акжол", "алем"):
        assert _hits(head, gone) == 0, gone
    assert [_hits(head, w) for w in ("ушинши", "тортинши", "бесинши", "нурлы")] == [1, 1, 1, 4]
    with head.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = "
                                    "'consultations_search_text_bu'").scalar() == 1


def test_an_update_trigger_not_as_expected_is_left_in_place(tmp_path: Path) -> None:
    head = fresh_db(tmp_path / "head.db")
    with head.engine.begin() as conn:
        raw = conn.connection.driver_connection
        sql = raw.execute("SELECT sql FROM sqlite_master WHERE name = "
                          "'consultations_search_text_au'").fetchone()[0]
        raw.execute("DROP TRIGGER consultations_search_text_au")
        raw.execute(sql.replace("BEGIN", "BEGIN SELECT 1;", 1))
        later = LaterIndex.start(raw, conn.connection.info, "consultations")
        assert later is not None and later.update_sql is None  # inserts are still batched
        assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                           "'consultations_search_text_au'").fetchone()[0] == 1
        later.finish()
