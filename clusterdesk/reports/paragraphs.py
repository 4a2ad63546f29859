"""Paragraphs that cost less to lay out, and print exactly as ReportLab's own.

A report has some three hundred paragraphs, and most of their texts recur from one report to
the next (labels, questions, answers). ReportLab's ``Paragraph`` parses its markup with an
HTML parser every time, and is wrapped again at the same width by every layer that measures
it (``KeepTogether``, the table's row heights, the frame, the table's cell drawing).
``Para`` parses a (text, style) once per process and hands each paragraph its own copy of
the parsed fragments, and skips a wrap at the very width it was last wrapped at (the result
is the same: the line breaks depend only on the width). The PDF is the same byte for byte;
``tests/test_report_paragraphs.py`` compares the two.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import Paragraph, cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_PARSED: dict[tuple[str, int], tuple[Any, list[Any], Any]] = {}
_LIMIT = 20000  # distinct (text, style) pairs kept; a batch repeats far fewer
_KEEP: dict[int, Any] = {}  # the styles the cache is keyed by, kept alive so ids stay theirs


def _parsed(text: str, style: Any) -> tuple[Any, list[Any], Any]:
    """(style, fragments, bullet fragments) of ``text``: parsed once, copied each time."""
    key = (text, id(style))
    found = _PARSED.get(key)
    if found is None:
        parser = ParaParser()
        parser.caseSensitive = 1
        parsed_style, frags, bullet = parser.parse(text, style)
        if frags is None:
            raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n"
                             f"{text[:30]!r}")
        textTransformFrags(frags, parsed_style)
        if len(_PARSED) >= _LIMIT:
            _PARSED.clear()
            _KEEP.clear()
        _KEEP[id(style)] = style
        found = _PARSED[key] = (parsed_style, frags, bullet)
    parsed_style, frags, bullet = found
    return parsed_style, [f.clone() for f in frags], ([f.clone() for f in bullet]
                                                      if bullet else bullet)


class Para(Paragraph):
    """A ``Paragraph`` parsed once per text and style, wrapped once per width."""

    _last_wrap: tuple[float, tuple[float, float]] | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any,  # noqa: N803
               cleaner: Any) -> None:
        if frags is not None or not isinstance(text, str):  # a split part: ReportLab's way
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        text = cleaner(text)
        style, frags, bullet = _parsed(text, style)
        self.text = text
        self.frags = frags
        self.style = style
        self.bulletText = bullet or bulletText
        self.debug = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        last = self._last_wrap
        if last is not None and last[0] == availWidth and getattr(self, "blPara", None) is not None:
            self.width = availWidth
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size)
        return size


__all__ = ["Para", "cleanBlockQuotedText"]
