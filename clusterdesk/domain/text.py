"""Text rules for Russian and Kazakh: case folding for search and alphabetical sort keys.

SQLite's ``lower()`` and ``LIKE`` leave Cyrillic case alone, so the program stores a folded
copy of names. Kazakh І/і (U+0406/U+0456) look like Latin I/i but stay distinct letters here.
"""

from __future__ import annotations

# The Kazakh alphabet includes the whole Russian one; this is its dictionary order.
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_KEY = {ch: chr(0xE000 + i) for i, ch in enumerate(_ALPHABET)}


def fold(text: str) -> str:
    """Case-insensitive form of ``text`` for comparisons (works for Cyrillic and Kazakh)."""
    return text.casefold()


def sort_key(text: str) -> str:
    """A string whose code-point order is Kazakh/Russian alphabetical order of ``text``.

    Quotes and legal-form noise are not stripped: the key sorts what the user sees.
    """
    return "".join(_KEY.get(ch, ch) for ch in fold(text))
