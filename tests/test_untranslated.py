"""No English inside the Russian or Kazakh window: every page and dialog is walked offscreen
(main window pages, every editor, the wizard, the application editor and its dialogs,
settings, about, sync, ranking, error, progress and file dialogs) and every text a user can
read is collected: widget texts, tool tips, headers and cells, combo items, tab titles,
window titles, placeholders, menus. A Latin word of three letters or more that is not a name
on the allow-list fails the test, with the place it was found."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from sqlalchemy import select

from clusterdesk.errors import DatabaseError, Reason, ValidationError

# Names that stay Latin in every language (the program, file formats, libraries, licences).
ALLOWED = {
    "ClusterDesk", "PDF", "CSV", "XLSX", "SQLite", "DejaVu", "Qt", "PySide", "PySide6",
    "Python", "ReportLab", "SQLAlchemy", "Alembic", "Excel", "TOML", "JSON", "UUID", "LGPL",
    "GPL", "MIT", "BSD", "Apache", "PSF", "Bitstream", "Vera", "Sans", "OpenSSL", "pypdf",
    "platformdirs", "openpyxl", "XlsxWriter", "hypothesis", "pytest", "Unicode", "USB",
    "cdsync", "init", "clusterdesk", "xlsx", "csv", "pdf", "toml", "json", "txt", "UTF",
    "Pillow", "CMU", "Arev", "English", "e-mail", "PostgreSQL", "PNG", "SVG",
    "PGPASSWORD", "pgpass", "pg_dump",  # the server's own names for its password file/variable
    # key names, written as on the keyboard
    "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Del", "Delete", "Home", "End", "PgUp",
    "PgDown", "Space", "Backspace", "Ins", "Return",
}
NAMES = ["Qt for Python", "rl_accel", "MIT-CMU"]  # product names of more than one word
SKIP = [
    re.compile(r"<[^>]+>"),                                   # markup
    re.compile(r"&(?:nbsp|amp|lt|gt|quot|laquo|raquo|mdash|ndash|#\d+);"),  # entities
    re.compile(r"\S+@\S+"),                                   # e-mail addresses
    re.compile(r"\b(?:https?|file)://\S+"),                   # links
    re.compile(r"\S*[/\\]\S*"),                               # paths
    re.compile(r"\*\.\w+"),                                   # file masks
    re.compile(r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b"),             # record ids
    re.compile(r"[\w.-]+\.(?:db|csv|xlsx|pdf|cdsync|toml|json|txt|qm)\b"),  # file names
    re.compile(r"\b[0-9A-F]{4}(?: [0-9A-F]{4}){4}\b"),          # device key fingerprints
]
LATIN_WORD = re.compile(r"(?<![\w])[A-Za-z][A-Za-z'’-]{2,}")


def english_words(text: str, data_words: frozenset[str] = frozenset()) -> list[str]:
    """Latin words of 3+ letters in ``text`` that are neither names nor the user's data."""
    for pattern in SKIP:
        text = pattern.sub(" ", text)
    for name in NAMES:
        text = text.replace(name, " ")
    text = text.replace("&", "")
    return [w for w in LATIN_WORD.findall(text)
            if w.strip("'’-") not in ALLOWED and w.strip("'’-") not in data_words]


def data_words(path) -> frozenset[str]:  # noqa: ANN001
    """Latin words in the names people typed (a foreign expert's name is no leak)."""
    import sqlite3

    found: set[str] = set()
    con = sqlite3.connect(path)
    try:
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                if column in ("name", "who_name", "evaluator", "attendees", "title",
                              "participants", "team", "legal_form") or \
                        (table, column) == ("consultants", "organization"):
                    for (value,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"'):
                        if isinstance(value, str):
                            found.update(LATIN_WORD.findall(value))
    finally:
        con.close()
    return frozenset(found)


class Walk:
    """Collects the readable texts of widgets, remembering where each came from."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}  # text -> where
        self.places: list[str] = []
        self.data_words: frozenset[str] = frozenset()

    def add(self, where: str, text: object) -> None:
        if isinstance(text, str) and text.strip() and english_words(text, self.data_words):
            self.found.setdefault(text, where)

    def leaks(self) -> list[str]:
        return [f"{where}: {text!r}" for text, where in sorted(self.found.items(),
                                                                 key=lambda kv: kv[1])]

    def widget(self, where: str, root: QWidget) -> None:
        """Everything readable in ``root`` as it is shown (each tab of a tab widget too)."""
        self.places.append(where)
        QApplication.processEvents()
        self._collect(where, root)
        for tabs in root.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                self.add(f"{where} tab", tabs.tabText(i))
                self.add(f"{where} tab tooltip", tabs.tabToolTip(i))
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                self._collect(f"{where} / {tabs.tabText(i)}", tabs.widget(i))
            tabs.setCurrentIndex(current)

    def _collect(self, where: str, root: QWidget) -> None:
        self.add(f"{where} title", root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            name = f"{where} {type(w).__name__} {w.objectName()}".rstrip()
            self.add(f"{name} tooltip", w.toolTip())
            self.add(f"{name} what's this", w.whatsThis())
            if isinstance(w, QLabel | QAbstractButton):
                self.add(name, w.text())
            if isinstance(w, QGroupBox):
                self.add(name, w.title())
            if isinstance(w, QLineEdit):
                self.add(f"{name} placeholder", w.placeholderText())
            if isinstance(w, QTextEdit | QPlainTextEdit):
                self.add(f"{name} placeholder", w.placeholderText())
                if w.isReadOnly():
                    self.add(name, w.toPlainText())
            if isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.add(f"{name} item", w.itemText(i))
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                in_file_dialog = any(isinstance(a, QFileDialog) for a in _ancestors(w))
                self._model(name, w.model(), names=not in_file_dialog)
            if isinstance(w, QMessageBox):
                self.add(name, w.text())
                self.add(name, w.informativeText())
        for action in root.findChildren(QAction):
            self.add(f"{where} action", action.text())
            self.add(f"{where} action tooltip", action.toolTip() if action.toolTip() !=
                     action.text().replace("&", "") else "")

    def _model(self, where: str, model, parent: QModelIndex | None = None,  # noqa: ANN001
               depth: int = 0, names: bool = True) -> None:
        """Headers and cells; ``names=False`` leaves out the first column (file names)."""
        parent = QModelIndex() if parent is None else parent
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model
            columns = 1
        if depth == 0:
            for c in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    self.add(f"{where} header", model.headerData(c, Qt.Orientation.Horizontal,
                                                                 role))
        for r in range(min(model.rowCount(parent), 40)):
            for c in range(0 if names else 1, columns):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    self.add(f"{where} cell {r},{c}", model.data(index, role))
            try:
                children = depth < 2 and model.hasChildren(model.index(r, 0, parent))
            except TypeError:  # a flat model
                children = False
            if children:
                self._model(where, model, model.index(r, 0, parent), depth + 1, names)


def _ancestors(w: QWidget) -> Iterator[QWidget]:
    while (w := w.parentWidget()) is not None:
        yield w


def _drain(qapp) -> None:  # noqa: ANN001
    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(10_000)
        qapp.processEvents()


@pytest.fixture
def walk(monkeypatch) -> Walk:
    """Every modal dialog, message box and file dialog is shown, read and cancelled."""
    found = Walk()

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        found.widget(type(dialog).__name__, dialog)
        dialog.reject()
        return 0

    def box(kind: QMessageBox.Icon):  # noqa: ANN202
        def show(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
            message = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
            exec_(message)
            return QMessageBox.StandardButton.No
        return show

    def file_dialog(*results):  # noqa: ANN001, ANN202
        def show(parent=None, caption="", folder="", filters="", *args, **kwargs):  # noqa: ANN001, ANN202
            dialog = QFileDialog(parent, caption, str(folder), filters or "")
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            exec_(dialog)
            return results[0] if len(results) == 1 else results
        return show

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "exec", exec_)
    monkeypatch.setattr(QWizard, "exec", exec_)
    for name, kind in (("warning", QMessageBox.Icon.Warning), ("critical",
                       QMessageBox.Icon.Critical), ("information", QMessageBox.Icon.Information),
                       ("question", QMessageBox.Icon.Question)):
        monkeypatch.setattr(QMessageBox, name, box(kind))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", file_dialog([], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", file_dialog(""))
    return found


def _first(db, model) -> str:  # noqa: ANN001
    with db.session() as s:
        return s.scalars(select(model.uuid).where(model.deleted.is_(False)).limit(1)).one()


def _walk_pages(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    from clusterdesk.gui.main_window import PAGES

    for key, _label, _filters in PAGES:
        page = window.show_page(key)
        _drain(qapp)
        walk.widget(f"page {key}", window)
        ranking = getattr(page, "ranking", None)
        if ranking is not None:  # the applications' ranking of a round
            walk.widget("ranking", ranking)
        rounds = getattr(page, "rounds_view", None)
        if rounds is not None:  # the selection rounds
            _drain(qapp)
            walk.widget("rounds", rounds)


def _walk_editors(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    from clusterdesk.store.models import Application, Consultation, Initiative, Organization, Trip

    for kind, model in (("organizations", Organization), ("consultations", Consultation),
                        ("trips", Trip), ("initiatives", Initiative),
                        ("applications", Application)):
        window.open_record(kind, _first(window.db, model))
        _drain(qapp)
    for kind in ("organizations", "consultations", "trips", "initiatives"):
        window.open_record(kind, None)


def _walk_wizard(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    from clusterdesk.gui.diagnostic_wizard import DiagnosticWizard
    from clusterdesk.gui.diagnostics_page import open_wizard
    from clusterdesk.store.diagnostic_models import Diagnostic

    for uuid in (_first(window.db, Diagnostic), None):
        wizard = open_wizard(window.db, uuid, window)
        assert isinstance(wizard, DiagnosticWizard)
        for _ in range(40):
            _drain(qapp)
            walk.widget(f"wizard page {wizard.currentId()}", wizard)
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:
                break
        wizard.close()
        _drain(qapp)


def _walk_application_dialogs(window, walk: Walk) -> None:  # noqa: ANN001
    from clusterdesk.gui.application_dialogs import NewApplicationDialog, RejectDialog, ScoresDialog
    from clusterdesk.gui.application_editor import ApplicationEditor
    from clusterdesk.store.models import Application

    editor = ApplicationEditor(window.db, _first(window.db, Application), window)
    NewApplicationDialog(window.db, window).exec()
    RejectDialog(["—"], editor).exec()
    ScoresDialog(window.db, editor.template, {}, editor).exec()
    from clusterdesk.gui.rounds_page import RoundDialog

    RoundDialog(window.db, None, window).exec()
    editor.deleteLater()


def _walk_consultant_day(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    """Issue 14's dialogs: the organization created from the consultation form."""
    from clusterdesk.gui.quick_organization import QuickOrganizationDialog

    QuickOrganizationDialog(window.db, "", lambda _uuid: None, window).exec()
    from clusterdesk.gui.first_run import FirstRunDialog
    from clusterdesk.gui.help import HelpDialog
    from clusterdesk.gui.window_keys import ShortcutsDialog

    FirstRunDialog(window.db, window).exec()
    _walk_first_start_programme(window, walk, qapp)
    ShortcutsDialog(window).exec()
    HelpDialog(window).exec()
    window.open_record("people", None)  # the person editor
    window.ui.menuFile.popup(window.mapToGlobal(window.rect().center()))  # recent, backups
    _drain(qapp)
    walk.widget("File menu", window.ui.menuFile)
    window.ui.menuFile.hide()
    _drain(qapp)
    from clusterdesk.gui.diagnostic_flow import PrintOffer

    diagnostics = window.show_page("diagnostics")
    PrintOffer(diagnostics).offer("")  # after Finish: print its report?
    _drain(qapp)
    walk.widget("print offer", diagnostics)


def _walk_first_start_programme(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    """First start from head office's programme file (with its people), a refused file, the
    retention of backups in Settings, and a draft's "discard?" question."""
    import tempfile
    from pathlib import Path

    from clusterdesk.gui.first_run import FirstRunDialog
    from clusterdesk.gui.quick_organization import QuickOrganizationDialog
    from clusterdesk.store.database import open_database
    from clusterdesk.store.models import Consultant
    from clusterdesk.sync import programme_file, trust

    folder = Path(tempfile.mkdtemp())
    ho = open_database(folder / "ho.db")
    trust.create(ho, "Кластеры 2017")
    with ho.session() as s:
        s.add(Consultant(name="Айгерім Сәтбаева", region_code="75"))
    programme_file.write(ho, folder / "programme.json")
    ho.close()
    (folder / "letter.txt").write_text("—", encoding="utf-8")
    dialog = FirstRunDialog(window.db, window)
    dialog.show()
    dialog.load_programme(str(folder / "letter.txt"))  # one sentence, walked as a message
    dialog.choose_programme()  # the file dialog
    dialog.load_programme(str(folder / "programme.json"))
    _drain(qapp)
    walk.widget("FirstRunDialog with a programme file", dialog)
    dialog.close()
    quick = QuickOrganizationDialog(window.db, "", lambda _uuid: None, window)
    quick.show()
    _drain(qapp)
    quick.bin.setText("123")
    quick.reject()  # a draft: "discard what was typed?" (answered No: it stays)
    quick.draft.drop()
    quick.hide()
    quick.deleteLater()
    _drain(qapp)


def _progress_dialog(window, op) -> None:  # noqa: ANN001
    try:
        from clusterdesk.gui import gateway
    except ImportError:  # before the gateway: the older helper
        from clusterdesk.gui import tasks

        tasks.run_with_progress(window, "—", op, lambda _r: None, lambda _e: None)
    else:
        gateway.job(window, "—", op, writes=False)


def _walk_messages(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    from clusterdesk.gui.errors import show_error

    show_error(window, DatabaseError("db.newer", path="/tmp/x.db", found="0009", known=5))
    show_error(window, ValidationError("BIN", Reason("bin.check_digit", digit=3, expected=5)))
    window.open_settings()
    window.open_about()
    window.show_page("organizations")
    window.export_list(".csv")  # the file dialog (Qt's own widgets offscreen)
    from clusterdesk.gui.list_export import ask_all_fields

    ask_all_fields(window)  # every field, or the columns shown?
    from clusterdesk.gui.history_view import HistoryDialog
    from clusterdesk.store.models import Organization

    history = HistoryDialog(window.db, "organizations", _first(window.db, Organization), "",
                            window)
    history.show()
    _drain(qapp)
    walk.widget("HistoryDialog", history)
    history.close()
    history.deleteLater()
    _drain(qapp)
    _walk_edit_conflict(window, walk, qapp)
    _walk_registry_import(window, walk, qapp)
    release = threading.Event()
    # an earlier test's dialog may still be a top-level widget (in English): not this one
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)}
    _progress_dialog(window, lambda _progress: release.wait(10))
    for _ in range(50):
        qapp.processEvents()
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and id(w) not in before]
        if shown:
            shown[0].show()  # without waiting for its minimum duration
            walk.widget("progress dialog", shown[0])
            break
        release.wait(0.02)
    release.set()
    _drain(qapp)


def _walk_edit_conflict(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    """Two analysts saved one organization: theirs beside mine, a choice per field."""
    import datetime as dt

    from clusterdesk.domain.edit_merge import reconcile
    from clusterdesk.gui import gateway
    from clusterdesk.gui.edit_conflict_dialog import EditConflictDialog
    from clusterdesk.services.concurrent_edit import Author, EditConflict, groups_of, version_of
    from clusterdesk.store.models import Organization

    uuid = _first(window.db, Organization)
    loaded = gateway.read_now(window.db, lambda s: version_of(s.get(Organization, uuid)))
    theirs = {**loaded.values, "phone": "+7 701 000 00 01", "employees": 40}
    mine = {"phone": "+7 702 000 00 02", "email": "new@agro.kz", "employees":
            loaded.values["employees"], "kind": loaded.values["kind"]}
    outcome = reconcile(groups_of(Organization), loaded.values, theirs, mine)
    conflict = EditConflict(outcome, loaded, Author("Айгуль", "Ноутбук-1", dt.datetime.now(dt.UTC)))
    dialog = EditConflictDialog(conflict, "organizations", window)
    dialog.show()
    _drain(qapp)
    walk.widget("EditConflictDialog", dialog)
    dialog.close()
    dialog.deleteLater()
    _drain(qapp)


def _walk_registry_import(window, walk: Walk, qapp) -> None:  # noqa: ANN001
    """File ▸ Import a registry: its file dialog, then the preview of a list with problems."""
    import tempfile
    from pathlib import Path

    from clusterdesk.gui.registry_dialog import RegistryImportDialog, open_registry_import

    open_registry_import(window, window.db)
    path = Path(tempfile.mkdtemp()) / "akimat.csv"
    path.write_text("Наименование;БИН;Регион\nТОО «Тест-Алма»;123;Марс\n;;\nТОО Жаңа;;\n",
                    encoding="utf-8-sig")
    dialog = RegistryImportDialog(window.db, path, window)
    dialog.show()
    for _ in range(20):
        _drain(qapp)
        if dialog.preview.rowCount():
            break
    walk.widget("RegistryImportDialog", dialog)
    dialog.close()
    _drain(qapp)


def _walk_trust(window, walk: Walk, qapp, folder) -> None:  # noqa: ANN001
    """Devices and keys on head office's computer (devices, enrolment, revocation, key
    rotation) and the dialogs of trust set up by phone; the Sync page's offer to enrol."""
    from pathlib import Path

    from clusterdesk.gui.trust_dialogs import EnrolDialog, JoinDialog, ProgrammeNameDialog
    from clusterdesk.gui.trust_page import TrustPage
    from clusterdesk.store.database import open_database
    from clusterdesk.sync import enrolment, trust

    ho, member = open_database(folder / "ho.db"), open_database(folder / "member.db")
    walk.data_words = walk.data_words | frozenset(LATIN_WORD.findall(
        f"{ho.device_name} {member.device_name}"))  # the computers' names are data
    enrolment.create_programme(ho, "Кластеры 2017")
    card = trust.device_card(member)
    trust.enrol(ho, card, "analyst", card["fingerprint"])
    page = TrustPage(ho, window)
    page.resize(1000, 700)
    page.show()
    for _ in range(20):
        _drain(qapp)
        if page.standing is not None and page.devices_model.rowCount() == 2:
            break
    page.devices_view.selectRow(1)
    walk.widget("trust page head office", page)
    page.revoke()  # the question, answered No
    page.rotate()
    page.enrol()  # the file dialog
    page.export_programme()
    ProgrammeNameDialog(window).exec()
    path = folder / "programme.cdprogramme"
    enrolment.write_programme_file(ho, path)
    JoinDialog(enrolment.read_programme_file(path), window).exec()
    EnrolDialog(card, card["fingerprint"], list(trust.load(ho).devices.values()), window).exec()
    window.page("sync").offer_enrolment(Path("laptop.cdsync"), "—")
    page.close()
    page.deleteLater()
    _drain(qapp)
    ho.close()
    member.close()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_english_word_in_the_window(lang, make_window, demo_db, walk, qapp, monkeypatch,
                                       tmp_path):
    from clusterdesk.gui import i18n

    i18n.install(lang)
    assert i18n.installed_files() >= 2, "ours and Qt's own translation"
    walk.data_words = data_words(demo_db.path)
    window = make_window(demo_db)
    _walk_pages(window, walk, qapp)
    _walk_editors(window, walk, qapp)
    _walk_wizard(window, walk, qapp)
    _walk_application_dialogs(window, walk)
    _walk_consultant_day(window, walk, qapp)
    _walk_messages(window, walk, qapp)
    _walk_trust(window, walk, qapp, tmp_path)
    places = " | ".join(walk.places)
    for expected in ("page dashboard", "page sync", "ranking", "OrganizationEditor",
                     "ConsultationEditor", "TripEditor", "InitiativeEditor",
                     "ApplicationEditor", "wizard page", "NewApplicationDialog", "RejectDialog",
                     "ScoresDialog", "SettingsDialog", "AboutDialog", "QFileDialog",
                     "progress dialog", "rounds", "RoundDialog", "HistoryDialog",
                     "QuickOrganizationDialog", "FirstRunDialog", "ShortcutsDialog",
                     "HelpDialog", "PersonEditor", "page next_steps", "page people",
                     "print offer", "RegistryImportDialog", "page trust", "EditConflictDialog",
                     "trust page head office", "ProgrammeNameDialog", "JoinDialog",
                     "EnrolDialog"):
        assert expected in places, f"{expected} was not walked"
    assert walk.leaks() == [], f"{len(walk.leaks())} English texts in {lang}:\n" + \
        "\n".join(walk.leaks()[:80])


def test_the_check_flags_english_and_passes_names():
    assert english_words("Сохранить") == []
    assert english_words("Экспорт в CSV или XLSX, ClusterDesk 1.0") == []
    assert english_words("файл /home/user/demo.db, почта name@domain.kz") == []
    assert english_words("Look in:") == ["Look"]
    assert english_words("да или no way") == ["way"]
