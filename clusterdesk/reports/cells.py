"""Narrow table columns that break lines only between words, or with a visible hyphen.

ReportLab cuts a word wider than its column anywhere, without a hyphen ("Орындал|ды").
``fit_widths`` first widens such a column up to its longest word, taking the room from
columns that have more than their own longest word needs (the table keeps its width).
A word still wider than its column gets soft hyphens (U+00AD) between its syllables
(``soft_hyphens``, rules for Russian and Kazakh, plain Latin too): ReportLab then breaks it
at one of them and prints a hyphen there; where it does not break, nothing shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SHY = "\u00ad"
_VOWELS = frozenset("аәеёиоөуұүыіэюяaeiouy")
_SIGNS = frozenset("ьъй")  # a syllable never starts with these
_WORD = re.compile(r"\S+")


def _letter(c: str) -> bool:
    return c.isalpha()


def syllable_breaks(word: str) -> list[int]:
    """Indexes ``i`` where ``word`` may be hyphenated as ``word[:i]`` + "-" + ``word[i:]``:
    between letters, each part with a vowel and at least two letters."""
    low = word.lower()
    vowels = [i for i, c in enumerate(low) if c in _VOWELS]
    out: list[int] = []
    for a, b in zip(vowels, vowels[1:], strict=False):
        cluster = b - a - 1  # consonants between two vowels
        i = b - cluster + (1 if cluster >= 2 else 0)  # V-CV, VC-CV, VC-CCV
        while i < b and low[i] in _SIGNS:  # "вой-на", "силь-ный"
            i += 1
        head, tail = word[:i], word[i:]
        if not (_letter(word[i - 1]) and _letter(word[i])):
            continue
        if sum(map(_letter, head)) >= 2 and sum(map(_letter, tail)) >= 2:
            out.append(i)
    return out


def soft_hyphens(word: str) -> str:
    """``word`` with a soft hyphen at every syllable break."""
    cuts = syllable_breaks(word)
    parts = [word[i:j] for i, j in zip([0, *cuts], [*cuts, len(word)], strict=True)]
    return SHY.join(parts)


def hyphenate_wide(text: str, room: float, font: str, size: float) -> str:
    """``text`` with soft hyphens in the words wider than ``room`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return _WORD.sub(lambda m: soft_hyphens(m.group(0))
                     if stringWidth(m.group(0), font, size) > room else m.group(0), text)


def min_width(cell: object) -> float:
    """The width of the longest word of a paragraph cell (0 for anything else)."""
    measure = getattr(cell, "minWidth", None)
    return float(measure()) if measure is not None and hasattr(cell, "frags") else 0.0


def fit_widths(widths: Sequence[float], mins: Sequence[float]) -> list[float]:
    """``widths`` where each column is at least its ``mins`` if the table has the room: what
    is missing is taken from the columns with the most room to spare beyond their minimum
    (down to an even spare room; the others keep their width). The sum stays the same."""
    need = [max(0.0, m - w) for w, m in zip(widths, mins, strict=True)]
    spare = [max(0.0, w - m) for w, m in zip(widths, mins, strict=True)]
    missing, free = sum(need), sum(spare)
    if missing <= 0 or free <= 0:
        return list(widths)
    moved = min(missing, free)
    level = _level(spare, moved)
    give = [max(0.0, s - level) for s in spare]
    return [w + n * moved / missing - g
            for w, n, g in zip(widths, need, give, strict=True)]


def _level(spare: Sequence[float], amount: float) -> float:
    """The spare room ``L`` such that cutting every spare room above it down to ``L`` frees
    ``amount`` (at most the sum of the spare rooms)."""
    rooms = sorted(spare, reverse=True)
    for k in range(1, len(rooms) + 1):
        lower = rooms[k] if k < len(rooms) else 0.0
        if sum(rooms[:k]) - k * lower >= amount:
            return (sum(rooms[:k]) - amount) / k
    return 0.0


__all__ = ["SHY", "fit_widths", "hyphenate_wide", "min_width", "soft_hyphens",
           "syllable_breaks"]
