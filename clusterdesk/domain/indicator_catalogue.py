"""The indicator catalogue as data: loading, validation and the registry of versions.

A catalogue lives in ``resources/methodology/indicators-<version>.toml``. It is checked
completely when loaded, so a malformed file is refused with one sentence naming the file, the
key and the reason. Cluster indicators store the catalogue version they were defined with;
old versions stay in the folder so that old figures keep their meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from clusterdesk.data_files import data_path, lang_texts, read_toml
from clusterdesk.domain.indicators import Aggregation, Direction, Tolerance
from clusterdesk.errors import ClusterDeskError

CATALOGUE_ID = "indicators"
Texts = dict[str, str]


class CatalogueError(ClusterDeskError):
    """A catalogue file that cannot be used."""


@dataclass(frozen=True)
class IndicatorDef:
    code: str
    aggregation: Aggregation
    direction: Direction
    name: Texts
    unit: Texts
    source: Texts
    tolerance: Tolerance
    scale: float = 1.0
    numerator: Texts | None = None
    denominator: Texts | None = None
    sectors: tuple[str, ...] = ()
    maximum: float | None = None   # the largest value in the unit shown (a rate: scaled)
    whole: bool = False            # counted in whole numbers (a rate: both of its parts)

    def suits(self, sector: str | None) -> bool:
        return not self.sectors or sector in self.sectors

    @property
    def decimals(self) -> int:
        """How many decimals a value (a rate: each part) may have."""
        return 0 if self.whole else 2

    def numerator_limit(self, denominator: float) -> float | None:
        """The largest numerator a rate with this ``denominator`` may have (None: no limit)."""
        if self.maximum is None:
            return None
        return denominator * self.maximum / self.scale


@dataclass(frozen=True)
class Catalogue:
    id: str
    version: int
    title: Texts
    tolerance: Tolerance
    indicators: tuple[IndicatorDef, ...]

    def get(self, code: str) -> IndicatorDef:
        for d in self.indicators:
            if d.code == code:
                return d
        raise CatalogueError(f"Indicator {code!r} is not in the catalogue version "
                             f"{self.version}.")


def _texts(path: Path, where: str, value: Any) -> Texts:
    return lang_texts(value, path, where, CatalogueError)


def _tolerance(path: Path, where: str, value: Any, default: Tolerance | None) -> Tolerance:
    if value is None and default is not None:
        return default
    if not isinstance(value, dict):
        raise CatalogueError(f"{path.name}: {where} must give on_track and at_risk")
    try:
        return Tolerance(float(value["on_track"]), float(value["at_risk"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise CatalogueError(f"{path.name}: {where}: on_track and at_risk must be numbers "
                             "with 0 < at_risk <= on_track") from exc


def parse(path: Path, data: dict[str, Any]) -> Catalogue:
    if data.get("id") != CATALOGUE_ID:
        raise CatalogueError(f"{path.name}: id must be {CATALOGUE_ID!r}")
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise CatalogueError(f"{path.name}: version must be a whole number from 1")
    tolerance = _tolerance(path, "tolerance", data.get("tolerance"), None)
    items = data.get("indicator")
    if not isinstance(items, list) or not items:
        raise CatalogueError(f"{path.name}: no [[indicator]] entries")
    seen: set[str] = set()
    out: list[IndicatorDef] = []
    for i, item in enumerate(items, start=1):
        code = item.get("code")
        where = f"indicator {i}"
        if not isinstance(code, str) or not re.fullmatch(r"[a-z][a-z0-9_]{1,40}", code):
            raise CatalogueError(f"{path.name}: {where}: code must be lower-case letters, "
                                 "digits and _")
        if code in seen:
            raise CatalogueError(f"{path.name}: indicator {code!r} is listed twice")
        seen.add(code)
        where = f"indicator {code}"
        try:
            kind = Aggregation(item.get("aggregation"))
        except ValueError:
            raise CatalogueError(f"{path.name}: {where}: aggregation must be stock, flow or "
                                 "rate") from None
        try:
            direction = Direction(item.get("direction", "up"))
        except ValueError:
            raise CatalogueError(f"{path.name}: {where}: direction must be up or down") from None
        num = den = None
        if kind is Aggregation.RATE:
            num = _texts(path, f"{where}.numerator", item.get("numerator"))
            den = _texts(path, f"{where}.denominator", item.get("denominator"))
        scale = item.get("scale", 1)
        if not isinstance(scale, int | float) or isinstance(scale, bool) or scale <= 0:
            raise CatalogueError(f"{path.name}: {where}: scale must be a positive number")
        sectors = item.get("sectors", [])
        if not isinstance(sectors, list) or not all(isinstance(s, str) for s in sectors):
            raise CatalogueError(f"{path.name}: {where}: sectors must be a list of sector keys")
        maximum = item.get("maximum")
        if maximum is not None and (not isinstance(maximum, int | float)
                                    or isinstance(maximum, bool) or maximum <= 0):
            raise CatalogueError(f"{path.name}: {where}: maximum must be a positive number "
                                 "(the largest value in the indicator's unit)")
        whole = item.get("whole", False)
        if not isinstance(whole, bool):
            raise CatalogueError(f"{path.name}: {where}: whole must be true or false")
        out.append(IndicatorDef(
            code=code, aggregation=kind, direction=direction,
            name=_texts(path, f"{where}.name", item.get("name")),
            unit=_texts(path, f"{where}.unit", item.get("unit")),
            source=_texts(path, f"{where}.source", item.get("source")),
            tolerance=_tolerance(path, f"{where}.tolerance", item.get("tolerance"), tolerance),
            scale=float(scale), numerator=num, denominator=den, sectors=tuple(sectors),
            maximum=None if maximum is None else float(maximum), whole=whole))
    return Catalogue(CATALOGUE_ID, version, _texts(path, "title", data.get("title")),
                     tolerance, tuple(out))


def load_file(path: Path) -> Catalogue:
    cat = parse(path, read_toml(path, error=CatalogueError))
    if path.stem != f"{CATALOGUE_ID}-{cat.version}":
        raise CatalogueError(f"{path.name}: its version {cat.version} does not match the name")
    return cat


@cache
def catalogue(version: int | None = None) -> Catalogue:
    """A catalogue version from ``resources/methodology`` (the newest when None)."""
    folder = data_path("methodology")
    versions = sorted(int(p.stem.split("-")[1]) for p in folder.glob(f"{CATALOGUE_ID}-*.toml")
                      if p.stem.split("-")[1].isdigit())
    if not versions:
        raise CatalogueError("No indicator catalogue in resources/methodology.")
    chosen = versions[-1] if version is None else version
    if chosen not in versions:
        raise CatalogueError(f"Indicator catalogue version {chosen} is not installed; "
                             "update ClusterDesk.")
    return load_file(folder / f"{CATALOGUE_ID}-{chosen}.toml")
