"""The "Next steps" page: every open follow-up with its owner and due date, overdue first.

A list of consultations whose next step is not done yet (``services.next_steps``), filterable
by consultant, region and trip. "Mark done" stamps the day on the consultation through the
gateway (a change that travels with sync) as a step of the window's undo stack (Ctrl+Z opens
it again); the row leaves the list when the commit is broadcast, like any list refresh. Enter
opens the consultation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from clusterdesk.gui import device_role, gateway, undo
from clusterdesk.gui.list_page import ListPage
from clusterdesk.services import next_steps
from clusterdesk.store.database import Database

FILTERS = ["consultant", "region", "trip"]


class NextStepsPage(ListPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, next_steps.NEXT_STEPS, FILTERS, parent)
        self.setObjectName("NextStepsPage")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("markDone")
        self.done_button.setShortcut(QKeySequence("Ctrl+D"))
        self.done_button.clicked.connect(self.mark_done)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("overdue")
        row = QHBoxLayout()
        row.addWidget(self.overdue_label, 1)
        row.addWidget(self.done_button)
        self.layout().addLayout(row)
        self.selection_changed.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)
        self.retranslate()
        self._update_button()

    def _update_button(self) -> None:
        uuid = self.selected_uuid()
        self.done_button.setEnabled(bool(uuid) and device_role.edits(self.db))
        first = self.model.uuid_at(0) if self.model.rowCount() else None
        due = gateway.read_now(self.db, lambda s: next_steps.due_of(s, first)) \
            if first else None  # one record by its key
        self.overdue_label.setText(self.tr("The first rows are overdue (due before today).")
                                   if next_steps.is_overdue(due) else "")

    def mark_done(self) -> None:
        """Marks the selected next step done as a step of Edit → Undo (Ctrl+Z opens it
        again); outside a main window, a plain write."""
        uuid = self.selected_uuid()
        if not uuid or self.done_button.property("busy"):
            return
        found = undo.window_stack(self)
        if found is not None:
            stack = found[1]
            last = stack.command(stack.index() - 1) if stack.index() else None
            if isinstance(last, undo.MarkDoneCommand) and last.uuid == uuid and last.pending:
                return  # pressed twice before the row left the list
            row = self.view.selectionModel().selectedRows()[0].row()
            column = [c.key for c in self.spec.columns].index("organization")
            name = self.model.index(row, column).data() or ""
            stack.push(undo.MarkDoneCommand(
                found[0], self.db, uuid, self.tr("Mark done «%1»").replace("%1", name),
                origin=self))
            return
        self.done_button.setProperty("busy", True)
        self.done_button.setEnabled(False)

        def done(_result: object) -> None:
            self.done_button.setProperty("busy", False)
            self._update_button()

        def failed(exc: Exception) -> None:
            self.done_button.setProperty("busy", False)
            self._update_button()
            gateway.show_failure(self, exc, self.tr("Mark done"))

        gateway.write(self, self.db, lambda s: next_steps.mark_done(s, uuid), done, failed,
                      origin=self)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "done_button"):
            self.done_button.setText(self.tr("&Mark done"))
            self.done_button.setToolTip(self.tr(
                "The selected next step was done today (Ctrl+D); it leaves this list"))
            self.search.setPlaceholderText(self.tr("Search by organization…"))
            self._update_button()


def make_page(window) -> NextStepsPage:  # noqa: ANN001
    page = NextStepsPage(window.db, window)
    page.open_requested.connect(lambda uuid: window.open_record("consultations", uuid))
    page.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return page
