"""The Sync view says when this computer's own changes are dated far ahead, and re-dates them
once the user confirms today's date (Kazakh too)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from test_gui_sync import _sync_page, _wait
from test_sync_adversarial import YEAR_2999_MS, _edit
from test_sync_support import add_org_with_consultation

from clusterdesk.domain.hlc import HybridClock
from clusterdesk.gui import i18n
from clusterdesk.sync.redate import future_own_changes


def _changes_made_in_2999(db) -> str:  # noqa: ANN001
    org, _ = add_org_with_consultation(db, "Ферма «Ақжол»")
    real = db.clock
    db.clock = HybridClock(db.clock.last, now_ms=lambda: YEAR_2999_MS)
    _edit(db, org, name="Ферма «Ұлытау»")
    db.clock = HybridClock(db.clock.last, now_ms=real.wall_ms, epoch=real.epoch)
    return org


def test_the_sync_view_offers_to_redate_and_does_it_when_the_date_is_confirmed(
        make_window, db, qtbot, monkeypatch) -> None:  # noqa: ANN001
    org = _changes_made_in_2999(db)
    window = make_window(db)
    page = _sync_page(window)
    _wait(qtbot, page)
    assert page.ui.clockLabel.isVisible() and page.ui.redateButton.isVisible()
    assert "1 change made on this computer is dated up to" in page.ui.clockLabel.text()
    assert "3000" in page.ui.clockLabel.text()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: (
        asked.append(text), QMessageBox.StandardButton.No)[1])
    page.ui.redateButton.click()
    assert asked and "Is that the right date and time?" in asked[0]
    assert future_own_changes(db) is not None            # "No": nothing changed
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a: QMessageBox.StandardButton.Yes)
    page.ui.redateButton.click()
    _wait(qtbot, page)
    assert future_own_changes(db) is None
    assert "1 change dated again" in page.ui.summaryLabel.text()
    qtbot.waitUntil(lambda: not page.ui.clockLabel.isVisible(), timeout=5000)
    assert not page.ui.redateButton.isVisible()
    assert org


def test_the_clock_warning_in_kazakh(make_window, db, qtbot) -> None:  # noqa: ANN001
    _changes_made_in_2999(db)
    window = make_window(db)
    i18n.install("kk")
    try:
        page = _sync_page(window)
        _wait(qtbot, page)
        text = page.ui.clockLabel.text()
        assert text and "change" not in text and "3000" in text, text
        assert "change" not in page.ui.redateButton.text().lower()
    finally:
        i18n.install("en")


def test_a_clock_set_before_the_programme_is_named_and_nothing_is_offered(
        make_window, db, qtbot) -> None:  # noqa: ANN001
    _changes_made_in_2999(db)
    db.clock = HybridClock(db.clock.last, now_ms=lambda: 946_684_800_000, epoch=db.clock.epoch)
    window = make_window(db)
    page = _sync_page(window)
    _wait(qtbot, page)
    assert "before the programme began" in page.ui.clockLabel.text()
    assert "2000" in page.ui.clockLabel.text()
    assert page.ui.clockLabel.isVisible() and not page.ui.redateButton.isVisible()


def test_a_clock_behind_others_changes_is_named_and_nothing_is_offered(
        make_window, db, qtbot, tmp_path) -> None:  # noqa: ANN001
    from test_sync_support import fresh_db

    from clusterdesk.sync import export_changes, import_file

    src = fresh_db(tmp_path / "src.db")
    add_org_with_consultation(src, "Ферма")
    export_changes(src, tmp_path / "s.cdsync")
    import_file(db, tmp_path / "s.cdsync")
    add_org_with_consultation(db, "Офис")
    db.clock = HybridClock(db.clock.last, now_ms=lambda: 1_577_836_800_000, epoch=db.clock.epoch)
    page = _sync_page(make_window(db))
    _wait(qtbot, page)
    assert "changes from other computers stored here" in page.ui.clockLabel.text()
    assert page.ui.clockLabel.isVisible() and not page.ui.redateButton.isVisible()
