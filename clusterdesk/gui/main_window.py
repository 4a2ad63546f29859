"""The main window: navigation, record lists, the dashboard, standard actions and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from clusterdesk import APP_NAME
from clusterdesk.gui import device_role, gateway, settings
from clusterdesk.gui.dashboard import DashboardPage
from clusterdesk.gui.errors import show_error
from clusterdesk.gui.forms.ui_main_window import Ui_MainWindow
from clusterdesk.gui.hub import watch
from clusterdesk.gui.icons import app_icon
from clusterdesk.gui.list_page import ListPage
from clusterdesk.gui.undo import DeleteCommand
from clusterdesk.services import lists
from clusterdesk.store.database import Database

PAGES = [  # key, navigation label, filters of its list
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), []),
    ("trips", QT_TRANSLATE_NOOP("MainWindow", "Trips"), ["round", "region", "date_from",
                                                          "date_to"]),
    ("organizations", QT_TRANSLATE_NOOP("MainWindow", "Organizations"),
     ["region", "sector", "kind"]),
    ("consultations", QT_TRANSLATE_NOOP("MainWindow", "Consultations"),
     ["trip", "region", "interest", "consultant", "date_from", "date_to"]),
    ("next_steps", QT_TRANSLATE_NOOP("MainWindow", "Next steps"), []),
    ("initiatives", QT_TRANSLATE_NOOP("MainWindow", "Cluster initiatives"),
     ["region", "sector", "status"]),
    ("diagnostics", QT_TRANSLATE_NOOP("MainWindow", "Diagnostics"), ["region"]),
    ("applications", QT_TRANSLATE_NOOP("MainWindow", "Applications"),
     ["status", "region", "sector"]),
    ("monitoring", QT_TRANSLATE_NOOP("MainWindow", "Monitoring"), []),
    ("sync", QT_TRANSLATE_NOOP("MainWindow", "Sync"), []),
    ("trust", QT_TRANSLATE_NOOP("MainWindow", "Devices and keys"), []),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), []),
]


class MainWindow(QMainWindow):
    database_change_requested = Signal(object)  # a Path, or a PostgreSQL URL (str)

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 first_page: gateway.Early | None = None) -> None:  # (app.read_first_page)
        super().__init__(parent)
        self.db, self._first_page = db, first_page  # (taken once: gateway.Early)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        self.pages: dict[str, QWidget] = {}
        self._open_records: set[tuple[str, str]] = set()  # editors open now (kind, uuid)
        for _key, _label, _filters in PAGES:  # pages are built when first shown
            self.ui.pages.addWidget(QWidget(self))
            self.ui.navigation.addItem("")
        self.ui.navigation.currentRowChanged.connect(self._show_page)
        self.ui.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._setup_actions()
        self._setup_status_bar()
        from clusterdesk.gui import consultant_day  # page keys, backups, help, undo by focus

        self.consultant_day = consultant_day.install(self, [p[0] for p in PAGES])
        watch(self, db, None, self._on_change)  # the status bar counts every change
        self.setAcceptDrops(True)
        self.retranslate()
        settings.restore_geometry("MainWindow", self)
        self.ui.navigation.setCurrentRow(0)

    # ---- pages ----
    def _make_page(self, key: str, filters: list[str]) -> QWidget:
        if key == "dashboard":
            return DashboardPage(self.db, self, self._first_page)
        factory = page_factories().get(key)
        if factory is not None:
            return factory(self)
        spec = lists.LISTS.get(key)
        if spec is None:
            placeholder = QLabel(self)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return placeholder
        page = ListPage(self.db, spec, [f for f in filters if f in spec.filters], self)
        page.open_requested.connect(lambda uuid, k=key: self.open_record(k, uuid))
        page.selection_changed.connect(self._update_actions)
        return page

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use (start-up builds only the first one)."""
        if key not in self.pages:
            row = [p[0] for p in PAGES].index(key)
            page = self._make_page(key, PAGES[row][2])
            self.pages[key] = page
            old = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, page)
            self.ui.pages.removeWidget(old)
            old.deleteLater()
            if isinstance(page, QLabel):
                self.retranslate()
        return self.pages[key]

    def current_key(self) -> str:
        return PAGES[self.ui.navigation.currentRow()][0]

    def current_list(self) -> ListPage | None:
        page = self.ui.pages.currentWidget()
        return page if isinstance(page, ListPage) else None

    def show_page(self, key: str) -> QWidget:
        self.ui.navigation.setCurrentRow([p[0] for p in PAGES].index(key))
        return self.page(key)

    def _show_page(self, row: int) -> None:
        self.page(PAGES[row][0])
        self.ui.pages.setCurrentIndex(row)
        self._update_actions()

    # ---- opening records ----
    def open_record(self, kind: str, uuid: str | None) -> None:
        """Open the editor of a record; if one is already open for it, bring that one up."""
        from clusterdesk.gui import editors_registry

        opener = editors_registry.opener(kind)
        if opener is None:
            return
        if uuid and (kind, uuid) in self._open_records:
            editor = editors_registry.open_editor_of(uuid)
            if editor is not None:
                editor.raise_()
                editor.activateWindow()
            return
        if uuid:
            self._open_records.add((kind, uuid))
        try:
            opener(self, uuid)
        except Exception as exc:  # noqa: BLE001 - a record that cannot open is reported
            show_error(self, exc)
        finally:
            self._open_records.discard((kind, uuid))

    def new_consultation(self, draft: dict | None = None) -> None:
        from clusterdesk.gui.editors.consultation import ConsultationEditor

        organization = None
        if self.current_key() == "organizations" and self.current_list():
            organization = self.current_list().selected_uuid()
        ConsultationEditor(self.db, None, self, draft=draft, organization_uuid=organization).exec()

    def new_record(self) -> None:
        key = self.current_key()
        if key in ("dashboard", "sync", "consultations"):
            self.new_consultation()
        else:
            self.open_record(key, None)

    def edit_selected(self) -> None:
        page = self.current_list()
        uuid = page.selected_uuid() if page else None
        if uuid:
            self.open_record(self.current_key(), uuid)

    def delete_selected(self) -> None:
        page = self.current_list()
        uuid = page.selected_uuid() if page else None
        if not uuid:
            return
        row = page.view.selectionModel().selectedRows()[0].row()
        name = page.model.index(row, 1 if page.spec.name == "consultations" else 0).data()
        answer = QMessageBox.question(
            self, self.tr("Delete"),
            self.tr("Delete «%1»? You can undo this with Edit → Undo.").replace("%1", name or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteCommand(self, self.db, page.spec.model, uuid,
                                               self.tr("Delete «%1»").replace("%1", name or "")))

    # ---- actions ----
    def _setup_actions(self) -> None:
        ui = self.ui
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        ui.menuEdit.insertAction(ui.actionUndo, undo)
        ui.menuEdit.insertAction(ui.actionUndo, redo)
        ui.menuEdit.removeAction(ui.actionUndo)
        ui.menuEdit.removeAction(ui.actionRedo)
        self.undo_action, self.redo_action = undo, redo
        keys = QKeySequence.StandardKey
        shortcuts = {ui.actionNewConsultation: keys.New, ui.actionFind: keys.Find,
                     ui.actionPrint: keys.Print, ui.actionSettings: keys.Preferences,
                     ui.actionQuit: keys.Quit, ui.actionDelete: keys.Delete}
        for action, key in shortcuts.items():
            action.setShortcut(key)
        ui.actionNewRecord.setShortcut(QKeySequence("Ctrl+Shift+N"))
        ui.actionEdit.setShortcut(QKeySequence("Ctrl+E"))
        ui.actionExportCsv.setShortcut(QKeySequence("Ctrl+Shift+E"))
        for action in (ui.actionNewConsultation, ui.actionFind, ui.actionDelete):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        ui.actionNewConsultation.triggered.connect(lambda: self.new_consultation())
        ui.actionNewRecord.triggered.connect(self.new_record)
        ui.actionEdit.triggered.connect(self.edit_selected)
        ui.actionDelete.triggered.connect(self.delete_selected)
        ui.actionFind.triggered.connect(self._focus_search)
        ui.actionExportCsv.triggered.connect(lambda: self.export_list(".csv"))
        ui.actionExportXlsx.triggered.connect(lambda: self.export_list(".xlsx"))
        ui.actionPrint.triggered.connect(self.print_current)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.open_about)
        ui.actionQuit.triggered.connect(self.close)
        self.workbook_action = ui.menuFile.addAction("")  # related lists, one Excel workbook
        ui.menuFile.insertAction(ui.actionPrint, self.workbook_action)
        self.workbook_action.triggered.connect(self.export_workbook)
        from clusterdesk.gui.registry_dialog import menu_action  # File ▸ Import a registry
        self.registry_action = menu_action(self, ui.menuFile, ui.actionPrint)
        self.history_action = ui.menuEdit.addAction("")  # the selected record's History
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)

    def _update_actions(self) -> None:
        page = self.current_list()
        has, edits = bool(page and page.selected_uuid()), device_role.edits(self.db)  # analyst: no
        self.ui.actionDelete.setEnabled(has and edits)
        for a in (self.ui.actionNewConsultation, self.ui.actionNewRecord,
                  getattr(self, "registry_action", None)):
            a is None or a.setEnabled(edits)
        self.ui.actionEdit.setEnabled(has)
        if hasattr(self, "history_action"):
            self.history_action.setEnabled(has)
        for a in (self.ui.actionExportCsv, self.ui.actionExportXlsx):
            a.setEnabled(page is not None)

    def _focus_search(self) -> None:
        page = self.current_list()
        if page is not None:
            page.search.setFocus()
            page.search.selectAll()

    # ---- status bar ----
    def _setup_status_bar(self) -> None:
        self.db_label, self.device_label, self.pending_label = QLabel(), QLabel(), QLabel()
        self._pending: int | None = None
        self._counting = self._recount = False
        for w in (self.db_label, self.device_label, self.pending_label):
            self.ui.statusbar.addPermanentWidget(w)
        self._show_status()
        # the count needs the sync machinery: load it just after the window has appeared
        QTimer.singleShot(150, self.update_status)

    def unexported_changes(self) -> int:
        from clusterdesk.gui import editors_registry

        return editors_registry.unexported_changes(self.db)

    def update_status(self) -> None:
        """Title and status bar; the count of unexported changes is read off the GUI thread."""
        self._show_status()
        if self._counting:
            self._recount = True  # a change arrived while counting: count again afterwards
            return
        self._counting, self._recount = True, False

        def done(count: object) -> None:
            self._counting = False
            self._pending = int(count)  # type: ignore[call-overload]
            self._show_status()
            if self._recount:
                self.update_status()

        def failed(exc: Exception) -> None:
            self._counting = False
            show_error(self, exc)

        gateway.call(self, self.unexported_changes, done, failed, writes=False)

    def _show_status(self) -> None:
        self.setWindowTitle(f"{APP_NAME} — {self.db.name}")
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.db.location))
        self.device_label.setText(self.tr("Device: %1").replace("%1", self.db.device_name))
        if self._pending is not None:
            self.pending_label.setText(self.tr("%n change(s) not exported", "", self._pending))

    def _on_change(self, _changes: object) -> None:
        """Pages refresh themselves (they know what they read); the window only recounts."""
        self.update_status()
        self._update_actions()

    # ---- export and print ----
    def export_list(self, suffix: str) -> None:
        from clusterdesk.gui.list_export import export_list

        page = self.current_list()
        if page is not None:
            export_list(self, page, PAGES[self.ui.navigation.currentRow()][1], suffix)

    def export_workbook(self) -> None:
        from clusterdesk.gui.list_export import export_workbook

        export_workbook(self)

    def show_history(self) -> None:
        from clusterdesk.gui.history_view import open_history

        page = self.current_list()
        uuid = page.selected_uuid() if page is not None else None
        if page is not None and uuid:
            title = page.view.currentIndex().siblingAtColumn(0).data() or ""
            open_history(self, self.db, page.spec.model.__tablename__, uuid, str(title))

    def print_current(self) -> None:
        from clusterdesk.gui.printing import print_list

        page = self.current_list()
        if page is not None:
            print_list(self, page, QCoreApplication.translate(
                "MainWindow", PAGES[self.ui.navigation.currentRow()][1]))

    # ---- dialogs ----
    def open_settings(self) -> None:
        from clusterdesk.gui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        if dialog.exec():
            changed = dialog.apply()
            if "language" in changed:
                from clusterdesk.gui import i18n

                i18n.install(changed["language"])
            if "database" in changed:
                self.database_change_requested.emit(changed["database"])
            self.update_status()

    def open_about(self) -> None:
        from clusterdesk.gui.dialogs import AboutDialog

        AboutDialog(self.db, self).exec()

    # ---- language ----
    def retranslate(self) -> None:
        if hasattr(self, "history_action"):
            self.history_action.setText(self.tr("&History of the record…"))
            self.workbook_action.setText(self.tr("Export the &programme to Excel…"))
        nav = self.ui.navigation
        for row, (_key, label, _f) in enumerate(PAGES):
            nav.item(row).setText(QCoreApplication.translate("MainWindow", label))
        # as wide as its longest item in this language, whatever page is shown beside it
        widest = max(nav.fontMetrics().horizontalAdvance(nav.item(r).text())
                     for r in range(nav.count()))
        nav.setFixedWidth(widest + 2 * nav.frameWidth() + 24)
        for key, page in self.pages.items():
            if isinstance(page, QLabel):
                page.setText(self.tr("%1 will appear here.").replace(
                    "%1", QCoreApplication.translate("MainWindow", dict(
                        (k, lbl) for k, lbl, _ in PAGES)[key])))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self._show_status()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # ---- drag and drop of sync files ----
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001
        if any(u.toLocalFile().endswith(".cdsync") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls()
                 if u.toLocalFile().endswith(".cdsync")]
        sync_page = self.page("sync")
        if files and hasattr(sync_page, "import_files"):
            self.show_page("sync")
            sync_page.import_files(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        from clusterdesk.gui import editors_registry

        warning = editors_registry.close_warning(self.db)
        if warning and QMessageBox.question(
                self, APP_NAME, warning, QMessageBox.StandardButton.Close
                | QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Close:
            event.ignore()
            return
        settings.save_geometry("MainWindow", self)
        gateway.shutdown()  # quitting leaves no work running
        super().closeEvent(event)


def page_factories() -> dict[str, Callable[[MainWindow], QWidget]]:
    """Pages that features supply themselves (diagnostics, applications, sync)."""
    from clusterdesk.gui import editors_registry

    return editors_registry.pages()
