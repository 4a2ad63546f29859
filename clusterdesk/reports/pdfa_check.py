"""A PDF/A-2b check of what can be checked without veraPDF, and the archive checks every
ClusterDesk PDF must pass (language, embedded fonts, displayed title, XMP).

veraPDF, the reference validator, is not installable here (it is published neither on PyPI
nor in Debian); this module checks the PDF/A-2b (ISO 19005-2) clauses a printed ClusterDesk
document can break, with pikepdf (qpdf underneath):

- file structure: qpdf's own consistency check (cross-reference table, streams, objects), a
  header of PDF 1.4-1.7, a trailer ``/ID`` (6.1.3), no encryption (6.1.3);
- fonts: every font used on a page embedded, Type 0 fonts through their descendant (6.2.11.4);
- colour: an output intent ``GTS_PDFA1`` with an embedded ICC profile of 3 components (6.2.3);
- metadata: an XMP packet in the catalog declaring ``pdfaid:part`` 2 and conformance B, whose
  title matches the document information's (6.6.2, 6.6.3);
- forbidden content: no JavaScript, no Launch/sound/movie actions, no LZW streams, no external
  stream data, no embedded files (6.1.7, 6.5, 6.6.1, 6.8).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FORBIDDEN_ACTIONS = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/JavaScript",
                     "/Hide", "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView"}


@dataclass
class PdfReport:
    """What ``inspect`` found; ``problems`` empty means the document passes."""

    lang: str = ""
    title: str = ""
    display_title: bool = False
    has_xmp: bool = False
    fonts: dict[str, bool] = field(default_factory=dict)   # font name -> embedded
    pdfa: tuple[str, str] | None = None                    # (part, conformance)
    problems: list[str] = field(default_factory=list)


def _embedded(font) -> bool:  # noqa: ANN001 - a pikepdf Dictionary
    if font.get("/Subtype") == "/Type0":
        return all(_embedded(d) for d in font.get("/DescendantFonts", []))
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs are drawn by content streams inside the file
    desc = font.get("/FontDescriptor")
    return desc is not None and any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def _fonts(pdf) -> dict[str, bool]:  # noqa: ANN001 - a pikepdf Pdf
    out: dict[str, bool] = {}
    seen: set[tuple[int, int]] = set()

    def walk(resources) -> None:  # noqa: ANN001
        if resources is None:
            return
        for font in (resources.get("/Font") or {}).values():
            key = font.objgen
            if key in seen and key != (0, 0):
                continue
            seen.add(key)
            out[str(font.get("/BaseFont", "?"))] = _embedded(font)
        for xobj in (resources.get("/XObject") or {}).values():
            if xobj.get("/Subtype") == "/Form" and xobj.objgen not in seen:
                seen.add(xobj.objgen)
                walk(xobj.get("/Resources"))

    for page in pdf.pages:
        walk(page.obj.get("/Resources"))
    return out


def inspect(path: Path | str, *, pdfa: bool = False) -> PdfReport:
    """Check one PDF; with ``pdfa`` also the PDF/A-2b clauses listed above."""
    import pikepdf

    report = PdfReport()
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        report.lang = str(root.get("/Lang", ""))
        report.title = str(pdf.docinfo.get("/Title", ""))
        prefs = root.get("/ViewerPreferences") or {}
        report.display_title = bool(prefs.get("/DisplayDocTitle", False))
        report.has_xmp = "/Metadata" in root
        report.fonts = _fonts(pdf)
        p = report.problems
        if not report.lang:
            p.append("no document language (/Lang)")
        if not report.title:
            p.append("no title in the document information")
        if not report.display_title:
            p.append("viewers are not asked to show the title (DisplayDocTitle)")
        if not report.has_xmp:
            p.append("no XMP metadata")
        p += [f"font {name} is not embedded" for name, ok in report.fonts.items() if not ok]
        meta = pdf.open_metadata()
        if report.has_xmp:
            part, conf = meta.get("pdfaid:part"), meta.get("pdfaid:conformance")
            report.pdfa = (str(part), str(conf)) if part else None
        if pdfa:
            p += _pdfa_problems(pdf, meta, report)
    return report


def _pdfa_problems(pdf, meta, report: PdfReport) -> list[str]:  # noqa: ANN001
    import pikepdf

    p: list[str] = [f"qpdf: {x}" for x in pdf.check_pdf_syntax()]
    if not "1.4" <= pdf.pdf_version <= "1.7":
        p.append(f"PDF version {pdf.pdf_version} (PDF/A-2 is based on 1.4-1.7)")
    if "/ID" not in pdf.trailer:
        p.append("no file identifier (/ID) in the trailer")
    if pdf.is_encrypted:
        p.append("the file is encrypted")
    if report.pdfa != ("2", "B"):
        p.append(f"XMP declares PDF/A {report.pdfa or 'nothing'}, not part 2 conformance B")
    if report.has_xmp and str(meta.get("dc:title", "")) != report.title:
        p.append("the XMP title differs from the document information's")
    intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFA1"]
    if not intents:
        p.append("no PDF/A output intent (GTS_PDFA1)")
    elif (profile := intents[0].get("/DestOutputProfile")) is None or \
            int(profile.get("/N", 0)) != 3:
        p.append("the output intent has no embedded 3-component (RGB) ICC profile")
    names = pdf.Root.get("/Names") or {}
    if "/JavaScript" in names or "/EmbeddedFiles" in names:
        p.append("the document holds JavaScript or embedded files")
    if "/OpenAction" in pdf.Root and "/S" in pdf.Root.OpenAction and \
            str(pdf.Root.OpenAction.S) in FORBIDDEN_ACTIONS:
        p.append("the document opens with a forbidden action")
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            filters = obj.get("/Filter")
            names_ = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else \
                [str(filters)] if filters is not None else []
            if "/LZWDecode" in names_:
                p.append("an LZW-compressed stream")
            if "/F" in obj:
                p.append("a stream with its data in an external file")
        elif isinstance(obj, pikepdf.Dictionary) and obj.get("/S") in FORBIDDEN_ACTIONS and \
                obj.get("/Type", "/Action") == "/Action":
            p.append(f"a forbidden action {obj.get('/S')}")
    return p
