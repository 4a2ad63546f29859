"""Every field of a central file's index is checked, like every field of a sync file.

The index sits in a shared folder and its checksum is no secret: anyone who can write the
file can write an index that matches it. A segment entry whose offset is a word, whose record
count is a list or whose device-list number is missing used to stop the sync on a raw
``TypeError`` (found by rewriting one index field at a time). Now the sync says which field
is wrong, and neither the central file nor the database changes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from test_sync_support import add_org_with_consultation, dump, fresh_db

from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import central_segments as cs
from clusterdesk.sync import sync_central


def _with_index(path: Path, edit) -> None:  # noqa: ANN001
    """Commit a rewritten index at the end of the file, as an append would."""
    body = json.loads(cs.read_index(path).to_json())
    edit(body)
    data = json.dumps(body).encode()
    raw = path.read_bytes()
    offset = len(raw) + cs.FRAME.size
    path.write_bytes(raw + cs.FRAME.pack(cs.INDEX_TAG, len(data)) + data + cs.FOOTER.pack(
        cs.FOOTER_TAG, offset, len(data), hashlib.sha256(data).digest(), cs.FOOTER_END))


def _seg(key: str, value: object):  # noqa: ANN202
    return lambda body: body["segments"][-1].update({key: value})


@pytest.mark.parametrize(("edit", "expect"), [
    (_seg("offset", "12"), "offset is not a count"),
    (_seg("length", -5), "length is not a count"),
    (_seg("records", [1]), "record count is not a count"),
    (_seg("serial", None), "device-list number is not a count"),
    (_seg("records", True), "record count is not a count"),
    (_seg("covers", "all"), "covers is not a list"),
    (_seg("covers", [12]), "covers is not a uuid"),
    (_seg("kind", "everything"), "neither delta nor base"),
    (_seg("sha256", "00"), "not a SHA-256"),
    (_seg("bundle", 7), "bundle is not a uuid"),
    (_seg("device", "LAPTOP"), "device is not a uuid"),
    (_seg("colour", "red"), "not one this ClusterDesk writes"),
    (lambda b: b.update(generation="1"), "generation is not a count"),
    (lambda b: b.update(container=None), "container id is not a uuid"),
    (lambda b: b["heads"].update({"x": [1]}), "head's device is not a uuid"),
    (lambda b: b.update(segments={}), "not an index of segments"),
    (lambda b: b["segments"].append(dict(b["segments"][0])), "lists a segment twice"),
])
def test_a_rewritten_index_field_is_named(tmp_path: Path, edit, expect: str) -> None:  # noqa: ANN001
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    central = tmp_path / "central.cdsync"
    add_org_with_consultation(a, "ТОО «Әділ»")
    sync_central(a, central)
    add_org_with_consultation(b, "ТОО «Бота»")
    sync_central(b, central)
    _with_index(central, edit)
    before, file_before = dump(b), central.read_bytes()
    with pytest.raises(ClusterDeskError, match=expect) as err:
        sync_central(b, central)
    assert "index is not readable" in str(err.value)
    assert dump(b) == before
    assert central.read_bytes() == file_before


def test_an_index_rewritten_the_way_clusterdesk_writes_it_is_read(tmp_path: Path) -> None:
    """The check takes what ClusterDesk itself writes (the same index committed again)."""
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    central = tmp_path / "central.cdsync"
    add_org_with_consultation(a, "ТОО «Ғалым»")
    sync_central(a, central)
    _with_index(central, lambda body: None)
    summary = sync_central(b, central)
    assert summary.imported is not None and summary.imported.new == 2
