"""A BIN moved by a hand merge travels: the receiver writes the tombstone before the keeper
takes its BIN.

Found by a review: laptop A sent a new organization N with BIN X, then merged N by hand into
an older record O (O took X, N became a tombstone). Laptop B, holding N live, refused every
later file from A, and so every central sync, with "UNIQUE constraint failed:
organizations.bin": one UPDATE wrote O's BIN before N's deletion.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_sync_support import dump, fresh_db, valid_bins

from clusterdesk.store.models import Consultation, Organization
from clusterdesk.sync import export_changes, import_file, sync_central
from clusterdesk.sync.merges import merge_organizations

LOW, HIGH = "11111111-1111-4111-8111-111111111111", "99999999-9999-4999-8999-999999999999"


def _world(tmp_path: Path, keep: str, gone: str):  # noqa: ANN202
    a, b = fresh_db(tmp_path / "a.db"), fresh_db(tmp_path / "b.db")
    with a.session() as s:
        s.add(Organization(uuid=keep, name="Сүт ауласы", region_code="39"))
    export_changes(a, tmp_path / "0.cdsync")
    import_file(b, tmp_path / "0.cdsync")
    with a.session() as s:
        s.add(Organization(uuid=gone, name="Сүт ауласы ЖШС", bin=valid_bins(1, 300)[0],
                           region_code="39"))
        s.flush()
        s.add(Consultation(date=dt.date(2017, 3, 1), organization_uuid=gone, notes="екінші"))
    export_changes(a, tmp_path / "1.cdsync")
    merge_organizations(a, gone, keep)  # by hand: the new one into the old one
    import_file(b, tmp_path / "1.cdsync")
    return a, b


@pytest.mark.parametrize(("keep", "gone"), [(LOW, HIGH), (HIGH, LOW)])
def test_the_next_file_applies_and_the_laptops_converge(tmp_path: Path, keep: str,
                                                        gone: str) -> None:
    a, b = _world(tmp_path, keep, gone)
    export_changes(a, tmp_path / "2.cdsync")
    summary = import_file(b, tmp_path / "2.cdsync")
    assert summary.updated >= 2
    assert dump(a) == dump(b)
    with b.session() as s:
        assert s.get(Organization, keep).bin == valid_bins(1, 300)[0]
        assert s.get(Organization, gone).deleted


def test_the_central_file_is_not_blocked(tmp_path: Path) -> None:
    a, b = _world(tmp_path, LOW, HIGH)
    central = tmp_path / "central.cdsync"
    sync_central(a, central)
    sync_central(b, central)
    sync_central(a, central)
    assert dump(a) == dump(b)
    c = fresh_db(tmp_path / "c.db")
    sync_central(c, central)
    assert dump(c, ["organizations", "consultations"]) == dump(a, ["organizations",
                                                                    "consultations"])
