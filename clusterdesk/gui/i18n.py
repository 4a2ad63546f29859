"""Qt translations: ClusterDesk's own (.qm built from resources/translations/*.ts) and Qt's.

Qt's standard dialogs (file, message, progress, print dialogs; the buttons of every dialog box)
take their words from ``qtbase_<lang>.qm`` in PySide6's translations folder (found through
QLibraryInfo; the installer ships it). Where that file lacks a Qt 6 string (the Russian one has
no "&Look in:" or "Files of &type:"), ``qt_extra_<lang>.qm`` from resources/ supplies it; it is
installed last, so it wins. File dialogs are the platform's native ones where there is one
(Windows, macOS, a desktop with a portal): they speak the system's language. Offscreen and on
bare X11 Qt draws its own, in the language chosen here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clusterdesk import languages
from clusterdesk.gui import labels
from clusterdesk.resources_path import resource

LANGUAGES = languages.NAMES  # each language named in itself, in the order offered
_installed: list[QTranslator] = []


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(app: QCoreApplication, path: Path) -> bool:
    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install(lang: str) -> None:
    """Switch the application's language; widgets retranslate on the LanguageChange event."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    labels.set_language(lang if lang in LANGUAGES else "ru")
    if lang == "en" or lang not in LANGUAGES:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Kazakhstan))
        _load(app, resource("translations", "clusterdesk_en.qm"))  # plural forms (plurals.py)
        return
    QLocale.setDefault(QLocale(lang + "_KZ"))
    # the last installed is asked first: ours, then the fixes to Qt's, then Qt's own
    _load(app, qt_translations_dir() / f"qtbase_{lang}.qm")
    _load(app, resource("translations", f"qt_extra_{lang}.qm"))
    _load(app, resource("translations", f"clusterdesk_{lang}.qm"))


def installed_files() -> int:
    """How many translation files are active (0 in English)."""
    return len(_installed)


_NO_CONTEXT = "ClusterDesk: no such context"


class MixinTr:
    """``tr`` for a mixin of a Qt class (its messages' context is the mixin's own name).

    PySide looks a message up in the context of each class of the instance's MRO and keeps
    the first answer that differs from the source; for a ``%n`` message the untranslated
    answer already differs (its count is filled in), so the first class won and a mixin's
    plural messages stayed English. Here each context is asked in turn and compared with what
    a context that does not exist answers."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        missing = QCoreApplication.translate(_NO_CONTEXT, text, disambiguation, n)
        for cls in type(self).__mro__:
            found = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
            if found != missing:
                return found
        return missing
