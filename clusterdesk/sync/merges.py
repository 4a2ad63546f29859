"""One organization entered twice: merges that travel, and look-alikes offered for a merge.

A merge is an ``org_merges`` record (loser -> survivor). After every import each machine
re-applies all merges it knows: the loser becomes a tombstone and every reference to it, in any
table (found through the foreign keys in the metadata), points at the final survivor. These
derived changes keep their stamps, so every machine reaches the same rows in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import sqlalchemy as sa

from clusterdesk.domain.text import fold
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import Database
from clusterdesk.store.models import Organization
from clusterdesk.store.sync_models import OrgMerge
from clusterdesk.sync import format as fmt


def final_targets(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """loser -> the survivor at the end of its chain of merges."""
    target = dict(pairs)
    out = {}
    for loser in target:
        seen = {loser}
        node = target[loser]
        while node in target and node not in seen:
            seen.add(node)
            node = target[node]
        if node in seen:  # a cycle (two opposite manual merges): the smallest uuid survives
            node = min(seen)
        if node != loser:
            out[loser] = node
    return out


def enforce_merges(conn: sa.Connection) -> int:
    """Re-apply every known merge; returns the number of merges known."""
    om = OrgMerge.__table__
    pairs = [tuple(r) for r in conn.execute(sa.select(om.c.loser_uuid, om.c.survivor_uuid)
                                            .where(om.c.deleted == sa.false())).all()]
    mapping = final_targets(pairs)
    if not mapping:
        return 0
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS sync_merge_map "
                         "(loser TEXT PRIMARY KEY, survivor TEXT)")
    conn.exec_driver_sql("DELETE FROM temp.sync_merge_map")
    conn.exec_driver_sql("INSERT INTO temp.sync_merge_map VALUES (?, ?)", list(mapping.items()))
    conn.exec_driver_sql("UPDATE organizations SET deleted = 1 WHERE deleted = 0 AND uuid IN "
                         "(SELECT loser FROM temp.sync_merge_map)")
    for table, col in fmt.org_reference_columns():
        conn.exec_driver_sql(
            f'UPDATE "{table.name}" SET "{col.name}" = (SELECT survivor FROM '
            f'temp.sync_merge_map WHERE loser = "{table.name}"."{col.name}") '
            f'WHERE "{col.name}" IN (SELECT loser FROM temp.sync_merge_map)')
    conn.exec_driver_sql("DROP TABLE temp.sync_merge_map")
    return len(mapping)


def merge_organizations(db: Database, loser_uuid: str, survivor_uuid: str) -> None:
    """Merge two organizations by hand (the user chose the survivor); the merge travels."""
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
        merge_id = fmt.derived_uuid("merge", loser_uuid)
        record = s.get(OrgMerge, merge_id)
        if record is None:
            record = OrgMerge(uuid=merge_id)
            s.add(record)
        record.loser_uuid = loser_uuid
        record.survivor_uuid = survivor_uuid
        record.reason = "manual"
        record.bin = loser.bin
        record.deleted = False
        loser.deleted = True
        s.flush()
        if loser.bin and not survivor.bin:
            survivor.bin = loser.bin
            s.flush()
        enforce_merges(s.connection())


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two live organizations that may be the same one (offered for a manual merge)."""

    uuid_a: str
    name_a: str
    uuid_b: str
    name_b: str
    region_code: str | None
    similarity: float


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
    """Live organizations in the same region with similar names where one has no BIN."""
    t = Organization.__table__
    with db.engine.connect() as conn:
        rows = conn.execute(sa.select(t.c.uuid, t.c.name, t.c.bin, t.c.region_code)
                            .where(t.c.deleted == sa.false())).all()
    by_region: dict[str | None, list[tuple[str, str, str, str]]] = {}
    for uuid, name, bin_, region in rows:
        by_region.setdefault(region, []).append((uuid, name, bin_ or "", name_key(name or "")))
    out = []
    for region, orgs in by_region.items():
        for a, b in _neighbours(orgs):
            if a[2] and b[2]:
                continue  # both have a BIN: same BIN is merged automatically, else different
            if not a[3] or not b[3]:
                continue
            m = SequenceMatcher(None, a[3], b[3])
            if a[3] != b[3] and (m.real_quick_ratio() < threshold or m.quick_ratio() < threshold):
                continue
            score = 1.0 if a[3] == b[3] else m.ratio()
            if score >= threshold:
                out.append(DuplicateCandidate(a[0], a[1], b[0], b[1], region, round(score, 3)))
    out.sort(key=lambda c: (-c.similarity, c.name_a))
    return out
