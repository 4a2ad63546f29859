"""A printed table fit for a meeting: painted page by page onto a ``QPrinter`` (paper or PDF).

Rich-text printing (``QTextDocument``) split rows across pages, broke words in the middle and
printed the header on page 1 only. Here the layout is computed first: each column is at least
as wide as its longest word, text wraps at word boundaries only, the page turns landscape when
the columns need it (and the font steps down from 9 to 6 points before any word is broken), and
rows are placed whole. Every page repeats the title, the filter in words and the column
header, with the date and "page X of Y" at the foot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

FAMILY = "DejaVu Sans"
SIZES = (9, 8, 7, 6)
NATURAL_CHARS = 40  # a long text column asks for about this many characters per line
MAX_CELL = 700  # characters printed of one cell (a whole page of notes is no table row)
WORD_WRAP = int(Qt.TextFlag.TextWordWrap)
ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)


@dataclass
class PrintedTable:
    title: str
    description: str  # the filter in words
    headers: list[str]
    rows: list[list[str]]
    right: list[bool] = field(default_factory=list)  # right-aligned (numbers)
    footer: str = ""  # e.g. "Printed 01.12.2026 12:31"
    page_label: str = "%1 / %2"  # "Page %1 of %2", translated by the caller


@dataclass
class Layout:
    font_size: int
    landscape: bool
    widths: list[float]
    breaks_words: list[bool]  # columns whose longest word is wider than any column could be


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _words(text: str) -> list[str]:
    return text.split() or [""]


def _paint_width(printer: QPrinter, landscape: bool) -> float:
    layout = QPageLayout(printer.pageLayout())
    layout.setOrientation(QPageLayout.Orientation.Landscape if landscape
                          else QPageLayout.Orientation.Portrait)
    return float(layout.paintRectPixels(printer.resolution()).width())


def _column_needs(table: PrintedTable, size: int, printer: QPrinter,
                  page_width: float) -> tuple[list[float], list[float], list[bool]]:
    """(least width: the longest word, natural width, breaks words) of every column."""
    fm, bold = QFontMetricsF(_font(size), printer), QFontMetricsF(_font(size, True), printer)
    pad = 2 * fm.averageCharWidth()
    cap = 0.35 * page_width
    least, natural, breaks = [], [], []
    for c, header in enumerate(table.headers):
        cells = [r[c][:MAX_CELL] for r in table.rows]
        word = max([bold.horizontalAdvance(w) for w in _words(header)]
                   + [fm.horizontalAdvance(w) for cell in cells for w in _words(cell)])
        line = max([bold.horizontalAdvance(header)]
                   + [fm.horizontalAdvance(cell) for cell in cells])
        least.append(min(word, cap) + pad)
        breaks.append(word > cap)
        natural.append(max(min(line, fm.averageCharWidth() * NATURAL_CHARS), word) + pad)
    return least, natural, breaks


def _spread(least: list[float], natural: list[float], width: float) -> list[float] | None:
    low, high = sum(least), sum(natural)
    if low > width:
        return None
    if high <= width:
        return [n * width / high for n in natural]
    share = (width - low) / (high - low)
    return [lo + (n - lo) * share for lo, n in zip(least, natural, strict=True)]


def choose(printer: QPrinter, table: PrintedTable) -> Layout:
    """Portrait at 9 pt when the columns fit comfortably, else landscape, then smaller type."""
    portrait = _paint_width(printer, False)
    least, natural, breaks = _column_needs(table, SIZES[0], printer, portrait)
    if sum(natural) <= portrait:
        return Layout(SIZES[0], False, _spread(least, natural, portrait) or least, breaks)
    landscape = _paint_width(printer, True)
    for size in SIZES:
        least, natural, breaks = _column_needs(table, size, printer, landscape)
        widths = _spread(least, natural, landscape)
        if widths is not None:
            return Layout(size, True, widths, breaks)
    scale = landscape / sum(least)  # more columns than a sheet holds: words must break
    return Layout(SIZES[-1], True, [w * scale for w in least], [True] * len(least))


def _flags(layout: Layout, c: int, right: bool) -> int:
    align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    return int(align | Qt.AlignmentFlag.AlignTop) | (ANYWHERE if layout.breaks_words[c]
                                                     else WORD_WRAP)


def _row_height(fm: QFontMetricsF, layout: Layout, cells: list[str], right: list[bool]) -> float:
    pad = fm.averageCharWidth()
    height = fm.height()
    for c, text in enumerate(cells):
        rect = QRectF(0, 0, layout.widths[c] - 2 * pad, 1e7)
        height = max(height, fm.boundingRect(rect, _flags(layout, c, right[c]),
                                             text[:MAX_CELL]).height())
    return height + pad


def paginate(heights: list[float], room: float) -> list[list[int]]:
    """Row indices per page; a row is never split (one taller than a page gets its own)."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, h in enumerate(heights):
        if pages[-1] and used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += h
    return pages


def render(printer: QPrinter, table: PrintedTable) -> int:
    """Paint ``table`` onto ``printer``; returns the number of pages."""
    right = table.right or [False] * len(table.headers)
    printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    layout = choose(printer, table)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if layout.landscape
                               else QPageLayout.Orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        return _paint(printer, painter, table, layout, right)
    finally:
        painter.end()


def _paint(printer: QPrinter, painter: QPainter, table: PrintedTable, layout: Layout,
           right: list[bool]) -> int:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    width, height = float(area.width()), float(area.height())
    layout.widths = _spread(layout.widths, layout.widths, width) or layout.widths
    body, head_font = _font(layout.font_size), _font(layout.font_size, True)
    fm, fm_head = QFontMetricsF(body, printer), QFontMetricsF(head_font, printer)
    title_font, small = _font(12, True), _font(8)
    fm_title, fm_small = QFontMetricsF(title_font, printer), QFontMetricsF(small, printer)
    desc_rect = fm_small.boundingRect(QRectF(0, 0, width, 1e7), WORD_WRAP, table.description)
    top = fm_title.height() + (desc_rect.height() if table.description else 0) \
        + fm_small.height() * 0.5
    head_h = _row_height(fm_head, layout, table.headers, [False] * len(table.headers))
    foot = fm_small.height() * 1.5
    heights = [_row_height(fm, layout, r, right) for r in table.rows]
    pages = paginate(heights, height - top - head_h - foot)
    pad = fm.averageCharWidth()
    grid = QPen(QColor("#888888"))
    grid.setWidthF(max(1.0, printer.resolution() / 150))
    for number, rows in enumerate(pages, start=1):
        if number > 1:
            printer.newPage()
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, width, fm_title.height()), WORD_WRAP, table.title)
        if table.description:
            painter.setFont(small)
            painter.drawText(QRectF(0, fm_title.height(), width, desc_rect.height()),
                             WORD_WRAP, table.description)
        y = top
        for cells, font, h, shade in [(table.headers, head_font, head_h, True)] + [
                (table.rows[i], body, heights[i], False) for i in rows]:
            painter.setFont(font)
            x = 0.0
            for c, text in enumerate(cells):
                rect = QRectF(x, y, layout.widths[c], h)
                if shade:
                    painter.fillRect(rect, QColor("#DDE4EE"))
                painter.setPen(grid)
                painter.drawRect(rect)
                painter.setPen(QColor("black"))
                painter.drawText(rect.adjusted(pad, pad / 2, -pad, 0),
                                 _flags(layout, c, right[c] and not shade), text[:MAX_CELL])
                x += layout.widths[c]
            y += h
        painter.setFont(small)
        foot_rect = QRectF(0, height - fm_small.height(), width, fm_small.height())
        painter.drawText(foot_rect, int(Qt.AlignmentFlag.AlignLeft), table.footer)
        painter.drawText(foot_rect, int(Qt.AlignmentFlag.AlignRight),
                         table.page_label.replace("%1", str(number))
                         .replace("%2", str(len(pages))))
    return len(pages)
