"""Half a character in a file is refused with a sentence, never a crash.

JSON may write a character as a ``\\u`` escape, and a hostile or broken writer can write half
of a UTF-16 pair on its own (``"\\ud800"``). Python reads that into a string that SQLite, a
file or the window cannot hold: before the check, an import stopped on a raw
``UnicodeEncodeError``. Found by feeding imports arbitrary JSON in one field at a time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sync_files import edit_first_line, rewrite
from test_sync_support import add_org_with_consultation, dump, fresh_db

from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import export_changes, import_file, programme_file
from clusterdesk.sync import format as fmt

ORGS, CONS = "records/organizations.jsonl", "records/consultations.jsonl"


def _edited(member: str, edit) -> object:  # noqa: ANN001
    return edit_first_line(member, edit, ascii_only=True)


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Path, object]:
    src, dst = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    add_org_with_consultation(src, "ТОО «Ұлытау»")
    path = tmp_path / "ok.cdsync"
    export_changes(src, path)
    return path, dst


@pytest.mark.parametrize(("member", "edit", "where"), [
    (ORGS, lambda r: r["fields"].update(name="Ұлытау \ud800"), "organizations.jsonl line 1"),
    (CONS, lambda r: r["fields"].update(notes="\udfff"), "consultations.jsonl line 1"),
    (CONS, lambda r: r["fields"].update(topics=["\udc00x"]), "consultations.jsonl line 1"),
    (ORGS, lambda r: r.update(stamps={"\ud83d": ["name"]}), "organizations.jsonl line 1"),
])
def test_an_unpaired_surrogate_in_a_record_is_refused(sent, tmp_path: Path, member, edit,  # noqa: ANN001
                                                      where: str) -> None:
    path, dst = sent
    bad = rewrite(path, tmp_path / "bad.cdsync", change=_edited(member, edit))
    before = dump(dst)
    with pytest.raises(ClusterDeskError, match="unpaired UTF-16 surrogate") as err:
        import_file(dst, bad)
    assert where in str(err.value)
    assert dump(dst) == before


def test_a_proper_pair_written_as_escapes_is_text(sent, tmp_path: Path) -> None:
    """An emoji written as two escapes ("\\ud83d\\ude00") is one character: imported."""
    path, dst = sent
    bad = rewrite(path, tmp_path / "pair.cdsync",
                  change=_edited(CONS, lambda r: r["fields"].update(notes="Келісілді 😀")))
    assert b"\\ud83d\\ude00" in __import__("zipfile").ZipFile(bad).read(CONS)
    import_file(dst, bad)
    with dst.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT notes FROM consultations").scalar() == "Келісілді 😀"


def test_an_unpaired_surrogate_in_the_manifest_is_refused(sent, tmp_path: Path) -> None:
    path, dst = sent
    bad = rewrite(path, tmp_path / "bad.cdsync",
                  manifest=lambda m: m.update(device_name="Ноутбук \ud800"))
    with pytest.raises(ClusterDeskError, match="manifest.json .*unpaired"):
        import_file(dst, bad)


def test_an_unpaired_surrogate_in_a_programme_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "programme.json"
    path.write_text(json.dumps({"kind": "clusterdesk-programme", "name": "\ud800"}),
                    encoding="utf-8")
    with pytest.raises(ClusterDeskError):
        programme_file.read(path)


_TEXT = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1,
                max_size=3) | st.text(max_size=5)
_JSON = st.recursive(st.none() | st.booleans() | st.integers() | _TEXT,
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(_TEXT, inner, max_size=3), max_leaves=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_JSON)
def test_the_check_agrees_with_encoding(value: object) -> None:
    """``unpaired_in`` finds exactly the parsed values that cannot be written as UTF-8 (a
    high and a low half written one after the other do make one character)."""
    text = json.dumps(value)
    parsed = json.loads(text)
    try:
        json.dumps(parsed, ensure_ascii=False).encode("utf-8")
        writable = True
    except UnicodeEncodeError:
        writable = False
    assert fmt.unpaired_in(text, parsed) is not writable
