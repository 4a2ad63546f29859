"""A same-BIN merge into an organization that a user deleted (a hand merge) must not end there.

Found by a review: O_a and O_b (no BIN) on three laptops; dev0 creates N with BIN X; dev2 sets
O_a's BIN to X and imports dev0's file (same BIN: N is merged into O_a, the smaller uuid), then
merges O_a by hand into O_b (O_b takes X, O_a becomes a tombstone). After a full exchange every
machine had O_a, N and O_b all deleted — no live organization with BIN X, consultations
pointing at tombstones — and dev2's rows differed from dev0's: the chain N -> O_a ended at a
tombstone, and dev0's own same-BIN merge O_b -> N followed it.

The rule: a merge's chain ends at a record not deleted by a user; a merge into such a
tombstone goes to its BIN's smallest uuid that is not one (or its loser lives again).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from pathlib import Path

import pytest
import sqlalchemy as sa
from test_sync_support import dump, fresh_db, valid_bins

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import Database
from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import export_changes, import_file
from clusterdesk.sync.merges import merge_organizations

OA, N, OB = ("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222",
             "33333333-3333-4333-8333-333333333333")
_files = itertools.count()


def _send(src: Database, dst: Database, tmp: Path) -> None:
    path = tmp / f"x{next(_files)}.cdsync"
    export_changes(src, path, all_records=True)
    import_file(dst, path)


def _org(db: Database, uuid: str, name: str, bin_: str = "") -> None:
    with db.session() as s:
        s.add(Organization(uuid=uuid, name=name, bin=bin_, region_code="39"))
        s.flush()
        s.add(Consultation(date=dt.date(2016, 7, 12), organization_uuid=uuid,
                           notes=f"visit of {name}"))


def _set_bin(db: Database, uuid: str, bin_: str) -> None:
    with db.session() as s:
        s.get(Organization, uuid).bin = bin_


def _full_exchange(dbs: list[Database], tmp: Path, rounds: int = 2) -> None:
    hub = dbs[0]
    for _ in range(rounds):
        for db in dbs[1:]:
            _send(db, hub, tmp)
            _send(hub, db, tmp)


def _check(dbs: list[Database]) -> None:
    """Identical rows; at most one live organization per BIN and exactly one for a BIN that
    some organization not deleted by a user carries; live references point at live
    organizations or at tombstones a user made."""
    first = dump(dbs[0], ["organizations", "consultations", "org_merges"])
    for k, db in enumerate(dbs[1:], 1):
        assert dump(db, ["organizations", "consultations", "org_merges"]) == first, f"dev{k}"
    for k, db in enumerate(dbs):
        with db.engine.connect() as c:
            by_merge = {u for (u,) in c.exec_driver_sql(
                "SELECT record_uuid FROM sync_merge_effects WHERE table_name = "
                "'organizations' AND column_name = ''")}
            orgs = {u: (b, bool(d)) for u, b, d in c.exec_driver_sql(
                "SELECT uuid, bin, deleted FROM organizations")}
            refs = c.exec_driver_sql("SELECT organization_uuid FROM consultations "
                                     "WHERE deleted = 0").scalars().all()
        by_user = {u for u, (_b, d) in orgs.items() if d and u not in by_merge}
        for bin_ in {b for b, _d in orgs.values() if b}:
            live = [u for u, (b, d) in orgs.items() if b == bin_ and not d]
            held = [u for u, (b, _d) in orgs.items() if b == bin_ and u not in by_user]
            assert len(live) == (1 if held else 0), (f"dev{k}", bin_, orgs)
        for ref in refs:
            assert not orgs[ref][1] or ref in by_user, (f"dev{k}", ref, orgs)


def _cycle_world(tmp: Path) -> tuple[list[Database], str]:
    dbs = [fresh_db(tmp / f"d{i}.db") for i in range(3)]
    d0, _d1, d2 = dbs
    x = valid_bins(1, start=300)[0]
    _org(d0, OA, "Орг A")
    _org(d0, OB, "Орг B")
    _send(d0, dbs[1], tmp)
    _send(d0, d2, tmp)
    _org(d0, N, "Новая N", x)
    export_changes(d0, tmp / "n.cdsync")
    _set_bin(d2, OA, x)
    assert import_file(d2, tmp / "n.cdsync").merged == 1  # N -> O_a by the same-BIN rule
    merge_organizations(d2, OA, OB)  # by hand: O_b takes X, O_a is a tombstone
    return dbs, x


@pytest.mark.parametrize("order", ["dev2 first", "dev1 first", "dev0 pulls"])
def test_hand_merge_of_a_same_bin_survivor_keeps_one_live_organization(
        tmp_path: Path, order: str) -> None:
    dbs, x = _cycle_world(tmp_path)
    d0, d1, d2 = dbs
    if order == "dev2 first":
        _full_exchange([d0, d2, d1], tmp_path, rounds=3)
    elif order == "dev1 first":
        _full_exchange([d0, d1, d2], tmp_path, rounds=3)
    else:  # dev2's file reaches dev1 through nobody: dev1 sends first, dev0 pulls dev2 last
        _send(d1, d0, tmp_path)
        _send(d0, d1, tmp_path)
        _send(d2, d1, tmp_path)
        _send(d1, d0, tmp_path)
        _full_exchange([d0, d2, d1], tmp_path, rounds=2)
    _check(dbs)
    with d0.engine.connect() as c:
        live = c.exec_driver_sql("SELECT uuid FROM organizations WHERE deleted = 0 AND bin = ?",
                                 (x,)).scalars().all()
        refs = set(c.exec_driver_sql("SELECT organization_uuid FROM consultations")
                   .scalars().all())
    assert len(live) == 1
    assert refs == set(live)  # O_a's, N's and O_b's visits all on the one that lives


def test_a_merge_into_a_hand_made_tombstone_moves_on_at_once(tmp_path: Path) -> None:
    """On dev2 itself, before any exchange: its next import must not leave N's merge ending
    at O_a (deleted by the user), nor bring N back beside O_b with the same BIN."""
    dbs, x = _cycle_world(tmp_path)
    d0, _d1, d2 = dbs
    _send(d0, d2, tmp_path)
    _check([d2])
    with d2.engine.connect() as c:
        live = c.exec_driver_sql("SELECT count(*) FROM organizations WHERE deleted = 0 "
                                 "AND bin = ?", (x,)).scalar()
    assert live == 1


UUIDS = [f"{d}{d}{d}{d}{d}{d}{d}{d}-{d}{d}{d}{d}-4{d}{d}{d}-8{d}{d}{d}-{d * 12}"
         for d in "123456789"]
SHARED = UUIDS[::2]  # on every machine at the start, without BIN
STEPS = ("create", "bin", "merge", "send")


def _random_steps(db_count: int, seed: int) -> list[tuple[str, int, int, int]]:
    """Small sequences; each step's numbers pick among what its machine holds then."""
    rnd = random.Random(seed)
    return [(rnd.choice(STEPS), rnd.randrange(db_count), rnd.randrange(60), rnd.randrange(60))
            for _ in range(rnd.randint(5, 9))]


def _run(dbs: list[Database], steps: list[tuple[str, int, int, int]], tmp: Path) -> None:
    bins = valid_bins(2, start=500)
    for uuid in SHARED:
        _org(dbs[0], uuid, f"Орг {uuid[:2]}")
    for db in dbs[1:]:
        _send(dbs[0], db, tmp)
    fresh = [u for u in UUIDS if u not in SHARED]  # one uuid is created once, on one machine
    for kind, dev, a, b in steps:
        db = dbs[dev]
        with db.session() as s:
            live = {o.uuid: o.bin for o in s.scalars(sa.select(Organization)) if not o.deleted}
        free = [x for x in bins if x not in live.values()]  # one live organization per BIN
        if kind == "create" and fresh:
            _org(db, fresh.pop(a % len(fresh)), "Новая", free[b % len(free)] if free else "")
        elif kind == "bin" and free and [u for u, x in live.items() if not x]:
            no_bin = sorted(u for u, x in live.items() if not x)
            _set_bin(db, no_bin[a % len(no_bin)], free[b % len(free)])
        elif kind == "merge" and len(live) > 1:
            loser = sorted(live)[a % len(live)]
            survivor = sorted(set(live) - {loser})[b % (len(live) - 1)]
            try:
                merge_organizations(db, loser, survivor)
            except ClusterDeskError:
                pass  # different BINs: refused, as in the app
        elif kind == "send":
            _send(db, dbs[(dev + 1 + a % (len(dbs) - 1)) % len(dbs)], tmp)


# 53, 71, 107, 116: sequences that lost an organization or diverged before the fix
@pytest.mark.parametrize("seed", [*range(12), 53, 71, 107, 116])
def test_random_sequences_converge_without_losing_an_organization(tmp_path: Path,
                                                                  seed: int) -> None:
    count = 2 + seed % 2
    dbs = [fresh_db(tmp_path / f"d{i}.db") for i in range(count)]
    steps = _random_steps(count, seed)
    _run(dbs, steps, tmp_path)
    _full_exchange(dbs, tmp_path, rounds=3)
    _check(dbs)
