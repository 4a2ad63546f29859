"""The central file as a container of segments: appended, checksummed, found through an index.

A sync appends one segment (an ordinary ``.cdsync`` file, signed and encrypted like any other)
and a new index after everything already there, then a fixed-size footer that points at the
index. Bytes already committed are never rewritten, so a sync killed at any moment leaves the
previous footer, index and segments readable: a reader that finds no valid footer at the end
walks back to the last valid one, and the next writer cuts the unfinished tail off. Compaction
(and the first write) builds a whole new container under a temporary name and renames it into
place. Layout and rules: ``docs/sync-format.md`` ("The central file").
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import uuid as _uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from clusterdesk import atomic
from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import format as fmt
from clusterdesk.sync.records import RecordError, check_uuid

MAGIC = b"CDCENTRAL1\n"
SEGMENT_TAG = b"CDSEG1\0\0"
INDEX_TAG = b"CDIDX1\0\0"
FOOTER_TAG = b"CDFOOT1\0"
FOOTER_END = b"CDCEND1\n"
FRAME = struct.Struct(">8sQ")            # tag, payload length
FOOTER = struct.Struct(">8sQQ32s8s")     # tag, index offset, index length, sha256, end tag
MAX_INDEX_BYTES = 64 << 20
_COPY = 1 << 20


class CentralFileError(ClusterDeskError):
    """The central file cannot be read as a container (damaged beyond its last commit)."""


@dataclass
class Segment:
    """One appended sync file, as the index lists it."""

    bundle: str
    device: str
    offset: int            # of the payload (after the frame header)
    length: int
    sha256: str
    records: int
    kind: str = "delta"    # "delta": one device's changes; "base": a compacted whole state
    covers: list[str] = field(default_factory=list)  # base: the bundles it replaced
    serial: int = 0        # the programme's device-list number it was encrypted under
    created_at: str = ""


@dataclass
class Index:
    """What the last commit of a container says it holds."""

    container: str
    generation: int = 0
    segments: list[Segment] = field(default_factory=list)
    heads: dict[str, str] = field(default_factory=dict)  # device -> its newest bundle here
    end: int = 0           # committed length of the file; bytes after it are unfinished

    @property
    def base_records(self) -> int:
        return sum(s.records for s in self.segments if s.kind == "base")

    @property
    def delta_records(self) -> int:
        return sum(s.records for s in self.segments if s.kind != "base")

    def to_json(self) -> bytes:
        body = {"format": "clusterdesk-central", "version": 1, "container": self.container,
                "generation": self.generation, "heads": self.heads,
                "segments": [asdict(s) for s in self.segments]}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def is_container(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def new_container_id() -> str:
    return str(_uuid.uuid4())


def _fail(path: Path, why: str) -> CentralFileError:
    return CentralFileError(f"{path.name}: {why}; nothing was imported or written. Restore "
                            "the central file from a copy, or move it away and sync again to "
                            "start a new one.")


_SEG_KEYS = {"bundle", "device", "offset", "length", "sha256", "records", "kind", "covers",
             "serial", "created_at"}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_MAX_COUNT = 1 << 53  # byte offsets and record counts: whole numbers a file can hold


def _count(value: Any, what: str) -> int:
    if type(value) is not int or not 0 <= value < _MAX_COUNT:
        raise ValueError(f"{what} is not a count: {value!r:.40}")
    return value


def _uuid_text(value: Any, what: str) -> str:
    try:
        return check_uuid(value, what)
    except RecordError as exc:
        raise ValueError(str(exc)) from None


def _segment(raw: Any) -> Segment:
    """One entry of the index, every field checked (the index is anyone's to rewrite, with a
    checksum that matches: it is read like any other input)."""
    if not isinstance(raw, dict) or not raw.keys() <= _SEG_KEYS or not {
            "bundle", "device", "offset", "length", "sha256", "records"} <= raw.keys():
        raise ValueError(f"a segment entry is not one this ClusterDesk writes: {raw!r:.80}")
    bundle = _uuid_text(raw["bundle"], "a segment's bundle")
    covers = raw.get("covers", [])
    if not isinstance(covers, list):
        raise ValueError(f"segment {bundle}: covers is not a list")
    kind, created = raw.get("kind", "delta"), raw.get("created_at", "")
    if kind not in ("delta", "base"):
        raise ValueError(f"segment {bundle}: kind {kind!r:.40} is neither delta nor base")
    if not isinstance(created, str) or len(created) > 40:
        raise ValueError(f"segment {bundle}: created_at is not a date")
    sha = raw["sha256"]
    if not (isinstance(sha, str) and _HEX64.fullmatch(sha)):
        raise ValueError(f"segment {bundle}: its checksum is not a SHA-256")
    return Segment(bundle=bundle, device=_uuid_text(raw["device"], f"segment {bundle}'s device"),
                   offset=_count(raw["offset"], f"segment {bundle}'s offset"),
                   length=_count(raw["length"], f"segment {bundle}'s length"), sha256=sha,
                   records=_count(raw["records"], f"segment {bundle}'s record count"),
                   kind=kind, covers=[_uuid_text(c, f"segment {bundle} covers") for c in covers],
                   serial=_count(raw.get("serial", 0), f"segment {bundle}'s device-list number"),
                   created_at=created)


def _parse_index(path: Path, data: bytes, end: int) -> Index:
    try:
        text = data.decode("utf-8")
        body = json.loads(text)
        if fmt.unpaired_in(text, body):
            raise ValueError(fmt.UNPAIRED)
        if not isinstance(body, dict) or not isinstance(body.get("segments"), list) or (
                not isinstance(body.get("heads"), dict)):
            raise ValueError("it is not an index of segments")
        segs = [_segment(s) for s in body["segments"]]
        if len({s.bundle for s in segs}) != len(segs):
            raise ValueError("it lists a segment twice")
        heads = {_uuid_text(k, "a head's device"): _uuid_text(v, "a head's bundle")
                 for k, v in body["heads"].items()}
        index = Index(container=_uuid_text(body.get("container"), "its container id"),
                      generation=_count(body.get("generation"), "its generation"),
                      segments=segs, heads=heads, end=end)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _fail(path, f"its index is not readable ({exc})") from None
    for s in index.segments:
        if s.offset < len(MAGIC) or s.offset + s.length > end:
            raise _fail(path, f"its index points outside the file (segment {s.bundle})")
    return index


def _footer_at(fh: Any, pos: int, size: int) -> tuple[int, int, bytes] | None:
    """The (index offset, length, digest) of a valid-looking footer at ``pos``, else None."""
    if pos < len(MAGIC) or pos + FOOTER.size > size:
        return None
    fh.seek(pos)
    raw = fh.read(FOOTER.size)
    if len(raw) != FOOTER.size:
        return None
    tag, offset, length, digest, end_tag = FOOTER.unpack(raw)
    if tag != FOOTER_TAG or end_tag != FOOTER_END or length > MAX_INDEX_BYTES:
        return None
    if offset < len(MAGIC) or offset + length > pos:
        return None
    return offset, length, digest


def read_index(path: Path) -> Index:
    """The last committed index of the container at ``path`` (walking back past an
    unfinished tail left by a killed sync)."""
    path = Path(path)
    with path.open("rb") as fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise _fail(path, "it is not a ClusterDesk central file")
        size = os.fstat(fh.fileno()).st_size
        pos = size - FOOTER.size
        while pos >= len(MAGIC):
            found = _footer_at(fh, pos, size)
            if found is not None:
                offset, length, digest = found
                fh.seek(offset)
                data = fh.read(length)
                if hashlib.sha256(data).digest() == digest:
                    return _parse_index(path, data, pos + FOOTER.size)
            pos = _previous_footer(fh, pos)
    raise _fail(path, "no complete index was found in it (it is damaged or was cut short)")


def _previous_footer(fh: Any, before: int) -> int:
    """Position of the nearest footer tag that starts before ``before`` (-1: none)."""
    end = before + len(FOOTER_TAG) - 1
    while end > len(MAGIC):
        start = max(len(MAGIC), end - _COPY)
        fh.seek(start)
        chunk = fh.read(end - start)
        hit = chunk.rfind(FOOTER_TAG)
        if hit >= 0:
            return start + hit
        if start == len(MAGIC):
            break
        end = start + len(FOOTER_TAG) - 1
    return -1


def copy_segment(path: Path, seg: Segment, target: Path) -> None:
    """Copy one segment's bytes out of the container, checking its length and SHA-256."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as src, Path(target).open("wb") as out:
        src.seek(seg.offset - FRAME.size)
        tag, length = FRAME.unpack(src.read(FRAME.size))
        if tag != SEGMENT_TAG or length != seg.length:
            raise CentralFileError(f"the segment is not where the index of {Path(path).name} "
                                   "says (the file was changed or damaged)")
        left = seg.length
        while left:
            chunk = src.read(min(_COPY, left))
            if not chunk:
                break
            digest.update(chunk)
            out.write(chunk)
            left -= len(chunk)
    if left or digest.hexdigest() != seg.sha256:
        raise CentralFileError("it does not match its checksum: it was changed or damaged "
                               "after it was written")


def _write_frame(out: Any, tag: bytes, src: Path | bytes) -> tuple[int, int, str]:
    """Write a frame; returns (payload offset, length, sha256 hex)."""
    start = out.tell()
    if isinstance(src, bytes):
        out.write(FRAME.pack(tag, len(src)))
        out.write(src)
        return start + FRAME.size, len(src), hashlib.sha256(src).hexdigest()
    size = src.stat().st_size
    out.write(FRAME.pack(tag, size))
    digest = hashlib.sha256()
    with src.open("rb") as fh:
        while chunk := fh.read(_COPY):
            digest.update(chunk)
            out.write(chunk)
    return start + FRAME.size, size, digest.hexdigest()


def _commit_index(out: Any, index: Index) -> None:
    """Index frame, fsync, then the footer and fsync: the footer is the commit."""
    data = index.to_json()
    offset, length, _ = _write_frame(out, INDEX_TAG, data)
    out.flush()
    os.fsync(out.fileno())
    out.write(FOOTER.pack(FOOTER_TAG, offset, length, hashlib.sha256(data).digest(),
                          FOOTER_END))
    out.flush()
    os.fsync(out.fileno())
    index.end = out.tell()


def append(path: Path, index: Index, payload: Path, seg: Segment) -> Index:
    """Append ``payload`` as a new segment after ``index``'s committed end; the new index
    (returned) is committed only once the segment is durable."""
    new = Index(container=index.container, generation=index.generation + 1,
                segments=list(index.segments), heads=dict(index.heads))
    try:
        with Path(path).open("r+b") as out:
            out.truncate(index.end)  # the unfinished tail of a killed sync, if any
            out.seek(index.end)
            seg.offset, seg.length, seg.sha256 = _write_frame(out, SEGMENT_TAG, payload)
            new.segments.append(seg)
            new.heads[seg.device] = seg.bundle
            _commit_index(out, new)
    except OSError as exc:  # the previous commit is still the file's content
        raise atomic.write_error(Path(path), exc) from exc
    return new


def write_new(path: Path, container: str, parts: Iterable[tuple[Path, Segment]],
              heads: dict[str, str], generation: int = 0) -> Index:
    """A whole new container (first write, migration, compaction), renamed into place."""
    path = Path(path)
    atomic.clean_leftovers(path)
    tmp = atomic.temp_name(path)
    index = Index(container=container, generation=generation + 1, heads=dict(heads))
    try:
        with tmp.open("wb") as out:
            out.write(MAGIC)
            for payload, seg in parts:
                seg.offset, seg.length, seg.sha256 = _write_frame(out, SEGMENT_TAG, payload)
                index.segments.append(seg)
                index.heads[seg.device] = seg.bundle
            _commit_index(out, index)
        atomic.commit(tmp, path)
    except OSError as exc:
        atomic.discard(tmp)
        raise atomic.write_error(path, exc) from exc
    except BaseException:
        atomic.discard(tmp)
        raise
    return index
