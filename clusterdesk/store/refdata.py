"""Reference data (regions, their splits, sectors) from ``resources/reference``.

The files are validated when loaded; a broken file names itself, the key and the reason.
They are written into the database whenever their version differs from the one stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clusterdesk.data_files import lang_texts, read_toml
from clusterdesk.domain.workdays import Calendar
from clusterdesk.errors import ClusterDeskError
from clusterdesk.resources_path import resource

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class RegionRef:
    code: str
    kato: str
    names: dict[str, str]
    is_city: bool = False
    current: bool = True
    valid_until: dt.date | None = None
    successor: str | None = None

    @property
    def today(self) -> str:
        """The code of today's region that this one maps to."""
        return self.successor or self.code


@dataclass(frozen=True)
class SplitPart:
    """The part of a historical region that went to ``successor`` (by old KATO prefixes)."""

    successor: str
    name: str
    prefixes: tuple[str, ...]
    unchecked: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegionSplit:
    """How a historical region divided: its parts, and the successor of everything else."""

    region: str
    ended: dt.date | None
    act: str
    default: str
    parts: tuple[SplitPart, ...]

    def successor_of(self, kato: str | None) -> str:
        """Today's region of a record with this settlement/district KATO (as recorded)."""
        kato = (kato or "").strip()
        best = max(((len(p), part.successor) for part in self.parts for p in part.prefixes
                    if kato.startswith(p)), default=None)
        return best[1] if best else self.default


@dataclass(frozen=True)
class SectorRef:
    key: str
    oked: tuple[str, ...]
    names: dict[str, str]


class ReferenceDataError(ClusterDeskError):
    pass


def _load(path: Path) -> dict[str, Any]:
    return read_toml(path, error=ReferenceDataError)


def _names(path: Path, where: str, entry: dict[str, Any]) -> dict[str, str]:
    return lang_texts(entry.get("name"), path, f"{where}.name", ReferenceDataError)


@cache
def regions() -> dict[str, RegionRef]:
    path = resource("reference", "regions.toml")
    data = _load(path)
    out: dict[str, RegionRef] = {}
    for i, e in enumerate(data.get("region", [])):
        code = str(e.get("code", ""))
        if len(code) != 2 or not code.isdigit():
            raise ReferenceDataError("data.invalid", path=path, key=f"region[{i}].code",
                                     detail=f"must be two digits, got {code!r}")
        out[code] = RegionRef(code, code + "0000000", _names(path, f"region[{i}]", e),
                              is_city=bool(e.get("city", False)))
    for i, e in enumerate(data.get("historical", [])):
        code, succ = str(e.get("code", "")), e.get("successor")
        if succ not in out:
            raise ReferenceDataError("data.invalid", path=path, key=f"historical[{i}].successor",
                                     detail=f"{succ!r} is not one of today's regions")
        out[code] = RegionRef(code, str(e.get("kato", "")), _names(path, f"historical[{i}]", e),
                              current=False, valid_until=e.get("valid_until"), successor=succ)
    if not out:
        raise ReferenceDataError("data.invalid", path=path, key="region", detail="is empty")
    return out


@cache
def splits() -> dict[str, RegionSplit]:
    """The historical regions that split, by their code (resources/reference/region-splits)."""
    path = resource("reference", "region-splits.toml")
    known = regions()
    out: dict[str, RegionSplit] = {}
    for i, e in enumerate(_load(path).get("split", [])):
        where = f"{path}: split[{i}]"
        code, default = str(e.get("region", "")), str(e.get("default", ""))
        if code not in known or known[code].current:
            raise ReferenceDataError(f"{where}.region {code!r} is not a historical region")
        parts = []
        for j, part in enumerate(e.get("part", [])):
            succ = str(part.get("successor", ""))
            entries = part.get("kato", [])
            prefixes = tuple(str(k.get("prefix", "")) for k in entries)
            if succ not in known or not known[succ].current:
                raise ReferenceDataError(f"{where}.part[{j}].successor {succ!r} is not one of "
                                         "today's regions")
            if not prefixes or any(not p.isdigit() or not p.startswith(known[code].kato[:2])
                                   for p in prefixes):
                raise ReferenceDataError(f"{where}.part[{j}].kato: prefixes must be digits "
                                         f"starting with {known[code].kato[:2]}")
            parts.append(SplitPart(succ, str(part.get("name", "")), prefixes, tuple(
                str(k["prefix"]) for k in entries if not k.get("checked", False)),
                tuple(str(t) for t in part.get("towns", []))))
        if default not in known or not known[default].current:
            raise ReferenceDataError(f"{where}.default {default!r} is not one of today's regions")
        out[code] = RegionSplit(code, e.get("ended"), str(e.get("act", "")), default,
                                tuple(parts))
    return out


def today_code(recorded: str | None, kato: str | None = "") -> str | None:
    """Today's region of a record kept under region ``recorded`` (as named then) with the
    settlement or district KATO ``kato``: a region that split sends each part to its own
    successor; a renamed one has one successor; today's regions map to themselves."""
    if not recorded:
        return None
    split = splits().get(recorded)
    if split is not None:
        return split.successor_of(kato)
    ref = regions().get(recorded)
    return ref.today if ref else recorded


def region_text(recorded: str | None, today: str | None, lang: str, today_label: str) -> str:
    """A region as every document names it: as recorded, with today's region after it when
    it differs (``today_label`` holds ``{region}``, e.g. "today: {region}")."""
    refs = regions()
    if today and today in refs and not refs[today].current:  # a historical code kept as today's
        recorded, today = recorded or today, today_code(today)
    shown = refs.get(recorded or "") or refs.get(today or "")
    if shown is None:
        return recorded or today or ""
    now = refs.get(today or "") if today else None
    if now is None or now.code == shown.code:
        return shown.names[lang]
    return f"{shown.names[lang]} ({today_label.format(region=now.names[lang])})"


@cache
def sectors() -> dict[str, SectorRef]:
    path = resource("reference", "sectors.toml")
    data = _load(path)
    out: dict[str, SectorRef] = {}
    for i, e in enumerate(data.get("sector", [])):
        key = e.get("key")
        if not isinstance(key, str) or not key:
            raise ReferenceDataError("data.invalid", path=path, key=f"sector[{i}].key",
                                     detail="is missing")
        oked = e.get("oked", [])
        if not isinstance(oked, list) or not all(isinstance(c, str) for c in oked):
            raise ReferenceDataError("data.invalid", path=path, key=f"sector[{i}].oked",
                                     detail="must be a list of codes")
        out[key] = SectorRef(key, tuple(oked), _names(path, f"sector[{i}]", e))
    return out


@cache
def calendar() -> Calendar:
    """Kazakhstan's days off (resources/reference/holidays.toml)."""
    path = resource("reference", "holidays.toml")
    data = _load(path)
    fixed = data.get("fixed", [])
    if not fixed or not all(isinstance(d, str) and len(d) == 5 and d[2] == "-" for d in fixed):
        raise ReferenceDataError(f"{path}: fixed must be a list of \"MM-DD\" days")
    moved = data.get("moved", [])
    if not all(isinstance(d, dt.date) for d in moved):
        raise ReferenceDataError(f"{path}: moved must be a list of dates")
    return Calendar(frozenset(fixed), frozenset(moved))


def region_by_kato(kato: str) -> RegionRef | None:
    """Today's region with this KATO code (``390000000`` or just ``39``)."""
    code = kato[:2] if kato.rstrip("0") else kato
    ref = regions().get(code)
    return ref if ref and ref.current else None


def _version() -> str:
    r = _load(resource("reference", "regions.toml")).get("version")
    s = _load(resource("reference", "sectors.toml")).get("version")
    return f"regions:{r};sectors:{s}"  # region-splits.toml is read from the file, not stored


def ensure_reference_data(engine: Engine) -> None:
    """Write the shipped reference data into the database when it changed.

    (SQLAlchemy and the models are imported here: the reports' worker processes read the
    reference lists without a database, and start 0.6 s sooner without them.)"""
    from sqlalchemy import select

    from clusterdesk.store.dialect_sql import upsert
    from clusterdesk.store.models import LocalState, Region, Sector

    version = _version()
    with engine.begin() as conn:
        stored = conn.execute(select(LocalState.value).where(LocalState.key == "refdata")).scalar()
        if stored == version:
            return
        refs = sorted(regions().values(), key=lambda r: r.successor is not None)
        for r in refs:
            row = dict(code=r.code, kato=r.kato, name_ru=r.names["ru"], name_kk=r.names["kk"],
                       name_en=r.names["en"], is_city=r.is_city, current=r.current,
                       valid_until=r.valid_until, successor_code=r.successor)
            conn.execute(upsert(conn, Region).values(row).on_conflict_do_update(
                index_elements=[Region.code], set_=row))
        for s in sectors().values():
            row = dict(key=s.key, oked_codes=list(s.oked), name_ru=s.names["ru"],
                       name_kk=s.names["kk"], name_en=s.names["en"])
            conn.execute(upsert(conn, Sector).values(row).on_conflict_do_update(
                index_elements=[Sector.key], set_=row))
        conn.execute(upsert(conn, LocalState).values(key="refdata", value=version)
                     .on_conflict_do_update(index_elements=[LocalState.key],
                                            set_={"value": version}))
