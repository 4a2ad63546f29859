"""The dashboard explored as an analyst would: filter, read, click through, save."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from clusterdesk.services import dashboard


def _loaded(page, qtbot):
    qtbot.waitUntil(lambda: not page.is_loading and page.data is not None, timeout=20000)


def test_karaganda_2016_per_month_and_a_click_opens_that_month(window, qtbot):
    page = window.show_page("dashboard")
    _loaded(page, qtbot)
    everything = page.tiles[1].value.text()
    page.set_filter(dashboard.Filter(dt.date(2016, 1, 1), dt.date(2016, 12, 31), region="35"))
    qtbot.waitUntil(lambda: page.data.filter.region == "35" and not page.is_loading,
                    timeout=20000)
    months = page.data.consultations_by_month
    total = sum(n for _, n in months)
    assert page.tiles[1].value.text() == str(total) != everything
    assert "as of" in page.as_of.text()
    page.by_month.grab()  # paint, so the bars have their places
    month, count = max(months, key=lambda m: m[1])
    where = page.by_month.centre_of(month)
    assert where is not None
    QTest.mouseClick(page.by_month, Qt.MouseButton.LeftButton, pos=where.toPoint())
    listed = window.current_list()
    assert listed is not None and listed.spec.name == "consultations"
    qtbot.waitUntil(lambda: listed.model.rowCount() == count, timeout=10000)


def test_sector_bars_keep_their_colour_names_are_whole_and_the_page_saves(
        window, qtbot, tmp_path, monkeypatch):
    page = window.show_page("dashboard")
    _loaded(page, qtbot)
    page.resize(900, 1400)
    page.by_region.grab()
    tips = page.by_region.tips()
    assert any(t.startswith("Karaganda region: ") for t in tips)
    colours = dict(zip(page.by_sector.keys, page.by_sector.colours, strict=True))
    page.set_filter(dashboard.Filter(sector="tourism"))
    qtbot.waitUntil(lambda: page.data.filter.sector == "tourism" and not page.is_loading,
                    timeout=20000)
    assert page.by_sector.keys == ["tourism"]
    assert page.by_sector.colours == [colours["tourism"]]  # the same colour when alone
    for suffix in (".png", ".pdf"):
        target = tmp_path / f"dash{suffix}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        assert page.save_as() == target
        head = target.read_bytes()[:8]
        assert head.startswith(b"\x89PNG" if suffix == ".png" else b"%PDF")


def test_the_window_shows_what_the_command_line_gives_for_the_same_filter(window, qtbot,
                                                                           capsys):
    import json

    from clusterdesk.cli.main import main

    page = window.show_page("dashboard")
    _loaded(page, qtbot)
    page.set_filter(dashboard.Filter(dt.date(2016, 1, 1), dt.date(2016, 12, 31), region="35"))
    qtbot.waitUntil(lambda: page.data.filter.region == "35" and not page.is_loading,
                    timeout=20000)
    assert main(["--db", str(window.db.path), "dashboard", "--region", "35", "--from",
                 "2016-01-01", "--to", "2016-12-31", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    assert page.tiles[1].value.text() == str(cli["consultations"])
    assert page.tiles[0].value.text() == str(cli["organizations_consulted"])
    assert {m.strftime("%Y-%m"): n for m, n in page.data.consultations_by_month} \
        == cli["consultations_by_month"]
    assert sum(cli["consultations_by_month"].values()) == cli["consultations"]


def test_one_chart_saves_alone_under_its_title(window, qtbot, tmp_path, monkeypatch):
    page = window.show_page("dashboard")
    _loaded(page, qtbot)
    seen = {}

    def fake(_parent, _caption, proposed, _filters):
        seen["proposed"] = proposed
        return str(tmp_path / "chart.png"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert page.save_as(page.by_month, page.by_month.title) == tmp_path / "chart.png"
    assert "Consultations per month" in seen["proposed"]
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() == page.by_month.width()  # the chart, not the whole page
