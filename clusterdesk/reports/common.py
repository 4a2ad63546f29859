"""What every printed document shares: fonts with Kazakh letters, safe text, page footer.

ReportLab's Paragraph parses markup, so every user string goes through ``esc`` before it
enters a paragraph. Labels of the printed documents are data (``resources/reports``), chosen
per document language, independent of the window's language.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from xml.sax.saxutils import escape

from clusterdesk import __version__
from clusterdesk.errors import ClusterDeskError
from clusterdesk.resources_path import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
LANGS = ("ru", "kk", "en")


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (covers Ә Ғ Қ Ң Ө Ұ Ү Һ І) with bold, so <b> works."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)


def esc(text: object) -> str:
    """User text made literal for a Paragraph: <, >, & print as themselves; newlines kept."""
    return escape("" if text is None else str(text)).replace("\n", "<br/>")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ClusterDeskError(f"Unknown report language {lang!r}; use one of ru, kk, en.")
    return lang


@cache
def labels(name: str, lang: str) -> dict[str, str]:
    """The printed labels of document ``name`` in ``lang`` from resources/reports/<name>.toml."""
    path = resource("reports", f"{name}.toml")
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, str] = {}
    for key, texts in data.items():
        if not isinstance(texts, dict) or not isinstance(texts.get(lang), str):
            raise ClusterDeskError(f"{path}: {key}.{lang} is missing")
        out[key] = texts[lang]
    return out


def footer(canvas, doc, left: str) -> None:  # noqa: ANN001 - ReportLab callback
    """Page number, print date and program version at the foot of every page."""
    from reportlab.lib.units import mm

    canvas.saveState()
    canvas.setFont(FONT, 8)
    width = doc.pagesize[0]
    canvas.drawString(doc.leftMargin, 10 * mm, left)
    canvas.drawCentredString(width / 2, 10 * mm, f"{dt.date.today():%d.%m.%Y} · "
                                                  f"ClusterDesk {__version__}")
    canvas.drawRightString(width - doc.rightMargin, 10 * mm, str(canvas.getPageNumber()))
    canvas.restoreState()
