"""One format per kind of value, through QLocale, in every language of the window."""

from __future__ import annotations

import datetime as dt

import pytest

from clusterdesk.gui import formats, i18n
from clusterdesk.gui.table_model import display


@pytest.fixture
def lang(qapp):
    def use(code: str) -> None:
        i18n.install(code)
    yield use
    i18n.install("en")


@pytest.mark.parametrize(("code", "day", "number", "when"), [
    ("ru", "11.07.2016", "17\u00a0841,6", "01.12.2026 12:31"),
    ("kk", "11.07.2016", "17\u00a0841,6", "01.12.2026 12:31"),
    ("en", "11/07/2016", "17,841.6", "01/12/2026 12:31"),
])
def test_each_language_writes_one_date_number_and_time_format(lang, code, day, number, when):
    lang(code)
    assert formats.date_text(dt.date(2016, 7, 11)) == day
    assert formats.number_text(17841.6).replace(" ", "\u00a0") == number
    assert formats.datetime_text(dt.datetime(2026, 12, 1, 12, 31)) == when


def test_list_cells_use_the_same_formats(lang):
    lang("ru")
    assert display("date", dt.date(2016, 7, 11)) == "11.07.2016"
    assert display("number", 11703.4) == formats.number_text(11703.4)
    assert "," in display("number", 11703.4) and "." not in display("number", 11703.4)
    assert display("number", 1234567).replace("\u00a0", " ").replace("\u202f", " ") \
        == "1 234 567"


@pytest.mark.parametrize(("code", "one", "many"), [
    ("en", "1 record", "30 records"), ("ru", "1 запись", "30 записей")])
def test_plurals_follow_the_language_not_record_s(lang, code, one, many):
    from PySide6.QtCore import QCoreApplication

    lang(code)
    assert QCoreApplication.translate("ListPage", "%n record(s)", "", 1) == one
    assert QCoreApplication.translate("ListPage", "%n record(s)", "", 30) == many


def test_english_counts_read_as_english(lang):
    from PySide6.QtCore import QCoreApplication

    lang("en")
    text = QCoreApplication.translate(
        "MainWindow", "%n change(s) made on this computer have not been exported for more than "
        "a day. Close anyway? (Sync → Export or Sync with a central file sends them.)", "", 1)
    assert text.startswith("1 change made on this computer has not been exported")
    many = QCoreApplication.translate(
        "RankingView", "Applications accepted %1; %2 to select. %n application(s), %3 "
        "evaluated, %4 selected.", "", 21)
    assert "21 applications," in many and "(s)" not in many
