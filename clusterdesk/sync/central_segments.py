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
import struct
import uuid as _uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from clusterdesk import atomic
from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import format as fmt

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


def _parse_index(path: Path, data: bytes, end: int) -> Index:
    try:
        text = data.decode("utf-8")
        body = json.loads(text)
        if fmt.unpaired_in(text, body):
            raise ValueError(fmt.UNPAIRED)
        segs = [Segment(**s) for s in body["segments"]]
        index = Index(container=str(body["container"]), generation=int(body["generation"]),
                      segments=segs, heads={str(k): str(v) for k, v in body["heads"].items()},
                      end=end)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _fail(path, f"its index is not readable ({exc})") from None
    for s in index.segments:
        if s.offset < len(MAGIC) or s.length < 0 or s.offset + s.length > end:
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
