"""Opening a sync file safely: zip checks, entry names and sizes, manifest, streamed records.

Nothing is unpacked to disk and no member is read whole: records come line by line, each
member's SHA-256 is checked when its last line has been read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from clusterdesk.domain.hlc import Stamp
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import SCHEMA_VERSION
from clusterdesk.sync import format as fmt
from clusterdesk.sync import manifest_check as mcheck
from clusterdesk.sync.manifest_check import show
from clusterdesk.sync.records import RecordError, check_uuid

SIGNATURE = "signature.json"  # see sealing: the writer's signature over manifest.json


class SyncFileError(ClusterDeskError):
    """The sync file is refused; the database was not changed."""


_CHUNK = 1 << 20
# The C scanner behind json.loads: ``scan(text, 0)`` -> (value, end). A line it parses up to
# its very end is what json.loads(line) gives (json.loads adds only whitespace skipping and
# the bytes decoding, which the callers below do or leave to json.loads itself).
def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a sync file may hold")


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)
_SCANNER = _DECODER.scan_once

_MANIFEST_KEYS: dict[str, type | tuple[type, ...]] = {
    "format": str, "format_version": int, "app_version": str, "schema_version": int,
    "device_id": str, "device_name": str, "bundle_id": str, "created_at": str,
    "tables": list, "counts": dict, "members": dict,
}


MAX_SPANS = 20  # ``withdrawn``: spans of stamps a device re-dated (``sync.redate``)


def spans_problem(value: Any) -> str | None:
    """Why a manifest's ``withdrawn`` is not a list of spans of stamps (None: it is)."""
    if not isinstance(value, list) or len(value) > MAX_SPANS:
        return f"is not a list of at most {MAX_SPANS} spans"
    for span in value:
        if not (isinstance(span, list) and len(span) == 2
                and all(isinstance(s, str) for s in span)):
            return "holds a span that is not two clock stamps"
        try:
            low, high = Stamp.parse(span[0]), Stamp.parse(span[1])
        except ValueError:
            return "holds a span that is not two clock stamps"
        if low > high:
            return "holds a span that ends before it begins"
    return None


MAX_NESTING = 32  # a record, its fields, a JSON column's own levels: far below this
_TOKENS = re.compile(r'"(?:\\.|[^"\\])*"|[\[\]{}]')


def too_deep(line: str) -> bool:
    """Is JSON text nested deeper than MAX_NESTING (brackets inside strings not counted)?
    Checked before parsing, so the parser's own recursion limit never decides."""
    depth = 0
    for m in _TOKENS.finditer(line):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _unsafe(name: str) -> bool:
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return True
    return any(part in ("..", "") for part in PurePosixPath(name).parts) or name.endswith("/")


class Bundle:
    """An opened, checked sync file; use as a context manager."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.label = self.path.name
        self._zf = self._open()
        try:
            self._check_entries()
            self.manifest = self._read_manifest()
            self._check_members()
        except BaseException:
            self._zf.close()
            raise

    def __enter__(self) -> Bundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zf.close()

    def fail(self, message: str) -> SyncFileError:
        return SyncFileError("sync.file_refused", file=self.label, detail=message)

    def _open(self) -> zipfile.ZipFile:
        p = self.path
        if not p.exists():
            raise SyncFileError("sync.missing", file=p)
        if p.is_dir():
            raise SyncFileError("sync.is_folder", file=p)
        if p.stat().st_size == 0:
            raise SyncFileError("sync.empty", file=self.label)
        with p.open("rb") as fh:
            head = fh.read(4)
        if not zipfile.is_zipfile(p):
            if head.startswith(b"PK"):
                raise SyncFileError("sync.damaged", file=self.label)
            raise SyncFileError("sync.not_zip", file=self.label)
        try:
            return zipfile.ZipFile(p)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise self.fail(f"the file is damaged ({exc})") from exc

    def _check_entries(self) -> None:
        seen: set[str] = set()
        for info in self._zf.infolist():
            name = info.filename
            if _unsafe(name):
                raise self.fail(f"it contains an unsafe entry name {name!r} (an absolute path "
                                "or '..'); such files are refused")
            if name in seen:
                raise self.fail(f"the entry {name!r} appears twice")
            seen.add(name)
            limit = fmt.MAX_MANIFEST_BYTES if name == fmt.MANIFEST else fmt.MAX_MEMBER_BYTES
            if info.file_size > limit:
                raise self.fail(f"the entry {name!r} would unpack to {info.file_size:,} bytes, "
                                f"more than the limit of {limit:,}")
            if info.file_size > 65536 and info.file_size > fmt.MAX_RATIO * max(
                    info.compress_size, 1):
                raise self.fail(f"the entry {name!r} is compressed "
                                f"{info.file_size // max(info.compress_size, 1)} times, more "
                                f"than the {fmt.MAX_RATIO} a sync file can have (a zip bomb?)")
        if fmt.MANIFEST not in seen:
            raise self.fail("it has no manifest.json, so it is not a ClusterDesk sync file or "
                            "it is incomplete")

    def _read_bytes(self, name: str) -> bytes:
        try:
            return self._zf.read(name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise self.fail(f"the entry {name!r} is damaged ({exc})") from exc

    def signature(self) -> dict[str, Any] | None:
        """The writer's signature member (None: the file is not signed)."""
        if SIGNATURE not in self._zf.namelist():
            return None
        try:
            sig = json.loads(self._read_bytes(SIGNATURE))
            return sig if isinstance(sig, dict) else {}
        except ValueError:
            return {}

    def _read_manifest(self) -> dict[str, Any]:
        data = self._read_bytes(fmt.MANIFEST)
        self.manifest_bytes = data
        try:
            manifest = _DECODER.decode(data.decode("utf-8"))
        except RecursionError:
            raise self.fail("manifest.json is nested too deeply") from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise self.fail(f"manifest.json is not valid JSON ({exc})") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT_NAME:
            raise self.fail("manifest.json does not describe a ClusterDesk sync file (its "
                            f"format is not {fmt.FORMAT_NAME!r})")
        if fmt.unpaired_in(data.decode("utf-8"), manifest):
            raise self.fail(f"manifest.json {fmt.UNPAIRED}")
        for key, kind in _MANIFEST_KEYS.items():
            value = manifest.get(key)
            if not isinstance(value, kind) or isinstance(value, bool):
                raise self.fail(f"manifest.json has no valid {key!r}")
        for key in ("device_id", "bundle_id"):
            try:
                check_uuid(manifest[key], key)
            except RecordError as exc:
                raise self.fail(f"manifest.json: {exc}") from None
        try:
            dt.datetime.fromisoformat(manifest["created_at"].removesuffix("Z"))
        except ValueError:
            raise self.fail(f"manifest.json: created_at {show(manifest['created_at'])} is "
                            "not a date and time") from None
        if "withdrawn" in manifest and (why := spans_problem(manifest["withdrawn"])):
            raise self.fail(f"manifest.json: withdrawn {why}")
        newer = None
        for key in ("format_version", "schema_version"):
            if manifest[key] < 1:
                raise self.fail(f"manifest.json: {key} is {manifest[key]}, below 1")
        if manifest["format_version"] > fmt.FORMAT_VERSION:
            newer = f"sync format {manifest['format_version']}"
        elif manifest["schema_version"] > SCHEMA_VERSION:
            newer = f"database schema {manifest['schema_version']}"
        if newer:
            raise SyncFileError("sync.newer", file=self.label,
                                version=f"{manifest['app_version']} ({newer})")
        signed = SIGNATURE in self._zf.namelist()
        if why := (mcheck.keys_problem(manifest) or mcheck.fields_problem(manifest)
                   or mcheck.protection_problem(manifest, signed)):
            raise self.fail(why)
        return manifest

    def _check_members(self) -> None:
        members = self.manifest["members"]
        for info in self._zf.infolist():
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self.fail(f"the entry {info.filename!r} uses a compression a sync file "
                                "does not use (only deflate)")
        present = {i.filename for i in self._zf.infolist()} - {fmt.MANIFEST, SIGNATURE}
        for name in sorted(set(members) - present):
            raise self.fail(f"the member {show(name)} listed in the manifest's members is "
                            "missing")
        for name in sorted(present - set(members)):
            raise self.fail(f"it contains {show(name)}, which the manifest's members do not "
                            "list")
        known = fmt.tables_by_name()
        tables = self.manifest["tables"]
        if len(set(map(str, tables))) != len(tables):
            raise self.fail("the manifest's tables list a table twice")
        for table in tables:
            if not isinstance(table, str) or table not in known:
                raise self.fail(f"the manifest's tables list {show(table)}, a table this "
                                "ClusterDesk does not know")
            if fmt.member_name(table) not in members:
                raise self.fail(f"the manifest lists table {show(table)} but no member for it")
        listed = {fmt.member_name(t) for t in tables}
        for name in sorted(set(members) - listed):
            raise self.fail(f"the member {show(name)} is not the records of a table the manifest "
                            "lists in tables, so it would not be checked")
        counts = self.manifest["counts"]
        for table, count in counts.items():
            if type(count) is not int or count < 0:
                raise self.fail(f"the manifest's counts: {show(table)} is {show(count)}, not "
                                "a number of records (0 or more)")
            if table not in tables:
                raise self.fail(f"the manifest's counts name {show(table)}, a table it does not "
                                "list in tables")
        for table in tables:
            if table not in counts:
                raise self.fail("the manifest's counts have no record count for "
                                f"{show(table)}")
            name = fmt.member_name(table)
            if why := mcheck.member_problem(name, members[name]):
                raise self.fail(why)

    def _parse(self, name: str, number: int, data: bytes) -> Any:
        try:
            text = data.decode("utf-8")
            value = _DECODER.decode(text)
            if fmt.unpaired_in(text, value):
                raise self.fail(f"{name} line {number} {fmt.UNPAIRED}")
            return value
        except RecursionError:
            raise self.fail(f"{name} line {number} is nested too deeply") from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise self.fail(f"{name} line {number} is not valid JSON ({exc})") from None

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    def tables(self) -> list[str]:
        """Tables in this file, in this ClusterDesk's apply order (whatever the file says)."""
        listed = set(self.manifest["tables"])
        return [t.name for t in fmt.table_order() if t.name in listed]

    def total_records(self) -> int:
        return sum(int(self.manifest["counts"].get(t, 0)) for t in self.tables())

    def lines(self, table: str) -> Iterator[tuple[int, Any]]:
        """(line number, parsed JSON) of a table's member; checks its checksum at the end.

        The member is read in chunks of about a megabyte and cut at line ends (much faster
        than ``readline`` on a zip member); no line may be longer than MAX_LINE_BYTES.
        A chunk of whole lines is decoded from UTF-8 at once and each line parsed by the JSON
        scanner directly; a line it does not take whole goes through ``json.loads`` on its
        bytes, so exactly the same lines are accepted, with the same messages.
        """
        name = fmt.member_name(table)
        expected = self.manifest["members"][name]["sha256"]
        digest = hashlib.sha256()
        number = size = 0
        limit = fmt.MAX_LINE_BYTES
        scan = _SCANNER
        pending = bytearray()  # the start of a line whose end is in the next chunk
        try:
            with self._zf.open(name) as raw:
                while True:
                    chunk = raw.read(_CHUNK)
                    if chunk:
                        digest.update(chunk)
                        size += len(chunk)
                        cut = chunk.rfind(b"\n") + 1
                        if cut == 0:
                            pending += chunk
                            if len(pending) > limit:
                                raise self.fail(f"{name} line {number + 1} is longer than "
                                                f"{limit:,} bytes")
                            continue
                        if pending:
                            pending += chunk[:cut]
                            block = bytes(pending)
                            pending = bytearray(chunk[cut:])
                        else:
                            block = chunk[:cut]
                            pending = bytearray(chunk[cut:])
                        whole = True  # block ends with a line end
                    elif pending:
                        block = bytes(pending)  # a last line without a line end
                        pending = bytearray()
                        whole = False
                    else:
                        break
                    text = None
                    if len(block) < limit:  # then no line in it is too long
                        try:
                            text = block.decode("utf-8")
                        except UnicodeDecodeError:
                            pass  # line by line below, to name the line
                    if text is None:
                        parts = block.split(b"\n")
                        if whole:
                            parts.pop()  # the empty piece after the last line end
                        for data in parts:
                            number += 1
                            if len(data) >= limit:
                                raise self.fail(f"{name} line {number} is longer than "
                                                f"{limit:,} bytes")
                            if data.count(b"[") + data.count(b"{") > 64 and too_deep(
                                    data.decode("utf-8", "replace")):
                                raise self.fail(f"{name} line {number} is nested too deeply")
                            yield number, self._parse(name, number, data)
                        continue
                    lines = text.split("\n")
                    if whole:
                        lines.pop()
                    escapes = fmt.SURROGATE_ESCAPE.search(text) is not None  # rare
                    for line in lines:
                        number += 1
                        if line.count("[") + line.count("{") > 64 and too_deep(line):
                            raise self.fail(f"{name} line {number} is nested too deeply")
                        try:
                            value, end = scan(line, 0)
                        except Exception:  # noqa: BLE001 - json.loads says what is wrong
                            value, end = None, -1
                        if end != len(line):
                            value = self._parse(name, number, line.encode("utf-8"))
                        elif escapes and fmt.unpaired_in(line, value):
                            raise self.fail(f"{name} line {number} {fmt.UNPAIRED}")
                        yield number, value
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise self.fail(f"the member {name!r} is damaged ({exc})") from exc
        if digest.hexdigest() != expected:
            raise self.fail(f"the checksum of {name!r} does not match the manifest (the file "
                            "was changed or damaged after it was written)")
        if size != self.manifest["members"][name]["size"]:
            raise self.fail(f"{name} holds {size:,} bytes but the manifest's size of it is "
                            f"{self.manifest['members'][name]['size']:,}")
        count = self.manifest["counts"].get(table)
        if count != number:
            raise self.fail(f"{name} holds {number} records but the manifest says {count}")
