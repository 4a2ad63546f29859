"""What every printed document shares: fonts with Kazakh letters, safe text, page footer.

ReportLab's Paragraph parses markup, so every user string goes through ``esc`` before it
enters a paragraph. Labels of the printed documents are data (``resources/reports``), chosen
per document language, independent of the window's language.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from clusterdesk import __version__
from clusterdesk.atomic import atomic_write
from clusterdesk.data_files import labels  # noqa: F401 - the labels every report prints
from clusterdesk.errors import ClusterDeskError
from clusterdesk.languages import LANGUAGES
from clusterdesk.resources_path import resource
from clusterdesk.store.refdata import regions, sectors

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (covers Ә Ғ Қ Ң Ө Ұ Ү Һ І) with bold, so <b> works."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from clusterdesk.reports.fonts import ReportFont  # a TTFont keeping repeated work

    pdfmetrics.registerFont(ReportFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(ReportFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)


def esc(text: object) -> str:
    """User text made literal for a Paragraph: <, >, & print as themselves; newlines kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ClusterDeskError(f"Unknown report language {lang!r}; use one of ru, kk, en.")
    return lang


def footer(canvas, doc, left: str) -> None:  # noqa: ANN001 - ReportLab callback
    """Page number, print date and program version at the foot of every page.

    The title on the left is fitted into the space before the centred date: wrapped at
    words into at most two lines (the last on the date's line), the rest cut with "…"."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.saveState()
    canvas.setFont(FONT, 8)
    width = doc.pagesize[0]
    middle = f"{dt.date.today():%d.%m.%Y} · ClusterDesk {__version__}"
    room = width / 2 - stringWidth(middle, FONT, 8) / 2 - 3 * mm - doc.leftMargin
    lines = fit_lines(left, room, FONT, 8, 2)
    for i, line in enumerate(lines):
        canvas.drawString(doc.leftMargin, 10 * mm + (len(lines) - 1 - i) * 9.5, line)
    canvas.drawCentredString(width / 2, 10 * mm, middle)
    canvas.drawRightString(width - doc.rightMargin, 10 * mm, str(canvas.getPageNumber()))
    canvas.restoreState()


def fit_lines(text: str, room: float, font: str, size: float, most: int) -> list[str]:
    """``text`` broken at spaces into lines no wider than ``room`` points (a word wider than
    that, or what does not fit in ``most`` lines, is cut and ends with "…")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(s: str) -> bool:
        return stringWidth(s, font, size) <= room

    def cut(s: str) -> str:
        while s and not fits(s + "…"):
            s = s[:-1]
        return s.rstrip(" ,.;:·—-") + "…"

    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and fits(f"{line} {words[0]}"):
            line += " " + words.pop(0)
        lines.append(line if fits(line) else cut(line))
    if words and not lines[-1].endswith("…"):  # more than fits: the last line ends in "…"
        last = lines[-1]
        while " " in last and not fits(last + "…"):
            last = last.rsplit(" ", 1)[0]
        lines[-1] = last + "…" if fits(last + "…") else cut(last)
    return lines


def write_file(path: Path | str, data: bytes) -> Path:
    """``data`` written to ``path`` whole or not at all, readable like any document."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as fh:
        fh.write(data)
    return path


def region_names(code: str | None, lang: str) -> tuple[str, str | None]:
    """(recorded region name, today's region name when it differs) in ``lang``."""
    ref = regions().get(code or "")
    if ref is None:
        return (code or "", None)
    today = regions().get(ref.today)
    return ref.names[lang], (today.names[lang] if today and today.code != ref.code else None)


def sector_name(key: str | None, lang: str) -> str:
    ref = sectors().get(key or "")
    return ref.names[lang] if ref else (key or "")
