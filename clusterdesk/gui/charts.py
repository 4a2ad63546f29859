"""Charts painted with QPainter: bars, months and lines, readable in every language.

QtCharts would add about 150 MB (PySide6-Addons) for a few simple charts; these widgets draw
the same with the fonts already shipped. Colours carry meaning: a sector always has the same
colour, an application status its own (rejected red, selected green…), a neutral blue means
"a count". Long names wrap onto two lines instead of being cut, the full name and value show
on hover, and a click on a bar emits ``clicked(key)`` so the page can open the list behind it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from clusterdesk.gui import formats

PALETTE = ["#1f6fb2", "#e07b39", "#3c9d5d", "#c0392b", "#8e5ea2", "#b8860b", "#2c7f86",
           "#7f7f7f", "#d35f8d", "#4d6b2f", "#5b6fd6", "#a0522d"]
COUNT_COLOUR = "#1f6fb2"
STATUS_COLOURS = {"draft": "#9e9e9e", "submitted": "#1f6fb2", "registered": "#2c7f86",
                  "rejected": "#c0392b", "evaluated": "#8e5ea2", "selected": "#3c9d5d",
                  "not_selected": "#e07b39"}
WRAP = int(Qt.TextFlag.TextWordWrap)


def sector_colour(key: str, keys: list[str]) -> str:
    """The sector's own colour: its place among all sectors, the same in every chart."""
    return PALETTE[sorted(keys).index(key) % len(PALETTE)] if key in keys else PALETTE[-1]


def save_image(widget: QWidget, path: Path) -> None:
    """The widget as it looks, to PNG, or to a one-page PDF (by the file's suffix)."""
    pixmap = widget.grab()
    if path.suffix.lower() == ".pdf":
        writer = QPdfWriter(str(path))
        writer.setResolution(150)
        painter = QPainter(writer)
        area = painter.viewport()
        scaled = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawPixmap(QRectF(0, 0, scaled.width(), scaled.height()), pixmap,
                           QRectF(pixmap.rect()))
        painter.end()
        return
    image: QImage = pixmap.toImage()
    if not image.save(str(path)):
        raise OSError(f"{path}: the image could not be written")


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(220)
        self.setMouseTracking(True)
        self._hits: list[tuple[QRectF, object, str]] = []  # area, key, tooltip

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
        self._hits = []
        return QRectF(8, fm.height() + 12, self.width() - 16, self.height() - fm.height() - 20)

    def hit(self, pos: QPointF) -> tuple[object, str] | None:
        for area, key, tip in self._hits:
            if area.contains(pos):
                return key, tip
        return None

    def centre_of(self, key: object) -> QPointF | None:
        """Where the bar of ``key`` was last painted (None: not shown)."""
        return next((area.center() for area, k, _t in self._hits if k == key), None)

    def tips(self) -> list[str]:
        """The hover texts of what was last painted (full names and values)."""
        return [tip for _a, _k, tip in self._hits]

    def mouseMoveEvent(self, event) -> None:  # noqa: ANN001
        found = self.hit(event.position())
        if found:
            QToolTip.showText(event.globalPosition().toPoint(), found[1], self)
            self.setCursor(Qt.CursorShape.PointingHandCursor if found[0] is not None
                           else Qt.CursorShape.ArrowCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()
        super().mouseMoveEvent(event)


class BarChart(_Chart):
    """Horizontal bars with their names (wrapped, never cut) and values; clickable."""

    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, float]] = []
        self.keys: list[object] = []
        self.colours: list[str] = []

    def set_data(self, title: str, items: list[tuple[str, float]],
                 keys: list[object] | None = None, colours: list[str] | None = None) -> None:
        self.title, self.items = title, items
        self.keys = keys if keys is not None else [None] * len(items)
        self.colours = colours or [COUNT_COLOUR] * len(items)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 36 * max(len(self.items), 4))

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        p = QPainter(self)
        area = self._frame(p)
        if not self.items:
            return
        fm = p.fontMetrics()
        label_w = min(max(fm.horizontalAdvance(t) for t, _ in self.items) + 10, area.width() * 0.45)
        value_w = max(fm.horizontalAdvance(formats.number_text(v, 0)) for _, v in self.items) + 8
        row_h = min(area.height() / len(self.items), 2 * fm.height() + 6)
        top = max(v for _, v in self.items) or 1
        for i, (text, value) in enumerate(self.items):
            y = area.top() + i * row_h
            p.setPen(self.palette().text().color())
            box = QRectF(area.left(), y, label_w - 6, row_h)
            fits = fm.boundingRect(box.toRect(), WRAP, text).height() <= row_h
            shown = text if fits else fm.elidedText(text, Qt.TextElideMode.ElideRight,
                                                    int(2 * (label_w - 6)) - 20)
            p.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                       | WRAP, shown)
            width = (area.width() - label_w - value_w) * value / top
            bar = QRectF(area.left() + label_w, y + row_h * 0.15, width, row_h * 0.7)
            p.fillRect(bar, QColor(self.colours[i]))
            number = formats.number_text(value, 0)
            p.drawText(QRectF(bar.right() + 4, y, value_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
            self._hits.append((QRectF(area.left(), y, area.width(), row_h), self.keys[i],
                               f"{text}: {number}"))

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        found = self.hit(event.position())
        if found and found[0] is not None:
            self.clicked.emit(found[0])
        super().mousePressEvent(event)


class MonthChart(BarChart):
    """Columns per month (consultations per month), years marked under them; clickable."""

    def set_months(self, title: str, months: list[tuple[dt.date, int]]) -> None:
        self.set_data(title, [(formats.date_text(m)[3:] if m else "", n) for m, n in months],
                      [m for m, _ in months])

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        p = QPainter(self)
        area = self._frame(p)
        if not self.items:
            return
        fm = p.fontMetrics()
        plot = QRectF(area.left(), area.top() + fm.height(), area.width(),
                      area.height() - 2.5 * fm.height())
        step = plot.width() / len(self.items)
        top = max(v for _, v in self.items) or 1
        year = None
        for i, ((text, value), month) in enumerate(zip(self.items, self.keys, strict=True)):
            h = plot.height() * value / top
            bar = QRectF(plot.left() + i * step + step * 0.1, plot.bottom() - h, step * 0.8, h)
            p.fillRect(bar, QColor(COUNT_COLOUR))
            number = formats.number_text(value, 0)
            if fm.horizontalAdvance(number) < step * 1.6:
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(bar.left() - step, bar.top() - fm.height(), 3 * step * 0.8,
                                  fm.height()), Qt.AlignmentFlag.AlignHCenter, number)
            if isinstance(month, dt.date) and month.year != year:
                year = month.year
                p.setPen(QPen(self.palette().mid().color(), 1))
                p.drawLine(QPointF(bar.left(), plot.bottom()),
                           QPointF(bar.left(), plot.bottom() + fm.height()))
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(bar.left() + 2, plot.bottom() + 2, 60, fm.height()),
                           Qt.AlignmentFlag.AlignLeft, str(year))
            self._hits.append((QRectF(plot.left() + i * step, area.top(), step, area.height()),
                               month, f"{text}: {number}"))


class LineChart(_Chart):
    """Several series over dates, with a legend under the plot (full names on hover)."""

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
                              fm.height()), Qt.AlignmentFlag.AlignRight,
                       formats.number_text(top * frac, 0))
        for year in sorted({d.year for d, _ in points}):
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
            full = f"{name} — {formats.number_text(pts[-1][1], 0)}"
            text = fm.elidedText(full, Qt.TextElideMode.ElideRight, int(area.width() / 2 - 20))
            rect = QRectF(lx + 14, ly, area.width() / 2 - 16, fm.height())
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft, text)
            self._hits.append((rect, None, full))
