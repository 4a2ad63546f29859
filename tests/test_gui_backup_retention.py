"""How many daily backups are kept is a setting (issue 14, item 9): Settings offers it, and
the daily backup keeps that many days of copies — days the computer was off not counted."""

from __future__ import annotations

import datetime as dt

from clusterdesk.gui import gateway, settings
from clusterdesk.gui.backups import daily_backup
from clusterdesk.gui.dialogs import SettingsDialog
from clusterdesk.services import backups


def _days_ago(db_path, *days: int):  # noqa: ANN001, ANN202
    now = dt.datetime.now().replace(hour=9)
    return [backups.backup_now(db_path, now - dt.timedelta(days=d)) for d in days]


def test_the_backups_of_the_last_days_of_use_are_kept(db):
    old = _days_ago(db.path, 1, 2, 3, 40)
    made = backups.rolling(db.path, 3)  # today's copy is made: today, 1 and 2 days ago stay
    assert made is not None and made.exists()
    assert [p.exists() for p in old] == [True, True, False, False]


def test_a_month_away_does_not_empty_the_folder(db):
    old = _days_ago(db.path, 30, 31, 45)
    backups.rolling(db.path, 3)  # back after a month: the two last working days stay
    assert [p.exists() for p in old] == [True, True, False]
    assert len(backups.backups(db.path)) == 3


def test_settings_changes_how_many_days_the_daily_backup_keeps(window, qtbot):
    dialog = SettingsDialog(window.db, window)
    qtbot.addWidget(dialog)
    box = dialog.keep_backups
    assert box.value() == 14  # the default, shown
    assert box.isVisibleTo(dialog) and dialog.ui.form.labelForField(box).buddy() is box
    box.setValue(2)
    dialog.apply()
    assert settings.get(settings.BACKUP_DAYS) == 2
    again = SettingsDialog(window.db, window)
    qtbot.addWidget(again)
    assert again.keep_backups.value() == 2  # remembered

    old = _days_ago(window.db.path, 1, 2, 5)
    daily_backup(window)  # as at start-up
    assert gateway.wait()
    qtbot.waitUntil(lambda: not old[1].exists())
    assert old[0].exists() and not old[2].exists()
    assert len(backups.backups(window.db.path)) == 2  # today's and yesterday's
