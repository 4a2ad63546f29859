"""Reference data (regions, sectors) from ``resources/reference`` into the database.

The files are validated when loaded; a broken file names itself, the key and the reason.
They are written into the database whenever their version differs from the one stored.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects.sqlite import insert

from clusterdesk.errors import ClusterDeskError
from clusterdesk.resources_path import resource
from clusterdesk.store.models import LocalState, Region, Sector

LANGS = ("ru", "kk", "en")


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
class SectorRef:
    key: str
    oked: tuple[str, ...]
    names: dict[str, str]


class ReferenceDataError(ClusterDeskError):
    pass


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ReferenceDataError("data.unreadable", path=path, detail=exc) from exc


def _names(path: Path, where: str, entry: dict[str, Any]) -> dict[str, str]:
    names = entry.get("name")
    if not isinstance(names, dict):
        raise ReferenceDataError("data.invalid", path=path, key=f"{where}.name",
                                 detail="is missing")
    for lang in LANGS:
        if not isinstance(names.get(lang), str) or not names[lang].strip():
            raise ReferenceDataError("data.invalid", path=path, key=f"{where}.name.{lang}",
                                     detail="is missing or empty")
    return {lang: names[lang] for lang in LANGS}


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


def region_by_kato(kato: str) -> RegionRef | None:
    """Today's region with this KATO code (``390000000`` or just ``39``)."""
    code = kato[:2] if kato.rstrip("0") else kato
    ref = regions().get(code)
    return ref if ref and ref.current else None


def _version() -> str:
    r = _load(resource("reference", "regions.toml")).get("version")
    s = _load(resource("reference", "sectors.toml")).get("version")
    return f"regions:{r};sectors:{s}"


def ensure_reference_data(engine: Engine) -> None:
    """Write the shipped reference data into the database when it changed."""
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
            conn.execute(insert(Region).values(row).on_conflict_do_update(
                index_elements=[Region.code], set_=row))
        for s in sectors().values():
            row = dict(key=s.key, oked_codes=list(s.oked), name_ru=s.names["ru"],
                       name_kk=s.names["kk"], name_en=s.names["en"])
            conn.execute(insert(Sector).values(row).on_conflict_do_update(
                index_elements=[Sector.key], set_=row))
        conn.execute(insert(LocalState).values(key="refdata", value=version)
                     .on_conflict_do_update(index_elements=[LocalState.key],
                                            set_={"value": version}))
