"""Target against actual per year for one indicator, painted with QPainter (no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from clusterdesk.gui import formats

TARGET, ACTUAL = QColor("#9db7d5"), QColor("#1f4e79")


class TargetActualChart(QWidget):
    """Grouped vertical bars: for each year the target and the actual so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetActualChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(200)
        self.title = ""
        self.legend = ("", "")
        self.points: list[tuple[str, float | None, float | None]] = []  # year, target, actual

    def set_data(self, title: str, legend: tuple[str, str],
                 points: list[tuple[str, float | None, float | None]]) -> None:
        self.title, self.legend, self.points = title, legend, points
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        text = self.palette().text().color()
        p.setPen(text)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(8, 4, self.width() - 16, fm.height() + 4),
                   Qt.AlignmentFlag.AlignLeft, fm.elidedText(
                       self.title, Qt.TextElideMode.ElideRight, self.width() - 16))
        font.setBold(False)
        p.setFont(font)
        if not self.points:
            return
        top = max([v for _, t, a in self.points for v in (t, a) if v is not None] + [1.0])
        area = QRectF(40, fm.height() + 16, self.width() - 50,
                      self.height() - 2 * fm.height() - 40)
        p.drawText(QRectF(0, area.top() - fm.height() / 2, 36, fm.height()),
                   Qt.AlignmentFlag.AlignRight, formats.compact_number(top))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        group = area.width() / len(self.points)
        bar = group * 0.32
        for i, (label, target, actual) in enumerate(self.points):
            x = area.left() + i * group + group * 0.16
            for j, (value, colour) in enumerate(((target, TARGET), (actual, ACTUAL))):
                if value is None:
                    continue
                h = area.height() * value / top
                p.fillRect(QRectF(x + j * bar, area.bottom() - h, bar - 2, h), colour)
                p.drawText(QRectF(x + j * bar - 6, area.bottom() - h - fm.height(), bar + 10,
                                  fm.height()), Qt.AlignmentFlag.AlignCenter,
                           formats.compact_number(value))
            p.drawText(QRectF(area.left() + i * group, area.bottom() + 2, group, fm.height()),
                       Qt.AlignmentFlag.AlignCenter, label)
        y = self.height() - fm.height() - 4
        x = area.left()
        for name, colour in zip(self.legend, (TARGET, ACTUAL), strict=True):
            p.fillRect(QRectF(x, y + 3, 10, 10), colour)
            p.drawText(QRectF(x + 14, y, fm.horizontalAdvance(name) + 4, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, name)
            x += fm.horizontalAdvance(name) + 30
