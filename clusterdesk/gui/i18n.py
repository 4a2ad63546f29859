"""Qt translations: ClusterDesk's own (.qm built from resources/translations/*.ts) and Qt's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clusterdesk.gui import labels
from clusterdesk.resources_path import resource

LANGUAGES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
_installed: list[QTranslator] = []


def install(lang: str) -> None:
    """Switch the application's language; widgets retranslate on the LanguageChange event."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    labels.set_language(lang if lang in LANGUAGES else "ru")
    if lang == "en" or lang not in LANGUAGES:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Kazakhstan))
        return
    QLocale.setDefault(QLocale(lang + "_KZ"))
    own = QTranslator()
    if own.load(str(resource("translations", f"clusterdesk_{lang}.qm"))):
        app.installTranslator(own)
        _installed.append(own)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
