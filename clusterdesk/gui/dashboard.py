"""The dashboard to explore: figures and charts for a period, region and sector.

The figures are computed off the GUI thread (``services.dashboard.build``); meanwhile the page
says it is loading. It is recomputed after a commit that touched what it reads and whenever a
filter changes. A click on a bar opens the list behind it, filtered the same way; the page
says how fresh the data is and whose sync files it includes, and saves itself as PNG or PDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import formats, gateway, labels, settings
from clusterdesk.gui.charts import (
    STATUS_COLOURS,
    BarChart,
    LineChart,
    MonthChart,
    save_image,
    sector_colour,
)
from clusterdesk.gui.errors import show_error
from clusterdesk.gui.hub import watch
from clusterdesk.services import dashboard
from clusterdesk.store.database import Database


class _Tile(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel(self)
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.caption.setMinimumHeight(3 * self.caption.fontMetrics().height())
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class _DateBox(QWidget):
    """A date that counts only when ticked (no "from" means from the first record)."""

    def __init__(self, parent: QWidget, day: QDate) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(day, self, calendarPopup=True)
        self.edit.setDisplayFormat(formats.date_format())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row.addWidget(self.check)
        row.addWidget(self.edit)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day))


class DashboardPage(QScrollArea):
    def __init__(self, db: Database, parent: QWidget | None = None,
                 early: gateway.Early | None = None) -> None:  # (a read started at start)
        super().__init__(parent)
        self.db, self._early = db, early
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.addLayout(self._filter_bar(body))
        self.as_of = QLabel(body)
        self.as_of.setObjectName("dashboardAsOf")
        self.as_of.setWordWrap(True)
        self.as_of.setStyleSheet("color: #555;")
        status = QHBoxLayout()
        status.addWidget(self.as_of, 1)
        status.addWidget(self.save_button)
        outer.addLayout(status)
        self.loading = QLabel(body)
        self.loading.setObjectName("dashboardLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet("color: #555; font-style: italic;")
        outer.addWidget(self.loading)
        grid = QGridLayout()
        outer.addLayout(grid, 1)
        self.tiles = [_Tile(body) for _ in range(6)]
        for i, tile in enumerate(self.tiles):
            grid.addWidget(tile, 0, i)
        self.by_region, self.by_month = BarChart(body), MonthChart(body)
        self.by_sector, self.by_status = BarChart(body), BarChart(body)
        self.participants = LineChart(body)
        grid.addWidget(self.by_region, 1, 0, 1, 3)
        grid.addWidget(self.by_month, 1, 3, 1, 3)
        grid.addWidget(self.by_sector, 2, 0, 1, 3)
        grid.addWidget(self.by_status, 2, 3, 1, 3)
        grid.addWidget(self.participants, 3, 0, 1, 6)
        for row in (1, 2, 3):
            grid.setRowStretch(row, 1)
        self.by_region.setMinimumHeight(380)
        self.participants.setMinimumHeight(340)
        self.hint = QLabel(body)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        outer.addWidget(self.hint)
        self.by_region.clicked.connect(lambda code: self.open_list("consultations",
                                                                   region=code))
        self.by_month.clicked.connect(self._open_month)
        self.by_sector.clicked.connect(lambda key: self.open_list("initiatives", sector=key))
        self.by_status.clicked.connect(lambda key: self.open_list("applications", status=key))
        for chart in (self.by_region, self.by_month, self.by_sector, self.by_status,
                      self.participants):
            chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            chart.customContextMenuRequested.connect(
                lambda pos, c=chart: self._chart_menu(c, pos))
        self.data: dashboard.Dashboard | None = None
        self._loading = self._again = False
        watch(self, db, dashboard.READS, lambda _changes: self.refresh())
        self.refresh()

    # ---- filters ----
    def _filter_bar(self, body: QWidget) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.from_label, self.to_label = QLabel(body), QLabel(body)
        self.date_from = _DateBox(body, QDate(2016, 1, 1))
        self.date_to = _DateBox(body, QDate.currentDate())
        self.region = QComboBox(body)
        self.region.setObjectName("dashboardRegion")
        self.recorded = QCheckBox(body)
        self.sector = QComboBox(body)
        self.sector.setObjectName("dashboardSector")
        self.trip = QComboBox(body)
        self.trip.setObjectName("dashboardTrip")
        self.consultant = QComboBox(body)
        self.consultant.setObjectName("dashboardConsultant")
        self.save_button = QPushButton(body)
        for w in (self.from_label, self.date_from, self.to_label, self.date_to, self.region,
                  self.recorded, self.sector, self.trip, self.consultant):
            bar.addWidget(w)
        bar.addStretch(1)
        for combo in (self.region, self.sector, self.trip, self.consultant):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self._fill_choices()
        for box in (self.date_from, self.date_to):
            box.check.toggled.connect(lambda _c: self.refresh())
            box.edit.dateChanged.connect(lambda _d: self.refresh())
        self.region.currentIndexChanged.connect(lambda _i: self.refresh())
        self.sector.currentIndexChanged.connect(lambda _i: self.refresh())
        self.trip.currentIndexChanged.connect(lambda _i: self.refresh())
        self.consultant.currentIndexChanged.connect(lambda _i: self.refresh())
        self.recorded.toggled.connect(lambda _c: self._fill_choices() or self.refresh())
        self.save_button.clicked.connect(lambda: self.save_as())
        return bar

    def _fill_choices(self) -> None:
        for combo, everything, items in (
                (self.region, self.tr("All regions"),
                 labels.all_regions() if self.recorded.isChecked()
                 else labels.current_regions()),
                (self.sector, self.tr("All sectors"), labels.all_sectors()),
                (self.trip, self.tr("All trips"), self._trips()),
                (self.consultant, self.tr("All consultants"), self._consultants())):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for key, name in items:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _trips(self) -> list[tuple[str, str]]:
        """The trips (tens of rows: a short lookup list, read at once)."""
        from clusterdesk.services import lookups

        return [(t.uuid, f"{formats.date_text(t.start_date)} {t.title}")
                for t in gateway.read_now(self.db, lookups.trips)]

    def _consultants(self) -> list[tuple[str, str]]:
        """The programme's people (tens of rows: a short lookup list, read at once)."""
        from clusterdesk.services import lookups

        return gateway.read_now(self.db, lookups.consultants)

    def current_filter(self) -> dashboard.Filter:
        return dashboard.Filter(self.date_from.value(), self.date_to.value(),
                                self.region.currentData(), self.recorded.isChecked(),
                                self.sector.currentData(), self.trip.currentData(),
                                self.consultant.currentData())

    def set_filter(self, flt: dashboard.Filter) -> None:
        for w in (self.date_from.check, self.date_from.edit, self.date_to.check,
                  self.date_to.edit, self.region, self.sector, self.recorded, self.trip,
                  self.consultant):
            w.blockSignals(True)
        self.recorded.setChecked(flt.recorded_region)
        self.date_from.set_value(flt.date_from)
        self.date_to.set_value(flt.date_to)
        self._fill_choices()
        self.region.setCurrentIndex(max(self.region.findData(flt.region), 0))
        self.sector.setCurrentIndex(max(self.sector.findData(flt.sector), 0))
        self.trip.setCurrentIndex(max(self.trip.findData(flt.trip), 0))
        self.consultant.setCurrentIndex(max(self.consultant.findData(flt.consultant), 0))
        for w in (self.date_from.check, self.date_from.edit, self.date_to.check,
                  self.date_to.edit, self.region, self.sector, self.recorded, self.trip,
                  self.consultant):
            w.blockSignals(False)
        self.refresh()

    # ---- click-through ----
    def _open_month(self, month: object) -> None:
        if isinstance(month, dt.date):
            end = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
                - dt.timedelta(days=1)
            self.open_list("consultations", date_from=month, date_to=end)

    def open_list(self, key: str, **chosen: object) -> QWidget | None:
        """Show list ``key`` with the dashboard's filter and ``chosen`` applied."""
        window = self.window()
        if not hasattr(window, "show_page"):
            return None
        flt = self.current_filter()
        filters: dict[str, object] = {}
        if key == "consultations":
            filters.update(flt.list_filters())
        elif flt.region and not flt.recorded_region:
            filters["region"] = flt.region
        if key != "consultations" and flt.sector:
            filters["sector"] = flt.sector
        filters.update(chosen)
        page = window.show_page(key)
        if hasattr(page, "set_filter"):  # the rest of the list's filters are lifted
            for name in ("region", "sector", "trip", "interest", "status", "kind"):
                page.set_filter(name, filters.get(name))
            for name in ("date_from", "date_to"):
                if name in filters:
                    page.set_filter(name, filters[name])
        return page

    # ---- figures ----
    def refresh(self) -> None:
        """Recompute the figures off the GUI thread; the tiles fill in when they are ready."""
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        self._show_loading()
        flt = self.current_filter()
        early, self._early = self._early, None  # taken if it is for the same filter
        if not (early and early.take(self, flt, self._loaded, self._failed)):
            gateway.read(self, self.db, lambda s: dashboard.build(s, None, flt), self._loaded,
                         self._failed)

    @property
    def is_loading(self) -> bool:
        return self._loading

    def _show_loading(self) -> None:
        self.loading.setText(self.tr("Computing the figures…") if self._loading else "")
        self.loading.setVisible(self._loading)

    def _loaded(self, data: dashboard.Dashboard) -> None:
        self._loading = False
        self._show_loading()
        self.data = data
        self.retranslate()
        if self._again:
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._show_loading()
        show_error(self, exc)

    def _chart_menu(self, chart: QWidget, pos) -> None:  # noqa: ANN001
        menu = QMenu(self)
        menu.addAction(self.tr("Save this chart as PNG or PDF…"),
                       lambda: self.save_as(chart, getattr(chart, "title", "")))
        menu.popup(chart.mapToGlobal(pos))

    def save_as(self, widget: QWidget | None = None, title: str = "") -> Path | None:
        """The whole dashboard (or one chart), as shown, to PNG or PDF."""
        folder = Path(settings.get(settings.LAST_EXPORT_FOLDER))
        png, pdf = self.tr("PNG image (*.png)"), self.tr("PDF document (*.pdf)")
        stem = "".join(ch for ch in (title or self.tr("Dashboard")) if ch not in '\\/:*?"<>|')
        name = f"{stem} {dt.date.today().isoformat()}.png"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the dashboard"),
                                                   str(folder / name), f"{png};;{pdf}")
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".png", ".pdf"):
            target = target.with_suffix(".pdf" if chosen == pdf else ".png")
        try:
            save_image(widget or self.widget(), target)
        except OSError as exc:
            show_error(self, exc)
            return None
        settings.put(settings.LAST_EXPORT_FOLDER, str(target.parent))
        return target

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.recorded.setText(self.tr("regions as recorded"))
        self.recorded.setToolTip(self.tr("Count organizations in the region their documents "
                                         "named at the time, not today's region"))
        self.save_button.setText(self.tr("Save as PNG or PDF…"))
        self.hint.setText(self.tr(
            "Click a bar to open its list with the same filter. Each sector keeps its colour "
            "in every chart; application statuses: green selected, red rejected, grey draft."))
        self._fill_choices()
        self._show_loading()
        if self.data is None:
            for tile in self.tiles:
                tile.value.setText("…")
            return
        self._show_as_of()
        st = self.data.stats
        participants = sum(st["participants_by_cluster"].values())
        figures = [
            (st["organizations_consulted"], self.tr("organizations consulted")),
            (st["consultations"], self.tr("consultations")),
            (st["trips"], self.tr("trips")),
            (st["initiatives"], self.tr("groups of enterprises (initiatives)")),
            (st["applications"], self.tr("applications")),
            (f"{len(st['selected_clusters'])} / {formats.number_text(participants)}",
             self.tr("clusters selected / their participants")),
        ]
        for tile, (value, caption) in zip(self.tiles, figures, strict=True):
            tile.value.setText(value if isinstance(value, str) else formats.number_text(value))
            tile.caption.setText(caption)
        regions = self.data.consulted_by_region
        self.by_region.set_data(self.tr("Organizations consulted by region"),
                                [(labels.region_name(c), n) for c, n in regions],
                                [c for c, _ in regions])
        self.by_month.set_months(self.tr("Consultations per month"),
                                 self.data.consultations_by_month)
        keys = list(st["initiatives_by_sector"])
        sectors = sorted(((k, n) for k, n in st["initiatives_by_sector"].items() if n),
                         key=lambda i: -i[1])
        self.by_sector.set_data(self.tr("Groups of enterprises by sector"),
                                [(labels.sector_name(k), n) for k, n in sectors],
                                [k for k, _ in sectors],
                                [sector_colour(k, keys) for k, _ in sectors])
        statuses = [(k, n) for k, n in st["applications_by_status"].items() if n]
        self.by_status.set_data(self.tr("Applications by status"),
                                [(labels.enum_label("ApplicationStatus", k), n)
                                 for k, n in statuses], [k for k, _ in statuses],
                                [STATUS_COLOURS.get(k, "#7f7f7f") for k, _ in statuses])
        self.participants.set_data(self.tr("Participants of the selected clusters"),
                                   self.data.participants_over_time)

    def _show_as_of(self) -> None:
        data = self.data
        if data is None:
            return
        when = formats.datetime_text(data.as_of) if data.as_of else "—"
        text = self.tr("Data as of %1 (the latest change it holds).").replace("%1", when)
        if data.devices:
            files = ", ".join(f"{name} ({formats.date_text(at.date()) if at else '—'})"
                              for name, at in data.devices)
            text += " " + self.tr("Includes the sync files of: %1.").replace("%1", files)
        else:
            text += " " + self.tr("No sync file from another device has been imported.")
        self.as_of.setText(text)

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tiles"):
            self.retranslate()
        super().changeEvent(event)
