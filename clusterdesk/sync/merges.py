"""One organization entered twice, by hand: a merge made of ordinary edits, and look-alikes.

Merging two organizations by hand (the user chose the survivor) is a set of ordinary changes
— the loser's tombstone, every reference to it re-pointed, the survivor's empty fields filled
from the loser — stamped like any edit, so they travel and every machine applies them without
having to trust a merge order. Same-BIN merges follow the rule: see ``merge_rules``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import sqlalchemy as sa

from clusterdesk.domain import lookalike
from clusterdesk.domain.text import fold
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.base import synced_tables
from clusterdesk.store.database import Database
from clusterdesk.store.models import Organization
from clusterdesk.sync import format as fmt


def merge_organizations(db: Database, loser_uuid: str, survivor_uuid: str) -> None:
    """Merge two organizations by hand (the user chose the survivor)."""
    if loser_uuid == survivor_uuid:
        raise ClusterDeskError("An organization cannot be merged into itself.")
    with db.session() as s:
        loser = s.get(Organization, loser_uuid)
        survivor = s.get(Organization, survivor_uuid)
        for org, uuid in ((loser, loser_uuid), (survivor, survivor_uuid)):
            if org is None or org.deleted:
                raise ClusterDeskError(f"No organization with id {uuid} in this database "
                                       "(was it deleted or merged already?).")
        if loser.bin and survivor.bin and loser.bin != survivor.bin:
            raise ClusterDeskError(
                f"«{loser.name}» (BIN {loser.bin}) and «{survivor.name}» (BIN {survivor.bin}) "
                "have different BINs, so they are different organizations; not merged.")
        loser.deleted = True
        s.flush()  # first, so that the survivor may take its BIN (one live BIN each)
        mapper = sa.inspect(Organization)
        for col in fmt.field_columns(Organization.__table__):
            key = mapper.get_property_by_column(col).key
            if getattr(survivor, key) in (None, "", []) and getattr(loser, key) not in (
                    None, "", []) and col.name != "name_key":
                setattr(survivor, key, getattr(loser, key))
        s.flush()
        for cls in synced_tables():
            table = cls.__table__
            for col in table.columns:
                if not any(fk.column.table.name == "organizations" for fk in col.foreign_keys):
                    continue
                key = sa.inspect(cls).get_property_by_column(col).key
                for obj in s.scalars(sa.select(cls).where(col == loser_uuid)):
                    setattr(obj, key, survivor_uuid)


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two live organizations that may be the same one (offered for a manual merge)."""

    uuid_a: str
    name_a: str
    uuid_b: str
    name_b: str
    region_code: str | None
    similarity: float
    reasons: tuple = ()  # why the pair is shown: (code, params), see domain/lookalike.py


_LEGAL = {"тоо", "ао", "ип", "ооо", "зао", "оао", "кх", "пк", "гу", "ру", "жшс", "аақ", "жк",
          "шқ", "llp", "jsc", "llc", "ltd", "ie"}
_PUNCT = re.compile(r"[\"'«»“”„`.,;:()\[\]№#&/\\-]+")


def name_key(name: str) -> str:
    """A name without case, quotes, punctuation and legal-form words (ТОО, АО, ЖШС, LLP...)."""
    words = _PUNCT.sub(" ", fold(name)).split()
    return " ".join(w for w in words if w not in _LEGAL)


NEIGHBOURS = 8


def _neighbours(orgs: list[tuple[str, str, str, str]]):  # noqa: ANN202
    """Pairs worth comparing: near each other in name order, forwards and backwards.

    Comparing every pair of a region's organizations is quadratic (hours for 100,000); names
    that are alike sit close together when sorted by their start or by their end, so each
    name is compared with its few neighbours in both orders (sorted-neighbourhood method).
    """
    seen: set[tuple[str, str]] = set()
    for order in (sorted(orgs, key=lambda o: o[3]), sorted(orgs, key=lambda o: o[3][::-1])):
        for i, a in enumerate(order):
            for b in order[i + 1:i + 1 + NEIGHBOURS]:
                pair = (a, b) if a[0] < b[0] else (b, a)
                if (pair[0][0], pair[1][0]) not in seen:
                    seen.add((pair[0][0], pair[1][0]))
                    yield pair


def duplicate_candidates(db: Database, threshold: float = 0.85) -> list[DuplicateCandidate]:
    """Live organizations in the same region with similar names where one has no BIN.

    Names are compared on their distinctive words (``domain.lookalike``): «Іле Кирпич» and
    «Есіл-Кирпич» share only a generic word; the same phone makes a pair likely anyway.
    """
    t = Organization.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(sa.select(t.c.uuid, t.c.name, t.c.bin, t.c.region_code, t.c.phone)
                            .where(t.c.deleted == sa.false())).all()
    by_region: dict[str | None, list[tuple[str, str, str, str, str]]] = {}
    for uuid, name, bin_, region, phone in rows:
        by_region.setdefault(region, []).append((uuid, name, bin_ or "", name_key(name or ""),
                                                 phone or ""))
    out = []
    for region, orgs in by_region.items():
        for a, b in _neighbours(orgs):
            if a[2] and b[2]:
                continue  # both have a BIN: same BIN is merged automatically, else different
            if not a[3] or not b[3]:
                continue
            m = SequenceMatcher(None, a[3], b[3])
            if a[3] != b[3] and not (a[4] and a[4] == b[4]) and (
                    m.real_quick_ratio() < threshold or m.quick_ratio() < threshold):
                continue
            like = lookalike.compare(a[3], b[3], a[4], b[4])
            if like.score >= threshold:
                out.append(DuplicateCandidate(a[0], a[1], b[0], b[1], region, like.score,
                                              like.reasons))
    out.sort(key=lambda c: (-c.similarity, c.name_a))
    return out
