"""What a file held that was not applied is said in the Sync view, in the window's language.

The window used to show only new, updated, unchanged, conflicts and merges: records held back
for a clock far ahead, changes refused for the sender's role and segments of the central file
refused on this computer went unmentioned, although the command line said so.
"""

from __future__ import annotations

from pathlib import Path

from test_gui_sync import _sync_page, _wait
from test_sync_adversarial import ORGS, YEAR_2999_MS, _edit
from test_sync_files import edit_first_line, rewrite
from test_sync_support import add_org_with_consultation, fresh_db

from clusterdesk.gui import i18n
from clusterdesk.sync import export_changes, import_file


def _future_file(tmp_path: Path, dst) -> Path:  # noqa: ANN001
    src = fresh_db(tmp_path / "src.db")
    org, _ = add_org_with_consultation(src, "Ферма «Ақжол»")
    first = tmp_path / "first.cdsync"
    export_changes(src, first)
    import_file(dst, first)
    _edit(src, org, name="Ферма 2999")
    path = tmp_path / "later.cdsync"
    export_changes(src, path)
    return rewrite(path, tmp_path / "future.cdsync", change=edit_first_line(
        ORGS, lambda r: r.update(hlc=f"{YEAR_2999_MS:015d}-000000")))


def test_records_held_back_are_named_in_the_summary(make_window, db, qtbot,  # noqa: ANN001
                                                     tmp_path: Path) -> None:
    future = _future_file(tmp_path, db)
    window = make_window(db)
    page = _sync_page(window)
    page.import_files([future])
    _wait(qtbot, page)
    text = page.ui.summaryLabel.text()
    assert "1 record held back: stamped too far ahead of this computer's clock" in text, text
    qtbot.waitUntil(lambda: "1 record received is held back" in page.ui.statusLabel.text(),
                    timeout=5000)


def test_the_summary_says_it_in_kazakh(make_window, db, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    future = _future_file(tmp_path, db)
    window = make_window(db)
    i18n.install("kk")
    try:
        page = _sync_page(window)
        page.import_files([future])
        _wait(qtbot, page)
        text = page.ui.summaryLabel.text()
        assert "1 жазба кейінге қалдырылды" in text, text
        assert "held back" not in text
    finally:
        i18n.install("en")


def test_a_central_sync_speaks_russian_with_its_counts(make_window, db, qtbot,  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    """The counted sentences of the Sync view's jobs (a mixin of the page) are translated
    too: PySide left every ``%n`` message of a mixin in English ("1 record(s) written")."""
    from clusterdesk.sync import sync_central

    other = fresh_db(tmp_path / "other.db")
    add_org_with_consultation(other, "ТОО «Жаңа»")
    central = tmp_path / "central.cdsync"
    sync_central(other, central)
    from clusterdesk.gui import settings

    settings.put(settings.CENTRAL_SYNC_FILE, str(central))
    window = make_window(db)
    i18n.install("ru")
    try:
        page = _sync_page(window)
        page.sync_central()
        _wait(qtbot, page)
        text = page.ui.summaryLabel.text()
        assert "(s)" not in text and "record" not in text, text
        assert "запис" in text, text
    finally:
        i18n.install("en")
