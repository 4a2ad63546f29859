"""The dashboard: the programme's figures and four charts, in the window's language.

The figures are computed off the GUI thread; meanwhile the page says it is loading. It is
recomputed after a commit that touched what it reads (``services.dashboard.READS``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from clusterdesk.gui import gateway, labels
from clusterdesk.gui.charts import BarChart, LineChart
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
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class DashboardPage(QScrollArea):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.setWidget(body)
        outer = QVBoxLayout(body)
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
        self.by_region, self.by_sector = BarChart(body), BarChart(body)
        self.by_status, self.participants = BarChart(body), LineChart(body)
        grid.addWidget(self.by_region, 1, 0, 1, 3)
        grid.addWidget(self.by_sector, 1, 3, 1, 3)
        grid.addWidget(self.by_status, 2, 0, 1, 3)
        grid.addWidget(self.participants, 2, 3, 1, 3)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.by_region.setMinimumHeight(380)
        self.participants.setMinimumHeight(340)
        self.data: dashboard.Dashboard | None = None
        self._loading = self._again = False
        watch(self, db, dashboard.READS, lambda _changes: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Recompute the figures off the GUI thread; the tiles fill in when they are ready."""
        if self._loading:
            self._again = True
            return
        self._loading, self._again = True, False
        self._show_loading()
        gateway.read(self, self.db, dashboard.build, self._loaded, self._failed)

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

    def retranslate(self) -> None:
        self._show_loading()
        if self.data is None:
            for tile in self.tiles:
                tile.value.setText("…")
            return
        st = self.data.stats
        participants = sum(st["participants_by_cluster"].values())
        figures = [
            (st["organizations_consulted"], self.tr("organizations consulted")),
            (st["consultations"], self.tr("consultations")),
            (st["trips"], self.tr("trips")),
            (st["initiatives"], self.tr("groups of enterprises (initiatives)")),
            (st["applications"], self.tr("applications")),
            (f"{len(st['selected_clusters'])} / {participants}",
             self.tr("clusters selected / their participants")),
        ]
        for tile, (value, caption) in zip(self.tiles, figures, strict=True):
            tile.value.setText(str(value))
            tile.caption.setText(caption)
        self.by_region.set_data(self.tr("Organizations consulted by region"),
                                [(labels.region_name(c), n)
                                 for c, n in self.data.consulted_by_region])
        self.by_sector.set_data(self.tr("Groups of enterprises by sector"), sorted(
            ((labels.sector_name(k), n) for k, n in st["initiatives_by_sector"].items() if n),
            key=lambda i: -i[1]))
        self.by_status.set_data(self.tr("Applications by status"), [
            (labels.enum_label("ApplicationStatus", k), n)
            for k, n in st["applications_by_status"].items() if n])
        self.participants.set_data(self.tr("Participants of the selected clusters"),
                                   self.data.participants_over_time)

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tiles"):
            self.retranslate()
        super().changeEvent(event)
