"""NaN and infinity are not numbers anywhere: typed, saved or sent.

Found by a review: "nan" typed in an application participant's Employees cell crashed the
window; "inf" in an application's number fields was saved with no problem named, printed as
a technical error, and made head office refuse the consultant's whole sync file.
"""

from __future__ import annotations

import os
import tempfile

import pytest
from PySide6.QtCore import Qt

from clusterdesk.domain.compliance import ParticipantSnap
from clusterdesk.domain.validators import parse_number
from clusterdesk.errors import ValidationError
from clusterdesk.gui.application_participants import ParticipantsModel, column_of
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Organization


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "1e999"])
def test_not_a_finite_number_is_not_a_number(text: str) -> None:
    assert parse_number(text) is None
    assert parse_number(float(text)) is None


def test_ordinary_numbers_still_parse() -> None:
    assert [parse_number(t) for t in ("1 250,5", "0", "-3", "12.7")] == [1250.5, 0, -3, 12.7]


@pytest.mark.parametrize(("column", "text"), [
    ("employees", "nan"), ("employees", "inf"), ("employees", "abc"), ("employees", "-3"),
    ("employees", "12,7"), ("revenue_mln_kzt", "nan"), ("revenue_mln_kzt", "-50"),
    ("export_share", "inf")])
def test_a_participant_cell_keeps_its_value_for_what_is_not_a_count(qtbot, column: str,  # noqa: ANN001
                                                                     text: str) -> None:
    model = ParticipantsModel([ParticipantSnap("ТОО «Ақжол»", employees=7, revenue_mln_kzt=3.5,
                                               export_share=10.0)])
    index = model.index(0, column_of(column))
    before = getattr(model.lines[0], column)
    assert model.setData(index, text, Qt.ItemDataRole.EditRole) is False
    assert getattr(model.lines[0], column) == before


def test_a_participant_cell_takes_a_number_and_can_be_emptied(qtbot) -> None:  # noqa: ANN001
    model = ParticipantsModel([ParticipantSnap("ТОО «Ақжол»", employees=7)])
    index = model.index(0, column_of("employees"))
    assert model.setData(index, "1 250", Qt.ItemDataRole.EditRole)
    assert model.lines[0].employees == 1250
    assert model.setData(index, "", Qt.ItemDataRole.EditRole)
    assert model.lines[0].employees is None


def test_no_save_stores_nan_or_infinity() -> None:
    db = open_database(os.path.join(tempfile.mkdtemp(), "x.db"))
    try:
        for value in (float("nan"), float("inf")):
            with pytest.raises(ValidationError) as err, db.session() as s:
                s.add(Organization(name="ТОО «Өнім»", revenue_mln_kzt=value))
            assert err.value.field == "revenue_mln_kzt" and "not a number" in str(err.value)
        with db.session() as s:
            assert s.query(Organization).filter_by(name="ТОО «Өнім»").count() == 0
            s.add(Organization(name="ТОО «Өнім»", revenue_mln_kzt=12.5))
    finally:
        db.close()
