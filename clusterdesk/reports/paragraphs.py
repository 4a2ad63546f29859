"""Paragraphs that cost less to lay out, and print exactly as ReportLab's own.

A report has some three hundred paragraphs, and most of their texts recur from one report to
the next (labels, questions, answers). ReportLab's ``Paragraph`` parses its markup with an
HTML parser every time, breaks it into lines again in every report, and is wrapped again at
the same width by every layer that measures it (``KeepTogether``, the table's row heights,
the frame, the table's cell drawing). ``Para`` does each once per process:

* a (text, style) is parsed once; each paragraph gets its own copy of the fragments;
* a new paragraph's first wrap at a width takes the line breaks of an earlier paragraph of
  the same text, style and bullet at that width (line breaking depends on nothing else);
* a wrap at the very width of the paragraph's last wrap returns the same size again.

The PDF is the same byte for byte; ``tests/test_report_paragraphs.py`` compares the two.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import Paragraph, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

_LIMIT = 20000  # entries kept in each cache; a batch repeats far fewer
_PARSED: dict[tuple[str, int], tuple[str, Any, list[Any], Any]] = {}
_BROKEN: dict[tuple[Any, ...], dict[str, Any]] = {}
_KEEP: dict[int, Any] = {}  # the styles the caches are keyed by, kept alive so ids stay theirs
# What Paragraph.wrap (with breakLines) leaves on the paragraph; "frags" only when it
# replaced them with its word list (several fragments).
_WRAPPED = ("width", "height", "_wrapWidths", "_width_max", "_splitLongWordCount",
            "_hyphenations")


def _remember(cache: dict, key: Any, value: Any, style: Any) -> None:
    if len(cache) >= _LIMIT:
        _PARSED.clear()
        _BROKEN.clear()
        _KEEP.clear()
    _KEEP[id(style)] = style
    cache[key] = value


def _parsed(text: str, style: Any, cleaner: Any) -> tuple[str, Any, list[Any], Any]:
    """(cleaned text, style, fragments, bullet fragments) of ``text``: parsed once, copied
    each time."""
    key = (text, id(style))
    found = _PARSED.get(key)
    if found is None:
        clean = cleaner(text)
        parser = ParaParser()
        parser.caseSensitive = 1
        parsed_style, frags, bullet = parser.parse(clean, style)
        if frags is None:
            raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph beginning\n"
                             f"{clean[:30]!r}")
        textTransformFrags(frags, parsed_style)
        found = (clean, parsed_style, frags, bullet)
        _remember(_PARSED, key, found, style)
    clean, parsed_style, frags, bullet = found
    return clean, parsed_style, [f.clone() for f in frags], ([f.clone() for f in bullet]
                                                             if bullet else bullet)


def _lines(bl_para: Any) -> Any:
    """A copy of a broken-lines record that shares no list or line with it."""
    copy = bl_para.clone()
    copy.lines = ([line.clone() for line in bl_para.lines] if bl_para.kind == 1
                  else list(bl_para.lines))  # kind 0: (free width, words) tuples
    return copy


class Para(Paragraph):
    """A ``Paragraph`` parsed once per text and style, broken into lines once per width."""

    _last_wrap: tuple[float, tuple[float, float]] | None = None
    _key: tuple[Any, ...] | None = None  # (text, style, bullet) while never wrapped

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any,  # noqa: N803
               cleaner: Any) -> None:
        if frags is not None or not isinstance(text, str):  # a split part: ReportLab's way
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        text, style, frags, bullet = _parsed(text, style, cleaner)
        self.text = text
        self.frags = frags
        self.style = style
        self.bulletText = bullet or bulletText
        self.debug = 0
        if isinstance(self.bulletText, str | None):
            self._key = (text, id(style), self.bulletText)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        last = self._last_wrap
        if last is not None and last[0] == availWidth and getattr(self, "blPara", None) \
                is not None:
            self.width = availWidth
            return last[1]
        key, self._key = self._key, None
        if key is not None and not hasattr(self, "autoLeading"):
            key = (*key, availWidth)
            state = _BROKEN.get(key)
            if state is not None:
                self.__dict__.update(state)
                self._wrapWidths = list(state["_wrapWidths"])
                self.blPara = _lines(state["blPara"])
                if "frags" in state:
                    self.frags = list(state["frags"])
                size = (self.width, self.height)
                self._last_wrap = (availWidth, size)
                return size
        size = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size)
        if key is not None and availWidth == size[0]:
            state = {name: getattr(self, name) for name in _WRAPPED if hasattr(self, name)}
            state["_wrapWidths"] = list(self._wrapWidths)
            state["blPara"] = _lines(self.blPara)
            if self.blPara.kind == 1:
                state["frags"] = list(self.frags)
            _remember(_BROKEN, key, state, self.style)
        return size


__all__ = ["Para"]
