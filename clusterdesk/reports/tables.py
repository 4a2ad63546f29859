"""A table that is measured once per width, and prints exactly as ReportLab's own.

ReportLab's ``Table.wrap`` works out every row's height from its cells each time it is
asked, and a report's table is asked more than once at the same width (``KeepTogether``
measures its content, then the frame measures the table again before drawing it). With
fixed column widths and no spanned cells the answer depends on the width alone (the
available height only ends the row loop early when cells span rows), so ``SizedTable``
keeps the first answer per width. The PDF is the same byte for byte.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table


class SizedTable(Table):
    """A ``Table`` whose wrap at the width of its last wrap returns the same size again."""

    _sized: tuple[float, tuple[float, float]] | None = None

    def setStyle(self, tblstyle: Any) -> None:  # noqa: N802 - ReportLab's name
        self._sized = None  # padding, fonts and spans change the rows' heights
        super().setStyle(tblstyle)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        sized = self._sized
        if sized is not None and sized[0] == availWidth:
            self.availWidth = availWidth
            return sized[1]
        size = super().wrap(availWidth, availHeight)
        if not self._spanCmds and None not in self._colWidths and "*" not in self._colWidths:
            self._sized = (availWidth, size)
        return size


__all__ = ["SizedTable"]
