"""What makes a printed document last in an archive: language, embedded fonts, a displayed
title, XMP metadata; and the application "as filed" as PDF/A-2b.

Every document template takes ``doc_options(lang, title)``: ReportLab then writes ``/Lang``,
starts every page in the embedded DejaVu Sans (so no Helvetica or Times-Roman is ever
referenced), asks viewers to show the title instead of the file name, and ``xmp_page_hook``
puts an XMP packet in the catalog. Open-source ReportLab writes neither PDF/A nor tagged PDF,
so ``to_pdfa`` runs Ghostscript's PDF/A-2 output (``-dPDFA=2`` with an sRGB output intent)
and pikepdf puts the language and title display back and keeps the XMP in step with the
document information. ``clusterdesk.reports.pdfa_check`` checks the result.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from clusterdesk import __version__
from clusterdesk.atomic import atomic_path
from clusterdesk.errors import ClusterDeskError
from clusterdesk.languages import DOCUMENT_TAGS
from clusterdesk.reports.common import FONT

# BCP 47 tags for /Lang and dc:language.
DOC_LANG = DOCUMENT_TAGS
CREATOR = f"ClusterDesk {__version__}"
ICC_CANDIDATES = (  # Debian's libgs10-common, then other installations' usual places
    "/usr/share/color/icc/ghostscript/srgb.icc",
    "/usr/share/ghostscript/iccprofiles/srgb.icc",
    "/usr/local/share/ghostscript/iccprofiles/srgb.icc",
)


class PdfaError(ClusterDeskError):
    """The PDF/A copy cannot be made (Ghostscript missing or failing)."""


def doc_options(lang: str, title: str, subject: str = "") -> dict[str, Any]:
    """Keyword arguments for ``SimpleDocTemplate`` / ``BaseDocTemplate``."""
    return dict(lang=DOC_LANG.get(lang, lang), title=title, subject=subject,
                author="ClusterDesk", creator=CREATOR, displayDocTitle=1,
                initialFontName=FONT, initialFontSize=10)


def xmp_packet(title: str, lang: str, subject: str = "",
               when: dt.datetime | None = None) -> str:
    """An XMP packet (Dublin Core title, language, creator; creation tool and dates)."""
    when = (when or dt.datetime.now().astimezone()).replace(microsecond=0)
    stamp = when.isoformat()
    tag = DOC_LANG.get(lang, lang)
    description = (f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(subject)}'
                   '</rdf:li></rdf:Alt></dc:description>') if subject else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt>'
        '</dc:title>'
        '<dc:creator><rdf:Seq><rdf:li>ClusterDesk</rdf:li></rdf:Seq></dc:creator>'
        f'{description}'
        f'<dc:language><rdf:Bag><rdf:li>{tag}</rdf:li></rdf:Bag></dc:language>'
        '<dc:format>application/pdf</dc:format>'
        f'<xmp:CreatorTool>{escape(CREATOR)}</xmp:CreatorTool>'
        f'<xmp:CreateDate>{stamp}</xmp:CreateDate><xmp:ModifyDate>{stamp}</xmp:ModifyDate>'
        f'<xmp:MetadataDate>{stamp}</xmp:MetadataDate>'
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


def xmp_page_hook(title: str, lang: str, subject: str = ""):  # noqa: ANN201 - a callback
    """A first-page callback that puts the XMP packet into the document catalog."""
    from reportlab.pdfbase.pdfdoc import XMP

    packet = xmp_packet(title, lang, subject).encode("utf-8")  # bytes: no PDFDoc re-encoding

    def hook(canvas) -> None:  # noqa: ANN001 - ReportLab canvas
        if not getattr(canvas, "_clusterdesk_xmp", False):
            canvas.setCatalogEntry("Metadata", XMP(creator=lambda _doc: packet))
            canvas._clusterdesk_xmp = True

    return hook


# ---- PDF/A-2b ---------------------------------------------------------------------------

def ghostscript() -> str | None:
    """The Ghostscript command on this machine, or None."""
    for name in ("gs", "gswin64c", "gswin32c"):
        found = shutil.which(name)
        if found:
            return found
    return None


def srgb_profile() -> Path | None:
    for candidate in ICC_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


_DEF_PS = """%!
/ICCProfile ({icc}) def
[/_objdef {{icc_PDFA}} /type /stream /OBJ pdfmark
[{{icc_PDFA}} << /N 3 >> /PUT pdfmark
[{{icc_PDFA}} ICCProfile (r) file /PUT pdfmark
[/_objdef {{OutputIntent_PDFA}} /type /dict /OBJ pdfmark
[{{OutputIntent_PDFA}} << /Type /OutputIntent /S /GTS_PDFA1
  /DestOutputProfile {{icc_PDFA}} /OutputConditionIdentifier (sRGB IEC61966-2.1)
  /Info (sRGB IEC61966-2.1) >> /PUT pdfmark
[{{Catalog}} << /OutputIntents [ {{OutputIntent_PDFA}} ] >> /PUT pdfmark
"""


def to_pdfa(source: Path | str, target: Path | str, *, lang: str, title: str) -> Path:
    """Write ``source`` again as PDF/A-2b to ``target`` (Ghostscript, then pikepdf)."""
    gs, icc = ghostscript(), srgb_profile()
    if gs is None:
        raise PdfaError("PDF/A needs Ghostscript ('gs'), which is not installed here "
                        "(Debian: apt install ghostscript).")
    if icc is None:
        raise PdfaError("PDF/A needs Ghostscript's sRGB colour profile (srgb.icc), which was "
                        "not found.")
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-pdfa-") as tmp:
        definition = Path(tmp) / "pdfa_def.ps"
        definition.write_text(_DEF_PS.format(icc=str(icc).replace("\\", "/")), "ascii")
        raw = Path(tmp) / "gs.pdf"
        cmd = [gs, "-q", "-dBATCH", "-dNOPAUSE", "-dNOOUTERSAVE", "-dPDFA=2",
               "-dPDFACompatibilityPolicy=1", "-sDEVICE=pdfwrite",
               "-sColorConversionStrategy=RGB", "-sProcessColorModel=DeviceRGB",
               f"--permit-file-read={icc}", f"-sOutputFile={raw}", str(definition),
               str(source)]
        # Ghostscript 10.0's new PDF interpreter drops the fonts' ToUnicode maps (the text
        # could no longer be searched or copied); its classic one keeps them. Newer releases
        # without the classic interpreter get the plain command.
        for extra in (["-dNEWPDF=false"], []):
            raw.unlink(missing_ok=True)
            done = subprocess.run(cmd[:1] + extra + cmd[1:], capture_output=True, text=True,
                                  timeout=300, env={**os.environ, "LC_ALL": "C"})
            if done.returncode == 0 and raw.exists():
                break
        if done.returncode != 0 or not raw.exists():
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise PdfaError(f"Ghostscript could not write the PDF/A copy ({detail[0]}).")
        _finish(raw, target, lang=lang, title=title)
    return target


def _finish(raw: Path, target: Path, *, lang: str, title: str) -> None:
    """Language, title display and XMP (title, language) on Ghostscript's PDF/A output."""
    import pikepdf

    with pikepdf.open(raw) as pdf:
        pdf.Root.Lang = pikepdf.String(DOC_LANG.get(lang, lang))
        pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        pdf.docinfo["/Title"] = pikepdf.String(title)
        pdf.docinfo["/Creator"] = pikepdf.String(CREATOR)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = title
            meta["dc:language"] = [DOC_LANG.get(lang, lang)]
            meta["xmp:CreatorTool"] = CREATOR
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        with atomic_path(target) as part:  # whole or not at all, readable like any document
            pdf.save(part, fix_metadata_version=False)
