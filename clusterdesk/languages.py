"""The languages ClusterDesk speaks, declared once: every list of languages is this one.

Codes in the order they are offered (the first is the default), each language's own name
for itself, the tag written into documents (``/Lang`` of a PDF), and the languages the window
translates into from its English source texts.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")
DEFAULT = "ru"
SOURCE = "en"  # the language of the code's own texts (tr() sources, error templates)
TRANSLATED: tuple[str, ...] = tuple(code for code in LANGUAGES if code != SOURCE)
NAMES: dict[str, str] = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
DOCUMENT_TAGS: dict[str, str] = {"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}
DECIMAL_COMMA: tuple[str, ...] = ("ru", "kk")  # 1 250,5 and ";" between spreadsheet cells


def known(lang: str | None) -> bool:
    """Whether ``lang`` is one of ours."""
    return lang in LANGUAGES


def or_default(lang: str | None, default: str = DEFAULT) -> str:
    """``lang`` when it is ours, else ``default``."""
    return lang if lang in LANGUAGES else default  # type: ignore[return-value]
