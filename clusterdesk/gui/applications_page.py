"""The Applications page: the list of applications with the workflow actions, and the
ranking of a round for head office.

It is a ``ListPage`` (so search, filters, export, print, Edit and Delete of the main window
work on it as on the other lists) whose content is split into two tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.domain.enums import ApplicationStatus
from clusterdesk.gui import device_role, gateway
from clusterdesk.gui.application_dialogs import (
    NewApplicationDialog,
    RejectDialog,
    ScoresDialog,
    current_actor,
    rounds,
)
from clusterdesk.gui.application_ranking import RankingView
from clusterdesk.gui.list_page import ListPage
from clusterdesk.services import applications as svc
from clusterdesk.services import lists, lookups
from clusterdesk.store.database import Database
from clusterdesk.sync import trust

S = ApplicationStatus
FILTERS = ["status", "round", "region", "sector"]
# Headers of the columns this page adds to the applications list (translated as "Column").
HEADERS = (QT_TRANSLATE_NOOP("Column", "Total"), QT_TRANSLATE_NOOP("Column", "Place"))


class ApplicationsPage(ListPage):
    def __init__(self, db: Database, parent: QWidget | None = None, open_record=None) -> None:  # noqa: ANN001
        super().__init__(db, lists.APPLICATIONS, FILTERS, parent)
        self.open_record = open_record or (lambda kind, uuid: open_application(self, uuid))
        self.open_requested.connect(lambda uuid: self.open_record("applications", uuid))
        self._rebuild_layout()
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    # ---- layout: the list's search bar and table move into the first tab ----
    def _rebuild_layout(self) -> None:
        old = self.layout()
        bar = old.itemAt(0).layout()
        old.removeItem(bar)
        old.removeWidget(self.view)
        bar.setParent(None)
        self.list_tab = QWidget(self)
        inner = QVBoxLayout(self.list_tab)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addLayout(bar)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.list_tab)
        self.open_button = QPushButton(self.list_tab)
        self.register_button = QPushButton(self.list_tab)
        self.reject_button = QPushButton(self.list_tab)
        self.evaluate_button = QPushButton(self.list_tab)
        for b in (self.new_button, self.open_button, self.register_button,
                  self.reject_button, self.evaluate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        inner.addWidget(self.view)
        self.ranking = RankingView(self.db, self)
        self.ranking.open_requested.connect(lambda uuid: self.open_record("applications", uuid))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("applicationTabs")
        self.tabs.addTab(self.list_tab, "")
        self.tabs.addTab(self.ranking, "")
        from clusterdesk.gui.rounds_page import RoundsView

        self.rounds_view = RoundsView(self.db, self)
        self.tabs.addTab(self.rounds_view, "")
        old.addWidget(self.tabs)
        old.setContentsMargins(0, 0, 0, 0)
        self.new_button.clicked.connect(self.new_application)
        self.open_button.clicked.connect(self._open_selected)
        self.register_button.clicked.connect(self.register_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.evaluate_button.clicked.connect(self.evaluate_selected)
        self._retranslate_own()

    def _choices(self, key: str) -> list[tuple[object, str]]:
        if key == "round":
            return rounds(self.db)
        return super()._choices(key)

    def _retranslate_own(self) -> None:
        if not hasattr(self, "tabs"):
            return
        self.tabs.setTabText(0, self.tr("&Applications"))
        self.tabs.setTabText(1, self.tr("Round &ranking"))
        self.tabs.setTabText(2, self.tr("Sel&ection rounds"))
        self.new_button.setText(self.tr("&New from an initiative…"))
        self.open_button.setText(self.tr("&Open"))
        self.register_button.setText(self.tr("Re&gister"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.evaluate_button.setText(self.tr("Record &points…"))
        self.ranking.retranslate()

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_own()
        super().changeEvent(event)

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "ranking"):
            self.ranking.refresh()
        self._update_buttons()

    # ---- actions on the selected application ----
    def _selected_status(self) -> S | None:
        uuid = self.selected_uuid()
        if not uuid:
            return None
        return gateway.read_now(self.db, lambda s: svc.get_application(s, uuid).status)

    def _update_buttons(self) -> None:
        if not hasattr(self, "open_button"):
            return
        status = self._selected_status()
        self.open_button.setEnabled(status is not None)
        decides = trust.decides(self.db)  # head office's decisions only on its devices
        for button in (self.register_button, self.reject_button, self.evaluate_button):
            button.setVisible(decides)  # a consultant's window does not offer them at all
        self.new_button.setEnabled(device_role.edits(self.db))  # an analyst drafts nothing
        self.register_button.setEnabled(decides and status is S.SUBMITTED)
        self.reject_button.setEnabled(decides and status in (S.SUBMITTED, S.REGISTERED))
        self.evaluate_button.setEnabled(decides and status in (S.REGISTERED, S.EVALUATED))

    def _open_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.open_record("applications", uuid)

    def new_application(self) -> str | None:
        dialog = NewApplicationDialog(self.db, self)
        if not dialog.exec() or not dialog.uuid:
            return None
        self.open_record("applications", dialog.uuid)
        return dialog.uuid

    def _run(self, fn, then=None) -> None:  # noqa: ANN001
        """A workflow step in one transaction off the GUI thread; ``then(result)`` after it."""
        gateway.write(self, self.db, fn, then)

    def register_selected(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        who = current_actor(self.db)
        from clusterdesk.gui import labels

        def registered(problems: object) -> None:
            if problems:
                QMessageBox.information(self, self.tr("Registration"), self.tr(
                    "The application does not meet the formal requirements and was rejected "
                    "at registration:") + "\n\n" + "\n".join(f"• {p.text}" for p in problems))

        lang = labels.language()
        self._run(lambda s: svc.register(s, uuid, who, lang=lang), registered)

    def reject_selected(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        from clusterdesk.gui import labels

        lang = labels.language()
        found = gateway.read_now(self.db, lambda s: [p.text for p in svc.check(s, uuid, lang)])
        dialog = RejectDialog(found, self)
        if dialog.exec():
            who = current_actor(self.db)
            self._run(lambda s: svc.change_status(s, uuid, S.REJECTED, who,
                                                  reasons=dialog.reasons()))

    def evaluate_selected(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        def read(s):  # noqa: ANN001, ANN202 - one application's points
            existing: dict[str, dict[str, float]] = {}
            for x in svc.scores_of(s, uuid):
                existing.setdefault(x.evaluator, {})[x.criterion_id] = x.points
            return (svc.template_of(svc.get_application(s, uuid)), existing,
                    {name: u for u, name in lookups.consultants(s)})

        template, existing, people = gateway.read_now(self.db, read)
        dialog = ScoresDialog(self.db, template, existing, self)
        if dialog.exec() and dialog.evaluator_name():
            name = dialog.evaluator_name()
            values = dialog.values()
            self._run(lambda s: svc.record_scores(s, uuid, svc.Actor(name, people.get(name)),
                                                  values))


def open_application(window, uuid: str | None) -> None:  # noqa: ANN001
    """The opener of applications: the editor, or for no uuid a new draft first."""
    from clusterdesk.gui.application_editor import ApplicationEditor

    db = window.db
    if not uuid:
        dialog = NewApplicationDialog(db, window)
        if not dialog.exec() or not dialog.uuid:
            return
        uuid = dialog.uuid
    opener = getattr(window, "open_record", None)
    ApplicationEditor(db, uuid, window, open_record=opener).exec()


def make_page(window) -> ApplicationsPage:  # noqa: ANN001
    page = ApplicationsPage(window.db, window, open_record=window.open_record)
    update = getattr(window, "_update_actions", None)
    if update is not None:
        page.selection_changed.connect(update)
    return page
