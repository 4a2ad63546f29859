"""The reports' TrueType fonts: ReportLab's own, with work that repeats kept per process.

The PDF is the same byte for byte (``tests/test_report_tables_frames.py`` compares):

* ``splitString`` turns each text drawn into the codes of the document's font subsets, a
  Python loop over its characters. Within one document a character's code never changes
  once given, so a text drawn again (column headings, answers, points) is looked up; the
  memo lives with ReportLab's per-document font state and goes with it.
* Each document embeds its subsets of the two fonts (some 40 KB each), made from the
  font file and compressed. Reports of one batch often use the very same subset (the bold
  font prints the same headings in every report), so a subset made and compressed once is
  reused, for the last ``SUBSETS_KEPT`` different subsets.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont

SUBSETS_KEPT = 16  # per font: a batch in one language repeats a few


class _KeptFlate(pdfdoc.PDFStreamFilterZCompress):
    """ReportLab's Flate filter, its output for the subsets kept looked up."""

    def __init__(self) -> None:
        self.kept: OrderedDict[bytes, bytes] = OrderedDict()

    def encode(self, text: Any) -> bytes:
        found = self.kept.get(text) if isinstance(text, bytes) else None
        if found is None:
            found = super().encode(text)
            if isinstance(text, bytes):
                self.kept[text] = found
                if len(self.kept) > SUBSETS_KEPT:
                    self.kept.popitem(last=False)
        return found


class ReportFont(TTFont):
    """A ``TTFont`` that splits a text once per document and makes a subset once."""

    def __init__(self, name: str, filename: str, **kwargs: Any) -> None:
        super().__init__(name, filename, **kwargs)
        self._subsets: OrderedDict[tuple[int, ...], bytes] = OrderedDict()
        self._flate = _KeptFlate()
        make = self.face.makeSubset

        def make_subset(subset: list[int]) -> bytes:
            key = tuple(subset)
            found = self._subsets.get(key)
            if found is None:
                found = self._subsets[key] = make(subset)
                if len(self._subsets) > SUBSETS_KEPT:
                    self._subsets.popitem(last=False)
            return found

        self.face.makeSubset = make_subset

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:  # noqa: N802
        memo = getattr(self.state.get(doc), "clusterdesk_split", None)
        if memo is not None:
            found = memo.get(text)
            if found is not None:
                return found
        found = tuple(super().splitString(text, doc, encoding))
        state = self.state[doc]  # made by the first text of the document
        memo = getattr(state, "clusterdesk_split", None)
        if memo is None:
            memo = state.clusterdesk_split = {}
        memo[text] = found
        return found

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - ReportLab's name
        before = set(doc.idToObject)
        super().addObjects(doc)
        prefix = f"fontFile:{self.face.filename}("
        for name in set(doc.idToObject) - before:
            stream = doc.idToObject[name]
            if name.startswith(prefix) and stream.filters == [pdfdoc.PDFZCompress]:
                stream.filters = [self._flate]  # same name and bytes, kept output


__all__ = ["ReportFont"]
