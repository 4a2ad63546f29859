"""Charts painted with QPainter: horizontal bars and lines, readable in every language.

QtCharts would add about 150 MB (PySide6-Addons) for four simple charts; these widgets draw
the same with the fonts already shipped.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ["#1f6fb2", "#e07b39", "#3c9d5d", "#c0392b", "#8e5ea2", "#b8860b", "#2c7f86",
           "#7f7f7f"]


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)

    def _frame(self, p: QPainter) -> QRectF:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(self.palette().text().color())
        fm = QFontMetrics(font)
        p.drawText(QRectF(8, 4, self.width() - 16, fm.height() + 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        font.setBold(False)
        p.setFont(font)
        return QRectF(8, fm.height() + 12, self.width() - 16, self.height() - fm.height() - 20)


class BarChart(_Chart):
    """Horizontal bars with a label and the value: readable with long Cyrillic names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, float]] = []

    def set_data(self, title: str, items: list[tuple[str, float]]) -> None:
        self.title, self.items = title, items
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 22 * max(len(self.items), 4))

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        p = QPainter(self)
        area = self._frame(p)
        if not self.items:
            return
        fm = p.fontMetrics()
        label_w = min(max(fm.horizontalAdvance(t) for t, _ in self.items) + 10, area.width() * 0.5)
        value_w = fm.horizontalAdvance("00000") + 6
        row_h = min(area.height() / len(self.items), 26)
        top = max(v for _, v in self.items) or 1
        for i, (text, value) in enumerate(self.items):
            y = area.top() + i * row_h
            p.setPen(self.palette().text().color())
            label = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(label_w - 6))
            p.drawText(QRectF(area.left(), y, label_w - 6, row_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = (area.width() - label_w - value_w) * value / top
            p.fillRect(QRectF(area.left() + label_w, y + row_h * 0.15, width, row_h * 0.7),
                       QColor(PALETTE[i % len(PALETTE)]))
            p.drawText(QRectF(area.left() + label_w + width + 4, y, value_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{value:g}")


class LineChart(_Chart):
    """Several series over dates, with a legend under the plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[str, list[tuple[dt.date, int]]] = {}

    def set_data(self, title: str, series: dict[str, list[tuple[dt.date, int]]]) -> None:
        self.title, self.series = title, series
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 320)

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        p = QPainter(self)
        area = self._frame(p)
        points = [pt for s in self.series.values() for pt in s]
        if not points:
            return
        fm = p.fontMetrics()
        legend_rows = (len(self.series) + 1) // 2
        plot = QRectF(area.left() + fm.horizontalAdvance("000") + 8, area.top() + 4,
                      area.width() - fm.horizontalAdvance("000") - 16,
                      area.height() - fm.height() * (legend_rows + 1) - 12)
        d0 = min(d for d, _ in points).toordinal()
        d1 = max(d for d, _ in points).toordinal()
        top = max(v for _, v in points) or 1
        span = max(d1 - d0, 1)

        def xy(d: dt.date, v: int) -> QPointF:
            return QPointF(plot.left() + plot.width() * (d.toordinal() - d0) / span,
                           plot.bottom() - plot.height() * v / top)

        p.setPen(QPen(self.palette().mid().color(), 1))
        for frac in (0, 0.5, 1):
            y = plot.bottom() - plot.height() * frac
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.drawText(QRectF(area.left(), y - fm.height() / 2, plot.left() - area.left() - 4,
                              fm.height()), Qt.AlignmentFlag.AlignRight, f"{top * frac:.0f}")
        years = sorted({d.year for d, _ in points})
        for year in years:
            d = dt.date(year, 1, 1)
            if d0 <= d.toordinal() <= d1:
                x = xy(d, 0).x()
                p.drawText(QRectF(x - 30, plot.bottom() + 2, 60, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, str(year))
        for i, (name, pts) in enumerate(self.series.items()):
            color = QColor(PALETTE[i % len(PALETTE)])
            p.setPen(QPen(color, 2))
            for a, b in zip(pts, pts[1:], strict=False):
                p.drawLine(xy(*a), xy(*b))
            lx = area.left() + (i % 2) * area.width() / 2
            ly = plot.bottom() + fm.height() + 8 + (i // 2) * fm.height()
            p.fillRect(QRectF(lx, ly + 3, 10, fm.height() - 6), color)
            p.setPen(self.palette().text().color())
            text = fm.elidedText(f"{name} — {pts[-1][1]}", Qt.TextElideMode.ElideRight,
                                 int(area.width() / 2 - 20))
            p.drawText(QRectF(lx + 14, ly, area.width() / 2 - 16, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, text)
