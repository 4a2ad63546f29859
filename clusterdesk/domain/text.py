"""Text rules for Russian and Kazakh: case folding for search and alphabetical sort keys.

SQLite's ``lower()`` and ``LIKE`` leave Cyrillic case alone, so the program stores a folded
copy of names. Kazakh І/і (U+0406/U+0456) look like Latin I/i but stay distinct letters here.
"""

from __future__ import annotations

import re

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


# ---- search folding -------------------------------------------------------------------------
# Many people type Kazakh names on a Russian keyboard (Қ as К), or in Latin letters. Search
# compares a "folded" form: Kazakh letters become their Russian look-alikes, ё becomes е, and
# unambiguous Latin (official 2021 Kazakh Latin and the usual informal spelling) becomes
# Cyrillic. The same ordered pairs are applied in SQL by nested replace() (see
# ``fold_sql``), so the database's search index and a typed query fold identically.
# Pairs are applied in order, after ASCII letters are lowered: digraphs first.

FOLD_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"),
    ("ya", "я"), ("yu", "ю"),
)
_LETTERS = {
    # Kazakh letters → Russian-keyboard look-alikes; ё → е; й → и (Latin "i" spells both)
    "әӘ": "а", "ғҒ": "г", "қҚ": "к", "ңҢ": "н", "өӨ": "о", "ұҰ": "у", "үҮ": "у",
    "һҺ": "х", "іІ": "и", "ёЁ": "е", "йЙ": "и",
    # Kazakh Latin (2021) letters
    "äÄ": "а", "ğĞ": "г", "ñÑ": "н", "öÖ": "о", "ūŪ": "у", "üÜ": "у", "şŞ": "ш",
    "çÇ": "ч", "ıI": "ы", "İ": "и",
    # plain Latin where one Cyrillic letter is meant ("c" is ц, к or с: left alone)
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к",
    "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "у", "x": "кс", "y": "ы",
    "z": "з",
}
FOLD_LETTERS: tuple[tuple[str, str], ...] = tuple(
    (ch, to) for group, to in _LETTERS.items() for ch in group)
# "ıI": the capital I is handled by ASCII lowering first (I → i → и); listed for clarity only.
FOLD_PAIRS: tuple[tuple[str, str], ...] = FOLD_DIGRAPHS + tuple(
    (a, b) for a, b in FOLD_LETTERS if a != "I")
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_LETTER_TABLE = str.maketrans({a: b for a, b in FOLD_LETTERS if a != "I"})


def search_fold(text: str) -> str:
    """The form a name is searched by: ``search_fold("Құрылыс") == search_fold("курылыс")``."""
    out = text.translate(_ASCII_LOWER)
    for a, b in FOLD_DIGRAPHS:
        out = out.replace(a, b)
    return out.translate(_LETTER_TABLE).casefold()


def fold_sql(column: str) -> str:
    """An SQL expression folding ``column`` like :func:`search_fold` (case aside: the FTS5
    tokenizer folds the case of what is left, Cyrillic included)."""
    expr = f"lower({column})"
    for a, b in FOLD_PAIRS:
        expr = f"replace({expr}, '{a}', '{b}')"
    return expr


def holds_words(folded_text: str | None, words: str) -> bool:
    """Whether ``folded_text`` (a stored folded search text; case is folded here) holds every
    word of ``words`` (folded already, space separated) as the search indexes match them:
    three letters or more anywhere (the trigram index), one or two at a word's start (the
    word index: letters and digits make words, everything else separates them)."""
    if folded_text is None:
        return False
    text = folded_text.casefold()
    for word in words.split():
        if len(word) >= 3:
            if word not in text:
                return False
        elif re.search(rf"(?<![^\W_]){re.escape(word)}", text) is None:
            return False
    return True
