"""Every key of a sync file's manifest (and of each ``members`` entry) is checked: its type, its
allowed values, and what the reader can compare it with (a member's size, the signature).

Each refusal is one sentence naming the key; files shaped as earlier ClusterDesk versions
wrote them (format 1 without ``protection``, format 2 before signing) still import.
"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_sync_files import rewrite
from test_sync_support import add_org_with_consultation, dump_all, fresh_db

from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import export_changes, import_file, sealing, trust
from clusterdesk.sync import keys as devkeys
from clusterdesk.sync.reader import Bundle

ORGS = "records/organizations.jsonl"


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("manifest")
    src = fresh_db(tmp / "src.db")
    add_org_with_consultation(src, "Ферма")
    path = tmp / "good.cdsync"
    export_changes(src, path)
    src.close()
    return path


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive inside a signed and encrypted file of an enrolled consultant."""
    tmp = tmp_path_factory.mktemp("signed")
    ho = fresh_db(tmp / "ho.db")
    trust.create(ho, "Кластеры 2017")
    a = fresh_db(tmp / "a.db")
    trust.accept(a, trust.load(ho).document(), "p.json",
                 fingerprint=trust.load(ho).head_office.fingerprint)
    card = json.loads(json.dumps(trust.device_card(a)))
    trust.enrol(ho, card, "consultant", card["fingerprint"])
    trust.accept(a, trust.load(ho).document(), "p.json")
    add_org_with_consultation(a, "Ферма")
    sealed = tmp / "a.cdsync"
    export_changes(a, sealed)
    plain = tmp / "plain.zip"
    sealing.unseal(sealed, plain, ho.device_id, devkeys.existing(ho.device_id).box)
    return plain


def _read_all(path: Path) -> None:
    """Open a file as an import does and read every member to its end (size, checksum)."""
    with Bundle(path) as bundle:
        for table in bundle.tables():
            for _ in bundle.lines(table):
                pass


def _refusal(src: Path, dst: Path, edit: Callable[[dict], None]) -> str | None:
    """The sentence ``src`` with its manifest edited is refused with (None: accepted)."""
    try:
        _read_all(rewrite(src, dst, manifest=edit))
    except ClusterDeskError as exc:
        text = str(exc)
        assert "\n" not in text and len(text) < 600, text
        return text
    return None


def _set(path: tuple[str, ...], value: Any) -> Callable[[dict], None]:
    def edit(m: dict) -> None:
        d = m
        for p in path[:-1]:
            d = d[p]
        if value is _MISSING:
            d.pop(path[-1], None)
        else:
            d[path[-1]] = copy.deepcopy(value)
    return edit


_MISSING = object()


# -- what the review found accepted ------------------------------------------------------------

@pytest.mark.parametrize(("edit", "expect"), [
    (_set(("members", ORGS, "records"), -5), "records of 'records/organizations.jsonl'"),
    (_set(("members", ORGS, "records"), "many"), "records of 'records/organizations.jsonl'"),
    (_set(("members", ORGS, "size"), 10**30), "size of 'records/organizations.jsonl'"),
    (_set(("scope",), {"x": 1}), "scope"),
    (_set(("scope",), _MISSING), "no 'scope'"),
    (_set(("recipient",), 42), "recipient is a number"),
    (_set(("consultant",), [1]), "consultant"),
    (_set(("form_versions",), 7), "form_versions"),
    (_set(("app_version",), ""), "app_version is empty"),
    (_set(("protection",), "signed+encrypted"), "protection says 'signed+encrypted'"),
])
def test_the_reviewed_values_are_refused_and_change_nothing(good: Path, tmp_path: Path,
                                                            edit, expect) -> None:  # noqa: ANN001
    db = fresh_db(tmp_path / "dst.db")
    before = dump_all(db)
    with pytest.raises(ClusterDeskError) as err:
        import_file(db, rewrite(good, tmp_path / "bad.cdsync", manifest=edit))
    assert expect in str(err.value) and "\n" not in str(err.value)
    assert dump_all(db) == before
    assert import_file(db, good).new == 2


# -- every JSON type in every key ---------------------------------------------------------------

VALUES: list[Any] = [None, True, False, 0, -1, 1, 1.5, 10**30, "", "x", "all", "none", [], [1],
                     ["x"], {}, {"x": 1}, {"x": ["1"]}, _MISSING]

# (key path, the values of VALUES that are fine there, words the refusal must contain)
KEYS: list[tuple[tuple[str, ...], list[Any], str]] = [
    (("format",), [], "format"),
    (("format_version",), [], "format"),  # 1: the file then has keys format 1 did not have
    (("schema_version",), [1], "schema"),
    (("app_version",), [], "app_version"),
    (("form_versions",), [{}, {"x": ["1"]}], "form_versions"),
    (("device_id",), [], "device_id"),
    (("device_name",), ["", "x", "all", "none"], "device_name"),
    (("host",), ["", "x", "all", "none"], "host"),
    (("consultant",), [], "consultant"),
    (("consultant", "uuid"), [""], "consultant"),
    (("consultant", "name"), ["", "x", "all", "none"], "consultant"),
    (("created_at",), [], "created_at"),
    (("bundle_id",), [], "bundle_id"),
    (("scope",), ["all"], "scope"),  # "all" is fine only with an empty recipient: see below
    (("recipient",), ["", "x", "all", "none"], "recipient"),
    (("tables",), [], "tables"),
    (("counts",), [], "counts"),
    (("members",), [], "members"),
    (("members", ORGS), [], "records/organizations.jsonl"),
    (("members", ORGS, "sha256"), [], "sha256"),
    (("members", ORGS, "size"), [], "size"),
    (("protection",), [_MISSING], "protection"),  # missing: written before signing existed
    (("withdrawn",), [[], _MISSING], "withdrawn"),
    (("signer_keys",), [_MISSING], "signer_keys"),
    (("programme",), [_MISSING], "programme"),
    (("something_new",), [_MISSING], "something_new"),
]


def _label(value: Any) -> str:
    return "missing" if value is _MISSING else repr(value)[:20]


@pytest.mark.parametrize(("path", "fine", "words"), KEYS, ids=["/".join(k[0]) for k in KEYS])
def test_every_json_type_in_every_key_of_a_plain_file(good: Path, tmp_path: Path, path, fine,
                                                      words) -> None:  # noqa: ANN001
    original = json.loads(zipfile.ZipFile(good).read("manifest.json"))
    for value in VALUES:
        d: Any = original
        for p in path:
            d = d.get(p, _MISSING) if isinstance(d, dict) else _MISSING
        if value is d or (type(value) is type(d) and value == d):
            continue  # the value the file already has
        if path == ("scope",) and value == "all":
            why = _refusal(good, tmp_path / "m.cdsync",
                           lambda m: m.update(scope="all", recipient=""))
        else:
            why = _refusal(good, tmp_path / "m.cdsync", _set(path, value))
        if any(value is f or (type(value) is type(f) and value == f) for f in fine):
            assert why is None, f"{path} = {_label(value)}: {why}"
        else:
            assert why is not None, f"{path} = {_label(value)} was accepted"
            assert words in why or "newer ClusterDesk" in why, \
                f"{path} = {_label(value)}: {why}"


def test_member_records_and_size_against_what_the_member_holds(good: Path,
                                                              tmp_path: Path) -> None:
    size = json.loads(zipfile.ZipFile(good).read("manifest.json"))["members"][ORGS]["size"]
    why = _refusal(good, tmp_path / "m.cdsync", _set(("members", ORGS, "size"), size + 1))
    assert why and f"holds {size:,} bytes but the manifest's size of it is {size + 1:,}" in why
    why = _refusal(good, tmp_path / "m.cdsync", _set(("members", ORGS, "records"), size + 1))
    assert why and "from 0 to its size in bytes" in why
    why = _refusal(good, tmp_path / "m.cdsync", _set(("members", ORGS, "extra"), 1))
    assert why and "'extra'" in why
    why = _refusal(good, tmp_path / "m.cdsync", _set(("members", ORGS, "sha256"), "A" * 64))
    assert why and "sha256" in why


@pytest.mark.parametrize(("edit", "expect"), [
    (lambda m: m.update(scope="all"), "recipient must be empty when scope is 'all'"),
    (lambda m: m.update(created_at="2017-04-12T08:31:05+05:00"), "created_at"),
    (lambda m: m.update(created_at="2017-04-12"), "created_at"),
    (lambda m: m.update(app_version="latest"), "app_version is not a version number"),
    (lambda m: m.update(device_name="x" * 201), "device_name is 201 characters long"),
    (lambda m: m.update(host="laptop\nsecond line"), "host holds a control character"),
    (lambda m: m.update(consultant={"uuid": "", "name": "", "role": "x"}), "consultant"),
    (lambda m: m.update(consultant={"uuid": "ABC", "name": ""}), "consultant's uuid"),
    (lambda m: m.update(form_versions={"application": "2017"}), "form_versions of"),
    (lambda m: m.update(form_versions={"application": [2017]}), "form_versions of"),
    (lambda m: m.update(form_versions={"": ["1"]}), "form id in form_versions"),
    (lambda m: m.update(scope="x" * 100_000), "scope is 'xxxx"),
    (lambda m: m.update({"x" * 100_000: 1}), "no ClusterDesk writes"),
    (lambda m: m["counts"].update({"y" * 100_000: 1}), "counts name"),
    (lambda m: m.update(signer_keys={}), "signer_keys is given although protection is 'none'"),
])
def test_values_of_the_right_type_but_not_allowed(good: Path, tmp_path: Path, edit,
                                                  expect) -> None:  # noqa: ANN001
    why = _refusal(good, tmp_path / "m.cdsync", edit)
    assert why is not None and expect in why, why


# -- files of earlier versions -------------------------------------------------------------------

def _older(version: int) -> Callable[[dict], None]:
    """The manifest as a ClusterDesk before signing (and re-dating) wrote it."""
    def edit(m: dict) -> None:
        for key in ("protection", "withdrawn", "signer_fingerprint", "signer_keys",
                    "programme"):
            m.pop(key, None)
        m["format_version"] = version
    return edit


@pytest.mark.parametrize("version", [1, 2])
def test_files_of_earlier_versions_still_import(good: Path, tmp_path: Path,
                                                version: int) -> None:
    db = fresh_db(tmp_path / "dst.db")
    summary = import_file(db, rewrite(good, tmp_path / "old.cdsync", manifest=_older(version)))
    assert summary.new == 2
    all_file = tmp_path / "all.cdsync"
    src = fresh_db(tmp_path / "src.db")
    add_org_with_consultation(src, "Цех")
    export_changes(src, all_file, all_records=True)
    assert import_file(db, rewrite(all_file, tmp_path / "old-all.cdsync",
                                   manifest=_older(version))).new == 2


def test_format_1_with_keys_that_came_later_is_refused(good: Path, tmp_path: Path) -> None:
    why = _refusal(good, tmp_path / "m.cdsync", lambda m: m.update(format_version=1))
    assert why and "format_version is 1, but sync format 1 has no 'protection'" in why


# -- signed files ---------------------------------------------------------------------------------

def test_a_genuine_signed_file_opens(signed: Path) -> None:
    _read_all(signed)


@pytest.mark.parametrize(("edit", "expect"), [
    (lambda m: m.update(protection="none"), "protection says 'none' but the file carries a "
                                            "signature"),
    (lambda m: m.update(protection="sealed"), "protection is 'sealed'"),
    (lambda m: m.pop("signer_keys"), "no 'signer_keys'"),
    (lambda m: m.update(signer_keys=None), "signer_keys"),
    (lambda m: m["signer_keys"].update(sign_public="AAAA"), "sign_public is not a base64 key"),
    (lambda m: m["signer_keys"].update(box_public=7), "box_public is not a base64 key"),
    (lambda m: m.update(signer_fingerprint="0000 0000 0000 0000 0000"),
     "signer_fingerprint is not the fingerprint of signer_keys"),
    (lambda m: m.update(signer_fingerprint=[]), "signer_fingerprint is not five groups"),
    (lambda m: m.update(programme=7), "programme is neither null nor a device list"),
    (lambda m: m.update(programme={}), "programme is neither null nor a device list"),
    (lambda m: m["programme"]["body"].update(name="Другая"),
     "programme is neither null nor a device list"),
])
def test_signed_files_keys_are_checked(signed: Path, tmp_path: Path, edit,
                                       expect) -> None:  # noqa: ANN001
    why = _refusal(signed, tmp_path / "m.zip", edit)
    assert why is not None and expect in why, why
